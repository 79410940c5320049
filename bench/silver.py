"""Issue 16's silver bar: on the held-out fifth of the NGEC silver spans (split by
document, see ``induce_triggers.held_out``; never used to induce triggers), the share
of label-1 spans for which the coder codes the span's PLOVER type inside the span.

Each span is extracted as a document of its own (``dossier extract``, the quote as the
text); a span counts when some non-negated event of its type is found. Also printed:
per type, and how many events of other types the coder put in the spans.

Most spans the coder misses name no actor out of their article ("the attack killed
five"): by default such events are not written (a record of who did what to whom needs
a side, and ``dossier eval`` counts a sideless event as a false positive), so the
figure is printed twice: as ``dossier extract`` writes by default, and with
``--unattributed``, which keeps them with null sides.

    python bench/silver.py [--limit N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from induce_triggers import SILVER, spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="at most this many spans")
    args = parser.parse_args()
    items = spans(SILVER, heldout=True)
    if args.limit:
        items = items[: args.limit]
    for option in ([], ["--unattributed"]):
        print(f"dossier extract {' '.join(option) or '(default)'}")
        report(items, coded_types(items, option))


def coded_types(items: list[tuple[str, str]], option: list[str]) -> dict[str, set[str]]:
    """Per span (``s0``, ``s1`` …), the types of the non-negated events coded in it."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "spans.jsonl"
        lines = (json.dumps({"id": f"s{i}", "text": q}) for i, (_, q) in enumerate(items))
        source.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        out = subprocess.run(
            [sys.executable, "-m", "dossier", "extract", str(source), "--format", "jsonl", *option],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
    return {
        record["doc"]: {e["type"] for e in record["events"] if not e["negated"]}
        for record in map(json.loads, out.stdout.splitlines())
    }


def report(items: list[tuple[str, str]], found: dict[str, set[str]]) -> None:
    hits, totals, others = Counter[str](), Counter[str](), Counter[str]()
    for i, (kind, _) in enumerate(items):
        types = found.get(f"s{i}", set())
        totals[kind] += 1
        hits[kind] += kind in types
        others[kind] += len(types - {kind})
    for kind in sorted(totals):
        print(f"  {kind:10} {hits[kind]:4}/{totals[kind]:<4} {hits[kind] / totals[kind]:.2f}"
              f"  other types coded: {others[kind]}")  # fmt: skip
    total = sum(totals.values())
    print(f"  {'ALL':10} {sum(hits.values()):4}/{total:<4} {sum(hits.values()) / total:.3f}"
          f"  other types coded: {sum(others.values())}")  # fmt: skip


if __name__ == "__main__":
    main()
