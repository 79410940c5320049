"""Benchmark: ``dossier extract`` against a bare ``nlp.pipe`` on the same texts, same run.

The baseline is the pinned en_core_web_sm pipeline as shipped (no entity ruler),
parsing the cleaned texts with ``nlp.pipe``; dossier's figure is the whole
extraction (ruler, parse, entities, dates, …) over the same texts.  In-process, both
load their pipeline and run a warm-up pass over ``--warm-up`` articles before the
clock starts, then take turns ``--rounds`` times over the same texts, alternating
which goes first (bare then dossier, dossier then bare, …), so that neither always
pays for a cold cache or a busy moment of the machine.  Each round's ratio is printed,
then the median and the pooled ratio; times are wall and CPU seconds, the CPU read
from ``getrusage``, so the ratio holds better than wall time on a shared machine.
The stage shares come from one more pass, each stage timed on its own.

    python bench/extract.py [--docs 300] [--rounds 4] [--slice 16] [--workers 1] [--process]
                             [--paragraphs 6]

``--slice N`` makes the two take turns every N articles inside each round as well, and
sums each side's slices: on a host whose load drifts over seconds, whole passes of 200
articles meet different spells, slices of 16 meet the same ones.

``--process`` also times whole processes, model load and start-up included (dossier's
modules byte-compiled first, as installed), taking turns ``--rounds`` times: ``dossier
extract DIR --format jsonl`` and ``dossier ingest DIR`` (into a new store) against
``python -c`` loading the model and running ``nlp.pipe`` on the same cleaned texts.

Targets: dossier's time at most 1.2x the bare pipeline's, in-process and as a whole
process, for extract and ingest; ``--workers 2`` at least 1.7x one process (issue 18);
quotes at most 10% of it (issue 4); events at most 25% (issue 5).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_corpus
from spacy.language import Language
from spacy.tokens import Doc

from dossier.blas import one_blas_thread, use_numpy_blas
from dossier.ingest import prepare_article, read_inputs
from dossier.models import Article, Extraction
from dossier.nlp import DEFAULT_MODEL
from dossier.pipeline import Extractor

T = TypeVar("T")
SHARED_SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


BARE_SCRIPT = """
import importlib, json, sys
texts = json.load(open(sys.argv[1], encoding="utf-8"))
nlp = importlib.import_module(sys.argv[2]).load()
for _ in nlp.pipe(texts, batch_size=16):  # dossier's batch size
    pass
"""
# the same, its matrix products through numpy's BLAS on one thread, as dossier's
BARE_NUMPY_BLAS_SCRIPT = """
import importlib, json, sys
from dossier.blas import one_blas_thread, use_numpy_blas
texts = json.load(open(sys.argv[1], encoding="utf-8"))
nlp = importlib.import_module(sys.argv[2]).load()
use_numpy_blas(nlp)
with one_blas_thread():
    for _ in nlp.pipe(texts, batch_size=16):
        pass
"""
SAME_BLAS = "bare, numpy BLAS"


def articles(count: int, paragraphs: int = 6) -> list[Article]:
    with tempfile.TemporaryDirectory() as tmp:
        paths = [str(p) for p in write_corpus(Path(tmp), count, paragraphs_per_doc=paragraphs)]
        if SHARED_SEEDS.is_dir():
            paths.append(str(SHARED_SEEDS))
        found = [
            prepare_article(item) for item in read_inputs(paths) if not hasattr(item, "reason")
        ]
    return found[:count]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--paragraphs", type=int, default=6, help="paragraphs per article")
    parser.add_argument("--process", action="store_true", help="also time whole processes")
    parser.add_argument("--rounds", type=int, default=4, help="turns of bare and dossier passes")
    parser.add_argument("--warm-up", type=int, default=40, help="articles of the untimed pass")
    parser.add_argument(
        "--slice", type=int, default=0,
        help="take turns every SLICE articles inside each round (0: whole passes)",
    )  # fmt: skip
    args = parser.parse_args()
    print(f"load average {load_average()}")
    if args.process:
        whole_processes(args.docs, args.paragraphs, args.rounds)
    docs = articles(args.docs, args.paragraphs)
    texts = [a.text for a in docs]
    words = sum(len(t.split()) for t in texts)

    bare = importlib.import_module(DEFAULT_MODEL).load()
    same_blas = importlib.import_module(DEFAULT_MODEL).load()
    use_numpy_blas(same_blas)
    extractor = Extractor(workers=args.workers)
    passes: dict[str, Pass] = {
        "bare nlp.pipe": lambda some: list(bare.pipe([a.text for a in some], batch_size=16)),
        SAME_BLAS: partial(parse_on_one_thread, same_blas),
        "dossier extract": lambda some: extract_all(extractor, some),
    }
    warm = {name: timed(partial(work, docs[: args.warm_up])) for name, work in passes.items()}
    print(  # lazy loads and first-call costs, off the rounds
        f"warm-up over {len(docs[: args.warm_up])} articles (not counted): "
        + ", ".join(f"{name} {cpu:.2f} s CPU" for name, (_, cpu) in warm.items())
    )
    print(f"{len(docs)} documents, {words} words, workers={args.workers}, {args.rounds} rounds")
    if args.slice:
        print(f"  bare and dossier take turns every {args.slice} articles inside each round")
    rounds = taking_turns(passes, docs, args.rounds, args.slice)
    summary(rounds, len(docs), words)
    print(f"load average {load_average()}")
    extracted = extract_all(extractor, docs)
    stages = stage_seconds(extractor, docs)
    dossier_cpu = statistics.median(r["dossier extract"][1] for r in rounds)
    print("stage shares of dossier extract CPU (one more pass, each stage timed on its own;")
    print(f"  of the median pass, {dossier_cpu:.2f} s):")
    for stage, seconds in stages.items():
        print(f"  {stage:<9} {seconds:6.2f} s  {100 * seconds / dossier_cpu:5.1f}%")
    rest = dossier_cpu - sum(stages.values())
    share = 100 * rest / dossier_cpu
    print(f"  {'the rest':<9} {rest:6.2f} s  {share:5.1f}%  (records, idle groups)")
    counts = {
        "entities": sum(len(e.entities) for e in extracted),
        "dates": sum(len(e.dates) for e in extracted),
        "quotes": sum(len(e.quotes) for e in extracted),
        "events": sum(len(e.events) for e in extracted),
    }
    print("found " + ", ".join(f"{n} {k}" for k, n in counts.items()))


Round = dict[str, tuple[float, float]]  # pass name -> (wall, CPU) seconds
Pass = Callable[[list[Article]], Sequence[object]]


def taking_turns(
    passes: dict[str, Pass], docs: list[Article], rounds: int, slice_size: int = 0
) -> list[Round]:
    """Each pass over ``docs`` once per round, the order reversed every other round.
    With ``slice_size``, the passes take turns every ``slice_size`` articles inside a
    round (the order reversed every other slice) and each pass's slices are summed: a
    busy spell of a shared host then falls on both sides alike, not on one whole pass."""
    names = list(passes)
    found: list[Round] = []
    for number in range(rounds):
        order = names if number % 2 == 0 else names[::-1]
        figures = (
            sliced_pass(passes, docs, order, slice_size)
            if slice_size
            else {name: timed(partial(passes[name], docs)) for name in order}
        )
        found.append(figures)
        bare_wall, bare_cpu = figures["bare nlp.pipe"]
        ours_wall, ours_cpu = figures["dossier extract"]
        print(
            f"  round {number + 1} ({order[0].split()[0]} first): bare {bare_cpu:6.2f} s CPU, "
            f"dossier {ours_cpu:6.2f} s CPU: {ours_cpu / bare_cpu:.3f}x CPU, "
            f"{ours_wall / bare_wall:.3f}x wall"
        )
    return found


def sliced_pass(
    passes: dict[str, Pass], docs: list[Article], order: list[str], slice_size: int
) -> Round:
    """Wall and CPU seconds of each pass over ``docs``, run ``slice_size`` articles at a
    time, the passes taking turns on each slice."""
    totals = {name: (0.0, 0.0) for name in order}
    for number, start in enumerate(range(0, len(docs), slice_size)):
        some = docs[start : start + slice_size]
        for name in order if number % 2 == 0 else order[::-1]:
            wall, cpu = timed(partial(passes[name], some))
            totals[name] = (totals[name][0] + wall, totals[name][1] + cpu)
    return totals


def summary(rounds: list[Round], count: int, words: int) -> None:
    """Median pass of each side, the median and pooled ratios over the rounds."""
    for name in ("bare nlp.pipe", SAME_BLAS, "dossier extract"):
        wall = statistics.median(r[name][0] for r in rounds)
        cpu = statistics.median(r[name][1] for r in rounds)
        print(
            f"{name:<17} {count / wall:8.1f} docs/s  {words / wall:9.0f} words/s  "
            f"{wall:6.2f} s wall  {cpu:6.2f} s CPU  (median pass)"
        )
    cpu_ratios = [r["dossier extract"][1] / r["bare nlp.pipe"][1] for r in rounds]
    wall_ratios = [r["dossier extract"][0] / r["bare nlp.pipe"][0] for r in rounds]
    ours, bare = (sum(r[name][1] for r in rounds) for name in ("dossier extract", "bare nlp.pipe"))
    pooled = ours / bare
    best = min(r["dossier extract"][1] for r in rounds) / min(r["bare nlp.pipe"][1] for r in rounds)
    print(
        f"ratio (dossier / bare): median {statistics.median(cpu_ratios):.3f}x CPU "
        f"(rounds {min(cpu_ratios):.3f}-{max(cpu_ratios):.3f}, pooled {pooled:.3f}x, "
        f"best pass over best pass {best:.3f}x), "
        f"median {statistics.median(wall_ratios):.3f}x wall; target <= 1.2x (with --workers N "
        "the CPU is the parent's and its workers')"
    )
    same = [r["dossier extract"][1] / r[SAME_BLAS][1] for r in rounds]
    print(
        f"ratio (dossier / {SAME_BLAS}): median {statistics.median(same):.3f}x CPU "
        f"(rounds {min(same):.3f}-{max(same):.3f}): dossier's work beyond the parse, "
        "with the matrix products of both through the same BLAS"
    )


def parse_on_one_thread(nlp: Language, some: list[Article]) -> list[Doc]:
    with one_blas_thread():
        return list(nlp.pipe([a.text for a in some], batch_size=16))


def load_average() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def extract_all(extractor: Extractor, docs: list[Article]) -> list[Extraction]:
    """Every extraction; a worker pool is shut down, so its processes' CPU is counted."""
    found = list(extractor.extract(docs))
    if extractor.pool is not None:
        extractor.pool.close()
    return found


