"""Benchmark: incremental ingest into a big store against ingest into an empty one.

Ingesting new articles must cost what they hold, not what the store holds: the
knowledge-base update (actor linking, near-duplicate search, event merging) touches
only the new documents and the actors and events they name.

    python bench/incremental.py                      # 1,000 new into 10,000 vs into empty
    python bench/incremental.py --base 2000 --new 200 --keep /tmp/base.db

Builds (or reuses, with ``--keep``) a store of BASE synthetic articles, then times
ingesting NEW other articles (a) into an empty store and (b) into a copy of the big
one, each in a fresh subprocess, and prints both and their ratio (target ≤ 1.2x).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus

INGEST = """
import sys, time, dossier
start = time.perf_counter()
with dossier.open(sys.argv[1]) as kb:
    report = kb.ingest([sys.argv[2]], workers=int(sys.argv[3]))
    counts = kb.counts()
print(time.perf_counter() - start, len(report.ingested), counts["actors"], counts["events"])
"""


def timed_ingest(db: Path, corpus: Path, workers: int) -> tuple[float, int, int, int]:
    """Seconds, documents ingested, actors and merged events after; in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", INGEST, str(db), str(corpus), str(workers)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return float(out[0]), int(out[1]), int(out[2]), int(out[3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=int, default=10_000, help="articles already stored")
    parser.add_argument("--new", type=int, default=1_000, help="articles ingested and timed")
    parser.add_argument("--workers", type=int, default=1, help="spaCy processes")
    parser.add_argument("--keep", type=Path, help="build the big store here once, then reuse it")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        new = work / "new"
        # a different seed and numbering: the new articles are not in the big store
        for path in write_corpus(work / "new_src", args.new, seed=991):
            target = new / path.parent.name / f"new_{path.name}"
            target.parent.mkdir(parents=True, exist_ok=True)
            path.rename(target)
        base_db = args.keep or work / "base.db"
        if not base_db.exists():
            write_corpus(work / "base", args.base, seed=7)
            seconds, count, actors, events = timed_ingest(base_db, work / "base", args.workers)
            print(
                f"built the base store: {count} articles in {seconds:.0f} s "
                f"({actors} actors, {events} merged events)"
            )
        big = work / "big.db"
        shutil.copy(base_db, big)
        empty_s, empty_n, _, _ = timed_ingest(work / "empty.db", new, args.workers)
        big_s, big_n, actors, events = timed_ingest(big, new, args.workers)

    print(f"{'ingest of':<34}{'articles':>9}{'seconds':>10}{'docs/s':>9}")
    print(
        f"{f'{args.new} new into an empty store':<34}{empty_n:>9}{empty_s:>10.1f}"
        f"{empty_n / empty_s:>9.1f}"
    )
    print(
        f"{f'{args.new} new into {args.base:,} stored':<34}{big_n:>9}{big_s:>10.1f}"
        f"{big_n / big_s:>9.1f}"
    )
    print(f"ratio (big / empty): {big_s / empty_s:.2f}x   target <= 1.2x")
    print(f"after: {actors} actors, {events} merged events in the big store")


if __name__ == "__main__":
    main()
