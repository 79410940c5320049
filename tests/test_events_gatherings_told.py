"""Classes of issue 16, cv17: talks told as taking place and aid told as arriving
(events/gatherings_told.py), cooperation grown by the verbs that raise it."""

from __future__ import annotations

import pytest

from conftest import coded, events_of
from dossier.entities import EntityFinder


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "Talks opened on Thursday in Asuncion between Paraguayan and Bolivian envoys.",
            "Paraguay",
            "Bolivia",
        ),
        (
            "A second round of talks got under way in Dushanbe with Tajik and Kyrgyz envoys.",
            "Tajikistan",
            "Kyrgyzstan",
        ),
    ],
)
def test_talks_told_held_with_their_parties_on_the_verb(
    text: str, source: str, target: str, finder: EntityFinder
) -> None:
    assert ("CONSULT", source, target) in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "A third round of talks kicked off on Tuesday in Accra.",
        "The negotiations in Montevideo ended on Friday without a deal.",
        "The summit was held in Apia over two days.",
        "Talks resumed in Bishkek after a month-long pause.",
    ],
)
def test_talks_told_held_with_no_party_stand_only_unattributed(
    text: str, finder: EntityFinder
) -> None:
    assert not any(e.type == "CONSULT" for e in events_of(text, finder))
    found = events_of(text, finder, unattributed=True)
    assert any(e.type == "CONSULT" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Talks could open in Asuncion next month, officials said.",
        "The negotiations in Montevideo collapsed on Friday.",
        "Officials hope the talks will resume in Accra soon.",
        "The meeting did not take place in Apia.",
    ],
)
def test_talks_not_told_held_stand_not_even_unattributed(text: str, finder: EntityFinder) -> None:
    assert not any(e.type == "CONSULT" for e in events_of(text, finder, unattributed=True))


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Emergency aid from New Zealand arrived in Nuku'alofa on Sunday.", "New Zealand", "Tonga"),
        ("A shipment of Chilean aid reached Bolivia on Monday.", "Chile", None),
        ("Relief aid from Japan landed in Suva on Tuesday.", "Japan", "Fiji"),
        ("Humanitarian aid began arriving in Kabul on Saturday.", None, "Afghanistan"),
        ("Foreign aid was flowing to Haiti by Friday.", None, "Haiti"),
    ],
)
def test_aid_told_arriving_is_given(
    text: str, source: str | None, target: str | None, finder: EntityFinder
) -> None:
    found = {(e.type, e.source, e.target) for e in events_of(text, finder, unattributed=True)}
    assert any(
        k == "AID" and (source is None or s == source) and (target is None or t == target)
        for k, s, t in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Aid trucks from Turkey could not enter Idlib on Friday.",
        "A convoy of armoured trucks from Turkey entered Idlib on Friday.",
    ],
)
def test_aid_not_told_arriving_is_none(text: str, finder: EntityFinder) -> None:
    assert not any(
        e.type == "AID" and not e.negated for e in events_of(text, finder, unattributed=True)
    )


def test_aid_arriving_through_a_country_is_not_aid_to_it(finder: EntityFinder) -> None:
    found = events_of("Food aid came in through Chile last week.", finder, unattributed=True)
    assert not any(e.type == "AID" and e.target == "Chile" for e in found)


def test_aid_only_expected_to_arrive_goes_to_no_place(finder: EntityFinder) -> None:
    found = events_of("Aid from Japan is expected to reach Suva next week.", finder)
    assert not any(e.type == "AID" and e.target == "Fiji" for e in found)


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "Uruguay stepped up its collaboration with Brazil's federal police last year.",
            "Uruguay",
            "Brazil",
        ),
        (
            "Panama has bolstered security cooperation with Colombia along the border.",
            "Panama",
            "Colombia",
        ),
        ("Ecuador intensified its cooperation with Peru against smugglers.", "Ecuador", "Peru"),
    ],
)
def test_cooperation_grown_is_cooperate(
    text: str, source: str, target: str, finder: EntityFinder
) -> None:
    assert ("COOPERATE", source, target) in coded(text, finder)


def test_cooperation_grown_only_in_a_plan_is_not_done(finder: EntityFinder) -> None:
    found = coded("Ecuador agreed to intensify its cooperation with Peru.", finder)
    assert ("COOPERATE", "Ecuador", "Peru") not in found


@pytest.mark.parametrize(
    "text, source, target",
    [
        (
            "Peruvian troops oversaw the delivery of Chilean aid to Bolivia on Monday.",
            "Chile",
            "Bolivia",
        ),
        (
            "The Red Crescent began the distribution of Turkish aid in Idlib on Friday.",
            "Turkey",
            "Syria",
        ),
        ("The army completed the delivery of humanitarian aid to Haiti.", None, "Haiti"),
    ],
)
def test_aid_told_delivered_is_given(
    text: str, source: str | None, target: str, finder: EntityFinder
) -> None:
    assert ("AID", source, target) in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "Militias blocked the delivery of aid to Haiti on Monday.",
        "The UN demanded the delivery of aid to Haiti.",
        "Peruvian troops might oversee the delivery of aid to Haiti next month.",
    ],
)
def test_aid_delivery_kept_from_happening_is_no_aid(text: str, finder: EntityFinder) -> None:
    found = events_of(text, finder, unattributed=True)
    assert not any(e.type == "AID" and e.target == "Haiti" and not e.negated for e in found)


def test_a_joint_bid_with_partners_is_cooperation(finder: EntityFinder) -> None:
    found = coded("Kazakhstan launched a joint bid with Uzbekistan to host the 2034 games.", finder)
    assert ("COOPERATE", "Kazakhstan", "Uzbekistan") in found


def test_a_joint_programme_of_one_party_is_no_cooperation(finder: EntityFinder) -> None:
    found = coded("Kenya launched a joint programme of three ministries.", finder)
    assert not any(kind == "COOPERATE" for kind, _, _ in found)
