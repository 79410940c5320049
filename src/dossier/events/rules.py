"""The rewrite rules: ``data/events/rewrites.yaml`` read into typed, validated rules.

A rewrite turns a candidate event into the type, mode, negation or modality it ends
with: "does not recognize X" is a REJECT, "ordered the ambassador to leave" a SANCTION,
"will impose a curfew" a THREATEN.  Each rule names a construction the engine
(``events.rewrites``) can test, the types it applies to, and what it sets; each carries
example sentences, with the event they must code, that ``tests/test_data_examples.py``
runs through the whole pipeline.  Type classes ("cooperative", "deeds") and the type a
construction codes ("a court plea of not guilty is a REJECT") are data here too.

A misspelt key, an unknown construction or operation, or a type the lexicon does not
define is a ``DataError`` naming the file, the rule and the key.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol, TypeVar

from dossier.errors import DataError
from dossier.events.rule_data import (
    SOURCE,
    Example,
    examples_of,
    refuse_unknown,
    type_code,
    type_set,
)
from dossier.events.steps import Step, Veto, read_steps, read_vetoes
from dossier.events.triggers import EventLexicon, Trigger, event_lexicon
from dossier.lexicon import load_data

# the named tests a rule's ``when: construction`` may ask (implemented in events.rewrites)
CONSTRUCTIONS = frozenset(
    {
        "failed_to",  # "failed to free the prisoners"
        "stopped_hostility",  # "halted its shelling of Kharkiv": its own deed stopped
        "did_not_fail_to",  # "did not fail to free them": it happened
        "fired_as_show_of_force",  # "fired a missile into the sea": a show of force
        "armed_subject",  # "peacekeepers arrived": the subject names armed bodies
        "ordered_envoy_to_leave",  # "ordered the ambassador to leave"
        "conditioned_future",  # "will withdraw its troops unless X …": an act held out
        "weighed_act",  # "is considering sanctions against X": force or coercion weighed
        "ordered_others_to_leave",  # "ordered the reporters to leave the country"
        "blocked_by_state",  # "police blocked the roads"
        "announced",  # "will impose a curfew", "is prepared to impose martial law"
        "warned_passive",  # "police said looters would be arrested": the speaker's threat
        "denied_permission",  # "residents are not allowed to leave": a restriction
        "offered",  # "is willing to send troops"
        "imagined_help",  # "unless our friends can supply us": help only imagined in a quote
        "refused_stance_or_future",  # "not inclined to support", "will not extend"
        "object_of_negated_verb",  # "did not sign an accord": a noun under a negated verb
        "head_refuses_future",  # "would not extend its ceasefire"
        "asks_act_suffered",  # "called for Vong's release": an act its target would suffer
        "asks_of_sides",  # "urged an end to the war between A and B"
        "offer_noun",  # "expressed willingness to help Chile": what the noun's clause offers
        "material_offer",  # "offered Laos military support": an offer (AGREE), no stance
        "subject_led_by",  # "senators led by Maria Gonzalez urged …": no source but a leader
        "state_participle",  # "stands accused of sedition": a passive told as a state
        "future_tense",  # "will visit Laos", "said it will support …" (not "would … if")
        "reported_future",  # "said it would send helicopters to Ecuador"
        "verbal_attack",  # "attacked the government for failing to …": words, no force
        "foreign_restriction",  # "the US could impose restrictions on Chinese firms"
        "domestic_measure",  # "Nicaraguan measures against journalists in Managua": its own people
        "expelled_from_body",  # "was expelled from the ruling party"
        "expelled_by_body",  # "the ruling party expelled its deputy leader"
        "put_out_by_body",  # "was suspended from the bloc": no doer named but the body
        "solo_exercise",  # "China held drills near Taiwan": one side, no partner
        "protester_subject",  # "protesters clashed with police": a deed by protesters
        "protester_partner",  # "police clashed with protesters": a fight with protesters
        "state_subject",  # "China protested", "Manila protested the blockade": a state's complaint
        "co_hosts",  # "Cuba and Norway hosted the talks": hosts, no guest named
        "aid_purpose",  # "approved a package for supporting X": the help is the aid's
        "military_help",  # "Kenya's military backing of X": backing in arms is aid
        "body_assembly",  # "NATO ministers met in Brussels": one body meets, no partner
        "offered_act",  # "is open to talks with X", "looks forward to working with X"
        "conditional_offer",  # "would sit down with the envoy if he promised safe passage"
        "refused_act",  # "is not open to talks with X": a refusal
        "stopped_act",  # "stopped providing aid to Laos": the cooperation ended
        "envoy_expulsion_noun",  # "Peru's expulsion of the Bolivian ambassador"
        "envoy_given_time_to_leave",  # "gave two diplomats 48 hours to leave"
        "others_given_time_to_leave",  # "gave the reporters a week to leave the country"
    }
)
# the named operations a rule's ``then: operation`` may run, before it sets type and mode
OPERATIONS = frozenset(
    {
        "sources_as_each_other",  # "A and B failed to agree": each other's target
        "stopper_as_source",  # "Israel paused airstrikes": Israel's own
        "skip_departure",  # the leaving an expulsion orders is not coded on its own
        "threat_mode",  # the mode the threatened act gives (threat_modes in events.yaml)
        "weigher_threat",  # the same, made by the one weighing the act ("is considering")
        "warner_threat",  # the same, made by the one who warns of it ("said X would be jailed")
        "speaker_asks_helpers",  # the speaker asks the would-be helpers
        "doer_as_target",  # a request for X's release is made to X's captor
        "sides_as_targets",  # a request for an end to a war between A and B: to A and B
        "offered_targets",  # "willingness to help Chile": Chile
        "leader_as_source",  # "senators led by Maria Gonzalez": Gonzalez's side
        "subject_as_target",  # "X stands accused of …": X is accused, by whom the by-phrase names
        "promise",  # an act promised: the promiser alone when no one else is named
        "body_as_source",  # "was suspended from the bloc": the bloc suspends
        "aimed_near",  # "drills near Taiwan": Taiwan, else no one
        "without_protest_setting",  # "clashed with police in Lima": Lima is no target
        "protest_against_doer",  # "police clashed with protesters": a protest against police
        "meets_alone",  # "the AU summit opened": the body's own meeting, no partner read in
        "giver_as_source",  # "received drones from Iran": Iran gives, the subject receives
        "sender_as_source",  # "was extradited to Spain from Peru": Peru hands over
        "partner_unnamed",  # "is cooperating with prosecutors": one party, no target
        "given_time_as_target",  # "gave X 48 hours to leave": X is put out
        "envoy_expeller_as_source",  # "the expulsion of two diplomats by Peru": Peru
    }
)
STAGES = frozenset({"verb", "noun"})
RULE_KEYS = frozenset({"name", "stage", "when", "then", "examples", "not"})
WHEN_KEYS = frozenset(
    {"construction", "types", "trigger_types", "trigger_mode", "negated", "lemma_in"}
)
THEN_KEYS = frozenset({"type", "mode", "negated", "asserted", "operation", "last"})
CONSTRUCTION_TYPE_KEYS = frozenset({"type", "mode", "words", "examples", "not"})
FILE_KEYS = frozenset({"classes", "constructions", "construction_order", "trigger_vetoes", "rules"})


class Typed(Protocol):
    """What ``RewriteRules.next_rule`` reads of a candidate (``events.state._Candidate``,
    a layer above): its type as it stands and its trigger line."""

    type: str
    trigger: Trigger


C = TypeVar("C", bound=Typed)


@dataclass(frozen=True, slots=True)
class Condition:
    """When a rule applies: every key given must hold."""

    constructions: tuple[str, ...] = ()
    types: frozenset[str] | None = None  # the candidate's type as it stands
    trigger_types: frozenset[str] | None = None  # the type of the trigger's own line
    trigger_mode: str | None = None
    negated: bool | None = None
    lemma_in: str | None = None  # an events.yaml word list holding the trigger's lemma


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a rule sets; ``last`` ends the stage's rules for this candidate."""

    type: str | None = None
    mode: str | None = None
    negated: bool | None = None
    asserted: bool | None = None
    operation: str | None = None
    last: bool = False


