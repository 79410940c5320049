"""Loading a Parquet directory writes the store's rows straight from the tables: the
same rows, row for row, as storing the same articles' records one by one."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

import dossier
from conftest import Runner, every_row, write_parquet
from dossier.ingest import prepare_article
from dossier.kb.linker import KnowledgeBase
from dossier.models import Entity, Event, Extraction, RawInput
from dossier.pipeline import Extractor
from dossier.store import Store

# Invented for this test: no real article is quoted.
BORDER = (
    "Dravenia and Kosmar sign border deal\n\n"
    "ORVAN, 12 March 2024 - Police in Dravenia arrested twelve members of the Red Hand "
    "militia on Tuesday, the interior ministry said. Militants of the Red Hand attacked a "
    "police station in Orvan on Monday, killing two officers.\n\n"
    "President Anton Melk of Dravenia met Kosmar's foreign minister, Lena Broz, in Orvan on "
    "Wednesday and the two governments signed an agreement on border patrols. "
    '"We will not let the militia hide in the mountains," Melk said.\n\n'
    "Kosmar promised to send food aid to the villages of the border region."
)
CLINIC = (
    "New clinic opens in Tessaly district\n\n"
    "A clinic built with money from the Kestrel Foundation opened in the Tessaly district "
    "on Thursday. Health Minister Omar Falk said the government would hire forty nurses "
    "for it by June. Residents had protested outside the district council in January, "
    'demanding a clinic closer to their homes. "We waited four years," one nurse said.'
)
ARTICLES = {
    "border": ("2024-03-12", BORDER),
    "clinic": ("2024-03-14", CLINIC),
    "border-reprint": ("2024-03-11", BORDER + "\n\n(Reported by a regional correspondent.)"),
}


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    articles = [
        prepare_article(RawInput(doc=doc, source=doc, raw=text, fmt="json", date=day))
        for doc, (day, text) in ARTICLES.items()
    ]
    return list(Extractor().extract(articles))


def store_records(path: Path, batches: list[list[Extraction]], *, linked: bool) -> None:
    """The records written batch by batch straight to a store (with ``linked``, the
    knowledge base updated after each), as ``dossier ingest`` of the texts would."""
    store = Store(path)
    try:
        knowledge = KnowledgeBase(store) if linked else None
        for batch in batches:
            store.write_batch(batch)
            if knowledge is not None:
                knowledge.update()
    finally:
        store.close()


@pytest.mark.slow
def test_a_parquet_load_stores_the_rows_storing_the_records_does(
    extractions: list[Extraction], tmp_path: Path
) -> None:
    directory = write_parquet(tmp_path / "run", [extractions[:2], extractions[2:]])
    from_parquet = tmp_path / "parquet.db"
    with dossier.open(from_parquet) as kb:
        assert kb.ingest([directory]).counts()["ingested"] == 3
    from_records = tmp_path / "records.db"
    store_records(from_records, [extractions[:2], extractions[2:]], linked=True)
    parquet_rows, record_rows = every_row(from_parquet), every_row(from_records)
    assert parquet_rows.keys() == record_rows.keys()
    for table, rows in record_rows.items():
        assert parquet_rows[table] == rows, table
    assert parquet_rows["events"] and parquet_rows["quotes"] and parquet_rows["entities"]
    with sqlite3.connect(from_parquet) as conn:
        undated = conn.execute(
            "SELECT count(*) FROM events e JOIN documents d ON d.id = e.document_id "
            "WHERE e.day != coalesce(e.date, d.published)"
        ).fetchone()[0]
    assert undated == 0, "each event is listed by its date, else its article's"


@pytest.mark.slow
def test_loading_a_directory_twice_stores_nothing_the_second_time(
    extractions: list[Extraction], tmp_path: Path
) -> None:
    directory = write_parquet(tmp_path / "run", [extractions[:2], extractions[2:]])
    with dossier.open(tmp_path / "twice.db") as kb:
        kb.ingest([directory])
        before = every_row(tmp_path / "twice.db")
        assert kb.ingest([directory]).counts()["unchanged"] == 3
    assert every_row(tmp_path / "twice.db") == before


@pytest.mark.slow
@pytest.mark.parametrize("parts", [[[0, 1], [2]], [[0, 1, 2]]], ids=["later", "same"])
def test_an_edited_article_in_a_parquet_load_becomes_the_current_version(
    extractions: list[Extraction], tmp_path: Path, parts: list[list[int]]
) -> None:
    """The reprint given the border article's id is its second version, whether it
    comes in a later partition or in the same one: the rows writing the records
    store, the first version no longer current."""
    edited = [
        *extractions[:2],
        replace(extractions[2], article=replace(extractions[2].article, doc="border")),
    ]
    batches = [[edited[i] for i in part] for part in parts]
    directory = write_parquet(tmp_path / "run", batches)
    from_parquet = tmp_path / "parquet.db"
    with dossier.open(from_parquet) as kb:
        assert kb.ingest([directory]).counts()["ingested"] == 3
    from_records = tmp_path / "records.db"
    store_records(from_records, batches, linked=False)
    parquet_rows, record_rows = every_row(from_parquet), every_row(from_records)
    for table in ("documents", "entities", "mentions", "events", "quotes", "places", "dates"):
        assert parquet_rows[table] == record_rows[table], table
    with sqlite3.connect(from_parquet) as conn:
        versions = conn.execute(
            "SELECT version, current FROM documents WHERE doc = 'border' ORDER BY version"
        ).fetchall()
    assert versions == [(1, 0), (2, 1)]


# Invented for this test; its records are written by hand, as another tool might write
# them, so it needs no language model.
ACCORD = "Varnia and Osterland signed a fishing accord in Kell on Monday."


def accord(doc: str) -> Extraction:
    """The accord article under the id ``doc``, with two countries and their deal."""
    article = prepare_article(
        RawInput(doc=doc, source=f"{doc}.txt", raw=ACCORD, fmt="txt", date="2024-05-06")
    )
    text = article.text
    varnia, osterland = (
        Entity(f"e{n}", name, "GPE", mentions=[(text.index(name), text.index(name) + len(name))])
        for n, name in ((1, "Varnia"), (2, "Osterland"))
    )
    signed = text.index("signed")
    deal = Event(
        type="AGREE",
        trigger="signed",
        trigger_span=(signed, signed + 6),
        span=(0, len(text) - 1),
        sentence=(0, len(text)),
        text=text[:-1],
        source="Varnia",
        source_id="e1",
        target="Osterland",
        target_id="e2",
        date="2024-05-06",
    )
    return Extraction(article, entities=[varnia, osterland], events=[deal])


def cli_counts(stdout: str) -> dict[str, int]:
    found = re.findall(r"(ingested|unchanged|skipped|failed|partial)\s*│\s*(\d+)", stdout)
    return {outcome: int(count) for outcome, count in found}


@pytest.mark.parametrize("twin", ["second", "first"], ids=["other-id", "same-id"])
def test_one_text_twice_in_a_partition_loads_as_ingesting_two_identical_files_does(
    tmp_path: Path, dossier_cli: Runner, twin: str
) -> None:
    """A partition holding one text under two ids (or one input twice): the first is
    stored with its own entities and event, the second is unchanged, not an error."""
    directory = write_parquet(tmp_path / "run", [[accord("first"), accord(twin)]])
    db = tmp_path / "kb.db"
    result = dossier_cli("ingest", directory, "--db", db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert cli_counts(result.stdout) == {
        "ingested": 1,
        "unchanged": 1,
        "skipped": 0,
        "failed": 0,
        "partial": 0,
    }

    def listed(command: str) -> list[dict[str, object]]:
        shown = dossier_cli(command, "--db", db, "--format", "json", cwd=tmp_path)
        assert shown.returncode == 0, shown.stderr
        rows: list[dict[str, object]] = json.loads(shown.stdout)
        return rows

    assert [d["doc"] for d in listed("docs")] == ["first"]
    assert sorted((e["name"], e["mentions"]) for e in listed("entities")) == [
        ("Osterland", 1),
        ("Varnia", 1),
    ]
    events = listed("events")
    assert [(e["type"], e["source"], e["target"]) for e in events] == [
        ("AGREE", "Varnia", "Osterland")
    ]
