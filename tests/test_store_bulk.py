"""A large first load into an empty store builds the full-text and listing indexes once
at the end (``dossier.store.bulk``): the store it leaves is the one the row-by-row path
leaves, a load that dies midway is finished by the next open, and an actor's roles
are read from the members flagged as stating one."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

import dossier
from conftest import every_row, write_parquet
from dossier import load
from dossier.ingest import prepare_article
from dossier.kb import reader
from dossier.kb.reader import RoleSpan
from dossier.models import Extraction, RawInput
from dossier.pipeline import Extractor
from dossier.store import Store
from dossier.store.bulk import DEFERRED, PENDING_KEY, BulkLoad
from dossier.store.rows import SectorSpanRow

pytestmark = pytest.mark.slow

# Invented for this test: no real article is quoted.
ARTICLES = {
    "harbour": (
        "2023-05-02",
        "Strike closes Velmar harbour\n\nVELMAR, 2 May 2023 - Dock workers in Velmar walked "
        "out on Monday, demanding higher pay, the Velmar Port Authority said. Transport "
        "Minister Ilse Vorn of Castavia met the union's leader, Pavel Dusk, on Tuesday. "
        '"The harbour will reopen when the workers are paid," Dusk said.',
    ),
    "floods": (
        "2023-05-09",
        "Floods cut roads in the north of Castavia\n\nPrime Minister Tomas Reyl of Castavia "
        "asked the Northern Alliance for help after floods cut three roads on Sunday. The "
        "Red Crescent sent food and tents to the village of Obrin. Vorn said the army would "
        "clear the roads within a week.",
    ),
    "talks": (
        "2023-06-14",
        "Castavia and Meridon resume talks\n\nCastavia's foreign minister, Ana Lisk, met "
        "her counterpart from Meridon in Sarn on Wednesday. Meridon accused Castavia of "
        'moving troops to the border. "We want peace, not threats," Lisk said. Prime '
        "Minister Reyl praised the talks.",
    ),
    "protest": (
        "2023-07-01",
        "Students march in Sarn\n\nThousands of students marched through Sarn on Friday "
        "to protest against fees. Police arrested nine protesters, the interior ministry "
        "said. Reyl called for calm and promised to meet the students' leaders.",
    ),
}
SEARCHED = ("harbour", "Reyl", "floods", "students", "minister")


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    articles = [
        prepare_article(RawInput(doc=doc, source=doc, raw=text, fmt="json", date=day))
        for doc, (day, text) in ARTICLES.items()
    ]
    return list(Extractor().extract(articles))


@pytest.fixture(scope="module")
def directory(extractions: list[Extraction], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The extractions as a Parquet directory of one partition per article."""
    return write_parquet(tmp_path_factory.mktemp("run"), [[e] for e in extractions])


