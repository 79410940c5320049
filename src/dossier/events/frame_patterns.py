"""Frame patterns: a frame of ``data/events/frames.yaml`` written as spaCy
``DependencyMatcher`` patterns, read, validated and matched.

A pattern's first node is the trigger (``RIGHT_ID: trigger``); a node named for a role
(``target``; ``place``, a target that must be a place; ``partner``, one that is no town;
``source`` in a noun role frame; ``agent`` there, a source that is no town or capital;
``state`` there, a place whose state fills the role: "anti-government protests in Dhaka";
``doer`` there, a verb whose subject, found by ``syntax.subjects.subject_of`` through
coordination and relative clauses, fills the source) is the word whose actors fill it.
Besides spaCy's own token attributes a node may say:

- ``NAMES: [words]``: the word's lemma or its lowercased form is one of ``words``;
- ``FORMS: [words]``: one of its forms is (``syntax.words.lemmas``: also the word minus an
  inflection, where the tagger lemmatized wrongly: "waged");
- ``POSSESSED: false`` (or true): no possessor hangs on the word ("an invasion", not
  "Russia's invasion");
- ``$name`` in place of a word list: the list ``name`` of events.yaml (``$place_preps``;
  ``$preps.partner`` for a role of its ``preps:``), e.g. ``LOWER: {IN: $place_preps}``;
- ``LOWER: $particle``: the word is the trigger line's own particle ("extradited X
  [to] Britain");

and a node named ``object`` must be the word the trigger line itself names ("evacuate
its [garrisons] in Syria").  A malformed pattern is a ``DataError`` naming the file,
the frame and the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from dossier.errors import DataError
from dossier.events.anchored import AnchoredMatcher, Walked, check_pattern
from dossier.events.triggers import EventLexicon, RolePreps
from dossier.syntax.tree import children_of
from dossier.syntax.words import lemmas

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

NAMES = "dossier_names"  # a token extension: its lemma and its lowercased form
if not Token.has_extension(NAMES):
    Token.set_extension(NAMES, getter=lambda t: [t.lemma_.lower(), t.lower_])
FORMS = "dossier_forms"  # lemma, word, the word minus an inflection (syntax.words.lemmas)
if not Token.has_extension(FORMS):
    Token.set_extension(FORMS, getter=lambda t: sorted(lemmas(t)))
POSSESSED = "dossier_possessed"  # whether a possessor hangs on it ("Ghana's embargo")
if not Token.has_extension(POSSESSED):
    Token.set_extension(POSSESSED, getter=lambda t: any(c.dep_ == "poss" for c in children_of(t)))

ANCHOR = "trigger"
OBJECT = "object"  # the node that must be the trigger line's own object
PARTICLE = "$particle"
# the role nodes a pattern may name: the target, a target that is a place, a partner
# that is no town; a noun role frame's pattern may name the source too
ROLES = ("target", "place", "partner")
DOER = "doer"  # a verb whose subject (syntax.subjects.subject_of) fills a noun's source
AGENT = "agent"  # a source that is no town or capital ("the Lima summit": where, not who)
STATE = "state"  # a place whose state fills the role ("anti-government protests in Dhaka")
NOUN_ROLES = ("source", AGENT, DOER, STATE, *ROLES)
NODE_KEYS = frozenset({"RIGHT_ID", "RIGHT_ATTRS", "LEFT_ID", "REL_OP"})
OURS = frozenset({"NAMES", "FORMS", "POSSESSED"})  # node attributes read here, not by spaCy


@dataclass(frozen=True, slots=True)
class FramePattern:
    """One DependencyMatcher pattern of a frame, its ``$`` references resolved."""

    nodes: tuple[dict[str, Any], ...]
    role: str  # the role node it fills
    particle_nodes: tuple[str, ...]  # nodes that must be the trigger line's particle


@dataclass(frozen=True, slots=True)
class PatternMatch:
    """A frame pattern matched around one trigger token: its nodes by name."""

    number: int  # which of the frame's patterns
    nodes: dict[str, Token]
    pattern: FramePattern

    @property
    def word(self) -> Token:
        """The word of the role node."""
        return self.nodes[self.pattern.role]

    def holds_for(self, particle: str | None, named_object: Token | None) -> bool:
        """Whether the match fits the trigger line: its particle nodes are the line's
        particle, its ``object`` node the object the line names."""
        if any(self.nodes[n].lower_ != particle for n in self.pattern.particle_nodes):
            return False
        obj = self.nodes.get(OBJECT)
        return obj is None or (named_object is not None and obj.i == named_object.i)


def word_list(
    reference: str, lexicon: EventLexicon, where: str, own: Mapping[str, frozenset[str]]
) -> list[str]:
    """The word list ``$name`` (or ``$preps.role``) of events.yaml names, or one of the
    frames file's ``own`` word lists (``$response_verbs``)."""
    name = reference.removeprefix("$")
    value: Any
    if name in own:
        value = own[name]
    elif name.startswith("preps."):
        role = name.removeprefix("preps.")
        known = {f.name for f in fields(RolePreps)}
        value = getattr(lexicon.preps, role) if role in known else None
    else:
        value = getattr(lexicon, name, None)
    if not isinstance(value, frozenset | tuple) or not all(isinstance(w, str) for w in value):
        raise DataError(f"{where}: {reference!r} is no word list of events.yaml or frames.yaml")
    return sorted(value)


