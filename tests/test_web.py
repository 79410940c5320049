"""``dossier serve`` and ``dossier report`` end to end: a real server, a real browser.

One store is built per session from examples/ plus an article full of markup that
must never run; ``dossier serve`` runs on it as a subprocess on a free loopback port,
and headless Chromium (Debian's, driven by Playwright) opens the pages, clicks events
to their evidence, filters the events table and moves the network's time window.
Screenshots go to test-artifacts/web/ (or $DOSSIER_TEST_ARTIFACTS).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

import dossier
from conftest import Runner
from dossier.markup import Mark, highlight

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(os.environ.get("DOSSIER_TEST_ARTIFACTS", ROOT / "test-artifacts" / "web"))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
XSS_ID = "xss-probe"
XSS_ARTICLE = {
    "id": XSS_ID,
    "title": (
        "Taliban <script>window.__xss = 'title'</script> raid "
        "<img src=x onerror=\"window.__xss = 'title-img'\">"
    ),
    "url": "javascript:window.__xss = 'url'",
    "date": "2021-09-20",
    "text": (
        "Taliban fighters attacked protesters in Kabul on Monday, witnesses said. "
        "<script>window.__xss = 'text'; alert('xss')</script>\n\n"
        "The United Nations condemned the <img src=x onerror=\"window.__xss = 'img'; "
        'alert(1)"> violence and called on the Taliban to release the detained '
        'journalists. "We will not accept <b onmouseover=alert(2)>this</b>," said '
        "Antonio Guterres, the UN secretary-general, in a statement on Tuesday.\n\n"
        "Residents said the fighters beat several women who had gathered outside the "
        "ministry <iframe src=\"javascript:window.__xss='iframe'\"></iframe> and "
        "detained two reporters covering the march."
    ),
}
LATE_ARTICLE = {
    "id": "late-arrival",
    "title": "Envoys from Qatar meet Taliban leaders in Kandahar",
    "date": "2021-10-02",
    "text": (
        "Qatari envoys met Taliban leaders in Kandahar on Saturday to discuss "
        "humanitarian aid, officials said. The Taliban thanked Qatar for its support "
        "and asked donors to release frozen funds."
    ),
}


# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples/ plus the article with markup in it, ingested once."""
    folder = tmp_path_factory.mktemp("web")
    probe = folder / "xss_probe.json"
    probe.write_text(json.dumps(XSS_ARTICLE), "utf-8")
    path = folder / "web.db"
    with dossier.open(path) as kb:
        report = kb.ingest([ROOT / "examples", probe])
    assert not report.failed
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def server(store: Path) -> Iterator[str]:
    """``dossier serve`` on a free loopback port; yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "dossier", "serve", "--db", str(store), "--port", str(port)],
        cwd=store.parent,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={k: v for k, v in os.environ.items() if k != "DOSSIER_DB"},
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(base + "/api/overview", timeout=2).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            output = process.stdout.read().decode() if process.stdout else ""
            pytest.fail(f"dossier serve did not start: {output}")
        time.sleep(0.2)
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    playwright_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')"
    )
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no chromium at {CHROMIUM} (apt-get install chromium)")
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Watched:
    """A page plus everything that would show injected markup running."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def open(self, url: str) -> Page:
        self.page.goto(url)
        self.page.wait_for_function("document.body.dataset.ready === '1'")
        return self.page

    def injected(self) -> Any:
        return self.page.evaluate("window.__xss")


@pytest.fixture
def tab(browser: Browser) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    watched = Watched(context.new_page())
    yield watched
    assert watched.errors == [], watched.errors
    context.close()


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=False)


def marked_text(page: Page) -> str:
    return str(
        page.evaluate(
            "[...document.querySelectorAll('.doctext .m.marked')].map(e => e.textContent).join('')"
        )
    )


def in_view(page: Page, selector: str) -> bool:
    return bool(
        page.evaluate(
            """sel => { const r = document.querySelector(sel).getBoundingClientRect();
                        return r.top >= 0 && r.bottom <= window.innerHeight; }""",
            selector,
        )
    )


# --- the highlighted text -----------------------------------------------------------------


