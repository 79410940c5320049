"""Trigger lookup and frames written as DependencyMatcher patterns (issue 15): the
lexicon lines of data/events.yaml found by look-ups (what a PhraseMatcher finds) and a
DependencyMatcher, a user's frame file adding a pattern, a malformed one refused."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.matcher import DependencyMatcher, PhraseMatcher
from spacy.tokens import Doc

from dossier.dates import find_dates
from dossier.entities import EntityFinder
from dossier.errors import DataError
from dossier.events import find_events
from dossier.events.coder import _EventCoder
from dossier.events.frame_data import frame_data
from dossier.events.frame_patterns import pattern_matcher
from dossier.events.lexicon_match import LexiconMatcher, lexicon_matcher, word_forms
from dossier.events.triggers import Trigger, event_lexicon
from dossier.lexicon import load_data
from dossier.models import DateMention, Entity, Quote
from dossier.nlp import load_pipeline, parse
from dossier.quotes import find_quotes


def stages(
    text: str, finder: EntityFinder
) -> tuple[Doc, list[Entity], list[DateMention], list[Quote]]:
    (doc,) = parse(load_pipeline(), [text])
    entities = finder.find(doc)
    dates = find_dates(doc, "2024-05-02")
    quotes, _ = find_quotes(doc, entities, dates)
    return doc, entities, dates, quotes


def coder_of(text: str, finder: EntityFinder) -> _EventCoder:
    return _EventCoder(*stages(text, finder))


def trigger_at(text: str, word: str, finder: EntityFinder) -> Trigger | None:
    coder = coder_of(text, finder)
    return coder.match(next(t for t in coder.doc if t.text == word))


def coded(text: str, finder: EntityFinder) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source, e.target) for e in find_events(*stages(text, finder))}


def test_a_verb_with_an_object_list_fires_for_any_listed_object(finder: EntityFinder) -> None:
    for text in ("The two ministers held talks in Doha.", "Officials held a summit in Accra."):
        found = trigger_at(text, "held", finder)
        assert found is not None and found.type == "CONSULT" and "talks" in found.objects
    assert trigger_at("Officials held a party in Accra.", "held", finder) is None


def test_a_particle_trigger_needs_its_particle(finder: EntityFinder) -> None:
    found = trigger_at("Mali asked the French soldiers to pull out.", "pull", finder)
    assert found is not None and (found.type, found.particle) == ("RETREAT", "out")
    called = trigger_at("The opposition called for new elections.", "called", finder)
    assert called is not None and (called.type, called.particle) == ("REQUEST", "for")


def test_a_particle_and_an_object_list_on_one_line(finder: EntityFinder) -> None:
    found = trigger_at("The union called off the strike after the deal.", "called", finder)
    assert found is not None and found.particle == "off" and "strike" in found.objects


def test_a_noun_trigger(finder: EntityFinder) -> None:
    found = trigger_at("The talks between Sudan and Chad resumed.", "talks", finder)
    assert found is not None and found.noun and found.type == "CONSULT"


def test_the_more_specific_of_two_fitting_lines_wins(finder: EntityFinder) -> None:
    # "pull out" (a particle) and "pull troops" (an object) both fit: the object line wins
    found = trigger_at("Britain will pull its troops out of Iraq.", "pull", finder)
    assert found is not None and "troops" in found.objects and found.particle is None
    # "call counterpart|president" only where the object is one of its words
    phone = trigger_at("Biden called the Chinese president on Tuesday.", "called", finder)
    assert phone is not None and phone.mode == "phone"


def test_inflected_forms_the_model_may_lemmatize_wrongly_are_matched() -> None:
    # "hopes" may come out as "hop", "waged" as "wag": the word's own forms name it too
    forms = word_forms("hope")
    assert (forms["hope"], forms["hopes"], forms["hoped"]) == (1, 2, 2)
    assert {"wage", "wages", "waged"} <= set(word_forms("wage"))
    assert "calld" not in word_forms("call") and "called" in word_forms("call")


def test_the_lexicon_matcher_is_built_once_per_lexicon() -> None:
    vocab = load_pipeline().vocab
    assert lexicon_matcher(event_lexicon(), vocab) is lexicon_matcher(event_lexicon(), vocab)


def test_lexicon_lookups_find_what_phrase_matchers_over_lemma_and_lower_find() -> None:
    # the look-ups replaced two PhraseMatchers; the same words are named, the best
    # reading per token (lemma before word before inflected form) is kept
    nlp = load_pipeline()
    text = (
        "Officials in Dravik HOPED the strike would end; the Velm council waged a campaign, "
        "Attacks on ferries resumed and the mayor Condemned the Arrests of two fishermen."
    )
    (doc,) = parse(nlp, [text])
    lexicon = event_lexicon()
    found = LexiconMatcher(lexicon, nlp.vocab)(doc).keys
    lemmas, words = PhraseMatcher(nlp.vocab, attr="LEMMA"), PhraseMatcher(nlp.vocab, attr="LOWER")
    for table in ("verbs", "nouns"):
        for key in getattr(lexicon, table):
            cases = dict.fromkeys((key, key.title(), key.upper()))
            lemmas.add(f"{table} 0 {key}", [Doc(nlp.vocab, words=[c], lemmas=[c]) for c in cases])
            for form, rank in word_forms(key).items():
                words.add(f"{table} {rank} {key}", [Doc(nlp.vocab, words=[form])])
    expected: dict[tuple[str, int], tuple[int, str]] = {}
    for match_id, start, _ in [*lemmas(doc), *words(doc)]:
        table, rank, key = nlp.vocab.strings[match_id].split(" ", 2)
        here, reading = (table, start), (int(rank), key)
        expected[here] = min(expected.get(here, reading), reading)
    assert found == {here: key for here, (_, key) in expected.items()}
    assert len(found) >= 4


@pytest.fixture
def user_frames(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A user data folder whose frames.yaml the test writes; caches emptied around it."""
    monkeypatch.setenv("DOSSIER_DATA", str(tmp_path))
    (tmp_path / "events").mkdir()
    load_data.cache_clear()
    frame_data.cache_clear()
    yield tmp_path / "events" / "frames.yaml"
    monkeypatch.delenv("DOSSIER_DATA")
    load_data.cache_clear()
    frame_data.cache_clear()


