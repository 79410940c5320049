"""A person's name the small model glued to the body named before it.

"a former member of Peru's Chamber of Deputies Ana Ruiz, who is accused of …":
spaCy either runs the two names into one organization ("Chamber of Deputies Ana
Ruiz") or tags the body and leaves the person untagged, so an event told of the
person lands on the body or on no one (issue 16).  Where an organization's name
(one that ends as a body's: "… Party", "… Council", "Chamber of Deputies") is followed in
the same phrase by two or three words that can only be a person's name
(``person_names.is_given_name_word``: proper nouns, rare as English words, no
title, body's, place or nationality word, none common in English) and nothing
capitalized after them, the person is a mention of their own and the body ends before
them; never in a headline, whose words are all capitalized.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.lexicon import ActorLexicon, zipf
from dossier.mentions import EntityIndex
from dossier.models import Entity
from dossier.names import Mention, not_entities, org_heads, text_of
from dossier.person_names import is_given_name_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["person_after_body", "with_people_after_bodies"]

NAME_WORDS = (2, 3)  # how many words the person's name may have
NAME_ZIPF = 4.5  # a word this frequent in English is no part of a glued name


def with_people_after_bodies(
    doc: Doc, mentions: list[Mention], lexicon: ActorLexicon
) -> list[Mention]:
    """Split the person off an organization's name, or add the untagged person right
    after it (see the module docstring)."""
    text = text_of(doc)
    starts = {m.start for m in mentions}
    result: list[Mention] = []
    for mention in mentions:
        if mention.label != "ORG" or mention.actor is not None:
            result.append(mention)
            continue
        span = doc.char_span(mention.start, mention.end)
        if span is None:
            result.append(mention)
            continue
        if title_cased(span):  # a headline: "Coalition Command Evening Press Update"
            result.append(mention)
            continue
        inside = name_at_end(list(span), lexicon)
        if inside is not None:  # "Chamber of Deputies Ana Ruiz" as one name
            body_end = span[inside - 1].idx + len(span[inside - 1].text)
            person = span[inside:]
            result.append(piece(mention, mention.start, body_end, "ORG", text))
            result.append(piece(mention, person.start_char, person.end_char, "PERSON", text))
            continue
        result.append(mention)
        after = name_after(doc, span, lexicon)
        if after is not None and after[0] not in starts:
            result.append(piece(mention, after[0], after[1], "PERSON", text))
    return sorted(result, key=lambda m: m.start)


def piece(mention: Mention, start: int, end: int, label: str, text: str) -> Mention:
    name = text[start:end]
    return Mention(start, end, name, label, f"{label}:{name}", None, mention.sentence)


def title_cased(span: Span) -> bool:
    """Is most of the sentence capitalized, as a headline is?"""
    words = [t for t in span.sent if t.is_alpha]
    return sum(1 for t in words if t.text[:1].isupper()) * 2 > len(words)


def is_name(words: list[Token], lexicon: ActorLexicon) -> bool:
    """Can only be a person's name: each word can be one, and none is a common English
    word ("Evening Operational Update" is none)."""
    return all(is_given_name_word(t, lexicon) and zipf(t.text) < NAME_ZIPF for t in words)


def is_body(words: list[Token], lexicon: ActorLexicon) -> bool:
    """Does the name end as a body's: with a body's word ("Workers Party", "National
    Council", "Senate") or as "X of" a plural ("Chamber of Deputies", "Council of
    Ministers")?"""
    last = words[-1]
    if last.lower_ in org_heads(lexicon) or last.text in not_entities().institutions:
        return True
    of = any(w.lower_ == "of" for w in words[:-1])
    return of and last.tag_ == "NNPS" and last.text[:1].isupper()


def name_at_end(tokens: list[Token], lexicon: ActorLexicon) -> int | None:
    """Where the person's name at the end of an organization's name begins, if it
    ends with one after a body's name."""
    for size in sorted(NAME_WORDS, reverse=True):
        if len(tokens) < size + 2:
            continue
        name, body = tokens[-size:], tokens[:-size]
        if is_name(name, lexicon) and is_body(body, lexicon):
            return len(body)
    return None


def name_after(doc: Doc, body: Span, lexicon: ActorLexicon) -> tuple[int, int] | None:
    """The untagged person's name right after an organization's name ``body``, if it
    is a body's and the name ends the run of capitals."""
    if not is_body(list(body), lexicon):
        return None
    end = body.end
    for size in sorted(NAME_WORDS, reverse=True):
        name = doc[end : end + size]
        if len(name) < size or any(t.ent_type_ or t.is_sent_start for t in name):
            continue
        following = doc[end + size] if end + size < len(doc) else None
        if following is not None and following.text[:1].isupper() and following.is_alpha:
            continue
        if is_name(list(name), lexicon):
            return name.start_char, name.end_char
    return None


def person_after_body(
    noun: Token, bodies: list[Entity | None], index: EntityIndex
) -> list[Entity | None]:
    """The person named right after the body a phrase of membership names: "a former
    member of Peru's Chamber of Deputies Ana Ruiz, who is accused …" tells of Ruiz,
    whom the parse hangs inside the body's name."""
    tokens = list(noun.subtree)
    ends = {
        end
        for start, end, entity in index.covering(tokens[0].idx, tokens[-1].idx + 1)
        if entity in bodies
    }
    for start, _, entity in index.covering(tokens[0].idx, tokens[-1].idx + 1):
        if entity.type == "PERSON" and start - 1 in ends:
            return [entity]
    return []
