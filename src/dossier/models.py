"""The typed records that flow through dossier, one way.

``RawInput`` (what a reader found) → ``Article`` (cleaned text and metadata) →
``Extraction`` (entities, quotes, events, dates, places found in the article) →
store rows.  Every extracted record keeps the character span it came from, as a
half-open ``(start, end)`` pair of code-point offsets into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache
from operator import attrgetter
from typing import Any, Literal

__all__ = [
    "Article",
    "DateMention",
    "Entity",
    "Event",
    "Extraction",
    "InputFailure",
    "Precision",
    "Quote",
    "RawInput",
    "Role",
    "Span",
    "StageFailure",
]

Span = tuple[int, int]
Precision = Literal["day", "month", "year"]
Level = Literal["country", "admin1", "city"]


@dataclass(frozen=True, slots=True)
class RawInput:
    """One article as a reader found it, before cleaning."""

    doc: str
    source: str
    raw: str
    fmt: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input that could not be read; ``reason`` is one line a user can act on."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned, dated document. ``text`` is what every later offset refers to."""

    doc: str
    source: str
    text: str
    raw: str
    fmt: str
    content_hash: str
    title: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    agency: str | None = None
    dateline: str | None = None
    credits: tuple[str, ...] = ()
    repairs: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def is_english(self) -> bool:
        return self.language in (None, "en")


@dataclass(frozen=True, slots=True)
class Role:
    """A title an entity holds, and the organization or country it is held in."""

    title: str
    of: str | None = None

    def to_json(self) -> dict[str, Any]:
        return flat_record(self)


@dataclass(slots=True)
class Entity:
    """A person, organization or place: the cluster of all its mentions in one document."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    roles: list[Role] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        found = flat_record(self)
        found["aliases"] = list(self.aliases)
        found["roles"] = [role.to_json() for role in self.roles]
        found["mentions"] = list(self.mentions)
        return found


@dataclass(frozen=True, slots=True)
class DateMention:
    """A temporal expression and the calendar date it names, as precisely as the text allows."""

    text: str
    value: str | None
    precision: Precision | None
    span: Span

    def to_json(self) -> dict[str, Any]:
        return flat_record(self)


@dataclass(frozen=True, slots=True)
class Quote:
    """Words attributed to a speaker: quoted directly, or reported ("X said that …")."""

    kind: Literal["direct", "indirect"]
    text: str
    span: Span
    sentence: Span
    speaker: str | None = None
    speaker_id: str | None = None
    cue: str | None = None
    cue_span: Span | None = None
    addressee: str | None = None
    addressee_id: str | None = None
    date: str | None = None

    def to_json(self) -> dict[str, Any]:
        return flat_record(self)


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER-coded event: who did what to whom, when and where, and the evidence."""

    type: str
    trigger: str
    trigger_span: Span
    span: Span
    sentence: Span
    text: str
    mode: str | None = None
    source: str | None = None
    source_id: str | None = None
    source_country: str | None = None
    source_sector: str | None = None
    target: str | None = None
    target_id: str | None = None
    target_country: str | None = None
    target_sector: str | None = None
    date: str | None = None
    date_precision: Precision | None = None
    place: str | None = None
    place_id: str | None = None
    negated: bool = False
    modality: Literal["asserted", "hypothetical", "intended", "claimed"] = "asserted"
    quad: int | None = None
    score: float | None = None
    confidence: float = 0.5
    quote: int | None = None

    def to_json(self) -> dict[str, Any]:
        return flat_record(self)


def flat_record(record: Any) -> dict[str, Any]:
    """A record's fields by name, in order: what ``dataclasses.asdict`` gives for a
    record whose fields hold only text, numbers and spans (tuples), at a tenth of its
    cost, since asdict copies every value recursively (``dossier extract`` writes
    hundreds of records per article)."""
    kind: type = type(record)
    names, values = field_getter(kind)
    return dict(zip(names, values(record), strict=True))


@cache
def field_getter(kind: type) -> tuple[tuple[str, ...], Any]:
    """The field names of a record type (two or more) and a function reading their
    values as a tuple, made once per type."""
    names = tuple(f.name for f in fields(kind))
    return names, attrgetter(*names)


ReferenceKind = Literal["pronoun", "description", "capital"]


@dataclass(frozen=True, slots=True)
class Reference:
    """A word that stands for entities named elsewhere: a pronoun ("she"), a definite
    description ("the junta", "the three nations") or a capital speaking for its state
    ("Santiago said").  ``entities`` is empty when nothing fits (the word is kept, with
    the reason, so a reader can tell "no antecedent" from "not looked at").  An entity
    with an empty id is a state the article does not name itself ("the government"
    of the article's country)."""

    span: Span  # the head word
    text: str
    kind: ReferenceKind
    entities: tuple[Entity, ...]
    reason: str  # "pronoun: nearest PERSON subject", "capital of Chile", …

    @property
    def entity_ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.entities if e.id)


@dataclass(frozen=True, slots=True)
class Coreference:
    """The coreference stage's result for one article: its references in text order."""

    references: tuple[Reference, ...] = ()

    def at(self, start: int) -> Reference | None:
        """The reference whose head word starts at character ``start``, if any."""
        low, high = 0, len(self.references)
        while low < high:
            middle = (low + high) // 2
            if self.references[middle].span[0] < start:
                low = middle + 1
            else:
                high = middle
        if low < len(self.references) and self.references[low].span[0] == start:
            return self.references[low]
        return None


@dataclass(frozen=True, slots=True)
class StageFailure:
    """One extraction stage that raised for one article; the other stages' output stands."""

    stage: str
    reason: str

    def __str__(self) -> str:
        return f"{self.stage} stage failed: {self.reason}"

    def to_json(self) -> dict[str, Any]:
        return flat_record(self)


@dataclass(frozen=True, slots=True)
class Place:
    """A place the article names, resolved: where it is and how precisely."""

    name: str
    entity_id: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    level: Level | None
    span: Span | None
    mentions: tuple[Span, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return flat_record(self)


@dataclass(slots=True)
class Extraction:
    """Everything found in one article, ready for the exchange format or the store."""

    article: Article
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dateline_place: Place | None = None
    warnings: list[str] = field(default_factory=list)
    failures: list[StageFailure] = field(default_factory=list)
    coreference: Coreference = field(default_factory=Coreference)

    @property
    def failure_reason(self) -> str | None:
        """The failed stages in one line ("events stage failed: …; …"), or None."""
        return "; ".join(map(str, self.failures)) or None

    def to_exchange(self) -> dict[str, Any]:
        """The object ``dossier extract`` writes (see EXCHANGE.md)."""
        a = self.article
        return {
            "doc": a.doc,
            "title": a.title,
            "published": a.published,
            "language": a.language,
            "url": a.url,
            "agency": a.agency,
            "dateline": a.dateline,
            "text": a.text,
            "entities": [e.to_json() for e in self.entities],
            "quotes": [{"id": f"q{n}", **q.to_json()} for n, q in enumerate(self.quotes, 1)],
            "events": [
                {**e.to_json(), "quote": None if e.quote is None else f"q{e.quote + 1}"}
                for e in self.events
            ],
            "dates": [d.to_json() for d in self.dates],
            "places": [p.to_json() for p in self.places],
            "dateline_place": self.dateline_place.to_json() if self.dateline_place else None,
            "warnings": [f.to_json() for f in self.failures],
        }
