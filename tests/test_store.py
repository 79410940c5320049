"""The SQLite store: WAL, migrations, full-text search, idempotent re-ingest, versions,
one transaction per batch, and a store that survives ``kill -9`` in the middle of ingest."""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import dossier
from dossier.errors import StoreError
from dossier.ingest import prepare_article
from dossier.models import Article, Entity, Extraction, RawInput
from dossier.store import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    MIGRATIONS,
    SCHEMA_VERSION,
    Store,
    names_match,
)

Runner = Callable[..., subprocess.CompletedProcess[str]]


def make_article(doc: str, text: str, *, source: str | None = None) -> Article:
    return prepare_article(RawInput(doc=doc, source=source or doc, raw=text, fmt="txt"))


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")
        return {r[0] for r in rows}


GLACIER = (
    "Glacier melt is feeding the rivers of Badakhshan earlier every spring. Scientists who "
    "measured the glacier last year said the glacier had lost a tenth of its ice, and that "
    "villages below the glacier now face floods in April instead of May."
)
ROADS = (
    "Road crews in Badakhshan cleared rockfalls after heavy rain. One driver said the road "
    "past the old glacier viewpoint was open again by the evening."
)
MARKET = "Traders in Faizabad said the price of flour fell this week as new stocks arrived."


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "kb.db")
    yield s
    s.close()


# --- schema --------------------------------------------------------------------


def test_store_uses_wal_and_the_latest_schema(store: Store) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.schema_version() == SCHEMA_VERSION == len(MIGRATIONS)
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.parametrize(
    ("query", "index"),
    [
        ("SELECT 1 FROM documents WHERE content_hash = 'x'", "sqlite_autoindex_documents"),
        (
            "SELECT kb_event_id FROM kb_event_mentions WHERE origin_id = 1",
            "kb_event_mentions_origin",
        ),
    ],
)
def test_the_lookups_of_an_incremental_ingest_use_an_index(
    store: Store, query: str, index: str
) -> None:
    """Whether an article is already stored, and which events a reprinted story
    told, are found without reading the whole store: ingest time must not grow
    with the store's size."""
    plan = " ".join(str(row[-1]) for row in store.conn.execute(f"EXPLAIN QUERY PLAN {query}"))
    assert plan.startswith("SEARCH") and index in plan, plan


def test_opening_twice_applies_no_migration_again(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    Store(path).close()
    before = tables(path)
    again = Store(path)
    try:
        assert again.migrate() == []
        assert again.schema_version() == len(MIGRATIONS)
    finally:
        again.close()
    assert tables(path) == before
    assert {"documents", "documents_fts", "entities", "mentions", "dates", "quotes"} <= before


def test_a_version_1_store_is_upgraded_on_open_and_keeps_its_documents(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0][1])
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        """INSERT INTO documents (doc, key, content_hash, source, fmt, title, status, raw, text,
               ingested_at)
           VALUES ('old.txt', 'path:/old.txt', 'abc123', '/old.txt', 'txt', 'Old glacier note',
                   'ok', ?, ?, '2024-01-01T00:00:00+00:00')""",
        (GLACIER, GLACIER),
    )
    conn.commit()
    conn.close()
    assert "entities" not in tables(path)

    with dossier.open(path) as kb:
        assert kb.store.schema_version() == len(MIGRATIONS)
        assert [r.doc for r in kb.documents()] == ["old.txt"]
        assert [h.doc for h in kb.search("glacier")] == ["old.txt"]
        assert kb.document("old.txt").entities == []
    assert {"entities", "mentions", "dates", "quotes"} <= tables(path)


def test_a_store_newer_than_this_dossier_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_a_file_that_is_not_a_store_is_refused_with_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are not the bytes of an SQLite database" * 100)
    with pytest.raises(StoreError, match=r"notes\.db"):
        Store(path)


# --- search ----------------------------------------------------------------------


@pytest.fixture
def searchable(store: Store) -> Store:
    store.write_batch(
        [
            Extraction(make_article("roads.txt", ROADS)),
            Extraction(make_article("glacier.txt", GLACIER)),
            Extraction(make_article("market.txt", MARKET)),
        ]
    )
    return store


def test_search_ranks_the_better_match_first_with_a_highlighted_snippet(searchable: Store) -> None:
    hits = searchable.search("glacier")
    assert [h.doc for h in hits] == ["glacier.txt", "roads.txt"]
    assert hits[0].score < hits[1].score  # bm25: lower is better
    snippet = hits[0].snippet
    assert f"{HIGHLIGHT_START}glacier{HIGHLIGHT_END}".lower() in snippet.lower()


