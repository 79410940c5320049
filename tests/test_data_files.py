"""The packaged data files are parsed once per install: the next process reads the
parsed data from the cache, and an edited file is never read stale."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from dossier.data_files import cached_data, load_data, parse_yaml

TEXT = "ferry_words: [ferry, barge, 'on']\nlimits: {crossings: 4}\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    return tmp_path


def counting(text: str, calls: list[str]) -> Any:
    def parse() -> Any:
        calls.append(text)
        return parse_yaml(text, "ferries.yaml")

    return parse


def test_a_file_is_parsed_once_and_then_read_from_the_cache(cache: Path) -> None:
    calls: list[str] = []
    first = cached_data("ferries.yaml", TEXT, counting(TEXT, calls))
    again = cached_data("ferries.yaml", TEXT, counting(TEXT, calls))
    assert first == again == {"ferry_words": ["ferry", "barge", "on"], "limits": {"crossings": 4}}
    assert len(calls) == 1
    assert len(list(cache.glob("data/*.marshal"))) == 1


def test_an_edited_file_is_parsed_again(cache: Path) -> None:
    calls: list[str] = []
    cached_data("ferries.yaml", TEXT, counting(TEXT, calls))
    edited = TEXT.replace("barge", "raft")
    assert cached_data("ferries.yaml", edited, counting(edited, calls))["ferry_words"][1] == "raft"
    assert len(calls) == 2


def test_data_the_cache_cannot_hold_exactly_is_parsed_each_time(cache: Path) -> None:
    calls: list[str] = []
    dated = "opened: 2031-05-04\n"  # YAML reads a date object, which marshal cannot hold
    for _ in range(2):
        data = cached_data("ferries.yaml", dated, counting(dated, calls))
        assert data == {"opened": datetime.date(2031, 5, 4)}
    assert len(calls) == 2
    assert not list(cache.glob("data/*.marshal"))


def test_a_damaged_cache_file_is_parsed_again_not_an_error(cache: Path) -> None:
    calls: list[str] = []
    cached_data("ferries.yaml", TEXT, counting(TEXT, calls))
    (damaged,) = cache.glob("data/*.marshal")
    damaged.write_bytes(b"\x00not marshal")
    assert cached_data("ferries.yaml", TEXT, counting(TEXT, calls))["limits"] == {"crossings": 4}
    assert len(calls) == 2


def test_every_packaged_file_reads_back_from_the_cache_as_parsed(cache: Path) -> None:
    names = ["boilerplate.yaml", "actors.yaml", "grammar.yaml", "events.yaml", "speech.yaml"]
    parsed = {}
    for name in names:
        load_data.cache_clear()
        parsed[name] = load_data(name)
    load_data.cache_clear()
    try:
        assert all(load_data(name) == parsed[name] for name in names)
        assert len(list(cache.glob("data/*.marshal"))) == len(names)
    finally:
        load_data.cache_clear()
