"""The commands past one process: ``extract --format parquet`` on Dask, ``watch``, ``feeds``.

Like ``cli.py``, these only parse options, call the library and print.
"""

from __future__ import annotations

from pathlib import Path

import typer

from dossier.cli import escape, fail
from dossier.errors import DossierError
from dossier.render import stderr, stdout


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
) -> None:
    """``dossier extract --format parquet --out DIR``: run, then one summary line per count."""
    from dossier.cluster import extract_to_parquet
    from dossier.parallel import check_workers

    if fmt != "parquet" or out is None:
        raise fail("--out and --scheduler go with --format parquet --out DIR (both are needed)")
    try:
        if scheduler is None:
            check_workers(workers)
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
                progress=advance,
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
