"""The dates stage: temporal expressions in an article, resolved to calendar values.

Needs a parsed ``Doc`` (tags, dependencies, ``DATE`` entities) and the article's
publication date; gives one ``DateMention`` per expression that names or implies a
calendar date, month or year (ANNOTATION.md, "Dates"), with ``doc.text[start:end]
== text``.

Candidates come from spaCy's ``DATE`` entities and from scans of the text for forms
spaCy misses or cuts short ("9/11", "29 July 2021", "today").  Each is *read* into
one of a few small readings (a fixed date, a yearly date, a weekday, a shift from
the publication date, or, for what no exact form covers, dateparser); what cannot be
read, durations and vague spans included, is dropped.  A reading is then placed
against the publication date, in the direction the governing verb's tense points.
The publication date is the only anchor: never the current date.  Readings are
cached, and dateparser is the last resort because it is slow.

Every word list lives in ``data/dates.yaml``, loaded once, on first use.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from dossier.date_patterns import Unit, date_lexicon
from dossier.date_tense import Tense, tense_at
from dossier.models import DateMention, Precision
from dossier.names import entities_of, text_of

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc

__all__ = ["Tense", "find_dates", "resolve"]

Dated = tuple[date, Precision]

_EDGE_PUNCT = " \t\n,.;:!?()[]{}\"'“”‘’"
_POSSESSIVE = re.compile(r"['’]s$")
_COARSER: dict[Precision, Precision] = {"day": "month", "month": "year"}
_RANK: dict[Precision, int] = {"day": 0, "month": 1, "year": 2}
_WIDTHS: dict[Precision, int] = {"day": 10, "month": 7, "year": 4}  # of "YYYY-MM-DD"
# Years outside are numbers or other calendars (the Solar Hijri 1400) more often than not.
_YEARS = range(1500, 2200)
# Two anchors far apart: an expression dateparser reads the same against both
# does not depend on the anchor.
_PROBES = (date(2001, 3, 14), date(2013, 10, 23))
_PERIODS: dict[str, Precision] = {"day": "day", "time": "day", "month": "month", "year": "year"}
_PREFER: dict[Tense, str] = {"past": "past", "future": "future", "present": "current_period"}


@dataclass(frozen=True, slots=True)
class _Fixed:
    """A date the text fixes by itself: "July 23, 2021", "August 2021", "9/11"."""

    day: date
    precision: Precision


@dataclass(frozen=True, slots=True)
class _Annual:
    """A month, or a month and day, without a year: "August 15", "in April"."""

    month: int
    day: int | None

    def on(self, anchor: date, tense: Tense) -> Dated | None:
        if self.day is None:
            starts = [date(y, self.month, 1) for y in range(anchor.year - 1, anchor.year + 2)]
            return _nearest(starts, anchor.replace(day=1), tense), "month"
        days = [
            date(y, self.month, self.day)
            for y in range(anchor.year - 4, anchor.year + 5)
            if self.day <= calendar.monthrange(y, self.month)[1]
        ]
        return _nearest(days, anchor, tense), "day"


@dataclass(frozen=True, slots=True)
class _Weekday:
    """A weekday; ``direction`` is -1 for "last Monday", +1 for "next Monday", else 0."""

    weekday: int
    direction: int

    def on(self, anchor: date, tense: Tense) -> Dated | None:
        back = anchor - timedelta(days=(anchor.weekday() - self.weekday) % 7)
        ahead = anchor + timedelta(days=(self.weekday - anchor.weekday()) % 7)
        if self.direction < 0:
            return (back if back < anchor else back - timedelta(days=7)), "day"
        if self.direction > 0:
            return (ahead if ahead > anchor else ahead + timedelta(days=7)), "day"
        return _nearest([back, ahead], anchor, tense), "day"


@dataclass(frozen=True, slots=True)
class _Shift:
    """A distance from the publication date: "yesterday", "20 years ago", "next month"."""

    amount: int
    unit: Unit

    def on(self, anchor: date, tense: Tense) -> Dated | None:
        try:
            if self.unit == "day":
                return anchor + timedelta(days=self.amount), "day"
            if self.unit == "month":
                months = anchor.year * 12 + anchor.month - 1 + self.amount
                return date(months // 12, months % 12 + 1, 1), "month"
            return date(anchor.year + self.amount, 1, 1), "year"
        except (OverflowError, ValueError):
            return None


@dataclass(frozen=True, slots=True)
class _Parsed:
    """What only dateparser could read, and that depends on the anchor."""

    expression: str

    def on(self, anchor: date, tense: Tense) -> Dated | None:
        return _dateparsed(self.expression, anchor, tense)


@dataclass(frozen=True, slots=True)
class _RelativeMonth:
    """A month named from the publication date: "last November", "next March",
    "this June", "July last year".  "Last" is the latest such month before the
    publication month, "next" the first after it, "this" the one of the publication
    year; with "year" the month of the year before, after or of publication."""

    month: int
    direction: int
    of_year: bool = False  # "July last year": the month of the year before

    def on(self, anchor: date, tense: Tense) -> Dated | None:
        year = anchor.year
        if self.of_year:
            return date(year + self.direction, self.month, 1), "month"
        if self.direction < 0 and self.month >= anchor.month:
            year -= 1
        elif self.direction > 0 and self.month <= anchor.month:
            year += 1
        return date(year, self.month, 1), "month"


_Reading = _Fixed | _Annual | _Weekday | _Shift | _RelativeMonth | _Parsed


def _nearest(candidates: list[date], anchor: date, tense: Tense) -> date:
    """The candidate closest to ``anchor`` on the side ``tense`` points to (ties: past)."""
    before = max((c for c in candidates if c <= anchor), default=None)
    after = min((c for c in candidates if c >= anchor), default=None)
    if before is None or (tense == "future" and after is not None):
        return after if after is not None else anchor
    if after is None or tense == "past":
        return before
    return before if anchor - before <= after - anchor else after


def _normalized(expression: str) -> str:
    """Lower-cased expression without its preposition, qualifiers and edge punctuation."""
    lex = date_lexicon()
    text = " ".join(expression.split()).lower().strip(_EDGE_PUNCT)
    text = _POSSESSIVE.sub("", text)
    return lex.leading.sub("", text).strip(_EDGE_PUNCT)


@lru_cache(maxsize=4096)
def _reading(norm: str) -> _Reading | None:
    """What ``norm`` (a normalized expression) names, or None when it names no date."""
    reading = _exact_reading(norm)
    if reading is None:
        bare = date_lexicon().trailing.sub("", norm)
        if bare != norm:
            reading = _exact_reading(bare)
    if reading is None and not _is_vague(norm):
        reading = _dateparser_reading(norm)
    return reading


def _exact_reading(norm: str) -> _Reading | None:
    lex = date_lexicon()
    if norm in lex.named_dates:
        return _Fixed(lex.named_dates[norm], "day")
    if norm in lex.annual_dates:
        return _Annual(*lex.annual_dates[norm])
    if norm in lex.relative_days:
        return _Shift(lex.relative_days[norm], "day")
    for read in (_iso_reading, _numeric_reading, _month_form_reading, _year_reading):
        reading = read(norm)
        if reading is not None:
            return reading
    return (
        _weekday_reading(norm)
        or _ago_reading(norm)
        or _relative_unit_reading(norm)
        or _relative_month_reading(norm)
    )


def _fixed(year: int, month: int | None = None, day: int | None = None) -> _Fixed | None:
    """A ``_Fixed`` of the given parts, or None when they make no calendar date."""
    if year not in _YEARS:
        return None
    try:
        if month is None:
            return _Fixed(date(year, 1, 1), "year")
        if day is None:
            return _Fixed(date(year, month, 1), "month")
        return _Fixed(date(year, month, day), "day")
    except ValueError:
        return None


def _iso_reading(norm: str) -> _Reading | None:
    m = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", norm)
    if m is None:
        return None
    return _fixed(int(m[1]), int(m[2]), int(m[3]) if m[3] else None)


def _numeric_reading(norm: str) -> _Reading | None:
    """A numeric date ("23/07/2021"); None when day and month could be swapped."""
    m = re.fullmatch(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", norm)
    if m is None:
        return None
    a, b, year = int(m[1]), int(m[2]), int(m[3])
    if a > 12 >= b:
        return _fixed(year, b, a)
    if b > 12 >= a or a == b:
        return _fixed(year, a, b)
    return None


def _month_form_reading(norm: str) -> _Reading | None:
    m = date_lexicon().read_month_form.fullmatch(norm)
    if m is None or (m["d1"] and m["d2"]):
        return None
    month = date_lexicon().months[m["m"].lower()]
    day_text = m["d1"] or m["d2"]
    day = int(day_text) if day_text else None
    if m["y"]:
        return _fixed(int(m["y"]), month, day)
    if day is not None and not 1 <= day <= calendar.monthrange(2000, month)[1]:
        return None
    return _Annual(month, day)


def _year_reading(norm: str) -> _Reading | None:
    return _fixed(int(norm)) if re.fullmatch(r"\d{4}", norm) else None


def _weekday_reading(norm: str) -> _Reading | None:
    lex = date_lexicon()
    m = lex.read_weekday.fullmatch(norm)
    if m is None:
        return None
    return _Weekday(lex.weekdays[m["w"]], lex.relative_words[m["rel"]] if m["rel"] else 0)


def _ago_reading(norm: str) -> _Reading | None:
    lex = date_lexicon()
    m = lex.read_ago.fullmatch(norm)
    if m is None:
        return None
    count = int(m["n"]) if m["n"].isdigit() else lex.numbers[m["n"]]
    unit, size = lex.units[m["u"]]
    return _Shift(-count * size, unit)


def _relative_unit_reading(norm: str) -> _Reading | None:
    lex = date_lexicon()
    m = lex.read_relative_unit.fullmatch(norm)
    if m is None:
        return None
    unit, size = lex.units[m["u"]]
    return _Shift(lex.relative_words[m["rel"]] * size, unit)


def _relative_month_reading(norm: str) -> _Reading | None:
    lex = date_lexicon()
    m = lex.read_relative_month.fullmatch(norm)
    of_year = m is None
    if m is None:
        m = lex.read_month_of_year.fullmatch(norm)
    if m is None:
        return None
    return _RelativeMonth(lex.months[m["m"]], lex.relative_words[m["rel"]], of_year)


def _is_vague(norm: str) -> bool:
    lex = date_lexicon()
    if not norm or not lex.vague_words.isdisjoint(re.findall(r"[a-z]+", norm)):
        return True
    return any(p.search(norm) for p in lex.vague_patterns)


def _dateparser_reading(norm: str) -> _Reading | None:
    """dateparser's reading of ``norm``: fixed if it ignores the anchor, else ``_Parsed``."""
    first, second = (_dateparsed(norm, probe, "past") for probe in _PROBES)
    if first is None or second is None:
        return None
    if first == second:
        return _Fixed(*first)
    return _Parsed(norm)


