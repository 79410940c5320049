"""A partition's tables read back into records: each document gets its own rows, also
when another document of the partition has the same text."""

from __future__ import annotations

from dossier.ingest import prepare_article
from dossier.models import Entity, Extraction, RawInput
from dossier.table_records import extractions_from_tables
from dossier.tables import TABLES, arrow_tables, extraction_rows

# Invented for this test.
HARBOUR = "Customs officers of Lunavia seized a cargo ship in the port of Bellmar on Friday."


def record(doc: str, *names: str) -> Extraction:
    """The harbour article under the id ``doc``, naming ``names`` as its entities."""
    article = prepare_article(RawInput(doc=doc, source=doc, raw=HARBOUR, fmt="txt"))
    at = {name: article.text.index(name) for name in names}
    entities = [
        Entity(f"e{n}", name, "GPE", mentions=[(at[name], at[name] + len(name))])
        for n, name in enumerate(names, 1)
    ]
    return Extraction(article, entities=entities)


def read_back(records: list[Extraction]) -> list[tuple[str, list[str]]]:
    """Each record written into one partition's tables and read back: its id and the
    names of its entities."""
    rows: dict[str, list[dict[str, object]]] = {table: [] for table in TABLES}
    for extraction in records:
        for table, table_rows in extraction_rows(extraction, "part-0").items():
            rows[table].extend(table_rows)
    return [
        (e.article.doc, [entity.name for entity in e.entities])
        for e, _, _ in extractions_from_tables(arrow_tables(rows))
    ]


def test_two_ids_of_one_text_each_get_their_own_rows() -> None:
    records = [record("wire", "Lunavia"), record("reprint", "Lunavia", "Bellmar")]
    assert read_back(records) == [("wire", ["Lunavia"]), ("reprint", ["Lunavia", "Bellmar"])]


def test_one_input_given_twice_gets_its_rows_once_per_copy() -> None:
    records = [record("wire", "Lunavia", "Bellmar"), record("other", "Bellmar")]
    records.append(records[0])
    assert read_back(records) == [
        ("wire", ["Lunavia", "Bellmar"]),
        ("other", ["Bellmar"]),
        ("wire", ["Lunavia", "Bellmar"]),
    ]
