"""Event type boundaries: the type a sentence's construction decides, where a trigger
word alone would code another (issue 16, items 5 and 6).

Each row is a sentence written for this file and what it must code and must not code,
(type, source, target); a side given as None is not checked.
"""

from __future__ import annotations

import pytest

from conftest import coded
from dossier.entities import EntityFinder

Coded = tuple[str, str | None, str | None]

# (sentence, must code, must not code)
TYPE_TABLE: list[tuple[str, list[Coded], list[Coded]]] = [
    # a win in a game or a vote is no attack
    ("The Norland team beat Tarvia 3-1 on Sunday.", [], [("ASSAULT", None, None)]),
    ("Argentina beat Chile 2-0 in the World Cup qualifier.", [], [("ASSAULT", None, None)]),
    ("Kenya defeated Uganda in the final of the regional cup.", [], [("ASSAULT", None, None)]),
    ("Carla Ortiz beat the incumbent mayor in the runoff.", [], [("ASSAULT", None, None)]),
    # beatings stay attacks, also on an election day
    (
        "Kenyan police beat protesters during the election rally in Nairobi.",
        [("ASSAULT", "Kenya", None)],
        [],
    ),
    (
        "Zimbabwean soldiers beat two journalists in Harare on Monday.",
        [("ASSAULT", "Zimbabwe", None)],
        [],
    ),
    # hazards fought are no enemy
    (
        "Brazil sent firefighters to fight fires in Bolivia.",
        [("AID", "Brazil", None)],
        [("ASSAULT", None, None)],
    ),
    ("Turkey dispatched rescuers to Syria after the earthquake.", [("AID", "Turkey", "Syria")], []),
    ("Thai soldiers battled the floods in Ayutthaya for a week.", [], [("ASSAULT", None, None)]),
    (
        "Tajik border guards have been fighting Kyrgyz troops since Monday.",
        [("ASSAULT", "Tajikistan", "Kyrgyzstan"), ("ASSAULT", "Kyrgyzstan", "Tajikistan")],
        [],
    ),
    # exercises: one side alone is MOBILIZE (PLOVER), joint ones COOPERATE
    ("China held military drills near Taiwan on Monday.", [("MOBILIZE", "China", "Taiwan")], []),
    # "the border with X" names a place beside the drills, not a partner in them
    (
        "Kenya held military drills near the border with Somalia.",
        [("MOBILIZE", "Kenya", "Somalia")],
        [("COOPERATE", None, None)],
    ),
    (
        "Peru held naval drills with Chile near the border.",
        [("COOPERATE", "Peru", "Chile")],
        [("MOBILIZE", None, None)],
    ),
    (
        "The Russian navy staged exercises in the Baltic Sea last week.",
        [("MOBILIZE", "Russia", None)],
        [("COOPERATE", None, None)],
    ),
    (
        "The United States and South Korea held joint military drills.",
        [("COOPERATE", "United States", "South Korea")],
        [("MOBILIZE", None, None)],
    ),
    (
        "Indonesia held naval exercises with Australia in May.",
        [("COOPERATE", "Indonesia", "Australia")],
        [("MOBILIZE", None, None)],
    ),
    # an attack in words is an accusation; an attack for a span of time is force
    (
        "Opposition leader Ana Ruiz attacked the Chilean government for failing to control prices.",
        [("ACCUSE", "Ana Ruiz", "Chile")],
        [("ASSAULT", None, None)],
    ),
    (
        "President Ruiz attacked the newspaper El Sol for its reporting.",
        [("ACCUSE", "Ruiz", "El Sol")],
        [("ASSAULT", None, None)],
    ),
    (
        "Tuareg rebels attacked the Malian army base for the second time this month.",
        [("ASSAULT", None, "Mali")],
        [("ACCUSE", None, None)],
    ),
    # seeking to do something asks no one: the act itself is coded (intended)
    (
        "Chile is seeking to sign a trade deal with Peru.",
        [("AGREE", "Chile", "Peru")],
        [("REQUEST", None, None)],
    ),
    (
        "Britain has sought to finalize the agreement with Mauritius since July.",
        [("AGREE", "United Kingdom", "Mauritius")],
        [("REQUEST", None, None)],
    ),
    ("Ghana sought help from the IMF.", [("REQUEST", "Ghana", "IMF")], []),
    # restrictions on another country's state or firms are a SANCTION, at home COERCE
    (
        "Peru imposed restrictions on imports from Chile.",
        [("SANCTION", "Peru", "Chile")],
        [("COERCE", None, None)],
    ),
    (
        "Iran imposed restrictions on protesters in Tehran.",
        [("COERCE", "Iran", None)],
        [("SANCTION", None, None)],
    ),
    # an expulsion from a body one belongs to, or of envoys and observers, is a SANCTION
    (
        "The African Union expelled Mali from the bloc after the coup.",
        [("SANCTION", "African Union", "Mali")],
        [("COERCE", None, None)],
    ),
    (
        "Venezuela expelled the monitors of the Organization of American States.",
        [("SANCTION", "Venezuela", "Organization of American States")],
        [("COERCE", None, None)],
    ),
    (
        "Chad expelled two French journalists from the country.",
        [("COERCE", "Chad", "France")],
        [("SANCTION", None, None)],
    ),
]


def found(events: set[Coded], wanted: Coded) -> bool:
    type_, source, target = wanted
    return any(e[0] == type_ and source in (None, e[1]) and target in (None, e[2]) for e in events)


@pytest.mark.parametrize(
    ("text", "must", "must_not"), TYPE_TABLE, ids=[row[0][:48] for row in TYPE_TABLE]
)
def test_type_boundary(
    text: str, must: list[Coded], must_not: list[Coded], finder: EntityFinder
) -> None:
    events = coded(text, finder)
    missing = [w for w in must if not found(events, w)]
    wrong = [w for w in must_not if found(events, w)]
    assert not missing and not wrong, f"{text!r}: coded {sorted(events)}"
