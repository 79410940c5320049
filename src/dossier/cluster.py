"""``dossier extract --format parquet``: extraction on a Dask cluster into Parquet partitions.

The driver (the ``dossier`` process) reads and cleans the inputs, drops repeated
content, and cuts the articles into partitions of ``partition_size``; each partition
is one Dask task.  A task (``dossier.cluster_worker``) runs the whole extraction on a
worker and writes the partition's six tables (``dossier.tables``) under
``OUT/TABLE/PARTITION.parquet``, each written to a hidden temporary name first and
then renamed, so a reader never sees half a file.  Workers keep one Extractor per
process (spaCy pipeline and gazetteer loaded on their first task, never per task).

Without ``scheduler`` a ``LocalCluster`` of ``workers`` processes runs on this
machine; with ``scheduler="tcp://host:8786"`` the tasks go to an existing cluster
whose workers have dossier installed and can write to ``out`` (a shared folder, or
an fsspec URL such as ``s3://bucket/run`` where s3fs is installed).

``OUT/manifest.json`` lists every partition with the content hashes of its inputs,
and every input that failed with its reason.  A partition is named by its position
and a digest of its inputs' hashes: a rerun over the same inputs skips partitions
already written; partitions of an earlier run that this run no longer makes are
removed, so every article appears exactly once.  A worker that dies mid-task loses
nothing: Dask runs its task again on another worker and the rerun overwrites the
same files.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dossier.cluster_worker import (
    PartitionResult,
    PartitionTask,
    extract_articles,
    extract_partition,
    filesystem,
    input_entry,
    peak_memory_mb,
    skip_reason,
    worker_extractor,
    write_partition,
)
from dossier.errors import DossierError
from dossier.ingest import DEFAULT_MAX_BYTES, prepare_article, read_inputs
from dossier.models import Article, InputFailure
from dossier.nlp import DEFAULT_MODEL
from dossier.parquet_inputs import MANIFEST
from dossier.pipeline import DEFAULT_MAX_WORDS, too_long
from dossier.tables import TABLES

if TYPE_CHECKING:
    from distributed import Client

__all__ = [
    "AHEAD_PER_WORKER",
    "DEFAULT_PARTITION",
    "FORMAT",
    "FORMAT_VERSION",
    "MANIFEST",
    "ParquetRun",
    "PartitionResult",
    "PartitionTask",
    "Progress",
    "collect",
    "extract_articles",
    "extract_partition",
    "extract_to_parquet",
    "filesystem",
    "input_entry",
    "is_parquet_dir",
    "partition_complete",
    "partition_key",
    "partitions",
    "peak_memory_mb",
    "read_manifest",
    "read_tables",
    "remove_stale",
    "skip_reason",
    "start_client",
    "unique_articles",
    "worker_extractor",
    "write_manifest",
    "write_partition",
]

FORMAT = "dossier-parquet"
FORMAT_VERSION = 1
DEFAULT_PARTITION = 200
AHEAD_PER_WORKER = 2  # partitions queued per worker; the driver holds no more in memory
Progress = Callable[[str, int], None]  # (what happened, articles) after each partition
# A LocalCluster's processes (nannies, workers, the scheduler here): no sampling
# profiler, and the timers that wake every 10-100 ms at 1-2 s.  Workers of any cluster
# also stretch their own timers on their first task (cluster_worker.slow_worker_timers).
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}


@dataclass(slots=True)
class ParquetRun:
    """What one ``extract --format parquet`` run did."""

    out: str
    written: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    documents: int = 0
    repeated: int = 0
    failures: list[InputFailure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    workers: dict[str, float] = field(default_factory=dict)  # worker → peak MB
    seconds: float = 0.0

    def counts(self) -> dict[str, int]:
        return {
            "partitions written": len(self.written),
            "partitions reused": len(self.reused),
            "documents": self.documents,
            "repeated content": self.repeated,
            "failed": len(self.failures),
        }


# --- on the driver ------------------------------------------------------------


def partition_key(articles: list[Article]) -> str:
    digest = hashlib.sha256()
    for article in articles:
        digest.update(article.content_hash.encode() + b"\n")
    return digest.hexdigest()[:16]


def partitions(
    articles: Iterable[Article],
    size: int,
    out: str,
    model: str,
    actors_file: str | None,
    unattributed: bool = False,
) -> Iterator[PartitionTask]:
    iterator = iter(articles)
    index = 0
    while chunk := list(islice(iterator, size)):
        key = partition_key(chunk)
        name = f"part-{index:05d}-{key[:12]}"
        yield PartitionTask(name, key, chunk, out, model, actors_file, unattributed)
        index += 1


def unique_articles(
    paths: Iterable[str], run: ParquetRun, max_bytes: int, max_words: int = DEFAULT_MAX_WORDS
) -> Iterator[Article]:
    """Read and clean the inputs; failures go to ``run``, repeated content is dropped."""
    seen: set[str] = set()
    for item in read_inputs(paths, max_bytes=max_bytes):
        if isinstance(item, InputFailure):
            run.failures.append(item)
            continue
        words = len(item.raw.split())
        if words > max_words:
            run.failures.append(InputFailure(item.source, too_long(words, max_words)))
            continue
        try:
            article = prepare_article(item)
        except Exception as exc:  # one bad article must not stop the run
            run.failures.append(InputFailure(item.source, f"cannot be cleaned ({exc})"))
            continue
        if not article.text.strip():
            run.failures.append(InputFailure(item.source, "no article text left after cleaning"))
            continue
        if article.content_hash in seen:
            run.repeated += 1
            continue
        seen.add(article.content_hash)
        yield article


def read_manifest(out: str) -> dict[str, Any] | None:
    """The manifest of a Parquet directory made by dossier, or None if there is none."""
    fs, root = filesystem(out)
    path = f"{root}/{MANIFEST}"
    if not fs.exists(path):
        return None
    with fs.open(path, "rb") as handle:
        manifest: dict[str, Any] = json.loads(handle.read())
    if manifest.get("format") != FORMAT:
        return None
    return manifest


def is_parquet_dir(path: str) -> bool:
    try:
        return read_manifest(path) is not None
    except (OSError, ValueError):
        return False


def write_manifest(out: str, manifest: dict[str, Any]) -> None:
    manifest = {**manifest, "partitions": dict(sorted(manifest["partitions"].items()))}
    fs, root = filesystem(out)
    fs.makedirs(root, exist_ok=True)
    temporary = f"{root}/.{MANIFEST}.{os.getpid()}.tmp"
    with fs.open(temporary, "wb") as handle:
        handle.write(json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
    fs.mv(temporary, f"{root}/{MANIFEST}")


def partition_complete(out: str, name: str) -> bool:
    fs, root = filesystem(out)
    return all(fs.exists(f"{root}/{table}/{name}.parquet") for table in TABLES)


def remove_stale(out: str, keep: set[str]) -> None:
    """Delete partition files an earlier run wrote that this run did not make."""
    fs, root = filesystem(out)
    for table in TABLES:
        folder = f"{root}/{table}"
        if not fs.exists(folder):
            continue
        for path in fs.ls(folder, detail=False):
            name = str(path).rsplit("/", 1)[-1]
            if name.endswith(".parquet") and name.removesuffix(".parquet") not in keep:
                fs.rm(path)


def start_client(scheduler: str | None, workers: int) -> tuple[Client, Any]:
    """A client of ``scheduler``, or of a new LocalCluster of ``workers`` processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout="20s"), None
        except OSError as exc:
            raise DossierError(
                f"cannot reach the Dask scheduler at {scheduler} ({exc}); start one with "
                "`dask scheduler` and workers with `dask worker ADDRESS`, or drop --scheduler "
                "to run on this machine"
            ) from exc
    import dask

    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    return Client(cluster), cluster


