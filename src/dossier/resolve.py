"""The knowledge base's writer, under its former name: see ``dossier.kb.linker``."""

from __future__ import annotations

from dossier.kb.linker import (
    FAMILIES,
    KnowledgeBase,
    cached_name_key,
    family,
    read_actor_file,
    short_forms,
    slug,
)

__all__ = [
    "FAMILIES",
    "KnowledgeBase",
    "cached_name_key",
    "family",
    "read_actor_file",
    "short_forms",
    "slug",
]
