"""Benchmark: one process against two on this machine, same run, same articles.

    python bench/scale.py [--docs 1000] [--partition 100] [--skip-dask]

Writes ``--docs`` real-length synthetic articles (bench/corpus.py: paragraphs of
examples/ shuffled and wrapped in page junk), reads and cleans them (not timed),
then times over the same articles, one after the other:

1. the gazetteer load: built from countrystatecity-countries, and read back from
   its on-disk cache (what every process and worker pays at start);
2. ``Extractor(workers=1)``: the whole extraction in this process;
3. ``Extractor(workers=2)``: the same in two forked processes (``--workers 2``),
   pool start-up included;
4. ``extract_to_parquet`` on a new 2-process Dask LocalCluster (``dossier extract
   --format parquet --workers 2``): cluster start-up and each worker's model load
   included, then the per-partition work alone (each worker's CPU seconds with and
   without its model load, and the driver's, which hosts the scheduler).

Prints articles/s and the speed-up of each over (2), peak memory per worker, and
whether each output holds exactly the records of the single process.  Timings are
wall-clock: on a machine shared with other work, compare the ratios of one run, not
figures across runs.

It also prints the CPU seconds each spent, and the speed-up they imply on free
cores (one process's CPU time over the busiest worker's).  That is the figure to read
on a shared machine: Linux's autogroup scheduling gives each login session one share
of the CPU, so two workers in a session whose share is already used take turns and
the wall-clock speed-up can stay near 1 whatever the code does.  Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus

from dossier.ingest import prepare_article, read_inputs
from dossier.models import Article, InputFailure


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, docs: int, seconds: float, base: float | None) -> None:
    speedup = f"{base / seconds:5.2f}x" if base else "  1.00x"
    print(f"{label:<44} {docs / seconds:7.2f} articles/s  {seconds:8.1f} s  speed-up {speedup}")


def cpu_line(label: str, per_worker: list[float], serial: float) -> None:
    busiest = max(per_worker)
    shares = " + ".join(f"{c:.1f}" for c in per_worker)
    print(
        f"  CPU {label}: {shares} s (1 process: {serial:.1f} s); "
        f"speed-up on free cores {serial / busiest:.2f}x"
    )


def gazetteer_load() -> None:
    from dossier.gazetteer_cache import cache_path, read_cache, write_cache
    from dossier.places import build_gazetteer

    start = time.perf_counter()
    built = build_gazetteer()
    cold = time.perf_counter() - start
    path = cache_path()
    if not path.exists():
        write_cache(path, built)
    start = time.perf_counter()
    read_cache(path)
    warm = time.perf_counter() - start
    print(f"gazetteer: built {cold:.2f} s, from the cache {warm:.2f} s ({cold / warm:.0f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--partition", type=int, default=100, help="articles per Dask task")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--paragraphs", type=int, default=14, help="per article (~40 words each)")
    args = parser.parse_args()

    from dossier.pipeline import Extractor

    with tempfile.TemporaryDirectory() as tmp:
        written = write_corpus(Path(tmp) / "in", args.docs, paragraphs_per_doc=args.paragraphs)
        paths = [str(p) for p in written]
        articles: list[Article] = [
            prepare_article(item)
            for item in read_inputs(paths)
            if not isinstance(item, InputFailure)
        ]
        words = sum(len(a.text.split()) for a in articles)
        print(f"{len(articles)} articles, {words} words ({words // len(articles)} per article)")
        gazetteer_load()

        serial_extractor = Extractor(workers=1)
        start, cpu = time.perf_counter(), time.process_time()
        serial = [e.to_exchange() for e in serial_extractor.extract(articles)]
        one, one_cpu = time.perf_counter() - start, time.process_time() - cpu
        print(f"single process peak memory: {peak_mb():.0f} MB")
        timed("1 process (--workers 1)", len(articles), one, None)

        forked_extractor = Extractor(workers=2)
        start, before = time.perf_counter(), os.times()
        forked = [e.to_exchange() for e in forked_extractor.extract(articles)]
        assert forked_extractor.pool is not None
        forked_extractor.pool.close()  # joins the workers, so their CPU time is counted
        two, after = time.perf_counter() - start, os.times()
        timed("2 forked processes (--workers 2)", len(articles), two, one)
        children = after.children_user + after.children_system
        children -= before.children_user + before.children_system
        cpu_line("of the workers (an even split assumed)", [children / 2, children / 2], one_cpu)
        print(f"  same records as 1 process: {forked == serial}")

        if not args.skip_dask:
            dask_run(paths, Path(tmp) / "out", args.partition, serial, (one, one_cpu))


def dask_run(
    paths: list[str],
    out: Path,
    partition: int,
    serial: list[dict[str, Any]],
    one: tuple[float, float],
) -> None:
    from dossier.cluster import extract_to_parquet, read_tables
    from dossier.table_records import extractions_from_tables

    driver = time.process_time()
    run = extract_to_parquet(paths, out, workers=2, partition_size=partition)
    driver = time.process_time() - driver
    count = len(serial)
    timed("2-worker Dask LocalCluster, start-up included", count, run.seconds, one[0])
    partitions = read_manifest_partitions(out).values()
    cpu: dict[str, float] = {}
    start: dict[str, float] = {}
    for entry in partitions:
        cpu[entry["worker"]] = cpu.get(entry["worker"], 0.0) + entry["cpu_seconds"]
        start[entry["worker"]] = start.get(entry["worker"], 0.0) + entry["start_cpu_seconds"]
    cpu_line("per worker (model load included)", [cpu[w] for w in sorted(cpu)], one[1])
    cpu_line("per worker (after the model load)", [cpu[w] - start[w] for w in sorted(cpu)], one[1])
    print(
        f"  model load per worker: {', '.join(f'{start[w]:.1f}' for w in sorted(start))} CPU s; "
        f"per article after it: {sum(cpu.values()) - sum(start.values()):.1f} / {count} = "
        f"{(sum(cpu.values()) - sum(start.values())) / count:.3f} CPU s "
        f"(1 process: {one[1] / count:.3f}); driver and in-process scheduler {driver:.1f} CPU s"
    )
    for worker, mb in sorted(run.workers.items()):
        print(f"  worker {worker}: peak memory {mb:.0f} MB")
    rebuilt = {
        e.article.doc: e.to_exchange()
        for name in read_manifest_partitions(out)
        for e, _, _ in extractions_from_tables(read_tables(out, name))
    }
    print(f"  same records as 1 process: {rebuilt == {r['doc']: r for r in serial}}")


def read_manifest_partitions(out: Path) -> dict[str, Any]:
    from dossier.cluster import read_manifest

    manifest = read_manifest(str(out))
    return manifest["partitions"] if manifest else {}


if __name__ == "__main__":
    main()
