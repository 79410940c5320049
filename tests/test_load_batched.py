"""A Parquet load links and merges a whole partition at once (merged events numbered
up front and written in one statement, link candidates and stored lists read once):
the store it leaves holds exactly the rows that ingesting the same articles one at a
time leaves, including merged events several articles report and a reprint."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import dossier
from conftest import every_row, write_parquet
from dossier.ingest import prepare_article
from dossier.kb.linker import KnowledgeBase
from dossier.models import Extraction, RawInput
from dossier.pipeline import Extractor
from dossier.store import Store

pytestmark = pytest.mark.slow

# Invented for this test: no real article is quoted.
SIEGE = (
    "Rebels shell Port Arlen\n\n"
    "ARLEN, 3 April 2022 - Fighters of the Sable Front shelled the port of Arlen on "
    "Sunday, the defence ministry of Norvania said. General Ivo Brandt said the army "
    "would retake the port. The Sable Front accused Norvania of bombing villages."
)
ARTICLES = [
    ("siege", "2022-04-03", SIEGE),
    (
        "envoy",
        "2022-04-04",
        "Envoy meets Sable Front leaders\n\nA United Nations envoy, Mara Quell, met leaders "
        "of the Sable Front in Tovin on Monday. The Sable Front shelled the port of Arlen "
        "on Sunday, Quell said. Brandt rejected talks with the rebels.",
    ),
    ("siege-reprint", "2022-04-04", SIEGE + "\n\n(Reporting by a staff correspondent.)"),
    (
        "aid",
        "2022-04-06",
        "Aid reaches Arlen\n\nThe Red Crescent sent food and medicine to Arlen on Tuesday. "
        "Norvania's prime minister, Sela Korr, thanked the Red Crescent. Korr said "
        "General Brandt would meet Quell on Friday.",
    ),
    (
        "talks",
        "2022-04-09",
        "Norvania and rebels agree on ceasefire\n\nNorvania and the Sable Front agreed on "
        "a ceasefire in Tovin on Friday, Quell said. Brandt met Quell in Tovin. "
        '"The guns must stay silent," Korr said.',
    ),
    (
        "protest",
        "2022-04-10",
        "Students protest in Tovin\n\nThousands of students marched in Tovin on Saturday, "
        "demanding that Korr resign. Police arrested twenty protesters, the interior "
        "ministry of Norvania said.",
    ),
]


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    articles = [
        prepare_article(RawInput(doc=doc, source=doc, raw=text, fmt="json", date=day))
        for doc, day, text in ARTICLES
    ]
    return list(Extractor().extract(articles))


def one_at_a_time(db: Path, extractions: list[Extraction]) -> Path:
    """Each article stored and linked in its own batch, in order."""
    store = Store(db)
    try:
        knowledge = KnowledgeBase(store)
        for extraction in extractions:
            store.write_batch([extraction])
            knowledge.update()
    finally:
        store.close()
    return db


def test_a_batched_load_leaves_the_rows_ingesting_one_article_at_a_time_leaves(
    extractions: list[Extraction], tmp_path: Path
) -> None:
    directory = write_parquet(tmp_path / "run", [extractions[:3], extractions[3:]])
    batched = tmp_path / "batched.db"
    with dossier.open(batched) as kb:
        assert kb.ingest([directory]).counts()["ingested"] == len(ARTICLES)
    single = one_at_a_time(tmp_path / "single.db", extractions)
    batched_rows, single_rows = every_row(batched), every_row(single)
    assert batched_rows.keys() == single_rows.keys()
    for table, rows in single_rows.items():
        assert batched_rows[table] == rows, table
    with sqlite3.connect(batched) as conn:
        told_twice = conn.execute("SELECT count(*) FROM kb_events WHERE mentions > 1").fetchone()
        reprints = conn.execute(
            "SELECT count(*) FROM signatures WHERE duplicate_of IS NOT NULL"
        ).fetchone()
        actors = conn.execute("SELECT count(*) FROM actors WHERE documents > 1").fetchone()
    assert told_twice[0] > 0, "some event is reported by several articles"
    assert reprints[0] == 1, "the reprint is found as a near-duplicate"
    assert actors[0] > 0, "actors are linked across articles"


def test_a_batched_load_keeps_numbering_merged_events_after_the_stored_ones(
    extractions: list[Extraction], tmp_path: Path
) -> None:
    """A second directory loaded into a filled store numbers its new merged events
    after those already stored, as inserting them one by one would."""
    first = write_parquet(tmp_path / "first", [extractions[:2], extractions[2:4]])
    second = write_parquet(tmp_path / "second", [extractions[4:]])
    batched = tmp_path / "batched.db"
    with dossier.open(batched) as kb:
        kb.ingest([first])
        kb.ingest([second])
    single = one_at_a_time(tmp_path / "single.db", extractions)
    assert every_row(batched)["kb_events"] == every_row(single)["kb_events"]
    assert every_row(batched)["kb_event_mentions"] == every_row(single)["kb_event_mentions"]
