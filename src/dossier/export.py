"""Writing the knowledge base out in standard formats: ``dossier export``.

Events go out one row per merged event (a real event, with every article mention
that reports it) as JSON Lines, CSV, Parquet or POLECAT's tab-separated layout;
the actor network goes out as GraphML or GEXF for Gephi and networkx. Everything
is read through ``dossier.kb.reader`` from a ``Store``; nothing here writes to it.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dossier.errors import DossierError
from dossier.kb import reader
from dossier.kb.reader import CONFLICT, COOPERATION, Actor, MergedEvent, RoleSpan, SectorSpan
from dossier.store import Store
from dossier.store.rows import DocumentPlaceRow
from dossier.version import __version__

if TYPE_CHECKING:
    import networkx

__all__ = [
    "EVENT_COLUMNS",
    "EVENT_FORMATS",
    "EVIDENCE_COLUMNS",
    "GRAPH_FORMATS",
    "JOIN",
    "LEVEL_RANK",
    "POLECAT_COLUMNS",
    "ActorInfo",
    "EventContext",
    "ExportFormat",
    "Located",
    "actor_graph",
    "actor_infos",
    "contains_words",
    "covers",
    "csv_cell",
    "distance",
    "edge_totals",
    "event_actor_keys",
    "event_row",
    "export",
    "fold",
    "match_place",
    "node_attributes",
    "ordinal",
    "parquet_schema",
    "polecat_row",
    "role_at",
    "side",
    "span_text",
    "tsv_cell",
    "write_csv",
    "write_graph",
    "write_jsonl",
    "write_parquet",
    "write_polecat",
]


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    graphml = "graphml"
    gexf = "gexf"
    polecat = "polecat"


EVENT_FORMATS = frozenset({ExportFormat.jsonl, ExportFormat.csv, ExportFormat.parquet})
GRAPH_FORMATS = frozenset({ExportFormat.graphml, ExportFormat.gexf})

# POLECAT's columns, in the order of its tab-separated release files.
POLECAT_COLUMNS = (
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Intensity",
    "Quad Code",
    "Contexts",
    "Actor Name",
    "Actor Country",
    "Actor COW",
    "Primary Actor Sector",
    "Actor Sectors",
    "Actor Title",
    "Actor Name Raw",
    "Wikipedia Actor ID",
    "Recipient Name",
    "Recipient Country",
    "Recipient COW",
    "Primary Recipient Sector",
    "Recipient Sectors",
    "Recipient Title",
    "Recipient Name Raw",
    "Wikipedia Recipient ID",
    "Placename",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
    "GeoNames ID",
    "Raw Placename",
    "Feature Type",
    "Source",
    "Publication Date",
    "Story People",
    "Story Organizations",
    "Story Locations",
    "Language",
    "Version",
)
# What POLECAT does not have: the evidence behind each row.
EVIDENCE_COLUMNS = (
    "Evidence Doc",
    "Evidence Span",
    "Evidence Sentence",
    "Mentions",
    "Sources",
)
# Several values in one cell (CSV, POLECAT): a separator that prose rarely contains.
JOIN = " | "

EVENT_COLUMNS = (
    "id",
    "date",
    "day",
    "date_precision",
    "type",
    "mode",
    "quad",
    "score",
    "source",
    "source_name",
    "source_country",
    "source_sector",
    "target",
    "target_name",
    "target_country",
    "target_sector",
    "place",
    "latitude",
    "longitude",
    "modality",
    "trigger",
    "mentions",
    "sources",
    "first_report",
    "documents",
    "spans",
    "sentences",
)


@dataclass(frozen=True, slots=True)
class ActorInfo:
    """An actor with the dated sectors and roles that say what it was on a given day."""

    actor: Actor
    sectors: list[SectorSpan]
    roles: list[RoleSpan]

    def sector_on(self, day: str | None) -> str | None:
        return reader.sector_at(self.sectors, day, self.actor.sector)

    def all_sectors(self) -> list[str]:
        found = [s.sector for s in self.sectors if s.source != "articles"]
        if self.actor.sector:
            found.append(self.actor.sector)
        return list(dict.fromkeys(found))

    def title_on(self, day: str | None) -> str | None:
        return role_at(self.roles, day)


@dataclass(frozen=True, slots=True)
class Located:
    """Where a merged event's place is, from the place rows of its reporting articles."""

    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    level: str | None


