"""Each word's sentence found once per Doc, not walked again at every ``token.sent``.

spaCy answers ``token.sent`` (and ``span.sent``) by walking back from the word to the
token that opens its sentence and on to the next one, and making a new ``Span`` each
time; the stages ask it tens of thousands of times per 200 articles, often for the same
sentence.  ``index_sentences`` gives a parsed Doc spaCy's own hooks for both
(``Doc.user_token_hooks`` / ``user_span_hooks``): the sentence starts are read once off
the ``SENT_START`` column, the sentence of a position is found by bisection, and each
sentence's ``Span`` is made once.  The bounds are the ones spaCy's walk finds: the last
token at or before the position that opens a sentence (or the Doc's first token), up to
the next one that does (or the Doc's end).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["SentenceIndex", "index_sentences"]


class SentenceIndex:
    """One Doc's sentences, read off its ``SENT_START`` column on the first question."""

    __slots__ = ("sentences", "starts")

    def __init__(self) -> None:
        self.starts: list[int] | None = None
        self.sentences: dict[int, Span] = {}

    def of_token(self, token: Token) -> Span:
        """``token.sent``."""
        return self.at(token.doc, token.i)

    def of_span(self, span: Span) -> Span:
        """``span.sent``: the sentence of the span's first token."""
        return self.at(span.doc, span.start)

    def at(self, doc: Doc, i: int) -> Span:
        """The sentence holding the token at ``i``."""
        starts = self.starts
        if starts is None:
            from spacy.attrs import SENT_START

            column = doc.to_array([SENT_START]).reshape(-1)
            starts = self.starts = (column == 1).nonzero()[0].tolist()
        k = bisect.bisect_right(starts, i)
        start = starts[k - 1] if k else 0
        found = self.sentences.get(start)
        if found is None:
            end = starts[k] if k < len(starts) else len(doc)
            found = self.sentences[start] = doc[start:end]
        return found


def index_sentences(doc: Doc) -> Doc:
    """Give ``doc`` the hooks that answer ``token.sent`` and ``span.sent`` from a
    ``SentenceIndex``; a Doc with no sentence bounds, or with hooks of its own, is left
    as it is (spaCy raises, or asks those hooks)."""
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return doc
    if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks:
        return doc
    if "sents" in doc.user_hooks:
        return doc
    index = SentenceIndex()
    doc.user_token_hooks["sent"] = index.of_token
    doc.user_span_hooks["sent"] = index.of_span
    return doc
