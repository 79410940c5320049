"""The entity, name, quote and coreference modules stay small enough to read.

The project's limit is about 400 lines a module; these were split along their
seams (mentions, clusters, repairs, quotation marks, speech words, reported
speech, speakers, description links) and must not grow back into one.
"""

from __future__ import annotations

from pathlib import Path

import dossier

PACKAGE = Path(dossier.__file__).parent
MODULES = (
    "coref",
    "description_links",
    "descriptions",
    "entities",
    "entity_clusters",
    "entity_mentions",
    "name_repairs",
    "names",
    "person_names",
    "quote_marks",
    "quote_speakers",
    "quotes",
    "reported_speech",
    "speech_words",
)


def test_no_entity_name_or_quote_module_is_over_400_lines() -> None:
    sizes = {
        name: len((PACKAGE / f"{name}.py").read_text("utf-8").splitlines()) for name in MODULES
    }
    assert max(sizes.values()) <= 400, sizes


def test_the_old_public_imports_still_work() -> None:
    from dossier.entities import Cluster, EntityFinder, without_honorific
    from dossier.quotes import find_quotes, quoted_spans, speech_lexicon

    assert callable(find_quotes) and callable(quoted_spans) and callable(speech_lexicon)
    assert (
        EntityFinder.find and Cluster and without_honorific("Mullah Omar Haidari") == "Omar Haidari"
    )