def test_crossing_spans_are_split_into_valid_nested_markup_with_every_part_escaped() -> None:
    text = 'He said "<b>stop</b>" & left Kabul & Herat'
    marks = [
        Mark(0, 20, "quote", "q-0-20"),
        Mark(8, 30, "event", "ev-8-30"),
        Mark(26, 31, "entity", "en-e1"),
    ]
    html = str(highlight(text, marks))
    assert "<b>" not in html and "&lt;b&gt;stop&lt;/b&gt;" in html
    assert html.count("<span") == html.count("</span>")
    from xml.etree import ElementTree

    root = ElementTree.fromstring(f"<div>{html}</div>")
    for mark in marks:
        parts = root.findall(f".//span[@data-key='{mark.key}']")
        assert "".join("".join(p.itertext()) for p in parts) == text[mark.start : mark.end]
    assert "".join(root.itertext()) == text


# --- the server over HTTP -------------------------------------------------------------------


PAGES = ["/", "/events", "/actors", "/documents", "/network", "/search?q=Panjshir"]


def test_every_page_and_api_answers_from_the_loopback_address(server: str) -> None:
    assert server.startswith("http://127.0.0.1:")
    for path in [*PAGES, "/actor/Taliban", "/doc/kabul_falls_ghani_leaves.txt"]:
        response = httpx.get(server + path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in response.headers["content-security-policy"]
    overview = httpx.get(server + "/api/overview").json()
    assert overview["counts"]["documents"] >= 18
    assert overview["counts"]["events"] > 0 and overview["actors"]
    events = httpx.get(server + "/api/events", params={"actor": "Taliban", "size": 5}).json()
    assert len(events["events"]) == 5 and events["total"] > 5
    assert all("Taliban" in f"{e['source']} {e['target']}" for e in events["events"])
    doc = httpx.get(server + "/api/documents/kabul_falls_ghani_leaves.txt").json()
    for event in doc["events"]:
        start, end = event["span"]
        assert doc["text"][start:end] == event["text"]
    assert "/api/events" in httpx.get(server + "/openapi.json").json()["paths"]
    docs = httpx.get(server + "/docs")
    assert docs.status_code == 200 and "/api/events" in docs.text and "cdn" not in docs.text
    assert httpx.get(server + "/plotly.min.js").text.startswith("/**")


def test_unknown_documents_and_actors_are_404_with_the_reason(server: str) -> None:
    page = httpx.get(server + "/doc/no-such-article")
    assert page.status_code == 404 and "no-such-article" in page.text
    actor = httpx.get(server + "/actor/Nobody%20Atall")
    assert actor.status_code == 404 and "/events?actor=Nobody+Atall" in actor.text
    api = httpx.get(server + "/api/actors/Nobody%20Atall")
    assert api.status_code == 404 and "Nobody Atall" in api.json()["detail"]


def test_pages_keep_answering_during_an_ingest_and_show_its_articles_on_reload(
    server: str, store: Path
) -> None:
    before = httpx.get(server + "/api/overview").json()["counts"]["documents"]
    late = store.parent / "late.json"
    late.write_text(json.dumps(LATE_ARTICLE), "utf-8")
    ingest = subprocess.Popen(
        [sys.executable, "-m", "dossier", "ingest", str(late), "--db", str(store)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    answered = 0
    while ingest.poll() is None:
        for path in ("/", "/events", "/network", "/documents"):
            assert httpx.get(server + path, timeout=30).status_code == 200, path
            answered += 1
    assert ingest.returncode == 0, ingest.stderr.read() if ingest.stderr else ""
    assert answered > 0
    after = httpx.get(server + "/api/overview").json()["counts"]["documents"]
    assert after == before + 1
    assert LATE_ARTICLE["title"] in httpx.get(server + "/documents").text


def test_serve_without_a_store_says_how_to_build_one(tmp_path: Path, dossier_cli: Runner) -> None:
    result = dossier_cli("serve", "--db", tmp_path / "none.db", cwd=tmp_path)
    assert result.returncode == 1
    assert "dossier ingest" in result.stderr
    assert not (tmp_path / "none.db").exists()


# --- the pages in a browser -----------------------------------------------------------------


def test_overview_shows_counts_busiest_actors_and_draws_both_charts(
    server: str, tab: Watched
) -> None:
    page = tab.open(server + "/")
    page.wait_for_selector("#chart-months[data-drawn='1'] .main-svg")
    page.wait_for_selector("#chart-types[data-drawn='1'] .main-svg")
    assert int(page.inner_text("[data-count='documents'] b").replace(",", "")) >= 18
    assert "Taliban" in page.inner_text("table.actors")
    assert page.locator("#chart-months .bars path").count() > 0
    shot(page, "overview")


def test_an_event_row_opens_its_evidence_and_the_article_marks_its_exact_span(
    server: str, tab: Watched
) -> None:
    first = httpx.get(server + "/api/events", params={"size": 1}).json()["events"][0]
    page = tab.open(server + "/events")
    row = page.locator("tr.event-row").first
    evidence = page.locator("tr.evidence").first
    assert evidence.is_hidden()
    row.locator("td.ev-text").click()
    assert evidence.is_visible()
    assert first["text"].strip() in evidence.inner_text()
    shot(page, "events-evidence")
    evidence.locator("a.open-evidence").click()
    page.wait_for_url(f"**/doc/**#{first['key']}")
    page.wait_for_function("document.body.dataset.ready === '1'")
    page.wait_for_selector(".doctext .m.marked")
    assert marked_text(page) == first["text"]
    assert in_view(page, ".doctext .m.marked")
    shot(page, "document-marked-event")


def test_clicking_events_and_quotes_in_the_side_list_marks_each_span(
    server: str, tab: Watched
) -> None:
    doc = httpx.get(server + "/api/documents/kabul_falls_ghani_leaves.txt").json()
    assert doc["events"] and doc["quotes"]
    page = tab.open(server + "/doc/kabul_falls_ghani_leaves.txt")
    for n, event in enumerate(doc["events"]):
        page.locator("#event-list a.mark-event").nth(n).click()
        assert marked_text(page) == event["text"], event
        assert page.evaluate("location.hash") == f"#{event['key']}"
    for n, quote in enumerate(doc["quotes"]):
        page.locator("#quote-list a.mark-quote").nth(n).click()
        assert marked_text(page) == quote["text"], quote
        assert in_view(page, ".doctext .m.marked")
    assert page.locator(".doctext .m-entity").count() > 10
    shot(page, "document-marked-quote")


def test_filtering_the_events_table_by_actor_and_type_and_paging(server: str, tab: Watched) -> None:
    page = tab.open(server + "/events")
    total = int(page.inner_text("#event-total").replace(",", ""))
    assert page.locator("nav.pager a[rel=next]").count() == 1
    page.fill("#event-filters input[name=actor]", "Taliban")
    page.select_option("#event-filters select[name=type]", "ASSAULT")
    page.click("#event-filters button[type=submit]")
    page.wait_for_url("**/events?*actor=Taliban*")
    filtered = int(page.inner_text("#event-total").replace(",", ""))
    assert 0 < filtered < total
    rows = page.locator("tr.event-row")
    assert rows.count() == filtered
    for n in range(rows.count()):
        cells = rows.nth(n).locator("td")
        assert "ASSAULT" in cells.nth(1).inner_text()
        assert "Taliban" in cells.nth(2).inner_text()
    shot(page, "events-filtered")
    page = tab.open(server + "/events?quad=4")
    quads = page.locator("tr.event-row .quad").all_inner_texts()
    assert quads and set(quads) == {"4"}
    page = tab.open(server + "/events")
    page.click("nav.pager a[rel=next]")
    page.wait_for_url("**page=2**")
    assert "page 2 of" in page.inner_text("p.summary")


def test_actor_page_shows_aliases_partners_events_and_the_partner_chart(
    server: str, tab: Watched
) -> None:
    page = tab.open(server + "/actor/Taliban")
    assert page.inner_text("#actor-name") == "Taliban"
    assert "Islamic Emirate of Afghanistan" in page.inner_text("#aliases")
    assert page.locator("#partners tbody tr").count() > 0
    page.wait_for_selector("#chart-partners[data-drawn='1'] .scatterlayer .trace")
    assert page.locator("table.events tr.event-row").count() > 0
    partner = page.locator("#partners a.actor").first
    name = partner.inner_text()
    partner.click()
    page.wait_for_function("document.body.dataset.ready === '1'")
    assert page.inner_text("#actor-name") == name
    shot(page, "actor")


def test_network_draws_actors_and_the_time_window_filters_the_links(
    server: str, tab: Watched
) -> None:
    page = tab.open(server + "/network")
    page.wait_for_selector("#network[data-drawn='1'] .scatterlayer")
    net = page.locator("#network")
    all_pairs = int(net.get_attribute("data-pairs") or 0)
    assert all_pairs > 5
    shot(page, "network")
    months = page.locator("#win-from option").all_inner_texts()
    page.select_option("#win-from", "2021-08")
    page.select_option("#win-to", "2021-08")
    page.wait_for_function(
        "n => Number(document.getElementById('network').dataset.pairs) < n", arg=all_pairs
    )
    assert int(net.get_attribute("data-pairs") or 0) > 0
    assert "2021-08" in months
    shot(page, "network-window")
    point = page.evaluate(
        """() => {
            const el = document.getElementById('network');
            const trace = el._fullData.find(t => t.name === 'actors');
            const size = el._fullLayout._size, box = el.getBoundingClientRect();
            return [box.left + size.l + el._fullLayout.xaxis.l2p(trace.x[0]),
                    box.top + size.t + el._fullLayout.yaxis.l2p(trace.y[0]),
                    JSON.parse(document.getElementById('network-data').textContent).nodes[0].name];
        }"""
    )
    page.mouse.move(point[0], point[1])
    page.mouse.click(point[0], point[1])
    page.wait_for_url("**/actor/**")
    page.wait_for_function("document.body.dataset.ready === '1'")
    assert page.inner_text("#actor-name") == point[2]


def test_search_finds_articles_and_quotes_with_matches_marked(server: str, tab: Watched) -> None:
    page = tab.open(server + "/search?q=Panjshir")
    assert page.locator("#doc-hits li mark").count() > 0
    assert "panjshir" in page.inner_text("#doc-hits").lower()
    page = tab.open(server + "/search?q=Taliban")
    assert page.locator("#quote-hits li a").count() > 0
    page.locator("#quote-hits li a").first.click()
    page.wait_for_function("document.body.dataset.ready === '1'")
    page.wait_for_selector(".doctext .m-quote.marked")
    shot(page, "search-quote")


def test_markup_in_an_article_is_shown_as_text_and_never_runs(server: str, tab: Watched) -> None:
    page = tab.open(server + f"/doc/{XSS_ID}")
    text = page.inner_text("#doctext")
    assert "<script>window.__xss = 'text'; alert('xss')</script>" in text
    assert "<img src=x on" in text and '<iframe src="javascript:' in text
    assert "<script>" in page.inner_text("h1")
    assert page.locator("a[href^='javascript']").count() == 0
    page.mouse.move(10, 10)
    for target in page.locator("#doctext span").all()[:50]:
        target.hover()
    shot(page, "xss-document")
    assert tab.page.locator("#event-list a").count() > 0
    for url in [
        "/",
        "/documents",
        "/events?q=protesters",
        "/events?actor=Taliban",
        "/search?q=onerror",
        "/search?q=script",
        "/actor/Taliban",
        "/network",
    ]:
        tab.open(server + url)
        tab.page.wait_for_timeout(100)
        assert tab.injected() is None, url
    assert tab.dialogs == []
    assert tab.injected() is None


def test_report_opens_offline_and_draws_its_charts(
    store: Path, tmp_path: Path, browser: Browser, dossier_cli: Runner
) -> None:
    out = tmp_path / "report.html"
    result = dossier_cli("report", "--db", store, "--out", out, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    html = out.read_text("utf-8")
    assert "<script src=" not in html and "<link " not in html
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, offline=True)
    page = context.new_page()
    requested: list[str] = []

    def block(route: Any) -> None:
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            requested.append(route.request.url)
            route.abort()

    page.route("**/*", block)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(out.as_uri())
    page.wait_for_function("document.body.dataset.ready === '1'")
    for chart in ("chart-months", "chart-types", "chart-timeline", "network"):
        page.wait_for_selector(f"#{chart}[data-drawn='1'] .main-svg")
    assert int(page.locator("#network").get_attribute("data-pairs") or 0) > 5
    assert page.locator("#timeline tr.event-row").count() > 20
    assert page.locator("article.actor-summary").count() >= 5
    shot(page, "report")
    page.locator("#network").scroll_into_view_if_needed()
    shot(page, "report-network")
    assert requested == []
    assert page.evaluate("window.__xss") is None and dialogs == []
    context.close()
