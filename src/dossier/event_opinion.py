"""Opinions: the learned classifier's second opinion on the coder's triggers, and the
judgements a speaker's own words pass on a named actor.

**Speakers' judgements** (``judgement_in``, issue 16 item 3): criticism or praise of a
named actor with no accusation or praise verb ("Peru's new water code is reckless,"
said Soto; "Kenya has been a reliable partner") is ACCUSE (disapprove) or SUPPORT from
the speaker to the actor.  The words are ``data/judgements.yaml``; a word counts as the
predicate of what the actor (or a thing of the actor's) is or shows, or as the modifier
of a noun of the actor's, never when that predicate is negated.

**The classifier's second opinion** (``SecondOpinion``, ``dossier.event_classifier``).

``review`` is called once per token the coder looks at, with the lexicon's candidate
(or ``None``), and returns the candidate to code. The classifier types the word itself
(``score_word``: which word carries the event, not the sentence around it):

- ``reject``: a lexicon trigger is dropped when the classifier puts at most
  ``VETO_OWN`` on the trigger's type at that word ("the storm battered the coast");
- ``type``: a candidate predicate the lexicon does not code is coded with the
  classifier's type when it is at least ``ADD_BEST`` sure, the lexicon codes no event
  of that type in the sentence, and the coder's own argument finding for that word
  (``verb_arguments`` of a verb, ``noun_candidate`` of a noun, the quote's speaker for
  an adjective) gives at least one side;
- ``both`` does both; ``only`` (an ablation, not for use): lexicon triggers are ignored
  and every candidate word is typed as under ``type``.

The thresholds were chosen with the voa_dev fold models (each fold scored by the model
that never saw it; see ``data/EVENT_CLASSIFIER.md``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from dossier.errors import DataError
from dossier.event_classifier import (
    NO_EVENT,
    Opinion,
    classifier_mode,
    content_lemmas,
    is_candidate,
    quoted_tokens,
    score_word,
    word_features,
)
from dossier.events.triggers import Trigger
from dossier.lexicon import load_data, word_set
from dossier.syntax.mood import is_negated
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events import _Candidate, _EventCoder
    from dossier.models import Entity

__all__ = ["Judgement", "SecondOpinion", "VerdictEvent", "judgement_in"]

VETO_OWN = 0.05
ADD_BEST = 0.6


class SecondOpinion:
    """The classifier's verdicts on one document's words, asked for lazily."""

    def __init__(self, mode: str | None = None) -> None:
        self.mode = mode if mode is not None else classifier_mode()
        self.opinions: dict[int, Opinion] = {}
        self.quoted: set[int] | None = None
        self.contexts: dict[int, Counter[str]] = {}  # sentence start -> its content lemmas

    @property
    def active(self) -> bool:
        return self.mode != "off"

    def of(self, coder: _EventCoder, token: Token) -> Opinion:
        """The classifier's verdict on ``token``, with the lexicon's reading of it."""
        if token.i not in self.opinions:
            if self.quoted is None:
                self.quoted = quoted_tokens(token.doc)
            trigger = coder.match(token)
            sentence = token.sent
            if sentence.start not in self.contexts:
                self.contexts[sentence.start] = content_lemmas(sentence)
            features = word_features(
                token,
                quoted=token.i in self.quoted,
                lexicon_type=trigger.type if trigger is not None else None,
                context=self.contexts[sentence.start],
            )
            self.opinions[token.i] = score_word(features)
        return self.opinions[token.i]

    def review(
        self, coder: _EventCoder, token: Token, candidate: _Candidate | None
    ) -> _Candidate | None:
        """The candidate to code at ``token`` once the classifier has had its say."""
        if self.mode == "only":  # ablation: the classifier types candidate words alone
            return self.typed(coder, token, beside_lexicon=False)
        if candidate is not None:
            return None if self.rejects(coder, candidate) else candidate
        if self.mode in ("type", "both"):
            return self.typed(coder, token)
        return None

    def rejects(self, coder: _EventCoder, candidate: _Candidate) -> bool:
        """Whether the classifier is sure the trigger's word tells no event of its type."""
        if self.mode not in ("reject", "both") or not is_candidate(candidate.token):
            return False
        if (
            coder.match(candidate.token) != candidate.trigger
            or candidate.trigger.type != candidate.type
        ):
            return False  # a construction's reading ("hopes X will …"), not the word's own
        return self.of(coder, candidate.token).of(candidate.type) <= VETO_OWN

    def typed(
        self, coder: _EventCoder, token: Token, *, beside_lexicon: bool = True
    ) -> _Candidate | None:
        """A candidate for a word the classifier is sure carries a type the lexicon does
        not code in its sentence, when the coder finds at least one side for it."""
        if token.i in coder.consumed or not is_candidate(token):
            return None
        opinion = self.of(coder, token)
        if opinion.label == NO_EVENT or opinion.probability < ADD_BEST:
            return None
        if beside_lexicon and any(
            (trigger := coder.match(t)) is not None and trigger.type == opinion.label
            for t in token.sent
        ):
            return None  # the lexicon codes this type here by its own reading
        return sided_candidate(coder, token, opinion.label)


