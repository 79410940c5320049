"""Unnamed groups that act: "Rwandan rebels", "Iraqi civilians", "rebels in Darfur".

A nationality, a people or a place before a word for a group of people that is no
arm of a state (rebels, refugees, civilians, the opposition, workers) does not make
the state the actor: the group is ("Sudanese rebels attacked Juba" is not Sudan
attacking).  Such a phrase becomes an ORG mention named as the text writes it, from
the nationality to the head noun ("Ugandan opposition candidates", "French paper
workers"), or from the head to the place after "in" or "throughout", or the body
after "at" ("Opposition groups in Zimbabwe", "students at Kumasi University").  A
nationality or "ethnic" before a people ("Iraqi Kurds", "ethnic Turks") joins the
people's mention (NORP).  Soldiers, police, officials and diplomats act for their state
and are not listed; the heads, by sector, are ``group_heads`` in ``data/actors.yaml``.
Nor is a group word before the name it describes one ("the militant group Hamas").

Only a group in an actor's place (a subject, an object, the object of a preposition)
is read: a group word that only modifies another ("a rebel attack") is none, and one
said of a person ("Otto Reyes, a Chilean student") is that person's description.  A
group is an entity of the article only when an event or a quote names it (ANNOTATION.md
records no generic group without a name; the PLOVER gold names the group that acts):
``without_idle_groups``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy

from dossier.doc_arrays import attribute_ids, column, columns, one_of
from dossier.idle_groups import GROUPS_KEY, group_entity_ids, without_idle_groups
from dossier.lexicon import ActorLexicon, demonym_country, load_data
from dossier.names import Mention, is_people_name, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


__all__ = [
    "GROUPS_KEY",
    "GroupHeads",
    "group_country",
    "group_entity_ids",
    "group_heads",
    "group_sector",
    "with_group_mentions",
    "without_idle_groups",
]


ACTOR_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "agent", "dative", "ROOT", "attr"}
)
NOUNS = frozenset({"NOUN", "PROPN"})
ORIGIN_DEPS = frozenset({"amod", "compound", "nmod"})
PLACE_PREPS = frozenset({"in", "throughout", "at"})
PERSON, NAMED = frozenset({"PERSON"}), frozenset({"PERSON", "ORG"})  # mention labels


@dataclass(frozen=True, slots=True)
class GroupHeads:
    """Group nouns (singular, lower case) and the sector each gives."""

    sectors: dict[str, str]
    collective: frozenset[str]  # "groups", "parties": a group only after a listed word
    ethnic: frozenset[str]  # "ethnic Albanians": a people, not the state
    known: dict[tuple[str, str], tuple[str | None, bool]] = field(
        default_factory=dict, compare=False
    )  # see ``read``

    def sector(self, token: Token) -> str | None:
        return self.read(token)[0]

    def read(self, token: Token) -> tuple[str | None, bool]:
        return self.read_words(token.lemma_, token.text)

    def read_words(self, lemma: str, text: str) -> tuple[str | None, bool]:
        """A word's sector and whether it is collective (``word_sector`` and
        ``is_collective_word`` of its lemma and form), kept per pair: the same words
        come back in article after article."""
        found = self.known.get((lemma, text))
        if found is None:
            found = (self.word_sector(lemma, text), self.is_collective_word(lemma, text))
            self.known[(lemma, text)] = found
        return found

    def word_sector(self, *forms: str) -> str | None:
        for form in _singulars(*forms):
            if form in self.sectors:
                return self.sectors[form]
        return None

    def is_collective(self, token: Token) -> bool:
        return self.read(token)[1]

    def is_collective_word(self, *forms: str) -> bool:
        return any(form in self.collective for form in _singulars(*forms))


@lru_cache(maxsize=1)
def group_heads() -> GroupHeads:
    data = load_data("actors.yaml").get("group_heads") or {}
    sectors = {
        str(word).lower(): sector
        for sector, words in data.items()
        if sector not in ("collective", "ethnic")
        for word in words
    }
    return GroupHeads(
        sectors,
        frozenset(str(w).lower() for w in data.get("collective", [])),
        frozenset(str(w).lower() for w in data.get("ethnic", [])),
    )


def group_sector(name: str) -> str | None:
    """The sector a group's name gives by its head ("Sudanese rebels": REB, "rebels in
    Darfur": REB, "Opposition groups in Zimbabwe": OPP), else None."""
    heads = group_heads()
    words = _before_place(name)[0].split()
    for word in reversed(words):
        sector = heads.word_sector(word)
        if sector is not None:
            return sector
        if not heads.is_collective_word(word):
            return None
    return None


