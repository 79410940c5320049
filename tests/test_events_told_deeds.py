"""Classes of issue 16, cv9: fights and coercion told as happening by a noun that names
no side of its own (events/outbreaks.py ``deed_outbreak``), lockdowns and curfews laid
on a place, trade blocked at a border."""

from __future__ import annotations

import pytest

from conftest import coded, events_of
from dossier.entities import EntityFinder


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("A dusk-to-dawn curfew went into effect in Bishkek on Monday.", "Kyrgyzstan"),
        ("A nightly curfew took effect in Port Moresby on Friday.", "Papua New Guinea"),
        ("Mass arrests were made in Minsk after the disputed vote.", "Belarus"),
        ("A crackdown on dissent began in Almaty after the riots, witnesses said.", "Kazakhstan"),
        ("Sweeping arrests continued in Conakry on Tuesday, rights groups said.", "Guinea"),
    ],
)
def test_a_coercion_told_as_happening_is_the_state_s_where_it_happens(
    text: str, state: str, finder: EntityFinder
) -> None:
    assert any(kind == "COERCE" and source == state for kind, source, _ in coded(text, finder))


@pytest.mark.parametrize(
    "text",
    [
        "Heavy fighting raged near Goma on Tuesday.",
        "Clashes in April rocked the capital of the province.",
        "The rebels overran the outpost after a two-day battle near the river.",
        "Fierce fighting broke out in the hills above the town overnight.",
        "A gunfight erupted outside the customs post at dawn, witnesses said.",
    ],
)
def test_a_fight_told_as_happening_stands_only_unattributed(
    text: str, finder: EntityFinder
) -> None:
    assert not any(e.type == "ASSAULT" for e in events_of(text, finder))
    found = events_of(text, finder, unattributed=True)
    assert ("ASSAULT", None, None) in {(e.type, e.source, e.target) for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "The legal battle over the mine continued in Lusaka on Monday.",  # a civil contest
        "The court battle between the two firms dragged on for years.",
        "The battle against inflation continued in Accra this year.",  # no foe
        "The fight for the title continued in the second half.",
        "A curfew could take effect in Bishkek next week, officials said.",  # a guess
        "Officials in Bishkek said the curfew did not take effect on Monday.",
        "The reporters in Almaty described the crackdown on Monday.",  # no verb of happening
        "The fighting spirit of the squad carried it through the final.",
    ],
)
def test_a_deed_noun_not_told_as_happening_codes_nothing(text: str, finder: EntityFinder) -> None:
    found = events_of(text, finder, unattributed=True)
    assert not any(e.type in ("ASSAULT", "COERCE") and not e.negated for e in found)


def test_a_place_put_under_lockdown_is_coerced(finder: EntityFinder) -> None:
    found = coded("China put Wuhan under lockdown in January.", finder)
    assert ("COERCE", "China", "Wuhan") in found
    found = coded("Fiji placed the island of Taveuni under a curfew on Sunday.", finder)
    assert any(kind == "COERCE" and source == "Fiji" for kind, source, _ in found)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenya has blocked sugar imports from Uganda since March.", "Kenya", "Uganda"),
        ("Serbia blocked Kosovar goods at the Jarinje crossing in May.", "Serbia", "Kosovo"),
        ("Kazakhstan blocked shipments of Kyrgyz coal for a week.", "Kazakhstan", "Kyrgyzstan"),
    ],
)
def test_trade_blocked_is_a_sanction(
    text: str, source: str, target: str, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    assert ("SANCTION", source, target) in found
    assert not any(kind == "COERCE" for kind, _, _ in found)


def test_aid_blocked_stays_coercion(finder: EntityFinder) -> None:
    found = coded("Ethiopia blocked aid to Tigray for months, the UN said.", finder)
    assert not any(kind == "SANCTION" for kind, _, _ in found)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The killings of eight villagers near Bamenda shocked the region.", "ASSAULT"),
        ("Rights groups documented the killing of over 150 demonstrators last year.", "ASSAULT"),
        ("The abduction of two engineers near Port Harcourt was reported on Monday.", "ASSAULT"),
        ("The jailing of over 50 reporters drew little attention abroad.", "COERCE"),
    ],
)
def test_a_deed_on_unnamed_people_stands_only_unattributed(
    text: str, kind: str, finder: EntityFinder
) -> None:
    found = events_of(text, finder, unattributed=True)
    assert (kind, None, None) in {(e.type, e.source, e.target) for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "Activists in Suva called for an end to the killing of civilians.",
        "The new law aims to prevent the arrest of journalists in Sarajevo.",
        "The killing of the mayor shocked the town.",  # one person: whoever the article names
    ],
)
def test_a_deed_on_people_wanted_ended_or_on_one_person_codes_no_side_less_event(
    text: str, finder: EntityFinder
) -> None:
    found = events_of(text, finder, unattributed=True)
    assert not any(
        e.type in ("ASSAULT", "COERCE") and e.source is None and e.target is None for e in found
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Peru and Chile restored the ties that were cut by Lima in 2019.", "Peru"),
        ("Kenya's visas, which were revoked by Uganda in May, were restored.", "Uganda"),
    ],
)
def test_a_line_s_object_a_passive_clause_hangs_on_is_its_object(
    text: str, source: str, finder: EntityFinder
) -> None:
    assert any(k == "SANCTION" and s == source for k, s, _ in coded(text, finder))


def test_relations_severed_in_a_relative_clause_are_a_sanction(finder: EntityFinder) -> None:
    text = "Bolivia plans to restore the consular relations that had been severed for decades."
    assert "SANCTION" in {e.type for e in events_of(text, finder, unattributed=True)}
    active = "Family ties that cut across the border matter to the villagers of Apia."
    assert "SANCTION" not in {e.type for e in events_of(active, finder, unattributed=True)}


def test_attacks_on_unnamed_people_stand_unattributed_unless_planned(
    finder: EntityFinder,
) -> None:
    told = "Monitors reported attacks on civilians near the market in the north."
    assert ("ASSAULT", None, None) in {
        (e.type, e.source, e.target) for e in events_of(told, finder, unattributed=True)
    }
    planned = "The commander was planning attacks against aid workers, the army said."
    assert not any(e.type == "ASSAULT" for e in events_of(planned, finder, unattributed=True))


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Police made dozens of arrests in Harare on Monday.", "Zimbabwe"),
        ("Gendarmes carried out dozens of arrests in Bamako after the mutiny.", "Mali"),
    ],
)
def test_a_coercion_done_by_unnamed_people_is_the_state_s_where_it_happens(
    text: str, state: str, finder: EntityFinder
) -> None:
    assert any(kind == "COERCE" and source == state for kind, source, _ in coded(text, finder))
