"""The trigger lexicon as look-ups and spaCy matchers: which trigger lines a token may fire.

Built once per lexicon and vocabulary (``lexicon_matcher``): two look-ups
find the words of the trigger lines of ``data/events.yaml`` (one over lemmas, one over
the lowercased word and the inflected forms the small model lemmatizes wrongly:
"hopes" → "hop", "waged" → "wag"), and DependencyMatcher patterns (``RELATIONS``,
matched around the trigger by ``events.anchored``) find the relations a line's
particle or object may stand in ("called [off] the talks", "took [control] of",
"calls [to] free").  ``matching.TriggerMatching`` reads the result (``DocTriggers``),
built once per document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.attrs import LEMMA as LEMMA_ID
from spacy.attrs import LOWER as LOWER_ID
from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from dossier.doc_arrays import column
from dossier.events.triggers import EventLexicon, Trigger
from dossier.identity_cache import kept_for
from dossier.syntax.tree import children_of
from dossier.syntax.words import hyphened

if TYPE_CHECKING:
    from spacy.vocab import Vocab

TABLES = ("verbs", "nouns")
LEMMA, WORD, INFLECTED = 0, 1, 2  # how a token names a lexicon word, most trusted first

ANCHOR: dict[str, Any] = {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {}}

HYPHEN = get_string_id("-")  # the ORTH id of a hyphen the tokenizer split off


def child(left: str, name: str, deps: list[str]) -> dict[str, Any]:
    """A DependencyMatcher node: ``name``, a child of ``left`` by one of ``deps``."""
    return {"LEFT_ID": left, "REL_OP": ">", "RIGHT_ID": name, "RIGHT_ATTRS": {"DEP": {"IN": deps}}}


# The relations a trigger line's particle or object may stand in to the trigger; the
# last node of each pattern is the word the line names ("word").
RELATIONS: dict[str, list[dict[str, Any]]] = {
    # "called off", "arrived in", "call for": the particle as the parse labels it
    "particle": [ANCHOR, child("trigger", "word", ["prt", "prep", "advmod", "acomp"])],
    # "calls to free the activists": a line needing "to" fits its infinitive
    "infinitive": [
        ANCHOR,
        child("trigger", "clause", ["acl", "xcomp"]),
        child("clause", "word", ["aux"]),
    ],
    # "took control", "talks were held", "remained engaged"
    "object": [ANCHOR, child("trigger", "word", ["dobj", "nsubjpass", "attr", "acomp"])],
    # "addressing the Shanghai Cooperation Organisation (SCO) meeting"
    "appos": [ANCHOR, child("trigger", "direct", ["dobj"]), child("direct", "word", ["appos"])],
    # "ended mediation efforts", a quantity's goods: read on the object, or on the
    # passive's subject ("dozens of Turkish soldiers were sent to Qatar")
    "direct": [ANCHOR, child("trigger", "word", ["dobj", "nsubjpass"])],
    # "took control of the city" parsed with the phrase on the verb
    "prep_object": [ANCHOR, child("trigger", "prep", ["prep"]), child("prep", "word", ["pobj"])],
    # "pulled out of the treaty", "backed out of the deal": the object of a phrase
    # the particle itself governs
    "prep_object_nested": [
        ANCHOR,
        child("trigger", "prep", ["prep", "prt"]),
        child("prep", "inner", ["prep"]),
        child("inner", "word", ["pobj"]),
    ],
    # "forced the weekly to close": the infinitive the trigger governs (not a gerund:
    # "began protesting" is the protest's own trigger)
    "clause_verb": [
        ANCHOR,
        {**child("trigger", "word", []), "RIGHT_ATTRS": {"DEP": "xcomp", "TAG": "VB"}},
    ],
    # "relations that were severed", "ties which had been cut by Lima": the noun a
    # passive relative clause hangs on is what the clause's verb acts on (a participle,
    # "the sanctions imposed by X", is read by the noun's own frames)
    "clause_noun": [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"DEP": "relcl", "TAG": "VBN"}},
        {
            "LEFT_ID": "trigger",
            "REL_OP": ">",
            "RIGHT_ID": "auxpass",
            "RIGHT_ATTRS": {"DEP": "auxpass"},
        },
        {"LEFT_ID": "trigger", "REL_OP": "<", "RIGHT_ID": "word", "RIGHT_ATTRS": {"POS": "NOUN"}},
    ],
}
# the order object_named tries them for one child of the trigger
OBJECT_BRANCHES = (
    *("object", "appos", "direct", "prep_object", "clause_verb", "prep_object_nested"),
    "clause_noun",
)
RELATION_NODES = {name: [str(n["RIGHT_ID"]) for n in p] for name, p in RELATIONS.items()}


@dataclass(frozen=True, slots=True)
class Related:
    """One relation found around a trigger token: its name and its last node."""

    relation: str
    child: Token  # the trigger's own child the relation goes through
    word: Token  # the word the trigger line names


@dataclass(slots=True)
class DocTriggers:
    """The lexicon's matches in one document: each token's lexicon word per table, and
    the relations found around the tokens whose trigger lines need them."""

    doc: Doc
    keys: dict[tuple[str, int], str] = field(default_factory=dict)
    keyed: frozenset[int] = frozenset()  # the words with a key in either table
    by_word: dict[int, dict[str, list[Related]]] = field(default_factory=dict)
    matched: dict[int, Trigger | None] = field(default_factory=dict)  # by TriggerMatching.match
    ordered: dict[tuple[int, tuple[str, ...]], tuple[Related, ...]] = field(default_factory=dict)

    def key(self, table: str, token: Token) -> str | None:
        return self.keys.get((table, token.i))

    def related(self, token: Token, *names: str) -> tuple[Related, ...]:
        """The relations ``names`` around ``token``: the trigger's children in order,
        and for one child the order object_named tries them in; found once (each trigger
        line of a word asks again)."""
        kept = self.ordered.get((token.i, names))
        if kept is None:
            around = [r for name in names for r in self.around(token, name)]
            kept = self.ordered[(token.i, names)] = tuple(sorted(around, key=relation_order))
        return kept

    def around(self, token: Token, name: str) -> list[Related]:
        """The relation ``name`` around ``token``: every relation of the word is found
        in one walk over its children the first time one is asked (``relations_of``)."""
        found = self.by_word.get(token.i)
        if found is None:
            found = self.by_word[token.i] = relations_of(token)
        return found.get(name, [])


def relations_of(token: Token) -> dict[str, list[Related]]:
    """Every relation of ``RELATIONS`` around ``token``, by name, each in the order
    ``events.anchored`` walks its pattern (the trigger's children in order, then theirs):
    the same answers as matching the patterns one by one, read in one walk over the
    word's children and their children (tests compare the two at every word)."""
    found: dict[str, list[Related]] = {}

    def add(name: str, child: Token, word: Token) -> None:
        found.setdefault(name, []).append(Related(name, child, word))

    for c in children_of(token):
        dep = c.dep_
        if dep in PARTICLE_DEPS:
            add("particle", c, c)
        if dep in CLAUSE_DEPS:
            for g in children_of(c):
                if g.dep_ == "aux":
                    add("infinitive", c, g)
        if dep in OBJECT_DEPS:
            add("object", c, c)
        if dep == "dobj":
            for g in children_of(c):
                if g.dep_ == "appos":
                    add("appos", c, g)
        if dep in DIRECT_DEPS:
            add("direct", c, c)
        if dep == "prep":
            for g in children_of(c):
                if g.dep_ == "pobj":
                    add("prep_object", c, g)
        if dep == "xcomp" and c.tag_ == "VB":
            add("clause_verb", c, c)
        if dep in NESTING_DEPS:
            for g in children_of(c):
                if g.dep_ == "prep":
                    for w in children_of(g):
                        if w.dep_ == "pobj":
                            add("prep_object_nested", c, w)
    if token.dep_ == "relcl" and token.tag_ == "VBN" and token.head.i != token.i:
        head = token.head
        if head.pos_ == "NOUN":
            for c in children_of(token):
                if c.dep_ == "auxpass":
                    add("clause_noun", c, head)
    return found


# the child relations of RELATIONS' patterns, as relations_of reads them
PARTICLE_DEPS = frozenset({"prt", "prep", "advmod", "acomp"})
CLAUSE_DEPS = frozenset({"acl", "xcomp"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "acomp"})
DIRECT_DEPS = frozenset({"dobj", "nsubjpass"})
NESTING_DEPS = frozenset({"prep", "prt"})


def relation_order(related: Related) -> tuple[int, int, int]:
    branch = related.relation
    rank = OBJECT_BRANCHES.index(branch) if branch in OBJECT_BRANCHES else 0
    return related.child.i, rank, related.word.i


def word_forms(word: str) -> dict[str, int]:
    """The lowercased token texts that name ``word`` (as ``syntax.words.lemmas`` reads a
    token), each with its rank: the word itself, and "-s", "-ed", "-d" forms."""
    forms = {word: WORD}
    for form in (word + "s", word + "ed", word + "d"):
        if len(form) > 3 and (form.endswith("s") or form.endswith("ed")):
            forms.setdefault(form, INFLECTED)
    return forms


class LexiconMatcher:
    """The trigger lexicon compiled into look-ups: lemma → lines, lowercased word → lines.

    Every trigger pattern is one token, so a token's lemma and lowercased word are
    looked up directly; this finds what spaCy ``PhraseMatcher``s over ``LEMMA`` and
    ``LOWER`` found, without making a lexeme for each of the ~4,300 patterns (about
    0.2 CPU s of each process's first article).
    """

    def __init__(self, lexicon: EventLexicon, vocab: Vocab) -> None:
        self.lemmas: dict[str, list[tuple[str, int, str]]] = {}
        self.words: dict[str, list[tuple[str, int, str]]] = {}
        self.relational: dict[str, frozenset[str]] = {}
        for table in TABLES:
            entries: dict[str, tuple[Trigger, ...]] = getattr(lexicon, table)
            for key, triggers in entries.items():
                self.add_word(table, key)
                if any(t.particle or t.objects for t in triggers):
                    self.relational[table] = self.relational.get(table, frozenset()) | {key}
        # the same look-ups by string id, read off the Doc's arrays without a Token each
        self.lemma_ids = {get_string_id(k): v for k, v in self.lemmas.items()}
        self.word_ids = {get_string_id(k): v for k, v in self.words.items()}

    def add_word(self, table: str, key: str) -> None:
        for case in dict.fromkeys((key, key.title(), key.upper())):
            self.lemmas.setdefault(case, []).append((table, LEMMA, key))
        for form, rank in word_forms(key).items():
            self.words.setdefault(form.lower(), []).append((table, rank, key))

    def __call__(self, doc: Doc) -> DocTriggers:
        found = DocTriggers(doc)
        best: dict[tuple[str, int], tuple[int, str]] = {}
        rows = list(
            zip(
                column(doc, LEMMA_ID).tolist(),
                column(doc, LOWER_ID).tolist(),
                column(doc, ORTH).tolist(),
                strict=True,
            )
        )
        lemma_ids, word_ids = self.lemma_ids, self.word_ids
        for i, (lemma, lower, _) in enumerate(rows):
            compound = i >= 2 and rows[i - 1][2] == HYPHEN  # "cease-fire", split in three
            if not compound and lemma not in lemma_ids and lower not in word_ids:
                continue  # most words name no trigger line
            named = [*lemma_ids.get(lemma, ()), *word_ids.get(lower, ())]
            if compound:
                named += self.lemmas.get(hyphened(doc[i]), ())
            for table, rank, key in named:
                here = (table, i)
                if here not in best or (rank, key) < best[here]:
                    best[here] = (rank, key)
        found.keys = {here: key for here, (_, key) in best.items()}
        found.keyed = frozenset(i for _, i in best)
        return found


_MATCHERS: dict[tuple[int, int], tuple[EventLexicon, Vocab, LexiconMatcher]] = {}


def lexicon_matcher(lexicon: EventLexicon, vocab: Vocab) -> LexiconMatcher:
    """The matcher of ``lexicon`` over ``vocab``, built once."""
    key = (id(lexicon), id(vocab))
    if key not in _MATCHERS:
        _MATCHERS[key] = (lexicon, vocab, LexiconMatcher(lexicon, vocab))
    return _MATCHERS[key][2]


_ORDERED: dict[int, tuple[tuple[Trigger, ...], tuple[Trigger, ...]]] = {}


def by_specificity(options: tuple[Trigger, ...]) -> tuple[Trigger, ...]:
    """A word's trigger lines, most specific first and in their own order among equals:
    the first that fits is the one ``max`` by specificity picks among those that fit,
    and the lines after it need not be tried.  Kept per tuple of the lexicon."""
    return kept_for(
        _ORDERED, options, lambda some: tuple(sorted(some, key=lambda t: -t.specificity))
    )
