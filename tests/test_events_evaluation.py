"""Evaluative statements (issue 16): a judgement with no accusation or praise verb.

Every sentence here was written for these tests; each class has examples from
different texts.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

JUDGEMENTS: list[tuple[str, Coded]] = [
    # a verb of naming with a word of blame: ACCUSE from the judge
    ("Jose Ramos called the ruling “arbitrary.”", ("ACCUSE", "Jose Ramos", None)),
    ("Paulo Reis called the Chilean decision a betrayal.", ("ACCUSE", "Paulo Reis", "Chile")),
    (
        "Minister Ana Paz described the Chilean plan as “a strategic disaster for Peru”.",
        ("ACCUSE", "Ana Paz", "Chile"),
    ),
    ('Governor Rojas described the jailbreak as "deplorable."', ("ACCUSE", "Rojas", None)),
    # the parse reads the judged phrase as a second predicate: it still names the judged
    ("Salas called the Bolivian court ruling unjust.", ("ACCUSE", "Salas", "Bolivia")),
    ("Paz called the Chilean court ruling outrageous.", ("ACCUSE", "Paz", "Chile")),
    # a word of praise: SUPPORT
    ("Laura Lopez labelled the Bolivian move historic.", ("SUPPORT", "Laura Lopez", None)),
    (
        "Prime Minister Tomas Vidal described the Norwegian loan as a gesture of friendship.",
        ("SUPPORT", "Tomas Vidal", "Norway"),
    ),
    # a dismissive word aimed at a charge: the charge is rejected
    ("Bolivia has called the allegations “baseless.”", ("REJECT", "Bolivia", None)),
    (
        "The Kenyan ministry described the lawsuits as politically motivated.",
        ("REJECT", "Kenya", None),
    ),
    # in quoted words, with the judged actor named
    (
        "“Peru's new water code ignores the south,” said analyst Mariana Soto.",
        ("ACCUSE", "Mariana Soto", "Peru"),
    ),
    (
        "“We are deeply grateful to Norway for its help,” said Chilean minister Rosa Diaz.",
        ("SUPPORT", "Rosa Diaz", "Norway"),
    ),
    # a verb of blame_verbs done by the named actor (or a thing of its own), in the
    # speaker's words, quoted or reported
    (
        "“Minsk flouts every ruling of the court,” said Lithuanian lawyer Ona Petraitis.",
        ("ACCUSE", "Ona Petraitis", "Belarus"),
    ),
    (
        "Economist Kofi Mensah said Ghana's new budget squandered the cocoa windfall.",
        ("ACCUSE", "Kofi Mensah", "Ghana"),
    ),
    (
        "“Chile has been ignoring the fishermen for years,” said Peruvian minister Rosa Diaz.",
        ("ACCUSE", "Rosa Diaz", "Chile"),
    ),
    (
        "Professor Lina Okafor said the plan, which Togo drafted, ignores the farmers.",
        ("ACCUSE", "Lina Okafor", "Togo"),
    ),
    # a verdict on what two coordinated actors did judges both
    (
        "Russian envoy Oleg Petrov said the mission of Britain and NATO in Libya has failed.",
        ("ACCUSE", "Oleg Petrov", "NATO"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), JUDGEMENTS)
def test_a_judgement_is_coded_without_an_accusation_verb(
    text: str, expected: Coded, finder: EntityFinder
) -> None:
    assert expected in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil called for an end to the brutal crackdown in Haiti.",  # a request, no judgement
        "The deal was described as historic by Chilean officials.",  # no judge named
        "Uruguay did not call the vote illegal.",  # negated
        "“Thanks to the vigilance of the guards, no one escaped,” said Governor Luis Mora.",
        # a blame verb asked, supposed, denied, passive, or done by no actor
        "“Bolivia must not ignore the warnings,” said analyst Marta Quispe.",
        "“Chile could undermine the talks,” said Peruvian analyst Mariana Soto.",
        "“Bolivia did not ignore the warnings,” said analyst Marta Quispe.",
        "“The herders were ignored by the capital,” said Malian analyst Amadou Keita.",
        "“The new tariffs undermine Peru's economy,” said analyst Mariana Soto.",
        "Judge Ana Ruiz, whom Canada sanctioned for “undermining democracy,” will appeal.",
    ],
)
def test_no_judgement_where_none_is_made(text: str, finder: EntityFinder) -> None:
    found = {c for c in coded(text, finder) if c[0] in ("ACCUSE", "SUPPORT")}
    assert found == set()


@pytest.mark.parametrize(
    "text",
    [
        "“Ana Quispe's long trial and unjust detention show how Bolivia silences its critics,”"
        " said senator Ines Vargas of Chile.",
        "Senator Ines Vargas of Chile said the long trial and unjust detention of journalist"
        " Ana Quispe show how Bolivia silences its critics.",
    ],
)
def test_a_verdict_on_what_is_done_to_someone_blames_the_doer(
    text: str, finder: EntityFinder
) -> None:
    """The one whose trial or detention is judged unjust is its victim, not its culprit."""
    accused = {c[2] for c in coded(text, finder) if c[0] == "ACCUSE"}
    assert accused == {"Bolivia"}


def test_an_act_done_to_someone_by_no_one_named_blames_no_one(finder: EntityFinder) -> None:
    accused = {c for c in coded("Opposition leader Mateo Ruiz said the arrest of Ana Quispe"
                                " was illegal.", finder) if c[0] == "ACCUSE"}  # fmt: skip
    assert accused == set()


BLAME_ADVERBS: list[tuple[str, Coded, bool]] = [
    ("Peru says Chile illegally seized three of its fishing boats.",
     ("ACCUSE", "Peru", "Chile"), True),
    ("“Chile illegally seized our boats,” said Peruvian fisheries minister Ana Soto.",
     ("ACCUSE", "Ana Soto", "Chile"), True),
    ("Bolivia argues it was unlawfully stripped of its coastline by Chile.",
     ("ACCUSE", "Bolivia", "Chile"), True),
    ("Critics say the journalists were arbitrarily detained by Ugandan police.",
     ("ACCUSE", None, "Uganda"), True),
    ("Peru says Chile did not illegally seize its fishing boats.",
     ("ACCUSE", "Peru", "Chile"), False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event", "coded_here"), BLAME_ADVERBS)
def test_a_blame_adverb_on_a_deed_blames_its_doer(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("“Beijing's hostility toward the press is well known,” said Ana Costa, a researcher.",
         ("ACCUSE", "Ana Costa", "China")),
        ("“Managua's contempt for the court is plain to see,” said Judge Pedro Ruiz.",
         ("ACCUSE", "Pedro Ruiz", "Nicaragua")),
    ],
)  # fmt: skip
def test_an_owned_attitude_of_blame_is_a_charge(
    text: str, event: Coded, finder: EntityFinder
) -> None:
    assert event in coded(text, finder)


WRONGED: list[tuple[str, Coded, bool]] = [
    (
        "Russian police detained the American teacher Paul Whelan in Moscow. "
        "“Whelan was arbitrarily detained,” said US envoy Roger Carstens.",
        ("ACCUSE", "Roger Carstens", "Russia"),
        True,
    ),
    (
        "Belarusian police arrested the Polish journalist Anna Nowak in Minsk. "
        "Rights groups say Nowak was wrongfully arrested.",
        ("ACCUSE", None, "Belarus"),
        True,
    ),
    (  # no doer told: the place's state is a guess, never the speaker's own
        "“Whelan was arbitrarily detained,” said US envoy Roger Carstens.",
        ("ACCUSE", "Roger Carstens", None),
        False,
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), WRONGED)
def test_a_wrong_suffered_blames_whoever_the_article_told_doing_it(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)


def test_it_judged_by_a_participle_is_the_thing_its_clause_named(finder: EntityFinder) -> None:
    """ "…, calling it a road to catastrophe": the intervention warned against, not the last
    state named (lead20); a thing owned by a state still blames that state."""
    text = (
        "Mexico and Bolivia backed Maduro, and Russia warned Washington against any "
        "military intervention, calling it a road to catastrophe."
    )
    accused = {c for c in coded(text, finder) if c[0] == "ACCUSE"}
    assert not any(target in ("Mexico", "Bolivia") for _, _, target in accused), accused
    owned = coded("Peru condemned Chile's naval blockade, calling it illegal.", finder)
    assert ("ACCUSE", "Peru", "Chile") in owned, owned
    text = "The Houthis shunned any talks with Yemen's government, calling it a puppet of Riyadh."
    assert ("ACCUSE", "Houthis", "Yemen") in coded(text, finder)  # the phrase's object