def test_search_stems_words(searchable: Store) -> None:
    assert [h.doc for h in searchable.search("glaciers")][:1] == ["glacier.txt"]
    assert [h.doc for h in searchable.search("measuring")] == ["glacier.txt"]


@pytest.mark.parametrize(
    "query", ['"unbalanced', "a AND", "-x", "glacier AND", "NEAR(", "*", "(", "col:x", "", " "]
)
def test_queries_with_fts_syntax_characters_do_not_crash(searchable: Store, query: str) -> None:
    assert isinstance(searchable.search(query), list)


def test_an_unbalanced_quote_still_finds_the_word(searchable: Store) -> None:
    assert [h.doc for h in searchable.search('"glacier')][:1] == ["glacier.txt"]


# --- one transaction per batch -------------------------------------------------------


def test_a_batch_that_fails_midway_leaves_nothing_of_that_batch(store: Store) -> None:
    store.write_batch([Extraction(make_article("market.txt", MARKET))])
    good = Extraction(make_article("glacier.txt", GLACIER))
    skipped = make_article(
        "note_fr.txt",
        "Les commerçants de Faizabad disent que le prix de la farine a baissé cette semaine.",
    )
    # Two clusters with one id break UNIQUE (document_id, eid) on the second document.
    clash = [
        Entity(id="e1", name="Badakhshan", type="GPE", mentions=[(40, 50)]),
        Entity(id="e1", name="Faizabad", type="GPE", mentions=[(10, 18)]),
    ]
    bad = Extraction(make_article("roads.txt", ROADS), entities=clash)
    with pytest.raises(StoreError, match="nothing of it was kept"):
        store.write_batch([good, bad], [(skipped, "language is 'fr', not English")])

    assert [r.doc for r in store.documents()] == ["market.txt"]
    assert not store.has_content(good.article.content_hash)
    assert not store.has_content(skipped.content_hash)
    assert store.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
    assert [h.doc for h in store.search("glacier")] == []
    # The store is still usable: the same good article goes in on the next batch.
    store.write_batch([good])
    assert sorted(r.doc for r in store.documents()) == ["glacier.txt", "market.txt"]


# --- re-ingest, versions, duplicates (through the real ingest) ---------------------------


@pytest.fixture(scope="module")
def kb_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("versions")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "glacier.txt").write_text(GLACIER, encoding="utf-8")
    (corpus / "roads.txt").write_text(ROADS, encoding="utf-8")
    return root


def counts(kb: dossier.Dossier) -> tuple[int, int]:
    conn = kb.store.conn
    return (
        conn.execute("SELECT count(*) FROM documents").fetchone()[0],
        conn.execute("SELECT count(*) FROM entities").fetchone()[0],
    )


def test_reingesting_the_same_content_is_a_no_op(kb_dir: Path) -> None:
    with dossier.open(kb_dir / "same.db") as kb:
        first = kb.ingest([kb_dir / "corpus"])
        assert first.counts() == {
            "ingested": 2,
            "unchanged": 0,
            "skipped": 0,
            "failed": 0,
            "partial": 0,
        }
        before = counts(kb)
        rows = kb.documents()
        second = kb.ingest([kb_dir / "corpus"])
        assert second.counts() == {
            "ingested": 0,
            "unchanged": 2,
            "skipped": 0,
            "failed": 0,
            "partial": 0,
        }
        assert counts(kb) == before
        assert kb.documents() == rows


def test_a_changed_file_becomes_version_2(kb_dir: Path, dossier_cli: Runner) -> None:
    corpus = kb_dir / "changing"
    corpus.mkdir()
    path = corpus / "roads.txt"
    path.write_text(ROADS, encoding="utf-8")
    db = kb_dir / "versions.db"
    with dossier.open(db) as kb:
        kb.ingest([corpus])
        path.write_text(ROADS + " A second crew arrived on Friday to repair the bridge.", "utf-8")
        report = kb.ingest([corpus])
        assert report.counts()["ingested"] == 1
        versions = kb.store.conn.execute(
            "SELECT version, current FROM documents WHERE doc = 'roads.txt' ORDER BY version"
        ).fetchall()
        assert versions == [(1, 0), (2, 1)]
        assert "A second crew arrived" in kb.document("roads.txt").text

    listed = dossier_cli("docs", "--db", db, "--format", "json", cwd=kb_dir)
    assert listed.returncode == 0, listed.stderr
    rows = [r for r in json.loads(listed.stdout) if r["doc"] == "roads.txt"]
    assert len(rows) == 1
    assert rows[0]["version"] == 2
    found = dossier_cli("search", "bridge", "--db", db, "--format", "json", cwd=kb_dir)
    assert [h["doc"] for h in json.loads(found.stdout)] == ["roads.txt"]
    old_words = dossier_cli("search", "viewpoint", "--db", db, "--format", "json", cwd=kb_dir)
    assert len(json.loads(old_words.stdout)) == 1  # only the current version is a hit


