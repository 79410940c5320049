"""dossier's exceptions, one hierarchy.

DossierError            anything dossier raises on purpose
├── InputError          an input file or record cannot be read (names the file)
├── ModelError          the spaCy pipeline is missing or not the expected one
├── StoreError          the SQLite store cannot be opened, migrated or written
├── GoldError           a gold or prediction file for ``dossier eval`` is malformed
└── DataError           a packaged data file (lexicon, patterns) is malformed
"""

from __future__ import annotations

__all__ = ["DataError", "DossierError", "GoldError", "InputError", "ModelError", "StoreError"]


class DossierError(Exception):
    """Base class of every error dossier raises on purpose."""


class InputError(DossierError):
    """An input cannot be read; the message names the file and the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ModelError(DossierError):
    """The spaCy pipeline is missing, or is not the one dossier was built for."""


class StoreError(DossierError):
    """The store cannot be opened, migrated or written."""


class GoldError(DossierError):
    """A gold or prediction file is malformed."""


class DataError(DossierError):
    """A packaged data file is malformed; the message names the file, the key and the fix."""
