"""The worker side of ``dossier extract --format parquet``: one partition in, six Parquet files out.

A task (``extract_partition``) runs the whole extraction of one partition's articles
on a Dask worker and writes the partition's tables itself; only a small summary
(``PartitionResult``) goes back to the driver.  Each worker process keeps one
Extractor, loaded on its first task, and on that task also undoes two Dask worker
defaults that cost a long pure-Python task CPU time (see ``tune_worker_process``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import io
import os
import resource
import socket
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dossier.models import Article, Extraction
from dossier.tables import TABLES, Row, arrow_tables, extraction_rows

if TYPE_CHECKING:
    from fsspec import AbstractFileSystem

    from dossier.pipeline import Extractor

__all__ = [
    "PartitionResult",
    "PartitionTask",
    "extract_articles",
    "extract_partition",
    "filesystem",
    "input_entry",
    "keep_freed_memory",
    "peak_memory_mb",
    "skip_reason",
    "slow_worker_timers",
    "tune_worker_process",
    "worker_extractor",
    "write_partition",
]


@dataclass(frozen=True, slots=True)
class PartitionTask:
    """One partition's work, as shipped to a worker."""

    name: str
    key: str
    articles: list[Article]
    out: str
    model: str
    actors_file: str | None
    unattributed: bool = False  # also events that name no side (``Extractor``)


@dataclass(slots=True)
class PartitionResult:
    """What a worker did with one partition."""

    name: str
    key: str
    inputs: list[dict[str, str]]
    documents: int
    failures: list[dict[str, str]]
    warnings: list[str]
    seconds: float
    cpu_seconds: float
    worker: str
    peak_mb: float
    start_cpu_seconds: float = 0.0  # of cpu_seconds: loading the Extractor, if this task did


_extractors: dict[tuple[str, str | None, bool], Extractor] = {}
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters
MMAP_THRESHOLD = 32 * 1024 * 1024  # glibc's own ceiling for its dynamic mmap threshold
TRIM_THRESHOLD = 2 * MMAP_THRESHOLD  # what glibc's dynamic rule sets beside it
# Dask worker timers that wake the event loop, which then takes the GIL from the task:
# (name, milliseconds at least).  Dask's defaults: 20, 100, 500 and 10 (the profiler).
WORKER_TIMERS = (("tick", 1000), ("memory_monitor", 1000), ("monitor", 2000), ("profile", 1000))


def worker_extractor(model: str, actors_file: str | None, unattributed: bool = False) -> Extractor:
    """This process's Extractor, loaded on its first task and kept."""
    from dossier.pipeline import Extractor

    key = (model, actors_file, unattributed)
    if key not in _extractors:
        tune_worker_process()
        actors = Path(actors_file) if actors_file else None
        _extractors[key] = Extractor(model=model, actors_file=actors, unattributed=unattributed)
        gc.freeze()  # the loaded model is never garbage: keep the collector off its objects
    return _extractors[key]


def tune_worker_process() -> None:
    """Undo the Dask worker defaults that cost a long pure-Python task CPU time."""
    keep_freed_memory()
    slow_worker_timers()


def keep_freed_memory() -> bool:
    """Let malloc keep freed memory for reuse, as it does outside Dask; True if changed.

    A Dask nanny starts its worker with ``MALLOC_TRIM_THRESHOLD_=65536``, which also
    turns off glibc's dynamic thresholds: every array of 128 KB or more the parser
    frees goes back to the kernel and is faulted in again on the next document (about
    a tenth of a worker's CPU time, all of it system time).
    """
    if "MALLOC_TRIM_THRESHOLD_" not in os.environ or not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    return bool(
        mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) and mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    )


