"""The parse readings the event coder relies on, each on a sentence written here."""

from __future__ import annotations

from spacy.tokens import Doc

from dossier.nlp import load_pipeline
from dossier.syntax.clauses import modal_chain, reporter_of_conjunct, subtree_bounds
from dossier.syntax.coordination import (
    apposed_conjuncts,
    is_reciprocal,
    split_co_subjects,
    stranded_conjuncts,
)
from dossier.syntax.mood import is_generic_gerund, is_inverted, is_negated, is_question
from dossier.syntax.passives import is_passive, shared_passive_subject
from dossier.syntax.phrases import measured_object
from dossier.syntax.subjects import infinitive_subject, stranded_subject, subject_of


def word(text: str, which: str):  # type: ignore[no-untyped-def]
    doc = load_pipeline()(text)
    return next(t for t in doc if t.text == which)


def test_a_subject_stranded_on_the_phrase_before_is_found() -> None:
    moved = word(
        "While Chile has kept out of the border quarrel for a decade of Andean "
        "Summits, Peru and Bolivia have also moved to talk with the rebels.",
        "moved",
    )
    subject = stranded_subject(moved)
    assert subject is not None and subject.text == "Peru"
    assert stranded_subject(word("Peru moved to talk with the rebels.", "moved")) is None


def test_a_detached_co_subject_is_found() -> None:
    """The small model sometimes hangs the first of two victims on "after" and leaves
    the second alone as the subject; the parse is written out here because which
    sentences get it varies with the model's version."""
    words = [
        "On", "March", "9", ",", "the", "rebel", "front", "took", "a", "heavy", "blow",
        "after", "its", "spokesman", "Karim", "Naseri", "and", "General", "Dawood", "Rahimi",
        "were", "killed", ".",
    ]  # fmt: skip
    heads = [7, 0, 1, 7, 6, 6, 7, 7, 10, 10, 7, 21, 13, 11, 15, 13, 15, 19, 19, 21, 21, 7, 7]
    deps = [
        "prep", "pobj", "nummod", "punct", "det", "compound", "nsubj", "ROOT", "det", "amod",
        "dobj", "mark", "poss", "pobj", "compound", "appos", "cc", "compound", "compound",
        "nsubjpass", "auxpass", "advcl", "punct",
    ]  # fmt: skip
    pos = ["PROPN" if w[0].isupper() and i > 1 else "X" for i, w in enumerate(words)]
    doc = Doc(load_pipeline().vocab, words=words, heads=heads, deps=deps, pos=pos)
    rahimi = doc[19]
    assert [t.text for t in stranded_conjuncts(rahimi)] == ["Naseri"]
    # the same two names parsed as the model usually does: nothing is stranded
    joined = word(
        "In June the rebel alliance lost heavily when its spokesman Karim Naseri and "
        "General Dawood Rahimi were killed.",
        "Rahimi",
    )
    assert stranded_conjuncts(joined) == []


def test_a_co_subject_parsed_as_a_second_subject_is_its_conjunct() -> None:
    # the small model hangs "and" on Rojas and makes Mora a subject of its own
    words = ["Chilean", "President", "Camila", "Rojas", "and", "Peruvian", "President",
             "Luis", "Mora", "met", "on", "Monday", "."]  # fmt: skip
    heads = [1, 3, 3, 9, 3, 6, 8, 8, 9, 9, 9, 10, 9]
    deps = ["amod", "compound", "compound", "nsubj", "cc", "amod", "compound", "compound",
            "nsubj", "ROOT", "prep", "pobj", "punct"]  # fmt: skip
    doc = Doc(load_pipeline().vocab, words=words, heads=heads, deps=deps)
    assert [t.text for t in split_co_subjects(doc[3])] == ["Mora"]
    assert split_co_subjects(doc[8]) == []  # the second one has no co-subject after it
    # one subject, "and" joining clauses: no co-subject
    assert split_co_subjects(word("Camila Rojas resigned and left Lima on Monday.", "Rojas")) == []


def test_passives_and_the_subject_a_coordinated_passive_shares() -> None:
    whipped = word("The pair were held for hours and whipped with cables.", "whipped")
    assert is_passive(whipped.head)
    shared = shared_passive_subject(whipped)
    assert shared is not None and shared.text == "pair"


def test_questions_conditions_and_kinds_of_act() -> None:
    assert is_question(word("Sabry was asked whether his country would send troops.", "asked"))
    assert not is_question(word("Sri Lanka asked India for help.", "asked"))
    assert is_inverted(word("Should we fail, we would seek help.", "Should"))
    assert is_generic_gerund(word("Taking a country by force is not the path.", "Taking"))
    assert is_generic_gerund(
        word("Seizing towns by force and abusing the people is not the path.", "abusing")
    )


