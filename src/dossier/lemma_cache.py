"""spaCy's rule lemmatizer with the same output, each answer computed once per process.

en_core_web_sm's ``lemmatizer`` remembers the lemma of a (word, part of speech,
morphology) only when its suffix rules ran: a singular noun, a base-form verb or a
positive adjective (about two tokens in three of news prose) is sent through
``is_base_form`` again at every occurrence, with a Python dict made of its
morphology each time.  The lemma is a pure function of those three values and the
loaded tables, so ``RememberingLemmatizer`` asks spaCy's own lemmatizer once per
combination and keeps the answer; tokens whose lemma is already set (by the
attribute ruler's word rules) keep it, as spaCy's component leaves them.  A verb form
the pinned model cuts to another word's lemma ("staged" to "stag") is repaired
(``lemma_repairs`` of data/grammar.yaml), once, when its answer is first computed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from thinc.types import Ints2d

__all__ = ["MAX_REMEMBERED", "RememberingLemmatizer", "lemma_repairs"]

# lemmas remembered before the memory is cleared (a long run meets ever more words)
MAX_REMEMBERED = 200_000
KEY_COLUMNS = [ORTH, POS, MORPH, LEMMA]


class RememberingLemmatizer:
    """A pipeline component doing what ``lemmatizer`` does (see the module docstring)."""

    def __init__(self, lemmatizer: Any, repairs: dict[str, str] | None = None) -> None:
        self.lemmatizer = lemmatizer
        self.repairs = repairs or {}
        self.remembered: dict[tuple[int, int, int], int] = {}

    @staticmethod
    def can_replace(lemmatizer: Any) -> bool:
        """True for spaCy's lemmatizer in rule mode, whose lemma depends on the word,
        its part of speech and its morphology only, and which keeps lemmas already set."""
        return getattr(lemmatizer, "mode", None) == "rule" and not lemmatizer.overwrite

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # one column at a time: spaCy's loop over several at once is the slower read
        orths, tags, morphs, lemmas = (doc.to_array([c]) for c in KEY_COLUMNS)
        rows = zip(orths.tolist(), tags.tolist(), morphs.tolist(), lemmas.tolist(), strict=True)
        if len(self.remembered) > MAX_REMEMBERED:
            self.remembered.clear()
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = self.remembered.get(key)
            if found is None:
                found = strings.add(self.lemma_of(doc[i]))
                self.remembered[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], cast("Ints2d", lemmas.reshape(-1, 1)))
        return doc

    def lemma_of(self, token: Any) -> str:
        """spaCy's lemma of ``token``, or the repaired one of a verb form it gets wrong."""
        lemma = str(self.lemmatizer.lemmatize(token)[0])
        if token.pos_ == "VERB":
            return self.repairs.get(token.lower_, lemma)
        return lemma


def lemma_repairs() -> dict[str, str]:
    """``lemma_repairs`` of data/grammar.yaml: verb form → its lemma."""
    from dossier.lexicon import load_data

    given = load_data("grammar.yaml").get("lemma_repairs", {})
    return {str(word).lower(): str(lemma) for word, lemma in given.items()}
