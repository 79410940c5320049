"""The typed schema of every packaged data file, and the check that enforces it.

A data file is a mapping whose keys the schema lists; each value has a declared
shape (a word list, a mapping of word lists, a list of records, a number).  An
unknown key or a value of the wrong shape raises ``DataError`` naming the file, the
key and the fix, so a misspelt key ("say_objcet") fails loudly instead of being
read as an empty list.  A bare ``on``/``off``/``yes``/``no`` in a word list (which
YAML reads as a boolean) is refused for the same reason.

Shapes: ``WORD`` (a string or a number, never a boolean), ``Words`` (a list of
them), ``ListOf``, ``MapOf`` (any keys, values of one shape) and ``Record`` (fixed
keys, each with its shape).  ``SCHEMAS`` holds one ``Record`` per file of
``src/dossier/data/``; ``VALIDATED_ELSEWHERE`` names the files whose own loader
checks them more strictly.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from dossier.errors import DataError


@dataclass(frozen=True, slots=True)
class Scalar:
    """One value of the given Python types (booleans only where ``bool`` is named)."""

    types: tuple[type, ...]
    name: str


@dataclass(frozen=True, slots=True)
class ListOf:
    item: Shape


@dataclass(frozen=True, slots=True)
class MapOf:
    """A mapping with free keys (ISO codes, sectors, words) and values of one shape."""

    value: Shape


@dataclass(frozen=True, slots=True)
class Record:
    """A mapping with these keys only; ``required`` ones must be present."""

    fields: dict[str, Shape]
    required: frozenset[str] = field(default_factory=frozenset)


Shape = Scalar | ListOf | MapOf | Record

WORD = Scalar((str, int, float), "a word")
TEXT = Scalar((str,), "a string")
INT = Scalar((int,), "an integer")
NUMBER = Scalar((int, float), "a number")
FLAG = Scalar((bool,), "true or false")
NULLABLE_TEXT = Scalar((str, type(None)), "a string or null")
Words = ListOf(WORD)
# the word lists of data/judgements.yaml
JUDGEMENT_LISTS = (
    "blame", "praise", "copulas", "praise_blocked_by", "predicate_only", "blame_verbs",
    "conduct_nouns", "blame_phrases", "place_verdicts", "critic_nouns", "critical_modifiers",
    "facing_verbs", "charges_faced", "likening_verbs", "wrongs", "wrong_verbs", "culprit_preps",
    "culprit_deeds", "act_anaphors", "received_with", "received_in", "blame_adverbs",
    "disproving_verbs", "deterring_verbs", "deterrents",
)  # fmt: skip
GRAMMAR_LISTS = (  # the word lists of data/grammar.yaml (beside its map of lemma_repairs)
    "relative_pronouns", "question_words", "subject_control", "control_preps", "stance_nouns",
    "owned_intent_nouns", "mandative_heads", "commitment_heads", "light_verbs", "arms_works",
    "question_preps", "question_verbs", "yes_no_marks", "negation_words", "arms_build_verbs",
    "reciprocal_possessives", "reciprocal_objects", "reciprocal_verbs", "reciprocal_nouns",
    "reciprocal_modifiers", "generic_subjects", "generic_determiners", "conversation_pronouns",
    "perfect_aux", "contrast_conjunctions", "forestalling_verbs", "forestalling_preps",
    "instruction_verbs", "forcing_verbs", "diplomatic_acts", "delegation_preps", "advancing_nouns",
    "means_preps", "blame_verbs", "blamed_on_preps", "blamed_for_preps", "fire_nouns",
    "calling_off_nouns", "third_party_preps", "force_moves", "law_nouns", "negating_adverbs",
    "negating_determiners", "ultimatum_verbs", "ultimatum_means", "avoiding_verbs",
    "toll_participles", "told_heads", "uncertainty_heads", "uncertainty_nouns", "invitation_words",
    "ordering_verbs", "leaving_verbs", "negating_subjects", "any_determiners", "judgement_heads",
    "testimony_words", "settling_verbs", "reporting_heads", "spoken_conjuncts", "time_nouns",
    "complaint_verbs", "unheeding_verbs", "fear_nouns", "looming_marks", "exercise_marks",
    "dismissal_verbs", "dismissal_posts", "dismissed_people", "armed_marks", "armed_forces",
    "exercise_happenings", "exchange_nouns", "exchanged_people", "exchange_doings",
    "onlooker_verbs", "offer_nouns", "restoring_verbs", "wronged_of_nouns")  # fmt: skip
# word lists of data/coref.yaml (beside those with their own shape, listed in its record)
COREF_LISTS = ("relational_nouns", "spokespeople", "leading_verbs", "governing_bodies",
    "state_groups", "setting_nouns", "deed_nouns", "stance_prefixes", "irregular_groups",
    "other_words", "speaking_organs", "regimes", "listing_heads")  # fmt: skip


def all_required(fields: dict[str, Shape], optional: frozenset[str] = frozenset()) -> Record:
    """A record every field of which must be present, but ``optional`` ones."""
    return Record(fields, frozenset(fields) - optional)


WordGroups = MapOf(Words)
VerdictEvent = Record({"type": TEXT, "mode": NULLABLE_TEXT}, frozenset({"type", "mode"}))


def check(value: Any, shape: Shape, source: str, where: str = "") -> None:
    """Raise DataError if ``value`` does not have ``shape``; ``where`` is its key path."""
    if isinstance(shape, Scalar):
        check_scalar(value, shape, source, where)
    elif isinstance(shape, ListOf):
        if not isinstance(value, list):
            raise wrong(source, where, "a list", value)
        for number, item in enumerate(value):
            check(item, shape.item, source, f"{where}[{number}]")
    elif isinstance(shape, MapOf):
        if not isinstance(value, dict):
            raise wrong(source, where, "a mapping", value)
        for key, item in value.items():
            check(item, shape.value, source, join(where, key))
    else:
        check_record(value, shape, source, where)


def check_scalar(value: Any, shape: Scalar, source: str, where: str) -> None:
    if isinstance(value, bool) and bool not in shape.types:
        raise DataError(
            f"{source}: {place(where)} is {value!r}, which YAML reads from a bare "
            'on/off/yes/no/true/false; quote the word ("on")'
        )
    if not isinstance(value, shape.types):
        raise wrong(source, where, shape.name, value)


def check_record(value: Any, shape: Record, source: str, where: str) -> None:
    if not isinstance(value, dict):
        raise wrong(source, where, "a mapping", value)
    for key in value:
        if key not in shape.fields:
            raise unknown_key(source, join(where, key), str(key), shape)
    for key in sorted(shape.required - set(value)):
        raise DataError(f"{source}: {place(join(where, key))} is required but missing")
    for key, item in value.items():
        check(item, shape.fields[key], source, join(where, key))


def unknown_key(source: str, where: str, key: str, shape: Record) -> DataError:
    close = difflib.get_close_matches(key, list(shape.fields), n=1)
    hint = f"did you mean '{close[0]}'?" if close else "fix the spelling or remove it"
    known = ", ".join(sorted(shape.fields))
    return DataError(
        f"{source}: unknown {place(where)}; {hint} (known keys: {known}). A new key "
        "needs an entry in dossier/schemas.py and code that reads it"
    )


def wrong(source: str, where: str, expected: str, value: Any) -> DataError:
    shown = repr(value) if not isinstance(value, dict | list) else type(value).__name__
    return DataError(f"{source}: {place(where)} must be {expected}, not {shown}")


def join(where: str, key: object) -> str:
    return f"{where}.{key}" if where else str(key)


def place(where: str) -> str:
    return f"key '{where}'" if where else "the file"


ACTOR = Record(
    {
        "name": TEXT,
        "type": TEXT,
        "aliases": Words,
        "country": NULLABLE_TEXT,
        "sector": NULLABLE_TEXT,
        "sectors": ListOf(
            Record({"sector": TEXT, "since": TEXT, "until": TEXT}, frozenset({"sector"}))
        ),
        "roles": ListOf(
            Record(
                {"title": TEXT, "of": NULLABLE_TEXT, "since": TEXT, "until": TEXT},
                frozenset({"title"}),
            )
        ),
        "descriptions": Words,
    },
    frozenset({"name"}),
)
PLACE = Record(
    {
        "name": TEXT,
        "type": TEXT,
        "aliases": Words,
        "country": NULLABLE_TEXT,
        "level": TEXT,
        "capital": FLAG,
    },
    frozenset({"name"}),
)
DESCRIPTION = Record({"heads": Words, "type": TEXT, "sectors": Words, "country_only": FLAG,
    "needs_country_cue": FLAG, "modifiers": WordGroups}, frozenset({"heads", "type"}))  # fmt: skip
BOILERPLATE = Record({"drop_lines": Words, "tail_markers": Words,
    "inline": ListOf(Record({"pattern": TEXT, "key": TEXT}, frozenset({"pattern", "key"}))),
    "datelines": Words, "dateline_non_places": Words, "published_lines": Words,
    "header_prefixes": Words, "english_words": Words})  # fmt: skip

SCHEMAS: dict[str, Record] = {
    "actors.yaml": Record(
        {
            "actors": ListOf(ACTOR),
            "descriptions": ListOf(DESCRIPTION),
            "place_heads": Words,
            "institutions": Words,
            "generic_groups": Words,
            "group_heads": WordGroups,
            "org_kind_nouns": Words,
            "org_heads": Words,
            "not_entities": Record({"heads": Words, "names": Words, "leading": Words}),
            "place_nouns": Words,
            "portfolio_words": Words,
            "outlet_words": Words,
            "place_suffixes": Words,
            "places": ListOf(PLACE),
            "buildings": Words,
            "place_followers": Words,
            "compass_words": Words,
            "place_modifiers": Words,
        }
    ),
    "boilerplate.yaml": BOILERPLATE,
    "countries.yaml": Record(
        {
            "names": MapOf(TEXT),
            "unlisted": MapOf(TEXT),
            "capital_ambiguous": Words,
            "ambiguous": Words,
            "aliases": WordGroups,
            "demonyms": WordGroups,
            "seats": MapOf(TEXT),
            "region_bodies": MapOf(TEXT),
            "capital_actor_preps": Words,
            "capital_place_verbs": Words,
        }
    ),
    "dates.yaml": Record(
        {
            "months": ListOf(Words),
            "prepositions": Words,
            "leading_qualifiers": Words,
            "shift_qualifiers": Words,
            "year_prepositions": Words,
            "trailing_qualifiers": Words,
            "month_aliases": MapOf(INT),
            "relative_days": MapOf(INT),
            "named_dates": MapOf(TEXT),
            "annual_dates": MapOf(TEXT),
            "number_words": MapOf(INT),
            "units": MapOf(Record({"unit": TEXT, "count": INT}, frozenset({"unit", "count"}))),
            "relative_units": Words,
            "relative_words": MapOf(INT),
            "vague_words": Words,
            "vague_patterns": Words,
            "tense": Record(
                {"future_auxiliaries": Words, "scheduled_verbs": Words, "prospective_verbs": Words}
            ),
        }
    ),
    "judgements.yaml": Record(
        {
            **dict.fromkeys(JUDGEMENT_LISTS, Words),
            "verdict_events": Record(
                {kind: VerdictEvent for kind in ("blame", "praise", "dismissal")},
                frozenset({"blame", "praise", "dismissal"}),
            ),
        }
    ),
    "network.yaml": Record(
        {
            "acting_types": Words,
            "leading_words_any_type": Words,
            "leading_words": Words,
            "trailing_words": Words,
        }
    ),
    "speech.yaml": Record(
        {
            "say": Words,
            "say_infinitive": Words,
            "telling": Words,
            "say_object": Words,
            "say_as": Words,
            "say_request": Words,
            "say_that": Words,
            "content_preps": Words,
            "speak_verbs": Words,
            "not_content": Words,
            "unasserted_heads": Words,
            "evidential": Words,
            "unnamed_speakers": Words,
            "say_nouns": Words,
            "document_nouns": Words,
            "according_to": Words,
            "quoting": Words,
            "inverted": Words,
            "addressee_nouns": Words,
            "generic_titles": Words,
            "namesake_modifiers": WordGroups,
            "kin_nouns": WordGroups,
            "pronouns": WordGroups,
            "min_quote_words": INT,
            "max_quote_chars": INT,
        }
    ),
    "titles.yaml": Record(
        {
            "sectors": WordGroups,
            "relational": Words,
            "honorifics": Words,
            "name_particles": Words,
            "kinds": WordGroups,
            "org_sectors": WordGroups,
        }
    ),
    "grammar.yaml": all_required(
        {**dict.fromkeys(GRAMMAR_LISTS, Words), "lemma_repairs": MapOf(TEXT)},
        frozenset({"lemma_repairs"}),
    ),
    "epithets.yaml": Record(
        {
            "heads": MapOf(NULLABLE_TEXT),
            "own_place_preps": Words,
            "bare_heads": Words,
            "place_heads": Words,
            "own_place_verbs": Words,
            "features": MapOf(
                Record(
                    {
                        "words": Words,
                        "members": Words,
                        "regions": Words,
                        "subregions": Words,
                        "add": Words,
                        "drop": Words,
                        "examples": ListOf(
                            Record(
                                {"text": TEXT, "epithet": TEXT, "state": NULLABLE_TEXT},
                                frozenset({"text", "epithet", "state"}),
                            )
                        ),
                    },
                    frozenset({"words", "examples"}),
                )
            ),
        },
        frozenset(
            {"heads", "features", "own_place_preps", "own_place_verbs", "place_heads", "bare_heads"}
        ),
    ),
    "coref.yaml": all_required(
        {
            "definite": Words,
            "speaker_pronouns": Words,
            "group_pronouns": Words,
            "plural_pronouns": Words,
            "other_side_pronouns": Words,
            "relative_actors": Words,
            "pronouns": WordGroups,
            "thing_pronouns": Words,
            "group_preps": Words,
            "member_preps": Words,
            "official_sectors": Words,
            "number_words": MapOf(INT),
            "state_acts": Words,
            "state_bodies": Words,
            "pronoun_genders": MapOf(TEXT),
            "civilian_groups": Words,
            "police_acts": Words,
            "resident_titles": Words,
            "people_groups": Words,
            "either_groups": Words,
            "ownership_participles": Words,
            "pair_anaphors": MapOf(INT),
            **dict.fromkeys(COREF_LISTS, Words),
        },
    ),
}

# Files whose own loader validates them (more strictly than a shape can say).
VALIDATED_ELSEWHERE: dict[str, str] = {
    "events.yaml": "dossier.events.triggers.validate_events_data",
    "event_classifier.json": "dossier.event_classifier (a trained model, rewritten by train/)",
    "events/rewrites.yaml": "dossier.events.rules.read_rewrites",
    "events/frames.yaml": "dossier.events.frame_data.read_frames",
}


def validate(name: str, data: Any, source: str | None = None, *, partial: bool = False) -> Any:
    """``data`` (the parsed file ``name``) if it fits its schema, else DataError; with
    ``partial`` (a user's file laid over ours) no top-level key is required."""
    schema = SCHEMAS.get(name)
    if schema is not None:
        check(data, Record(schema.fields) if partial else schema, source or name)
    return data
