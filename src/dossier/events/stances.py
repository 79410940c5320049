"""Quote stances: what a speaker's words do to the actors they name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.event_opinion import judgement_in
from dossier.events.constructions import Constructions
from dossier.models import Entity, Event, Quote
from dossier.syntax import (
    is_inverted,
    is_locative,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token


class QuoteStances(Constructions):
    def quote_events(self) -> list[Event]:
        """What a speaker's words do to the actors they name (``quote_stances``): the
        first actor named (not merely as a place: "in X"), with the actors named
        together with it ("the United States and NATO failed")."""
        events: list[Event] = []
        for number, quote in enumerate(self.quotes):
            speaker = self.by_id.get(quote.speaker_id or "")
            if speaker is None:
                continue
            tokens = [t for t in self.doc.char_span(*quote.span, alignment_mode="expand") or []]
            judged = judgement_in(tokens)  # "X's plan is reckless": its actor is the target
            targets = self.quote_targets(speaker, judged.actor_words) if judged else []
            if judged is not None and (judged.negated or targets):
                events += [self.quote_event(judged.type, judged.word, quote, number, speaker, t)
                           for t in targets if not judged.negated]  # fmt: skip
                continue
            targets = self.quote_targets(speaker, tokens)
            if not targets:
                continue
            for type_, cues in self.lexicon.quote_stances.items():
                cue = next(
                    (
                        t
                        for t in tokens
                        if (t.lemma_.lower() in cues or t.lower_ in cues) and not is_inverted(t)
                        if not (
                            type_ in self.rules.of_class("act_noun_stances") and self.is_act_noun(t)
                        )
                    ),
                    None,
                )
                if cue is None:
                    continue
                events.extend(
                    self.quote_event(type_, cue, quote, number, speaker, target)
                    for target in targets
                )
                break
        return events

    def quote_targets(self, speaker: Entity, tokens: Sequence[Token]) -> list[Entity]:
        own = {speaker.name, self.finder.group_of(speaker).name, *self.finder.home_names([speaker])}
        for token in tokens:
            if token.pos_ == "PRON" or is_locative(token, self.lexicon.place_preps):
                continue
            covering = self.index.covering(token.idx, token.idx + 1)
            nation = self.finder.demonym_entity(token) if token.dep_ == "amod" else None
            if not covering and nation is not None and nation.name not in own:
                return [nation]  # "the Sudanese government must …"
            if not covering:
                continue
            mention = self.doc.char_span(covering[0][0], covering[0][1], alignment_mode="expand")
            token = mention.root if mention is not None else token  # "United States": States
            found = [
                a
                for e in self.finder.actors_of(token)
                if e is not None and e.type != "LOC" and e.name not in own
                if not self.finder.serves(e, [speaker])  # "asked the Pentagon for options"
                if (a := self.finder.as_actor(e, spatial=False)) is not None
            ]
            if found:
                return [e for i, e in enumerate(found) if e not in found[:i]]
        return []

    def quote_event(
        self, type_: str, cue: Token, quote: Quote, number: int, speaker: Entity, target: Entity
    ) -> Event:
        info = self.lexicon.types.get(type_)
        sentence = cue.sent
        return Event(
            type=type_,
            trigger=cue.text,
            trigger_span=(cue.idx, cue.idx + len(cue.text)),
            span=quote.span,
            sentence=(sentence.start_char, sentence.end_char),
            text=quote.text,
            source=speaker.name,
            source_id=speaker.id or None,
            source_country=speaker.country,
            source_sector=speaker.sector,
            target=target.name,
            target_id=target.id or None,
            target_country=target.country,
            target_sector=target.sector,
            date=quote.date,
            modality="asserted",
            quad=info.quad if info else None,
            score=info.score if info else None,
            confidence=0.5,
            quote=number,
        )
