"""Reading documents, what was extracted from them, quotes and event mentions."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

from dossier.errors import DossierError, StoreError
from dossier.store.connection import Connection
from dossier.store.query import (
    LIVE,
    QUOTE_WHEN,
    EventQuery,
    contains,
    escape_like,
    event_conditions,
    event_filters,
    quote_fts,
)
from dossier.store.rows import (
    DateRow,
    DocumentMeta,
    DocumentRow,
    EntityRow,
    EntitySummary,
    EventRow,
    PlaceRow,
    QuoteRow,
    SearchHit,
)

# A stored document some of whose stages failed reads as status 'partial'.
DOCUMENT_COLUMNS = (
    "id, doc, version, title, published, language, "
    "CASE WHEN status = 'ok' AND failed_stages IS NOT NULL THEN 'partial' ELSE status END, "
    "status_reason, source, fmt, url, agency, dateline, length(text), ingested_at"
)
HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"
QUOTE_COLUMNS = (
    'd.doc, d.published, q.kind, q.speaker, q.speaker_eid, q.cue, q.text, q.start, q."end", '
    "q.sentence_start, q.sentence_end, q.addressee, q.date"
)
QUOTE_FROM = "quotes q JOIN documents d ON d.id = q.document_id"
QUOTE_ORDER = "q.day DESC, q.document_id, q.start"  # the order of the index quotes_day
EVENT_ORDER = "e.day DESC, e.document_id, e.start"  # the order of the index events_day


def quote_row(row: Sequence[Any]) -> QuoteRow:
    return QuoteRow(
        doc=row[0],
        published=row[1],
        kind=row[2],
        speaker=row[3],
        speaker_id=row[4],
        cue=row[5],
        text=row[6],
        addressee=row[11],
        date=row[12],
        span=[row[7], row[8]],
        sentence=[row[9], row[10]],
    )


def event_row(row: Sequence[Any]) -> EventRow:
    return EventRow(
        id=row[0],
        doc_id=row[1],
        doc=row[2],
        published=row[3],
        date=row[4],
        type=row[5],
        mode=row[6],
        source=row[7],
        target=row[8],
        modality=row[9],
        negated=bool(row[10]),
        trigger=row[11],
        text=row[12],
        quad=row[15],
        score=row[16],
        confidence=row[17],
        place=row[18],
        sentence=(row[19] or "").strip(),
        span=[row[13], row[14]],
    )


class DocumentReads(Connection):
    """Documents, full-text search, entities, quotes and event mentions."""

    def count_documents(self, *, status: str | None = "ok") -> int:
        sql = "SELECT count(*) FROM documents WHERE current = 1"
        params: tuple[Any, ...] = ()
        if status:
            sql += " AND status = ?"
            params = (status,)
        return int(self.conn.execute(sql, params).fetchone()[0])

    def count_entities(self) -> int:
        """Distinct (name, type) entities over current documents."""
        row = self.conn.execute(
            """SELECT count(*) FROM (SELECT DISTINCT e.name, e.type FROM entities e
               JOIN documents d ON d.id = e.document_id WHERE d.current = 1)"""
        ).fetchone()
        return int(row[0])

    def count_quotes(self) -> int:
        """Quotes in live documents."""
        row = self.conn.execute(
            f"SELECT count(*) FROM quotes q WHERE q.document_id IN "
            f"(SELECT d.id FROM documents d WHERE {LIVE})"
        ).fetchone()
        return int(row[0] or 0)

    def documents(
        self, *, limit: int | None = None, offset: int = 0, include_skipped: bool = True
    ) -> list[DocumentRow]:
        sql = f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE current = 1"
        if not include_skipped:
            sql += " AND status = 'ok'"
        sql += " ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?"
        rows = self.conn.execute(sql, (-1 if limit is None else limit, offset))
        return [DocumentRow(*row) for row in rows]

    def find_document(self, ref: str) -> DocumentRow | None:
        """A document by numeric id, by ``doc`` name, or by a unique prefix of the name."""
        if ref.isdigit():
            row = self.conn.execute(
                f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (int(ref),)
            ).fetchone()
            if row:
                return DocumentRow(*row)
        for sql, arg in (
            ("doc = ?", ref),
            ("doc LIKE ? ESCAPE '\\'", escape_like(ref) + "%"),
        ):
            rows = self.conn.execute(
                f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE current = 1 AND {sql} "
                "ORDER BY doc LIMIT 4",
                (arg,),
            ).fetchall()
            if len(rows) == 1:
                return DocumentRow(*rows[0])
            if len(rows) > 1 and sql.startswith("doc LIKE"):
                names = ", ".join(r[1] for r in rows[:3]) + (", …" if len(rows) > 3 else "")
                raise DossierError(
                    f"{ref!r} begins more than one document ({names}); "
                    "give more of the name, or the id from dossier docs"
                )
        return None

    def document_text(self, doc_id: int) -> DocumentMeta:
        """The cleaned text, the raw text and the list-valued metadata of a document."""
        row = self.conn.execute(
            "SELECT text, raw, credits, repairs, warnings FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no document with id {doc_id}")
        lists = [json.loads(blob) for blob in row[2:5]]
        return DocumentMeta(row[0], row[1], *lists)

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search over current documents, best first, with marked snippets.
        The full-text index ranks its matches alone (reading no document row), the
        best ones are kept if live, and only the page's rows get a snippet."""
        try:
            return self._search(query, limit)
        except sqlite3.OperationalError:
            return self._search(quote_fts(query), limit)

    def _search(self, query: str, limit: int) -> list[SearchHit]:
        window = 2 * limit + 20
        while True:
            ranked = self.conn.execute(
                """SELECT rowid, bm25(documents_fts, 2.0, 1.0) AS score FROM documents_fts
                   WHERE documents_fts MATCH ? ORDER BY score, rowid LIMIT ?""",
                (query, window),
            ).fetchall()
            live = self.live_documents([int(r[0]) for r in ranked])
            best = [(live[r[0]], r[1]) for r in ranked if r[0] in live][:limit]
            if len(best) >= limit or len(ranked) < window:
                break
            window *= 4
        ids = [row[0] for row, _ in best]
        snippets = dict(
            self.conn.execute(
                f"""SELECT rowid, snippet(documents_fts, 1, '{HIGHLIGHT_START}',
                                          '{HIGHLIGHT_END}', '…', 16)
                    FROM documents_fts WHERE documents_fts MATCH ?
                    AND rowid IN ({", ".join("?" for _ in ids)})""",
                (query, *ids),
            ).fetchall()
        )
        return [
            SearchHit(
                id=row[0],
                doc=row[1],
                title=row[2],
                published=row[3],
                snippet=snippets.get(row[0], ""),
                score=score,
            )
            for row, score in best
        ]

    def live_documents(self, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """(id, doc, title, published) of those of these documents that are live, by id."""
        rows = self.conn.execute(
            f"""SELECT d.id, d.doc, d.title, d.published FROM documents d
                WHERE d.id IN ({", ".join("?" for _ in ids)}) AND {LIVE}""",
            list(ids),
        )
        return {int(r[0]): tuple(r) for r in rows}

    def document_entities(self, doc_id: int) -> list[EntityRow]:
        rows = self.conn.execute(
            """SELECT e.id, e.eid, e.name, e.type, e.country, e.sector, e.aliases, e.roles
               FROM entities e WHERE e.document_id = ? ORDER BY e.id""",
            (doc_id,),
        ).fetchall()
        result = []
        for row in rows:
            spans = self.conn.execute(
                'SELECT start, "end" FROM mentions WHERE entity_id = ? ORDER BY start', (row[0],)
            ).fetchall()
            result.append(
                EntityRow(
                    id=row[1],
                    name=row[2],
                    type=row[3],
                    country=row[4],
                    sector=row[5],
                    aliases=json.loads(row[6]),
                    roles=json.loads(row[7]),
                    mentions=[list(s) for s in spans],
                )
            )
        return result

    def document_places(self, doc_id: int) -> list[PlaceRow]:
        rows = self.conn.execute(
            'SELECT name, eid, country, admin1, lat, lon, level, start, "end", dateline '
            "FROM places WHERE document_id = ? ORDER BY dateline DESC, start",
            (doc_id,),
        )
        return [
            PlaceRow(
                name=r[0],
                entity_id=r[1],
                country=r[2],
                admin1=r[3],
                lat=r[4],
                lon=r[5],
                level=r[6],
                span=[r[7], r[8]] if r[7] is not None else None,
                dateline=bool(r[9]),
            )
            for r in rows
        ]

    def document_dates(self, doc_id: int) -> list[DateRow]:
        rows = self.conn.execute(
            'SELECT text, value, precision, start, "end" FROM dates '
            "WHERE document_id = ? ORDER BY start",
            (doc_id,),
        )
        return [DateRow(r[0], r[1], r[2], [r[3], r[4]]) for r in rows]

    def document_quotes(self, doc_id: int) -> list[QuoteRow]:
        rows = self.conn.execute(
            f"SELECT {QUOTE_COLUMNS} FROM {QUOTE_FROM} WHERE q.document_id = ? ORDER BY q.start",
            (doc_id,),
        )
        return [quote_row(r) for r in rows]

    def quotes(
        self,
        *,
        speaker: str | None = None,
        about: str | None = None,
        since: str | None = None,
        limit: int | None = None,
    ) -> list[QuoteRow]:
        """Quotes in current documents, newest first; filters match names and aliases."""
        where = [LIVE]
        params: list[Any] = []
        if speaker:  # whole words of a name: "Ghani" is not the "ghani" in "Afghanistan"
            where.append(
                "(names_match(?, q.speaker) OR EXISTS (SELECT 1 FROM entities e "
                "WHERE e.document_id = q.document_id AND e.eid = q.speaker_eid "
                "AND e.aliases LIKE ? ESCAPE '\\' AND names_match(?, e.aliases)))"
            )
            params.extend([speaker, contains(speaker), speaker])
        if about:
            where.append(
                "(q.text LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM entities e "
                "JOIN mentions m ON m.entity_id = e.id WHERE e.document_id = q.document_id "
                "AND (e.name LIKE ? ESCAPE '\\' OR e.aliases LIKE ? ESCAPE '\\') "
                'AND m.start >= q.start AND m."end" <= q."end"))'
            )
            params.extend([contains(about)] * 3)
        if since:
            where.append(f"{QUOTE_WHEN} >= ?")
            params.append(since)
        sql = (
            f"SELECT {QUOTE_COLUMNS} FROM {QUOTE_FROM} WHERE {' AND '.join(where)} "
            f"ORDER BY {QUOTE_ORDER} LIMIT ?"
        )
        params.append(-1 if limit is None else limit)
        return [quote_row(r) for r in self.conn.execute(sql, params)]

    def quotes_matching(self, words: str, *, limit: int) -> list[QuoteRow]:
        """Quotes whose words or speaker contain ``words``, newest first (no look into
        each quote's mentions, unlike ``quotes(about=…)``: a search box needs only
        the words)."""
        pattern = contains(words.strip())
        rows = self.conn.execute(
            f"""SELECT {QUOTE_COLUMNS} FROM {QUOTE_FROM}
                WHERE {LIVE} AND (q.text LIKE ? ESCAPE '\\' OR q.speaker LIKE ? ESCAPE '\\')
                ORDER BY {QUOTE_ORDER} LIMIT ?""",
            (pattern, pattern, limit),
        )
        return [quote_row(r) for r in rows]

    def events(self, query: EventQuery) -> list[EventRow]:
        """Event mentions in live documents, newest first, with their evidence sentence.
        The page of ids is chosen first, so only its rows read their sentence out of
        the article text."""
        where, params = event_conditions(query)
        limit = -1 if query.limit is None else query.limit
        sql = f"""
            SELECT e.id, d.id, d.doc, d.published, e.date, e.type, e.mode, e.source, e.target,
                   e.modality, e.negated, e.trigger, e.text, e.start, e."end", e.quad, e.score,
                   e.confidence, e.place,
                   substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)
            FROM (SELECT e.id FROM events e JOIN documents d ON d.id = e.document_id
                  WHERE {where} ORDER BY {EVENT_ORDER} LIMIT ? OFFSET ?) AS page
            JOIN events e ON e.id = page.id JOIN documents d ON d.id = e.document_id
            ORDER BY {EVENT_ORDER}"""
        return [event_row(r) for r in self.conn.execute(sql, [*params, limit, query.offset()])]

    def count_events(self, query: EventQuery) -> int:
        """How many event mentions ``query`` finds, all pages together: those the
        filters keep, less those in documents that are not live (superseded versions,
        skipped articles: few), so the count reads one index where it can."""
        clauses, params = event_filters(query)
        where = " AND ".join(clauses) or "1 = 1"
        kept = self.conn.execute(f"SELECT count(*) FROM events e WHERE {where}", params)
        dead = self.conn.execute(
            f"""SELECT count(*) FROM documents d CROSS JOIN events e ON e.document_id = d.id
                WHERE NOT ({LIVE}) AND {where}""",
            params,
        )
        return int(kept.fetchone()[0] or 0) - int(dead.fetchone()[0] or 0)

    def entity_summaries(
        self,
        *,
        type: str | None = None,
        country: str | None = None,
        query: str | None = None,
        limit: int | None = None,
    ) -> list[EntitySummary]:
        """Entities grouped by name and type over current documents, most mentioned first."""
        where = ["d.current = 1"]
        params: list[Any] = []
        if type:
            types = ("GPE", "LOC") if type.upper() in ("GPE", "LOC") else (type.upper(),)
            where.append(f"e.type IN ({', '.join('?' for _ in types)})")
            params.extend(types)
        if country:
            where.append("e.country = ?")
            params.append(country.upper())
        if query:
            where.append("(e.name LIKE ? ESCAPE '\\' OR e.aliases LIKE ? ESCAPE '\\')")
            params.extend([contains(query)] * 2)
        sql = f"""
            SELECT e.name, e.type, max(e.country), max(e.sector),
                   count(DISTINCT e.document_id),
                   (SELECT count(*) FROM mentions m JOIN entities e2 ON e2.id = m.entity_id
                    JOIN documents d2 ON d2.id = e2.document_id
                    WHERE e2.name = e.name AND e2.type = e.type AND d2.current = 1),
                   group_concat(e.aliases, '\x1f')
            FROM entities e JOIN documents d ON d.id = e.document_id
            WHERE {" AND ".join(where)}
            GROUP BY e.name, e.type
            ORDER BY 6 DESC, e.name LIMIT ?"""
        params.append(-1 if limit is None else limit)
        return [entity_summary(row) for row in self.conn.execute(sql, params)]


def entity_summary(row: Sequence[Any]) -> EntitySummary:
    aliases: dict[str, None] = {}
    for blob in (row[6] or "").split("\x1f"):
        for alias in json.loads(blob) if blob else []:
            aliases.setdefault(alias)
    name, type_, country, sector, documents, mentions = row[:6]
    return EntitySummary(name, type_, country, sector, documents, mentions, tuple(aliases))
