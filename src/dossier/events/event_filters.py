"""Which of an article's coded events it keeps: none read from a headline, and one
event where a sentence tells the same act twice."""

from __future__ import annotations

from dossier.events.precision import heading_spans
from dossier.models import Event


def without_heading_events(events: list[Event], text: str) -> list[Event]:
    """A headline or subhead ("Myanmar army seizes power") is not coded: the body
    tells the event, and gold annotators never record a heading's reading of it."""
    headings = heading_spans(text)
    return [e for e in events if not any(a <= e.trigger_span[0] < b for a, b in headings)]


def without_sourceless_repeats(events: list[Event]) -> list[Event]:
    """ "X is wanted by the FBI, which offers a reward leading to his arrest": one
    sentence telling the same act twice, once without its doer, is one event."""
    known = {(e.sentence, e.type, e.target) for e in events if e.source is not None}
    return [
        e for e in events if e.source is not None or (e.sentence, e.type, e.target) not in known
    ]


def without_repeats_in_sentence(events: list[Event]) -> list[Event]:
    """One sentence telling the same act between the same sides twice ("is wanted by
    the FBI, which offers a reward leading to his arrest", once the arrest's doer is
    known) is one event: the first told."""
    seen: set[tuple[tuple[int, int], str, str | None, str | None, bool]] = set()
    kept = []
    for event in events:
        key = (event.sentence, event.type, event.source, event.target, event.negated)
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept
