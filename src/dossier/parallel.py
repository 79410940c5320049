"""``--workers N``: whole articles extracted in N processes of this machine.

spaCy's own ``nlp.pipe(n_process=N)`` only parallelises the parse: every Doc is
serialised back to the parent, which then runs entities, dates, quotes, events and
places alone, so two processes were slower than one.  Here each worker process runs
the whole extraction of a chunk of articles and sends back the small ``Extraction``
records.  Workers are forked from the process that already loaded the spaCy
pipeline and the gazetteer, so they start in milliseconds and never load a model.

More workers than usable cores cannot help (they only take turns), and forking is
what makes start-up cheap, so both are refused with a message naming the fix.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TYPE_CHECKING

from dossier.errors import DossierError

if TYPE_CHECKING:
    from dossier.models import Article, Extraction
    from dossier.pipeline import Extractor

__all__ = [
    "AHEAD_PER_WORKER",
    "CHUNK_ARTICLES",
    "WARM_UP_TEXT",
    "WorkerPool",
    "check_workers",
    "extract_chunk",
    "usable_cores",
    "warm_up",
]

CHUNK_ARTICLES = 8  # articles per task: about a second or two of work each
AHEAD_PER_WORKER = 2  # tasks queued per worker, so none waits while results are stored
# Extracted once in the parent before forking, so every lazily read lexicon and
# cache is loaded once and shared by the workers instead of read by each.
WARM_UP_TEXT = (
    "GENEVA, March 3 (Wire) - Foreign Minister Lena Varga said on Monday that her "
    'government would send aid to Moldova. "We will not abandon them," she told reporters.'
)

_forked_extractor: Extractor | None = None  # what a forked worker inherits


def usable_cores() -> int:
    """CPU cores this process may run on (its affinity, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def check_workers(workers: int) -> None:
    """Raise DossierError when ``workers`` processes cannot be faster than fewer."""
    cores = usable_cores()
    if workers > cores:
        raise DossierError(
            f"--workers {workers}: this machine gives dossier {cores} CPU core"
            f"{'s' if cores != 1 else ''}, so more workers would only take turns; "
            f"use --workers {cores} or fewer (or a Dask cluster: dossier extract --format "
            "parquet --scheduler ADDRESS)"
        )
    if workers > 1 and "fork" not in multiprocessing.get_all_start_methods():
        raise DossierError(
            f"--workers {workers} needs processes forked from a loaded pipeline, which this "
            "platform does not offer; use --workers 1, or dossier extract --format parquet "
            "--workers N (a Dask cluster)"
        )


class WorkerPool:
    """N forked processes that extract chunks of articles with a loaded Extractor."""

    def __init__(self, extractor: Extractor, workers: int) -> None:
        self.extractor = extractor
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None

    def executor(self) -> ProcessPoolExecutor:
        global _forked_extractor
        if self._executor is None:
            warm_up(self.extractor)
            _forked_extractor = self.extractor
            gc.freeze()  # the loaded model stays in pages the workers share, not copy
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("fork")
            )
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """One Extraction per article, in input order, computed in the worker processes."""
        pending: deque[tuple[list[Article], Future[list[Extraction]]]] = deque()
        iterator = iter(articles)
        while chunk := list(islice(iterator, CHUNK_ARTICLES)):
            pending.append((chunk, self.executor().submit(extract_chunk, chunk)))
            while len(pending) > self.workers * AHEAD_PER_WORKER:
                yield from self.result(*pending.popleft())
        while pending:
            yield from self.result(*pending.popleft())

    def result(self, chunk: list[Article], future: Future[list[Extraction]]) -> list[Extraction]:
        """The chunk's extractions; if its worker died, extracted here instead (none lost)."""
        try:
            return future.result()
        except BrokenProcessPool:
            self._executor = None  # the next chunk starts a fresh pool
            return list(self.extractor.extract_serial(chunk))


def warm_up(extractor: Extractor) -> None:
    from dossier.ingest import prepare_article
    from dossier.models import RawInput

    article = prepare_article(RawInput("warm-up", "warm-up", WARM_UP_TEXT, "txt"))
    for _ in extractor.extract_serial([article]):
        pass


def extract_chunk(chunk: list[Article]) -> list[Extraction]:
    """In a worker: extract ``chunk`` with the Extractor forked from the parent."""
    if _forked_extractor is None:
        raise DossierError("worker process has no extractor (it was not forked from one)")
    return list(_forked_extractor.extract_serial(chunk))
