"""MinHash signatures of article texts and their LSH band keys, by which the merger
finds near-duplicate articles (``dossier.kb.merge``): datasketch's values, computed in
one pass, without importing datasketch."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

import numpy as np

__all__ = [
    "DUPLICATE_THRESHOLD",
    "LSH_BANDS",
    "LSH_ROWS",
    "NUM_PERM",
    "SHINGLE",
    "band_keys",
    "band_ranges",
    "permutations",
    "signature_values",
]

NUM_PERM = 64
MERSENNE_PRIME = np.uint64((1 << 61) - 1)  # datasketch's, for the same signatures
MAX_HASH = np.uint64((1 << 32) - 1)
DUPLICATE_THRESHOLD = 0.8  # estimated Jaccard similarity of word 4-gram sets
SHINGLE = 4


# The LSH bands datasketch's MinHashLSH picks for DUPLICATE_THRESHOLD and NUM_PERM (its
# optimal (bands, rows), found by integrating with scipy): kept here, since importing
# datasketch's LSH costs a second of scipy imports per process, paid by every ingest of a
# Parquet directory into a store that already holds documents; tests/test_merge.py checks
# them against datasketch.
LSH_BANDS, LSH_ROWS = 5, 11


def band_ranges() -> tuple[tuple[int, int], ...]:
    """The (start, end) slices of a signature that datasketch's LSH hashes as bands
    (``LSH_BANDS`` bands of ``LSH_ROWS`` values)."""
    return tuple((band * LSH_ROWS, (band + 1) * LSH_ROWS) for band in range(LSH_BANDS))


def band_keys(values: Any) -> list[int]:
    """One signed 64-bit key per LSH band of a signature (uint64 array): two documents
    are candidate duplicates when any band's values are all equal, so when a key is."""
    keys = []
    for band, (start, end) in enumerate(band_ranges()):
        data = bytes([band]) + np.ascontiguousarray(values[start:end], dtype="<u8").tobytes()
        digest = hashlib.blake2b(data, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


@cache
def permutations() -> Any:
    """datasketch's random permutations for ``NUM_PERM`` and its default seed (1), drawn
    as its ``MinHash._init_permutations`` draws them, once per process: importing
    datasketch itself costs most of a second of scipy imports, paid by every ingest."""
    generator = np.random.RandomState(1)
    pairs = [
        (
            generator.randint(1, MERSENNE_PRIME, dtype=np.uint64),
            generator.randint(0, MERSENNE_PRIME, dtype=np.uint64),
        )
        for _ in range(NUM_PERM)
    ]
    return np.array(pairs, dtype=np.uint64).T


def signature_values(text: str) -> Any:
    """The MinHash of the article's word 4-grams (its first 20,000 words), as the uint64
    array the store keeps: the ``hashvalues`` of a datasketch ``MinHash`` updated with
    every shingle."""
    words = re.findall(r"\w+", text.lower())[:20000]
    a, b = permutations()
    permuted = (shingle_hashes(shingles(words))[:, np.newaxis] * a + b) % MERSENNE_PRIME & MAX_HASH
    return np.minimum(np.full(NUM_PERM, MAX_HASH, dtype=np.uint64), permuted.min(axis=0))


def shingles(words: list[str]) -> set[bytes]:
    """The distinct runs of ``SHINGLE`` words, joined by a space, in UTF-8 (all the
    words as one run when there are fewer): each word encoded once, not once per run."""
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")}
    encoded = [word.encode("utf-8") for word in words]
    runs = [encoded[i:] for i in range(SHINGLE)]
    return set(map(b" ".join, zip(*runs, strict=False)))


def shingle_hashes(shingles: Iterable[bytes]) -> Any:
    """datasketch's default hash (the first 4 bytes of SHA-1, little-endian) of every
    shingle, as one uint64 array: the same values ``MinHash.update_batch`` computes,
    without a Python call and a tuple per shingle (every 20-byte digest kept whole
    and its first 4 bytes read in place)."""
    sha1 = hashlib.sha1
    digests = b"".join([sha1(s).digest() for s in shingles])
    return np.frombuffer(digests, dtype="<u4")[::5].astype(np.uint64)
