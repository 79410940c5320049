"""Epithets of states: "the island nation", "the kingdom", "the Himalayan nation".

Part of the coreference stage, run by ``dossier.description_links`` before its other
description rules.  Wire copy names a state, then calls it by what it is: "India
pledged ties with the island nation" (Mauritius, named in the sentence before).  An
epithet is a singular phrase "the … HEAD" whose head (``heads`` in
``data/epithets.yaml``) or words before it carry at least one feature (island,
kingdom, Gulf, Himalayan, East African, landlocked, former Soviet …).  It stands for
the state named last, in its sentence before it or the two sentences before, that
has every feature and is not the subject of its own clause nor that subject's country
("India … ties with the island nation" is not India).  No fitting state in that
window: the epithet is left unresolved and no other rule guesses it.  An epithet
followed by "of X" ("the kingdom of Bhutan") or inside a name is left alone.
Regional features read the UN regions of countrystatecity-countries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from dossier.lexicon import demonym_country, load_data
from dossier.syntax.clauses import subtree_bounds
from dossier.syntax.tree import ancestor_subjects, children_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from dossier.entity_clusters import Cluster

SENTENCES_BACK = 2  # sentences before the epithet's own searched for its state
SPANS_KEY = "dossier_epithet_spans"  # epithet_span's answers, by the head's position
FEATURES_KEY = "dossier_epithet_features"  # the features of each epithet's words
CANDIDATES_KEY = "dossier_epithet_candidates"  # see candidate_positions
# an epithet's words -> their features, for the process (the data file's are fixed)
PHRASE_FEATURES: dict[str, frozenset[str]] = {}
EPITHET_TAGS = frozenset({"NN", "NNP"})  # the fine tags of an epithet's head ("the Gulf state")
DET, THE = frozenset({"det"}), frozenset({"the"})  # an epithet's article (epithet_candidates)


@dataclass(frozen=True, slots=True)
class EpithetExample:
    """A sentence of the data file and who its epithet stands for (None: no one)."""

    text: str
    epithet: str
    state: str | None


@dataclass(frozen=True, slots=True)
class Epithets:
    """``data/epithets.yaml``: head words, and each feature's words and states."""

    heads: dict[str, str | None]
    words: dict[str, str]  # a feature word or phrase → its feature
    members: dict[str, frozenset[str]]  # a feature → the ISO3 codes of its states
    examples: tuple[EpithetExample, ...]
    own_place_preps: frozenset[str]
    own_place_verbs: frozenset[str]
    place_heads: frozenset[str]
    bare_heads: frozenset[str]

    def features(self, words: str) -> set[str] | None:
        """The features an epithet's words carry ("oil-rich gulf state" → oil-rich and
        gulf), or None when its last word is no epithet head."""
        head = words.rsplit(" ", 1)[-1]
        if head not in self.heads:
            return None
        found = {self.heads[head]} - {None}
        rest = f" {words[: -len(head)].strip()} "
        for phrase in sorted(self.words, key=len, reverse=True):
            if f" {phrase} " in rest:
                found.add(self.words[phrase])
                rest = rest.replace(f" {phrase} ", " | ")
        return {f for f in found if f is not None}


@cache
def epithets() -> Epithets:
    data = load_data("epithets.yaml")
    heads = {str(k): (str(v) if v is not None else None) for k, v in data["heads"].items()}
    words: dict[str, str] = {}
    members: dict[str, frozenset[str]] = {}
    examples: list[EpithetExample] = []
    for name, feature in data["features"].items():
        for word in feature.get("words", []):
            words[str(word)] = str(name)
        codes = set(map(str, feature.get("members", [])))
        codes |= region_members(
            tuple(feature.get("regions", [])), tuple(feature.get("subregions", []))
        )
        codes |= set(map(str, feature.get("add", [])))
        members[str(name)] = frozenset(codes - set(map(str, feature.get("drop", []))))
        for example in feature.get("examples", []):
            state = example.get("state")
            examples.append(
                EpithetExample(
                    str(example["text"]), str(example["epithet"]), str(state) if state else None
                )
            )
    return Epithets(
        heads,
        words,
        members,
        tuple(examples),
        frozenset(map(str, data["own_place_preps"])),
        frozenset(map(str, data["own_place_verbs"])),
        frozenset(map(str, data["place_heads"])),
        frozenset(map(str, data["bare_heads"])),
    )


def region_members(regions: tuple[str, ...], subregions: tuple[str, ...]) -> set[str]:
    """ISO3 codes of the countries in the UN ``regions`` or ``subregions`` named (as
    countrystatecity-countries spells them); read only when a feature names one."""
    if not regions and not subregions:
        return set()
    from dossier.gazetteer_cache import country_rows

    return {
        iso3
        for iso3, _, region, subregion in country_rows()
        if region in regions or subregion in subregions
    }


