"""The coder's state: what every layer of the event coder reads and writes.

One ``CoderState`` per article: the parse, the lexicon, who each word stands for
(``event_actors.ActorFinder``), the tokens already told as part of another event
(``consumed``), what the article has told so far (``memory``) and when and where
(``setting``).  A ``_Candidate`` is a trigger with its sources and targets, before the
rewrites settle its type, mode, negation and modality.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from dossier.event_actors import ActorFinder
from dossier.event_opinion import SecondOpinion
from dossier.events.frame_data import frame_data
from dossier.events.implicit import ImplicitSides
from dossier.events.memory import ArticleMemory
from dossier.events.rules import rewrite_rules
from dossier.events.setting import EventSetting
from dossier.events.triggers import EventLexicon, Trigger, event_lexicon
from dossier.models import DateMention, Entity, Quote
from dossier.names import text_of
from dossier.syntax.coordination import is_reciprocal
from dossier.syntax.mood import is_negated
from dossier.syntax.tree import children_of
from dossier.syntax.words import grammar_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Modality = Literal["asserted", "hypothetical", "intended", "claimed"]
REFUSED = frozenset({"xcomp", "ccomp", "prep", "dobj"})  # what "refused" governs
CLAUSES = frozenset({"xcomp", "ccomp"})
ARGUMENTS = frozenset({"dobj", "prep", "dative"})  # a verb's own arguments, no inner clause
GIVER_PREPS = frozenset({"of", "from"})  # "the backing of India", "criticism from Chile"
FROM = frozenset({"from"})  # "drew criticism from Chile", the parse hanging "from" on the verb


def at_hands_of(word: Token) -> list[Token]:
    """The doers an "at the hands of" phrase on ``word`` names: "faced threats at the
    hands of Venezuela", "abuses at the hands of the army" (issue 16, threats as nouns)."""
    return [
        doer
        for at in children_of(word)
        if at.dep_ == "prep" and at.lower_ == "at"
        for hands in children_of(at)
        if hands.dep_ == "pobj" and hands.lower_ in ("hands", "hand")
        for of in children_of(hands)
        if of.dep_ == "prep" and of.lower_ == "of"
        for doer in children_of(of)
        if doer.dep_ == "pobj"
    ]


@dataclass(slots=True)
class _Candidate:
    trigger: Trigger
    token: Token
    type: str
    sources: list[Entity | None]
    targets: list[Entity | None]
    negated: bool = False
    mode: str | None = None  # a mode other than the trigger's own (a threat's)
    asserted: bool = False  # a wish for help is itself asserted, whatever its clause
    unilateral: bool = False  # "X agreed to postpone the rally": no partner implied


class CoderState:
    def __init__(
        self,
        doc: Doc,
        entities: list[Entity],
        dates: list[DateMention],
        quotes: list[Quote],
        *,
        unattributed: bool = False,
    ) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.lexicon = event_lexicon()
        self.rules = rewrite_rules()  # data/events/rewrites.yaml
        self.frames = frame_data()  # data/events/frames.yaml
        self.preps = self.lexicon.preps
        self.dates = dates
        self.quotes = quotes
        self.finder = ActorFinder(doc, entities, quotes, self.lexicon)
        self.index = self.finder.index
        self.by_id = self.finder.by_id
        self.quote_number = {q.span: n for n, q in reversed(list(enumerate(quotes)))}
        self.consumed: set[int] = set()
        self.pobjs_by_sentence: dict[int, list[tuple[Token, list[Entity | None]]]] = {}
        self.may_name: bytearray | None = None  # see QuoteTargets.naming_words
        self.cue_speakers = {
            q.cue_span[0]: speaker
            for q in quotes
            if q.cue_span is not None and (speaker := self.by_id.get(q.speaker_id or ""))
        }
        self.memory = ArticleMemory()  # what the article has told so far
        self.setting = EventSetting(doc, dates, self.finder, self.lexicon)  # when and where
        self.implicit = ImplicitSides(self.finder, self.memory, self.setting)  # unnamed sides
        self.opinion = SecondOpinion()  # the learned classifier, if switched on
        self.unattributed = unattributed  # keep events that name no side (find_events)

    def candidate(self, token: Token) -> _Candidate | None:
        """The event ``token`` triggers, if any.  The coder (the top layer) implements
        it; a frame asks it about a clause nested in the one it reads ("rallied to
        demand …")."""
        raise NotImplementedError


def pledged_alone(
    pledge: Token, act: Token, promised: Trigger | None, lexicon: EventLexicon
) -> bool:
    """Do joint subjects of a pledge each promise a third party, not one another: "Jamaica
    and Belize promised to send police" (each to Haiti), not "Peru and Chile pledged to
    deepen their ties" nor "… vowed to hold talks" (a reciprocal or joint act); "A and B
    agreed to …" is an agreement between them."""
    lemma = pledge.lemma_.lower()  # "promised", or "willingness" in "expressed willingness"
    words = grammar_words()
    offered = lemma in lexicon.pledge_verbs or lemma in words.offer_nouns
    if not offered or is_reciprocal(act):
        return False
    if any(w.lower_ in words.reciprocal_objects for w in act.subtree):
        return False  # "pledged not to use force against each other"
    return promised is None or promised.type not in lexicon.symmetric_types


def is_guessed(verb: Token, lexicon: EventLexicon) -> bool:
    """Is ``verb`` negated, or under a modal or a future ("could draw criticism",
    "protests could spread", "the truce will take effect"): not told as happening?"""
    modals = lexicon.hypothetical_aux | lexicon.future_aux
    return is_negated(verb) or any(
        c.dep_ == "aux" and c.lower_ in modals for c in children_of(verb)
    )
