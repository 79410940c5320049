"""Hostilities stopped, releases told as nouns, acts ruled out and talks joined (issue 16, rq4).

A hostile deed its own doer suspends, halts or pauses ("Turkey suspended its offensive",
"Israel paused airstrikes on Gaza") is PLOVER's RETREAT (ceasefire: "otherwise ending
active conflicts"), not the attack told again nor a sanction; agreeing to it ("agreed to
suspend airstrikes") is AGREE.  A deed its foe stops ("troops stopped an assault") was
kept from happening: no ceasefire.  A release told as a noun ("Ortega's release from
jail") is RETREAT towards the one freed, unless it is what a request asks for.  An act
ruled out is refused (REJECT) and not coded; a guess ruled out ("foul play") is nothing.
Talks met or joined for ("met for negotiations with X", "joined leaders from ASEAN for a
summit") and a call between two leaders are CONSULT.
Sentences written for these tests: invented events, real states and groups.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

CASES = [
    pytest.param(
        "Azerbaijan suspended its offensive in Nagorno-Karabakh on Friday.",
        ("RETREAT", "Azerbaijan", None),
        True,
        id="offensive_suspended_is_a_ceasefire",
    ),
    pytest.param(
        "Azerbaijan suspended its offensive in Nagorno-Karabakh on Friday.",
        ("SANCTION", "Azerbaijan", None),
        False,
        id="offensive_suspended_is_no_sanction",
    ),
    pytest.param(
        "Russia halted its shelling of Odesa overnight.",
        ("RETREAT", "Russia", None),
        True,
        id="own_shelling_halted",
    ),
    pytest.param(
        "Russia halted its shelling of Odesa overnight.",
        ("ASSAULT", "Russia", None),
        False,
        id="halted_shelling_is_no_fresh_attack",
    ),
    pytest.param(
        "Saudi Arabia paused airstrikes on Yemen for two days.",
        ("RETREAT", "Saudi Arabia", "Yemen"),
        True,
        id="paused_strikes_are_the_subjects_own",
    ),
    pytest.param(
        "Ugandan troops stopped an ADF assault on the camp near Beni.",
        ("RETREAT", None, None),
        False,
        id="deed_stopped_by_its_foe_is_no_ceasefire",
    ),
    pytest.param(
        "Russia did not halt its shelling of Odesa.",
        ("RETREAT", "Russia", None),
        False,
        id="shelling_not_halted",
    ),
    pytest.param(
        "Saudi Arabia agreed to suspend airstrikes in Yemen.",
        ("AGREE", "Saudi Arabia", "Yemen"),
        True,
        id="agreed_to_suspend_strikes_is_a_promise",
    ),
    pytest.param(
        "Azerbaijan agreed to halt its offensive against Armenia.",
        ("AGREE", "Azerbaijan", "Armenia"),
        True,
        id="agreed_to_halt_offensive",
    ),
    pytest.param(
        "Peru suspended aid to Bolivia in May.",
        ("SANCTION", "Peru", "Bolivia"),
        True,
        id="aid_suspended_is_still_a_sanction",
    ),
    pytest.param(
        "Daniel Ortega's release from jail in Managua surprised his family.",
        ("RETREAT", None, "Daniel Ortega"),
        True,
        id="release_told_as_a_noun",
    ),
    pytest.param(
        "The government of Burundi ordered the release of 40 detainees on Monday.",
        ("RETREAT", "Burundi", None),
        True,
        id="release_ordered",
    ),
    pytest.param(
        "Amnesty International demanded the release of the Belarusian journalist Olga Kovalenko.",
        ("RETREAT", None, "Olga Kovalenko"),
        False,
        id="release_demanded_has_not_happened",
    ),
    pytest.param(
        "The Chilean ministry announced the release of a report on copper prices.",
        ("RETREAT", None, None),
        False,
        id="a_report_released_frees_no_one",
    ),
    pytest.param(
        "Norway ruled out sending fighter jets to Ukraine.",
        ("REJECT", "Norway", "Ukraine"),
        True,
        id="ruled_out_act_is_a_refusal",
    ),
    pytest.param(
        "Norway ruled out sending fighter jets to Ukraine.",
        ("AID", "Norway", None),
        False,
        id="ruled_out_act_is_not_done",
    ),
    pytest.param(
        "Ecuador ruled out talks with Peru over the border.",
        ("REJECT", "Ecuador", "Peru"),
        True,
        id="ruled_out_talks",
    ),
    pytest.param(
        "Chilean police ruled out foul play in the death of the Bolivian trader.",
        ("REJECT", None, None),
        False,
        id="ruled_out_guess_is_no_refusal",
    ),
    pytest.param(
        "Brazilian President Lula declined to go to the Summit of Andean Nations in Quito.",
        ("CONSULT", None, None),
        False,
        id="named_summit_declined_is_not_held",
    ),
    pytest.param(
        "Chile's foreign minister met in Arica for talks with the Peruvian envoy.",
        ("CONSULT", "Chile", "Peru"),
        True,
        id="met_for_talks_with_partner",
    ),
    pytest.param(
        "Kenya's trade minister joined envoys from the African Union for negotiations.",
        ("CONSULT", "Kenya", "African Union"),
        True,
        id="joining_counterparts_for_talks",
    ),
    pytest.param(
        "Ghana's president joined the crowd for the parade in Accra.",
        ("CONSULT", None, None),
        False,
        id="joining_a_parade_is_no_meeting",
    ),
    pytest.param(
        "Officials described a call between Chilean President Gabriel Boric and Peru's president.",
        ("CONSULT", "Gabriel Boric", "Peru"),
        True,
        id="call_between_two_leaders",
    ),
    pytest.param(
        "The Houthis are prepared for negotiations with Saudi Arabia.",
        ("AGREE", "Houthis", "Saudi Arabia"),
        True,
        id="prepared_for_talks_is_an_offer",
    ),
    pytest.param(
        "The Houthis are prepared for negotiations with Saudi Arabia.",
        ("CONSULT", "Houthis", None),
        False,
        id="prepared_for_talks_holds_none",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), CASES)
def test_ceasefires_and_releases(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    if coded_here and None in event[1:]:  # a side left open: any actor there
        kind, source, target = event
        assert any(
            t == kind and (source is None or s == source) and (target is None or g == target)
            for t, s, g in found
        ), found
        return
    assert_coded_or_not(found, event, coded_here)
