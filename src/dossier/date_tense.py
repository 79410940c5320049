"""Which way from the publication date a date expression points, read off the verb
that governs it: "will meet on Thursday" ahead, "met on Thursday" back, "said on
Thursday it would withdraw" back (the report is dated, not what it reports)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from dossier.date_patterns import date_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["Tense", "tense_at"]

Tense = Literal["past", "future", "present"]


def tense_at(doc: Doc, start: int, end: int) -> Tense:
    """Which way from the publication date the verb governing a date points."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "present"
    verb = _governing_verb(span.root)
    if verb is not None:
        verb = _reporter_of_fronted_date(verb, span) or verb
    return "present" if verb is None else _verb_tense(verb, depth=0)


def _reporter_of_fronted_date(verb: Token, span: Span) -> Token | None:
    """ "France said on Thursday it would withdraw": the parse hangs the date on the
    reported verb, but a date between the reporting verb and the reported clause's
    subject dates the report (last Thursday), not what it reports."""
    if verb.dep_ != "ccomp" or not verb.head.i < span.start:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.head if subject is not None and span.end <= subject.i else None


def _governing_verb(token: Token) -> Token | None:
    while token.pos_ not in ("VERB", "AUX"):
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def _verb_tense(verb: Token, depth: int) -> Tense:
    """Future for "will"/"is slated for"/"plans to", past for VBD/VBN/"has", else present."""
    lex = date_lexicon()
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in lex.future_auxiliaries for a in auxes):
        return "future"
    if (
        verb.tag_ == "VBN"
        and (verb.lemma_ in lex.scheduled_verbs or verb.lower_ in lex.scheduled_verbs)
        and any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    ):
        return "future"
    if any(a.lemma_ == "have" or a.tag_ == "VBD" for a in auxes):
        return "past"
    if any(a.tag_ == "MD" for a in auxes):
        return "future"
    if verb.tag_ in ("VBD", "VBN"):
        return "past"
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
        return _infinitive_tense(verb, depth)
    return "present"


def _infinitive_tense(verb: Token, depth: int) -> Tense:
    """An infinitive looks ahead in a headline ("X to visit Y") or after "plans to"."""
    head = verb.head
    if head.i != verb.i and head.pos_ in ("NOUN", "PROPN") and depth <= 3:
        head = _governing_verb(head) or head  # "the attempt to oust him on May 2 failed"
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX") or depth > 3:
        return "future"
    head_tense = _verb_tense(head, depth + 1)
    if (
        head.lemma_ in date_lexicon().prospective_verbs
        or head.lower_ in date_lexicon().prospective_verbs
    ):
        return "present" if head_tense == "past" else "future"
    return head_tense
