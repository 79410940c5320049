"""The date scanners written to start with a character class (``scan_gates.word_start``)
find exactly what their plain forms, which start with a word boundary, find."""

from __future__ import annotations

import random
import re

import pytest

from dossier.date_patterns import ORDINAL, alternation, date_lexicon
from dossier.lexicon import load_data
from dossier.scan_gates import case_variants, word_start

TEXTS = [
    "On Monday, 3 March 2025 the mayor of Cuenca said talks would resume next Tuesday.",
    "Voting ends March 9th, 2026; results follow in April 2026, officials in Quito said.",
    "Five days ago a ferry sank off Bohol; two weeks ago another ran aground.",
    "Last March the council met; this year it meets in May of next year, THIS MONTH too.",
    "Early next month the envoy flies to Dushanbe, and late last week he was in Osh.",
    "The accord, signed in 2019 and revised since 2021-2022, expires by 2030.",
    "Christmas Day and New Year's Eve passed quietly; the day before yesterday did not.",
    "a mondayish plan, xMarch 3, Friday's vote, 12Mar, subMonday and the next month's",
    "Talks on 21st of September, 2024 and on the 4th of July; the last May 5 rally.",
    "Since 1998 the port of Suva has grown; in 20245 no one knows; from 1999-2001 too.",
    "ſo the laſt week, LAST Kelvin-like K words and İstanbul: İn 2024 we met.",
]


def plain_scanners() -> tuple[re.Pattern[str], ...]:
    """The scanners as they were written before ``word_start``, from the same lexicon."""
    lexicon, raw = date_lexicon(), load_data("dates.yaml")
    months = alternation([m.title() for m in lexicon.months])
    weekdays = alternation([w.title() for w in lexicon.weekdays])
    day = rf"\d{{1,2}}{ORDINAL}"
    rel, units = alternation(lexicon.relative_words), alternation(raw["relative_units"])
    names = alternation(lexicon.named_dates.keys() | lexicon.annual_dates.keys())
    shifts, cues = alternation(raw["shift_qualifiers"]), alternation(raw["year_prepositions"])
    numbers, ago_units = alternation(lexicon.numbers), alternation(lexicon.units)
    return (
        re.compile(rf"(?<![\w/])(?:{names})(?![\w/])", re.IGNORECASE),
        re.compile(r"\d(?<![\w-]\d)\d{3}-\d{2}-\d{2}(?![\w-])"),
        re.compile(r"\d(?<![\w/.]\d)\d?[/.]\d{1,2}[/.]\d{4}(?![\w/])"),
        re.compile(
            rf"(?:\b(?:{weekdays}),?\s+)?(?:"
            rf"\b{day}\s+(?:of\s+)?(?:{months})\b\.?(?:,?\s+\d{{4}}\b)?"
            rf"|\b(?:{months})\b\.?\s+{day}\b(?:,?\s+\d{{4}}\b)?"
            rf"|\b(?:{months})\b\.?,?\s+\d{{4}}\b)"
        ),
        re.compile(rf"(?:\b(?i:{rel})\s+)?\b(?:{weekdays})\b"),
        re.compile(rf"(?<!the\s)\b(?i:{rel})\s+(?:{months})\b(?!\.?\s+\d)"),
        re.compile(rf"\b(?:{months})\b\.?\s+(?:of\s+)?(?i:{rel})\s+year\b"),
        re.compile(rf"\b(?:{alternation(lexicon.relative_days)})\b", re.IGNORECASE),
        re.compile(rf"\b(?:\d+|{numbers})\s+(?:{ago_units})\s+ago\b", re.IGNORECASE),
        re.compile(rf"(?<!the\s)(?:\b(?:{shifts})\s+)?\b(?:{rel})\s+(?:{units})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{cues})\s+(?P<date>\d{{4}})\b(?![-–/]\d)", re.IGNORECASE),
    )


def found(scanner: re.Pattern[str], text: str) -> list[tuple[int, int, int, int]]:
    group = "date" if "date" in scanner.groupindex else 0
    return [(*m.span(), *m.span(group)) for m in scanner.finditer(text)]


def jumbled_texts(count: int, seed: int) -> list[str]:
    """Date words in every case, glued to letters, slashes, digits and look-alike letters."""
    lexicon, raw = date_lexicon(), load_data("dates.yaml")
    words = [
        *lexicon.months, *lexicon.weekdays, *lexicon.relative_words, *lexicon.numbers,
        *lexicon.units, *lexicon.relative_days, *lexicon.named_dates, *raw["relative_units"],
        *raw["shift_qualifiers"], *raw["year_prepositions"], "ago", "year", "of", "the",
        "2024", "1999", "3", "21st", "12", "5th",
    ]  # fmt: skip
    glue = ["", " ", "  ", "/", "-", ".", ", ", "the ", "\n", "x", "'", " of ", "İ", "K", "ſ"]
    chosen = random.Random(seed)

    def cased(word: str) -> str:
        return chosen.choice([word, word.title(), word.upper(), word.replace("s", "ſ")])

    return [
        "".join(chosen.choice(glue) + cased(chosen.choice(words)) for _ in range(200))
        for _ in range(count)
    ]


def test_case_variants_are_every_character_ignorecase_matches() -> None:
    wide = re.compile(r"[a-z0-9]", re.IGNORECASE)
    near = [chr(c) for c in range(0x110000) if wide.fullmatch(chr(c))]
    for char in "abcdefghijklmnopqrstuvwxyz0123456789":
        matched = {c for c in near if re.fullmatch(re.escape(char), c, re.IGNORECASE)}
        assert case_variants(char) == matched, char


@pytest.mark.parametrize("ignore_case", [False, True])
def test_word_start_matches_where_the_word_boundary_form_does(ignore_case: bool) -> None:
    words = ["last", "next", "this", "day before yesterday", "Sunday", "kin", "sin"]
    first, rest = word_start(words, ignore_case=ignore_case)
    flags = re.IGNORECASE if ignore_case else 0
    plain = re.compile(rf"\b(?:{alternation(words)})", flags)
    rewritten = re.compile(rf"[{first}](?<!\w\w)(?:{rest})" if not ignore_case else
                           rf"[{first}](?<!\w\w)(?i:{rest})")  # fmt: skip
    texts = [*TEXTS, "the LAST day before  yesterday, unlast, Sunday's, Kin, ſin, sunday"]
    for text in texts:
        assert found(plain, text) == found(rewritten, text)


def test_word_start_turns_away_a_word_with_no_word_character_first() -> None:
    with pytest.raises(ValueError, match="word character"):
        word_start(["-ish"])


def test_scanners_find_what_their_plain_forms_find() -> None:
    plain = plain_scanners()
    scanners = date_lexicon().scanners
    assert len(plain) == len(scanners)
    for text in [*TEXTS, *jumbled_texts(40, seed=5)]:
        for before, after in zip(plain, scanners, strict=True):
            assert found(before, text) == found(after, text), (after.pattern[:60], text[:80])


def test_scanners_start_with_a_class_re_can_search_for() -> None:
    for scanner in date_lexicon().scanners:
        assert scanner.pattern.startswith(("[", r"\d")), scanner.pattern[:40]
