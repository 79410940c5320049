"""The Python API without a store: ``dossier.extract`` and ``dossier.extract_text``."""

from __future__ import annotations

import json
import types
from pathlib import Path

import pytest

import dossier
from conftest import Runner

REPORT = (
    "KHARTOUM, March 3 (Wire) - Sudan's army chief Abdel Fattah al-Burhan met the "
    "African Union envoy Moussa Faki in Khartoum on Monday. \u201cWe will not accept "
    "foreign troops on our soil,\u201d Burhan told reporters after the meeting.\n"
)


def test_extract_text_gives_the_extraction_of_one_article() -> None:
    found = dossier.extract_text(REPORT, doc="khartoum", published="2023-03-03")
    assert found.article.doc == "khartoum"
    assert found.article.published == "2023-03-03"
    names = {e.name for e in found.entities}
    assert "Abdel Fattah al-Burhan" in names and "Khartoum" in names
    [quote] = found.quotes
    assert quote.text.startswith("We will not accept foreign troops")
    assert found.to_exchange()["doc"] == "khartoum"


def test_a_town_the_actor_list_lacks_gets_its_country_before_the_events() -> None:
    """The places stage reads Rawalpindi as Pakistan's before the events are coded: the
    town's record carries its country, and a crowd storming a base there protests
    against Pakistan (not against the town)."""
    text = (
        "ISLAMABAD (Wire) - Pakistan's government deployed the army on Wednesday. Angry "
        "crowds stormed an army base in Rawalpindi, officials said.\n"
    )
    found = dossier.extract_text(text, doc="rawalpindi", published="2023-05-10")
    assert {e.name: e.country for e in found.entities}["Rawalpindi"] == "PAK"
    protests = [e for e in found.events if e.type == "PROTEST"]
    assert [e.target for e in protests] == ["Pakistan"], found.events


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Advertisement", "no article text left after cleaning"),
        ("  \n\n ", "no article text left after cleaning"),
    ],
)
def test_extract_text_refuses_a_text_with_no_article(text: str, reason: str) -> None:
    with pytest.raises(dossier.InputError, match=reason) as caught:
        dossier.extract_text(text, doc="ad")
    assert caught.value.source == "ad"


def test_extract_reports_failures_and_yields_the_rest_in_order(tmp_path: Path) -> None:
    (tmp_path / "b_report.txt").write_text(REPORT, "utf-8")
    (tmp_path / "a_advert.txt").write_text("Advertisement\n", "utf-8")
    heard: list[tuple[str, str]] = []
    run = dossier.extract(
        [tmp_path / "b_report.txt", tmp_path, tmp_path / "gone.txt"],
        progress=lambda source, outcome: heard.append((Path(source).name, outcome)),
    )
    docs = [extraction.article.doc for extraction in run]
    assert docs == ["b_report.txt", "b_report.txt"]  # the file, then again from its folder
    reasons = {Path(f.source).name: f.reason for f in run.report.failed}
    assert reasons == {
        "a_advert.txt": "no article text left after cleaning",
        "gone.txt": "no such file or directory",
    }
    assert heard == [("a_advert.txt", "failed"), ("gone.txt", "failed")]
    assert run.report.partial == []


def test_extract_records_are_what_the_command_writes(dossier_cli: Runner, tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(REPORT, "utf-8")
    [record] = list(dossier.extract([tmp_path / "report.txt"]).records())
    result = dossier_cli("extract", "report.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    assert json.loads(line) == json.loads(json.dumps(record))  # tuples written as lists


def test_the_public_names_are_exactly_the_ones_listed() -> None:
    public = {
        name
        for name, value in vars(dossier).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public == set(dossier.__all__) - {"__version__"}
    assert len(dossier.__all__) == len(set(dossier.__all__))
    assert {"open", "extract", "extract_text", "Dossier", "DossierError"} <= public


def test_the_version_is_the_installed_package_version() -> None:
    from importlib.metadata import version

    assert dossier.__version__ == version("dossier")
    assert dossier.__version__[0].isdigit()