@dataclass(frozen=True, slots=True)
class Rewrite:
    name: str
    stages: frozenset[str]  # "verb", "noun" or both
    when: Condition
    then: Outcome
    examples: tuple[Example, ...]
    not_coded: tuple[Example, ...]


@dataclass(frozen=True, slots=True)
class ConstructionType:
    """The type (and mode) a construction codes: "pleaded not guilty" is a REJECT."""

    name: str
    type: str
    mode: str | None
    examples: tuple[Example, ...]
    not_coded: tuple[Example, ...]
    words: frozenset[str] = frozenset()  # the construction's own word list, if it has one


@dataclass(frozen=True, slots=True)
class RewriteRules:
    classes: dict[str, frozenset[str]]
    constructions: dict[str, ConstructionType]
    steps: tuple[Step, ...]  # the constructions the coder tries at a word, in order
    vetoes: tuple[Veto, ...]  # the tests that rule out a matched trigger line
    rules: tuple[Rewrite, ...]
    stages: dict[str, tuple[Rewrite, ...]]

    def of_class(self, name: str) -> frozenset[str]:
        """The PLOVER types of the class ``name`` (``classes:``)."""
        return self.classes[name]

    def stage(self, name: str) -> tuple[Rewrite, ...]:
        """The rules of one stage, in file order."""
        return self.stages.get(name, ())

    def next_rule(
        self, stage: str, after: int, candidate: C, holds: Callable[[Condition, C], bool]
    ) -> int:
        """The position of the first rule of ``stage`` after ``after`` whose ``when``
        holds for ``candidate`` (-1 if none), asking only those ``open_rules`` leaves open
        to its type as it stands: the rule ``Rewrites.rewrite`` applies next."""
        rules = self.stage(stage)
        open_ = open_rules(rules, candidate.type, candidate.trigger.type)
        later = open_[bisect_right(open_, after) :]
        return next((i for i in later if holds(rules[i].when, candidate)), -1)

    def coded_as(self, construction: str) -> ConstructionType:
        """The type a construction codes (``constructions:``)."""
        return self.constructions[construction]

    def all_examples(self) -> list[tuple[str, Example, bool]]:
        """(rule name, example, must code) for every example and ``not:`` sentence."""
        found: list[tuple[str, Example, bool]] = []
        for coded in self.constructions.values():
            found += [(coded.name, e, True) for e in coded.examples]
            found += [(coded.name, e, False) for e in coded.not_coded]
        for veto in self.vetoes:
            found += [(f"veto {veto.name}", e, False) for e in veto.not_coded]
        for rule in self.rules:
            found += [(rule.name, e, True) for e in rule.examples]
            found += [(rule.name, e, False) for e in rule.not_coded]
        return found


