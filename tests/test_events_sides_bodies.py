"""Sides named through a body (issue 16): an acronym the model leaves untagged that
the article ties to an organization ("ICE and DHS declined", ``acronym_mentions``); a
person's name glued to the body named before it ("Chamber of Deputies Ana Ruiz",
``glued_names``); "they" after "DHS officials" is DHS (``mentions.members_subject``);
the main verb the parse hung on its subject after a participle clause ("The Front,
headed by X, called on …", ``syntax.subjects.finite_modifier``); "Biden administration
officials" are the United States (``ActorSides.administration_country``); "following
talks with X, Y declined" are Y's talks (``NounFrames.clause_subject``); a place a
state's deed took people from is no target ("deported … from Lampedusa",
``RoleFinding.taken_from``). Sentences written
for these tests: invented people and bodies, real states.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded, every_coded
from dossier.acronym_mentions import with_untagged_acronyms
from dossier.entities import EntityFinder
from dossier.names import Mention
from dossier.nlp import load_pipeline, parse

CODED: list[tuple[str, Coded]] = [
    # an acronym defined by the article, then untagged beside a tagged one
    ("The Andean Liberation Army (ALA) raided a depot. The ALA and the Colombian army"
     " rejected the truce.", ("REJECT", "Andean Liberation Army", None)),
    # an acronym spelling the initials of a body the article names in full
    ("Officials of the Maritime Border Authority met in Quito. MBA and Interpol"
     " rejected the findings.", ("REJECT", "Maritime Border Authority", None)),
    # acronyms of the actor list, tagged alone or joined
    ("ICE and DHS rejected the request.", ("REJECT", "ICE", None)),
    ("ICE and DHS rejected the request.", ("REJECT", "DHS", None)),
    # an acronym no definition ties to a body, joined to a named actor
    ("Colombia and the ELN rejected the proposal.", ("REJECT", "ELN", None)),
    # a person after a body's name
    ("Police in Quito arrested a former member of Ecuador's Chamber of Deputies Lucio"
     " Arbeloa, who is accused of fraud.", ("COERCE", "Ecuador", "Lucio Arbeloa")),
    ("The prison holds a former member of Bolivia's Chamber of Deputies Teodoro Quispe,"
     " who is accused of sedition.", ("ACCUSE", None, "Teodoro Quispe")),
    # "they" after a body's officials
    ("A lawsuit says the Peruvian government broke the law. Interpol officials did not"
     " comment, but they have denied the claims.", ("REJECT", "Interpol", None)),
    # a leader's administration's officials are the state's
    ("Biden administration officials accused Iran of lying.", ("ACCUSE", "United States", "Iran")),
    # talks told by a participle used as a preposition are the clause subject's
    ("Following talks with Chilean President Marta Rojas on Monday, Peruvian President"
     " Luis Vega declined to sign the deal.", ("CONSULT", "Luis Vega", "Marta Rojas")),
    # where a state's deed took people from is no side of it
    ("Last month, Spain deported 90 migrants from Lampedusa to Tunisia.",
     ("COERCE", "Spain", None)),
    # the main verb read as a modifier of its subject
    ("The Popular Unity Front, headed by Rosa Tello, called on Bolivia to free the"
     " prisoners.", ("REQUEST", "Popular Unity Front", "Bolivia")),
    # ... also after the subject's relative clause, read as "a country called X"
    ("Egypt, which has long mediated between the factions, called on Hamas to release the"
     " hostages.", ("REQUEST", "Egypt", "Hamas")),
    ("Russia, which has about 2,000 peacekeepers in the region, called on Armenia to stop"
     " the fighting.", ("REQUEST", "Russia", "Armenia")),
]  # fmt: skip

NOT_CODED: list[tuple[str, Coded]] = [
    # a disease's letters joined to a state's name are no actor
    ("Peru and Chile rejected the claim that HIV and COVID rates rose.",
     ("REJECT", "COVID", None)),
    # a body is not the person named after it
    ("The prison holds a former member of Bolivia's Chamber of Deputies Teodoro Quispe,"
     " who is accused of sedition.", ("ACCUSE", None, "Chamber of Deputies Teodoro Quispe")),
    # the body's leader is not the named body
    ("The Popular Unity Front, headed by Rosa Tello, called on Bolivia to free the"
     " prisoners.", ("REQUEST", "Rosa Tello", "Bolivia")),
    # a town people were deported from is no target, nor its state
    ("Last month, Spain deported 90 migrants from Lampedusa to Tunisia.",
     ("COERCE", None, "Italy")),
    ("Kenya deported 60 detainees from Diego Garcia to Sri Lanka.",
     ("COERCE", None, "British Indian Ocean Territory")),
    # the leader is not his administration's officials
    ("Biden administration officials accused Iran of lying.", ("ACCUSE", "Biden", None)),
    # "they" after a body's officials is not the state named before
    ("A lawsuit says the Peruvian government broke the law. Interpol officials did not"
     " comment, but they have denied the claims.", ("REJECT", "Peru", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event"), CODED, ids=[t for t, _ in CODED])
def test_side_named_through_a_body(text: str, event: Coded, finder: EntityFinder) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here=True)


@pytest.mark.parametrize(("text", "event"), NOT_CODED, ids=[t for t, _ in NOT_CODED])
def test_side_not_the_wrong_one(text: str, event: Coded) -> None:
    assert_coded_or_not(every_coded(text), event, coded_here=False)


ENTITY_NAMES: list[tuple[str, set[str]]] = [
    ("Police said a member of Ecuador's Chamber of Deputies Lucio Arbeloa was detained at"
     " the border.",
     {"Chamber of Deputies", "Lucio Arbeloa"}),
    ("The Forest Rangers Service (FRS) closed the park. FRS and the army said it had no"
     " choice.", {"Forest Rangers Service"}),
]  # fmt: skip


def names_in(text: str, finder: EntityFinder) -> dict[str, list[str]]:
    """Each entity's name, with the text of each of its mentions."""
    (doc,) = parse(load_pipeline(), [text])
    return {e.name: [text[s:t] for s, t in e.mentions] for e in finder.find(doc)}


@pytest.mark.parametrize(("text", "names"), ENTITY_NAMES, ids=[t for t, _ in ENTITY_NAMES])
def test_body_and_person_named_apart(text: str, names: set[str], finder: EntityFinder) -> None:
    found = names_in(text, finder)
    assert names <= found.keys(), found


def test_acronym_joins_its_body(finder: EntityFinder) -> None:
    found = names_in(ENTITY_NAMES[1][0], finder)
    assert found["Forest Rangers Service"].count("FRS") == 2, found


def test_words_after_a_body_that_are_no_name_stay_the_body(finder: EntityFinder) -> None:
    found = names_in("The Workers Party Central Committee met in Lima.", finder)
    assert not any(name.startswith("Central") for name in found), found


def test_acronym_in_a_shouted_line_is_a_word() -> None:
    text = "The Forest Rangers Service said so. WE WANT FRS OUT NOW. Then FRS left."
    (doc,) = parse(load_pipeline(), [text])
    body = Mention(4, 26, "Forest Rangers Service", "ORG", "ORG:Forest Rangers Service")
    added = [m for m in with_untagged_acronyms(doc, [body]) if m is not body]
    assert [text[m.start :] for m in added] == ["FRS left."], added
