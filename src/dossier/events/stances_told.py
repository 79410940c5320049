"""Stances told without the actor they are aimed at (issue 16, cv15).

Charges told as made: an accusation noun (a noun line of an ACCUSE trigger:
"accusations", "allegations", "criticism", "condemnation") whose own phrases name no
actor is an accusation someone made when it is the object (or passive subject) of a verb
of ``charge_arising_verbs`` ("the delay prompted accusations that the ministry hoarded
vaccines", "the firm endured a wave of criticism", "he echoed accusations that …"), the
subject of one of ``charge_emerging_verbs`` ("allegations of torture continue to
emerge", "criticism mounted"), or stands in a phrase of ``charge_times`` ("amid
allegations of fraud"): ACCUSE by and of no one named, kept only with
``--unattributed``.  Not guessed or denied ("could draw criticism", "did not prompt
accusations", "drew no criticism").  A noun with a side of its own is read by its noun
frames as before.

Concern about a wrong no actor is named doing: a feeling of ``experiencers`` of an
ACCUSE line ("is deeply concerned about attacks on civilians", "was troubled by the
violence", "we are deeply concerned with the riot") whose about-, by-, over- or
with-phrase is a deed (a noun of a conflict trigger line) or one of ``felt_wrongs``
and names no actor is ACCUSE (disapprove) from the one who feels it, with no target;
PLOVER's ACCUSE "express disapprovals, objections, and complaints".  A feeling about
a hardship names no wrong ("worried about the drought", "concerned about inflation").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.state import _Candidate, is_guessed
from dossier.syntax.mood import has_no, is_negated
from dossier.syntax.tree import children_of
from dossier.syntax.words import lemmas

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.places import PlaceRoles
    from dossier.events.triggers import Trigger
    from dossier.models import Entity

OBJECTS = frozenset({"dobj", "nsubjpass"})  # "prompted accusations", "allegations were made"
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
CONFLICT_QUADS = frozenset({3, 4})
FELT_PREPS = frozenset({"about", "by", "over", "with", "at"})
NAMED_WITH = frozenset({"conj", "nmod"})  # "the mutiny and prison escape", parsed as nmod
# "the plan has support": a state, no stance told; "meeting global threats": facing them
HAVING = frozenset({"have", "meet"})


def received_stance(
    token: Token,
    trigger: Trigger,
    noun: Token,
    sides: tuple[list[Entity], list[Entity]],
    own: _Candidate | None,
) -> _Candidate | None:
    """The stance ``noun`` that the subject of the receiving verb ``token`` receives
    (``Constructions.received``): from the givers to the owners of ``sides``; with
    neither named, ``own`` (the noun's own frames': "the tender prompted accusations
    that Zambia rigged it": Zambia) if it names a side, else a stance with no side ("the
    plan drew criticism", "the bill won broad support"), kept only with
    ``--unattributed``, unless the verb only tells having or facing it ("has support",
    "meeting new threats").  Denied when the verb is or the noun says none ("drew no
    criticism")."""
    givers, owners = sides
    if not givers and not owners:
        if own is not None and (own.sources or own.targets):
            return own
        if token.lemma_.lower() in HAVING:
            return None
    targets = [o for o in owners if o not in givers]
    candidate = _Candidate(trigger, noun, trigger.type, list(givers), list(targets))
    candidate.negated = is_negated(token) or has_no(noun)
    return candidate


def charge_told(coder: PlaceRoles, trigger: Trigger, token: Token) -> _Candidate | None:
    """The accusation the noun ``token`` tells as made, with no side (see the module
    docstring); None when no verb or phrase tells it made."""
    if token.pos_ != "NOUN" or trigger.type not in coder.rules.of_class("accusations"):
        return None
    if has_no(token):
        return None  # "drew no criticism"
    noun = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        noun = token.head.head  # "a wave of criticism", "a barrage of accusations"
    verb = charge_verb(coder, noun)
    if verb is None or is_guessed(verb, coder.lexicon):
        return None
    return _Candidate(trigger, token, trigger.type, [], [])


def charge_verb(coder: PlaceRoles, noun: Token) -> Token | None:
    """The word that tells the accusation ``noun`` as made: a verb of
    ``charge_arising_verbs`` (or a receiving verb: "a wave of criticism") it is the
    object of, one of ``charge_emerging_verbs`` it
    is the subject of (or of its infinitive: "continue to emerge"), or the head of a
    phrase of ``charge_times`` it stands in."""
    words = coder.frames.word_sections
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        times = words["charge_times"].words
        return head.head if head.lower_ in times else None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    arising = words["charge_arising_verbs"].words | (coder.lexicon.receiving_verbs - HAVING)
    if noun.dep_ in OBJECTS and lemmas(head) & arising:
        return head  # "echoed accusations", "set off sharp criticism"
    if noun.dep_ not in SUBJECTS:
        return None
    emerging = words["charge_emerging_verbs"].words
    verbs = [head, *(c for c in children_of(head) if c.dep_ == "xcomp")]
    return head if any(lemmas(v) & emerging for v in verbs) else None


def felt_wrong(coder: PlaceRoles, trigger: Trigger, token: Token) -> bool:
    """Is the feeling ``token`` (an ACCUSE experiencer) felt about a wrong no actor is
    named doing ("concerned about attacks on civilians"; see the module docstring)?"""
    if trigger.type not in coder.rules.of_class("accusations"):
        return False
    felt = [
        o
        for prep in children_of(token)
        if prep.dep_ in ("prep", "agent") and prep.lower_ in FELT_PREPS
        for o in children_of(prep)
        if o.dep_ == "pobj" and o.pos_ == "NOUN"
    ]
    felt += [c for o in felt for c in children_of(o) if c.dep_ in NAMED_WITH]  # "the mutiny and …"
    return any(is_wrong(coder, o) for o in felt if o.pos_ == "NOUN")


def is_wrong(coder: PlaceRoles, noun: Token) -> bool:
    """Is ``noun`` a deed of conflict (a noun a trigger line of a conflict quad
    matches: "attacks", "the crackdown") or a wrong of ``felt_wrongs``, naming no
    actor in its own phrases?"""
    if any(a is not None for w in noun.subtree for a in coder.finder.actors_of(w)):
        return False
    if lemmas(noun) & coder.frames.word_sections["felt_wrongs"].words:
        return True
    found = coder.match(noun)
    info = coder.lexicon.types.get(found.type) if found is not None else None
    return info is not None and info.quad in CONFLICT_QUADS
