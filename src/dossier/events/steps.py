"""The coder's steps: which constructions the coder tries at each word, in which order.

``construction_order:`` of ``data/events/rewrites.yaml`` lists them; the first that
codes an event at a word (or rules the word out: "pleaded guilty") ends the search.
An entry is a construction's name, or a mapping that also names the parts of speech
(``pos``) and the word list of events.yaml (``lemma_in``) a word must have for the
construction to be tried there.  The names are those of the coder's registry
(``events.coder.STEP_FUNCTIONS``); an unknown name, key, part of speech or word list
is a ``DataError`` naming the file and the entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dossier.errors import DataError
from dossier.events.triggers import EventLexicon

# the constructions the coder implements (``events.coder.STEP_FUNCTIONS``)
STEPS = frozenset(
    {
        "mediation",  # "talks hosted by the African Union"
        "pursuit",  # "wanted by the FBI"
        "hope",  # "the US hopes the Taliban will allow …"
        "obligation",  # "said that Iran must free …"
        "for_clause_request",  # "called for Chile to withdraw"
        "designation",  # "was labelled a terrorist group by Brazil"
        "judgement",  # "called the ruling arbitrary", "a critic of X"
        "gathering",  # "the talks gathered ministers from A, B and C"
        "received",  # "drew criticism from X"
        "halted_aid",  # "a halt in US loans to Laos"
        "court_plea",  # "pleaded not guilty" (and "pleaded guilty": no event at all)
        "in_custody",  # "remains in jail"
        "lexicon_trigger",  # a trigger line of events.yaml, with its frames and rewrites
        "readiness",  # "is ready to reopen the border" (no trigger for the act)
    }
)
STEP_KEYS = frozenset({"construction", "pos", "lemma_in"})
# spaCy's coarse parts of speech (Universal Dependencies, and SPACE)
UPOS = frozenset(
    [
        "ADJ",
        "ADP",
        "ADV",
        "AUX",
        "CCONJ",
        "DET",
        "INTJ",
        "NOUN",
        "NUM",
        "PART",
        "PRON",
        "PROPN",
        "PUNCT",
        "SCONJ",
        "SPACE",
        "SYM",
        "VERB",
        "X",
    ]
)


@dataclass(frozen=True, slots=True)
class Step:
    """One construction the coder tries at a word; ``pos`` and ``lemma_in`` (an
    events.yaml word list holding one of the word's lemmas) narrow the words."""

    construction: str
    pos: frozenset[str] | None = None
    lemma_in: str | None = None


def step_of(given: Any, lexicon: EventLexicon, where: str, source: str) -> Step:
    """One entry of ``construction_order:`` as a Step, or DataError naming it."""
    entry = {"construction": given} if isinstance(given, str) else given
    if not isinstance(entry, dict) or not set(entry) <= STEP_KEYS or "construction" not in entry:
        raise DataError(
            f"{source}: {where}: {given!r} is neither a construction's name nor a mapping "
            f"with the keys {', '.join(sorted(STEP_KEYS))} ('construction' required)"
        )
    name = str(entry["construction"])
    if name not in STEPS:
        raise DataError(
            f"{source}: {where}: construction {name!r} is unknown; the coder knows "
            f"{', '.join(sorted(STEPS))}"
        )
    pos = entry.get("pos")
    tags = frozenset(pos if isinstance(pos, list) else [pos]) if pos is not None else None
    if tags is not None and not tags <= UPOS:
        raise DataError(f"{source}: {where}: pos {pos!r}; the parts of speech are {sorted(UPOS)}")
    lemma_in = entry.get("lemma_in")
    if lemma_in is not None and not isinstance(getattr(lexicon, str(lemma_in), None), frozenset):
        raise DataError(f"{source}: {where}: lemma_in {lemma_in!r} is no word list of events.yaml")
    return Step(name, tags, lemma_in)


def read_steps(given: Any, lexicon: EventLexicon, source: str) -> tuple[Step, ...]:
    """``construction_order:`` as Steps: a list naming each construction once, the
    lexicon's triggers (``lexicon_trigger``) among them."""
    if not isinstance(given, list):
        raise DataError(f"{source}: construction_order must be a list of constructions")
    steps = tuple(
        step_of(entry, lexicon, f"construction_order[{number}]", source)
        for number, entry in enumerate(given)
    )
    names = [s.construction for s in steps]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise DataError(f"{source}: construction_order names {', '.join(twice)} more than once")
    if "lexicon_trigger" not in names:
        raise DataError(
            f"{source}: construction_order lacks lexicon_trigger (the triggers of events.yaml)"
        )
    return steps


__all__ = ["STEPS", "Step", "read_steps"]
