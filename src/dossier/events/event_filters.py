"""Which of an article's coded events it keeps: none that names too few sides, none
read from a headline, and one event where a sentence tells the same act twice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.coref_words import coref_words
from dossier.doc_arrays import tokens_at
from dossier.headings import heading_spans
from dossier.models import Event
from dossier.syntax.phrases import compound_head
from dossier.syntax.words import grammar_words, names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dossier.events.triggers import EventLexicon
    from dossier.models import Entity

DEEDS = coref_words().deed_nouns  # data/coref.yaml: a violent deed or its weapon


def lacks_sides(
    type_: str,
    sources: list[Entity | None],
    targets: list[Entity | None],
    lexicon: EventLexicon,
    sourceless: bool,
) -> bool:
    """Whether an event names too few sides to be a record of who did what to whom:
    neither side; no target where its type needs one ("Chile imposed sanctions" on
    whom?); no source where its type needs one and no state or partner stands in
    (``sourceless``: "was arrested in Lima", "a raid in cooperation with Peru")."""
    if sources == [None] and targets == [None]:
        return True
    if targets == [None] and type_ not in lexicon.no_target_needed:
        return True
    return sources == [None] and type_ not in lexicon.no_source_needed and not sourceless


def event_key(event: Event, word: int) -> tuple[str, str | None, str | None, int]:
    """What makes an event coded at ``word`` new: its type and sides, by entity id or,
    for an actor no mention names ("US and British jets struck": the two states
    recalled as the strikes' doers), by name."""
    source = event.source_id or event.source
    return (event.type, source, event.target_id or event.target, word)


def without_heading_events(events: list[Event], text: str) -> list[Event]:
    """A headline or subhead ("Myanmar army seizes power") is not coded: the body
    tells the event, and gold annotators never record a heading's reading of it."""
    headings = heading_spans(text)
    return [e for e in events if not any(a <= e.trigger_span[0] < b for a, b in headings)]


def without_sourceless_repeats(events: list[Event]) -> list[Event]:
    """ "X is wanted by the FBI, which offers a reward leading to his arrest": one
    sentence telling the same act twice, once without its doer, is one event."""
    known = {(e.sentence, e.type, e.target) for e in events if e.source is not None}
    return [
        e for e in events if e.source is not None or (e.sentence, e.type, e.target) not in known
    ]


def without_repeats_in_sentence(events: list[Event]) -> list[Event]:
    """One sentence telling the same act between the same sides twice ("is wanted by
    the FBI, which offers a reward leading to his arrest", once the arrest's doer is
    known) is one event: the first told."""
    seen: set[tuple[tuple[int, int], str, str | None, str | None, bool]] = set()
    kept = []
    for event in events:
        key = (event.sentence, event.type, event.source, event.target, event.negated)
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def without_means_of_a_deed(events: list[Event], doc: Doc) -> list[Event]:
    """ "killed 30 farmers during a raid on a hamlet in Kivu", "were wounded in a blast
    in Lima": the deed told as the verb's means (``means_preps`` of data/grammar.yaml)
    is the verb's own act, not a second one against the place it happened in; it stays
    when it names a doer the verb's event lacks."""
    at = tokens_at(doc, (event.trigger_span[0] for event in events))
    by_word: dict[int, list[Event]] = {}
    for event in events:
        word = at.get(event.trigger_span[0])
        if word is not None:
            by_word.setdefault(word.i, []).append(event)
    kept = []
    for event in events:
        governor = _means_governor(at.get(event.trigger_span[0]))
        told = by_word.get(governor.i, []) if governor is not None else []
        if not any(v.type == event.type and event.source in (None, v.source) for v in told):
            kept.append(event)
    return kept


def _means_governor(word: Token | None) -> Token | None:
    """The verb a deed noun is the means of ("killed … in an attack"), if it is one."""
    if word is None or word.pos_ not in ("NOUN", "PROPN"):
        return None
    word = compound_head(word)  # "a bomb attack"
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ not in grammar_words().means_preps:
        return None
    if not names_one_of(word, DEEDS):  # "in a phone call with X, Y discussed …": a deed
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None