def resolved(
    value: Any, lexicon: EventLexicon, where: str, own: Mapping[str, frozenset[str]]
) -> Any:
    """``value`` with each ``$name`` list reference replaced by the list it names."""
    if isinstance(value, str) and value.startswith("$") and value != PARTICLE:
        return word_list(value, lexicon, where, own)
    if isinstance(value, dict):
        return {k: resolved(v, lexicon, where, own) for k, v in value.items()}
    return value


def node_attrs(
    attrs: Any,
    particles: list[str],
    lexicon: EventLexicon,
    where: str,
    own: Mapping[str, frozenset[str]],
) -> Any:
    """A node's RIGHT_ATTRS as spaCy reads them: NAMES, ``$`` lists and the particle."""
    if not isinstance(attrs, dict):
        raise DataError(f"{where}: RIGHT_ATTRS must be a mapping, not {attrs!r}")
    found = {k: resolved(v, lexicon, where, own) for k, v in attrs.items() if k not in OURS}
    for key, extension in (("NAMES", NAMES), ("FORMS", FORMS)):
        if key in attrs:
            words = resolved(attrs[key], lexicon, where, own)
            if not isinstance(words, list):
                raise DataError(f"{where}: {key} must be a list of words or a $list")
            given = {extension: {"INTERSECTS": [str(w) for w in words]}}
            found["_"] = {**found.get("_", {}), **given}
    if "POSSESSED" in attrs:
        if not isinstance(attrs["POSSESSED"], bool):
            raise DataError(f"{where}: POSSESSED is true or false")
        found["_"] = {**found.get("_", {}), POSSESSED: attrs["POSSESSED"]}
    if found.get("LOWER") == PARTICLE:
        found["LOWER"] = {"IN": particles}
    return found


def read_pattern(
    given: Any,
    lexicon: EventLexicon,
    where: str,
    roles: tuple[str, ...] = ROLES,
    own: Mapping[str, frozenset[str]] | None = None,
) -> FramePattern:
    """One pattern of a frame as a FramePattern, or DataError naming what is wrong;
    ``own`` are the frames file's word lists a ``$name`` may name too."""
    if not isinstance(given, list) or not given:
        raise DataError(f"{where}: a pattern is a list of nodes, the first the trigger")
    particles = sorted({t.particle for ts in lexicon.verbs.values() for t in ts if t.particle})
    nodes, named, particle_nodes = [], [], []
    for number, node in enumerate(given):
        at = f"{where}[{number}]"
        if not isinstance(node, dict) or set(node) - NODE_KEYS or "RIGHT_ID" not in node:
            raise DataError(f"{at}: a node is a mapping of {', '.join(sorted(NODE_KEYS))}")
        if number == 0 and (node["RIGHT_ID"] != ANCHOR or "LEFT_ID" in node):
            raise DataError(f"{at}: the first node is the trigger: RIGHT_ID: {ANCHOR}")
        attrs = node.get("RIGHT_ATTRS", {})
        if isinstance(attrs, dict) and attrs.get("LOWER") == PARTICLE:
            particle_nodes.append(str(node["RIGHT_ID"]))
        nodes.append({**node, "RIGHT_ATTRS": node_attrs(attrs, particles, lexicon, at, own or {})})
        named.append(str(node["RIGHT_ID"]))
    role = next((r for r in roles if r in named), None)
    if role is None:
        raise DataError(f"{where}: no node names a role ({', '.join(roles)})")
    try:
        check_pattern(nodes)
    except (ValueError, KeyError, TypeError) as exc:
        raise DataError(f"{where}: {exc}") from None
    return FramePattern(tuple(nodes), role, tuple(particle_nodes))


class FramePatternMatcher:
    """The pattern frames of one frames file, compiled once (events.anchored)."""

    def __init__(self, frames: dict[str, tuple[FramePattern, ...]], vocab: Vocab) -> None:
        self.frames = frames
        self.anchored = AnchoredMatcher(
            {key: [list(p.nodes) for p in patterns] for key, patterns in frames.items()}
        )

    def __call__(self, doc: Doc) -> DocFrames:
        return DocFrames(self)


class DocFrames:
    """The pattern frames' matches in one document, found when first asked."""

    def __init__(self, matcher: FramePatternMatcher) -> None:
        self.matcher = matcher
        self.found: dict[tuple[str, int, int], list[PatternMatch]] = {}
        self.walked: Walked = {}  # the patterns' steps (events.anchored)

    def matches(self, key: str, anchor: Token, named: Token | None) -> list[PatternMatch]:
        """The matches of frame ``key`` around ``anchor``, in the frame's pattern order,
        then by the role word's place in the text; a node ``object`` can only be
        ``named``, the object the trigger line names."""
        here = (key, anchor.i, named.i if named is not None else -1)
        if here not in self.found:
            patterns = self.matcher.frames.get(key, ())
            walked = self.matcher.anchored.matches(key, anchor, {OBJECT: named}, self.walked)
            found = [PatternMatch(number, nodes, patterns[number]) for number, nodes in walked]
            found.sort(key=lambda m: (m.number, m.word.i))
            self.found[here] = found
        return self.found[here]


_MATCHERS: dict[tuple[int, int], tuple[object, Vocab, FramePatternMatcher]] = {}


def pattern_matcher(
    owner: object, frames: dict[str, tuple[FramePattern, ...]], vocab: Vocab
) -> FramePatternMatcher:
    """The matcher of the pattern frames of ``owner`` (the frame data) over ``vocab``."""
    key = (id(owner), id(vocab))
    if key not in _MATCHERS:
        _MATCHERS[key] = (owner, vocab, FramePatternMatcher(frames, vocab))
    return _MATCHERS[key][2]
