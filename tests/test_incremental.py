"""Incremental ingest against a store that already holds the story a new article repeats.

The near-duplicate index (LSH bands of each article's MinHash) lives in the store, so a
later ingest, in a new process or session, finds the earlier report without rebuilding
the index from every stored signature; a store made before the bands were kept gets
them once, on its first update.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import dossier

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
