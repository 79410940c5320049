"""Verdicts stated by parties the text does not name (issue 16 item 3).

"Critics say Hungary's new media law is repressive", "press freedom groups say the case
against her is politically motivated", "rights groups argue the law Uganda passed is
cruel": a verdict of blame or praise in what unnamed speakers say is ACCUSE (or
SUPPORT) by no one named, aimed at the party the judged phrase names or at the doer of
the judged act (``RecalledRoles.act_doers``).  A named speaker's verdict is a quote's
(``QuoteStances.quote_events``) and is not coded here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.event_evaluation import blame_judgement, judged_act, verdict_in
from dossier.event_opinion import Judgement, judgement_in
from dossier.events.state import _Candidate
from dossier.events.statements import Statements
from dossier.events.triggers import Trigger
from dossier.models import Entity
from dossier.syntax.mood import is_negated
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token


class Verdicts(Statements):
    def unattributed_verdict(self, token: Token) -> _Candidate | None:
        """The verdict in the clause a statement verb (``statement_heads``) introduces,
        when its subject names no actor ("critics say …", "groups argue …"): the
        verdict's type from no one to whom it judges; None for a named or pronoun
        subject, a denied statement or verdict, or a verdict that judges no one."""
        clause = next((c for c in children_of(token) if c.dep_ == "ccomp"), None)
        if clause is None:
            return None
        subject = subject_of(token)
        if subject is None or subject.pos_ in ("PRON", "PROPN"):
            return None
        if is_negated(token) or any(self.finder.actors_of(subject)):
            return None
        words = list(clause.subtree)
        found = self.unattributed_judged(words)
        if found is None:
            return None
        judged, targets = found
        trigger = Trigger(judged.type, judged.mode, False, token.lemma_.lower())
        return _Candidate(trigger, judged.word, judged.type, [], list(targets))

    def unattributed_judged(
        self, words: list[Token]
    ) -> tuple[Judgement, list[Entity | None]] | None:
        """The first verdict in ``words`` that judges a named party or an act's doer,
        with whom it judges; None when it is denied or judges no one."""
        for judged in (judgement_in(words), verdict_in(words)):
            if judged is None:
                continue
            found = [a for t in judged.actor_words for a in self.finder.actors_of(t) if a]
            targets: list[Entity | None] = [a for i, a in enumerate(found) if a not in found[:i]]
            if targets:
                return None if judged.negated else (judged, targets)
        wronged = self.wrong_doers(words, [])  # "critics say Whelan was wrongfully detained"
        if wronged is not None:
            return blame_judgement(wronged[0], (), False), wronged[1]
        act = judged_act(words)
        if act is None or act[0].negated:
            return None
        doers = self.act_doers(act[1], [])
        return (act[0], doers) if doers else None
