"""Induce event-trigger candidates from real text (issue 16).

Two sources, counted apart:

- ``silver``: every label-1 span of ``../shared/evaldata/ngec_silver/verify.jsonl`` in the
  training split (documents whose ``doc`` hashes outside the held-out fifth, see
  :func:`held_out`; ``bench/silver.py`` measures on that fifth);
- ``voa``: the ``evidence`` of every gold event of ``../shared/evaldata/voa_dev/gold.jsonl``
  (what an analyst quoted as the words that carry the event).

Each span is parsed with dossier's pinned spaCy pipeline and counted once per
construction it holds: the lemma of every verb (``attack``) and noun (``n:loan``), each
verb with its particle or preposition (``carry out``, ``cooperate with``) and with its
object (``dismantle network``), each noun with its preposition (``n:loan to``). A
construction's *share* for a type is its count there over its count in all types' spans
of that source: the precision it would have as a trigger of that type against the other
types' spans. Constructions with at least ``--min-count`` spans and a share of at least
``--min-share`` (in silver, or in voa with ``--source voa``) are printed per type, marked
``+`` when the lexicon (``data/events.yaml``) already has the lemma for that type.

The counts printed here are what ``data/events.yaml`` records beside each trigger it
took from this list ("silver 12/14": 12 of the 14 silver spans holding the construction
are of that type; "voa 3/3" likewise for the voa_dev gold evidence). Candidates were
then read by hand: one joins the lexicon only when its usual sense in news is the type's
(not a topic word such as "election" or "vaccine"). Because voa_dev evidence is counted,
voa_dev figures after such an addition flatter it a little; the held-out silver fifth
and the PLOVER GSR are not used.

    python bench/induce_triggers.py [--source silver|voa] [--min-count 5] [--min-share 0.6]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from spacy.tokens import Doc

from dossier.events.triggers import event_lexicon
from dossier.nlp import load_pipeline

SHARED = Path(__file__).resolve().parents[2] / "shared"
SILVER = SHARED / "evaldata" / "ngec_silver" / "verify.jsonl"
VOA_GOLD = SHARED / "evaldata" / "voa_dev" / "gold.jsonl"
LINKS = frozenset({"prep", "prt", "agent"})


def held_out(doc: str) -> bool:
    """The fifth of documents kept out of induction and training (by a stable hash)."""
    return int(hashlib.sha1(doc.encode()).hexdigest(), 16) % 5 == 0


def spans(path: Path, *, heldout: bool = False) -> list[tuple[str, str]]:
    """(type, quote) of every label-1 record of the chosen split."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("label") == 1 and record.get("quote") and held_out(record["doc"]) == heldout:
            found.append((record["type"], record["quote"]))
    return found


def gold_evidence(path: Path) -> list[tuple[str, str]]:
    """(type, evidence) of every gold event that quotes its evidence."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        found += [(e["type"], e["evidence"]) for e in record["events"] if e.get("evidence")]
    return found


def constructions(doc: Doc) -> set[str]:
    """The lemma and construction keys of one parsed span (see the module docstring)."""
    found: set[str] = set()
    for token in doc:
        if token.pos_ not in ("VERB", "NOUN") or token.is_stop or not token.is_alpha:
            continue
        lemma = token.lemma_.lower()
        key = ("n:" if token.pos_ == "NOUN" else "") + lemma
        found.add(key)
        for child in token.children:
            if child.dep_ in LINKS and child.is_alpha:
                found.add(f"{key} {child.lower_}")
            elif child.dep_ == "dobj" and token.pos_ == "VERB" and child.is_alpha:
                found.add(f"{key} {child.lemma_.lower()}")
    return found


def construction_counts(items: Iterable[tuple[str, str]]) -> dict[str, Counter[str]]:
    """type -> construction -> number of spans of that type in which it occurs."""
    nlp = load_pipeline()
    pairs = list(items)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for (kind, _), doc in zip(pairs, nlp.pipe(q for _, q in pairs), strict=True):
        counts[kind].update(constructions(doc))
    return counts


def candidates(
    counts: dict[str, Counter[str]], min_count: int, min_share: float
) -> dict[str, list[tuple[str, int, int]]]:
    """type -> (construction, spans of the type, spans of any type), best first."""
    total: Counter[str] = Counter()
    for per_type in counts.values():
        total.update(per_type)
    found: dict[str, list[tuple[str, int, int]]] = {}
    for kind in sorted(counts):
        found[kind] = [
            (key, n, total[key])
            for key, n in counts[kind].most_common()
            if n >= min_count and n / total[key] >= min_share
        ]
    return found


def known(kind: str, key: str) -> bool:
    lexicon = event_lexicon()
    head = key.split()[0]
    table = lexicon.nouns if head.startswith("n:") else lexicon.verbs
    return any(t.type == kind for t in table.get(head.removeprefix("n:"), ()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", choices=("silver", "voa"), default="silver")
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--min-share", type=float, default=0.6)
    args = parser.parse_args()
    items = spans(SILVER) if args.source == "silver" else gold_evidence(VOA_GOLD)
    counts = construction_counts(items)
    for kind, rows in candidates(counts, args.min_count, args.min_share).items():
        shown = [f"{'+' if known(kind, k) else ' '} {k} {n}/{m}" for k, n, m in rows]
        print(f"{kind}: " + "; ".join(shown))


if __name__ == "__main__":
    main()