@lru_cache(maxsize=4096)
def _dateparsed(expression: str, anchor: date, tense: Tense) -> Dated | None:
    """dateparser's date for ``expression`` seen from ``anchor``, or None.

    dateparser falls back to the current date for parts it cannot find; the anchor
    is always given, and a result on today's date from another anchor is refused.
    dateparser is imported here, on first need: most articles never reach it.
    """
    from dateparser.date import DateDataParser

    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day),
            "PREFER_DATES_FROM": _PREFER[tense],
            "PREFER_DAY_OF_MONTH": "first",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PARSERS": ["relative-time", "absolute-time"],
        },
    )
    try:
        data = parser.get_date_data(expression)
    except (ValueError, OverflowError):
        return None
    found = data.date_obj
    precision = _PERIODS.get(data.period or "")
    if found is None or precision is None:
        return None
    today = date.today()
    if found.date() == today != anchor or found.year not in _YEARS:
        return None
    return found.date(), precision


def _anchor(published: str | None) -> tuple[date, date] | None:
    """The first and last day ``published`` ("YYYY-MM-DD", "YYYY-MM", "YYYY") may mean."""
    m = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)", published or "")
    if m is None:
        return None
    try:
        year = int(m[1])
        if m[3]:
            day = date(year, int(m[2]), int(m[3]))
            return day, day
        if m[2]:
            month = int(m[2])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None


