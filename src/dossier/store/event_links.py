"""Writing the links from event mentions to merged events, with each merged event's
counts kept current: grown by each write of new links, recounted when links go; and
reading the known events a batch of mentions may report again."""

from __future__ import annotations

from collections.abc import Sequence

from dossier.store.connection import Connection
from dossier.store.query import chunks, marks
from dossier.store.rows import CopiedEventRow, KnownEventRow

# The links of one write, before they join kb_event_mentions (this connection only).
NEW_LINKS_TABLE = """CREATE TEMP TABLE IF NOT EXISTS new_event_links (
    event_id INTEGER PRIMARY KEY, kb_event_id INTEGER NOT NULL,
    document_id INTEGER NOT NULL, origin_id INTEGER NOT NULL)"""
NEW_LINKS_INDEX = (
    "CREATE INDEX IF NOT EXISTS temp.new_event_links_kb ON new_event_links (kb_event_id)"
)
# What the new links add to each merged event, counted for all of them in one pass
# (this connection only): a source counts when no earlier link of the event has its
# origin; the first report is the earliest publication of the new links.
GROWN_TABLE = """CREATE TEMP TABLE IF NOT EXISTS grown_events (
    kb_event_id INTEGER PRIMARY KEY, links INTEGER NOT NULL, origins INTEGER NOT NULL,
    first TEXT)"""
COUNT_GROWN = """INSERT INTO temp.grown_events (kb_event_id, links, origins, first)
    SELECT n.kb_event_id, count(*), count(DISTINCT CASE WHEN NOT EXISTS (
               SELECT 1 FROM kb_event_mentions k
               WHERE k.origin_id = n.origin_id AND k.kb_event_id = n.kb_event_id)
               THEN n.origin_id END),
           min(d.published)
    FROM temp.new_event_links n LEFT JOIN documents d ON d.id = n.document_id
    GROUP BY n.kb_event_id"""
# Each merged event's counts grown by its new links; the first report is the earlier
# of the two.
GROWN = "(SELECT {} FROM temp.grown_events g WHERE g.kb_event_id = kb_events.id)"
GROW_EVENT_COUNTS = f"""
    UPDATE kb_events SET
        mentions = mentions + {GROWN.format("links")},
        sources = sources + {GROWN.format("origins")},
        first_report = coalesce(min(first_report, {GROWN.format("first")}), first_report,
                                {GROWN.format("first")})
    WHERE id IN (SELECT kb_event_id FROM temp.grown_events)"""

INSERT_NEW_LINK = (
    "INSERT INTO temp.new_event_links (event_id, kb_event_id, document_id, origin_id) "
    "VALUES (?, ?, ?, ?)"
)
# The new links stored in one statement, each with its article's publication
# (a link whose document is gone is not stored).
STORE_NEW_LINKS = """INSERT OR REPLACE INTO kb_event_mentions
        (event_id, kb_event_id, document_id, origin_id, published)
    SELECT n.event_id, n.kb_event_id, n.document_id, n.origin_id, d.published
    FROM temp.new_event_links n JOIN documents d ON d.id = n.document_id"""

EventSide = tuple[str, int | None, int | None, int]
ToldEventRow = tuple[str, int, CopiedEventRow]  # a merged event's type, negation and row
DayRange = tuple[str, str, str, str]  # first and last day, and the year and month
WANTED_DAYS_TABLE = """CREATE TEMP TABLE IF NOT EXISTS wanted_days (
    type TEXT, source_actor INTEGER, target_actor INTEGER, negated INTEGER,
    start TEXT, end TEXT, year TEXT, month TEXT)"""
WANTED_SIDES = """w.type = e.type AND e.source_actor IS w.source_actor
    AND e.target_actor IS w.target_actor AND e.negated = w.negated"""
KNOWN_IN_WANTED_DAYS = f"""
    SELECT e.type, e.source_actor, e.target_actor, e.negated,
           e.id, e.mode, e.date, e.date_precision, e.day, e.place
    FROM temp.wanted_days w CROSS JOIN kb_events e INDEXED BY kb_events_pair
    ON {WANTED_SIDES} AND e.day BETWEEN w.start AND w.end
    UNION
    SELECT e.type, e.source_actor, e.target_actor, e.negated,
           e.id, e.mode, e.date, e.date_precision, e.day, e.place
    FROM temp.wanted_days w CROSS JOIN kb_events e INDEXED BY kb_events_pair
    ON {WANTED_SIDES} AND e.day IN (w.year, w.month)
    ORDER BY 5"""
WANTED_SIDES_TABLE = """CREATE TEMP TABLE IF NOT EXISTS wanted_sides (
    type TEXT, source_actor INTEGER, target_actor INTEGER, negated INTEGER)"""
EVENTS_OF_WANTED_SIDES = f"""
    SELECT e.type, e.source_actor, e.target_actor, e.negated,
           e.id, e.mode, e.date, e.date_precision, e.day, e.place
    FROM temp.wanted_sides w CROSS JOIN kb_events e INDEXED BY kb_events_pair
    ON {WANTED_SIDES} AND e.day > '' ORDER BY 5"""