def cpu_seconds() -> float:
    """CPU seconds (user + system) of this process, its threads and its ended children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of ``work()``."""
    wall, cpu = time.perf_counter(), cpu_seconds()
    work()
    return time.perf_counter() - wall, cpu_seconds() - cpu


def whole_processes(count: int, paragraphs: int, rounds: int) -> None:
    """Time fresh processes, start-up included: bare nlp.pipe, dossier extract, ingest."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, count, paragraphs_per_doc=paragraphs)
        texts = [
            prepare_article(item).text
            for item in read_inputs([str(folder)])
            if not hasattr(item, "reason")
        ]
        cleaned = Path(tmp) / "cleaned.json"
        cleaned.write_text(json.dumps(texts), "utf-8")
        src = Path(__file__).resolve().parents[1] / "src"
        env = {**os.environ, "PYTHONPATH": str(src)}
        compile_sources(src)
        dossier = [sys.executable, "-m", "dossier"]
        bare = [str(cleaned), DEFAULT_MODEL]
        commands = {
            "bare nlp.pipe": [sys.executable, "-c", BARE_SCRIPT, *bare],
            SAME_BLAS: [sys.executable, "-c", BARE_NUMPY_BLAS_SCRIPT, *bare],
            "dossier extract": [*dossier, "extract", str(folder), "--format", "jsonl"],
            "dossier ingest": [*dossier, "ingest", str(folder), "--db", str(Path(tmp) / "s.db")],
        }
        figures: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(rounds):
            for name, command in commands.items():
                (Path(tmp) / "s.db").unlink(missing_ok=True)
                wall, cpu = timed(partial(run_quietly, command, env))
                figures[name].append((wall, cpu))
    words = sum(len(t.split()) for t in texts)
    print(f"whole processes, {len(texts)} articles, {words} words, {rounds} rounds taking turns:")
    bare_wall = min(w for w, _ in figures["bare nlp.pipe"])
    bare_cpu = min(c for _, c in figures["bare nlp.pipe"])
    same_cpu = min(c for _, c in figures[SAME_BLAS])
    for name, runs in figures.items():
        wall, cpu = min(w for w, _ in runs), min(c for _, c in runs)
        print(
            f"  {name:<16} CPU {cpu:6.2f} s ({cpu / bare_cpu:.2f}x; "
            f"{cpu / same_cpu:.2f}x {SAME_BLAS})  "
            f"wall {wall:6.2f} s ({wall / bare_wall:.2f}x)  (best of {len(runs)})"
        )


def compile_sources(src: Path) -> None:
    """Byte-compile dossier's modules first, as an installed package has them: where
    ``PYTHONDONTWRITEBYTECODE`` is set, a module edited since its last ``.pyc`` would
    be compiled again by every timed process, a cost no user pays twice."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-m", "compileall", "-q", str(src / "dossier")]
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)


