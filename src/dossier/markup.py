"""An article's cleaned text as HTML with its annotations as nested, escaped spans.

Annotations (entity mentions, dates, quotes, events) are half-open code-point spans
into the text and may overlap without nesting (a quote that starts inside one event
and ends inside another). The text is cut at every span boundary; each piece is
wrapped in the spans that cover it, outermost first, so an annotation that crosses
another is split into several elements sharing one ``data-key``. Every piece of text
and every attribute is escaped: article text is untrusted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

__all__ = ["KIND_RANK", "Mark", "common_prefix", "highlight"]

# Inner to outer when two annotations cover exactly the same characters.
KIND_RANK = {"quote": 0, "event": 1, "date": 2, "entity": 3}


@dataclass(frozen=True, slots=True)
class Mark:
    """One annotation: its span, what it is, the key the side list uses to find it."""

    start: int
    end: int
    kind: str
    key: str
    css: str = ""
    title: str = ""

    def order(self) -> tuple[int, int, int, str]:
        return (self.start, -self.end, KIND_RANK.get(self.kind, 9), self.key)

    def open_tag(self) -> str:
        classes = f"m m-{self.kind} {self.css}".strip()
        return (
            f'<span class="{escape(classes)}" data-key="{escape(self.key)}"'
            f' title="{escape(self.title)}">'
        )


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` as escaped HTML with each mark as ``<span class="m m-KIND" data-key=…>``."""
    valid = sorted((m for m in marks if 0 <= m.start < m.end <= len(text)), key=lambda m: m.order())
    points = sorted({0, len(text)} | {m.start for m in valid} | {m.end for m in valid})
    parts: list[str] = []
    stack: list[Mark] = []
    waiting = iter(valid)
    upcoming = next(waiting, None)
    for start, end in pairwise(points):
        # Marks open here are appended after those open before (sorted by start first),
        # so ``active`` stays in outer-to-inner order without sorting again.
        active = [m for m in stack if m.end > start]
        while upcoming is not None and upcoming.start == start:
            active.append(upcoming)
            upcoming = next(waiting, None)
        keep = common_prefix(stack, active)
        parts.append("</span>" * (len(stack) - keep))
        parts.extend(m.open_tag() for m in active[keep:])
        parts.append(str(escape(text[start:end])))
        stack = active
    parts.append("</span>" * len(stack))
    return Markup("".join(parts))


def common_prefix(open_now: Sequence[Mark], wanted: Sequence[Mark]) -> int:
    """How many of the open spans (outermost first) stay open for the next piece."""
    count = 0
    for current, needed in zip(open_now, wanted, strict=False):
        if current is not needed:
            break
        count += 1
    return count
