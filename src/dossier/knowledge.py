"""Reading the knowledge base: actors, their profiles, merged events, relations over time.

Everything here reads the tables ``resolve`` fills and returns dataclasses; lists
come as ``Records``, which turn into a pandas DataFrame with ``.to_pandas()`` when
pandas is installed.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, is_dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from dossier.errors import DossierError
from dossier.lexicon import load_data, normalize
from dossier.resolve import FAMILIES, family, slug
from dossier.store import QUOTE_COLUMNS, escape_like, quote_row

if TYPE_CHECKING:
    import pandas

__all__ = [
    "ACTOR_COLUMNS",
    "CONFLICT",
    "COOPERATION",
    "EVENT_COLUMNS",
    "EVENT_FROM",
    "Actor",
    "ActorProfile",
    "Link",
    "MergedEvent",
    "Partner",
    "Records",
    "Relation",
    "RoleSpan",
    "SectorSpan",
    "T",
    "actor_from_row",
    "actor_quotes",
    "actors",
    "article_roles",
    "article_sectors",
    "as_dict",
    "counts",
    "dated_entries",
    "dated_sector",
    "document_places",
    "duplicates",
    "event_evidence",
    "file_roles",
    "file_sectors",
    "find_actor",
    "has_dates",
    "links",
    "merged_event",
    "partner_months",
    "partners",
    "period",
    "profile",
    "relation",
    "relations",
    "rounded",
    "sector_at",
    "text_or_none",
    "timeline",
]

T = TypeVar("T")
COOPERATION = (1, 2)  # PLOVER quad classes: verbal and material cooperation
CONFLICT = (3, 4)


class Records(list[T]):
    """A list of dataclasses that also becomes a table."""

    def to_pandas(self) -> pandas.DataFrame:
        try:
            import pandas
        except ImportError as exc:
            raise DossierError("to_pandas() needs pandas: pip install pandas") from exc
        return pandas.DataFrame(self.to_json())

    def to_json(self) -> list[dict[str, Any]]:
        return [as_dict(r) for r in self]


def as_dict(record: Any) -> dict[str, Any]:
    return asdict(record) if is_dataclass(record) and not isinstance(record, type) else record


@dataclass(frozen=True, slots=True)
class Actor:
    """One real actor across all articles. ``id`` is stable ("person/antony-blinken")."""

    id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    aliases: tuple[str, ...]
    documents: int
    mentions: int
    events: int
    first_seen: str | None
    last_seen: str | None


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """A title an actor holds, and the first and last dates a source states it."""

    title: str
    of: str | None
    first: str | None
    last: str | None
    documents: int
    source: str = "articles"


@dataclass(frozen=True, slots=True)
class SectorSpan:
    sector: str
    first: str | None
    last: str | None
    documents: int
    source: str = "articles"


@dataclass(frozen=True, slots=True)
class Partner:
    """Another actor this one acts on or is acted on by, and how they stand."""

    id: str
    name: str
    events: int
    cooperation: int
    conflict: int
    score: float | None


@dataclass(frozen=True, slots=True)
class Link:
    """Why one entity cluster of one article belongs to this actor."""

    name: str
    doc: str
    published: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One real event with every article mention that reports it."""

    id: int
    type: str
    mode: str | None
    source: str | None
    source_name: str | None
    target: str | None
    target_name: str | None
    date: str | None
    date_precision: str | None
    day: str
    place: str | None
    negated: bool
    modality: str
    quad: int | None
    score: float | None
    trigger: str
    mentions: int
    sources: int
    first_report: str | None
    evidence: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Relation:
    """How ``source`` acted on ``target`` in one month: counts, balance and evidence.

    ``score`` is the mean PLOVER intensity (-10 conflict … +10 cooperation);
    ``balance`` is (cooperative − conflictual events) / events, from -1 to +1.
    """

    source: str
    source_name: str
    target: str
    target_name: str
    month: str
    events: int
    by_type: dict[str, int]
    by_quad: dict[int, int]
    score: float | None
    balance: float
    evidence: list[int]


@dataclass(frozen=True, slots=True)
class ActorProfile:
    actor: Actor
    roles: list[RoleSpan]
    sectors: list[SectorSpan]
    quotes: list[dict[str, Any]]
    events_as_source: list[MergedEvent]
    events_as_target: list[MergedEvent]
    partners: list[Partner]
    links: list[Link]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


