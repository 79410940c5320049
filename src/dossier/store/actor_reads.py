"""Reading what an actor's profile shows beyond its row: the roles and sectors its
mentions state, its quotes, why each mention was linked, its partners.

A much-named actor has tens of thousands of linked mentions; each member row keeps
what the profile groups by (its article's day, the roles and sector its mention
states, its newest quote's day), so each read here is one covering index of the
members that matter (stating a role, naming a sector, speaking a quote), or stops
at its page, and never visits the mentions' or articles' rows.
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


class ActorProfileReads(Connection):
    """An actor's roles, sectors, quotes, links and partners."""

    def actor_role_mentions(self, actor_id: int) -> list[RoleMentionRow]:
        """The roles an actor's linked mentions state, with their article's day: one
        row per (roles, day) with how many mentions state them, in the order of the
        first mention so linked.  Read from the covering index of the members that
        state a role alone (each member keeps its roles and day), not from every
        mention and article of a much-named actor."""
        rows = self.conn.execute(
            """SELECT roles, day, count(*) FROM actor_members INDEXED BY actor_members_role_days
               WHERE actor_id = ? AND has_roles = 1
               GROUP BY 1, 2 ORDER BY min(entity_id)""",
            (actor_id,),
        )
        return [RoleMentionRow(*r) for r in rows]

    def actor_sectors(self, actor_id: int) -> list[SectorSpanRow]:
        """The sectors the articles give an actor, with the first and last day stated,
        from the covering index of the members naming a sector."""
        rows = self.conn.execute(
            """SELECT sector, min(day), max(day), count(DISTINCT document_id)
               FROM actor_members INDEXED BY actor_members_sector_days
               WHERE actor_id = ? AND sector IS NOT NULL GROUP BY sector ORDER BY 2""",
            (actor_id,),
        )
        return [SectorSpanRow(*r) for r in rows]

    def actor_quotes(self, actor_id: int, *, limit: int) -> list[QuoteRow]:
        """What an actor said, in every article linked to it, newest first.  Each
        quoted member keeps its newest quote's day: the actor's ``limit`` members
        newest by that day (and document) hold its ``limit`` newest quotes, so only
        their quotes are read."""
        ids = self._quotes_of_members(self._newest_quoted_members(actor_id, limit), limit)
        rows = self.conn.execute(
            f"""SELECT {QUOTE_COLUMNS} FROM {QUOTE_FROM} WHERE q.id IN ({marks(ids)})
                ORDER BY {QUOTE_ORDER}""",
            ids,
        )
        return [quote_row(r) for r in rows]

    def _newest_quoted_members(self, actor_id: int, limit: int) -> list[int]:
        """The entity ids of the actor's quoted members in current articles, newest
        quote first, the first ``limit`` of them and every member tied with the last
        (same newest day and document: their quotes' order is decided by position)."""
        found = self.conn.execute(
            """SELECT m.entity_id, m.quote_day, m.document_id
               FROM actor_members m INDEXED BY actor_members_quote_days
               CROSS JOIN documents d ON d.id = m.document_id
               WHERE m.actor_id = ? AND m.has_quotes = 1 AND d.current = 1
               ORDER BY m.quote_day DESC, m.document_id LIMIT ?""",
            (actor_id, limit),
        ).fetchall()
        members = {int(r[0]) for r in found}
        if len(found) == limit:
            _, day, document_id = found[-1]
            members.update(
                int(r[0])
                for r in self.conn.execute(
                    """SELECT entity_id FROM actor_members WHERE actor_id = ?
                       AND has_quotes = 1 AND quote_day = ? AND document_id = ?""",
                    (actor_id, day, document_id),
                )
            )
        return sorted(members)

    def _quotes_of_members(self, entity_ids: list[int], limit: int) -> list[int]:
        """The ids of the newest ``limit`` quotes these members speak."""
        found = self.conn.execute(
            f"""SELECT q.id FROM entities e
                CROSS JOIN quotes q ON q.document_id = e.document_id AND q.speaker_eid = e.eid
                WHERE e.id IN ({marks(entity_ids)})
                ORDER BY {QUOTE_ORDER} LIMIT ?""",
            (*entity_ids, limit),
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
