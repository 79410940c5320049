"""Custody, escape and crime on wire copy (issue 16): a prisoner escaping from custody
(RETREAT), a detention told with only its place (the state of the place holds), captives
held and property confiscated (COERCE), the crimes a suspect is charged with or
convicted of (the suspect did them), a prison term faced or received (SANCTION), and
violent crimes told as verbs or nouns. Sentences written for these tests: invented
people, real states and places.
"""

from __future__ import annotations

import pytest

from conftest import events_of
from dossier.entities import EntityFinder

Coded = tuple[str, str | None, str | None]

CODED: list[tuple[str, Coded]] = [
    # escaping from a place of holding is a flight from the holder (PLOVER RETREAT)
    (
        "The cartel boss Ramon Quintero escaped from a prison in Culiacan on Tuesday.",
        ("RETREAT", "Ramon Quintero", None),
    ),
    (
        "Warlord Gul Agha Shirzai escaped his cell in Kandahar in July.",
        ("RETREAT", "Gul Agha Shirzai", "Afghanistan"),
    ),
    (
        "After Ramon Quintero's escape from prison, Mexico dismissed the warden.",
        ("RETREAT", "Ramon Quintero", "Mexico"),
    ),
    # a detention told with only where it happened: the state of that place holds
    ("Seventy protesters were arrested in Minsk on Sunday.", ("COERCE", "Belarus", None)),
    ("The alleged coup plotters are detained in Conakry.", ("COERCE", "Guinea", None)),
    (
        "Dozens of students were detained in Tashkent after the rally.",
        ("COERCE", "Uzbekistan", None),
    ),
    # a detention noun with a place: the place's state holds, the possessor is held
    (
        "Olga Kovalenko's detention in Belarus has lasted two years.",
        ("COERCE", "Belarus", "Olga Kovalenko"),
    ),
    # captives a state holds; property only a state confiscates
    ("Iran is holding two French nationals.", ("COERCE", "Iran", "France")),
    (
        "The assets of the exiled tycoon Ilan Shor were confiscated in Moldova.",
        ("COERCE", "Moldova", "Ilan Shor"),
    ),
    # remanded by a court; held hostage; a party or regime taken apart by law
    (
        "A Kampala court remanded Kizza Besigye to Luzira prison.",
        ("COERCE", "Uganda", "Kizza Besigye"),
    ),
    (
        "The gunmen held the Italian engineer Marco Rossi hostage for three months.",
        ("ASSAULT", None, "Marco Rossi"),
    ),
    (
        "The new government in Tunisia moved to dismantle the ruling party of Zine El Abidine"
        " Ben Ali.",
        ("COERCE", "Tunisia", "Zine El Abidine Ben Ali"),
    ),
    # the crime of a charge or a conviction is done by the one charged
    (
        "Prosecutors charged Pedro Ibarra with kidnapping two Canadian tourists.",
        ("ASSAULT", "Pedro Ibarra", "Canada"),
    ),
    (
        "Pedro Ibarra was convicted of kidnapping three nurses in Sonora.",
        ("ASSAULT", "Pedro Ibarra", None),
    ),
    # the deed noun of an arrest, a charge or a sentence is done by the one charged
    (
        "Hugo Salas was sentenced to life for the killing of the journalist Rosa Pinto.",
        ("ASSAULT", "Hugo Salas", "Rosa Pinto"),
    ),
    (
        "Police in Lima charged Hugo Salas with the murder of a Bolivian trader.",
        ("ASSAULT", "Hugo Salas", "Bolivia"),
    ),
    # a term in custody received or faced is a sentence (SANCTION) on the one facing it
    (
        "The Cuban dissident Jorge Perez faces up to 12 years in prison.",
        ("SANCTION", None, "Jorge Perez"),
    ),
    (
        "The Uzbek blogger Nadia Karimova received a seven-year prison sentence on Monday.",
        ("SANCTION", None, "Nadia Karimova"),
    ),
    (
        "The Russian opposition leader Alexei Navalny faces up to ten years behind bars.",
        ("SANCTION", None, "Alexei Navalny"),
    ),
    # violent crimes as verbs and nouns
    ("Boko Haram fighters robbed villagers near Maiduguri.", ("ASSAULT", "Boko Haram", None)),
    (
        "Al-Shabaab has been terrorizing residents of Mandera for months.",
        ("ASSAULT", "Al-Shabaab", "Mandera"),
    ),
    ("The murder of Ahmed Salah in Alexandria shocked Egypt.", ("ASSAULT", None, "Ahmed Salah")),
]

# text, a type that must not be coded at all
NOT_CODED: list[tuple[str, str]] = [
    ("The Kenyan runner Paul Kiprop escaped the heat by training in Iten.", "RETREAT"),
    ("The minister Ana Ruiz escaped unhurt from the blast in Lima.", "RETREAT"),
    ("Two suspects were arrested on Friday.", "COERCE"),
    ("The camp in Jordan holds 80,000 Syrian refugees.", "COERCE"),
    # a warrant names an arrest not yet made
    ("The ICC issued a warrant for the arrest of Vladimir Putin.", "COERCE"),
    ("The army began to dismantle the checkpoints around Gao.", "COERCE"),
    ("The jailed activist Jorge Perez has received visitors in prison for years.", "SANCTION"),
    ("The Cuban dissident Jorge Perez faces criticism from his allies.", "SANCTION"),
    ("The minister tasked Pedro Ibarra with monitoring the border.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "event"), CODED, ids=[t for t, _ in CODED])
def test_custody_coded(text: str, event: Coded, finder: EntityFinder) -> None:
    coded = {(e.type, e.source, e.target) for e in events_of(text, finder) if not e.negated}
    assert event in coded, f"coded {sorted(coded, key=str)}"


@pytest.mark.parametrize(("text", "kind"), NOT_CODED, ids=[t for t, _ in NOT_CODED])
def test_custody_not_coded(text: str, kind: str, finder: EntityFinder) -> None:
    coded = [(e.type, e.source, e.target) for e in events_of(text, finder)]
    assert kind not in {t for t, _, _ in coded}, f"coded {coded}"
