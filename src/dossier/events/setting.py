"""When and where an event happened, read off the parse around its trigger.

The date is the one of the trigger's own phrase or clause (or of the verb it is
coordinated with), else its quote's, else none: never silently the publication date.
The place is where its clause happened, where the one acted on was, the operation it
happened during, or the place its sentence opens with.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from dossier.event_actors import ActorFinder
from dossier.events.triggers import EventLexicon
from dossier.models import DateMention, Entity
from dossier.syntax.clauses import clause_head, shares_time, subtree_bounds
from dossier.syntax.tree import children_of
from dossier.syntax.words import WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["OCCASION_PREPS", "OPENING_WORDS", "EventSetting", "is_place"]

OCCASION_PREPS = frozenset({"during", "amid", "in"})  # "during an operation in X district"
OPENING_WORDS = 15  # "In Marjah district, Helmand province, …": a sentence's opening


def is_place(entity: Entity) -> bool:
    """A named place of the article (not a country made up for a nationality word)."""
    return entity.type in ("GPE", "LOC") and entity.id != ""


NOUN_PHRASE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})  # where a relative clause hangs
THING_DATE_DEPS = frozenset({"nummod", "nmod", "compound", "amod"})  # "the 2015 deal"


class EventSetting:
    """The dates and places of one document's events."""

    def __init__(
        self, doc: Doc, dates: list[DateMention], finder: ActorFinder, lexicon: EventLexicon
    ) -> None:
        self.doc = doc
        self.dates = sorted(dates, key=lambda d: d.span[0])  # looked up by position
        self.starts = [d.span[0] for d in self.dates]
        self.finder = finder
        self.lexicon = lexicon

    def date_of(self, token: Token) -> tuple[str | None, Any]:
        """The date of the trigger's own phrase ("confirmed today the arrest of X …,
        Saturday": Saturday), else the one governing its clause, or the clause it is
        coordinated with or told alongside ("killing one and detaining two …,
        yesterday"), else its quote's date, else none."""
        if token.pos_ in ("NOUN", "PROPN"):  # its own phrase, or a date after it that the
            found = self.nearest_date(token, token) or self.nearest_date(  # parse gave the verb
                clause_head(token), token, after=True
            )
            if found is not None:
                return found.value, found.precision
        clause = clause_head(token)
        for _ in range(3):
            found = self.nearest_date(clause, token)
            if found is not None:
                return found.value, found.precision
            if not shares_time(clause):
                break
            clause = clause.head
        quote = self.finder.quote_at(token.idx)
        if quote is not None and quote.date:
            return quote.date, None
        return None, None

    def nearest_date(
        self, phrase: Token, token: Token, *, after: bool = False
    ) -> DateMention | None:
        """The resolved date inside ``phrase`` (not in a clause of its own) nearest the
        trigger (with ``after``, only one that follows it)."""
        low, high = subtree_bounds(phrase)
        if after:
            low = max(low, token.idx)
        first, last = bisect_left(self.starts, low), bisect_left(self.starts, high)
        inside = [
            d
            for d in self.dates[first:last]
            if d.span[1] <= high
            and d.value is not None
            and not self.in_other_clause(d.span[0], phrase, token)
            and not self.dates_a_thing(d, token)
        ]
        return min(inside, key=lambda d: abs(d.span[0] - token.idx)) if inside else None

    def dates_a_thing(self, date: DateMention, token: Token) -> bool:
        """Does ``date`` tell which thing a noun other than the trigger is, not when the
        act happened: "reaffirmed its pledge under a 1951 defence treaty", "withdrew from
        the 2015 nuclear deal", "upheld the 2019 ruling", "condemned the March 2022
        invasion" (the invasion's own date, not the condemnation's); not "late Tuesday
        night" or "by the August 31 deadline", times (``time_nouns`` of grammar.yaml)."""
        words = self.doc.char_span(*date.span, alignment_mode="expand")
        if words is None:
            return False
        root = words.root
        noun = root.head
        return (
            root.dep_ in THING_DATE_DEPS
            and noun.pos_ in ("NOUN", "PROPN")
            and noun.i != token.i
            and not words.start <= noun.i < words.end
            and noun.ent_type_ not in ("DATE", "TIME")
            and noun.lemma_.lower() not in WORDS.time_nouns
        )

    def in_other_clause(self, position: int, clause: Token, token: Token) -> bool:
        """Is ``position`` inside a clause embedded under ``clause`` (its own time), one
        the trigger ``token`` is not in: a clause of the clause, or a relative clause of
        one of its phrases ("Russian troops, who have held the port since late
        February, seized the base on Wednesday": Wednesday)?"""
        for child in children_of(clause):
            if child.dep_ in ("ccomp", "advcl", "relcl", "xcomp") and child.pos_ == "VERB":
                low, high = subtree_bounds(child)
                if low <= position < high:
                    return True
            for inner in children_of(child) if child.dep_ in NOUN_PHRASE_DEPS else ():
                if inner.dep_ == "relcl":
                    low, high = subtree_bounds(inner)
                    if low <= position < high and not low <= token.idx < high:
                        return True
        return False

    def place_of(self, token: Token, targets: list[Entity | None]) -> Entity | None:
        """Where the clause happened: "in Panjshir", or where the operation it happened
        during was ("during a security operation in Maiwand district")."""
        clause = clause_head(token)
        for node in (token, clause):
            for child in children_of(node):
                if child.dep_ != "prep":
                    continue
                locative = child.lower_ in self.lexicon.place_preps
                if not locative and child.lower_ not in OCCASION_PREPS:
                    continue
                for obj in children_of(child):
                    if obj.dep_ != "pobj":
                        continue
                    found = self.place_named(obj, targets) if locative else None
                    if found is None and obj.pos_ == "NOUN":  # "during an operation in
                        found = next(  # search of a leader in Gomal district"
                            (
                                place
                                for node in obj.subtree
                                if node.dep_ == "pobj"
                                and node.head.lower_ in self.lexicon.place_preps
                                and (place := self.place_named(node, targets)) is not None
                            ),
                            None,
                        )
                    if found is not None:
                        return found
        return self.place_around(token, targets) or self.opening_place(token, targets)

    def place_around(self, token: Token, targets: list[Entity | None]) -> Entity | None:
        """Where the one acted on was, or what the actor was doing: "arrested a Taliban
        leader in Nangarhar province", "killed one insurgent while searching for a
        facilitator in Kajaki district"."""
        for child in children_of(token):
            if child.dep_ not in ("dobj", "advcl", "xcomp"):
                continue
            for node in child.subtree:
                if node.dep_ == "pobj" and node.head.lower_ in self.lexicon.place_preps:
                    place = self.place_named(node, targets)
                    if place is not None:
                        return place
        return None

    def opening_place(self, token: Token, targets: list[Entity | None]) -> Entity | None:
        """ "In Marjah district, Helmand province, a patrol killed …": the place a
        sentence opens with, up to its comma, is where its clauses happened (the parse
        often loses where such a phrase hangs)."""
        sentence = token.sent
        if sentence[0].lower_ not in self.lexicon.place_preps or token.i <= sentence.start:
            return None
        commas = [t.i for t in sentence if t.lower_ == "," and t.i < token.i]
        if not commas or commas[-1] - sentence.start > OPENING_WORDS:
            return None
        for word in self.doc[sentence.start + 1 : commas[-1]]:
            if word.pos_ == "PROPN":
                place = self.place_named(word, targets)
                if place is not None:
                    return place
        return None

    def place_named(self, noun: Token, targets: list[Entity | None]) -> Entity | None:
        """The place a noun names, or the one set beside it: "Daman district, Kandahar
        province" is in Kandahar when Daman is unknown."""
        for node in (noun, *(c for c in children_of(noun) if c.dep_ == "appos")):
            found = self.finder.actor_of(node)
            place = found[0] if found else None
            if place is not None and is_place(place) and place not in targets:
                return place
        return None
