"""Cleaning: scraped page text in, article text and its header metadata out.

Removes the junk scraped pages carry (comment prompts, related-story tails,
reading-time and page-render lines, photo credits, markdown emphasis), records
what is metadata rather than prose (publication date, dateline, agency tag,
photo credits), and repairs words glued together by a lost line break.  The
patterns live in ``data/boilerplate.yaml``.  The cleaned text is what every later
character offset refers to.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import islice
from typing import Any

from dossier.lexicon import load_data, month_numbers, zipf

__all__ = [
    "DATELINE_LINES",
    "HEADER_LINES",
    "MAX_TITLE_WORDS",
    "MIN_BODY_BEFORE_TAIL",
    "MIN_PART_ZIPF",
    "MIN_SHORT_PART_ZIPF",
    "MIN_TITLE_WORDS",
    "RARE_WORD_MARGIN",
    "RARE_WORD_ZIPF",
    "Cleaned",
    "InlinePattern",
    "Patterns",
    "body_starts",
    "camel_split",
    "clean_text",
    "common_date",
    "guess_title",
    "is_frequent",
    "keep_article_lines",
    "load_patterns",
    "lower_split",
    "normalize_date",
    "normalize_whitespace",
    "published_from_line",
    "repair_glued_words",
    "strip_dateline",
    "strip_header_prefix",
    "strip_inline",
    "strip_markdown",
    "tidy",
    "year_split",
]

MIN_BODY_BEFORE_TAIL = 200  # characters of prose that must precede a tail marker
HEADER_LINES = 8  # non-empty lines at the top searched for a date line
MAX_TITLE_WORDS = 20
MIN_TITLE_WORDS = 4


@dataclass(frozen=True, slots=True)
class InlinePattern:
    regex: re.Pattern[str]
    key: str | None


@dataclass(frozen=True, slots=True)
class Patterns:
    drop_lines: tuple[re.Pattern[str], ...]
    tail_markers: tuple[re.Pattern[str], ...]
    inline: tuple[InlinePattern, ...]
    datelines: tuple[re.Pattern[str], ...]
    dateline_non_places: frozenset[str]
    published_lines: tuple[re.Pattern[str], ...]
    header_prefixes: tuple[re.Pattern[str], ...]


@dataclass(slots=True)
class Cleaned:
    """The cleaned text of one article and what cleaning learned about it."""

    text: str
    title: str | None = None
    published: str | None = None
    agencies: list[str] = field(default_factory=list)
    dateline: str | None = None
    credits: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def load_patterns() -> Patterns:
    """Compile ``data/boilerplate.yaml`` once."""
    raw: dict[str, Any] = load_data("boilerplate.yaml")

    def compile_all(key: str, flags: int = re.IGNORECASE) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, flags) for p in raw.get(key, []))

    return Patterns(
        drop_lines=compile_all("drop_lines"),
        tail_markers=compile_all("tail_markers"),
        inline=tuple(
            InlinePattern(re.compile(item["pattern"]), item.get("key"))
            for item in raw.get("inline", [])
        ),
        datelines=compile_all("datelines", 0),
        dateline_non_places=frozenset(str(w) for w in raw.get("dateline_non_places", [])),
        published_lines=compile_all("published_lines"),
        header_prefixes=compile_all("header_prefixes"),
    )


def clean_text(
    raw: str,
    *,
    title: str | None = None,
    published: str | None = None,
    repair_words: bool = True,
) -> Cleaned:
    """Clean one article's raw text; ``title``/``published`` are hints from the container.

    ``repair_words=False`` leaves glued words alone: the repair judges words by their
    English frequency, so it must not run on text in another language.
    """
    patterns = load_patterns()
    text = normalize_whitespace(raw)
    result = Cleaned(text="", title=title, published=normalize_date(published))
    text = strip_header_prefix(text, patterns, result)
    lines = keep_article_lines(text.split("\n"), patterns, result)
    lines = [strip_inline(line, patterns, result) for line in lines]
    text = "\n".join(lines)
    text = strip_markdown(text)
    text = strip_dateline(text, patterns, result)
    if repair_words:
        text = repair_glued_words(text, result.repairs)
    result.text = tidy(text)
    if result.title is None:
        result.title = guess_title(result.text)
    return result


def normalize_whitespace(text: str) -> str:
    """Unify line breaks and odd spaces; NFC so offsets count visible characters."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    text = re.sub(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]", " ", text)
    text = re.sub(r"[\u200b\u200c\u200d\ufeff]", "", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def strip_header_prefix(text: str, patterns: Patterns, result: Cleaned) -> str:
    for regex in patterns.header_prefixes:
        match = regex.match(text)
        if match:
            found = normalize_date(match.group("date"))
            if found:
                result.published = result.published or found
                return text[match.end() :]
    return text


def keep_article_lines(lines: list[str], patterns: Patterns, result: Cleaned) -> list[str]:
    """Drop junk lines, read a date line near the top, cut the page tail."""
    kept: list[str] = []
    body_chars = 0
    seen = 0
    for line in lines:
        stripped = line.strip().strip("*_ ").strip()
        if not stripped:
            kept.append("")
            continue
        seen += 1
        if any(r.fullmatch(stripped) for r in patterns.drop_lines):
            continue
        if body_chars >= MIN_BODY_BEFORE_TAIL and any(
            r.fullmatch(stripped) for r in patterns.tail_markers
        ):
            break
        if seen <= HEADER_LINES and len(stripped) <= 60:
            found = published_from_line(stripped, patterns)
            if found:
                result.published = result.published or found
                continue
        kept.append(line)
        if len(stripped.split()) > 8:
            body_chars += len(stripped)
    return kept


def published_from_line(line: str, patterns: Patterns) -> str | None:
    for regex in patterns.published_lines:
        match = regex.fullmatch(line)
        if match:
            found = normalize_date(match.group("date"))
            if found:
                return found
    return None


def strip_inline(line: str, patterns: Patterns, result: Cleaned) -> str:
    for item in patterns.inline:
        match = item.regex.search(line)
        if not match:
            continue
        value = match.group(item.key).strip() if item.key else None
        if item.key == "credit" and value:
            result.credits.append(value)
        elif item.key == "agency" and value and value not in result.agencies:
            result.agencies.append(value)
        line = line[: match.start()] + line[match.end() :]
    return line


_EMPHASIS = re.compile(r"(?<![*\w])(\*{1,3}|_{1,2})(?=\S)([^*_\n]+?)(?<=\S)\1(?![*\w])")
_EMPHASIS_GLUED = re.compile(r"(\*{1,3})(?=\S)([^*\n]+?)(?<=\S)\1")


def strip_markdown(text: str) -> str:
    """Remove emphasis markers, keeping a space where a marker separated two words."""
    text = _EMPHASIS.sub(r"\2", text)

    def unglue(match: re.Match[str]) -> str:
        before = match.string[match.start() - 1] if match.start() > 0 else " "
        after = match.string[match.end()] if match.end() < len(match.string) else " "
        inner = match.group(2)
        lead = " " if before.isalnum() else ""
        trail = " " if after.isalnum() else ""
        return f"{lead}{inner}{trail}"

    text = _EMPHASIS_GLUED.sub(unglue, text)
    text = re.sub(r"^#{1,6}\s+", "", text, flags=re.MULTILINE)
    return re.sub(r"^\s*[*•]\s+", "- ", text, flags=re.MULTILINE)


def strip_dateline(text: str, patterns: Patterns, result: Cleaned) -> str:
    """Record and remove a dateline such as "KABUL (Reuters) –" opening the body, or
    opening the paragraph after a headline line."""
    for lead in body_starts(text):
        body = text[lead:]
        for regex in patterns.datelines:
            match = regex.match(body)
            if not match:
                continue
            place = match.group("place").strip(" *")
            if place.upper() in patterns.dateline_non_places:
                continue  # "UPDATE: …", "WATCH: …"
            agency = (match.groupdict().get("agency") or "").strip()
            when = normalize_date(agency) or normalize_date(match.groupdict().get("extra") or "")
            result.dateline = place.title() if place.isupper() else place
            if when:
                result.published = result.published or when
            elif agency and agency not in result.agencies:
                result.agencies.append(agency)
            return text[:lead] + body[match.end() :]
    return text


DATELINE_LINES = 10  # a dateline may follow a headline, release numbers, "For Immediate Release"


def body_starts(text: str) -> list[int]:
    """Where the body may begin: the first line, and each of the next few lines while
    the lines before it are headings (short, with no closing full stop)."""
    starts = []
    for match in islice(re.finditer(r"[^\n]*\S[^\n]*", text), DATELINE_LINES):
        line = match.group()
        starts.append(match.start() + len(line) - len(line.lstrip()))
        heading = line.strip()
        if len(heading) > 200 or heading.endswith((".", ":", "—", "-", "–")):
            break
    return starts


# --- glued words -------------------------------------------------------------

_PUNCT_GLUE = re.compile(r"(?<=[a-z]{2})([.,;:!?])(?=[A-Z][a-z])|(?<=[a-z]{2}),(?=[a-z]{2})")
_CAMEL = re.compile(r"\b([A-Za-z][a-z]+)([A-Z][a-z]+)\b")
_WORD_YEAR = re.compile(r"\b([A-Za-z]{3,})((?:1[89]|20)\d{2})\b")
_LOWER_RUN = re.compile(r"\b[a-z]{4,}\b")
MIN_PART_ZIPF = 3.0
RARE_WORD_ZIPF = 2.5  # below this a lowercase token may be two glued words
RARE_WORD_MARGIN = 3.5
MIN_SHORT_PART_ZIPF = 5.5  # one- and two-letter parts must be very common words


def repair_glued_words(text: str, repairs: list[str]) -> str:
    """Split tokens that are not words but join two frequent words.

    Names are safe: a capitalized token is only split at an inner capital
    ("ResistanceFront"), and only when the whole is unknown and both halves are
    frequent words.
    """

    def note(old: str, new: str) -> str:
        repairs.append(f"{old} -> {new}")
        return new

    text = _PUNCT_GLUE.sub(lambda m: note(m.group(0), (m.group(1) or ",") + " "), text)
    text = _CAMEL.sub(lambda m: camel_split(m, note), text)
    text = _WORD_YEAR.sub(lambda m: year_split(m, note), text)
    return _LOWER_RUN.sub(lambda m: lower_split(m, note), text)


def camel_split(match: re.Match[str], note: Any) -> str:
    whole, left, right = match.group(0), match.group(1), match.group(2)
    if zipf(whole) > 0 or not (is_frequent(left) and is_frequent(right)):
        return whole
    result: str = note(whole, f"{left} {right}")
    return result


def year_split(match: re.Match[str], note: Any) -> str:
    whole, word, year = match.group(0), match.group(1), match.group(2)
    if not is_frequent(word):
        return whole
    result: str = note(whole, f"{word} {year}")
    return result


def lower_split(match: re.Match[str], note: Any) -> str:
    token = match.group(0)
    whole = zipf(token)
    if whole >= RARE_WORD_ZIPF:
        return token
    best: tuple[float, int] | None = None
    for cut in range(1, len(token)):
        left, right = token[:cut], token[cut:]
        if is_frequent(left) and is_frequent(right):
            score = min(zipf(left), zipf(right))
            if best is None or score > best[0]:
                best = (score, cut)
    # A rare but known word ("bookend") stays unless the two words are far likelier.
    if best is None or (whole > 0 and best[0] - whole < RARE_WORD_MARGIN):
        return token
    cut = best[1]
    result: str = note(token, f"{token[:cut]} {token[cut:]}")
    return result


def is_frequent(word: str) -> bool:
    threshold = MIN_SHORT_PART_ZIPF if len(word) <= 2 else MIN_PART_ZIPF
    return zipf(word) >= threshold


# --- dates and titles ----------------------------------------------------------

_ISO = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?")
_DAY_MONTH_YEAR = re.compile(r"(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b")


def common_date(value: str) -> str | None:
    """Fast path for "29 July 2021" and "July 29, 2021" (dateparser takes ~3 ms a call)."""
    for regex, order in ((_DAY_MONTH_YEAR, (0, 1, 2)), (_MONTH_DAY_YEAR, (1, 0, 2))):
        match = regex.match(value)
        if match:
            groups = match.groups()
            day, month_name, year = (groups[i] for i in order)
            month = month_numbers().get(month_name.lower())
            if month is None:
                continue
            try:
                return date(int(year), month, int(day)).isoformat()
            except ValueError:
                return None
    return None


@lru_cache(maxsize=4096)
def normalize_date(value: str | None) -> str | None:
    """A date string as ``YYYY-MM-DD`` (or ``YYYY-MM``), or None if it is not one.

    Only complete dates are accepted: a parser must never fill in today's date.
    """
    if not value:
        return None
    value = value.strip()
    iso = _ISO.match(value)
    if iso:
        year, month, day = iso.groups()
        try:
            if day:
                return date(int(year), int(month), int(day)).isoformat()
            date(int(year), int(month), 1)
            return f"{year}-{month}"
        except ValueError:
            return None
    if not re.search(r"\d{4}", value) or not re.search(r"[A-Za-z]{3}", value):
        return None
    fast = common_date(value)
    if fast is not None:
        return fast
    import dateparser

    parsed = dateparser.parse(
        value,
        languages=["en"],
        settings={
            "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DATES_FROM": "past",
        },
    )
    if parsed is None or not 1800 <= parsed.year <= 2200:
        return None
    return parsed.date().isoformat()


_TERMINAL = re.compile(r"[.!,;:\"”’']$")


def guess_title(text: str) -> str | None:
    """The first headline-like line: short, no closing punctuation, in the first part."""
    limit = max(len(text) * 0.5, 400)
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if offset > limit:
            break
        offset += len(line) + 1
        words = stripped.split()
        if not MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS or _TERMINAL.search(stripped):
            continue
        if stripped[0].isupper() or stripped[0].isdigit():
            return stripped
    return None


def tidy(text: str) -> str:
    text = re.sub(r"[ ]{2,}", " ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
