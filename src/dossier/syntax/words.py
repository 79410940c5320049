"""The words a parse reader tests: a token's forms (its lemma, and the word minus an
inflection where the small model lemmatizes wrongly), hyphened words the tokenizer split,
and the closed-class words of ``data/grammar.yaml``, loaded here once for every reader of
the package (``WORDS``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from dossier.lexicon import load_data, word_set
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "RELATIVE",
    "WORDS",
    "GrammarWords",
    "compound_named",
    "grammar_words",
    "hyphen_tails",
    "hyphened",
    "is_civil_exercise",
    "is_mistagged_noun",
    "lemmas",
    "names_one_of",
]


@dataclass(frozen=True, slots=True)
class GrammarWords:
    """Closed-class words the parse readers test (``data/grammar.yaml``)."""

    relative_pronouns: frozenset[str]
    question_words: frozenset[str]
    subject_control: frozenset[str]
    control_preps: frozenset[str]
    stance_nouns: frozenset[str]
    owned_intent_nouns: frozenset[str]
    mandative_heads: frozenset[str]
    commitment_heads: frozenset[str]
    light_verbs: frozenset[str]
    question_preps: frozenset[str]
    question_verbs: frozenset[str]
    yes_no_marks: frozenset[str]
    negation_words: frozenset[str]
    negating_adverbs: frozenset[str]
    negating_determiners: frozenset[str]
    negating_subjects: frozenset[str]
    reciprocal_possessives: frozenset[str]
    reciprocal_objects: frozenset[str]
    reciprocal_modifiers: frozenset[str]
    reciprocal_verbs: frozenset[str]
    reciprocal_nouns: frozenset[str]
    generic_subjects: frozenset[str]
    generic_determiners: frozenset[str]
    conversation_pronouns: frozenset[str]
    perfect_aux: frozenset[str]
    contrast_conjunctions: frozenset[str]
    forestalling_verbs: frozenset[str]
    forestalling_preps: frozenset[str]
    instruction_verbs: frozenset[str]
    forcing_verbs: frozenset[str]
    means_preps: frozenset[str]
    blame_verbs: frozenset[str]
    blamed_on_preps: frozenset[str]
    blamed_for_preps: frozenset[str]
    diplomatic_acts: frozenset[str]
    delegation_preps: frozenset[str]
    advancing_nouns: frozenset[str]
    arms_works: frozenset[str]
    arms_build_verbs: frozenset[str]
    fire_nouns: frozenset[str]
    calling_off_nouns: frozenset[str]
    third_party_preps: frozenset[str]
    force_moves: frozenset[str]
    law_nouns: frozenset[str]
    ultimatum_verbs: frozenset[str]
    ultimatum_means: frozenset[str]
    avoiding_verbs: frozenset[str]
    toll_participles: frozenset[str]
    settling_verbs: frozenset[str]
    uncertainty_heads: frozenset[str]
    told_heads: frozenset[str]
    uncertainty_nouns: frozenset[str]
    invitation_words: frozenset[str]
    ordering_verbs: frozenset[str]
    leaving_verbs: frozenset[str]
    unheeding_verbs: frozenset[str]
    testimony_words: frozenset[str]
    any_determiners: frozenset[str]
    judgement_heads: frozenset[str]
    reporting_heads: frozenset[str]
    spoken_conjuncts: frozenset[str]
    time_nouns: frozenset[str]
    complaint_verbs: frozenset[str]
    fear_nouns: frozenset[str]
    looming_marks: frozenset[str]
    exercise_marks: frozenset[str]
    onlooker_verbs: frozenset[str]
    offer_nouns: frozenset[str]
    restoring_verbs: frozenset[str]
    wronged_of_nouns: frozenset[str]
    dismissal_verbs: frozenset[str]
    dismissal_posts: frozenset[str]
    dismissed_people: frozenset[str]
    armed_marks: frozenset[str]
    armed_forces: frozenset[str]
    exercise_happenings: frozenset[str]
    exchange_nouns: frozenset[str]
    exchanged_people: frozenset[str]
    exchange_doings: frozenset[str]


@cache
def grammar_words() -> GrammarWords:
    data = load_data("grammar.yaml")
    return GrammarWords(**{f.name: word_set(data, f.name) for f in fields(GrammarWords)})


WORDS = grammar_words()  # data/grammar.yaml
RELATIVE = WORDS.relative_pronouns  # "the embassy, which they accuse of …"


def lemmas(token: Token) -> set[str]:
    """The lemma, and the word minus an inflection: spaCy's small model sometimes
    lemmatizes wrongly ("hopes" → "hop", "waged" → "wag")."""
    lower = token.lower_
    forms = {token.lemma_.lower(), lower}
    if len(lower) > 3:
        if lower.endswith("s"):
            forms.add(lower[:-1])
        if lower.endswith("ed"):
            forms.update((lower[:-1], lower[:-2]))
    return forms


def is_civil_exercise(noun: Token) -> bool:
    """ "the voter registration exercise", "an earthquake drill": an exercise noun whose
    compound is a common noun outside ``exercise_marks`` (data/grammar.yaml) names a
    civil exercise; "naval drills", "landing exercises", "live-fire drills" stay armed."""
    marks = grammar_words().exercise_marks
    for mark in (c for c in children_of(noun) if c.dep_ == "compound" and c.is_alpha):
        if mark.pos_ not in ("NOUN", "VERB") or mark.lemma_.lower() in marks:
            continue  # a name ("the Talisman Sabre exercise") or an armed kind
        before = mark.doc[mark.i - 2 : mark.i] if mark.i > 1 else None
        hyphened = before is not None and before[1].text == "-"
        word = f"{before[0].lower_}-{mark.lower_}" if hyphened and before else mark.lemma_
        measured = hyphened and before is not None and before[0].like_num  # "a five-day drill"
        if word.lower() not in marks and mark.lower_ not in marks and not measured:
            return True
    return False


def names_one_of(token: Token, words: frozenset[str]) -> bool:
    lemma = token.lemma_.lower()
    if lemma in words or token.lower_ in words:
        return True
    # only a lemma that ends a hyphened word of the list can make one (see hyphened)
    if lemma not in hyphen_tails(words) and "" not in words:
        return False
    return hyphened(token) in words


@lru_cache(maxsize=256)
def hyphen_tails(words: frozenset[str]) -> frozenset[str]:
    """What follows a hyphen in the words of ``words`` ("fire" of "cease-fire")."""
    return frozenset(w[k + 1 :] for w in words for k, c in enumerate(w) if c == "-")


def hyphened(token: Token) -> str:
    """The hyphened word the tokenizer split and ``token`` ends ("cease-fire" of "cease",
    "-", "fire"; "cease-fire" of "cease-fires" too), read at its last word; "" if none."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    return f"{doc[i - 2].lower_}-{token.lemma_.lower()}"