ACTOR_COLUMNS = (
    "a.id, a.key, a.name, a.type, a.country, a.sector, a.aliases, a.documents, a.mentions, "
    "a.events, a.first_seen, a.last_seen"
)
EVENT_COLUMNS = """k.id, k.type, k.mode, sa.key, sa.name, ta.key, ta.name, k.date,
    k.date_precision, k.day, k.place, k.negated, k.modality, k.quad, k.score, k.trigger,
    k.mentions, k.sources, k.first_report"""
EVENT_FROM = """kb_events k LEFT JOIN actors sa ON sa.id = k.source_actor
    LEFT JOIN actors ta ON ta.id = k.target_actor"""


def actor_from_row(row: Sequence[Any]) -> Actor:
    return Actor(
        id=row[1],
        name=row[2],
        type=row[3],
        country=row[4],
        sector=row[5],
        aliases=tuple(json.loads(row[6])),
        documents=row[7],
        mentions=row[8],
        events=row[9],
        first_seen=row[10],
        last_seen=row[11],
    )


def actors(
    conn: sqlite3.Connection,
    *,
    query: str | None = None,
    type: str | None = None,
    country: str | None = None,
    limit: int | None = None,
) -> Records[Actor]:
    """Actors, most mentioned first; ``query`` matches names and aliases."""
    where: list[str] = ["a.documents > 0 OR a.pinned = 1"]
    params: list[Any] = []
    if query:
        # the keys too: an acronym or alias from an actors file that ``dossier actor`` finds
        where.append(
            "(a.name LIKE ? ESCAPE '\\' OR a.aliases LIKE ? ESCAPE '\\' OR a.id IN "
            "(SELECT actor_id FROM actor_keys WHERE key LIKE ? ESCAPE '\\'))"
        )
        params += [f"%{escape_like(query)}%"] * 2 + [f"%|%{escape_like(normalize(query))}%"]
    if type:
        types = ("GPE", "LOC") if type.upper() in ("GPE", "LOC") else (type.upper(),)
        where.append(f"a.type IN ({', '.join('?' for _ in types)})")
        params += list(types)
    if country:
        where.append("a.country = ?")
        params.append(country.upper())
    sql = f"""SELECT {ACTOR_COLUMNS} FROM actors a WHERE ({") AND (".join(where)})
              ORDER BY a.mentions DESC, a.events DESC, a.name LIMIT ?"""
    rows = conn.execute(sql, [*params, -1 if limit is None else limit])
    dated = dated_entries(conn)
    return Records(dated_sector(actor_from_row(r), dated) for r in rows)


def dated_sector(actor: Actor, dated: dict[str, dict[str, Any]]) -> Actor:
    """The actor with the sector in force when it was last reported, where an actor
    list dates its sectors (the Taliban: REB, then GOV from 15 August 2021)."""
    entry = dated.get(actor.id)
    if not entry or not entry.get("sectors"):
        return actor
    return replace(actor, sector=sector_at(file_sectors(entry), actor.last_seen, actor.sector))


def find_actor(conn: sqlite3.Connection, ref: str) -> tuple[int, Actor]:
    """The actor ``ref`` names: its id, a name or alias, or a unique part of a name."""
    row = conn.execute(f"SELECT {ACTOR_COLUMNS} FROM actors a WHERE a.key = ?", (ref,)).fetchone()
    if row is None:
        keys = [f"{fam}|{normalize(ref)}" for fam in dict.fromkeys(FAMILIES.values())]
        row = conn.execute(
            f"""SELECT {ACTOR_COLUMNS} FROM actors a JOIN actor_keys k ON k.actor_id = a.id
                WHERE k.key IN ({", ".join("?" for _ in keys)})
                ORDER BY a.pinned DESC, k.kind = 'name' DESC, a.mentions DESC LIMIT 1""",
            keys,
        ).fetchone()
    if row is None:
        rows = conn.execute(
            f"""SELECT {ACTOR_COLUMNS} FROM actors a
                WHERE a.name LIKE ? ESCAPE '\\' OR a.aliases LIKE ? ESCAPE '\\'
                ORDER BY a.mentions DESC LIMIT 2""",
            [f"%{escape_like(ref)}%"] * 2,
        ).fetchall()
        if len(rows) == 1 or (len(rows) == 2 and rows[0][8] > 2 * rows[1][8]):
            row = rows[0]
    if row is None:
        raise DossierError(f"no actor {ref!r} (see: dossier actors --query {ref!r})")
    return int(row[0]), actor_from_row(row)


