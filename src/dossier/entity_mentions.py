"""One spaCy name as a mention: its bounds, its type, its key.

``MentionReader.mention`` turns a name spaCy found into a ``Mention``, or drops it:
a known actor gets its canonical key ("US" → United States); a nationality alone
is no entity; an office word is no organization ("State" in "Secretary of
State"); what surrounds a name fixes its type ("the Kesto area" is a place, "the
daily Etilaat Roz" an outlet, "its spokesperson Fahim Dashty" a person); titles
and honorifics inside a person's name are dropped ("General X Y" → "X Y").
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise
from typing import TYPE_CHECKING

from dossier.cluster_repairs import after_place_preposition, place_followers
from dossier.doc_arrays import word_bounds
from dossier.lexicon import Actor, ActorLexicon, demonym_country, zipf
from dossier.names import (
    GENERIC_WORD_ZIPF,
    Mention,
    can_be_name,
    entities_of,
    extend_name_left,
    extend_name_right,
    follows_title,
    is_not_an_entity,
    is_people_name,
    is_place_name,
    named_as_organization,
    not_entities,
    org_heads,
    text_of,
    trimmed_bounds,
    window_tokens,
)
from dossier.places import is_known_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "BRAND_WORD_ZIPF",
    "LABELS",
    "SURNAMES_KEY",
    "MentionReader",
    "full_name_surnames",
    "owned_surname",
    "word_before",
]

LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
}
BRAND_WORD_ZIPF = 3.0  # a capitalized word this rare in English is a coined name ("Zorvo")
SURNAMES_KEY = "dossier_full_name_surnames"  # where full_name_surnames keeps its answer


class MentionReader:
    """Reads the mention each of spaCy's names makes (see the module docstring)."""

    def __init__(self, lexicon: ActorLexicon) -> None:
        self.lexicon = lexicon

    def mention(self, doc: Doc, ent: SpacySpan) -> Mention | None:
        label = LABELS.get(ent.label_)
        if label is None:
            return None
        start, end = trimmed_bounds(doc, ent)
        text = text_of(doc)[start:end]
        if not can_be_name(text):
            return None
        actor = self.lexicon.lookup(text)
        if actor is not None and self.names_a_person_here(doc, text, label, actor):
            actor, label = None, "PERSON"
        if label == "NORP" and actor is None and " " in text:
            stripped_start, stripped = self.without_nationality(start, text)
            if stripped != text:  # "Chinese Zorvo AI" tagged as a nationality
                start, text, label = stripped_start, stripped, "ORG"
                actor = self.lexicon.lookup(text)
        if label == "NORP" and actor is None and self.names_a_people(text):
            return self.people_mention(doc, start, end, text)
        if label == "NORP" and (actor is None or actor.type == "GPE"):
            return None  # demonyms give a country, they are not actors themselves
        if actor is None and demonym_country(text):
            return None  # "Guatemalan", "Chileans": a nationality alone is no entity
        if actor is None and label in ("GPE", "LOC"):
            text, end = strip_place_suffix(text, start, end, self.lexicon)
            actor = self.lexicon.lookup(text)
        if actor is None and (self.is_generic_name(text, label) or is_not_an_entity(text)):
            return None
        if ent.label_ == "FAC" and actor is None and self.names_a_body(text):
            label = "ORG"  # "the Osei Center for Trade Studies" is no building
        if (
            actor is None
            and label == "ORG"
            and text.split()[-1].lower() in self.lexicon.place_heads
        ):
            label = "LOC"  # "Zorbak Air Base", "Kabul Airport" are places
        if actor is None and label == "ORG" and self.titles_the_next_name(doc, text, end):
            return None  # "said Turkish Presidential Advisor Mesut Kaya": a title, no body
        if actor is None and label == "ORG":
            owned = owned_surname(doc, text)
            if owned:  # "Cornell's Casanova" after "Lourdes Casanova"
                start, text, label = end - len(owned), owned, "PERSON"
        if actor is None and label == "ORG":
            start, text = self.without_nationality(start, text)
            actor = self.lexicon.lookup(text)
        if actor is None and label == "ORG":
            titled = self.title_before_name(text)
            if titled:  # "National Security Adviser Moeed Yusuf" tagged as one ORG
                start += len(text) - len(titled)
                text, label = titled, "PERSON"
        if actor is None and label == "ORG" and self.follows_person_title(doc, start):
            label = "PERSON"
        if label == "PERSON" and actor is None and self.follows_outlet_word(doc, start):
            label = "ORG"
        if (
            label in ("PERSON", "LOC")
            and actor is None
            and named_as_organization(doc, start, end)
            and not self.follows_person_title(doc, start)  # "President Kagame and his party"
        ):
            label = "ORG"
        if label == "PERSON" and actor is None and is_place_name(text, self.lexicon):
            label = "LOC"  # "Whitsun Reef", "Mariscal Zavala Prison"
        if label == "PERSON" and actor is None and self.follows_place_noun(doc, start):
            label = "GPE"
        if label in ("PERSON", "ORG") and actor is None and self.named_as_place(doc, start, end):
            label = "GPE"
        if label == "PERSON" and actor is None:
            if any(ch.isdigit() for ch in text):
                return None
            start = extend_name_left(doc, start, self.lexicon)
            end = extend_name_right(doc, end, self.lexicon)
            start, text = self.strip_honorifics(doc, start, end)
            if not text:
                return None
        if actor is not None:
            label, key = actor.type, f"{actor.type}:{actor.name}"
        else:
            key = f"{label}:{text}"
        index = sentence_start(doc, start, end)
        return Mention(start, end, text, label, key, actor, index)

    def titles_the_next_name(self, doc: Doc, text: str, end: int) -> bool:
        """Is ``text`` a title ending in a title word that a person's name follows?"""
        if not self.lexicon.is_title_word(text.split()[-1]):
            return False
        following = [t for t in window_tokens(doc, end, end + 40) if t.idx >= end]
        return (
            bool(following) and following[0].idx == end + 1 and following[0].ent_type_ == "PERSON"
        )

    @staticmethod
    def names_a_person_here(doc: Doc, text: str, label: str, actor: Actor) -> bool:
        """ "Jordan said" after "former coach Tomas Jordan": a one-word name that is the
        surname of someone the article names in full is that person, whatever the
        actor list knows by that word (a country only when spaCy too saw a person)."""
        if " " in text or actor.type == "PERSON":
            return False
        if label != "PERSON" and actor.level == "country":
            return False
        return text in full_name_surnames(doc)

    def without_nationality(self, start: int, text: str) -> tuple[int, str]:
        """ "Chinese Zorvo AI" is Zorvo AI: a nationality before a coined name (a word
        rare in English) describes the company; one before common words is part of the
        name ("Chinese Communist Party", "British Airways")."""
        first, _, rest = text.partition(" ")
        if not rest or not (self.lexicon.demonym_country(first) or demonym_country(first)):
            return start, text
        if not any(w[:1].isupper() and zipf(w) < BRAND_WORD_ZIPF for w in rest.split()):
            return start, text
        return start + len(first) + 1, rest

    def names_a_body(self, text: str) -> bool:
        """ "Center for Trade Studies", "Council on Energy": an organization's word
        followed by what it works for or on."""
        words = text.lower().split()
        heads = org_heads(self.lexicon)
        return any(
            word in heads and following in ("for", "of", "on")
            for word, following in pairwise(words)
        )

    def names_a_people(self, text: str) -> bool:
        """ "Chagossians", "Uyghurs": a people no country's demonym names."""
        return (
            is_people_name(text)
            and not self.lexicon.demonym_country(text)
            and demonym_country(text) is None
        )

    @staticmethod
    def people_mention(doc: Doc, start: int, end: int, text: str) -> Mention:
        sentence = doc.char_span(start, end, alignment_mode="expand")
        index = sentence.sent.start_char if sentence is not None else 0
        return Mention(start, end, text, "NORP", f"NORP:{text}", None, index)

    def title_before_name(self, text: str) -> str | None:
        """The personal name after a title that opens ``text``, when the rest is a name
        of two or more capitalized words with no organization word in it: "National
        Security Adviser Moeed Yusuf" → "Moeed Yusuf"; not "Ministry of Defence"."""
        words = text.split()
        if len(words) < 3 or not self.lexicon.is_title_word(words[0]):
            return None
        org_words = self.lexicon.org_words
        for cut in range(len(words) - 2, 0, -1):
            title, rest = words[:cut], words[cut:]
            if not all(self.lexicon.is_title_word(w) for w in title):
                continue
            if self.lexicon.title_sector(" ".join(title)) is None:
                continue
            if all(w[:1].isupper() and w.lower() not in org_words for w in rest) and not any(
                self.lexicon.is_title_word(w) for w in rest
            ):
                return " ".join(rest)
        return None

    def is_generic_name(self, text: str, label: str) -> bool:
        """An office word or frequent word tagged as a name; a state or city the
        gazetteer knows ("Kansas", "Brooklyn") is a place however frequent its name."""
        if label == "ORG":
            return self.is_generic_org(text) and text not in not_entities().institutions
        return label == "GPE" and self.is_generic_org(text) and not is_known_place(text)

    def is_generic_org(self, text: str) -> bool:
        """ "State" in "Secretary of State", "Cabinet": office words, not organizations."""
        words = text.replace("’s", "").replace("'s", "").split()
        lexicon = self.lexicon
        if all(
            lexicon.is_title_word(w)
            or lexicon.is_title_word(w.rstrip("s"))
            or w.lower() in lexicon.honorifics
            for w in words
        ):
            return True
        return len(words) == 1 and zipf(words[0]) >= GENERIC_WORD_ZIPF

    def follows_person_title(self, doc: Doc, start: int) -> bool:
        """spaCy often calls a name after a title an ORG: "its spokesperson Fahim Dashty"."""
        tokens = window_tokens(doc, start, start + 1)
        return bool(tokens) and follows_title(doc, tokens[0], self.lexicon)

    def follows_outlet_word(self, doc: Doc, start: int) -> bool:
        """ "the Kabul daily Etilaat Roz": a name after an outlet word is the outlet."""
        before = word_before(doc, start)
        return before is not None and before.lower_ in self.lexicon.outlet_words

    def follows_place_noun(self, doc: Doc, start: int) -> bool:
        """ "the capital, Naypyitaw", "the commercial hub Yangon": the name is the place."""
        before = word_before(doc, start, past_comma=True)
        return (
            before is not None
            and before.i >= 1
            and before.lower_ in self.lexicon.place_nouns
            and doc[before.i - 1].pos_ in ("DET", "ADJ")
        )

    def named_as_place(self, doc: Doc, start: int, end: int) -> bool:
        """What surrounds a name makes it a place: a place noun after it ("the Umbaro
        slum", "the Kesto area"), an apposition naming it a capital or town ("Tarvo,
        the capital of Nemba State"), or "in"/"from" before a name the gazetteer knows
        ("taken to the clinic in Gusau")."""
        after = [t for t in window_tokens(doc, end, end + 40) if t.idx >= end]
        if after and after[0].lower_ in place_followers():
            return True
        if (
            len(after) >= 3
            and after[0].text == ","
            and after[1].lower_ in ("the", "a")
            and after[2].lower_ in self.lexicon.place_nouns
        ):
            return True
        text = text_of(doc)[start:end]
        return after_place_preposition(doc, start) and is_known_place(text)

    def strip_honorifics(self, doc: Doc, start: int, end: int) -> tuple[int, str]:
        """Drop titles and honorifics spaCy put inside a PERSON name ("General X Y")."""
        text = text_of(doc)[start:end]
        while True:
            first, _, rest = text.partition(" ")
            word = first.lower().rstrip(".")
            if rest and (word in self.lexicon.honorifics or word in self.lexicon.title_sectors):
                start += len(first) + 1
                text = rest
            else:
                return start, text


