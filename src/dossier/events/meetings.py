"""Who a meeting is with when its object is a group of people: "Kenya hosted envoys
from Uganda and Tanzania in Nairobi" meets Uganda and Tanzania, each one; the town
the parse hangs on the envoys ("in Nairobi") is only where (see
``frames.without_own_towns``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dossier.syntax.phrases import prep_objects
from dossier.syntax.tree import children_of
from dossier.syntax.words import grammar_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.models import Entity

ActorsOf = Callable[["Token"], list["Entity | None"]]


def delegation_members(verb: Token, actors_of: ActorsOf) -> list[Entity | None]:
    """The parties the object of a meeting verb speaks for: the actors of its
    from/of-phrases ("hosted ministers from Iceland, Finland and Denmark")."""
    preps = grammar_words().delegation_preps
    found: list[Entity | None] = []
    for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
        for named in prep_objects(obj, preps):
            found += [a for a in actors_of(named) if a is not None and a not in found]
    return found


def gathered_parties(verb: Token, actors_of: ActorsOf) -> list[Entity | None]:
    """The parties a gathering verb brings together: those its object names
    ("gathered ministers from Iceland and Finland"), else its own from-phrase, where
    the parse hangs it on the verb ("drew delegates from Sudan and Chad")."""
    found: list[Entity | None] = [
        a for c in children_of(verb) if c.dep_ == "dobj" for a in actors_of(c) if a
    ]
    if found:
        return found
    named = prep_objects(verb, frozenset({"from"}))
    return [a for word in named for a in actors_of(word) if a]


def with_delegation_members(
    verb: Token, actors_of: ActorsOf, sources: list[Entity | None], targets: list[Entity | None]
) -> list[Entity | None]:
    """``targets`` led by the parties the meeting's guests speak for, the sources aside."""
    members = [m for m in delegation_members(verb, actors_of) if m not in sources]
    return [*members, *(t for t in targets if t not in members)]
