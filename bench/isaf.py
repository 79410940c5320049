"""Benchmark: event date, province and type on 724 ISAF press releases (Afghanistan, 2009-13).

The releases (``../shared/evaldata/isaf_press_releases``, CC BY-SA 4.0) are real
military press releases, each with a gold record of its main event: the day it
happened (often "yesterday" against the dateline "KABUL, Afghanistan (Jan. 25,
2013)"), its provinces, its kind (detention, insurgents killed, airstrike …) and the
group targeted.  Every release goes through the whole pipeline (clean, dateline,
entities, dates, events, places); a release counts as

- **published**: the dateline's date was read;
- **date**: some event's date is the gold start date (of releases with an event);
- **province**: some event's place lies in a gold province (its own name or the
  province the gazetteer or the text puts it in), of releases with an event;
- **kind**: a detention gave a COERCE arrest, a killing an ASSAULT (airstrikes: mode
  aerial counts, any ASSAULT counts for the kind);
- **group**: a Taliban or Haqqani target is the target of some event.

Each figure is printed with the share a baseline reaches in the same run: the
publication date as every event's date ("most GDELT rows are dated by the article"),
and the first province named in the text as every event's place.

    python bench/isaf.py [--docs 724]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path
from typing import Any

from dossier.ingest import prepare_article
from dossier.lexicon import load_lexicon
from dossier.models import RawInput
from dossier.pipeline import Extractor
from dossier.places import place_key

DATA = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "evaldata"
    / "isaf_press_releases"
    / "isaf_test_simple.jsonl"
)
KINDS = {"detention": "COERCE", "insurgentskilled": "ASSAULT", "airstrike": "ASSAULT"}
GROUPS = {"taliban": "Taliban", "haqqani": "Haqqani Network"}


def releases(limit: int) -> list[dict[str, Any]]:
    with DATA.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle][:limit]


def province_key(name: str) -> str:
    """A province's name as the actor list and the gazetteer spell it ("paktya" → paktia),
    so that the gold's spellings and ours compare."""
    known = load_lexicon().lookup(name.title())
    return place_key(known.name if known is not None else name).removesuffix(" province")


def first_province(text: str, provinces: set[str]) -> str | None:
    """The baseline's place: the first gold-style province word the text names."""
    lowered = place_key(text)
    found = [(lowered.find(p), p) for p in provinces if lowered.find(p) >= 0]
    return min(found)[1] if found else None


def score(records: list[dict[str, Any]]) -> None:
    extractor = Extractor()
    articles = [
        prepare_article(RawInput(doc=str(n), source="isaf", raw=r["text"], fmt="txt"))
        for n, r in enumerate(records)
    ]
    start = time.perf_counter()
    extractions = list(extractor.extract(articles))
    seconds = time.perf_counter() - start
    provinces = {p for r in records for p in r["gold"]["province"] if p}
    tally: Counter[str] = Counter()
    for record, article, extraction in zip(records, articles, extractions, strict=True):
        gold = record["gold"]
        events = [e for e in extraction.events if not e.negated]
        places = {p.name: p for p in extraction.places}
        gold_provinces = {province_key(p) for p in gold["province"] if p}
        tally["releases"] += 1
        tally["published"] += article.published is not None
        if events:
            tally["with_event"] += 1
            tally["date"] += any(e.date == gold["start_date"] for e in events)
            tally["date_baseline"] += article.published == gold["start_date"]
            if article.published is not None:
                tally["dated_with_event"] += 1
                tally["dated_date"] += any(e.date == gold["start_date"] for e in events)
                tally["dated_baseline"] += article.published == gold["start_date"]
        if gold_provinces and events:
            tally["with_province"] += 1
            hit = False
            for event in events:
                for where in (event.place, event.target):  # "detained X in Helmand province"
                    place = places.get(where or "")
                    names = {province_key(where or "")}
                    if place is not None and place.admin1:
                        names.add(province_key(place.admin1))
                    hit = hit or bool(names & gold_provinces)
            tally["province"] += hit
            first = first_province(article.text, provinces)
            tally["province_baseline"] += (
                first is not None and province_key(first) in gold_provinces
            )
        for kind in gold["event_type"]:
            if kind in KINDS:
                tally[f"kind:{kind}"] += 1
                tally[f"kind_hit:{kind}"] += any(e.type == KINDS[kind] for e in events)
        for group in gold["target_group"]:
            if group in GROUPS:
                tally[f"group:{group}"] += 1
                tally[f"group_hit:{group}"] += any(e.target == GROUPS[group] for e in events)
    report(tally, seconds)


def share(tally: Counter[str], hit: str, total: str) -> str:
    return f"{tally[hit] / tally[total]:.3f} ({tally[hit]}/{tally[total]})" if tally[total] else "-"


def report(tally: Counter[str], seconds: float) -> None:
    print(f"{tally['releases']} releases in {seconds:.1f} s")
    print(f"published date read        {share(tally, 'published', 'releases')}")
    print(
        f"event date = gold date     {share(tally, 'date', 'with_event')}   "
        f"baseline (publication date) {share(tally, 'date_baseline', 'with_event')}"
    )
    print(
        f"  of those with a dateline {share(tally, 'dated_date', 'dated_with_event')}   "
        f"baseline (publication date) {share(tally, 'dated_baseline', 'dated_with_event')}"
    )
    print(
        f"event place in province    {share(tally, 'province', 'with_province')}   "
        f"baseline (first province named) {share(tally, 'province_baseline', 'with_province')}"
    )
    for kind in KINDS:
        print(f"kind {kind:<21} {share(tally, f'kind_hit:{kind}', f'kind:{kind}')}")
    for group in GROUPS:
        print(f"target group {group:<13} {share(tally, f'group_hit:{group}', f'group:{group}')}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=724)
    args = parser.parse_args()
    if not DATA.is_file():
        raise SystemExit(f"{DATA}: not found (the shared evaluation data sits beside the checkout)")
    score(releases(args.docs))


if __name__ == "__main__":
    main()
