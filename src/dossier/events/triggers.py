"""The event lexicon: ``data/events.yaml`` read into triggers and settings.

Each trigger line ("hold talks|meeting @multilateral") becomes a ``Trigger``; the types'
quad classes, PLOVER scores and the coder's word lists become one ``EventLexicon``."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from dossier.errors import DataError
from dossier.lexicon import load_data, word_set


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    mode: str | None
    noun: bool
    lemma: str
    particle: str | None = None
    objects: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        return 2 if self.objects else 1 if self.particle else 0


@dataclass(frozen=True, slots=True)
class TypeInfo:
    quad: int
    score: float
    modes: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RolePreps:
    """The prepositions that tell an event's roles (``preps:`` in events.yaml)."""

    destination: frozenset[str]  # where a retreat goes, not whom it leaves: "fled to X"
    engaged: frozenset[str]  # "engaged in talks with X"
    aimed: frozenset[str]  # where an attack is aimed: "fired rockets at X"
    partner: frozenset[str]  # "fought alongside X", "cooperation with X"
    asked_against: frozenset[str]  # "called for sanctions against X"
    sides: frozenset[str]  # the sides of talks: "talks between A and B"
    border: frozenset[str]  # "its border with Pakistan"
    object_recipient: frozenset[str]  # hung on the object: "sent arms to X"
    deed: frozenset[str]  # the deed a killing happened in: "killed in clashes with X"
    route: frozenset[str]  # the way a protest goes: "marched through Chisinau"