def sided_candidate(coder: _EventCoder, token: Token, type_: str) -> _Candidate | None:
    """A candidate of ``type_`` at ``token`` with the sides the coder's own frames find
    for a word of its kind, or None when they find none."""
    from dossier.events import _Candidate

    noun = token.pos_ == "NOUN"
    trigger = Trigger(type_, None, noun, token.lemma_.lower())
    if noun:
        return coder.noun_candidate(trigger, token)
    targets: list[Entity | None] = []
    if token.pos_ == "ADJ":  # a verdict in a speaker's words: the speaker judges
        sources = coder.cue_speaker(token)
    else:
        sources, targets = coder.verb_arguments(trigger, token)
    if not any(sources) and not any(targets):
        return None
    candidate = _Candidate(trigger, token, type_, sources, targets)
    candidate.negated = is_negated(token)
    return candidate


NAMES = frozenset({"GPE", "ORG", "PERSON", "NORP"})
PREDICATES = frozenset({"acomp", "attr", "oprd", "dobj"})
FINITE = frozenset({"VBD", "VBZ", "VBP"})  # "ignores", not "for undermining democracy"
NONFINITE = frozenset({"xcomp", "pcomp", "advcl", "acl"})
CONDITIONS = frozenset({"if", "unless", "whether"})  # "if Chile flouts the ruling"
PARTITIVES = frozenset({"one", "some", "part"})  # "is one of the most corrupt bodies"
OWNERS = frozenset({"poss", "compound", "amod", "nmod"})
JUDGEMENT_KEYS = (
    "blame",
    "praise",
    "copulas",
    "praise_blocked_by",
    "predicate_only",
    "blame_verbs",
    "conduct_nouns",
)
VERDICT_KINDS = ("blame", "praise", "dismissal")


@dataclass(frozen=True, slots=True)
class VerdictEvent:
    """The event a kind of verdict is (``verdict_events`` of data/judgements.yaml)."""

    type: str
    mode: str | None


@dataclass(frozen=True, slots=True)
class JudgementWords:
    """``data/judgements.yaml``: words of blame and praise, the verbs of being, and the
    event a verdict of blame, of praise or of dismissal is."""

    blame: frozenset[str]
    praise: frozenset[str]
    copulas: frozenset[str]
    praise_blocked_by: frozenset[str]
    predicate_only: frozenset[str]
    blame_verbs: frozenset[str]
    conduct_nouns: frozenset[str]
    blame_event: VerdictEvent
    praise_event: VerdictEvent
    dismissal_event: VerdictEvent


@dataclass(frozen=True, slots=True)
class Judgement:
    """A verdict in a speaker's words: its type, its word, the words of the phrase it
    judges that name the actor ("Peru" of "Peru's water code"), and whether the verdict
    is denied ("was not reckless")."""

    type: str
    mode: str | None
    word: Token
    actor_words: tuple[Token, ...]
    negated: bool


@cache
def judgement_words() -> JudgementWords:
    data = load_data("judgements.yaml")
    missing = [key for key in JUDGEMENT_KEYS if not isinstance(data.get(key), list)]
    if missing:
        raise DataError(
            f"judgements.yaml in dossier/data lacks the word lists {missing}: "
            "add each as a YAML list (see the file's comments)"
        )
    blame, praise, dismissal = verdict_events(data.get("verdict_events"))
    return JudgementWords(
        word_set(data, "blame"),
        word_set(data, "praise"),
        word_set(data, "copulas"),
        word_set(data, "praise_blocked_by"),
        word_set(data, "predicate_only"),
        word_set(data, "blame_verbs"),
        word_set(data, "conduct_nouns"),
        blame,
        praise,
        dismissal,
    )


def verdict_events(
    listed: object,
) -> tuple[VerdictEvent, VerdictEvent, VerdictEvent]:
    """The events of a verdict of blame, of praise and of dismissal, each checked to be
    a type data/events.yaml defines."""
    from dossier.events.triggers import event_lexicon

    if not isinstance(listed, dict) or any(kind not in listed for kind in VERDICT_KINDS):
        raise DataError(
            "judgements.yaml in dossier/data lacks verdict_events with "
            f"{', '.join(VERDICT_KINDS)}: give each as {{type: TYPE, mode: MODE or null}}"
        )
    types = event_lexicon().types
    found = [VerdictEvent(listed[k]["type"], listed[k]["mode"]) for k in VERDICT_KINDS]
    unknown = [v.type for v in found if v.type not in types]
    if unknown:
        raise DataError(f"judgements.yaml: verdict_events name no type of events.yaml: {unknown}")
    return found[0], found[1], found[2]


def judgement_in(tokens: Sequence[Token]) -> Judgement | None:
    """The first judgement of a named actor in ``tokens`` (a quote's words), if any."""
    words = judgement_words()
    for token in tokens:
        verdict = verdict_of(token, words)
        if verdict is None and is_blaming_deed(token, words):  # "Peru's code ignores the south"
            verdict, judged, predicate = words.blame_event, subject_of(token), token
        elif verdict is None:
            continue
        else:
            judged, predicate = judged_phrase(token, words)
        actor = actor_words(judged) if judged is not None else ()
        if not actor:
            continue
        return Judgement(verdict.type, verdict.mode, token, actor, is_negated(predicate))
    return None


