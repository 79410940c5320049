"""Which inputs of ``dossier ingest`` are Parquet directories made by ``dossier extract
--format parquet`` (``dossier.cluster``), told apart without importing fsspec and
pyarrow, a tenth of a second of every ingest, unless one may be: a local folder is
one only if it holds the manifest, so only such a folder, or a URL, is read with
fsspec (``cluster.is_parquet_dir``)."""

from __future__ import annotations

import os
from collections.abc import Iterable

__all__ = ["MANIFEST", "may_be_parquet_dir", "split_parquet_dirs"]

MANIFEST = "manifest.json"  # the file a Parquet directory's run writes last


def split_parquet_dirs(paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """(Parquet directories made by dossier, every other input), each in order."""
    tables: list[str] = []
    others: list[str] = []
    for path in paths:
        (tables if may_be_parquet_dir(path) and is_parquet_dir(path) else others).append(path)
    return tables, others


def may_be_parquet_dir(path: str) -> bool:
    """False for a local path without a manifest file in it, which fsspec would find
    holds none; True for a URL, a path fsspec reads its own way ("~", "::") and a
    folder with a manifest, which ``cluster.is_parquet_dir`` then reads."""
    if ":" in path or path.startswith("~"):
        return True
    return os.path.isfile(os.path.join(path, MANIFEST))


def is_parquet_dir(path: str) -> bool:
    from dossier.cluster import is_parquet_dir as read_with_fsspec

    return read_with_fsspec(path)
