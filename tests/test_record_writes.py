"""The cheaper ways of writing records give what the plain ways gave: records as JSON
without ``dataclasses.asdict``, an ingest batch stored table by table, MinHash
shingles built from words encoded once, and local folders told from Parquet
directories without fsspec."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from pathlib import Path

import pytest

from dossier import parquet_inputs
from dossier.ingest import prepare_article
from dossier.kb.minhash import shingles
from dossier.models import (
    Article,
    DateMention,
    Entity,
    Event,
    Extraction,
    Place,
    Quote,
    RawInput,
    Role,
    StageFailure,
)
from dossier.parquet_inputs import may_be_parquet_dir, split_parquet_dirs
from dossier.store import Store

TEXT = (
    "Minister Adaeze Okonkwo of Lagos met the port workers' union in Apapa on Monday. "
    '"We will reopen the docks," Okonkwo said.'
)
ROLES = [Role("minister", "Nigeria"), Role("chair", None)]
ENTITY = Entity(
    "e1", "Adaeze Okonkwo", "PERSON", ["Okonkwo"], "NGA", "GOV", ROLES, [(9, 23), (119, 127)]
)
BARE = Entity("e2", "Apapa", "GPE", mentions=[(64, 69)])
QUOTE = Quote(
    "direct", "We will reopen the docks,", (92, 117), (82, 136), "Adaeze Okonkwo", "e1",
    "said", (128, 132), None, None, "2025-03-10",
)  # fmt: skip
EVENT = Event(
    "CONSULT", "met", (24, 27), (0, 81), (0, 81), "Minister Adaeze Okonkwo met the union",
    mode="meet", source="Adaeze Okonkwo", source_id="e1", source_country="NGA",
    target="port workers' union", negated=True, quad=1, score=1.0, quote=0,
)  # fmt: skip
DATE = DateMention("Monday", "2025-03-10", "day", (73, 79))
PLACE = Place("Apapa", "e2", "NGA", "Lagos", 6.45, 3.36, "city", (64, 69), ((64, 69),))
UNPLACED = Place("Lagos", None, "NGA", None, None, None, "admin1", None)
FAILURE = StageFailure("quotes", "KeyError: 'cue'")


@pytest.mark.parametrize(
    "record", [ROLES[0], ROLES[1], ENTITY, BARE, QUOTE, EVENT, DATE, PLACE, UNPLACED, FAILURE]
)
def test_a_record_s_json_is_asdict_s_in_the_same_order(record: object) -> None:
    found = record.to_json()  # type: ignore[attr-defined]
    assert found == asdict(record)  # type: ignore[call-overload]
    assert list(found) == list(asdict(record))  # type: ignore[call-overload]
    assert repr(found) == repr(asdict(record))  # type: ignore[call-overload]


def test_an_entity_s_json_holds_copies_of_its_lists() -> None:
    entity = Entity("e1", "Adaeze Okonkwo", "PERSON", ["Okonkwo"], mentions=[(9, 23)])
    found = entity.to_json()
    found["aliases"].append("A. Okonkwo")
    found["mentions"].clear()
    assert entity.aliases == ["Okonkwo"]
    assert entity.mentions == [(9, 23)]


def article(doc: str, text: str = TEXT, *, published: str | None = "2025-03-10") -> Article:
    return prepare_article(RawInput(doc=doc, source=doc, raw=text, fmt="txt", date=published))


def rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    return store.conn.execute(sql).fetchall()


def test_a_batch_stores_its_documents_versions_and_extractions(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    first = article(str(tmp_path / "apapa.txt"))
    undated = article(str(tmp_path / "undated.txt"), TEXT + " Talks go on.", published=None)
    skipped = article(str(tmp_path / "fr.txt"), "Les dockers d'Apapa reprennent le travail.")
    full = Extraction(
        first,
        entities=[ENTITY, BARE],
        dates=[DATE],
        quotes=[QUOTE],
        events=[EVENT],
        places=[PLACE],
        dateline_place=UNPLACED,
        failures=[FAILURE],
    )
    plain = Extraction(undated, events=[EVENT], quotes=[QUOTE])
    again = Extraction(first)  # the same text twice in a batch
    assert store.write_batch([full, plain, again], [(skipped, "not English")]) == [2, 3]

    assert rows(
        store, "SELECT id, status, status_reason, failed_stages FROM documents ORDER BY id"
    ) == [
        (1, "skipped", "not English", None),
        (2, "ok", "quotes stage failed: KeyError: 'cue'", json.dumps([asdict(FAILURE)])),
        (3, "ok", None, None),
    ]
    assert rows(store, "SELECT id, document_id, eid, aliases, roles FROM entities ORDER BY id") == [
        (1, 2, "e1", '["Okonkwo"]', json.dumps([asdict(r) for r in ROLES])),
        (2, 2, "e2", "[]", "[]"),
    ]
    text = first.text
    assert rows(store, 'SELECT entity_id, start, "end", text FROM mentions ORDER BY rowid') == [
        (1, 9, 23, text[9:23]),
        (1, 119, 127, text[119:127]),
        (2, 64, 69, text[64:69]),
    ]
    assert rows(store, "SELECT document_id, day FROM quotes ORDER BY id") == [
        (2, "2025-03-10"),
        (3, "2025-03-10"),
    ]
    assert rows(store, "SELECT document_id, negated, quote_index, day FROM events ORDER BY id") == [
        (2, 1, 0, "2025-03-10"),  # undated: its article's day
        (3, 1, 0, ""),  # nor is its article dated
    ]
    assert rows(
        store, 'SELECT document_id, name, start, "end", dateline FROM places ORDER BY rowid'
    ) == [
        (2, "Apapa", 64, 69, 0),
        (2, "Lagos", None, None, 1),
    ]
    assert rows(store, "SELECT document_id, value, precision FROM dates ORDER BY rowid") == [
        (2, "2025-03-10", "day")
    ]

    # a later batch: a new text of the first file is its second version, the only current
    edited = Extraction(article(str(tmp_path / "apapa.txt"), TEXT + " Work resumed."))
    assert store.write_batch([edited, full]) == [4]
    assert rows(
        store, "SELECT id, version, current FROM documents WHERE doc LIKE '%apapa%' ORDER BY id"
    ) == [
        (2, 1, 0),
        (4, 2, 1),
    ]
    assert [h.id for h in store.search("resumed")] == [4]
    store.close()


def test_an_event_s_day_is_its_date_else_its_article_s(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    dated = Extraction(article(str(tmp_path / "a.txt")), events=[EVENT])
    undated = Extraction(
        article(str(tmp_path / "b.txt"), TEXT + " Later.", published=None),
        events=[EVENT, Event(**{**asdict(EVENT), "date": "2025-03-09"})],
    )
    store.write_batch([dated, undated])
    assert rows(store, "SELECT document_id, day FROM events ORDER BY id") == [
        (1, "2025-03-10"),
        (2, ""),
        (2, "2025-03-09"),
    ]
    store.close()


def stored_tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        return {
            name: conn.execute(f"SELECT * FROM {name} ORDER BY rowid").fetchall()
            for name in ("entities", "mentions", "quotes", "events", "places", "dates")
        }


def test_a_batch_and_its_articles_one_by_one_store_the_same_rows(tmp_path: Path) -> None:
    extractions = [
        Extraction(article(str(tmp_path / "a.txt")), entities=[ENTITY], events=[EVENT]),
        Extraction(article(str(tmp_path / "b.txt"), TEXT + " More."), entities=[BARE]),
        Extraction(article(str(tmp_path / "c.txt"), TEXT + " Done."), quotes=[QUOTE]),
    ]
    together, apart = Store(tmp_path / "together.db"), Store(tmp_path / "apart.db")
    together.write_batch(extractions)
    for extraction in extractions:
        apart.write_batch([extraction])
    together.close()
    apart.close()
    assert stored_tables(tmp_path / "together.db") == stored_tables(tmp_path / "apart.db")


def test_shingles_are_the_distinct_runs_of_four_words_in_utf8() -> None:
    words = "the envoy met the envoy met the envoy in Niš".lower().split()
    assert shingles(words) == {
        b"the envoy met the",
        b"envoy met the envoy",
        b"met the envoy met",
        b"met the envoy in",
        b"the envoy in ni\xc5\xa1",
    }
    assert shingles(["two", "words"]) == {b"two words"}
    assert shingles([]) == {b""}


def test_a_local_folder_without_a_manifest_is_not_read_with_fsspec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: str) -> bool:
        raise AssertionError(f"{path} read with fsspec")

    monkeypatch.setattr(parquet_inputs, "is_parquet_dir", refuse)
    (tmp_path / "notes.txt").write_text("A note.", "utf-8")
    paths = [str(tmp_path), str(tmp_path / "notes.txt"), str(tmp_path / "missing"), "-"]
    assert split_parquet_dirs(paths) == ([], paths)


def test_a_folder_with_a_manifest_or_a_url_is_read_with_fsspec(tmp_path: Path) -> None:
    run, other = tmp_path / "run", tmp_path / "other"
    run.mkdir()
    other.mkdir()
    (run / "manifest.json").write_text(json.dumps({"format": "dossier-parquet"}), "utf-8")
    (other / "manifest.json").write_text(json.dumps({"format": "something else"}), "utf-8")
    assert may_be_parquet_dir(str(run)) and may_be_parquet_dir(str(other))
    assert may_be_parquet_dir("s3://bucket/run") and may_be_parquet_dir("~/run")
    assert split_parquet_dirs([str(other), str(run)]) == ([str(run)], [str(other)])
    memory = "memory://dossier-test-run"
    assert split_parquet_dirs([memory]) == ([], [memory])  # no manifest there
