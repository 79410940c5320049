"""Quotation marks: the spans of text inside each pair, across paragraphs.

Curly, straight, guillemet and low-high marks all open a quote; a straight mark
after a digit is an inch mark (a 12" pipe); a quote still open at a paragraph
break continues only when the next paragraph opens with a mark.  A curly quote
that meets a second opening curly mark before it closes lost its paragraph break
(text flattened into one line, where each paragraph of a long quote opened with a
mark and only the last closed): it ends where the next one opens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dossier.models import Span

__all__ = [
    "CLOSING_ALSO",
    "MARK",
    "OPENING",
    "STOPS",
    "closing_index",
    "is_closing_straight",
    "is_opening",
    "may_hold",
    "quoted_spans",
]

OPENING = {"“": "”", '"': '"', "«": "»", "„": "“"}
MARK = re.compile("[" + "".join(OPENING) + "]")
CLOSING_ALSO = {"“": '"', '"': "”"}
# for each opening mark, the characters ``closing_index`` acts on (the others it passes)
STOPS = {
    mark: re.compile(
        "[" + re.escape("".join({close, CLOSING_ALSO.get(mark, close), "“", "\n"})) + "]"
    )
    for mark, close in OPENING.items()
}


def quoted_spans(text: str, max_chars: int) -> tuple[list[Span], list[str]]:
    """The ``[start, end)`` of the words inside each pair of quotation marks.

    Straight quotes after a digit are inch marks (a 12" pipe), not quotes.  A quote
    that is still open at a paragraph break continues only if the next paragraph opens
    with a quotation mark; otherwise it never closed and is dropped with a warning.
    """
    spans: list[Span] = []
    warnings: list[str] = []
    i = 0
    while i < len(text):
        found = MARK.search(text, i)  # the next mark that may open a quote
        if found is None:
            break
        i = found.start()
        mark = text[i]
        if not is_opening(text, i):
            i += 1
            continue
        end = closing_index(text, i)
        if end is None:
            line = text.count("\n", 0, i) + 1
            warnings.append(f"quotation mark at line {line} never closes; no quote taken from it")
            i += 1
            continue
        if end - i - 1 > max_chars:
            warnings.append(f"quote of {end - i - 1} characters at {i} is too long; dropped")
        elif end > i + 1:
            spans.append((i + 1, end))
        i = end if text[end] == "“" and mark == "“" else end + 1
    return spans, warnings


def is_opening(text: str, i: int) -> bool:
    if text[i] != '"':
        return text[i] in "“«„"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and not after.isspace() and not before.isdigit()


def closing_index(text: str, start: int) -> int | None:
    """Index of the mark closing the quote opened at ``start``, across paragraphs."""
    mark = text[start]
    closers = {OPENING[mark], CLOSING_ALSO.get(mark, OPENING[mark])}
    stop = STOPS[mark]
    i = start + 1
    while i < len(text):
        found = stop.search(text, i)  # the next character the tests below act on
        if found is None:
            return None
        i = found.start()
        ch = text[i]
        if ch in closers and (ch != '"' or is_closing_straight(text, i)):
            return i
        if ch == "“" and mark == "“":
            return i  # a lost paragraph break: the next quote opens here
        if ch == "\n":
            j = i
            while j < len(text) and text[j] in "\n ":
                j += 1
            if j >= len(text) or text[j] not in OPENING:
                return None
            i = j + 1
            continue
        i += 1
    return None


def is_closing_straight(text: str, i: int) -> bool:
    before = text[i - 1]
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isdigit() and not after.isalnum() and not before.isspace()


def may_hold(text: str, phrases: Iterable[str]) -> bool:
    """False when no part of ``text`` can hold one of ``phrases`` in lower case: an ASCII
    phrase is looked for in the lowered text (lowering a part lowers its letters as in
    the whole); True for any other phrase, which is then looked for part by part."""
    lowered = None
    for phrase in phrases:
        if not phrase.isascii():
            return True
        lowered = text.lower() if lowered is None else lowered
        if phrase in lowered:
            return True
    return False