def test_a_file_changed_back_shows_its_current_text(kb_dir: Path) -> None:
    corpus = kb_dir / "reverted"
    corpus.mkdir()
    path = corpus / "glacier.txt"
    edited = GLACIER + " A survey team will return to the glacier in the autumn."
    with dossier.open(kb_dir / "reverted.db") as kb:
        for text in (GLACIER, edited, GLACIER):
            path.write_text(text, encoding="utf-8")
            kb.ingest([corpus])
        assert kb.document("glacier.txt").text == GLACIER


def test_two_identical_files_make_one_document(kb_dir: Path) -> None:
    corpus = kb_dir / "twins"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GLACIER, encoding="utf-8")
    (corpus / "b.txt").write_text(GLACIER, encoding="utf-8")
    with dossier.open(kb_dir / "twins.db") as kb:
        report = kb.ingest([corpus])
        assert report.counts() == {
            "ingested": 1,
            "unchanged": 1,
            "skipped": 0,
            "failed": 0,
            "partial": 0,
        }
        assert report.ingested == ["a.txt"]
        assert report.unchanged == ["b.txt"]
        assert [r.doc for r in kb.documents()] == ["a.txt"]


# --- kill -9 in the middle of ingest ----------------------------------------------------

N_ARTICLES = 100  # enough that the kill lands mid-run; the rerun stores the rest
BATCH = 5
PEOPLE = ["Ahmad Karimi", "Laila Haidari", "Farid Noori", "Sara Wardak", "Omar Zaheer"]
PLACES = ["Kabul", "Herat", "Kandahar", "Jalalabad", "Kunduz", "Ghazni"]
SUBJECTS = ["The provincial council", "A group of traders", "The health department", "Elders"]
VERBS = ["announced", "postponed", "approved", "criticised", "welcomed"]
OBJECTS = [
    "a plan to repair the main road",
    "new rules for the bazaar",
    "a vaccination drive for children",
    "the budget for village schools",
    "a deal on electricity imports",
]


def generated_article(rng: random.Random, n: int) -> str:
    sentences = [
        f"{rng.choice(SUBJECTS)} in {rng.choice(PLACES)} {rng.choice(VERBS)} "
        f"{rng.choice(OBJECTS)} on Tuesday, according to {rng.choice(PEOPLE)}."
    ]
    for _ in range(rng.randint(2, 4)):
        sentences.append(
            f"{rng.choice(PEOPLE)} said the decision would affect families across "
            f"{rng.choice(PLACES)} and that {rng.choice(OBJECTS)} was long overdue."
        )
    sentences.append(f"The notice carried the reference kestrel{n:04d}.")
    return f"Council update number {n}\n\n" + " ".join(sentences) + "\n"


