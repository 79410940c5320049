"""Near-duplicate articles and merged events: counting real events, not reports.

A wire story printed by two outlets is found by MinHash over word 4-grams (datasketch
LSH) and counts as one source. Each stored event mention joins the known event it
reports again (same type, same actors as resolved, same negation, compatible mode,
place and date) or starts a new one; a near-duplicate article's mention first joins
the event of the story it repeats, whatever its date. Each merged event keeps its
mentions, its number of independent sources and its first report.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import cache
from operator import attrgetter
from typing import Any

import numpy as np

from dossier.kb.minhash import NUM_PERM, band_keys, signature_values
from dossier.kb.side_events import SideEvents
from dossier.lexicon import name_key
from dossier.store import Store
from dossier.store.event_links import EventSide, ToldEventRow
from dossier.store.rows import CopiedEventRow, EventMentionRow, KnownEventRow

EventMention = EventMentionRow  # the name this module used for it

REPORT_WINDOW = 2  # days between reports of an undated event that may still be one event
DAY_WINDOW = 1  # days between two dated reports of one event (time zones, "overnight")
MATERIAL = (2, 4)  # PLOVER quad classes of material cooperation and conflict


class Merger:
    """Signs new documents and merges their events into the known ones."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.bands_filled = False  # whether the stored signatures all have band keys
        self.touched: set[int] = set()  # actors whose event counts must be recounted
        self.new_events: Counter[int] = Counter()  # events each actor gained, by actor
        self.links: list[tuple[int, int, int, int]] = []  # kb_event_mentions not written yet
        self.pending_told: dict[int, set[int]] = {}  # story -> merged events of those links
        # merged events numbered but not written yet, by id: written in one statement
        # before anything reads merged events from the store
        self.unwritten: dict[int, EventMention] = {}
        # for one merge: the merged events each story told through its written links,
        # and the type, negation and row of each merged event read or made
        self.story_events: dict[int, list[ToldEventRow]] = {}
        self.event_rows: dict[int, ToldEventRow] = {}
        self.next_id = 0  # the id the next new merged event takes
        # MinHash values (uint64 bytes) already computed where the article was extracted
        # (a Parquet directory's documents), by content hash: not computed again
        self.signed: dict[str, bytes] = {}
        # (type, source actor, target actor, negated) -> its known events, in id order,
        # for undated mentions; valid for one update
        self.pair_events: dict[EventSide, list[KnownEventRow]] = {}
        # (type, source actor, target actor, negated) -> its known events whose day is
        # in the range of a dated mention being merged, in id order; for one merge
        self.day_events: dict[EventSide, dict[str, list[KnownEventRow]]] = {}
        self.sides: SideEvents | None = None  # set for a long load (``dossier.load``)

    def sign(self, doc_ids: Sequence[int]) -> None:
        """Store each document's MinHash and LSH band keys, and the earlier document it
        repeats, if any. The bands live in the store (``signature_bands``), so finding
        the earlier reports of a new article is one indexed look-up, whatever the
        store holds: nothing is rebuilt from every stored signature.  One read of the
        bands and one write per batch: a document may repeat one of the batch's own."""
        self._fill_bands()
        documents = self.store.signable_documents(doc_ids)
        values = [self._signature(d.id, d.content_hash) for d in documents]
        keys = [band_keys(v) for v in values]
        holders = self.store.band_holders([k for ks in keys for k in ks])
        originals: dict[int, int | None] = {}  # this batch's documents: what they repeat
        rows = []
        for document, signature, bands in zip(documents, values, keys, strict=True):
            # datasketch's candidates: estimated Jaccard similarity ``DUPLICATE_THRESHOLD``+
            matches = [d for key in bands for d in holders.get(key, ())]
            original = self._original(min(matches), originals) if matches else None
            originals[document.id] = original
            rows.append((document.id, signature.tobytes(), original, bands))
            for key in bands:
                holders.setdefault(key, []).append(document.id)
        self.store.add_signatures(rows)

    def _signature(self, doc_id: int, content_hash: str) -> Any:
        """A document's MinHash: its extracting worker's, else computed from its text."""
        known = self.signed.pop(content_hash, None)
        if known is not None and len(known) == NUM_PERM * 8:
            return np.frombuffer(known, dtype="<u8").astype(np.uint64)
        return signature_values(self.store.signable_text(doc_id))

    def _fill_bands(self) -> None:
        """Band keys for the signatures of a store made before they were kept, once."""
        if self.bands_filled:
            return
        if self.store.setting("signature_bands") is None:
            self.store.replace_signature_bands(
                (key, doc_id)
                for doc_id, blob in self.store.signatures()
                for key in band_keys(np.frombuffer(blob, dtype=np.uint64))
            )
            self.store.set_setting("signature_bands", "filled")
        self.bands_filled = True

    def _original(self, doc_id: int, batch: dict[int, int | None]) -> int:
        original = batch[doc_id] if doc_id in batch else self.store.duplicate_of(doc_id)
        return doc_id if original is None else original

    def unmerge(self, doc_ids: Iterable[int]) -> None:
        """Detach the event mentions of these documents from the merged events; the
        actors of the events they leave are added to ``touched``."""
        ids = list(doc_ids)
        if not ids:
            return
        self.sides_changed()
        kb_ids = self.store.merged_events_of_documents(ids)
        self.store.unlink_event_mentions(ids)
        self.count_mentions(kb_ids)
        self.touched.update(self.store.merged_event_actors(kb_ids))
        self.store.delete_unreported_events(kb_ids)

    def sides_changed(self) -> None:
        """Forget the known events read: merged events were deleted or changed sides."""
        self.pair_events.clear()
        if self.sides is not None:
            self.sides.forget()

    def merge(self, doc_ids: Sequence[int]) -> None:
        """Attach each event of these documents to the known event it reports, or a new
        one (counted in ``new_events``).  The known events every dated mention may
        report are read at once, and the new ones join them as they are made."""
        mentions = self.store.event_mentions(doc_ids)
        self.next_id = self.store.next_merged_event_id()
        self.story_events.clear()
        self.event_rows.clear()
        if self.sides is not None:  # a long load's: every event of a side, read once
            self.day_events = self.sides.events(event_side(m) for m in mentions if m.day)
        else:
            wanted = sorted({(event_side(m), day_range(m)) for m in mentions if m.day}, key=str)
            self.day_events = self.store.known_events_by_day(wanted)
        for mention in mentions:
            kb_id = self._matching_event(mention) or self._new_event(mention)
            self.links.append((mention.id, kb_id, mention.document_id, mention.origin_id))
            self.pending_told.setdefault(mention.origin_id, set()).add(kb_id)
        self._write_links()
        self.day_events = {}

    def _write_links(self) -> None:
        """Write the mention-to-event rows matched since the last call, in one statement;
        the merged events' counts grow with them."""
        self._write_events()
        self.store.write_event_links(self.links)
        self.links.clear()
        self.pending_told.clear()

    def _known_events(self, mention: EventMention) -> Iterable[KnownEventRow]:
        """The known events of the mention's type and sides whose day is in its range,
        in id order.  Each day's list is in id order already (read so, and new events
        take ever larger ids), so they are merged lazily: the first that matches ends
        the walk, and a busy pair's days hold thousands."""
        by_day = self.day_events.get(event_side(mention))
        if not by_day:
            return ()
        days: frozenset[str] | set[str]
        if len(mention.day) == 10:
            days = report_days(mention.day)
        else:
            start, end, year, month = day_range(mention)
            days = {*(d for d in by_day if start <= d <= end), year, month}
        found = [events for d in days if (events := by_day.get(d))]
        if len(found) < 2:
            return found[0] if found else ()
        return heapq.merge(*found, key=event_id)

    def _matching_event(self, mention: EventMention) -> int | None:
        """An event already known that this mention reports again, if any."""
        if mention.origin_id != mention.document_id:
            copied = self._copied_event(mention)
            if copied is not None:
                return copied
        if mention.source_actor is None and mention.target_actor is None:
            return None
        # With one side unknown, two undated reports are one event only if it is
        # material ("an attack on US troops"): two undated demands by the same party
        # in a week are as likely two demands.
        vague = (mention.source_actor is None or mention.target_actor is None) and (
            mention.quad not in MATERIAL
        )
        if not mention.day:  # no date and no publication date: any time may be it
            return None if vague else self._first_of_pair(mention)
        for event in self._known_events(mention):
            if vague and not (event.date and mention.date):
                continue
            if (
                (event.mode is None or mention.mode is None or event.mode == mention.mode)
                and same_place(event.place, mention.place)
                and same_time(event.date, event.day, mention)
            ):
                return event.id
        return None

    def _first_of_pair(self, mention: EventMention) -> int | None:
        """The first known event of the mention's type and sides whose mode and place
        agree, for a mention with no day at all. The pair's events are read once per
        update and kept in id order as new ones are added."""
        side = event_side(mention)
        if side not in self.pair_events:
            self._write_events()
            self.pair_events[side] = self.store.pair_events(side)
        for event in self.pair_events[side]:
            if (
                event.mode is None or mention.mode is None or event.mode == mention.mode
            ) and same_place(event.place, mention.place):
                return event.id
        return None

    def _copied_event(self, mention: EventMention) -> int | None:
        """The event of the story this near-duplicate article repeats that the mention
        copies: same type and negation, sides that agree where both are known; dates
        and the report window do not matter, since a reprint tells the same events
        whatever day it ran. Exact sides first, then the same time.  The story's events
        are those its written links reach and those of its links not written yet."""
        origin = mention.origin_id
        if origin not in self.story_events:
            self.story_events[origin] = self.store.copied_events(origin)
        pending = self._told_rows(self.pending_told.get(origin, ()))
        told = [
            row
            for type_, negated, row in [*self.story_events[origin], *pending]
            if type_ == mention.type and negated == mention.negated
        ]
        ranked = []
        for event in told:
            sides = [
                (mention.source_actor, event.source_actor),
                (mention.target_actor, event.target_actor),
            ]
            if any(a is not None and b is not None and a != b for a, b in sides):
                continue
            exact = all(a == b for a, b in sides)
            ranked.append((not exact, not same_time(event.date, event.day, mention), event.id))
        return int(min(ranked)[2]) if ranked else None

    def _new_event(self, m: EventMention) -> int:
        if m.source_actor is not None:
            self.new_events[m.source_actor] += 1
        if m.target_actor is not None and m.target_actor != m.source_actor:
            self.new_events[m.target_actor] += 1
        kb_id, self.next_id = self.next_id, self.next_id + 1
        self.unwritten[kb_id] = m
        told = CopiedEventRow(kb_id, m.source_actor, m.target_actor, m.date, m.day)
        self.event_rows[kb_id] = (m.type, m.negated, told)
        side = event_side(m)
        known = KnownEventRow(kb_id, m.mode, m.date, m.date_precision, m.day, m.place)
        if m.day:
            self.day_events.setdefault(side, {}).setdefault(m.day, []).append(known)
        if side in self.pair_events:
            self.pair_events[side].append(known)
        return kb_id

    def _told_rows(self, kb_ids: Iterable[int]) -> list[ToldEventRow]:
        """Type, negation and row of these merged events, each read from the store once
        per merge (a merged event's columns do not change while merging)."""
        ids = sorted(kb_ids)
        missing = [kb_id for kb_id in ids if kb_id not in self.event_rows]
        if missing:  # events made in this merge are all in event_rows
            for told in self.store.events_told(missing):
                self.event_rows[told[2].id] = told
        return [self.event_rows[kb_id] for kb_id in ids]

    def _write_events(self) -> None:
        """Write the new merged events numbered since the last call, in one statement."""
        self.store.insert_merged_events(list(self.unwritten.items()))
        self.unwritten.clear()

    def count_mentions(self, kb_ids: Iterable[int]) -> None:
        self.store.count_event_mentions(list(kb_ids))


