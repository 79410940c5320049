"""The argument frames: ``data/events/frames.yaml`` read into typed, validated frames.

A frame is a named operation of the engine (``events.frames``) that finds a trigger's
target in one construction: the object of the trigger's own preposition ("extradited X
to Britain"), its direct object, a to/with/against phrase, the country across a border
the verb names, the owner of what is acted on ("froze assets belonging to X"), ...
``verb_targets`` lists them in the order they are tried for a verbal trigger; the first
that names anyone gives the target.  ``noun_roles`` does the same for a nominal trigger
("India's assistance", "talks between A and B"), each frame filling the source, the
target or both, tried while the role it fills is still empty.  A frame may be limited
to trigger types (``types:`` a list or a class of rewrites.yaml, or a type set of
events.yaml such as ``place_targets``) or to quad classes (``quads:``).  Each carries ``examples:``
(sentences written for this file, and the event each must code) and may carry ``not:``.

An unknown frame or key is a ``DataError`` naming the file, the frame and the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from dossier.data_files import load_data, user_data_file
from dossier.errors import DataError
from dossier.events.frame_patterns import AGENT, DOER, NOUN_ROLES, ROLES, FramePattern, read_pattern
from dossier.events.rules import Example, examples_of, refuse_unknown, rewrite_rules, type_set
from dossier.events.triggers import event_lexicon
from dossier.identity_cache import kept_for

SOURCE = "events/frames.yaml"

# the operations a frame may name (implemented in events.frames, VERB_TARGET_FRAMES)
VERB_TARGET_FRAMES = frozenset(
    {
        "named_object",  # "froze the Taliban's assets": the object a trigger line names
        "prep_phrase",  # "talked with X", "fired at X", "arrived in Amman"
        "prep_phrase_of_object",  # "lifted the curfew in X"
        "each_other",  # "A and B upgraded their ties"
    }
)
# the operations a noun_roles frame may name (implemented in events.noun_frames)
NOUN_ROLE_FRAMES = frozenset(
    {
        "own_phrases",  # possessor, compound, nationality, between/by/of/on phrases
        "pair_of_happening",  # "fighting broke out between A and B"
        "hyphenated_pair",  # "the Kenya-Somalia talks": A towards B
        "border_pair",  # "clashes on the Armenian-Azerbaijani border": A towards B
        "their_parley",  # "their second summit": the sides of the latest talks
        "relative_clause_doer",  # "the embargo that Denmark imposed on Iceland"
        "seized_home_country",  # "the army's takeover": the army's own country
        "clause_subject",  # "X said after talks with Y": X's talks
        "protest_purpose",  # "a strike in protest against X"
        "refused_content",  # "Chile's refusal to extradite him to Peru": Peru
        "threatened_content",  # "Iran's threat to attack Israel": Israel
    }
)
# the operations a verb_targets_around frame may name (implemented in events.frames)
AROUND_TARGET_FRAMES = frozenset(
    {
        "seized_home_country",  # "the military took power": its own country
        "condemned_deed_doer",  # "condemned X's arrest": the arrester
        "judged_act_doer",  # "Peru condemned the move": whoever made the move
        "deed_felt_about",  # "voiced outrage at the Russian strike": its doer
        "recalled_victim",  # "claimed responsibility for the attack": its target
        "purpose_of_same_type",  # "provided equipment to assist the police": the police
    }
)
FILLS = frozenset({"source", "target", "both"})
SECTIONS = {
    "verb_targets": VERB_TARGET_FRAMES,
    "verb_targets_around": AROUND_TARGET_FRAMES,
    "noun_roles": NOUN_ROLE_FRAMES,
}
# the word lists a construction of the engine reads, each with its examples
WORD_SECTIONS = frozenset(
    {
        *("host_participles", "causative_verbs", "response_verbs", "civil_marks"),
        *("material_marks", "imposition_nouns", "release_heads", "deed_counts"),
        "meeting_speech_verbs",
        *("outbreak_nouns", "outbreak_verbs", "outbreak_preps", "reprisal_verbs"),
        *("weighing_verbs", "labour_marks", "deed_outbreak_nouns", "deed_outbreak_verbs"),
        *("retreat_nouns", "retreat_effect_verbs", "retreat_doing_verbs", "retreat_in_force"),
        *("warning_heads", "warned_modals", "threat_makers", "threat_kinds"),
        *("charge_arising_verbs", "charge_emerging_verbs", "charge_times", "felt_wrongs"),
        *("held_talks_nouns", "talks_held_verbs", "aid_arrival_verbs", "aid_carriers"),
        *("aid_deliveries", "aid_blocking_verbs"),
        *("cyber_marks", "sexual_marks", "misinformation_marks", "marked_nouns"),
        *("practice_marks", "tally_nouns", "suffering_verbs", "permission_verbs"),
        "restricted_states",
    }
)
FILE_KEYS = frozenset(SECTIONS) | WORD_SECTIONS
WORD_KEYS = frozenset({"words", "examples", "not"})
FRAME_KEYS = frozenset(
    {
        *("frame", "name", "pattern", "patterns", "reason", "types", "quads", "fills"),
        *("always", "examples", "not"),
    }
)
# the sections whose frames may be patterns, and the role nodes their patterns may name
PATTERN_SECTIONS = {"verb_targets": ROLES, "verb_targets_around": ROLES, "noun_roles": NOUN_ROLES}


@dataclass(frozen=True, slots=True)
class Frame:
    name: str
    types: frozenset[str] | None  # trigger types it is tried for (None: every type)
    quads: frozenset[int] | None  # quad classes it is tried for (None: every quad)
    examples: tuple[Example, ...]
    not_coded: tuple[Example, ...]
    fills: str = "target"  # the role it fills: tried only while that role is empty
    always: bool = False  # tried even when a target is found (verb_targets_around)
    patterns: tuple[FramePattern, ...] = ()  # a pattern frame's (else ``name`` is code's)
    section: str = "verb_targets"

    @property
    def key(self) -> str:
        """The frame's name, unique across the file's sections."""
        return f"{self.section}/{self.name}"


# (a section's frames, the lexicon's types, a trigger type) -> the frames tried for it
Tried = tuple[tuple[Frame, ...], Mapping[str, Any], tuple[Frame, ...]]
TRIED: dict[tuple[int, int, str], Tried] = {}
PARTICLE: dict[int, tuple[Frame, bool]] = {}  # a frame -> needs_particle


def is_tried(frame: Frame, type_: str, types: Mapping[str, Any]) -> bool:
    """Whether ``frame`` is tried for a trigger of type ``type_`` (its ``types:`` and
    ``quads:``; ``types``: the event lexicon's, by type)."""
    if frame.types is not None and type_ not in frame.types:
        return False
    if frame.quads is None:
        return True
    info = types.get(type_)
    return info is not None and info.quad in frame.quads


def tried_in(frames: tuple[Frame, ...], type_: str, types: Mapping[str, Any]) -> tuple[Frame, ...]:
    """The frames of ``frames`` (a section of the frames file) tried for a trigger of type
    ``type_`` (``is_tried``), in order: found once per section, lexicon and type."""
    key = (id(frames), id(types), type_)
    kept = TRIED.get(key)
    if kept is None or kept[0] is not frames or kept[1] is not types:
        kept = TRIED[key] = (frames, types, tuple(f for f in frames if is_tried(f, type_, types)))
    return kept[2]


def needs_particle(frame: Frame) -> bool:
    """Whether every pattern of ``frame`` has a node only the trigger line's particle
    fills (``pattern_role`` gives no one for a line without one), found once per frame."""
    return kept_for(PARTICLE, frame, lambda one: all(p.particle_nodes for p in one.patterns))


@dataclass(frozen=True, slots=True)
class WordSection:
    """A word list of the frames file that a construction of the engine reads, with the
    examples that show it."""

    name: str
    words: frozenset[str]
    examples: tuple[Example, ...] = ()
    not_coded: tuple[Example, ...] = ()


def no_words() -> WordSection:
    """An empty word list, for a section the file leaves out."""
    return WordSection("", frozenset())


@dataclass(frozen=True, slots=True)
class FrameData:
    verb_targets: tuple[Frame, ...]
    verb_targets_around: tuple[Frame, ...]
    noun_roles: tuple[Frame, ...]
    # every word list of WORD_SECTIONS by name, those the engine reads by name also below
    word_sections: dict[str, WordSection] = field(default_factory=dict, hash=False)
    host_participles: WordSection = field(default_factory=no_words)
    causative_verbs: WordSection = field(default_factory=no_words)
    response_verbs: WordSection = field(default_factory=no_words)
    civil_marks: WordSection = field(default_factory=no_words)
    material_marks: WordSection = field(default_factory=no_words)
    release_heads: WordSection = field(default_factory=no_words)
    outbreak_nouns: WordSection = field(default_factory=no_words)
    outbreak_verbs: WordSection = field(default_factory=no_words)
    outbreak_preps: WordSection = field(default_factory=no_words)
    reprisal_verbs: WordSection = field(default_factory=no_words)
    weighing_verbs: WordSection = field(default_factory=no_words)
    labour_marks: WordSection = field(default_factory=no_words)
    retreat_nouns: WordSection = field(default_factory=no_words)
    retreat_effect_verbs: WordSection = field(default_factory=no_words)
    retreat_doing_verbs: WordSection = field(default_factory=no_words)
    retreat_in_force: WordSection = field(default_factory=no_words)
    deed_outbreak_nouns: WordSection = field(default_factory=no_words)
    deed_outbreak_verbs: WordSection = field(default_factory=no_words)
    warning_heads: WordSection = field(default_factory=no_words)
    warned_modals: WordSection = field(default_factory=no_words)
    threat_makers: WordSection = field(default_factory=no_words)
    threat_kinds: WordSection = field(default_factory=no_words)
    held_talks_nouns: WordSection = field(default_factory=no_words)
    talks_held_verbs: WordSection = field(default_factory=no_words)
    aid_arrival_verbs: WordSection = field(default_factory=no_words)
    aid_carriers: WordSection = field(default_factory=no_words)
    aid_deliveries: WordSection = field(default_factory=no_words)
    aid_blocking_verbs: WordSection = field(default_factory=no_words)

    def all_examples(self) -> list[tuple[str, Example, bool]]:
        """(frame name, example, must code) for every example and ``not:`` sentence."""
        found: list[tuple[str, Example, bool]] = []
        for frame in [*self.verb_targets, *self.verb_targets_around, *self.noun_roles]:
            found += [(frame.name, e, True) for e in frame.examples]
            found += [(frame.name, e, False) for e in frame.not_coded]
        for words in self.word_sections.values():
            found += [(words.name, e, True) for e in words.examples]
            found += [(words.name, e, False) for e in words.not_coded]
        return found

    def pattern_frames(self) -> dict[str, tuple[FramePattern, ...]]:
        """The patterns of every pattern frame, by frame name."""
        frames = [*self.verb_targets, *self.verb_targets_around, *self.noun_roles]
        return {f.key: f.patterns for f in frames if f.patterns}


def frame_name(
    entry: dict[str, Any], number: int, section: str, source: str
) -> tuple[str, tuple[Any, ...]]:
    """A frame's name and its patterns as given: a pattern frame has ``name:`` and
    ``pattern:`` (or ``patterns:``, a list of them), a code frame ``frame:`` only."""
    given = entry.get("patterns") or ([entry["pattern"]] if "pattern" in entry else [])
    if not given:
        name = str(entry.get("frame"))
        if name not in SECTIONS[section]:
            raise DataError(
                f"{source}: {section}[{number}]: frame {name!r} is unknown; the engine knows "
                f"{', '.join(sorted(SECTIONS[section]))} (or write a pattern: with a name:)"
            )
        reason = entry.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise DataError(
                f"{source}: {section}[{number}]: frame {name!r} is code, not a pattern: "
                "its reason: must say why a pattern cannot say it"
            )
        return name, ()
    if "reason" in entry:
        raise DataError(
            f"{source}: {section}[{number}]: a pattern frame has no reason: (only a frame: "
            "written in code says why it is no pattern)"
        )
    if section not in PATTERN_SECTIONS:
        raise DataError(
            f"{source}: {section}[{number}]: pattern frames are read in "
            f"{', '.join(sorted(PATTERN_SECTIONS))} only"
        )
    if "frame" in entry or not entry.get("name") or not isinstance(given, list):
        raise DataError(
            f"{source}: {section}[{number}]: a pattern frame has a name: and a "
            "pattern: (or patterns:, a list of patterns), and no frame:"
        )
    return str(entry["name"]), tuple(given)


def frame_of(
    number: int,
    given: Any,
    classes: dict[str, frozenset[str]],
    section: str,
    source: str,
    words: Mapping[str, frozenset[str]],
) -> Frame:
    lexicon = event_lexicon()
    entry = refuse_unknown(given, FRAME_KEYS, f"{section}[{number}]", source)
    name, patterns = frame_name(entry, number, section, source)
    where = f"frame {name!r}"
    fills = str(entry.get("fills", "target"))
    if fills not in FILLS or (section != "noun_roles" and fills != "target"):
        raise DataError(
            f"{source}: {where}: fills {fills!r}; a verb target frame fills the target, "
            "a noun role frame the source, the target or both"
        )
    types = entry.get("types")
    quads = entry.get("quads")
    return Frame(
        name=name,
        types=type_set(types, classes, lexicon, where, source) if types is not None else None,
        quads=frozenset(int(q) for q in quads) if quads is not None else None,
        examples=examples_of(entry.get("examples", []), lexicon, f"{where} examples", source),
        not_coded=examples_of(entry.get("not", []), lexicon, f"{where} not", source),
        fills=fills,
        always=bool(entry.get("always", False)),
        patterns=pattern_list(patterns, fills, section, f"{source}: {where}", words),
        section=section,
    )


def pattern_list(
    given: tuple[Any, ...],
    fills: str,
    section: str,
    where: str,
    words: Mapping[str, frozenset[str]],
) -> tuple[FramePattern, ...]:
    """A frame's patterns, each naming a role node that fits the role the frame fills;
    ``words`` are the file's own word lists (``$response_verbs``)."""
    lexicon = event_lexicon()
    roles = PATTERN_SECTIONS.get(section, ROLES)
    found = tuple(
        read_pattern(p, lexicon, f"{where}: pattern {n}", roles, words) for n, p in enumerate(given)
    )
    for number, pattern in enumerate(found):
        if (pattern.role in ("source", AGENT, DOER)) != (fills == "source") or fills == "both":
            raise DataError(
                f"{where}: pattern {number}: its role node {pattern.role!r} does not fill "
                f"the frame's role ({fills}); a pattern fills the source or the target"
            )
    return found


def read_frames(data: Any, classes: dict[str, frozenset[str]], source: str = SOURCE) -> FrameData:
    """``data`` (the parsed frames file) as FrameData, or DataError naming the key."""
    top = refuse_unknown(data, FILE_KEYS, "the file", source)
    lists = {name: word_section(name, top.get(name), source) for name in sorted(WORD_SECTIONS)}
    words = {name: lists[name].words for name in lists}
    sections = {}
    for section in SECTIONS:
        given = top.get(section) or []
        frames = tuple(
            frame_of(n, entry, classes, section, source, words) for n, entry in enumerate(given)
        )
        names = [f.name for f in frames]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise DataError(f"{source}: frame(s) {', '.join(twice)} listed twice in {section}")
        sections[section] = frames
    named = {f.name: lists[f.name] for f in fields(FrameData) if f.name in lists}
    return FrameData(
        verb_targets=sections["verb_targets"],
        verb_targets_around=sections["verb_targets_around"],
        noun_roles=sections["noun_roles"],
        word_sections=lists,
        **named,
    )


def word_section(name: str, given: Any, source: str) -> WordSection:
    """A word list section (``words:``, ``examples:``, ``not:``), or DataError."""
    if given is None:
        return WordSection(name, frozenset())
    entry = refuse_unknown(given, WORD_KEYS, name, source)
    words = entry.get("words")
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise DataError(f"{source}: {name}: words: is a list of words")
    lexicon = event_lexicon()
    return WordSection(
        name,
        frozenset(w.lower() for w in words),
        examples_of(entry.get("examples", []), lexicon, f"{name} examples", source),
        examples_of(entry.get("not", []), lexicon, f"{name} not", source),
    )


@lru_cache(maxsize=1)
def frame_data() -> FrameData:
    """The packaged frames, read and validated once."""
    user = user_data_file(SOURCE)
    source = f"{user} over dossier/data/{SOURCE}" if user is not None else SOURCE
    return read_frames(load_data(SOURCE), rewrite_rules().classes, source)
