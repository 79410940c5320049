"""Shared paths, and the ``dossier`` command run in this process or as a real subprocess.

``dossier_cli`` runs a command in-process through Typer's ``CliRunner`` (the spaCy
pipeline loads once per test run); ``run_dossier`` starts ``python -m dossier`` the
way a user does, for the few end-to-end tests marked ``e2e``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from dossier.entities import EntityFinder
    from dossier.models import Event, Extraction

# Tests using these fixtures get these marks (see pytest_collection_modifyitems).
MARKS_BY_FIXTURE = {
    "browser": ("slow",),  # drives a real Chromium
    "dossier_background": ("slow", "e2e"),  # starts dossier and kills it
    "dossier_process": ("e2e",),  # runs python -m dossier
}

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = FIXTURES / "corpus"
# ../shared beside the checkout (seeds and their gold); tests that read it skip without it.
SHARED = Path(__file__).resolve().parents[2] / "shared"

# Variables that would change what the command prints or where it writes.
_SCRUBBED = ("DOSSIER_DB", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS", "LINES")

Runner = Callable[..., "subprocess.CompletedProcess[str]"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark each test by the fixtures it uses: a browser test is slow, a subprocess one e2e."""
    for item in items:
        for fixture in set(getattr(item, "fixturenames", ())) & MARKS_BY_FIXTURE.keys():
            for mark in MARKS_BY_FIXTURE[fixture]:
                item.add_marker(mark)


def dossier_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED}
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


def run_dossier(
    *args: str | Path,
    cwd: Path,
    input: str | bytes | None = None,
    extra_env: dict[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """``python -m dossier ARGS`` in ``cwd``, as a user would run it; output as text."""
    data = input.encode("utf-8") if isinstance(input, str) else input
    result = subprocess.run(
        [sys.executable, "-m", "dossier", *map(str, args)],
        cwd=cwd,
        input=data,
        stdin=None if data is not None else subprocess.DEVNULL,
        capture_output=True,
        env=dossier_env(**(extra_env or {})),
        timeout=timeout,
    )
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8", errors="replace"),
        result.stderr.decode("utf-8", errors="replace"),
    )


def invoke_dossier(
    *args: str | Path,
    cwd: Path,
    input: str | bytes | None = None,
    extra_env: dict[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """``dossier ARGS`` run in this process in ``cwd``, with the result a subprocess gives.

    An exception the command did not turn into an exit code is printed to stderr as a
    traceback, as the real command would, so tests that look for one still see it.
    ``timeout`` is accepted for symmetry with ``run_dossier`` and not enforced.
    """
    from typer.testing import CliRunner

    from dossier.cli import app

    env: dict[str, str | None] = {name: None for name in _SCRUBBED}
    env.update(extra_env or {})
    with working_directory(cwd):
        result = CliRunner().invoke(app, [str(a) for a in args], input=input, env=env)
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        stderr += "".join(traceback.format_exception(result.exception))
    return subprocess.CompletedProcess(
        ["dossier", *map(str, args)], result.exit_code, result.stdout, stderr
    )


@contextmanager
def working_directory(path: Path) -> Iterator[None]:
    previous = Path.cwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


@pytest.fixture(scope="session")
def dossier_cli() -> Runner:
    """The ``dossier`` command run in-process; module-scoped fixtures share stores built with it."""
    return invoke_dossier


@pytest.fixture(scope="session")
def dossier_process() -> Runner:
    """``python -m dossier`` as a real subprocess, for the end-to-end tests (mark them ``e2e``)."""
    return run_dossier


def start_dossier(*args: str | Path, cwd: Path) -> subprocess.Popen[bytes]:
    """``python -m dossier ARGS`` started in the background, output discarded."""
    return subprocess.Popen(
        [sys.executable, "-m", "dossier", *map(str, args)],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dossier_env(),
    )


@pytest.fixture(scope="session")
def dossier_background() -> Callable[..., subprocess.Popen[bytes]]:
    """Starts ``python -m dossier`` without waiting, for tests that kill it."""
    return start_dossier


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared, or a clean skip when the checkout has none beside it."""
    if not (SHARED / "corpus" / "seeds").is_dir() or not (SHARED / "gold").is_dir():
        pytest.skip(f"{SHARED} (seeds and gold) is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def finder() -> EntityFinder:
    """The entity stage over the real spaCy pipeline, loaded once for the whole run."""
    from dossier.entities import EntityFinder
    from dossier.nlp import load_pipeline

    return EntityFinder(load_pipeline())


Coded = tuple[str, str | None, str | None]


def events_of(text: str, finder: EntityFinder, *, unattributed: bool = False) -> list[Event]:
    """The events the whole sentence-level chain codes in ``text`` (published 2024-05-02);
    ``unattributed`` as ``find_events`` takes it."""
    from dossier.dates import find_dates
    from dossier.events import find_events
    from dossier.nlp import load_pipeline, parse
    from dossier.quotes import find_quotes

    (doc,) = parse(load_pipeline(), [text])
    entities = finder.find(doc)
    dates = find_dates(doc, "2024-05-02")
    quotes, _ = find_quotes(doc, entities, dates)
    return find_events(doc, entities, dates, quotes, unattributed=unattributed)


def coded(text: str, finder: EntityFinder) -> set[Coded]:
    """(type, source, target) of each event ``text`` states as happening (not negated)."""
    return {(e.type, e.source, e.target) for e in events_of(text, finder) if not e.negated}


@cache
def shared_finder() -> EntityFinder:
    """The entity stage for helpers called outside a fixture (loaded once per run)."""
    from dossier.entities import EntityFinder
    from dossier.nlp import load_pipeline

    return EntityFinder(load_pipeline())


def every_coded(text: str) -> set[Coded]:
    """(type, source, target) of every event coded in ``text``, negated ones too."""
    return {(e.type, e.source, e.target) for e in events_of(text, shared_finder())}


def assert_coded_or_not(found: set[Coded], event: Coded, coded_here: bool) -> None:
    """``event`` is among ``found``; or, when it must not be coded, nothing in ``found``
    has its type and sides (a ``None`` side matches any actor)."""
    if coded_here:
        assert event in found, found
        return
    kind, source, target = event
    assert not any(
        t == kind and (source is None or s == source) and (target is None or g == target)
        for t, s, g in found
    ), found


def write_parquet(out: Path, parts: list[list[Extraction]]) -> Path:
    """The extractions as a Parquet directory of one partition per part, with its
    manifest, as ``dossier extract --format parquet`` writes it."""
    from dossier.cluster import FORMAT, FORMAT_VERSION, write_manifest, write_partition
    from dossier.tables import TABLES, extraction_rows

    partitions = {}
    for number, part in enumerate(parts):
        name = f"part-{number:05d}-test"
        rows: dict[str, list[dict[str, object]]] = {t: [] for t in TABLES}
        for extraction in part:
            for table, table_rows in extraction_rows(extraction, name).items():
                rows[table].extend(table_rows)
        write_partition(str(out), name, rows)
        partitions[name] = {"name": name, "documents": len(part), "failures": []}
    manifest = {"format": FORMAT, "version": FORMAT_VERSION, "tables": list(TABLES)}
    write_manifest(str(out), {**manifest, "partitions": partitions, "failures": []})
    return out


def every_row(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of a store but the full-text index's, without
    ingestion times."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'documents_fts%'"
            )
        ]
        found = {}
        for name in names:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({name})")]
            kept = ", ".join(f'"{c}"' for c in columns if c != "ingested_at")
            found[name] = conn.execute(f"SELECT {kept} FROM {name} ORDER BY 1, 2").fetchall()
        return found
