"""``dossier serve`` and ``dossier report`` end to end: a real server, a real browser.

One store is built per session from examples/ plus an article full of markup that
must never run; ``dossier serve`` runs on it as a subprocess on a free loopback port,
and headless Chromium (Debian's, driven by Playwright) opens the pages, clicks events
to their evidence, filters the events table and moves the network's time window.
Screenshots of every page at two window sizes go to artifacts/screenshots/ (or
$DOSSIER_TEST_ARTIFACTS), for CI to keep; the same pages are checked for what a
person would see wrong: overlapping names in the network, charts of time without a
date axis or with hidden tick labels, list numbers cut off, a page wider than the
window. A second store, synthesised with 300 acting actors, checks the network at
the size where names used to pile up.
"""

from __future__ import annotations

import json
import math
import os
import random
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

import dossier
from conftest import Runner
from dossier import netgraph
from dossier.markup import Mark, highlight

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = Path(os.environ.get("DOSSIER_TEST_ARTIFACTS", ROOT / "artifacts" / "screenshots"))
SIZES = {"wide": (1400, 1000), "narrow": (820, 1000)}
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
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
    yield from serving(store)


@pytest.fixture(scope="session")
def crowded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``dossier serve`` over a store with 300 acting actors (see ``crowded_store``)."""
    path = tmp_path_factory.mktemp("crowded") / "crowded.db"
    crowded_store(path, CROWD)
    yield from serving(path)


def serving(store: Path) -> Iterator[str]:
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


CROWD = 300
SYLLABLES = ["ar", "bel", "cor", "dan", "ev", "fal", "gor", "hal", "ir", "jor", "kel", "lor"]
ENDINGS = ["ana", "ento", "ika", "ovar", "usse", "elin", "ado", "imer", "oth", "ulla"]
ORG_WORDS = ["Council", "Front", "Union", "Movement", "Assembly", "Guard", "League"]
# Things an article's events may name that are not actors; never network nodes.
NON_ACTORS = [
    ("Cyclone Tamsin", "PERSON"),
    ("MV Coral Dawn", "ORG"),
    ("Northern Waters Fishing Act", "ORG"),
    ("Gulf of Serrano", "LOC"),
]
EVENT_KINDS = [("CONSULT", 1, 1.0), ("AID", 2, 7.0), ("ACCUSE", 3, -2.0), ("ASSAULT", 4, -9.0)]


def invented_names(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """``count`` distinct invented actor names with an entity type: people, groups, places."""
    names: dict[str, str] = {}
    while len(names) < count:
        word = (rng.choice(SYLLABLES) + rng.choice(ENDINGS)).capitalize()
        other = (rng.choice(SYLLABLES) + rng.choice(ENDINGS)).capitalize()
        kind = rng.random()
        if kind < 0.5:
            names.setdefault(f"{word} {other}", "PERSON")
        elif kind < 0.8:
            names.setdefault(f"{word} {rng.choice(ORG_WORDS)}", "ORG")
        else:
            names.setdefault(f"Republic of {word}", "GPE")
    return list(names.items())


def crowded_store(path: Path, count: int, *, seed: int = 20) -> None:
    """A store holding a knowledge base only: ``count`` invented actors who act on one
    another over two years (a few hubs, many with one partner), one event in 2005 far
    from the rest, and four things that are not actors, each in events of its own."""
    rng = random.Random(seed)
    with dossier.open(path) as kb:
        conn = kb.store.conn
        actors = [*invented_names(count, rng), *NON_ACTORS]
        for n, (name, kind) in enumerate(actors):
            conn.execute(
                """INSERT INTO actors (key, name, type, country, documents, mentions, events)
                   VALUES (?, ?, ?, ?, 1, 1, 1)""",
                (f"{kind.lower()}/a{n}", name, kind, ["AAA", "BBB", "CCC"][n % 3]),
            )
        ids = [row[0] for row in conn.execute("SELECT id FROM actors ORDER BY id")]
        pairs = [(ids[i], ids[int(i * rng.random() ** 2)]) for i in range(1, count)]
        pairs += [(ids[rng.randrange(40)], ids[rng.randrange(count)]) for _ in range(count)]
        pairs += [(ids[count + n], ids[n]) for n in range(len(NON_ACTORS))]
        for source, target in pairs:
            if source == target:
                continue
            month = f"{2019 + rng.randrange(2)}-{rng.randrange(1, 13):02d}"
            add_event(conn, source, target, f"{month}-{rng.randrange(1, 28):02d}", rng)
        add_event(conn, ids[0], ids[1], "2005-03-02", rng)
        conn.commit()


def add_event(conn: Any, source: int, target: int, day: str, rng: random.Random) -> None:
    kind, quad, score = rng.choice(EVENT_KINDS)
    conn.execute(
        """INSERT INTO kb_events (type, source_actor, target_actor, day, negated, modality,
                                  quad, score, trigger, mentions, sources)
           VALUES (?, ?, ?, ?, 0, 'asserted', ?, ?, 'acted', 1, 1)""",
        (kind, source, target, day, quad, score),
    )


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


def shot(page: Page, name: str, *, full: bool = False) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)


# What a person would see wrong, read from the page: every box in viewport pixels.
LOOK = """() => {
  const box = (el) => el.getBoundingClientRect();
  const meets = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5
    && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  const labels = [...document.querySelectorAll('[data-node-label]')].map(box);
  const overlapping = [];
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => {
    if (meets(a, b)) overlapping.push([a, b]);
  }));
  const charts = [...document.querySelectorAll('.js-plotly-plot')].map((el) => {
    const frame = box(el);
    const ticks = [...el.querySelectorAll('.xaxislayer-above .xtick text')].map(box)
      .filter((r) => r.width > 0);
    const inside = ticks.filter((r) => r.left >= frame.left - 1 && r.right <= frame.right + 1
      && r.top >= frame.top - 1 && r.bottom <= frame.bottom + 1);
    return { id: el.id, xtype: el._fullLayout.xaxis.type, ticks: ticks.length,
             inside: inside.length,
             modebar: el.querySelectorAll('.modebar-container .modebar-btn').length };
  });
  // A list number sits left of its item; it is cut off when that is left of the box
  // that clips its overflow.
  const clippedNumbers = [];
  for (const ol of document.querySelectorAll('ol')) {
    let clip = ol.parentElement;
    while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
    const edge = clip ? box(clip).left + clip.clientLeft : 0;
    [...ol.children].forEach((li, n) => {
      const probe = document.createElement('span');
      probe.textContent = (n + 1) + '. ';
      probe.style.font = getComputedStyle(li).font;
      probe.style.whiteSpace = 'pre';
      document.body.appendChild(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      const cut = li.getClientRects().length && box(li).left - width < edge - 0.5;
      if (cut) clippedNumbers.push(n + 1);
    });
  }
  return { overlapping: overlapping.length, labels: labels.length, charts, clippedNumbers,
           tooWide: document.documentElement.scrollWidth - window.innerWidth };
}"""
TIME_CHARTS = {"chart-months", "chart-partners", "chart-timeline"}


def looks_right(page: Page) -> dict[str, Any]:
    """What the page shows, asserted as a person would want it: no overlapping network
    names, time charts on a date axis with readable ticks, no toolbar over a chart, no
    list number cut off, nothing wider than the window. Returns what was read."""
    seen: dict[str, Any] = page.evaluate(LOOK)
    assert seen["overlapping"] == 0, seen
    for chart in seen["charts"]:
        if chart["id"] in TIME_CHARTS:
            assert chart["xtype"] == "date", chart
        assert chart["ticks"] >= 2 and chart["inside"] == chart["ticks"], chart
        assert chart["modebar"] == 0, chart
    assert seen["clippedNumbers"] == [], seen["clippedNumbers"]
    assert seen["tooWide"] <= 0, seen["tooWide"]
    return seen


def ready(page: Page) -> None:
    """Wait until the page script ran and every chart and the network are drawn."""
    page.wait_for_function("document.body.dataset.ready === '1'")
    page.wait_for_function(
        "[...document.querySelectorAll('.chart')].every((el) => el.dataset.drawn === '1')"
    )


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


# --- the network and time windows, without a browser -------------------------------------


@pytest.mark.parametrize(
    ("name", "entity_type"),
    [
        ("Hurricane Ida", "PERSON"),
        ("Typhoon Hagibis", "ORG"),
        ("Cyclone Freddy", "GPE"),
        ("USS Carl Vinson", "ORG"),
        ("MV Ever Given", "ORG"),
        ("Maritime Traffic Safety Law", "ORG"),
        ("Paris Agreement", "ORG"),
        ("Resolution 2231", "ORG"),
        ("Treaty of Lisbon", "ORG"),
        ("Patriot Act", "ORG"),
        ("Red Sea", "LOC"),
        ("Hindu Kush", "LOC"),
    ],
)
def test_storms_ships_texts_and_natural_places_are_not_network_actors(
    name: str, entity_type: str
) -> None:
    assert not netgraph.can_act(name, entity_type)


@pytest.mark.parametrize(
    ("name", "entity_type"),
    [
        ("Bill Nelson", "PERSON"),
        ("Arnel Joseph", "PERSON"),
        ("Taliban", "ORG"),
        ("African Union", "ORG"),
        ("Law Society of Kenya", "ORG"),
        ("Ethiopia", "GPE"),
        ("Pashtuns", "NORP"),
    ],
)
def test_people_groups_and_states_are_network_actors(name: str, entity_type: str) -> None:
    assert netgraph.can_act(name, entity_type)


def test_the_default_window_leaves_out_distant_events_but_keeps_a_steady_stream() -> None:
    steady = {f"{y}-{m:02d}": 3 for y in (2019, 2020) for m in range(1, 13)}
    assert netgraph.dense_window(steady) == ["2019-01", "2020-12"]
    assert netgraph.dense_window({**steady, "2005-03": 1}) == ["2019-01", "2020-12"]
    bursts = {"2001-09": 1, "2021-08": 40, "2021-11": 6, "2022-02": 4, "2025-03": 2}
    assert netgraph.dense_window(bursts) == ["2021-08", "2022-02"]
    assert netgraph.dense_window({"2024-05": 2}) == ["2024-05", "2024-05"]
    assert netgraph.dense_window({}) == []


def test_the_layout_fills_the_unit_square_and_keeps_nodes_apart() -> None:
    rng = random.Random(3)
    names = [f"a{n}" for n in range(300)]
    edges = [(names[n], names[int(n * rng.random() ** 2)], 1) for n in range(1, 300)]
    positions = netgraph.layout(names, edges)
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    assert min(xs) == 0 and max(xs) == 1 and min(ys) == 0 and max(ys) == 1
    cells = {(round(x * 20), round(y * 20)) for x, y in positions.values()}
    assert len(cells) > 200, "nodes spread over the square, not heaped in its middle"
    closest = min(
        math.dist(positions[a], positions[b]) for i, a in enumerate(names) for b in names[i + 1 :]
    )
    assert closest > 0.01
    assert netgraph.layout(names, edges) == positions, "the same store gives the same picture"


def test_pages_asked_at_once_share_one_computation_of_a_slow_aggregate(tmp_path: Path) -> None:
    from dossier.web import Cache

    cache = Cache(tmp_path / "none.db")
    calls: list[int] = []

    def slow() -> int:
        calls.append(1)
        time.sleep(0.3)
        return 42

    threads = [threading.Thread(target=cache.get, args=("network", slow)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == [1] and cache.get("network", slow) == 42


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


@pytest.mark.slow
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
    page.wait_for_selector("#chart-partners[data-drawn='1'] .heatmaplayer")
    heatmap = page.evaluate(
        """() => { const t = document.getElementById('chart-partners')._fullData[0];
                   return {type: t.type, partners: t.y, months: t.x.length}; }"""
    )
    top = page.locator("#partners a.actor").all_inner_texts()
    assert heatmap["type"] == "heatmap" and heatmap["partners"][0] == top[0]
    assert len(heatmap["partners"]) > 3 and heatmap["months"] > 1
    assert page.locator("table.events tr.event-row").count() > 0
    partner = page.locator("#partners a.actor").first
    name = partner.inner_text()
    partner.click()
    page.wait_for_function("document.body.dataset.ready === '1'")
    assert page.inner_text("#actor-name") == name
    shot(page, "actor")


def network_state(page: Page) -> dict[str, int | str]:
    data = page.locator("#network")
    return {
        "pairs": int(data.get_attribute("data-pairs") or 0),
        "actors": int(data.get_attribute("data-actors") or 0),
        "labels": int(data.get_attribute("data-labels") or 0),
        "focus": data.get_attribute("data-focus") or "",
    }


def node_labels(page: Page) -> list[str]:
    """The names drawn in the network (SVG text has no inner text)."""
    return list(
        page.evaluate(
            "[...document.querySelectorAll('[data-node-label]')].map((t) => t.textContent)"
        )
    )


def redrawn(page: Page, before: dict[str, int | str]) -> dict[str, int | str]:
    page.wait_for_function(
        """old => { const d = document.getElementById('network').dataset;
                   return d.pairs !== String(old.pairs) || d.actors !== String(old.actors)
                          || d.focus !== old.focus; }""",
        arg=before,
    )
    return network_state(page)


def test_network_draws_directed_links_and_its_filters_and_focus_narrow_it(
    server: str, tab: Watched
) -> None:
    page = tab.open(server + "/network")
    page.wait_for_selector("#network[data-drawn='1'] svg")
    page.click("#net-filters [data-window='all']")
    every = network_state(page)
    assert int(every["pairs"]) > 5 and int(every["labels"]) > 5
    assert page.locator("#network path.link[marker-end]").count() == every["pairs"]
    assert page.locator("#network circle.node").count() == every["actors"]
    widths = page.evaluate(
        "[...document.querySelectorAll('#network path.link')]"
        ".map((l) => l.getAttribute('stroke-width'))"
    )
    assert len(set(widths)) > 1, "links of more events are wider"
    assert "Taliban" in node_labels(page)
    looks_right(page)
    shot(page, "network-all-months")

    page.select_option("#net-filters [name=from]", "2021-08")
    page.select_option("#net-filters [name=to]", "2021-08")
    august = redrawn(page, every)
    assert 0 < int(august["pairs"]) < int(every["pairs"])
    page.click("#net-filters [data-window='all']")
    assert redrawn(page, august) == every

    page.select_option("#net-filters [name=type]", "PERSON")
    people = redrawn(page, every)
    assert 0 < int(people["actors"]) < int(every["actors"])
    page.select_option("#net-filters [name=type]", "")
    redrawn(page, people)
    page.fill("#net-filters [name=min]", "4")
    busy = redrawn(page, every)
    assert 0 < int(busy["actors"]) < int(every["actors"])
    page.fill("#net-filters [name=min]", "1")
    redrawn(page, busy)

    page.locator("[data-node-label]", has_text="Taliban").first.click()
    focused = redrawn(page, every)
    assert focused["focus"] == "org/taliban"
    assert int(focused["actors"]) < int(every["actors"]) and int(focused["pairs"]) > 0
    links = page.evaluate(
        """[...document.querySelectorAll('#network path.link')]
           .map((l) => [l.dataset.source, l.dataset.target])"""
    )
    assert all("org/taliban" in pair for pair in links)
    assert "Taliban" in page.inner_text("#net-focus")
    shot(page, "network-focus")
    page.click("#net-focus a.focus-open")
    page.wait_for_url("**/actor/org/taliban")
    page.wait_for_function("document.body.dataset.ready === '1'")
    assert page.inner_text("#actor-name") == "Taliban"


def test_at_300_actors_the_network_names_never_overlap_and_fill_the_canvas(
    crowded_server: str, browser: Browser
) -> None:
    for size, (width, height) in SIZES.items():
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        page.goto(crowded_server + "/network")
        ready(page)
        page.click("#net-filters [data-window='all']")
        page.wait_for_function(
            "n => document.getElementById('network').dataset.actors === String(n)", arg=CROWD
        )
        seen = looks_right(page)
        assert seen["labels"] >= 20, seen
        every_name = page.evaluate(
            "[...document.querySelectorAll('#network circle.node title')].map((t) => t.textContent)"
        )
        assert len(every_name) == CROWD
        assert not any(
            name.startswith(non_actor) for name in every_name for non_actor, _ in NON_ACTORS
        )
        canvas, nodes = page.evaluate(
            """() => {
                const c = document.getElementById('network').getBoundingClientRect();
                const r = [...document.querySelectorAll('#network circle.node')]
                  .map((n) => n.getBoundingClientRect());
                return [[c.width, c.height],
                        [Math.max(...r.map((b) => b.right)) - Math.min(...r.map((b) => b.left)),
                         Math.max(...r.map((b) => b.bottom)) - Math.min(...r.map((b) => b.top))]];
            }"""
        )
        assert nodes[0] > 0.85 * canvas[0] and nodes[1] > 0.8 * canvas[1], (canvas, nodes)
        covered = page.evaluate(
            """() => {
                const box = (el) => el.getBoundingClientRect();
                const named = new Map([...document.querySelectorAll('[data-node-label]')]
                  .map((t) => [t.dataset.nodeLabel, box(t)]));
                const circles = [...document.querySelectorAll('#network circle.node')]
                  .filter((c) => named.has(c.dataset.id)).map((c) => [c.dataset.id, box(c)]);
                const hit = [];
                for (const [id, label] of named) {
                  for (const [other, r] of circles) {
                    const meet = label.left < r.right - 1 && r.left + 1 < label.right
                      && label.top < r.bottom - 1 && r.top + 1 < label.bottom;
                    if (other !== id && meet) hit.push([id, other]);
                  }
                }
                return hit;
            }"""
        )
        assert covered == [], "a name covers another named actor's circle"
        shot(page, f"{size}/network-300-actors")
        page.locator("#network circle.node").nth(CROWD - 1).hover()
        assert (page.locator("#network .hover-label text").text_content() or "").endswith("events")
        context.close()


def test_charts_of_time_open_on_the_busiest_months_and_widen_to_all(
    crowded_server: str, tab: Watched
) -> None:
    page = tab.open(crowded_server + "/")
    ready(page)
    months = page.locator("#chart-months")
    assert months.get_attribute("data-window") == "2019-01/2020-12"
    shown = page.evaluate("document.getElementById('chart-months')._fullLayout.xaxis.range")
    assert shown[0][:4] == "2019" and shown[1][:4] in ("2020", "2021")
    page.click("p.window-control button")
    assert months.get_attribute("data-window") == "2005-03/2020-12"
    page.wait_for_function(
        "document.getElementById('chart-months')._fullLayout.xaxis.range[0].startsWith('2005')"
    )
    looks_right(page)
    network = tab.open(crowded_server + "/network")
    assert network.input_value("#net-filters [name=from]") == "2019-01"
    assert "2005-03" in network.locator("#net-filters [name=from] option").all_inner_texts()


EVERY_PAGE = {
    "overview": "/",
    "events": "/events",
    "events-page-2": "/events?page=2",
    "actors": "/actors",
    "actor": "/actor/Taliban",
    "documents": "/documents",
    "document": "/doc/kabul_falls_ghani_leaves.txt",
    "document-long-lists": "/doc/feed-2022-02-26-ukraine-eu-sanctions",
    "network": "/network",
    "search": "/search?q=Taliban",
    "api": "/docs",
    "bad-parameter": "/events?page=-1",
    "not-found": "/actor/Nobody%20Atall",
}


@pytest.mark.parametrize("size", SIZES)
def test_every_page_looks_right_at_two_sizes(server: str, browser: Browser, size: str) -> None:
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    for name, path in EVERY_PAGE.items():
        page.goto(server + path)
        ready(page)
        seen = looks_right(page)
        if name in ("overview", "actor"):
            assert {c["id"] for c in seen["charts"]} >= (
                {"chart-months"} if name == "overview" else {"chart-partners"}
            ), seen["charts"]
        if name == "network":
            assert seen["labels"] > 5
        if name == "document-long-lists":
            assert page.locator("#event-list li").count() >= 10, "two-digit numbers to check"
        shot(page, f"{size}/{name}", full=True)
    assert errors == []
    context.close()


def test_bad_parameters_answer_a_page_saying_which_and_head_answers_like_get(
    server: str,
) -> None:
    for path, word in [
        ("/events?page=-1", "page"),
        ("/documents?page=x", "page"),
        ("/events?quad=9", "quad"),
        ("/events?since=notadate", "since"),
        ("/events?until=2021-13-99x", "until"),
    ]:
        response = httpx.get(server + path)
        assert response.status_code == 400, path
        assert response.headers["content-type"].startswith("text/html")
        assert f"<li>{word}:" in response.text
        retry = path.split("?")[0]
        assert f'href="{retry}"' in response.text
    assert (
        "quad: should be 1–4, or empty (got &#39;9&#39;)"
        in httpx.get(server + "/events?quad=9").text
    )
    api = httpx.get(server + "/api/events", params={"page": -1})
    assert api.status_code == 422 and api.json()["detail"][0]["loc"] == ["query", "page"]
    api = httpx.get(server + "/api/events", params={"since": "notadate"})
    assert api.status_code == 422 and api.json()["detail"][0]["loc"] == ["query", "since"]
    assert httpx.get(server + "/events?since=2021-08&until=2021").status_code == 200
    for path in [*PAGES, "/actor/Taliban", "/api/overview", "/static/app.js", "/plotly.min.js"]:
        get, head = httpx.get(server + path), httpx.head(server + path)
        assert head.status_code == 200 == get.status_code, path
        assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]
    assert httpx.head(server + "/doc/no-such-article").status_code == 404


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
    for size, (width, height) in SIZES.items():
        context = browser.new_context(viewport={"width": width, "height": height}, offline=True)
        page = context.new_page()
        requested: list[str] = []

        def block(route: Any, requested: list[str] = requested) -> None:
            if route.request.url.startswith("file:"):
                route.continue_()
            else:
                requested.append(route.request.url)
                route.abort()

        page.route("**/*", block)
        dialogs: list[str] = []

        def dismiss(dialog: Any, dialogs: list[str] = dialogs) -> None:
            dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", dismiss)
        page.goto(out.as_uri())
        ready(page)
        assert int(page.locator("#network").get_attribute("data-pairs") or 0) > 5
        assert page.locator("#timeline tr.event-row").count() > 20
        assert page.locator("article.actor-summary").count() >= 5
        looks_right(page)
        shot(page, f"{size}/report", full=True)
        page.locator("#network").scroll_into_view_if_needed()
        shot(page, f"{size}/report-network")
        assert requested == []
        assert page.evaluate("window.__xss") is None and dialogs == []
        context.close()


def test_relations_and_overview_counts_never_scan_the_merged_events_table(store: Path) -> None:
    """At 10,000 articles a full scan of kb_events per page load broke the 300 ms bar:
    the network's relations and the overview's counts read covering indexes."""
    from dossier import webdata

    with dossier.open(store, readonly=True) as kb:
        conn = kb.store.conn
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        kb.relations()
        webdata.events_by_type(kb)
        webdata.events_by_month(kb)
        conn.set_trace_callback(None)
        plans = [
            " / ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
            for sql in statements
            if "kb_events" in sql
        ]
    assert len(plans) == 3, statements
    for plan in plans:
        assert "COVERING INDEX kb_events_" in plan, plan


def test_partner_chart_agrees_with_the_actors_relations(store: Path) -> None:
    """The actor page's partner chart (one grouped query) shows, per partner and month,
    the event-weighted mean score of the relations ``kb.relations(actor=…)`` lists."""
    from dossier import webdata

    with dossier.open(store, readonly=True) as kb:
        charted = 0
        for actor in kb.actors(limit=15):
            view = webdata.actor_view(kb, actor.id)
            relations = kb.relations(actor=actor.id)
            for series in view["partner_series"]["series"]:
                for month, score, events in zip(
                    series["months"], series["scores"], series["events"], strict=True
                ):
                    between = [
                        r
                        for r in relations
                        if r.month == month
                        and series["id"] in (r.source, r.target)
                        and r.score is not None
                    ]
                    total = sum(r.events for r in between)
                    mean = sum(r.score * r.events for r in between if r.score is not None) / total
                    assert (events, score) == (total, round(mean, 2))
                    charted += 1
    assert charted > 0
