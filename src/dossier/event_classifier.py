"""A learned second opinion on the PLOVER type of a sentence.

A multinomial logistic regression over bag-of-features of a parsed sentence (lemmas,
the root's lemma, each verb's lemma with its dependency, negation) scores the
sentence for each PLOVER type and for ``NONE`` (no event). The weights live in
``data/event_classifier.json`` (made by ``train/train_event_classifier.py``, see
``data/EVENT_CLASSIFIER.md``) and are read lazily, once. Inference needs only the
standard library: no scikit-learn at run time.

The event coder asks it (``events.second_opinion``) when ``DOSSIER_EVENT_CLASSIFIER``
is set: ``reject`` drops triggers the classifier strongly disagrees with, ``type``
codes clauses whose predicate the lexicon lacks, ``both`` does both, ``only`` (an
ablation) ignores the lexicon's triggers; unset or ``off`` leaves the coder to its
lexicon alone.
"""

from __future__ import annotations

import json
import math
import os
import threading
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Span

from dossier.errors import ModelError

__all__ = [
    "NO_EVENT",
    "Opinion",
    "classifier_mode",
    "features",
    "predicate_weight",
    "score_sentence",
]

NO_EVENT = "NONE"
WEIGHTS = "event_classifier.json"
MODES = frozenset({"off", "reject", "type", "both", "only"})
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Opinion:
    """The classifier's verdict on one sentence: its best label and every probability."""

    label: str
    probability: float
    probabilities: dict[str, float]

    def of(self, label: str) -> float:
        return self.probabilities.get(label, 0.0)


@dataclass(frozen=True, slots=True)
class _Model:
    classes: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]  # feature -> one weight per class
    intercept: tuple[float, ...]


def classifier_mode() -> str:
    """How the coder uses the classifier, from ``DOSSIER_EVENT_CLASSIFIER`` (default off)."""
    mode = os.environ.get("DOSSIER_EVENT_CLASSIFIER", "off").strip().lower() or "off"
    if mode not in MODES:
        raise ModelError(
            f"DOSSIER_EVENT_CLASSIFIER={mode!r} is not a mode: use one of {sorted(MODES)}"
        )
    return mode


def features(sentence: Span) -> set[str]:
    """The sparse features of a parsed sentence the classifier is trained and run on."""
    found: set[str] = set()
    for token in sentence:
        if token.dep_ == "neg":
            found.add("neg")
        if not token.is_alpha or token.ent_type_ in ("GPE", "PERSON", "NORP", "ORG"):
            continue  # names say who, not what was done
        lemma = token.lemma_.lower()
        found.add(f"w={lemma}")
        if token.pos_ in ("VERB", "NOUN", "ADJ"):
            found.add(f"{token.pos_}={lemma}")
        if token.pos_ == "VERB":
            found.add(f"{token.dep_}:{lemma}")
            for child in token.children:
                if child.dep_ in ("dobj", "prep", "prt", "xcomp") and child.is_alpha:
                    found.add(f"{lemma}>{child.dep_}:{child.lemma_.lower()}")
        if token.dep_ == "ROOT":
            found.add(f"root={lemma}")
    return found


def score_sentence(sentence: Span) -> Opinion:
    """The classifier's probabilities of each label for ``sentence``."""
    model = _model()
    totals = list(model.intercept)
    for feature in features(sentence):
        for i, weight in enumerate(model.weights.get(feature, ())):
            totals[i] += weight
    top = max(totals)
    exps = [math.exp(t - top) for t in totals]
    norm = sum(exps)
    probabilities = {c: e / norm for c, e in zip(model.classes, exps, strict=True)}
    label = max(probabilities, key=probabilities.__getitem__)
    return Opinion(label, probabilities[label], probabilities)


def predicate_weight(lemma: str, label: str) -> float:
    """How much a verb ``lemma`` on its own speaks for ``label``: the summed weights of
    its verb features for that label ("shell" for ASSAULT is high, "think" is not)."""
    model = _model()
    column = model.classes.index(label)
    keys = (f"VERB={lemma}", f"root={lemma}", f"ROOT:{lemma}", f"ccomp:{lemma}")
    return sum(model.weights[k][column] for k in keys if k in model.weights)


def _model() -> _Model:
    with _lock:
        return _load()


@cache
def _load() -> _Model:
    path = resources.files("dossier.data").joinpath(WEIGHTS)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"cannot read the event classifier's weights {WEIGHTS} in dossier/data ({exc}): "
            "reinstall dossier or rebuild them with train/train_event_classifier.py"
        ) from exc
    return _Model(
        tuple(raw["classes"]),
        {f: tuple(w) for f, w in raw["weights"].items()},
        tuple(raw["intercept"]),
    )
