"""Acronyms spaCy leaves untagged, where the article tells what they stand for.

The small model tags an organization's acronym in one place and not in the next
("ICE and DHS have declined to answer": only DHS), so a side of an event joined
to a tagged one goes missing (issue 16).  An all-capital word of two to six letters
that no mention covers is an organization's mention here when the article itself
says whose it is:
  - it is defined beside a name of an organization ("the National Liberation Army
    (ELN)", "ELN (National Liberation Army)");
  - it spells the initials of an organization the article names in full, three
    letters or more ("ICE" after "Immigration and Customs Enforcement");
  - spaCy tagged the same letters as an organization elsewhere in the article;
  - it is joined by "and" or "or" to a name, three letters or more ("Colombia and the
    ELN rejected the plan"): what is coordinated with an actor is one.
The clustering then folds it into the organization it abbreviates
(``entity_clusters.merge_acronyms``).  Capitals spelled in a headline in capitals
are words, not acronyms, and are left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.entity_clusters import initials
from dossier.mentions import SpanSet
from dossier.names import Mention, not_entities, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["acronyms_told", "with_untagged_acronyms"]

ACRONYM = re.compile(r"[A-Z]{2,6}")
WORD = re.compile(r"\b[A-Z]{2,6}\b")
ACRONYM_POS = frozenset({"PROPN", "NOUN", "ADJ"})
MIN_INITIALS = 3  # "IS" or "AU" spelled by two capitalized words is too often chance
MIN_JOINED = 3  # letters of an acronym no definition ties to a body, known by its partner


def acronyms_told(mentions: list[Mention], text: str) -> set[str]:
    """The acronyms the article ties to an organization it names (see the module
    docstring)."""
    told: set[str] = set()
    for mention in mentions:
        if mention.label != "ORG":
            continue
        if ACRONYM.fullmatch(mention.text):
            told.add(mention.text)
            continue
        letters = initials(mention.text)
        if len(letters) >= MIN_INITIALS and len(mention.text.split()) >= 2:
            told.add(letters)
        after = re.match(r"\s*\(([A-Z]{2,6})\)", text[mention.end : mention.end + 12])
        if after is not None:
            told.add(after.group(1))
        before = text[max(0, mention.start - 10) : mention.start]
        inside = re.search(r"\b([A-Z]{2,6}) \($", before)
        if inside is not None:
            told.add(inside.group(1))
    return told


def with_untagged_acronyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Add each untagged acronym the article ties to an organization, or joins to a
    named actor by "and" or "or", as an ORG mention."""
    text = text_of(doc)
    told = acronyms_told(mentions, text)
    taken = SpanSet([(m.start, m.end) for m in mentions])
    tagged = {m.text: m for m in mentions if m.label == "ORG" and ACRONYM.fullmatch(m.text)}
    found: list[Mention] = []
    for match in WORD.finditer(text):
        start, end = match.span()
        letters = match.group()
        if taken.overlapping(start, end) or letters in not_entities().names:
            continue
        if letters not in told and len(letters) < MIN_JOINED:
            continue
        span = doc.char_span(start, end)
        if span is None or len(span) != 1 or span[0].pos_ not in ACRONYM_POS:
            continue
        if shouted(span) or (letters not in told and not joined_to_a_name(span[0], taken)):
            continue
        sentence = span.sent.start_char
        same = tagged.get(letters)  # tagged elsewhere: the same entity
        key, actor = (same.key, same.actor) if same else (f"ORG:{letters}", None)
        found.append(Mention(start, end, letters, "ORG", key, actor, sentence))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: m.start)


def joined_to_a_name(word: Token, names: SpanSet) -> bool:
    """Is ``word`` coordinated with a word inside a mention ("Colombia and the ELN")?"""
    partners = [c for c in word.children if c.dep_ == "conj"]
    if word.dep_ == "conj":
        partners.append(word.head)
    return any(names.overlapping(t.idx, t.idx + len(t.text)) for t in partners)


def shouted(span: Span) -> bool:
    """Is the word's sentence mostly written in capitals (a headline, a slogan)?"""
    words = [t.text for t in span.sent if t.is_alpha and len(t.text) > 1]
    capitals = sum(1 for w in words if w.isupper())
    return capitals * 2 > len(words)