def slow_worker_timers() -> None:
    """Stretch the running Dask worker's frequent timers (no-op outside a worker)."""
    try:
        from distributed import get_worker

        worker = get_worker()
    except (ImportError, ValueError):
        return
    callbacks = worker.periodic_callbacks
    for name, milliseconds in WORKER_TIMERS:
        callback = callbacks.get(name)
        if callback is not None:
            callback.callback_time = max(callback.callback_time, milliseconds)


def extract_partition(task: PartitionTask) -> PartitionResult:
    """Extract one partition and write its tables; runs on a Dask worker."""
    started, cpu = time.perf_counter(), time.process_time()
    extractor = worker_extractor(task.model, task.actors_file, task.unattributed)
    start_cpu = time.process_time() - cpu
    rows: dict[str, list[Row]] = defaultdict(list)
    failures: list[dict[str, str]] = []
    warnings: list[str] = []
    for article, extraction, failure in extract_articles(extractor, task.articles):
        if failure:
            failures.append({"source": article.source, "reason": failure})
            continue
        warnings.extend(extraction.warnings)
        status, reason = ("ok", None) if article.is_english else ("skipped", skip_reason(article))
        for table, table_rows in extraction_rows(
            extraction, task.name, status=status, reason=reason
        ).items():
            rows[table].extend(table_rows)
    write_partition(task.out, task.name, rows)
    return PartitionResult(
        name=task.name,
        key=task.key,
        inputs=[input_entry(a) for a in task.articles],
        documents=len(rows["documents"]),
        failures=failures,
        warnings=warnings,
        seconds=round(time.perf_counter() - started, 3),
        cpu_seconds=round(time.process_time() - cpu, 3),
        worker=f"{socket.gethostname()}:{os.getpid()}",
        peak_mb=peak_memory_mb(),
        start_cpu_seconds=round(start_cpu, 3),
    )


def peak_memory_mb() -> float:
    """This process's peak resident memory (VmHWM: its own, not a parent's before exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def extract_articles(
    extractor: Extractor, articles: list[Article]
) -> Iterator[tuple[Article, Extraction, str | None]]:
    """(article, extraction, failure reason or None) for each article, in order."""
    from dossier.nlp import parse, release

    english = [a for a in articles if a.is_english]
    docs = parse(extractor.nlp, (a.text for a in english))
    parsed = dict(zip((id(a) for a in english), docs, strict=True))
    for article in articles:
        if not article.is_english:
            yield article, Extraction(article=article), None
            continue
        try:
            doc = parsed.pop(id(article))
            extraction = extractor.extract_one(article, doc)
            release(doc)  # the Doc is no longer read: let it go without the collector
            yield article, extraction, None
        except Exception as exc:  # one article's bug must not lose the partition
            yield (
                article,
                Extraction(article=article),
                f"extraction failed ({type(exc).__name__}: {exc})",
            )


def skip_reason(article: Article) -> str:
    from dossier.pipeline import skip_reason as reason

    return reason(article)


def input_entry(article: Article) -> dict[str, str]:
    return {"doc": article.doc, "source": article.source, "content_hash": article.content_hash}


def write_partition(out: str, name: str, rows: dict[str, list[Row]]) -> None:
    """Write every table of one partition; documents last, each file by rename."""
    import pyarrow.parquet as pq

    fs, root = filesystem(out)
    tables = arrow_tables(rows)
    for table in (*[t for t in TABLES if t != "documents"], "documents"):
        folder = f"{root}/{table}"
        fs.makedirs(folder, exist_ok=True)
        temporary = f"{folder}/.{name}.{os.getpid()}.tmp"
        buffer = io.BytesIO()
        pq.write_table(tables[table], buffer, compression="zstd")
        with fs.open(temporary, "wb") as handle:
            handle.write(buffer.getvalue())
        fs.mv(temporary, f"{folder}/{name}.parquet")


def filesystem(out: str) -> tuple[AbstractFileSystem, str]:
    """The fsspec filesystem and root path of ``out`` (a folder or a URL)."""
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(out)
    return fs, str(root).rstrip("/")