def export(
    store: Store,
    fmt: ExportFormat | str,
    out: Path,
    *,
    since: str | None = None,
    until: str | None = None,
    actor: str | None = None,
) -> int:
    """Write ``fmt`` to ``out``; the number of rows (events) or nodes (actors) written."""
    fmt = ExportFormat(fmt)
    out.parent.mkdir(parents=True, exist_ok=True)
    events = reader.timeline(store, actor=actor, since=since, until=until)
    if fmt in GRAPH_FORMATS:
        graph = actor_graph(store, events, actor=actor, since=since, until=until)
        write_graph(graph, fmt, out)
        return int(graph.number_of_nodes())
    context = EventContext.load(store, events)
    if fmt is ExportFormat.polecat:
        write_polecat((polecat_row(e, context) for e in events), out)
    else:
        rows = [event_row(e, context) for e in events]
        if fmt is ExportFormat.jsonl:
            write_jsonl(rows, out)
        elif fmt is ExportFormat.csv:
            write_csv(rows, out)
        else:
            write_parquet(rows, out)
    return len(events)


# --- what each event row needs besides the event --------------------------------


@dataclass(frozen=True, slots=True)
class EventContext:
    actors: dict[str, ActorInfo]
    places: dict[str, list[DocumentPlaceRow]]

    @classmethod
    def load(cls, store: Store, events: Sequence[MergedEvent]) -> EventContext:
        docs = sorted({m.doc for e in events for m in e.evidence})
        return cls(actor_infos(store, event_actor_keys(events)), store.places_by_document(docs))

    def actor(self, key: str | None) -> ActorInfo | None:
        return self.actors.get(key) if key else None

    def located(self, event: MergedEvent) -> Located | None:
        rows = [p for doc in dict.fromkeys(m.doc for m in event.evidence) for p in self.places[doc]]
        return match_place(event.place, rows)


def event_actor_keys(events: Iterable[MergedEvent]) -> set[str]:
    return {k for e in events for k in (e.source, e.target) if k}


def actor_infos(store: Store, keys: Iterable[str]) -> dict[str, ActorInfo]:
    """Each actor with its sectors and roles over time: those of dossier's actor list
    and the user's actor file (dated), then what the articles state."""
    dated = reader.dated_entries(store)
    infos: dict[str, ActorInfo] = {}
    for key in sorted(keys):
        try:
            actor_id, actor = reader.find_actor(store, key)
        except DossierError:
            continue
        entry = dated.get(key, {})
        infos[key] = ActorInfo(
            actor=actor,
            sectors=reader.file_sectors(entry),
            roles=[*reader.file_roles(entry), *reader.article_roles(store, actor_id)],
        )
    return infos


def role_at(roles: Sequence[RoleSpan], day: str | None) -> str | None:
    """The title held on ``day``: a dated role from an actor file covering it, else an
    article role stated around it (the nearest in time, since articles state a role on
    their publication date, not on every day it was held)."""
    if not roles:
        return None
    if not day:
        return roles[0].title
    covering = [r for r in roles if covers(r.first, r.last, day)]
    listed = [r for r in covering if r.source != "articles"]
    if listed or covering:
        return (listed or covering)[0].title
    stated = [r for r in roles if r.source == "articles"]
    if not stated:
        return None
    return min(stated, key=lambda r: distance(r.first, r.last, day)).title


def covers(first: str | None, last: str | None, day: str) -> bool:
    return (first is None or day >= first) and (last is None or day[: len(last)] <= last)


def distance(first: str | None, last: str | None, day: str) -> int:
    """Days from ``day`` to the span [first, last] (ISO prefixes; open ends are far)."""
    when = ordinal(day)
    gaps = [abs(ordinal(d) - when) for d in (first, last) if d]
    return min(gaps) if gaps else 10**6


def ordinal(iso: str) -> int:
    """Day number of an ISO date or prefix ("2021-08" is its first day); 0 if unreadable."""
    parts = [int(p) for p in iso[:10].split("-") if p.isdigit()]
    try:
        return date(*[*parts, 1, 1][:3]).toordinal()
    except (TypeError, ValueError):
        return 0


LEVEL_RANK = {"city": 0, "admin1": 1, "country": 2}


def match_place(place: str | None, rows: Sequence[DocumentPlaceRow]) -> Located | None:
    """The place row naming the event's place: the same name, else one whose name is
    part of it ("Panjshir" in "the Panjshir Valley"); the most precise first."""
    if not place:
        return None
    wanted = fold(place)
    exact = [r for r in rows if fold(r.name) == wanted]
    partial = [r for r in rows if fold(r.name) and contains_words(wanted, fold(r.name))]
    found = sorted(exact or partial, key=lambda r: LEVEL_RANK.get(r.level or "", 3))
    if not found:
        return None
    r = found[0]
    return Located(r.name, r.country, r.admin1, r.lat, r.lon, r.level)


def fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def contains_words(text: str, part: str) -> bool:
    return f" {part} " in f" {text} " or f" {text} " in f" {part} "


# --- one row per merged event -------------------------------------------------


def event_row(event: MergedEvent, context: EventContext) -> dict[str, Any]:
    """The event, its actors as they were on the day, its place, and its evidence as
    parallel lists: ``documents[i]``, ``spans[i]`` and ``sentences[i]`` are one mention."""
    source, target = context.actor(event.source), context.actor(event.target)
    located = context.located(event)
    return {
        "id": event.id,
        "date": event.date,
        "day": event.day,
        "date_precision": event.date_precision,
        "type": event.type,
        "mode": event.mode,
        "quad": event.quad,
        "score": event.score,
        "source": event.source,
        "source_name": event.source_name,
        "source_country": source.actor.country if source else None,
        "source_sector": source.sector_on(event.day) if source else None,
        "target": event.target,
        "target_name": event.target_name,
        "target_country": target.actor.country if target else None,
        "target_sector": target.sector_on(event.day) if target else None,
        "place": event.place,
        "latitude": located.lat if located else None,
        "longitude": located.lon if located else None,
        "modality": event.modality,
        "trigger": event.trigger,
        "mentions": event.mentions,
        "sources": event.sources,
        "first_report": event.first_report,
        "documents": [m.doc for m in event.evidence],
        "spans": [list(m.span) for m in event.evidence],
        "sentences": [m.sentence for m in event.evidence],
    }


