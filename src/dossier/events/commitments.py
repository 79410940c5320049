"""Commitments told with "to" and a gerund or a noun (issue 16).

"Laos is committed to opening its economy to Thai investors", "Kenya committed to
deploying police officers to Haiti", "Chad remains committed to the peace deal with
Sudan": PLOVER codes AGREE (promising to cooperate) from the one committed to the act's
target; the act itself has not happened and is not coded.  A to-infinitive ("is
committed to open") is the readiness step's; a hostile act ("committed to fighting the
rebels") is left to its own verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.state import _Candidate
from dossier.events.verdicts import Verdicts
from dossier.syntax.mood import is_negated
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import grammar_words

if TYPE_CHECKING:
    from spacy.tokens import Token

ACT_DEPS = frozenset({"pcomp", "pobj"})  # "to [opening] …", "to [the deal] …"


def committed_act(token: Token) -> tuple[Token, Token] | None:
    """The "to" and the gerund or noun after it when ``token`` is a word of commitment
    (grammar.yaml ``commitment_heads``) used intransitively: "committed to opening",
    not "committed 500 troops to the mission" nor "the crimes committed"."""
    if {token.lemma_.lower(), token.lower_}.isdisjoint(grammar_words().commitment_heads):
        return None
    if any(c.dep_ == "dobj" for c in children_of(token)) or token.dep_ in ("acl", "relcl", "amod"):
        return None
    prep = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "to"), None)
    act = next((c for c in children_of(prep) if c.dep_ in ACT_DEPS), None) if prep else None
    if prep is None or act is None or (act.dep_ == "pcomp" and act.tag_ != "VBG"):
        return None
    return prep, act


def committed_party(token: Token) -> Token | None:
    """Who is committed: the subject, or that of the passive ("Laos is committed")."""
    passive = next((c for c in children_of(token) if c.dep_ == "nsubjpass"), None)
    return passive if passive is not None else subject_of(token)


class Commitments(Verdicts):
    def commitment_to(self, token: Token) -> _Candidate | None:
        """AGREE from the one committed to the target of the act it is committed to
        (construction ``committed_to``); None when the word commits to no act, or to a
        hostile one, or no actor is committed."""
        found = committed_act(token)
        party = committed_party(token) if found is not None else None
        if found is None or party is None:
            return None
        prep, act = found
        promised = self.match(act)
        if promised is not None and promised.type not in self.rules.of_class("commitment_acts"):
            return None  # "committed to fighting the rebels": the fight is its verb's
        sources = [s for s in self.finder.actors_of(party) if s is not None]
        if not sources:
            return None
        own = [self.finder.group_of(s) for s in sources]
        targets = self.embedded_targets(prep, [*sources, *own], ACT_DEPS)
        if act.dep_ == "pobj" and promised is None and not targets:
            return None  # "committed to democracy": no act and no party
        trigger = self.coded_trigger("committed_to", token)
        candidate = _Candidate(trigger, token, trigger.type, list(sources), targets)
        copula = token.head if token.dep_ == "acomp" else token
        candidate.negated = is_negated(token) or is_negated(copula)
        candidate.unilateral = len(sources) < 2  # "committed to deploying police": no partner
        return candidate
