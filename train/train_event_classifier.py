"""Train the word-level event classifier shipped as ``src/dossier/data/event_classifier.json``.

Reproducible from ``../shared`` (the shared evaluation data next to the worktree):

    pip install "scikit-learn>=1.3,<2"
    python train/train_event_classifier.py [--shared ../shared] [--folds DIR]

Examples, each one candidate word (``dossier.event_classifier.is_candidate``) of a parsed
text with a label:
- in the 20 voa_dev articles (``evaldata/voa_dev``), the word that carries each gold
  event (:func:`carrier`: the lexicon trigger of the event's type inside its evidence
  where one fires, else the evidence's main predicate) labelled with the event's type,
  and every other candidate word of the articles labelled ``NONE``;
- in each label-1 span of ``evaldata/ngec_silver/verify.jsonl`` outside the held-out
  fifth of documents (``bench/induce_triggers.held_out``, so ``bench/silver.py`` measures
  on spans never trained on), the span's carrier labelled with its PLOVER type, and the
  span's other candidate words that fire no lexicon trigger labelled ``NONE``.

The seeds (``gold/seeds.jsonl``) are never trained on. ``--folds DIR`` also writes
``DIR/fold0.json`` and ``DIR/fold1.json``, each trained without the voa_dev articles of
that fold (:func:`voa_fold`, a hash of the article id), so that voa_dev can be measured
on articles the classifier has not seen (``DOSSIER_EVENT_CLASSIFIER_WEIGHTS``); the
thresholds of ``dossier.event_opinion`` were chosen with them. The shipped model uses
both folds.

Only the learned weights of features (lemmas, dependency and argument pairs) seen in at
least two examples are written: no article text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

from induce_triggers import held_out  # noqa: E402
from spacy.tokens import Doc, Token  # noqa: E402

from dossier.evaluate import locate  # noqa: E402
from dossier.event_classifier import (  # noqa: E402
    FEATURE_VERSION,
    NO_EVENT,
    WEIGHTS,
    is_candidate,
    quoted_tokens,
    speech_verbs,
    word_features,
)
from dossier.events.coder import _EventCoder  # noqa: E402
from dossier.nlp import load_pipeline  # noqa: E402

MIN_COUNT = 2
C = 1.0
GOLD_WEIGHT = 3.0  # a voa_dev word counts as three silver ones: full gold, the target domain
FOLDS = 2


@dataclass(frozen=True, slots=True)
class Example:
    features: frozenset[str]
    label: str
    fold: int | None  # the voa_dev fold of its article; None for silver


def voa_fold(doc: str) -> int:
    """The fold (0 or 1) of a voa_dev article, by a stable hash of its id."""
    return int(hashlib.sha1(doc.encode()).hexdigest(), 16) % FOLDS


def carrier(
    tokens: list[Token], types: tuple[str, ...], coder: _EventCoder
) -> tuple[Token, str] | None:
    """The word of ``tokens`` that carries an event of one of ``types`` (its type first,
    then its alternatives), with the type: the first lexicon trigger of such a type, else
    the shallowest verb that is not a verb of saying, else the shallowest candidate word."""
    for token in tokens:
        trigger = coder.match(token)
        if trigger is not None and trigger.type in types and is_candidate(token):
            return token, trigger.type
    candidates = [t for t in tokens if is_candidate(t)]
    if not candidates:
        return None
    verbs = [t for t in candidates if t.pos_ == "VERB" and t.lemma_.lower() not in speech_verbs()]
    best = min(verbs or candidates, key=lambda t: (depth(t), t.i))
    return best, types[0]


def depth(token: Token) -> int:
    return sum(1 for _ in token.ancestors)


def labelled_words(
    doc: Doc, events: Iterable[tuple[list[Token], tuple[str, ...]]], *, unlabelled_none: str
) -> list[tuple[frozenset[str], str]]:
    """Every candidate word of ``doc`` with its features and label. ``unlabelled_none``:
    ``all`` labels every word that carries no event ``NONE``; ``unmatched`` only those
    the lexicon fires no trigger on."""
    coder = _EventCoder(doc, [], [], [])
    quoted = quoted_tokens(doc)
    labels: dict[int, str] = {}
    for tokens, types in events:
        found = carrier(tokens, types, coder)
        if found is not None:
            labels.setdefault(found[0].i, found[1])
    words = []
    for token in doc:
        if not is_candidate(token):
            continue
        trigger = coder.match(token)
        label = labels.get(token.i, NO_EVENT)
        if label == NO_EVENT and unlabelled_none == "unmatched" and trigger is not None:
            continue
        lexicon_type = trigger.type if trigger is not None else None
        found = word_features(token, quoted=token.i in quoted, lexicon_type=lexicon_type)
        words.append((frozenset(found), label))
    return words


def gold_examples(shared: Path) -> list[Example]:
    """The candidate words of the voa_dev articles, labelled by the gold events."""
    nlp = load_pipeline()
    path = shared / "evaldata/voa_dev/articles.jsonl"
    texts = {r["id"]: r["text"] for r in map(json.loads, path.read_text().splitlines())}
    found = []
    for line in (shared / "evaldata/voa_dev/gold.jsonl").read_text().splitlines():
        record = json.loads(line)
        text = texts[record["doc"]]
        doc = nlp(text)
        events = []
        for event in record["events"]:
            for start, end in locate(event.get("evidence") or "", text):
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None:
                    events.append((list(span), (event["type"], *event.get("alt_types", []))))
        fold = voa_fold(record["doc"])
        words = labelled_words(doc, events, unlabelled_none="all")
        found += [Example(f, lab, fold) for f, lab in words]
    return found


def silver_examples(shared: Path) -> list[Example]:
    """The candidate words of the silver spans outside the held-out fifth."""
    lines = (shared / "evaldata/ngec_silver/verify.jsonl").read_text().splitlines()
    records = [
        r
        for r in map(json.loads, lines)
        if r.get("label") == 1 and r.get("quote") and not held_out(r["doc"])
    ]
    found = []
    for record, doc in zip(records, load_pipeline().pipe(r["quote"] for r in records), strict=True):
        events = [(list(doc), (record["type"],))]
        words = labelled_words(doc, events, unlabelled_none="unmatched")
        found += [Example(f, lab, None) for f, lab in words]
    return found


def train(examples: list[Example], *, c: float = C, balanced: bool = False) -> dict[str, object]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for example in examples:
        for f in example.features:
            counts[f] = counts.get(f, 0) + 1
    bags = [{f: 1 for f in e.features if counts[f] >= MIN_COUNT} for e in examples]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(bags)
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced" if balanced else None)
    weights_of = [GOLD_WEIGHT if e.fold is not None else 1.0 for e in examples]
    model.fit(matrix, [e.label for e in examples], sample_weight=weights_of)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): [round(float(w), 3) for w in model.coef_[:, i]]
        for i, name in enumerate(names)
        if max(abs(model.coef_[:, i])) >= 0.02
    }
    return {
        "feature_version": FEATURE_VERSION,
        "classes": [str(c) for c in model.classes_],
        "intercept": [round(float(b), 3) for b in model.intercept_],
        "weights": weights,
        "examples": len(examples),
    }


def write(model: dict[str, object], out: Path) -> None:
    out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    weights = model["weights"]
    assert isinstance(weights, dict)
    print(f"{model['examples']} examples, {len(weights)} features -> {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "src/dossier/data" / WEIGHTS)
    parser.add_argument("--folds", type=Path, default=None, help="also write the fold models here")
    parser.add_argument("--c", type=float, default=C, help="inverse regularisation strength")
    parser.add_argument("--balanced", action="store_true", help="weight labels by 1 / frequency")
    args = parser.parse_args()
    examples = silver_examples(args.shared) + gold_examples(args.shared)
    labels: dict[str, int] = {}
    for example in examples:
        labels[example.label] = labels.get(example.label, 0) + 1
    print(dict(sorted(labels.items())))
    options = {"c": args.c, "balanced": args.balanced}
    write(train(examples, **options), args.out)
    if args.folds is not None:
        args.folds.mkdir(parents=True, exist_ok=True)
        for fold in range(FOLDS):
            kept = [e for e in examples if e.fold != fold]
            write(train(kept, **options), args.folds / f"fold{fold}.json")


if __name__ == "__main__":
    main()
