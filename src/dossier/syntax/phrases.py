"""Prepositional phrases and what they hold: the objects of a word's own phrases or of
those anywhere in a verb's clause, the phrase a word sits in, what a quantity measures
("tons of food"), and whether a noun is a place ("in Kabul") rather than someone acted on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "WITH",
    "compound_head",
    "enclosing_phrase",
    "governed_by",
    "is_inner_hyphen",
    "is_locative",
    "measured_object",
    "particle_objects",
    "phrases_of",
    "prep_objects",
]


def compound_head(word: Token) -> Token:
    """The noun a chain of compounds ends in: "bomb" of "a car bomb attack" → "attack"."""
    while word.dep_ == "compound" and word.head.i != word.i:
        word = word.head
    return word


def prep_objects(token: Token, preps: frozenset[str] | None = None) -> list[Token]:
    """The objects of ``token``'s own prepositional phrases (of those in ``preps``, if
    given): "talks with X" → X."""
    return [
        obj
        for prep in children_of(token)
        if prep.dep_ == "prep" and (preps is None or prep.lower_ in preps)
        for obj in children_of(prep)
        if obj.dep_ == "pobj"
    ]


def phrases_of(verb: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the ``preps`` phrases anywhere in the verb's own clause (not inside
    a clause below it): "hosted X for talks, alongside envoys of Y" gives the envoys."""
    found: list[Token] = []
    stack = list(children_of(verb))
    while stack:
        node = stack.pop()
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
            continue
        if node.dep_ == "prep" and node.lower_ in preps:
            found.extend(c for c in children_of(node) if c.dep_ == "pobj")
            continue
        stack.extend(children_of(node))
    return sorted(found, key=lambda t: t.i)


def enclosing_phrase(token: Token) -> Token | None:
    """The outermost preposition whose phrase ``token`` sits in, below any verb."""
    node, found = token, None
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ == "prep":
            found = node
        node = node.head
    return found


def measured_object(obj: Token) -> Token | None:
    """What a quantity measures: "700 kg of medicine", "tons of food", "a package of
    sanctions" → the of-phrase's noun; "$9 billion in assets" → the in-phrase's; through
    a sum it counts ("a fresh package of $90 million in defence aid" → aid; issue 16, cv8)."""
    counted = (
        any(c.dep_ == "nummod" or c.tag_ == "CD" for c in children_of(obj)) or obj.tag_ == "CD"
    )
    for prep in children_of(obj):
        if prep.dep_ == "prep" and (prep.lower_ == "of" or (prep.lower_ == "in" and counted)):
            found = next((g for g in children_of(prep) if g.dep_ == "pobj"), None)
            if found is not None and found.tag_ == "CD" and obj.tag_ != "CD":
                return measured_object(found) or found
            return found
    return None


def is_locative(token: Token, place_preps: frozenset[str]) -> bool:
    """Is ``token`` (part of) the object of "in", "at", … — where, not whom?"""
    head = token
    while head.dep_ in ("compound", "amod", "poss", "case", "det") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in place_preps


WITH = frozenset({"with"})  # "drills with Japan", "talks with Chile": a partner
HYPHENS = frozenset({"-", "\u2013"})


def hyphen_pair_before(noun: Token) -> tuple[Token, Token] | None:
    """The two words of "A-B" compounded before ``noun``, written with no space
    ("Kenya-Somalia talks"; not "pro-Kenya" nor "Kenya - Somalia")."""
    doc = noun.doc
    for second in children_of(noun):
        if second.dep_ != "compound" or second.i < 2:
            continue
        hyphen, first = doc[second.i - 1], doc[second.i - 2]
        if hyphen.text in HYPHENS and not hyphen.whitespace_ and not first.whitespace_:
            return first, second
    return None


def particle_objects(particle: str | None, token: Token) -> list[Token]:
    """The objects of a trigger's own preposition: "called for [sanctions]"."""
    return prep_objects(token, frozenset({particle})) if particle else []


# Prepositions of time and circumstance: their object is never the object a trigger
# line names ("launched missiles during a drill" launches no drill).
ADJUNCT_PREPS = frozenset(
    {"during", "after", "before", "amid", "amidst", "despite", "since", "until", "following"}
)


def governed_by(word: Token, particle: str | None) -> bool:
    """Is ``word``, the object of a phrase on a trigger, the object of the trigger
    line's own particle ("returned to the table"), or of another phrase when the line
    has no particle, but for one of time or circumstance?  "Returned to Tokyo after
    talks" is no return to talks, "launched missiles during a drill" no drill launched."""
    if particle:
        return particle in (word.head.lower_, word.head.head.lower_)
    return word.head.lower_ not in ADJUNCT_PREPS


def is_inner_hyphen(token: Token) -> bool:
    """A hyphen written inside a word ("Secretary-General"), no space on either side."""
    return (
        token.text in HYPHENS
        and not token.whitespace_
        and token.i > 0
        and not token.doc[token.i - 1].whitespace_
    )
