"""Moving closer to a party: "Seoul is moving closer to Canberra", "Hungary has drawn
closer to Moscow" is a rapprochement (COOPERATE) only when what the mover nears is a
party and the mover is no armed body: "the two sides moved closer to a deal" and
"Russian troops moved closer to Kyiv" are no cooperation.  The trigger lines name the
adverb as their particle ("move closer"); the to-phrase hangs on that adverb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.syntax.passives import is_passive
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import grammar_words

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from dossier.models import Entity

NEARED_PREPS = frozenset({"to", "toward", "towards"})


def neared_objects(token: Token, particle: str | None) -> list[Token]:
    """The objects of the to-phrases hung on ``token``'s adverb ``particle``
    ("moving [closer] to [Canberra]")."""
    return [
        obj
        for adverb in children_of(token)
        if adverb.dep_ in ("advmod", "acomp") and adverb.lower_ == particle
        for prep in children_of(adverb)
        if prep.dep_ == "prep" and prep.lower_ in NEARED_PREPS
        for obj in children_of(prep)
        if obj.dep_ == "pobj"
    ]


def is_nearing_no_party(
    token: Token,
    particle: str | None,
    actors_of: Callable[[Token], list[Entity | None]],
    armed_nouns: frozenset[str],
) -> bool:
    """Whether a move "closer to" something is no rapprochement: the thing neared names
    no actor ("closer to a deal"), or the mover names none ("the storm") or is an
    armed body ("troops moved closer to Kyiv", "the rebels inched closer to the
    capital": ``armed_nouns`` and grammar.yaml ``advancing_nouns``).  A line whose
    adverb carries no to-phrase ("talking together") is left alone."""
    objects = neared_objects(token, particle)
    if not objects:
        return False
    if not any(a is not None for obj in objects for a in actors_of(obj)):
        return True
    mover = subject_of(token)
    if mover is None or not any(a is not None for a in actors_of(mover)):
        return True
    advancing = armed_nouns | grammar_words().advancing_nouns
    return not {mover.lower_, mover.lemma_.lower()}.isdisjoint(advancing)


def is_stative_thing(
    token: Token,
    stative: frozenset[str],
    actors_of: Callable[[Token], list[Entity | None]],
) -> bool:
    """Whether a stative passive ("is aligned with", "is opposed to"; events.yaml
    ``stative_passives``) is said of a thing, not of a party: "the new rules are aligned
    with EU standards" is no alignment of anyone with the EU."""
    if token.lemma_.lower() not in stative or not is_passive(token):
        return False
    subject = next((c for c in children_of(token) if c.dep_ in ("nsubjpass", "nsubj")), None)
    return subject is not None and not any(a is not None for a in actors_of(subject))
