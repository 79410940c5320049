"""``dossier watch``: RSS and Atom feeds polled into the store, item by item.

A poll of one feed asks for it with the ETag and Last-Modified it answered last
(``304 Not Modified`` costs nothing), parses it with feedparser, and for each item
not seen yet fetches its page (httpx: timeouts, a size cap, redirects bounded, a
User-Agent that names dossier), takes the main text with trafilatura as HTML ingest
does, extracts it and stores it, then links it into the knowledge base.

What was seen is kept in the store itself (tables ``feeds`` and ``feed_items``),
so a restart neither misses nor repeats items: an item is recorded as soon as it
is stored, and a feed's ETag only once all its items are done.  A page that failed
is tried again on the next polls, up to ``MAX_ATTEMPTS`` times.  Every failure is
one line naming the feed or page and the reason; one bad feed or page never stops
the others.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from dossier.errors import DossierError, InputError
from dossier.ingest import DEFAULT_MAX_BYTES, decode, megabytes, prepare_article, read_html
from dossier.kb.linker import KnowledgeBase
from dossier.models import Article, RawInput
from dossier.store import Store
from dossier.store.rows import FeedRow as FeedRow  # listed by list_feeds; imported from here
from dossier.version import __version__

if TYPE_CHECKING:
    import httpx

    from dossier.pipeline import Extractor

__all__ = [
    "DEFAULT_TIMEOUT",
    "HTML_TYPES",
    "MAX_ATTEMPTS",
    "MAX_FEED_BYTES",
    "MAX_REDIRECTS",
    "TEXT_TYPES",
    "USER_AGENT",
    "FeedLine",
    "FeedRow",
    "FetchError",
    "Watcher",
    "add_feeds",
    "feed_urls",
    "fetch",
    "http_client",
    "item_id",
    "list_feeds",
    "now",
    "page_article",
    "parse_feed",
    "parse_interval",
]

USER_AGENT = f"dossier/{__version__} (feed watcher; offline news knowledge base)"
DEFAULT_TIMEOUT = 20.0  # seconds, for connecting and between bytes
MAX_REDIRECTS = 5
MAX_FEED_BYTES = 20_000_000
MAX_ATTEMPTS = 3
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)


class FetchError(DossierError):
    """A feed or page could not be fetched; the message is the reason, in one line."""


@dataclass(frozen=True, slots=True)
class FeedLine:
    """One thing a poll did: a feed checked or failed, an item stored or failed."""

    feed: str
    outcome: str  # checked, not modified, failed, ingested, unchanged, skipped
    url: str | None = None
    reason: str | None = None

    @property
    def failed(self) -> bool:
        return self.outcome == "failed"

    def __str__(self) -> str:
        where = self.url or self.feed
        return f"{self.outcome}: {where}" + (f" ({self.reason})" if self.reason else "")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def add_feeds(store: Store, urls: Iterable[str]) -> None:
    store.add_feed_urls(list(urls), now())


def feed_urls(store: Store) -> list[str]:
    return store.feed_urls()


def list_feeds(store: Store) -> list[FeedRow]:
    """Every watched feed with its last check, its items and its last error."""
    return store.feed_rows()


def http_client(timeout: float = DEFAULT_TIMEOUT) -> httpx.Client:
    import httpx

    return httpx.Client(
        headers={"User-Agent": USER_AGENT},
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
    )


def fetch(
    client: httpx.Client, url: str, *, limit: int, headers: dict[str, str] | None = None
) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of ``url``; FetchError with the reason on any failure."""
    import httpx

    try:
        with client.stream("GET", url, headers=headers or {}) as response:
            if response.status_code == 304:
                return 304, dict(response.headers), b""
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
            declared = int(response.headers.get("content-length") or 0)
            if declared > limit:
                raise FetchError(f"{megabytes(declared)}, over the {megabytes(limit)} limit")
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > limit:
                    raise FetchError(f"over the {megabytes(limit)} limit; stopped reading")
            return response.status_code, dict(response.headers), bytes(body)
    except httpx.TooManyRedirects:
        raise FetchError(f"redirect loop (more than {MAX_REDIRECTS} redirects)") from None
    except httpx.TimeoutException:
        timeout = client.timeout.read
        raise FetchError(f"timed out (no answer within {timeout:g} s)") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"cannot fetch ({type(exc).__name__}: {exc})") from None


def parse_feed(body: bytes) -> Any:
    """The feedparser result; FetchError if it holds no items and is not a feed."""
    import feedparser

    parsed = feedparser.parse(body)
    if parsed.bozo and not parsed.entries:
        problem = getattr(parsed, "bozo_exception", None)
        raise FetchError(f"malformed feed XML ({problem})")
    if not parsed.entries and not parsed.feed:
        raise FetchError("not an RSS or Atom feed")
    return parsed


def item_id(entry: Any) -> str:
    """A stable id of a feed item: its guid, else its link, else a hash of its title."""
    ident = entry.get("id") or entry.get("link")
    if ident:
        return str(ident)
    return "sha256:" + hashlib.sha256(str(entry.get("title", "")).encode()).hexdigest()


