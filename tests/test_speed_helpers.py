"""Helpers written to do less work per article give what the plain ways give."""

from __future__ import annotations

import random
import re

import numpy
import pytest

from dossier.date_patterns import date_lexicon
from dossier.doc_arrays import FEW, capitalized_words, noun_chunks, one_of
from dossier.events.charge_states import first_words
from dossier.mentions import SpanSet
from dossier.name_repairs import title_case_runs
from dossier.nlp import load_pipeline
from dossier.quote_marks import closing_index, is_opening, may_hold, quoted_spans
from dossier.syntax.subjects import SUBJECTS_KEY, climbed_subject, subject_of

TEXT = (
    "The ministers of Norland and Ostmark said on Monday that the Harbour Authority "
    "would reopen the port. Talks in Velm City resumed, and the envoy, who had left, "
    "returned. They said the Velm River Dam was repaired."
)


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return load_pipeline()(TEXT)


def brute_overlapping(spans: list[tuple[int, int]], start: int, end: int) -> list[int]:
    ordered = sorted(spans)
    return [i for i, (s, e) in enumerate(ordered) if s < end and e > start]


def test_span_set_finds_every_overlapping_span_in_order() -> None:
    rng = random.Random(7)
    for _ in range(300):
        spans = []
        for _ in range(rng.randrange(12)):
            start = rng.randrange(200)
            spans.append((start, start + rng.choice([0, 1, 3, 8, 40, 150])))
        found = SpanSet(spans)
        for _ in range(15):
            start = rng.randrange(-5, 210)
            end = start + rng.randrange(0, 30)
            assert found.overlapping(start, end) == brute_overlapping(spans, start, end)


def test_one_long_span_is_still_found_far_from_its_start() -> None:
    found = SpanSet([(0, 500), (10, 12), (300, 310), (320, 330)])
    assert [found.spans[i] for i in found.overlapping(305, 306)] == [(0, 500), (300, 310)]
    assert found.overlapping(600, 700) == []
    assert [found.spans[i] for i in found.containing(321, 322)] == [(0, 500), (320, 330)]


