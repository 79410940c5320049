"""Acts a sentence names without telling them done (issue 16, items 5 and 6: false
positives; events/untold.py): an act whose happening is told as unknown ("it is unclear
whether …"), the act an invitation asks of its guest, an order whose object is an act of
another type (the act, not the order, is coded), an act an impersonal "it is ..."
judges, a noun act under "any", talks walked away from, a summons to
testify, a case fought in court, a trigger word inside a name.  Each
keeps the event the sentence does tell.  Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from conftest import coded
from dossier.entities import EntityFinder

Coded = tuple[str, str | None, str | None]

# (sentence, an event it still codes, a type it must not code)
UNTOLD: list[tuple[str, Coded | None, str]] = [
    # happening told as unknown
    ("It remains unclear whether Uganda will send troops to Somalia.", None, "MOBILIZE"),
    ("It is not yet clear if Bolivia will recognize the council in Lima.", None, "SUPPORT"),
    ("Whether Paraguay will sign the accord with Bolivia remains uncertain.", None, "AGREE"),
    ("Analysts said it is hard to predict whether Serbia will meet with Kosovo.", None, "AGREE"),
    ("Quito did not say whether it would recall its ambassador from Lima.", None, "SANCTION"),
    ("There is little chance that Kenya will meet with Somalia this year.", None, "AGREE"),
    # an act an impersonal "it is ..." judges
    ("Egypt will realize it is in its interest to work with Turkey.", None, "COOPERATE"),
    ("It would be wise for Kenya to negotiate with al-Shabab.", None, "CONSULT"),
    ("It is time for Chile to talk with Bolivia about the sea.", None, "CONSULT"),
    # a noun act of any kind
    ("Any visit to Seoul by the Japanese emperor must be preceded by an apology.", None, "CONSULT"),
    ("Any withdrawal of Kenyan troops from Somalia would embolden al-Shabab.", None, "RETREAT"),
    ("Mali banned any protest against the junta.", ("COERCE", "Mali", None), "PROTEST"),
    # an invitation: the host's offer, no visit
    (
        "The Ghanaian president invited the Togolese president to visit Accra in May.",
        ("AGREE", "Ghana", "Togo"),
        "CONSULT",
    ),
    (
        "The emir extended an invitation to the Kenyan president to visit Doha.",
        None,
        "CONSULT",
    ),
    # an order of an act of another type: that act
    (
        "A court in Lima ordered the release of the Chilean activist Pablo Soto.",
        ("RETREAT", "Peru", "Pablo Soto"),
        "COERCE",
    ),
    (
        "The Ecuadorian president ordered new sanctions on Venezuelan officials.",
        ("SANCTION", "Ecuador", "Venezuela"),
        "COERCE",
    ),
    (
        "The Peruvian president ordered the withdrawal of troops from the border with Ecuador.",
        ("RETREAT", "Peru", "Ecuador"),
        "MOBILIZE",
    ),
    # a noun act called off in the passive (as "postponed its meeting with X" was)
    ("The summit between Kenya and Uganda was cancelled on Monday.", None, "CONSULT"),
    ("The visit by the Peruvian president to Quito was postponed.", None, "CONSULT"),
    # a noun act walked away from; a summons to testify; a case fought in court
    ("Ethiopia walked away from the talks with Egypt on Monday.", None, "CONSULT"),
    ("The Bolivian delegation stormed out of the meeting with Chile.", None, "CONSULT"),
    ("Three former Brazilian ministers were called as witnesses in the trial.", None, "CONSULT"),
    ("The Kenyan interior minister was called to testify before the Senate.", None, "CONSULT"),
    ("The Chilean senator Pablo Rivas is fighting new allegations of bribery.", None, "ASSAULT"),
    ("The Kenyan journalist Mary Wanjiku is fighting extradition to Peru.", None, "ASSAULT"),
    # a word of a name
    (
        "U.N. Secretary-General Ban Soo-jin visited Kampala on Tuesday.",
        ("CONSULT", "Ban Soo-jin", "Kampala"),
        "COERCE",
    ),
    (
        "A UN Working Group on Arbitrary Detention report called for the release "
        "of the Peruvian activist Rosa Quispe.",
        None,
        "COERCE",
    ),
]

# told as done, said as intended, or ordered as the same kind of act: still coded
TOLD: list[tuple[str, Coded]] = [
    ("Uganda said it would send troops to Somalia.", ("MOBILIZE", "Uganda", "Somalia")),
    ("It is clear that Bolivia recognized the council in Lima.", ("SUPPORT", "Bolivia", "Peru")),
    ("Quito recalled its ambassador from Lima.", ("SANCTION", "Ecuador", "Peru")),
    (
        "The Kenyan president ordered the arrest of the opposition leader Raila Odinga.",
        ("COERCE", "Kenya", "Raila Odinga"),
    ),
    (
        "The Togolese president visited Accra after he was invited by Ghana.",
        ("CONSULT", "Togo", "Accra"),
    ),
    ("Secretary-General Ban praised Kenya for its efforts.", ("SUPPORT", "Ban", "Kenya")),
    ("Ethiopia held talks with Egypt on Monday.", ("CONSULT", "Ethiopia", "Egypt")),
    ("The summit between Kenya and Uganda was held on Monday.", ("CONSULT", "Kenya", "Uganda")),
    ("Russia said it is ready to attack Ukraine.", ("THREATEN", "Russia", "Ukraine")),
    ("The Kenyan army is fighting al-Shabab near the border.", ("ASSAULT", "Kenya", "al-Shabab")),
]


@pytest.mark.parametrize(("text", "kept", "kind"), UNTOLD, ids=[t for t, _, _ in UNTOLD])
def test_an_act_named_but_not_told_done_is_not_coded(
    text: str, kept: Coded | None, kind: str, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    assert not any(t == kind for t, _, _ in found), f"coded {sorted(found, key=str)}"
    if kept is not None:
        assert kept in found, f"coded {sorted(found, key=str)}"


@pytest.mark.parametrize(("text", "event"), TOLD, ids=[t for t, _ in TOLD])
def test_an_act_told_done_or_intended_is_still_coded(
    text: str, event: Coded, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    assert event in found, f"coded {sorted(found, key=str)}"