def profile(conn: sqlite3.Connection, ref: str, *, limit: int = 50) -> ActorProfile:
    """Everything known about one actor; raises DossierError if ``ref`` names none."""
    actor_id, actor = find_actor(conn, ref)
    entries = dated_entries(conn)
    dated = entries.get(actor.id, {})
    return ActorProfile(
        actor=dated_sector(actor, entries),
        roles=[*file_roles(dated), *article_roles(conn, actor_id)],
        sectors=file_sectors(dated) or article_sectors(conn, actor_id),
        quotes=actor_quotes(conn, actor_id, limit=limit),
        events_as_source=timeline(conn, source_id=actor_id, limit=limit, newest_first=True),
        events_as_target=timeline(conn, target_id=actor_id, limit=limit, newest_first=True),
        partners=partners(conn, actor_id),
        links=links(conn, actor_id),
    )


def article_roles(conn: sqlite3.Connection, actor_id: int) -> list[RoleSpan]:
    """Roles as the articles state them, each with the dates of the articles."""
    dates: dict[str, list[str | None]] = defaultdict(list)
    titles: dict[str, str] = {}
    holders: dict[str, Counter[str]] = defaultdict(Counter)
    for roles, published in conn.execute(
        """SELECT e.roles, substr(d.published, 1, 10) FROM actor_members m
           JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.document_id
           WHERE m.actor_id = ? AND e.roles != '[]'""",
        (actor_id,),
    ):
        for role in json.loads(roles):
            key = role["title"].lower()
            titles.setdefault(key, role["title"])
            dates[key].append(published)
            if role.get("of"):
                holders[key][role["of"]] += 1
    result = []
    for key, seen in dates.items():
        known = sorted(d for d in seen if d)
        first, last = (known[0], known[-1]) if known else (None, None)
        of = holders[key].most_common(1)[0][0] if holders[key] else None
        result.append(RoleSpan(titles[key], of, first, last, len(seen)))
    return sorted(result, key=lambda r: (r.last or "", r.documents), reverse=True)


def article_sectors(conn: sqlite3.Connection, actor_id: int) -> list[SectorSpan]:
    rows = conn.execute(
        """SELECT e.sector, min(substr(d.published, 1, 10)), max(substr(d.published, 1, 10)),
                  count(DISTINCT m.document_id)
           FROM actor_members m JOIN entities e ON e.id = m.entity_id
           JOIN documents d ON d.id = m.document_id
           WHERE m.actor_id = ? AND e.sector IS NOT NULL GROUP BY e.sector ORDER BY 2""",
        (actor_id,),
    )
    return [SectorSpan(*r) for r in rows]