@pytest.mark.parametrize("size", [0, 1, 3, FEW, FEW + 1, 40])
def test_one_of_is_numpy_isin(size: int) -> None:
    rng = random.Random(size)
    values = numpy.array([rng.randrange(2**64) for _ in range(50)], dtype=numpy.uint64)
    wanted = frozenset(
        [int(v) for v in values[: size // 2]] + [rng.randrange(2**64) for _ in range(size)]
    )
    expected = numpy.isin(values, numpy.fromiter(wanted, dtype=numpy.uint64, count=len(wanted)))
    assert one_of(values, wanted).tolist() == expected.tolist()


def test_one_of_a_large_set_by_offsets_edges_and_repeats() -> None:
    wanted = frozenset(range(10, 200, 7))  # more than FEW: found by a sorted search
    offsets = numpy.array([0, 10, 11, 17, 199, 196, 500, 3], dtype=numpy.int64)
    expected = [int(v) in wanted for v in offsets]
    assert one_of(offsets, wanted).tolist() == expected
    assert one_of(offsets, wanted).tolist() == expected  # the kept sorted array
    assert one_of(offsets[::-1], frozenset(wanted)).tolist() == expected[::-1]
    assert one_of(offsets[:0], wanted).tolist() == []
    assert not one_of(numpy.array([2**64 - 1], dtype=numpy.uint64), frozenset(range(20)))[0]
    huge = frozenset({2**64 - 1, *range(20)})  # a value an int64 column cannot hold
    assert one_of(offsets, huge).tolist() == [int(v) in huge for v in offsets]


def test_capitalized_words_are_the_words_of_letters_with_a_capital(doc) -> None:  # type: ignore[no-untyped-def]
    expected = [(t.i, t.pos) for t in doc if t.is_alpha and t.text[0].isupper()]
    assert capitalized_words(doc) == expected
    assert capitalized_words(doc) is capitalized_words(doc)  # read once per Doc


def test_subject_of_is_found_once_and_kept(doc) -> None:  # type: ignore[no-untyped-def]
    for token in doc:
        assert subject_of(token) == climbed_subject(token)
    kept = doc.user_data[SUBJECTS_KEY]
    assert set(kept) == {t.i for t in doc}
    said = next(t for t in doc if t.lower_ == "said")
    subject = subject_of(said)
    assert subject is not None and subject.lower_ == "ministers"


def walked_spans(text: str, max_chars: int) -> list[tuple[int, int]]:
    """quoted_spans' spans found by a walk over every character (no warnings)."""
    spans, i = [], 0
    while i < len(text):
        if text[i] not in '“"«„' or not is_opening(text, i):
            i += 1
            continue
        end = closing_index(text, i)
        if end is None:
            i += 1
            continue
        if end - i - 1 <= max_chars and end > i + 1:
            spans.append((i + 1, end))
        i = end if text[end] == "“" and text[i] == "“" else end + 1
    return spans


def test_quoted_spans_are_those_a_walk_over_every_character_finds() -> None:
    rng = random.Random(11)
    texts = [
        '“We will stay,” she said. He said "no" twice, and a 12" pipe burst.',
        "«Nous restons» dit-il. „Wir bleiben“, sagte sie.\n\n“First part.\n\n“Second part.”",
        "“Open quote with no end.\n\nNext paragraph.",
    ]
    texts += ["".join(rng.choice('ab 1\n"“”«»„.') for _ in range(30)) for _ in range(2000)]
    for text in texts:
        for max_chars in (4, 4000):
            assert quoted_spans(text, max_chars)[0] == walked_spans(text, max_chars)


def test_may_hold_looks_for_a_phrase_in_any_case() -> None:
    assert may_hold("The road is closed, ACCORDING TO the mayor.", ("according to", "as per"))
    assert not may_hold("The mayor said the road is closed.", ("according to", "as per"))
    assert may_hold("no such words", ("d’après",))  # not ASCII: left to the full search


@pytest.mark.parametrize(
    ("number", "old"),
    [
        (1, r"(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])"),
        (2, r"(?<![\w/.])\d{1,2}[/.]\d{1,2}[/.]\d{4}(?![\w/])"),
    ],
)
def test_digit_first_date_scanners_match_as_the_look_back_first_forms(
    number: int, old: str
) -> None:
    scanner, before = date_lexicon().scanners[number], re.compile(old)
    rng = random.Random(number)
    texts = ["On 2024-05-07 and 7/5/2024, not x2024-05-07 nor 1.2.2024x; 12/11/2023.", ""]
    texts += ["".join(rng.choice("0123456789-/. a_") for _ in range(24)) for _ in range(3000)]
    for text in texts:
        assert [m.span() for m in scanner.finditer(text)] == [
            m.span() for m in before.finditer(text)
        ]


def test_first_words_of_phrases() -> None:
    assert first_words(frozenset({"under investigation", "on trial", "under arrest"})) == {
        "under",
        "on",
    }


def test_noun_chunks_are_spacy_s(doc) -> None:  # type: ignore[no-untyped-def]
    expected = [(c.start, c.end, c.label_) for c in doc.noun_chunks]
    assert [(c.start, c.end, c.label_) for c in noun_chunks(doc)] == expected
    the = [(c.start, c.end) for c in noun_chunks(doc, first="the")]
    assert the == [(c.start, c.end) for c in doc.noun_chunks if c[0].lower_ == "the"]
    assert "the Harbour Authority" in [c.text for c in noun_chunks(doc, first="the")]


def test_title_case_runs_stop_at_a_lower_case_word_and_a_sentence_start(doc) -> None:  # type: ignore[no-untyped-def]
    runs = [" ".join(t.text for t in run) for run in title_case_runs(doc)]
    assert "Harbour Authority" in runs and "Velm City" in runs
    assert "Velm River Dam" in runs
    single = [" ".join(t.text for t in run) for run in title_case_runs(doc, min_length=1)]
    assert "Norland" in single and "Ostmark" in single
