"""Quotes: who said what, to whom and when, from the parse and the entity clusters.

Direct quotes are the spans inside quotation marks (a paragraph that opens a quote
without closing it continues in the next one that opens with a mark); each is
attributed through the nearest speech verb of its sentence or paragraph ("…," he
added; said Blinken, "…"), whose subject is resolved to an entity: a name, a
description the entity stage attached ("the top US diplomat"), or a pronoun
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
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from dossier.coref import coreference_of
from dossier.lexicon import load_data, load_lexicon, word_set
from dossier.mentions import EntityIndex
from dossier.models import Coreference, DateMention, Entity, Quote, Span

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

OPENING = {"“": "”", '"': '"', "«": "»", "„": "“"}
CLOSING_ALSO = {"“": '"', '"': "”"}
SUBJECTS = ("nsubj", "nsubjpass")
TRAILING = " ,;:"
CLIMB = ("advcl", "xcomp", "conj", "pcomp", "acl")  # clauses that share their head's subject
TITLE_LOOKBACK = 150  # tokens back to look for the title a bare "the spokesperson" repeats
INVERTED_DESCRIPTION_WORDS = 6  # "said [former deputy trade minister] Name"
KIN_WINDOW = 3  # tokens before a name to look for the kin noun introducing it ("his son,")
TITLE_WORD_LEN = 4  # words this long are capitalized in a title ("of", "the", "for" are not)
MAX_TITLE_WORDS = 14  # a quoted span longer than this is no title
UNNAMED_DETERMINERS = frozenset({"the", "some", "several", "many", "other", "two", "three"})
OWN_WORDS = 2  # reported content with this many words outside its quote is a report too


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    say: frozenset[str]
    say_object: frozenset[str]
    say_request: frozenset[str]
    say_as: frozenset[str]
    content_preps: frozenset[str]
    speak_verbs: frozenset[str]
    not_content: frozenset[str]
    unnamed_speakers: frozenset[str]
    say_nouns: frozenset[str]
    document_nouns: frozenset[str]
    according_to: tuple[str, ...]
    quoting: frozenset[str]
    say_infinitive: frozenset[str]
    telling: frozenset[str]
    addressee_nouns: frozenset[str]
    namesake_modifiers: dict[str, frozenset[str]]
    kin_nouns: dict[str, frozenset[str]]
    pronouns: dict[str, frozenset[str]]
    min_quote_words: int
    max_quote_chars: int

    @property
    def cues(self) -> frozenset[str]:
        return (
            self.say
            | self.say_object
            | self.say_request
            | self.say_as
            | self.quoting
            | self.speak_verbs
        )


def word_groups(data: dict[str, Any], key: str) -> dict[str, frozenset[str]]:
    return {group: frozenset(map(str, words)) for group, words in data.get(key, {}).items()}


@lru_cache(maxsize=1)
def speech_lexicon() -> SpeechLexicon:
    data: dict[str, Any] = load_data("speech.yaml")

    return SpeechLexicon(
        say=word_set(data, "say"),
        say_object=word_set(data, "say_object"),
        say_request=word_set(data, "say_request"),
        say_as=word_set(data, "say_as"),
        content_preps=word_set(data, "content_preps"),
        speak_verbs=word_set(data, "speak_verbs"),
        not_content=word_set(data, "not_content"),
        unnamed_speakers=word_set(data, "unnamed_speakers"),
        say_nouns=word_set(data, "say_nouns"),
        document_nouns=word_set(data, "document_nouns"),
        according_to=tuple(str(w).lower() for w in data.get("according_to", [])),
        quoting=word_set(data, "quoting"),
        say_infinitive=word_set(data, "say_infinitive"),
        telling=word_set(data, "telling"),
        addressee_nouns=word_set(data, "addressee_nouns"),
        namesake_modifiers=word_groups(data, "namesake_modifiers"),
        kin_nouns=word_groups(data, "kin_nouns"),
        pronouns={k: frozenset(v) for k, v in data.get("pronouns", {}).items()},
        min_quote_words=int(data.get("min_quote_words", 3)),
        max_quote_chars=int(data.get("max_quote_chars", 4000)),
    )


# --- quotation marks ------------------------------------------------------------


def quoted_spans(text: str, max_chars: int) -> tuple[list[Span], list[str]]:
    """The ``[start, end)`` of the words inside each pair of quotation marks.

    Straight quotes after a digit are inch marks (a 12" pipe), not quotes.  A quote
    that is still open at a paragraph break continues only if the next paragraph opens
    with a quotation mark; otherwise it never closed and is dropped with a warning.
    """
    spans: list[Span] = []
    warnings: list[str] = []
    i = 0
    while i < len(text):
        mark = text[i]
        if mark not in OPENING or not is_opening(text, i):
            i += 1
            continue
        end = closing_index(text, i)
        if end is None:
            line = text.count("\n", 0, i) + 1
            warnings.append(f"quotation mark at line {line} never closes; no quote taken from it")
            i += 1
            continue
        if end - i - 1 > max_chars:
            warnings.append(f"quote of {end - i - 1} characters at {i} is too long; dropped")
        elif end > i + 1:
            spans.append((i + 1, end))
        i = end + 1
    return spans, warnings


def is_opening(text: str, i: int) -> bool:
    if text[i] != '"':
        return text[i] in "“«„"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isalnum() and not after.isspace() and not before.isdigit()


def closing_index(text: str, start: int) -> int | None:
    """Index of the mark closing the quote opened at ``start``, across paragraphs."""
    mark = text[start]
    closers = {OPENING[mark], CLOSING_ALSO.get(mark, OPENING[mark])}
    i = start + 1
    while i < len(text):
        ch = text[i]
        if ch in closers and (ch != '"' or is_closing_straight(text, i)):
            return i
        if ch == "\n":
            j = i
            while j < len(text) and text[j] in "\n ":
                j += 1
            if j >= len(text) or text[j] not in OPENING:
                return None
            i = j + 1
            continue
        i += 1
    return None


def is_closing_straight(text: str, i: int) -> bool:
    before = text[i - 1]
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isdigit() and not after.isalnum() and not before.isspace()


# --- the stage ---------------------------------------------------------------------


def find_quotes(
    doc: Doc, entities: list[Entity], dates: list[DateMention]
) -> tuple[list[Quote], list[str]]:
    """Every direct and indirect quote in ``doc`` with its speaker, in text order."""
    lexicon = speech_lexicon()
    text = doc.text
    spans, warnings = quoted_spans(text, lexicon.max_quote_chars)
    index = EntityIndex(entities, spans)
    finder = _QuoteFinder(doc, text, lexicon, index, dates)
    finder.coref = coreference_of(doc, entities, spans)
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
        self.token_starts = [t.idx for t in doc]
        self.title_words = load_lexicon().title_words
        self.coref = Coreference()  # what pronouns and descriptions stand for

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
        for token in self.doc:
            if self.index.inside_quote(token.idx, token.idx + 1):
                continue
            if not_asserted(token):
                continue
            for content in self.reported_contents(token):
                span = self.trimmed(content)
                if span in seen or span[1] - span[0] < 3 or self.is_direct(span, spans):
                    continue
                speaker = self.speaker_of(token)
                if speaker is None and not self.said_by_a_document(token):
                    continue
                seen.add(span)
                found.append(self.make_quote("indirect", span, token, None, speaker=speaker))
        found.extend(self.according_to_quotes(seen))
        return drop_nested(found)

    def reported_contents(self, verb: Token) -> list[Span]:
        """What a speech verb reports: its complement, or, for an attribution set into
        the sentence it reports ("Prices were better at home, Ruiz said, but now …"),
        the clause before it and the one joined after it by "but"/"and"."""
        content = self.reported_content(verb)
        if content is not None:
            return [content]
        if verb.dep_ != "parataxis" or verb.lemma_.lower() not in self.lexicon.say:
            return []
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
            return []
        head = verb.head
        if head.i > verb.i or head.pos_ not in ("VERB", "AUX"):
            return []
        own = subtree_span(verb)
        before = [t for t in head.subtree if t.idx < own[0] and not t.is_space]
        if not before:
            return []
        found = [(before[0].idx, before[-1].idx + len(before[-1].text))]
        for conj in head.children:
            if conj.dep_ == "conj" and conj.i > verb.i:
                after = [t for t in conj.subtree if t.idx >= own[1]]
                if after:
                    found.append((after[0].idx, after[-1].idx + len(after[-1].text)))
        return found

    def reported_content(self, verb: Token) -> Span | None:
        """The words a speech verb reports, by the kind of verb it is."""
        lemma = verb.lemma_.lower()
        lexicon = self.lexicon
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        children = list(verb.children)
        if lemma in lexicon.say:
            for child in children:
                if child.dep_ == "ccomp" and not is_infinitive(child):
                    return self.without_other_reports(child, subtree_span(child, skip_mark=True))
                if child.dep_ == "xcomp" and lemma in lexicon.say_infinitive:
                    return subtree_span(child)
        if lemma in lexicon.say_request:
            obj = next((c for c in children if c.dep_ in ("dobj", "dative")), None)
            prep_obj = next(
                (
                    g
                    for c in children
                    if c.dep_ == "prep" and c.lower_ in lexicon.content_preps
                    for g in c.children
                    if g.dep_ == "pobj"
                ),
                None,
            )
            comp = next((c for c in children if c.dep_ in ("xcomp", "ccomp")), None)
            head = obj or prep_obj
            if head is not None and comp is not None:
                return (subtree_span(head)[0], subtree_span(comp)[1])
        if lemma in lexicon.say_as:
            characterized = self.characterized(children)
            if characterized is not None:
                return characterized
        if lemma in lexicon.say_object:
            obj = next((c for c in children if c.dep_ == "dobj"), None)
            if obj is not None:
                clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp")), None)
                if obj.lemma_.lower() in lexicon.say_nouns and clause is not None:
                    return subtree_span(clause, skip_mark=True)
                return subtree_span(obj)
        if lemma in lexicon.speak_verbs:
            for n, child in enumerate(children):
                if child.dep_ == "prep" and child.lower_ in lexicon.content_preps:
                    objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
                    if objects and objects[0].lemma_.lower() in lexicon.not_content:
                        continue  # "speaking on condition of anonymity"
                    if objects and objects[0].ent_type_ not in ("DATE", "TIME"):  # "on Friday"
                        start, end = subtree_span(objects[0])
                        for later in children[n + 1 :]:  # "called for X with Y and Z"
                            if later.dep_ != "prep":
                                break
                            end = subtree_span(later)[1]
                        if len(self.text[start:end].split()) >= lexicon.min_quote_words:
                            return start, end  # not "called on Afghans": no words reported
        return None

    def without_other_reports(self, clause: Token, span: Span) -> Span:
        """What one speaker said, without a second speaker's report joined to it: "said
        the evidence was weak, while the other lawyer said it was strong" reports two
        things (the second is a quote of its own)."""
        start, end = span
        for token in clause.subtree:
            if token.dep_ not in ("advcl", "conj") or token is clause:
                continue
            if token.lemma_.lower() not in self.lexicon.say:
                continue
            if any(c.dep_ in SUBJECTS for c in token.children):
                end = min(end, subtree_span(token)[0])
        return start, end

    def said_by_a_document(self, verb: Token) -> bool:
        """ "The revised law says ships must …": a document's words, with no speaker."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        return subject is not None and subject.lemma_.lower() in self.lexicon.document_nouns

    @staticmethod
    def characterized(children: list[Token]) -> Span | None:
        """ "described [the jailbreak as deplorable]", "called [the base the perfect
        place]": the object with what it is called."""
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        if obj is None or obj.tag_ in ("WP", "WDT"):
            return None  # "what he called their victory" reports nothing
        what = next(
            (
                c
                for c in children
                if (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("oprd", "xcomp")
            ),
            None,
        )
        if what is None:
            what = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if what is None or what.i < obj.i:
            return None
        return subtree_span(obj)[0], subtree_span(what)[1]

    def according_to_quotes(self, seen: set[Span]) -> list[Quote]:
        """ "According to CNN, at least 22 commandos were executed": CNN said the rest;
        "The road is closed, according to the mayor": the mayor said what comes before."""
        quotes = []
        for sentence in self.doc.sents:
            lowered = sentence.text.lower()
            for phrase in self.lexicon.according_to:
                if not lowered.startswith(phrase):
                    quote = self.according_to_after(sentence, phrase, seen)
                    if quote is not None:
                        quotes.append(quote)
                    continue
                comma = sentence.text.find(",")
                if comma == -1:
                    continue
                source = (sentence.start_char + len(phrase), sentence.start_char + comma)
                found = self.index.covering(*source)
                if not found:
                    continue
                speaker = found[0][2]
                span = self.trimmed((sentence.start_char + comma + 1, sentence.end_char))
                if span in seen:
                    continue
                seen.add(span)
                cue = self.token_at(sentence.start_char)
                quotes.append(self.make_quote("indirect", span, cue, None, speaker=speaker))
        return quotes

    def according_to_after(self, sentence: SpacySpan, phrase: str, seen: set[Span]) -> Quote | None:
        """ "Infrastructure there is almost non-existent, according to Ruiz, who …": the
        clause before ", according to X" is what X said."""
        at = sentence.text.lower().find(", " + phrase + " ")
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

        Content with words of its own around the quote ("said the EU is “one of the
        most hostile …”") is a report of its own as well (ANNOTATION.md counts both)."""
        start, end = span
        for qs, qe in spans:
            overlap = min(end, qe) - max(start, qs)
            if overlap > 0.6 * (end - start):
                outside = self.text[start : max(start, qs - 1)] + self.text[min(end, qe + 1) : end]
                return len(re.findall(r"\w+", outside)) < OWN_WORDS
        return False

    def trimmed(self, span: Span) -> Span:
        start, end = span
        while start < end and self.text[start] in ' ,:;"“”':
            start += 1
        while end > start and self.text[end - 1] in ' ,:;."“”':
            end -= 1
        if self.text[start : start + 5].lower() == "that ":
            start += 5
        return start, end

    # speakers ------------------------------------------------------------------------

    def speaker_of(self, verb: Token) -> Entity | None:
        """The entity who speaks through ``verb``: its subject, resolved."""
        if verb.lemma_.lower() in self.lexicon.quoting or any(
            a.lemma_.lower() in self.lexicon.quoting for a in list(verb.ancestors)[:2]
        ):
            quoting = (
                verb
                if verb.lemma_.lower() in self.lexicon.quoting
                else next(a for a in verb.ancestors if a.lemma_.lower() in self.lexicon.quoting)
            )
            obj = next((c for c in quoting.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return self.resolve(obj)
        current: Token | None = verb
        for _ in range(3):
            if current is None:
                break
            subject = next((c for c in current.children if c.dep_ in SUBJECTS), None)
            if subject is not None and self.unnamed(subject):
                return None
            if subject is not None and subject.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                subject = current.head  # "according to Ruiz, who said …", "Velta, which argues"
            if subject is not None:
                return self.resolve(subject)
            head = current.head
            climbs = current.dep_ in CLIMB and head is not current
            if not climbs or self.index.inside_quote(head.idx, head.idx + 1):
                break
            current = head
        return (
            self.adjacent_name(verb)
            or self.other_cue_speaker(verb)
            or self.stranded_subject(current or verb)
        )

    def unnamed(self, subject: Token) -> bool:
        """ "Two U.S. defense officials told VOA …", "the officials said": people no one
        names, counted or referred back to, speak but are no speaker (ANNOTATION.md);
        "EU officials said" is the EU speaking, and a name in apposition ("officials,
        including Ana Ruiz") is a speaker."""
        words = {subject.lower_, subject.lemma_.lower()}
        if subject.tag_ != "NNS" or not words & self.lexicon.unnamed_speakers:
            return False
        children = list(subject.children)
        if any(c.dep_ in ("appos", "conj") for c in children):
            return False
        return any(c.dep_ == "nummod" or c.lower_ in UNNAMED_DETERMINERS for c in children)

    def stranded_subject(self, verb: Token) -> Entity | None:
        """The subject the parse hung on the phrase before a subjectless clause:
        "Underlining the need for talks in Oslo, Foreign Minister Ana Ruiz, at a press
        conference with Lee, spoke against …" (the parse makes Ruiz a conjunct of
        Oslo).  The nearest person or organization before the verb that is no
        preposition's object."""
        if any(c.dep_ in SUBJECTS for c in verb.children) or verb.dep_ in ("xcomp", "ccomp"):
            return None
        for token in reversed(self.doc[verb.sent.start : verb.i]):
            if token.pos_ != "PROPN" or token.dep_ == "pobj" or token.dep_ == "compound":
                continue
            if self.index.inside_quote(token.idx, token.idx + 1):
                continue
            found = self.index.covering(token.idx, token.idx + len(token.text))
            if found and found[0][2].type in ("PERSON", "ORG"):
                return found[0][2]
        return None

    def other_cue_speaker(self, verb: Token) -> Entity | None:
        """The subject of another speech verb of the sentence ("Contending …, he added")."""
        candidates = sorted(
            (t for t in verb.sent if t is not verb and t.lemma_.lower() in self.lexicon.say),
            key=lambda t: abs(t.i - verb.i),
        )
        for other in candidates:
            if self.index.inside_quote(other.idx, other.idx + 1):
                continue
            subject = next((c for c in other.children if c.dep_ in SUBJECTS), None)
            if subject is not None:
                return self.resolve(subject)
        return None

    def adjacent_name(self, verb: Token) -> Entity | None:
        """A name next to the verb when the parse lost the subject ("Blinken said")."""
        before = self.doc[verb.i - 1] if verb.i > 0 else None
        after = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        for token in (before, after):
            if token is not None and token.pos_ == "PROPN":
                found = self.index.covering(token.idx, token.idx + len(token.text))
                if found:
                    return found[0][2]
        return self.name_after_inverted_cue(verb)

    def name_after_inverted_cue(self, verb: Token) -> Entity | None:
        """The person named after a description in an inverted attribution the parse
        broke up: '"…," said trade policy analyst Mira Holt of Oslo's institute'."""
        if verb.i == 0 or not self.doc[verb.i - 1].is_punct:
            return None
        for token in self.doc[verb.i + 1 : verb.i + 1 + INVERTED_DESCRIPTION_WORDS]:
            if token.is_punct or token.pos_ in ("VERB", "AUX"):
                return None
            if token.pos_ != "PROPN":
                continue
            found = self.index.covering(token.idx, token.idx + len(token.text))
            entity = found[0][2] if found else self.index.named_by_alias(token)
            if entity is not None and entity.type in ("PERSON", "ORG"):
                return entity
        return None

    def resolve(self, token: Token) -> Entity | None:
        """A subject as an entity: named, described, or a pronoun's antecedent."""
        lower = token.lower_
        if token.pos_ == "PRON" or lower in self.lexicon.pronouns:
            return self.referent(token)
        named = self.index.named_by(token) or self.index.named_by_alias(token)
        return self.namesake(token, named) if named else self.body_of_title(token)

    def referent(self, token: Token) -> Entity | None:
        """The entity of the article a pronoun stands for (the coreference stage's), if
        the pronoun can name a speaker or an addressee (``pronouns`` in speech.yaml)."""
        if token.lower_ not in self.lexicon.pronouns:
            return None
        reference = self.coref.at(token.idx)
        found = reference.entities if reference is not None else ()
        return next((e for e in found if e.id), None)

    def namesake(self, token: Token, named: Entity) -> Entity:
        """ "the younger Halvorsen" after "his son, Emil Halvorsen": a modifier that sets
        apart two people of one surname names the one of its generation."""
        generation = next(
            (
                group
                for c in token.lefts
                for group, words in self.lexicon.namesake_modifiers.items()
                if c.lower_ in words
            ),
            None,
        )
        if generation is None or named.type != "PERSON":
            return named
        namesakes = [
            e
            for e in self.index.entities
            if e.type == "PERSON" and e.name.split()[-1] == token.text
        ]
        if len(namesakes) != 2:
            return named
        kin = {id(e): self.kin_generation(e) for e in namesakes}
        same = [e for e in namesakes if kin[id(e)] == generation]
        not_other = [e for e in namesakes if kin[id(e)] in (None, generation)]
        chosen = same if len(same) == 1 else not_other
        return chosen[0] if len(chosen) == 1 else named

    def kin_generation(self, entity: Entity) -> str | None:
        """The generation of the kin noun an entity is first introduced with ("his son,
        Emil Halvorsen": younger), or None."""
        if not entity.mentions:
            return None
        start, end = min(entity.mentions)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        before = self.doc[max(0, span.start - KIN_WINDOW) : span.start]
        words = {t.lemma_.lower() for t in before} | {span.root.head.lemma_.lower()}
        for group, nouns in self.lexicon.kin_nouns.items():
            if words & nouns:
                return group
        return None

    def body_of_title(self, token: Token) -> Entity | None:
        """ "the spokesperson told VOA" after "A State Department spokesperson said":
        a speaker named by a title only speaks for the body the title was first given
        with.  The same title word, earlier and nearby, with an organization or a
        country in its phrase."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.title_words:
            return None
        for earlier in reversed(self.doc[max(0, token.i - TITLE_LOOKBACK) : token.i]):
            if earlier.lemma_ != token.lemma_ or earlier.pos_ != "NOUN":
                continue
            if self.index.inside_quote(earlier.idx, earlier.idx + 1):
                continue
            found = self.index.named_by(earlier)
            if found is not None and found.type != "PERSON":
                return found
        return None

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
            speaker = self.speaker_of(cue)
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
                return self.resolve(child)
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


def is_infinitive(clause: Token) -> bool:
    """ "expected the council to act": a wish about others, not a statement."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


def not_asserted(verb: Token) -> bool:
    """A speech verb that reports nothing said: negated ("could not say when the
    schools would open"), or asked about ("whether the council views the plan as a
    threat remains to be seen")."""
    if verb.dep_ == "csubj":
        return True
    return any(
        c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("whether", "if"))
        for c in verb.children
    )


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


def subtree_span(token: Token, *, skip_mark: bool = False) -> Span:
    tokens = [t for t in token.subtree if not (skip_mark and t.dep_ == "mark" and t.head is token)]
    if not tokens:
        tokens = list(token.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