def test_an_infinitive_s_subject_and_what_a_quantity_measures() -> None:
    allowed = word("Belarus allowed Russian units to use its territory.", "allowed")
    subject = infinitive_subject(allowed)
    assert subject is not None and subject.text == "units"
    kilos = word("Danish doctors handed over 300 kg of food to the Red Cross.", "kg")
    measured = measured_object(kilos)
    assert measured is not None and measured.text == "food"


def test_names_apposed_to_a_plural_and_reciprocal_objects() -> None:
    reporters = word(
        "Two reporters from the daily Pajhwok, Ahmad Erfanyar and Mohammad Nazir, were held.",
        "reporters",
    )
    assert [t.text for t in apposed_conjuncts(reporters)][-1:] == ["Nazir"]
    assert is_reciprocal(word("Chile and Peru restored their ties.", "restored"))
    assert not is_reciprocal(word("Chile restored ties with Peru.", "restored"))


def test_their_stance_for_a_named_third_party_is_not_reciprocal() -> None:
    for text, verb in (
        ("Chile and Peru reaffirmed their support for Bolivia.", "reaffirmed"),
        ("Ghana and Togo voiced their backing for Benin's bid.", "voiced"),
        ("Japan and Korea pledged their backing to Ukraine.", "pledged"),
    ):
        assert not is_reciprocal(word(text, verb)), text
    upgraded = word("Chile and Peru upgraded their relations to ambassador level.", "upgraded")
    assert is_reciprocal(upgraded)


def test_a_mood_reaches_up_clauses_but_not_out_of_a_relative_clause() -> None:
    resume = word("The group warned it would resume attacks.", "resume")
    assert [t.text for t in modal_chain(resume)][:2] == ["resume", "warned"]
    facilitated = word(
        "The truce was announced after talks that were facilitated by Qatar.", "facilitated"
    )
    assert [t.text for t in modal_chain(facilitated)] == ["facilitated"]


def test_subtree_bounds_are_those_of_the_whole_subtree() -> None:
    doc = load_pipeline()(
        "Officials in Velmora, who had waited for weeks, said on Monday that the "
        "envoy from Kesh would not return until the border talks resumed."
    )
    for token in doc:
        words = list(token.subtree)
        assert subtree_bounds(token) == (words[0].idx, words[-1].idx + len(words[-1].text))


def test_negation_by_no_longer_and_by_neither_on_an_argument() -> None:
    assert is_negated(word("Bolivia no longer recognizes the tribunal.", "recognizes"))
    assert is_negated(word("Neither Laos nor Nepal signed the accord.", "signed"))
    assert is_negated(word("Neither side accepted the offer from Oslo.", "accepted"))
    assert is_negated(word("Ghana condemned neither the raid nor the arrests.", "condemned"))
    assert is_negated(word("Tonga did not sign the accord.", "sign"))
    assert not is_negated(word("Fiji not only signed the accord but ratified it.", "signed"))
    assert not is_negated(word("Bolivia recognizes the tribunal no matter what.", "recognizes"))
    assert not is_negated(word("Either Laos or Nepal signed the accord.", "signed"))


def test_a_spoken_act_after_a_reported_clause_is_the_reporters() -> None:
    """ "accused" hangs on "shelled" in the parse; it stands beside "denied"."""
    accused = word("Moscow denied it had shelled the market and accused Kyiv of lying.", "accused")
    reporter = reporter_of_conjunct(accused)
    assert reporter is not None and reporter.text == "denied"
    killed = word("Officials said the rebels had seized the town and killed ten.", "killed")
    assert reporter_of_conjunct(killed) is None  # no spoken act: the rebels killed


def test_reported_span_is_the_whole_subtree_mark_and_all() -> None:
    from dossier.reported_speech import subtree_span

    doc = load_pipeline()(
        "The mayor of Orlin said that the bridge would reopen once the engineers, "
        "who arrived from Dastra, had signed off on the repairs."
    )
    for token in doc:
        words = list(token.subtree)
        whole = (words[0].idx, words[-1].idx + len(words[-1].text))
        assert subtree_span(token) == whole
        assert subtree_span(token, skip_mark=True) == whole  # "that" included, as before


def test_the_name_before_an_emphatic_pronoun_is_the_subject() -> None:
    """ "Guinea, itself ruled by soldiers, refused": the parse makes "itself" the subject."""
    subject = subject_of(
        word("Guinea, itself ruled by a military government, refused to join.", "refused")
    )
    assert subject is not None and subject.text == "Guinea"
    own = subject_of(word("The council itself voted against the plan.", "voted"))
    assert own is not None and own.text == "council"
