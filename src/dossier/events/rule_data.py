"""The shapes the event coder's data files share: example sentences, PLOVER type codes
and sets of them, and mappings whose unknown keys are refused with the file named.

``events.rules`` (rewrites.yaml), ``events.steps`` (its construction order and
vetoes) and ``events.frame_data`` (frames.yaml) read their entries with these.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dossier.errors import DataError
from dossier.events.triggers import EventLexicon

SOURCE = "events/rewrites.yaml"
EXAMPLE_KEYS = frozenset({"text", "type", "source", "target", "negated"})


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence written for the rule and the event (type, source, target) it must
    code (an ``examples:`` entry) or must not code (a ``not:`` entry; a side left out
    there matches any actor)."""

    text: str
    type: str
    source: str | None
    target: str | None
    negated: bool = False  # the event is told as not having happened


def refuse_unknown(
    given: Any, known: frozenset[str], where: str, source: str = SOURCE
) -> dict[str, Any]:
    """``given`` as a mapping, or DataError naming the unknown key(s) and the known ones."""
    if not isinstance(given, dict):
        raise DataError(f"{source}: {where} must be a mapping, not {given!r}")
    unknown = sorted(set(given) - known)
    if unknown:
        raise DataError(
            f"{source}: {where} has unknown key(s) {', '.join(map(repr, unknown))}; "
            f"the keys are {', '.join(sorted(known))}"
        )
    return given


def type_code(value: Any, lexicon: EventLexicon, where: str, source: str = SOURCE) -> str:
    code = str(value).upper()
    if code not in lexicon.types:
        raise DataError(f"{source}: {where}: {value!r} is no type defined in events.yaml")
    return code


def type_set(
    value: Any,
    classes: dict[str, frozenset[str]],
    lexicon: EventLexicon,
    where: str,
    source: str = SOURCE,
) -> frozenset[str]:
    """A list of types, or the name of a class: one of ``classes:``, else a set of
    types events.yaml keeps (``symmetric_types``, ``place_targets``; the keys of
    ``threat_modes``)."""
    if isinstance(value, list):
        return frozenset(type_code(v, lexicon, where, source) for v in value)
    name = str(value)
    if name in classes:
        return classes[name]
    kept = getattr(lexicon, name, None)
    if isinstance(kept, frozenset | dict) and kept and set(kept) <= set(lexicon.types):
        return frozenset(kept)
    raise DataError(
        f"{source}: {where}: {name!r} is neither a list of types nor a class; "
        f"the classes are {', '.join(sorted(classes))}"
    )


def examples_of(
    given: Any, lexicon: EventLexicon, where: str, source: str = SOURCE
) -> tuple[Example, ...]:
    if not isinstance(given, list):
        raise DataError(f"{source}: {where} must be a list of examples")
    found = []
    for number, item in enumerate(given):
        entry = refuse_unknown(item, EXAMPLE_KEYS, f"{where}[{number}]", source)
        if "text" not in entry or "type" not in entry:
            raise DataError(f"{source}: {where}[{number}] needs 'text' and 'type'")
        found.append(
            Example(
                text=str(entry["text"]),
                type=type_code(entry["type"], lexicon, f"{where}[{number}]", source),
                source=entry.get("source"),
                target=entry.get("target"),
                negated=bool(entry.get("negated", False)),
            )
        )
    return tuple(found)
