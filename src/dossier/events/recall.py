"""Recalled roles: targets that point back to what the article has told.

"condemned the bombing" targets the bomber, a denial answers its accuser, a protest's
purpose names whom it is against (see ``memory.ArticleMemory``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.event_actors import DEFINITE
from dossier.event_evaluation import judgement_phrases, wronged_in
from dossier.events.gatherings_told import aid_destination
from dossier.events.marked_deeds import MARKED_MODES
from dossier.events.places import PlaceRoles
from dossier.events.setting import is_place
from dossier.events.triggers import Trigger
from dossier.models import Entity
from dossier.syntax.clauses import has_to
from dossier.syntax.passives import by_phrase, is_passive_participle
from dossier.syntax.phrases import prep_objects
from dossier.syntax.tree import children_of
from dossier.syntax.words import lemmas

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

Wronged = tuple["Token", list[Entity | None]] | None


class RecalledRoles(PlaceRoles):
    def aid_destination(self, token: Token, sources: list[Entity | None]) -> list[Entity | None]:
        """ "Aid from Japan arrived in Suva": Fiji (events/gatherings_told.py)."""
        return aid_destination(self, token, sources)

    def deed_agents(self, token: Token) -> list[Entity | None]:
        """Who did it, for a passive without a by-phrase: the other side of the fighting
        it happened in ("were killed during the fighting with the Taliban", "died in an
        attack by X")."""
        for prep in children_of(token):
            if prep.dep_ != "prep" or prep.lower_ not in self.preps.deed:
                continue
            for noun in children_of(prep):
                if noun.dep_ != "pobj" or not self.is_deed_noun(noun):
                    continue
                for inner in children_of(noun):
                    if inner.dep_ == "prep" and inner.lower_ in ("with", "by", "of"):
                        objects = [g for g in children_of(inner) if g.dep_ == "pobj"]
                        found = self.finder.actors_of(objects[0]) if objects else []
                        if found:
                            self.consumed.add(noun.i)  # the fighting is this deed's setting
                            return found
                    if inner.dep_ == "acl" and is_passive_participle(inner):
                        found = self.finder.actors_of(next(iter(by_phrase(inner)), None))
                        if found:  # "ousted in a coup led by X", "an attack carried out by X"
                            self.consumed.add(noun.i)
                            return found
                    if inner.dep_ in ("compound", "amod", "poss") and inner.i < noun.i:
                        found = self.finder.actors_of(inner)  # "killed in a US drone strike"
                        if found:
                            self.consumed.add(noun.i)
                            return found
        return []

    def doer_of_deed(
        self, token: Token, sources: list[Entity | None], *, same_word: bool = False
    ) -> list[Entity | None]:
        """ "India condemned the bombing", "protested against the war": the one who
        carried out the bombing or waged the war, when the article has coded it (the
        latest such attack or seizure, the same word first)."""
        objects = [c for c in children_of(token) if c.dep_ == "dobj"]
        objects += prep_objects(token, frozenset({"against"}))
        deed = next((c for c in objects if self.is_deed_noun(c)), None)
        if deed is None:
            return []
        lemma = deed.lemma_.lower()
        kinds = self.deed_kinds(lemma)  # "condemned the attacks": an attack's doer, not a jailer's
        fits = (lambda word: bool(self.deed_kinds(word) & kinds)) if kinds else None
        return self.memory.recalled("doer", lemma, sources, same_word=same_word, fits=fits)

    def deed_kinds(self, lemma: str) -> set[str]:
        """The deed types (class ``deeds``) a word's trigger lines code, not those of a
        line that needs a mark ("attacks" is no COERCE without "cyber": marked_deeds)."""
        lines = (*self.lexicon.verbs.get(lemma, ()), *self.lexicon.nouns.get(lemma, ()))
        kinds = {t.type for t in lines if t.mode not in MARKED_MODES}
        return kinds & set(self.rules.of_class("deeds"))

    def doers_of_deed_with_victim(
        self, token: Token, sources: list[Entity | None]
    ) -> list[Entity | None] | None:
        """ "Amnesty condemned Vidal's arrest", "deplored the killing of two Ukrainian
        medics": the accusation is aimed at whoever arrested or killed (its by-phrase, or
        the one the article has told doing it to them), never at the victims; that deed,
        already told, is no new one.  None when the object is no deed with a named victim."""
        deed = next(
            (c for c in children_of(token) if c.dep_ == "dobj" and self.is_deed_noun(c)), None
        )
        if deed is None:
            return None
        owners = [c for c in children_of(deed) if c.dep_ == "poss"]
        suffered = prep_objects(deed, frozenset({"of"}))
        # the owner suffers a patient noun with no of-phrase ("Vidal's arrest"); else it
        # did the deed ("Russia's invasion of Ukraine", "Ethiopia's crackdown")
        owner_suffers = not suffered and bool(lemmas(deed) & self.lexicon.patient_nouns)
        named = owners + suffered if owner_suffers else suffered
        victims = [a for n in named for a in self.finder.actors_of(n) if a is not None]
        if not victims:
            return None
        by = prep_objects(deed, frozenset({"by"}))
        doers = [
            a
            for n in (by if owner_suffers else [*by, *owners])
            for a in self.finder.actors_of(n)
            if a is not None and a not in sources
        ]
        if doers:
            return list[Entity | None](doers)
        told = [d for d in self.memory.doer_of(list[Entity | None](victims)) if d not in sources]
        if told:
            self.consumed.add(deed.i)
        return told

    def act_doers(self, act: Token, exclude: list[Entity | None]) -> list[Entity | None]:
        """Who did the act a noun names, for a stance towards the act ("alarmed by the
        arrest of Rojas by Ugandan police", "critical of the deal Fiji signed", "the
        decision by the Peruvian Congress drew criticism"): the doer the phrase names
        (``named_doers``), else the one the article told doing it (``told_doers``).
        Never the victims; [] when none is found."""
        doers = self.named_doers(act) or self.told_doers(act, exclude)
        return [d for i, d in enumerate(doers) if d not in exclude and d not in doers[:i]]

    def verb_by_doers(self, verb: Token, exclude: list[Entity | None]) -> list[Entity | None]:
        """The doer of a judged act in a by-phrase the parse hangs on the active verb
        that judges it ("called the ruling by the Egyptian court a travesty")."""
        named = prep_objects(verb, frozenset({"by"}))
        return [
            a for n in named for a in self.finder.actors_of(n) if a is not None and a not in exclude
        ]

    def named_doers(self, act: Token) -> list[Entity | None]:
        """The act's by-phrase, its owner unless the owner suffers it ("Rojas's arrest"),
        the subject of its relative clause ("the law that Uganda passed")."""
        patient = bool(lemmas(act) & self.lexicon.patient_nouns)
        suffered = prep_objects(act, frozenset({"of"}))
        named = prep_objects(act, frozenset({"by"}))
        if suffered or not patient:
            named += [c for c in children_of(act) if c.dep_ == "poss"]
        for clause in (c for c in children_of(act) if c.dep_ == "relcl"):
            subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
            if subject is not None and subject.tag_ not in ("WDT", "WP"):
                named.append(subject)
        return [a for n in named for a in self.finder.actors_of(n) if a is not None]

    def told_doers(self, act: Token, exclude: list[Entity | None]) -> list[Entity | None]:
        """Who the article told doing the act: to the victims it names ("the arrest of
        Rojas"), charging the one it is against ("the case against Mora"), or, for "the
        arrest" or "the move" with no of-phrase, the latest such deed or decision."""
        suffered = prep_objects(act, frozenset({"of"}))
        if lemmas(act) & self.lexicon.patient_nouns:
            named = suffered or [c for c in children_of(act) if c.dep_ == "poss"]
            victims = [a for n in named for a in self.finder.actors_of(n) if a is not None]
            if victims:
                return list(self.memory.doer_of(list[Entity | None](victims)))
        if lemmas(act) & self.lexicon.charge_nouns:  # "the case against Mora"
            named = prep_objects(act, frozenset({"against"}))
            accused = [a for n in named for a in self.finder.actors_of(n) if a is not None]
            if accused:
                return self.accusers_of(list[Entity | None](accused))
        if suffered or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in children_of(act)):
            return []
        if self.is_deed_noun(act):  # "the arrest", told before
            found = self.memory.recalled("doer", act.lemma_.lower(), exclude, same_word=True)
            if found:
                return found
        if lemmas(act) & judgement_phrases().act_anaphors:  # "the move", told just before
            return self.memory.latest_act_doer(told_since(act), exclude)
        return []

    def wrong_doers(self, tokens: Sequence[Token], exclude: list[Entity | None]) -> Wronged:
        """ "Whelan was wrongfully detained": the blame adverb and whoever the article
        told doing it to the one who suffered it (``event_evaluation.wronged_in``)."""
        wronged = wronged_in(tokens)
        if wronged is None:
            return None
        victims = [a for a in self.finder.actors_of(wronged[1]) if a is not None]
        doers = [d for d in self.memory.doer_of(list[Entity | None](victims)) if d not in exclude]
        return (wronged[0], doers) if doers else None

    def victims_of_deed(self, token: Token, sources: list[Entity | None]) -> list[Entity | None]:
        """ "X claimed responsibility for the attack", "X said it carried out the
        bombing": the attack the article has already coded, so its target (the latest
        such attack, the same word first)."""
        deed = next(
            (
                n
                for n in token.subtree
                if n.i != token.i and n.dep_ in ("dobj", "pobj") and self.is_deed_noun(n)
                if not self.finder.actor_of(n)
            ),
            None,
        )
        if deed is None or not any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in children_of(deed)
        ):
            return []
        return self.memory.recalled("victim", deed.lemma_.lower(), sources)

    def accusers_of(
        self, accused: list[Entity | None], *, anyone: bool = False
    ) -> list[Entity | None]:
        """Whoever last accused one of ``accused`` in this article; with ``anyone``
        ("rejected those claims"), whoever last made a charge, against whomever."""
        accused = [self.finder.as_actor(e, spatial=False) for e in accused if e is not None]
        return self.memory.accusers_of(accused, anyone=anyone)

    def is_denial_of_own_act(self, token: Token, sources: list[Entity | None]) -> bool:
        """ "denied that he had fled to Tajikistan", "has denied helping the Taliban": a
        denial of one's own act rejects whoever charged it, not the act's target."""
        if token.lemma_.lower() not in self.lexicon.denials or not sources:
            return False
        for child in children_of(token):
            if child.dep_ in ("xcomp", "dobj", "pcomp") and child.tag_ == "VBG":
                return not any(c.dep_ in ("nsubj", "poss") for c in children_of(child))
            if child.dep_ == "ccomp":
                inner = next((c for c in children_of(child) if c.dep_ == "nsubj"), None)
                doers = self.finder.actors_of(inner) if inner is not None else []
                return any(d in sources for d in doers if d is not None)
        return False

    def speaks_of_itself(self, clause: Token, own: list[Entity]) -> bool:
        """Is the subject of ``clause`` the speaker's side ("vowed it would never …")?"""
        subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return True  # "vowed never to bow"
        if subject.pos_ not in ("PRON", "PROPN"):  # "his supplies would not last"
            return False
        names = {e.name for e in own}
        return any(a is not None and a.name in names for a in self.finder.actors_of(subject))

    def protest_targets(
        self,
        trigger: Trigger,
        token: Token,
        sources: list[Entity | None],
        targets: list[Entity | None],
    ) -> list[Entity | None]:
        """Whom a protest is against when its phrases name only places: not "rallied in
        Yerevan"; "protested against the war in Moscow" is against who wages the war.
        A protest told alongside it ("marched …, chanting slogans against X") is the
        same protest and is not coded again."""
        self.consumed.update(
            c.i
            for c in children_of(token)
            if c.dep_ in ("advcl", "xcomp", "conj")
            and (inner := self.match(c)) is not None
            and inner.type in self.rules.of_class("protests")
        )
        if not all(t is not None and is_place(t) for t in targets):
            return targets
        kept = targets if trigger.mode == "obstruct" else []  # "blocked roads into X"
        return (
            self.protest_purpose_targets(token, sources)
            or self.mission_country(token, sources)  # "outside the US embassy in Baghdad"
            or self.doer_of_deed(token, sources, same_word=True)
            or kept
        )

    def protest_purpose_targets(
        self, token: Token, sources: list[Entity | None]
    ) -> list[Entity | None]:
        """Whom a protest is aimed at when only its purpose says: "rallied to demand the
        resignation of X", "marched to demand that the Taliban reopen schools", "stopped
        work in protest against the military government".  The purpose is part of the
        protest and is not coded again."""
        verb = token if token.pos_ in ("VERB", "AUX") else token.head
        for clause in (*children_of(token), *children_of(verb)):
            purpose = has_to(clause) or clause.tag_ == "VBG"  # "rioted, demanding …"
            if clause.dep_ in ("advcl", "xcomp", "acl") and purpose:
                found = self.purpose_targets(clause, sources)
                if found:
                    self.consumed.add(clause.i)
                    return found
            if clause.dep_ == "prep" and clause.lower_ == "in":  # "in protest against X"
                for noun in children_of(clause):
                    if noun.dep_ == "pobj" and noun.lemma_.lower() == "protest":
                        self.consumed.add(noun.i)
                        return self.prep_targets(noun, sources)
        return []

    def purpose_of_same_type(
        self, trigger: Trigger, token: Token, sources: list[Entity | None]
    ) -> list[Entity | None]:
        """ "provided equipment and funded construction to assist the police", "sent
        experts to train the Malian army": the target of a to-clause of the trigger (or
        of a verb joined to it) that tells an act of the same type; that clause is part of
        this event and is not coded again."""
        joined = [token, *(c for c in children_of(token) if c.dep_ == "conj")]  # "and funded …"
        for word in joined:
            for clause in children_of(word):  # "funded [construction] to assist": a to-relative
                if clause.dep_ not in ("advcl", "xcomp", "acl", "relcl") or not has_to(clause):
                    continue
                told = self.match(clause)
                if told is None or told.type != trigger.type:
                    continue
                objects = [c for c in children_of(clause) if c.dep_ in ("dobj", "dative")]
                found = [a for o in objects for a in self.finder.actors_of(o) if a not in sources]
                if found:
                    self.consumed.add(clause.i)
                    return found
        return []

    def purpose_targets(self, clause: Token, sources: list[Entity | None]) -> list[Entity | None]:
        """The target of a protest's "to demand …" or "to protest …" clause."""
        trigger = self.match(clause)
        if trigger is None or trigger.type not in self.rules.of_class("protest_purposes"):
            return []
        asked = self.candidate(clause)
        if asked is not None and asked.targets:
            return [t for t in asked.targets if t not in sources]
        for node in clause.subtree:  # "to demand the resignation of X": the first named
            if node.i > clause.i and node.pos_ == "PROPN":
                found = [a for a in self.finder.actors_of(node) if a is not None]
                if found and found[0] not in sources:
                    return [found[0]]
        return []

    def told_in_relative(
        self, trigger: Trigger, noun: Token, targets: list[Entity | None]
    ) -> tuple[list[Entity | None], list[Entity | None]]:
        """The doer (and the target) a relative clause of a support verb gives a nominal
        event: "the embargo that Denmark imposed on Iceland", "the offensive the army
        launched against X"."""
        for clause in children_of(noun):
            if clause.dep_ != "relcl" or clause.lemma_.lower() not in self.lexicon.support_verbs:
                continue
            subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
            doers = [a for a in self.finder.actors_of(subject) if a]
            if doers:
                self.consumed.add(clause.i)
                return list(doers), targets or self.prep_targets(clause, list(doers), trigger)
        return [], targets


def told_since(word: Token, sentences: int = 2) -> int:
    """The first token of the sentence ``sentences`` before ``word``'s own (or of the
    document): how far back "the move" may point."""
    start = word.sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = word.doc[start - 1].sent.start
    return start
