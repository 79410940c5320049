"""Statement events real news tells without an accusation or praise verb of their own
(issue 16 items 1 and 3): verdicts named with an infinitive ("called the move to tax
beer disappointing"), verdicts in a partitive ("one of the most corrupt bodies"), blame
nouns with their owner ("Peruvian lawfare"), and allegations told with a clause ("a
lawsuit alleged the army had blocked lawyers").

Every sentence here was written for these tests, with invented people; each class has
examples from different kinds of text.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded, events_of
from dossier.entities import EntityFinder

INFINITIVE_VERDICTS: list[tuple[str, Coded]] = [
    (
        "Brewers' spokesman Carl Benner called the Norwegian move to tax Swedish-made beer"
        ' "deeply disappointing."',
        ("ACCUSE", "Carl Benner", "Norway"),
    ),
    (
        "Senator Rosa Linares called the Bolivian decision to close the border a grave mistake.",
        ("ACCUSE", "Rosa Linares", "Bolivia"),
    ),
    (
        "Farmers' leader Jorge Pinto called Chile's plan to cut water subsidies reckless.",
        ("ACCUSE", "Jorge Pinto", "Chile"),
    ),
    (
        "Mayor Ines Ortega called the Kenyan offer to host the talks a generous gesture.",
        ("SUPPORT", "Ines Ortega", "Kenya"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INFINITIVE_VERDICTS)
def test_a_verdict_on_a_named_plan_to_act_judges_the_plans_owner(
    text: str, expected: Coded, finder: EntityFinder
) -> None:
    """The parse hangs the verdict on the infinitive of the named thing ("the move [to
    tax beer] disappointing"); it is still the judge's verdict on the thing's owner."""
    assert expected in coded(text, finder)


def test_a_request_to_act_is_no_verdict_on_the_asked(finder: EntityFinder) -> None:
    found = coded("The mayor called on Peru to declare the flood a national emergency.", finder)
    assert_coded_or_not(found, ("ACCUSE", None, "Peru"), coded_here=False)
    assert_coded_or_not(found, ("SUPPORT", None, "Peru"), coded_here=False)


QUOTED_VERDICTS: list[tuple[str, Coded]] = [
    # a verdict in a partitive: "one of the most …", "among the most …"
    (
        "Analyst Rosa Mendez said the Bolivian ministry is one of the most corrupt"
        " institutions in the region.",
        ("ACCUSE", "Rosa Mendez", "Bolivia"),
    ),
    (
        '"Colombia is among the most reliable partners we have," said Minister Lars Olsen.',
        ("SUPPORT", "Lars Olsen", "Colombia"),
    ),
    # a blame noun with its owner: the noun is the verdict on the owner
    (
        '"The deal gives in to Peruvian lawfare," said Senator Ana Lopez.',
        ("ACCUSE", "Ana Lopez", "Peru"),
    ),
    (
        '"We will not be fooled by Beijing\'s hypocrisy," activist Mei Lin told reporters.',
        ("ACCUSE", "Mei Lin", "China"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_VERDICTS)
def test_a_verdict_in_a_speakers_words_is_coded_from_the_speaker_to_the_owner(
    text: str, expected: Coded, finder: EntityFinder
) -> None:
    assert expected in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        '"The Kenyan scandal hurt investors for years," said banker Tom Odhiambo.',
        '"Peru\'s mistake was to wait," said historian Julia Ferreira of the 1998 floods.',
        '"Fiji is one of the most beautiful places in the world," said guide Maria Tui.',
    ],
)
def test_a_noun_that_only_tells_what_happened_is_no_verdict_on_its_owner(
    text: str, finder: EntityFinder
) -> None:
    found = {c for c in coded(text, finder) if c[0] in ("ACCUSE", "SUPPORT")}
    assert found == set()


