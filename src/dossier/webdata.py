"""What the pages and the report show, read from a store opened read-only.

Documents, full-text search, entities, actors and their profiles, relations, event
mentions (one ``EventQuery``, paged) and the merged-event timeline come from the
Python API; the overview's aggregate counts and the search box's quote hits are read
from the store's typed rows. No SQL here: it all lives in ``dossier.store``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import asdict, is_dataclass, replace
from typing import Any

from dossier.api import (
    Dossier,
    EventQuery,
    EventRow,
    MergedEvent,
    PartnerMonthRow,
    QuoteRow,
)
from dossier.events.triggers import event_lexicon
from dossier.markup import Mark, highlight
from dossier.netgraph import dense_window

__all__ = [
    "LINKS_SHOWN",
    "PARTNERS_CHARTED",
    "QUAD_NAMES",
    "actor_index",
    "actor_view",
    "busiest_actors",
    "counts",
    "document_view",
    "event_key",
    "event_marks",
    "event_types",
    "events_by_month",
    "events_by_type",
    "events_page",
    "latest_events",
    "mention_row",
    "merged_row",
    "month_window",
    "overview",
    "partner_series",
    "plain",
    "quote_hits",
    "quote_key",
    "search_view",
    "series_window",
    "timeline",
]

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def event_types() -> list[dict[str, Any]]:
    """Every PLOVER type the coder knows, with its quad class, in lexicon order."""
    return [
        {"type": name, "quad": info.quad, "score": info.score}
        for name, info in event_lexicon().types.items()
    ]


def plain(value: Any) -> Any:
    """Dataclasses (the API's records) as dicts, recursively, for templates and JSON."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


# --- overview -------------------------------------------------------------------------


def counts(kb: Dossier) -> dict[str, int]:
    """Documents, actors, merged events (one per real event), their article mentions, quotes."""
    knowledge = kb.counts()
    return {
        "documents": kb.document_count(),
        "actors": knowledge["actors"],
        "events": knowledge["events"],
        "event mentions": knowledge["event_mentions"],
        "quotes": kb.quote_count(),
    }


def events_by_type(kb: Dossier) -> list[dict[str, Any]]:
    """Merged events (one per real event, however many articles report it) per type."""
    return [asdict(row) for row in kb.events_by_type()]


def events_by_month(kb: Dossier) -> list[dict[str, Any]]:
    """Merged events per month (of the event's date, else its first report) and quad."""
    return [asdict(row) for row in kb.events_by_month()]


def busiest_actors(kb: Dossier, limit: int = 12) -> list[dict[str, Any]]:
    """Of the most mentioned actors, those in the most events."""
    actors = sorted(kb.actors(limit=limit * 4), key=lambda a: (-a.events, -a.mentions))
    return [asdict(a) for a in actors[:limit]]


def latest_events(kb: Dossier, limit: int = 12) -> list[dict[str, Any]]:
    """The newest event mentions (as ``kb.events(limit=…)``, without reading every
    sentence before the sort)."""
    return [mention_row(event) for event in kb.event_page(EventQuery(limit=limit))]


def overview(kb: Dossier) -> dict[str, Any]:
    """Counts, busiest actors, events by type and month (with ``window``, the densest
    span of months, which the month chart shows first), latest events and documents."""
    by_month = events_by_month(kb)
    return {
        "counts": counts(kb),
        "actors": busiest_actors(kb),
        "by_type": events_by_type(kb),
        "by_month": by_month,
        "window": month_window(by_month),
        "latest": latest_events(kb),
        "documents": [asdict(d) for d in kb.documents(limit=10)],
    }


def month_window(rows: list[dict[str, Any]]) -> list[str]:
    """The densest span of months of rows with ``month`` and ``events``."""
    totals: dict[str, int] = defaultdict(int)
    for row in rows:
        totals[row["month"][:7]] += row["events"]
    return dense_window(totals)


# --- events ---------------------------------------------------------------------------


def mention_row(event: EventRow) -> dict[str, Any]:
    """An event as one article codes it, with the key of its span and itself as evidence."""
    record = asdict(event)
    key = event_key(event.span)
    evidence = {k: record[k] for k in ("doc", "published", "text", "sentence")}
    return {**record, "key": key, "evidence": [{**evidence, "key": key}]}


def merged_row(event: MergedEvent) -> dict[str, Any]:
    """A merged event in the shape of an event row: the first report stands for it and
    every report is listed as evidence."""
    evidence = [
        {
            "doc": e.doc,
            "published": e.published,
            "text": e.text.strip(),
            "sentence": e.sentence,
            "key": event_key(e.span),
        }
        for e in event.evidence
    ]
    first = evidence[0] if evidence else {"doc": None, "text": event.trigger, "key": None}
    return {
        "id": event.id,
        "date": event.date or event.day or None,
        "published": event.first_report,
        "type": event.type,
        "mode": event.mode,
        "modality": event.modality,
        "negated": event.negated,
        "quad": event.quad,
        "score": event.score,
        "trigger": event.trigger,
        "place": event.place,
        "source": event.source_name,
        "source_id": event.source,
        "target": event.target_name,
        "target_id": event.target,
        "text": first["text"],
        "doc": first["doc"],
        "key": first["key"],
        "mentions": event.mentions,
        "sources": event.sources,
        "evidence": evidence,
    }


def events_page(kb: Dossier, query: EventQuery, *, size: int = 50) -> dict[str, Any]:
    """The filtered events' ``query.page`` of ``size``, newest first (the last page
    when there are fewer), with the total for paging."""
    total = kb.count_events(query)
    pages = max(1, math.ceil(total / size))
    page = min(max(1, query.page), pages)
    found = kb.event_page(replace(query, limit=size, page=page))
    rows = [mention_row(event) for event in found]
    return {"events": rows, "total": total, "page": page, "pages": pages, "size": size}


def event_key(span: list[int] | tuple[int, int]) -> str:
    """The key that marks an event's span on its document page (``#ev-START-END``)."""
    return f"ev-{span[0]}-{span[1]}"


def quote_key(span: list[int] | tuple[int, int]) -> str:
    return f"q-{span[0]}-{span[1]}"


# --- document -------------------------------------------------------------------------


def document_view(kb: Dossier, ref: str) -> dict[str, Any]:
    """A document with its annotations and its text as highlighted, escaped HTML."""
    document = kb.document(ref)
    found = kb.event_page(EventQuery(document=document.row.id))
    events = sorted((mention_row(e) for e in found), key=lambda e: e["span"][0])
    quotes = [quote_with_key(q) for q in document.quotes]
    entities = [e.to_json() for e in document.entities]
    dates = [d.to_json() for d in document.dates]
    marks = [
        *(
            Mark(
                s,
                e,
                "entity",
                f"en-{ent['id']}",
                css=f"t-{ent['type']}",
                title=f"{ent['name']} · {ent['type']}"
                + (f" · {ent['country']}" if ent["country"] else ""),
            )
            for ent in entities
            for s, e in ent["mentions"]
        ),
        *(
            Mark(
                d["span"][0],
                d["span"][1],
                "date",
                f"d-{d['span'][0]}",
                title=f"date: {d['value'] or '?'}",
            )
            for d in dates
        ),
        *(
            Mark(
                q["span"][0],
                q["span"][1],
                "quote",
                q["key"],
                title=f"{q['kind']} quote · {q['speaker'] or 'unknown speaker'}",
            )
            for q in quotes
        ),
        *event_marks(events),
    ]
    return {
        "row": asdict(document.row),
        "meta": {
            "credits": document.credits,
            "repairs": document.repairs,
            "warnings": document.warnings,
        },
        "text": document.text,
        "html": highlight(document.text, marks),
        "entities": entities,
        "dates": dates,
        "places": [p.to_json() for p in document.places],
        "quotes": quotes,
        "events": events,
    }


def event_marks(events: list[dict[str, Any]]) -> list[Mark]:
    """One mark per event span: events told by one clause ("talks hosted by the AU":
    the AU with each side) share it, and its title lists them all."""
    by_key: dict[str, list[dict[str, Any]]] = {}
    for ev in events:
        by_key.setdefault(ev["key"], []).append(ev)
    return [
        Mark(
            same[0]["span"][0],
            same[0]["span"][1],
            "event",
            key,
            css=f"evq{same[0]['quad'] or 0}",
            title="; ".join(
                f"{ev['type']}: {ev['source'] or '?'} → {ev['target'] or '?'}" for ev in same
            ),
        )
        for key, same in by_key.items()
    ]


# --- search ---------------------------------------------------------------------------


def search_view(kb: Dossier, q: str, *, limit: int = 30) -> dict[str, Any]:
    """Documents (FTS5, ranked) and quotes (their words or speaker) matching ``q``."""
    if not q.strip():
        return {"q": q, "documents": [], "quotes": []}
    hits = [asdict(h) for h in kb.search(q, limit=limit)]
    return {"q": q, "documents": hits, "quotes": quote_hits(kb, q, limit)}


def quote_hits(kb: Dossier, q: str, limit: int) -> list[dict[str, Any]]:
    """Quotes whose words or speaker contain ``q``, newest first."""
    return [quote_with_key(quote) for quote in kb.quotes_matching(q, limit=limit)]


def quote_with_key(quote: QuoteRow) -> dict[str, Any]:
    """A quote as the pages show it, with the key that marks its span."""
    return {**quote.to_json(), "key": quote_key(quote.span)}


# --- actors and timeline --------------------------------------------------------------


def actor_index(kb: Dossier, query: str = "", limit: int = 200) -> list[dict[str, Any]]:
    """Actors resolved across articles, most mentioned first."""
    return [asdict(a) for a in kb.actors(query=query or None, limit=limit)]


LINKS_SHOWN = 40
PARTNERS_CHARTED = 12


def actor_view(kb: Dossier, ref: str) -> dict[str, Any]:
    """An actor's profile (``kb.actor``) as plain data, its events as event rows, and a
    monthly cooperation–conflict series with each of its top partners (``series``)
    and the densest span of those months (``window``)."""
    profile = kb.actor(ref)
    actor_id = profile.actor.id
    top = [p.id for p in profile.partners[:PARTNERS_CHARTED]]
    series = partner_series(kb.partner_months(actor_id), top)
    return {
        "actor": asdict(profile.actor),
        "roles": [asdict(r) for r in profile.roles],
        "sectors": [asdict(s) for s in profile.sectors],
        "quotes": [quote_with_key(q) for q in profile.quotes],
        "events_as_source": [merged_row(e) for e in profile.events_as_source],
        "events_as_target": [merged_row(e) for e in profile.events_as_target],
        "partners": [asdict(p) for p in profile.partners],
        "partner_series": {"series": series, "window": series_window(series)},
        "links": [asdict(link) for link in profile.links[:LINKS_SHOWN]],
        "links_total": len(profile.links),
    }


def partner_series(months: list[PartnerMonthRow], partners: list[str]) -> list[dict[str, Any]]:
    """For each partner, the mean score of the events between the two, by month (both
    directions, weighted by events), from ``Dossier.partner_months``."""
    totals: dict[str, dict[str, list[float]]] = {
        p: defaultdict(lambda: [0.0, 0.0]) for p in partners
    }
    names: dict[str, str] = {}
    for other, name, month_name, events, score in (
        (m.partner, m.partner_name, m.month, m.events, m.score) for m in months
    ):
        if other not in totals:
            continue
        names[other] = name
        month = totals[other][month_name]
        month[0] += score * events
        month[1] += events
    series = []
    for partner in partners:
        months_seen = sorted(totals[partner])
        if not months_seen:
            continue
        series.append(
            {
                "id": partner,
                "name": names[partner],
                "months": months_seen,
                "scores": [
                    round(totals[partner][m][0] / totals[partner][m][1], 2) for m in months_seen
                ],
                "events": [int(totals[partner][m][1]) for m in months_seen],
            }
        )
    return series


def series_window(series: list[dict[str, Any]]) -> list[str]:
    """The densest span of months over every partner's series."""
    rows = [
        {"month": month, "events": events}
        for s in series
        for month, events in zip(s["months"], s["events"], strict=True)
    ]
    return month_window(rows)


def timeline(kb: Dossier, *, limit: int = 500) -> list[dict[str, Any]]:
    """Merged events in date order (the newest ``limit``), as event rows."""
    events = kb.timeline(limit=limit, newest_first=True)
    return [merged_row(e) for e in reversed(events)]
