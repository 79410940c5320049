"""Whom a speaker's words name: the actors a quote's stance or verdict is aimed at."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.attrs import DEP, IDX

from dossier.doc_arrays import attribute_ids, column, one_of
from dossier.events.constructions import Constructions
from dossier.syntax.phrases import is_locative, prep_objects
from dossier.syntax.tree import children_of
from dossier.syntax.words import WORDS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from dossier.models import Entity

OF = frozenset({"of"})
AMOD = frozenset({"amod"})


class QuoteTargets(Constructions):
    """Whom a quote's words aim at: the first actor they name with those coordinated
    with it, a judged place's government, never the speaker's side nor the victim of
    a judged act."""

    def place_targets(self, speaker: Entity, places: Sequence[Token]) -> list[Entity]:
        """The governments of the places a verdict judges, never the speaker's own."""
        own = {speaker.name, *self.finder.home_names([speaker])}
        found = [
            a
            for t in places
            for e in self.finder.actors_of(t)
            if e is not None and (a := self.finder.as_actor(e, spatial=False)) is not None
        ]
        return [a for i, a in enumerate(found) if a.name not in own and a not in found[:i]]

    def quote_targets(self, speaker: Entity, tokens: Sequence[Token]) -> list[Entity]:
        """The first actor a quote's words name (not the speaker's side, nor a mere
        place), with the actors coordinated with it ("the response of Chile
        and Peru was too slow": both)."""
        own = {speaker.name, *self.finder.home_names([speaker])}
        naming = self.naming_words()
        for token in tokens:
            if not naming[token.i]:  # ``named_at`` finds no one there
                continue
            if token.pos_ == "PRON" or is_locative(token, self.lexicon.place_preps):
                continue
            found = self.named_at(speaker, own, token)
            if found:
                head = self.mention_root(token)  # "the United States and NATO": States
                found += [a for c in head.conjuncts for a in self.named_at(speaker, own, c)]
                return [e for i, e in enumerate(found) if e not in found[:i]]
        return []

    def naming_words(self) -> bytearray:
        """Which words of the article ``named_at`` may find an actor at (1 by position):
        those a mention covers by their first character, and adjectival modifiers (a
        nationality, "the Sudanese government"); read once per article off its IDX and DEP
        columns and the mentions' bounds."""
        if self.may_name is None:
            offsets = column(self.doc, IDX).tolist()
            found = bytearray(one_of(column(self.doc, DEP), attribute_ids(DEP, AMOD)).tolist())
            for start, end, _ in self.index.rows:
                first, past = bisect_left(offsets, start), bisect_left(offsets, end)
                found[first:past] = b"\x01" * (past - first)
            self.may_name = found
        return self.may_name

    def named_at(self, speaker: Entity, own: set[str], token: Token) -> list[Entity]:
        """The actors the mention at ``token`` names, none of the speaker's side."""
        covering = self.index.covering(token.idx, token.idx + 1)
        nation = self.finder.demonym_entity(token) if token.dep_ == "amod" else None
        if not covering and nation is not None and nation.name not in own:
            return [nation]  # "the Sudanese government must …"
        if not covering:
            return []
        return [
            a
            for e in self.finder.actors_of(self.mention_root(token))
            if e is not None and e.type != "LOC" and e.name not in own
            if not self.finder.serves(e, [speaker])  # "asked the Pentagon for options"
            if (a := self.finder.as_actor(e, spatial=False)) is not None
        ]

    def mention_root(self, token: Token) -> Token:
        """The head of the entity mention covering ``token`` ("United States": States)."""
        covering = self.index.covering(token.idx, token.idx + 1)
        if not covering:
            return token
        mention = self.doc.char_span(covering[0][0], covering[0][1], alignment_mode="expand")
        return mention.root if mention is not None else token

    def sufferers(self, tokens: Sequence[Token]) -> set[int]:
        """The words naming one a quote's act is done to ("Lai's trial and unjust
        detention", "the arrest of Rojas", "a breach of Lithuanian airspace"): the owner
        or of-phrase of a patient noun or a violated good, the of-phrase of a wrong of
        ``wronged_of_nouns`` (grammar.yaml), with what is coordinated with it; a verdict
        on the act never blames them."""
        found: set[int] = set()
        for token in tokens:
            lemma = token.lemma_.lower()
            good = lemma in self.lexicon.violated_goods  # "Yemen's sovereignty"
            wronged = lemma in WORDS.wronged_of_nouns  # "the harassment of Chilean fishermen"
            if not good and not wronged and lemma not in self.lexicon.patient_nouns:
                continue
            for head in [token, *token.conjuncts]:
                deps: tuple[str, ...] = ("poss", "amod", "compound") if good else ("poss",)
                deps = () if wronged else deps  # "Chile's harassment of X": Chile does it
                owners = [c for c in children_of(head) if c.dep_ in deps] + prep_objects(head, OF)
                found.update(t.i for o in owners for t in o.subtree)
        return found
