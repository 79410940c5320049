"""Reading what an actor's profile shows beyond its row: the roles and sectors its
mentions state, its quotes, why each mention was linked, its partners.

A much-named actor has tens of thousands of linked mentions; each read here starts
from an index of the mentions that matter (those stating a role, those speaking a
quote: ``actor_members.has_roles`` / ``has_quotes``) or stops at its page.
"""

from __future__ import annotations

from dossier.store.connection import Connection
from dossier.store.kb_reads import rounded
from dossier.store.query import marks
from dossier.store.reads import QUOTE_COLUMNS, QUOTE_FROM, QUOTE_ORDER, quote_row
from dossier.store.rows import (
    LinkRow,
    PartnerMonthRow,
    PartnerRow,
    QuoteRow,
    RoleMentionRow,
    SectorSpanRow,
)

RECENT_QUOTES = 20_000  # the newest quotes an actor's page is first looked for in
FEW_QUOTED = 10_000  # an actor with up to this many quoted mentions has them all read


class ActorProfileReads(Connection):
    """An actor's roles, sectors, quotes, links and partners."""

    def actor_role_mentions(self, actor_id: int) -> list[RoleMentionRow]:
        """The roles an actor's linked mentions state, with their article's day: one
        row per (roles, day) with how many mentions state them, in the order of the
        first mention so linked.  Only the members flagged ``has_roles`` are read (an
        index of them), not every mention of a much-named actor."""
        rows = self.conn.execute(
            """SELECT e.roles, substr(d.published, 1, 10), count(*) FROM actor_members m
               CROSS JOIN entities e ON e.id = m.entity_id
               CROSS JOIN documents d ON d.id = m.document_id
               WHERE m.actor_id = ? AND m.has_roles = 1
               GROUP BY 1, 2 ORDER BY min(m.entity_id)""",
            (actor_id,),
        )
        return [RoleMentionRow(*r) for r in rows]

    def actor_sectors(self, actor_id: int) -> list[SectorSpanRow]:
        """The sectors the articles give an actor, with the first and last day stated."""
        rows = self.conn.execute(
            """SELECT e.sector, min(substr(d.published, 1, 10)),
                      max(substr(d.published, 1, 10)), count(DISTINCT m.document_id)
               FROM actor_members m JOIN entities e ON e.id = m.entity_id
               JOIN documents d ON d.id = m.document_id
               WHERE m.actor_id = ? AND e.sector IS NOT NULL GROUP BY e.sector ORDER BY 2""",
            (actor_id,),
        )
        return [SectorSpanRow(*r) for r in rows]

    def actor_quotes(self, actor_id: int, *, limit: int) -> list[QuoteRow]:
        """What an actor said, in every article linked to it, newest first.  An actor
        with few quoted mentions (``has_quotes``, indexed) has those read; a
        much-quoted one has the newest ``RECENT_QUOTES`` quotes of the store looked
        through first, newest first: when they hold a page of the actor's, that page is
        the answer (the order is the same), else its quoted mentions are read."""
        ids = None
        if self._quoted_members(actor_id) > FEW_QUOTED:
            ids = self._recent_actor_quotes(actor_id, limit)
        if ids is None:
            ids = self._quotes_of_members(actor_id, limit)
        rows = self.conn.execute(
            f"""SELECT {QUOTE_COLUMNS} FROM {QUOTE_FROM} WHERE q.id IN ({marks(ids)})
                ORDER BY {QUOTE_ORDER}""",
            ids,
        )
        return [quote_row(r) for r in rows]

    def _quoted_members(self, actor_id: int) -> int:
        """How many of an actor's linked mentions speak a quote."""
        return int(
            self.conn.execute(
                "SELECT count(*) FROM actor_members WHERE actor_id = ? AND has_quotes = 1",
                (actor_id,),
            ).fetchone()[0]
        )

    def _recent_actor_quotes(self, actor_id: int, limit: int) -> list[int] | None:
        """The ids of the actor's newest ``limit`` quotes if the store's newest
        ``RECENT_QUOTES`` quotes hold that many, else None."""
        found = self.conn.execute(
            f"""SELECT q.id FROM (SELECT id, document_id, speaker_eid, day, start
                                  FROM quotes q ORDER BY {QUOTE_ORDER} LIMIT ?) q
                CROSS JOIN documents d ON d.id = q.document_id
                CROSS JOIN entities e ON e.document_id = q.document_id AND e.eid = q.speaker_eid
                CROSS JOIN actor_members m ON m.entity_id = e.id
                WHERE m.actor_id = ? AND d.current = 1
                ORDER BY {QUOTE_ORDER} LIMIT ?""",
            (RECENT_QUOTES, actor_id, limit),
        ).fetchall()
        return [int(r[0]) for r in found] if len(found) >= limit else None

    def _quotes_of_members(self, actor_id: int, limit: int) -> list[int]:
        """The ids of the actor's newest ``limit`` quotes, from its quoted mentions."""
        found = self.conn.execute(
            f"""SELECT q.id FROM actor_members m
                CROSS JOIN entities e ON e.id = m.entity_id
                CROSS JOIN quotes q ON q.document_id = e.document_id AND q.speaker_eid = e.eid
                CROSS JOIN documents d ON d.id = q.document_id
                WHERE m.actor_id = ? AND m.has_quotes = 1 AND d.current = 1
                ORDER BY {QUOTE_ORDER} LIMIT ?""",
            (actor_id, limit),
        ).fetchall()
        return [int(r[0]) for r in found]

    def actor_links(self, actor_id: int, *, limit: int) -> list[LinkRow]:
        """Why each article's mention joined this actor: every link that is not a plain
        same-name match first (those are the ones to check), then the rest.  The page of
        links is chosen from ``actor_members`` alone; only its rows read names and dates."""
        rows = self.conn.execute(
            """SELECT e.name, d.doc, d.published, m.reason
               FROM (SELECT entity_id, document_id, reason, reason LIKE 'same name as %' AS plain
                     FROM actor_members WHERE actor_id = ?
                     ORDER BY plain, document_id, entity_id LIMIT ?) m
               JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.document_id
               ORDER BY m.plain, m.document_id, m.entity_id""",
            (actor_id, limit),
        )
        return [LinkRow(*r) for r in rows]

    def actor_partners(self, actor_id: int, *, limit: int) -> list[PartnerRow]:
        """The actors this one has most events with, either direction."""
        rows = self.conn.execute(
            """SELECT a.key, a.name, count(*),
                      sum(k.quad IN (1, 2)), sum(k.quad IN (3, 4)), avg(k.score)
               FROM kb_events k JOIN actors a ON a.id =
                    CASE WHEN k.source_actor = :id THEN k.target_actor ELSE k.source_actor END
               WHERE (k.source_actor = :id OR k.target_actor = :id) AND k.negated = 0
                 AND a.id != :id
               GROUP BY a.id ORDER BY 3 DESC, a.name LIMIT :limit""",
            {"id": actor_id, "limit": limit},
        )
        return [PartnerRow(r[0], r[1], r[2], r[3] or 0, r[4] or 0, rounded(r[5])) for r in rows]

    def partner_months(self, actor_id: int) -> list[PartnerMonthRow]:
        """Events and mean score between an actor and each partner by month, either
        direction, where some event has a score."""
        rows = self.conn.execute(
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
        return [
            PartnerMonthRow(r[0], r[1], r[2], r[3], round(r[5] / r[4], 2)) for r in rows if r[4]
        ]
