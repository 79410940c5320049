"""Coercion, security operations and designations on wire copy (issue 16): a body
suspending a member state, a member suspended from its body (the body suspends), police
breaking up a ring or a rally, a crackdown, arrests and designations in the passive.
Sentences written for these tests: invented people and groups, real states and bodies.
"""

from __future__ import annotations

import pytest

from conftest import coded, events_of
from dossier.entities import EntityFinder

Coded = tuple[str, str | None, str | None]

CODED: list[tuple[str, Coded]] = [
    # a regional body suspends a member state (PLOVER SANCTION, expel)
    ("The African Union suspended Mali after the coup.", ("SANCTION", "African Union", "Mali")),
    (
        "The Arab League suspended Syria from its meetings in 2011.",
        ("SANCTION", "Arab League", "Syria"),
    ),
    (
        "The Southern African Development Community suspended Madagascar in 2009.",
        ("SANCTION", "Southern African Development Community", "Madagascar"),
    ),
    # the member suspended or expelled: the body it is put out of is the source
    (
        "Guinea was suspended from the African Union after the army seized power.",
        ("SANCTION", "African Union", "Guinea"),
    ),
    ("Niger was suspended from ECOWAS on Sunday.", ("SANCTION", "ECOWAS", "Niger")),
    (
        "Fiji was suspended from the Pacific Islands Forum in 2009.",
        ("SANCTION", "Pacific Islands Forum", "Fiji"),
    ),
    (
        "Russia was expelled from the Council of Europe in March.",
        ("SANCTION", "Council of Europe", "Russia"),
    ),
    # a doer named in a by-phrase keeps its place
    (
        "Senator Luis Mora was suspended from the Liberal Party by its leader Maria Soto.",
        ("SANCTION", "Maria Soto", "Luis Mora"),
    ),
    # a party expelling a member, or a member kicked out of it: no deportation
    (
        "The ruling Workers' Party expelled the Brazilian senator Delcidio Amaral.",
        ("SANCTION", "Workers' Party", "Delcidio Amaral"),
    ),
    ("Luis Mora was kicked out of the Liberal Party in May.", ("SANCTION", None, "Luis Mora")),
    # a foreign outlet or firm kicked out of the country: a deportation, not diplomats
    ("Russia kicked out two BBC correspondents.", ("COERCE", "Russia", "BBC")),
    ("Peru kicked out two Bolivian diplomats.", ("SANCTION", "Peru", "Bolivia")),
    # security operations: breaking up a ring or a rally, a crackdown
    ("Philippine police broke up a drug ring in Manila.", ("COERCE", "Philippines", None)),
    ("Kenyan police broke up a protest in Nairobi on Monday.", ("COERCE", "Kenya", None)),
    (
        "Belarusian authorities cracked down on independent media after the vote.",
        ("COERCE", "Belarus", None),
    ),
    # a designation whose body the parse hangs on the object
    (
        "Kenya declared the Black Hand movement a terrorist group.",
        ("SANCTION", "Kenya", "Black Hand"),
    ),
    # stripping people of their citizenship or a reporter of accreditation (COERCE)
    (
        "The Nicaraguan government stripped 94 critics of their citizenship.",
        ("COERCE", "Nicaragua", None),
    ),
    (
        "Ethiopia stripped two Reuters reporters of their accreditation.",
        ("COERCE", "Ethiopia", "Reuters"),
    ),
    # demonyms the regular endings do not form
    (
        "Honduran soldiers seized two tonnes of cocaine from a boat.",
        ("COERCE", "Honduras", None),
    ),
    ("Nigerien troops detained the former president.", ("COERCE", "Niger", None)),
    (
        "Malagasy police arrested three opposition leaders in Antananarivo.",
        ("COERCE", "Madagascar", None),
    ),
    # already coded before issue 16's pass; kept from regressing
    (
        "Vietnamese police dismantled a smuggling network in Hanoi on Tuesday.",
        ("COERCE", "Vietnam", None),
    ),
    ("The journalist was arrested by Egyptian police on Monday.", ("COERCE", "Egypt", None)),
    (
        "The Red Dawn Front was labelled a terrorist group by Brazil in 2019.",
        ("SANCTION", "Brazil", "Red Dawn Front"),
    ),
    (
        "Peru designated the Shining Column a terrorist group.",
        ("SANCTION", "Peru", "Shining Column"),
    ),
]

# text, a type that must not be coded at all
NOT_CODED: list[tuple[str, str]] = [
    ("The Chilean copper firm suspended production at two mines on Monday.", "SANCTION"),
    ("The Kenyan police suspended three officers over the shooting.", "SANCTION"),
    ("The striker was suspended from the national team for three matches.", "SANCTION"),
    ("The talks in Geneva broke up without an agreement.", "COERCE"),
    ("The coach stripped the striker of the captaincy.", "COERCE"),
    ("Kenya declared the Black Hand movement, a rebel group, a threat to the nation.", "SANCTION"),
    ("The two Chilean parties broke up their alliance last year.", "COERCE"),
    ("The bar in Lima kicked out two drunk reporters.", "COERCE"),
    ("The ruling Workers' Party expelled the Brazilian senator Delcidio Amaral.", "COERCE"),
]


@pytest.mark.parametrize(("text", "event"), CODED, ids=[t for t, _ in CODED])
def test_coercion_coded(text: str, event: Coded, finder: EntityFinder) -> None:
    found = coded(text, finder)
    assert event in found, f"coded {sorted(found, key=str)}"


@pytest.mark.parametrize(("text", "kind"), NOT_CODED, ids=[t for t, _ in NOT_CODED])
def test_coercion_not_coded(text: str, kind: str, finder: EntityFinder) -> None:
    coded = [(e.type, e.source, e.target) for e in events_of(text, finder)]
    assert kind not in {t for t, _, _ in coded}, f"coded {coded}"