@dataclass(frozen=True, slots=True)
class EventLexicon:
    verbs: dict[str, tuple[Trigger, ...]]
    nouns: dict[str, tuple[Trigger, ...]]
    types: dict[str, TypeInfo]
    no_target_needed: frozenset[str]
    no_source_needed: frozenset[str]
    departures: frozenset[str]
    experiencers: frozenset[str]
    experiencer_preps: frozenset[str]
    stative_passives: frozenset[str]
    deed_nouns: frozenset[str]
    denials: frozenset[str]
    border_nouns: frozenset[str]
    topic_preps: frozenset[str]
    company_preps: frozenset[str]
    mediation_verbs: frozenset[str]
    warnings: frozenset[str]
    patient_nouns: frozenset[str]
    power_seizures: frozenset[str]
    support_verbs: frozenset[str]
    failures: frozenset[str]
    document_nouns: frozenset[str]
    military_modifiers: frozenset[str]
    ownership_verbs: frozenset[str]
    authorship_verbs: frozenset[str]
    ethnic_marks: frozenset[str]
    affiliations: frozenset[str]
    armed_nouns: frozenset[str]
    expulsion_heads: frozenset[str]
    envoy_nouns: frozenset[str]
    pursuit_passives: frozenset[str]
    idiom_objects: dict[str, frozenset[str]]
    harm_words: frozenset[str]
    charge_nouns: frozenset[str]
    administrations: frozenset[str]
    state_sectors: frozenset[str]
    missions: frozenset[str]
    refusal_verbs: frozenset[str]
    negated_stances: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_marks: frozenset[str]
    intended_heads: frozenset[str]
    future_aux: frozenset[str]
    claimed_heads: frozenset[str]
    allegation_heads: frozenset[str]
    request_heads: frozenset[str]
    statement_heads: frozenset[str]
    obligation_aux: frozenset[str]
    directive_heads: frozenset[str]
    necessity_heads: frozenset[str]
    target_preps: tuple[str, ...]
    noun_agent_preps: frozenset[str]
    noun_target_preps: frozenset[str]
    agentive_nouns: dict[str, frozenset[str]]
    place_preps: frozenset[str]
    spatial_types: frozenset[str]
    symmetric_types: frozenset[str]
    quote_stances: dict[str, frozenset[str]]
    complement_heads: dict[str, str]
    decision_heads: dict[str, str]
    offer_heads: frozenset[str]
    place_descriptions: frozenset[str]
    own_forces: frozenset[str]
    place_targets: frozenset[str]
    threat_modes: dict[str, dict[str, str]]
    threat_aux: frozenset[str]
    threat_heads: frozenset[str]
    state_forces: dict[str, str]
    force_modifiers: frozenset[str]
    preps: RolePreps
    evaluation_verbs: frozenset[str] = frozenset()
    located_people: frozenset[str] = frozenset()
    evaluations: dict[str, frozenset[str]] = field(default_factory=dict)
    dismissals: frozenset[str] = frozenset()
    rejected_when_negated: frozenset[str] = frozenset()
    natural_forces: frozenset[str] = frozenset()
    contest_verbs: frozenset[str] = frozenset()  # "beat Tarvia 3-1": a win, no attack
    contest_words: frozenset[str] = frozenset()
    exercise_nouns: frozenset[str] = frozenset()  # "held drills": MOBILIZE alone
    joint_words: frozenset[str] = frozenset()  # "joint drills": COOPERATE
    aimed_near: frozenset[str] = frozenset()  # "drills near Taiwan"
    restriction_verbs: frozenset[str] = frozenset()  # abroad: SANCTION
    member_bodies: frozenset[str] = frozenset()  # "expelled from the party"
    verbal_attack_verbs: frozenset[str] = frozenset()  # "attacked the plan": ACCUSE
    criticised_things: frozenset[str] = frozenset()
    spans_of_time: frozenset[str] = frozenset()
    press_words: frozenset[str] = frozenset()
    attempt_verbs: frozenset[str] = frozenset()
    wanting_verbs: frozenset[str] = frozenset()
    visit_receiving_verbs: frozenset[str] = frozenset()
    visitor_nouns: frozenset[str] = frozenset()
    helping_verbs: frozenset[str] = frozenset()
    gathering_verbs: frozenset[str] = frozenset()
    mutual_verbs: frozenset[str] = frozenset()
    idiom_particles: frozenset[str] = frozenset()
    race_positions: frozenset[str] = frozenset()  # "pulled out front": a place in a race
    receiving_verbs: frozenset[str] = frozenset()
    plea_verbs: frozenset[str] = frozenset()
    plea_words: frozenset[str] = frozenset()
    verdict_verbs: frozenset[str] = frozenset()  # "found X guilty": a verdict (plea_words)
    state_deed_modes: frozenset[str] = frozenset()  # issue 16, deeds (v16)
    custody_verbs: frozenset[str] = frozenset()
    custody_nouns: frozenset[str] = frozenset()
    cancellations: frozenset[str] = frozenset()
    cessations: frozenset[str] = frozenset()  # "stopped providing aid": a SANCTION
    protest_agents: frozenset[str] = frozenset()  # "protesters clashed with police"
    joint_deed_preps: frozenset[str] = frozenset()  # "raided in cooperation with X"
    joint_deed_nouns: frozenset[str] = frozenset()
    halt_nouns: frozenset[str] = frozenset()  # "a halt in US loans to Laos"
    halt_preps: frozenset[str] = frozenset()
    aid_nouns: frozenset[str] = frozenset()
    pledge_verbs: frozenset[str] = frozenset()  # "pledged $40 million in aid": intended
    pledge_nouns: frozenset[str] = frozenset()  # "a pledge of $5 million to Chad"
    sum_words: frozenset[str] = frozenset()
    designation_verbs: frozenset[str] = frozenset()  # "labelled a terrorist group"
    designation_nouns: frozenset[str] = frozenset()
    designation_marks: frozenset[str] = frozenset()
    economic_conflicts: frozenset[str] = frozenset()  # "a trade war with China"
    economic_marks: frozenset[str] = frozenset()
    economic_types: frozenset[str] = frozenset()
    keeping_preps: frozenset[str] = frozenset()  # "prevented X from leaving"
    people_nouns: frozenset[str] = frozenset()
    exercise_verbs: frozenset[str] = frozenset()  # "took part in drills with X"
    test_words: frozenset[str] = frozenset()  # "a ballistic missile test": MOBILIZE
    weapon_marks: frozenset[str] = frozenset()
    open_waters: frozenset[str] = frozenset()
    open_water_preps: frozenset[str] = frozenset()
    violated_goods: frozenset[str] = frozenset()  # "Yemen's sovereignty": wronged


