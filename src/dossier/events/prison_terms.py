"""A term in custody received or faced (issue 16): "Soto faces 15 years in prison",
"the blogger received a five-year prison sentence", "could face life in jail".

PLOVER codes a court's sentence as SANCTION on the one sentenced; the news often
tells it from the side of the one who receives it, with a verb of receiving
(``receiving_verbs`` of events.yaml) and a term (the construction's ``words`` in
data/events/rewrites.yaml) that
is one of custody (``custody_nouns``): "received visitors in prison" receives no term,
"faces criticism" none in custody. The court or state is named elsewhere if at all;
the event stands without its doer (SANCTION needs no source) and without PLOVER's
convict mode, which would make the article's main state the court.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.commitments import Commitments
from dossier.events.state import _Candidate
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Token


class PrisonTerms(Commitments):
    def prison_term(self, token: Token) -> _Candidate | None:
        """SANCTION on the subject of a verb of receiving whose object is a term in
        custody (construction ``prison_term``); None for any other receiving."""
        if token.pos_ not in ("VERB", "AUX"):
            return None
        if not any(self.is_in_custody(token, term) for term in self.terms(token)):
            return None
        subject = subject_of(token)
        targets = [a for a in self.finder.actors_of(subject) if a]
        if not targets:
            return None
        trigger = self.coded_trigger("prison_term", token)
        return _Candidate(trigger, token, trigger.type, [], list(targets))

    def terms(self, verb: Token) -> list[Token]:
        """The spans of time to be served ``verb`` takes: its object ("15 years", "a
        five-year sentence", "life imprisonment"; not bare "imprisonment", a risk named with
        no term), or the measure of its phrase ("ten years behind bars")."""
        words = self.rules.coded_as("prison_term").words
        found = [c for c in children_of(verb) if c.dep_ == "dobj"]
        phrases = [c for c in children_of(verb) if c.dep_ == "prep"]
        found += [m for p in phrases for m in children_of(p) if m.dep_ == "npadvmod"]
        return [t for t in found if any(names_one_of(w, words) for w in (t, *children_of(t)))]

    def is_in_custody(self, verb: Token, term: Token) -> bool:
        """A custody noun in the term ("a prison sentence", "years behind bars") or in a
        phrase of the verb ("faces ten years in jail", parsed on the verb)."""
        custody = self.lexicon.custody_nouns
        words = [
            *term.subtree,
            *(n for c in children_of(verb) if c.dep_ == "prep" for n in c.subtree),
        ]
        return any(names_one_of(w, custody) for w in words)
