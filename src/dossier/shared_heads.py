"""Two names that share their last word: "North and South Korea", "South and North
Korea".  spaCy's small model tags such a pair as one odd name or two ("North and" +
"South Korea"); each half is a country of its own where the actor list knows both
("North Korea", "South Korea"), so the entity stage names both and the event stage
reads the first word as the first country ("talks between North and South Korea").
A pair the actor list knows only one half of ("North and South Sudan": no "North
Sudan") is left as spaCy tagged it.
"""

from __future__ import annotations

import heapq
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import IDX, LOWER
from spacy.strings import get_string_id

from dossier.doc_arrays import column
from dossier.names import Mention, text_of
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dossier.lexicon import Actor, ActorLexicon

__all__ = ["shared_head_partners", "with_shared_heads_split"]

AND = get_string_id("and")
MAX_TAIL = 2  # words of the shared part tried: "Korea", "Sudan", "Carolina Islands"


def with_shared_heads_split(
    doc: Doc, mentions: list[Mention], lexicon: ActorLexicon
) -> list[Mention]:
    """``mentions`` with each "X and Y Tail" whose "X Tail" and "Y Tail" the actor list
    both knows replaced by one mention for "X" (named "X Tail") and one for "Y Tail"."""
    open_starts = {m.start for m in mentions if m.text.endswith(" and")}  # may be "X and"
    starts = column(doc, IDX).tolist() if len(doc) else []
    word_at = {start: i for i, start in enumerate(starts)}
    # the words the loop acts at: a word before "and" (a pair's first), an open "X and"
    ahead = _before_and(doc) + [word_at[s] for s in open_starts if s in word_at]
    heapq.heapify(ahead)
    done = -1
    while ahead:
        i = heapq.heappop(ahead)
        if i <= done:
            continue
        done, token = i, doc[i]
        pair = _shared_pair(doc, token, lexicon)
        if pair is None:  # "North and" of "North and South Sudan" is no name
            if token.idx in open_starts:
                mentions = [m for m in mentions if not _is_open_pair(m, token)]
            continue
        (first, start, end), (second, second_start, tail_end) = pair
        mentions = [m for m in mentions if m.end <= start or m.start >= tail_end]
        sentence = token.sent.start_char
        added = [
            _mention(doc, start, end, first, sentence),
            _mention(doc, second_start, tail_end, second, sentence),
        ]
        mentions += added
        opened = {m.start for m in added if m.text.endswith(" and")}
        open_starts.update(opened)
        for later in (word_at[s] for s in opened if word_at.get(s, -1) > i):
            heapq.heappush(ahead, later)
    return sorted(mentions, key=lambda m: m.start)


def _before_and(doc: Doc) -> list[int]:
    """The positions of the words followed by "and", read off the Doc's arrays."""
    lowers = column(doc, LOWER)
    return numpy.flatnonzero(lowers[1:] == AND).tolist() if len(doc) > 1 else []


def _shared_pair(
    doc: Doc, token: Token, lexicon: ActorLexicon
) -> tuple[tuple[Actor, int, int], tuple[Actor, int, int]] | None:
    """The two actors of "X and Y Tail" opened by ``token`` (X), with their spans."""
    if token.i + 3 >= len(doc) or not token.text[:1].isupper() or doc[token.i + 1].lower_ != "and":
        return None
    other = doc[token.i + 2]
    if not other.text[:1].isupper():
        return None
    for size in range(MAX_TAIL, 0, -1):
        tail = doc[other.i + 1 : other.i + 1 + size]
        if len(tail) < size or not all(t.text[:1].isupper() for t in tail):
            continue
        first = _country_or_place(lexicon, f"{token.text} {tail.text}")
        second = _country_or_place(lexicon, f"{other.text} {tail.text}")
        if first is not None and second is not None and first.name != second.name:
            end = token.idx + len(token.text)
            return (first, token.idx, end), (second, other.idx, tail.end_char)
    return None


def _is_open_pair(mention: Mention, token: Token) -> bool:
    """Is ``mention`` just "X and", the first word of a pair spaCy cut after "and"?"""
    return mention.start == token.idx and mention.text == f"{token.text} and"


def _country_or_place(lexicon: ActorLexicon, name: str) -> Actor | None:
    actor = lexicon.lookup(name)
    return actor if actor is not None and actor.type in ("GPE", "LOC") else None


def _mention(doc: Doc, start: int, end: int, actor: Actor, sentence: int) -> Mention:
    text = text_of(doc)[start:end]
    return Mention(start, end, text, actor.type, f"{actor.type}:{actor.name}", actor, sentence)


def shared_head_partners(token: Token) -> list[Token]:
    """The first words of names sharing ``token`` as their last: "North" in "from North
    and South Korea", where the parse hangs "North" on "Korea" and "South" on "North"."""
    return [
        child
        for child in children_of(token)
        if child.i < token.i
        and child.dep_ in ("nmod", "compound")
        and child.pos_ == "PROPN"
        and any(c.dep_ == "conj" for c in children_of(child))
    ]