def parse_trigger(type_: str, line: str, particles: frozenset[str]) -> Trigger:
    """One line of the trigger lexicon ("hold talks|meeting @multilateral") as a Trigger."""
    words, _, mode = line.partition("@")
    words = words.strip()
    noun = words.startswith("n:")
    if noun:  # "n:call for": a noun, and the preposition it needs ("calls for talks")
        lemma, _, particle = words[2:].strip().lower().partition(" ")
        return Trigger(type_, mode.strip() or None, True, lemma, particle=particle.strip() or None)
    parts = words.split()
    lemma, rest = parts[0].lower(), parts[1:]
    if rest and ("|" in rest[-1] or rest[-1] not in particles):
        return Trigger(  # "call off talks|meetings": the particle and the objects
            type_,
            mode.strip() or None,
            False,
            lemma,
            particle=rest[0] if len(rest) > 1 and rest[0] in particles else None,
            objects=frozenset(rest[-1].lower().split("|")),
        )
    return Trigger(type_, mode.strip() or None, False, lemma, particle=rest[0] if rest else None)


def upper_set(data: dict[str, Any], key: str) -> frozenset[str]:
    """The codes listed under ``key`` (PLOVER types, sectors), upper-cased."""
    return frozenset(str(t).upper() for t in data.get(key, []))


# the deed word lists (issue 16) and others, each read as the field of the same name
DEED_WORD_LISTS = ("protest_agents", "joint_deed_preps", "joint_deed_nouns", "halt_nouns",
                   "halt_preps", "aid_nouns", "pledge_verbs", "pledge_nouns", "sum_words",
                   "designation_verbs", "designation_nouns", "designation_marks", "keeping_preps",
                   "economic_conflicts", "economic_marks", "people_nouns", "exercise_verbs",
                   "gathering_verbs", "mutual_verbs", "plea_verbs", "plea_words", "idiom_particles",
                   "receiving_verbs", "exercise_nouns", "joint_words", "aimed_near", "test_words",
                   "weapon_marks", "race_positions", "verdict_verbs", "cancellations", "cessations",
                   "custody_nouns", "located_people", "threat_aux", "threat_heads",
                   "violated_goods", "offer_heads", "force_modifiers", "open_waters",
                   "open_water_preps")  # fmt: skip

# keys of events.yaml that are not EventLexicon fields of the same name
STRUCTURE_KEYS = frozenset({"particles", "types", "triggers"})
DERIVED_FIELDS = frozenset({"verbs", "nouns"})


def known_keys() -> frozenset[str]:
    """Every top-level key events.yaml may have."""
    names = {f.name for f in fields(EventLexicon)} - DERIVED_FIELDS
    return frozenset(names) | STRUCTURE_KEYS


def validate_events_data(data: Any, source: str = "events.yaml") -> dict[str, Any]:
    """``data`` if it is a well-formed events file, else DataError naming the key.
    Unknown keys are refused (a misspelt key would otherwise be read as an empty list),
    and so are trigger lists under types the file does not define."""
    if not isinstance(data, dict):
        raise DataError(f"{source}: expected a mapping of keys, got {type(data).__name__}")
    unknown = sorted(set(data) - known_keys())
    if unknown:
        raise DataError(
            f"{source}: unknown key(s) {', '.join(map(repr, unknown))}; fix the spelling, or "
            "add a field of that name to triggers.EventLexicon and read it in event_lexicon()"
        )
    types = data.get("types") or {}
    stray = sorted(set(data.get("triggers") or {}) - set(types))
    if stray:
        raise DataError(
            f"{source}: triggers listed under undefined type(s) {', '.join(stray)}; "
            "define each under 'types:' with its quad and score"
        )
    for key, value in data.items():
        if key not in ("types", "triggers", "preps") and not isinstance(value, list | dict):
            raise DataError(f"{source}: '{key}' must be a list (or a mapping), not {value!r}")
    return data


