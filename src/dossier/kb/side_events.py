"""The merged events of each type and sides, kept from batch to batch of a long load.

Each merge compares a batch's dated event mentions with the merged events they may
report again: those of the mention's type, sides and negation whose day is in its
report window.  A batch reads them in one query (``EventLinkWrites.known_events``),
but a load of many partitions brings the same sides back batch after batch, and a
busy side's windows hold thousands of events read again each time: at 100,000
articles that read was an eighth of the load's CPU time, growing with the store.

``SideEvents`` reads every merged event of a side once, the first time a batch needs
that side, and keeps them by day in id order; the merger adds the events it makes.
The merger then looks up the same days among the same events as with the windowed
read.  Anything that changes merged events other than adding them (unmerging a
document, merging two actors, an update rolled back, a commit by another
connection) forgets them all.
"""

from __future__ import annotations

from collections.abc import Iterable

from dossier.store import Store
from dossier.store.event_links import EventSide
from dossier.store.rows import KnownEventRow

__all__ = ["SideEvents"]

DayEvents = dict[EventSide, dict[str, list[KnownEventRow]]]


class SideEvents:
    """Every dated merged event of the sides read so far, by side and day."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.by_side: DayEvents = {}
        self.version: int | None = None  # the store's data version when last read

    def events(self, sides: Iterable[EventSide]) -> DayEvents:
        """The kept events, those of ``sides`` read first where not kept yet; the
        caller adds the events it makes to the dict returned."""
        version = self.store.data_version()
        if version != self.version:  # another connection wrote: read again
            self.by_side.clear()
            self.version = version
        missing = sorted(set(sides) - self.by_side.keys(), key=str)
        for side in missing:
            self.by_side[side] = {}
        for side, events in self.store.side_events(missing).items():
            by_day = self.by_side[side]
            for event in events:
                by_day.setdefault(event.day, []).append(event)
        return self.by_side

    def forget(self) -> None:
        self.by_side.clear()
