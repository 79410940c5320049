"""Which language an article is in: English at once when its commonest words say so,
else as py3langid's identifier says (``dossier.language_model``)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from dossier.lexicon import load_data, word_set

__all__ = ["detect_language", "is_plainly_english"]

MIN_LANGUAGE_PROB = 0.5
SHORT_TEXT_LETTERS = 400
MIN_SCRIPT_LETTERS = 10  # fewer letters than this say nothing about a text's script


@lru_cache(maxsize=1)
def _language_identifier() -> Any:
    from dossier.language_model import language_identifier

    return language_identifier()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when too unsure to say.

    A short text is only called non-English when the identifier is sure, or when
    most of its letters are not Latin (Arabic, Cyrillic, Chinese …): such a text
    cannot be English however little of it there is.
    """
    sample = text[:4000]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) >= MIN_SCRIPT_LETTERS and non_latin_share(letters) > 0.5:
        language, _ = _language_identifier().classify(sample)
        return str(language) if language != "en" else None
    if len(letters) < 40:
        return None
    if len(letters) >= SHORT_TEXT_LETTERS and is_plainly_english(sample):
        return "en"
    language, prob = _language_identifier().classify(sample)
    if language != "en" and len(letters) < SHORT_TEXT_LETTERS and prob < 0.99:
        return None  # one short sentence is too little to call it not English
    return str(language) if prob >= MIN_LANGUAGE_PROB else None


def is_plainly_english(text: str) -> bool:
    """Whether English's commonest words (``english_words`` in ``data/boilerplate.yaml``)
    make up a fifth of the text's words and "the" one in thirty: such a text is English,
    and the language identifier need not be asked."""
    words = re.findall(r"[a-z]+", text.lower())
    common = english_words()
    return (
        sum(1 for word in words if word in common) >= 0.2 * len(words)
        and words.count("the") >= len(words) / 30
    )


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    return word_set(load_data("boilerplate.yaml"), "english_words")


def non_latin_share(letters: list[str]) -> float:
    """The share of ``letters`` outside the Latin script (basic, extended, additional)."""
    latin = sum(1 for ch in letters if ord(ch) < 0x250 or 0x1E00 <= ord(ch) <= 0x1EFF)
    return 1 - latin / len(letters)
