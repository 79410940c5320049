"""Talks or a deal that are "their" own (issue 16): "Their second summit was in
Bogota" is between the sides of the latest talks or deal the article told
(``noun_roles`` frame ``their_parley``).  Every sentence was written for these tests
(real leaders and countries, invented meetings); none is taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

THEIR_PARLEYS = [
    pytest.param(
        "Emmanuel Macron met Olaf Scholz in Paris in May. Their next summit was held in Hamburg.",
        ("CONSULT", "Emmanuel Macron", "Olaf Scholz"),
        True,
        id="their_summit_is_between_the_two_who_met",
    ),
    pytest.param(
        "Chile and Peru signed a fishing accord in March. Their talks resumed in Lima in June.",
        ("CONSULT", "Chile", "Peru"),
        True,
        id="their_talks_after_a_deal_told_just_before",
    ),
    pytest.param(
        "Chile and Peru signed a fishing accord in March. Prices of anchovy rose sharply. "
        "Farm unions said their meeting in Lima went well.",
        ("CONSULT", "Chile", "Peru"),
        False,
        id="talks_told_two_sentences_back_are_not_recalled",
    ),
    pytest.param(
        "Their talks with Ghana resumed in Accra.",
        ("CONSULT", None, "Ghana"),
        True,
        id="nothing_told_before_the_phrase_names_the_side",
    ),
    pytest.param(
        "President Emmanuel Macron and Chancellor Olaf Scholz ended their summit in Berlin.",
        ("CONSULT", "Emmanuel Macron", "Olaf Scholz"),
        True,
        id="their_summit_is_between_the_parties_of_its_clause_subject",
    ),
    pytest.param(
        "The rebels and the army met in Geneva. Their talks collapsed.",
        ("CONSULT", None, None),
        False,
        id="no_sides_told_before_no_talks",
    ),
    pytest.param(
        "Togo and Benin signed a trade deal in Lome. Their talks with Ghana resumed in Accra.",
        ("CONSULT", "Togo", "Benin"),
        False,
        id="talks_naming_their_other_side_recall_none",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), THEIR_PARLEYS)
def test_their_parley_is_coded_or_not(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
