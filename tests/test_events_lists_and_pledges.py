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
- A pact revoked, scrapped or suspended is a SANCTION (PLOVER withdraw); a finite verb
  the parse joined to an infinitive ("ordered X to leave … and revoked …") has the
  subject of the verb above.
- A threat to act "to restore", "to protect" or "to free" someone does not threaten
  them (grammar.yaml ``restoring_verbs``).
- A protest a government files or sends ("filed a diplomatic protest", "sent a protest
  note") is ACCUSE (PLOVER: diplomatic protests are ACCUSE disapprove), not PROTEST.
- The flags a crowd waves are no target of its protest.
- Those who welcome, praise or criticise a pact are no parties to it
  (grammar.yaml ``onlooker_verbs``).

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
        "Ghana, Togo and Benin expressed willingness to send police officers.",
        ("AGREE", "Ghana", "Togo"),
        False,
        id="joint_willingness_to_act_beyond_them_is_no_agreement_between_them",
    ),
    pytest.param(
        "Ghana and Togo expressed readiness to resume talks.",
        ("AGREE", "Ghana", "Togo"),
        True,
        id="joint_readiness_for_a_joint_act_binds_them",
    ),
    pytest.param(
        "Kyrgyzstan and Tajikistan showed readiness to resolve mutual border quarrels.",
        ("AGREE", "Kyrgyzstan", "Tajikistan"),
        True,
        id="readiness_to_resolve_mutual_quarrels_binds_the_two",
    ),
    pytest.param(
        "Manila has filed more than 100 diplomatic protests against Beijing this year.",
        ("ACCUSE", "Philippines", "China"),
        True,
        id="a_diplomatic_protest_filed_is_an_accusation",
    ),
    pytest.param(
        "Manila has filed more than 100 diplomatic protests against Beijing this year.",
        ("PROTEST", None, "China"),
        False,
        id="a_diplomatic_protest_is_no_street_protest",
    ),
    pytest.param(
        "Seoul sent a protest note to Tokyo over the textbooks.",
        ("ACCUSE", "South Korea", "Japan"),
        True,
        id="a_protest_note_sent_is_an_accusation",
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
        "Kenya and Uganda welcomed the accord on Monday.",
        ("AGREE", "Kenya", "Uganda"),
        False,
        id="those_who_welcome_a_pact_are_no_parties_to_it",
    ),
    pytest.param(
        "Ghana and Togo sharply criticised the agreement.",
        ("AGREE", "Ghana", "Togo"),
        False,
        id="those_who_criticise_a_pact_are_no_parties_to_it",
    ),
    pytest.param(
        "Peru hailed talks with Chile as productive.",
        ("CONSULT", "Peru", "Chile"),
        True,
        id="talks_one_hails_with_a_partner_are_still_ones_own",
    ),
    pytest.param(
        "The new government in Lima scrapped the fishing deal with Ecuador.",
        ("SANCTION", "Peru", "Ecuador"),
        True,
        id="a_deal_scrapped_by_one_party_is_a_sanction_on_the_other",
    ),
    pytest.param(
        "Mali's junta ordered Denmark to withdraw its troops and revoked the defence "
        "accords with Paris.",
        ("SANCTION", "Mali", "France"),
        True,
        id="a_finite_verb_after_an_infinitive_shares_the_governing_subject",
    ),
    pytest.param(
        "Mali's junta ordered Denmark to withdraw its troops and revoked the defence "
        "accords with Paris.",
        ("SANCTION", "Denmark", None),
        False,
        id="the_one_ordered_to_leave_did_not_revoke_the_accords",
    ),
    pytest.param(
        "Nigeria threatened to use force to reinstate the ousted president, Mohamed Bazoum.",
        ("THREATEN", "Nigeria", "Mohamed Bazoum"),
        False,
        id="one_a_threat_would_restore_is_not_threatened",
    ),
    pytest.param(
        "Nigeria threatened to use force to reinstate the ousted president, Mohamed Bazoum.",
        ("THREATEN", "Nigeria", None),
        True,
        id="the_threat_itself_stays",
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
