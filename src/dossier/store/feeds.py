"""The feed watcher's records: watched feeds and the items each poll took.

Their tables are created on first use (``ensure_feed_tables``), not by a migration:
a store that never watched a feed has none.
"""

from __future__ import annotations

from dossier.store.connection import Connection
from dossier.store.rows import FeedItemState, FeedRow

FEED_TABLES = """
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY,
    title TEXT,
    etag TEXT,
    modified TEXT,
    added TEXT NOT NULL,
    last_checked TEXT,
    last_status TEXT,
    last_error TEXT
);
CREATE TABLE IF NOT EXISTS feed_items (
    feed TEXT NOT NULL REFERENCES feeds(url),
    item TEXT NOT NULL,
    link TEXT,
    title TEXT,
    outcome TEXT NOT NULL,
    reason TEXT,
    attempts INTEGER NOT NULL DEFAULT 1,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed, item)
);
"""


class FeedRecords(Connection):
    """Watched feeds, their last check, and the items taken from them."""

    def ensure_feed_tables(self) -> None:
        for statement in FEED_TABLES.split(";"):
            if statement.strip():
                self.conn.execute(statement)

    def has_feed_tables(self) -> bool:
        found = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'feeds'"
        )
        return found.fetchone() is not None

    def add_feed_urls(self, urls: list[str], added: str) -> None:
        """Watch these feeds (those already watched keep their state), in one transaction."""
        self.ensure_feed_tables()
        with self.transaction():
            self.conn.executemany(
                "INSERT OR IGNORE INTO feeds (url, added) VALUES (?, ?)",
                [(url, added) for url in urls],
            )

    def feed_urls(self) -> list[str]:
        """The watched feeds, in the order they were added."""
        self.ensure_feed_tables()
        return [r[0] for r in self.conn.execute("SELECT url FROM feeds ORDER BY added, url")]

    def feed_rows(self) -> list[FeedRow]:
        """Every watched feed with its last check, its items and its last error."""
        if not self.has_feed_tables():
            return []
        rows = self.conn.execute(
            """SELECT f.url, f.title, f.last_checked, f.last_status, f.last_error,
                      count(i.item), count(i.item) FILTER (WHERE i.outcome = 'ingested'),
                      count(i.item) FILTER (WHERE i.outcome = 'failed')
               FROM feeds f LEFT JOIN feed_items i ON i.feed = f.url
               GROUP BY f.url ORDER BY f.added, f.url"""
        )
        return [FeedRow(*row) for row in rows]

    def feed_validators(self, url: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified a feed last answered with."""
        row = self.conn.execute("SELECT etag, modified FROM feeds WHERE url = ?", (url,))
        found = row.fetchone()
        return (None, None) if found is None else (found[0], found[1])

    def feed_item_state(self, feed: str, item: str) -> FeedItemState | None:
        """What became of an item of a feed, if it was seen."""
        row = self.conn.execute(
            "SELECT outcome, attempts FROM feed_items WHERE feed = ? AND item = ?", (feed, item)
        ).fetchone()
        return None if row is None else FeedItemState(row[0], row[1])

    def record_feed_item(
        self,
        feed: str,
        item: str,
        *,
        link: str | None,
        title: str | None,
        outcome: str,
        reason: str | None,
        seen_at: str,
    ) -> None:
        """What became of an item; seen again, its attempts are counted."""
        with self.transaction():
            self.conn.execute(
                """INSERT INTO feed_items (feed, item, link, title, outcome, reason, seen_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (feed, item) DO UPDATE SET outcome = excluded.outcome,
                       reason = excluded.reason, seen_at = excluded.seen_at,
                       attempts = attempts + 1""",
                (feed, item, link, title, outcome, reason, seen_at),
            )

    def record_feed_check(
        self,
        url: str,
        status: str,
        *,
        checked_at: str,
        title: str | None,
        etag: str | None,
        modified: str | None,
        error: str | None,
    ) -> None:
        """A feed's last check; a successful one also keeps its title and validators."""
        with self.transaction():
            self.conn.execute(
                """UPDATE feeds SET last_checked = ?, last_status = ?, last_error = ?,
                       title = coalesce(?, title),
                       etag = CASE WHEN ? = 'ok' THEN ? ELSE etag END,
                       modified = CASE WHEN ? = 'ok' THEN ? ELSE modified END
                   WHERE url = ?""",
                (checked_at, status, error, title, status, etag, status, modified, url),
            )
