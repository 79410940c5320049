"""spaCy's rule lemmatizer with the same output, each answer computed once per process.

en_core_web_sm's ``lemmatizer`` remembers the lemma of a (word, part of speech,
morphology) only when its suffix rules ran: a singular noun, a base-form verb or a
positive adjective (about two tokens in three of news prose) is sent through
``is_base_form`` again at every occurrence, with a Python dict made of its
morphology each time.  The lemma is a pure function of those three values and the
loaded tables, so ``RememberingLemmatizer`` asks spaCy's own lemmatizer once per
combination and keeps the answer; tokens whose lemma is already set (by the
attribute ruler's word rules) keep it, as spaCy's component leaves them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from thinc.types import Ints2d

__all__ = ["MAX_REMEMBERED", "RememberingLemmatizer"]

# lemmas remembered before the memory is cleared (a long run meets ever more words)
MAX_REMEMBERED = 200_000
KEY_COLUMNS = [ORTH, POS, MORPH, LEMMA]


class RememberingLemmatizer:
    """A pipeline component doing what ``lemmatizer`` does (see the module docstring)."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.remembered: dict[tuple[int, int, int], int] = {}

    @staticmethod
    def can_replace(lemmatizer: Any) -> bool:
        """True for spaCy's lemmatizer in rule mode, whose lemma depends on the word,
        its part of speech and its morphology only, and which keeps lemmas already set."""
        return getattr(lemmatizer, "mode", None) == "rule" and not lemmatizer.overwrite

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array(KEY_COLUMNS)
        if len(self.remembered) > MAX_REMEMBERED:
            self.remembered.clear()
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = self.remembered.get(key)
            if found is None:
                found = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                self.remembered[key] = found
            rows[i, 3] = found
        doc.from_array([LEMMA], cast("Ints2d", rows[:, 3:].copy()))
        return doc
