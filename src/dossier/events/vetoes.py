"""The tests ``trigger_vetoes`` of ``data/events/rewrites.yaml`` may name, by name.

A veto rules out a matched trigger line at one word: weather told as an attack
("the cyclone struck the coast"), a press exchange ("declined a request for
comment"), a contest result, an attempt, a plan called off, a question.  The tests
themselves live beside the grammar they read (``precision``, ``dossier.syntax.mood``, the
coder's layers' methods); this table names them, and ``VETOES`` in ``steps`` lists the names the
data may use.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from dossier.events.implicit import is_fronted_participle_without_doer
from dossier.events.memberships import is_non_state_put_out
from dossier.events.nearing import is_nearing_no_party, is_stative_thing
from dossier.events.outbreaks import is_no_labour_strike
from dossier.events.precision import (
    is_act_as_guessed_subject,
    is_arriving_thing,
    is_asked_about,
    is_attempt,
    is_forestalled_deed,
    is_help_with_a_task,
    is_part_of_a_name,
    is_participle_as_people,
    is_purpose_of_a_diplomatic_act,
    is_question_content,
    is_received_thing,
    is_threat_as_danger,
    is_unarmed_mover,
    is_withdrawal_from_a_plan,
)
from dossier.events.releases import is_release_not_told_done
from dossier.events.reprisals import is_reprisal_told_done
from dossier.events.rewrites import Rewrites
from dossier.events.steps import VETOES, Veto
from dossier.events.triggers import Trigger
from dossier.events.untold import (
    is_any_act,
    is_called_to_testify,
    is_feared_act,
    is_invited_act,
    is_judged_act,
    is_left_act,
    is_named_word,
    is_ordered_act,
    is_uncertain_act,
    is_unheeded_act,
    trigger_types,
)
from dossier.syntax.mood import (
    is_generic_gerund,
    is_negated,
    is_question,
    is_unforbidding_instruction,
)
from dossier.syntax.passives import by_phrase
from dossier.syntax.phrases import prep_objects
from dossier.syntax.tree import children_of
from dossier.syntax.words import compound_named, grammar_words, is_civil_exercise, names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Token

VetoFunction = Callable[[Rewrites, Trigger, "Token"], bool]


def is_ruled_out_guess(coder: Rewrites, trigger: Trigger, token: Token) -> bool:
    """ "police ruled out foul play": what is ruled out names no act (no trigger word):
    a guess set aside, no refusal ("ruled out talks with X", "ruled out sending tanks")."""
    if trigger.lemma != "rule" or trigger.particle != "out":
        return False
    content = [c for c in children_of(token) if c.dep_ in ("dobj", "advcl", "xcomp", "prep")]
    return not any(coder.match(n) is not None for c in content for n in c.subtree)


def is_order_to_own_side(token: Token) -> bool:
    """ "Santos ordered his chief negotiator to fly to Havana", "the rebel leader told his
    fighters to lay down their arms": an order or instruction to one's own people coerces
    no other party (``ordering_verbs`` and ``instruction_verbs`` of grammar.yaml)."""
    words = grammar_words()
    if token.lemma_.lower() not in words.ordering_verbs | words.instruction_verbs:
        return False
    obj = next((c for c in children_of(token) if c.dep_ in ("dobj", "dative")), None)
    return obj is not None and any(
        c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in children_of(obj)
    )


OWN_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def is_forcing_thing(coder: Rewrites, trigger: Trigger, token: Token) -> bool:
    """ "high costs forced the firm to close", "was forced to shut by the floods": a
    forcing (``forcing_verbs`` of data/grammar.yaml) whose doer names no actor is no
    coercion; one told without a doer ("the weekly was forced to close") stands."""
    if trigger.lemma not in grammar_words().forcing_verbs:
        return False
    doers = [c for c in children_of(token) if c.dep_ == "nsubj"] + by_phrase(token)
    for clause in (c for c in children_of(token) if c.dep_ == "xcomp"):  # "to close by X"
        doers += prep_objects(clause, frozenset({"by"}))
    return bool(doers) and not any(a is not None for d in doers for a in coder.finder.actors_of(d))


def is_fire_received(token: Token) -> bool:
    """ "A patrol received small arms fire", "the base got mortar fire": fire taken
    (``fire_nouns`` of data/grammar.yaml) is no goods received, whatever its compound."""
    return any(
        c.dep_ == "dobj" and names_one_of(c, grammar_words().fire_nouns) for c in children_of(token)
    )


NAMING_VERBS = frozenset({"call", "label", "term", "dub", "brand"})  # "what it called X"


def is_naming(token: Token) -> bool:
    """ "what it called pressure on Belgrade", "called the vote a sham": a verb of
    naming with its object's name after it (an object predicate), no call on anyone;
    an object predicate that is a name is the parse misreading "called President X"."""
    if token.lemma_.lower() not in NAMING_VERBS:
        return False
    named = [c for c in children_of(token) if c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ")]
    return bool(named) or any(c.dep_ == "dobj" and c.lower_ == "what" for c in children_of(token))


# verbs whose "as" phrase gives a verdict on their object: "condemned the raids as an
# assault on Somali sovereignty", "sees the drills as an invasion rehearsal"
VERDICT_AS_VERBS = NAMING_VERBS | {
    "condemn",
    "denounce",
    "decry",
    "slam",
    "criticize",
    "criticise",
    "see",
    "view",
    "regard",
    "characterize",
    "characterise",
}


def is_verdict_noun(token: Token) -> bool:
    """ "Lima called the decree an attack on Bolivian farmers", "Hanoi condemned the
    survey as an invasion of its waters": a deed noun that names what the verb's object
    is, a speaker's verdict on it; the object is the act, if any, and the noun tells
    none of its own (nor one the of-phrase holds: "an act of war")."""
    noun = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
    if noun.dep_ == "oprd":
        return noun.head.lemma_.lower() in NAMING_VERBS
    if noun.dep_ != "pobj" or noun.head.lower_ != "as":
        return False
    judged = noun.head.head  # the parse may hang "as" on the object itself
    verb = judged.head if judged.dep_ == "dobj" else judged
    return verb.lemma_.lower() in VERDICT_AS_VERBS and any(
        c.dep_ == "dobj" for c in children_of(verb)
    )


def is_drill_kind(trigger: Trigger, token: Token, exercises: frozenset[str]) -> bool:
    """ "carried out a bombing drill", "the assault exercises near the border": a deed
    word that names the kind of drill or exercise (its compound) is no deed done."""
    if trigger.noun:
        return token.dep_ == "compound" and token.head.lemma_.lower() in exercises
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in exercises and compound_named(c, trigger.objects)
        for c in children_of(token)
    )


REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself"})
PARTNER_NOUNS = frozenset({"ally", "partner", "neighbor", "neighbour", "friend"})


def holds_civil_exercise(trigger: Trigger, token: Token, exercises: frozenset[str]) -> bool:
    """ "took part in the voter registration exercise", "conducted a census exercise",
    "joined an earthquake drill": an exercise noun the trigger holds (or is) whose
    compound is a common noun outside ``exercise_marks`` (grammar.yaml) is a civil
    exercise, no forces drilled ("naval drills", "landing exercises" stay)."""
    held = [token] if trigger.noun else [c for c in children_of(token) if c.dep_ == "dobj"]
    held += [o for h in (token, *held) for o in prep_objects(h, frozenset({"in", "of"}))]
    return any(names_one_of(h, exercises) and is_civil_exercise(h) for h in held)


def is_own_defence(token: Token) -> bool:
    """ "Guyana would defend its territory", "Kyiv will defend itself", "France defended
    its decision": guarding what is one's own backs no other party; "defended Israel at
    the council" and "will defend its allies" do."""
    if token.lemma_.lower() != "defend":
        return False
    objects = [c for c in children_of(token) if c.dep_ == "dobj"]
    return bool(objects) and all(  # "every inch of its territory": through the of-phrase
        is_own_thing(o) or any(is_own_thing(x) for x in prep_objects(o, frozenset({"of"})))
        for o in objects
    )


