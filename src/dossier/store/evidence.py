"""Reading the reports behind merged events: every report, or the first few."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dossier.store.connection import Connection
from dossier.store.query import CHUNK, marks
from dossier.store.rows import EvidenceRow

# One report of a merged event (``kb_event_mentions m``, ``events e``, ``documents d``).
EVIDENCE_COLUMNS = """d.doc, d.published, e.start, e."end", e.text, e.trigger,
    substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start),
    m.origin_id != m.document_id"""
EVIDENCE_ORDER = "d.published, d.id, e.start"


def evidence_row(row: Sequence[Any]) -> EvidenceRow:
    """A report read with ``EVIDENCE_COLUMNS``."""
    doc, published, start, end, text, trigger, sentence, duplicate = row
    return EvidenceRow(
        doc, published, [start, end], text, trigger, sentence.strip(), bool(duplicate)
    )


class EvidenceReads(Connection):
    """The article mentions that report merged events."""

    def event_evidence(self, kb_ids: Sequence[int]) -> list[tuple[int, EvidenceRow]]:
        """(merged event id, mention) pairs: document, span, trigger and sentence."""
        found = []
        for start in range(0, len(kb_ids), CHUNK):
            chunk = list(kb_ids[start : start + CHUNK])
            rows = self.conn.execute(
                f"""SELECT m.kb_event_id, {EVIDENCE_COLUMNS}
                    FROM kb_event_mentions m JOIN events e ON e.id = m.event_id
                    JOIN documents d ON d.id = m.document_id
                    WHERE m.kb_event_id IN ({marks(chunk)}) ORDER BY {EVIDENCE_ORDER}""",
                chunk,
            )
            found += [(r[0], evidence_row(r[1:])) for r in rows]
        return found

    def first_reports(self, kb_id: int, limit: int) -> list[EvidenceRow]:
        """The first ``limit`` mentions of one merged event, in report order, chosen
        from the index ``kb_event_mentions_first`` (however many reports it has)."""
        rows = self.conn.execute(
            f"""SELECT {EVIDENCE_COLUMNS}
                FROM (SELECT event_id, document_id, origin_id FROM kb_event_mentions
                      WHERE kb_event_id = ? ORDER BY published, document_id, event_id
                      LIMIT ?) m
                JOIN events e ON e.id = m.event_id JOIN documents d ON d.id = m.document_id
                ORDER BY {EVIDENCE_ORDER}""",
            (kb_id, limit),
        )
        return [evidence_row(r) for r in rows]
