"""Benchmark: ``dossier extract`` against a bare ``nlp.pipe`` on the same texts, same run.

The baseline is the pinned en_core_web_sm pipeline as shipped (no entity ruler),
parsing the cleaned texts with ``nlp.pipe``; dossier's figure is the whole
extraction (ruler, parse, entities, dates, …) over the same texts.  Both load
their pipeline before the clock starts.

    python bench/extract.py [--docs 300] [--workers 1]

Target (issue 3): dossier's time at most 1.5x the bare pipeline's.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus

from dossier.ingest import prepare_article, read_inputs
from dossier.models import Article
from dossier.nlp import DEFAULT_MODEL
from dossier.pipeline import Extractor

SHARED_SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


def articles(count: int) -> list[Article]:
    with tempfile.TemporaryDirectory() as tmp:
        paths = [str(p) for p in write_corpus(Path(tmp), count)]
        if SHARED_SEEDS.is_dir():
            paths.append(str(SHARED_SEEDS))
        found = [
            prepare_article(item) for item in read_inputs(paths) if not hasattr(item, "reason")
        ]
    return found[:count]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    docs = articles(args.docs)
    texts = [a.text for a in docs]
    words = sum(len(t.split()) for t in texts)

    bare = importlib.import_module(DEFAULT_MODEL).load()
    start = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=16, n_process=args.workers):
        pass
    bare_seconds = time.perf_counter() - start

    extractor = Extractor(workers=args.workers)
    start = time.perf_counter()
    extracted = list(extractor.extract(docs))
    ours_seconds = time.perf_counter() - start
    entities = sum(len(e.entities) for e in extracted)
    dates = sum(len(e.dates) for e in extracted)

    print(f"{len(docs)} documents, {words} words, workers={args.workers}")
    for label, seconds in (("bare nlp.pipe", bare_seconds), ("dossier extract", ours_seconds)):
        print(
            f"{label:<17} {len(docs) / seconds:8.1f} docs/s  "
            f"{words / seconds:9.0f} words/s  {seconds:6.2f} s"
        )
    print(f"ratio (dossier / bare time): {ours_seconds / bare_seconds:.2f}x  (target <= 1.5x)")
    print(f"found {entities} entities and {dates} dates")


if __name__ == "__main__":
    main()