def dated_entries(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    """Dated roles and sectors from dossier's actor list and the user's actor file,
    by actor id; the user's file wins."""
    entries = [e for e in load_data("actors.yaml").get("actors", []) if has_dates(e)]
    row = conn.execute("SELECT value FROM settings WHERE key = 'actors'").fetchone()
    entries += [{**e, "user": True} for e in (json.loads(row[0]) if row else [])]
    by_id: dict[str, dict[str, Any]] = {}
    for entry in entries:
        by_id[f"{family(entry.get('type', 'ORG'))}/{slug(entry['name'])}"] = entry
    return by_id


def has_dates(entry: dict[str, Any]) -> bool:
    return bool(entry.get("roles") or entry.get("sectors"))


def file_roles(entry: dict[str, Any]) -> list[RoleSpan]:
    source = "actor file" if entry.get("user") else "dossier actor list"
    return [
        RoleSpan(
            title=r["title"],
            of=r.get("of"),
            first=text_or_none(r.get("since")),
            last=text_or_none(r.get("until")),
            documents=0,
            source=source,
        )
        for r in entry.get("roles") or []
    ]


def file_sectors(entry: dict[str, Any]) -> list[SectorSpan]:
    source = "actor file" if entry.get("user") else "dossier actor list"
    return [
        SectorSpan(
            sector=s["sector"],
            first=text_or_none(s.get("since")),
            last=text_or_none(s.get("until")),
            documents=0,
            source=source,
        )
        for s in entry.get("sectors") or []
    ]


def sector_at(sectors: Sequence[SectorSpan], day: str | None, default: str | None) -> str | None:
    """The sector a dated list gives for ``day`` (ISO), else ``default``."""
    for span in sectors:
        if span.source == "articles" or not day:
            continue
        if (span.first is None or day >= span.first) and (
            span.last is None or day[: len(span.last)] <= span.last
        ):
            return span.sector
    return default


def text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def actor_quotes(conn: sqlite3.Connection, actor_id: int, *, limit: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        f"""SELECT {QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id
            JOIN entities e ON e.document_id = q.document_id AND e.eid = q.speaker_eid
            JOIN actor_members m ON m.entity_id = e.id
            WHERE m.actor_id = ? AND d.current = 1
            ORDER BY coalesce(q.date, d.published) DESC, q.start LIMIT ?""",
        (actor_id, limit),
    )
    return [quote_row(r) for r in rows]


def links(conn: sqlite3.Connection, actor_id: int, *, limit: int = 200) -> list[Link]:
    """Why each article's mention joined this actor: every link that is not a plain
    same-name match first (those are the ones to check), then the rest.  The page of
    links is chosen from ``actor_members`` alone; only its rows read names and dates."""
    rows = conn.execute(
        """SELECT e.name, d.doc, d.published, m.reason
           FROM (SELECT entity_id, document_id, reason, reason LIKE 'same name as %' AS plain
                 FROM actor_members WHERE actor_id = ?
                 ORDER BY plain, document_id, entity_id LIMIT ?) m
           JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.document_id
           ORDER BY m.plain, m.document_id, m.entity_id""",
        (actor_id, limit),
    )
    return [Link(*r) for r in rows]


def partners(conn: sqlite3.Connection, actor_id: int, *, limit: int = 10) -> list[Partner]:
    rows = conn.execute(
        """SELECT a.key, a.name, count(*),
                  sum(k.quad IN (1, 2)), sum(k.quad IN (3, 4)), avg(k.score)
           FROM kb_events k JOIN actors a
             ON a.id = CASE WHEN k.source_actor = :id THEN k.target_actor ELSE k.source_actor END
           WHERE (k.source_actor = :id OR k.target_actor = :id) AND k.negated = 0
             AND a.id != :id
           GROUP BY a.id ORDER BY 3 DESC, a.name LIMIT :limit""",
        {"id": actor_id, "limit": limit},
    )
    return [Partner(r[0], r[1], r[2], r[3] or 0, r[4] or 0, rounded(r[5])) for r in rows]


def rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def timeline(
    conn: sqlite3.Connection,
    *,
    actor: str | None = None,
    source_id: int | None = None,
    target_id: int | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    include_negated: bool = False,
    limit: int | None = None,
    newest_first: bool = False,
    evidence: bool = True,
) -> Records[MergedEvent]:
    """Merged events in date order (or newest first), each with the article mentions
    behind it; ``actor`` matches either side."""
    where: list[str] = ["1 = 1"]
    params: list[Any] = []
    if actor:
        actor_id, _ = find_actor(conn, actor)
        where.append("(k.source_actor = ? OR k.target_actor = ?)")
        params += [actor_id, actor_id]
    for column, value in (("k.source_actor", source_id), ("k.target_actor", target_id)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    if type:
        where.append("k.type = ?")
        params.append(type.upper())
    if not include_negated:
        where.append("k.negated = 0")
    where += period(since, until, params)
    order = "k.day DESC, k.id DESC" if newest_first else "k.day, k.id"
    sql = f"""SELECT {EVENT_COLUMNS} FROM {EVENT_FROM} WHERE {" AND ".join(where)}
              ORDER BY {order} LIMIT ?"""
    rows = conn.execute(sql, [*params, -1 if limit is None else limit]).fetchall()
    found: dict[int, list[dict[str, Any]]] = {r[0]: [] for r in rows}
    if evidence:
        for kb_id, record in event_evidence(conn, list(found)):
            found[kb_id].append(record)
    return Records(merged_event(r, found[r[0]]) for r in rows)


def merged_event(row: Sequence[Any], evidence: list[dict[str, Any]]) -> MergedEvent:
    return MergedEvent(
        id=row[0],
        type=row[1],
        mode=row[2],
        source=row[3],
        source_name=row[4],
        target=row[5],
        target_name=row[6],
        date=row[7],
        date_precision=row[8],
        day=row[9],
        place=row[10],
        negated=bool(row[11]),
        modality=row[12],
        quad=row[13],
        score=row[14],
        trigger=row[15],
        mentions=row[16],
        sources=row[17],
        first_report=row[18],
        evidence=evidence,
    )


def period(since: str | None, until: str | None, params: list[Any]) -> list[str]:
    """SQL conditions keeping events whose day falls in [since, until] (ISO prefixes)."""
    conditions = []
    if since:
        conditions.append("k.day >= ?")
        params.append(since)
    if until:
        conditions.append("substr(k.day, 1, length(?)) <= ?")
        params += [until, until]
    return conditions


def event_evidence(
    conn: sqlite3.Connection, kb_ids: Sequence[int]
) -> Iterable[tuple[int, dict[str, Any]]]:
    """(merged event id, mention) pairs: document, span, trigger and sentence."""
    for start in range(0, len(kb_ids), 500):
        chunk = kb_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        rows = conn.execute(
            f"""SELECT m.kb_event_id, d.doc, d.published, e.start, e."end", e.text, e.trigger,
                       substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start),
                       m.origin_id != m.document_id
                FROM kb_event_mentions m JOIN events e ON e.id = m.event_id
                JOIN documents d ON d.id = m.document_id
                WHERE m.kb_event_id IN ({marks}) ORDER BY d.published, d.id, e.start""",
            chunk,
        )
        for r in rows:
            yield (
                r[0],
                {
                    "doc": r[1],
                    "published": r[2],
                    "span": [r[3], r[4]],
                    "text": r[5],
                    "trigger": r[6],
                    "sentence": r[7].strip(),
                    "duplicate": bool(r[8]),
                },
            )


def relations(
    conn: sqlite3.Connection,
    *,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> Records[Relation]:
    """For every ordered pair of actors and month: counts by type and quad class,
    intensity and balance, and the merged events behind each number."""
    where: list[str] = ["k.negated = 0", "length(k.day) >= 7"]
    params: list[Any] = []
    where += ["k.source_actor IS NOT NULL", "k.target_actor IS NOT NULL"]
    where.append("k.source_actor != k.target_actor")
    if actor:
        actor_id, _ = find_actor(conn, actor)
        where.append("(k.source_actor = ? OR k.target_actor = ?)")
        params += [actor_id, actor_id]
    where += period(since, until, params)
    rows = conn.execute(
        f"""SELECT sa.key, sa.name, ta.key, ta.name, g.month, g.type, g.quad, g.events,
                   g.first, g.scored, g.total, g.ids
            FROM (SELECT k.source_actor, k.target_actor, substr(k.day, 1, 7) AS month,
                         k.type, k.quad, count(*) AS events, min(k.id) AS first,
                         count(k.score) AS scored, sum(k.score) AS total,
                         group_concat(k.id) AS ids
                  FROM kb_events k WHERE {" AND ".join(where)}
                  GROUP BY k.source_actor, k.target_actor, month, k.type, k.quad) g
            LEFT JOIN actors sa ON sa.id = g.source_actor
            LEFT JOIN actors ta ON ta.id = g.target_actor""",
        params,
    )
    groups: dict[tuple[str, str, str, str, str], list[Sequence[Any]]] = defaultdict(list)
    for r in rows:
        groups[(r[0], r[1], r[2], r[3], r[4])].append(r)
    result = [relation(key, parts) for key, parts in groups.items()]
    result.sort(key=lambda r: (r.month, -r.events, r.source, r.target))
    return Records(result if limit is None else result[:limit])


def partner_months(conn: sqlite3.Connection, actor: str) -> list[tuple[str, str, str, int, float]]:
    """(partner key, partner name, month, events, score) for every relation of ``actor``
    with a score, in either direction: the numbers ``relations(actor=…)`` gives for
    ``events`` and ``score``, without counting types and quad classes."""
    actor_id, _ = find_actor(conn, actor)
    rows = conn.execute(
        """SELECT CASE WHEN k.source_actor = :id THEN ta.key ELSE sa.key END,
                  CASE WHEN k.source_actor = :id THEN ta.name ELSE sa.name END,
                  substr(k.day, 1, 7) AS month, count(*), count(k.score), sum(k.score)
           FROM kb_events k JOIN actors sa ON sa.id = k.source_actor
           JOIN actors ta ON ta.id = k.target_actor
           WHERE (k.source_actor = :id OR k.target_actor = :id) AND k.negated = 0
             AND length(k.day) >= 7 AND k.source_actor != k.target_actor
           GROUP BY k.source_actor, k.target_actor, month""",
        {"id": actor_id},
    )
    return [(r[0], r[1], r[2], r[3], round(r[5] / r[4], 2)) for r in rows if r[4]]


def relation(key: tuple[str, str, str, str, str], parts: list[Sequence[Any]]) -> Relation:
    """One pair's month from its events counted in SQL by (type, quad class); types
    with equal counts keep the order of their first event."""
    types: dict[str, list[int]] = {}
    quads: dict[int, int] = {}
    events = scored = 0
    total = 0.0
    for _, _, _, _, _, kind, quad, count, first, with_score, score_sum, _ in parts:
        events += count
        counted = types.get(kind)
        if counted is None:
            types[kind] = [count, first]
        else:
            counted[0] += count
            counted[1] = min(counted[1], first)
        if quad is not None:
            quads[quad] = quads.get(quad, 0) + count
        if with_score:
            scored += with_score
            total += score_sum
    by_type = sorted(types.items(), key=lambda item: (-item[1][0], item[1][1]))
    cooperative = sum(quads.get(q, 0) for q in COOPERATION)
    conflictual = sum(quads.get(q, 0) for q in CONFLICT)
    ids = [int(i) for p in parts for i in p[11].split(",")]
    return Relation(
        source=key[0],
        source_name=key[1],
        target=key[2],
        target_name=key[3],
        month=key[4],
        events=events,
        by_type={name: counted[0] for name, counted in by_type},
        by_quad=dict(sorted(quads.items())),
        score=rounded(total / scored) if scored else None,
        balance=round((cooperative - conflictual) / events, 2),
        evidence=sorted(ids),
    )


def duplicates(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(document, the earlier document it repeats) for every near-duplicate article."""
    rows = conn.execute(
        """SELECT d.doc, o.doc FROM signatures s JOIN documents d ON d.id = s.document_id
           JOIN documents o ON o.id = s.duplicate_of ORDER BY d.id"""
    )
    return [(r[0], r[1]) for r in rows]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How big the knowledge base is: actors, merged events, their mentions, duplicate
    articles, and stored articles not linked yet (a store from before the knowledge
    base, until ``dossier rebuild`` or the next ingest)."""
    row = conn.execute(
        """SELECT (SELECT count(*) FROM actors WHERE documents > 0 OR pinned = 1),
                  (SELECT count(*) FROM kb_events WHERE negated = 0),
                  (SELECT count(*) FROM kb_events WHERE negated = 1),
                  (SELECT count(*) FROM kb_event_mentions),
                  (SELECT count(*) FROM signatures WHERE duplicate_of IS NOT NULL),
                  (SELECT count(*) FROM documents d WHERE d.current = 1 AND d.status = 'ok'
                   AND NOT EXISTS (SELECT 1 FROM signatures s WHERE s.document_id = d.id))"""
    ).fetchone()
    # "events" are the ones the timeline and exports list; negated ones apart
    keys = ("actors", "events", "negated_events", "event_mentions", "duplicates", "unlinked")
    return dict(zip(keys, row, strict=True))


def document_places(
    conn: sqlite3.Connection, docs: Sequence[str]
) -> dict[str, list[dict[str, Any]]]:
    """The resolved places of the current version of each named document, by name."""
    found: dict[str, list[dict[str, Any]]] = {doc: [] for doc in docs}
    names = list(found)
    for start in range(0, len(names), 500):
        chunk = names[start : start + 500]
        rows = conn.execute(
            f"""SELECT d.doc, p.name, p.country, p.admin1, p.lat, p.lon, p.level, p.dateline
                FROM places p JOIN documents d ON d.id = p.document_id
                WHERE d.current = 1 AND d.doc IN ({", ".join("?" for _ in chunk)})
                ORDER BY d.doc, p.dateline, p.start""",
            chunk,
        )
        for r in rows:
            keys = ("name", "country", "admin1", "lat", "lon", "level")
            found[r[0]].append({**dict(zip(keys, r[1:7], strict=True)), "dateline": bool(r[7])})
    return found
