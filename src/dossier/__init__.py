"""dossier: raw news articles in, an evidence-linked knowledge base of actors,
quotes, PLOVER events and dates out — locally and offline.

    >>> import dossier
    >>> kb = dossier.open("dossier.db")
    >>> kb.ingest(["examples/"])
    >>> kb.search("Panjshir")
"""

from dossier.api import Document, Dossier, open
from dossier.errors import DossierError, GoldError, InputError, ModelError, StoreError
from dossier.models import Article, DateMention, Entity, Extraction, Role
from dossier.version import __version__

__all__ = [
    "Article",
    "DateMention",
    "Document",
    "Dossier",
    "DossierError",
    "Entity",
    "Extraction",
    "GoldError",
    "InputError",
    "ModelError",
    "Role",
    "StoreError",
    "__version__",
    "open",
]
