"""The coreference stage's closed-class words (``data/coref.yaml``) and the two tests
every reader of a description asks: is it definite, and how many actors does a counted
plural name ("both sides", "the three nations").
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from typing import TYPE_CHECKING

from dossier.lexicon import load_data
from dossier.syntax.subjects import stranded_subject
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dossier.mentions import EntityIndex
    from dossier.models import Entity, Reference

__all__ = [
    "COUNTED_KEY",
    "STRANDED_KEY",
    "CorefWords",
    "coref_words",
    "counted_heads",
    "group_size",
    "is_definite",
    "stranded_subject_of",
    "thing_before",
    "without_their_states",
]

STRANDED_KEY = "dossier_stranded_subjects"  # see stranded_subject_of
COUNTED_KEY = "dossier_counted_heads"  # see counted_heads
NUMBER_DEPS = frozenset({"det", "nummod", "predet"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})  # a number word's relations in group_size


@dataclass(frozen=True, slots=True)
class CorefWords:
    """``data/coref.yaml``."""

    definite: frozenset[str]
    speaker_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    other_side_pronouns: frozenset[str]
    relative_actors: frozenset[str]
    pronouns: dict[str, frozenset[str]]
    thing_pronouns: frozenset[str]
    group_preps: tuple[str, ...]
    member_preps: frozenset[str]
    official_sectors: frozenset[str]
    number_words: dict[str, int]
    state_acts: frozenset[str]
    state_bodies: frozenset[str]
    pronoun_genders: dict[str, str]
    civilian_groups: frozenset[str]
    police_acts: frozenset[str]
    resident_titles: tuple[str, ...]
    people_groups: frozenset[str]
    either_groups: frozenset[str]
    ownership_participles: frozenset[str]
    pair_anaphors: dict[str, int]
    relational_nouns: frozenset[str]
    spokespeople: frozenset[str]
    leading_verbs: frozenset[str]
    governing_bodies: frozenset[str]
    setting_nouns: frozenset[str]
    deed_nouns: frozenset[str]
    stance_prefixes: frozenset[str]
    irregular_groups: frozenset[str]
    other_words: frozenset[str]
    speaking_organs: frozenset[str]
    state_groups: frozenset[str]
    regimes: frozenset[str]
    listing_heads: frozenset[str]


@cache
def coref_words() -> CorefWords:
    """The lists of ``data/coref.yaml`` as written (no lowercasing: sectors are codes),
    each word list a frozenset; the tables and the ordered lists read by name."""
    data = load_data("coref.yaml")
    lists = {
        f.name: frozenset(map(str, data[f.name]))
        for f in fields(CorefWords)
        if f.type == "frozenset[str]"
    }
    return CorefWords(
        **lists,
        pronouns={str(k): frozenset(map(str, v)) for k, v in data["pronouns"].items()},
        group_preps=tuple(map(str, data["group_preps"])),
        number_words={str(k): int(v) for k, v in data["number_words"].items()},
        pronoun_genders={str(k): str(v) for k, v in data["pronoun_genders"].items()},
        resident_titles=tuple(map(str, data["resident_titles"])),
        pair_anaphors={str(k): int(v) for k, v in data["pair_anaphors"].items()},
    )


def group_size(token: Token, words: CorefWords) -> int | None:
    """How many actors a definite plural names: "both sides" 2, "the three nations" 3."""
    if token.tag_ not in ("NNS", "NNPS"):
        return None
    for child in children_of(token):
        size = words.number_words.get(child.lower_)
        if size is None or child.dep_ not in NUMBER_DEPS:
            continue
        if child.lower_ == "both" or is_definite(token, words.definite):
            return size
    return None


def is_definite(token: Token, definite: frozenset[str]) -> bool:
    return any(c.dep_ == "det" and c.lower_ in definite for c in children_of(token))


def without_their_states(actors: list[Entity]) -> list[Entity]:
    """The actors a subject names, less the state of a person it names with it: "Kyrgyz
    President Sadyr Japarov" is one actor, not a group of two (issue 16, cv11: "the two
    sides" after "Kyrgyz President X met Tajik President Y" named X and Kyrgyzstan)."""
    theirs = {a.country for a in actors if a.type == "PERSON" and a.country}
    return [a for a in actors if a.type != "GPE" or a.country not in theirs]


def stranded_subject_of(verb: Token) -> Token | None:
    """``syntax.subjects.stranded_subject`` of ``verb``, a function of the parse alone,
    found once per word and kept on its Doc (``STRANDED_KEY``): the counted plurals
    ask it of every verb of two sentences at each pronoun and description they read."""
    known: dict[int, Token | None] = verb.doc.user_data.setdefault(STRANDED_KEY, {})
    if verb.i not in known:
        known[verb.i] = stranded_subject(verb)
    return known[verb.i]


def counted_heads(doc: Doc, words: CorefWords) -> frozenset[int]:
    """The positions of the words a number word counts ("both sides", "the three
    nations"), read once per Doc off its LOWER, DEP and HEAD columns (``COUNTED_KEY``):
    ``group_size`` finds no size at any other word."""
    found: frozenset[int] | None = doc.user_data.get(COUNTED_KEY)
    if found is None:
        import numpy
        from spacy.attrs import DEP, HEAD, LOWER

        from dossier.doc_arrays import attribute_ids, column, one_of

        numbers = one_of(column(doc, LOWER), attribute_ids(LOWER, frozenset(words.number_words)))
        numbers &= one_of(column(doc, DEP), attribute_ids(DEP, NUMBER_DEPS))
        heads = column(doc, HEAD).astype(numpy.int64)
        found = frozenset(j + int(heads[j]) for j in numpy.flatnonzero(numbers).tolist())
        doc.user_data[COUNTED_KEY] = found
    return found


def thing_before(
    token: Token,
    own_subject: Token | None,
    words: CorefWords,
    known: dict[int, Reference],
    index: EntityIndex,
) -> bool:
    """Is the nearest subject before an object pronoun (in its sentence or the one
    before, other than its own clause's) a thing or people no entity names, of
    the pronoun's number?  "The resolution passed with 13 votes. Two states
    declined to support it": the resolution, not a state; "Hundreds of nurses
    marched … before police told them to leave": the nurses.  A subject with a name
    beside it ("the rebel group, FDD,") is named, as is one a reference ``known``
    stands for.  Only the subjects are visited (``positions_between``)."""
    from dossier.doc_arrays import positions_between

    doc, sentence = token.doc, token.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    for i in reversed(positions_between(doc, start, token.i, deps=SUBJECT_DEPS)):
        word = doc[i]
        if word == own_subject:
            continue
        number = ("NNS", "NNPS") if token.lower_ in words.plural_pronouns else ("NN", "NNP")
        if word.pos_ not in ("NOUN", "PROPN") or word.tag_ not in number:
            return False
        if word.i in known or any(c.dep_ in ("conj", "appos") for c in word.children):
            return False
        return not index.covering(word.idx, word.idx + len(word.text))
    return False
