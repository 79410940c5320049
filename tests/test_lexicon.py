"""Every data file is checked against its schema; a user folder overlays the packaged files."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
import yaml

from dossier.errors import DataError
from dossier.lexicon import load_data, month_numbers
from dossier.quotes import speech_lexicon
from dossier.schemas import SCHEMAS, VALIDATED_ELSEWHERE, validate
from dossier.syntax.words import grammar_words

DATA = resources.files("dossier.data")


def data_files() -> list[str]:
    return sorted(p.name for p in DATA.iterdir() if p.name.endswith((".yaml", ".yml", ".json")))


@pytest.fixture
def fresh_data() -> Iterator[None]:
    """Data caches emptied before and after, so a test's user folder is read and forgotten."""

    def clear() -> None:
        for cached in (load_data, month_numbers, grammar_words, speech_lexicon):
            cached.cache_clear()

    clear()
    yield
    clear()


def test_every_data_file_has_a_schema_or_names_its_own_validator() -> None:
    missing = [n for n in data_files() if n not in SCHEMAS and n not in VALIDATED_ELSEWHERE]
    assert missing == []


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_packaged_data_file_fits_its_schema(name: str) -> None:
    text = DATA.joinpath(name).read_text("utf-8")
    data = json.loads(text) if name.endswith(".json") else yaml.safe_load(text)
    validate(name, data)


def test_a_misspelt_key_is_refused_with_the_file_and_the_key() -> None:
    data = yaml.safe_load(DATA.joinpath("speech.yaml").read_text("utf-8"))
    data["say_objcet"] = data.pop("say_object")
    with pytest.raises(DataError) as caught:
        validate("speech.yaml", data)
    message = str(caught.value)
    assert message.startswith("speech.yaml: unknown key 'say_objcet'")
    assert "did you mean 'say_object'?" in message


def test_a_misspelt_nested_key_names_its_path() -> None:
    data = yaml.safe_load(DATA.joinpath("actors.yaml").read_text("utf-8"))
    data["actors"][2]["sectr"] = "REB"
    with pytest.raises(DataError, match=r"actors.yaml: unknown key 'actors\[2\].sectr'"):
        validate("actors.yaml", data)


def test_a_wrong_type_is_refused_with_the_key() -> None:
    data = yaml.safe_load(DATA.joinpath("dates.yaml").read_text("utf-8"))
    data["prepositions"] = "on"
    with pytest.raises(DataError, match="key 'prepositions' must be a list, not 'on'"):
        validate("dates.yaml", data)


def test_a_bare_on_read_as_a_boolean_is_refused() -> None:
    data = yaml.safe_load("prepositions: [in, on, at]")
    with pytest.raises(DataError, match=r"prepositions\[1\]' is True.*quote the word"):
        validate("dates.yaml", data)


def test_a_user_folder_adds_words_to_a_data_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_data: None
) -> None:
    (tmp_path / "speech.yaml").write_text("say: [opine, harrumph]\n", encoding="utf-8")
    monkeypatch.setenv("DOSSIER_DATA", str(tmp_path))
    words = speech_lexicon()
    assert {"opine", "harrumph", "say", "tell"} <= words.say  # ours kept, theirs added
    assert words.min_quote_words == 3


def test_a_user_folder_replaces_a_list_when_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_data: None
) -> None:
    (tmp_path / "grammar.yaml").write_text(
        "replace: [light_verbs]\nlight_verbs: [make]\nstance_nouns: [scheme]\n", encoding="utf-8"
    )
    monkeypatch.setenv("DOSSIER_DATA", str(tmp_path))
    words = grammar_words()
    assert words.light_verbs == frozenset({"make"})
    assert {"scheme", "plan"} <= words.stance_nouns


def test_a_user_file_with_a_misspelt_key_names_the_user_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_data: None
) -> None:
    (tmp_path / "speech.yaml").write_text("sya: [opine]\n", encoding="utf-8")
    monkeypatch.setenv("DOSSIER_DATA", str(tmp_path))
    with pytest.raises(DataError, match=f"{tmp_path / 'speech.yaml'}: unknown key 'sya'"):
        load_data("speech.yaml")


def test_the_one_month_list_gives_names_and_abbreviations() -> None:
    months = month_numbers()
    assert (months["january"], months["sept"], months["may"], months["dec"]) == (1, 9, 5, 12)
    assert sorted(set(months.values())) == list(range(1, 13))
