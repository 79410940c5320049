"""``dossier extract --format parquet`` on a real 2-process Dask LocalCluster, and back.

The articles are ``tests/fixtures/scale/`` (written for these tests). One cluster is
shared by the module: each worker loads the pipeline once, on its first task.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow.dataset as ds
import pytest

import dossier
from conftest import FIXTURES, Runner
from dossier.api import Dossier
from dossier.cluster import extract_to_parquet, read_manifest, read_tables
from dossier.ingest import prepare_article, read_inputs
from dossier.pipeline import Extractor
from dossier.table_records import extractions_from_tables
from dossier.tables import TABLES

distributed = pytest.importorskip("distributed")
if TYPE_CHECKING:
    from distributed import Client
SCALE = FIXTURES / "scale"
NAMES = sorted(p.name for p in SCALE.glob("*.txt"))
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )
    with distributed.Client(cluster) as connected:
        yield connected
    cluster.close()


@pytest.fixture(scope="module")
def parquet(client: Client, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("parquet") / "run"
    run = extract_to_parquet([str(SCALE)], out, client=client, partition_size=2)
    assert run.counts()["documents"] == 6 and len(run.written) == 3
    assert len(run.workers) == 2, "both worker processes took partitions"
    return out


def test_every_table_opens_in_pyarrow_and_duckdb_with_exact_spans(parquet: Path) -> None:
    for table in TABLES:
        assert ds.dataset(parquet / table, format="parquet").count_rows() >= 6 or table in (
            "quotes",
            "places",
            "dates",
        )
    documents = ds.dataset(parquet / "documents", format="parquet").to_table()
    assert sorted(documents.column("doc").to_pylist()) == NAMES
    wrong = duckdb.sql(
        f"""SELECT count(*) FROM read_parquet('{parquet}/events/*.parquet') e
            JOIN read_parquet('{parquet}/documents/*.parquet') d USING (content_hash)
            WHERE substr(d.text, e.start + 1, e."end" - e.start) <> e.text"""
    ).fetchone()
    assert wrong == (0,)
    attacks = duckdb.sql(
        f"""SELECT e.target FROM read_parquet('{parquet}/events/*.parquet') e
            WHERE e.doc = 'militia_attack.txt' AND e.type = 'ASSAULT'"""
    ).fetchall()
    assert attacks, "the gunmen's attack is an ASSAULT event in the events table"
    speakers = duckdb.sql(
        f"SELECT speaker FROM read_parquet('{parquet}/quotes/*.parquet') "
        "WHERE doc = 'harbour_strike.txt'"
    ).fetchall()
    assert ("Marta Kowalczyk",) in speakers


class MallInfo2(ctypes.Structure):
    """glibc's ``struct mallinfo2`` (ten size_t counters; hblks: chunks mmapped now)."""

    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            *("arena", "ordblks", "smblks", "hblks", "hblkhd"),
            *("usmblks", "fsmblks", "uordblks", "fordblks", "keepcost"),
        )
    ]


