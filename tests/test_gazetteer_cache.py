"""The gazetteer's on-disk cache: written once, read back the same, never a failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.gazetteer_cache import cache_dir, cached_gazetteer, read_cache, write_cache
from dossier.places import Candidate, Gazetteer


def small_gazetteer() -> Gazetteer:
    return Gazetteer(
        names={
            "vellmar": (
                Candidate("Vellmar", "DEU", "Hesse", 51.35, 9.47, "city"),
                Candidate("Vellmar", "AUT", None, 47.1, 13.2, "city"),
            ),
            "ostrava": (Candidate("Ostrava", "CZE", "Moravia", 49.83, 18.28, "city"),),
        },
        capitals=frozenset({("CZE", "prague")}),
    )


def test_a_cached_index_reads_back_the_same_places(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.marshal"
    assert write_cache(path, small_gazetteer())
    cached = read_cache(path)
    assert cached is not None
    assert cached.names["vellmar"] == small_gazetteer().names["vellmar"]
    assert cached.names.get("ostrava", ())[0].admin1 == "Moravia"
    assert cached.names.get("nowhere", ()) == ()
    assert "ostrava" in cached.names and len(cached.names) == 2
    assert cached.capitals == small_gazetteer().capitals


def test_the_first_use_builds_and_the_second_reads_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    builds: list[int] = []

    def build() -> Gazetteer:
        builds.append(1)
        return small_gazetteer()

    first = cached_gazetteer(build)
    second = cached_gazetteer(build)
    assert len(builds) == 1
    assert next(p.name for p in tmp_path.iterdir()).startswith("gazetteer-")
    assert first.names["ostrava"] == second.names["ostrava"]


def test_a_damaged_or_unwritable_cache_falls_back_to_building(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    cached_gazetteer(small_gazetteer)
    (cached,) = tmp_path.iterdir()
    cached.write_bytes(b"\x00not a marshal file")
    assert cached_gazetteer(small_gazetteer).names["ostrava"][0].country == "CZE"

    blocked = tmp_path / "a-file-not-a-directory"
    blocked.write_text("x")
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(blocked))
    assert cache_dir() == blocked
    assert cached_gazetteer(small_gazetteer).names["vellmar"][1].country == "AUT"


def test_the_countries_are_read_back_as_the_package_gives_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Capitals and regions come from a small cache file, the same as the package's."""
    import countrystatecity_countries as csc

    from dossier.gazetteer_cache import country_rows

    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    country_rows.cache_clear()
    try:
        built = country_rows()
        assert list(tmp_path.glob("countries-*.marshal"))
        country_rows.cache_clear()
        read = country_rows()
    finally:
        country_rows.cache_clear()
    assert read == built
    package = {c.iso3: c for c in csc.get_countries()}
    assert next(row for row in read if row[0] == "KEN") == (
        "KEN",
        "Nairobi",
        "Africa",
        "Eastern Africa",
    )
    assert len(read) == len(package)
    assert all((package[iso3].capital or "") == capital for iso3, capital, _, _ in read)
