"""Word gates: whether any word of a run (a quote's words) can be one a reader looks for.

The readers of a speaker's words (``event_opinion.judgement_in``,
``event_evaluation.verdict_in`` and ``judged_act``) each walk every word of a quote,
reading its form and lemma, and act only at a word of their lists; most quotes hold
none.  ``may_hold`` answers first, off the Doc's LEMMA, LOWER, ORTH and SPACY columns
(``doc_arrays.column``): it is False only when no word of the run is one of the gate's
words by its lowercase form (``lower_``) or lowercased lemma (``lemma_.lower()``), by
its hyphenated form where a hyphen glues it to the word before (``joined``:
"short-sighted" read "shortsighted"), or, where the reader reads them, by a lemma with
a space in it (``spaced``).  What a run holds is read once per run and kept on the Doc,
since the readers ask of the same quote in turn.  A run that is not one stretch of a
Doc's words, in order, is always let through.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dossier.doc_arrays import LOWERED_IDS, column, word_ids

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["RUNS_KEY", "Run", "WordGate", "may_hold", "run_of", "word_gate"]

RUNS_KEY = "dossier_word_runs"  # a Doc's runs read so far, by (start, end), in its user_data
HYPHENS_KEY = "dossier_hyphen_glued"  # a Doc's words glued to the word before by a hyphen
SPACED: dict[int, bool] = {}  # a lemma's string id -> whether the lemma holds a space


@dataclass(frozen=True, slots=True, eq=False)
class WordGate:
    """The words a reader acts at: ``ids``, the string ids of those read by form or
    lowercased lemma; ``joined``, those also read by a hyphenated form; ``spaced``,
    whether a lemma with a space is read too."""

    ids: frozenset[int]
    joined: frozenset[str] = frozenset()
    spaced: bool = False


@dataclass(slots=True)
class Run:
    """What a run of words holds: the string ids of its lowercase forms and lowercased
    lemmas, whether a lemma has a space, and its hyphen-glued words' positions (their
    hyphenated forms read on the first gate that asks)."""

    ids: set[int]
    spaced: bool
    glued: list[int]
    joined: frozenset[str] | None = None


def word_gate(
    words: Iterable[str], *, joined: Iterable[str] = (), spaced: bool = False
) -> WordGate:
    """The gate of a reader that acts at ``words`` (lowercase)."""
    from spacy.strings import get_string_id

    return WordGate(frozenset(get_string_id(w) for w in words), frozenset(joined), spaced)


def run_of(doc: Doc, start: int, end: int) -> Run:
    """What ``doc[start:end]`` holds, read off the arrays once and kept (``RUNS_KEY``)."""
    runs: dict[tuple[int, int], Run] | None = doc.user_data.get(RUNS_KEY)
    if runs is None:
        runs = doc.user_data[RUNS_KEY] = {}
        word_ids(doc)  # every lemma of the Doc in LOWERED_IDS
    found = runs.get((start, end))
    if found is None:
        from spacy.attrs import LEMMA, LOWER

        lemmas = column(doc, LEMMA)[start:end].tolist()
        ids = {LOWERED_IDS[lemma] for lemma in lemmas}
        ids.update(column(doc, LOWER)[start:end].tolist())
        for lemma in set(lemmas).difference(SPACED):
            SPACED[lemma] = " " in doc.vocab.strings[lemma]
        spaced = any(SPACED[lemma] for lemma in lemmas)
        glued = [i for i in hyphen_glued(doc) if start <= i < end]
        found = runs[(start, end)] = Run(ids, spaced, glued)
    return found


def hyphen_glued(doc: Doc) -> list[int]:
    """The positions of the words a hyphen with no space after it glues to the word
    before ("short-sighted": "sighted"), from the third word on (as
    ``event_opinion.hyphenated`` reads them); found once per Doc."""
    found: list[int] | None = doc.user_data.get(HYPHENS_KEY)
    if found is None:
        from spacy.attrs import ORTH, SPACY
        from spacy.strings import get_string_id

        hyphens = (column(doc, ORTH) == get_string_id("-")) & (column(doc, SPACY) == 0)
        found = [i + 1 for i in hyphens.nonzero()[0].tolist() if 1 <= i < len(doc) - 1]
        doc.user_data[HYPHENS_KEY] = found
    return found


def may_hold(
    tokens: Sequence[Token], gate: WordGate, joined_form: Callable[[Token], str] | None = None
) -> bool:
    """False only when no word of ``tokens`` is one of ``gate``'s words (see the module's
    docstring); ``joined_form`` gives a word's hyphenated form, where the gate has
    ``joined`` words (the same function for every gate)."""
    if not tokens:
        return False
    first = tokens[0]
    doc, start = first.doc, first.i
    if tokens[-1].doc is not doc or any(t.i != i for i, t in enumerate(tokens, start)):
        return True
    run = run_of(doc, start, start + len(tokens))
    if not gate.ids.isdisjoint(run.ids) or (gate.spaced and run.spaced):
        return True
    if not gate.joined or not run.glued or joined_form is None:
        return False
    if run.joined is None:
        run.joined = frozenset(joined_form(doc[i]) for i in run.glued)
    return not gate.joined.isdisjoint(run.joined)