def epithet_span(head: Token) -> SpacySpan | None:
    """ "the oil-rich Gulf state" (also before "'s"): the phrase from its article to
    ``head`` if ``head`` is a singular noun after "the", not a name's ("the kingdom of
    Bhutan", "the United Arab Emirates").  Found once per word (description links,
    coreference and bare epithets all ask)."""
    if head.tag_ not in EPITHET_TAGS:
        return None
    known = head.doc.user_data.setdefault(SPANS_KEY, {})
    if head.i not in known:  # a word with no "the" of its own ends none (most nouns)
        known[head.i] = _epithet_span(head) if head.i in candidate_positions(head.doc) else None
    found: SpacySpan | None = known[head.i]
    return found


def epithet_candidates(doc: Doc) -> list[Token]:
    """The words ``epithet_span`` may find an epithet at, in text order: a word of
    ``EPITHET_TAGS`` with "the" among its determiners (``epithet_span`` wants the first
    of its left ones to be "the"); read off the Doc's columns, so that no Token is made
    for the many nouns with no "the" of their own."""
    return [doc[i] for i in sorted(candidate_positions(doc))]


def candidate_positions(doc: Doc) -> frozenset[int]:
    """The positions of ``epithet_candidates``, found once per Doc (``CANDIDATES_KEY``)."""
    found: frozenset[int] | None = doc.user_data.get(CANDIDATES_KEY)
    if found is None:
        import numpy
        from spacy.attrs import DEP, HEAD, LOWER, TAG

        from dossier.doc_arrays import attribute_ids, column, one_of

        the = one_of(column(doc, DEP), attribute_ids(DEP, DET)) & one_of(
            column(doc, LOWER), attribute_ids(LOWER, THE)
        )
        heads = column(doc, HEAD).astype(numpy.int64)
        tagged = one_of(column(doc, TAG), attribute_ids(TAG, EPITHET_TAGS))
        owners = {j + int(heads[j]) for j in numpy.flatnonzero(the).tolist()}
        found = doc.user_data[CANDIDATES_KEY] = frozenset(i for i in owners if tagged[i])
    return found


def _epithet_span(head: Token) -> SpacySpan | None:
    children = children_of(head)  # its left ones, then its right ones, as spaCy lists them
    article = next((c for c in children if c.i < head.i and c.dep_ == "det"), None)
    if article is None or article.lower_ != "the":
        return None
    if any(named_after_of(c) for c in children if c.i > head.i):
        return None
    span = head.doc[article.i : head.i + 1]
    if any(t.tag_ == "NNP" and t.is_title for t in span[1:]) and head.is_title:
        return None  # "the Kingdom", "the Islamic Republic": a name or its part
    return span


def named_after_of(word: Token) -> bool:
    """Is ``word`` "of" before a name ("the kingdom of Bhutan"), not before a deed
    ("accused the kingdom of shielding militants")?"""
    if word.dep_ != "prep" or word.lower_ != "of":
        return False
    return any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in children_of(word))


def epithet_features(head: Token) -> tuple[SpacySpan, set[str]] | None:
    """The phrase ``head`` ends and its features if it is an epithet of a state that
    carries one or more; None if it is none (bare "the country" included)."""
    span = epithet_span(head)
    if span is None:
        return None
    known = head.doc.user_data.setdefault(FEATURES_KEY, {})
    if head.i not in known:
        words = " ".join(re.sub(r"\s*-\s*", "-", span[1:].text.lower()).split())
        if words not in PHRASE_FEATURES:  # the same phrases come back article after article
            PHRASE_FEATURES[words] = frozenset(epithets().features(words) or ())
        known[head.i] = PHRASE_FEATURES[words]
    found: frozenset[str] = known[head.i]
    return (span, set(found)) if found else None


def bare_epithet(head: Token) -> SpacySpan | None:
    """ "the country", "the nation", "the war-torn country": an epithet whose words
    carry no feature (any state fits it), of a head in ``bare_heads``, as an object
    ("accused the country of …"; "the country's exports" is most often the subject's)."""
    span = epithet_span(head)
    if span is None or head.lower_ not in epithets().bare_heads:
        return None
    if head.dep_ not in ("dobj", "pobj", "dative"):
        return None
    return span if epithet_features(head) is None and not own_place(head) else None


def own_place(head: Token) -> bool:
    """Is "the country" the place its clause's subject acts in or leaves ("forced the
    agency out of the country", "fled the country"), so the subject's own?"""
    words = epithets()
    above = head.head
    if head.dep_ == "pobj" and above.lower_ == "of" and above.head.lower_ == "out":
        return True
    if head.dep_ == "pobj":
        return above.lower_ in words.own_place_preps
    return head.dep_ == "dobj" and above.lemma_.lower() in words.own_place_verbs


def fits(features: set[str], country: str | None) -> bool:
    members = epithets().members
    return country is not None and all(country in members[f] for f in features)


def window_start(chunk: SpacySpan) -> int:
    """Where the search for an epithet's state starts: the first character of the
    sentence ``SENTENCES_BACK`` before its own."""
    sentence = chunk.sent
    for _ in range(SENTENCES_BACK):
        if sentence.start == 0:
            break
        sentence = chunk.doc[sentence.start - 1].sent
    return sentence.start_char


