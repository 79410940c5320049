"""A word's children found once per Doc: spaCy walks the word's whole subtree at every
``token.children`` (the words from its left edge to its right edge, testing each one's
head) and makes a new Token for each child.  The readers ask the same verbs and nouns
again and again (negation, objects, clauses, descriptions), so ``children_of`` keeps each
word's answer on the Doc (``CHILDREN_KEY``): the same Tokens, in spaCy's order (left
children then right, each side in text order)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CHILDREN_KEY", "children_of"]

CHILDREN_KEY = "dossier_children"  # a Doc's words' children asked so far, kept in its user_data


def children_of(token: Token) -> tuple[Token, ...]:
    """``tuple(token.children)``, found once per word and kept on its Doc."""
    user_data = token.doc.user_data
    known: dict[int, tuple[Token, ...]] | None = user_data.get(CHILDREN_KEY)
    if known is None:
        known = user_data[CHILDREN_KEY] = {}
    i = token.i
    found = known.get(i)
    if found is None:
        found = known[i] = tuple(token.children)
    return found
