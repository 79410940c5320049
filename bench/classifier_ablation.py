"""Issue 16 item 7's ablation: the event coder with its lexicon only, the learned
classifier only, and both, on voa_dev, the PLOVER GSR and the held-out silver.

voa_dev is scored with the fold models (``train/train_event_classifier.py --folds DIR``):
each article is extracted with the model trained without its fold (``voa_fold``), the
two halves scored together, so no article is scored by a model that trained on it. The
GSR and the silver (``bench/silver.py``: held-out spans, never trained on) use the shipped
weights, or ``--weights``. Prints one row per mode: event F1 strict / lenient /
typed-evidence, and the held-out silver spans coded.

    python train/train_event_classifier.py --folds /tmp/folds     # the fold models
    python bench/classifier_ablation.py --folds /tmp/folds [--modes off,both,only]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "train"))

from train_event_classifier import FOLDS, voa_fold  # noqa: E402

from dossier.evaluate import evaluate_files  # noqa: E402

LABELS = {"off": "lexicon only", "only": "classifier only", "both": "both"}
COLUMNS = ("event_strict_f1", "event_lenient_f1", "event_typed_f1")


def extract(source: Path, env: dict[str, str]) -> str:
    """The JSON lines ``dossier extract`` writes for ``source`` under ``env``."""
    command = [sys.executable, "-m", "dossier", "extract", str(source), "--format", "jsonl"]
    return subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout


def scored(gold: Path, predictions: str, keep: Path | None) -> str:
    """Event F1 strict / lenient / typed-evidence of ``predictions`` against ``gold``."""
    with tempfile.TemporaryDirectory() as tmp:
        path = keep if keep is not None else Path(tmp) / "pred.jsonl"
        path.write_text(predictions, encoding="utf-8")
        row = evaluate_files(gold, path, frozenset({"events"})).overall.row()
    return " / ".join(f"{row[c]:.3f}" for c in COLUMNS)


def voa(shared: Path, folds: Path, env: dict[str, str], keep: Path | None) -> str:
    """voa_dev, each article extracted by the fold model that never saw it."""
    articles = (shared / "evaldata/voa_dev/articles.jsonl").read_text().splitlines()
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(FOLDS):
            lines = [a for a in articles if voa_fold(json.loads(a)["id"]) == fold]
            source = Path(tmp) / f"fold{fold}.jsonl"
            source.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            weights = str(folds / f"fold{fold}.json")
            out.append(extract(source, {**env, "DOSSIER_EVENT_CLASSIFIER_WEIGHTS": weights}))
    return scored(shared / "evaldata/voa_dev/gold.jsonl", "".join(out), keep)


def silver(env: dict[str, str]) -> str:
    """The held-out silver spans coded with their type (``bench/silver.py``'s ALL rows:
    as ``dossier extract`` writes by default, then with ``--unattributed``)."""
    command = [sys.executable, str(ROOT / "bench/silver.py")]
    out = subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout
    found = re.findall(r"^\s*ALL\s+(\d+)/(\d+)\s+([\d.]+)", out, re.MULTILINE)
    if len(found) != 2:
        raise SystemExit(f"bench/silver.py printed no two ALL rows:\n{out}")
    (default, total, _), (kept, _, share) = found
    return f"{default} / {kept} of {total} ({share} with --unattributed)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--folds", type=Path, required=True, help="fold0.json and fold1.json")
    parser.add_argument("--weights", type=Path, default=None, help="for the GSR and the silver")
    parser.add_argument("--modes", default="off,only,both")
    parser.add_argument("--sets", default="voa,gsr,silver")
    parser.add_argument("--keep", type=Path, default=None, help="write predictions here")
    args = parser.parse_args()
    sets = args.sets.split(",")
    base = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    if args.weights is not None:
        base["DOSSIER_EVENT_CLASSIFIER_WEIGHTS"] = str(args.weights.resolve())
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
    print(f"| mode | {' | '.join(sets)} |\n|---|{'---|' * len(sets)}")
    for mode in args.modes.split(","):
        env = {**base, "DOSSIER_EVENT_CLASSIFIER": mode}
        keep = {s: args.keep / f"{s}_{mode}.jsonl" if args.keep else None for s in sets}
        cells = []
        for name in sets:
            if name == "voa":
                cells.append(voa(args.shared, args.folds.resolve(), env, keep[name]))
            elif name == "gsr":
                gsr = args.shared / "evaldata/plover_gsr"
                predictions = extract(gsr / "corpus.jsonl", env)
                cells.append(scored(gsr / "gold.jsonl", predictions, keep[name]))
            else:
                cells.append(silver(env))
        print(f"| {LABELS.get(mode, mode)} | {' | '.join(cells)} |", flush=True)


if __name__ == "__main__":
    main()
