"""The language identifier, its model kept decompressed in dossier's cache.

py3langid ships its model as an LZMA-compressed ``.npz`` (4.5 MB) and decompresses
it in every process that identifies a language: about 0.4 s of a quiet core, paid
by each ``dossier extract`` and ``ingest`` before its first article.  The inner
``.npz`` is written once to the cache folder of the gazetteer
(``gazetteer_cache.cache_dir``) and read from there, arrays and all, in a fraction
of that.  The identifier built from it is the one py3langid builds (same arrays,
same constructor), so every text gets the same language and probability.

The file's name carries a key of the packaged model (its size and modification
time, and this module's layout number), so an upgrade of py3langid writes a new
one.  A cache that cannot be written or read is not an error: the identifier is
then built from the packaged model as before.
"""

from __future__ import annotations

import hashlib
import lzma
import shutil
from pathlib import Path
from typing import Any

__all__ = ["FORMAT", "cached_model_path", "language_identifier", "model_cache_path"]

FORMAT = 1  # bump when the cached file's layout changes


def model_cache_path(source: Path) -> Path:
    """Where the decompressed form of the packaged model ``source`` is kept."""
    from dossier.gazetteer_cache import cache_dir

    stat = source.stat()
    key = f"{FORMAT}|{source}|{stat.st_size}|{stat.st_mtime_ns}".encode()
    return cache_dir() / f"langid-{hashlib.sha256(key).hexdigest()[:16]}.npz"


def cached_model_path(source: Path) -> Path | None:
    """The decompressed model, written on first use; None if it cannot be written."""
    from dossier.gazetteer_cache import write_atomically

    try:
        path = model_cache_path(source)
        if path.is_file():
            return path
        with lzma.open(source) as packed:
            write_atomically(path, lambda out: shutil.copyfileobj(packed, out, length=1 << 20))
    except (OSError, lzma.LZMAError):
        return None
    return path


def language_identifier() -> Any:
    """py3langid's identifier with normalised probabilities, its model from the cache."""
    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import _to_array

    path = cached_model_path(MODEL_DIR / MODEL_FILE)
    if path is not None:
        try:
            with np.load(path, allow_pickle=False) as data:
                return LanguageIdentifier(
                    np.asarray(data["ptc"]),
                    np.asarray(data["pc"]),
                    data["classes"].tolist(),
                    _to_array(data["nextmove"]),
                    data["out_feat"].tolist(),
                    norm_probs=True,
                    tk_row=_to_array(data["nextmove_row"]),
                )
        except (OSError, ValueError, KeyError, EOFError):
            pass  # a damaged cache file: fall back to the packaged model
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
