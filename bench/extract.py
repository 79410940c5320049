"""Benchmark: ``dossier extract`` against a bare ``nlp.pipe`` on the same texts, same run.

The baseline is the pinned en_core_web_sm pipeline as shipped (no entity ruler),
parsing the cleaned texts with ``nlp.pipe``; dossier's figure is the whole
extraction (ruler, parse, entities, dates, …) over the same texts.  Both load
their pipeline before the clock starts.

    python bench/extract.py [--docs 300] [--workers 1]

Targets: dossier's time at most 1.5x the bare pipeline's (issue 3); quotes at most 10%
of it (issue 4); events at most 25% (issue 5).
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
    stages = stage_seconds(extractor, docs)

    print(f"{len(docs)} documents, {words} words, workers={args.workers}")
    for label, seconds in (("bare nlp.pipe", bare_seconds), ("dossier extract", ours_seconds)):
        print(
            f"{label:<17} {len(docs) / seconds:8.1f} docs/s  "
            f"{words / seconds:9.0f} words/s  {seconds:6.2f} s"
        )
    print(f"ratio (dossier / bare time): {ours_seconds / bare_seconds:.2f}x  (target <= 1.5x)")
    print("stage shares of dossier extract time (measured separately on the same docs):")
    for stage, seconds in stages.items():
        print(f"  {stage:<9} {seconds:6.2f} s  {100 * seconds / ours_seconds:5.1f}%")
    counts = {
        "entities": sum(len(e.entities) for e in extracted),
        "dates": sum(len(e.dates) for e in extracted),
        "quotes": sum(len(e.quotes) for e in extracted),
        "events": sum(len(e.events) for e in extracted),
    }
    print("found " + ", ".join(f"{n} {k}" for k, n in counts.items()))


def stage_seconds(extractor: Extractor, docs: list[Article]) -> dict[str, float]:
    """Each stage timed on its own over pre-parsed docs (parse timed as a whole)."""
    from dossier.dates import find_dates
    from dossier.events import find_events
    from dossier.nlp import parse
    from dossier.places import find_places
    from dossier.quotes import find_quotes

    start = time.perf_counter()
    parsed = list(parse(extractor.nlp, [a.text for a in docs]))
    seconds = {"parse": time.perf_counter() - start}
    start = time.perf_counter()
    found_dates = [find_dates(d, a.published) for d, a in zip(parsed, docs, strict=True)]
    seconds["dates"] = time.perf_counter() - start
    start = time.perf_counter()
    found_entities = [extractor.entities.find(d) for d in parsed]
    seconds["entities"] = time.perf_counter() - start
    start = time.perf_counter()
    found_quotes = [
        find_quotes(doc, entities, dates)[0]
        for doc, entities, dates in zip(parsed, found_entities, found_dates, strict=True)
    ]
    seconds["quotes"] = time.perf_counter() - start
    start = time.perf_counter()
    for doc, entities, dates, quotes in zip(
        parsed, found_entities, found_dates, found_quotes, strict=True
    ):
        find_events(doc, entities, dates, quotes)
    seconds["events"] = time.perf_counter() - start
    start = time.perf_counter()
    for article, entities in zip(docs, found_entities, strict=True):
        find_places(entities, article.text, article.dateline)
    seconds["places"] = time.perf_counter() - start
    return seconds


if __name__ == "__main__":
    main()