def group_country(name: str, lexicon: ActorLexicon) -> str | None:
    """The country a group's name gives: by a nationality ("Malian rebels") or by the
    country named before its head or after "in" ("Sierra Leone rebels", "rebels in
    Darfur" when the list knows Darfur's country)."""
    if group_sector(name) is None:
        return None
    before, place = _before_place(name)
    words = before.split()
    for word in words:
        code = lexicon.demonym_country(word) or demonym_country(word)
        if code:
            return code
    for candidate in (place, " ".join(words[:-1])):
        for start in range(len(candidate.split())):
            found = lexicon.lookup(" ".join(candidate.split()[start:]))
            if found is not None and found.country:
                return found.country
    return None


def _before_place(name: str) -> tuple[str, str]:
    """ "rebels in Darfur" → ("rebels", "Darfur"); a name without a place → (name, "")."""
    words = name.split()
    for i, word in enumerate(words):
        if i and word in PLACE_PREPS:
            return " ".join(words[:i]), " ".join(words[i + 1 :])
    return name, ""


@lru_cache(maxsize=8192)
def _singulars(*words: str) -> tuple[str, ...]:
    """Each word in lower case and its singular guesses ("militiamen" → "militiaman")."""
    forms: list[str] = []
    for word in words:
        lower = word.lower()
        forms.append(lower)
        if lower.endswith("men"):
            forms.append(lower[:-3] + "man")
        if lower.endswith("ies"):
            forms.append(lower[:-3] + "y")
        if lower.endswith("s"):
            forms.append(lower[:-1])
    return tuple(forms)


def with_group_mentions(doc: Doc, mentions: list[Mention], lexicon: ActorLexicon) -> list[Mention]:
    """``mentions`` plus a mention for each group named by nationality, people or place;
    a people inside one ("Kurds" in "Iraqi Kurds") and a word spaCy took for a name up
    to its head ("Shona" in "Shona rebels") give way to it."""
    heads = group_heads()
    found: list[tuple[Mention, int]] = []  # each group, and the end of its head word
    ends = frozenset(m.end for m in mentions)  # a people is a mention ending at its word
    for token in _group_candidates(doc, ends):
        group = _group_mention(doc, token, mentions, lexicon, heads, ends)
        if group is not None and not any(_overlaps(group, m) for m, _ in found):
            found.append((group, token.idx + len(token.text)))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(_gives_way(m, g, end) for g, end in found)]
    return sorted([*kept, *(g for g, _ in found)], key=lambda m: (m.start, -m.end))


