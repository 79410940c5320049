"""Meetings, aid and cooperation told in ways the lexicon missed (issue 16, cv8): a
meeting opened, chaired or concluded by one taking part, and one party's own meeting
(held, hosted, or where it decided something); a meeting told as where or when a party
with a named partner spoke or signed; parties working together; a joint force told by
its members; intelligence exchanged; sums obligated or disbursed as aid; aid flown,
airlifted or shipped; asylum granted "in" a place the parse hangs on the asylum; aid
received by name, also in the passive (no visit). Sentences written for these tests:
invented people, real states.
"""

from __future__ import annotations

import pytest

from conftest import coded, every_coded
from dossier.entities import EntityFinder

Coded = tuple[str, str | None, str | None]

CODED: list[tuple[str, Coded]] = [
    # a meeting brought to its end or opened by one taking part
    (
        "ASEAN ministers concluded their annual meeting in Hanoi on Friday.",
        ("CONSULT", "ASEAN", None),
    ),
    ("Chile and Peru concluded four rounds of talks in Santiago.", ("CONSULT", "Chile", "Peru")),
    (
        "Ghana's foreign minister wrapped up talks with Togo on Monday.",
        ("CONSULT", "Ghana", "Togo"),
    ),
    ("The Indian envoy wrapped up a three-day visit to Nepal.", ("CONSULT", "India", "Nepal")),
    ("Norway's premier concluded her visit to Vietnam.", ("CONSULT", "Norway", "Vietnam")),
    ("Peru's president opened the Andean summit in Lima on Tuesday.", ("CONSULT", "Peru", None)),
    # a meeting told as where or when a party spoke, agreed or signed
    (
        "The Chilean foreign minister said after talks with Peru that the border would reopen.",
        ("CONSULT", "Chile", "Peru"),
    ),
    (
        "Kenya reaffirmed its support for the plan during talks with Uganda on Wednesday.",
        ("CONSULT", "Kenya", "Uganda"),
    ),
    (
        "After a meeting with the Kenyan envoy, the Ugandan president said the plan was ready.",
        ("CONSULT", "Uganda", "Kenya"),
    ),
    # one party holding a meeting of its own, or deciding at one
    (
        "Malawi is hosting an investment summit in Lilongwe on Thursday.",
        ("CONSULT", "Malawi", None),
    ),
    ("Chile held a meeting in Brussels on Tuesday.", ("CONSULT", "Chile", None)),
    (
        "In May, ASEAN ministers agreed at an online summit to curb the haze.",
        ("CONSULT", "ASEAN", None),
    ),
    # the name a held meeting bears is no partner; those it is held between are
    ("Kenya hosted the Africa Climate Summit in Nairobi.", ("CONSULT", "Kenya", None)),
    (
        "The American president held a separate meeting between Kenyan President William Ruto"
        " and Ugandan President Yoweri Museveni.",
        ("CONSULT", "United States", "William Ruto"),
    ),
    # parties working together with no with-phrase
    ("Kenya and Uganda are working together against poachers.", ("COOPERATE", "Kenya", "Uganda")),
    # a joint body of forces told by its members
    (
        "The multinational task force, comprising troops from Chad, Niger and Benin, guards it.",
        ("COOPERATE", "Chad", "Benin"),
    ),
    (
        "A joint force of Malian and Nigerien soldiers raided the camp.",
        ("COOPERATE", "Mali", "Niger"),
    ),
    # aid carried by air or sea
    ("India flew 30 tonnes of relief supplies to Sri Lanka.", ("AID", "India", "Sri Lanka")),
    ("Turkey airlifted tents and blankets to Nepal.", ("AID", "Turkey", "Nepal")),
    ("Japan shipped food aid to Haiti.", ("AID", "Japan", "Haiti")),
    # sums obligated or disbursed as aid, also through the round or package they come in
    ("Japan disbursed $40 million in flood aid to Laos.", ("AID", "Japan", "Laos")),
    (
        "Norway obligated $60 million in police assistance to Senegal last year.",
        ("AID", "Norway", "Senegal"),
    ),
    (
        "The Canadian premier approved a fresh package of $90 million in defence aid for Estonia.",
        ("AID", "Canada", "Estonia"),
    ),
    # asylum granted in a place the parse hangs on the asylum
    ("He was granted asylum in Norway in 2021.", ("AID", "Norway", None)),
    ("Several dissidents were given asylum in Sweden last year.", ("AID", "Sweden", None)),
    # aid received by its own name, also in the passive
    ("Emergency aid was received from Japan.", ("AID", "Japan", None)),
    ("Chad received humanitarian assistance from Sweden.", ("AID", "Sweden", "Chad")),
    # intelligence swapped
    ("Norway exchanged intelligence with Iceland.", ("COOPERATE", "Norway", "Iceland")),
]

NOT_CODED: list[tuple[str, Coded]] = [
    # a meeting told as where force or arrests happened names no participant
    (
        "Bolivian police arrested twenty protesters at the summit in La Paz.",
        ("CONSULT", "Bolivia", None),
    ),
    ("Chilean riot police fired tear gas at the summit in Santiago.", ("CONSULT", "Chile", None)),
    # a signing foretold at a summit is no meeting held
    ("Ghana will sign the accord at the summit in Abuja next week.", ("CONSULT", "Ghana", None)),
    # what a party only says at a meeting is no meeting of its own; a lone party meeting
    # names no partner
    ("Sweden said at the summit in Quito that it would join.", ("CONSULT", "Sweden", None)),
    ("Chile met in Brussels on Tuesday.", ("CONSULT", "Chile", None)),
    # goods sold and shipped are no aid; refusing to work together is no cooperation
    ("Brazil shipped two million tonnes of soybeans to China.", ("AID", None, None)),
    ("The two rivals refused to work together.", ("COOPERATE", None, None)),
    # a joint force of one state's army pairs it with no one
    ("The joint force of the Malian army arrived in Gao.", ("COOPERATE", None, None)),
    # a sum spent on goods bought is no aid
    ("Canada bought a package of $5 million in Chilean wine.", ("AID", None, None)),
    # a thing received is no visit, in either voice
    ("Emergency aid was received from Japan.", ("CONSULT", None, None)),
    ("The assistance received by the refugees came from Japan.", ("CONSULT", None, None)),
    # views exchanged are no intelligence shared; asylum sought is not granted
    ("Chile and Peru exchanged views on the border.", ("COOPERATE", None, None)),
    ("He applied for asylum in Norway.", ("AID", None, None)),
]


@pytest.mark.parametrize(("text", "event"), CODED, ids=[t for t, _ in CODED])
def test_meeting_parts_are_coded(text: str, event: Coded, finder: EntityFinder) -> None:
    found = coded(text, finder)
    assert event in found, f"coded {sorted(found, key=str)}"


@pytest.mark.parametrize(("text", "event"), NOT_CODED, ids=[t for t, _ in NOT_CODED])
def test_meeting_parts_not_coded(text: str, event: Coded) -> None:
    kind, source, target = event
    found = every_coded(text)
    assert not any(
        t == kind and (source is None or s == source) and (target is None or g == target)
        for t, s, g in found
    ), f"coded {sorted(found, key=str)}"
