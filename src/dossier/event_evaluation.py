"""Evaluative statements: "X called the ruling arbitrary", "described the plan as a
disaster", "called the allegations baseless", "exposed him as a fraud".

A verb of naming (``evaluation_verbs`` in data/events.yaml) whose complement holds an
evaluative word is the speaker's judgement of what is named: ACCUSE (disapprove) for
a word of blame, SUPPORT for a word of praise, and REJECT when a dismissive word
("baseless") is aimed at a charge ("the allegations"). No accusation or praise verb is
needed; PLOVER codes the judgement itself.  The words are ``evaluations`` of
data/events.yaml and the blame and praise words and phrases of data/judgements.yaml.

In a speaker's own words (``verdict_in``), beside what ``dossier.event_opinion`` reads,
two more classes are verdicts on a named actor: a phrase of blame ("politically
motivated", "a witch hunt") on what the actor owns or does, and a verdict on the state
of a place ("a breakdown of the rule of law in Peru"), aimed at the place's government.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from dossier.event_opinion import (
    Judgement,
    VerdictEvent,
    actor_words,
    judged_phrase,
    judgement_words,
    verdict_of,
)
from dossier.lexicon import load_data, word_set
from dossier.syntax.mood import is_negated
from dossier.syntax.passives import by_phrase, is_passive
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from dossier.events.triggers import EventLexicon

__all__ = ["Evaluation", "evaluation_of", "judged_act", "verdict_in"]

CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis"})
COMPLEMENTS = frozenset({"oprd", "xcomp", "acomp"})  # "called it a sham", "deemed it unfair"
INFINITIVES = frozenset({"advcl", "xcomp", "ccomp", "acl"})  # "called the move to tax beer …"
MODIFIERS = frozenset({"advmod", "amod", "compound", "npadvmod"})  # "politically motivated"
PLACE_NAMES = frozenset({"GPE"})


@dataclass(frozen=True, slots=True)
class Evaluation:
    """A judgement told at ``verb``: its type, its word, and the phrase judged."""

    type: str
    mode: str | None
    word: Token
    judged: Token | None


def evaluation_of(verb: Token, lexicon: EventLexicon) -> Evaluation | None:
    """The judgement ``verb`` tells, if it is a verb of naming with an evaluative
    complement (not negated, not passive: "was described as" names no judge)."""
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    likening = lemma in judgement_phrases().likening_verbs
    if not (likening or lemma in lexicon.evaluation_verbs):
        return None
    if is_negated(verb) or is_passive(verb):
        return None
    judged = judged_object(verb)
    words = likened_words(verb) if likening else complement_words(verb, judged)
    for word in words:
        lemma = word.lemma_.lower()
        if lemma in lexicon.dismissals and judged is not None and names_a_charge(judged, lexicon):
            dismissal = judgement_words().dismissal_event
            return Evaluation(dismissal.type, dismissal.mode, word, judged)
        event = evaluation_event(word, lexicon)
        if event is not None:
            return Evaluation(event.type, event.mode, word, judged)
    return None


def evaluation_event(word: Token, lexicon: EventLexicon) -> VerdictEvent | None:
    """The event (ACCUSE, SUPPORT) if ``word`` judges: an ``evaluations`` word, a blame
    phrase such as "politically motivated", or a blame or praise word of judgements.yaml."""
    words = judgement_words()
    keys = {word.lemma_.lower(), word.lower_}
    for type_, listed in lexicon.evaluations.items():
        if keys & listed:
            blame = words.blame_event
            return blame if type_ == blame.type else VerdictEvent(type_, None)
    if is_blame_phrase(word):
        return words.blame_event
    if word.tag_ in ("VB", "VBN", "VBD") and keys & words.blame:
        # "called the plan misguided", the participle read as a verb; "compared the
        # tariff to blackmail", the noun read as an infinitive
        return words.blame_event
    return verdict_of(word, words)


def is_blame_phrase(word: Token) -> bool:
    """ "politically motivated", "a witch hunt", "a power grab": ``blame_phrases`` of
    data/judgements.yaml, read at their head word."""
    phrases = judgement_phrases().blame_phrases
    lemma = word.lemma_.lower()
    if lemma not in phrase_heads(phrases) and " " not in lemma:
        return False  # every phrase is read at its last word
    return any(
        f"{child.lower_} {word.lemma_.lower()}" in phrases
        or f"{child.lemma_.lower()} {word.lemma_.lower()}" in phrases
        for child in children_of(word)
        if child.dep_ in MODIFIERS and child.i < word.i
    )


def verdict_in(tokens: Sequence[Token]) -> Judgement | None:
    """A verdict in a speaker's words that ``event_opinion.judgement_in`` does not
    read: a blame phrase on what an actor owns ("Peru's case against her is politically
    motivated"), or a verdict on the state of a place ("a breakdown of the rule of law
    in Peru", aimed at the place's government)."""
    for token in tokens:
        doer = blamed_doer(token)
        if doer is not None:  # "Chile illegally seized the boats"
            return blame_judgement(token, (doer, *actor_words(doer)), is_negated(token.head))
        if is_blame_phrase(token):
            judged, predicate = judged_phrase(token, judgement_words())
            actors = actor_words(judged) if judged is not None else ()
            if actors:
                return blame_judgement(token, actors, is_negated(predicate))
        places = judged_places(token)
        if places:
            return blame_judgement(token, places, is_negated(token.head))
    return None


def blamed_doer(word: Token) -> Token | None:
    """The doer a blame adverb judges (``blame_adverbs``): the active subject of the
    verb it modifies ("Chile illegally seized the boats") or the by-phrase of its
    passive ("were arbitrarily detained by Ugandan police"), else None."""
    if word.dep_ != "advmod" or word.lower_ not in judgement_phrases().blame_adverbs:
        return None
    verb = word.head
    if verb.pos_ != "VERB":
        return None
    if is_passive(verb):
        return next(iter(by_phrase(verb)), None)
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ != "PRON" else None


def wronged_in(tokens: Sequence[Token]) -> tuple[Token, Token] | None:
    """A blame adverb on a passive that names no doer, and the passive's subject, who
    suffered the wrong ("Whelan was wrongfully detained"); not denied."""
    for token in tokens:
        if token.dep_ != "advmod" or token.lower_ not in judgement_phrases().blame_adverbs:
            continue
        verb = token.head
        if verb.pos_ != "VERB" or not is_passive(verb) or by_phrase(verb) or is_negated(verb):
            continue
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            return token, subject
    return None


def judged_act(tokens: Sequence[Token]) -> tuple[Judgement, Token] | None:
    """The first verdict in a speaker's words on a phrase that names no actor of its
    own, with that phrase's noun, whose doer the coder looks for: "this expulsion is
    arbitrary", "the law that Uganda passed is cruel", "the decision by the Kenyan
    court is a disgrace", "the charges against her are politically motivated"."""
    words = judgement_words()
    for token in tokens:
        verdict = words.blame_event if is_blame_phrase(token) else verdict_of(token, words)
        if verdict is None:
            continue
        judged, predicate = judged_phrase(token, words)
        if judged is None or judged.pos_ != "NOUN" or actor_words(judged):
            continue
        return Judgement(verdict.type, verdict.mode, token, (), is_negated(predicate)), judged
    return None


def blame_judgement(word: Token, actors: tuple[Token, ...], negated: bool) -> Judgement:
    """A verdict of blame (data/judgements.yaml's ``verdict_events``) at ``word``."""
    blame = judgement_words().blame_event
    return Judgement(blame.type, blame.mode, word, actors, negated)


def judged_places(word: Token) -> tuple[Token, ...]:
    """The places whose state a ``place_verdicts`` noun judges: the names in its own
    "in" phrase or that of its of-phrase ("a breakdown of the rule of law in Peru")."""
    if word.pos_ != "NOUN" or word.lemma_.lower() not in judgement_phrases().place_verdicts:
        return ()
    heads = [word, *(o for p in children_of(word) if p.lower_ == "of" for o in children_of(p))]
    heads += [
        o for h in list(heads) for p in children_of(h) if p.lower_ == "of" for o in children_of(p)
    ]
    return tuple(
        name
        for head in heads
        for prep in children_of(head)
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for obj in children_of(prep)
        if obj.dep_ == "pobj"
        for name in (obj, *(c for c in obj.conjuncts))
        if name.ent_type_ in PLACE_NAMES
    )


@dataclass(frozen=True, slots=True)
class JudgementPhrases:
    """The statement word lists of data/judgements.yaml beside blame and praise."""

    blame_phrases: frozenset[str]
    place_verdicts: frozenset[str]
    critic_nouns: frozenset[str]
    critical_modifiers: frozenset[str]
    facing_verbs: frozenset[str]
    charges_faced: frozenset[str]
    likening_verbs: frozenset[str]
    wrongs: frozenset[str]
    wrong_verbs: frozenset[str]
    culprit_preps: frozenset[str]
    culprit_deeds: frozenset[str]
    act_anaphors: frozenset[str]
    received_with: frozenset[str]
    received_in: frozenset[str]
    blame_adverbs: frozenset[str]
    disproving_verbs: frozenset[str]
    deterring_verbs: frozenset[str]
    deterrents: frozenset[str]


@cache
def phrase_heads(phrases: frozenset[str]) -> frozenset[str]:
    """The last words of two-word ``phrases`` (``is_blame_phrase`` reads them there)."""
    return frozenset(phrase.rpartition(" ")[2] for phrase in phrases)


@cache
def judgement_phrases() -> JudgementPhrases:
    data = load_data("judgements.yaml")
    return JudgementPhrases(
        word_set(data, "blame_phrases"),
        word_set(data, "place_verdicts"),
        word_set(data, "critic_nouns"),
        word_set(data, "critical_modifiers"),
        word_set(data, "facing_verbs"),
        word_set(data, "charges_faced"),
        word_set(data, "likening_verbs"),
        word_set(data, "wrongs"),
        word_set(data, "wrong_verbs"),
        word_set(data, "culprit_preps"),
        word_set(data, "culprit_deeds"),
        word_set(data, "act_anaphors"),
        word_set(data, "received_with"),
        word_set(data, "received_in"),
        word_set(data, "blame_adverbs"),
        word_set(data, "disproving_verbs"),
        word_set(data, "deterring_verbs"),
        word_set(data, "deterrents"),
    )


def judged_object(verb: Token) -> Token | None:
    """What ``verb`` names: its object, or the subject the parse gives its complement
    ("called [the tariff] misguided" parsed as a small clause)."""
    direct = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if direct is not None:
        return thing_referred_to(verb, direct) or direct
    predicates = [c for c in children_of(verb) if c.dep_ in COMPLEMENTS]
    subject = next((s for c in predicates for s in children_of(c) if s.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    if len(predicates) > 1 and predicates[0].pos_ in ("NOUN", "PROPN"):
        return predicates[0]  # "called [the Bolivian court ruling] unjust": two predicates
    return next((c for c in predicates if infinitive_complement_of(c)), None)


def thing_referred_to(verb: Token, pronoun: Token) -> Token | None:
    """The thing an "it" stands for when a participle judges what its head clause's object
    names: "warned Washington against any intervention, calling it a path to ruin" (the
    intervention, not the last state named); "condemned Chile's blockade, calling it
    illegal" (the blockade, whose owner is judged): the last object or phrase's object of
    the head verb before the participle, when a common noun ("refused talks with Kabul,
    calling it a puppet": Kabul, a name, is left to the coreference stage)."""
    if pronoun.lower_ != "it" or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp"):
        return None
    head = verb.head
    objects = [c for c in children_of(head) if c.dep_ == "dobj" and c.i < verb.i]
    phrases = [p for w in (head, *objects) for p in children_of(w) if p.dep_ == "prep"]
    objects += [o for p in phrases if p.i < verb.i for o in children_of(p) if o.dep_ == "pobj"]
    nearest = max(objects, key=lambda o: o.i, default=None)  # "talks with Kabul": Kabul
    return nearest if nearest is not None and nearest.pos_ == "NOUN" else None


def complement_words(verb: Token, judged: Token | None = None) -> list[Token]:
    """The words of what ``verb`` names its object ("a betrayal", "as deplorable"):
    its object predicate, or its as-phrase however the parse attaches it, or an
    adjective the parse hangs on the object ("called the claims politically
    motivated"); never "called for an end to the brutal crackdown", where the verb
    names nothing."""
    words: list[Token] = []
    for child in verb.rights:
        if child.dep_ in COMPLEMENTS or child.left_edge.lower_ == "as":
            words.extend(t for t in child.subtree if t.dep_ not in CLAUSES or t is child)
        elif is_infinitive(child):
            words.extend(infinitive_complement(child))
    if judged is not None:
        words.extend(infinitive_complement_of(judged))
    if judged is not None and judged.dep_ == "dobj":
        for child in judged.rights:
            if child.dep_ == "acl" and child.pos_ == "ADJ":
                words.extend(child.subtree)
            elif child.dep_ == "npadvmod" and child.pos_ == "NOUN":
                # "called Peru's decision a disgrace", the predicate parsed as the
                # object's modifier (issue 16, ac4)
                words.extend(child.subtree)
    return words


def likened_words(verb: Token) -> list[Token]:
    """What a verb of likening likens its object to: its to-phrase, or the to-clause the
    parse makes of it ("compared the tariff [to blackmail]", read as an infinitive)."""
    return [
        t
        for child in verb.rights
        if child.dep_ in ("prep", "advcl", "xcomp") and child.left_edge.lower_ == "to"
        for t in child.subtree
        if t.dep_ not in CLAUSES or t is child
    ]


def is_infinitive(clause: Token) -> bool:
    return clause.dep_ in INFINITIVES and any(a.lower_ == "to" for a in clause.lefts)


def infinitive_complement_of(judged: Token) -> list[Token]:
    """The predicate the parse hangs on the infinitive of the named object ("called
    [Chile's plan to cut subsidies] reckless")."""
    return [
        t for clause in children_of(judged) if is_infinitive(clause)
        for t in infinitive_complement(clause)
    ]  # fmt: skip


def infinitive_complement(clause: Token) -> list[Token]:
    """The object predicate the parse hangs on an infinitive that belongs to the named
    object ("called the move [to tax imported beer] deeply disappointing", "called the
    decision [to close the border] a grave mistake", read as a second object): the
    predicate after the infinitive's own words."""
    objects = [c for c in clause.rights if c.dep_ == "dobj"]
    predicates = [c for c in clause.rights if c.dep_ == "oprd"] + objects[1:]
    return [t for child in predicates for t in child.subtree if t.dep_ not in CLAUSES or t is child]


def names_a_charge(noun: Token, lexicon: EventLexicon) -> bool:
    """ "the allegations", "these claims", "the lawsuits": what a dismissal rejects."""
    return noun.lower_ in lexicon.charge_nouns or noun.lemma_.lower() in lexicon.charge_nouns
