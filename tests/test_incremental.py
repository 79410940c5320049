"""Incremental ingest against a store that already holds the story a new article repeats.

The near-duplicate index (LSH bands of each article's MinHash) lives in the store, so a
later ingest, in a new process or session, finds the earlier report without rebuilding
the index from every stored signature; a store made before the bands were kept gets
them once, on its first update.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import dossier
from dossier.store import MIGRATIONS, EventQuery, split_statements

pytestmark = pytest.mark.slow

# Invented for this test: no real article is quoted.
STORY = """Port workers end strike after pay deal in Valmora

VALMORA, 4 June 2025 - Dock workers in the port of Valmora ended a nine-day strike on
Wednesday after their union accepted a pay offer from the harbour authority, the union
said.

Union leader Marta Okonkwo said members had voted to return to work on Thursday morning.
"The offer is not everything we asked for, but it is a fair start," she told reporters
outside the union hall.

The harbour authority said the agreement raises wages by six percent over two years and
adds a night-shift allowance. Its director, Paul Lindqvist, thanked the workers for
their patience and said ships waiting at anchor would be unloaded within a week.

The strike had stranded more than forty container ships and delayed grain exports to
neighbouring countries, traders said. The transport ministry had urged both sides to
reach a settlement before the harvest season.
"""

OTHER = """Flooding closes mountain road in Korvath province

KORVATH, 6 June 2025 - Heavy rain closed the only road over the Brenna pass on Friday,
cutting off three villages, the provincial government said. Rescue teams reached the
villages by helicopter and delivered food and medicine, a spokesman said.
"""


def reprint(text: str) -> str:
    """The story as a second outlet prints it: same words, its own credit line."""
    return text + "\n(Reported by a staff correspondent; edited by the news desk.)\n"


def duplicates(db: Path) -> list[tuple[str, str]]:
    with dossier.open(db, readonly=True) as kb:
        return kb.duplicates()


@pytest.fixture()
def stored(tmp_path: Path) -> Path:
    """A store holding the story and an unrelated article, ingested in an earlier session."""
    first = tmp_path / "first"
    first.mkdir()
    (first / "port_strike.txt").write_text(STORY)
    (first / "mountain_flood.txt").write_text(OTHER)
    db = tmp_path / "store.db"
    with dossier.open(db) as kb:
        assert kb.ingest([first]).counts()["ingested"] == 2
    assert duplicates(db) == []
    return db


def ingest_reprint(db: Path, tmp_path: Path) -> None:
    later = tmp_path / "later"
    later.mkdir()
    (later / "port_strike_reprint.txt").write_text(reprint(STORY))
    with dossier.open(db) as kb:
        assert kb.ingest([later]).counts()["ingested"] == 1


def test_a_reprint_ingested_in_a_later_session_repeats_the_stored_story(
    stored: Path, tmp_path: Path
) -> None:
    ingest_reprint(stored, tmp_path)
    [(copy, original)] = duplicates(stored)
    assert "reprint" in copy and "reprint" not in original and "port_strike" in original
    with dossier.open(stored, readonly=True) as kb:
        merged = [e for e in kb.timeline() if e.mentions > 1]
    assert merged, "the reprint's events join the story's events"
    assert all(e.sources == 1 for e in merged), "a reprint is not a second source"


def test_a_store_made_before_band_keys_were_kept_still_finds_the_story(
    stored: Path, tmp_path: Path
) -> None:
    with sqlite3.connect(stored) as conn:  # as a store written by an older dossier
        conn.execute("DELETE FROM signature_bands")
        conn.execute("DELETE FROM settings WHERE key = 'signature_bands'")
    ingest_reprint(stored, tmp_path)
    [(copy, original)] = duplicates(stored)
    assert "reprint" in copy and "port_strike" in original
    with sqlite3.connect(stored) as conn:
        banded = conn.execute("SELECT count(DISTINCT document_id) FROM signature_bands")
        assert banded.fetchone()[0] == 3


# --- what the 100,000-article speed-ups must not change ------------------------------------

LISTING_COLUMNS = {  # columns a later schema added, filled by the migration
    "events": ("day",),
    "quotes": ("day",),
    "kb_event_mentions": ("published",),
}
PREVIOUS_SCHEMA = 10  # the schema before events, quotes and reports kept their day


def user_tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'documents_fts%' ORDER BY name"
    )
    return [r[0] for r in rows]


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def every_row(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        return {
            t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
            for t in user_tables(conn)
        }


def as_previous_schema(current: Path, path: Path) -> None:
    """A copy of the store ``current`` as a dossier of schema ``PREVIOUS_SCHEMA`` wrote
    it: that schema's tables, filled with the columns it had."""
    conn = sqlite3.connect(path)
    for _, script in MIGRATIONS[:PREVIOUS_SCHEMA]:
        for statement in split_statements(script):
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {PREVIOUS_SCHEMA}")
    conn.execute("ATTACH DATABASE ? AS new", (str(current),))
    for table in user_tables(conn):
        kept = ", ".join(f'"{c}"' for c in columns(conn, table))
        conn.execute(f"INSERT OR REPLACE INTO main.{table} ({kept}) SELECT {kept} FROM new.{table}")
    conn.commit()
    conn.execute("DETACH DATABASE new")
    assert all(
        column not in columns(conn, table)
        for table, added in LISTING_COLUMNS.items()
        for column in added
    )
    conn.close()