ALLEGATIONS: list[tuple[str, Coded]] = [
    (
        "A lawsuit filed in March alleged the Peruvian government had prevented lawyers"
        " from visiting the prisoners.",
        ("ACCUSE", None, "Peru"),
    ),
    (
        "Senator Luis Ortiz alleged that Bolivia had funded the rebels for years.",
        ("ACCUSE", "Luis Ortiz", "Bolivia"),
    ),
    (
        "Fishermen's unions allege that the Chilean navy rammed their boats.",
        ("ACCUSE", None, "Chile"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALLEGATIONS)
def test_an_allegation_told_with_a_clause_accuses_the_clauses_subject(
    text: str, expected: Coded, finder: EntityFinder
) -> None:
    assert expected in coded(text, finder)


def test_one_said_to_have_done_a_thing_is_the_one_accused(finder: EntityFinder) -> None:
    """The passive ("is alleged to have taken bribes") accuses its subject, not a party
    the alleged act names."""
    found = coded("Senator Marco Diaz is alleged to have taken bribes from a Chilean firm.", finder)
    assert ("ACCUSE", None, "Marco Diaz") in found
    assert_coded_or_not(found, ("ACCUSE", None, "Chile"), coded_here=False)


def test_an_alleged_act_is_not_coded_as_done(finder: EntityFinder) -> None:
    """Analysts code the allegation, not the act it alleges (voa_dev's gold)."""
    found = coded("Senator Luis Ortiz alleged that Bolivia had attacked the border post.", finder)
    assert ("ACCUSE", "Luis Ortiz", "Bolivia") in found
    assert_coded_or_not(found, ("ASSAULT", "Bolivia", None), coded_here=False)


STATEMENT_VERBS: list[tuple[str, Coded]] = [
    # verbs of criticism: ACCUSE
    (
        "Senator Ana Lopez lambasted the Chilean government for its handling of the strike.",
        ("ACCUSE", "Ana Lopez", "Chile"),
    ),
    ("The Kenyan president rebuked Uganda over the border closure.", ("ACCUSE", "Kenya", "Uganda")),
    (
        "The court faulted Bolivia for failing to protect the witnesses.",
        ("ACCUSE", None, "Bolivia"),
    ),
    ("Rights groups deplored Peru's decision to expel the journalists.", ("ACCUSE", None, "Peru")),
    # congratulation and tribute: SUPPORT
    (
        "President Lena Holm congratulated Ecuador on its peaceful election.",
        ("SUPPORT", "Lena Holm", "Ecuador"),
    ),
    (
        "Prime Minister Jonas Berg paid tribute to Iceland for its rescue teams.",
        ("SUPPORT", "Jonas Berg", "Iceland"),
    ),
    # objections and refusals: REJECT
    ("Bolivia objected to the Chilean proposal.", ("REJECT", "Bolivia", "Chile")),
    ("Peru turned down Bolivia's offer of help.", ("REJECT", "Peru", "Bolivia")),
    ('"Of course I disagree," said Senator Marta Gil.', ("REJECT", "Marta Gil", None)),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_VERBS)
def test_a_verb_of_criticism_praise_or_objection_is_its_statement(
    text: str, expected: Coded, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    kind, source, target = expected
    assert any(
        t == kind and (source is None or s == source) and g == target for t, s, g in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ana Gil took aim at Chile over its water policy.",  # words, no seizure
        "The officers saluted the flag as the ship left Callao.",  # a salute, no praise
    ],
)
def test_an_idiom_of_words_or_a_gesture_is_no_deed_between_actors(
    text: str, finder: EntityFinder
) -> None:
    assert not {c for c in coded(text, finder) if c[0] in ("COERCE", "SUPPORT")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Lena Berg is expected to visit Chile in late April.",
            ("AGREE", "Lena Berg", "Chile"),
        ),
        (
            "The Kenyan president is scheduled to meet Ethiopian leaders in Addis Ababa.",
            ("AGREE", "Kenya", "Ethiopia"),
        ),
    ],
)
def test_a_meeting_announced_for_the_future_is_an_agreement(
    text: str, expected: Coded, finder: EntityFinder
) -> None:
    """PLOVER: consultation reported in the future tense is AGREE; "is expected to",
    "is scheduled to" announce it as "will" does."""
    found = coded(text, finder)
    assert expected in found
    assert_coded_or_not(found, ("CONSULT", expected[1], expected[2]), coded_here=False)


