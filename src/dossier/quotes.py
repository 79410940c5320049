"""Quotes: who said what, to whom and when, from the parse and the entity clusters.

Direct quotes are the spans inside quotation marks (a paragraph that opens a quote
without closing it continues in the next one that opens with a mark); each is
attributed through the nearest speech verb of its sentence or paragraph ("…," he
added; said Blinken, "…"), whose subject is resolved to an entity: a name, a
description the coreference stage linked ("the top US diplomat"), or a pronoun
(the entity the coreference stage, ``dossier.coref``, says it stands for).  A
term in quotation marks with no speaker ("illegal") is not a quote.

Indirect quotes are reported speech with a named speaker: the clause of a speech
verb ("Shoigu said the situation is deteriorating"), the object of verbs like
"highlighted", the object and infinitive of "urged X to …", and "according to X, …".
Cue words are data: ``data/speech.yaml``.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from dossier.coref import coreference_of
from dossier.doc_arrays import tokens_where
from dossier.lexicon import load_lexicon
from dossier.mentions import EntityIndex
from dossier.models import DateMention, Entity, Quote, Span
from dossier.names import text_of
from dossier.quote_marks import (
    CLOSING_ALSO,
    OPENING,
    closing_index,
    is_closing_straight,
    is_opening,
    may_hold,
    quoted_spans,
)
from dossier.quote_speakers import (
    CLIMB,
    INVERTED_DESCRIPTION_WORDS,
    KIN_WINDOW,
    SUBJECTS,
    TITLE_LOOKBACK,
    SpeakerFinder,
    apposed_person,
)
from dossier.reported_speech import ReportedContent, not_asserted, subtree_span
from dossier.speech_words import SpeechLexicon, speech_lexicon, word_groups

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "CLIMB",
    "CLOSING_ALSO",
    "INVERTED_DESCRIPTION_WORDS",
    "KIN_WINDOW",
    "MAX_TITLE_WORDS",
    "OPENING",
    "OWN_WORDS",
    "SUBJECTS",
    "TITLE_LOOKBACK",
    "TITLE_WORD_LEN",
    "TRAILING",
    "SpeechLexicon",
    "closing_index",
    "depth",
    "drop_nested",
    "find_quotes",
    "is_a_title",
    "is_closing_straight",
    "is_opening",
    "quoted_spans",
    "speech_lexicon",
    "subtree_span",
    "word_groups",
]

TRAILING = " ,;:"
TITLE_WORD_LEN = 4  # words this long are capitalized in a title ("of", "the", "for" are not)
MAX_TITLE_WORDS = 14  # a quoted span longer than this is no title
OWN_WORDS = 2  # reported content with this many words outside its quote is a report too


# --- the stage ---------------------------------------------------------------------


def find_quotes(
    doc: Doc, entities: list[Entity], dates: list[DateMention]
) -> tuple[list[Quote], list[str]]:
    """Every direct and indirect quote in ``doc`` with its speaker, in text order."""
    lexicon = speech_lexicon()
    text = text_of(doc)
    spans, warnings = quoted_spans(text, lexicon.max_quote_chars)
    coreference = coreference_of(doc, entities, spans)  # first: it adds descriptions' mentions
    index = EntityIndex(entities, spans)
    finder = _QuoteFinder(doc, text, lexicon, index, dates)
    finder.speakers.coref = coreference
    direct = finder.direct_quotes(spans)
    indirect = finder.indirect_quotes(spans, direct)
    direct.extend(finder.words_inside_reports(spans, direct, indirect))
    quotes = sorted([*direct, *indirect], key=lambda q: (q.span[0], q.kind))
    return quotes, warnings


class _QuoteFinder:
    def __init__(
        self,
        doc: Doc,
        text: str,
        lexicon: SpeechLexicon,
        index: EntityIndex,
        dates: list[DateMention],
    ) -> None:
        self.doc = doc
        self.text = text
        self.lexicon = lexicon
        self.index = index
        self.dates = dates
        self.token_starts: list[int] = doc.to_array("IDX").tolist()
        self.reported = ReportedContent(text, lexicon)
        self.speakers = SpeakerFinder(doc, lexicon, index, load_lexicon().title_words)

    # direct ----------------------------------------------------------------------

    def direct_quotes(self, spans: list[Span]) -> list[Quote]:
        quotes: list[Quote] = []
        previous: Quote | None = None
        for start, end in spans:
            content_end = len(self.text[start:end].rstrip(TRAILING)) + start
            words = len(self.text[start:content_end].split())
            if is_a_title(self.text[start:content_end]):
                continue
            cue = self.cue_for(start, end, spans)
            if cue is None and previous is not None and self.continues(previous, start):
                quote = self.make_quote("direct", (start, content_end), None, previous)
            elif cue is None and words < 8:
                continue  # a term in quotation marks, not anybody's words
            else:
                if words < self.lexicon.min_quote_words:
                    continue
                quote = self.make_quote("direct", (start, content_end), cue, None)
            quotes.append(quote)
            previous = quote
        return quotes

    def words_inside_reports(
        self, spans: list[Span], direct: list[Quote], indirect: list[Quote]
    ) -> list[Quote]:
        """A speaker's own words quoted inside what the text reports them saying:
        'Perez called the ruling "arbitrary"', 'said he was "inclined" to sign'.  Too
        short to be a quote on their own, they are one as part of a report."""
        taken = {q.span[0] for q in direct}
        found = []
        for start, end in spans:
            content_end = len(self.text[start:end].rstrip(TRAILING)) + start
            if start in taken or content_end <= start or is_a_title(self.text[start:content_end]):
                continue
            report = next(
                (q for q in indirect if q.span[0] <= start - 1 and end <= q.span[1] + 1), None
            )
            if report is not None:
                found.append(self.make_quote("direct", (start, content_end), None, report))
        return found

    def continues(self, previous: Quote, start: int) -> bool:
        """A quote with no cue of its own right after an attributed one goes on with it."""
        between = self.text[previous.span[1] : start]
        return between.count("\n\n") <= 1 and len(between) < 400

    def cue_for(self, start: int, end: int, spans: list[Span]) -> Token | None:
        """The speech verb attributing the quote: in its sentences, outside quotes, nearest."""
        first = self.token_at(max(start - 1, 0))
        last = self.token_at(min(end, len(self.text) - 1))
        lo, hi = first.sent.start, last.sent.end
        inside = first.i + 1
        best: tuple[tuple[int, int], Token] | None = None
        for token in self.doc[lo:hi]:
            if token.lemma_.lower() not in self.lexicon.cues or token.pos_ not in ("VERB", "AUX"):
                continue
            if any(qs <= token.idx < qe for qs, qe in spans):
                continue
            if self.text[min(token.idx, end) : max(token.idx, start)].count("\n"):
                continue
            distance = start - token.idx if token.idx < start else token.idx - end
            # The highest verb whose clause holds the quote speaks it ("The State
            # Department said Blinken highlighted “…”"); else the nearest verb.
            dominates = inside < len(self.doc) and token.is_ancestor(self.doc[inside])
            rank = (0 if dominates else 1, depth(token) if dominates else distance)
            if best is None or rank < best[0]:
                best = (rank, token)
        return best[1] if best else None

    def token_at(self, char: int) -> Token:
        position = max(bisect.bisect_right(self.token_starts, char) - 1, 0)
        return self.doc[position]

    # indirect --------------------------------------------------------------------

    def indirect_quotes(self, spans: list[Span], direct: list[Quote]) -> list[Quote]:
        found: list[Quote] = []
        seen: set[Span] = set()
        for token in tokens_where(self.doc, pos=("VERB", "AUX"), deps=("parataxis",)):
            if not self.reported.may_report(token):
                continue
            if self.index.inside_quote(token.idx, token.idx + 1):
                continue
            if not_asserted(token):
                continue
            for content in self.reported.reported_contents(token):
                span = self.trimmed(content)
                if span in seen or span[1] - span[0] < 3 or self.is_direct(span, spans):
                    continue
                speaker = self.speakers.speaker_of(token)
                if speaker is None and not self.reported.said_by_a_document(token):
                    continue
                seen.add(span)
                found.append(self.make_quote("indirect", span, token, None, speaker=speaker))
        found.extend(self.according_to_quotes(seen))
        return drop_nested(found)

    def according_to_quotes(self, seen: set[Span]) -> list[Quote]:
        """ "According to Reuters, at least 15 guards were shot": Reuters said the rest;
        "The road is closed, according to the mayor": the mayor said what comes before."""
        if not may_hold(self.text, self.lexicon.according_to):
            return []  # no sentence can hold one: none is read
        quotes = []
        for sentence in self.doc.sents:
            lowered = sentence.text.lower()
            for phrase in self.lexicon.according_to:
                if not lowered.startswith(phrase):
                    quote = self.according_to_after(sentence, lowered, phrase, seen)
                    if quote is not None:
                        quotes.append(quote)
                    continue
                comma = sentence.text.find(",")
                if comma == -1:
                    continue
                source = (sentence.start_char + len(phrase), sentence.start_char + comma)
                found = self.index.covering(*source)
                named = apposed_person(self.index, sentence, comma)  # "…spokesman, Felix Kula, …"
                if named is not None:
                    speaker, comma = named
                elif found:
                    speaker = found[0][2]
                else:
                    continue
                span = self.trimmed((sentence.start_char + comma + 1, sentence.end_char))
                if span in seen:
                    continue
                seen.add(span)
                cue = self.token_at(sentence.start_char)
                quotes.append(self.make_quote("indirect", span, cue, None, speaker=speaker))
        return quotes

    def according_to_after(
        self, sentence: SpacySpan, lowered: str, phrase: str, seen: set[Span]
    ) -> Quote | None:
        """ "Infrastructure there is almost non-existent, according to Ruiz, who …": the
        clause before ", according to X" is what X said (``lowered``: the sentence's
        text in lower case)."""
        at = lowered.find(", " + phrase + " ")
        if at <= 0 or self.index.inside_quote(sentence.start_char, sentence.start_char + at):
            return None
        source_start = sentence.start_char + at + len(phrase) + 3
        rest = self.text[source_start : sentence.end_char]
        source_end = source_start + len(re.split(r"[,;.]", rest, maxsplit=1)[0])
        found = self.index.covering(source_start, source_end)
        if not found or found[-1][2].type not in ("PERSON", "ORG", "GPE"):
            return None
        if found[-1][1] < len(self.text[:source_end].rstrip()):
            return None  # "according to US officials": unnamed people, not the US
        span = self.trimmed((sentence.start_char, sentence.start_char + at))
        if span in seen or len(self.text[span[0] : span[1]].split()) < self.lexicon.min_quote_words:
            return None
        seen.add(span)
        cue = self.token_at(sentence.start_char + at + 2)
        return self.make_quote("indirect", span, cue, None, speaker=found[-1][2])

    def is_direct(self, span: Span, spans: list[Span]) -> bool:
        """Reported content that is all one direct quote is that quote, not a second one.

        Content with words of its own around the quote ("said the plan is “a
        reckless gamble …”") is a report of its own as well (ANNOTATION.md counts both)."""
        start, end = span
        for qs, qe in spans:
            overlap = min(end, qe) - max(start, qs)
            if overlap > 0.6 * (end - start):
                outside = self.text[start : max(start, qs - 1)] + self.text[min(end, qe + 1) : end]
                return len(re.findall(r"\w+", outside)) < OWN_WORDS
        return False

    def trimmed(self, span: Span) -> Span:
        start, end = span
        while start < end and (self.text[start] in ' ,:;"“”' or self.text[start].isspace()):
            start += 1  # a sentence's span ends in the line breaks after it
        while end > start and (self.text[end - 1] in ' ,:;."“”' or self.text[end - 1].isspace()):
            end -= 1
        if self.text[start : start + 5].lower() == "that ":
            start += 5
        return start, end

    # records ---------------------------------------------------------------------------

    def make_quote(
        self,
        kind: str,
        span: Span,
        cue: Token | None,
        previous: Quote | None,
        *,
        speaker: Entity | None = None,
    ) -> Quote:
        if speaker is None and cue is not None:
            speaker = self.speakers.speaker_of(cue)
        sentence = self.token_at(span[0]).sent
        if previous is not None:
            return Quote(
                kind="direct",
                text=self.text[span[0] : span[1]],
                span=span,
                sentence=(sentence.start_char, sentence.end_char),
                speaker=previous.speaker,
                speaker_id=previous.speaker_id,
                cue=previous.cue,
                cue_span=previous.cue_span,
                addressee=previous.addressee,
                addressee_id=previous.addressee_id,
                date=previous.date,
            )
        addressee = self.addressee_of(cue) if cue is not None else None
        return Quote(
            kind="direct" if kind == "direct" else "indirect",
            text=self.text[span[0] : span[1]],
            span=span,
            sentence=(sentence.start_char, sentence.end_char),
            speaker=speaker.name if speaker else None,
            speaker_id=speaker.id if speaker else None,
            cue=cue.text if cue is not None else None,
            cue_span=(cue.idx, cue.idx + len(cue.text)) if cue is not None else None,
            addressee=addressee.name if addressee else None,
            addressee_id=addressee.id if addressee else None,
            date=self.date_of(cue, span) if cue is not None else None,
        )

    def addressee_of(self, cue: Token) -> Entity | None:
        """Who was spoken to: "told NDTV", "in an interview with TOLOnews"."""
        for child in cue.children:
            if child.dep_ in ("dobj", "dative") and cue.lemma_.lower() in self.lexicon.telling:
                return self.speakers.resolve(child)
        for token in cue.sent:
            if token.lemma_.lower() in self.lexicon.addressee_nouns and token.pos_ == "NOUN":
                for prep in token.children:
                    if prep.dep_ == "prep" and prep.lower_ == "with":
                        for obj in prep.children:
                            if obj.dep_ == "pobj":
                                return self.index.named_by(obj)
        return None

    def date_of(self, cue: Token, span: Span) -> str | None:
        """The date the words were said: a date in the cue's sentence, outside the quote."""
        sentence = cue.sent
        for found in self.dates:
            start = found.span[0]
            inside_quote = span[0] <= start < span[1]
            if sentence.start_char <= start < sentence.end_char and not inside_quote:
                return found.value
        return None


def is_a_title(words: str) -> bool:
    """A book, film or programme named in quotation marks ("The Last River: A Story
    of Exile", "Silent Fields"): every word of four letters or more is capitalized,
    so it is a name, not anybody's words."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", words) if len(w) >= TITLE_WORD_LEN]
    return (
        len(words.split()) <= MAX_TITLE_WORDS
        and bool(long_words)
        and all(w[0].isupper() for w in long_words)
    )


def depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def drop_nested(quotes: list[Quote]) -> list[Quote]:
    """Reported speech inside a longer report by the same speaker is that report."""
    return [
        q
        for q in quotes
        if not any(
            o is not q
            and o.speaker_id == q.speaker_id
            and o.span[0] <= q.span[0]
            and q.span[1] <= o.span[1]
            for o in quotes
        )
    ]
