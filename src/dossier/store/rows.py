"""The frozen rows the store returns: one type per kind of record read back.

Each row's fields are in the order its JSON form lists them; ``to_json`` gives the
record the CLI prints and the exchange of the web API carries.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A stored document (current version unless asked otherwise)."""

    id: int
    doc: str
    version: int
    title: str | None
    published: str | None
    language: str | None
    status: str
    status_reason: str | None
    source: str
    fmt: str
    url: str | None
    agency: str | None
    dateline: str | None
    chars: int
    ingested_at: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A document matching a full-text query, with a snippet whose matched words are
    marked by ``HIGHLIGHT_START`` and ``HIGHLIGHT_END``."""

    id: int
    doc: str
    title: str | None
    published: str | None
    snippet: str
    score: float


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """One entity name across the store, with how often and where it is mentioned."""

    name: str
    type: str
    country: str | None
    sector: str | None
    documents: int
    mentions: int
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """A document's cleaned and raw text and the lists it was stored with."""

    text: str
    raw: str
    credits: list[str]
    repairs: list[str]
    warnings: list[str]


@dataclass(frozen=True, slots=True)
class EntityRow:
    """An entity of one document: ``id`` is its id in that document ("e3"), ``mentions``
    its spans in the cleaned text."""

    id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    aliases: list[str]
    roles: list[dict[str, Any]]
    mentions: list[list[int]]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class DateRow:
    """A date expression of one document and the ISO value it resolves to."""

    text: str
    value: str | None
    precision: str | None
    span: list[int]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """A place of one document resolved in the gazetteer; ``dateline`` when it is the
    place the story was filed from (then ``span`` may be None)."""

    name: str
    entity_id: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    level: str | None
    span: list[int] | None
    dateline: bool

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """A quote as one article states it; ``speaker`` is the name the article gives,
    ``speaker_id`` the entity's id in that article, ``sentence`` the sentence's span."""

    doc: str
    published: str | None
    kind: str
    speaker: str | None
    speaker_id: str | None
    cue: str | None
    text: str
    addressee: str | None
    date: str | None
    span: list[int]
    sentence: list[int]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# The columns of a quote in CSV (the JSON record's keys, spans after the text).
QUOTE_KEYS = (
    "doc",
    "published",
    "kind",
    "speaker",
    "speaker_id",
    "cue",
    "text",
    "span",
    "sentence",
    "addressee",
    "date",
)


@dataclass(frozen=True, slots=True)
class EventRow:
    """An event mention as one article codes it, with its evidence sentence.

    ``source`` and ``target`` are the names the article gives (as in the exchange
    format); ``id`` is the stored mention's id and ``doc_id`` its document's.
    """

    id: int
    doc_id: int
    doc: str
    published: str | None
    date: str | None
    type: str
    mode: str | None
    source: str | None
    target: str | None
    modality: str
    negated: bool
    trigger: str
    text: str
    quad: int | None
    score: float | None
    confidence: float
    place: str | None
    sentence: str
    span: list[int]

    def to_json(self) -> dict[str, Any]:
        """The record ``dossier events`` prints: without the stored ids and the place."""
        record = asdict(self)
        for key in ("id", "doc_id", "place"):
            del record[key]
        return record


@dataclass(frozen=True, slots=True)
class ActorRow:
    """One real actor across all articles. ``id`` is stable ("person/antony-blinken")."""

    id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    aliases: tuple[str, ...]
    documents: int
    mentions: int
    events: int
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """One article's report of a merged event; ``duplicate`` when the article repeats an
    earlier one."""

    doc: str
    published: str | None
    span: list[int]
    text: str
    trigger: str
    sentence: str
    duplicate: bool


@dataclass(frozen=True, slots=True)
class MergedEventRow:
    """One real event with every article mention that reports it.

    ``source`` and ``target`` are actor ids ("org/taliban"), ``source_name`` and
    ``target_name`` the actors' names.
    """

    id: int
    type: str
    mode: str | None
    source: str | None
    source_name: str | None
    target: str | None
    target_name: str | None
    date: str | None
    date_precision: str | None
    day: str
    place: str | None
    negated: bool
    modality: str
    quad: int | None
    score: float | None
    trigger: str
    mentions: int
    sources: int
    first_report: str | None
    evidence: list[EvidenceRow]


