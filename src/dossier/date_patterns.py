"""The date stage's word lists and patterns (``data/dates.yaml``), compiled once: the
month, weekday, unit and relative words, the reading patterns, and the text scanners
with their cheap gates (``dossier.scan_gates``) that find what spaCy's ``DATE``
entities miss or cut short."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from dossier.lexicon import load_data, month_numbers
from dossier.scan_gates import Gate, needs_all, needs_one_of, word_start

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["ORDINAL", "DateLexicon", "Unit", "alternation", "date_lexicon"]

Unit = Literal["day", "month", "year"]
ORDINAL = r"(?:st|nd|rd|th)?"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so "Sept" beats "Sep"."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


class DateLexicon:
    """``data/dates.yaml``, and the patterns built from it."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.months = month_numbers()
        self.month_word = re.compile(rf"\b(?:{alternation(self.months)})\b", re.IGNORECASE)
        self.weekdays = {name.lower(): n for n, name in enumerate(calendar.day_name)}
        self.numbers = {str(k): int(v) for k, v in raw["number_words"].items()}
        self.units: dict[str, tuple[Unit, int]] = {
            str(k): (v["unit"], int(v["count"])) for k, v in raw["units"].items()
        }
        self.relative_words = {str(k): int(v) for k, v in raw["relative_words"].items()}
        self.relative_days = {str(k): int(v) for k, v in raw["relative_days"].items()}
        self.named_dates = {str(k): date.fromisoformat(v) for k, v in raw["named_dates"].items()}
        self.annual_dates = {
            str(k): (int(v[:2]), int(v[3:])) for k, v in raw["annual_dates"].items()
        }
        self.prepositions = frozenset(str(p) for p in raw["prepositions"])
        self.vague_words = frozenset(str(w) for w in raw["vague_words"])
        self.vague_patterns = tuple(re.compile(p) for p in raw["vague_patterns"])
        tense = raw["tense"]
        self.future_auxiliaries = frozenset(str(w) for w in tense["future_auxiliaries"])
        self.scheduled_verbs = frozenset(str(w) for w in tense["scheduled_verbs"])
        self.prospective_verbs = frozenset(str(w) for w in tense["prospective_verbs"])

        months, weekdays = alternation(self.months), alternation(self.weekdays)
        numbers, units = alternation(self.numbers), alternation(self.units)
        rel, rel_units = alternation(self.relative_words), alternation(raw["relative_units"])
        preps = alternation(self.prepositions)
        self.leading = re.compile(
            rf"^(?:(?:{preps}|{alternation(raw['leading_qualifiers'])})(?:\s+|-))+"
        )
        self.trailing = re.compile(rf"\s+(?:{alternation(raw['trailing_qualifiers'])})$")
        self.preposition_before = re.compile(rf"\b(?:{preps})[ \t]+$", re.IGNORECASE)
        self.read_month_form = re.compile(
            rf"(?:(?:{weekdays}),?\s+)?(?:(?:the\s+)?(?P<d1>\d{{1,2}}){ORDINAL}\s+(?:of\s+)?)?"
            rf"(?P<m>{months})\.?(?:\s+(?:the\s+)?(?P<d2>\d{{1,2}}){ORDINAL})?"
            rf"(?:,?\s+(?P<y>\d{{4}}))?"
        )
        self.read_weekday = re.compile(rf"(?:(?P<rel>{rel})\s+)?(?P<w>{weekdays})")
        self.read_ago = re.compile(rf"(?P<n>\d+|{numbers})\s+(?P<u>{units})\s+ago")
        self.read_relative_unit = re.compile(rf"(?P<rel>{rel})\s+(?P<u>{rel_units})")
        self.read_relative_month = re.compile(rf"(?P<rel>{rel})\s+(?P<m>{months})")
        self.read_month_of_year = re.compile(
            rf"(?P<m>{months})\.?\s+(?:of\s+)?(?P<rel>{rel})\s+year"
        )

        # In running text month and weekday names count only capitalized ("May 5",
        # not "may"); the other words of a pattern are matched in any case.
        months_cs = alternation([m.title() for m in self.months])
        weekdays_cs = alternation([w.title() for w in self.weekdays])
        day = rf"\d{{1,2}}{ORDINAL}"
        # Each scanner that would start with a word boundary starts instead with the
        # first character of its words (``scan_gates.word_start``): the same matches,
        # found by re's quick search for that character, not tried at every character.
        # The plain forms they stand for are written out in tests/test_date_scanners.py.
        wd_first, wd_rest = word_start([w.title() for w in self.weekdays])
        mo_first, mo_rest = word_start([m.title() for m in self.months])
        rel_first, rel_rest = word_start(self.relative_words, ignore_case=True)
        nm_first, nm_rest = word_start(
            self.named_dates.keys() | self.annual_dates.keys(), ignore_case=True
        )
        rd_first, rd_rest = word_start(self.relative_days, ignore_case=True)
        no_first, no_rest = word_start(self.numbers, ignore_case=True)
        sh_first, sh_rest = word_start(raw["shift_qualifiers"], ignore_case=True)
        yc_first, yc_rest = word_start(raw["year_prepositions"], ignore_case=True)
        on_date = (  # "3 March", "March 3", "March 2024", after a weekday or not
            rf"\b{day}\s+(?:of\s+)?(?:{months_cs})\b\.?(?:,?\s+\d{{4}}\b)?"
            rf"|\b(?:{months_cs})\b\.?\s+{day}\b(?:,?\s+\d{{4}}\b)?"
            rf"|\b(?:{months_cs})\b\.?,?\s+\d{{4}}\b"
        )
        self.scanners = (
            re.compile(rf"[{nm_first}](?<![\w/]\w)(?i:(?:{nm_rest})(?![\w/]))"),
            # a digit first, then the look back at what precedes it: the same matches as
            # (?<![\w-])\d{4}…, found by re's quick search for a digit, not at every character
            re.compile(r"\d(?<![\w-]\d)\d{3}-\d{2}-\d{2}(?![\w-])"),
            re.compile(r"\d(?<![\w/.]\d)\d?[/.]\d{1,2}[/.]\d{4}(?![\w/])"),
            re.compile(
                rf"[\d{wd_first}{mo_first}](?<!\w\w)(?:(?:{wd_rest}),?\s+(?:{on_date})"
                rf"|(?<=\d)\d?{ORDINAL}\s+(?:of\s+)?(?:{months_cs})\b\.?(?:,?\s+\d{{4}}\b)?"
                rf"|(?:{mo_rest})\b\.?\s+{day}\b(?:,?\s+\d{{4}}\b)?"
                rf"|(?:{mo_rest})\b\.?,?\s+\d{{4}}\b)"
            ),
            re.compile(
                rf"[{rel_first}{wd_first}](?<!\w\w)"
                rf"(?:(?i:{rel_rest})\s+\b(?:{weekdays_cs})\b|(?:{wd_rest})\b)"
            ),
            re.compile(
                rf"[{rel_first}](?<!\w\w)(?<!the\s\w)(?i:{rel_rest})\s+(?:{months_cs})\b"
                rf"(?!\.?\s+\d)"
            ),
            re.compile(rf"[{mo_first}](?<!\w\w)(?:{mo_rest})\b\.?\s+(?:of\s+)?(?i:{rel})\s+year\b"),
            re.compile(rf"[{rd_first}](?<!\w\w)(?i:(?:{rd_rest})\b)"),
            re.compile(
                rf"[\d{no_first}](?<!\w\w)(?i:(?:(?<=\d)\d*|{no_rest})\s+(?:{units})\s+ago\b)"
            ),
            re.compile(
                rf"[{sh_first}{rel_first}](?<!\w\w)(?i:(?<!the\s\w)"
                rf"(?:(?:{sh_rest})\s+\b(?:{rel})|(?:{rel_rest}))\s+(?:{rel_units})\b)"
            ),
            re.compile(
                rf"[{yc_first}](?<!\w\w)(?i:(?:{yc_rest})\s+(?P<date>\d{{4}})\b(?![-–/]\d))"
            ),
        )
        # each scanner's cheap test: a word all its matches need (dossier.scan_gates)
        month_named = needs_one_of([m.title() for m in self.months])
        weekday_named = needs_one_of([w.title() for w in self.weekdays])
        self.scan_gates: tuple[Gate | None, ...] = (
            *(None, None, None),
            month_named,
            weekday_named,
            month_named,
            needs_all(month_named, needs_one_of(["year"])),
            None,
            needs_one_of(["ago"], ignore_case=True),
            needs_one_of(raw["relative_units"], ignore_case=True),
            None,
        )


@lru_cache(maxsize=1)
def date_lexicon() -> DateLexicon:
    return DateLexicon(load_data("dates.yaml"))
