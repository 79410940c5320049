"""Where an article's headline and subheads are: lines without closing punctuation
that stand alone. The event coder codes nothing read from them, and the entity stage
takes no long title-case phrase of theirs for a name."""

from __future__ import annotations

__all__ = ["heading_spans", "is_heading_line"]


def heading_spans(text: str, longest: int = 14) -> list[tuple[int, int]]:
    """Where the headline and the subheads are: lines without closing punctuation,
    like "Rebels seize port town as talks stall", that stand alone between blank lines
    (or open the text), or open the text above a paragraph on the next line.  The body
    tells the news a heading sums up; a heading's own reading ("US drone strike kills
    …") is a second, often skewed copy of it, and analysts do not code it.  The lines
    of a hard-wrapped paragraph are no headings (they do not stand alone), nor is an
    unpunctuated summary paragraph longer than ``longest`` words."""
    lines = text.split("\n")
    spans: list[tuple[int, int]] = []
    start = 0
    for i, line in enumerate(lines):
        end = start + len(line)
        if is_heading_line(lines, i, longest):
            spans.append((start, end))
        start = end + 1
    return spans


def is_heading_line(lines: list[str], i: int, longest: int) -> bool:
    """Whether line ``i`` of ``lines`` is a headline or subhead (see heading_spans)."""
    stripped = lines[i].strip()
    if not stripped or len(stripped.split()) > longest or is_closed(stripped):
        return False
    if i + 1 >= len(lines):
        return False
    before_blank = i == 0 or not lines[i - 1].strip()
    after = lines[i + 1].strip()
    if before_blank and not after:
        return True
    # "Title\nA whole first paragraph.", not a wrapped line going on in lower case
    return i == 0 and after[:1].isupper() and after[-1:] in _CLOSING


def is_closed(line: str) -> bool:
    """Whether a line ends as a sentence does; a quote closed right after a word ("…
    rejects port deal as 'null and void'") ends a headline's quoted phrase instead."""
    if line[-1] in _QUOTES and len(line) > 1 and line[-2].isalnum():
        return False
    return line[-1] in _CLOSING


_CLOSING = frozenset(".!?\"”':;,)’")
_QUOTES = frozenset("\"”'’")
