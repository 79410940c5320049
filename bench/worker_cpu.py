"""Benchmark: CPU seconds per article of one process against a Dask worker, same minutes.

    python bench/worker_cpu.py [--docs 30] [--rounds 3]

Runs ``extract_partition`` (the task of ``dossier extract --format parquet``) on
partitions of ``--docs`` synthetic articles (bench/corpus.py), taking turns: in this
process, on a 1-process Dask LocalCluster as dossier runs it, and on another whose
worker skips ``tune_worker_process`` (the Dask defaults: ``MALLOC_TRIM_THRESHOLD_``
from the nanny, event-loop timers every 10-100 ms).  Each takes the same partitions
one after the other, so a busy machine slows all three alike.  The first round
(model load, cold caches) is printed but not counted.

Prints per article: user and system CPU of the whole process during the task, and of
the task's own thread (the rest is Dask's event loop).  In this process the whole
process also runs the two clusters' schedulers, so read its thread figure.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus

from dossier.cluster_worker import PartitionTask
from dossier.ingest import prepare_article, read_inputs
from dossier.models import InputFailure
from dossier.nlp import DEFAULT_MODEL


def timed_task(task: PartitionTask) -> dict[str, float]:
    """Run one partition; the CPU it cost this process and this thread."""
    from dossier.cluster_worker import extract_partition, worker_extractor

    worker_extractor(task.model, task.actors_file)
    before, thread = os.times(), time.thread_time()
    extract_partition(task)
    after = os.times()
    return {
        "user": after.user - before.user,
        "system": after.system - before.system,
        "thread": time.thread_time() - thread,
    }


def without_tuning() -> None:
    import dossier.cluster_worker as worker

    worker.tune_worker_process = lambda: None


def one_worker(untuned: bool) -> tuple[Any, Any]:
    import dask
    import distributed

    config = {"distributed.worker.profile.enabled": False}
    with dask.config.set(config):
        cluster = distributed.LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
    client = distributed.Client(cluster)  # type: ignore[no-untyped-call]
    if untuned:
        client.run(without_tuning)
    return cluster, client


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=30, help="articles per partition")
    parser.add_argument("--rounds", type=int, default=3, help="counted rounds")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="worker_cpu"))
    paths = write_corpus(tmp / "in", args.docs * (args.rounds + 1), paragraphs_per_doc=14)
    articles = [
        prepare_article(item)
        for item in read_inputs([str(p) for p in paths])
        if not isinstance(item, InputFailure)
    ]
    clusters = {"Dask worker, Dask defaults": one_worker(True), "Dask worker": one_worker(False)}
    totals: dict[str, dict[str, float]] = {}
    for round_ in range(args.rounds + 1):
        chunk = articles[round_ * args.docs : (round_ + 1) * args.docs]
        for label in ("one process", *clusters):
            out = str(tmp / label.replace(" ", "_").replace(",", "") / str(round_))
            task = PartitionTask(f"part-{round_}", "bench", chunk, out, DEFAULT_MODEL, None)
            if label == "one process":
                cpu = timed_task(task)
            else:
                cpu = clusters[label][1].submit(timed_task, task, pure=False).result()
            print(round_, label, {k: round(v, 2) for k, v in cpu.items()}, flush=True)
            if round_:
                total = totals.setdefault(label, dict.fromkeys(cpu, 0.0))
                for key, value in cpu.items():
                    total[key] += value
    counted = args.docs * args.rounds
    for label, total in totals.items():
        print(
            f"{label:<28} CPU s per article: user {total['user'] / counted:.3f} "
            f"system {total['system'] / counted:.3f} "
            f"whole process {(total['user'] + total['system']) / counted:.3f}; "
            f"the task's thread {total['thread'] / counted:.3f}"
        )
    for cluster, client in clusters.values():
        client.close()
        cluster.close()


if __name__ == "__main__":
    main()
