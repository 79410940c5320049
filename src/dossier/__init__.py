"""dossier: raw news articles in, an evidence-linked knowledge base of actors,
quotes, PLOVER events and dates out — locally and offline.

    >>> import dossier
    >>> kb = dossier.open("dossier.db")
    >>> kb.ingest(["examples/"])
    >>> kb.search("Panjshir")
    >>> for record in dossier.extract(["examples/"]).records():  # no store
    ...     print(record["doc"], len(record["events"]))
"""

from dossier.api import Document, Dossier, ExtractRun, extract, extract_text, open
from dossier.errors import DossierError, GoldError, InputError, ModelError, StoreError
from dossier.models import Article, DateMention, Entity, Extraction, RawInput, Role
from dossier.version import __version__

__all__ = [
    "Article",
    "DateMention",
    "Document",
    "Dossier",
    "DossierError",
    "Entity",
    "ExtractRun",
    "Extraction",
    "GoldError",
    "InputError",
    "ModelError",
    "RawInput",
    "Role",
    "StoreError",
    "__version__",
    "extract",
    "extract_text",
    "open",
]