def test_a_meeting_told_as_done_stays_a_consultation(finder: EntityFinder) -> None:
    found = coded("Prime Minister Lena Berg visited Chile in late April.", finder)
    assert ("CONSULT", "Lena Berg", "Chile") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya's decision drew sharp criticism from rights groups.", ("ACCUSE", None, "Kenya")),
        (
            "Bolivia has faced criticism over the arrests of the miners.",
            ("ACCUSE", None, "Bolivia"),
        ),
    ],
)
def test_criticism_received_from_no_one_named_still_accuses_its_receiver(
    text: str, expected: Coded, finder: EntityFinder
) -> None:
    """A confident accusation keeps a null side rather than being dropped."""
    assert expected in coded(text, finder)


def test_support_received_from_no_one_named_is_no_event(finder: EntityFinder) -> None:
    """Support from nobody in particular is no event an analyst can use."""
    found = coded("The Peruvian plan won support from several senators.", finder)
    assert_coded_or_not(found, ("SUPPORT", None, "Peru"), coded_here=False)


ISSUE_16_STATEMENTS: list[tuple[str, Coded]] = [
    # issue 16's own invented sentences for statements
    (
        "Senator Lucia Mendez said she was grateful to Minister Ortiz for the new school.",
        ("SUPPORT", "Lucia Mendez", "Ortiz"),
    ),
    ("South Korea says both armies committed serious abuses.", ("ACCUSE", "South Korea", None)),
    (
        "Denmark said it would impose heavy costs on Iceland if the deal collapses.",
        ("THREATEN", "Denmark", "Iceland"),
    ),
    (
        "On a call, Estonia's foreign minister spoke with Chilean President Camila Rojas"
        " about trade.",
        ("CONSULT", "Estonia", "Camila Rojas"),
    ),
    (
        "“Peru's new water code ignores the south,” said analyst Mariana Soto.",
        ("ACCUSE", "Mariana Soto", "Peru"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ISSUE_16_STATEMENTS)
def test_the_issues_statement_examples_are_coded(
    text: str, expected: Coded, finder: EntityFinder
) -> None:
    assert expected in coded(text, finder)


COMMITTED_WRONGS: list[tuple[str, Coded]] = [
    (
        "Human Rights Watch said security forces perpetrated atrocities in the north.",
        ("ACCUSE", "Human Rights Watch", None),
    ),
    (
        '"Both sides committed abuses during the war," said Chilean judge Marta Rios.',
        ("ACCUSE", "Marta Rios", None),
    ),
    # a doer the words name is the one accused
    ("Chile says Peruvian troops committed serious abuses.", ("ACCUSE", "Chile", "Peru")),
]


@pytest.mark.parametrize(("text", "expected"), COMMITTED_WRONGS)
def test_a_wrong_a_speaker_says_was_committed_accuses_its_doers(
    text: str, expected: Coded, finder: EntityFinder
) -> None:
    """The doers may name no actor ("both sides"): the accusation keeps a null target."""
    assert expected in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        '"We committed no crimes," said rebel commander Idris Sule.',
        "The Kenyan minister said the children committed no offence.",
    ],
)
def test_a_denied_wrong_or_one_the_speaker_owns_accuses_no_one(
    text: str, finder: EntityFinder
) -> None:
    assert not {c for c in coded(text, finder) if c[0] == "ACCUSE"}