def is_own_thing(thing: Token) -> bool:
    """ "itself", "its territory", not "its allies"."""
    if thing.lower_ in REFLEXIVES:
        return True
    owned = any(p.dep_ == "poss" and p.pos_ == "PRON" for p in children_of(thing))
    return owned and thing.lemma_.lower() not in PARTNER_NOUNS


def is_act_called_off(token: Token) -> bool:
    """ "The cancellation of the minister's trip to Peru", "the suspension of talks": a
    noun act in the of-phrase of a noun of calling off (``calling_off_nouns``) is not held."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    return names_one_of(token.head.head, grammar_words().calling_off_nouns)


VETO_FUNCTIONS: dict[str, VetoFunction] = {
    "fire_received": lambda _, __, t: is_fire_received(t),
    "naming": lambda _, __, t: is_naming(t),
    "verdict_noun": lambda _, trigger, t: trigger.noun and is_verdict_noun(t),
    "own_defence": lambda _, __, t: is_own_defence(t),
    "act_called_off": lambda _, trigger, t: trigger.noun and is_act_called_off(t),
    # "pledged cooperation with China": the pledge is the event (AGREE), not the work
    "pledged_work": lambda c, trigger, t: (
        trigger.noun
        and t.dep_ == "dobj"
        and t.head.lemma_.lower() in c.lexicon.pledge_verbs - {"offer", "commit"}
    ),
    "natural_force": lambda c, _, t: c.is_natural_force(t),
    "press_exchange": lambda c, trigger, t: c.is_press_exchange(trigger, t),
    "contest_result": lambda c, _, t: c.is_contest_result(t),
    "attempt": lambda c, _, t: is_attempt(t, c.lexicon.attempt_verbs),
    "received_thing": lambda c, _, t: is_received_thing(
        t, c.lexicon.visit_receiving_verbs, c.lexicon.visitor_nouns
    ),
    "arriving_thing": lambda c, trigger, t: (
        trigger.mode == "visit"
        and is_arriving_thing(t, c.lexicon.visitor_nouns, c.lexicon.armed_nouns)
    ),
    "help_with_a_task": lambda c, _, t: is_help_with_a_task(
        t, c.lexicon.helping_verbs, c.lexicon.future_aux
    ),
    "idiom_patient": lambda c, _, t: c.is_idiom_patient(t),
    "left_by_a_deed": lambda c, trigger, t: c.is_left_by_a_deed(trigger, t),
    "gathering_of_no_crowd": lambda c, trigger, t: c.is_gathering_of_no_crowd(trigger, t),
    "withdrawal_from_a_plan": lambda c, _, t: is_withdrawal_from_a_plan(
        t, c.lexicon.intended_heads, c.lexicon.armed_nouns
    ),
    "plan_called_off": lambda c, _, t: c.is_plan_called_off(t),
    "question": lambda _, __, t: (
        is_question(t) or is_asked_about(t, grammar_words().question_preps)
    ),
    "question_content": lambda _, __, t: is_question_content(t, grammar_words().question_words),
    "fronted_participle_without_doer": lambda _, __, t: is_fronted_participle_without_doer(t),
    "generic_gerund": lambda _, __, t: is_generic_gerund(t),
    "participle_as_people": lambda _, __, t: is_participle_as_people(t),
    "part_of_a_name": lambda c, trigger, t: (
        (trigger.noun and is_part_of_a_name(t)) or is_named_word(t, c.finder.index)
    ),
    "purpose_of_a_diplomatic_act": lambda _, __, t: is_purpose_of_a_diplomatic_act(
        t, grammar_words().diplomatic_acts
    ),
    "non_state_put_out": is_non_state_put_out,
    "release_not_told_done": is_release_not_told_done,
    "ruled_out_guess": is_ruled_out_guess,
    "civil_contest": lambda c, trigger, t: (
        trigger.noun
        and any(
            m.dep_ in ("amod", "compound") and names_one_of(m, c.frames.civil_marks.words)
            for m in children_of(t)
        )
    ),
    "sent_home": lambda _, __, t: any(
        c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "dobj", "prt")
        for c in children_of(t)
    ),
    "unarmed_mover": lambda c, trigger, t: (
        not trigger.objects and is_unarmed_mover(t, c.lexicon.armed_nouns)
    ),
    "aimed_at_no_actor": lambda c, trigger, t: (
        trigger.noun
        and trigger.particle is not None
        and not any(
            a is not None
            for o in prep_objects(t, frozenset({trigger.particle}))
            for a in c.finder.actors_of(o)
        )
    ),
    "nearing_no_party": lambda c, trigger, t: is_nearing_no_party(
        t, trigger.particle, c.finder.actors_of, c.lexicon.armed_nouns
    ),
    "stative_thing": lambda c, _, t: is_stative_thing(
        t, c.lexicon.stative_passives, c.finder.actors_of
    ),
    "threat_as_danger": lambda c, trigger, t: (
        trigger.noun
        and is_threat_as_danger(t, trigger.particle, c.lexicon.support_verbs)
        and not compound_named(t, c.frames.threat_kinds.words)  # "death threats to X"
    ),
    "act_as_guessed_subject": lambda c, trigger, t: (
        trigger.noun
        and is_act_as_guessed_subject(t, c.lexicon.hypothetical_aux | c.lexicon.future_aux)
    ),
    "unforbidding_instruction": lambda _, __, t: is_unforbidding_instruction(
        t, grammar_words().instruction_verbs
    ),
    "forcing_thing": is_forcing_thing,
    "order_to_own_side": lambda _, __, t: is_order_to_own_side(t),
    "forestalled_deed": lambda _, __, t: is_forestalled_deed(
        t, grammar_words().forestalling_verbs, grammar_words().forestalling_preps
    ),
    "uncertain_act": lambda _, __, t: is_uncertain_act(t),
    "drill_kind": lambda c, trigger, t: is_drill_kind(trigger, t, c.lexicon.exercise_nouns),
    "civil_exercise": lambda c, trigger, t: holds_civil_exercise(
        trigger, t, c.lexicon.exercise_nouns
    ),
    "feared_act": lambda _, trigger, t: trigger.noun and is_feared_act(t),
    "judged_act": lambda _, __, t: is_judged_act(t),
    "invited_act": lambda _, __, t: is_invited_act(t),
    "any_act": lambda _, trigger, t: trigger.noun and is_any_act(t),
    "called_to_testify": lambda _, __, t: is_called_to_testify(t),
    "left_act": lambda _, trigger, t: trigger.noun and is_left_act(t),
    "ordered_act": lambda c, trigger, t: is_ordered_act(t, trigger.type, trigger_types(c.match)),
    "reprisal_told_done": is_reprisal_told_done,
    "no_labour_strike": is_no_labour_strike,
    # "accepted the result", "heeded the call": only the negated stance refuses (a REJECT
    # line of a stance rejected_when_negated; "back down" has its own refusal)
    "unheeded_act": lambda _, __, t: is_unheeded_act(t),
    "unnegated_acceptance": lambda c, trigger, t: (
        trigger.particle is None
        and trigger.lemma in c.lexicon.rejected_when_negated
        and not is_negated(t)
    ),
}
assert set(VETO_FUNCTIONS) == VETOES


_BY_TYPE: dict[tuple[int, str], tuple[tuple[Veto, ...], tuple[Veto, ...]]] = {}


def vetoes_of(vetoes: tuple[Veto, ...], trigger_type: str) -> tuple[Veto, ...]:
    """The vetoes of ``vetoes`` that apply to trigger lines of ``trigger_type`` (their
    ``types`` hold it, or they have none), in order; kept per tuple of vetoes and type,
    so a matched word runs only the tests that can rule it out."""
    key = (id(vetoes), trigger_type)
    kept = _BY_TYPE.get(key)
    if kept is None or kept[0] is not vetoes:
        applying = tuple(v for v in vetoes if v.types is None or trigger_type in v.types)
        kept = _BY_TYPE[key] = (vetoes, applying)
    return kept[1]
