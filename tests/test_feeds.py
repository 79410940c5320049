"""``dossier watch`` against a real HTTP server on 127.0.0.1 (no outside network).

The server serves RSS and Atom feeds and article pages written for these tests,
and the hostile cases: 304, malformed XML, 404, a page that never answers in time,
a redirect loop, a 50 MB page and a PDF.  Each gives one line; the rest goes on.
"""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import Runner, dossier_env
from dossier.feeds import FeedLine, Watcher, list_feeds, parse_interval
from dossier.pipeline import Extractor
from dossier.store import Store

STORIES = {
    "port": (
        "Port workers end strike in Valparaiso",
        "Dock workers in the Chilean port of Valparaiso ended a nine-day strike on Tuesday "
        "after the harbour company agreed to raise wages by eight percent. Union leader "
        "Camila Rojas said the deal would be put to a vote of all members next week. "
        "Chile's transport ministry said ships delayed by the strike would be unloaded first.",
    ),
    "dam": (
        "Ethiopia and Sudan hold talks on dam",
        "Officials from Ethiopia and Sudan met in Khartoum on Monday to discuss the filling "
        "of a large dam on the Blue Nile. Sudanese water minister Yasir Abbas said both "
        "sides had agreed to share data on river levels every day during the rainy season. "
        "Egypt, which was not at the meeting, has asked for a binding agreement.",
    ),
    "quake": (
        "Earthquake damages villages in eastern Turkey",
        "A strong earthquake struck eastern Turkey early on Sunday, damaging hundreds of "
        "homes in villages near the city of Van, the disaster agency said. Rescue teams "
        "from Ankara reached the area by noon. Interior Minister Selim Aydin said at least "
        "forty people had been taken to hospital and that tents were being sent.",
    ),
}


def page(title: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in body.split(". ") if s.strip())
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        f"<footer>Copyright The Test Gazette</footer></body></html>"
    ).encode()


@dataclass
class Site:
    """What the test server serves; tests change ``items`` between polls."""

    base: str = ""
    items: list[tuple[str, str]] = field(default_factory=list)  # (title, path)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def rss(self) -> bytes:
        entries = "".join(
            f"<item><title>{title}</title><link>{self.base}{path}</link>"
            f"<guid>{self.base}{path}</guid><pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate>"
            "</item>"
            for title, path in reversed(self.items)  # newest first, as feeds list them
        )
        return (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Test Gazette</title>'
            f"<link>{self.base}/</link>{entries}</channel></rss>"
        ).encode()

    def atom(self) -> bytes:
        title, path = "Port workers end strike", "/news/port.html"
        return (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Gazette</title>'
            f'<entry><title>{title}</title><link href="{self.base}{path}"/>'
            f"<id>urn:test:port</id><updated>2025-03-04T10:00:00Z</updated></entry></feed>"
        ).encode()


