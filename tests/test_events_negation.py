"""Negation a user reads in the clause but spaCy gives no "neg" on the verb: "no longer",
and "neither … nor" on the subject or the object (data/grammar.yaml
``negating_adverbs``, ``negating_determiners``). Every sentence here is invented."""

from __future__ import annotations

from conftest import events_of, shared_finder


def told(text: str) -> set[tuple[str, str | None, bool]]:
    return {(e.type, e.source, e.negated) for e in events_of(text, shared_finder())}


def test_neither_nor_subjects_negate_the_act_of_each() -> None:
    found = told("Neither Chile nor Peru condemned the coup in Bolivia.")
    assert ("ACCUSE", "Chile", True) in found
    assert ("ACCUSE", "Peru", True) in found
    assert not any(t == "ACCUSE" and not negated for t, _, negated in found)


def test_neither_nor_objects_negate_the_act() -> None:
    found = told("Ghana condemned neither the raid nor the arrests in Togo.")
    assert not any(t == "ACCUSE" and not negated for t, _, negated in found)


def test_a_recognition_no_longer_given_is_refused_and_either_or_still_happens() -> None:
    assert ("REJECT", "Bolivia", False) in told("Bolivia no longer recognizes the tribunal.")
    found = told("Either Chile or Peru condemned the coup in Bolivia.")
    assert any(t == "ACCUSE" and not negated for t, _, negated in found)


def test_a_subject_with_no_or_no_one_negates_the_act() -> None:
    """ "No civilians were harmed", "Nobody was hurt" (issue 16 items 5-6): the act did
    not happen; the deed told beside it still did."""
    found = told("No Afghan civilians were harmed or detained during the search in Helmand.")
    assert not any(t in ("ASSAULT", "COERCE") and not negated for t, _, negated in found)
    found = told("Nobody was hurt when gunmen attacked the Kenyan border post in Mandera.")
    assert ("ASSAULT", "gunmen", False) in found or any(
        t == "ASSAULT" and not negated for t, _, negated in found
    )
    assert ("AGREE", "Peru", True) in told("Peru signed no accord with Chile.")


def test_no_before_a_comparative_counts_and_negates_nothing() -> None:
    found = told("No fewer than 30 Malian soldiers were killed by Islamist fighters.")
    assert any(t == "ASSAULT" and not negated for t, _, negated in found)
    found = told("No more than 12 Peruvian miners were arrested by the police in Puno.")
    assert any(t == "COERCE" and not negated for t, _, negated in found)


def test_an_act_under_a_denied_stance_is_negated() -> None:
    """ "has no plans to invade", "had no intention of invading": the act is denied;
    plans that are had stay intended and asserted."""
    for text in (
        "Ethiopia has no intention of invading Eritrea.",
        "Ethiopia has no plans to invade Eritrea.",
        "Ethiopia does not have any plans to invade Eritrea.",
    ):
        found = told(text)
        assert ("ASSAULT", "Ethiopia", True) in found, text
        assert ("ASSAULT", "Ethiopia", False) not in found, text
    assert ("MOBILIZE", "Kenya", False) in told("Kenya announced plans to deploy troops to Haiti.")
