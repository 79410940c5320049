"""Train the event classifier shipped as ``src/dossier/data/event_classifier.json``.

Reproducible from ``../shared`` (the shared evaluation data next to the worktree):

    pip install "scikit-learn>=1.3,<2"
    python train/train_event_classifier.py [--shared ../shared] [--hold-voa-fold K]

Examples, each a parsed sentence with a label:
- every label-1 span of ``evaldata/ngec_silver/verify.jsonl`` outside the held-out fifth
  of documents (``bench/induce_triggers.held_out``, so ``bench/silver.py`` measures on
  spans never trained on), labelled with its PLOVER type;
- every gold event's ``evidence`` of ``evaldata/voa_dev/gold.jsonl``, labelled with its
  type, and every sentence of those articles that holds no gold event's evidence,
  labelled ``NONE``.

The seeds (``gold/seeds.jsonl``) are never trained on: they stay a check that the
classifier does not hurt text it has not seen. ``--hold-voa-fold K`` (0 or 1) leaves
out the voa_dev articles of fold K (:func:`voa_fold`, a hash of the article id), so that
the classifier can be measured on voa_dev articles it has not seen: the two fold models
are how the thresholds of ``dossier.event_opinion`` were chosen and the ablations of
``data/EVENT_CLASSIFIER.md`` measured. The shipped model uses both folds.

Only the learned weights of features (lemmas, dependency pairs; see
``dossier.event_classifier.features``) seen in at least two examples are written: no
article text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "src"))

from induce_triggers import held_out  # noqa: E402

from dossier.event_classifier import NO_EVENT, WEIGHTS, features  # noqa: E402
from dossier.nlp import load_pipeline  # noqa: E402

MIN_COUNT = 2
C = 0.5
FOLDS = 2


def voa_fold(doc: str) -> int:
    """The fold (0 or 1) of a voa_dev article, by a stable hash of its id."""
    return int(hashlib.sha1(doc.encode()).hexdigest(), 16) % FOLDS


def silver_examples(shared: Path) -> list[tuple[str, str]]:
    found = []
    for line in (shared / "evaldata/ngec_silver/verify.jsonl").read_text().splitlines():
        record = json.loads(line)
        if record.get("label") == 1 and record.get("quote") and not held_out(record["doc"]):
            found.append((record["type"], record["quote"]))
    return found


def gold_examples(
    gold: Path, texts: dict[str, str], hold_fold: int | None = None
) -> list[tuple[str, str]]:
    """Each gold event's evidence with its type, and each eventless sentence as NONE,
    from the articles outside ``hold_fold``."""
    nlp = load_pipeline()
    found = []
    for line in gold.read_text().splitlines():
        record = json.loads(line)
        if hold_fold is not None and voa_fold(record["doc"]) == hold_fold:
            continue
        evidence = [e["evidence"] for e in record["events"] if e.get("evidence")]
        found += [(e["type"], e["evidence"]) for e in record["events"] if e.get("evidence")]
        text = texts.get(record["doc"])
        if text is None:
            continue
        for sentence in nlp(text).sents:
            clean = sentence.text.strip()
            if len(clean) > 20 and not any(ev[:40] in clean or clean in ev for ev in evidence):
                found.append((NO_EVENT, clean))
    return found


def voa_texts(shared: Path) -> dict[str, str]:
    path = shared / "evaldata/voa_dev/articles.jsonl"
    return {r["id"]: r["text"] for r in map(json.loads, path.read_text().splitlines())}


def train(examples: list[tuple[str, str]]) -> dict[str, object]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    nlp = load_pipeline()
    bags = []
    for doc in nlp.pipe(text for _, text in examples):
        bags.append({f: 1 for sentence in doc.sents for f in features(sentence)})
    counts: dict[str, int] = {}
    for bag in bags:
        for f in bag:
            counts[f] = counts.get(f, 0) + 1
    bags = [{f: 1 for f in bag if counts[f] >= MIN_COUNT} for bag in bags]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(bags)
    labels = [label for label, _ in examples]
    model = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    model.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): [round(float(w), 4) for w in model.coef_[:, i]]
        for i, name in enumerate(names)
        if max(abs(model.coef_[:, i])) >= 0.01
    }
    return {
        "classes": [str(c) for c in model.classes_],
        "intercept": [round(float(b), 4) for b in model.intercept_],
        "weights": weights,
        "examples": len(examples),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=ROOT / "src/dossier/data" / WEIGHTS)
    parser.add_argument("--hold-voa-fold", type=int, choices=range(FOLDS), default=None)
    args = parser.parse_args()
    examples = silver_examples(args.shared)
    examples += gold_examples(
        args.shared / "evaldata/voa_dev/gold.jsonl", voa_texts(args.shared), args.hold_voa_fold
    )
    model = train(examples)
    args.out.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
    weights = model["weights"]
    assert isinstance(weights, dict)
    print(f"{len(examples)} examples, {len(weights)} features -> {args.out}")


if __name__ == "__main__":
    main()
