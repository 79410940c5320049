"""A long load keeps each side's merged events from batch to batch
(``dossier.kb.side_events``): read once, by day and in id order, and read again
when they may have changed under it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dossier.kb.side_events import SideEvents
from dossier.store import Store

# (type, source actor, target actor, negated), with no actors stored: none needed
PROTEST = ("PROTEST", None, None, 0)
ASSAULT = ("ASSAULT", None, None, 0)


def add_event(conn: sqlite3.Connection, event_id: int, side: tuple[object, ...], day: str) -> None:
    conn.execute(
        "INSERT INTO kb_events (id, type, source_actor, target_actor, negated, day, "
        "modality, trigger) VALUES (?, ?, ?, ?, ?, ?, 'asserted', 'marched')",
        (event_id, *side, day),
    )


def test_each_side_is_read_by_day_in_id_order_and_only_its_dated_events(tmp_path: Path) -> None:
    store = Store(tmp_path / "kb.db")
    with store.transaction() as conn:
        for event_id, side, day in [
            (1, PROTEST, "2024-03-02"),
            (2, ASSAULT, "2024-03-02"),
            (3, PROTEST, "2024-03-02"),
            (4, PROTEST, "2024-03"),
            (5, PROTEST, ""),
        ]:
            add_event(conn, event_id, side, day)
    kept = SideEvents(store).events([PROTEST])
    assert list(kept) == [PROTEST]
    assert {day: [e.id for e in events] for day, events in kept[PROTEST].items()} == {
        "2024-03-02": [1, 3],
        "2024-03": [4],
    }
    store.close()


def test_a_kept_side_is_not_read_again_but_another_connections_commit_is_seen(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "kb.db")
    sides = SideEvents(store)
    with store.transaction() as conn:
        add_event(conn, 1, PROTEST, "2024-03-02")
    assert [e.id for e in sides.events([PROTEST])[PROTEST]["2024-03-02"]] == [1]
    with store.transaction() as conn:  # this connection's own write: the caller adds it
        add_event(conn, 2, PROTEST, "2024-03-02")
    assert [e.id for e in sides.events([PROTEST])[PROTEST]["2024-03-02"]] == [1]
    other = sqlite3.connect(tmp_path / "kb.db")
    with other:
        add_event(other, 3, PROTEST, "2024-03-02")
    other.close()
    assert [e.id for e in sides.events([PROTEST])[PROTEST]["2024-03-02"]] == [1, 2, 3]
    sides.forget()
    with store.transaction() as conn:
        conn.execute("DELETE FROM kb_events WHERE id = 1")
    assert [e.id for e in sides.events([PROTEST])[PROTEST]["2024-03-02"]] == [2, 3]
    store.close()
