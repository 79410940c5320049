"""A hostile deed stopped: "suspend airstrikes", "halt the offensive".  What a party
agrees to or promises then is an end of fighting, not a sanction (``events.cessations``
codes the stop itself as a ceasefire).  A parse reader the trigger matching asks."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from dossier.syntax.mood import is_negated
from dossier.syntax.tree import children_of
from dossier.syntax.words import lemmas

if TYPE_CHECKING:
    from spacy.tokens import Token


def stops_hostilities(
    verb: Token | None, match: Callable[[Token], Any], cessations: frozenset[str], hostile: Any
) -> bool:
    """Whether ``verb`` stops a hostile deed, its object ("suspend airstrikes", "halt
    the offensive"; a trigger ``match`` finds, of a type in ``hostile``): what one agrees
    to then is no sanction but an end of fighting (events.cessations, issue 16 rq4)."""
    if verb is None or not lemmas(verb) & cessations or is_negated(verb):
        return False
    deeds = [match(c) for c in children_of(verb) if c.dep_ == "dobj"]
    return any(d is not None and d.type in hostile for d in deeds)
