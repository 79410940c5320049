"""``--workers N``: whole articles extracted in forked processes, same output as one process.

The articles are ``tests/fixtures/scale/``, written for these tests.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import FIXTURES, Runner
from dossier import parallel
from dossier.errors import DossierError
from dossier.ingest import prepare_article, read_inputs
from dossier.models import Article, Extraction, RawInput
from dossier.pipeline import Extractor

SCALE = FIXTURES / "scale"
needs_two_cores = pytest.mark.skipif(parallel.usable_cores() < 2, reason="needs 2 CPU cores")


def own_articles() -> list[Article]:
    return [prepare_article(item) for item in read_inputs([str(SCALE)])]  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def serial() -> list[Extraction]:
    return list(Extractor().extract(own_articles()))


@needs_two_cores
def test_two_workers_give_the_same_records_in_input_order(serial: list[Extraction]) -> None:
    extractor = Extractor(workers=2)
    try:
        forked = list(extractor.extract(own_articles() * 3))
    finally:
        assert extractor.pool is not None
        extractor.pool.close()
    assert [e.to_exchange() for e in forked] == [e.to_exchange() for e in serial] * 3
    assert sum(len(e.events) for e in serial) > 5


extract_chunk = parallel.extract_chunk


def die_on_doomed(chunk: list[Article]) -> list[Extraction]:
    if any(a.doc == "doomed" for a in chunk):
        os._exit(1)  # a worker killed in the middle of its task
    return extract_chunk(chunk)


@needs_two_cores
def test_a_worker_killed_mid_run_loses_no_article(
    serial: list[Extraction], monkeypatch: pytest.MonkeyPatch
) -> None:
    doomed = prepare_article(
        RawInput("doomed", "doomed", "Police in Lyon arrested two men on Friday.", "txt")
    )
    articles = [*own_articles(), doomed, *own_articles()]
    monkeypatch.setattr(parallel, "CHUNK_ARTICLES", 2)
    extractor = Extractor(workers=2)
    assert extractor.pool is not None
    monkeypatch.setattr(parallel, "extract_chunk", die_on_doomed)
    try:
        out = list(extractor.extract(articles))
    finally:
        extractor.pool.close()
    assert [e.article.doc for e in out] == [a.doc for a in articles]
    assert out[-1].to_exchange() == serial[-1].to_exchange()
    assert "Lyon" in {e.name for e in out[len(serial)].entities}


def test_more_workers_than_cores_is_refused_with_the_fix(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parallel, "usable_cores", lambda: 2)
    with pytest.raises(DossierError, match="use --workers 2 or fewer"):
        parallel.check_workers(3)
    parallel.check_workers(2)


def test_the_command_refuses_more_workers_than_cores(dossier_cli: Runner, tmp_path: Path) -> None:
    too_many = parallel.usable_cores() + 1
    result = dossier_cli("extract", SCALE / "trade_deal.txt", "--workers", too_many, cwd=tmp_path)
    assert result.returncode == 1
    assert f"--workers {too_many}" in result.stderr and "or fewer" in result.stderr
    assert "Traceback" not in result.stderr
