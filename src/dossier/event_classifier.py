"""A learned second opinion on the PLOVER type carried by one word.

For each candidate predicate of a sentence (a verb, a noun, a predicative adjective) a
multinomial logistic regression over sparse features of that word (its lemma, part of
speech, dependency, voice, negation, its object, preposition, particle and complement
lemmas, its head and whether the head is a verb of saying, its subject's kind, whether
it sits inside quotation marks, the type the lexicon gives it, and the other content
words of its sentence) scores each PLOVER
type and ``NONE`` (the word tells no event). The weights live in
``data/event_classifier.json`` (made by ``train/train_event_classifier.py``, see
``data/EVENT_CLASSIFIER.md``) and are read lazily, once, with the standard library and
numpy.

The event coder asks it (``dossier.event_opinion.SecondOpinion``) when
``DOSSIER_EVENT_CLASSIFIER`` is set: ``reject`` drops lexicon triggers the classifier
is sure tell no event of their type, ``type`` codes predicates the lexicon lacks,
``both`` does both, ``only`` (an ablation) ignores the lexicon's triggers; unset or
``off`` leaves the coder to its lexicon alone. ``DOSSIER_EVENT_CLASSIFIER_WEIGHTS``
names another weights file (the fold models the thresholds were chosen with).
"""

from __future__ import annotations

import json
import os
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span, Token

from dossier.errors import ModelError
from dossier.lexicon import load_data, word_set

__all__ = [
    "FEATURE_VERSION",
    "NO_EVENT",
    "Opinion",
    "classifier_mode",
    "content_lemmas",
    "is_candidate",
    "quoted_tokens",
    "score_word",
    "word_features",
]

