"""A stored document as the API hands it out: its row, text and raw input, and the
entities, dates, quotes and places read from it (``Dossier.document``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from dossier.store.rows import DateRow, DocumentRow, EntityRow, PlaceRow, QuoteRow


@dataclass(frozen=True, slots=True)
class Document:
    """A stored document with its text and what was extracted from it."""

    row: DocumentRow
    text: str
    raw: str
    credits: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entities: list[EntityRow] = field(default_factory=list)
    dates: list[DateRow] = field(default_factory=list)
    quotes: list[QuoteRow] = field(default_factory=list)
    places: list[PlaceRow] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        meta = asdict(self.row)
        meta.pop("chars")
        return {
            **meta,
            "text": self.text,
            "credits": self.credits,
            "repairs": self.repairs,
            "warnings": self.warnings,
            "entities": [e.to_json() for e in self.entities],
            "dates": [d.to_json() for d in self.dates],
            "quotes": [q.to_json() for q in self.quotes],
            "places": [p.to_json() for p in self.places],
        }
