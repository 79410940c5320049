"""The events data file is validated when loaded: a misspelt key is an error that names
the file, the key and the fix, never a silently empty word list (issue 15)."""

from __future__ import annotations

from typing import Any

import pytest

from dossier.errors import DataError, DossierError
from dossier.events.triggers import event_lexicon, known_keys, role_preps, validate_events_data
from dossier.lexicon import load_data


def packaged() -> dict[str, Any]:
    return dict(load_data("events.yaml"))


def test_the_packaged_file_is_valid_and_every_key_is_read() -> None:
    data = packaged()
    assert validate_events_data(data) is data
    assert set(data) <= known_keys()
    lexicon = event_lexicon()
    assert "stab" in lexicon.verbs and lexicon.preps.aimed >= {"at", "against"}


def test_a_misspelt_key_is_refused_with_its_name() -> None:
    data = {**packaged(), "experiencer_prep": ["by"]}  # the real key ends in "s"
    with pytest.raises(DataError, match=r"events.yaml: unknown key\(s\) 'experiencer_prep'"):
        validate_events_data(data)


def test_triggers_under_an_undefined_type_are_refused() -> None:
    data = packaged()
    data = {**data, "triggers": {**data["triggers"], "ASSUALT": ["strike"]}}
    with pytest.raises(DataError, match=r"undefined type.*ASSUALT"):
        validate_events_data(data)


def test_a_word_list_written_as_one_word_is_refused() -> None:
    with pytest.raises(DataError, match="'failures' must be a list"):
        validate_events_data({**packaged(), "failures": "fail"})


@pytest.mark.parametrize(
    ("preps", "message"),
    [
        ({"aimed": ["at"]}, "lacks"),
        ({**packaged()["preps"], "aiming": ["at"]}, r"unknown role.*aiming"),
    ],
)
def test_role_prepositions_must_name_every_role_and_no_other(
    preps: dict[str, list[str]], message: str
) -> None:
    with pytest.raises(DataError, match=message):
        role_preps({"preps": preps})


def test_data_errors_are_dossier_errors() -> None:
    assert issubclass(DataError, DossierError)
