"""Tokens chosen by their attributes off the Doc's arrays, without a Token for every word.

spaCy makes a new Python ``Token`` at each step of ``for token in doc``, so a stage that
acts only on nouns, or on a few words, pays for one at every word of the article.
Reading the attribute columns with ``Doc.to_array`` and making Tokens only at the
chosen positions gives the same tokens, in the same order, for a fraction of the cost.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

import numpy

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["FEW", "one_of", "tokens_at", "tokens_where"]

# up to this many values, "is one of" is a comparison per value; numpy.isin's set-up
# (sorting, dtype checks) costs more than that on an article's few hundred words
FEW = 12


def tokens_where(
    doc: Doc,
    *,
    tags: Iterable[str] = (),
    pos: Iterable[str] = (),
    lowers: Iterable[str] = (),
    deps: Iterable[str] = (),
) -> list[Token]:
    """The tokens of ``doc``, in order, whose fine tag (``tag_``) is one of ``tags``, or
    whose part of speech (``pos_``) is one of ``pos``, or whose lower-case form
    (``lower_``) is one of ``lowers``, or whose relation (``dep_``) is one of ``deps``."""
    from spacy.attrs import DEP, LOWER, POS, TAG

    wanted = [
        (column, ids)
        for column, values in ((TAG, tags), (POS, pos), (LOWER, lowers), (DEP, deps))
        if (ids := attribute_ids(column, frozenset(values)))
    ]
    if not wanted or not len(doc):
        return []
    columns = doc.to_array([column for column, _ in wanted]).reshape(len(doc), -1)
    chosen = numpy.zeros(len(doc), dtype=bool)
    for n, (_, ids) in enumerate(wanted):
        chosen |= one_of(columns[:, n], ids)
    return [doc[i] for i in numpy.flatnonzero(chosen).tolist()]


def tokens_at(doc: Doc, offsets: Iterable[int]) -> dict[int, Token]:
    """The tokens of ``doc`` that begin at one of the character ``offsets``, by offset."""
    from spacy.attrs import IDX

    wanted = frozenset(offsets)
    if not wanted or not len(doc):
        return {}
    starts = doc.to_array([IDX]).reshape(-1).astype(numpy.int64)
    return {int(starts[i]): doc[i] for i in numpy.flatnonzero(one_of(starts, wanted)).tolist()}


def one_of(values: numpy.ndarray, wanted: frozenset[int]) -> numpy.ndarray:
    """A boolean array: which of ``values`` (a column of ``Doc.to_array``, or offsets) is
    one of ``wanted``; what ``numpy.isin`` gives, found the cheaper way for the size."""
    if len(wanted) <= FEW:
        chosen = numpy.zeros(len(values), dtype=bool)
        for value in wanted:
            chosen |= values == value
        return chosen
    return numpy.fromiter((v in wanted for v in values.tolist()), dtype=bool, count=len(values))


@cache
def attribute_ids(column: int, values: frozenset[str]) -> frozenset[int]:
    """The ids ``Doc.to_array`` gives ``values`` in ``column``: a part of speech's
    number, else the string's hash."""
    from spacy.attrs import POS
    from spacy.parts_of_speech import IDS as POS_IDS
    from spacy.strings import get_string_id

    if column == POS:
        return frozenset(POS_IDS[value] for value in values)
    return frozenset(get_string_id(value) for value in values)
