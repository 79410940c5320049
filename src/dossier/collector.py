"""Fewer young collections while articles are extracted.

Python's cyclic collector runs a young (generation 0) collection every 700 container
objects allocated beyond those freed; an extraction makes and drops hundreds of
thousands (Tokens, Spans, tuples), so about 190 young collections, 18 middle and one
or two full ones ran per 200 articles, 0.05–0.08 CPU s.  Since a Doc's caches are
released after its extraction (``nlp.release``), a Doc no longer waits for the
collector to be freed, so a larger young threshold holds back only the few cycles
the stages make, a few thousand objects at most.

``fewer_collections`` raises the threshold for the extraction and restores the
caller's setting when the last extraction running in the process ends, so an API
caller's process is left as it was.  Nested or interleaved extractions (two
generators, two threads) share one raise: the first in sets it, the last out restores
what the first found.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["YOUNG_THRESHOLD", "fewer_collections"]

YOUNG_THRESHOLD = 5_000  # generation-0 threshold while extracting (Python's default: 700)

_lock = threading.Lock()
_active = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def fewer_collections(young: int = YOUNG_THRESHOLD) -> Iterator[None]:
    """Run the body with the young threshold at least ``young``, then restore it."""
    global _active, _saved
    with _lock:
        if _active == 0:
            _saved = gc.get_threshold()
            first, middle, old = _saved
            if first and first < young:  # 0: the caller switched collection off
                gc.set_threshold(young, middle, old)
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
