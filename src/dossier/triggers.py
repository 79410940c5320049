"""The event lexicon, kept importable here for modules outside the event coder.

It lives in ``dossier.events.triggers``; this module only re-exports it.
"""

from dossier.events.triggers import (
    EventLexicon,
    RolePreps,
    Trigger,
    TypeInfo,
    event_lexicon,
    known_keys,
    role_preps,
    validate_events_data,
)

__all__ = [
    "EventLexicon",
    "RolePreps",
    "Trigger",
    "TypeInfo",
    "event_lexicon",
    "known_keys",
    "role_preps",
    "validate_events_data",
]
