"""Censorship and the denial of rights by a state (issue 16, COERCE on unseen news):
works banned (their author is the one silenced), outlets shut, suspended or stripped
of their licences, editors instructed not to print, detainees denied lawyers, people
sent to prison or to a detention centre, outlets forced to close.
Sentences written for these tests: real states and writers, invented events.
"""

from __future__ import annotations

import pytest

from conftest import events_of
from dossier.entities import EntityFinder

Coded = tuple[str, str | None, str | None, str | None]

CODED: list[tuple[str, Coded]] = [
    # a work banned: the author is the target, the mode censor
    (
        "The Iranian government banned the latest novel by Shahrnush Parsipur.",
        ("COERCE", "Iran", "Shahrnush Parsipur", "censor"),
    ),
    ("Egypt banned Ahmed Naji's novel in 2015.", ("COERCE", "Egypt", "Ahmed Naji", "censor")),
    (
        "Authorities in Minsk banned a memoir written by Svetlana Alexievich.",
        ("COERCE", "Belarus", "Svetlana Alexievich", "censor"),
    ),
    # told in the passive, the state where it happened bans it
    (
        "Orhan Pamuk's novel was banned in Azerbaijan last year.",
        ("COERCE", "Azerbaijan", "Orhan Pamuk", "censor"),
    ),
    # outlets shut, suspended, their licences revoked
    (
        "Authorities in Baku shut the independent broadcaster last month.",
        ("COERCE", "Azerbaijan", None, "censor"),
    ),
    (
        "The Zimbabwean government suspended the newspaper for three months.",
        ("COERCE", "Zimbabwe", None, "censor"),
    ),
    (
        "The Nicaraguan government revoked the licenses of 20 radio stations.",
        ("COERCE", "Nicaragua", None, "restrict"),
    ),
    ("Iran shut the internet during the protests.", ("COERCE", "Iran", None, "censor")),
    # an instruction that forbids printing or reporting
    (
        "Kazakh officials instructed printers not to accept orders from opposition parties.",
        ("COERCE", "Kazakhstan", None, "censor"),
    ),
    (
        "The Iranian culture ministry directed bookshops not to sell the novel.",
        ("COERCE", "Iran", None, "censor"),
    ),
    # made to close: by a state, or told without a doer
    (
        "Nicaragua forced the newspaper La Prensa to close.",
        ("COERCE", "Nicaragua", "La Prensa", "restrict"),
    ),
    (
        "The Hong Kong daily Stand News was forced to shutter in 2021.",
        ("COERCE", None, "Stand News", "restrict"),
    ),
    (
        "Authorities in Managua shuttered the opposition weekly.",
        ("COERCE", "Nicaragua", None, "censor"),
    ),
    # restrictions placed, as they are imposed
    (
        "Tajikistan placed restrictions on freedom of expression.",
        ("COERCE", "Tajikistan", None, "restrict"),
    ),
    (
        "The Tanzanian government placed a ban on opposition rallies.",
        ("COERCE", "Tanzania", None, "restrict"),
    ),
    # sent to be held: the place of holding named by its compound too
    (
        "A court in Minsk sent the blogger Ihar Losik to prison for fifteen years.",
        ("COERCE", "Belarus", "Ihar Losik", "arrest"),
    ),
    (
        "Hungary began sending asylum seekers to a detention center near the border.",
        ("COERCE", "Hungary", None, "arrest"),
    ),
    # detainees kept from their lawyers, a region cut off
    (
        "Egyptian authorities denied the detainees access to legal counsel.",
        ("COERCE", "Egypt", None, "restrict"),
    ),
    (
        "Ethiopian officials cut internet access in the Amhara region.",
        ("COERCE", "Ethiopia", None, "restrict"),
    ),
    # radio stations, blogs and social media accounts closed (issue 16, silver training)
    (
        "Belarus shut the independent radio station Racyja.",
        ("COERCE", "Belarus", "Racyja", "censor"),
    ),
    (
        "Vietnam shut down the online accounts of the blogger Pham Doan Trang.",
        ("COERCE", "Vietnam", "Pham Doan Trang", "restrict"),
    ),
    # a border crossing closed by a state
    (
        "Pakistan closed its border crossings with Afghanistan.",
        ("COERCE", "Pakistan", "Afghanistan", "restrict"),
    ),
]

# text, a type that must not be coded at all
NOT_CODED: list[tuple[str, str]] = [
    ("The Kenyan ministry instructed publishers to print the new syllabus by June.", "COERCE"),
    ("Myanmar's junta told broadcasters to air the general's speech in full.", "COERCE"),
    ("The Chilean minister told editors that the economy was growing.", "COERCE"),
    ("The Swedish company shut its factory in Ohio.", "COERCE"),
    ("The Red Cross sent food parcels to the prison in Kandahar.", "COERCE"),
    ("Peru placed restrictions on Chilean fruit imports.", "COERCE"),
    ("High costs forced the Swedish firm Volvo to close its plant in Ghent.", "COERCE"),
    ("The Danish shipyard was forced to close by falling orders.", "COERCE"),
    ("Tens of thousands of Chileans began protesting over fuel prices.", "COERCE"),
    ("Bogota's mayor closed the station for repairs.", "COERCE"),
    ("Bogota's mayor closed the bridge for repairs.", "COERCE"),
    ("The Swiss bank closed the accounts of the charity.", "COERCE"),
]


@pytest.mark.parametrize(("text", "event"), CODED, ids=[t for t, _ in CODED])
def test_censorship_coded(text: str, event: Coded, finder: EntityFinder) -> None:
    found = events_of(text, finder)
    coded = {(e.type, e.source, e.target, e.mode) for e in found if not e.negated}
    assert event in coded, f"coded {sorted(coded, key=str)}"


@pytest.mark.parametrize(("text", "kind"), NOT_CODED, ids=[t for t, _ in NOT_CODED])
def test_censorship_not_coded(text: str, kind: str, finder: EntityFinder) -> None:
    coded = [(e.type, e.source, e.target) for e in events_of(text, finder)]
    assert kind not in {t for t, _, _ in coded}, f"coded {coded}"
