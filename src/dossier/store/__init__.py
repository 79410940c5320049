"""The SQLite store: documents, their versions, a full-text index, what was extracted,
and the knowledge base across articles. Every SQL statement of dossier lives in this
package; what it reads comes back as the frozen rows of ``dossier.store.rows``.

WAL mode (readers never block the writer), one transaction per batch (a kill
mid-ingest loses at most the batch in flight, never what was stored), a versioned
schema upgraded by named migrations in order (``PRAGMA user_version``).

- ``schema``: the migrations; ``connection``: opening and upgrading a file;
- ``writes``: documents and extractions; ``reads``: documents, quotes, event mentions;
- ``kb_reads``: actors, merged events, relations; ``evidence``: the reports behind them;
- ``actor_reads``: an actor's roles, sectors, quotes, links and partners;
- ``kb_writes``: what the linker writes (actors, keys, clusters, tallies), with
  ``signature_writes`` (near-duplicate signatures) and ``merged_event_writes``
  (merged events); ``member_writes``: clusters linked to actors; ``bulk``: indexes
  built once after a large first load; ``event_links``: mention-to-event links and
  counts;
- ``feeds``: the feed watcher's feeds and items;
- ``query``: ``EventQuery`` and the SQL conditions shared by every reader;
- ``rows``: the row types; ``document``: a stored document with what was read from it.
"""

from __future__ import annotations

from dossier.store.actor_reads import ActorProfileReads
from dossier.store.feeds import FeedRecords
from dossier.store.kb_reads import KnowledgeReads
from dossier.store.kb_writes import KnowledgeWrites
from dossier.store.query import (
    EVENT_WHEN,
    LIVE,
    EventQuery,
    check_date,
    escape_like,
    names_match,
    quote_fts,
)
from dossier.store.reads import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    QUOTE_COLUMNS,
    DocumentReads,
    quote_row,
)
from dossier.store.rows import (
    QUOTE_KEYS,
    ActorRow,
    DateRow,
    DocumentMeta,
    DocumentRow,
    EntityRow,
    EntitySummary,
    EventRow,
    EvidenceRow,
    MergedEventRow,
    PartnerMonthRow,
    PlaceRow,
    QuoteRow,
    SearchHit,
)
from dossier.store.schema import MIGRATIONS, SCHEMA_VERSION, split_statements
from dossier.store.writes import DocumentWrites, document_key

__all__ = [
    "EVENT_WHEN",
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "LIVE",
    "MIGRATIONS",
    "QUOTE_COLUMNS",
    "QUOTE_KEYS",
    "SCHEMA_VERSION",
    "ActorRow",
    "DateRow",
    "DocumentMeta",
    "DocumentRow",
    "EntityRow",
    "EntitySummary",
    "EventQuery",
    "EventRow",
    "EvidenceRow",
    "MergedEventRow",
    "PartnerMonthRow",
    "PlaceRow",
    "QuoteRow",
    "SearchHit",
    "Store",
    "check_date",
    "document_key",
    "escape_like",
    "names_match",
    "quote_fts",
    "quote_row",
    "split_statements",
]


class Store(
    DocumentWrites,
    DocumentReads,
    KnowledgeReads,
    ActorProfileReads,
    KnowledgeWrites,
    FeedRecords,
):
    """One SQLite file holding documents, extractions and the knowledge base.
    Use ``dossier.open``."""
