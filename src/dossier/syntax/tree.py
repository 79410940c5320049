"""A word's children found once per Doc: spaCy walks the word's whole subtree at every
``token.children`` (the words from its left edge to its right edge, testing each one's
head) and makes a new Token for each child.  The readers ask the same verbs and nouns
again and again (negation, objects, clauses, descriptions), so ``children_of`` keeps each
word's answer on the Doc (``CHILDREN_KEY``): the same Tokens, in spaCy's order (left
children then right, each side in text order)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["CHILDREN_KEY", "SUBJECTS_BY_HEAD_KEY", "ancestor_subjects", "children_of"]

CHILDREN_KEY = "dossier_children"  # a Doc's words' children asked so far, kept in its user_data
SUBJECTS_BY_HEAD_KEY = "dossier_subjects_by_head"  # see ancestor_subjects
SUBJECT_DEPS = ("nsubj", "nsubjpass")


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


def ancestor_subjects(token: Token, before: int) -> list[Token]:
    """The subjects (``nsubj``, ``nsubjpass``) before word ``before`` among the children
    of ``token``'s ancestors, nearest ancestor first, each one's in text order: what
    ``[c for a in token.ancestors for c in a.children if c.dep_ in SUBJECT_DEPS and
    c.i < before]`` gives, read off the Doc's HEAD and DEP columns (kept per Doc), so
    that Tokens are made only for the subjects found."""
    doc = token.doc
    heads, subjects = _heads_and_subjects(doc)
    found: list[Token] = []
    i, steps, length = token.i, 0, len(doc)
    while heads[i] != 0 and steps < length:  # spaCy's walk up, with its guard
        i += heads[i]
        steps += 1
        found.extend(doc[j] for j in subjects.get(i, ()) if j < before)
    return found


def _heads_and_subjects(doc: Doc) -> tuple[list[int], dict[int, list[int]]]:
    """Each word's head offset, and the subjects hanging on each head, in text order."""
    kept: tuple[list[int], dict[int, list[int]]] | None = doc.user_data.get(SUBJECTS_BY_HEAD_KEY)
    if kept is None:
        import numpy
        from spacy.attrs import DEP

        from dossier.doc_arrays import attribute_ids, column, head_offsets, one_of

        heads = head_offsets(doc)
        subjects: dict[int, list[int]] = {}
        chosen = one_of(column(doc, DEP), attribute_ids(DEP, frozenset(SUBJECT_DEPS)))
        for j in numpy.flatnonzero(chosen).tolist():
            subjects.setdefault(j + heads[j], []).append(j)
        kept = doc.user_data[SUBJECTS_BY_HEAD_KEY] = (heads, subjects)
    return kept
