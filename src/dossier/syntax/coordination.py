"""Coordination: the conjuncts of a word, with the co-subjects the small model detaches
("A and B met" parsed as two subjects, "after its spokesman X and General Y were
killed") or joins to the wrong noun; and whether joined subjects act on one another
("A and B exchanged insults").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.syntax.tree import children_of
from dossier.syntax.words import WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "apposed_conjuncts",
    "conjuncts",
    "is_reciprocal",
    "listed_as_apposition",
    "split_co_subjects",
    "stranded_conjuncts",
]


def conjuncts(token: Token) -> list[Token]:
    later = [t for t in token.conjuncts if t.i > token.i]
    return later + listed_as_apposition(token) + split_co_subjects(token)


def listed_as_apposition(name: Token) -> list[Token]:
    """A list the parse read as a name and its apposition: in "Jamaica, the Bahamas and
    Belize promised troops" the small model makes "the Bahamas and Belize" an apposition
    of Jamaica. A name in apposition to a name, itself joined by "and" to more, is no
    second name for the first but the list going on ("Ghana, the Gambia and Togo")."""
    if not (name.pos_ == "PROPN" or (name.pos_ == "NOUN" and name.text[:1].isupper())):
        return []  # the small model tags some names as nouns ("Barbados, the Bahamas and …")
    for child in children_of(name):
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.i > name.i:
            more = [t for t in child.conjuncts if t.i > child.i]
            if more and any(c.dep_ == "cc" for c in children_of(child)):
                return [child, *more]
    return []


def split_co_subjects(subject: Token) -> list[Token]:
    """A co-subject the parse made a second subject of the same verb: in "Chilean
    President Rojas and Peruvian President Mora met" the small model hangs "and" on
    Rojas and makes Mora a subject of its own; Mora is Rojas's conjunct."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or any(
        c.dep_ == "conj" for c in children_of(subject)
    ):
        return []
    cc = next((c for c in children_of(subject) if c.dep_ == "cc" and c.i > subject.i), None)
    if cc is None:
        return []
    return [s for s in children_of(subject.head) if s.dep_ == subject.dep_ and s.i > cc.i][:1]


def stranded_conjuncts(subject: Token) -> list[Token]:
    """Co-subjects a parse hung elsewhere: in "after its spokesperson X and General Y
    were killed" the small model attaches X to "after" and leaves Y alone as the
    subject.  The name joined to the subject by the "and" right before it."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return []
    first = min(t.i for t in subject.subtree)
    if first < 1:
        return []
    cc = subject.doc[first - 1]
    head = cc.head
    if cc.dep_ != "cc" or head.i >= cc.i or head.pos_ != "PROPN" or head.head.i == subject.head.i:
        return []
    return [head]


def apposed_conjuncts(noun: Token) -> list[Token]:
    """Names a parse joined to the wrong noun: in "two reporters from the daily
    Etilaat Roz, A and B, were detained" A and B become conjuncts of the paper
    after a comma; they are in apposition to "reporters"."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return []
    for prep in children_of(noun):
        if prep.dep_ != "prep":
            continue
        for obj in children_of(prep):
            later = conjuncts(obj) if obj.dep_ == "pobj" else []
            before = later[0].left_edge.i - 1 if later else -1
            if before >= 0 and noun.doc[before].text == ",":
                return later
    return []


def is_reciprocal(verb: Token) -> bool:
    """ "A and B upgraded their ties", "… met each other", "… exchanged insults": the
    subjects act on one another."""
    if verb.lemma_.lower() in WORDS.reciprocal_verbs:
        return True
    for child in children_of(verb):
        if child.dep_ == "dobj" and any(
            c.dep_ == "poss" and c.lower_ in WORDS.reciprocal_possessives
            for c in children_of(child)
        ):
            return not names_third_party(verb, child)
        if child.dep_ in ("dobj", "pobj", "npadvmod") and child.lower_ in WORDS.reciprocal_objects:
            return True
        if child.dep_ == "dobj" and any(  # "resolve mutual quarrels", "bilateral trade"
            c.dep_ == "amod" and c.lower_ in WORDS.reciprocal_modifiers for c in children_of(child)
        ):
            return True
        if child.dep_ == "dobj" and child.lower_ in WORDS.reciprocal_nouns:
            partnered = (*children_of(verb), *children_of(child))  # "cut ties with the firm"
            return not any(p.dep_ == "prep" and p.lower_ == "with" for p in partnered)
    return False


def names_third_party(verb: Token, stance: Token) -> bool:
    """ "A and B reaffirmed their support for C": a preposition of ``third_party_preps``
    on the object or the verb names whom the act is for (a name, not "to ambassador
    level"); A and B do not act on each other."""
    preps = [p for p in (*children_of(stance), *children_of(verb)) if p.dep_ == "prep"]
    objects = [o for p in preps if p.lower_ in WORDS.third_party_preps for o in children_of(p)]
    return any(o.dep_ == "pobj" and is_named(o) for o in objects)


def is_named(noun: Token) -> bool:
    """ "Ukraine", "Bolivia's bid": a name, or a noun a name owns (not "ambassador level")."""
    return noun.pos_ == "PROPN" or any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in children_of(noun)
    )
