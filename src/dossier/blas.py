"""The pipeline's matrix products through numpy's BLAS, on one thread per process.

spaCy's networks multiply matrices through thinc, which by default hands them to the
BLIS library that cython-blis bundles.  That build has no kernel for AMD's Zen 3 and
Zen 4 processors (CPU family 19h, most EPYC cloud machines, this project's own among
them): BLIS falls back to its generic reference kernel (explosion/cython-blis#53), and
that kernel alone took a third of a bare ``nlp.pipe`` run here.  numpy's own BLAS
(OpenBLAS in its wheels, MKL in some distributions) picks a tuned kernel for the
processor it runs on, and thinc can route its products there itself
(``NumpyOps(use_blis=False)``).  The parse's tags, heads, labels and entities came out
identical either way on 200 articles (``tests/test_blas.py`` checks one).

OpenBLAS would also start a thread per core and keep them spinning between the many
small products of a parse: twice the CPU for the same wall time.  dossier scales out by
processes (``--workers``), so its parse runs on one BLAS thread (``one_blas_thread``).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "TUNED_BLAS",
    "blas_libraries",
    "model_layers",
    "numpy_blas_is_tuned",
    "one_blas_thread",
    "use_numpy_blas",
    "uses_numpy_blas",
]

# numpy BLAS builds that choose a kernel for the processor at run time
TUNED_BLAS = frozenset({"openblas", "mkl"})


@functools.cache
def blas_libraries() -> Any:
    """threadpoolctl's handle on the BLAS libraries loaded when first asked, numpy's
    among them (spaCy imports numpy before any pipeline loads).  A scan of the
    process's libraries costs about 30 ms, so it is made once; a BLAS loaded later (by
    another package) is not the one thinc's products go to."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController().select(user_api="blas")


@functools.cache
def numpy_blas_is_tuned() -> bool:
    """Whether numpy's BLAS is one that picks a kernel for this processor (not a
    reference BLAS, with which BLIS's products would be the faster)."""
    return any(info.get("internal_api") in TUNED_BLAS for info in blas_libraries().info())


def model_layers(nlp: Language) -> list[Any]:
    """Every thinc layer of ``nlp``'s components, disabled ones included."""
    return [
        node
        for _, component in nlp.components
        if (model := getattr(component, "model", None)) is not None
        for node in model.walk()
    ]


def use_numpy_blas(nlp: Language) -> None:
    """Have every layer of ``nlp`` multiply through numpy's BLAS, where that one is
    tuned (otherwise thinc's default, BLIS, stays)."""
    if not numpy_blas_is_tuned():
        return
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for node in model_layers(nlp):
        if isinstance(node.ops, NumpyOps):
            node.ops = ops


def uses_numpy_blas(nlp: Language) -> bool:
    """Whether every layer of ``nlp`` multiplies through numpy's BLAS."""
    layers = model_layers(nlp)
    return bool(layers) and all(getattr(node.ops, "use_blis", True) is False for node in layers)


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """Keep numpy's BLAS on one thread for the block, then restore its own setting."""
    with blas_libraries().limit(limits=1, user_api="blas"):
        yield
