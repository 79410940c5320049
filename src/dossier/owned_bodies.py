"""The body an article calls a person's own, for "the party of former President X".

"The junta banned the party of ex-President Mohamed Bazoum" acts on the party,
not on Bazoum: where the article names a body with that noun in its name as the
person's own ("Bazoum's Nigerien Party for Democracy and Socialism", "his Movement for
Socialism", with "his" standing for the person), the phrase stands for that body.
Read by ``dossier.event_actors`` after a role the person holds in a body
(``Role.of``), which says the same more directly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dossier.mentions import EntityIndex
    from dossier.models import Coreference, Entity

__all__ = ["owned_body"]


def owned_body(
    doc: Doc, index: EntityIndex, coref: Coreference, word: str, person: Entity
) -> Entity | None:
    """The one body whose name holds ``word`` ("party") that the article names with
    ``person`` as its possessor; None if none is, or more than one."""
    found: list[Entity] = []
    for start, end, body in index.rows:
        if body.type != "ORG" or body in found:
            continue  # tested first: a Span of each of the article's mentions costs more
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        noun = body_noun(span.root, word)
        if noun is None and word not in body.name.lower().split():
            continue
        owners = [c for c in (noun or span.root).children if c.dep_ == "poss"]
        if any(person in possessors(index, coref, owner) for owner in owners):
            found.append(body)
    return found[0] if len(found) == 1 else None


def body_noun(root: Token, word: str) -> Token | None:
    """The noun ``word`` a name is a modifier of ("his Pakistan Tehreek-e-Insaf party")."""
    head = root.head
    return head if root.dep_ == "compound" and head.lemma_.lower() == word else None


def possessors(index: EntityIndex, coref: Coreference, owner: Token) -> list[Entity]:
    """Who a possessive names: a name ("Bazoum's"), or a pronoun's antecedent ("his")."""
    named = index.named_by(owner)
    if named is not None:
        return [named]
    reference = coref.at(owner.idx)
    return list(reference.entities) if reference is not None else []