def condition_of(
    given: Any, classes: dict[str, frozenset[str]], lexicon: EventLexicon, where: str
) -> Condition:
    when = refuse_unknown(given, WHEN_KEYS, f"{where}: 'when'")
    named = when.get("construction", [])
    constructions = tuple(named if isinstance(named, list) else [named])
    for name in constructions:
        if name not in CONSTRUCTIONS:
            raise DataError(
                f"{SOURCE}: {where}: construction {name!r} is unknown; the engine knows "
                f"{', '.join(sorted(CONSTRUCTIONS))}"
            )
    lemma_in = when.get("lemma_in")
    if lemma_in is not None and not isinstance(getattr(lexicon, str(lemma_in), None), frozenset):
        raise DataError(f"{SOURCE}: {where}: lemma_in {lemma_in!r} is no word list of events.yaml")
    return Condition(
        constructions=constructions,
        types=type_set(when["types"], classes, lexicon, where) if "types" in when else None,
        trigger_types=(
            type_set(when["trigger_types"], classes, lexicon, where)
            if "trigger_types" in when
            else None
        ),
        trigger_mode=when.get("trigger_mode"),
        negated=when.get("negated"),
        lemma_in=lemma_in,
    )


def outcome_of(given: Any, lexicon: EventLexicon, where: str) -> Outcome:
    then = refuse_unknown(given, THEN_KEYS, f"{where}: 'then'")
    operation = then.get("operation")
    if operation is not None and operation not in OPERATIONS:
        raise DataError(
            f"{SOURCE}: {where}: operation {operation!r} is unknown; the engine knows "
            f"{', '.join(sorted(OPERATIONS))}"
        )
    return Outcome(
        type=type_code(then["type"], lexicon, where) if "type" in then else None,
        mode=then.get("mode"),
        negated=then.get("negated"),
        asserted=then.get("asserted"),
        operation=operation,
        last=bool(then.get("last", False)),
    )


