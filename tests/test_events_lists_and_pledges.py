"""Lists, counted plurals and joint pledges (issue 16, wire-style articles of the
seventh round: a Caribbean force for Haiti, the Serbia–Kosovo standoff, the Niger
junta and France).

- A list the small model parses as a name and its apposition ("Jamaica, the Bahamas
  and Belize promised …") is still a list: every member acts.
- "both sides" that someone is urged or called on to do something are never the one
  who urges (nor the body named in the same subject: "The EU's envoy, X, called on
  both sides").
- Joint subjects of a pledge to a third party ("A and B promised to send police") each
  pledge; they did not agree with one another. A reciprocal or joint act ("pledged to
  deepen their ties", "vowed to hold talks") and "A and B agreed to …" still are.
- The flags a crowd waves are no target of its protest.

Every sentence was written for these tests (real countries, invented people); none is
taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import assert_coded_or_not, coded
from dossier.entities import EntityFinder
from dossier.nlp import load_pipeline, parse
from dossier.syntax.coordination import listed_as_apposition

CASES = [
    pytest.param(
        "Barbados, the Bahamas and Guyana condemned the coup in Niamey.",
        ("ACCUSE", "Bahamas", "Niger"),
        True,
        id="a_list_parsed_as_an_apposition_still_names_each_member",
    ),
    pytest.param(
        "Barbados, the Bahamas and Guyana condemned the coup in Niamey.",
        ("ACCUSE", "Guyana", "Niger"),
        True,
        id="the_last_member_of_such_a_list_acts_too",
    ),
    pytest.param(
        "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed and "
        "Eritrean President Isaias Afwerki in Nairobi. Ruto urged both sides to keep the "
        "truce.",
        ("REQUEST", "William Ruto", "Abiy Ahmed"),
        True,
        id="both_sides_are_the_two_others_not_the_one_urging",
    ),
    pytest.param(
        "NATO Secretary-General Anna Berg condemned the attacks on the peacekeepers. The "
        "EU foreign policy chief, Tomas Varga, called on both sides to de-escalate.",
        ("REQUEST", None, "NATO"),
        False,
        id="a_pair_that_counts_the_callers_own_body_is_no_pair",
    ),
    pytest.param(
        "Jamaica and Belize have promised to send police officers.",
        ("AGREE", "Jamaica", "Belize"),
        False,
        id="a_joint_pledge_to_a_third_party_is_no_agreement_between_the_two",
    ),
    pytest.param(
        "Jamaica and Belize have promised to send police officers to Haiti.",
        ("AGREE", "Belize", "Haiti"),
        True,
        id="each_member_of_a_joint_pledge_still_pledges",
    ),
    pytest.param(
        "Japan and India pledged to deepen their ties.",
        ("AGREE", "Japan", "India"),
        True,
        id="a_pledge_of_a_reciprocal_act_binds_the_two",
    ),
    pytest.param(
        "Ghana and Togo promised to hold talks next month.",
        ("AGREE", "Ghana", "Togo"),
        True,
        id="a_pledge_of_a_joint_act_binds_the_two",
    ),
    pytest.param(
        "Armenia and Azerbaijan agreed to withdraw troops from the border.",
        ("AGREE", "Armenia", "Azerbaijan"),
        True,
        id="agreeing_together_stays_an_agreement_between_them",
    ),
    pytest.param(
        "Thousands of people rallied in Bamako on Friday, some waving Russian flags.",
        ("PROTEST", None, "Russia"),
        False,
        id="waved_flags_are_no_target_of_the_rally",
    ),
    pytest.param(
        "Protesters burned Chinese flags outside a factory in Hanoi.",
        ("PROTEST", None, "China"),
        True,
        id="a_burned_flag_still_names_whom_the_protest_is_against",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), CASES)
def test_lists_counted_plurals_and_pledges(
    text: str, event: tuple[str, str | None, str | None], coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)


@pytest.mark.parametrize(
    ("text", "first", "listed"),
    [
        ("Jamaica, the Bahamas and Belize promised troops.", "Jamaica", ["Bahamas", "Belize"]),
        ("Kenya, the current chair of the bloc, and Uganda signed the accord.", "Kenya", []),
        ("President Ruto, the bloc's chair, and his aides flew to Kampala.", "Ruto", []),
    ],
)
def test_only_a_named_apposition_with_more_names_is_a_list(
    text: str, first: str, listed: list[str]
) -> None:
    (doc,) = parse(load_pipeline(), [text])
    name = next(t for t in doc if t.text == first)
    assert [t.text for t in listed_as_apposition(name)] == listed
