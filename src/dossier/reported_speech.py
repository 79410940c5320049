"""Reported speech: the words a speech verb reports, by the kind of verb it is.

"Ruiz said [the talks had failed]" (a clause), "urged [the council to act]" (an
object and an infinitive), "described [the plan as reckless]" (an object and
what it is called), "highlighted [the cost]" (an object), "spoke about [the
border dispute]" (a preposition's object), and an attribution set into the
sentence it reports ("Prices were better at home, Ruiz said, but now …").  A
negated or questioned verb reports nothing ("could not say when …").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dossier.identity_cache import kept_for
from dossier.models import Span
from dossier.quote_speakers import SUBJECTS
from dossier.speech_words import SpeechLexicon
from dossier.syntax.clauses import subtree_bounds
from dossier.syntax.tree import children_of
from dossier.syntax.words import WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "ReportedContent",
    "is_infinitive",
    "not_asserted",
    "reporting_verbs",
    "subtree_span",
]


class ReportedContent:
    """What the speech verbs of one article report (see the module docstring)."""

    def __init__(self, text: str, lexicon: SpeechLexicon) -> None:
        self.text = text
        self.lexicon = lexicon
        self.verbs = reporting_verbs(lexicon)

    def may_report(self, word: Token) -> bool:
        """False for a word ``reported_contents`` surely finds nothing for (neither a
        verb nor a parenthetical "said", or a word of none of the lists of verbs that
        report: most verbs of an article): a cheap test run before the others."""
        lemma = word.lemma_.lower()
        if lemma not in self.verbs:
            return False
        return word.pos_ in ("VERB", "AUX") or (
            word.dep_ == "parataxis" and lemma in self.lexicon.say
        )

    def reported_contents(self, verb: Token) -> list[Span]:
        """What a speech verb reports, if it is words enough to be something said: not
        "expressed concern", "citing the decision" (``min_quote_words``)."""
        least = self.lexicon.min_quote_words
        return [
            (start, end)
            for start, end in self.contents(verb)
            if len(re.findall(r"\w+", self.text[start:end])) >= least
        ]

    def contents(self, verb: Token) -> list[Span]:
        """What a speech verb reports: its complement, or, for an attribution set into
        the sentence it reports ("Prices were better at home, Ruiz said, but now …"),
        the clause before it and the one joined after it by "but"/"and"; set in before
        the clause ("Still, Ruiz says, opinions remain divided"), the clause after it."""
        if self.unsaid(verb):
            return []
        content = self.reported_content(verb)
        if content is not None:
            return [content]
        if verb.dep_ != "parataxis" or verb.lemma_.lower() not in self.lexicon.say:
            return []
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in children_of(verb)):
            return []
        head = verb.head
        if head.pos_ not in ("VERB", "AUX"):
            return []
        own = subtree_span(verb)
        if head.i > verb.i:  # "Still, Ruiz says, opinions remain divided."
            after = [t for t in head.subtree if t.idx >= own[1] and not t.is_space]
            return [(after[0].idx, after[-1].idx + len(after[-1].text))] if after else []
        before = [t for t in head.subtree if t.idx < own[0] and not t.is_space]
        if not before:
            return []
        found = [(before[0].idx, before[-1].idx + len(before[-1].text))]
        for conj in children_of(head):
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
        children = list(children_of(verb))
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
                    for g in children_of(c)
                    if g.dep_ == "pobj"
                ),
                None,
            )
            comp = next((c for c in children if c.dep_ in ("xcomp", "ccomp")), None)
            head = obj or prep_obj
            if head is not None and comp is not None:
                return (subtree_span(head)[0], subtree_span(comp)[1])
        if lemma in lexicon.say_that and not any(c.dep_ in ("dobj", "dative") for c in children):
            comp = next((c for c in children if c.dep_ == "ccomp" and is_that(c)), None)
            if comp is not None:
                return subtree_span(comp, skip_mark=True)  # "demanded that the army withdraw"
        if lemma in lexicon.say_as:
            characterized = self.characterized(children)
            if characterized is not None:
                return characterized
        if lemma in lexicon.say_object:
            obj = next((c for c in children if c.dep_ == "dobj"), None)
            if obj is not None and not self.names_a_source(obj):
                clause = next((c for c in children_of(obj) if c.dep_ in ("acl", "ccomp")), None)
                if obj.lemma_.lower() in lexicon.say_nouns and clause is not None:
                    return subtree_span(clause, skip_mark=True)
                return subtree_span(obj)
        if lemma in lexicon.speak_verbs:
            for n, child in enumerate(children):
                if child.dep_ == "prep" and child.lower_ in lexicon.content_preps:
                    objects = [g for g in children_of(child) if g.dep_ in ("pobj", "pcomp")]
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

    def unsaid(self, verb: Token) -> bool:
        """A speech verb that reports no one's words: an infinitive under a forecast,
        plan or difficulty ("is likely to find the editor guilty", "hard to predict how
        …"; ``unasserted_heads``), or a verb that means "show" with a thing of someone's
        for subject ("Okafor's case underscores a trend"; ``evidential``)."""
        lexicon = self.lexicon
        if is_infinitive(verb) and verb.dep_ in ("xcomp", "advcl"):
            head = verb.head
            if any(c.dep_ == "prt" and c.lower_ == "on" for c in children_of(head)):
                return False  # "went on to say"
            over = {head.lemma_.lower()} | {
                c.lemma_.lower() for c in children_of(head) if c.dep_ == "acomp"
            }
            if over & lexicon.unasserted_heads:
                return True
        if verb.lemma_.lower() in lexicon.evidential:
            subject = next((c for c in children_of(verb) if c.dep_ in SUBJECTS), None)
            if subject is not None and subject.pos_ == "NOUN":
                return any(c.dep_ == "poss" for c in children_of(subject))
        return False

    def names_a_source(self, obj: Token) -> bool:
        """ "citing government sources", "citing Reuters": the object is who spoke,
        not what was said."""
        sources = self.lexicon.unnamed_speakers
        return (
            obj.lemma_.lower() in sources
            or obj.lower_ in sources
            or obj.ent_type_ in ("PERSON", "ORG", "NORP")
        )

    def without_other_reports(self, clause: Token, span: Span) -> Span:
        """What one speaker said, without a second speaker's report joined to it: "said
        the evidence was weak, while the other lawyer said it was strong" reports two
        things (the second is a quote of its own), as do "said it opposed the move,
        while Lima called it reckless" (any speech verb after "while" or "whereas") and
        "said its ship sailed past the reef, in a move Beijing called illegal"."""
        start, end = span
        for token in clause.subtree:
            if token.dep_ not in ("advcl", "conj", "relcl") or token is clause:
                continue
            said = token.dep_ != "relcl" and token.lemma_.lower() in self.lexicon.say
            if not said and not self.second_report(token):
                continue
            if any(c.dep_ in SUBJECTS for c in children_of(token)):
                end = min(end, subtree_span(token)[0])
        return start, end

    def second_report(self, verb: Token) -> bool:
        """ "…, while Lima called it reckless", "…, a move Beijing called illegal": a second
        speaker's words set against the first's, or told of a thing the first named."""
        lemma = verb.lemma_.lower()
        if verb.dep_ == "relcl":  # not "fighters it had promised to release"
            return lemma in WORDS.reporting_heads or lemma in self.lexicon.say_as
        if lemma not in self.lexicon.cues:
            return False
        return verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in children_of(verb)
        )

    def said_by_a_document(self, verb: Token) -> bool:
        """ "The revised law says ships must …": a document's words, with no speaker;
        not "reports say …", "media reports say …": documents no one names."""
        subject = next((c for c in children_of(verb) if c.dep_ in SUBJECTS), None)
        if subject is None or subject.lemma_.lower() not in self.lexicon.document_nouns:
            return False
        return subject.tag_ != "NNS" or any(c.dep_ in ("det", "poss") for c in children_of(subject))

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
            what = next(
                (c for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "as"), None
            )
        if what is None or what.i < obj.i:
            return None
        return subtree_span(obj)[0], subtree_span(what)[1]


CONTRAST_MARKS = frozenset({"while", "whereas"})
# a speech lexicon's reporting verbs (``reporting_verbs``), by the lexicon's id
REPORTING_VERBS: dict[int, tuple[SpeechLexicon, frozenset[str]]] = {}


def reporting_verbs(lexicon: SpeechLexicon) -> frozenset[str]:
    """The verbs ``reported_content`` reads a content for, in any of its lists: a verb
    of none of them reports nothing (``contents``)."""

    def verbs(one: SpeechLexicon) -> frozenset[str]:
        lists = (one.say, one.say_request, one.say_that, one.say_as)
        return frozenset().union(*lists, one.say_object, one.speak_verbs)

    return kept_for(REPORTING_VERBS, lexicon, verbs)


def is_infinitive(clause: Token) -> bool:
    """ "expected the council to act": a wish about others, not a statement."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(clause))


def is_that(clause: Token) -> bool:
    """ "demanded [that the army withdraw]": a clause opened by "that"."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause))


def not_asserted(verb: Token) -> bool:
    """A speech verb that reports nothing said: negated ("could not say when the
    schools would open"), or asked about ("whether the council views the plan as a
    threat remains to be seen")."""
    if verb.dep_ == "csubj":
        return True
    return any(
        c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("whether", "if"))
        for c in children_of(verb)
    )


def subtree_span(token: Token, *, skip_mark: bool = False) -> Span:
    """The characters of ``token``'s subtree, first to last word (``subtree_bounds``:
    no Token made for every word of the clause).

    ``skip_mark`` leaves the span as it is: the mark it was to leave out ("that") was
    found by ``t.head is token``, and spaCy makes a new Token at each ``t.head``, so
    that test never held and the span was always the whole subtree's."""
    del skip_mark
    return subtree_bounds(token)