def write_records(path: Path, records: list[tuple[str, str, str]]) -> Path:
    """(id, publication day, text) records as a JSON Lines input."""
    lines = [json.dumps({"id": doc, "date": day, "text": text}) for doc, day, text in records]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture()
def reprinted(tmp_path: Path) -> Path:
    """A store of dated articles; a later session adds a reprint of its story that a
    second outlet ran a day before the copy stored first (an agency's early edition)."""
    db = tmp_path / "dated.db"
    first = [("port-strike", "2025-06-05", STORY), ("mountain-flood", "2025-06-06", OTHER)]
    with dossier.open(db) as kb:
        assert kb.ingest([write_records(tmp_path / "first.jsonl", first)]).counts()["ingested"] == 2
    later = [("port-strike-early", "2025-06-04", reprint(STORY))]
    with dossier.open(db) as kb:
        assert kb.ingest([write_records(tmp_path / "later.jsonl", later)]).counts()["ingested"] == 1
    return db


def test_a_store_of_the_previous_schema_is_upgraded_and_keeps_every_row(
    reprinted: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old.db"
    as_previous_schema(reprinted, old)
    with dossier.open(old) as kb:
        assert kb.store.schema_version() == len(MIGRATIONS)
        assert [h.doc for h in kb.search("harbour")], "the full-text index is kept"
    migrated, fresh = every_row(old), every_row(reprinted)
    assert migrated.keys() == fresh.keys()
    for table, rows in fresh.items():
        assert migrated[table] == rows, table
    assert {day for (day,) in in_rows(old, "SELECT DISTINCT day FROM events")} != {""}


def in_rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_merged_event_counts_grown_incrementally_equal_a_full_recount(reprinted: Path) -> None:
    grown = in_rows(reprinted, "SELECT id, mentions, sources, first_report FROM kb_events")
    recounted = in_rows(
        reprinted,
        """SELECT k.id, count(m.event_id), count(DISTINCT m.origin_id), min(d.published)
           FROM kb_events k LEFT JOIN kb_event_mentions m ON m.kb_event_id = k.id
           LEFT JOIN documents d ON d.id = m.document_id GROUP BY k.id ORDER BY k.id""",
    )
    assert sorted(grown) == recounted
    assert any(mentions > 1 for _, mentions, _, _ in grown), "the reprint joined known events"
    assert ("2025-06-04",) in in_rows(reprinted, "SELECT first_report FROM kb_events")


def test_event_mentions_list_in_the_order_of_their_date_else_their_article(
    reprinted: Path,
) -> None:
    """The stored day orders the listing as the date expression over two tables did."""
    expected = [
        r[0]
        for r in in_rows(
            reprinted,
            """SELECT e.id FROM events e JOIN documents d ON d.id = e.document_id
               WHERE d.current = 1 AND d.status = 'ok' AND e.negated = 0
               ORDER BY coalesce(e.date, d.published) IS NULL,
                        coalesce(e.date, d.published) DESC, d.id, e.start""",
        )
    ]
    with dossier.open(reprinted, readonly=True) as kb:
        listed = [e.id for e in kb.event_page(EventQuery())]
        paged = [e.id for n in (1, 2, 3) for e in kb.event_page(EventQuery(limit=4, page=n))]
        assert kb.count_events(EventQuery()) == len(expected)
    assert expected and listed == expected
    assert paged == expected[:12]


def test_a_timeline_lists_the_first_reports_of_each_event_and_counts_them_all(
    reprinted: Path,
) -> None:
    with dossier.open(reprinted, readonly=True) as kb:
        every = kb.timeline(evidence_limit=None)
        first = kb.timeline(evidence_limit=1)
        default = kb.timeline()
    assert [e.id for e in first] == [e.id for e in every] == [e.id for e in default]
    assert [e.evidence for e in default] == [e.evidence for e in every]  # all under the cap
    assert [e.evidence[:1] for e in every] == [e.evidence for e in first]
    reported_twice = [e for e in first if e.mentions > 1]
    assert reported_twice and all(len(e.evidence) == 1 for e in reported_twice)


def test_an_actors_profile_lists_its_quotes_newest_first(reprinted: Path) -> None:
    with dossier.open(reprinted, readonly=True) as kb:
        speakers = [a for a in kb.actors() if a.type == "PERSON"]
        quoted = {a.id: kb.actor(a.id).quotes for a in speakers}
        # a page the newest quotes fill is read from them alone: the same quotes
        pages = {a.id: [kb.actor(a.id, limit=n).quotes for n in (1, 2)] for a in speakers}
    said = {k: v for k, v in quoted.items() if v}
    assert all(pages[k] == [v[:1], v[:2]] for k, v in said.items())
    assert said, "someone in the story is quoted"
    for quotes in said.values():
        days = [q.date or q.published or "" for q in quotes]
        assert days == sorted(days, reverse=True)
    assert any(len(q) > 1 for q in said.values()), "the reprint's quote is listed too"
