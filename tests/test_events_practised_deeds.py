"""Classes of issue 16, cv16: deeds whose kind a mark tells (events/marked_deeds.py:
cyber attacks and disinformation campaigns are COERCE, sexual violence ASSAULT) and
deeds told as a practice (events/outbreaks.py ``is_practised``: "arbitrary
detentions", "cases of rape", "suffered killings"), and permission denied in the
passive (events/permissions.py: "residents are not allowed to leave")."""

from __future__ import annotations

import pytest

from conftest import coded, events_of
from dossier.entities import EntityFinder


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Albania blamed Iran for a cyber attack on its tax office in May.",
            ("COERCE", "Iran", "Albania"),
        ),
        (
            "Estonia said Russia's cyber attacks on its ministries had been repelled.",
            ("COERCE", "Russia", "Estonia"),
        ),
        (
            "Russia's propaganda campaign against Moldova's president intensified in May.",
            ("COERCE", "Russia", "Moldova"),
        ),
        (
            "Bolivia denounced a Chilean disinformation campaign against its president.",
            ("COERCE", "Chile", "Bolivia"),
        ),
        (
            "The sexual abuse of detainees by Uzbek guards went on for years.",
            ("ASSAULT", "Uzbekistan", None),
        ),
    ],
)
def test_a_marked_deed_noun_is_of_its_marks_type(
    text: str, event: tuple[str, str, str | None], finder: EntityFinder
) -> None:
    kind, source, target = event
    found = coded(text, finder)
    assert any(k == kind and s == source and target in (None, t) for k, s, t in found), found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Albania blamed Iran for a cyber attack on its tax office in May.", "ASSAULT"),
        ("Serbia's propaganda war against Kosovo went on for years.", "ASSAULT"),
        ("Iran's missile attack on the Albanian border post killed two guards.", "COERCE"),
        ("The Kremlin's military campaign against Ukraine intensified in May.", "COERCE"),
        ("Nigeria said the violence in Jos had ended.", "ASSAULT"),
    ],
)
def test_a_deed_noun_without_the_mark_keeps_its_own_type(
    text: str, kind: str, finder: EntityFinder
) -> None:
    found = events_of(text, finder, unattributed=True)
    assert not any(e.type == kind for e in found), found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The rights group documented arbitrary arrests in Dushanbe, the Tajik capital.",
            "Tajikistan",
        ),
        (
            "The ombudsman counted 300 cases of arbitrary detention in Caracas last year.",
            "Venezuela",
        ),
        ("Monitors received hundreds of reports of arrests in Bishkek this year.", "Kyrgyzstan"),
        ("Journalists have endured arrests in Minsk since the vote.", "Belarus"),
    ],
)
def test_a_coercion_told_as_a_practice_is_the_state_s_where_it_happened(
    text: str, source: str, finder: EntityFinder
) -> None:
    assert ("COERCE", source, None) in coded(text, finder)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Witnesses described extrajudicial killings and torture in the region.", "ASSAULT"),
        ("The clinic treated victims of rape from three villages last month.", "ASSAULT"),
        ("The villagers suffered killings and rape in 2017, the report said.", "ASSAULT"),
        ("The report listed torture, arbitrary arrest and detention in the camps.", "COERCE"),
        ("Several news websites were the subject of cyber attacks this week.", "COERCE"),
        ("Monitors recorded sexual violence against women in the camps.", "ASSAULT"),
    ],
)
def test_a_practice_with_no_side_stands_only_unattributed(
    text: str, kind: str, finder: EntityFinder
) -> None:
    assert not any(e.type == kind for e in events_of(text, finder))
    found = events_of(text, finder, unattributed=True)
    assert any(e.type == kind and not e.negated for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty urged an end to arbitrary detentions in Tajikistan.",  # wanted ended
        "The opposition could face mass arrests in Kyrgyzstan, activists warned.",  # a guess
        "The minister promised to end the arrests in Bishkek.",
        "Reporters in Minsk feared arrests after the vote.",  # no verb of suffering
        "The treaty protects people from enforced disappearance.",
        "The arrests in 2019 were the subject of the film.",  # no practice word
    ],
)
def test_a_deed_not_told_as_done_is_no_practice(text: str, finder: EntityFinder) -> None:
    found = events_of(text, finder, unattributed=True)
    assert not any(e.type in ("COERCE", "ASSAULT") and not e.negated for e in found), found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Afghan women are no longer allowed to work for the United Nations.", "Afghanistan"),
        ("Reporters in Nicaragua were not allowed to attend the trial of the bishop.", "Nicaragua"),
        ("Journalists in Belarus are no longer permitted to cover the trials.", "Belarus"),
    ],
)
def test_permission_denied_in_the_passive_restricts_the_subject(
    text: str, target: str, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    assert ("COERCE", None, target) in found
    assert not any(kind == "CONCEDE" for kind, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Fiji will not allow Chinese police to operate in the country.",  # the active: a refusal
        "Officials said opposition members would not be allowed to leave Nicaragua.",  # foretold
        "Afghan women are again allowed to work for the United Nations.",  # allowed
        "Tonga warned it would act if its ships were not allowed to dock in Suva.",  # a condition
    ],
)
def test_permission_not_denied_as_a_state_restricts_no_one(text: str, finder: EntityFinder) -> None:
    assert not any(e.type == "COERCE" for e in events_of(text, finder, unattributed=True))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Kyrgyz town of Osh remained under curfew on Friday.", "Osh"),
        (
            "Several towns in Myanmar's Sagaing region have been under martial law since March.",
            "Myanmar",
        ),
        ("The camp near Khan Younis in Gaza remained under siege in May.", "Gaza"),
    ],
)
def test_a_place_under_a_restriction_is_restricted(
    text: str, target: str, finder: EntityFinder
) -> None:
    assert ("COERCE", None, target) in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "The Kyrgyz town of Osh is no longer under curfew.",
        "Peru's finance minister has been under siege from critics since March.",  # pressure
    ],
)
def test_no_restriction_told_as_a_state(text: str, finder: EntityFinder) -> None:
    assert not any(e.type == "COERCE" for e in events_of(text, finder, unattributed=True))


def test_an_area_under_lockdown_with_no_actor_stands_only_unattributed(
    finder: EntityFinder,
) -> None:
    text = "The northern districts are under complete lockdown."
    assert not any(e.type == "COERCE" for e in events_of(text, finder))
    assert any(e.type == "COERCE" for e in events_of(text, finder, unattributed=True))


def test_a_siege_is_its_besieger_s_not_the_state_s_of_the_place(finder: EntityFinder) -> None:
    assert ("COERCE", "Russia", "Mariupol") in coded(
        "The Ukrainian city of Mariupol has been under siege by Russia since March.", finder
    )
    found = coded("The town of Djibo has been under siege by jihadists since 2022.", finder)
    assert not any(kind == "COERCE" and source is not None for kind, source, _ in found)