def stored_count(db: Path) -> int:
    """Documents committed so far, read without writing (0 while the store is being made)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_kill_during_ingest_leaves_a_consistent_store_and_a_rerun_completes(
    tmp_path: Path,
    dossier_cli: Runner,
    dossier_background: Callable[..., subprocess.Popen[bytes]],
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rng = random.Random(20210815)
    for n in range(N_ARTICLES):
        (corpus / f"item_{n:03d}.txt").write_text(generated_article(rng, n), encoding="utf-8")
    db = tmp_path / "kb.db"

    proc = dossier_background(
        "ingest", "corpus", "--db", "kb.db", "--batch-size", str(BATCH), cwd=tmp_path
    )
    try:
        deadline = time.monotonic() + 120
        while stored_count(db) == 0:
            assert proc.poll() is None, "ingest ended before its first batch was seen"
            assert time.monotonic() < deadline, "no batch committed within 120 s"
            time.sleep(0.02)
        assert proc.poll() is None, "ingest finished before it could be killed"
        proc.kill()  # SIGKILL: no cleanup, no final commit
        assert proc.wait(timeout=30) == -9
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # The full-text index agrees with the documents table, row by row.
        conn.execute(
            "INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)"
        )
        stored = conn.execute("SELECT id, text FROM documents").fetchall()
        assert 0 < len(stored) < N_ARTICLES
        for doc_id, text in stored:
            code = text[text.index("kestrel") :].split(".")[0]
            hits = conn.execute(
                "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?", (code,)
            ).fetchall()
            assert hits == [(doc_id,)]
        orphans = [
            conn.execute(
                f"SELECT count(*) FROM {child} WHERE {key} NOT IN (SELECT id FROM {parent})"
            ).fetchone()[0]
            for child, key, parent in (
                ("entities", "document_id", "documents"),
                ("mentions", "entity_id", "entities"),
                ("dates", "document_id", "documents"),
                ("quotes", "document_id", "documents"),
            )
        ]
        assert orphans == [0, 0, 0, 0]
        # Every article names people and places: each stored document came with its entities.
        without = conn.execute(
            "SELECT count(*) FROM documents d "
            "WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.document_id = d.id)"
        ).fetchone()[0]
        assert without == 0
        killed_at = len(stored)
    finally:
        conn.close()

    rerun = dossier_cli(
        "ingest",
        "corpus",
        "--db",
        "kb.db",
        "--batch-size",
        str(BATCH),
        "--format",
        "json",
        cwd=tmp_path,
    )
    assert rerun.returncode == 0, rerun.stderr
    [summary] = json.loads(rerun.stdout)
    assert summary["unchanged"] == killed_at
    assert summary["ingested"] == N_ARTICLES - killed_at
    assert summary["failed"] == 0

    with sqlite3.connect(db) as conn:
        total, docs, hashes, current = conn.execute(
            "SELECT count(*), count(DISTINCT doc), count(DISTINCT content_hash), sum(current) "
            "FROM documents"
        ).fetchone()
        assert (total, docs, hashes, current) == (N_ARTICLES,) * 4
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


NOTES_IN_OTHER_LANGUAGES = [  # short texts written for this test; stored as skipped
    "Le conseil municipal de Herat a voté un nouveau budget pour les écoles du district.",
    "El consejo de Herat aprobó un nuevo presupuesto para las escuelas del distrito.",
    "Der Stadtrat von Herat hat einen neuen Haushalt für die Schulen des Bezirks beschlossen.",
    "Il consiglio di Herat ha approvato un nuovo bilancio per le scuole del distretto.",
]


@pytest.mark.slow
def test_ingests_started_together_on_a_new_store_all_succeed(tmp_path: Path) -> None:
    from conftest import dossier_env

    for n, text in enumerate(NOTES_IN_OTHER_LANGUAGES):
        (tmp_path / f"note_{n}.txt").write_text(text, encoding="utf-8")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "dossier", "ingest", f"note_{n}.txt", "--db", "new.db"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dossier_env(),
        )
        for n in range(len(NOTES_IN_OTHER_LANGUAGES))
    ]
    results = [
        (proc.wait(timeout=300), proc.stderr.read() if proc.stderr else "") for proc in procs
    ]
    for proc in procs:
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()
    assert [code for code, _ in results] == [0] * len(procs), [err for _, err in results]
    with dossier.open(tmp_path / "new.db", readonly=True) as kb:
        stored = sorted(row.doc for row in kb.documents())
    assert stored == [f"note_{n}.txt" for n in range(len(NOTES_IN_OTHER_LANGUAGES))]


@pytest.mark.parametrize(
    ("query", "names", "matches"),
    [
        ("Ghani", "Ashraf Ghani", True),
        ("ghani", '["President Ghani", "Ashraf Ghani"]', True),
        ("Ghani", "Afghanistan", False),
        ("Ghani", '["Afghanistan", "Afghan government"]', False),
        ("Taliban", "the Taliban's spokesman", True),
        ("ashraf  ghani", "Ashraf Ghani", True),
        ("Ash", "Ashraf Ghani", False),
        ("U.S.", "the U.S. embassy", True),
        ("", "Ashraf Ghani", False),
    ],
)
def test_a_name_filter_matches_whole_words(query: str, names: str, matches: bool) -> None:
    assert names_match(query, names) is matches
