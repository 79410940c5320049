"""The coder's steps: which constructions the coder tries at each word, in which order,
and which tests rule out a word a trigger line matched.

``construction_order:`` of ``data/events/rewrites.yaml`` lists the constructions; the
first that codes an event at a word (or rules the word out: "pleaded guilty") ends the
search.  An entry is a construction's name, or a mapping that also names the parts of
speech (``pos``) and the word list of events.yaml (``lemma_in``) a word must have for
the construction to be tried there.  ``trigger_vetoes:`` lists the tests that rule out
a matched trigger line ("the storm hit the coast": no attack), each limited to trigger
types (``types:``) if need be, each with ``not:`` sentences it keeps from being coded.
The names are those of the coder's registries (``events.coder.STEP_FUNCTIONS``,
``VETO_FUNCTIONS``); an unknown name, key, part of speech, word list or type is a
``DataError`` naming the file and the entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dossier.errors import DataError
from dossier.events.rule_data import Example, examples_of, refuse_unknown, type_set
from dossier.events.triggers import EventLexicon

# the constructions the coder implements (``events.coder.STEP_FUNCTIONS``)
STEPS = frozenset(
    {
        "hosted_gathering",  # "the talks hosted by Norway gathered ministers from A and B"
        "mediation",  # "talks hosted by the African Union"
        "mediation_between",  # "Qatar mediated between Israel and Hamas"
        "pursuit",  # "wanted by the FBI"
        "hope",  # "the US hopes the Taliban will allow …"
        "obligation",  # "said that Iran must free …"
        "for_clause_request",  # "called for Chile to withdraw"
        "designation",  # "was labelled a terrorist group by Brazil"
        "judgement",  # "called the ruling arbitrary", "a critic of X"
        "gathering",  # "the talks gathered ministers from A, B and C"
        "joint_exercise",  # "drills between A, B and C"
        "exercise_held",  # "naval drills that began on Monday": MOBILIZE
        "prisoner_exchange",  # "a prisoner swap took place": RETREAT
        "joint_deed",  # "Peru and Bolivia jointly inaugurated a bridge"
        "joint_undertaking",  # "Ghana and Togo set up a joint investigation team"
        "weapons_test",  # "conducted a ballistic missile test"
        "arms_build",  # "continues to develop its ballistic missile programs"
        "received",  # "drew criticism from X"
        "unattributed_verdict",  # "critics say Hungary's new law is repressive"
        "halted_aid",  # "a halt in US loans to Laos"
        "pledged_aid",  # "a pledge of $5 million to Chad"
        "court_plea",  # "pleaded not guilty" (and "pleaded guilty": no event at all)
        "verdict",  # "a court found X guilty": a conviction; "found not guilty": an acquittal
        "put_out_of_post",  # "Sall dismissed his health minister": SANCTION
        "in_custody",  # "remains in jail"
        "prison_term",  # "faces 15 years in prison": a sentence on the subject
        "under_investigation",  # "the mayor is under investigation": ACCUSE of the mayor
        "on_trial",  # "the general went on trial": ACCUSE of the general
        "ultimatum",  # "gave the militia a day to disarm or face an assault"
        "stated_threat",  # "Israel said Hezbollah would pay a heavy price"
        "alleged_deed",  # "the militia was allegedly behind the bombing"
        "filed_against",  # "the lawsuit, filed against the ministry, …"
        "lexicon_trigger",  # a trigger line of events.yaml, with its frames and rewrites
        "readiness",  # "is ready to reopen the border" (no trigger for the act)
        "commitment_to",  # "is committed to opening its economy to X"
    }
)
STEP_KEYS = frozenset({"construction", "pos", "lemma_in"})
# the tests that rule out a matched trigger line (``events.coder.VETO_FUNCTIONS``)
VETOES = frozenset(
    {
        "natural_force",  # "the cyclone struck the coast": no actor
        "fire_received",  # "a patrol received small arms fire": no aid
        "naming",  # "what it called pressure on Belgrade": no call on anyone
        "verdict_noun",  # "called the decree an attack on farmers": a verdict, no attack
        "own_defence",  # "would defend its territory": no support of another party
        "act_called_off",  # "the cancellation of the minister's trip": no visit
        "pledged_work",  # "pledged cooperation with China": the pledge, no work done
        "unforbidding_instruction",  # "told the editors to attend": no restriction
        "forcing_thing",  # "high costs forced the firm to close": no coercion
        "press_exchange",  # "declined to comment": a newsroom's routine
        "contest_result",  # "beat Tarvia 3-1": a game or a vote
        "act_as_guessed_subject",  # "a partnership could weaken the cartels"
        "attempt",  # "is seeking to sign a deal": the deal, if anything
        "received_thing",  # "received advertising contracts": no visit
        "arriving_thing",  # "the vaccines arrived in Lima": no visit
        "help_with_a_task",  # "can help push for her release": no aid
        "plan_called_off",  # "planned to sign the pact, but Santiago pulled out"
        "idiom_patient",  # "the report was released"
        "left_by_a_deed",  # "the takeover left millions without work"
        "gathering_of_no_crowd",  # "ministers gathered in Suva": no protest
        "withdrawal_from_a_plan",  # "planned to sign, but Lima pulled out"
        "question",  # "was asked whether …": an interview, no request
        "question_content",  # "asked whether Chile would send troops": not sent
        "fronted_participle_without_doer",  # "Pressed on the point, the minister said"
        "generic_gerund",  # "Taking over a country by force is not the path"
        "participle_as_people",  # "evacuated the wounded": people, no deed
        "part_of_a_name",  # "the Alliance of Island States said", "Ban Ki-moon": a name
        "threat_as_danger",  # "a threat to Somalia": a danger, no one's threat
        "forestalled_deed",  # "warned NATO against sending troops": not sent
        "purpose_of_a_diplomatic_act",  # "summoned the ambassador to protest"
        "non_state_put_out",  # "suspended production": no member state suspended
        "release_not_told_done",  # "to secure his release", "a press release"
        "ruled_out_guess",  # "police ruled out foul play": no act refused
        "aimed_at_no_actor",  # "Kenya's measures against the pandemic": no party sanctioned
        "unarmed_mover",  # "protesters massed outside parliament": no forces moved
        "sent_home",  # "sent its troops home": forces brought back, no deployment
        "civil_contest",  # "a diplomatic standoff": words, no forces facing each other
        "nearing_no_party",  # "moved closer to a deal", "troops moved closer to Kyiv"
        "stative_thing",  # "the rules are aligned with EU standards": no party aligns
        "uncertain_act",  # "it is unclear whether Kenya will send troops": not told done
        "feared_act",  # "amid fears of an attack on Kharkiv": feared, not done
        "drill_kind",  # "carried out a bombing drill": the kind of drill, no bombing
        "civil_exercise",  # "took part in the census exercise": no forces drilled
        "judged_act",  # "it is in Egypt's interest to work with Turkey": advice, no act
        "invited_act",  # "invited the Togolese president to visit Accra": no visit yet
        "any_act",  # "any visit by the emperor must be preceded by …": a kind of act
        "called_to_testify",  # "were called as witnesses": a summons, no call
        "left_act",  # "walked away from the talks": no talks held
        "ordered_act",  # "ordered the release of X": the release, no coercion by the order
        "order_to_own_side",  # "ordered his negotiator to fly to Havana": his own people
        "reprisal_told_done",  # "retaliated with tariffs": the tariffs, no reprisal held out
        "no_labour_strike",  # "the strike on the depot": an air strike, no walkout
        "unheeded_act",  # "ignored calls to free the bishop": not freed
        "unnegated_acceptance",  # "accepted the result": only "would not accept X" refuses
    }
)
VETO_KEYS = frozenset({"veto", "types", "not"})
# spaCy's coarse parts of speech (Universal Dependencies, and SPACE)
UPOS = frozenset(
    [
        "ADJ",
        "ADP",
        "ADV",
        "AUX",
        "CCONJ",
        "DET",
        "INTJ",
        "NOUN",
        "NUM",
        "PART",
        "PRON",
        "PROPN",
        "PUNCT",
        "SCONJ",
        "SPACE",
        "SYM",
        "VERB",
        "X",
    ]
)


@dataclass(frozen=True, slots=True)
class Step:
    """One construction the coder tries at a word; ``pos`` and ``lemma_in`` (an
    events.yaml word list holding one of the word's lemmas) narrow the words."""

    construction: str
    pos: frozenset[str] | None = None
    lemma_in: str | None = None


@dataclass(frozen=True, slots=True)
class Veto:
    """A test that rules out a word a trigger line matched, for trigger lines of
    ``types`` (all when None); ``not_coded``: sentences it keeps from being coded."""

    name: str
    types: frozenset[str] | None
    not_coded: tuple[Example, ...]


def step_of(given: Any, lexicon: EventLexicon, where: str, source: str) -> Step:
    """One entry of ``construction_order:`` as a Step, or DataError naming it."""
    entry = {"construction": given} if isinstance(given, str) else given
    if not isinstance(entry, dict) or not set(entry) <= STEP_KEYS or "construction" not in entry:
        raise DataError(
            f"{source}: {where}: {given!r} is neither a construction's name nor a mapping "
            f"with the keys {', '.join(sorted(STEP_KEYS))} ('construction' required)"
        )
    name = str(entry["construction"])
    if name not in STEPS:
        raise DataError(
            f"{source}: {where}: construction {name!r} is unknown; the coder knows "
            f"{', '.join(sorted(STEPS))}"
        )
    pos = entry.get("pos")
    tags = frozenset(pos if isinstance(pos, list) else [pos]) if pos is not None else None
    if tags is not None and not tags <= UPOS:
        raise DataError(f"{source}: {where}: pos {pos!r}; the parts of speech are {sorted(UPOS)}")
    lemma_in = entry.get("lemma_in")
    if lemma_in is not None and not isinstance(getattr(lexicon, str(lemma_in), None), frozenset):
        raise DataError(f"{source}: {where}: lemma_in {lemma_in!r} is no word list of events.yaml")
    return Step(name, tags, lemma_in)


def read_steps(given: Any, lexicon: EventLexicon, source: str) -> tuple[Step, ...]:
    """``construction_order:`` as Steps: a list naming each construction once, the
    lexicon's triggers (``lexicon_trigger``) among them."""
    if not isinstance(given, list):
        raise DataError(f"{source}: construction_order must be a list of constructions")
    steps = tuple(
        step_of(entry, lexicon, f"construction_order[{number}]", source)
        for number, entry in enumerate(given)
    )
    names = [s.construction for s in steps]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise DataError(f"{source}: construction_order names {', '.join(twice)} more than once")
    if "lexicon_trigger" not in names:
        raise DataError(
            f"{source}: construction_order lacks lexicon_trigger (the triggers of events.yaml)"
        )
    return steps


def veto_of(
    given: Any, classes: dict[str, frozenset[str]], lexicon: EventLexicon, where: str, source: str
) -> Veto:
    """One entry of ``trigger_vetoes:`` as a Veto, or DataError naming it."""
    entry = refuse_unknown(given, VETO_KEYS, where, source)
    name = str(entry.get("veto"))
    if name not in VETOES:
        raise DataError(
            f"{source}: {where}: veto {name!r} is unknown; the coder knows "
            f"{', '.join(sorted(VETOES))}"
        )
    types = entry.get("types")
    return Veto(
        name=name,
        types=type_set(types, classes, lexicon, where, source) if types is not None else None,
        not_coded=examples_of(entry.get("not", []), lexicon, f"{where} not", source),
    )


def read_vetoes(
    given: Any, classes: dict[str, frozenset[str]], lexicon: EventLexicon, source: str
) -> tuple[Veto, ...]:
    """``trigger_vetoes:`` as Vetoes, each naming a test once."""
    if not isinstance(given, list):
        raise DataError(f"{source}: trigger_vetoes must be a list of vetoes")
    vetoes = tuple(
        veto_of(entry, classes, lexicon, f"trigger_vetoes[{number}]", source)
        for number, entry in enumerate(given)
    )
    names = [v.name for v in vetoes]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise DataError(f"{source}: trigger_vetoes names {', '.join(twice)} more than once")
    return vetoes


__all__ = ["STEPS", "VETOES", "Step", "Veto", "read_steps", "read_vetoes"]