def role_preps(data: dict[str, Any], source: str = "events.yaml") -> RolePreps:
    """The ``preps:`` mapping as RolePreps; DataError names a missing or unknown role."""
    given = data.get("preps") or {}
    roles = {f.name for f in fields(RolePreps)}
    unknown, missing = sorted(set(given) - roles), sorted(roles - set(given))
    if unknown or missing:
        raise DataError(
            f"{source}: 'preps' has unknown role(s) {unknown or '-'} and lacks {missing or '-'}; "
            f"the roles are {', '.join(sorted(roles))}"
        )
    return RolePreps(**{role: frozenset(str(p).lower() for p in given[role]) for role in roles})


@lru_cache(maxsize=1)
def event_lexicon() -> EventLexicon:
    data: dict[str, Any] = validate_events_data(load_data("events.yaml"))
    verbs: dict[str, list[Trigger]] = {}
    nouns: dict[str, list[Trigger]] = {}
    particles = frozenset(str(p) for p in data.get("particles", []))
    for type_, lines in data["triggers"].items():
        for line in lines:
            trigger = parse_trigger(type_, str(line), particles)
            (nouns if trigger.noun else verbs).setdefault(trigger.lemma, []).append(trigger)
    return EventLexicon(
        verbs={k: tuple(v) for k, v in verbs.items()},
        nouns={k: tuple(v) for k, v in nouns.items()},
        types={
            name: TypeInfo(int(info["quad"]), float(info["score"]), dict(info.get("modes", {})))
            for name, info in data["types"].items()
        },
        no_target_needed=upper_set(data, "no_target_needed"),
        no_source_needed=upper_set(data, "no_source_needed"),
        departures=word_set(data, "departures"),
        experiencers=word_set(data, "experiencers"),
        experiencer_preps=word_set(data, "experiencer_preps"),
        stative_passives=word_set(data, "stative_passives"),
        deed_nouns=word_set(data, "deed_nouns"),
        denials=word_set(data, "denials"),
        border_nouns=word_set(data, "border_nouns"),
        topic_preps=word_set(data, "topic_preps"),
        company_preps=word_set(data, "company_preps"),
        mediation_verbs=word_set(data, "mediation_verbs"),
        warnings=word_set(data, "warnings"),
        patient_nouns=word_set(data, "patient_nouns"),
        power_seizures=word_set(data, "power_seizures"),
        support_verbs=word_set(data, "support_verbs"),
        failures=word_set(data, "failures"),
        document_nouns=word_set(data, "document_nouns"),
        military_modifiers=word_set(data, "military_modifiers"),
        ownership_verbs=word_set(data, "ownership_verbs"),
        authorship_verbs=word_set(data, "authorship_verbs"),
        ethnic_marks=word_set(data, "ethnic_marks"),
        affiliations=word_set(data, "affiliations"),
        armed_nouns=word_set(data, "armed_nouns"),
        expulsion_heads=word_set(data, "expulsion_heads"),
        envoy_nouns=word_set(data, "envoy_nouns"),
        pursuit_passives=word_set(data, "pursuit_passives"),
        state_deed_modes=word_set(data, "state_deed_modes"),
        custody_verbs=word_set(data, "custody_verbs"),
        economic_types=upper_set(data, "economic_types"),
        **{name: word_set(data, name) for name in DEED_WORD_LISTS},
        idiom_objects={
            str(verb): frozenset(str(w).lower() for w in words)
            for verb, words in (data.get("idiom_objects") or {}).items()
        },
        harm_words=word_set(data, "harm_words"),
        charge_nouns=word_set(data, "charge_nouns"),
        administrations=word_set(data, "administrations"),
        state_sectors=upper_set(data, "state_sectors"),
        missions=word_set(data, "missions"),
        refusal_verbs=word_set(data, "refusal_verbs"),
        negated_stances=word_set(data, "negated_stances"),
        hypothetical_aux=word_set(data, "hypothetical_aux"),
        hypothetical_marks=word_set(data, "hypothetical_marks"),
        intended_heads=word_set(data, "intended_heads"),
        future_aux=word_set(data, "future_aux"),
        claimed_heads=word_set(data, "claimed_heads"),
        allegation_heads=word_set(data, "allegation_heads"),
        request_heads=word_set(data, "request_heads"),
        statement_heads=word_set(data, "statement_heads"),
        obligation_aux=word_set(data, "obligation_aux"),
        directive_heads=word_set(data, "directive_heads"),
        necessity_heads=word_set(data, "necessity_heads"),
        target_preps=tuple(str(w) for w in data.get("target_preps", [])),
        noun_agent_preps=word_set(data, "noun_agent_preps"),
        noun_target_preps=word_set(data, "noun_target_preps"),
        agentive_nouns={
            str(noun).lower(): frozenset(str(p) for p in preps)
            for noun, preps in data.get("agentive_nouns", {}).items()
        },
        place_preps=word_set(data, "place_preps"),
        spatial_types=upper_set(data, "spatial_types"),
        symmetric_types=upper_set(data, "symmetric_types"),
        quote_stances={
            str(t).upper(): frozenset(str(w).lower() for w in cues)
            for t, cues in data.get("quote_stances", {}).items()
        },
        place_descriptions=word_set(data, "place_descriptions"),
        own_forces=word_set(data, "own_forces"),
        threat_modes={
            str(t).upper(): {str(k or ""): str(v) for k, v in (modes or {}).items()}
            for t, modes in data.get("threat_modes", {}).items()
        },
        place_targets=upper_set(data, "place_targets"),
        state_forces={
            str(word).lower(): str(kind)
            for kind, words in data.get("state_forces", {}).items()
            for word in words
        },
        decision_heads={
            str(verb).lower(): str(t).upper()
            for t, verbs in data.get("decision_heads", {}).items()
            for verb in verbs
        },
        complement_heads={
            str(verb).lower(): str(t).upper()
            for t, verbs in data.get("complement_heads", {}).items()
            for verb in verbs
        },
        evaluation_verbs=word_set(data, "evaluation_verbs"),
        evaluations={
            str(t).upper(): frozenset(str(w).lower() for w in words)
            for t, words in data.get("evaluations", {}).items()
        },
        dismissals=word_set(data, "dismissals"),
        rejected_when_negated=word_set(data, "rejected_when_negated"),
        natural_forces=word_set(data, "natural_forces"),
        contest_verbs=word_set(data, "contest_verbs"),
        contest_words=word_set(data, "contest_words"),
        restriction_verbs=word_set(data, "restriction_verbs"),
        member_bodies=word_set(data, "member_bodies"),
        verbal_attack_verbs=word_set(data, "verbal_attack_verbs"),
        criticised_things=word_set(data, "criticised_things"),
        spans_of_time=word_set(data, "spans_of_time"),
        press_words=word_set(data, "press_words"),
        attempt_verbs=word_set(data, "attempt_verbs"),
        wanting_verbs=word_set(data, "wanting_verbs"),
        visit_receiving_verbs=word_set(data, "visit_receiving_verbs"),
        visitor_nouns=word_set(data, "visitor_nouns"),
        helping_verbs=word_set(data, "helping_verbs"),
        preps=role_preps(data),
    )