def page_article(client: httpx.Client, link: str, entry: Any, *, limit: int) -> Article:
    """Fetch one item's page and make it an Article (main text by trafilatura)."""
    _, headers, body = fetch(client, link, limit=limit)
    kind = headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/pdf" or body.startswith(b"%PDF"):
        raise FetchError("a PDF document, not an HTML page (dossier reads HTML and text)")
    try:
        text, warnings = decode(body, link)
        if kind in TEXT_TYPES:
            raw = RawInput(doc=link, source=link, raw=text, fmt="txt", warnings=warnings)
        elif kind in HTML_TYPES or not kind:
            raw = read_html(text, link, link, warnings)
        else:
            raise FetchError(f"not an HTML page (content-type {kind})")
    except InputError as exc:
        raise FetchError(exc.reason) from None
    published = entry.get("published") or entry.get("updated")
    raw = replace(
        raw,
        url=link,
        title=raw.title or entry.get("title") or None,
        date=raw.date or published,
    )
    return prepare_article(raw)


class Watcher:
    """Polls feeds into one store; the Extractor is loaded when a first page needs it."""

    def __init__(
        self,
        store: Store,
        extractor: Callable[[], Extractor],
        *,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.store = store
        self.knowledge = KnowledgeBase(store)
        self._make_extractor = extractor
        self._extractor: Extractor | None = None
        self.max_bytes = max_bytes
        self.client = http_client(timeout)
        store.ensure_feed_tables()

    def close(self) -> None:
        self.client.close()

    def extractor(self) -> Extractor:
        if self._extractor is None:
            self._extractor = self._make_extractor()
        return self._extractor

    def poll(self, urls: Iterable[str]) -> Iterator[FeedLine]:
        """Poll each feed in turn; a failure is a line, and the next feed goes on."""
        for url in urls:
            yield from self.poll_feed(url)

    def poll_feed(self, url: str) -> Iterator[FeedLine]:
        add_feeds(self.store, [url])
        etag, modified = self.store.feed_validators(url)
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", modified)) if v}
        try:
            status, answer, body = fetch(self.client, url, limit=MAX_FEED_BYTES, headers=headers)
            if status == 304:
                self.checked(url, "not modified")
                yield FeedLine(url, "not modified")
                return
            parsed = parse_feed(body)
        except FetchError as exc:
            self.checked(url, "failed", error=str(exc))
            yield FeedLine(url, "failed", reason=str(exc))
            return
        title = parsed.feed.get("title")
        failures = 0
        for entry in reversed(parsed.entries):  # oldest first, as they were published
            line = self.take_item(url, entry)
            if line is not None:
                failures += line.failed
                yield line
        self.checked(
            url,
            "ok",
            title=title,
            etag=answer.get("etag"),
            modified=answer.get("last-modified"),
            error=f"{failures} item(s) failed" if failures else None,
        )
        yield FeedLine(url, "checked", reason=f"{len(parsed.entries)} items in the feed")

    def take_item(self, feed: str, entry: Any) -> FeedLine | None:
        """Fetch, extract and store one item unless it is done; None if it was."""
        ident = item_id(entry)
        seen = self.store.feed_item_state(feed, ident)
        if seen is not None and (seen.outcome != "failed" or seen.attempts >= MAX_ATTEMPTS):
            return None
        link = entry.get("link")
        if not link:
            line = FeedLine(feed, "failed", ident, "the item has no link")
        else:
            line = self.ingest_page(feed, link, entry)
        self.record(feed, ident, entry, line)
        return line

    def ingest_page(self, feed: str, link: str, entry: Any) -> FeedLine:
        try:
            article = page_article(self.client, link, entry, limit=self.max_bytes)
        except FetchError as exc:
            return FeedLine(feed, "failed", link, str(exc))
        if not article.text.strip():
            return FeedLine(feed, "failed", link, "no article text left after cleaning")
        if self.store.has_content(article.content_hash):
            return FeedLine(feed, "unchanged", link)
        if not article.is_english:
            from dossier.pipeline import skip_reason

            reason = skip_reason(article)
            self.store.write_batch([], [(article, reason)])
            return FeedLine(feed, "skipped", link, reason)
        (extraction,) = self.extractor().extract([article])
        self.store.write_batch([extraction])
        self.knowledge.update()
        return FeedLine(feed, "ingested", link, article.title)

    def record(self, feed: str, ident: str, entry: Any, line: FeedLine) -> None:
        self.store.record_feed_item(
            feed,
            ident,
            link=entry.get("link"),
            title=entry.get("title"),
            outcome=line.outcome,
            reason=line.reason if line.failed else None,
            seen_at=now(),
        )

    def checked(
        self,
        url: str,
        status: str,
        *,
        title: str | None = None,
        etag: str | None = None,
        modified: str | None = None,
        error: str | None = None,
    ) -> None:
        self.store.record_feed_check(
            url,
            status,
            checked_at=now(),
            title=title,
            etag=etag,
            modified=modified,
            error=error,
        )


def parse_interval(text: str) -> float:
    """Seconds in "90", "30s", "15m", "2h", "1d"; DossierError otherwise."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    value = text.strip().lower()
    unit = units.get(value[-1:])
    number = value[:-1] if unit else value
    try:
        seconds = float(number) * (unit or 1)
    except ValueError:
        raise DossierError(f"--every {text!r}: use a number with s, m, h or d (15m)") from None
    if seconds <= 0:
        raise DossierError(f"--every {text!r}: the interval must be positive")
    return seconds
