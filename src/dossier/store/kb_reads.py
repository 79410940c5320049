"""Reading the knowledge base: actors, merged events, their evidence and relations."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from dossier.store.evidence import EvidenceReads
from dossier.store.query import CHUNK, LIVE, contains, marks, period
from dossier.store.rows import (
    ActorKindRow,
    ActorRow,
    DocumentPlaceRow,
    EvidenceRow,
    MergedEventRow,
    MonthCountRow,
    RelationGroupRow,
    TypeCountRow,
)

ACTOR_COLUMNS = (
    "a.id, a.key, a.name, a.type, a.country, a.sector, a.aliases, a.documents, a.mentions, "
    "a.events, a.first_seen, a.last_seen"
)
MERGED_COLUMNS = """k.id, k.type, k.mode, sa.key, sa.name, ta.key, ta.name, k.date,
    k.date_precision, k.day, k.place, k.negated, k.modality, k.quad, k.score, k.trigger,
    k.mentions, k.sources, k.first_report"""
MERGED_FROM = """kb_events k LEFT JOIN actors sa ON sa.id = k.source_actor
    LEFT JOIN actors ta ON ta.id = k.target_actor"""


def stored_actor(row: Sequence[Any]) -> tuple[int, ActorRow]:
    """The stored id and the actor of a row read with ``ACTOR_COLUMNS``."""
    actor = ActorRow(
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
    return int(row[0]), actor


def merged_event(row: Sequence[Any], evidence: list[EvidenceRow]) -> MergedEventRow:
    return MergedEventRow(
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


def rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


class KnowledgeReads(EvidenceReads):
    """Actors and merged events across articles, as the linker stored them."""

    def actors(
        self,
        *,
        query: str | None = None,
        key_part: str | None = None,
        types: Sequence[str] = (),
        country: str | None = None,
        limit: int | None = None,
    ) -> list[ActorRow]:
        """Actors, most mentioned first: ``query`` in a name or alias, or ``key_part``
        (a normalized name) in one of their match keys."""
        where: list[str] = ["a.documents > 0 OR a.pinned = 1"]
        params: list[Any] = []
        if query:
            # the keys too: an acronym or alias from an actors file that ``dossier actor`` finds
            where.append(
                "(a.name LIKE ? ESCAPE '\\' OR a.aliases LIKE ? ESCAPE '\\' OR a.id IN "
                "(SELECT actor_id FROM actor_keys WHERE key LIKE ? ESCAPE '\\'))"
            )
            params += [contains(query)] * 2 + [f"%|{contains(key_part or query)}"]
        if types:
            where.append(f"a.type IN ({marks(types)})")
            params += list(types)
        if country:
            where.append("a.country = ?")
            params.append(country.upper())
        sql = f"""SELECT {ACTOR_COLUMNS} FROM actors a WHERE ({") AND (".join(where)})
                  ORDER BY a.mentions DESC, a.events DESC, a.name LIMIT ?"""
        rows = self.conn.execute(sql, [*params, -1 if limit is None else limit])
        return [stored_actor(r)[1] for r in rows]

    def actor_by_id(self, key: str) -> tuple[int, ActorRow] | None:
        """The actor whose stable id is ``key`` ("org/taliban")."""
        row = self.conn.execute(
            f"SELECT {ACTOR_COLUMNS} FROM actors a WHERE a.key = ?", (key,)
        ).fetchone()
        return stored_actor(row) if row else None

    def actor_by_match_keys(self, keys: Sequence[str]) -> tuple[int, ActorRow] | None:
        """The actor one of whose match keys is in ``keys``: pinned first, then a full
        name before a short form, then the most mentioned."""
        row = self.conn.execute(
            f"""SELECT {ACTOR_COLUMNS} FROM actors a JOIN actor_keys k ON k.actor_id = a.id
                WHERE k.key IN ({marks(keys)})
                ORDER BY a.pinned DESC, k.kind = 'name' DESC, a.mentions DESC LIMIT 1""",
            list(keys),
        ).fetchone()
        return stored_actor(row) if row else None

    def actors_named_like(self, part: str, *, limit: int) -> list[tuple[int, ActorRow]]:
        """Actors with ``part`` in their name or an alias, most mentioned first."""
        rows = self.conn.execute(
            f"""SELECT {ACTOR_COLUMNS} FROM actors a
                WHERE a.name LIKE ? ESCAPE '\\' OR a.aliases LIKE ? ESCAPE '\\'
                ORDER BY a.mentions DESC LIMIT ?""",
            [contains(part), contains(part), limit],
        )
        return [stored_actor(r) for r in rows]

    def actor_kinds(self, keys: Sequence[str]) -> list[ActorKindRow]:
        """Type, country and sector of the actors with these stable ids."""
        found: list[ActorKindRow] = []
        for start in range(0, len(keys), CHUNK):
            chunk = list(keys[start : start + CHUNK])
            rows = self.conn.execute(
                f"SELECT key, type, country, sector FROM actors WHERE key IN ({marks(chunk)})",
                chunk,
            )
            found += [ActorKindRow(*r) for r in rows]
        return found

    def setting(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def merged_events(
        self,
        *,
        actor_id: int | None = None,
        source_id: int | None = None,
        target_id: int | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        include_negated: bool = False,
        limit: int | None = None,
        newest_first: bool = False,
        evidence: bool = True,
        evidence_limit: int | None = None,
    ) -> list[MergedEventRow]:
        """Merged events in date order (or newest first), with the article mentions
        behind each when ``evidence`` (the first ``evidence_limit`` reports of each,
        when set: ``mentions`` still counts them all); ``actor_id`` matches either side."""
        where: list[str] = ["1 = 1"]
        params: list[Any] = []
        if actor_id is not None:
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
        where += period("k.day", since, until, params)
        order = "k.day DESC, k.id DESC" if newest_first else "k.day, k.id"
        sql = f"""SELECT {MERGED_COLUMNS} FROM {MERGED_FROM} WHERE {" AND ".join(where)}
                  ORDER BY {order} LIMIT ?"""
        rows = self.conn.execute(sql, [*params, -1 if limit is None else limit]).fetchall()
        found: dict[int, list[EvidenceRow]] = {r[0]: [] for r in rows}
        if evidence and evidence_limit is None:
            for kb_id, mention in self.event_evidence(list(found)):
                found[kb_id].append(mention)
        elif evidence and evidence_limit is not None:
            for kb_id in found:
                found[kb_id] = self.first_reports(kb_id, evidence_limit)
        return [merged_event(r, found[r[0]]) for r in rows]

    def relation_groups(
        self,
        *,
        actor_id: int | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[RelationGroupRow]:
        """Merged events between two different actors counted by ordered pair, month,
        type and quad class, with the sum of their scores and their ids."""
        where: list[str] = ["k.negated = 0", "length(k.day) >= 7"]
        params: list[Any] = []
        where += ["k.source_actor IS NOT NULL", "k.target_actor IS NOT NULL"]
        where.append("k.source_actor != k.target_actor")
        if actor_id is not None:
            where.append("(k.source_actor = ? OR k.target_actor = ?)")
            params += [actor_id, actor_id]
        where += period("k.day", since, until, params)
        rows = self.conn.execute(
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
        return [RelationGroupRow(*r) for r in rows]

    def merged_events_by_type(self) -> list[TypeCountRow]:
        """Merged events (one per real event, however many articles report it) per type."""
        rows = self.conn.execute(
            """SELECT type, max(quad), count(*) FROM kb_events WHERE negated = 0
               GROUP BY type ORDER BY 3 DESC, 1"""
        )
        return [TypeCountRow(*r) for r in rows]

    def merged_events_by_month(self) -> list[MonthCountRow]:
        """Merged events per month (of the event's date, else its first report) and quad."""
        rows = self.conn.execute(
            """SELECT substr(day, 1, 7) AS month, quad, count(*) FROM kb_events
               WHERE negated = 0 AND length(day) >= 7 GROUP BY month, quad ORDER BY month"""
        )
        return [MonthCountRow(*r) for r in rows]

    def duplicate_documents(self) -> list[tuple[str, str]]:
        """(document, the earlier document it repeats) for every near-duplicate article."""
        rows = self.conn.execute(
            """SELECT d.doc, o.doc FROM signatures s JOIN documents d ON d.id = s.document_id
               JOIN documents o ON o.id = s.duplicate_of ORDER BY d.id"""
        )
        return [(r[0], r[1]) for r in rows]

    def knowledge_counts(self) -> dict[str, int]:
        """How big the knowledge base is: actors, merged events, their mentions, duplicate
        articles, and stored articles not linked yet (a store from before the knowledge
        base, until ``dossier rebuild`` or the next ingest)."""
        row = self.conn.execute(
            f"""SELECT (SELECT count(*) FROM actors WHERE documents > 0 OR pinned = 1),
                      (SELECT count(*) FROM kb_events WHERE negated = 0),
                      (SELECT count(*) FROM kb_events WHERE negated = 1),
                      (SELECT count(*) FROM kb_event_mentions),
                      (SELECT count(*) FROM signatures WHERE duplicate_of IS NOT NULL),
                      (SELECT count(*) FROM documents d WHERE {LIVE}
                       AND NOT EXISTS (SELECT 1 FROM signatures s WHERE s.document_id = d.id))"""
        ).fetchone()
        # "events" are the ones the timeline and exports list; negated ones apart
        keys = ("actors", "events", "negated_events", "event_mentions", "duplicates", "unlinked")
        return dict(zip(keys, row, strict=True))

    def places_by_document(self, docs: Sequence[str]) -> dict[str, list[DocumentPlaceRow]]:
        """The resolved places of the current version of each named document, by name."""
        found: dict[str, list[DocumentPlaceRow]] = {doc: [] for doc in docs}
        names = list(found)
        for start in range(0, len(names), CHUNK):
            chunk = names[start : start + CHUNK]
            rows = self.conn.execute(
                f"""SELECT d.doc, p.name, p.country, p.admin1, p.lat, p.lon, p.level,
                           p.dateline
                    FROM places p JOIN documents d ON d.id = p.document_id
                    WHERE d.current = 1 AND d.doc IN ({marks(chunk)})
                    ORDER BY d.doc, p.dateline, p.start""",
                chunk,
            )
            for r in rows:
                name, country, admin1, lat, lon, level = r[1:7]
                place = DocumentPlaceRow(name, country, admin1, lat, lon, level, bool(r[7]))
                found[r[0]].append(place)
        return found