def rule_of(
    number: int, given: Any, classes: dict[str, frozenset[str]], lexicon: EventLexicon
) -> Rewrite:
    entry = refuse_unknown(given, RULE_KEYS, f"rules[{number}]")
    where = f"rule {entry.get('name', number)!r}"
    given_stage = entry.get("stage", "verb")
    listed = given_stage if isinstance(given_stage, list) else []
    stages = frozenset([given_stage] if isinstance(given_stage, str) else listed)
    if not stages or not stages <= set(STAGES):
        raise DataError(f"{SOURCE}: {where}: stage {given_stage!r}; the stages are verb, noun")
    return Rewrite(
        name=str(entry.get("name", number)),
        stages=stages,
        when=condition_of(entry.get("when", {}), classes, lexicon, where),
        then=outcome_of(entry.get("then", {}), lexicon, where),
        examples=examples_of(entry.get("examples", []), lexicon, f"{where} examples"),
        not_coded=examples_of(entry.get("not", []), lexicon, f"{where} not"),
    )


def construction_type_of(name: str, given: Any, lexicon: EventLexicon) -> ConstructionType:
    where = f"constructions: {name!r}"
    entry = refuse_unknown(given, CONSTRUCTION_TYPE_KEYS, where)
    return ConstructionType(
        name=name,
        type=type_code(entry.get("type"), lexicon, where),
        mode=entry.get("mode"),
        examples=examples_of(entry.get("examples", []), lexicon, f"{where} examples"),
        not_coded=examples_of(entry.get("not", []), lexicon, f"{where} not"),
        words=frozenset(str(w).lower() for w in entry.get("words", [])),
    )


def read_rewrites(data: Any, lexicon: EventLexicon) -> RewriteRules:
    """``data`` (the parsed rewrites file) as RewriteRules, or DataError naming the key."""
    top = refuse_unknown(data, FILE_KEYS, "the file")
    classes = {
        str(name): type_set(list(types), {}, lexicon, f"classes: {name!r}")
        for name, types in (top.get("classes") or {}).items()
    }
    rules = tuple(
        rule_of(n, entry, classes, lexicon) for n, entry in enumerate(top.get("rules") or [])
    )
    return RewriteRules(
        classes=classes,
        constructions={
            str(name): construction_type_of(str(name), entry, lexicon)
            for name, entry in (top.get("constructions") or {}).items()
        },
        steps=read_steps(top.get("construction_order"), lexicon, SOURCE),
        vetoes=read_vetoes(top.get("trigger_vetoes"), classes, lexicon, SOURCE),
        rules=rules,
        stages={stage: tuple(r for r in rules if stage in r.stages) for stage in STAGES},
    )


@lru_cache(maxsize=1)
def rewrite_rules() -> RewriteRules:
    """The packaged rewrite rules, read and validated once."""
    return read_rewrites(load_data(SOURCE), event_lexicon())


__all__ = [  # and what events.rule_data reads every events data file with
    "ConstructionType",
    "Example",
    "RewriteRules",
    "examples_of",
    "read_rewrites",
    "refuse_unknown",
    "rewrite_rules",
    "type_code",
    "type_set",
]


AdmittedSteps = dict[tuple[int, int, int], tuple[Step, ...]]

_OPEN: dict[tuple[int, str, str], tuple[tuple[Rewrite, ...], tuple[int, ...]]] = {}


def open_rules(rules: tuple[Rewrite, ...], type_: str, trigger_type: str) -> tuple[int, ...]:
    """The positions in ``rules`` (one stage's, in file order) of the rules whose ``types``
    and ``trigger_types`` admit a candidate of ``type_`` from a trigger line of
    ``trigger_type`` (a key not given admits any): the only ones whose ``when`` can hold
    for it while its type stands. Kept for the life of the process."""
    key = (id(rules), type_, trigger_type)
    kept = _OPEN.get(key)
    if kept is None or kept[0] is not rules:
        positions = tuple(
            i
            for i, rule in enumerate(rules)
            if (rule.when.types is None or type_ in rule.when.types)
            and (rule.when.trigger_types is None or trigger_type in rule.when.trigger_types)
        )
        kept = _OPEN[key] = (rules, positions)
    return kept[1]


_ADMITTED: dict[tuple[int, int], tuple[RewriteRules, EventLexicon, AdmittedSteps]] = {}


def admitted_by_word(rules: RewriteRules, lexicon: EventLexicon) -> AdmittedSteps:
    """``Rewrites.admitted_steps`` under ``rules`` and ``lexicon``, by the part of
    speech, lemma and lowercased word met (their string ids), kept for the life of the
    process."""
    key = (id(rules), id(lexicon))
    if key not in _ADMITTED:
        _ADMITTED[key] = (rules, lexicon, {})
    return _ADMITTED[key][2]