def schema(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        return sorted((str(name), str(sql)) for name, sql in rows)


def what_a_user_sees(db: Path) -> dict[str, Any]:
    with dossier.open(db, readonly=True) as kb:
        return {
            "counts": kb.counts(),
            "actors": [(a.name, a.mentions, a.documents) for a in kb.actors()],
            "events": [(e.type, e.source, e.target, e.date) for e in kb.events()],
            "timeline": [(e.type, e.mentions, e.sources) for e in kb.timeline()],
            "search": {word: [h.doc for h in kb.search(word)] for word in SEARCHED},
        }


def loaded(db: Path, directory: Path) -> Path:
    with dossier.open(db) as kb:
        report = kb.ingest([directory])
    assert len(report.ingested) == len(ARTICLES)
    return db


def test_a_bulk_load_leaves_the_store_a_row_by_row_load_does(
    directory: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bulk = loaded(tmp_path / "bulk.db", directory)
    monkeypatch.setattr(load, "BULK_PARTITIONS", 10**9)
    rows = loaded(tmp_path / "rows.db", directory)
    assert schema(bulk) == schema(rows), "every index and trigger is back"
    bulk_rows, each_rows = every_row(bulk), every_row(rows)
    for table, found in each_rows.items():
        assert bulk_rows[table] == found, table
    assert PENDING_KEY not in dict(bulk_rows["settings"])
    seen = what_a_user_sees(bulk)
    assert seen == what_a_user_sees(rows)
    assert seen["search"]["Reyl"] and seen["search"]["harbour"] == ["harbour"]
    assert seen["actors"] and seen["timeline"]


def test_a_small_ingest_into_a_filled_store_keeps_the_indexes_current(
    directory: Path, tmp_path: Path
) -> None:
    db = loaded(tmp_path / "store.db", directory)
    more = prepare_article(
        RawInput(
            doc="bridge",
            source="bridge",
            raw="Bridge reopens in Obrin\n\nThe bridge over the Tavel river in Obrin "
            "reopened on Monday after the floods, the Castavia roads agency said.",
            fmt="json",
            date="2023-07-10",
        )
    )
    with dossier.open(db) as kb:
        kb.store.write_batch(list(Extractor().extract([more])))
        assert kb.store.setting(PENDING_KEY) is None
        assert [h.doc for h in kb.search("Tavel")] == ["bridge"]


def test_a_bulk_load_that_dies_is_finished_when_the_store_is_next_opened(
    directory: Path, tmp_path: Path
) -> None:
    db = tmp_path / "store.db"
    store = Store(db)
    complete = schema(db)
    assert BulkLoad(store).begin(), "an empty store defers its indexes"
    assert {name for name, _ in schema(db)}.isdisjoint(DEFERRED)
    store.close()  # killed before ``finish``: the dropped indexes are in settings
    with dossier.open(db) as kb:
        assert kb.store.setting(PENDING_KEY) is None
    assert schema(db) == complete
    with dossier.open(db) as kb:
        kb.ingest([directory])
        assert [h.doc for h in kb.search("harbour")] == ["harbour"]


def test_a_store_that_holds_documents_is_never_bulk_loaded(directory: Path, tmp_path: Path) -> None:
    db = loaded(tmp_path / "store.db", directory)
    store = Store(db)
    try:
        assert not BulkLoad(store).begin()
        assert store.setting(PENDING_KEY) is None
    finally:
        store.close()


def roles_of_every_member(db: Path) -> dict[int, list[tuple[str, str | None]]]:
    """Each actor's (roles, day) of every linked mention, read without the flag."""
    found: dict[int, list[tuple[str, str | None]]] = {}
    with sqlite3.connect(db) as conn:
        for actor_id, roles, day in conn.execute(
            """SELECT m.actor_id, e.roles, substr(d.published, 1, 10) FROM actor_members m
               JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.document_id
               WHERE e.roles != '[]' ORDER BY m.entity_id"""
        ):
            found.setdefault(actor_id, []).append((roles, day))
    return found


def roles_read_one_by_one(rows: list[tuple[str, str | None]]) -> list[RoleSpan]:
    """An actor's roles as the profile read them before, one mention at a time."""
    dates: dict[str, list[str | None]] = defaultdict(list)
    titles: dict[str, str] = {}
    holders: dict[str, Counter[str]] = defaultdict(Counter)
    for roles, day in rows:
        for role in json.loads(roles):
            key = role["title"].lower()
            titles.setdefault(key, role["title"])
            dates[key].append(day)
            if role.get("of"):
                holders[key][role["of"]] += 1
    result = []
    for key, seen in dates.items():
        known = sorted(d for d in seen if d)
        first, last = (known[0], known[-1]) if known else (None, None)
        of = holders[key].most_common(1)[0][0] if holders[key] else None
        result.append(RoleSpan(titles[key], of, first, last, len(seen)))
    return sorted(result, key=lambda r: (r.last or "", r.documents), reverse=True)


def test_an_actors_roles_are_those_every_mention_gives(directory: Path, tmp_path: Path) -> None:
    db = loaded(tmp_path / "store.db", directory)
    expected = roles_of_every_member(db)
    assert expected, "the articles give their people roles"
    with dossier.open(db, readonly=True) as kb:
        for actor in kb.actors():
            actor_id, _ = reader.find_actor(kb.store, actor.id)
            found = reader.article_roles(kb.store, actor_id)
            assert found == roles_read_one_by_one(expected.get(actor_id, [])), actor.name
        titles = {r.title.lower() for r in kb.actor("Reyl").roles}
    assert "prime minister" in titles


def test_a_store_without_the_members_flags_is_upgraded_on_open(
    directory: Path, tmp_path: Path
) -> None:
    db = loaded(tmp_path / "store.db", directory)
    expected = roles_of_every_member(db)
    expected_sectors = sectors_of_every_member(db)
    with sqlite3.connect(db) as conn:  # the store as schema 13 left it
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for index in MEMBER_INDEXES:
            conn.execute(f"DROP INDEX {index}")
        for column in MEMBER_COLUMNS:
            conn.execute(f"ALTER TABLE actor_members DROP COLUMN {column}")
        conn.execute(f"PRAGMA user_version = {version - 3}")
    with dossier.open(db) as kb:
        assert kb.store.schema_version() == version
        for actor_id, rows in expected.items():
            found = reader.article_roles(kb.store, actor_id)
            assert found and found == roles_read_one_by_one(rows)
        for actor in kb.actors():
            actor_id, _ = reader.find_actor(kb.store, actor.id)
            found_quotes = [(q.doc, q.text) for q in kb.store.actor_quotes(actor_id, limit=50)]
            assert found_quotes == quotes_read_from_every_quote(db, actor_id), actor.name
            found_sectors = kb.store.actor_sectors(actor_id)
            assert found_sectors == expected_sectors.get(actor_id, []), actor.name
    assert any(expected_sectors.values())


MEMBER_INDEXES = (
    "actor_members_role_days",
    "actor_members_sector_days",
    "actor_members_quote_days",
)
MEMBER_COLUMNS = ("has_roles", "has_quotes", "day", "roles", "sector", "quote_day")


def sectors_of_every_member(db: Path) -> dict[int, list[SectorSpanRow]]:
    """Per actor, the sectors its mentions name, read from every mention and article."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            """SELECT m.actor_id, e.sector, min(substr(d.published, 1, 10)),
                      max(substr(d.published, 1, 10)), count(DISTINCT m.document_id)
               FROM actor_members m JOIN entities e ON e.id = m.entity_id
               JOIN documents d ON d.id = m.document_id
               WHERE e.sector IS NOT NULL GROUP BY m.actor_id, e.sector ORDER BY 1, 3"""
        ).fetchall()
    found: dict[int, list[SectorSpanRow]] = defaultdict(list)
    for actor_id, *span in rows:
        found[actor_id].append(SectorSpanRow(*span))
    return dict(found)


def quotes_read_from_every_quote(db: Path, actor_id: int) -> list[tuple[str, str]]:
    """(document, quote text) of every quote an actor's linked mentions speak, newest first."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            """SELECT d.doc, q.text FROM quotes q JOIN documents d ON d.id = q.document_id
               JOIN entities e ON e.document_id = q.document_id AND e.eid = q.speaker_eid
               JOIN actor_members m ON m.entity_id = e.id
               WHERE m.actor_id = ? AND d.current = 1
               ORDER BY q.day DESC, q.document_id, q.start""",
            (actor_id,),
        )
        return [(str(doc), str(text)) for doc, text in rows]


def test_an_actors_quotes_are_every_quote_its_mentions_speak(
    directory: Path, tmp_path: Path
) -> None:
    db = loaded(tmp_path / "store.db", directory)
    spoken = 0
    with dossier.open(db, readonly=True) as kb:
        for actor in kb.actors():
            actor_id, _ = reader.find_actor(kb.store, actor.id)
            expected = quotes_read_from_every_quote(db, actor_id)
            for limit in (1, 2, 50):
                found = [(q.doc, q.text) for q in kb.store.actor_quotes(actor_id, limit=limit)]
                assert found == expected[:limit], actor.name
            spoken += bool(expected)
    assert spoken >= 2, "Dusk and Lisk are quoted"


def test_each_member_row_copies_what_its_mention_and_article_say(
    directory: Path, tmp_path: Path
) -> None:
    db = loaded(tmp_path / "store.db", directory)
    with sqlite3.connect(db) as conn:
        copied = conn.execute(
            """SELECT m.entity_id, m.day, m.roles, m.sector, m.quote_day, m.has_roles,
                      m.has_quotes FROM actor_members m ORDER BY 1"""
        ).fetchall()
        read = conn.execute(
            """SELECT e.id, substr(d.published, 1, 10),
                      CASE WHEN e.roles != '[]' THEN e.roles END, e.sector,
                      (SELECT max(q.day) FROM quotes q WHERE q.document_id = e.document_id
                       AND q.speaker_eid = e.eid), e.roles != '[]',
                      EXISTS (SELECT 1 FROM quotes q WHERE q.document_id = e.document_id
                              AND q.speaker_eid = e.eid)
               FROM entities e JOIN documents d ON d.id = e.document_id ORDER BY 1"""
        ).fetchall()
    assert copied == read
    assert any(row[4] for row in copied), "quoted speakers are members"
    assert any(row[2] for row in copied), "some mention states a role"


def test_a_load_gives_the_store_its_own_settings_back(directory: Path, tmp_path: Path) -> None:
    settings = ("cache_size", "temp_store", "wal_autocheckpoint")
    with dossier.open(tmp_path / "store.db") as kb:
        before = {name: kb.store.conn.execute(f"PRAGMA {name}").fetchone() for name in settings}
        kb.ingest([directory])
        after = {name: kb.store.conn.execute(f"PRAGMA {name}").fetchone() for name in settings}
    assert after == before
