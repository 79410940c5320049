"""Drills and prisoner exchanges told as happening (issue 16, cv18), with no verb of
their own doer.

- An armed exercise told as happening: "naval drills that began on Monday", "the
  exercise involved 36 warships and 30,000 troops", "a large exercise involving Chilean
  marines is under way off Valparaiso", "Russia's Zapad exercises started on Friday".
  PLOVER MOBILIZE (single-country exercises; joint ones are COOPERATE and are read by
  ``joint_exercise``): an exercise noun (``exercise_nouns`` of events.yaml) that is the
  subject of a verb of happening (``exercise_happenings`` of data/grammar.yaml), or that
  a relative clause or participle of one hangs on, armed by a mark of ``armed_marks``
  ("naval", "military", "live-fire") or by the forces it involves ("involved 36
  warships": ``armed_forces``).  Its owner ("Russia's", "Chinese", "by Chilean forces")
  is the source; with none it stands with no side (only with ``--unattributed``).  Not a
  civil exercise ("a census exercise"), not a joint one with no parties, not under a
  modal, a future or a negation ("the drills will begin", "did not take place").
- A prisoner exchange told as a noun: "an exchange of captives was completed in
  Kherson", "Armenia and Azerbaijan carried out a prisoner swap", "a swap of detainees
  between Yemen's government and the Houthis was completed".  PLOVER RETREAT (release):
  an exchange noun (``exchange_nouns``) of prisoners (``exchanged_people``, as its
  compound or of-phrase) told as happening or as done (``exchange_doings``: carry out,
  conduct, complete, hold) is a release by each party of the other: the between-phrase,
  else the subject of the verb of doing; with none named it stands with no side.

The constructions here (and ``dismissals.put_out_of_post``) are listed by name in
``DEED_STEPS``, which ``dossier.events.coder`` takes into its steps.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dossier.events.dismissals import put_out_of_post
from dossier.events.state import _Candidate, is_guessed
from dossier.models import Entity
from dossier.syntax.passives import is_passive
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import grammar_words, lemmas, names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.deed_constructions import DeedConstructions

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
CLAUSES = frozenset({"relcl", "acl"})  # "drills that began", "an exercise involving marines"
OWNERS = frozenset({"poss", "amod", "compound", "nmod"})
BY = frozenset({"by"})
OF = frozenset({"of"})
BETWEEN = frozenset({"between", "among"})
PARTS = frozenset({"prt", "prep", "advmod", "acomp", "dobj"})  # "kicked off", "took place"
OBJECTS = frozenset({"dobj"})
DONE = frozenset({"dobj", "nsubjpass"})


def exercise_held(coder: DeedConstructions, token: Token) -> _Candidate | None:
    """The MOBILIZE an exercise noun ``token`` tells when it is told as happening (see
    the module docstring); None otherwise."""
    if token.pos_ != "NOUN" or not coder.is_exercise(token):
        return None
    marks = [c for c in children_of(token) if c.dep_ in ("amod", "compound")]
    if any(names_one_of(c, coder.lexicon.joint_words) for c in marks):
        return None  # a joint drill with no parties named: left to joint_exercise
    verb = told_happening_verb(token)
    if verb is None or is_guessed(verb, coder.lexicon):
        return None
    words = grammar_words()
    involved = [o for o in children_of(verb) if o.dep_ in OBJECTS] if involves(verb) else []
    involved += [
        o
        for c in children_of(token)
        if c.dep_ in CLAUSES and involves(c)
        for o in children_of(c)
        if o.dep_ in OBJECTS
    ]
    armed = any(names_one_of(c, words.armed_marks) for c in marks) or any(
        names_one_of(o, words.armed_forces) for o in involved
    )
    if not armed:
        return None
    found: list[Entity | None] = []
    for owner in [c for c in children_of(token) if c.dep_ in OWNERS] + involved:
        # before the noun or in what it involves, only states ("the Talisman Saber
        # exercise" is its own name; "involving 3,000 Chilean marines": Chile's)
        found += [a for a in coder.finder.actors_of(owner) if a and a.country and a not in found]
    for owner in [c for c in children_of(token) if c.dep_ == "poss"] + prep_objects(token, BY):
        found += [a for a in coder.finder.actors_of(owner) if a and a not in found]
    if len(found) > 1:
        return None  # two owners: a joint drill, joint_exercise's
    trigger = coder.coded_trigger("exercise_held", token, noun=True)
    return _Candidate(trigger, token, trigger.type, found, [])


def prisoner_exchange(coder: DeedConstructions, token: Token) -> _Candidate | None:
    """The RETREAT a prisoner exchange noun ``token`` tells when it is told as happening
    or done (see the module docstring): each party releases the other's."""
    words = grammar_words()
    if token.pos_ != "NOUN" or not names_one_of(token, words.exchange_nouns):
        return None
    held = [c for c in children_of(token) if c.dep_ == "compound"] + prep_objects(token, OF)
    if not any(names_one_of(h, words.exchanged_people) for h in held):
        return None
    doing = token.head if token.dep_ in DONE else None  # "carried out a swap", "was completed"
    if doing is not None and not lemmas(doing) & words.exchange_doings:
        doing = None
    verb = doing or told_happening_verb(token)
    if verb is None or is_guessed(verb, coder.lexicon):
        return None
    sides = prep_objects(token, BETWEEN) + [o for h in held for o in prep_objects(h, BETWEEN)]
    if not sides and doing is not None and not is_passive(doing):
        subject = subject_of(doing)
        sides = [subject] if subject is not None else []
    found: list[Entity | None] = []
    for side in sides:
        found += [a for a in coder.finder.actors_of(side) if a and a not in found]
    trigger = coder.coded_trigger("prisoner_exchange", token, noun=True)
    if len(found) < 2:  # one side or none: no pair to release each other
        return _Candidate(trigger, token, trigger.type, found[:1], [])
    return _Candidate(trigger, token, trigger.type, found, list(found))


def told_happening_verb(noun: Token) -> Token | None:
    """The verb of ``exercise_happenings`` that tells ``noun`` as happening: one it is
    the subject of ("the drills began", "an exercise is under way") or one of its own
    relative clause or participle ("drills that began on Monday", "an exercise
    involving 5,000 troops")."""
    if noun.dep_ in SUBJECTS and names_a_happening(noun.head):
        return noun.head
    return next((c for c in children_of(noun) if c.dep_ in CLAUSES and names_a_happening(c)), None)


def names_a_happening(verb: Token) -> bool:
    """Is ``verb`` one of ``exercise_happenings``, alone or with its particle ("kicked
    off", "is under way", "got underway")?"""
    happenings = grammar_words().exercise_happenings
    forms = lemmas(verb)
    tails = [c.lower_ for c in children_of(verb) if c.dep_ in PARTS]
    tails += [
        f"{c.lower_} {g.lower_}"
        for c in children_of(verb)
        if c.dep_ == "prep"
        for g in children_of(c)
    ]
    phrases = forms | {f"{form} {tail}" for form in forms for tail in tails}
    return bool(phrases & happenings)


INVOLVING = frozenset({"involve", "include"})


def involves(verb: Token) -> bool:
    return bool(lemmas(verb) & INVOLVING)


DeedStep = Callable[["DeedConstructions", "Token"], _Candidate | None]
# the constructions of this module and of ``dismissals``, by the names construction_order
# gives them (``events.coder.STEP_FUNCTIONS`` takes them all)
DEED_STEPS: dict[str, DeedStep] = {
    "exercise_held": exercise_held,
    "prisoner_exchange": prisoner_exchange,
    "put_out_of_post": put_out_of_post,
}
