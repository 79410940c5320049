"""The ``dossier`` command. Each command parses options, calls the API, prints.

Listings take ``--format table|json|jsonl|csv``; errors are one line on stderr and
a non-zero exit code.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from dataclasses import asdict, fields
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.table import Table
from rich.text import Text

from dossier import api, cli_scale
from dossier.api import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    QUOTE_KEYS,
    ActorProfile,
    DocumentRow,
    Dossier,
    MergedEvent,
    SearchHit,
)
from dossier.cli_options import (
    DEFAULT_DB,
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_WORDS,
    DEFAULT_MODEL,
    ActorsOption,
    DbOption,
    FormatOption,
    MaxSizeOption,
    MaxWordsOption,
    ModelOption,
    UnattributedOption,
    WorkersOption,
    escape,
    fail,
    ingest_progress,
    open_kb,
)
from dossier.errors import DossierError
from dossier.export import ExportFormat
from dossier.render import Format, emit, stderr, stdout

__all__ = ["app", "main"]

app = typer.Typer(
    help=(
        "Turn raw news articles into an evidence-linked knowledge base, offline.\n\n"
        "Start with:  dossier ingest examples/   then   dossier docs,  dossier search "
        "Taliban,  dossier entities,  dossier show DOC --highlight.\n\n"
        "dossier quotes --speaker NAME  lists who said what; "
        "dossier events --actor NAME  who did what to whom.\n\n"
        "Across articles: dossier actors,  dossier actor NAME --why,  dossier timeline "
        "--actor NAME,  dossier relations --actor NAME,  dossier export --format polecat.\n\n"
        "See it: dossier serve  (then open http://127.0.0.1:8000),  dossier report --out "
        "report.html.\n\n"
        "dossier extract FILES --format jsonl  writes the exchange format without a store; "
        "dossier eval GOLD PRED  scores it."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)

EventTypeOption = Annotated[
    str | None, typer.Option("--type", help="A PLOVER type: ASSAULT, REQUEST, AGREE, …")
]
SinceOption = Annotated[str | None, typer.Option(help="On or after (YYYY, YYYY-MM, YYYY-MM-DD).")]
UntilOption = Annotated[str | None, typer.Option(help="On or before (YYYY, YYYY-MM, YYYY-MM-DD).")]

T = TypeVar("T")


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    parquet = "parquet"


TYPE_STYLES = {
    "PERSON": "bold cyan",
    "ORG": "bold magenta",
    "GPE": "bold green",
    "LOC": "green",
    "NORP": "yellow",
    "DATE": "bold yellow",
}


def note_shown(message: str) -> None:
    """One line on stderr when a listing holds rows back, so no format hides it."""
    stderr.print(f"note: {message}", highlight=False)


def cut(rows: list[T], limit: int, what: str) -> list[T]:
    """The first ``limit`` of ``rows`` (fetched with ``limit + 1``); a note if more match."""
    if len(rows) > limit:
        note_shown(f"the first {limit} {what} shown; more match (raise --limit)")
    return rows[:limit]


def warn_unlinked(kb: Dossier) -> None:
    """One line on stderr when stored articles are not in the knowledge base yet."""
    unlinked = kb.counts()["unlinked"]
    if unlinked:
        stderr.print(
            f"note: {unlinked} stored documents are not linked into actors and events yet; "
            f"run: dossier rebuild --db {kb.path}",
            highlight=False,
        )


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")
    ],
    db: DbOption = DEFAULT_DB,
    model: ModelOption = DEFAULT_MODEL,
    workers: WorkersOption = 1,
    actors: ActorsOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES / 1e6,
    max_words: MaxWordsOption = DEFAULT_MAX_WORDS,
    unattributed: UnattributedOption = False,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Articles stored per transaction.")
    ] = 64,
    fmt: FormatOption = Format.table,
) -> None:
    """Read, clean and extract articles into the store. Unchanged content is skipped.

    .txt, .html/.htm, .json, .jsonl and directories of them; a changed file becomes
    a new version. Exit code 1 if any input failed, or any extraction stage failed on
    an article (stored as 'partial', with what the other stages found).
    """
    with open_kb(db) as kb, ingest_progress() as progress:
        task = progress.add_task("ingesting", total=None)

        def advance(doc: str, outcome: str) -> None:
            progress.update(task, advance=1, description=f"{outcome}: {doc[:40]}")

        try:
            report = kb.ingest(
                paths,
                model=model,
                actors_file=actors,
                workers=workers,
                batch_size=batch_size,
                max_bytes=int(max_size * 1e6),
                max_words=max_words,
                progress=advance,
                unattributed=unattributed,
            )
        except DossierError as exc:
            raise fail(str(exc)) from None
    for failure in report.failed:
        stderr.print(f"[red]failed:[/red] {escape(str(failure))}", highlight=False)
    for doc, reason in report.partial:
        stderr.print(f"[red]partly failed:[/red] {escape(doc)}: {escape(reason)}", highlight=False)
    for warning in report.warnings:
        stderr.print(f"[yellow]warning:[/yellow] {escape(warning)}", highlight=False)
    rows = [{"outcome": k, "count": v} for k, v in report.counts().items()]
    if fmt is Format.table:
        emit(rows, fmt, title=f"dossier ingest → {db}")
        for doc, reason in report.skipped:
            stdout.print(f"  skipped {escape(doc)}: {escape(reason)}", highlight=False)
        stdout.print(f"  {kb_summary(db)}", highlight=False)
    else:
        detail = {
            **report.counts(),
            "skipped_docs": [{"doc": d, "reason": r} for d, r in report.skipped],
            "failures": [{"source": f.source, "reason": f.reason} for f in report.failed],
            "partly_failed_docs": [{"doc": d, "reason": r} for d, r in report.partial],
        }
        emit([detail], fmt)
    if not report.ok:
        raise typer.Exit(1)


def kb_summary(db: Path) -> str:
    with Dossier(db, readonly=True) as kb:
        docs = kb.document_count()
        entities = kb.entity_count()
        counts = kb.counts()
    return (
        f"{db} now holds {docs} documents and {entities} distinct entities: "
        f"{counts['actors']} actors and {counts['events']} events across articles "
        f"(dossier actors, dossier timeline, dossier serve)."
    )


@app.command()
def docs(
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many rows.")] = 0,
    fmt: FormatOption = Format.table,
) -> None:
    """List the stored documents, newest publication date first."""
    with open_kb(db, readonly=True) as kb:
        rows = [asdict(row) for row in kb.documents(limit=limit, offset=offset)]
        total = kb.document_count(status=None)
    columns = DOC_COLUMNS if fmt is Format.table else [f.name for f in fields(DocumentRow)]
    emit(rows, fmt, columns=columns, title="documents")
    if len(rows) < total:
        first = f" from row {offset + 1}" if offset and rows else ""
        note_shown(f"{len(rows)} of {total} documents shown{first} (--limit, --offset)")


DOC_COLUMNS = ("id", "doc", "title", "published", "language", "status", "chars")


@app.command()
def show(
    doc: Annotated[str, typer.Argument(help="Document id, name, or a unique prefix of the name.")],
    db: DbOption = DEFAULT_DB,
    highlight: Annotated[
        bool, typer.Option("--highlight", help="Mark entities and dates in the text.")
    ] = False,
    raw: Annotated[bool, typer.Option("--raw", help="Show the raw text as read.")] = False,
    fmt: Annotated[
        ShowFormat, typer.Option("--format", "-f", help="text (for people) or json.")
    ] = ShowFormat.text,
) -> None:
    """Show one document: metadata and cleaned text (or --raw)."""
    with open_kb(db, readonly=True) as kb:
        try:
            document = kb.document(doc)
        except DossierError as exc:
            raise fail(str(exc)) from None
    if fmt is ShowFormat.json:
        sys.stdout.write(json.dumps(document.to_json(), ensure_ascii=False, indent=2) + "\n")
        return
    row = document.row
    meta = Table.grid(padding=(0, 2))
    for label, value in (
        ("doc", f"{row.doc} (id {row.id}, version {row.version})"),
        ("title", row.title),
        ("published", row.published),
        ("language", row.language),
        ("status", row.status + (f" ({row.status_reason})" if row.status_reason else "")),
        ("source", row.source),
        ("url", row.url),
        ("agency", row.agency),
        ("dateline", row.dateline),
        ("credits", "; ".join(document.credits) or None),
        ("repairs", ", ".join(document.repairs) or None),
    ):
        if value:
            meta.add_row(Text(label, style="dim"), Text(str(value)))
    stdout.print(meta)
    stdout.rule()
    if raw:
        stdout.print(Text(document.raw))
    elif highlight:
        if not stdout.is_terminal:
            stderr.print(
                "note: --highlight colours entities and dates on a terminal only; piped, the "
                "text is plain (use --format json for the spans)",
                highlight=False,
            )
        entities, dates = [e.to_json() for e in document.entities], document.dates
        stdout.print(highlighted(document.text, entities, [d.to_json() for d in dates]))
        stdout.rule()
        legend = "  ".join(f"[{style}]{label}[/]" for label, style in TYPE_STYLES.items())
        stdout.print(legend)
    else:
        stdout.print(Text(document.text))


def highlighted(
    text: str, entities: list[dict[str, object]], dates: list[dict[str, object]]
) -> Text:
    rendered = Text(text)
    for entity in entities:
        style = TYPE_STYLES.get(str(entity["type"]), "bold")
        for start, end in entity["mentions"]:  # type: ignore[attr-defined]
            rendered.stylize(style, start, end)
    for found in dates:
        start, end = found["span"]  # type: ignore[misc]
        rendered.stylize(TYPE_STYLES["DATE"], start, end)
    return rendered


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", or FTS5 syntax (A OR B, tal*).')],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="At most this many hits.")] = 20,
    fmt: FormatOption = Format.table,
) -> None:
    """Full-text search over stored documents, best match first, with snippets."""
    with open_kb(db, readonly=True) as kb:
        hits = cut(kb.search(query, limit=limit + 1), limit, "hits")
    if fmt is Format.table:
        emit(
            [asdict(h) for h in hits],
            fmt,
            columns=("id", "doc", "published", "snippet"),
            title=f"search: {query}",
            styled={"snippet": styled_snippet},
        )
        return
    rows = []
    for hit in hits:
        row = asdict(hit)
        row["snippet"] = hit.snippet.replace(HIGHLIGHT_START, "«").replace(HIGHLIGHT_END, "»")
        rows.append(row)
    emit(rows, fmt, columns=[f.name for f in fields(SearchHit)])


def styled_snippet(snippet: object) -> Text:
    text = Text()
    for n, part in enumerate(
        str(snippet).replace(HIGHLIGHT_END, HIGHLIGHT_START).split(HIGHLIGHT_START)
    ):
        text.append(part.replace("\n", " "), style="bold reverse" if n % 2 else "")
    return text


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")
    ],
    fmt: Annotated[
        ExtractFormat,
        typer.Option(
            "--format", "-f", help="jsonl (one document per line), json, or parquet (--out DIR)."
        ),
    ] = ExtractFormat.jsonl,
    model: ModelOption = DEFAULT_MODEL,
    workers: WorkersOption = 1,
    actors: ActorsOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES / 1e6,
    max_words: MaxWordsOption = DEFAULT_MAX_WORDS,
    unattributed: UnattributedOption = False,
    out: Annotated[
        str | None, typer.Option("--out", help="parquet: the output folder or fsspec URL.")
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="parquet: a Dask scheduler (tcp://host:8786)."),
    ] = None,
    partition_size: Annotated[
        int, typer.Option("--partition-size", min=1, help="parquet: articles per partition.")
    ] = 200,
) -> None:
    """Write the exchange format (EXCHANGE.md) for each input, without touching a store.

    Exit code 1 if an input could not be read. A stage that failed on an article is in
    that record's ``warnings`` and in a ``partly failed:`` line at the end; every record
    is still written, so the output can be scored as it is.

    With --format parquet --out DIR the records go to Parquet tables on a Dask
    cluster (a LocalCluster of --workers processes, or --scheduler ADDRESS); see
    docs/SCALE.md. `dossier ingest DIR` loads such a folder into a store.
    """
    if fmt is ExtractFormat.parquet or out is not None or scheduler is not None:
        cli_scale.extract_parquet(
            paths,
            fmt=fmt.value,
            out=out,
            scheduler=scheduler,
            workers=workers,
            partition_size=partition_size,
            model=model,
            actors=actors,
            max_bytes=int(max_size * 1e6),
            max_words=max_words,
            unattributed=unattributed,
        )
        return

    def print_failure(source: str, outcome: str) -> None:
        stderr.print(f"[red]failed:[/red] {escape(str(run.report.failed[-1]))}", highlight=False)

    try:
        run = api.extract(
            paths,
            model=model,
            actors_file=actors,
            workers=workers,
            max_bytes=int(max_size * 1e6),
            max_words=max_words,
            progress=print_failure,
            unattributed=unattributed,
        )
    except DossierError as exc:
        raise fail(str(exc)) from None
    warned = 0

    def records() -> Iterator[dict[str, object]]:
        nonlocal warned
        for extraction in run:
            for warning in run.report.warnings[warned:]:
                stderr.print(f"[yellow]warning:[/yellow] {escape(warning)}", highlight=False)
            warned = len(run.report.warnings)
            yield extraction.to_exchange()

    if fmt is ExtractFormat.json:
        sys.stdout.write(json.dumps(list(records()), ensure_ascii=False, indent=2) + "\n")
    else:
        for record in records():
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    for doc, reason in run.report.partial:
        stderr.print(f"[red]partly failed:[/red] {escape(doc)}: {escape(reason)}", highlight=False)
    if run.report.failed:
        raise typer.Exit(1)


@app.command()
def entities(
    db: DbOption = DEFAULT_DB,
    type: Annotated[
        str | None, typer.Option("--type", help="PERSON, ORG, GPE or LOC (GPE and LOC together).")
    ] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 country, e.g. AFG.")] = None,
    query: Annotated[str | None, typer.Option(help="Part of a name or alias.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
    fmt: FormatOption = Format.table,
) -> None:
    """List entities across stored documents with their mention counts."""
    with open_kb(db, readonly=True) as kb:
        found = kb.entities(type=type, country=country, query=query, limit=limit + 1)
        rows = [asdict(s) for s in found]
    rows = cut(rows, limit, "entities")
    emit(
        rows,
        fmt,
        columns=("name", "type", "country", "sector", "documents", "mentions", "aliases")
        if fmt is not Format.json
        else None,
        title="entities",
    )


@app.command()
def quotes(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[
        str | None, typer.Option(help="Part of the speaker's name or of one of its aliases.")
    ] = None,
    about: Annotated[
        str | None, typer.Option(help="Quotes that name this actor (name or alias).")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Said on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
    fmt: FormatOption = Format.table,
) -> None:
    """Who said what: direct and reported quotes with speaker, cue and source document."""
    with open_kb(db, readonly=True) as kb:
        try:
            found = kb.quotes(speaker=speaker, about=about, since=since, limit=limit + 1)
        except DossierError as exc:
            raise fail(str(exc)) from None
    rows = cut(found.to_json(), limit, "quotes")
    emit(
        rows,
        fmt,
        columns=("date", "published", "speaker", "kind", "cue", "text", "addressee", "doc")
        if fmt is Format.table
        else QUOTE_KEYS,
        title="quotes",
    )


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    source: Annotated[str | None, typer.Option(help="Part of the source actor's name.")] = None,
    target: Annotated[str | None, typer.Option(help="Part of the target actor's name.")] = None,
    actor: Annotated[str | None, typer.Option(help="Source or target.")] = None,
    type: EventTypeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
    fmt: FormatOption = Format.table,
) -> None:
    """Who did what to whom: PLOVER-coded events with their evidence sentence, newest first.

    The date is the event's own when the text gives it, else the article's.
    """
    with open_kb(db, readonly=True) as kb:
        try:
            found = kb.events(
                source=source,
                target=target,
                actor=actor,
                type=type,
                since=since,
                until=until,
                limit=limit + 1,
            )
        except DossierError as exc:
            raise fail(str(exc)) from None
    rows = cut(found.to_json(), limit, "events")
    emit(
        rows,
        fmt,
        columns=EVENT_COLUMNS if fmt is not Format.json else None,
        title="events",
    )


EVENT_COLUMNS = (
    "date",
    "published",
    "type",
    "mode",
    "source",
    "target",
    "modality",
    "trigger",
    "sentence",
    "doc",
)


@app.command()
def actors(
    db: DbOption = DEFAULT_DB,
    query: Annotated[str | None, typer.Option(help="Part of a name or alias.")] = None,
    type: Annotated[
        str | None, typer.Option("--type", help="PERSON, ORG, GPE or LOC (GPE and LOC together).")
    ] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 country, e.g. AFG.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
    fmt: FormatOption = Format.table,
) -> None:
    """Actors resolved across all articles: one row per real actor, most mentioned first.

    Mentions of one actor in different articles ("Antony Blinken", "Blinken", "the
    NRF" and "National Resistance Front") share one stable id; `dossier actor NAME
    --why` shows what linked them.
    """
    with open_kb(db, readonly=True) as kb:
        warn_unlinked(kb)
        rows = kb.actors(query=query, type=type, country=country, limit=limit + 1).to_json()
    rows = cut(rows, limit, "actors")
    emit(rows, fmt, columns=ACTOR_COLUMNS if fmt is not Format.json else None, title="actors")


ACTOR_COLUMNS = (
    "id",
    "name",
    "type",
    "country",
    "sector",
    "documents",
    "mentions",
    "events",
    "first_seen",
    "last_seen",
    "aliases",
)


@app.command()
def actor(
    name: Annotated[str, typer.Argument(help="An actor id, name, alias or unique part of one.")],
    db: DbOption = DEFAULT_DB,
    why: Annotated[
        bool, typer.Option("--why", help="Show which article mention was linked, and why.")
    ] = False,
    limit: Annotated[int, typer.Option(help="At most this many quotes and events each.")] = 10,
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="table (for people), json or jsonl (the whole profile), "
            "csv (its events, as source and as target).",
        ),
    ] = Format.table,
) -> None:
    """One actor: aliases, roles and sectors over time, country, quotes, events as
    source and as target, and top partners."""
    with open_kb(db, readonly=True) as kb:
        try:
            found = kb.actor(name, limit=limit)
        except DossierError as exc:
            raise fail(str(exc)) from None
    record = found.to_json()
    if not why:
        record.pop("links")
    if fmt is Format.json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    elif fmt is Format.jsonl:
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt is Format.csv:
        rows = [
            {"role": role, **timeline_row(event)}
            for role, events in (
                ("source", found.events_as_source),
                ("target", found.events_as_target),
            )
            for event in events
        ]
        emit(rows, fmt, columns=("role", *TIMELINE_COLUMNS))
    else:
        print_profile(found, why=why)


def print_profile(profile: ActorProfile, *, why: bool) -> None:
    a = profile.actor
    stdout.print(Text(f"{a.name}  ({a.id})", style="bold"))
    stdout.print(f"type {a.type} · country {a.country or '?'} · sector {a.sector or '?'}")
    stdout.print(
        f"{a.documents} documents, {a.mentions} mentions, {a.events} events, "
        f"seen {a.first_seen or '?'} … {a.last_seen or '?'}"
    )
    stdout.print(Text("aliases: " + ", ".join(a.aliases)))
    for heading, spans in (("roles", profile.roles), ("sectors", profile.sectors)):
        if spans:
            stdout.print(Text(heading, style="bold"))
        for span in spans:
            label = getattr(span, "title", None) or getattr(span, "sector", "")
            of = getattr(span, "of", None)
            when = f"{span.first or '…'} → {span.last or '…'}"
            stdout.print(Text(f"  {label}{' of ' + of if of else ''}  {when}  ({span.source})"))
    if profile.partners:
        emit([asdict(p) for p in profile.partners], Format.table, title="partners")
    for heading, events in (
        ("events as source", profile.events_as_source),
        ("events as target", profile.events_as_target),
    ):
        if events:
            emit(
                [timeline_row(e) for e in events],
                Format.table,
                columns=TIMELINE_COLUMNS,
                title=heading,
            )
    if profile.quotes:
        emit(
            [q.to_json() for q in profile.quotes],
            Format.table,
            columns=("date", "published", "text", "doc"),
            title="quotes",
        )
    if why:
        emit(
            [asdict(link) for link in profile.links],
            Format.table,
            columns=("name", "doc", "published", "reason"),
            title="why these mentions",
        )


@app.command()
def timeline(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[
        str | None, typer.Option(help="Events with this actor on either side.")
    ] = None,
    type: EventTypeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Events merged across articles, in date order: one row per real event, with how
    many articles (and independent sources) report it.

    A wire story reprinted by two outlets counts as one source.
    """
    with open_kb(db, readonly=True) as kb:
        try:
            warn_unlinked(kb)
            found = kb.timeline(actor=actor, type=type, since=since, until=until, limit=limit)
        except DossierError as exc:
            raise fail(str(exc)) from None
    if fmt in (Format.table, Format.csv):
        emit([timeline_row(e) for e in found], fmt, columns=TIMELINE_COLUMNS, title="timeline")
    else:
        emit(found.to_json(), fmt)


TIMELINE_COLUMNS = (
    "day",
    "type",
    "mode",
    "source_name",
    "target_name",
    "place",
    "modality",
    "mentions",
    "sources",
    "evidence",
)


def timeline_row(event: MergedEvent) -> dict[str, object]:
    row = asdict(event)
    first = event.evidence[0] if event.evidence else None
    row["evidence"] = f"{first.doc}: {first.sentence}" if first else ""
    return row


@app.command()
def relations(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Pairs with this actor on either side.")] = None,
    since: Annotated[str | None, typer.Option(help="From this month (YYYY-MM).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this month (YYYY-MM).")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many rows.")] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """How each pair of actors stands, month by month: events by PLOVER type and quad
    class, the mean intensity (-10 conflict … +10 cooperation), the balance of
    cooperative and conflictual events (-1 … +1), and the merged events behind them
    (ids for `dossier timeline`)."""
    with open_kb(db, readonly=True) as kb:
        try:
            warn_unlinked(kb)
            found = kb.relations(actor=actor, since=since, until=until, limit=limit)
        except DossierError as exc:
            raise fail(str(exc)) from None
    emit(
        found.to_json(),
        fmt,
        columns=(
            "month",
            "source_name",
            "target_name",
            "events",
            "by_type",
            "score",
            "balance",
            "evidence",
        )
        if fmt is not Format.json
        else None,
        title="relations",
    )


@app.command()
def rebuild(
    db: DbOption = DEFAULT_DB,
    actors_file: ActorsOption = None,
) -> None:
    """Recompute the knowledge base (actors, near-duplicates, merged events) from what
    is stored. Ingest keeps it current by itself; rebuild after changing your actors
    file, or to check that incremental updates match a fresh computation."""
    with open_kb(db) as kb:
        try:
            linked = kb.rebuild(actors_file=actors_file)
        except DossierError as exc:
            raise fail(str(exc)) from None
        counts = kb.counts()
    stdout.print(
        f"linked {linked} documents: {counts['actors']} actors, {counts['events']} events "
        f"from {counts['event_mentions']} mentions, {counts['duplicates']} near-duplicate articles"
    )


@app.command(name="eval")
def evaluate(
    gold: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="Gold JSONL (ANNOTATION.md).")
    ],
    pred: Annotated[
        Path,
        typer.Argument(exists=True, dir_okay=False, help="Predictions: dossier extract output."),
    ],
    parts: Annotated[
        str, typer.Option(help="Comma-separated parts to score: entities,quotes,events,dates.")
    ] = "entities,quotes,events,dates",
    by_type: Annotated[
        bool,
        typer.Option(
            "--by-type",
            help="Also print event precision/recall per PLOVER type (json: one object with "
            "'documents' and 'event_types'; csv: the per-type table only).",
        ),
    ] = False,
    fmt: FormatOption = Format.table,
) -> None:
    """Score predictions against gold (EXCHANGE.md, "Scoring"): per document and overall."""
    from dossier.evaluate import ALL_PARTS, evaluate_files

    chosen = frozenset(p.strip() for p in parts.split(",") if p.strip())
    if not chosen <= ALL_PARTS:
        raise fail(f"unknown part(s) {sorted(chosen - ALL_PARTS)}; choose from {sorted(ALL_PARTS)}")
    try:
        report = evaluate_files(gold, pred, parts=chosen)
    except DossierError as exc:
        raise fail(str(exc)) from None
    rows = report.rows()
    if fmt is Format.json and by_type:  # one JSON document, not two
        typer.echo(json.dumps({"documents": rows, "event_types": report.event_types()}, indent=2))
        return
    if fmt is Format.csv and by_type:  # one CSV table: the per-type one
        emit(report.event_types(), fmt)
        return
    if fmt is Format.table:
        emit(
            [{**row, "doc": short_doc(str(row["doc"]))} for row in rows],
            fmt,
            columns=EVAL_COLUMNS,
            title=f"dossier eval {gold.name} {pred.name}",
        )
    else:
        emit(rows, fmt)
    if by_type:
        emit(report.event_types(), fmt, title="events by PLOVER type")


EVAL_COLUMNS = (
    "doc",
    "entity_f1",
    "quote_f1",
    "speaker_acc",
    "event_strict_f1",
    "event_lenient_f1",
    "event_typed_f1",
    "published_acc",
    "date_text_r",
    "date_acc",
)


def short_doc(doc: str, width: int = 28) -> str:
    return doc if len(doc) <= width else doc[: width - 1] + "…"


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[
        str, typer.Option(help="Address to listen on; the default is this machine only.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Browse the store at http://HOST:PORT: overview, actors, events, documents, network.

    Read-only; articles ingested meanwhile show up on reload. JSON API under /api/,
    documented at /docs.
    """
    from dossier.web import serve as run_server

    open_kb(db, readonly=True).close()
    if host not in ("127.0.0.1", "localhost", "::1"):
        stderr.print(
            f"[yellow]warning:[/yellow] listening on {escape(host)}: anyone who can reach "
            "this address can read the whole store",
            highlight=False,
        )
    stderr.print(f"dossier: serving {escape(str(db))} at http://{host}:{port}/", highlight=False)
    try:
        run_server(db, host=host, port=port)
    except DossierError as exc:
        raise fail(str(exc)) from None


@app.command()
def report(
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path(
        "report.html"
    ),
    db: DbOption = DEFAULT_DB,
    actors: Annotated[int, typer.Option(min=1, help="Actor summaries to include.")] = 20,
) -> None:
    """Write one self-contained HTML file (overview, actors, timeline, network) that opens
    offline: charts included, nothing fetched."""
    from dossier.report import write_report

    with open_kb(db, readonly=True) as kb:
        try:
            size = write_report(kb, out, actors=actors)
        except DossierError as exc:
            raise fail(str(exc)) from None
    stdout.print(f"wrote {escape(str(out))} ({size / 1e6:.1f} MB)", highlight=False)


@app.command(name="export")
def export_command(
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help=(
                "jsonl, csv or parquet: one row per merged event with its evidence; "
                "polecat: the same events in POLECAT's tab-separated columns; "
                "graphml or gexf: the actor network."
            ),
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="The file to write (replaced).")],
    db: DbOption = DEFAULT_DB,
    since: Annotated[
        str | None, typer.Option(help="Events on or after (YYYY, YYYY-MM, YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Events on or before (YYYY, YYYY-MM, YYYY-MM-DD).")
    ] = None,
    actor: Annotated[
        str | None, typer.Option(help="Only events with this actor on either side.")
    ] = None,
) -> None:
    """Write the knowledge base to a file other tools read.

    **Events** (one row per real event, however many articles report it):
    `jsonl`, `csv` and `parquet` carry the event, its actors with their country and
    their sector on the day, its place with coordinates, and the evidence: the
    documents, character spans and sentences of every mention, the number of mentions
    and sources, and the first report. `polecat` writes the same events in POLECAT's
    column names and order (tab-separated; columns dossier does not know stay empty),
    then the evidence columns.

    **Network**: `graphml` and `gexf` (Gephi, networkx) hold one node per actor of the
    exported events and one directed edge per pair that acted on each other, with
    events, cooperation, conflict, mean intensity (score) and balance over the period.

    Example:  dossier export --format polecat --out events.tsv --since 2021-08
    """
    with open_kb(db, readonly=True) as kb:
        try:
            count = kb.export(fmt, out, since=since, until=until, actor=actor)
        except (DossierError, OSError) as exc:
            raise fail(str(exc)) from None
    unit = "nodes" if fmt in (ExportFormat.graphml, ExportFormat.gexf) else "events"
    stdout.print(f"wrote {escape(str(out))} ({count} {unit})", highlight=False)


class StderrLogHandler(logging.Handler):
    """Writes each record to whatever ``sys.stderr`` is when it is logged."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # logging must never break the command; logging reports it
            self.handleError(record)


def log_warnings_to_stderr() -> Callable[[], None]:
    """dossier's own log lines (a stage that failed on an article) as ``warning: …``.

    Returns the function that puts the logger back as it was, so a command run in a
    longer-lived process (a test, a notebook) leaves its logging alone afterwards.
    """
    logger = logging.getLogger("dossier")
    before = (logger.level, logger.propagate)
    handler = StderrLogHandler()
    handler.setFormatter(logging.Formatter("warning: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    logger.propagate = False

    def restore() -> None:
        logger.removeHandler(handler)
        logger.setLevel(before[0])
        logger.propagate = before[1]

    return restore


@app.callback()
def command_logging(ctx: typer.Context) -> None:
    """Each command logs dossier's warnings to stderr while it runs."""
    ctx.call_on_close(log_warnings_to_stderr())


app.command()(cli_scale.watch)
app.command()(cli_scale.feeds)


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()