NO_EVENT = "NONE"
WEIGHTS = "event_classifier.json"
FEATURE_VERSION = 2  # bump when word_features changes: old weights then refuse to load
MODES = frozenset({"off", "reject", "type", "both", "only"})
NAMES = frozenset({"GPE", "PERSON", "NORP", "ORG"})
ARGUMENTS = frozenset({"dobj", "prt", "xcomp", "ccomp", "attr", "acomp", "dative"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
QUOTE_MARKS = frozenset({'"', "“", "”"})
ADJECTIVE_SLOTS = frozenset({"ROOT", "acomp", "conj", "oprd"})
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Opinion:
    """The classifier's verdict on one word: its best label and every probability."""

    label: str
    probability: float
    probabilities: dict[str, float]

    def of(self, label: str) -> float:
        return self.probabilities.get(label, 0.0)


@dataclass(frozen=True, slots=True)
class _Model:
    classes: tuple[str, ...]
    rows: dict[str, int]  # feature -> its row of ``weights``
    weights: np.ndarray  # one row per feature, one column per class
    intercept: np.ndarray


def classifier_mode() -> str:
    """How the coder uses the classifier, from ``DOSSIER_EVENT_CLASSIFIER`` (default off)."""
    mode = os.environ.get("DOSSIER_EVENT_CLASSIFIER", "off").strip().lower() or "off"
    if mode not in MODES:
        raise ModelError(
            f"DOSSIER_EVENT_CLASSIFIER={mode!r} is not a mode: use one of {sorted(MODES)}"
        )
    return mode


def is_candidate(token: Token) -> bool:
    """Whether ``token`` is a word the classifier types: a verb, a common noun, or an
    adjective that is predicated ("the plan is reckless") rather than a modifier."""
    if not token.is_alpha or token.ent_type_ in NAMES:
        return False
    if token.pos_ in ("VERB", "NOUN"):
        return True
    return token.pos_ == "ADJ" and token.dep_ in ADJECTIVE_SLOTS


def word_features(
    token: Token,
    *,
    quoted: bool,
    lexicon_type: str | None,
    context: Counter[str] | None = None,
) -> set[str]:
    """The sparse features of candidate ``token`` the classifier is trained and run on;
    ``quoted``: it sits inside quotation marks; ``lexicon_type``: the type of the trigger
    the event lexicon matches on it, if any; ``context``: ``content_lemmas`` of its
    sentence, when the caller has them already."""
    lemma = token.lemma_.lower()
    found = {f"w={lemma}", f"pos={token.pos_}", f"dep={token.dep_}", f"{lemma}|{token.pos_}"}
    found.add(f"{lemma}|{token.dep_}")
    found.add(f"lex={lexicon_type or '-'}")
    if lexicon_type is not None:
        found.add(f"{lemma}|lex={lexicon_type}")
    if quoted:
        found.add("quoted")
    children = list(token.children)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
        found.update(("passive", f"{lemma}|passive"))
    if any(c.dep_ == "neg" for c in children):
        found.add("neg")
    found.update(_argument_features(lemma, children))
    head = token.head
    if head is not token:
        head_lemma = head.lemma_.lower()
        found.add(f"head={head_lemma}")
        found.add(f"{lemma}<{token.dep_}:{head_lemma}")
        if head_lemma in speech_verbs():
            found.add("head=speech")
    if lemma in speech_verbs():
        found.add("speech")
    subject = next((c for c in children if c.dep_ in SUBJECTS), None)
    if subject is not None:
        kind = subject.ent_type_ if subject.ent_type_ in NAMES else subject.pos_
        found.update((f"subj={kind}", f"{lemma}|subj={kind}"))
        if subject.ent_type_ not in NAMES and subject.is_alpha:
            found.add(f"subjw={subject.lemma_.lower()}")
    counts = content_lemmas(token.sent) if context is None else context
    own = lemma if is_content(token) else None
    found.update(f"ctx={word}" for word, n in counts.items() if n > (word == own))
    return found


def content_lemmas(sentence: Span) -> Counter[str]:
    """How often each content lemma (``is_content``) occurs in ``sentence``."""
    return Counter(t.lemma_.lower() for t in sentence if is_content(t))


def is_content(token: Token) -> bool:
    """A verb, noun or adjective that is not part of a name: what the sentence is about."""
    return token.pos_ in ("VERB", "NOUN", "ADJ") and token.is_alpha and token.ent_type_ not in NAMES


def _argument_features(lemma: str, children: Iterable[Token]) -> set[str]:
    """The word's object, particle, complement and preposition lemmas, alone and paired
    with its own lemma ("freeze>dobj:asset", "fire>prep:at")."""
    found: set[str] = set()
    for child in children:
        if child.dep_ in ARGUMENTS and child.is_alpha:
            argument = child.lemma_.lower() if child.ent_type_ not in NAMES else child.ent_type_
            found.update((f"{child.dep_}:{argument}", f"{lemma}>{child.dep_}:{argument}"))
        elif child.dep_ in ("prep", "agent") and child.is_alpha:
            prep = child.lower_
            found.update((f"prep:{prep}", f"{lemma}>prep:{prep}"))
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.is_alpha:
                    kind = obj.ent_type_ if obj.ent_type_ in NAMES else obj.lemma_.lower()
                    found.add(f"{prep}:{kind}")
    return found


def quoted_tokens(doc: Doc) -> set[int]:
    """The indices of the tokens inside quotation marks (between an opening and a
    closing mark of the same sentence-independent run; straight quotes alternate)."""
    inside: set[int] = set()
    open_ = False
    for token in doc:
        if token.text in QUOTE_MARKS:
            open_ = token.text != "”" and (token.text == "“" or not open_)
            continue
        if open_:
            inside.add(token.i)
    return inside


def score_word(features: set[str]) -> Opinion:
    """The classifier's probabilities of each label for a word with ``features``."""
    model = _model()
    rows = [model.rows[f] for f in features if f in model.rows]
    totals = model.intercept + model.weights[rows].sum(axis=0)
    exps = np.exp(totals - totals.max())
    shares = exps / exps.sum()
    probabilities = {c: float(p) for c, p in zip(model.classes, shares, strict=True)}
    label = max(probabilities, key=probabilities.__getitem__)
    return Opinion(label, probabilities[label], probabilities)


@cache
def speech_verbs() -> frozenset[str]:
    """The verbs of saying whose clause is what was said (``say`` of data/speech.yaml)."""
    return word_set(load_data("speech.yaml"), "say")


def _model() -> _Model:
    with _lock:
        return _load(os.environ.get("DOSSIER_EVENT_CLASSIFIER_WEIGHTS", ""))


@cache
def _load(override: str) -> _Model:
    source = Path(override) if override else resources.files("dossier.data").joinpath(WEIGHTS)
    try:
        raw = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"cannot read the event classifier's weights {source} ({exc}): "
            "reinstall dossier or rebuild them with train/train_event_classifier.py"
        ) from exc
    if raw.get("feature_version") != FEATURE_VERSION:
        raise ModelError(
            f"the event classifier's weights {source} were made for feature version "
            f"{raw.get('feature_version')}, this dossier computes version {FEATURE_VERSION}: "
            "rebuild them with train/train_event_classifier.py"
        )
    names = list(raw["weights"])
    classes = tuple(raw["classes"])
    weights = np.array([raw["weights"][f] for f in names], dtype=float).reshape(-1, len(classes))
    return _Model(
        classes,
        {f: i for i, f in enumerate(names)},
        weights,
        np.array(raw["intercept"], dtype=float),
    )