@dataclass(frozen=True, slots=True)
class PartnerRow:
    """Another actor this one acts on or is acted on by, and how they stand."""

    id: str
    name: str
    events: int
    cooperation: int
    conflict: int
    score: float | None


@dataclass(frozen=True, slots=True)
class LinkRow:
    """Why one entity cluster of one article belongs to an actor."""

    name: str
    doc: str
    published: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class RoleMentionRow:
    """The titles articles give an actor's mentions (JSON list of roles), the day the
    articles were published, and how many mentions give these titles on that day."""

    roles: str
    day: str | None
    mentions: int = 1


@dataclass(frozen=True, slots=True)
class SectorSpanRow:
    sector: str
    first: str | None
    last: str | None
    documents: int


@dataclass(frozen=True, slots=True)
class RelationGroupRow:
    """Merged events of one ordered pair of actors, month, type and quad class."""

    source: str
    source_name: str
    target: str
    target_name: str
    month: str
    type: str
    quad: int | None
    events: int
    first: int
    scored: int
    total: float | None
    ids: str


@dataclass(frozen=True, slots=True)
class PartnerMonthRow:
    """Events between an actor and one partner in one month, either direction."""

    partner: str
    partner_name: str
    month: str
    events: int
    score: float


@dataclass(frozen=True, slots=True)
class DocumentPlaceRow:
    """A resolved place of a document, as exports locate events."""

    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    level: str | None
    dateline: bool


@dataclass(frozen=True, slots=True)
class ActorKindRow:
    """An actor's type, country and sector, by id."""

    id: str
    type: str
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class TypeCountRow:
    type: str
    quad: int | None
    events: int


@dataclass(frozen=True, slots=True)
class MonthCountRow:
    month: str
    quad: int | None
    events: int


@dataclass(frozen=True, slots=True)
class ClusterRow:
    """An entity cluster of one document as the linker reads it, with the document's
    name; ``id`` is the stored entity's id."""

    id: int
    document_id: int
    name: str
    type: str
    country: str | None
    sector: str | None
    aliases: tuple[str, ...]
    roles: tuple[dict[str, Any], ...]
    doc: str


@dataclass(frozen=True, slots=True)
class KeyHolderRow:
    """An actor holding one match key ("person|blinken"), as the linker ranks them."""

    actor_id: int
    name: str
    country: str | None
    key: str
    documents: int
    pinned: int


@dataclass(frozen=True, slots=True)
class MemberRow:
    """An entity cluster linked to an actor: its name and roles (JSON list)."""

    entity_id: int
    document_id: int
    name: str
    roles: str


@dataclass(frozen=True, slots=True)
class TallyRow:
    """How many member clusters give an actor this name, alias, country or sector."""

    field: str
    value: str
    n: int


@dataclass(frozen=True, slots=True)
class SignableRow:
    """A document to sign for near-duplicate search."""

    id: int
    content_hash: str


@dataclass(frozen=True, slots=True)
class EventMentionRow:
    """One stored event with the actors its sides resolved to, and the document whose
    story it tells (``origin_id``: the earlier article a reprint repeats, else its own)."""

    id: int
    document_id: int
    type: str
    mode: str | None
    source_actor: int | None
    target_actor: int | None
    source: str | None
    target: str | None
    date: str | None
    date_precision: str | None
    published: str | None
    place: str | None
    negated: int
    modality: str
    quad: int | None
    score: float | None
    trigger: str
    origin_id: int
    day: str  # when it happened as far as known: its date, else the day it was reported


@dataclass(frozen=True, slots=True)
class KnownEventRow:
    """A merged event a new mention may report again."""

    id: int
    mode: str | None
    date: str | None
    date_precision: str | None
    day: str
    place: str | None


@dataclass(frozen=True, slots=True)
class CopiedEventRow:
    """A merged event of the story a reprint repeats."""

    id: int
    source_actor: int | None
    target_actor: int | None
    date: str | None
    day: str


@dataclass(frozen=True, slots=True)
class FeedRow:
    """A watched feed, as ``dossier feeds`` lists it."""

    url: str
    title: str | None
    last_checked: str | None
    last_status: str | None
    last_error: str | None
    items: int
    ingested: int
    failed: int


@dataclass(frozen=True, slots=True)
class FeedItemState:
    """What became of a feed item, and how many times it was tried."""

    outcome: str
    attempts: int