LIKENINGS: list[tuple[str, Coded]] = [
    (
        "Bolivian President Luis Arce likened the Chilean plan to theft.",
        ("ACCUSE", "Luis Arce", "Chile"),
    ),
    (
        "Kenyan minister Amos Wekesa compared Uganda's new tariff to blackmail.",
        ("ACCUSE", "Amos Wekesa", "Uganda"),
    ),
    (
        "Mexican President Claudia Sheinbaum likened the Canadian tariffs to a betrayal.",
        ("ACCUSE", "Claudia Sheinbaum", "Canada"),
    ),
    (
        "Ghanaian President John Mahama compared Togo's reforms to a success story.",
        ("SUPPORT", "John Mahama", "Togo"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIKENINGS)
def test_what_a_thing_is_likened_to_judges_its_owner(
    text: str, expected: Coded, finder: EntityFinder
) -> None:
    assert expected in coded(text, finder)


def test_doubts_voiced_about_what_will_happen_are_no_objection(finder: EntityFinder) -> None:
    found = coded("Kenya expressed doubts that the truce with Somalia would hold.", finder)
    assert not {c for c in found if c[0] == "ACCUSE"}


def test_a_likening_with_no_word_of_blame_or_praise_is_no_verdict(finder: EntityFinder) -> None:
    found = coded("The Kenyan finance minister compared Uganda's budget to last year's.", finder)
    assert not {c for c in found if c[0] in ("ACCUSE", "SUPPORT")}


STATEMENT_PHRASES: list[tuple[str, Coded]] = [
    # credit given for a deed: SUPPORT
    ("Senator Ana Ruiz credited Chile with ending the blockade.", ("SUPPORT", "Ana Ruiz", "Chile")),
    (
        "Mayor Tomas Greco credits the Kenyan police for the calm.",
        ("SUPPORT", "Tomas Greco", "Kenya"),
    ),
    # objections voiced: ACCUSE (PLOVER "express disapprovals, objections")
    ("Peru voiced its opposition to the Chilean proposal.", ("ACCUSE", "Peru", "Chile")),
    ("Norway registered its objection to the Danish quota plan.", ("ACCUSE", "Norway", "Denmark")),
    # the milder words of an objection: reservations, misgivings, frustration
    ("Japan voiced serious misgivings about the Chinese proposal.", ("ACCUSE", "Japan", "China")),
    (
        "Norway expressed frustration with Sri Lanka's refusal to talk.",
        ("ACCUSE", "Norway", "Sri Lanka"),
    ),
    (
        "The Indian minister expressed disappointment over Nepal's decision.",
        ("ACCUSE", "India", "Nepal"),
    ),
    # holding one to be what a word of blame or praise says
    (
        "Senator Ana Ruiz regards the Bolivian election as illegitimate.",
        ("ACCUSE", "Ana Ruiz", "Bolivia"),
    ),
    ("Japan views India as a reliable partner.", ("SUPPORT", "Japan", "India")),
    # regretting another party's choice
    ("Norway regretted Sweden's move to close the embassy.", ("ACCUSE", "Norway", "Sweden")),
    # words traded: each side accuses the other
    ("Chile and Peru exchanged insults at the summit.", ("ACCUSE", "Peru", "Chile")),
    (
        "Sudan's army and the Rapid Support Forces traded accusations over the attack.",
        ("ACCUSE", "Rapid Support Forces", "Sudan"),
    ),
    # advice on what another party should do is asking it
    (
        "The Kenyan minister suggested that Uganda should reopen the border.",
        ("REQUEST", "Kenya", "Uganda"),
    ),
    (
        "Analyst Rosa Vidal recommended that Peru must hold a recount.",
        ("REQUEST", "Rosa Vidal", "Peru"),
    ),
    # the same in the subjunctive: the act is asked of the clause's subject
    (
        "The Chilean foreign minister insisted that Bolivia withdraw its troops from the border.",
        ("REQUEST", "Chile", "Bolivia"),
    ),
    (
        "Norway proposed on Tuesday that Mali hold direct talks with the Tuareg rebels.",
        ("REQUEST", "Norway", "Mali"),
    ),
    (
        "Indonesian President Budi Santoso suggested that Myanmar free the jailed journalists.",
        ("REQUEST", "Budi Santoso", "Myanmar"),
    ),
    (
        "The Peruvian foreign ministry requested that Chile return the seized fishing boats.",
        ("REQUEST", "Peru", "Chile"),
    ),
    # conciliatory gestures: SUPPORT
    (
        "Turkish President Recep Tayyip Erdogan has made overtures to France.",
        ("SUPPORT", "Recep Tayyip Erdogan", "France"),
    ),
    # a call held with a party: CONSULT
    (
        "Kenya's president held a phone call with Ethiopian Prime Minister Abiy Ahmed.",
        ("CONSULT", "Kenya", "Abiy Ahmed"),
    ),
    (
        "President Lula da Silva spoke to Canadian Prime Minister Mark Carney by telephone.",
        ("CONSULT", "Lula da Silva", "Mark Carney"),
    ),
    (
        "The Bolivian foreign minister held a videoconference with her Chilean counterpart.",
        ("CONSULT", "Bolivia", "Chile"),
    ),
    # criticism aimed "at" a country: the country is the target, not the place
    ("Hungary hit out at Romania over the new border rules.", ("ACCUSE", "Hungary", "Romania")),
    ("Vietnam lashed out at Cambodia over the canal.", ("ACCUSE", "Vietnam", "Cambodia")),
    # a feeling parsed as a complement with a by-phrase
    (
        "The African Union is deeply concerned by Chad's decision to delay the vote.",
        ("ACCUSE", "African Union", "Chad"),
    ),
    # support pledged in words
    ("Spain pledged support for Morocco's bid to host the games.", ("SUPPORT", "Spain", "Morocco")),
    # entry where one has no right to be, in reported words: ACCUSE
    (
        "Vietnam's foreign ministry said a Chinese survey ship had intruded into its waters.",
        ("ACCUSE", "Vietnam", "China"),
    ),
    # provocation and lawlessness laid at an actor's door in reported words: ACCUSE
    ("Serbia said Kosovo was provoking a conflict in the north.", ("ACCUSE", "Serbia", "Kosovo")),
    (
        "Bolivia said Chile's decision to close the border was unconstitutional.",
        ("ACCUSE", "Bolivia", "Chile"),
    ),
]


@pytest.mark.parametrize(
    ("text", "unsaid"),
    [
        (
            '"We will not retaliate against Chile," said Peruvian Defense Minister Jorge Salas.',
            ("THREATEN", "Jorge Salas", "Chile"),
        ),
        (
            '"Ghana did not betray us," said Togolese Foreign Minister Ama Mensah.',
            ("ACCUSE", "Ama Mensah", "Ghana"),
        ),
    ],
)
def test_a_negated_cue_in_a_quote_codes_nothing(
    text: str, unsaid: Coded, finder: EntityFinder
) -> None:
    assert unsaid not in coded(text, finder)


def test_a_negated_demand_in_a_quote_still_asks(finder: EntityFinder) -> None:
    found = coded('"Chile must not close the border," said Peruvian minister Jorge Salas.', finder)
    assert ("REQUEST", "Jorge Salas", "Chile") in found


@pytest.mark.parametrize(("text", "expected"), STATEMENT_PHRASES)
def test_a_statement_told_with_a_phrase_of_its_own_is_coded(
    text: str, expected: Coded, finder: EntityFinder
) -> None:
    assert expected in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto spoke to VOA in Nairobi on Monday.",
        "Speaking to Bolivian lawmakers, President Luis Arce defended the budget.",
    ],
)
def test_an_interview_or_an_address_is_no_consultation(text: str, finder: EntityFinder) -> None:
    assert not {c for c in coded(text, finder) if c[0] == "CONSULT"}


