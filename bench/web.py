"""Benchmark: how fast ``dossier serve`` answers each page over a 10,000-article store.

    python bench/web.py                        # build bench/out/web10k.db once, then time
    python bench/web.py --db path/to/store.db  # time an existing store
    python bench/web.py --docs 20000 --runs 30

Building the store by full ingest would take ~12 minutes (~14 docs/s), so it is built
in two steps: ``--base`` distinct synthetic articles (bench/corpus.py: paragraphs of
examples/ shuffled and wrapped in page junk) plus examples/ are ingested normally;
then each stored article and every row extracted from it (entities, mentions, dates,
quotes, places, events) is copied with SQL, with its own name and content hash and
its dates (publication, event, quote) moved by a different number of days per copy,
until the store holds ``--docs`` articles spread over four years. The knowledge base
(actors, merged events, relations) is then recomputed from those rows by dossier's own
``rebuild``. Copies repeat their original's text, so the near-duplicate detector may
count them as reprints; the store sizes printed first say what the pages worked on.

Each page is then requested over HTTP from a real ``dossier serve`` subprocess:
once cold (first request after start; the overview and network are cached until the
store changes) and ``--runs`` times warm. Prints p50 and p95 in milliseconds; asserts
nothing.
"""

from __future__ import annotations

import argparse
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import ROOT, write_corpus

import dossier

OUT = ROOT / "bench" / "out"
# Tables holding one article's extraction, and their date columns to move per copy.
CHILD_TABLES = {"dates": ("value",), "quotes": ("date",), "places": (), "events": ("date",)}


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def shifted(column: str) -> str:
    """SQL moving an ISO date (day or month precision) by ``:days``; years stay."""
    return (
        f"CASE WHEN length({column}) >= 10 THEN date(substr({column}, 1, 10), :days) "
        f"WHEN length({column}) = 7 THEN substr(date({column} || '-01', :days), 1, 7) "
        f"ELSE {column} END"
    )


def copy_document(conn: sqlite3.Connection, source: int, copy: int, days: int) -> None:
    """One more article: the row of ``source`` and all its extraction, dates moved."""
    doc_cols = [c for c in columns(conn, "documents") if c != "id"]
    values = {c: c for c in doc_cols}
    values |= {
        "doc": "doc || '~' || :copy",
        "key": "key || '~' || :copy",
        "content_hash": "content_hash || '~' || :copy",
        "published": shifted("published"),
        "current": "1",
    }
    params = {"src": source, "copy": copy, "days": f"{days:+d} days"}
    cursor = conn.execute(
        f"INSERT INTO documents ({', '.join(doc_cols)}) "
        f"SELECT {', '.join(values[c] for c in doc_cols)} FROM documents WHERE id = :src",
        params,
    )
    params["new"] = cursor.lastrowid
    for table, date_columns in CHILD_TABLES.items():
        cols = [c for c in columns(conn, table) if c != "id"]
        select = {c: c for c in cols} | {"document_id": ":new"}
        select |= {c: shifted(c) for c in date_columns}
        conn.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) SELECT "
            f"{', '.join(select[c] for c in cols)} FROM {table} WHERE document_id = :src",
            params,
        )
    entity_cols = [c for c in columns(conn, "entities") if c != "id"]
    mention_cols = [c for c in columns(conn, "mentions") if c != "entity_id"]
    for (entity_id,) in conn.execute(
        "SELECT id FROM entities WHERE document_id = ?", (source,)
    ).fetchall():
        select = {c: c for c in entity_cols} | {"document_id": ":new"}
        new_entity = conn.execute(
            f"INSERT INTO entities ({', '.join(entity_cols)}) SELECT "
            f"{', '.join(select[c] for c in entity_cols)} FROM entities WHERE id = :id",
            {**params, "id": entity_id},
        ).lastrowid
        conn.execute(
            f"INSERT INTO mentions (entity_id, {', '.join(mention_cols)}) "
            f"SELECT ?, {', '.join(mention_cols)} FROM mentions WHERE entity_id = ?",
            (new_entity, entity_id),
        )


def build_store(path: Path, docs: int, base: int) -> None:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp), base)
        with dossier.open(path) as kb:
            kb.ingest([tmp, ROOT / "examples"])
    print(f"ingested {base} + examples in {time.perf_counter() - started:.0f} s", flush=True)
    with dossier.open(path) as kb:
        conn = kb.store.conn
        originals = [
            r[0]
            for r in conn.execute("SELECT id FROM documents WHERE current = 1 AND status = 'ok'")
        ]
        have = kb.store.count_documents()
        copy = 0
        with kb.store.transaction():
            while have < docs:
                source = originals[copy % len(originals)]
                copy += 1
                days = (copy * 37) % 1461 - 730
                copy_document(conn, source, copy, days)
                have += 1
        print(f"copied to {have} articles at {time.perf_counter() - started:.0f} s", flush=True)
        kb.rebuild()
        conn.execute("PRAGMA optimize")
    print(f"knowledge base rebuilt at {time.perf_counter() - started:.0f} s", flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pages(db: Path) -> list[str]:
    """The pages to time, with real names from the store."""
    with dossier.open(db, readonly=True) as kb:
        doc = kb.documents(limit=1, offset=kb.store.count_documents() // 2)[0].doc
        actor = kb.actors(limit=1)[0]
    return [
        "/",
        "/events",
        f"/events?actor={actor.name}",
        "/events?type=ASSAULT&since=2021-01-01&until=2021-12-31",
        "/events?q=airport",
        "/events?page=100",
        "/actors",
        f"/actor/{actor.id}",
        f"/doc/{doc}",
        "/network",
        "/search?q=Taliban",
        "/documents?page=50",
        "/api/events?size=100",
        "/api/network",
    ]


def serve(db: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "dossier", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(base + "/favicon.ico", timeout=1)
            return process, base
        except httpx.TransportError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit("dossier serve did not start")


def timed(client: httpx.Client, url: str) -> float:
    start = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - start) * 1000
    response.raise_for_status()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, help="an existing store (else one is built)")
    parser.add_argument("--docs", type=int, default=10_000, help="articles in the built store")
    parser.add_argument("--base", type=int, default=400, help="distinct articles ingested")
    parser.add_argument("--runs", type=int, default=20, help="warm requests per page")
    args = parser.parse_args()
    db = args.db or OUT / f"web{args.docs // 1000}k.db"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        build_store(db, args.docs, args.base)
    with dossier.open(db):
        pass  # a store built by an older dossier gets this one's schema and indexes first
    with dossier.open(db, readonly=True) as kb:
        sizes = {"documents": kb.store.count_documents(), **kb.counts()}
    print("store:", ", ".join(f"{k} {v:,}" for k, v in sizes.items()))
    process, base = serve(db)
    try:
        print(f"{'page':<58} {'cold':>7} {'p50':>7} {'p95':>7}  (ms)")
        with httpx.Client(base_url=base, timeout=60) as client:
            for url in pages(db):
                cold = timed(client, url)
                warm = sorted(timed(client, url) for _ in range(args.runs))
                p95 = warm[min(len(warm) - 1, round(0.95 * (len(warm) - 1)))]
                print(
                    f"{url[:58]:<58} {cold:>7.0f} {statistics.median(warm):>7.0f} {p95:>7.0f}",
                    flush=True,
                )
    finally:
        process.terminate()
        process.wait(timeout=10)


if __name__ == "__main__":
    main()
