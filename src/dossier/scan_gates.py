"""Cheap tests run before a date scanner: does the text hold a word every match needs?

Each scanner of ``dossier.dates`` tries its alternations at every word of an article,
and most need a word that most articles lack ("ago", "year", a capitalized month
name).  Looking for that word first is a literal search, a small fraction of the scan,
and exact: a text without the word holds no match, so the spans found are the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["Gate", "needs_all", "needs_one_of"]

Gate = Callable[[str], bool]


def needs_one_of(words: Iterable[str], *, ignore_case: bool = False) -> Gate:
    """A test that a text holds one of ``words`` (a phrase's first word), found as the
    scanner's own pattern finds it: case-sensitively, or with ``re.IGNORECASE``'s case
    folding when ``ignore_case``.  A word holding another of the list is not looked for."""
    firsts = {word.split()[0] for word in words}
    kept = sorted(w for w in firsts if not any(o != w and o in w for o in firsts))
    if ignore_case:
        finders = [re.compile(re.escape(w), re.IGNORECASE).search for w in kept]
        return lambda text: any(find(text) is not None for find in finders)
    return lambda text: any(w in text for w in kept)


def needs_all(*gates: Gate) -> Gate:
    """A test that a text passes every one of ``gates``."""
    return lambda text: all(gate(text) for gate in gates)