event_id = attrgetter("id")


def event_side(mention: EventMention) -> EventSide:
    """The type, sides and negation a merged event must share with the mention."""
    return (mention.type, mention.source_actor, mention.target_actor, mention.negated)


def day_range(mention: EventMention) -> tuple[str, str, str, str]:
    """Bounds (ISO text) of the ``day`` of known events this mention may be, and the
    coarser days (its year, its month) that may hold it."""
    return day_bounds(mention.day)


@cache
def window_days(day: str) -> tuple[str, ...]:
    """Every full day (ISO text) within the report window of a full day."""
    center = date.fromisoformat(day)
    width = REPORT_WINDOW + DAY_WINDOW
    return tuple((center + timedelta(days=k)).isoformat() for k in range(-width, width + 1))


@cache
def report_days(day: str) -> frozenset[str]:
    """The days (ISO text) a known event of a mention on this full day may be on: each
    day of its window, its month and its year."""
    return frozenset((*window_days(day), day[:7], day[:4]))


@cache
def day_bounds(day: str) -> tuple[str, str, str, str]:
    """``day_range`` of a mention's day."""
    if len(day) == 10:
        center = date.fromisoformat(day)
        window = timedelta(days=REPORT_WINDOW + DAY_WINDOW)
        return (center - window).isoformat(), (center + window).isoformat(), day[:4], day[:7]
    return day, day + "~", day[:4], day[:4]


def same_place(one: str | None, other: str | None) -> bool:
    return one is None or other is None or name_key(one) == name_key(other)


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