def compound_named(noun: Token, words: frozenset[str]) -> bool:
    """ "mediation efforts", "aid program": a compound before the noun is one of ``words``."""
    return any(c.dep_ == "compound" and names_one_of(c, words) for c in children_of(noun))


def is_mistagged_noun(token: Token) -> bool:
    """A plural noun the tagger took for a present-tense verb, told by its place in the
    parse: "the NATO airstrikes on Tripoli continued" (a subject or object with an
    article or a name before it is no finite verb)."""
    return (
        token.tag_ in ("VBZ", "VBP")
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and any(c.dep_ in ("det", "compound") and c.i < token.i for c in children_of(token))
    )


def is_prefixed(token: Token, prefixes: frozenset[str]) -> bool:
    """Whether ``token`` ends a hyphened word that one of ``prefixes`` begins
    ("Taliban" of "anti-Taliban")."""
    i = token.i
    return i >= 2 and token.doc[i - 1].text == "-" and token.doc[i - 2].lower_ in prefixes


def is_doer_position(noun: Token) -> bool:
    """Whether ``noun`` stands where a doer does: a subject ("the bombing killed"), a
    passive's by-phrase ("was killed by a car bomb"), or the antecedent of a subject
    relative ("the bombing that killed")."""
    if noun.dep_ in ("nsubj", "csubj") or (noun.dep_ == "pobj" and noun.head.dep_ == "agent"):
        return True
    return any(
        c.dep_ == "relcl"
        and any(g.dep_ == "nsubj" and g.lower_ in RELATIVE for g in children_of(c))
        for c in children_of(noun)
    )
