"""Hyphenated pairs before a nominal trigger ("the Kenya-Somalia talks")."""

from __future__ import annotations

from dossier.nlp import load_pipeline
from dossier.syntax.phrases import hyphen_pair_before


def pair_before(text: str, noun: str) -> tuple[str, str] | None:
    doc = load_pipeline()(text)
    token = next(t for t in doc if t.text == noun)
    pair = hyphen_pair_before(token)
    return None if pair is None else (pair[0].text, pair[1].text)


def test_two_names_joined_by_a_hyphen_are_a_pair() -> None:
    assert pair_before("Officials said the Kenya-Somalia talks would resume soon.", "talks") == (
        "Kenya",
        "Somalia",
    )


def test_a_spaced_dash_joins_no_pair() -> None:
    spaced = "Officials said the Kenya - Somalia talks would resume soon."
    assert pair_before(spaced, "talks") is None


def test_a_noun_with_no_compound_has_no_pair() -> None:
    assert pair_before("The talks between Kenya and Somalia resumed.", "talks") is None
