"""The gazetteer, cached on disk in a fast binary form after its first build.

Reading countrystatecity-countries into a name index takes about 2 s of a quiet
core (7 s on a busy one), in every process that geocodes: each ``dossier``
command and each worker.  The index is written once, on first use, as a
``marshal`` file (about 11 MB) of each name's rows, as bytes of their own, that loads
in a twentieth of a second; a name's rows are read, and its candidate places made,
only when it is looked up.

The file lives in ``$DOSSIER_CACHE_DIR``, else ``$XDG_CACHE_HOME/dossier``, else
``~/.cache/dossier``.  Its name carries a key of everything the index depends on
(the gazetteer package's version, the source of ``dossier.places``, the Python
version), so an upgrade or an edit of the geocoder builds a new one.  A cache that
cannot be written or read is not an error: the index is then built as before.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import suppress
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from dossier.places import Candidate, Gazetteer

__all__ = [
    "FORMAT",
    "CandidateIndex",
    "CandidateRow",
    "CountryRow",
    "cache_dir",
    "cache_key",
    "cache_path",
    "cached_gazetteer",
    "country_rows",
    "marshalled",
    "read_cache",
    "write_atomically",
    "write_cache",
]

CandidateRow = tuple[str, str, "str | None", float, float, str]
CountryRow = tuple[str, str, str, str]  # ISO3, capital, region, subregion ("" if none)
FORMAT = 2  # bump when the file's layout changes


class CandidateIndex(Mapping[str, "tuple[Candidate, ...]"]):
    """Normalized name → candidate places, made from cached rows on first lookup.

    Each name's rows are kept as their own ``marshal`` bytes until it is looked up:
    reading 135,000 names with their bytes takes about a quarter of the time of
    reading all 158,000 rows as tuples, and an article looks up a few dozen names."""

    def __init__(self, rows: dict[str, bytes]) -> None:
        self._rows = rows
        self._made: dict[str, tuple[Candidate, ...]] = {}

    def __getitem__(self, key: str) -> tuple[Candidate, ...]:
        made = self._made.get(key)
        if made is None:
            from dossier.places import Candidate

            rows: tuple[CandidateRow, ...] = marshal.loads(self._rows[key])
            made = tuple(Candidate(*row) for row in rows)  # type: ignore[arg-type]
            self._made[key] = made
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, key: object) -> bool:
        return key in self._rows


def cache_dir() -> Path:
    """Where dossier keeps files it can rebuild at any time."""
    configured = os.environ.get("DOSSIER_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "dossier"


def cache_key() -> str:
    """A digest of what the index is built from and how."""
    import dossier.places

    digest = hashlib.sha256()
    digest.update(f"{FORMAT}|{gazetteer_version()}|{sys.version_info[:2]}|".encode())
    digest.update(Path(dossier.places.__file__).read_bytes())
    return digest.hexdigest()[:16]


def gazetteer_version() -> str:
    """countrystatecity-countries' version, read from its metadata: importing the
    package to ask costs a tenth of a second of its data models."""
    from importlib.metadata import version

    return version("countrystatecity-countries")


@cache
def country_rows() -> tuple[CountryRow, ...]:
    """Every country of countrystatecity-countries as (ISO3, capital, region,
    subregion), from a small cache file beside the gazetteer's (written on first use),
    so that the actor lexicon's capitals and the epithets' regions need not import it."""
    path = cache_dir() / f"countries-{FORMAT}-{gazetteer_version()}.marshal"
    rows: tuple[CountryRow, ...] = marshalled(path, read_country_rows)
    return rows


def read_country_rows() -> tuple[CountryRow, ...]:
    import countrystatecity_countries as csc

    return tuple(
        (c.iso3, c.capital or "", c.region or "", c.subregion or "") for c in csc.get_countries()
    )


def marshalled(path: Path, build: Callable[[], Any]) -> Any:
    """The data kept in the ``marshal`` file at ``path``, or ``build()``'s, then written
    there if ``marshal`` gives it back exactly (a tuple stays a tuple; a date it cannot
    hold); a file that cannot be read or written is not an error."""
    with suppress(OSError, EOFError, ValueError, TypeError):
        return marshal.loads(path.read_bytes())
    data = build()
    with suppress(OSError, ValueError):
        encoded = marshal.dumps(data)
        if marshal.loads(encoded) == data:
            write_atomically(path, lambda out: out.write(encoded))
    return data


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-{cache_key()}.marshal"


def cached_gazetteer(build: Callable[[], Gazetteer]) -> Gazetteer:
    """The gazetteer from the cache file, or built by ``build`` and then cached."""
    path = cache_path()
    loaded = read_cache(path)
    if loaded is not None:
        return loaded
    built = build()
    write_cache(path, built)
    return built


def read_cache(path: Path) -> Gazetteer | None:
    """The cached gazetteer, or None if the file is missing or unreadable."""
    from dossier.places import Gazetteer

    try:
        rows, capitals = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return Gazetteer(names=CandidateIndex(rows), capitals=frozenset(capitals))


def write_cache(path: Path, gazetteer: Gazetteer) -> bool:
    """Write ``gazetteer`` atomically (concurrent workers never read half a file)."""
    rows = {
        key: marshal.dumps(
            tuple((c.name, c.country, c.admin1, c.lat, c.lon, c.level) for c in candidates)
        )
        for key, candidates in gazetteer.names.items()
    }
    data = marshal.dumps((rows, tuple(sorted(gazetteer.capitals))))
    try:
        write_atomically(path, lambda out: out.write(data))
    except OSError:
        return False
    return True


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Fill ``path`` through ``write`` on a temporary file beside it, then move that into
    place: a concurrent reader never sees half a file, and a failed write leaves none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
