"""Near-duplicates and merged events, under their former module name: see
``dossier.kb.merge``."""

from __future__ import annotations

from dossier.kb.merge import (
    NUM_PERM,
    SHINGLE,
    Merger,
    minhash,
    permutations,
    signature_values,
)

__all__ = ["NUM_PERM", "SHINGLE", "Merger", "minhash", "permutations", "signature_values"]
