"""Readers of the event stage that read once what they were asked again and again give
the answers the repeated reads gave: lone surnames from an index per article
(``actor_parse.surnamed_people``), a sentence's prepositions' objects with their actors
(``PlaceRoles.sentence_pobjs``); the words a quote may name an actor at
(``QuoteTargets.naming_words``) and those an epithet may end at
(``epithets.epithet_candidates``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.actor_parse import person_by_surname, surnamed_people, surnamed_person
from dossier.entities import EntityFinder
from dossier.epithets import EPITHET_TAGS, _epithet_span, epithet_candidates, epithet_span
from dossier.events.coder import _EventCoder
from dossier.models import Entity
from dossier.nlp import load_pipeline, parse

TEXTS = [
    "Rosa Quispe met Mateo Quispe in Cusco. Later Quispe told reporters that Vargas had left.",
    "Interior Minister Aida Vargas said police detained two suspects in the port of Paita. "
    "Vargas praised the officers, and Ramos, a local judge, ordered them held in Piura.",
    "Gunmen seized 12 farmers from a village near Tillaberi; Garba Issoufou condemned it. "
    "Issoufou said soldiers in Niamey were ready.",
]


def person(name: str, number: int, kind: str = "PERSON") -> Entity:
    return Entity(id=f"e{number}", name=name, type=kind, mentions=[(0, 1)])


@pytest.mark.parametrize("text", TEXTS)
def test_surnamed_person_answers_as_person_by_surname_at_every_word(
    text: str, finder: EntityFinder
) -> None:
    (doc,) = parse(load_pipeline(), [text])
    entities = finder.find(doc)
    extra = [person("Lena Vargas", 90), person("Vargas Group", 91, "ORG"), person("Ramos", 92)]
    for people in (entities, [*entities, *extra]):
        index = surnamed_people(people)
        for token in doc:
            assert surnamed_person(token, index) == person_by_surname(token, people)


def test_surnamed_people_keeps_each_surname_by_id_and_leaves_out_one_word_names() -> None:
    first, second, again = person("Ana Ruiz", 1), person("Luis Ruiz", 2), person("Ana Ruiz", 1)
    index = surnamed_people([first, second, again, person("Ruiz", 3), person("Ruiz SA", 4, "ORG")])
    assert list(index) == ["Ruiz"]
    assert index["Ruiz"] == {"e1": again, "e2": second}


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_pobjs_are_the_sentence_prepositions_objects_with_their_actors(
    text: str, finder: EntityFinder
) -> None:
    (doc,) = parse(load_pipeline(), [text])
    entities = finder.find(doc)
    coder = _EventCoder(doc, entities, [], [])
    for token in doc:
        found = coder.sentence_pobjs(token)
        expected = [w for w in token.sent if w.dep_ == "pobj"]
        assert [w.i for w, _ in found] == [w.i for w in expected]
        assert [actors for _, actors in found] == [coder.finder.actors_of(w) for w in expected]
        assert coder.sentence_pobjs(token) is found  # read once per sentence


@pytest.mark.parametrize("text", TEXTS)
def test_naming_words_are_the_words_named_at_can_find_an_actor_at(
    text: str, finder: EntityFinder
) -> None:
    (doc,) = parse(load_pipeline(), [text])
    coder = _EventCoder(doc, finder.find(doc), [], [])
    naming = coder.naming_words()
    assert len(naming) == len(doc)
    for token in doc:
        covered = bool(coder.index.covering(token.idx, token.idx + 1))
        assert naming[token.i] == (covered or token.dep_ == "amod"), token.text
    speaker = coder.index.entities[0]
    own = {speaker.name}
    for token in doc:  # where it is 0, named_at finds no one
        if not naming[token.i]:
            assert coder.named_at(speaker, own, token) == []


EPITHET_TEXTS = [
    "The island nation voted. The Gulf state and the oil-rich kingdom of Bhutan met; the"
    " small Andean country said the country would not sign. A nation and the nations left.",
    *TEXTS,
]


@pytest.mark.parametrize("text", EPITHET_TEXTS)
def test_epithet_candidates_hold_every_word_an_epithet_ends(text: str) -> None:
    (doc,) = parse(load_pipeline(), [text])
    candidates = [t.i for t in epithet_candidates(doc)]
    assert candidates == sorted(set(candidates))
    assert all(doc[i].tag_ in EPITHET_TAGS for i in candidates)
    assert all(any(c.lower_ == "the" for c in doc[i].children) for i in candidates)
    ends = [t.i for t in doc if t.tag_ in EPITHET_TAGS and _epithet_span(t) is not None]
    assert set(ends) <= set(candidates)  # so epithet_span may read only the candidates
    assert [t.i for t in doc if epithet_span(t) is not None] == ends
    assert ends or text != EPITHET_TEXTS[0]  # the first names several
