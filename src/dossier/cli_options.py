"""What every ``dossier`` command shares: the common options, one-line errors, opening a store.

``cli.py`` and ``cli_scale.py`` both build on this module; neither imports the other's
internals, so the command modules form no import cycle.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dossier.api import DEFAULT_MAX_BYTES, DEFAULT_MAX_WORDS, DEFAULT_MODEL, Dossier
from dossier.errors import DossierError
from dossier.render import Format, stderr

__all__ = [
    "DEFAULT_DB",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_WORDS",
    "DEFAULT_MODEL",
    "ActorsOption",
    "DbOption",
    "FormatOption",
    "MaxSizeOption",
    "MaxWordsOption",
    "ModelOption",
    "UnattributedOption",
    "WorkersOption",
    "escape",
    "fail",
    "ingest_progress",
    "open_kb",
]

DEFAULT_DB = Path("dossier.db")

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
    int,
    typer.Option(
        "--workers", min=1, help="Processes that extract articles (at most the CPU cores)."
    ),
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
MaxWordsOption = Annotated[
    int,
    typer.Option(
        "--max-words",
        min=1,
        help="Longest article, in words; longer texts are refused (parsing takes about "
        "a second and tens of MB per thousand words).",
    ),
]


def ingest_progress() -> Progress:
    """The spinner and counter ``ingest`` shows on stderr while it reads inputs.

    Transient, it prints nothing where stderr is not a terminal (a pipe, a file), so
    there it is not redrawn either: rich's redraw thread woke ten times a second to
    lay out a table no one saw, about 0.15 CPU s per 200-article ingest.
    """
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.completed:>6.0f} inputs"),
        BarColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
        auto_refresh=stderr.is_terminal or stderr.is_jupyter,
    )


UnattributedOption = Annotated[
    bool,
    typer.Option(
        "--unattributed",
        help="Also keep events the text tells without naming who acted or on whom "
        '("a car bomb killed six people"), with that side null. Off by default: '
        "dossier eval counts them as false positives.",
    ),
]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``error: message`` as one line on stderr; raise what this returns to exit."""
    stderr.print(f"[red]error:[/red] {escape(message)}", highlight=False)
    return typer.Exit(code)


def escape(text: str) -> str:
    from rich.markup import escape as rich_escape

    return rich_escape(text)


def open_kb(db: Path, *, readonly: bool = False) -> Dossier:
    """The store at ``db``; a reading command on a missing store says how to build one."""
    if readonly and not db.exists():
        raise fail(f"{db}: no store here yet; build one with: dossier ingest PATH --db {db}")
    try:
        return Dossier(db, readonly=readonly)
    except DossierError as exc:
        raise fail(str(exc)) from None
