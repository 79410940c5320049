"""The coreference stage's cheap tests before its costly ones give the answers the costly
ones gave: a noun no epithet, description rule, "pair" or number can read
(``CorefResolver.may_describe``), a chunk whose head no name, rule or title repeats
(``DescriptionLinker.may_describe``), subtree membership up the HEAD column
(``doc_arrays.in_subtree``), the words a number counts (``coref_words.counted_heads``),
stranded subjects and group heads kept per word.  Sentences written for these tests."""

from __future__ import annotations

import pytest

import dossier.coref as coref
import dossier.description_links as description_links
from dossier.coref import find_references
from dossier.coref_words import coref_words, counted_heads, group_size, stranded_subject_of
from dossier.doc_arrays import in_subtree, words_within
from dossier.entities import EntityFinder
from dossier.entity_groups import group_heads
from dossier.entity_mentions import sentence_start
from dossier.lexicon import load_lexicon
from dossier.mentions import EntityIndex
from dossier.names import apposition_after, title_before, window_tokens
from dossier.nlp import load_pipeline, parse
from dossier.pipeline import quote_marks
from dossier.syntax.subjects import stranded_subject

TEXTS = [
    "The Ministry of Fisheries in Suva banned trawling. The ministry said the ban would "
    "last a year, and the island nation asked Tonga for help. Both countries signed.",
    "Rebels of the Kivu Front attacked Goma on Monday. The group said the city had fallen, "
    "but the army denied it. The pair of commanders fled to the province.",
    "Kazakh President Anuar Temirov met Kyrgyz President Belek Osmonov in Astana. The two "
    "leaders agreed that the other three nations would join. The former praised the talks.",
    'During the talks on trade, Peru and Chile moved to cut tariffs. "They will sign soon," '
    "Lima's envoy, Rosa Medina, said. The spokesman for the Andean bloc said the country "
    "welcomed it and the government would pay. Officials said they were pleased.",
    "Police in Accra detained three activists. The activists, members of the Volta Rights "
    "Group, said the rights group would appeal, and the three men were freed on Friday.",
]


def resolved(text: str, finder: EntityFinder) -> str:
    (doc,) = parse(load_pipeline(), [text])
    entities = finder.find(doc)
    found = find_references(doc, entities, quote_marks(text))
    return repr((found, entities))


@pytest.mark.parametrize("text", TEXTS)
def test_the_gates_change_no_reference(
    text: str, finder: EntityFinder, monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = resolved(text, finder)
    monkeypatch.setattr(coref.CorefResolver, "may_describe", lambda self, token: True)
    monkeypatch.setattr(description_links.DescriptionLinker, "may_describe", lambda s, h: True)
    assert resolved(text, finder) == gated


def test_may_describe_turns_away_plain_nouns_only(finder: EntityFinder) -> None:
    (doc,) = parse(load_pipeline(), [TEXTS[1]])
    resolver = coref.CorefResolver(doc, finder.find(doc), [])
    turned = {t.text for t in doc if t.pos_ == "NOUN" and not resolver.may_describe(t)}
    assert "commanders" in turned
    assert not {"group", "city", "army", "pair", "province"} & turned


@pytest.mark.parametrize("text", TEXTS)
def test_in_subtree_is_membership_of_the_subtree(text: str) -> None:
    (doc,) = parse(load_pipeline(), [text])
    for root in doc:
        inside = {t.i for t in root.subtree}
        assert [in_subtree(doc, i, root.i) for i in range(len(doc))] == [
            i in inside for i in range(len(doc))
        ]


@pytest.mark.parametrize("text", TEXTS)
def test_counted_heads_hold_every_word_group_size_counts(text: str) -> None:
    (doc,) = parse(load_pipeline(), [text])
    words = coref_words()
    counted = {t.i for t in doc if group_size(t, words) is not None}
    assert counted <= counted_heads(doc, words)
    assert all(any(c.lower_ in words.number_words for c in doc[i].children) for i in counted)
    assert counted or text not in TEXTS[2:3]  # "The two leaders", "three nations"


@pytest.mark.parametrize("text", TEXTS)
def test_stranded_subject_of_answers_as_stranded_subject(text: str) -> None:
    (doc,) = parse(load_pipeline(), [text])
    for token in doc:
        assert stranded_subject_of(token) == stranded_subject(token)
        assert stranded_subject_of(token) == stranded_subject(token)  # the kept answer


def test_group_heads_read_a_word_once_and_as_the_word_tests_do() -> None:
    (doc,) = parse(load_pipeline(), [TEXTS[1]])
    heads = group_heads()
    for token in doc:
        found = heads.read(token)
        assert found == (
            heads.word_sector(token.lemma_, token.text),
            heads.is_collective_word(token.lemma_, token.text),
        )
        assert heads.sector(token) == found[0] and heads.is_collective(token) == found[1]
    assert heads.sector(doc[0]) == "REB"  # "Rebels"


def test_quote_holding_is_the_innermost_quote() -> None:
    index = EntityIndex([], [(0, 50), (10, 20), (10, 30)])
    assert index.quote_holding(12) == (10, 20)
    assert index.quote_holding(25) == (10, 30)
    assert index.quote_holding(40) == (0, 50)
    assert index.quote_holding(50) is None


ODD_SPACING = (
    "Former Deputy Foreign Minister  Lidia Vargas, an adviser to the\nSenate, said on "
    "Monday that Vargas , the envoy, met Chief Judge Omar Sall.\n\nSall declined."
)


@pytest.mark.parametrize("text", [ODD_SPACING, *TEXTS])
def test_words_within_are_the_window_words_lying_inside_it(text: str) -> None:
    (doc,) = parse(load_pipeline(), [text])
    for start in range(-5, len(text) + 5, 3):
        for end in (start, start + 1, start + 17, start + 120):
            window = window_tokens(doc, start, end)
            inside = [t.i for t in window if t.idx >= start and t.idx + len(t.text) <= end]
            assert list(words_within(doc, start, end)) == inside


def test_titles_and_appositions_read_off_the_word_bounds() -> None:
    (doc,) = parse(load_pipeline(), [ODD_SPACING])
    lexicon = load_lexicon()
    omar = ODD_SPACING.index("Omar")
    assert title_before(doc, omar, lexicon) == (ODD_SPACING.index("Chief"), omar - 1)
    assert title_before(doc, ODD_SPACING.index("Lidia"), lexicon) is None  # two spaces
    apposed = apposition_after(doc, ODD_SPACING.index(", the envoy") - 1, lexicon)
    assert apposed == (ODD_SPACING.index("the envoy"), ODD_SPACING.index(", met"))  # "Vargas ,"
    assert apposition_after(doc, ODD_SPACING.index(" that"), lexicon) is None


@pytest.mark.parametrize("text", [ODD_SPACING, *TEXTS])
def test_sentence_start_is_the_char_span_sentence(text: str) -> None:
    (doc,) = parse(load_pipeline(), [text])
    for start in range(len(text)):
        for end in (start + 1, start + 6, min(len(text), start + 30)):
            span = doc.char_span(start, end, alignment_mode="expand")
            assert sentence_start(doc, start, end) == (
                span.sent.start_char if span is not None else 0
            )