def run_quietly(command: list[str], env: dict[str, str]) -> None:
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def stage_seconds(extractor: Extractor, docs: list[Article]) -> dict[str, float]:
    """CPU seconds of each stage on its own over pre-parsed docs (parse timed as a whole),
    in the Extractor's order, so that each reads what the ones before it left."""
    from dossier.coref import find_references
    from dossier.dates import find_dates
    from dossier.events import find_events
    from dossier.names import text_of
    from dossier.nlp import parse
    from dossier.pipeline import quote_marks
    from dossier.places import find_places
    from dossier.quotes import find_quotes

    seconds: dict[str, float] = {}

    def stage(name: str, work: Callable[[], list[T]]) -> list[T]:
        start = time.process_time()
        found = work()
        seconds[name] = time.process_time() - start
        return found

    parsed = stage("parse", lambda: list(parse(extractor.nlp, [a.text for a in docs])))
    dated = stage(
        "dates", lambda: [find_dates(d, a.published) for d, a in zip(parsed, docs, strict=True)]
    )
    named = stage("entities", lambda: [extractor.entities.find(d) for d in parsed])
    stage(
        "coref",
        lambda: [
            find_references(d, e, quote_marks(text_of(d)))
            for d, e in zip(parsed, named, strict=True)
        ],
    )
    quoted = stage(
        "quotes",
        lambda: [find_quotes(d, e, t)[0] for d, e, t in zip(parsed, named, dated, strict=True)],
    )
    stage(
        "events",
        lambda: [
            find_events(d, e, t, q) for d, e, t, q in zip(parsed, named, dated, quoted, strict=True)
        ],
    )
    stage(
        "places",
        lambda: [find_places(e, a.text, a.dateline) for a, e in zip(docs, named, strict=True)],
    )
    return seconds


if __name__ == "__main__":
    main()