def _formatted(day: date, precision: Precision) -> str:
    return day.isoformat()[: _WIDTHS[precision]]


def _agreed(first: Dated, last: Dated) -> tuple[str, Precision] | None:
    """The most precise value both ends of a partial anchor give, or None.

    Every reading moves forward with its anchor, so when the first and the last day
    a "YYYY-MM" publication date may mean agree on a value, every day between does.
    """
    precision = max(first[1], last[1], key=_RANK.__getitem__)
    while _formatted(first[0], precision) != _formatted(last[0], precision):
        if precision not in _COARSER:
            return None
        precision = _COARSER[precision]
    return _formatted(first[0], precision), precision


@lru_cache(maxsize=8192)
def _resolved(
    norm: str, published: str | None, tense: Tense
) -> tuple[str | None, Precision | None]:
    reading = _reading(norm)
    if reading is None:
        return None, None
    if isinstance(reading, _Fixed):
        return _formatted(reading.day, reading.precision), reading.precision
    anchor = _anchor(published)
    if anchor is None:
        return None, None
    first, last = reading.on(anchor[0], tense), reading.on(anchor[1], tense)
    if first is None or last is None:
        return None, None
    agreed = _agreed(first, last)
    return agreed if agreed is not None else (None, None)


def resolve(
    expression: str, published: str | None, *, tense: Tense = "past"
) -> tuple[str | None, Precision | None]:
    """The calendar value ``expression`` names, seen from the publication date.

    Returns ``(value, precision)``: value "YYYY-MM-DD", "YYYY-MM" or "YYYY" and its
    precision, or ``(None, None)`` when the expression names no calendar date or
    needs an anchor that ``published`` does not give.  ``tense`` says which way a
    weekday or a yearless "August 15" points: back, ahead or to the nearest.
    """
    return _resolved(_normalized(expression), published, tense)


