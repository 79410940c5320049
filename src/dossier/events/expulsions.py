"""Expulsions told without a verb of expelling (issue 16, co4).

- An expulsion told as a noun: "Peru's expulsion of the Bolivian ambassador" is PLOVER
  SANCTION expel when its of-phrase names envoys or diplomats (``envoy_nouns``); of
  anyone else ("Chad's expulsion of two French journalists") it stays the COERCE
  deport of its trigger line.
- A stay cut short: "Ghana gave two Nigerian diplomats two days to leave Accra"
  orders them out (SANCTION expel for envoys, COERCE deport for others, as "ordered
  the ambassador to leave" is), the one given the time its target; the leaving is no
  retreat of the giver's.

The tests and the operation here are listed by name in ``dossier.events.rewrites``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.state import _Candidate
from dossier.models import Entity
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.statements import Statements

OF = frozenset({"of"})
BY = frozenset({"by"})
GIVING = frozenset({"give", "grant", "allow"})  # "gave them 72 hours to leave"


def is_envoy_expulsion_noun(coder: Statements, candidate: _Candidate) -> bool:
    """A noun of expulsion whose of-phrase names envoys ("the expulsion of two
    Bolivian diplomats by Peru")."""
    return any(
        names_one_of(word, coder.lexicon.envoy_nouns) for word in prep_objects(candidate.token, OF)
    )


def given_time_to_leave(coder: Statements, candidate: _Candidate) -> Token | None:
    """The one given a span of time to leave: the trigger a departure verb that is the
    purpose of that span ("gave X 48 hours to leave", the clause hung on the verb of
    giving or on the span), X the verb's indirect or direct object; None otherwise."""
    token = candidate.token
    if token.lemma_.lower() not in coder.lexicon.departures:
        return None
    spans = coder.lexicon.spans_of_time
    time: Token | None
    if token.dep_ in ("acl", "relcl") and names_one_of(token.head, spans):
        time, giver = token.head, token.head.head
    elif token.dep_ in ("advcl", "xcomp"):
        giver = token.head
        time = next((c for c in children_of(giver) if names_one_of(c, spans)), None)
    else:
        return None
    if time is None or giver.lemma_.lower() not in GIVING:
        return None
    return next(
        (c for c in children_of(giver) if c.dep_ in ("dative", "dobj") and c.i != time.i), None
    )


def is_envoy_given_time(coder: Statements, candidate: _Candidate) -> bool:
    given = given_time_to_leave(coder, candidate)
    return given is not None and names_one_of(given, coder.lexicon.envoy_nouns)


def is_other_given_time(coder: Statements, candidate: _Candidate) -> bool:
    given = given_time_to_leave(coder, candidate)
    return given is not None and not names_one_of(given, coder.lexicon.envoy_nouns)


def given_time_as_target(coder: Statements, candidate: _Candidate) -> None:
    """The one given the time to leave is the one put out, by the giver."""
    given = given_time_to_leave(coder, candidate)
    if given is not None:
        subject = subject_of(given.head)
        givers: list[Entity | None] = (
            [a for a in coder.finder.actors_of(subject) if a] if subject is not None else []
        )
        candidate.sources = givers or candidate.sources
        found = [a for a in coder.finder.actors_of(given) if a not in candidate.sources]
        candidate.targets = found or [None]


def envoy_expeller_as_source(coder: Statements, candidate: _Candidate) -> None:
    """ "The expulsion of two Bolivian diplomats by Peru": the by-phrase the parse hangs
    on the envoys names who expels them, when the noun's own phrases named no one."""
    if any(candidate.sources):
        return
    envoys = prep_objects(candidate.token, OF)
    found = [a for w in envoys for o in prep_objects(w, BY) for a in coder.finder.actors_of(o)]
    found = [a for a in found if a is not None and a not in candidate.targets]
    if found:
        candidate.sources = found[:1]