def worker_process_state(dask_worker: Any) -> dict[str, Any]:
    """A worker's pid, nanny environment, event-loop timers, and whether 1 MB is mmapped."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    libc.mallinfo2.restype = MallInfo2
    before = libc.mallinfo2().hblks
    buffer = bytearray(1 << 20)
    mmapped = libc.mallinfo2().hblks > before
    del buffer
    timers = dask_worker.periodic_callbacks
    return {
        "pid": os.getpid(),
        "trim_env": "MALLOC_TRIM_THRESHOLD_" in os.environ,
        "mmapped": mmapped,
        "tick_ms": timers["tick"].callback_time,
        "memory_ms": timers["memory_monitor"].callback_time,
    }


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc settings")
def test_each_worker_loads_the_pipeline_once_and_keeps_freed_memory_for_the_next_document(
    parquet: Path, client: Client
) -> None:
    manifest = read_manifest(str(parquet))
    assert manifest is not None
    loads: dict[str, list[bool]] = {}
    for entry in sorted(manifest["partitions"].values(), key=lambda e: e["name"]):
        loads.setdefault(entry["worker"], []).append(entry["start_cpu_seconds"] > 0)
    assert sorted(sum(loaded) for loaded in loads.values()) == [1, 1], "one load per worker"
    assert sum(map(len, loads.values())) == 3, "not one per task"
    pids = {int(worker.rsplit(":", 1)[1]) for worker in loads}
    states = [s for s in client.run(worker_process_state).values() if s["pid"] in pids]
    assert len(states) == 2
    for state in states:
        assert state["trim_env"], "the nanny set MALLOC_TRIM_THRESHOLD_ (else nothing to undo)"
        assert not state["mmapped"], "a freed 1 MB buffer is reused, not handed back and faulted in"
        assert state["tick_ms"] >= 1000 and state["memory_ms"] >= 1000


def test_the_tables_hold_exactly_what_one_process_extracts(parquet: Path) -> None:
    manifest = read_manifest(str(parquet))
    assert manifest is not None
    rebuilt = {
        extraction.article.doc: extraction.to_exchange()
        for name in manifest["partitions"]
        for extraction, _, _ in extractions_from_tables(read_tables(parquet, name))
    }
    articles = [prepare_article(item) for item in read_inputs([str(SCALE)])]  # type: ignore[arg-type]
    serial = {e.article.doc: e.to_exchange() for e in Extractor().extract(articles)}
    assert rebuilt == serial


def test_a_rerun_skips_written_partitions_and_a_changed_input_replaces_its_own(
    parquet: Path, client: Client, tmp_path: Path
) -> None:
    copy = tmp_path / "run"
    shutil.copytree(parquet, copy)
    again = extract_to_parquet([str(SCALE)], copy, client=client, partition_size=2)
    assert (again.written, len(again.reused), again.documents) == ([], 3, 6)

    inputs = tmp_path / "inputs"
    shutil.copytree(SCALE, inputs)
    edited = inputs / "trade_deal.txt"
    edited.write_text(edited.read_text() + "\nTalks on a second agreement begin in May.\n")
    changed = extract_to_parquet([str(inputs)], copy, client=client, partition_size=2)
    assert (len(changed.written), len(changed.reused)) == (1, 2)
    docs = ds.dataset(copy / "documents", format="parquet").to_table().column("doc").to_pylist()
    assert sorted(docs) == NAMES, "each article once"
    assert len(list((copy / "events").glob("*.parquet"))) == 3, "the stale partition is gone"


def test_a_rerun_with_unattributed_events_rewrites_every_partition(
    parquet: Path, client: Client, tmp_path: Path
) -> None:
    """Partitions made without ``unattributed`` lack the sideless events: none is reused."""
    copy = tmp_path / "run"
    shutil.copytree(parquet, copy)
    again = extract_to_parquet(
        [str(SCALE)], copy, client=client, partition_size=2, unattributed=True
    )
    assert (len(again.written), again.reused, again.documents) == (3, [], 6)
    manifest = read_manifest(str(copy))
    assert manifest is not None and manifest["unattributed"] is True


def kill_a_busy_worker(client: Client, killed: list[str], stop: threading.Event) -> None:
    """SIGKILL the first worker seen processing a task (its nanny starts a new one)."""
    pids = client.run(os.getpid)
    while not stop.is_set():
        for address, tasks in client.processing().items():  # type: ignore[no-untyped-call]
            if tasks and address in pids:
                os.kill(pids[address], signal.SIGKILL)
                killed.append(address)
                return
        time.sleep(0.005)


def test_a_worker_killed_mid_run_loses_nothing_and_repeats_nothing(
    client: Client, tmp_path: Path, parquet: Path
) -> None:
    killed: list[str] = []
    stop = threading.Event()
    killer = threading.Thread(target=kill_a_busy_worker, args=(client, killed, stop))
    killer.start()
    try:
        run = extract_to_parquet([str(SCALE)], tmp_path / "run", client=client, partition_size=1)
    finally:
        stop.set()
        killer.join()
    assert killed, "a worker was killed while it had a task"
    assert run.failures == [] and run.documents == 6 and len(run.written) == 6
    docs = ds.dataset(tmp_path / "run" / "documents", format="parquet").to_table()
    assert sorted(docs.column("doc").to_pylist()) == NAMES
    events = ds.dataset(tmp_path / "run" / "events", format="parquet").to_table().num_rows
    assert events == ds.dataset(parquet / "events", format="parquet").to_table().num_rows


def knowledge_base(kb: Dossier) -> tuple[list[Any], list[dict[str, Any]]]:
    """The actors and the merged events of a store, without row ids."""
    merged = [
        {k: v for k, v in asdict(event).items() if k not in ("id", "evidence")}
        for event in kb.timeline(evidence=False)
    ]
    return list(kb.actors()), sorted(merged, key=repr)


def test_ingest_of_the_directory_stores_what_an_ordinary_ingest_stores(
    parquet: Path, tmp_path: Path
) -> None:
    with dossier.open(tmp_path / "from_parquet.db") as kb:
        report = kb.ingest([parquet])
        assert report.counts() == {
            "ingested": 6,
            "unchanged": 0,
            "skipped": 0,
            "failed": 0,
            "partial": 0,
        }
        from_parquet = (kb.counts(), sorted((e.type, e.doc) for e in kb.events(limit=500)))
        # three partitions linked one after the other, as three ingests would be
        parquet_kb = knowledge_base(kb)
        assert kb.ingest([parquet]).counts()["unchanged"] == 6
    with dossier.open(tmp_path / "from_files.db") as kb:
        kb.ingest([SCALE])
        from_files = (kb.counts(), sorted((e.type, e.doc) for e in kb.events(limit=500)))
        files_kb = knowledge_base(kb)
    assert from_parquet == from_files
    assert from_parquet[0]["actors"] > 10
    actors, merged = parquet_kb
    assert actors == files_kb[0], "same actors, names, aliases and counts"
    assert merged == files_kb[1], "same merged events with the same mentions and sources"
    assert any(a.documents > 1 for a in actors), "actors linked across articles"
    assert merged and all(e["mentions"] >= 1 for e in merged)


def test_the_command_lists_failed_inputs_in_the_manifest_and_ingest_loads_the_rest(
    dossier_cli: Runner, tmp_path: Path
) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    shutil.copy(SCALE / "flood_aid.txt", inputs)
    (inputs / "empty.txt").write_text("")
    (inputs / "broken.json").write_text('{"text": "unterminated')
    out = tmp_path / "out"
    result = dossier_cli(
        "extract", inputs, "--format", "parquet", "--out", out, "--workers", "1", cwd=tmp_path
    )
    assert result.returncode == 1, result.stderr
    assert "1 documents" in result.stdout and "2 failed" in result.stdout
    manifest = read_manifest(str(out))
    assert manifest is not None
    failed = {Path(f["source"]).name for f in manifest["failures"]}
    assert failed == {"empty.txt", "broken.json"}
    db = tmp_path / "kb.db"
    loaded = dossier_cli("ingest", out, "--db", db, "--format", "json", cwd=tmp_path)
    assert loaded.returncode == 1 and '"ingested": 1' in loaded.stdout
    assert "empty.txt" in loaded.stderr


def test_parquet_options_without_an_output_folder_are_refused(
    dossier_cli: Runner, tmp_path: Path
) -> None:
    result = dossier_cli("extract", SCALE, "--format", "parquet", cwd=tmp_path)
    assert result.returncode == 1 and "--out" in result.stderr