def _group_candidates(doc: Doc, ends: frozenset[int]) -> list[Token]:
    """The words ``_group_mention`` may find a group at, read off the Doc's arrays: a
    noun or name in an actor's relation, one ending a mention, a capitalized plural
    ("ethnic Albanians"); no Token is made for the others (most words)."""
    from spacy.attrs import DEP, IDX, LEMMA, LENGTH, ORTH, POS

    text = text_of(doc)
    rows = columns(doc, [IDX, LENGTH, POS, DEP])
    stops = (rows[:, 0] + rows[:, 1]).astype(numpy.int64)
    chosen = one_of(rows[:, 2], attribute_ids(POS, NOUNS))
    chosen &= one_of(rows[:, 3], attribute_ids(DEP, ACTOR_DEPS))
    ending = one_of(stops, ends)
    letters = numpy.frombuffer(text.encode("utf-32-le"), dtype=numpy.uint32)
    plural = letters[stops - 1] == ord("s")
    # such a noun, no people's and no plural ("ethnic Albanians"), is a group only by
    # a sector word, its own or (a collective one's) a left child's: the others go
    strings, read = doc.vocab.strings, group_heads().read_words
    lemmas, forms = column(doc, LEMMA), column(doc, ORTH)
    for i in numpy.flatnonzero(chosen & ~ending & ~plural).tolist():
        chosen[i] = read(strings[int(lemmas[i])], strings[int(forms[i])]) != (None, False)
    chosen |= ending
    plurals = numpy.flatnonzero(plural & ~chosen).tolist()
    chosen[[i for i in plurals if text[int(rows[i, 0])].isupper()]] = True
    return [doc[i] for i in numpy.flatnonzero(chosen).tolist()]


def _group_mention(
    doc: Doc,
    token: Token,
    mentions: list[Mention],
    lexicon: ActorLexicon,
    heads: GroupHeads,
    ends: frozenset[int],
) -> Mention | None:
    word_end = token.idx + len(token.text)
    people = _people_mention(token, mentions) if word_end in ends else None
    if people is not None:
        origin = _ethnic_mark(token, heads) or _origin_start(
            token, mentions, lexicon, nationality_only=True
        )
        if origin is None:
            return None
        return _mention(doc, token, origin, people.end, "NORP")
    ethnic = _ethnic_start(token, heads)
    if ethnic is not None:
        end = _place_after(token, mentions) or token.idx + len(token.text)
        return _mention(doc, token, ethnic, end, "NORP")
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in ACTOR_DEPS:
        return None
    sector = heads.sector(token)
    if sector is None and heads.is_collective(token):
        sector = next((s for c in token.lefts if (s := heads.sector(c)) is not None), None)
    if sector is None:
        return None
    if _inside_name(token, mentions) or _describes_a_person(token, mentions):
        return None
    origin = _origin_start(token, mentions, lexicon, nationality_only=False)
    if origin is not None:
        return _mention(doc, token, origin, token.idx + len(token.text), "ORG")
    place_end = _place_after(token, mentions)
    if place_end is None:
        return None
    return _mention(doc, token, _own_start(token, heads), place_end, "ORG")


def _ethnic_start(token: Token, heads: GroupHeads) -> int | None:
    """Where "ethnic" begins in "ethnic Albanians", "ethnic Turks in Bulgaria": a
    capitalized plural after it is a people."""
    if not (token.text.endswith("s") and token.text[:1].isupper()):
        return None
    return _ethnic_mark(token, heads)


def _ethnic_mark(token: Token, heads: GroupHeads) -> int | None:
    mark = next(
        (c for c in token.lefts if c.dep_ in ("amod", "compound") and c.lower_ in heads.ethnic),
        None,
    )
    return mark.idx if mark is not None else None


def _people_mention(token: Token, mentions: list[Mention]) -> Mention | None:
    """The mention of a people ("Kurds") that ``token`` is, or the people spaCy took
    for a person's name after a nationality ("Bosnian Serbs")."""
    start, end = token.idx, token.idx + len(token.text)
    for mention in mentions:
        if mention.label == "NORP" and (mention.start, mention.end) == (start, end):
            return mention
        if mention.label == "PERSON" and mention.end == end and _nationality_then_people(mention):
            return Mention(start, end, token.text, "NORP", f"NORP:{token.text}")
    return None


def _nationality_then_people(mention: Mention) -> bool:
    words = mention.text.split()
    return (
        len(words) == 2
        and demonym_country(words[0]) is not None
        and is_people_name(words[1])
        and demonym_country(words[1]) is None
    )