def test_holding_a_thing_that_names_no_one_to_be_bad_accuses_no_one(
    finder: EntityFinder,
) -> None:
    """ "See" is no verb of judging: the attacks judged here are no one's."""
    found = coded(
        '"We have to see these raids on clinics as a dangerous pattern," said activist Grace Obi.',
        finder,
    )
    assert ("ACCUSE", "Grace Obi", None) not in found


CULPRITS: list[tuple[str, Coded]] = [
    (
        "Kenya says Somalia was behind the attack on the border post.",
        ("ACCUSE", "Kenya", "Somalia"),
    ),
    (
        '"Russia was behind the cyberattack on our ministries," said Estonian minister Kaja Tamm.',
        ("ACCUSE", "Kaja Tamm", "Russia"),
    ),
    (
        "Peruvian President Ana Vidal said Chile was behind the unrest in Tacna.",
        ("ACCUSE", "Ana Vidal", "Chile"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CULPRITS)
def test_a_party_said_to_be_behind_a_deed_is_accused(
    text: str, expected: Coded, finder: EntityFinder
) -> None:
    assert expected in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya says Somalia was not behind the attack.",
        '"The voters are behind the reforms," said Bolivian minister Rosa Paz.',
    ],
)
def test_a_denied_culprit_or_backing_is_no_accusation(text: str, finder: EntityFinder) -> None:
    assert not {c for c in coded(text, finder) if c[0] == "ACCUSE"}


