"""The ``dossier`` command. Each command parses options, calls the API, prints.

Listings take ``--format table|json|jsonl|csv``; errors are one line on stderr and
a non-zero exit code.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import asdict, fields
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from dossier.api import Dossier
from dossier.errors import DossierError
from dossier.ingest import DEFAULT_MAX_BYTES, prepare_article, read_inputs
from dossier.models import InputFailure
from dossier.nlp import DEFAULT_MODEL
from dossier.render import Format, emit, stderr, stdout
from dossier.store import HIGHLIGHT_END, HIGHLIGHT_START, QUOTE_KEYS, DocumentRow, SearchHit

app = typer.Typer(
    help=(
        "Turn raw news articles into an evidence-linked knowledge base, offline.\n\n"
        "Start with:  dossier ingest examples/   then   dossier docs,  dossier search "
        "Taliban,  dossier entities,  dossier show DOC --highlight.\n\n"
        "dossier quotes --speaker NAME  lists who said what; "
        "dossier events --actor NAME  who did what to whom.\n\n"
        "dossier extract FILES --format jsonl  writes the exchange format without a store; "
        "dossier eval GOLD PRED  scores it."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)

DbOption = Annotated[
    Path,
    typer.Option("--db", envvar="DOSSIER_DB", help="The SQLite store (created if missing)."),
]
FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="Output: table (for people), json, jsonl or csv.")
]
ModelOption = Annotated[
    str, typer.Option("--model", help="An installed spaCy pipeline to use instead of the pin.")
]
WorkersOption = Annotated[
    int, typer.Option("--workers", min=1, help="Processes for spaCy parsing (nlp.pipe n_process).")
]
ActorsOption = Annotated[
    Path | None,
    typer.Option(
        "--actors",
        exists=True,
        dir_okay=False,
        help="Your own actors YAML (same shape as dossier/data/actors.yaml), added to ours.",
    ),
]
MaxSizeOption = Annotated[
    float, typer.Option("--max-size", min=0.001, help="Largest single article file, in MB.")
]

DEFAULT_DB = Path("dossier.db")


class ShowFormat(StrEnum):
    text = "text"
    json = "json"


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


TYPE_STYLES = {
    "PERSON": "bold cyan",
    "ORG": "bold magenta",
    "GPE": "bold green",
    "LOC": "green",
    "NORP": "yellow",
    "DATE": "bold yellow",
}


def fail(message: str, code: int = 1) -> typer.Exit:
    stderr.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    return typer.Exit(code)


def escape(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def open_kb(db: Path, *, readonly: bool = False) -> Dossier:
    if readonly and not db.exists():
        raise fail(f"{db}: no store here yet; build one with: dossier ingest PATH --db {db}")
    try:
        return Dossier(db, readonly=readonly)
    except DossierError as exc:
        raise fail(str(exc)) from None


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
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Articles stored per transaction.")
    ] = 64,
    fmt: FormatOption = Format.table,
) -> None:
    """Read, clean and extract articles into the store. Unchanged content is skipped.

    .txt, .html/.htm, .json, .jsonl and directories of them; a changed file becomes
    a new version. Exit code 1 if any input failed (the rest is still stored).
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
                progress=advance,
            )
        except DossierError as exc:
            raise fail(str(exc)) from None
    for failure in report.failed:
        stderr.print(f"[red]failed:[/red] {escape(str(failure))}", highlight=False)
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
        }
        emit([detail], fmt)
    if report.failed:
        raise typer.Exit(1)


def ingest_progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.completed:>6.0f} inputs"),
        BarColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
    )


def kb_summary(db: Path) -> str:
    with Dossier(db, readonly=True) as kb:
        docs = kb.store.count_documents()
        entities = kb.store.count_entities()
    return f"{db} now holds {docs} documents and {entities} distinct entities."


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
    columns = DOC_COLUMNS if fmt is Format.table else [f.name for f in fields(DocumentRow)]
    emit(rows, fmt, columns=columns, title="documents")


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
        stdout.print(highlighted(document.text, document.entities, document.dates))
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
        hits = kb.search(query, limit=limit)
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
        ExtractFormat, typer.Option("--format", "-f", help="jsonl (one document per line) or json.")
    ] = ExtractFormat.jsonl,
    model: ModelOption = DEFAULT_MODEL,
    workers: WorkersOption = 1,
    actors: ActorsOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES / 1e6,
) -> None:
    """Write the exchange format (EXCHANGE.md) for each input, without touching a store."""
    from dossier.pipeline import Extractor

    failures: list[InputFailure] = []
    try:
        extractor = Extractor(model=model, actors_file=actors, workers=workers)
    except DossierError as exc:
        raise fail(str(exc)) from None

    def articles() -> Iterator[object]:
        for item in read_inputs(paths, max_bytes=int(max_size * 1e6)):
            if isinstance(item, InputFailure):
                failures.append(item)
                stderr.print(f"[red]failed:[/red] {escape(str(item))}", highlight=False)
                continue
            yield prepare_article(item)

    def records() -> Iterator[dict[str, object]]:
        for extraction in extractor.extract(articles()):  # type: ignore[arg-type]
            for warning in extraction.warnings:
                stderr.print(f"[yellow]warning:[/yellow] {escape(warning)}", highlight=False)
            yield extraction.to_exchange()

    if fmt is ExtractFormat.json:
        sys.stdout.write(json.dumps(list(records()), ensure_ascii=False, indent=2) + "\n")
    else:
        for record in records():
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
            sys.stdout.flush()
    if failures:
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
        rows = [
            asdict(s) for s in kb.entities(type=type, country=country, query=query, limit=limit)
        ]
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
        rows = kb.quotes(speaker=speaker, about=about, since=since, limit=limit)
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
    type: Annotated[
        str | None, typer.Option("--type", help="A PLOVER type: ASSAULT, REQUEST, AGREE, …")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="On or after (YYYY, YYYY-MM, YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="On or before (YYYY, YYYY-MM, YYYY-MM-DD).")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
    fmt: FormatOption = Format.table,
) -> None:
    """Who did what to whom: PLOVER-coded events with their evidence sentence, newest first.

    The date is the event's own when the text gives it, else the article's.
    """
    with open_kb(db, readonly=True) as kb:
        rows = kb.events(
            source=source,
            target=target,
            actor=actor,
            type=type,
            since=since,
            until=until,
            limit=limit,
        )
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
        bool, typer.Option("--by-type", help="Also print event precision/recall per PLOVER type.")
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
    "published_acc",
    "date_text_r",
    "date_acc",
)


def short_doc(doc: str, width: int = 28) -> str:
    return doc if len(doc) <= width else doc[: width - 1] + "…"


def main() -> None:
    try:
        app()
    except BrokenPipeError:
        sys.stderr.close()
