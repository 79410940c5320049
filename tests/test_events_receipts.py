"""Aid told from the receiving end (``dossier.events.receipts``): the from-phrase
gives, the subject receives. Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import events_of
from dossier.entities import EntityFinder


def aid(text: str, finder: EntityFinder) -> set[tuple[str | None, str | None]]:
    return {(e.source, e.target) for e in events_of(text, finder) if e.type == "AID"}


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Ukraine received weapons from Poland.", "Poland", "Ukraine"),
        ("Kenya received a grant from Japan.", "Japan", "Kenya"),
        ("Pakistan received funding from China.", "China", "Pakistan"),
        ("Ukraine got $2 billion from the European Union.", "European Union", "Ukraine"),
        ("Russia has received missiles from North Korea, officials said.", "North Korea", "Russia"),
    ],
)
def test_the_from_phrase_gives_and_the_subject_receives(
    text: str, giver: str, receiver: str, finder: EntityFinder
) -> None:
    assert aid(text, finder) == {(giver, receiver)}


def test_asylum_received_is_given_by_the_state_of_the_place(finder: EntityFinder) -> None:
    assert aid("The chess player Sara Khadem received asylum in Spain.", finder) == {
        ("Spain", "Sara Khadem")
    }
    assert aid("The singer Amira Haddad obtained asylum in France in 2021.", finder) == {
        ("France", "Amira Haddad")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Egypt received a letter from Sudan on Monday.",
        "The mayor of Quito received three envoys from Chile.",
        "Brazil received the news from Argentina calmly.",
    ],
)
def test_receiving_no_aid_word_is_no_aid(text: str, finder: EntityFinder) -> None:
    assert aid(text, finder) == set()
