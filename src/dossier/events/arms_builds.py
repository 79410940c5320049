"""Arms built up: "Pakistan is still developing its cruise missile and atomic
programmes", "Iran is expanding its missile capabilities", "Pakistan modernised its
nuclear arsenal".  PLOVER MOBILIZE weapons: increased readiness of weapons systems.
A work of arms (``arms_works`` of data/grammar.yaml) marked by a weapon
(``weapon_marks`` of events.yaml), the object of a verb of building
(``arms_build_verbs``), is
MOBILIZE by that verb's subject; "developed its space program", "expanded its
education programs" are no arms (issue 16; voa_dev's gold codes these, none were).

Weapons fired into open water or in a drill ("North Korea fired a ballistic missile into
the sea", "launched two rockets off its east coast", "fired cruise missiles during a
naval drill") hit no one: a show of force, MOBILIZE weapons, not an attack
(``is_fired_as_show_of_force``, a test rewrites.yaml names).

The construction here is listed by name in ``dossier.events.coder``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.state import _Candidate
from dossier.events.statements import Statements
from dossier.events.triggers import Trigger
from dossier.syntax.mood import is_negated
from dossier.syntax.passives import is_passive
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import grammar_words, names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Token

OF = frozenset({"of"})
DURING = frozenset({"during", "in"})


def arms_build(coder: Statements, token: Token) -> _Candidate | None:
    """The MOBILIZE ``token`` (a noun of ``arms_works``) tells, if it is arms built up
    by the subject of the verb it is the object of."""
    words = grammar_words()
    if token.pos_ != "NOUN" or not names_one_of(token, words.arms_works):
        return None
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in words.arms_build_verbs:
        return None
    marks = [w for c in token.lefts if c.dep_ in ("amod", "compound", "nmod") for w in c.subtree]
    marks += [w for o in prep_objects(token, OF) for w in o.subtree]
    if not any(names_one_of(w, coder.lexicon.weapon_marks) for w in marks):
        return None
    subject = subject_of(verb) if not is_passive(verb) else None
    sources = [a for a in coder.finder.actors_of(subject) if a] if subject is not None else []
    if not sources:
        return None
    coded = coder.rules.coded_as("arms_build")
    trigger = Trigger(coded.type, coded.mode, True, token.lemma_.lower())
    candidate = _Candidate(trigger, token, trigger.type, [sources[0]], [])
    candidate.negated = is_negated(verb)
    return candidate


def is_fired_as_show_of_force(coder: Statements, candidate: _Candidate) -> bool:
    """Is the trigger a firing of weapons (an object marked by ``weapon_marks``) into
    or off open water (``open_waters``) or during a drill or a test, with no one it is
    fired at?"""
    token, lexicon = candidate.token, coder.lexicon
    if any(t is not None and t.type != "LOC" for t in candidate.targets):
        return False
    weapons = [c for c in children_of(token) if c.dep_ == "dobj"]
    marked = [w for o in weapons for w in (o, *o.lefts) if names_one_of(w, lexicon.weapon_marks)]
    holders = [token, *weapons]
    water = [o for h in holders for o in prep_objects(h, lexicon.open_water_preps)]
    shows = lexicon.exercise_nouns | lexicon.test_words
    drills = [o for o in prep_objects(token, DURING) if names_one_of(o, shows)]
    return bool(marked) and (
        any(names_one_of(o, lexicon.open_waters) for o in water) or bool(drills)
    )