def verdict_of(token: Token, words: JudgementWords) -> VerdictEvent | None:
    """The event of a word of blame or of praise (ACCUSE, SUPPORT), else None."""
    if token.pos_ not in ("ADJ", "NOUN"):
        return None
    keys = {token.lower_, token.lemma_.lower(), hyphenated(token)}
    if keys & words.blame:
        return words.blame_event
    if keys & words.praise and not any(
        c.dep_ == "prep" and c.lower_ in words.praise_blocked_by for c in children_of(token)
    ):
        return words.praise_event
    return None


def is_blaming_deed(token: Token, words: JudgementWords) -> bool:
    """A verb of ``blame_verbs`` told as done by its active subject ("Peru's code ignores
    the south", "the junta squandered the aid"): not asked or supposed ("must not
    ignore", "could undermine", "if Chile flouts the ruling"), not passive."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in words.blame_verbs:
        return False
    supposed = any(c.tag_ == "MD" or c.lower_ in CONDITIONS for c in children_of(token))
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(token))
    finite = token.tag_ in FINITE or any(c.dep_ == "aux" for c in children_of(token))
    return finite and not supposed and not passive and token.dep_ not in NONFINITE


def hyphenated(token: Token) -> str:
    """ "short-sighted" read as one word ("shortsighted"), however it was split."""
    doc = token.doc
    start = token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_:
        start -= 2
    if start == token.i:  # no hyphen before it: the word itself
        return "" if token.text == "-" else token.lower_
    return "".join(t.lower_ for t in doc[start : token.i + 1] if t.text != "-")


def judged_phrase(word: Token, words: JudgementWords) -> tuple[Token | None, Token]:
    """What ``word`` judges and the predicate whose negation would deny it: the subject
    of a verb of being ("X's plan was chaotic", "X is a reliable partner", "X has shown
    remarkable courage"), else the noun it modifies ("X's reckless plan") unless the
    word only describes there (``predicate_only``: "X's catastrophic earthquake")."""
    head = word
    while head.dep_ == "conj":  # "slow and chaotic": as the first conjunct
        head = head.head
    if head.dep_ == "amod" and head.head.dep_ in PREDICATES:
        head = head.head  # "a dangerous mistake", "remarkable leadership"
    elif head.dep_ == "amod" and partitive_predicate(head.head) is not None:
        head = partitive_predicate(head.head) or head  # "one of the most corrupt bodies"
    predicate = head.dep_ in PREDICATES or head.lower_ == "among"
    if predicate and head.head.lemma_.lower() in words.copulas:
        verb = head.head
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject, verb
    describes = {word.lemma_.lower(), word.lower_} & words.predicate_only
    if word.dep_ == "amod" and word.head.pos_ in ("NOUN", "PROPN") and not describes:
        return word.head, word.head
    if word.pos_ == "NOUN" and not describes and any(is_owner(c) for c in children_of(word)):
        return word, word  # "Peruvian lawfare", "Beijing's hypocrisy": the noun is the verdict
    return None, head


def partitive_predicate(noun: Token) -> Token | None:
    """The predicate a noun is part of in "X is one of the most corrupt institutions"
    ("one") or "X is among the most hostile regimes" ("among"), else None."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ in PARTITIVES and prep.head.dep_ in PREDICATES:
        return prep.head
    if prep.lower_ == "among" and prep.dep_ == "prep":
        return prep
    return None


def is_owner(token: Token) -> bool:
    """A word that names who a noun belongs to: "Beijing's", "Peruvian", "the Lima"."""
    if token.dep_ not in OWNERS:
        return False
    return token.ent_type_ in NAMES or token.pos_ == "PROPN"


def actor_words(judged: Token) -> tuple[Token, ...]:
    """The words naming the party the judged phrase is or belongs to: the phrase itself
    ("Kenya"), its owner ("Norway's handling", "the Chilean government's response"), or
    its national or name modifier ("the Bolivian plan"), or the of-phrase of a noun of
    conduct ("the response of the Kenyan police", ``conduct_nouns``); never a party
    named only in a place or topic phrase ("the situation in Kabul", "the trial of Lai")."""
    conduct = judgement_words().conduct_nouns
    found: list[Token] = []
    frontier = [judged]
    while frontier:
        token = frontier.pop()
        if token.ent_type_ in NAMES or token.pos_ == "PROPN":
            found.append(token)
        frontier += [c for c in children_of(token) if c.dep_ in OWNERS]
        if token.lemma_.lower() in conduct:  # "the response of the Kenyan police"
            frontier += [o for c in children_of(token) if c.lower_ == "of" for o in children_of(c)
                         if o.dep_ == "pobj"]  # fmt: skip
    return tuple(sorted(found, key=lambda t: t.i))
