"""Cheap tests run before a date scanner: does the text hold a word every match needs?

Each scanner of ``dossier.dates`` tries its alternations at every word of an article,
and most need a word that most articles lack ("ago", "year", a capitalized month
name).  Looking for that word first is a literal search, a small fraction of the scan,
and exact: a text without the word holds no match, so the spans found are the same.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["Gate", "case_variants", "needs_all", "needs_one_of", "word_start"]

Gate = Callable[[str], bool]
# the characters other than its two cases that re.IGNORECASE matches to a letter (brute
# force over every code point in tests/test_scan_gates.py)
CASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


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


def case_variants(char: str) -> set[str]:
    """The characters ``char`` matches under ``re.IGNORECASE`` (a letter or digit)."""
    return {char, char.lower(), char.upper(), *CASE_EXTRAS.get(char.lower(), "")}


def word_start(words: Iterable[str], *, ignore_case: bool = False) -> tuple[str, str]:
    r"""``\b(?:words)`` (an ``alternation``: longest first, a space as ``\s+``) rewritten
    to start with one consumed character: the characters a match can begin with, and the
    alternation that follows that character, each branch checking it by a look back.

    ``[first](?<!\w\w)(?:rest)`` matches where ``\b(?:words)`` does, the same text, in
    the same order of branches; but a pattern that starts with a character class lets
    ``re`` look for that character with its quick search instead of trying the whole
    pattern at every character of the article.  With ``ignore_case`` the first characters
    are every case of each (the class itself must be matched case-sensitively, or ``re``
    drops its quick search) and ``rest`` must be read with ``(?i:…)``."""
    firsts: set[str] = set()
    branches = []
    for word in sorted(words, key=len, reverse=True):
        if not re.match(r"\w", word[:1]):
            raise ValueError(f"{word!r}: a word must start with a word character")
        firsts |= case_variants(word[0]) if ignore_case else {word[0]}
        rest = re.escape(word[1:]).replace(r"\ ", r"\s+")
        branches.append(f"(?<={re.escape(word[0])}){rest}")
    return "".join(re.escape(c) for c in sorted(firsts)), "|".join(branches)