def write_jsonl(rows: Iterable[dict[str, Any]], out: Path) -> None:
    with out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_csv(rows: Iterable[dict[str, Any]], out: Path) -> None:
    """CSV for spreadsheets: lists become ``a | b``, spans ``start-end``."""
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=EVENT_COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: csv_cell(row[k]) for k in EVENT_COLUMNS})


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return JOIN.join(span_text(v) if isinstance(v, list) else csv_cell(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def span_text(span: Sequence[int]) -> str:
    return f"{span[0]}-{span[1]}"


def parquet_schema() -> Any:
    import pyarrow as pa

    text, integer, number = pa.string(), pa.int64(), pa.float64()
    types = {
        "id": integer,
        "quad": integer,
        "mentions": integer,
        "sources": integer,
        "score": number,
        "latitude": number,
        "longitude": number,
        "documents": pa.list_(text),
        "spans": pa.list_(pa.list_(integer)),
        "sentences": pa.list_(text),
    }
    return pa.schema([(name, types.get(name, text)) for name in EVENT_COLUMNS])


def write_parquet(rows: list[dict[str, Any]], out: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows, schema=parquet_schema()), out)


# --- POLECAT ----------------------------------------------------------------------


def polecat_row(event: MergedEvent, context: EventContext) -> dict[str, Any]:
    """The event in POLECAT's columns; what dossier does not know stays empty.

    Intensity is the PLOVER score (-10 … +10), Quad Code the PLOVER quad class (1–4),
    Feature Type our resolution level (country, admin1, city), Source the reporting
    documents, Publication Date the first report.
    """
    day = event.day
    located = context.located(event)
    docs = list(dict.fromkeys(m.doc for m in event.evidence))
    story_places = {p.name for doc in docs for p in context.places[doc]}
    row: dict[str, Any] = {
        "Event ID": event.id,
        "Event Date": day,
        "Event Type": event.type,
        "Event Mode": event.mode,
        "Intensity": event.score,
        "Quad Code": event.quad,
        **side(
            "Actor", "Primary Actor Sector", event.source_name, context.actor(event.source), day
        ),
        **side(
            "Recipient",
            "Primary Recipient Sector",
            event.target_name,
            context.actor(event.target),
            day,
        ),
        "Placename": located.name if located else event.place,
        "Raw Placename": event.place,
        "Source": JOIN.join(docs),
        "Publication Date": event.first_report,
        "Story Locations": JOIN.join(sorted(story_places)),
        "Language": "en",
        "Version": f"dossier {__version__}",
        "Evidence Doc": JOIN.join(m.doc for m in event.evidence),
        "Evidence Span": JOIN.join(span_text(m.span) for m in event.evidence),
        "Evidence Sentence": JOIN.join(m.sentence for m in event.evidence),
        "Mentions": event.mentions,
        "Sources": event.sources,
    }
    if located:
        row |= {
            "City": located.name if located.level == "city" else None,
            "Province": located.admin1,
            "Country": located.country,
            "Latitude": located.lat,
            "Longitude": located.lon,
            "Feature Type": located.level,
        }
    return row


def side(
    prefix: str, primary: str, name: str | None, info: ActorInfo | None, day: str
) -> dict[str, Any]:
    """The POLECAT columns of one side (Actor or Recipient), as it was on ``day``."""
    if info is None:
        return {f"{prefix} Name": name}
    return {
        f"{prefix} Name": name,
        f"{prefix} Country": info.actor.country,
        primary: info.sector_on(day),
        f"{prefix} Sectors": JOIN.join(info.all_sectors()),
        f"{prefix} Title": info.title_on(day),
    }


def write_polecat(rows: Iterable[dict[str, Any]], out: Path) -> None:
    """Tab-separated like POLECAT's release files: tabs and line breaks inside a value
    become spaces, so every event is one line; a value holding a double quote is quoted
    (the quote doubled), as ``csv.reader`` and ``pandas.read_csv(sep="\\t")`` expect."""
    columns = (*POLECAT_COLUMNS, *EVIDENCE_COLUMNS)
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter="\t", lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(tsv_cell(row.get(c)) for c in columns)


def tsv_cell(value: Any) -> str:
    return "" if value is None else re.sub(r"\s+", " ", str(value)).strip()


# --- the actor network --------------------------------------------------------------


def actor_graph(
    store: Store,
    events: Sequence[MergedEvent],
    *,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> networkx.DiGraph:
    """Actors of the period's events as nodes; an edge source → target for every pair
    that acted on each other, with the monthly relations summed over the period."""
    import networkx as nx

    graph = nx.DiGraph(name="dossier actor network")
    counts: dict[str, int] = defaultdict(int)
    for event in events:
        for key in {event.source, event.target} - {None}:
            counts[str(key)] += 1
    infos = actor_infos(store, counts)
    for key, count in sorted(counts.items()):
        graph.add_node(key, **node_attributes(key, infos.get(key), count))
    for (source, target), attributes in edge_totals(store, actor, since, until).items():
        for key in (source, target):
            if key not in graph:
                graph.add_node(key, **node_attributes(key, infos.get(key), 0))
        graph.add_edge(source, target, **attributes)
    return graph


def node_attributes(key: str, info: ActorInfo | None, events: int) -> dict[str, Any]:
    """GraphML/GEXF-safe attributes: strings and numbers only, none left empty."""
    if info is None:
        return {"label": key, "name": key, "events": events}
    actor = info.actor
    values = {
        "label": actor.name,
        "name": actor.name,
        "type": actor.type,
        "country": actor.country,
        "sector": actor.sector,
        "mentions": actor.mentions,
        "events": events,
    }
    return {k: v for k, v in values.items() if v is not None}


def edge_totals(
    store: Store, actor: str | None, since: str | None, until: str | None
) -> dict[tuple[str, str], dict[str, Any]]:
    """Per ordered pair: events, cooperative and conflictual events, mean intensity
    (months weighted by their events) and balance, over all months."""
    sums: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for relation in reader.relations(store, actor=actor, since=since, until=until):
        total = sums[(relation.source, relation.target)]
        total["events"] += relation.events
        total["cooperation"] += sum(relation.by_quad.get(q, 0) for q in COOPERATION)
        total["conflict"] += sum(relation.by_quad.get(q, 0) for q in CONFLICT)
        if relation.score is not None:
            total["scored"] += relation.events
            total["score_sum"] += relation.score * relation.events
    result = {}
    for pair, total in sums.items():
        events = int(total["events"])
        attributes: dict[str, Any] = {
            "events": events,
            "weight": events,
            "cooperation": int(total["cooperation"]),
            "conflict": int(total["conflict"]),
            "balance": round((total["cooperation"] - total["conflict"]) / events, 2),
        }
        if total["scored"]:
            attributes["score"] = round(total["score_sum"] / total["scored"], 2)
        result[pair] = attributes
    return result


def write_graph(graph: networkx.DiGraph, fmt: ExportFormat, out: Path) -> None:
    import networkx as nx

    if fmt is ExportFormat.graphml:
        nx.write_graphml(graph, out)
    else:
        nx.write_gexf(graph, out)