class EventLinkWrites(Connection):
    """Links from event mentions to merged events, and the merged events' counts."""

    def write_event_links(self, rows: Sequence[tuple[int, int, int, int]]) -> None:
        """(event id, merged event id, document id, origin id) links, each merged
        event's mentions, sources and first report grown by what its new links add
        (a count costs what the new links hold, not every report of the event).  A
        mention linked before and linked again has its old and new events recounted."""
        if not rows:
            return
        relinked = self.linked_events([r[0] for r in rows])
        self.conn.execute(NEW_LINKS_TABLE)
        self.conn.execute(NEW_LINKS_INDEX)
        self.conn.execute("DELETE FROM temp.new_event_links")
        self.conn.executemany(INSERT_NEW_LINK, [r for r in rows if r[0] not in relinked])
        self.conn.execute(GROWN_TABLE)
        self.conn.execute("DELETE FROM temp.grown_events")
        self.conn.execute(COUNT_GROWN)
        self.conn.execute(GROW_EVENT_COUNTS)
        self.conn.executemany(INSERT_NEW_LINK, [r for r in rows if r[0] in relinked])
        self.conn.execute(STORE_NEW_LINKS)
        if relinked:
            again = {r[1] for r in rows if r[0] in relinked} | set(relinked.values())
            self.count_event_mentions(sorted(again))

    def linked_events(self, event_ids: Sequence[int]) -> dict[int, int]:
        """The merged event each of these event mentions is linked to, where it is."""
        found: dict[int, int] = {}
        for chunk in chunks(event_ids):
            rows = self.conn.execute(
                f"SELECT event_id, kb_event_id FROM kb_event_mentions "
                f"WHERE event_id IN ({marks(chunk)})",
                chunk,
            )
            found.update((int(r[0]), int(r[1])) for r in rows)
        return found

    def count_event_mentions(self, kb_ids: Sequence[int]) -> None:
        """Mentions, independent sources and first report of these merged events,
        counted again from all their links."""
        for chunk in chunks(kb_ids):
            self.conn.execute(
                f"""UPDATE kb_events SET
                       mentions = (SELECT count(*) FROM kb_event_mentions k
                                   WHERE k.kb_event_id = kb_events.id),
                       sources = (SELECT count(DISTINCT origin_id) FROM kb_event_mentions k
                                  WHERE k.kb_event_id = kb_events.id),
                       first_report = (SELECT min(k.published) FROM kb_event_mentions k
                                       WHERE k.kb_event_id = kb_events.id)
                    WHERE id IN ({marks(chunk)})""",
                chunk,
            )

    def known_events(
        self, wanted: Sequence[tuple[EventSide, DayRange]]
    ) -> dict[EventSide, list[KnownEventRow]]:
        """Per (type, sides, negation), the merged events whose day is within one of
        the wanted ranges' ``days[0]``–``days[1]`` or is one of its coarser days
        ``days[2:]``, in id order: one read for every mention a batch merges.

        Two index searches per range (the day range, then the coarser days): one OR
        over both would read every event of the pair, and a busy pair has thousands."""
        self.conn.execute(WANTED_DAYS_TABLE)
        self.conn.execute("DELETE FROM temp.wanted_days")
        self.conn.executemany(
            "INSERT INTO temp.wanted_days VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(*side, *days) for side, days in wanted],
        )
        found: dict[EventSide, list[KnownEventRow]] = {}
        for r in self.conn.execute(KNOWN_IN_WANTED_DAYS):
            found.setdefault((r[0], r[1], r[2], r[3]), []).append(KnownEventRow(*r[4:]))
        return found

    def known_events_by_day(
        self, wanted: Sequence[tuple[EventSide, DayRange]]
    ) -> dict[EventSide, dict[str, list[KnownEventRow]]]:
        """``known_events``, each side's grouped by day (each day's in id order)."""
        by_day: dict[EventSide, dict[str, list[KnownEventRow]]] = {}
        for side, events in self.known_events(wanted).items():
            for event in events:
                by_day.setdefault(side, {}).setdefault(event.day, []).append(event)
        return by_day

    def side_events(self, sides: Sequence[EventSide]) -> dict[EventSide, list[KnownEventRow]]:
        """Per (type, sides, negation), every merged event with a day, in id order."""
        if not sides:
            return {}
        self.conn.execute(WANTED_SIDES_TABLE)
        self.conn.execute("DELETE FROM temp.wanted_sides")
        self.conn.executemany("INSERT INTO temp.wanted_sides VALUES (?, ?, ?, ?)", sides)
        found: dict[EventSide, list[KnownEventRow]] = {}
        for r in self.conn.execute(EVENTS_OF_WANTED_SIDES):
            found.setdefault((r[0], r[1], r[2], r[3]), []).append(KnownEventRow(*r[4:]))
        return found

    def events_told(self, ids: Sequence[int]) -> list[ToldEventRow]:
        """These merged events, each with its type and negation."""
        found: list[ToldEventRow] = []
        for chunk in chunks(ids):
            rows = self.conn.execute(
                f"""SELECT type, negated, id, source_actor, target_actor, date, day
                    FROM kb_events WHERE id IN ({marks(chunk)})""",
                chunk,
            )
            found += [(r[0], r[1], CopiedEventRow(*r[2:])) for r in rows]
        return found
