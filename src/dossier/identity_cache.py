"""Values derived from an object made once for the life of the process, kept by its identity.

The lexicons' word lists, a word kind's tuple of admitted steps, a trigger's options, a
frame: each is made once and then asked about at every word of every article.  Hashing
them (large frozensets, tuples of dataclasses) would cost what the keeping saves, so
the derived value is kept under the object's ``id`` together with the object itself: an
entry whose object was freed and whose id was reused by another is made again.  The
tables are the callers' own (``{id: (object, value)}``), so a hot loop may read one inline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

__all__ = ["kept_for"]

S = TypeVar("S")
T = TypeVar("T")


def kept_for(table: dict[int, tuple[S, T]], source: S, build: Callable[[S], T]) -> T:
    """``build(source)``, made once per ``source`` object and kept in ``table``."""
    kept = table.get(id(source))
    if kept is None or kept[0] is not source:
        kept = table[id(source)] = (source, build(source))
    return kept[1]
