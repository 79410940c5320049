"""The body an article calls a person's own stands for "the party of X" (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from conftest import events_of
from dossier.entities import EntityFinder


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # "his" standing for the person
        (
            "Mohamed Bazoum led his Nigerien Party for Democracy and Socialism for a decade. "
            "In July the junta dissolved the party of Mohamed Bazoum.",
            "Nigerien Party for Democracy and Socialism",
        ),
        # the person's name as possessor, after the phrase or before it
        (
            "Niger's junta banned the party of ex-President Mohamed Bazoum. Bazoum's "
            "Nigerien Party for Democracy and Socialism had ruled since 2011.",
            "Nigerien Party for Democracy and Socialism",
        ),
        (
            "Thaksin Shinawatra's Thai Rak Thai Party won the 2005 election. A court later "
            "dissolved the party of former Prime Minister Thaksin Shinawatra.",
            "Thai Rak Thai Party",
        ),
    ],
)
def test_the_party_of_a_person_is_the_party_the_article_calls_theirs(
    text: str, party: str, finder: EntityFinder
) -> None:
    targets = [e.target for e in events_of(text, finder) if e.type == "COERCE"]
    assert targets == [party]


def test_a_party_named_as_someone_elses_is_not_the_persons(finder: EntityFinder) -> None:
    text = (
        "Ousmane Sonko's Pastef party won the vote. The court banned the party of former "
        "President Macky Sall."
    )
    assert all(e.target != "Pastef" for e in events_of(text, finder))
