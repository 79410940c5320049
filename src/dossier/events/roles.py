"""Roles: the actors a phrase around a trigger names as its source or target.

The possessor or of-phrase of a noun, a to/with/against phrase, the partner a phrase
hung on the object names, a document's issuer, a condition's subject, the first
actor inside a governed clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.implicit import is_reduced_passive
from dossier.events.matching import TriggerMatching
from dossier.events.setting import is_place
from dossier.events.state import (
    REFUSED,
)
from dossier.events.triggers import Trigger
from dossier.models import Entity
from dossier.syntax.clauses import reported_content
from dossier.syntax.passives import by_phrase
from dossier.syntax.phrases import phrases_of
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import grammar_words, lemmas, names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Token


CHARGE_CONTENT = frozenset({"acl", "relcl", "ccomp"})  # "claims that X …"
CHARGE_CONTENT_PREPS = frozenset({"of", "about", "over", "against"})  # "charges of abuse by X"


OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})  # "a Philippine boat"


class RoleFinding(TriggerMatching):
    def prep_targets(
        self, token: Token, exclude: list[Entity | None], trigger: Trigger | None = None
    ) -> list[Entity | None]:
        """The object of a to/with/against/… phrase.  A place after "in", "at" is where
        the event happened, not its target, except after the trigger's own particle
        ("arrived in Amman") or for measures laid on a place ("lifted the curfew in X")."""
        preps: dict[str, list[Token]] = {}
        for c in children_of(token):  # every phrase of a word: "on Belarus … on Friday"
            if c.dep_ in ("prep", "dative"):
                preps.setdefault(c.lower_, []).append(c)
        for obj in (c for c in children_of(token) if c.dep_ == "dobj"):
            for hung in children_of(obj):  # "donated vaccines to the Philippines": the parse
                if hung.dep_ == "prep" and hung.lower_ in self.preps.object_recipient:
                    preps.setdefault(hung.lower_, [hung])  # hangs the phrase on the object
        on_place = trigger is not None and trigger.type in self.lexicon.place_targets
        names = self.lexicon.target_preps
        if trigger is not None and trigger.objects:  # "took control of X", parse on the verb
            names = (*names, "of")
        if trigger is not None and trigger.lemma in self.lexicon.departures:
            names = tuple(n for n in names if n not in self.preps.destination)
        if trigger is not None and trigger.type in self.rules.of_class(
            "requests"
        ):  # "called for X": X is asked for
            names = tuple(n for n in names if n != "for")
        for name, prep in ((n, p) for n in names for p in preps.get(n, [])):
            place_ok = on_place or (trigger is not None and trigger.particle == name)
            aimed = (  # "fired rockets at Tel Aviv", "lashed out at Manila"
                trigger is not None
                and trigger.type
                in self.rules.of_class("assaults") | self.rules.of_class("accusations")
                and name in self.preps.aimed
            )
            for obj in children_of(prep):
                if obj.dep_ == "pobj":
                    # "fired rockets at Tel Aviv"; not "struck at the heart of …"
                    named = obj.pos_ == "PROPN" or names_one_of(
                        obj, self.lexicon.place_descriptions
                    )
                    place_ok = place_ok or (aimed and named)
                    found = [
                        a
                        for a in self.finder.actors_of(obj)
                        or self.owner_by_clause(obj, exclude)  # "over a bill signed by X"
                        or self.agents_of_act(obj)  # "yielded to demands from X"
                        if a is not None and a not in exclude
                    ]
                    if not found:
                        continue
                    owned = aimed and not named and self.owned_thing(obj, found[0])
                    where = (is_place(found[0]) and not owned) or names_one_of(
                        obj, self.lexicon.place_descriptions | self.lexicon.border_nouns
                    )  # "near the Venezuelan border"
                    if where and self.taken_from(trigger, name, found[0]):
                        continue
                    if place_ok or not (name in self.lexicon.place_preps and where):
                        return list(found)
        return []

    def owned_thing(self, obj: Token, state: Entity) -> bool:
        """Is ``obj`` a thing its own modifier gives to ``state``: "fired at a Philippine
        supply boat", "shelled a Lebanese army post" (aimed at Philippines, Lebanon), not
        "struck at the heart of the country's transition" (a phrase deeper down)?"""
        return any(
            c.dep_ in OWNER_DEPS and state in self.finder.actors_of(c) for c in children_of(obj)
        )

    def taken_from(self, trigger: Trigger | None, prep: str, place: Entity) -> bool:
        """Is ``place`` where a state's deed took people from, no side of it: "deported
        60 detainees from Diego Garcia to Sri Lanka", "released from a jail in Kano"
        (a place below a state; "deported him from Britain" keeps its country)?"""
        if trigger is None or prep != "from" or self.finder.states.is_country(place):
            return False
        return trigger.mode in self.lexicon.state_deed_modes

    def noun_targets(self, noun: Token, exclude: list[Entity | None]) -> list[Entity | None]:
        """A verb+object or noun trigger's target: the person the noun is apposed to ("his
        French counterpart Emmanuel Macron"), possessor, of/to/on-phrase, or the verb's."""
        if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in children_of(noun)):
            named = [a for a in self.finder.actors_of(noun) if a is not None and a not in exclude]
            if named and all(a.type == "PERSON" for a in named):
                return list[Entity | None](named)
        for child in children_of(noun):
            if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
                found = self.finder.actors_of(child)
                if found and found[0] not in exclude:
                    return found
            nation = self.finder.demonym_entity(child) if child.dep_ == "amod" else None
            if nation is not None and nation not in exclude:  # "hopes for Japanese help"
                return [nation]
        owner = self.owner_by_clause(noun, exclude)  # "assets belonging to the bank"
        if owner:
            return owner
        for child in children_of(noun):
            if child.dep_ == "prep" and child.lower_ in self.lexicon.noun_target_preps:
                for obj in children_of(child):
                    if obj.dep_ == "pobj":
                        found = [a for a in self.finder.actors_of(obj) if a not in exclude]
                        body = self.finder.body_named_by(noun, found)
                        if body is not None:  # "dissolved the party of X": X's party
                            return [body]
                        if found:
                            return found
        head = noun.head
        if head.i != noun.i:
            return self.prep_targets(head, exclude)
        return []

    def agents_of_act(self, noun: Token) -> list[Entity | None]:
        """Who made the demand, the call or the criticism a noun names: "demands from
        UNITA", "Washington's pressure", "calls by the opposition"."""
        agentive = self.lexicon.agentive_nouns.get(noun.lemma_.lower(), ())
        if not agentive and self.match(noun) is None:
            return []
        for child in children_of(noun):
            by = child.dep_ == "prep" and (
                child.lower_ in self.lexicon.noun_agent_preps or child.lower_ in agentive
            )
            if child.dep_ == "poss":
                return self.finder.actors_of(child)
            if by:
                objects = [g for g in children_of(child) if g.dep_ == "pobj"]
                return self.finder.actors_of(objects[0]) if objects else []
        return []

    def owner_by_clause(self, noun: Token, exclude: list[Entity | None]) -> list[Entity | None]:
        """ "assets belonging to Afghanistan's central bank", "funds held by X": the owner;
        "a bill signed by X", "curbs imposed by X": the author (by its by-phrase only)."""
        for clause in children_of(noun):
            if clause.dep_ != "acl":
                continue
            owned = bool(lemmas(clause) & self.lexicon.ownership_verbs)
            made = bool(lemmas(clause) & self.lexicon.authorship_verbs)
            preps = ("prep", "agent") if owned else ("agent",) if made else ()
            for prep in children_of(clause):
                for obj in children_of(prep) if prep.dep_ in preps else ():
                    found = [a for a in self.finder.actors_of(obj) if a and a not in exclude]
                    if obj.dep_ == "pobj" and found:
                        return list[Entity | None](found)
        return []

    def partner_targets(
        self, obj: Token, exclude: list[Entity | None], preps: frozenset[str] = frozenset()
    ) -> list[Entity | None]:
        """ "discussed the crisis with X", "signed the deal with X": the parse often hangs
        the partner's phrase on the object instead of the verb."""
        for prep in children_of(obj):
            if prep.dep_ == "prep" and prep.lower_ in (preps or self.preps.partner):
                for pobj in children_of(prep):
                    if pobj.dep_ == "pobj":
                        found = [a for a in self.finder.actors_of(pobj) if a is not None]
                        found = [a for a in found if a not in exclude]
                        if not preps:  # a partner, not a town
                            found = [a for a in found if self.finder.as_actor(a, spatial=False)]
                        if found:
                            return list(found)
        return []

    def object_targets(self, obj: Token, sources: list[Entity | None]) -> list[Entity | None]:
        """The target a trigger's named object gives: "remain engaged in Afghanistan",
        "froze the Taliban's assets", "took the city"."""
        if obj.dep_ == "acomp":
            return self.partner_targets(obj, sources, self.preps.engaged)
        targets = self.noun_targets(obj, exclude=sources)
        if not targets and names_one_of(obj, self.lexicon.place_descriptions):
            targets = [t for t in self.finder.actors_of(obj) if t not in sources]
        return targets

    def cue_speaker(self, token: Token) -> list[Entity | None]:
        """No subject in the parse: the speaker of the quote whose speech verb governs the
        trigger's clause ("After meeting X, … Blinken said, …" when the parse loses the
        subject of "said")."""
        current = token
        for _ in range(4):
            if current.dep_ not in ("advcl", "pcomp", "prep", "xcomp", "conj") or (
                current.head.i == current.i
            ):
                break
            current = current.head
        speaker = self.cue_speakers.get(current.idx)
        return [speaker] if speaker is not None else []

    def document_author(self, token: Token, enacted: bool = False) -> list[Entity | None]:
        """Who speaks through a text: "the Council adopted a resolution demanding …",
        "issued a statement calling for …" (the document's adopter or issuer); who
        signs or passes a law, when the act is ``enacted`` ("signed a law banning X")."""
        chain = [token, *token.ancestors] if token.tag_ == "VBG" else [token]
        texts = self.lexicon.document_nouns | (grammar_words().law_nouns if enacted else set())
        for node in chain:  # "demanding …, and calling on …", however the parse hangs it
            if node.dep_ == "acl" and names_one_of(node.head, frozenset(texts)):
                issuer = subject_of(node.head)
                return self.finder.actors_of(issuer) if issuer is not None else []
        return []

    def stating_subject(self, trigger: Trigger, token: Token) -> Token | None:
        """ "X told the council that Western countries bore responsibility … and urged
        Washington to …": a verbal act the parse joined to the stated clause is the
        stating subject's own (the stated clause's subject said nothing)."""
        info = self.lexicon.types.get(trigger.type)
        if info is None or info.quad not in (1, 3) or token.dep_ != "conj":
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(token)):
            return None
        stated = token.head
        if stated.dep_ != "ccomp" or stated.head.lemma_.lower() not in self.lexicon.statement_heads:
            return None
        return subject_of(stated.head)

    def condition_targets(
        self, heads: list[Token], exclude: list[Entity | None]
    ) -> list[Entity | None]:
        """Who a threat is made to: the subject of its condition ("… unless Israel
        rescinds the annexation", "if the United States goes ahead")."""
        for head in heads:
            for child in children_of(head):
                marks = {c.lower_ for c in children_of(child) if c.dep_ == "mark"}
                if child.dep_ != "advcl" or not marks & self.lexicon.hypothetical_marks:
                    continue
                subject = next(
                    (c for c in children_of(child) if c.dep_ in ("nsubj", "nsubjpass")), None
                )
                found = self.finder.actors_of(subject) if subject is not None else []
                found = [a for a in found if a is not None and a not in exclude]
                if found:
                    return found
        return []

    def embedded_targets(
        self,
        token: Token,
        sources: list[Entity | None],
        deps: frozenset[str] = REFUSED,
        *,
        spare: bool = False,
    ) -> list[Entity | None]:
        """The first actor acted upon inside the clause ``token`` governs (its children
        of ``deps``); every verb and event noun there is consumed (it is the content of
        a refusal, threat or promise, not an event). With ``spare`` (a threat), not one
        a verb of ``restoring_verbs`` serves: "threatened to use force to restore Bazoum"
        threatens those who ousted him, not Bazoum."""
        targets: list[Entity | None] = []
        particles = [c for c in children_of(token) if c.dep_ in ("prt", "advmod", "acomp")]
        embedded = [c for h in (token, *particles) for c in children_of(h) if c.dep_ in deps]
        if deps is REFUSED:  # "ruled out [sending] tanks": the gerund the parse hangs apart
            prts = [c.i for c in particles if c.dep_ == "prt"]
            embedded += [
                c
                for c in children_of(token)
                if c.dep_ == "advcl" and c.tag_ == "VBG" and c.left_edge.i - 1 in prts
            ]
        roles = (
            ("dobj", "pobj", "poss", "dative") if deps is REFUSED else ("dobj", "pobj", "dative")
        )
        contents = {child.i: reported_content(child) for child in embedded}
        restoring = grammar_words().restoring_verbs if spare else frozenset()
        for child in embedded:
            for node in self.outside_charge_content(child):
                if node.dep_ in ("nsubj",) or node.i == token.i or node.dep_ not in roles:
                    continue
                if node not in contents[child.i]:  # "… and accused Kyiv": not refused
                    continue
                if node.dep_ == "dobj" and names_one_of(node.head, restoring):
                    continue
                found = [
                    a for a in self.finder.actors_of(node) if a is not None and a not in sources
                ]
                if found:
                    targets = list[Entity | None](found)
                    break
            if targets:
                break
        for child in embedded:
            # a named gathering too: "declined to go to the ASEAN Summit in Hanoi"
            self.consumed.update(
                n.i for n in contents[child.i] if n.pos_ in ("VERB", "NOUN", "PROPN")
            )
        return targets

    def outside_charge_content(self, phrase: Token) -> list[Token]:
        """The words of ``phrase`` outside what a charge it names says: "rejected
        accusations that the editor's trial is unfair" rejects the accusers, not the
        editor ("rejected China's claims" still answers China)."""
        if not {phrase.lemma_.lower(), phrase.lower_} & self.lexicon.charge_nouns:
            return list(phrase.subtree)
        content = {
            node.i
            for child in children_of(phrase)
            if child.dep_ in CHARGE_CONTENT or child.lower_ in CHARGE_CONTENT_PREPS
            if not is_made_by(child)  # "the charges brought by Colombia": their maker
            for node in child.subtree
        }
        return [node for node in phrase.subtree if node.i not in content]

    def reduced_passive_sides(
        self, token: Token, sources: list[Entity | None], targets: list[Entity | None]
    ) -> tuple[list[Entity | None], list[Entity | None]]:
        """ "If convicted, Lai faces life in prison", "Lai stands accused of sedition":
        a passive participle with no subject of its own acts on the subject of the
        clause it hangs on, and its doer is its by-phrase, if any."""
        stative = token.lemma_.lower() in self.lexicon.stative_passives  # "is opposed to"
        if stative or not is_reduced_passive(token):
            return sources, targets
        subject = subject_of(token.head)
        patients = self.finder.actors_of(subject) if subject is not None else []
        if not patients:
            return sources, targets
        agents = [a for obj in by_phrase(token) for a in self.finder.actors_of(obj)]
        return agents, [p for p in patients if p not in agents]

    def companions(self, token: Token, sources: list[Entity | None]) -> list[Entity | None]:
        """Those who take part on the subject's side: "Russia hosted the Taliban,
        alongside envoys of China and Iran"."""
        found: list[Entity | None] = []
        for obj in phrases_of(token, self.lexicon.company_preps):
            found += [a for a in self.finder.actors_of(obj) if a is not None and a not in sources]
        return found


def is_made_by(clause: Token) -> bool:
    """Is ``clause`` a passive participle naming who made a charge ("allegations made
    by the opposition", "charges filed by prosecutors"), not what the charge says?"""
    return clause.dep_ == "acl" and any(c.dep_ == "agent" for c in children_of(clause))
