"""Noun frames: the source and target of a nominal trigger, frame by frame.

"India's military assistance", "the attack on X by Y", "talks between A and B", "the
embargo that Denmark imposed on Iceland", "Israel mounted an invasion": the frames of
``noun_roles`` in data/events/frames.yaml, tried in order; a frame that fills the source
is skipped once a source is found, one that fills the target once a target is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dossier.events.frame_data import NOUN_ROLE_FRAMES, Frame, needs_particle, tried_in
from dossier.events.frame_patterns import (
    AGENT,
    DOER,
    STATE,
    DocFrames,
    PatternMatch,
    pattern_matcher,
)
from dossier.events.gatherings_told import told_taking_place
from dossier.events.outbreaks import outbreak
from dossier.events.precision import is_held_out_act
from dossier.events.recall import RecalledRoles
from dossier.events.setting import is_place
from dossier.events.state import _Candidate
from dossier.events.triggers import Trigger
from dossier.models import Entity
from dossier.syntax.clauses import clause_head
from dossier.syntax.phrases import WITH, hyphen_pair_before, prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import RELATIVE, grammar_words, is_prefixed, lemmas, names_one_of

# "anti-Russian rallies" are against Russia, not Russia's (frames.yaml opposed_in_name)
ANTI = frozenset({"anti"})

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class NounFrames(RecalledRoles):
    def noun_candidate(self, trigger: Trigger, token: Token) -> _Candidate | None:
        """A nominal event: "India's military assistance", "the attack on X by Y"; its
        roles from the frames of ``noun_roles`` (data/events/frames.yaml), in order."""
        told = self.told_by_its_verb(trigger, token)
        verb = self.verb_missing_its_target(token) if told else None
        if told and verb is None:
            return None
        roles = NounRoles(trigger, token)
        for frame in self.frames_for(self.frames.noun_roles, trigger):
            if frame.fills == "source" and roles.sources:
                continue
            if frame.fills == "target" and roles.targets:
                continue
            if frame.fills == "source" and frame.patterns:
                roles.sources = self.pattern_role(frame, trigger, token, roles.targets)
            elif frame.patterns:
                roles.targets = self.pattern_role(frame, trigger, token, roles.sources)
            else:
                NOUN_ROLES[frame.name](self, roles)
        if not roles.sources and not roles.targets:
            if trigger.type in self.rules.of_class("threats") and is_held_out_act(
                token, trigger.particle
            ):
                return _Candidate(trigger, token, trigger.type, [], [])  # "threats to shoot them"
            # "protests erupted in Lima" (outbreaks.py), "the truce took effect" (retreats_told.py)
            return outbreak(self, trigger, token) or told_taking_place(self, trigger, token)
        if verb is not None and not roles.targets:
            return None
        if verb is not None:
            self.consumed.add(verb.i)  # the verb tells this event, the noun its target
        return _Candidate(trigger, token, trigger.type, roles.sources, roles.targets)

    def verb_missing_its_target(self, token: Token) -> Token | None:
        """ "The Israeli strikes on Gaza killed twelve people": the verb whose subject
        is the noun, when the noun names a target ("on Gaza") and the verb names no
        actor in its object or its phrases ("arrived in Bosnia" names its own); that
        verb would tell the event without its target."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.pos_ != "VERB":
            return None
        aimed = [
            g
            for c in children_of(token)
            if c.dep_ == "prep" and c.lower_ in self.lexicon.noun_target_preps
            for g in children_of(c)
            if g.dep_ == "pobj" and any(a is not None for a in self.finder.actors_of(g))
        ]
        objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative")]
        objects += [g for c in children_of(verb) if c.dep_ == "prep" for g in children_of(c)]
        if not aimed or any(a is not None for o in objects for a in self.finder.actors_of(o)):
            return None
        return verb

    def frames_for(self, frames: tuple[Frame, ...], trigger: Trigger) -> tuple[Frame, ...]:
        """The frames of ``frames`` tried for ``trigger`` (their ``types:`` and ``quads:``),
        in order (``frame_data.tried_in``)."""
        return tried_in(frames, trigger.type, self.lexicon.types)

    # --- pattern frames (frames.yaml ``pattern:``, read by events.frame_patterns) -------

    _pattern_found: tuple[Doc, DocFrames] | None = None

    def pattern_matches(
        self, frame: Frame, token: Token, obj: Token | None = None
    ) -> list[PatternMatch]:
        """The matches of ``frame``'s patterns around ``token``, in order; which
        tokens fit each node is found once per document."""
        if self._pattern_found is None or self._pattern_found[0] is not token.doc:
            matcher = pattern_matcher(self.frames, self.frames.pattern_frames(), token.doc.vocab)
            self._pattern_found = (token.doc, matcher(token.doc))
        return self._pattern_found[1].matches(frame.key, token, obj)

    def pattern_role(
        self,
        frame: Frame,
        trigger: Trigger,
        token: Token,
        exclude: list[Entity | None],
        obj: Token | None = None,
        *,
        moves_own: bool = False,
    ) -> list[Entity | None]:
        """The actors of a pattern frame's role node, from the first match that names
        anyone not in ``exclude``; ``obj`` is the object the trigger line names."""
        if trigger.particle is None and needs_particle(frame):
            return []  # "extradited X to Britain": every pattern needs the line's particle
        for found in self.pattern_matches(frame, token, obj):
            if not found.holds_for(trigger.particle, obj):
                continue
            word = self.role_word(found.word, token, obj, moves_own=moves_own)
            if word is not None and found.pattern.role == DOER:
                word = subject_of(word)  # "Brazil [responded] with sanctions": Brazil
            actors = self.role_actors(found.pattern.role, word, exclude) if word is not None else []
            if actors:
                return actors
        return []

    def role_word(
        self, word: Token, token: Token, obj: Token | None, *, moves_own: bool
    ) -> Token | None:
        """The word a role node stands for: the noun a relative pronoun does ("Crimea,
        [which] Moscow annexed"); none when it is the trigger line's own object ("took
        [control]") or the forces a mover moves ("withdrew its [troops]")."""
        if obj is not None and word.i == obj.i:
            return None
        if moves_own and names_one_of(word, self.lexicon.own_forces):
            return None
        if word.lower_ in RELATIVE and token.dep_ == "relcl":
            return token.head
        return word

    def role_actors(
        self, role: str, word: Token, exclude: list[Entity | None]
    ) -> list[Entity | None]:
        """The actors ``word`` names for ``role``: any (``source``, ``target``), places
        only (``place``), actors that are no town (``partner``), no town nor capital
        (``agent``: "the Lima summit" is held there, not by Peru), or the states of the
        places it names (``state``)."""
        found = [a for a in self.finder.actors_of(word) if a is not None and a not in exclude]
        if role == "place":
            found = [a for a in found if is_place(a)]
        elif role == "partner":
            found = [a for a in found if self.finder.as_actor(a, spatial=False)]
        elif role == AGENT:
            found = [a for a in found if not is_place(a) or self.finder.states.is_country(a)]
        elif role == STATE:
            found = self.states_of_places(found)
        return list[Entity | None](found)

    def states_of_places(self, places: list[Entity]) -> list[Entity]:
        """The states the places lie in, once each: a government protested "in Dhaka"
        or "across Belarus" is Bangladesh's, Belarus's."""
        codes = dict.fromkeys(self.state_code(p) for p in places if is_place(p))
        states = [self.finder.states.country_entity(code) for code in codes if code]
        return [s for s in states if s is not None]

    def state_code(self, place: Entity) -> str | None:
        """The code of the state ``place`` lies in: its own, else the known place's."""
        known = self.finder.states.lexicon.lookup(place.name)
        return place.country or (known.country if known is not None else None)

    # --- the noun role frames (events/frame_data.NOUN_ROLE_FRAMES) ---------------------

    def own_phrases(self, roles: NounRoles) -> None:
        """The noun's own phrases: the possessor ("India's assistance"; the victim of
        "his arrest"), a nationality ("the Kenyan offensive"), its leader ("the Saudi-led
        blockade": ``ownership_participles``; a proper-noun compound,
        "the US offensive", is the pattern frame after this one),
        "between A and B", an agent's phrase ("by X", "the onslaught of X") and a
        target's ("the attack on X"; not a topic of talks: "talks on trade")."""
        trigger, token = roles.trigger, roles.token
        participates = trigger.type in self.lexicon.symmetric_types
        suffered = bool(lemmas(token) & self.lexicon.patient_nouns)
        if suffered and prep_objects(token, frozenset({"of"})):
            suffered = False  # "Togo's arrest of its fishermen": the possessor acts (v16)
        for child in children_of(token):
            if child.dep_ == "poss" and suffered:  # "his arrest", "Zawahiri's killing"
                roles.targets = self.finder.actors_of(child)
            elif child.dep_ == "poss":
                roles.sources = self.finder.actors_of(child)
            elif child.dep_ == "amod" and self.finder.demonym_entity(child) is not None:
                if not is_prefixed(child, ANTI):  # "anti-Russian rallies": not Russia's
                    roles.sources = [self.finder.demonym_entity(child)]
            elif child.dep_ == "amod" and any(c.tag_ == "HYPH" for c in children_of(child)):
                roles.sources = self.finder.modifier_actors(child) or roles.sources  # "Saudi-led"
            elif child.dep_ == "prep":
                objects = [g for g in children_of(child) if g.dep_ == "pobj"]
                if not objects:
                    continue
                if child.lower_ == "between":  # "agreements between the US and the Taliban"
                    pair = self.finder.actors_of(objects[0])
                    if len(pair) >= 2:
                        roles.sources, roles.targets = pair[:1], pair[1:2]
                elif child.lower_ in self.lexicon.noun_agent_preps or (
                    child.lower_ in self.lexicon.agentive_nouns.get(trigger.lemma, ())
                ):  # "by X"; "the onslaught of X", "defections from X": X acts
                    found = [a for a in self.finder.actors_of(objects[0]) if a not in roles.targets]
                    if self.protested_person(trigger, child, found):
                        roles.targets = found  # "student protests of General Ramos"
                    elif found or not roles.sources:  # "Russia's massing of troops": Russia
                        roles.sources = found
                elif (
                    child.lower_ in self.lexicon.noun_target_preps
                    and not roles.targets
                    and not (participates and child.lower_ in self.lexicon.topic_preps)
                ):
                    roles.targets = self.finder.actors_of(objects[0])

    def pair_of_happening(self, roles: NounRoles) -> None:
        """ "Fighting broke out between A and B": the sides the verb the noun is the
        subject of names in its between-phrase."""
        token = roles.token
        if token.dep_ != "nsubj":
            return
        for obj in prep_objects(token.head, frozenset({"between"})):
            found = self.finder.actors_of(obj)  # "between Washington and Pyongyang": states
            pair = [self.finder.as_actor(a, spatial=False) or a for a in found]
            if len(pair) >= 2:
                roles.sources, roles.targets = pair[:1], pair[1:2]
                return

    def hyphenated_pair(self, roles: NounRoles) -> None:
        """ "the Kenya-Somalia talks", "the Iran-Iraq fighting": the first name of a
        hyphenated pair before the noun acts towards the second, as "between A and B"."""
        pair = hyphen_pair_before(roles.token)
        if pair is None or roles.sources or roles.targets:
            return
        first: list[Entity | None] = [a for a in self.finder.actor_of(pair[0]) or [] if a]
        second: list[Entity | None] = [a for a in self.finder.actor_of(pair[1]) or [] if a]
        if first and second and first[0] != second[0]:
            roles.sources, roles.targets = first[:1], second[:1]

    def border_pair(self, roles: NounRoles) -> None:
        """ "Clashes on the Armenian-Azerbaijani border", "fighting along the Tajik-Kyrgyz
        frontier": with no doer named, the two states of a hyphenated border are the
        sides, the first towards the second, as a between-phrase."""
        if roles.sources:
            return
        for border in prep_objects(roles.token, BORDER_PREPS):
            pair = hyphen_pair_before(border)
            if pair is None or not names_one_of(border, self.lexicon.border_nouns):
                continue
            first, second = self.side_named(pair[0]), self.side_named(pair[1])
            if first is not None and second is not None and first != second:
                roles.sources, roles.targets = [first], [second]
                return

    def side_named(self, word: Token) -> Entity | None:
        """The state a nationality word names ("Tajik", even inside a name the tagger
        made of "Tajik-Kyrgyz"), else the actor the word stands for."""
        named = self.finder.demonym_entity(word)
        return named or next((a for a in self.finder.actor_of(word) or [] if a), None)

    def their_parley(self, roles: NounRoles) -> None:
        """ "Their second summit was in Hanoi", after "Lula met Petro in Brasilia": talks
        or a deal that are "their" own, naming no other side, are between the sides of
        the latest talks or deal told in its sentence or the one before (that hold the
        one "their" was read as, if any)."""
        reciprocal = grammar_words().reciprocal_possessives
        if not any(c.dep_ == "poss" and c.lower_ in reciprocal for c in children_of(roles.token)):
            return
        named = {e.name for e in roles.sources if e is not None}
        if roles.targets or len(named) > 1:  # "their talks with Ghana": its own phrase
            return
        # the parties of its clause's subject ("A and B ended their summit"), else those
        # told in this sentence or the one before; "their" read as one party ("Ruto and
        # Abiy … their summit": Kenya) is no side
        subject = subject_of(clause_head(roles.token))
        sides: list[Entity | None] = [
            a for a in (self.finder.actors_of(subject) if subject is not None else []) if a
        ]
        if len(sides) < 2:
            since = previous_sentence_start(roles.token)
            sides = self.memory.latest_sides_of(named, since) or self.memory.latest_sides_of(
                set(), since
            )
        if sides:
            roles.sources, roles.targets = sides[:1], sides[1:2]

    def protested_person(self, trigger: Trigger, prep: Token, found: list[Entity | None]) -> bool:
        """Whether "of" after a protest names whom it is against: a person named there
        ("protests of President Ruto") is no crowd that marches."""
        return (
            prep.lower_ == "of"
            and trigger.type in self.rules.of_class("protests")
            and bool(found)
            and all(a is not None and a.type == "PERSON" for a in found)
        )

    def relative_clause_doer(self, roles: NounRoles) -> None:
        """ "the embargo that Denmark imposed on Iceland"."""
        roles.sources, roles.targets = self.told_in_relative(
            roles.trigger, roles.token, roles.targets
        )

    def clause_subject(self, roles: NounRoles) -> None:
        """ "X said after talks with Y", "X led the talks with Y": X's (no possessor)."""
        token = roles.token
        has_owner = any(c.dep_ == "poss" for c in children_of(token))
        if not has_owner and token.dep_ in ("pobj", "dobj"):
            head = clause_head(token)
            if head.dep_ == "prep":  # "following talks with X, Putin declined": his talks
                head = head.head
            if names_one_of(head, grammar_words().onlooker_verbs) and not prep_objects(token, WITH):
                return  # "Kenya welcomed the accord": a pact others made
            subject = subject_of(head)
            roles.sources = self.finder.actors_of(subject) if subject is not None else []


