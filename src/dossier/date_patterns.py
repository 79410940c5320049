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
from dossier.scan_gates import Gate, needs_all, needs_one_of

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
        names = alternation(self.named_dates.keys() | self.annual_dates.keys())
        shift_qualifiers = alternation(raw["shift_qualifiers"])
        year_cues = alternation(raw["year_prepositions"])
        self.scanners = (
            re.compile(rf"(?<![\w/])(?:{names})(?![\w/])", re.IGNORECASE),
            # a digit first, then the look back at what precedes it: the same matches as
            # (?<![\w-])\d{4}…, found by re's quick search for a digit, not at every character
            re.compile(r"\d(?<![\w-]\d)\d{3}-\d{2}-\d{2}(?![\w-])"),
            re.compile(r"\d(?<![\w/.]\d)\d?[/.]\d{1,2}[/.]\d{4}(?![\w/])"),
            re.compile(
                rf"(?:\b(?:{weekdays_cs}),?\s+)?(?:"
                rf"\b{day}\s+(?:of\s+)?(?:{months_cs})\b\.?(?:,?\s+\d{{4}}\b)?"
                rf"|\b(?:{months_cs})\b\.?\s+{day}\b(?:,?\s+\d{{4}}\b)?"
                rf"|\b(?:{months_cs})\b\.?,?\s+\d{{4}}\b)"
            ),
            re.compile(rf"(?:\b(?i:{rel})\s+)?\b(?:{weekdays_cs})\b"),
            re.compile(rf"(?<!the\s)\b(?i:{rel})\s+(?:{months_cs})\b(?!\.?\s+\d)"),
            re.compile(rf"\b(?:{months_cs})\b\.?\s+(?:of\s+)?(?i:{rel})\s+year\b"),
            re.compile(rf"\b(?:{alternation(self.relative_days)})\b", re.IGNORECASE),
            re.compile(rf"\b(?:\d+|{numbers})\s+(?:{units})\s+ago\b", re.IGNORECASE),
            re.compile(
                rf"(?<!the\s)(?:\b(?:{shift_qualifiers})\s+)?\b(?:{rel})\s+(?:{rel_units})\b",
                re.IGNORECASE,
            ),
            re.compile(rf"\b(?:{year_cues})\s+(?P<date>\d{{4}})\b(?![-–/]\d)", re.IGNORECASE),
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
