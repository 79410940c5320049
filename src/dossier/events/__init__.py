"""Events: PLOVER-coded who-did-what-to-whom, with date, place, negation and modality.

The coder is a stack of layers, each importing only the ones below it:

- ``triggers``: the lexicon (``data/events.yaml``) read into ``Trigger`` lines and word lists;
  ``memory`` (what the article has told so far) and ``setting`` (when and where) beside it;
- ``state``: what every layer reads and writes for one article, and the ``_Candidate``;
- ``matching``: which trigger a token fires, and the yes/no questions asked of the parse;
- ``roles``, ``places``, ``recall``: the actors a phrase names as source or target;
- ``frames``: the argument frame of a verb, a noun, a feeling;
- ``constructions``: triggers whose arguments come from a whole construction;
- ``stances``: what a quote's words do to the actors they name;
- ``rewrites``: the type, mode, modality and negation a candidate ends with;
- ``coder``: the engine that runs them over a document (``find_events``).

``find_events`` and the coder are loaded on first use, so that the lexicon can be
imported (``dossier.events.triggers``) by the modules the coder itself imports.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.vocab import Vocab

    from dossier.events.coder import _EventCoder as _EventCoder
    from dossier.events.coder import find_events as find_events
    from dossier.events.state import _Candidate as _Candidate

__all__ = ["find_events", "load_coder"]

_LAZY = {"find_events": "coder", "_EventCoder": "coder", "_Candidate": "state"}


def __getattr__(name: str) -> Any:
    layer = _LAZY.get(name)
    if layer is None:
        raise AttributeError(f"module 'dossier.events' has no attribute {name!r}")
    value = getattr(import_module(f"dossier.events.{layer}"), name)
    globals()[name] = value
    return value


def load_coder(vocab: Vocab) -> None:
    """Import the coder, read its data files and build its trigger matcher over ``vocab``
    now (about 0.3 CPU s), so that an extractor pays this once when it loads, like the
    pipeline and the gazetteer, and not in its first article."""
    from dossier.events.frame_data import frame_data
    from dossier.events.lexicon_match import lexicon_matcher
    from dossier.events.rules import rewrite_rules
    from dossier.events.triggers import event_lexicon

    import_module("dossier.events.coder")
    lexicon_matcher(event_lexicon(), vocab)
    rewrite_rules()
    frame_data()