PURPOSE_FRAME = """
verb_targets:
  - name: purpose_object  # "deployed officers to help Haiti": whom the purpose names
    types: [MOBILIZE]
    pattern:
      - {RIGHT_ID: trigger}
      - {LEFT_ID: trigger, REL_OP: ">", RIGHT_ID: purpose, RIGHT_ATTRS: {DEP: advcl}}
      - {LEFT_ID: purpose, REL_OP: ">", RIGHT_ID: to, RIGHT_ATTRS: {DEP: aux, LOWER: to}}
      - {LEFT_ID: purpose, REL_OP: ">", RIGHT_ID: target, RIGHT_ATTRS: {DEP: dobj}}
"""


def test_a_user_frame_file_adds_a_pattern_that_is_used(
    user_frames: Path, finder: EntityFinder
) -> None:
    text = "Kenya deployed police officers to help Haiti."
    assert ("MOBILIZE", "Kenya", None) in coded(text, finder)
    user_frames.write_text(PURPOSE_FRAME, encoding="utf-8")
    frame_data.cache_clear()
    load_data.cache_clear()
    assert "purpose_object" in {f.name for f in frame_data().verb_targets}
    assert ("MOBILIZE", "Kenya", "Haiti") in coded(text, finder)


@pytest.mark.parametrize(
    ("node", "complaint"),
    [
        ("{LEFT_ID: trigger, REL_OP: '>', RIGHT_ID: target, RIGHT_ATTRS: {DEPP: dobj}}", "DEPP"),
        ("{LEFT_ID: trigger, REL_OP: '>', RIGHT_ID: goal, RIGHT_ATTRS: {DEP: dobj}}", "role"),
        (
            "{LEFT_ID: trigger, REL_OP: '>', RIGHT_ID: target, RIGHT_ATTRS: {LOWER: {IN: $nope}}}",
            "no word list",
        ),
        ("{LEFT_ID: nowhere, REL_OP: '>', RIGHT_ID: target, RIGHT_ATTRS: {DEP: dobj}}", "LEFT_ID"),
    ],
)
def test_a_malformed_pattern_is_refused_naming_the_file_the_frame_and_the_key(
    user_frames: Path, node: str, complaint: str
) -> None:
    user_frames.write_text(
        "verb_targets:\n  - name: broken\n    pattern:\n"
        f"      - {{RIGHT_ID: trigger}}\n      - {node}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as refused:
        frame_data()
    message = str(refused.value)
    assert str(user_frames) in message and "frame 'broken'" in message
    assert "pattern 0" in message and complaint in message


def test_a_pattern_frame_without_a_name_is_refused(user_frames: Path) -> None:
    user_frames.write_text("verb_targets:\n  - pattern: [{RIGHT_ID: trigger}]\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"verb_targets\[\d+\]: a pattern frame has a name:"):
        frame_data()


SENTENCES = [
    "Turkey extradited the banker Selim Aksoy to Germany after talks in Ankara.",
    "India deployed extra troops to its border with China and Nepal.",
    "Houthi fighters stormed Marib and by dawn had seized control of the city hall.",
    "Canada froze $20 million in assets belonging to Russia, which it accused of fraud.",
    "Students rallied outside the Russian embassy in Tbilisi on Sunday.",
    "Peru ordered a suspension of trade with Bolivia during the offensive in Puno.",
    "Norway welcomed the ceasefire between Colombia and Venezuela on Friday.",
    "Kosovo denounced Serbia's arrests and the US strikes ordered by the Pentagon.",
    "India discussed the water dispute with Pakistan and condemned the raids by rebels.",
    "Mexico criticized the Trump tariffs, and Chile rejected the demands by Bolivia.",
    "Iran denounced the sanctions imposed by Canada on Monday.",
    "Thai police imposed a curfew in Yala province, and Israel reimposed blockades on Gaza.",
    "Georgia allowed Turkish jets to use its airspace after Armenia asked it to.",
    "Turkey imposed a curfew in the Kurdish city of Van on Sunday.",
    "The Taliban offensive on Kunduz and the NATO airstrikes on Tripoli drew protests.",
]


def test_frames_match_around_a_trigger_as_spacy_dependency_matcher_matches_them() -> None:
    """The anchored walk finds exactly what spaCy's DependencyMatcher finds (each match
    keyed by its trigger), for every pattern frame, on parsed sentences."""
    nlp = load_pipeline()
    frames = frame_data().pattern_frames()
    ours = pattern_matcher(frame_data(), frames, nlp.vocab)
    spacy_matcher = DependencyMatcher(nlp.vocab)
    for key, patterns in frames.items():
        for number, pattern in enumerate(patterns):
            spacy_matcher.add(f"{key}#{number}", [list(pattern.nodes)])
    matched: set[str] = set()
    for doc in parse(nlp, SENTENCES):
        theirs = {
            (nlp.vocab.strings[match_id], tuple(ids))
            for match_id, ids in spacy_matcher(doc)
            if len(set(ids)) == len(ids)
        }
        mine = {
            (f"{key}#{number}", tuple(t.i for t in nodes.values()))
            for key in frames
            for token in doc
            for number, nodes in ours.anchored.matches(key, token)
        }
        assert mine == theirs, doc.text
        assert mine, doc.text
        matched.update(name.split("#")[0] for name, _ in mine)
    assert any("proper_noun_compound" in key for key in matched)  # "the Taliban offensive"


GATED_TEXTS = (
    "Velmora's police arrested two reporters in Castor on Monday, and the court later "
    "freed them on bail.",
    "The ministers called for Dravia to withdraw its troops, but Dravia said it was not "
    "willing to reopen the border.",
    "Orlan Vesk, who is wanted by Interpol, remains in jail and pleaded not guilty.",
    "Protesters marched through Lirra; the government called the rally illegal.",
    "The talks hosted by the Union gathered envoys from Kesh and Morrow.",
    "Dravia's invasion of Kesh last spring drew a sharp protest from Morrow.",
    "Critics of the Velmora police say the arrest of the two reporters was unlawful.",
)


@pytest.mark.parametrize("text", GATED_TEXTS)
def test_the_coder_skips_only_words_where_no_check_finds_an_event(
    text: str, finder: EntityFinder
) -> None:
    coder = coder_of(text, finder)
    skipped = [t for t in coder.doc if not coder.may_trigger(t)]
    assert skipped  # commas, articles, prepositions
    assert [t.text for t in skipped if coder.candidate(t) is not None] == []
    assert [t.text for t in coder.doc if coder.candidate(t)]  # each text has an event


@pytest.mark.parametrize("text", GATED_TEXTS)
def test_the_steps_read_off_the_arrays_are_those_of_each_word(
    text: str, finder: EntityFinder
) -> None:
    """Each word's own steps, less those DOC_GATES drops at a word lacking the child
    their construction starts from, and those TRIGGER_FIRST drops at a word with no
    lexicon key (events.word_gates)."""
    from spacy.attrs import DEP, LOWER

    from dossier.events.word_gates import DOC_GATES, TRIGGER_FIRST, doc_gated

    coder = coder_of(text, finder)
    own = [coder.admitted_steps(t) for t in coder.doc]
    read = coder.admitted_in(coder.doc)
    columns = coder.doc.to_array([DEP, LOWER])
    every = list(range(len(coder.doc)))
    assert read == doc_gated(coder, coder.doc, list(own), (columns[:, 0], columns[:, 1]), every)
    keyed = coder.doc_triggers(coder.doc[0]).keyed
    for i, (steps, word_steps) in enumerate(zip(read, own, strict=True)):
        assert [s for s in word_steps if s in steps] == list(steps)
        gates = DOC_GATES.keys() | (TRIGGER_FIRST if i not in keyed else set())
        assert all(s.construction in gates for s in word_steps if s not in steps)


def test_words_read_by_lemma_alone_are_not_skipped(finder: EntityFinder) -> None:
    found = coded("Orlan Vesk is wanted by Interpol.", finder)
    assert ("COERCE", "Interpol", "Orlan Vesk") in found
    coder = coder_of("Orlan Vesk is wanted by Interpol.", finder)
    assert all(coder.may_trigger(t) for t in coder.doc if t.lower_ == "wanted")


@pytest.mark.parametrize(
    ("text", "event", "coded_here"),
    [
        (
            "Japanese Prime Minister Fumio Kishida returned to Tokyo after talks with "
            "Indian Prime Minister Narendra Modi.",
            ("CONSULT", "Fumio Kishida", "Narendra Modi"),
            True,
        ),
        (
            "Japanese Prime Minister Fumio Kishida returned to Tokyo after talks with "
            "Indian Prime Minister Narendra Modi.",
            ("CONSULT", "Fumio Kishida", None),
            False,
        ),
        (
            "After a year of fighting, the Tuareg rebels returned to the negotiating table "
            "with Mali on Sunday.",
            ("CONSULT", None, "Mali"),
            True,
        ),
    ],
)
def test_a_particle_line_reads_only_the_object_of_its_own_particle(
    finder: EntityFinder, text: str, event: tuple[str, str | None, str | None], coded_here: bool
) -> None:
    """ "return to talks" is a line with a particle: "returned to Tokyo after talks"
    is a return to a city, and the talks (with Modi) are their own event."""
    from conftest import coded

    found = coded(text, finder)
    if coded_here:
        assert any(
            e[0] == event[0] and (event[1] is None or e[1] == event[1]) and e[2] == event[2]
            for e in found
        ), found
    else:
        assert event not in found, found
