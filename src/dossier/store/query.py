"""What a reader asks for, and the SQL conditions it turns into, written once.

``EventQuery`` is the one filter of event mentions: the store, the API, the CLI and
the web pages all take it. Its name fields (``source``, ``target``, ``actor``) match
whole words of the names an article gives ("Ghani" finds "Ashraf Ghani", not
"Afghanistan"); dates are ISO prefixes (YYYY, YYYY-MM or YYYY-MM-DD), ``until``
included whole ("2021-08" keeps every day of August).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from dossier.errors import DossierError

# A document counts when it is the current version of its file and was not skipped.
LIVE = "d.current = 1 AND d.status = 'ok'"
# When an event happened, else was reported, else '': stored with the row as ``e.day``.
EVENT_WHEN = "e.day"
QUOTE_WHEN = "q.day"  # the same for a quote, stored as ``q.day``


@dataclass(frozen=True, slots=True, kw_only=True)
class EventQuery:
    """Which event mentions to read. Unset fields (None) do not filter.

    - ``source`` / ``target``: words of the acting / acted-on party's name;
    - ``actor``: words of either party's name;
    - ``type``: a PLOVER type (any case); ``quad``: its quad class, 1–4;
    - ``words``: text in the event's span, trigger or either party's name;
    - ``document``: the stored id of one document;
    - ``since`` / ``until``: the event's date (else its article's) within the bounds;
    - ``limit``: at most this many rows; with ``page`` (from 1), the page of that size;
    - ``include_negated``: keep events the text says did not happen.
    """

    source: str | None = None
    target: str | None = None
    actor: str | None = None
    type: str | None = None
    quad: int | None = None
    words: str | None = None
    document: int | None = None
    since: str | None = None
    until: str | None = None
    limit: int | None = None
    page: int = 1
    include_negated: bool = False

    def offset(self) -> int:
        """How many rows come before the page asked for."""
        return 0 if self.limit is None else max(0, self.page - 1) * self.limit

    def url_params(self) -> dict[str, str]:
        """The filters that are set, as the web page's URL query parameters."""
        fields = {
            "source": self.source,
            "target": self.target,
            "actor": self.actor,
            "type": self.type,
            "quad": str(self.quad) if self.quad else None,
            "since": self.since,
            "until": self.until,
            "q": self.words,
        }
        return {k: v for k, v in fields.items() if v}


def event_conditions(query: EventQuery) -> tuple[str, list[Any]]:
    """The WHERE clause over ``events e`` joined to ``documents d`` that ``query`` asks
    for, and its parameters, for listing in the order of the index ``events_day``."""
    clauses, params = event_filters(query, listing=True)
    return " AND ".join([LIVE, *clauses]), params


def event_filters(query: EventQuery, *, listing: bool = False) -> tuple[list[str], list[Any]]:
    """The conditions over ``events e`` alone (the document's liveness apart) that
    ``query`` asks for, and their parameters.  When ``listing``, the negation test is
    kept out of index choice (``+e.negated``): walking ``events_day`` in order and
    stopping at a page beats reading every non-negated mention and sorting them."""
    clauses: list[str] = []
    params: list[Any] = []
    if not query.include_negated:
        clauses.append("+e.negated = 0" if listing else "e.negated = 0")
    for column, name in (("e.source", query.source), ("e.target", query.target)):
        if name:
            clauses.append(name_condition(column, name, params))
    if query.actor:
        either = [name_condition(c, query.actor, params) for c in ("e.source", "e.target")]
        clauses.append(f"({' OR '.join(either)})")
    if query.type:
        clauses.append("e.type = ?")
        params.append(query.type.upper())
    if query.quad:
        clauses.append("e.quad = ?")
        params.append(query.quad)
    if query.words:
        columns = ("e.text", "e.trigger", "e.source", "e.target")
        clauses.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns) + ")")
        params += [contains(query.words)] * len(columns)
    if query.document is not None:
        clauses.append("e.document_id = ?")
        params.append(query.document)
    if query.until:
        clauses.append(f"{EVENT_WHEN} != ''")  # an undated mention was NULL: never in a period
    clauses += period(EVENT_WHEN, query.since, query.until, params)
    return clauses, params


def name_condition(column: str, name: str, params: list[Any]) -> str:
    """``column`` holds the words of ``name``: a LIKE on its first word narrows the rows
    cheaply (when ASCII, which LIKE case-folds), then ``names_match`` keeps whole words."""
    first = name.split()[0] if name.split() else name
    if first.isascii():
        params += [contains(first), name]
        return f"({column} LIKE ? ESCAPE '\\' AND names_match(?, {column}))"
    params.append(name)
    return f"names_match(?, {column})"


def period(when: str, since: str | None, until: str | None, params: list[Any]) -> list[str]:
    """Conditions keeping rows whose ``when`` (an ISO date or prefix) falls within
    [since, until], ``until`` taken whole: "2021-08" keeps 2021-08-31."""
    conditions = []
    if since:
        conditions.append(f"{when} >= ?")
        params.append(since)
    if until:
        conditions.append(f"substr({when}, 1, length(?)) <= ?")
        params += [until, until]
    return conditions


CHUNK = 500  # SQLite's bound parameters per IN list


def marks(values: Sequence[Any]) -> str:
    """One ``?`` per value, for an IN list."""
    return ", ".join("?" for _ in values)


def chunks(values: Sequence[Any]) -> Iterable[list[Any]]:
    """``values`` in lists of at most ``CHUNK``."""
    for start in range(0, len(values), CHUNK):
        yield list(values[start : start + CHUNK])


def contains(text: str) -> str:
    """A LIKE pattern for rows containing ``text`` literally."""
    return f"%{escape_like(text)}%"


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def names_match(query: str, names: str | None) -> bool:
    """``query`` occurs in ``names`` as whole words ("Ghani" in "Ashraf Ghani", not in
    "Afghanistan"), case-folded."""
    if not names or not query.strip():
        return False
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, query.split())) + r"(?!\w)"
    return re.search(pattern, names, re.IGNORECASE) is not None


def quote_fts(query: str) -> str:
    """A user query as FTS5 terms: each word quoted, so punctuation cannot break the syntax."""
    words = [w.replace('"', '""') for w in query.split()]
    return " ".join(f'"{w}"' for w in words) or '""'


def check_date(value: str | None, option: str) -> str | None:
    """``value`` if it is a date bound (YYYY, YYYY-MM or YYYY-MM-DD); else DossierError."""
    if value is None:
        return None
    formats = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
    try:
        datetime.strptime(value, formats[len(value)])
    except (KeyError, ValueError):
        raise DossierError(
            f"{option} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"
        ) from None
    return value
