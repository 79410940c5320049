"""The exchange format as Parquet tables, and back: one row per record.

``dossier extract --format parquet`` writes six tables, each a folder of partition
files that pandas, DuckDB, Spark or pyarrow open directly (``read_parquet(DIR/
"events")``):

``documents``  one row per article: ``doc``, ``content_hash``, metadata, cleaned
               ``text`` and ``raw`` text, ``status`` (``ok``, or ``skipped`` with
               ``status_reason`` for a non-English article), ``minhash`` (the
               text's near-duplicate signature: 64 little-endian uint64 values,
               computed where the article is extracted so a load does not)
``entities``   ``id``, ``name``, ``type``, ``aliases``, ``country``, ``sector``,
               ``roles`` (title, of) and ``mentions`` (start, end)
``quotes``     the quote's ``id`` (``q1``…), ``kind``, ``text``, ``start``/``end``,
               ``sentence_start``/``sentence_end``, speaker, cue, addressee, date
``events``     every field of an exchange event; ``start``/``end`` is its evidence,
               ``trigger_start``/``trigger_end`` its trigger, ``quote`` a quote id
``dates``      ``text``, ``value``, ``precision``, ``start``/``end``
``places``     ``name``, ``entity_id``, ``country``, ``admin1``, ``lat``/``lon``,
               ``level``, ``start``/``end``, ``mentions``; ``dateline`` is true for
               the place the article was filed from

Every row carries ``doc`` and ``content_hash`` (the article's id and the hash of
its text) and ``partition``; offsets are code points into the document's ``text``,
as in the exchange format.  ``extraction_rows`` makes the rows of one Extraction
and ``table_records.extractions_from_tables`` makes Extractions back from them, exactly,
so a Parquet directory loads into a store without running the NLP again.
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import Any

import pyarrow as pa

from dossier.kb.minhash import signature_values
from dossier.models import Article, DateMention, Entity, Event, Extraction, Quote, Role
from dossier.places import Place

__all__ = [
    "EVENT_FIELDS",
    "KEYS",
    "SCHEMAS",
    "SPAN",
    "TABLES",
    "TEXTS",
    "Row",
    "arrow_tables",
    "date_of",
    "date_row",
    "document_row",
    "entity_of",
    "entity_row",
    "event_of",
    "event_row",
    "extraction_of",
    "extraction_rows",
    "pair",
    "place_of",
    "place_row",
    "quote_of",
    "quote_row",
    "span_of",
    "span_row",
]

Row = dict[str, Any]
SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32())])
KEYS = [("doc", pa.string()), ("content_hash", pa.string()), ("partition", pa.string())]
TEXTS = pa.list_(pa.string())


def _schema(*fields: tuple[str, pa.DataType]) -> pa.Schema:
    return pa.schema([*KEYS, *fields])


SCHEMAS: dict[str, pa.Schema] = {
    "documents": _schema(
        ("source", pa.string()),
        ("fmt", pa.string()),
        ("title", pa.string()),
        ("published", pa.string()),
        ("language", pa.string()),
        ("url", pa.string()),
        ("agency", pa.string()),
        ("dateline", pa.string()),
        ("credits", TEXTS),
        ("repairs", TEXTS),
        ("warnings", TEXTS),
        ("status", pa.string()),
        ("status_reason", pa.string()),
        ("text", pa.large_string()),
        ("raw", pa.large_string()),
        ("minhash", pa.binary()),
    ),
    "entities": _schema(
        ("id", pa.string()),
        ("name", pa.string()),
        ("type", pa.string()),
        ("aliases", TEXTS),
        ("country", pa.string()),
        ("sector", pa.string()),
        ("roles", pa.list_(pa.struct([("title", pa.string()), ("of", pa.string())]))),
        ("mentions", pa.list_(SPAN)),
    ),
    "quotes": _schema(
        ("id", pa.string()),
        ("kind", pa.string()),
        ("text", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("sentence_start", pa.int32()),
        ("sentence_end", pa.int32()),
        ("speaker", pa.string()),
        ("speaker_id", pa.string()),
        ("cue", pa.string()),
        ("cue_start", pa.int32()),
        ("cue_end", pa.int32()),
        ("addressee", pa.string()),
        ("addressee_id", pa.string()),
        ("date", pa.string()),
    ),
    "events": _schema(
        ("type", pa.string()),
        ("mode", pa.string()),
        ("source", pa.string()),
        ("source_id", pa.string()),
        ("source_country", pa.string()),
        ("source_sector", pa.string()),
        ("target", pa.string()),
        ("target_id", pa.string()),
        ("target_country", pa.string()),
        ("target_sector", pa.string()),
        ("date", pa.string()),
        ("date_precision", pa.string()),
        ("place", pa.string()),
        ("place_id", pa.string()),
        ("negated", pa.bool_()),
        ("modality", pa.string()),
        ("trigger", pa.string()),
        ("trigger_start", pa.int32()),
        ("trigger_end", pa.int32()),
        ("text", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("sentence_start", pa.int32()),
        ("sentence_end", pa.int32()),
        ("quad", pa.int8()),
        ("score", pa.float64()),
        ("confidence", pa.float64()),
        ("quote", pa.string()),
    ),
    "dates": _schema(
        ("text", pa.string()),
        ("value", pa.string()),
        ("precision", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
    ),
    "places": _schema(
        ("name", pa.string()),
        ("entity_id", pa.string()),
        ("country", pa.string()),
        ("admin1", pa.string()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("level", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("mentions", pa.list_(SPAN)),
        ("dateline", pa.bool_()),
    ),
}
TABLES = tuple(SCHEMAS)


def span_row(span: tuple[int, int] | None) -> Row | None:
    return None if span is None else {"start": span[0], "end": span[1]}


def document_row(article: Article, *, status: str = "ok", reason: str | None = None) -> Row:
    return {
        "source": article.source,
        "fmt": article.fmt,
        "title": article.title,
        "published": article.published,
        "language": article.language,
        "url": article.url,
        "agency": article.agency,
        "dateline": article.dateline,
        "credits": list(article.credits),
        "repairs": list(article.repairs),
        "warnings": list(article.warnings),
        "status": status,
        "status_reason": reason,
        "text": article.text,
        "raw": article.raw,
        "minhash": signature_values(article.text).tobytes() if status == "ok" else None,
    }


def entity_row(entity: Entity) -> Row:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": list(entity.aliases),
        "country": entity.country,
        "sector": entity.sector,
        "roles": [role.to_json() for role in entity.roles],
        "mentions": [span_row(m) for m in entity.mentions],
    }


def quote_row(n: int, quote: Quote) -> Row:
    cue = quote.cue_span
    return {
        "id": f"q{n}",
        "kind": quote.kind,
        "text": quote.text,
        "start": quote.span[0],
        "end": quote.span[1],
        "sentence_start": quote.sentence[0],
        "sentence_end": quote.sentence[1],
        "speaker": quote.speaker,
        "speaker_id": quote.speaker_id,
        "cue": quote.cue,
        "cue_start": cue[0] if cue else None,
        "cue_end": cue[1] if cue else None,
        "addressee": quote.addressee,
        "addressee_id": quote.addressee_id,
        "date": quote.date,
    }


EVENT_FIELDS = [
    "type",
    "mode",
    "source",
    "source_id",
    "source_country",
    "source_sector",
    "target",
    "target_id",
    "target_country",
    "target_sector",
    "date",
    "date_precision",
    "place",
    "place_id",
    "negated",
    "modality",
    "trigger",
    "text",
    "quad",
    "score",
    "confidence",
]


def event_row(event: Event) -> Row:
    return {
        **{name: getattr(event, name) for name in EVENT_FIELDS},
        "trigger_start": event.trigger_span[0],
        "trigger_end": event.trigger_span[1],
        "start": event.span[0],
        "end": event.span[1],
        "sentence_start": event.sentence[0],
        "sentence_end": event.sentence[1],
        "quote": None if event.quote is None else f"q{event.quote + 1}",
    }


def date_row(date: DateMention) -> Row:
    return {
        "text": date.text,
        "value": date.value,
        "precision": date.precision,
        "start": date.span[0],
        "end": date.span[1],
    }


def place_row(place: Place, *, dateline: bool) -> Row:
    return {
        "name": place.name,
        "entity_id": place.entity_id,
        "country": place.country,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "level": place.level,
        "start": place.span[0] if place.span else None,
        "end": place.span[1] if place.span else None,
        "mentions": [span_row(m) for m in place.mentions],
        "dateline": dateline,
    }


def extraction_rows(
    extraction: Extraction, partition: str, *, status: str = "ok", reason: str | None = None
) -> dict[str, list[Row]]:
    """The rows of one article in every table, each with its keys."""
    article = extraction.article
    keys = {"doc": article.doc, "content_hash": article.content_hash, "partition": partition}
    places = [place_row(p, dateline=False) for p in extraction.places]
    if extraction.dateline_place is not None:
        places.append(place_row(extraction.dateline_place, dateline=True))
    rows = {
        "documents": [document_row(article, status=status, reason=reason)],
        "entities": [entity_row(e) for e in extraction.entities],
        "quotes": [quote_row(n, q) for n, q in enumerate(extraction.quotes, 1)],
        "events": [event_row(e) for e in extraction.events],
        "dates": [date_row(d) for d in extraction.dates],
        "places": places,
    }
    return {name: [{**keys, **row} for row in table] for name, table in rows.items()}


def arrow_tables(rows: Mapping[str, list[Row]]) -> dict[str, pa.Table]:
    """One Arrow table per name, typed by ``SCHEMAS`` even when it has no rows."""
    return {
        name: pa.Table.from_pylist(list(rows.get(name, [])), schema=schema)
        for name, schema in SCHEMAS.items()
    }


def table_rows(table: pa.Table, *, skip: tuple[str, ...] = ()) -> list[Row]:
    """The rows of a table as dicts, converted column by column; a list of spans
    becomes a list of (start, end) pairs (``to_pylist`` makes a dict per span, the
    slowest part of a load)."""
    names = [name for name in table.column_names if name not in skip]
    columns = [column_values(table.column(name)) for name in names]
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


def column_values(column: pa.ChunkedArray) -> list[Any]:
    """A column's values as Python objects: text and numbers through NumPy (several
    times faster than ``to_pylist``, which builds a scalar per value), lists of spans
    as (start, end) pairs, anything else as ``to_pylist`` gives it."""
    if is_flat(column):
        return list(column.to_numpy(zero_copy_only=False).tolist())
    if column.type != pa.list_(SPAN) or column.null_count:
        return list(column.to_pylist())
    array = column.combine_chunks()
    offsets = array.offsets.to_pylist()
    flat = array.flatten()
    pairs = list(zip(flat.field("start").to_pylist(), flat.field("end").to_pylist(), strict=True))
    base = offsets[0] if offsets else 0
    return [pairs[a - base : b - base] for a, b in pairwise(offsets)]


def is_flat(column: pa.ChunkedArray) -> bool:
    """Text (nulls become None), or numbers and flags without nulls (NumPy would make
    a missing number NaN)."""
    kind = column.type
    if pa.types.is_string(kind) or pa.types.is_large_string(kind):
        return True
    numeric = pa.types.is_integer(kind) or pa.types.is_floating(kind) or pa.types.is_boolean(kind)
    return numeric and not column.null_count


def signatures_of(tables: Mapping[str, pa.Table]) -> dict[str, bytes]:
    """The MinHash signature bytes of each document of a partition, by content hash
    (none for a directory written before they were kept)."""
    documents = tables["documents"]
    if "minhash" not in documents.column_names:
        return {}
    hashes = documents.column("content_hash").to_pylist()
    values = documents.column("minhash").to_pylist()
    return {h: v for h, v in zip(hashes, values, strict=True) if v is not None}


def extraction_of(document: Row, rows: Mapping[str, list[Row]]) -> Extraction:
    article = Article(
        doc=document["doc"],
        source=document["source"],
        text=document["text"],
        raw=document["raw"],
        fmt=document["fmt"],
        content_hash=document["content_hash"],
        title=document["title"],
        published=document["published"],
        language=document["language"],
        url=document["url"],
        agency=document["agency"],
        dateline=document["dateline"],
        credits=tuple(document["credits"] or ()),
        repairs=tuple(document["repairs"] or ()),
        warnings=tuple(document["warnings"] or ()),
    )
    places = [place_of(r) for r in rows.get("places", []) if not r["dateline"]]
    datelines = [place_of(r) for r in rows.get("places", []) if r["dateline"]]
    return Extraction(
        article=article,
        entities=[entity_of(r) for r in rows.get("entities", [])],
        dates=[date_of(r) for r in rows.get("dates", [])],
        quotes=[quote_of(r) for r in rows.get("quotes", [])],
        events=[event_of(r) for r in rows.get("events", [])],
        places=places,
        dateline_place=datelines[0] if datelines else None,
    )


def span_of(row: Row | None) -> tuple[int, int] | None:
    return None if row is None else (row["start"], row["end"])


def pair(start: int | None, end: int | None) -> tuple[int, int] | None:
    return None if start is None or end is None else (start, end)


def entity_of(row: Row) -> Entity:
    return Entity(
        id=row["id"],
        name=row["name"],
        type=row["type"],
        aliases=list(row["aliases"] or []),
        country=row["country"],
        sector=row["sector"],
        roles=[Role(r["title"], r["of"]) for r in row["roles"] or []],
        mentions=list(row["mentions"] or []),
    )


def quote_of(row: Row) -> Quote:
    return Quote(
        kind=row["kind"],
        text=row["text"],
        span=(row["start"], row["end"]),
        sentence=(row["sentence_start"], row["sentence_end"]),
        speaker=row["speaker"],
        speaker_id=row["speaker_id"],
        cue=row["cue"],
        cue_span=pair(row["cue_start"], row["cue_end"]),
        addressee=row["addressee"],
        addressee_id=row["addressee_id"],
        date=row["date"],
    )


def event_of(row: Row) -> Event:
    quote = row["quote"]
    return Event(
        **{name: row[name] for name in EVENT_FIELDS},
        trigger_span=(row["trigger_start"], row["trigger_end"]),
        span=(row["start"], row["end"]),
        sentence=(row["sentence_start"], row["sentence_end"]),
        quote=None if quote is None else int(quote[1:]) - 1,
    )


def date_of(row: Row) -> DateMention:
    return DateMention(
        text=row["text"],
        value=row["value"],
        precision=row["precision"],
        span=(row["start"], row["end"]),
    )


def place_of(row: Row) -> Place:
    return Place(
        name=row["name"],
        entity_id=row["entity_id"],
        country=row["country"],
        admin1=row["admin1"],
        lat=row["lat"],
        lon=row["lon"],
        level=row["level"],
        span=pair(row["start"], row["end"]),
        mentions=tuple(row["mentions"] or ()),
    )
