"""Talks told as taking place and aid told as arriving (issue 16, cv17): "talks between
Quito and Lima resumed on Monday", "a fresh round of negotiations got under way in Nairobi",
"the summit was held in Apia", "relief aid from Japan arrived in Suva", "the first aid
trucks entered the town" are PLOVER CONSULT and AID though the noun names neither side.

- A meeting noun (``held_talks_nouns`` of data/events/frames.yaml: talks, negotiations, a
  summit …) that names no side of its own, the subject of a verb of taking place
  (``talks_held_verbs``: begin, open, resume, kick off, get under way, end, a passive
  "was held" …), itself or as the of-phrase of a round or a session, is a meeting that
  was held (class ``meetings`` of rewrites.yaml): between those its verb's between- or
  with-phrase names ("talks opened on Monday between Chile and Peru"), else with no side
  (kept only with ``--unattributed``).
- An aid noun (class ``arriving_aid``: "aid", "assistance") that names no side of its
  own, the subject of a verb of arriving (``aid_arrival_verbs``: arrive, reach, flow in,
  enter …), itself, as the mark of what carries it ("aid trucks", "an aid convoy":
  ``aid_carriers``) or as the of-phrase of a carrier ("a shipment of aid"), is aid
  given: from the from-phrase of the verb or the carrier, to the state its object, its
  to-phrase or its in-phrase names (not the route: "came in through Chile").

Not under a modal or a future ("talks will resume next week" is a meeting agreed, coded
apart), not negated.  A noun with a side of its own ("talks between A and B", "Japanese
aid") is read by its noun frames as before.  ``told_taking_place`` also tries the
retreats of ``retreats_told`` (one entry for the noun frames).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.implicit import country_of_place
from dossier.events.retreats_told import phrases_of, retreat_told
from dossier.events.state import _Candidate, is_guessed
from dossier.models import Entity
from dossier.syntax.phrases import prep_objects
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.places import PlaceRoles
    from dossier.events.triggers import Trigger

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
VERBS = frozenset({"VERB", "AUX"})
ROUNDS = frozenset({"round", "rounds", "session", "sessions", "day", "days"})  # "a round of talks"
PARTNER_PREPS = frozenset({"between", "among", "with"})
FROM = frozenset({"from"})
OF = frozenset({"of"})
TO = frozenset({"to", "into"})
GOING_ON = frozenset({"begin", "start", "continue"})  # "aid began arriving"


def told_taking_place(coder: PlaceRoles, trigger: Trigger, token: Token) -> _Candidate | None:
    """The retreat, meeting or aid ``token`` names, told as taking effect, as held or as
    arriving by its verb; None otherwise (see the module docstring)."""
    return (
        retreat_told(coder, trigger, token)
        or talks_held(coder, trigger, token)
        or aid_arrived(coder, trigger, token)
    )


def talks_held(coder: PlaceRoles, trigger: Trigger, token: Token) -> _Candidate | None:
    """The meeting ``token`` names, told as held by the verb it is the subject of."""
    if trigger.type not in coder.rules.of_class("meetings") or token.pos_ != "NOUN":
        return None
    if not {token.lower_, token.lemma_.lower()} & coder.frames.held_talks_nouns.words:
        return None
    subject = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in ROUNDS:
        subject = token.head.head  # "a new round of talks kicked off"
    verb = subject.head
    if subject.dep_ not in SUBJECTS or verb.pos_ not in VERBS or is_guessed(verb, coder.lexicon):
        return None
    held = subject.dep_ == "nsubjpass" and verb.lemma_.lower() == "hold"  # "was held"
    if not held and not phrases_of(verb) & coder.frames.talks_held_verbs.words:
        return None
    holders = [verb, *(o for c in children_of(verb) if c.dep_ == "prep" for o in children_of(c))]
    # "in Lima between A and B"; not "with the premier appealing for calm" (a setting)
    parties = [o for h in holders for o in prep_objects(h, PARTNER_PREPS)]
    parties = [o for o in parties if not any(c.dep_ == "acl" for c in children_of(o))]
    sides = [a for o in parties for a in coder.finder.actors_of(o)]
    named = list({a.name: a for a in sides if a is not None}.values())
    return _Candidate(
        trigger, token, trigger.type, list[Entity | None](named[:1]), list[Entity | None](named[1:])
    )


def aid_arrived(coder: PlaceRoles, trigger: Trigger, token: Token) -> _Candidate | None:
    """The aid ``token`` names, told as arriving by the verb its phrase is the subject
    of or as delivered by the noun it is the of-phrase of: from the from-phrase of the
    verb, the carrier or the delivery, to the state it reached."""
    if trigger.type not in coder.rules.of_class("arriving_aid"):
        return None
    way = arrival_verb(coder, token) or delivery_of(coder, token)
    if way is None:
        return None
    carrier = carrier_of(coder, token)
    givers = prep_objects(way, FROM) + (prep_objects(carrier, FROM) if carrier != token else [])
    sources = [a for o in givers for a in coder.finder.actors_of(o) if a is not None]
    targets = destination(coder, way, sources, token)
    return _Candidate(trigger, token, trigger.type, list[Entity | None](sources), targets)


def delivery_of(coder: PlaceRoles, token: Token) -> Token | None:
    """The noun of ``aid_deliveries`` the aid noun ``token`` is the of-phrase of ("the
    delivery of aid to Gaza"), an argument of a verb that neither keeps it from
    happening (``aid_blocking_verbs``, the stopping and wanting verbs: "blocked the
    delivery of aid", "demanded the delivery of aid") nor tells it negated or guessed."""
    head = token.head
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or head.lower_ != "of":
        return None
    noun = head.head
    if noun.lemma_.lower() not in coder.frames.aid_deliveries.words:
        return None
    verb = noun.head
    if (
        noun.dep_ not in (*SUBJECTS, "dobj")
        or verb.pos_ not in VERBS
        or is_guessed(verb, coder.lexicon)
    ):
        return None
    lexicon = coder.lexicon
    kept = coder.frames.aid_blocking_verbs.words | lexicon.cessations | lexicon.wanting_verbs
    return None if verb.lemma_.lower() in kept else noun


def arrival_verb(coder: PlaceRoles, token: Token) -> Token | None:
    """The verb of ``aid_arrival_verbs`` that tells the aid noun ``token`` (or what
    carries it) as arriving, not negated nor guessed; None otherwise."""
    if token.pos_ != "NOUN":
        return None
    carried = carrier_of(coder, token)
    verb = carried.head
    if carried.dep_ not in SUBJECTS or verb.pos_ not in VERBS:
        return None
    going = [c for c in children_of(verb) if c.dep_ == "xcomp"]
    if verb.lemma_.lower() in GOING_ON and going:
        verb = going[0]  # "aid began arriving in Kabul"
    if not phrases_of(verb) & coder.frames.aid_arrival_verbs.words or is_guessed(
        verb, coder.lexicon
    ):
        return None
    return verb


def destination(
    coder: PlaceRoles, verb: Token, sources: list[Entity], aid: Token
) -> list[Entity | None]:
    """Whom the aid went to: the state of what the arrival ``verb`` reached ("reached
    Bolivia", "entered Gaza", "flowed to Haiti") or arrived in ("landed in Suva"), or
    what the delivery's to-phrase names ("the delivery of aid to Gaza"); not the route
    ("came in through Chile")."""
    reached = [o for o in children_of(verb) if o.dep_ == "dobj"] + prep_objects(verb, TO)
    places = [verb, verb.head, aid] if verb.pos_ == "NOUN" else [verb]  # "delivered aid in Gao"
    reached += [o for w in places for o in prep_objects(w, coder.lexicon.place_preps)]
    named = [n for o in reached if (n := named_word(o)) is not None]  # not "the capital"
    found = [a for o in named for a in coder.finder.actors_of(o) if a is not None]
    codes = [country_of_place(a) for a in found]  # "entered Idlib": Syria
    states = [
        coder.finder.country_entity(c) or a if c else a for a, c in zip(found, codes, strict=True)
    ]
    givers = {s.name for s in sources} | {s.country for s in sources if s.country}
    targets = [t for t in states if t.name not in givers and t.country not in givers]
    return list(targets)


def named_word(noun: Token) -> Token | None:
    """The proper name a place phrase holds: itself ("Suva"), or its of-phrase ("the
    town of Agadez"); None for a common noun alone ("the capital", "the islands")."""
    if noun.pos_ == "PROPN":
        return noun
    return next((o for o in prep_objects(noun, OF) if o.pos_ == "PROPN"), None)


def aid_destination(
    coder: PlaceRoles, token: Token, sources: list[Entity | None]
) -> list[Entity | None]:
    """The state aid with a giver but no recipient of its own went to, when it is told
    as arriving or delivered ("aid from Japan arrived in Suva": Fiji); [None] otherwise."""
    way = arrival_verb(coder, token) or delivery_of(coder, token)
    if way is None:
        return [None]
    return destination(coder, way, [s for s in sources if s is not None], token) or [None]


def carrier_of(coder: PlaceRoles, token: Token) -> Token:
    """The noun that carries the aid ``token`` names: what it marks ("aid trucks"), what
    it is the of-phrase of ("a shipment of aid"), else the aid noun itself."""
    carriers = coder.frames.aid_carriers.words
    head = token.head
    if token.dep_ in ("compound", "amod") and head.lemma_.lower() in carriers:
        return head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in carriers:
        return head.head
    return token
