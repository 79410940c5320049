"""Being held or restricted, told as a state (issue 16): "Sixty of the escapees are back
in custody", "Soto remains in jail", "spent five years in prison" are an arrest (COERCE)
of the subject; its doer is the state where it happens, if told (``in_custody``).

Since cv16 a place or people kept under a curfew, a lockdown, martial law or a siege are
restricted the same way ("the northern districts are under a full lockdown", "the town has
lived under a night curfew for a month", "the hospital has been under siege since May"):
COERCE with the mode of the noun (``restricted_states`` of data/events/frames.yaml, each
word with its mode), on the subject when it names an actor, else with no side (kept
only with ``--unattributed``; the state where it happens is its doer, when told, for the
modes of ``state_deed_modes``, not a siege's), or the one its by-phrase names.  "Under
siege" only of a place: a minister "under siege" from critics is under pressure.  Silver
COERCE training spans of areas under lockdown, of a population under curfew and of a
besieged hospital coded nothing."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.events.state import _Candidate
from dossier.syntax.mood import is_negated
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.deed_constructions import DeedConstructions
    from dossier.models import Entity

HELD_PREPS = frozenset({"in", "under", "behind"})
UNDER = frozenset({"under"})
BY = frozenset({"by"})
# the restricted states told of places only ("the town is under siege")
PLACE_ONLY = frozenset({"siege"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})


def held_state(coder: DeedConstructions, token: Token) -> _Candidate | None:
    """COERCE of the subject of ``token`` (a verb of ``custody_verbs``) that a phrase
    of it keeps in custody or under a restriction (see the module docstring)."""
    if token.lemma_.lower() not in coder.lexicon.custody_verbs:
        return None
    subject = subject_of(token)
    if subject is None:
        return None
    held = [
        o for o in prep_objects(token, HELD_PREPS) if names_one_of(o, coder.lexicon.custody_nouns)
    ]
    if held:
        targets = [a for a in coder.finder.actors_of(subject) if a is not None]
        if not targets:
            return None
        trigger = coder.coded_trigger("in_custody", token)
        return _Candidate(trigger, token, trigger.type, [], list(targets))
    mode = restricted_mode(coder, token, subject)
    if mode is None or is_negated(token):
        return None
    # the noun's own mode: a siege's doer is no state of the place besieged
    trigger = replace(coder.coded_trigger("in_custody", token), mode=mode)
    targets = [a for a in coder.finder.actors_of(subject) if a is not None]
    doers = [*prep_objects(token, BY), *(o for n in held_nouns(token) for o in prep_objects(n, BY))]
    sources: list[Entity | None] = [a for o in doers for a in coder.finder.actors_of(o) if a]
    return _Candidate(
        trigger, token, trigger.type, sources, [t for t in targets if t not in sources]
    )


def held_nouns(token: Token) -> list[Token]:
    """The nouns of ``token``'s under-phrases ("under siege by the rebels")."""
    return prep_objects(token, UNDER)


def restricted_mode(coder: DeedConstructions, token: Token, subject: Token) -> str | None:
    """The mode of the restriction an under-phrase of ``token`` names ("under lockdown":
    curfew), if any, and a place's when the word is told only of places."""
    section = coder.frames.word_sections.get("restricted_states")
    if section is None:
        return None
    for noun in prep_objects(token, UNDER):
        words = {
            noun.lemma_.lower(),
            *(f"{c.lower_} {noun.lemma_.lower()}" for c in children_of(noun)),
        }
        for entry in section.words:
            word, _, mode = entry.partition("@")
            if word.strip() not in words:
                continue
            if word.strip() in PLACE_ONLY and not is_besieged_place(subject):
                return None
            return mode.strip() or None
    return None


def is_besieged_place(word: Token) -> bool:
    """Is ``word`` a named place or a common noun of a place or a building?"""
    if word.ent_type_ in PLACE_TYPES:
        return True
    return word.lemma_.lower() in {
        "city", "town", "village", "area", "district", "region", "province", "camp",
        "hospital", "neighbourhood", "neighborhood", "enclave", "strip", "port", "capital",
    }  # fmt: skip