def handler_for(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def send(self, status: int, body: bytes, kind: str, **headers: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            site.requests.append((self.path, dict(self.headers)))
            path = self.path
            if path in ("/feed.xml", "/atom.xml"):
                body = site.rss() if path == "/feed.xml" else site.atom()
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send(200, body, "application/rss+xml", ETag=etag)
            elif path == "/broken.xml":
                self.send(200, b"<rss><channel><title>Half & a feed", "application/rss+xml")
            elif path.startswith("/news/"):
                title, body = STORIES[path.removeprefix("/news/").removesuffix(".html")]
                self.send(200, page(title, body), "text/html; charset=utf-8")
            elif path == "/slow.html":
                time.sleep(3)
                self.send(200, page(*STORIES["dam"]), "text/html")
            elif path == "/loop.html":
                self.send_response(302)
                self.send_header("Location", "/loop.html")
                self.end_headers()
            elif path == "/huge.html":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()  # no Content-Length: the reader must stop by itself
                chunk = b"<p>" + b"filler words " * 80_000 + b"</p>"
                try:
                    for _ in range(50_000_000 // len(chunk) + 1):
                        self.wfile.write(chunk)
                except (BrokenPipeError, ConnectionResetError):
                    pass
            elif path == "/report.pdf":
                self.send(200, b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n", "application/pdf")
            else:
                self.send(404, b"not here", "text/plain")

    return Handler


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(served))
    server.daemon_threads = True
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield served
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def poll(store: Store, extractor: Extractor, *urls: str, timeout: float = 5) -> list[FeedLine]:
    watcher = Watcher(store, lambda: extractor, timeout=timeout)
    try:
        return list(watcher.poll(urls))
    finally:
        watcher.close()


def outcomes(lines: list[FeedLine]) -> list[tuple[str, str]]:
    return [(line.outcome, (line.url or line.feed).rsplit("/", 1)[-1]) for line in lines]


def test_new_items_between_polls_are_ingested_once_and_304_costs_nothing(
    site: Site, extractor: Extractor, tmp_path: Path
) -> None:
    feed = f"{site.base}/feed.xml"
    site.items = [("Port strike ends", "/news/port.html"), ("Dam talks", "/news/dam.html")]
    store = Store(tmp_path / "kb.db")
    first = poll(store, extractor, feed)
    assert outcomes(first) == [
        ("ingested", "port.html"),
        ("ingested", "dam.html"),
        ("checked", "feed.xml"),
    ]
    assert outcomes(poll(store, extractor, feed)) == [("not modified", "feed.xml")]
    assert site.requests[-1][1].get("If-None-Match", "").startswith('"')

    site.items.append(("Quake in Van", "/news/quake.html"))
    store.close()
    store = Store(tmp_path / "kb.db")  # a restart: what was seen is in the store
    third = poll(store, extractor, feed)
    assert outcomes(third) == [("ingested", "quake.html"), ("checked", "feed.xml")]
    assert [p for p, _ in site.requests].count("/news/port.html") == 1, "never fetched twice"
    assert store.count_documents() == 3
    (row,) = list_feeds(store)
    assert (row.title, row.items, row.ingested, row.failed) == ("Test Gazette", 3, 3, 0)
    stored = store.find_document(f"{site.base}/news/quake.html")
    assert stored is not None and stored.title == "Earthquake damages villages in eastern Turkey"


def test_each_bad_page_is_one_line_and_the_good_one_is_stored(
    site: Site, extractor: Extractor, tmp_path: Path
) -> None:
    site.items = [
        ("Gone", "/missing.html"),
        ("Slow", "/slow.html"),
        ("Loop", "/loop.html"),
        ("Huge", "/huge.html"),
        ("A report", "/report.pdf"),
        ("Port strike ends", "/news/port.html"),
    ]
    store = Store(tmp_path / "kb.db")
    started = time.perf_counter()
    lines = poll(store, extractor, f"{site.base}/feed.xml", timeout=0.5)
    assert time.perf_counter() - started < 60
    reasons = {
        line.url.rsplit("/", 1)[-1]: line.reason for line in lines if line.failed and line.url
    }
    assert "404" in str(reasons["missing.html"])
    assert "timed out" in str(reasons["slow.html"])
    assert "redirect loop" in str(reasons["loop.html"])
    assert "limit" in str(reasons["huge.html"])
    assert "PDF" in str(reasons["report.pdf"])
    assert ("ingested", "port.html") in outcomes(lines)
    assert store.count_documents() == 1
    (row,) = list_feeds(store)
    assert (row.ingested, row.failed, row.last_error) == (1, 5, "5 item(s) failed")


def test_a_failed_page_is_tried_again_on_later_polls_but_not_forever(
    site: Site, extractor: Extractor, tmp_path: Path
) -> None:
    site.items = [("Gone", "/missing.html")]
    store = Store(tmp_path / "kb.db")
    feed = f"{site.base}/feed.xml"
    for _ in range(5):
        poll(store, extractor, feed)
        store.conn.execute("UPDATE feeds SET etag = NULL")  # as if the feed changed
    assert [p for p, _ in site.requests].count("/missing.html") == 3


def test_a_bad_feed_never_stops_the_next_one(
    site: Site, extractor: Extractor, tmp_path: Path
) -> None:
    store = Store(tmp_path / "kb.db")
    lines = poll(
        store,
        extractor,
        f"{site.base}/broken.xml",
        f"{site.base}/nowhere.xml",
        f"{site.base}/atom.xml",
    )
    assert outcomes(lines) == [
        ("failed", "broken.xml"),
        ("failed", "nowhere.xml"),
        ("ingested", "port.html"),
        ("checked", "atom.xml"),
    ]
    assert "malformed feed XML" in str(lines[0].reason) and "404" in str(lines[1].reason)
    errors = {row.url.rsplit("/", 1)[-1]: row.last_error for row in list_feeds(store)}
    assert errors["atom.xml"] is None and "404" in str(errors["nowhere.xml"])


def test_intervals_read_as_a_user_writes_them() -> None:
    assert [parse_interval(t) for t in ("90", "30s", "15m", "2h")] == [90, 30, 900, 7200]
    with pytest.raises(Exception, match="--every"):
        parse_interval("soon")


def test_the_watch_and_feeds_commands(site: Site, dossier_cli: Runner, tmp_path: Path) -> None:
    site.items = [("Dam talks", "/news/dam.html"), ("Gone", "/missing.html")]
    db = tmp_path / "kb.db"
    feed = f"{site.base}/feed.xml"
    result = dossier_cli("watch", feed, "--once", "--db", db, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "ingested:" in result.stdout and "dam.html" in result.stdout
    assert "failed:" in result.stderr and "missing.html (HTTP 404" in result.stderr
    again = dossier_cli("watch", "--once", "--db", db, cwd=tmp_path)  # the store knows the feed
    assert "not modified" in again.stdout
    listed = dossier_cli("feeds", "--db", db, "--format", "json", cwd=tmp_path)
    (row,) = json.loads(listed.stdout)
    assert (row["url"], row["ingested"], row["failed"]) == (feed, 1, 1)


@pytest.mark.slow
def test_ctrl_c_stops_the_watcher_cleanly_and_keeps_what_it_stored(
    site: Site, tmp_path: Path
) -> None:
    site.items = [("Port strike ends", "/news/port.html")]
    db = tmp_path / "kb.db"
    watcher = subprocess.Popen(
        [sys.executable, "-m", "dossier", "watch", f"{site.base}/feed.xml", "--every", "1h"],
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dossier_env(DOSSIER_DB=str(db)),
        text=True,
    )
    assert watcher.stdout is not None
    for line in watcher.stdout:
        if line.startswith("checked:"):
            break
    watcher.send_signal(signal.SIGINT)
    _, errors = watcher.communicate(timeout=60)
    assert watcher.returncode == 0, errors
    assert "stopped" in errors and "Traceback" not in errors
    assert Store(db).count_documents() == 1
