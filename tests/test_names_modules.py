"""The entity, name, quote and coreference modules stay small enough to read.

The project's limit is about 400 lines a module; these were split along their
seams (mentions, clusters, repairs, quotation marks, speech words, reported
speech, speakers, description links) and must not grow back into one.
"""

from __future__ import annotations

from pathlib import Path

import dossier
from dossier.models import Event

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
    assert callable(EntityFinder.find) and callable(Cluster)
    assert without_honorific("Mullah Omar Haidari") == "Omar Haidari"


# The knowledge base's writes were split the same way (signatures, merged events); the
# event coder's layers have their own size check in test_events_layers.
SPLIT_MODULES = ("store/kb_writes", "store/merged_event_writes", "store/signature_writes")


def test_no_knowledge_base_write_module_is_over_400_lines() -> None:
    sizes = {
        name: len((PACKAGE / f"{name}.py").read_text("utf-8").splitlines())
        for name in SPLIT_MODULES
    }
    assert max(sizes.values()) <= 400, sizes


def test_the_store_still_offers_every_knowledge_base_write() -> None:
    from dossier.store import Store
    from dossier.store.kb_writes import KnowledgeWrites

    for method in ("merge_actor", "add_signature", "duplicate_of", "insert_merged_events"):
        assert callable(getattr(KnowledgeWrites, method)) and callable(getattr(Store, method))


TEXT = (
    "Militia storms river port\n\n"
    "Gunmen of the Varo militia stormed the river port of Tessel and shelled its "
    "harbour on Sunday, and the navy shelled the harbour too."
)


def event(trigger: str, source: str | None, *, negated: bool = False) -> Event:
    start = TEXT.index(trigger) if trigger != "shelled too" else TEXT.rindex("shelled")
    sentence = (0, 25) if start < 25 else (27, len(TEXT))
    return Event(
        type="ASSAULT",
        trigger=trigger.split()[0],
        trigger_span=(start, start + 7),
        span=sentence,
        sentence=sentence,
        text=TEXT[sentence[0] : sentence[1]],
        source=source,
        target="Tessel",
        negated=negated,
    )


def test_a_headline_s_event_is_dropped_and_the_body_s_kept() -> None:
    from dossier.events.event_filters import without_heading_events

    headline, body = event("storms", "Varo militia"), event("stormed", "Varo militia")
    assert without_heading_events([headline, body], TEXT) == [body]


def test_one_sentence_telling_the_same_act_twice_is_one_event() -> None:
    from dossier.events.event_filters import (
        without_repeats_in_sentence,
        without_sourceless_repeats,
    )

    first, again = event("stormed", "Varo militia"), event("shelled its", "Varo militia")
    denied = event("shelled its", "Varo militia", negated=True)
    assert without_repeats_in_sentence([first, again, denied]) == [first, denied]
    doerless, navy = event("shelled too", None), event("shelled too", "navy")
    assert without_sourceless_repeats([first, doerless]) == [first]
    assert without_sourceless_repeats([doerless, navy]) == [navy]
