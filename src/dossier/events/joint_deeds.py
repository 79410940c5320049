"""A deed two parties or more do jointly: "Peru and Bolivia jointly inaugurated a
bridge", "police from Kenya, Uganda and Tanzania jointly began a search".

PLOVER COOPERATE: mutual material cooperation.  The verb is no trigger of its own
(an attack done jointly stays an ASSAULT, a joint condemnation an ACCUSE: the verb's
trigger line codes them); its subject names two parties or more, each cooperating
with each.  The adverbs are the construction ``joint_deed``'s words (data/events/
rewrites.yaml): "jointly", not "together" ("together they hold 60 seats" is a sum).

A joint body or undertaking set up or run by two parties or more is the same
cooperation: "Ghana and Togo set up a joint investigation team", "Chile launched joint
patrols with Peru" (construction ``joint_undertaking``: its nouns; the marks are
``joint_words`` of events.yaml); so is one whose members it names, wherever it stands
in its clause ("a multinational force comprising troops from Chad, Niger and Benin").
One party alone ("Kenya formed a joint committee of its ministries") pairs with no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.state import _Candidate
from dossier.syntax.mood import is_negated
from dossier.syntax.passives import is_passive
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.deed_constructions import DeedConstructions
    from dossier.models import Entity

MEMBERS = frozenset({"of", "from"})  # "troops from A, B and C", "the navies of A and B"
PARTNERS = frozenset({"with", "alongside"})
# Participles that tell who a joint body is made of: "a multinational force comprising
# troops from Chad and Niger", "a joint unit made up of Malian and Nigerien soldiers"
MEMBERSHIP = frozenset({"comprise", "include", "consist", "compose", "make", "draw", "involve"})


def joint_deed(coder: DeedConstructions, token: Token) -> _Candidate | None:
    """COOPERATE among the parties the subject of a jointly done deed names."""
    words = coder.rules.coded_as("joint_deed").words
    if token.pos_ != "VERB":
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in words for c in children_of(token)):
        return None
    if is_passive(token) or coder.match(token) is not None:
        return None
    subject = subject_of(token)
    if subject is None:
        return None
    named = [subject, *prep_objects(subject, MEMBERS)]
    return each_with_each(coder, "joint_deed", token, named, clause=token)


def joint_undertaking(coder: DeedConstructions, token: Token) -> _Candidate | None:
    """COOPERATE among the parties that set up or run a joint body or undertaking: the
    subject of the verb it is the object of, and the partners of its with-phrases."""
    nouns = coder.rules.coded_as("joint_undertaking").words
    if token.lemma_.lower() not in nouns:
        return None
    if not any(
        c.dep_ == "amod" and c.lower_ in coder.lexicon.joint_words for c in children_of(token)
    ):
        return None
    members = member_words(token)
    if token.dep_ != "dobj":  # a joint body told by whom it is made of, wherever it stands
        return each_with_each(coder, "joint_undertaking", token, members, clause=token.head)
    verb = token.head
    if coder.match(verb) is not None or is_passive(verb):
        return None  # the verb's own line codes it ("agreed to a joint patrol")
    subject = subject_of(verb)
    words = [subject] if subject is not None else []
    words += [*prep_objects(verb, PARTNERS), *prep_objects(token, PARTNERS), *members]
    return each_with_each(coder, "joint_undertaking", token, words, clause=verb)


def member_words(noun: Token) -> list[Token]:
    """Who a joint body is made of (issue 16, cv8): its of/from-phrase ("a joint force of
    Malian and Nigerien troops") or a participle of ``MEMBERSHIP`` on it ("comprising
    troops from Chad, Niger and Benin", "made up of soldiers from A and B"), and the
    from/of-phrases of the members it names."""
    told = [c for c in children_of(noun) if c.dep_ == "acl" and c.lemma_.lower() in MEMBERSHIP]
    found = [*prep_objects(noun, MEMBERS), *prep_objects(noun, PARTNERS)]
    for verb in told:
        found += [c for c in children_of(verb) if c.dep_ == "dobj"]
        found += prep_objects(verb, MEMBERS)
        found += [o for c in children_of(verb) if c.dep_ == "prt" for o in prep_objects(c, MEMBERS)]
    return [*found, *(o for w in found for o in prep_objects(w, MEMBERS))]


def each_with_each(
    coder: DeedConstructions, construction: str, token: Token, words: list[Token], clause: Token
) -> _Candidate | None:
    """COOPERATE of ``construction`` at ``token`` among the actors ``words`` name, each
    with each, negated as ``clause`` is (the verb the deed is told by: ``token`` itself,
    or the verb of a noun trigger); None when they name fewer than two."""
    found: list[Entity | None] = []
    for word in words:
        found += [a for a in coder.finder.actors_of(word) if a and a not in found]
    if len({a.name for a in found if a}) < 2:
        return None
    trigger = coder.coded_trigger(construction, token, noun=clause is not token)
    candidate = _Candidate(trigger, token, trigger.type, list(found), list(found))
    candidate.negated = is_negated(clause)
    return candidate