def extract_to_parquet(
    paths: Iterable[str],
    out: str | Path,
    *,
    scheduler: str | None = None,
    workers: int = 1,
    partition_size: int = DEFAULT_PARTITION,
    model: str = DEFAULT_MODEL,
    actors_file: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_words: int = DEFAULT_MAX_WORDS,
    progress: Progress | None = None,
    client: Client | None = None,
    unattributed: bool = False,
) -> ParquetRun:
    """Extract ``paths`` into Parquet partitions under ``out`` on a Dask cluster; a
    partition already written is reused only when it was made with the same
    ``unattributed`` setting (the manifest records it)."""
    from distributed import as_completed

    started = time.perf_counter()
    out = str(out)
    run = ParquetRun(out=out)
    previous = read_manifest(out) or {}
    done = {
        name: entry
        for name, entry in previous.get("partitions", {}).items()
        if partition_complete(out, name) and previous.get("unattributed", False) == unattributed
    }
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "tables": list(TABLES),
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "partitions": {},
        "failures": [],
        "unattributed": unattributed,
    }
    own = client is None
    cluster = None
    if client is None:
        client, cluster = start_client(scheduler, workers)
    try:
        slots = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        pending = as_completed()
        actors = str(actors_file.resolve()) if actors_file else None
        articles = unique_articles(paths, run, max_bytes, max_words)
        tasks = partitions(articles, partition_size, out, model, actors, unattributed)
        for task in tasks:
            if task.name in done:
                manifest["partitions"][task.name] = done[task.name]
                run.reused.append(task.name)
                run.documents += int(done[task.name]["documents"])
                if progress:
                    progress("reused", len(task.articles))
                continue
            pending.add(client.submit(extract_partition, task, key=f"dossier-{task.name}"))
            while pending.count() >= slots * AHEAD_PER_WORKER:
                collect(next(pending), run, manifest, progress)
                write_manifest(out, manifest)
        for future in pending:
            collect(future, run, manifest, progress)
            write_manifest(out, manifest)
    finally:
        if own:
            client.close()
            if cluster is not None:
                cluster.close()
    manifest["failures"] = [{"source": f.source, "reason": f.reason} for f in run.failures]
    write_manifest(out, manifest)
    remove_stale(out, set(manifest["partitions"]))
    run.seconds = time.perf_counter() - started
    return run


def collect(
    future: Any, run: ParquetRun, manifest: dict[str, Any], progress: Progress | None
) -> None:
    """Record one finished partition (or the failure of all its inputs) in the run."""
    try:
        result: PartitionResult = future.result()
    except Exception as exc:  # a task that kept failing (e.g. killed workers too often)
        name = str(future.key).removeprefix("dossier-")
        run.failures.append(InputFailure(name, f"partition failed ({type(exc).__name__}: {exc})"))
        if progress:
            progress("failed", 0)
        return
    entry = asdict(result)
    del entry["warnings"]
    manifest["partitions"][result.name] = entry
    run.written.append(result.name)
    run.documents += result.documents
    run.failures.extend(InputFailure(f["source"], f["reason"]) for f in result.failures)
    run.warnings.extend(result.warnings)
    worker = result.worker
    run.workers[worker] = max(run.workers.get(worker, 0.0), result.peak_mb)
    if progress:
        progress("written", result.documents)


def read_tables(out: str | Path, partition: str) -> dict[str, Any]:
    """The six Arrow tables of one partition."""
    import pyarrow.parquet as pq

    fs, root = filesystem(str(out))
    tables = {}
    for table in TABLES:
        with fs.open(f"{root}/{table}/{partition}.parquet", "rb") as handle:
            tables[table] = pq.read_table(handle)
    return tables
