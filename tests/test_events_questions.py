"""Reporters' questions are no events: neither the asking nor what is asked about."""

from __future__ import annotations

from conftest import coded
from dossier.entities import EntityFinder


def test_asked_about_and_whether_clauses_code_nothing(finder: EntityFinder) -> None:
    assert coded("Students asked the Tanzanian ambassador about visas for Kenya.", finder) == set()
    assert (
        coded("Minister Ana Ruiz was asked whether Chile would send troops to Peru.", finder)
        == set()
    )
    assert (
        coded("Analysts in Nairobi wondered if Kenya would close its border with Somalia.", finder)
        == set()
    )


def test_requests_and_reported_acts_stay_coded(finder: EntityFinder) -> None:
    assert ("REQUEST", "Chile", "Peru") in coded("Chile asked Peru to extradite Vidal.", finder)
    said = "The minister said Chile would send troops to Peru."
    assert ("MOBILIZE", "Chile", "Peru") in coded(said, finder)
