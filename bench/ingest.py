"""Benchmark: ingest throughput and memory, against a baseline measured in the same run.

Stages, each timed in a fresh subprocess (so peak RSS is its own):
  read   – read and decode every file (the baseline)
  clean  – read + clean + metadata + language (what issue 2 adds)
  store  – read + clean + full NLP extraction + SQLite store (``dossier ingest``)

    python bench/ingest.py                    # 1,000 docs: read vs clean vs store
    python bench/ingest.py --sizes 1000,10000 --stages read,clean   # memory stays flat?

Prints documents/second, the ratio to the baseline, and peak memory per stage and size.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus

# Imports happen before the clock starts; model loading (store) is inside it.
SETUP = "import dossier\nfrom dossier.ingest import read_inputs, prepare_article\n"
STAGE_CODE = {
    "read": "n = sum(1 for _ in read_inputs([DIR]))",
    "clean": "n = sum(1 for item in read_inputs([DIR]) if prepare_article(item).text)",
    "store": (
        "with dossier.open(DB) as kb:\n"
        "    report = kb.ingest([DIR])\n"
        "n = len(report.ingested) + len(report.unchanged)"
    ),
}


def run_stage(stage: str, directory: Path, db: Path) -> dict[str, float]:
    code = (
        "import time, resource, json\n"
        f"DIR, DB = {str(directory)!r}, {str(db)!r}\n"
        + SETUP
        + "start = time.perf_counter()\n"
        + STAGE_CODE[stage]
        + "\nprint(json.dumps({'docs': n, 'seconds': time.perf_counter() - start,"
        " 'peak_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000", help="comma-separated corpus sizes")
    parser.add_argument("--stages", default="read,clean,store", help="read,clean,store")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    stages = [s for s in args.stages.split(",") if s]
    print(f"{'docs':>7} {'stage':<6} {'docs/s':>9} {'x baseline time':>16} {'peak MB':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            directory = Path(tmp) / f"corpus{size}"
            write_corpus(directory, size)
            baseline = None
            for stage in stages:
                result = run_stage(stage, directory, Path(tmp) / f"store{size}.db")
                rate = result["docs"] / result["seconds"]
                baseline = baseline or result["seconds"]
                ratio = result["seconds"] / baseline
                print(
                    f"{size:>7} {stage:<6} {rate:>9.1f} {ratio:>15.2f}x {result['peak_mb']:>8.1f}",
                    flush=True,
                )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"(driver process peak {peak:.0f} MB; finished {time.strftime('%H:%M:%S')})")


if __name__ == "__main__":
    main()