def own_clause_subjects(head: Token) -> list[Token]:
    """The subjects of the nearest clause above an epithet that has one before it: "India
    has pledged to deepen ties with the island nation" (India), but not a reporting
    clause above the epithet's own ("Qatar said the emirate would host the talks": the
    emirate is Qatar).  A pronoun subject adds the subjects above it ("Britain said it
    would fund schools in the kingdom": not Britain)."""
    if head.dep_ in ("nsubj", "nsubjpass"):
        return []
    found: list[Token] = []
    for ancestor in head.ancestors:
        subjects = [
            c for c in children_of(ancestor) if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i
        ]
        if ancestor.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") for c in subjects):
            return [ancestor.head]  # "the Taliban, which has grown since …": the Taliban
        found += subjects
        if found and any(s.pos_ != "PRON" for s in found):
            return found  # a pronoun subject stands for the one above: "Britain said it …"
    return found


def subject_spans(subjects: list[Token]) -> list[tuple[int, int]]:
    """Character spans of the subjects above an epithet and their conjuncts, from the
    first word before each head to the head: "Indian Prime Minister Mehra", "China's
    relationship", not the "with Mauritius" after it ("China's relationship with
    Mauritius makes the island nation vulnerable" is about Mauritius)."""
    heads = [h for s in subjects for h in (s, *s.conjuncts)]
    return [(h.left_edge.idx, h.idx + len(h.text)) for h in heads]


def subject_countries(subjects: list[Token]) -> set[str]:
    """Countries the subjects above an epithet name by a nationality word ("Indian
    Prime Minister Mehra pledged ties with the island nation": not India)."""
    heads = [h for s in subjects for h in (s, *s.conjuncts)]
    return {
        code
        for head in heads
        for t in head.doc[head.left_edge.i : head.i + 1]
        if (code := demonym_country(t.text))
    }


def is_argument(doc: Doc, start: int, end: int) -> bool:
    """Is the name at ``start``-``end`` a clause's subject or object, or the object of a
    preposition on a verb ("travelled to Fiji"), rather than named in passing inside
    another noun phrase ("the fiftieth year of its break from Portugal")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    while word.dep_ in ("poss", "compound", "conj", "appos") and word.head.i != word.i:
        word = word.head
    if word.dep_ == "pobj":
        return word.head.head.pos_ in ("VERB", "AUX")
    return word.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "attr")


def state_mentions(
    clusters: list[Cluster], excluded: set[int]
) -> tuple[dict[int, Cluster], list[tuple[int, int, str, int]]]:
    """The article's states (clusters of countries, by key) and each mention of one not
    in ``excluded`` (start, end, ISO3 code, key); a capital's mention counts as its
    state's where the article names that state ("Riyadh hosted the talks. Doha
    criticized the kingdom": Saudi Arabia)."""
    states = {
        id(c): c
        for c in clusters
        if c.label == "GPE" and c.actor and c.actor.level == "country" and c.actor.country
    }
    by_code = {str(c.actor.country): key for key, c in states.items() if c.actor}
    named: list[tuple[int, int, str, int]] = []
    for c in clusters:
        if c.actor is None or not c.actor.country or id(c) in excluded:
            continue
        code = str(c.actor.country)
        key = id(c) if id(c) in states else by_code.get(code) if c.actor.capital else None
        if key is not None and key not in excluded:
            named += [(m.start, m.end, code, key) for m in c.mentions]
    return states, named


def nearest_fitting(
    span: SpacySpan, features: set[str], named: list[tuple[int, int, str, int]], others: set[str]
) -> int | None:
    """Of ``named`` (each mention of a state: its start and end, its ISO3 code, its
    key), the key of the state that has ``features``, whose code is not in ``others``
    (the epithet's own clause's subjects), named in the window before ``span`` most
    often, then as an argument of a verb, then last: "Mehra will fly to Fiji for the
    fiftieth year of its break from Britain. … ties with the island nation" is Fiji."""
    start = window_start(span)
    found: dict[int, list[tuple[bool, int]]] = {}
    for low, high, code, key in named:
        if start <= low < span.start_char and code not in others and fits(features, code):
            found.setdefault(key, []).append((is_argument(span.doc, low, high), low))
    if not found:
        return None
    return max(found, key=lambda key: (len(found[key]), max(found[key])))


def sentence_demonyms(chunk: SpacySpan) -> set[str | None]:
    """Countries the chunk's sentence names by nationality words before it."""
    return {demonym_country(t.text) for t in chunk.sent if t.i < chunk.start}


def governing_subjects(chunk: SpacySpan) -> list[tuple[int, int]]:
    """Character spans of the subjects of the clauses above a noun phrase.

    A description rarely refers to the subject of its own clause ("the NRF tried
    to stop the terror group" – the group is not the NRF), so those are excluded.
    """
    return [subtree_bounds(subject) for subject in governing_subject_heads(chunk)]


def governing_subject_heads(chunk: SpacySpan) -> list[Token]:
    """The subjects (before the phrase) of the clauses above a noun phrase."""
    return ancestor_subjects(chunk.root, chunk.start)
