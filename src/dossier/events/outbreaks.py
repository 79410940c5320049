"""Protests told as happening (issue 16, cv7): "protests erupted in Nairobi", "the
demonstrations began on Friday", "riots in the French capital continued for a sixth
night", "the sit-in was held outside parliament" are PLOVER PROTEST though the noun names
neither who protests nor against whom.

A protest noun (``outbreak_nouns`` of data/events/frames.yaml) that is the subject or
object of a verb of happening or causing (``outbreak_verbs``: erupt, break out, spread,
continue, turn violent, a passive "was held", spark, trigger …), or stands in a phrase
of time (``outbreak_preps``: "during the protests", "amid riots"), is a protest that took
place: against the state where it happened (the verb's place, else the noun's own:
``protest_against_state``), and with no side at all only with ``--unattributed``.
Not under a modal or a future ("protests could spread": a guess), not negated, and not
"rally", which as often rises in a market.
A protest noun with a side of its own ("protests by students", "anti-Kagame rallies")
is read by its noun frames as before.

Deeds told as happening (issue 16, cv9) are read the same way: a noun of force or
coercion (``deed_outbreak_nouns``: "fighting", "clashes", "a curfew", "arrests") that
names no side of its own and is the subject of a verb of happening
(``deed_outbreak_verbs``: rage, erupt, rock, go into effect, a passive "were made") or
stands in a phrase of time ("after an hours-long battle", "amid fighting") happened.
A coercion (class ``placed_deeds`` of rewrites.yaml: a curfew, arrests) is the act of
the state where it happened; a fight names no side and stands only with
``--unattributed``.  Not a contest a word marks as civil ("a legal battle":
``civil_marks``), nor a fight against, for or over a thing ("the battle against
inflation continued").
A deed noun of those types whose of-, on- or against-phrase names people that are no
actor ("the killings of six farmers near a well", "the jailing of over 50 reporters",
"attacks on civilians") stands with no side too (only with ``--unattributed``), unless
it is only wanted, planned, ended or kept from happening ("an end to the killing of
civilians", "planning attacks against aid workers").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.implicit import country_of_place
from dossier.events.stances_told import charge_told
from dossier.events.state import _Candidate, is_guessed
from dossier.syntax.phrases import prep_objects
from dossier.syntax.tree import children_of
from dossier.syntax.words import lemmas

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.places import PlaceRoles
    from dossier.events.triggers import Trigger
    from dossier.models import Entity

ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
PARTS = frozenset({"prt", "dobj"})  # "broke out", "took place"
SINCE = frozenset({"since"})
BY = frozenset({"by"})
STRIKES = frozenset({"strike", "strikes"})  # "Air Strikes" in a headline is a name's word
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
MARKS = frozenset({"amod", "compound", "nmod"})
AIMS = frozenset({"against", "for", "over", "on"})  # "the battle against inflation"
DEED_TIMES = frozenset({"during", "amid", "amidst", "after"})  # "after a battle at the base"
VICTIM_PREPS = frozenset({"of", "against", "on"})  # "attacks on (against) civilians"
PREVENTING = frozenset({"prevent", "avert", "deter", "avoid", "end", "stop", "halt"})
AGAINST = frozenset({"against", "from"})  # "protection from enforced disappearance"
DOING = frozenset({"make", "carry"})  # the deed's doer named by no actor: "police made arrests"
PLANNING = frozenset({"plan", "plot", "prepare", "threaten", "vow", "pledge", "promise"})
PEOPLE = frozenset(
    {"demonstrators", "protesters", "civilians", "villagers", "detainees", "prisoners"}
)


def outbreak(coder: PlaceRoles, trigger: Trigger, token: Token) -> _Candidate | None:
    """The protest or deed ``token`` names, told as happening by its verb; None
    otherwise (see the module docstring)."""
    if token.pos_ != "NOUN":
        return None
    if trigger.type not in coder.rules.of_class("protests"):
        return deed_outbreak(coder, trigger, token) or charge_told(coder, trigger, token)
    if token.lemma_.lower() not in coder.frames.outbreak_nouns.words:
        return None
    verb = happening_verb(coder, token)
    if verb is None or is_guessed(verb, coder.lexicon):
        return None
    state = state_where(coder, verb)
    return _Candidate(trigger, token, trigger.type, [], [state] if state is not None else [])


def deed_outbreak(coder: PlaceRoles, trigger: Trigger, token: Token) -> _Candidate | None:
    """The fight or coercion ``token`` names, told as happening; the state where it
    happened its doer when it is a coercion (see the module docstring)."""
    if trigger.type not in coder.rules.of_class("told_deeds"):
        return None
    frames = coder.frames
    placed = trigger.type in coder.rules.of_class("placed_deeds")
    if token.lemma_.lower() in frames.deed_outbreak_nouns.words:
        if any(c.lower_ in frames.civil_marks.words for c in children_of(token) if c.dep_ in MARKS):
            return None  # "the legal battle continued"
        if not placed and prep_objects(token, AIMS):
            return None  # "the battle against inflation continued": no foe
        verb = deed_happening_verb(coder, token)
    else:
        verb = None
    if verb is None and is_practised(coder, token):
        # "arbitrary detentions", "cases of rape", "suffered killings": a practice told
        words = [token, *token.ancestors][
            :4
        ]  # "cases of arrests in Minsk", "suffered arrests in Minsk"
        state = next((s for w in words if (s := state_where(coder, w))), None) if placed else None
        return _Candidate(trigger, token, trigger.type, [state] if state else [], [])
    if verb is None and has_unnamed_victims(coder, token):
        # "the killings of six farmers near a well": no side, whoever is told around it
        return (
            None
            if is_guessed(token.head, coder.lexicon)
            else _Candidate(trigger, token, trigger.type, [], [])
        )
    if verb is None or is_guessed(verb, coder.lexicon):
        return None
    if not placed:
        return _Candidate(trigger, token, trigger.type, [], [])
    state = state_where(coder, verb) or state_where(coder, token)
    return _Candidate(trigger, token, trigger.type, [state] if state is not None else [], [])


def has_unnamed_victims(coder: PlaceRoles, token: Token) -> bool:
    """Does the deed noun ``token`` name, in its of-, on- or against-phrase, people that
    are no actor ("the killing of over 150 demonstrators", "attacks on civilians"), and is it
    not only wanted, planned, ended or kept from happening ("called for an end to the
    killing of civilians", "planning attacks against aid workers")?"""
    held = [o for o in prep_objects(token, VICTIM_PREPS) if is_people(coder, o)]
    if not held or any(a is not None for o in held for a in coder.finder.actors_of(o)):
        return False
    heads = [token.head, token.head.head] if token.dep_ == "pobj" else [token.head]
    unhappened = coder.lexicon.wanting_verbs | coder.lexicon.cessations | PREVENTING | PLANNING
    return not any(h.lemma_.lower() in unhappened for h in heads)


def is_practised(coder: PlaceRoles, token: Token) -> bool:
    """Is the deed noun ``token`` told as a practice that took place (issue 16, cv16):
    marked by a word of ``practice_marks`` ("arbitrary detentions", "extrajudicial
    killings"), what a noun of ``tally_nouns`` counts ("cases of rape", "reports of
    arbitrary arrests", "rape cases"), counted itself ("1,300 rapes"), or what a verb of
    ``suffering_verbs`` has undergone or recorded ("suffered killings", "documented
    abductions")?  A noun in a list is read at its first ("torture, arbitrary arrest and
    detention").  Not when only wanted, planned, ended or kept from happening, guessed
    or denied ("an end to arbitrary detention", "could face mass arrests")."""
    chain = [token]
    while chain[-1].dep_ == "conj" and chain[-1].head.pos_ in ("NOUN", "PROPN"):
        chain.append(chain[-1].head)
    first = chain[-1]
    sections = coder.frames.word_sections
    marks, tallies, sufferings = (
        sections[name].words if name in sections else frozenset()
        for name in ("practice_marks", "tally_nouns", "suffering_verbs")
    )
    head = first.head
    marked = any(
        c.dep_ == "amod" and hyphened_lower(c) in marks for n in chain for c in children_of(n)
    )
    tallied = (first.dep_ == "compound" and head.lemma_.lower() in tallies) or (
        first.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in tallies
        and head.head.pos_ == "NOUN"
    )
    counted = first.tag_ == "NNS" and any(
        c.dep_ == "nummod" and c.like_num and not is_year(c) for c in children_of(first)
    )
    suffered = first.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in sufferings
    if not (marked or tallied or counted or suffered):
        return False
    heads = list(first.ancestors)[:3]
    unhappened = coder.lexicon.wanting_verbs | coder.lexicon.cessations | PREVENTING | PLANNING
    if any(h.lemma_.lower() in unhappened or h.lower_ in AGAINST for h in heads):
        return False
    verb = clause_verb(first)
    return verb is None or not is_guessed(verb, coder.lexicon)


def hyphened_lower(word: Token) -> str:
    """``word`` with the hyphened words before it ("extra-judicial"), lowercased."""
    return "".join(t.text_with_ws for t in word.subtree).strip().lower().replace(" - ", "-")


def is_year(word: Token) -> bool:
    """Is ``word`` a year ("the 2008 attacks"), no count?"""
    return word.text.isdigit() and len(word.text) == 4


def clause_verb(word: Token) -> Token | None:
    """The verb whose clause ``word`` stands in, if any."""
    for ancestor in word.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def is_people(coder: PlaceRoles, noun: Token) -> bool:
    """Is ``noun`` counted people or a word for people ("eight people", "150
    demonstrators", "journalists")?"""
    if noun.pos_ != "NOUN":
        return False
    counted = noun.tag_ == "NNS" and any(c.dep_ == "nummod" for c in children_of(noun))
    return counted or noun.lower_ in coder.lexicon.people_nouns or noun.lower_ in PEOPLE


def deed_happening_verb(coder: PlaceRoles, token: Token) -> Token | None:
    """The word that tells the deed noun ``token`` as happening: a verb of
    ``deed_outbreak_verbs`` it is the subject of ("fighting raged", "a curfew went into
    effect", "mass arrests were made"), the verb of doing it is the object of ("police
    made dozens of arrests"), or what the phrase of time it stands in hangs on
    ("overwhelmed the troops after a battle")."""
    head = token.head
    done = done_by_verb(token)
    if done is not None:
        return done
    if token.dep_ == "pobj" and head.dep_ == "prep":
        return head.head if head.lower_ in DEED_TIMES else None
    if token.dep_ not in SUBJECTS or head.pos_ not in ("VERB", "AUX"):
        return None
    forms = lemmas(head)  # "raged" is lemmatized "rag"
    tails = [c.lower_ for c in children_of(head) if c.dep_ in PARTS]
    tails += [
        f"{c.lower_} {g.lower_}"  # "went into effect"
        for c in children_of(head)
        if c.dep_ == "prep"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]
    phrases = forms | {f"{form} {tail}" for form in forms for tail in tails}
    return head if phrases & coder.frames.deed_outbreak_verbs.words else None


def done_by_verb(token: Token) -> Token | None:
    """The verb of doing whose object the deed noun ``token`` is, itself or counted:
    "police made arrests", "made dozens of arrests", "carried out a crackdown"; not
    "made the arrest of X a priority" (only deeds counted, plural or indefinite)."""
    noun = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        noun = token.head.head  # "dozens of arrests"
    head = noun.head
    if noun.dep_ != "dobj" or head.pos_ != "VERB" or not lemmas(head) & DOING:
        return None
    counted = token.tag_ == "NNS" or any(c.lower_ in ("a", "an") for c in children_of(token))
    return head if counted else None


def state_where(coder: PlaceRoles, word: Token) -> Entity | None:
    """The state of the place ``word``'s own phrases name, if any."""
    place = coder.place_of_deed(word, [])
    code = country_of_place(place) if place is not None else None
    return coder.finder.country_entity(code) if code else None


def happening_verb(coder: PlaceRoles, token: Token) -> Token | None:
    """The word that tells the protest noun ``token`` as happening: a verb of
    ``outbreak_verbs`` it is the subject or object of ("protests erupted", "the arrest
    sparked protests", "protests triggered by the vote"), or what the phrase of
    ``outbreak_preps`` it stands in hangs on ("were arrested during a protest"), not a
    toll counted since a date, which sums many ("four killed during protests since
    August": no one protest told)."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        words = coder.frames.outbreak_preps.words
        if f"{head.lower_} {token.lower_}" in words:
            return head.head  # "have been on strike since May"
        if head.lower_ not in words:
            return None
        tallied = [n for n in (token, head.head) if prep_objects(n, SINCE)]
        return None if tallied else head.head  # "killed during protests since May": a toll
    if token.dep_ in ARGUMENTS and head.pos_ in ("VERB", "AUX") and is_happening(coder, head):
        return head
    return None


def is_happening(coder: PlaceRoles, verb: Token) -> bool:
    """Is ``verb`` one of ``outbreak_verbs``, alone or with its particle or object
    ("erupted", "broke out", "took place")?"""
    words = coder.frames.outbreak_verbs.words
    lemma = verb.lemma_.lower()
    phrases = {lemma, *(f"{lemma} {c.lower_}" for c in children_of(verb) if c.dep_ in PARTS)}
    return bool(phrases & words)


def is_no_labour_strike(coder: PlaceRoles, trigger: Trigger, token: Token) -> bool:
    """Whether a strike noun is no walkout (veto ``no_labour_strike``): only one that a
    word of ``labour_marks`` (data/events/frames.yaml) marks as workers' is ("a general
    strike", "the doctors' strike", "a strike by nurses", "on strike"); a bare "strike"
    is as often an air strike."""
    if not trigger.noun or token.lower_ not in STRIKES:
        return False
    marks = coder.frames.labour_marks.words
    if token.dep_ == "pobj" and token.head.lower_ == "on":
        return False  # "went on strike", "have been on strike since May"
    marked = [c for c in children_of(token) if c.dep_ in ("amod", "compound", "poss", "nmod")]
    marked += prep_objects(token, BY)
    return not any(c.lemma_.lower() in marks or c.lower_ in marks for c in marked)