def _candidate_spans(doc: Doc) -> Iterator[tuple[int, int]]:
    """Spans of spaCy's DATE entities (cut at line breaks) and of the text scans."""
    text = text_of(doc)
    for ent in entities_of(doc):
        if ent.label_ != "DATE":
            continue
        for line in re.finditer(r"[^\n]+", ent.text):
            piece = line[0]
            start = ent.start_char + line.start() + len(piece) - len(piece.lstrip())
            end = ent.start_char + line.start() + len(piece.rstrip())
            if start < end:
                yield start, end
    lexicon = date_lexicon()
    for scanner, gate in zip(lexicon.scanners, lexicon.scan_gates, strict=True):
        if gate is not None and not gate(text):
            continue
        for m in scanner.finditer(text):
            group = "date" if "date" in scanner.groupindex else 0
            yield m.start(group), m.end(group)


def _readable(text: str, spans: set[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """The spans that name a date, each flagged when only dateparser could read it."""
    found = []
    for start, end in {_trimmed(text, start, end) for start, end in spans}:
        if start >= end or _glued(text, start, end):
            continue  # part of a code such as "2011-03-S-154"
        reading = _reading(_normalized(text[start:end]))
        if reading is None or (isinstance(reading, _Shift) and text[end : end + 1] == ":"):
            continue  # nothing, or a label such as "Today: 11 March 2025"
        found.append((start, end, isinstance(reading, _Parsed)))
    return found


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without edge punctuation or a possessive ("last month's" → "last month")."""
    piece = text[start:end]
    kept = _POSSESSIVE.sub("", piece.rstrip(_EDGE_PUNCT)).rstrip(_EDGE_PUNCT)
    return start + len(piece) - len(piece.lstrip(_EDGE_PUNCT)), start + len(kept)


def _glued(text: str, start: int, end: int) -> bool:
    """Whether the span continues into a longer token: a letter or "-x" on either side."""
    after, before = text[end : end + 2], text[max(0, start - 2) : start]
    return (
        after[:1].isalnum()
        or (after[:1] in "-/" and after[1:].isalnum())
        or before[-1:].isalnum()
        or (before[-1:] in "-/" and before[:1].isalnum())
    )


def _non_overlapping(found: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """Exact readings before dateparser's, longer before shorter, none overlapping."""
    chosen: list[tuple[int, int]] = []
    for start, end, _ in sorted(found, key=lambda f: (f[2], f[0] - f[1], f[0])):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)


def _with_preposition(text: str, start: int, end: int) -> int:
    """``start`` moved back over a preposition governing the date ("on Wednesday")."""
    lex = date_lexicon()
    if text[end : end + 2] in ("'s", "’s"):
        return start  # "in Monday's attack": the preposition governs the attack
    first_word = text[start:end].split(maxsplit=1)[0].lower()
    if first_word in lex.prepositions:
        return start
    m = lex.preposition_before.search(text, max(0, start - 20), start)
    return m.start() if m is not None else start


def find_dates(doc: Doc, published: str | None) -> list[DateMention]:
    """Every temporal expression in ``doc`` that names a calendar date, month or year.

    ``published`` ("YYYY-MM-DD", "YYYY-MM", "YYYY" or None) anchors relative
    expressions; without it they are kept with value None.  Mentions are in text order.
    """
    text = text_of(doc)
    mentions = []
    for start, end in _non_overlapping(_readable(text, set(_candidate_spans(doc)))):
        begin = _with_preposition(text, start, end)
        value, precision = _resolved(
            _normalized(text[begin:end]), published, tense_at(doc, start, end)
        )
        mentions.append(DateMention(text[begin:end], value, precision, (begin, end)))
    return mentions


_ORDINAL_OF = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\s+of\s+[A-Z][a-z]+")


def unread_dates(doc: Doc, found: list[DateMention]) -> list[str]:
    """Warnings for date-like expressions that could not be read ("February 30")."""
    warnings = []
    for ent in entities_of(doc):
        if ent.label_ not in ("DATE", "ORDINAL"):
            continue
        if not (date_lexicon().month_word.search(ent.text) or _ORDINAL_OF.search(ent.text)):
            continue
        if any(m.span[0] < ent.end_char and ent.start_char < m.span[1] for m in found):
            continue
        warnings.append(f"date {ent.text!r} could not be read as a calendar date; skipped")
    return warnings
