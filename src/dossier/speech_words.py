"""The words of speech: which verbs, nouns and phrases report what someone said.

``speech_lexicon`` reads ``data/speech.yaml`` once: the speech verbs ("say",
"told", "urged"), the phrases that attribute ("according to"), the nouns of
documents that speak ("a statement said"), the pronouns that can name a speaker,
and the bounds of a quote.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from dossier.lexicon import load_data, word_set

__all__ = ["SpeechLexicon", "speech_lexicon", "word_groups"]


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    say: frozenset[str]
    say_object: frozenset[str]
    say_request: frozenset[str]
    say_that: frozenset[str]
    say_as: frozenset[str]
    content_preps: frozenset[str]
    speak_verbs: frozenset[str]
    not_content: frozenset[str]
    unasserted_heads: frozenset[str]
    evidential: frozenset[str]
    unnamed_speakers: frozenset[str]
    say_nouns: frozenset[str]
    document_nouns: frozenset[str]
    according_to: tuple[str, ...]
    quoting: frozenset[str]
    say_infinitive: frozenset[str]
    telling: frozenset[str]
    addressee_nouns: frozenset[str]
    generic_titles: frozenset[str]
    namesake_modifiers: dict[str, frozenset[str]]
    kin_nouns: dict[str, frozenset[str]]
    pronouns: dict[str, frozenset[str]]
    min_quote_words: int
    max_quote_chars: int
    cues: frozenset[str] = frozenset()  # every cue verb, made once (``with_cues``)

    def with_cues(self) -> SpeechLexicon:
        """This lexicon with ``cues``: the verbs of saying, asking, calling X Y, quoting
        and speaking, asked of about every verb of every article."""
        parts = (self.say, self.say_object, self.say_request, self.say_as, self.quoting)
        return replace(self, cues=frozenset().union(*parts, self.speak_verbs))


def word_groups(data: dict[str, Any], key: str) -> dict[str, frozenset[str]]:
    return {group: frozenset(map(str, words)) for group, words in data.get(key, {}).items()}


@lru_cache(maxsize=1)
def speech_lexicon() -> SpeechLexicon:
    data: dict[str, Any] = load_data("speech.yaml")

    return SpeechLexicon(
        say=word_set(data, "say"),
        say_object=word_set(data, "say_object"),
        say_request=word_set(data, "say_request"),
        say_that=word_set(data, "say_that"),
        say_as=word_set(data, "say_as"),
        content_preps=word_set(data, "content_preps"),
        speak_verbs=word_set(data, "speak_verbs"),
        not_content=word_set(data, "not_content"),
        unasserted_heads=word_set(data, "unasserted_heads"),
        evidential=word_set(data, "evidential"),
        unnamed_speakers=word_set(data, "unnamed_speakers"),
        say_nouns=word_set(data, "say_nouns"),
        document_nouns=word_set(data, "document_nouns"),
        according_to=tuple(str(w).lower() for w in data.get("according_to", [])),
        quoting=word_set(data, "quoting"),
        say_infinitive=word_set(data, "say_infinitive"),
        telling=word_set(data, "telling"),
        addressee_nouns=word_set(data, "addressee_nouns"),
        generic_titles=word_set(data, "generic_titles"),
        namesake_modifiers=word_groups(data, "namesake_modifiers"),
        kin_nouns=word_groups(data, "kin_nouns"),
        pronouns={k: frozenset(v) for k, v in data.get("pronouns", {}).items()},
        min_quote_words=int(data.get("min_quote_words", 3)),
        max_quote_chars=int(data.get("max_quote_chars", 4000)),
    ).with_cues()
