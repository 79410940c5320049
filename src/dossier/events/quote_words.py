"""The words of a quote by string id, read once per quote off the Doc's columns.

The quote stance readers (``defences.dismissal_in``, ``event_opinion.judgement_in``,
``event_evaluation.verdict_in``, ``judged_act``, ``wronged_in`` and the cues of
``quote_stances``) each walk every word of a quote, testing its lowercased lemma or
form against a word list of their own, and find nothing unless one word is on it.
``QuoteWords`` holds the ids of those lemmas and forms, so that ``QuoteStances`` asks a
reader only of a quote that names one of its words (``may_dismiss`` …): the reader's
answer is the same, and most quotes are not walked three or four times.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.strings import get_string_id

from dossier.doc_arrays import LOWERED_IDS, column, list_ids
from dossier.event_evaluation import judged_act, judgement_phrases, phrase_heads, verdict_in
from dossier.event_opinion import Judgement, judgement_in, judgement_words
from dossier.events.defences import dismissal_in

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.strings import StringStore
    from spacy.tokens import Doc, Span, Token

    from dossier.events.triggers import EventLexicon

__all__ = [
    "QuoteWords",
    "dismissal_of",
    "judged_act_of",
    "judgements_in",
    "may_be_wronged",
    "may_dismiss",
    "may_judge",
    "may_judge_act",
    "may_verdict",
]

HYPHEN = get_string_id("-")
DOC_WORDS_KEY = "dossier_quote_words"  # see doc_words, kept in a Doc's user_data
SPACED: dict[int, bool] = {}  # a lemma's string id -> whether it has a space (for the process)


def doc_words(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """The Doc's LEMMA, LOWER and ORTH columns as lists, read once per Doc and kept."""
    found = doc.user_data.get(DOC_WORDS_KEY)
    if found is None:
        found = doc.user_data[DOC_WORDS_KEY] = (
            column(doc, LEMMA).tolist(),
            column(doc, LOWER).tolist(),
            column(doc, ORTH).tolist(),
        )
    return found


def lowered(lemma: int, strings: StringStore) -> int:
    """The id of a lemma's lowercased string (``lemma_.lower()``), kept for the process
    (``doc_arrays.LOWERED_IDS``), and whether it has a space (``SPACED``)."""
    found = LOWERED_IDS.get(lemma)
    if found is None or lemma not in SPACED:
        text = strings[lemma]
        found = LOWERED_IDS[lemma] = get_string_id(text.lower())
        SPACED[lemma] = " " in text
    return found


class QuoteWords:
    """The lowercased lemmas and forms of the words of a quote, by string id (``ids``);
    whether a lemma has a space in it (``spaced``: ``is_blame_phrase`` reads every such
    word), and whether a hyphen may join a word of it to the ones before
    (``joined``: ``event_opinion.hyphenated`` reads "short-sighted" as "shortsighted")."""

    __slots__ = ("ids", "joined", "spaced")

    def __init__(self, doc: Doc, span: Span | None) -> None:
        start, end = (span.start, span.end) if span is not None else (0, 0)
        if start >= end:
            self.ids: frozenset[int] = frozenset()
            self.spaced = self.joined = False
            return
        lemmas, lowers, orths = doc_words(doc)
        strings = doc.vocab.strings
        said = {lowered(lemma, strings) for lemma in lemmas[start:end]}
        self.ids = frozenset(said.union(lowers[start:end]))
        self.spaced = any(SPACED[lemma] for lemma in lemmas[start:end])
        self.joined = HYPHEN in orths[max(start - 1, 0) : end - 1]

    def names_any(self, *lists: frozenset[str]) -> bool:
        """Whether a word's lowercased lemma or form is on one of ``lists``."""
        return any(not self.ids.isdisjoint(list_ids(words)) for words in lists)


def may_dismiss(said: QuoteWords, lexicon: EventLexicon) -> bool:
    """Whether ``dismissal_in`` may find a dismissal in the quote: a verb of disproof, a
    dismissive word, or a blame phrase's head word."""
    phrases = judgement_phrases()
    heads = phrase_heads(phrases.blame_phrases)
    return said.spaced or said.names_any(phrases.disproving_verbs, lexicon.dismissals, heads)


def may_judge(said: QuoteWords) -> bool:
    """Whether ``judgement_in`` may find a judgement: a word of blame or praise, or a
    verb of blame (a hyphened word is read whole, which no id here says)."""
    words = judgement_words()
    lists = (words.blame, words.praise)
    return _hyphened(said, lists) or said.names_any(*lists, words.blame_verbs)


def may_verdict(said: QuoteWords) -> bool:
    """Whether ``verdict_in`` may find a verdict: a blame adverb, a blame phrase's head
    word, or a noun of ``place_verdicts``."""
    phrases = judgement_phrases()
    heads = phrase_heads(phrases.blame_phrases)
    return said.spaced or said.names_any(phrases.blame_adverbs, heads, phrases.place_verdicts)


def may_judge_act(said: QuoteWords) -> bool:
    """Whether ``judged_act`` may find a verdict: a blame phrase's head word, or a word
    of blame or praise."""
    words = judgement_words()
    lists = (words.blame, words.praise)
    heads = phrase_heads(judgement_phrases().blame_phrases)
    return said.spaced or _hyphened(said, lists) or said.names_any(heads, *lists)


def _hyphened(said: QuoteWords, lists: tuple[frozenset[str], ...]) -> bool:
    """Whether ``hyphenated`` may give a key no id here is: a joined word, or the empty
    form it gives a lone hyphen, when a list has it."""
    return said.joined or any("" in words for words in lists)


def judgements_in(
    tokens: Sequence[Token], said: QuoteWords
) -> tuple[Judgement | None, Judgement | None]:
    """``judgement_in`` and ``verdict_in`` of a quote's words (``said``), each asked only
    where it may find one."""
    return (
        judgement_in(tokens) if may_judge(said) else None,
        verdict_in(tokens) if may_verdict(said) else None,
    )


def may_be_wronged(said: QuoteWords) -> bool:
    """Whether ``wronged_in`` may find a wrong: a blame adverb ("wrongfully detained")."""
    return said.names_any(judgement_phrases().blame_adverbs)


def dismissal_of(tokens: Sequence[Token], said: QuoteWords, lexicon: EventLexicon) -> Token | None:
    """``dismissal_in`` of a quote's words, asked only where it may find one."""
    return dismissal_in(tokens, lexicon) if may_dismiss(said, lexicon) else None


def judged_act_of(tokens: Sequence[Token], said: QuoteWords) -> tuple[Judgement, Token] | None:
    """``judged_act`` of a quote's words, asked only where it may find one."""
    return judged_act(tokens) if may_judge_act(said) else None
