"""Near-duplicate articles and merged events: counting real events, not reports.

A wire story printed by two outlets is found by MinHash over word 4-grams (datasketch
LSH) and counts as one source. Each stored event mention joins the known event it
reports again (same type, same actors as resolved, same negation, compatible mode,
place and date) or starts a new one; a near-duplicate article's mention first joins
the event of the story it repeats, whatever its date. Each merged event keeps its
mentions, its number of independent sources and its first report.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from dossier.lexicon import normalize

__all__ = [
    "DAY_WINDOW",
    "DUPLICATE_THRESHOLD",
    "MATERIAL",
    "MAX_HASH",
    "MERSENNE_PRIME",
    "NUM_PERM",
    "REPORT_WINDOW",
    "SHINGLE",
    "EventMention",
    "Merger",
    "minhash",
    "permutations",
    "same_place",
    "same_time",
    "shingle_hashes",
]

NUM_PERM = 64
MERSENNE_PRIME = np.uint64((1 << 61) - 1)  # datasketch's, for the same signatures
MAX_HASH = np.uint64((1 << 32) - 1)
DUPLICATE_THRESHOLD = 0.8  # estimated Jaccard similarity of word 4-gram sets
SHINGLE = 4
REPORT_WINDOW = 2  # days between reports of an undated event that may still be one event
DAY_WINDOW = 1  # days between two dated reports of one event (time zones, "overnight")
MATERIAL = (2, 4)  # PLOVER quad classes of material cooperation and conflict


class Merger:
    """Signs new documents and merges their events into the known ones."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.lsh: MinHashLSH | None = None  # built from the stored signatures on first use
        self.touched: set[int] = set()  # actors whose event counts must be recounted
        self.new_events: Counter[int] = Counter()  # events each actor gained, by actor

    def sign(self, doc_ids: Sequence[int]) -> None:
        """Store each document's MinHash, and the earlier document it repeats, if any."""
        lsh = self._index()
        marks = ", ".join("?" for _ in doc_ids)
        rows = self.conn.execute(
            f"SELECT id, text FROM documents WHERE id IN ({marks}) ORDER BY id", list(doc_ids)
        ).fetchall()
        for doc_id, text in rows:
            signature = minhash(text)
            matches = [int(m) for m in lsh.query(signature)]
            original = self._original(min(matches)) if matches else None
            lsh.insert(doc_id, signature)
            self.conn.execute(
                "INSERT INTO signatures (document_id, minhash, duplicate_of) VALUES (?, ?, ?)",
                (doc_id, signature.hashvalues.astype(np.uint64).tobytes(), original),
            )

    def _index(self) -> MinHashLSH:
        """The LSH index of every signed document, built once per KnowledgeBase."""
        if self.lsh is None:
            self.lsh = MinHashLSH(threshold=DUPLICATE_THRESHOLD, num_perm=NUM_PERM)
            with self.lsh.insertion_session() as session:
                for doc_id, blob in self.conn.execute(
                    "SELECT document_id, minhash FROM signatures"
                ):
                    values = np.frombuffer(blob, dtype=np.uint64)
                    session.insert(doc_id, LeanMinHash(seed=1, hashvalues=values))
        return self.lsh

    def _original(self, doc_id: int) -> int:
        row = self.conn.execute(
            "SELECT duplicate_of FROM signatures WHERE document_id = ?", (doc_id,)
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else doc_id

    def unmerge(self, doc_ids: Iterable[int]) -> None:
        """Detach the event mentions of these documents from the merged events; the
        actors of the events they leave are added to ``touched``."""
        ids = list(doc_ids)
        if not ids:
            return
        marks = ", ".join("?" for _ in ids)
        kb_ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT kb_event_id FROM kb_event_mentions "
                f"WHERE document_id IN ({marks})",
                ids,
            )
        ]
        self.conn.execute(f"DELETE FROM kb_event_mentions WHERE document_id IN ({marks})", ids)
        self.count_mentions(kb_ids)
        for start in range(0, len(kb_ids), 500):
            chunk = kb_ids[start : start + 500]
            self.touched.update(
                a
                for row in self.conn.execute(
                    "SELECT source_actor, target_actor FROM kb_events "
                    f"WHERE id IN ({', '.join('?' * len(chunk))})",
                    chunk,
                )
                for a in row
                if a is not None
            )
        for start in range(0, len(kb_ids), 500):
            chunk = kb_ids[start : start + 500]
            self.conn.execute(
                "DELETE FROM kb_events WHERE mentions = 0 "
                f"AND id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )

    def merge(self, doc_ids: Sequence[int]) -> None:
        """Attach each event of these documents to the known event it reports, or a new
        one (counted in ``new_events``)."""
        marks = ", ".join("?" for _ in doc_ids)
        rows = self.conn.execute(
            f"""SELECT e.id, e.document_id, e.type, e.mode, ms.actor_id, mt.actor_id,
                       e.source, e.target, e.date, e.date_precision, substr(d.published, 1, 10),
                       e.place, e.negated, e.modality, e.quad, e.score, e.trigger,
                       coalesce(s.duplicate_of, e.document_id)
                FROM events e JOIN documents d ON d.id = e.document_id
                LEFT JOIN signatures s ON s.document_id = e.document_id
                LEFT JOIN entities es ON es.document_id = e.document_id AND es.eid = e.source_eid
                LEFT JOIN actor_members ms ON ms.entity_id = es.id
                LEFT JOIN entities et ON et.document_id = e.document_id AND et.eid = e.target_eid
                LEFT JOIN actor_members mt ON mt.entity_id = et.id
                WHERE e.document_id IN ({marks}) ORDER BY e.document_id, e.start""",
            list(doc_ids),
        ).fetchall()
        touched: set[int] = set()
        for row in rows:
            mention = EventMention(*row)
            kb_id = self._matching_event(mention) or self._new_event(mention)
            self.conn.execute(
                "INSERT OR REPLACE INTO kb_event_mentions (event_id, kb_event_id, document_id, "
                "origin_id) VALUES (?, ?, ?, ?)",
                (mention.id, kb_id, mention.document_id, mention.origin_id),
            )
            touched.add(kb_id)
        self.count_mentions(touched)

    def _matching_event(self, mention: EventMention) -> int | None:
        """An event already known that this mention reports again, if any."""
        if mention.origin_id != mention.document_id:
            copied = self._copied_event(mention)
            if copied is not None:
                return copied
        if mention.source_actor is None and mention.target_actor is None:
            return None
        rows = self.conn.execute(
            """SELECT id, mode, date, date_precision, day, place FROM kb_events
               WHERE type = ? AND source_actor IS ? AND target_actor IS ? AND negated = ?
                 AND (day BETWEEN ? AND ? OR day IN (?, ?)) ORDER BY id""",
            (
                mention.type,
                mention.source_actor,
                mention.target_actor,
                mention.negated,
                *mention.day_range(),
            ),
        ).fetchall()
        # With one side unknown, two undated reports are one event only if it is
        # material ("an attack on US troops"): two undated demands by the same party
        # in a week are as likely two demands.
        vague = (mention.source_actor is None or mention.target_actor is None) and (
            mention.quad not in MATERIAL
        )
        for kb_id, mode, event_date, _precision, day, place in rows:
            if vague and not (event_date and mention.date):
                continue
            if (
                (mode is None or mention.mode is None or mode == mention.mode)
                and same_place(place, mention.place)
                and same_time(event_date, day, mention)
            ):
                return int(kb_id)
        return None

    def _copied_event(self, mention: EventMention) -> int | None:
        """The event of the story this near-duplicate article repeats that the mention
        copies: same type and negation, sides that agree where both are known; dates
        and the report window do not matter, since a reprint tells the same events
        whatever day it ran. Exact sides first, then the same time."""
        rows = self.conn.execute(
            """SELECT id, source_actor, target_actor, date, day FROM kb_events
               WHERE type = ? AND negated = ? AND id IN
                     (SELECT kb_event_id FROM kb_event_mentions WHERE origin_id = ?)
               ORDER BY id""",
            (mention.type, mention.negated, mention.origin_id),
        ).fetchall()
        ranked = []
        for kb_id, source, target, event_date, day in rows:
            sides = [(mention.source_actor, source), (mention.target_actor, target)]
            if any(a is not None and b is not None and a != b for a, b in sides):
                continue
            exact = all(a == b for a, b in sides)
            ranked.append((not exact, not same_time(event_date, day, mention), kb_id))
        return int(min(ranked)[2]) if ranked else None

    def _new_event(self, m: EventMention) -> int:
        if m.source_actor is not None:
            self.new_events[m.source_actor] += 1
        if m.target_actor is not None and m.target_actor != m.source_actor:
            self.new_events[m.target_actor] += 1
        cursor = self.conn.execute(
            """INSERT INTO kb_events (type, mode, source_actor, target_actor, source, target, date,
                   date_precision, day, place, negated, modality, quad, score, trigger)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                m.type,
                m.mode,
                m.source_actor,
                m.target_actor,
                m.source,
                m.target,
                m.date,
                m.date_precision,
                m.day,
                m.place,
                m.negated,
                m.modality,
                m.quad,
                m.score,
                m.trigger,
            ),
        )
        return int(cursor.lastrowid or 0)

    def count_mentions(self, kb_ids: Iterable[int]) -> None:
        ids = list(kb_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            self.conn.execute(
                f"""UPDATE kb_events SET
                       mentions = (SELECT count(*) FROM kb_event_mentions k
                                   WHERE k.kb_event_id = kb_events.id),
                       sources = (SELECT count(DISTINCT origin_id) FROM kb_event_mentions k
                                  WHERE k.kb_event_id = kb_events.id),
                       first_report = (SELECT min(d.published) FROM kb_event_mentions k
                                       JOIN documents d ON d.id = k.document_id
                                       WHERE k.kb_event_id = kb_events.id)
                    WHERE id IN ({marks})""",
                chunk,
            )


@dataclass(frozen=True, slots=True)
class EventMention:
    """One stored event with the actors its sides resolved to."""

    id: int
    document_id: int
    type: str
    mode: str | None
    source_actor: int | None
    target_actor: int | None
    source: str | None
    target: str | None
    date: str | None
    date_precision: str | None
    published: str | None
    place: str | None
    negated: int
    modality: str
    quad: int | None
    score: float | None
    trigger: str
    origin_id: int

    @property
    def day(self) -> str:
        """When it happened as far as known: its date, else the day it was reported."""
        return self.date or self.published or ""

    def day_range(self) -> tuple[str, str, str, str]:
        """Bounds (ISO text) of the ``day`` of known events this one may be, and the
        coarser days (its year, its month) that may hold it."""
        day = self.day
        if len(day) == 10:
            center = date.fromisoformat(day)
            window = timedelta(days=REPORT_WINDOW + DAY_WINDOW)
            return (center - window).isoformat(), (center + window).isoformat(), day[:4], day[:7]
        return day, day + "~", day[:4], day[:4]


def same_place(one: str | None, other: str | None) -> bool:
    return one is None or other is None or normalize(one) == normalize(other)


def same_time(event_date: str | None, day: str, mention: EventMention) -> bool:
    """Whether two reports can be of one event: dates agree to the coarser precision."""
    if event_date and mention.date:
        size = min(len(event_date), len(mention.date))
        if size < 10:
            return event_date[:size] == mention.date[:size]
        gap = abs((date.fromisoformat(event_date) - date.fromisoformat(mention.date)).days)
        return gap <= DAY_WINDOW
    if len(day) < 10 or len(mention.day) < 10:
        size = min(len(day), len(mention.day))
        return day[:size] == mention.day[:size]
    gap = abs((date.fromisoformat(day) - date.fromisoformat(mention.day)).days)
    return gap <= REPORT_WINDOW


@cache
def permutations() -> Any:
    """MinHash's random permutations, drawn once per process rather than per article."""
    return MinHash(num_perm=NUM_PERM).permutations


def minhash(text: str) -> MinHash:
    """A MinHash of the article's word 4-grams (its first 20,000 words)."""
    words = re.findall(r"\w+", text.lower())[:20000]
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    signature = MinHash(num_perm=NUM_PERM, permutations=permutations())
    a, b = permutations()
    permuted = (shingle_hashes(shingles)[:, np.newaxis] * a + b) % MERSENNE_PRIME & MAX_HASH
    signature.hashvalues = np.minimum(signature.hashvalues, permuted.min(axis=0))
    return signature


def shingle_hashes(shingles: Iterable[str]) -> Any:
    """datasketch's default hash (the first 4 bytes of SHA-1, little-endian) of every
    shingle, as one uint64 array: the same values ``MinHash.update_batch`` computes,
    without a Python call and a tuple per shingle."""
    digests = b"".join(hashlib.sha1(s.encode("utf-8")).digest()[:4] for s in shingles)
    return np.frombuffer(digests, dtype="<u4").astype(np.uint64)
