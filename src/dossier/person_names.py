"""People's names spaCy's small model misses or reads as a place.

Two repairs over an article's mentions, run by the entity stage after the others
(``dossier.name_repairs``):

- ``with_unlisted_subject_names``: a short sentence gives the model too little to
  go on, so "Ana Castillo wrote to the minister." comes back with no name at all.
  Two or three name words, untagged, that are the subject of a verb, none of them
  a title, a body's, a place's or a nationality's word, are a person.
- ``with_people_named_like_places``: the actor list knows "Lima", "Paris",
  "Santiago" as capitals, so "Carlos Lima said" comes back as the city.  A given
  name right before a one-word place, the pair being the subject of a verb or
  set beside a description ("Ricardo Paris, a lawyer for the family,"), is one
  person's name, and so is the surname alone acting as a person later ("Lima
  added").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from dossier.lexicon import ActorLexicon, demonym_country, load_data, zipf
from dossier.name_repairs import compass_words, title_case_runs
from dossier.names import Mention, is_name_word, org_heads, text_of
from dossier.places import is_known_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "COMMON_WORD_ZIPF",
    "is_given_name_word",
    "place_modifiers",
    "with_people_named_like_places",
    "with_unlisted_subject_names",
]

COMMON_WORD_ZIPF = 5.0  # a word this frequent in English ("New", "Old") opens no person's name
SUBJECTS = ("nsubj", "nsubjpass")


@lru_cache(maxsize=1)
def place_modifiers() -> frozenset[str]:
    """Words that set a part or kind of a place before its name (``place_modifiers``
    in ``data/actors.yaml``): "Greater", "Downtown", "Metro"."""
    return frozenset(str(w).lower() for w in load_data("actors.yaml").get("place_modifiers", []))


def is_given_name_word(token: Token, lexicon: ActorLexicon) -> bool:
    """Can ``token`` be part of a person's name: a capitalized proper noun that is no
    title, honorific, body's word, place word, direction, nationality or listed
    actor ("Ana", "Castillo"; not "Minister", "Council", "North", "Kenyan")."""
    word, lower = token.text, token.lower_
    if token.pos_ != "PROPN" or not is_name_word(word) or zipf(word) >= COMMON_WORD_ZIPF:
        return False
    if lexicon.is_title_word(word) or lower in lexicon.honorifics or lower in org_heads(lexicon):
        return False
    if lower in lexicon.place_nouns or lower in lexicon.place_heads or lower in compass_words():
        return False
    if lower in place_modifiers():
        return False
    return (
        lexicon.lookup(word) is None
        and lexicon.demonym_country(word) is None
        and demonym_country(word) is None
    )


def acts_as_person(token: Token) -> bool:
    """Is the last word of a name the subject of a verb, or set beside a description
    ("X, a lawyer for the family,")?"""
    if token.dep_ in SUBJECTS and token.head.pos_ in ("VERB", "AUX"):
        return True
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in token.children)


def with_unlisted_subject_names(
    doc: Doc, mentions: list[Mention], lexicon: ActorLexicon
) -> list[Mention]:
    """Add "Ana Castillo" in "Ana Castillo wrote to the minister." (see the module
    docstring)."""
    text = text_of(doc)
    taken = [(m.start, m.end) for m in mentions]
    found: list[Mention] = []
    for run in title_case_runs(doc, pos=("PROPN",), min_length=2):
        if len(run) > 3 or any(t.ent_type_ for t in run) or not acts_as_person(run[-1]):
            continue
        if not all(is_given_name_word(t, lexicon) for t in run):
            continue
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        name = text[start:end]
        if any(s < end and start < e for s, e in taken) or is_known_place(name):
            continue
        if is_heading(text, end, run[-1].head.idx):
            continue  # "*Regional Repercussions:* Aligning with …": a heading
        sentence = run[0].sent.start_char
        found.append(Mention(start, end, name, "PERSON", f"PERSON:{name}", None, sentence))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: m.start)


def is_heading(text: str, end: int, verb: int) -> bool:
    """Does the run ending at ``end`` stand as a heading: a colon or markup right after
    it, or a line break between it and its verb?"""
    return text[end : end + 1] in (":", "*") or "\n" in text[min(end, verb) : max(end, verb)]


def with_people_named_like_places(
    doc: Doc, mentions: list[Mention], lexicon: ActorLexicon
) -> list[Mention]:
    """ "Carlos Lima said": the given name and the place word one person's name (see
    the module docstring)."""
    text = text_of(doc)
    by_start = {m.start: m for m in mentions}
    dropped: set[int] = set()
    joined: list[Mention] = []
    for mention in mentions:
        given = given_name_before(doc, mention, lexicon)
        if given is None:
            continue
        before = by_start.get(given.idx)
        if before is not None and (before.actor is not None or before.end != mention.start - 1):
            continue
        name = text[given.idx : mention.end]
        if lexicon.lookup(name) is not None or is_known_place(name):
            continue  # "San Jose", "Santa Cruz": a place's own two-word name
        dropped.update({id(mention), id(before)} if before is not None else {id(mention)})
        key = f"PERSON:{name}"
        joined.append(Mention(given.idx, mention.end, name, "PERSON", key, None, mention.sentence))
    if not joined:
        return mentions
    surnames = {m.text.split()[-1] for m in joined}
    kept = [surname_as_person(doc, m, surnames) for m in mentions if id(m) not in dropped]
    return sorted([*kept, *joined], key=lambda m: m.start)


def surname_as_person(doc: Doc, mention: Mention, surnames: set[str]) -> Mention:
    """ "Lima added" after "Carlos Lima said": the surname alone, acting as a person,
    is that person (a mention of it the clusters fold into the full name)."""
    if mention.label not in ("GPE", "LOC") or mention.text not in surnames:
        return mention
    span = doc.char_span(mention.start, mention.end)
    if span is None or len(span) != 1 or not acts_as_person(span[0]):
        return mention
    key = f"PERSON:{mention.text}"
    return Mention(mention.start, mention.end, mention.text, "PERSON", key, None, mention.sentence)


def given_name_before(doc: Doc, mention: Mention, lexicon: ActorLexicon) -> Token | None:
    """The given name right before a one-word place mention acting as a person."""
    if mention.label not in ("GPE", "LOC") or " " in mention.text or "-" in mention.text:
        return None
    span = doc.char_span(mention.start, mention.end)
    if span is None or len(span) != 1 or span[0].i == 0:
        return None
    place, given = span[0], doc[span[0].i - 1]
    if given.idx + len(given.text) + 1 != place.idx or not acts_as_person(place):
        return None
    if given.ent_type_ not in ("", "GPE", "PERSON", "LOC"):
        return None
    return given if is_given_name_word(given, lexicon) else None
