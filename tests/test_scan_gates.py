"""The date scanners' cheap pre-tests: a skipped scan never loses a date."""

from __future__ import annotations

import pytest

from dossier.date_patterns import date_lexicon
from dossier.scan_gates import needs_all, needs_one_of

TEXTS = [
    "The ferry sank off Palawan three weeks ago, officials in Manila said.",
    "Exports to Chile fell sharply LAST YEAR, the trade office in Lima reported.",
    "Talks resume on 4 March of next year, a spokesman in Accra said on Friday.",
    "Next month the council in Tallinn votes on the budget.",
    "The dam in Laos was finished in 2019 and opened on 2019-05-07.",
    "Nobody in the valley remembered a colder winter.",
]


def test_a_case_sensitive_gate_wants_the_word_as_written() -> None:
    month = needs_one_of(["March", "Mar", "May"])
    assert month("on 4 March")
    assert not month("a march through the town")


def test_a_case_blind_gate_finds_any_case_and_a_phrase_by_its_first_word() -> None:
    ago = needs_one_of(["ago"], ignore_case=True)
    unit = needs_one_of(["day before"], ignore_case=True)
    assert ago("TWO WEEKS AGO") and not ago("a week earlier")
    assert unit("the Day after") and not unit("tonight")


def test_needs_all_wants_every_gate() -> None:
    both = needs_all(needs_one_of(["March"]), needs_one_of(["year"]))
    assert both("March of next year")
    assert not both("March of next Year")


@pytest.mark.parametrize("text", TEXTS)
def test_no_scanner_skipped_by_its_gate_would_have_found_a_span(text: str) -> None:
    lexicon = date_lexicon()
    assert len(lexicon.scan_gates) == len(lexicon.scanners)
    for scanner, gate in zip(lexicon.scanners, lexicon.scan_gates, strict=True):
        if gate is not None and not gate(text):
            assert list(scanner.finditer(text)) == []


def test_gates_skip_the_scanners_a_plain_sentence_cannot_match() -> None:
    lexicon = date_lexicon()
    text = TEXTS[-1]
    skipped = [g for g in lexicon.scan_gates if g is not None and not g(text)]
    assert len(skipped) >= 4
