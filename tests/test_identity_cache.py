"""Derived values kept by their source object's identity (dossier.identity_cache)."""

from __future__ import annotations

from dossier.identity_cache import kept_for


def test_a_value_is_made_once_per_object() -> None:
    table: dict[int, tuple[frozenset[str], int]] = {}
    calls: list[frozenset[str]] = []

    def size(words: frozenset[str]) -> int:
        calls.append(words)
        return len(words)

    ports = frozenset({"Mombasa", "Durban", "Lagos"})
    assert kept_for(table, ports, size) == 3
    assert kept_for(table, ports, size) == 3
    assert len(calls) == 1


def test_an_equal_but_other_object_gets_its_own_value() -> None:
    table: dict[int, tuple[tuple[str, ...], str]] = {}
    first, second = ("Accra", "Lome"), tuple(["Accra", "Lome"])
    assert first == second and first is not second
    kept_for(table, first, " ".join)
    kept_for(table, second, " ".join)
    assert len(table) == 2


def test_an_entry_left_by_a_freed_object_is_made_again() -> None:
    """A freed object's id can be given to a new one: its entry is not the new one's."""
    cities = frozenset({"Dakar", "Bamako"})
    table: dict[int, tuple[frozenset[str], int]] = {id(cities): (frozenset({"stale"}), 99)}
    assert kept_for(table, cities, len) == 2
    assert table[id(cities)] == (cities, 2)
