"""Tokens chosen by their attributes off the Doc's arrays, without a Token for every word.

spaCy makes a new Python ``Token`` at each step of ``for token in doc``, so a stage that
acts only on nouns, or on a few words, pays for one at every word of the article.
Reading the attribute columns with ``Doc.to_array`` and making Tokens only at the
chosen positions gives the same tokens, in the same order, for a fraction of the cost.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

import numpy

from dossier.identity_cache import kept_for

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "BOUNDS_KEY",
    "CAPITALIZED_KEY",
    "CHUNK_DEPS",
    "COLUMNS_KEY",
    "FEW",
    "HEADS_KEY",
    "capitalized_words",
    "chunks_and_owners",
    "column",
    "columns",
    "head_offsets",
    "in_subtree",
    "list_ids",
    "names_any",
    "noun_chunks",
    "nouns_of_lemma",
    "one_of",
    "positions_between",
    "tokens_at",
    "tokens_where",
    "word_bounds",
    "word_ids",
    "words_within",
]

# up to this many values, "is one of" is a comparison per value; numpy.isin's set-up
# (sorting, dtype checks) costs more than that on an article's few hundred words
FEW = 12
CAPITALIZED_KEY = "dossier_capitalized"  # a Doc's capitalized words, kept in its user_data
COLUMNS_KEY = "dossier_columns"  # a Doc's attribute columns read so far, kept in its user_data
POSITIONS_KEY = "dossier_positions"  # see positions_between
HEADS_KEY = "dossier_head_offsets"  # a Doc's HEAD column as a list, kept in its user_data
BOUNDS_KEY = "dossier_word_bounds"  # see word_bounds
WORD_IDS_KEY = "dossier_word_ids"  # a Doc's lowercased lemmas and words, kept in its user_data
# a lemma's string id -> its lowercased string's id, for the process (like spaCy's own
# StringStore, it grows with the vocabulary the articles bring, not with their number)
LOWERED_IDS: dict[int, int] = {}
LIST_IDS: dict[int, tuple[frozenset[str], frozenset[int]]] = {}  # a word list's string ids, by list


def column(doc: Doc, attribute: int) -> numpy.ndarray:
    """``doc.to_array(attribute)`` (one value per word), read once per Doc and kept
    (``COLUMNS_KEY``; read-only), for the stages after the parse, which change no
    word's attributes.  One column at a time is also the cheaper read: spaCy's loop
    over several columns at once costs about three times as much per value."""
    known: dict[int, numpy.ndarray] | None = doc.user_data.get(COLUMNS_KEY)
    if known is None:
        known = doc.user_data[COLUMNS_KEY] = {}
    found = known.get(attribute)
    if found is None:
        found = known[attribute] = doc.to_array([attribute]).reshape(-1)
        found.flags.writeable = False
    return found


def columns(doc: Doc, attributes: list[int]) -> numpy.ndarray:
    """``doc.to_array(attributes)``: one row per word, one column per attribute, made of
    the columns ``column`` keeps."""
    found = numpy.empty((len(doc), len(attributes)), dtype=numpy.uint64)
    for n, attribute in enumerate(attributes):
        found[:, n] = column(doc, attribute)
    return found


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
        (attribute, ids)
        for attribute, values in ((TAG, tags), (POS, pos), (LOWER, lowers), (DEP, deps))
        if (ids := attribute_ids(attribute, frozenset(values)))
    ]
    if not wanted or not len(doc):
        return []
    chosen = numpy.zeros(len(doc), dtype=bool)
    for attribute, ids in wanted:
        chosen |= one_of(column(doc, attribute), ids)
    return [doc[i] for i in numpy.flatnonzero(chosen).tolist()]


def tokens_at(doc: Doc, offsets: Iterable[int]) -> dict[int, Token]:
    """The tokens of ``doc`` that begin at one of the character ``offsets``, by offset."""
    from spacy.attrs import IDX

    wanted = frozenset(offsets)
    if not wanted or not len(doc):
        return {}
    starts = column(doc, IDX).astype(numpy.int64)
    return {int(starts[i]): doc[i] for i in numpy.flatnonzero(one_of(starts, wanted)).tolist()}


def one_of(values: numpy.ndarray, wanted: frozenset[int]) -> numpy.ndarray:
    """A boolean array: which of ``values`` (a column of ``Doc.to_array``, or offsets) is
    one of ``wanted``; what ``numpy.isin`` gives, found the cheaper way for the size."""
    if len(wanted) <= FEW:
        chosen = numpy.zeros(len(values), dtype=bool)
        for value in wanted:
            chosen |= values == value
        return chosen
    try:  # a sorted search: one pass in C, not a set look-up per word
        ordered = numpy.sort(numpy.fromiter(wanted, dtype=values.dtype, count=len(wanted)))
    except OverflowError:  # a wanted value the column's type cannot hold
        return numpy.fromiter((v in wanted for v in values.tolist()), dtype=bool, count=len(values))
    if not len(values):
        return numpy.zeros(0, dtype=bool)
    at = numpy.searchsorted(ordered, values)  # where each value would go among ``wanted``
    at[at == len(ordered)] = 0
    found: numpy.ndarray = ordered[at] == values
    return found


def word_ids(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
    """The string ids of the lowercased lemmas (``lemma_.lower()``) and of the lowercase
    forms (``lower_``) of ``doc``'s words, read once per Doc off its LEMMA and LOWER
    columns and kept (a lemma met in an earlier article is not lowercased again)."""
    found: tuple[frozenset[int], frozenset[int]] | None = doc.user_data.get(WORD_IDS_KEY)
    if found is None:
        from spacy.attrs import LEMMA, LOWER
        from spacy.strings import get_string_id

        strings, known = doc.vocab.strings, LOWERED_IDS
        lemmas = set(column(doc, LEMMA).tolist())
        for lemma in lemmas.difference(known):
            known[lemma] = get_string_id(strings[lemma].lower())
        lowered = frozenset(known[lemma] for lemma in lemmas)
        found = doc.user_data[WORD_IDS_KEY] = (lowered, frozenset(column(doc, LOWER).tolist()))
    return found


def list_ids(words: frozenset[str]) -> frozenset[int]:
    """The string ids of ``words`` (a lexicon's list, made once: kept by identity)."""
    from spacy.strings import get_string_id

    return kept_for(LIST_IDS, words, lambda listed: frozenset(map(get_string_id, listed)))


def names_any(doc: Doc, words: frozenset[str], *, lemma_only: bool = False) -> bool:
    """Whether a word of ``doc`` is one of ``words`` by its lowercased lemma, or (unless
    ``lemma_only``) by its lowercase form: when not, no test of ``token.lower_`` or
    ``token.lemma_.lower()`` against ``words`` holds at any word of it (``words``: a
    lexicon's list, made once, so that its ids are kept)."""
    ids = list_ids(words)
    lemmas, lowers = word_ids(doc)
    return not ids.isdisjoint(lemmas) or (not lemma_only and not ids.isdisjoint(lowers))


def positions_between(
    doc: Doc, start: int, end: int, *, deps: frozenset[str], pos: frozenset[str] = frozenset()
) -> list[int]:
    """The indexes from ``start`` to ``end`` (not included), in order, of the words whose
    relation (``dep_``) is one of ``deps`` or part of speech (``pos_``) one of ``pos``;
    the article's are read once per Doc and question off its columns, and kept."""
    known: dict[tuple[frozenset[str], frozenset[str]], list[int]] | None
    known = doc.user_data.get(POSITIONS_KEY)
    if known is None:
        known = doc.user_data[POSITIONS_KEY] = {}
    found = known.get((deps, pos))
    if found is None:
        from spacy.attrs import DEP, POS

        chosen = one_of(column(doc, DEP), attribute_ids(DEP, deps))
        if pos:
            chosen |= one_of(column(doc, POS), attribute_ids(POS, pos))
        found = known[(deps, pos)] = numpy.flatnonzero(chosen).tolist()
    return found[bisect.bisect_left(found, start) : bisect.bisect_left(found, end)]


def head_offsets(doc: Doc) -> list[int]:
    """Each word's head as an offset from the word (spaCy's HEAD column: head - i), as a
    list read once per Doc and kept (``HEADS_KEY``)."""
    heads: list[int] | None = doc.user_data.get(HEADS_KEY)
    if heads is None:
        from spacy.attrs import HEAD

        heads = doc.user_data[HEADS_KEY] = column(doc, HEAD).astype(numpy.int64).tolist()
    return heads


def in_subtree(doc: Doc, i: int, root: int) -> bool:
    """Is word ``i`` in the subtree of word ``root`` (``doc[i] in doc[root].subtree``):
    ``root`` itself or one of its ancestors, read up the Doc's HEAD column (kept as a
    list, ``HEADS_KEY``) with spaCy's guard on the walk, no Token made."""
    heads = head_offsets(doc)
    steps, length = 0, len(heads)
    while i != root:
        step = heads[i]
        if step == 0 or steps >= length:
            return False
        i += step
        steps += 1
    return True


def word_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Each word's first character offset and the offset after its last, in order (both
    rise with the words), read once per Doc off its IDX and LENGTH columns (``BOUNDS_KEY``)."""
    kept: tuple[list[int], list[int]] | None = doc.user_data.get(BOUNDS_KEY)
    if kept is None:
        from spacy.attrs import IDX, LENGTH

        starts = column(doc, IDX).astype(numpy.int64)
        ends = starts + column(doc, LENGTH).astype(numpy.int64)
        kept = doc.user_data[BOUNDS_KEY] = (starts.tolist(), ends.tolist())
    return kept


def words_within(doc: Doc, start: int, end: int) -> range:
    """The positions of the words lying wholly within characters ``start`` to ``end``."""
    starts, ends = word_bounds(doc)
    return range(bisect.bisect_left(starts, start), bisect.bisect_right(ends, end))


def nouns_of_lemma(doc: Doc, lemma: int, start: int, end: int) -> list[int]:
    """The positions from ``start`` (0 if below) to ``end`` (excluded), ascending, of the
    nouns (``pos_`` NOUN) whose lemma is ``lemma`` (a string id: ``token.lemma``),
    without a Token for every word between."""
    from spacy.attrs import LEMMA, POS
    from spacy.parts_of_speech import IDS

    start = max(0, start)
    chosen = (column(doc, LEMMA)[start:end] == numpy.uint64(lemma)) & (
        column(doc, POS)[start:end] == IDS["NOUN"]
    )
    found: list[int] = (chosen.nonzero()[0] + start).tolist()
    return found


def capitalized_words(doc: Doc) -> list[tuple[int, int]]:
    """(index, part of speech id) of each word of letters that begins with a capital, in
    order; read once per Doc off its arrays and text, and kept (``CAPITALIZED_KEY``)."""
    from spacy.attrs import IDX, IS_ALPHA, POS

    from dossier.names import text_of

    found: list[tuple[int, int]] | None = doc.user_data.get(CAPITALIZED_KEY)
    if found is None:
        text = text_of(doc)
        starts, alphas = column(doc, IDX).tolist(), column(doc, IS_ALPHA).tolist()
        rows = zip(starts, alphas, column(doc, POS).tolist(), strict=True)
        found = [
            (i, pos) for i, (at, alpha, pos) in enumerate(rows) if alpha and text[at].isupper()
        ]
        doc.user_data[CAPITALIZED_KEY] = found
    return found


# the relations of a noun that heads a chunk, in spaCy's English noun_chunks
CHUNK_DEPS = frozenset(
    {"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"}
)


def noun_chunks(doc: Doc, *, first: str | None = None) -> Iterator[Span]:
    """``doc.noun_chunks``, or only those whose first word's lowercase form is ``first``:
    spaCy's English iterator, its tests read off the Doc's arrays, so that Tokens are
    made only for nouns and pronouns and Spans only for the chunks asked for; another
    language's iterator runs as spaCy runs it."""
    from spacy.attrs import DEP, LOWER, POS
    from spacy.lang.en.syntax_iterators import noun_chunks as english
    from spacy.tokens import Span

    if getattr(doc, "noun_chunks_iterator", None) is not english or not doc.has_annotation("DEP"):
        yield from (c for c in doc.noun_chunks if first is None or c[0].lower_ == first)
        return
    heads_of = attribute_ids(DEP, CHUNK_DEPS)
    (conj,) = attribute_ids(DEP, frozenset({"conj"}))
    nominal = attribute_ids(POS, frozenset({"NOUN", "PROPN", "PRON"}))
    deps, lowers = column(doc, DEP).tolist(), column(doc, LOWER).tolist()
    offsets = head_offsets(doc)
    wanted = None if first is None else attribute_ids(LOWER, frozenset({first}))
    found: list[Span] = []
    prev_end = -1
    for i in numpy.flatnonzero(one_of(column(doc, POS), nominal)).tolist():
        start = doc[i].left_edge.i
        if start <= prev_end:
            continue  # no chunk inside another
        dep = deps[i]
        if dep == conj:  # a conjunct is a chunk when what it is joined to is one
            head = i + offsets[i]
            while deps[head] == conj and offsets[head] < 0:
                head += offsets[head]
            dep = deps[head]
        if dep in heads_of:
            prev_end = i
            if wanted is None or lowers[start] in wanted:
                found.append(Span(doc, start, i + 1, label="NP"))
    yield from found


def chunks_and_owners(doc: Doc, *, first: str | None = None) -> Iterator[Span]:
    """``noun_chunks``, each after the phrase of a common noun owning its head ("the
    court" of "the court's decision"): a description of its own, which spaCy's chunks
    leave inside the owned noun's; not in a title beside a name ("Ana Ruiz, the bank's
    governor": the bank may be one the article never names)."""
    from dossier.syntax.tree import children_of

    for chunk in noun_chunks(doc, first=first):
        root = chunk.root
        children = children_of(root)
        titled = root.dep_ == "appos" or any(c.dep_ == "appos" for c in children)
        for owner in () if titled else children:
            if owner.dep_ == "poss" and owner.pos_ == "NOUN" and owner.i > chunk.start:
                start = owner.left_edge.i
                if first is None or doc[start].lower_ == first:
                    yield doc[start : owner.i + 1]
        yield chunk


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