@dataclass(slots=True)
class NounRoles:
    """The source and target a nominal trigger's frames fill, one after the other."""

    trigger: Trigger
    token: Token
    sources: list[Entity | None] = field(default_factory=list)
    targets: list[Entity | None] = field(default_factory=list)


BORDER_PREPS = frozenset({"on", "along", "at", "across", "near"})  # "clashes on the A-B border"


def seized_home_country(frames: NounFrames, roles: NounRoles) -> None:
    roles.targets = frames.seized_home_country(roles.token, roles.sources)


def previous_sentence_start(token: Token) -> int:
    """The first character of the sentence before ``token``'s (its own if it is the first)."""
    start = token.sent.start
    return token.doc[start - 1].sent.start_char if start > 0 else token.sent.start_char


def protest_purpose(frames: NounFrames, roles: NounRoles) -> None:
    roles.targets = frames.protest_purpose_targets(roles.token, roles.sources)


REFUSED_CLAUSE = frozenset({"acl"})  # "the refusal [to extradite him]"


def refused_content(frames: NounFrames, roles: NounRoles) -> None:
    """ "Chile's refusal to extradite the general to Peru": whom the clause refused
    acts upon is refused, and what it tells is not coded (it did not happen)."""
    roles.targets = frames.embedded_targets(roles.token, roles.sources, REFUSED_CLAUSE)


THREATENED_CLAUSE = frozenset({"acl", "prep"})  # "the threat [to strike]", "[of sanctions]"


def threatened_content(frames: NounFrames, roles: NounRoles) -> None:
    """ "Iran's threat to attack Israel", "the threat of sanctions against Belarus":
    whom the act threatened is aimed at is threatened; the act has not happened."""
    roles.targets = frames.embedded_targets(roles.token, roles.sources, THREATENED_CLAUSE)


NounRole = Callable[[NounFrames, NounRoles], None]
NOUN_ROLES: dict[str, NounRole] = {
    "own_phrases": NounFrames.own_phrases,
    "pair_of_happening": NounFrames.pair_of_happening,
    "hyphenated_pair": NounFrames.hyphenated_pair,
    "border_pair": NounFrames.border_pair,
    "their_parley": NounFrames.their_parley,
    "relative_clause_doer": NounFrames.relative_clause_doer,
    "seized_home_country": seized_home_country,
    "clause_subject": NounFrames.clause_subject,
    "protest_purpose": protest_purpose,
    "refused_content": refused_content,
    "threatened_content": threatened_content,
}
assert set(NOUN_ROLES) == NOUN_ROLE_FRAMES
