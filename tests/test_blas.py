"""The pipeline's matrix products through numpy's BLAS, on one thread (dossier.blas)."""

from __future__ import annotations

import importlib

import pytest
from threadpoolctl import threadpool_info

from dossier.blas import blas_libraries, numpy_blas_is_tuned, one_blas_thread, uses_numpy_blas
from dossier.nlp import DEFAULT_MODEL, load_pipeline, parse

needs_tuned_blas = pytest.mark.skipif(
    not numpy_blas_is_tuned(), reason="numpy here has no tuned BLAS (OpenBLAS or MKL)"
)

# written for this test: a wire report with names, dates, numbers and quotes
REPORT = (
    "QUITO, Ecuador (Reuters) - Ecuador's defence minister said on Tuesday that the army "
    "had arrested 14 members of a gang accused of smuggling fuel across the Colombian "
    "border, days after President Daniel Noboa imposed emergency rule across three "
    "provinces.\n\n"
    '"We will not let these groups hold our ports hostage," the minister told reporters '
    "in Guayaquil. Colombia's foreign ministry welcomed the arrests and offered to share "
    "intelligence with Quito.\n\n"
    "Human rights groups, however, criticized the decree, saying it gave soldiers "
    "sweeping powers to search homes without a warrant."
)


def blas_threads() -> list[int]:
    """Threads of the BLAS libraries dossier limits (numpy's), as threadpoolctl reads them now."""
    ours = {lib["filepath"] for lib in blas_libraries().info()}
    return [lib["num_threads"] for lib in threadpool_info() if lib["filepath"] in ours]


@needs_tuned_blas
def test_dossier_pipeline_multiplies_through_numpy_blas() -> None:
    assert uses_numpy_blas(load_pipeline())


def test_pipeline_as_shipped_multiplies_through_blis() -> None:
    shipped = importlib.import_module(DEFAULT_MODEL).load()
    assert not uses_numpy_blas(shipped)


@needs_tuned_blas
def test_parse_is_the_same_as_with_blis() -> None:
    """Tags, heads, labels, lemmas, entities and sentences as spaCy's own BLAS gives them."""
    shipped = importlib.import_module(DEFAULT_MODEL).load()
    (ours,) = parse(load_pipeline(), [REPORT])
    theirs = shipped(REPORT)
    assert [t.text for t in ours] == [t.text for t in theirs]
    assert [(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_) for t in ours] == [
        (t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_) for t in theirs
    ]
    assert [s.start for s in ours.sents] == [s.start for s in theirs.sents]
    assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in theirs.ents]
    assert ("Daniel Noboa", "PERSON") in [(e.text, e.label_) for e in ours.ents]


@needs_tuned_blas
def test_one_blas_thread_inside_and_restored_after() -> None:
    before = blas_threads()
    with one_blas_thread():
        assert blas_threads()
        assert set(blas_threads()) == {1}
    assert blas_threads() == before


def test_parse_leaves_numpy_threads_as_it_found_them() -> None:
    before = blas_threads()
    docs = list(parse(load_pipeline(), [REPORT, "A second, shorter text from Lagos."]))
    assert len(docs) == 2
    assert blas_threads() == before