def _inside_name(token: Token, mentions: list[Mention]) -> bool:
    """ "Houthi rebels" spaCy already called an organization: the name stands; the
    group word alone taken for a name ("Guerrillas" opening a sentence) is none."""
    start, end = token.idx, token.idx + len(token.text)
    return any(
        m.start <= start and end <= m.end and m.label != "NORP" and not _is_word(m, token)
        for m in mentions
    )


def _describes_a_person(token: Token, mentions: list[Mention]) -> bool:
    """ "Otto Reyes, a Chilean student": an apposition to a person; "Peruvian
    businessman Ana Rios", "the Somali militant group al-Shabaab": before a name."""
    named = any(c.dep_ == "appos" and c.left_edge.i == token.i + 1 for c in token.rights)
    near = [(token.head, PERSON)] if token.dep_ == "appos" else []  # "Otto Reyes, a …"
    if token.i + 1 < len(token.doc):  # "… Ana Rios"; "the militant group Hamas"
        near.append((token.nbor(), NAMED if named else PERSON))
    return any(m.label in kinds and m.start <= t.idx < m.end for t, kinds in near for m in mentions)


def _is_word(mention: Mention, token: Token) -> bool:
    return mention.actor is None and (mention.start, mention.end) == (
        token.idx,
        token.idx + len(token.text),
    )


def _origin_start(
    token: Token, mentions: list[Mention], lexicon: ActorLexicon, *, nationality_only: bool
) -> int | None:
    """Where the nationality, people or country before the head begins, if one does."""
    for child in token.lefts:
        if child.dep_ not in ORIGIN_DEPS:
            continue
        if lexicon.demonym_country(child.text) or demonym_country(child.text):
            return child.idx
        if nationality_only:
            continue
        for mention in mentions:
            if mention.start <= child.idx < mention.end and _is_origin(mention):
                return mention.start
    return None


def _is_origin(mention: Mention) -> bool:
    """A people ("Shona"), or a country or region ("Ivory Coast", "Darfur")."""
    return mention.label == "NORP" or (mention.label == "GPE" and mention.text[:1].isupper())


def _place_after(token: Token, mentions: list[Mention]) -> int | None:
    """The end of the place named after "in" ("rebels in Darfur")."""
    for child in token.rights:
        if child.dep_ != "prep" or child.lower_ not in PLACE_PREPS:
            continue
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            for mention in mentions:
                if mention.start <= obj.idx < mention.end and _is_seat(mention, child):
                    return mention.end
    return None


def _is_seat(mention: Mention, preposition: Token) -> bool:
    """A place ("in Darfur"), or a body people work or study at ("students at Kumasi
    University")."""
    if preposition.lower_ == "at":  # "detainees at Guantanamo" only say where they are
        return mention.label == "ORG"
    return mention.label in ("GPE", "LOC")


def _own_start(token: Token, heads: GroupHeads) -> int:
    """The head with the group words before it ("Opposition groups"), without articles,
    numbers or adjectives."""
    start = token.idx
    for child in reversed(list(token.lefts)):
        if child.dep_ == "compound" and heads.sector(child) is not None:
            start = child.idx
        else:
            break
    return start


def _mention(doc: Doc, token: Token, start: int, end: int, label: str) -> Mention | None:
    text = text_of(doc)[start:end]
    if "," in text or " and " in text:
        return None
    key = f"{label}:{' '.join(text.lower().split())}"
    return Mention(start, end, text, label, key, None, token.sent.start_char)


def _gives_way(inner: Mention, group: Mention, head_end: int) -> bool:
    """Inside ``group``: a people, or a name no list knows up to the head word ("Shona"
    taken for a place); a known country, and the place after "in", stay entities."""
    if not (group.start <= inner.start and inner.end <= group.end):
        return False
    return inner.label == "NORP" or (inner.actor is None and inner.end <= head_end)


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end