@pytest.mark.parametrize(
    ("text", "expected", "not_done"),
    [
        (
            "Brazil is reluctant to join a military bloc against Argentina.",
            ("REJECT", "Brazil", "Argentina"),
            "COOPERATE",
        ),
        (
            "The Kenyan government remains reluctant to send troops to Somalia.",
            ("REJECT", "Kenya", "Somalia"),
            "MOBILIZE",
        ),
        (
            "Peru is unwilling to extradite the Chilean businessman Jorge Vidal.",
            ("REJECT", "Peru", "Jorge Vidal"),
            "COERCE",
        ),
    ],
)
def test_a_stated_unwillingness_is_a_refusal_and_the_act_is_not_done(
    text: str, expected: Coded, not_done: str, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    assert expected in found
    assert not {c for c in found if c[0] == not_done}


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Lagos did not refuse to meet the Ghanaian delegation.",
        "Japan is not reluctant to send troops to the Philippines.",
        "Brazil never rejected the offer from Argentina.",
        "Norway has not declined to host the talks with Iceland.",
    ],
)
def test_a_negated_refusal_is_told_as_not_done(text: str, finder: EntityFinder) -> None:
    """The refusal is kept, marked as not having happened (issue 16 item 5)."""
    refusals = [e for e in events_of(text, finder) if e.type == "REJECT"]
    assert refusals
    assert all(e.negated for e in refusals), refusals


def test_condemning_the_incident_blames_the_doer_of_the_deed_just_told(
    finder: EntityFinder,
) -> None:
    text = (
        "A Chinese coast guard ship rammed a Vietnamese fishing boat near the Paracels. "
        "Japan condemned the incident on Monday."
    )
    assert ("ACCUSE", "Japan", "China") in coded(text, finder)


def test_a_harm_another_party_is_said_to_intend_is_no_threat_by_the_speaker(
    finder: EntityFinder,
) -> None:
    text = (
        "Amnesty International said the raids were part of an effort by Interior Minister "
        "Carla Mendes to punish the striking dockworkers."
    )
    assert ("THREATEN", "Amnesty International", "Carla Mendes") not in coded(text, finder)


def test_a_harm_the_speakers_side_promises_is_a_threat(finder: EntityFinder) -> None:
    text = '"We will retaliate against Azerbaijan," said Armenian Defense Minister Suren Papikyan.'
    assert ("THREATEN", "Suren Papikyan", "Azerbaijan") in coded(text, finder)
