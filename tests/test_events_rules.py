"""Roles, negation, meetings and false positives of issue 16, one class per table row
group, each with sentences of different texts written for these tests."""

from __future__ import annotations

import pytest

from conftest import Coded, coded, events_of
from dossier.entities import EntityFinder

FOUND: list[tuple[str, set[Coded]]] = [
    # multi-party meetings: the parties named through their ministers, each with each
    (
        "The Arctic talks in Tromso gathered ministers from Iceland, Finland and Sweden.",
        {
            ("CONSULT", "Iceland", "Finland"),
            ("CONSULT", "Finland", "Sweden"),
            ("CONSULT", "Sweden", "Iceland"),
        },
    ),
    (
        "The summit in Nairobi brought together envoys from Kenya, Uganda and Tanzania.",
        {("CONSULT", "Kenya", "Uganda"), ("CONSULT", "Tanzania", "Kenya")},
    ),
    (
        "Ministers from Chile, Peru and Bolivia met in Lima on Friday.",
        {("CONSULT", "Chile", "Peru"), ("CONSULT", "Bolivia", "Chile")},
    ),
    # a negated stance is the refusal it states
    (
        "Hun Sen said he does not recognize the Electoral Commission.",
        {("REJECT", "Hun Sen", "Electoral Commission")},
    ),
    ("The Gambia did not back Senegal's motion at the summit.", {("REJECT", "Gambia", "Senegal")}),
    # accusations by charge or lawsuit, also with the accuser unnamed
    ("Peru charged Juan Soto with robbery.", {("ACCUSE", "Peru", "Juan Soto")}),
    ("Juan Soto, who is accused of fraud, fled to Chile.", {("ACCUSE", None, "Juan Soto")}),
    (
        "The Red Cross of Chile filed a lawsuit against Bolivia.",
        {("ACCUSE", "Red Cross", "Bolivia")},
    ),
    (
        "Fishermen from Tonga filed complaints against Fiji over the new quotas.",
        {("ACCUSE", "Tonga", "Fiji")},
    ),
    # the recipient hung on the thing given or levied
    ("Japan donated water pumps to Sri Lanka in June.", {("AID", "Japan", "Sri Lanka")}),
    ("Norway sent weapons to Ukraine.", {("AID", "Norway", "Ukraine")}),
    (
        "President Luis Arce levied 25% tariffs on steel imports from Canada.",
        {("SANCTION", "Luis Arce", "Canada")},
    ),
    # a conviction overturned, a party dissolved
    (
        "Chile's Supreme Court overturned the conviction of Juan Soto.",
        {("CONCEDE", "Chile's Supreme Court", "Juan Soto")},
    ),
    (
        "A court in Quito quashed the conviction of Rosa Diaz.",
        {("CONCEDE", "Ecuador", "Rosa Diaz")},
    ),
    (
        "The Sudanese army dissolved the National Umma Party.",
        {("COERCE", "Sudan", "National Umma Party")},
    ),
    # a stance received: the of/from phrase acts, the subject (or its owner) receives it
    ("The proposed water deal also has the backing of India.", {("SUPPORT", "India", None)}),
    (
        "Bolivia's new law received strong support from Brazil.",
        {("SUPPORT", "Brazil", "Bolivia")},
    ),
    (
        "Peru faced condemnation from Ecuador over the raid.",
        {("ACCUSE", "Ecuador", "Peru")},
    ),
    # a definite plural with its number names the group told before
    (
        "Fiji, Samoa and Tonga signed the accord. The three island nations then "
        "criticized Australia.",
        {("ACCUSE", "Fiji", "Australia"), ("ACCUSE", "Tonga", "Australia")},
    ),
    (
        "Chile and Peru signed a water treaty in March. The two neighbours later "
        "accused Bolivia of diverting the river.",
        {("ACCUSE", "Chile", "Bolivia"), ("ACCUSE", "Peru", "Bolivia")},
    ),
    # help for whom the parse makes the subject of the helped act
    ("South Korea helped Samoa rebuild three bridges.", {("AID", "South Korea", "Samoa")}),
    ("Japan helped Laos build a new railway.", {("AID", "Japan", "Laos")}),
    # cooperation among coordinated subjects
    (
        "Peru and Bolivia set up their own trade alliance.",
        {("COOPERATE", "Peru", "Bolivia"), ("COOPERATE", "Bolivia", "Peru")},
    ),
    (
        "Ghana and Togo established a security partnership in 2022.",
        {("COOPERATE", "Ghana", "Togo")},
    ),
    # a nominal event's doer told in its relative clause
    (
        "The embargo that Denmark imposed on Iceland ended in March.",
        {("SANCTION", "Denmark", "Iceland")},
    ),
    ("The sanctions that Canada imposed on Belarus remain.", {("SANCTION", "Canada", "Belarus")}),
    # a trade ban is a sanction, not a coercion of the target
    (
        "The United States has banned the supply of advanced chips to China.",
        {("SANCTION", "United States", "China")},
    ),
    ("Ecuador banned the sale of shrimp to Peru.", {("SANCTION", "Ecuador", "Peru")}),
    # a plea in court: "not guilty" denies the charges; pleading with someone is a request
    (
        "Rafael Amaro and Luis Ortega have pleaded not guilty.",
        {("REJECT", "Rafael Amaro", None), ("REJECT", "Luis Ortega", None)},
    ),
    ("Chile pleaded with Peru to reopen the border.", {("REQUEST", "Chile", "Peru")}),
    # fighting is mutual
    (
        "Tajik border guards have been fighting Kyrgyz troops since Monday.",
        {("ASSAULT", "Tajikistan", "Kyrgyzstan"), ("ASSAULT", "Kyrgyzstan", "Tajikistan")},
    ),
    (
        "Sudanese soldiers clashed with Chadian troops near the border on Sunday.",
        {("ASSAULT", "Sudan", "Chad"), ("ASSAULT", "Chad", "Sudan")},
    ),
    # a truce or pact reached, inked, clinched or hammered out by its parties
    ("The Sudanese army reached a ceasefire with the RSF on Sunday.", {("AGREE", "Sudan", "RSF")}),
    ("Manila inked a defense pact with Hanoi.", {("AGREE", "Philippines", "Vietnam")}),
    ("Vietnam clinched a deal with Laos on river dams.", {("AGREE", "Vietnam", "Laos")}),
    (
        "Kenya hammered out a compromise with Somalia on the maritime border.",
        {("AGREE", "Kenya", "Somalia")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_roles_meetings_and_negated_stances(
    text: str, expected: set[Coded], finder: EntityFinder
) -> None:
    assert expected <= coded(text, finder)


def test_an_act_named_under_a_negated_verb_still_happened(finder: EntityFinder) -> None:
    for text in (
        "Fiji did not condemn Vanuatu's arrest of the activists.",
        "Ghana has not criticized the detention of the journalist Paul Mensah.",
    ):
        events = events_of(text, finder)
        assert [e.negated for e in events if e.type == "COERCE"] == [False], text


NOT_EVENTS: list[tuple[str, str]] = [
    ("Cyclone Nalu struck northern Vanuatu on Monday.", "ASSAULT"),
    ("A strong earthquake hit southern Peru, killing four people.", "ASSAULT"),
    ("The ministry declined a request for comment from the Andes Herald.", "REJECT"),
    ("Asked by reporters, Peru's president said nothing.", "REQUEST"),
    ("The Kenyan embassy declined to comment on the case.", "REJECT"),
    ("A Chilean diplomat, declining to be named, said the deal was close.", "REJECT"),
    ("Juan Soto pleaded guilty to fraud.", "REQUEST"),
    ("Ana Vidal, who pleaded guilty in March, will be sentenced in Lima.", "REQUEST"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_EVENTS)
def test_weather_and_newsroom_routine_are_no_events(
    text: str, kind: str, finder: EntityFinder
) -> None:
    assert not any(e.type == kind for e in events_of(text, finder))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Senator Ana Ruiz may back off her threat against the budget.", "SUPPORT"),
        ("Under pressure, Senator Luis Mora backed down on Monday.", "SUPPORT"),
        ("Pressed on the point, Minister Juan Soto said the talks would go on.", "REQUEST"),
        ("Encouraged by the vote, Bolivia's ruling party pushed ahead.", "REQUEST"),
        ("“Our phone call with Chile went well,” said Peruvian minister Rosa Diaz.", "REQUEST"),
    ],
)
def test_idioms_and_participles_are_no_events(text: str, kind: str, finder: EntityFinder) -> None:
    assert not any(e.type == kind for e in events_of(text, finder))


def test_a_trigger_with_its_own_particle_still_fires(finder: EntityFinder) -> None:
    text = "A Serbian army jet shot down a Croatian helicopter on Friday."
    assert any(e.type == "ASSAULT" for e in events_of(text, finder))
    assert ("RETREAT", "Colombia", None) in coded(
        "Colombian troops pulled out of the border town on Sunday.", finder
    )