def owned_surname(doc: Doc, text: str) -> str | None:
    """The surname in "<Org>'s <Surname>" when the article names that person in full."""
    match = re.fullmatch(r"\S.*['’]s (\w+)", text)
    if match is None or not match.group(1)[:1].isupper():
        return None
    rest = match.group(1)
    return rest if rest in full_name_surnames(doc) else None


def full_name_surnames(doc: Doc) -> frozenset[str]:
    """The last words of the people's names spaCy found in full (two words or more),
    read from ``doc.ents`` once per document: each read makes a Span of every entity."""
    cached = doc.user_data.get(SURNAMES_KEY)
    if not isinstance(cached, frozenset):
        cached = frozenset(
            ent[-1].text for ent in entities_of(doc) if ent.label_ == "PERSON" and len(ent) > 1
        )
        doc.user_data[SURNAMES_KEY] = cached
    return cached


def word_before(doc: Doc, start: int, *, past_comma: bool = False) -> Token | None:
    """The token right before the one at character ``start`` (past a comma if asked)."""
    tokens = window_tokens(doc, start, start + 1)
    i = tokens[0].i - 1 if tokens else -1
    if past_comma and i >= 0 and doc[i].text == ",":
        i -= 1
    return doc[i] if i >= 0 else None


def strip_place_suffix(text: str, start: int, end: int, lexicon: ActorLexicon) -> tuple[str, int]:
    """ "Kunduz city" → "Kunduz" (the whole stays an alias)."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in lexicon.place_suffixes:
        new = " ".join(words[:-1])
        return new, start + len(new)
    return text, end


def sentence_start(doc: Doc, start: int, end: int) -> int:
    """Where the sentence of the characters ``start`` to ``end`` begins (0 if they are
    no words'): that of the word holding ``start`` when the first and last characters
    are no spaces, as ``doc.char_span(start, end, alignment_mode="expand")`` finds it."""
    text = text_of(doc)
    if start < end <= len(text) and not text[start].isspace() and not text[end - 1].isspace():
        return int(doc[bisect.bisect_right(word_bounds(doc)[0], start) - 1].sent.start_char)
    sentence = doc.char_span(start, end, alignment_mode="expand")
    return sentence.sent.start_char if sentence is not None else 0
