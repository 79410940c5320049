"""The collector's young threshold is raised while articles are extracted, then restored."""

from __future__ import annotations

import gc
from collections.abc import Iterator

from dossier.collector import YOUNG_THRESHOLD, fewer_collections


def test_threshold_raised_inside_and_restored_after() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == (YOUNG_THRESHOLD, before[1], before[2])
    assert gc.get_threshold() == before


def test_restored_when_the_body_raises() -> None:
    before = gc.get_threshold()
    try:
        with fewer_collections():
            raise ValueError("a stage failed")
    except ValueError:
        pass
    assert gc.get_threshold() == before


def test_interleaved_extractions_restore_the_first_setting() -> None:
    before = gc.get_threshold()

    def extraction() -> Iterator[int]:
        with fewer_collections():
            yield 1
            yield 2

    first, second = extraction(), extraction()
    next(first)
    next(second)
    assert list(first) == [2]  # the first ends while the second still runs
    assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    assert list(second) == [2]
    assert gc.get_threshold() == before


def test_a_higher_or_disabled_threshold_is_left_alone() -> None:
    before = gc.get_threshold()
    try:
        gc.set_threshold(50_000, before[1], before[2])
        with fewer_collections():
            assert gc.get_threshold()[0] == 50_000
        gc.set_threshold(0, before[1], before[2])
        with fewer_collections():
            assert gc.get_threshold()[0] == 0
        assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)


def test_the_extractor_raises_it_while_extracting_and_restores_it() -> None:
    from dossier.ingest import prepare_article
    from dossier.models import RawInput
    from dossier.pipeline import Extractor

    before = gc.get_threshold()
    article = prepare_article(
        RawInput("a", "a.txt", "The envoy of Varn met the mayor of Orlin.", "txt")
    )
    extractions = Extractor().extract([article, article])
    next(extractions)
    assert gc.get_threshold()[0] == YOUNG_THRESHOLD  # between two articles
    assert len(list(extractions)) == 1
    assert gc.get_threshold() == before
