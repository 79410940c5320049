"""The commands past one process: ``extract --format parquet`` on Dask, ``watch``, ``feeds``.

Like ``cli.py``, these only parse options, call the API and print; ``cli.py``
registers ``watch`` and ``feeds`` on the app.
"""

from __future__ import annotations

import time
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from dossier.api import DEFAULT_FEED_TIMEOUT, FeedLine, extract_to_parquet, parse_interval
from dossier.cli_options import (
    DEFAULT_DB,
    DEFAULT_MAX_BYTES,
    DEFAULT_MODEL,
    DbOption,
    FormatOption,
    MaxSizeOption,
    ModelOption,
    escape,
    fail,
    open_kb,
)
from dossier.errors import DossierError
from dossier.render import Format, emit, stderr, stdout

__all__ = ["extract_parquet", "feeds", "watch"]


def extract_parquet(
    paths: list[str],
    *,
    fmt: str,
    out: str | None,
    scheduler: str | None,
    workers: int,
    partition_size: int,
    model: str,
    actors: Path | None,
    max_bytes: int,
    max_words: int,
    unattributed: bool = False,
) -> None:
    """``dossier extract --format parquet --out DIR``: run, then one summary line per count."""
    if fmt != "parquet" or out is None:
        raise fail("--out and --scheduler go with --format parquet --out DIR (both are needed)")
    try:
        with stderr.status("extracting into Parquet partitions") as status:

            def advance(outcome: str, count: int) -> None:
                status.update(f"partition {outcome} ({count} documents)")

            run = extract_to_parquet(
                paths,
                out,
                scheduler=scheduler,
                workers=workers,
                partition_size=partition_size,
                model=model,
                actors_file=actors,
                max_bytes=max_bytes,
                max_words=max_words,
                progress=advance,
                unattributed=unattributed,
            )
    except DossierError as exc:
        raise fail(str(exc)) from None
    for failure in run.failures:
        stderr.print(f"[red]failed:[/red] {escape(str(failure))}", highlight=False)
    for warning in run.warnings:
        stderr.print(f"[yellow]warning:[/yellow] {escape(warning)}", highlight=False)
    counts = ", ".join(f"{value} {name}" for name, value in run.counts().items())
    rate = run.documents / run.seconds if run.seconds else 0.0
    stdout.print(
        f"wrote {escape(out)}: {counts} in {run.seconds:.1f} s ({rate:.1f} documents/s); "
        f"load it with: dossier ingest {escape(out)}",
        highlight=False,
    )
    if run.failures:
        raise typer.Exit(1)


def watch(
    urls: Annotated[
        list[str] | None,
        typer.Argument(help="RSS or Atom feed URLs (none: every feed the store watches)."),
    ] = None,
    db: DbOption = DEFAULT_DB,
    every: Annotated[
        str, typer.Option("--every", help="Time between polls: 90s, 15m, 2h.")
    ] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Poll once, then exit.")] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Seconds to wait for a server.")
    ] = DEFAULT_FEED_TIMEOUT,
    model: ModelOption = DEFAULT_MODEL,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES / 1e6,
) -> None:
    """Poll RSS/Atom feeds and ingest each new item's page into the store.

    The store keeps each feed's ETag/Last-Modified and the items seen, so a restart
    neither misses nor repeats items. One line per item and per failure; one bad
    feed or page never stops the others. Ctrl-C stops between items.
    With --once, exit code 1 if a feed or page failed.
    """
    try:
        interval = parse_interval(every)
    except DossierError as exc:
        raise fail(str(exc)) from None
    with open_kb(db) as kb:
        watched = kb.add_feeds(urls or [])
        if not watched:
            raise fail("no feeds to watch: give feed URLs (dossier watch URL...)")
        watcher = kb.feed_watcher(model=model, timeout=timeout, max_bytes=int(max_size * 1e6))
        failed = False
        try:
            while True:
                for line in watcher.poll(watched):
                    failed |= line.failed
                    print_feed_line(line)
                if once:
                    break
                stderr.print(f"next poll in {every}", highlight=False)
                time.sleep(interval)
        except KeyboardInterrupt:  # plain write: Ctrl-C may cut a Rich print short and
            # leave its console buffering every later line until exit
            typer.echo("stopped; every item stored so far is kept", err=True)
        except DossierError as exc:
            raise fail(str(exc)) from None
        finally:
            watcher.close()
    if once and failed:
        raise typer.Exit(1)


def print_feed_line(line: FeedLine) -> None:
    style = {"failed": "red", "ingested": "green", "checked": "cyan"}.get(line.outcome, "")
    outcome = f"[{style}]{line.outcome}:[/{style}]" if style else f"{line.outcome}:"
    target = escape(line.url or line.feed)
    reason = f" ({escape(line.reason)})" if line.reason else ""
    console = stderr if line.failed else stdout
    console.print(f"{outcome} {target}{reason}", highlight=False, soft_wrap=True)


def feeds(db: DbOption = DEFAULT_DB, fmt: FormatOption = Format.table) -> None:
    """List the watched feeds: last check, items seen, ingested and failed, last error."""
    with open_kb(db, readonly=True) as kb:
        rows = [asdict(row) for row in kb.feeds()]
    emit(rows, fmt, title="feeds")
