"""English word frequencies from a compact table cached on disk.

``wordfreq`` costs every process about 0.5 s of a quiet core before its first answer
(importing it pulls in ftfy and langcodes; its word list is unpacked into a dict of
300,000 entries), and about 1 s on a busy one.  dossier only ever asks for the
frequency of single words, and nearly all of them are plain ASCII letters.  So the
Zipf value of every such word that wordfreq knows is computed once, by wordfreq itself,
and written as a sorted word list and an array of centi-Zipf values; a process reads
it in a few milliseconds and finds a word by bisection.  Any other word (digits,
accents, apostrophes, hyphens) is still asked of wordfreq, so every answer is the
one wordfreq gives.

The file sits beside the gazetteer's cache (see ``dossier.gazetteer_cache``) and its
name carries wordfreq's version; a cache that cannot be written or read is not an
error, the table is then built in memory as before.
"""

from __future__ import annotations

import re
import struct
from array import array
from bisect import bisect_left
from contextlib import suppress
from functools import cache, lru_cache
from importlib.metadata import version
from pathlib import Path

from dossier.gazetteer_cache import cache_dir, write_atomically

__all__ = ["ZipfTable", "english_zipf", "zipf"]

FORMAT = 1
PLAIN_WORD = re.compile(r"[a-z]+")  # one wordfreq token, spelled as its list spells it
HEADER = struct.Struct("<I")  # byte length of the word list that follows


class ZipfTable:
    """Zipf values of plain lower-case words, as wordfreq gives them (0 for unknown)."""

    def __init__(self, words: list[str], centi_zipf: array[int]) -> None:
        self.words = words
        self.centi_zipf = centi_zipf

    def zipf(self, word: str) -> float:
        index = bisect_left(self.words, word)
        if index < len(self.words) and self.words[index] == word:
            return self.centi_zipf[index] / 100
        return 0.0

    def to_bytes(self) -> bytes:
        listed = "\n".join(self.words).encode("ascii")
        return HEADER.pack(len(listed)) + listed + self.centi_zipf.tobytes()

    @classmethod
    def from_bytes(cls, data: bytes) -> ZipfTable:
        (length,) = HEADER.unpack_from(data)
        start = HEADER.size
        words = data[start : start + length].decode("ascii").split("\n")
        values = array("H")
        values.frombytes(data[start + length :])
        if len(values) != len(words):
            raise ValueError("word frequency table: lengths differ")
        return cls(words, values)


def english_zipf(word: str) -> float:
    """English Zipf frequency of lower-case ``word``, equal to wordfreq's answer."""
    if PLAIN_WORD.fullmatch(word):
        return plain_word_table().zipf(word)
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


@cache
def plain_word_table() -> ZipfTable:
    """The table from the cache file, or built from wordfreq and then cached."""
    path = cache_path()
    try:
        return ZipfTable.from_bytes(path.read_bytes())
    except (OSError, ValueError, struct.error, UnicodeDecodeError):
        pass
    table = built_table()
    with suppress(OSError):
        write_atomically(path, lambda out: out.write(table.to_bytes()))
    return table


def cache_path() -> Path:
    return cache_dir() / f"wordfreq-en-{version('wordfreq')}-{FORMAT}.bin"


def built_table() -> ZipfTable:
    """Every plain word of wordfreq's English list with the Zipf value wordfreq gives it."""
    from wordfreq import get_frequency_dict, zipf_frequency

    words = sorted(w for w in get_frequency_dict("en") if PLAIN_WORD.fullmatch(w))
    values = array("H", (round(zipf_frequency(w, "en") * 100) for w in words))
    return ZipfTable(words, values)


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """English Zipf frequency of ``word`` (0 when wordfreq does not know it)."""
    return english_zipf(word.lower())
