"""Diagnostic: PLOVER GSR event scores when gold actor phrases match our names loosely.

The GSR gold names actors by the phrase as written ("Israeli army", "Palestinian leader
Yasser Arafat"); EXCHANGE.md's scorer compares names, so "Israel" never matches
"Israeli army".  Here a gold entity also answers to a predicted name whose words all
appear in its phrase, whose last word does (for names of two words or more), or whose
country's nationality word does; then the normal scorer runs.  Not a score to report
as such: it shows how much of the gap is naming.

    dossier extract ../shared/evaldata/plover_gsr/corpus.jsonl > gsr.jsonl
    python bench/gsr_names.py gsr.jsonl
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

from dossier.evaluate import evaluate, load_jsonl, normalize_name
from dossier.lexicon import load_lexicon

GOLD = Path(__file__).resolve().parents[2] / "shared" / "evaldata" / "plover_gsr" / "gold.jsonl"


def words(name: str) -> set[str]:
    return set(normalize_name(name).replace("-", " ").split())


def loosened(gold: dict[str, dict[str, Any]], pred: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The gold with each entity also aliased to the predicted names its phrase covers."""
    nationalities: dict[str, set[str]] = {}
    for form, code in load_lexicon().demonyms.items():
        nationalities.setdefault(code, set()).add(form.lower())
    out = {}
    for doc, record in gold.items():
        record = copy.deepcopy(record)
        found = pred.get(doc, {})
        names = {e.get(side) for e in found.get("events", []) for side in ("source", "target")}
        countries = {e["name"]: e.get("country") for e in found.get("entities", [])}
        for entity in record.get("entities", []):
            phrase = words(entity["name"])
            for name in sorted(n for n in names if n):
                ours = words(name)
                code = countries.get(name)
                if (
                    (ours and ours <= phrase)
                    or (len(ours) > 1 and normalize_name(name).split()[-1] in phrase)
                    or (code and nationalities.get(code, set()) & phrase)
                ):
                    entity["aliases"] = [*entity.get("aliases", []), name]
        out[doc] = record
    return out


def main(pred_path: str) -> None:
    gold, pred = load_jsonl(GOLD), load_jsonl(Path(pred_path))
    for label, reference in (("as scored", gold), ("names loosened", loosened(gold, pred))):
        scores = evaluate(reference, pred, frozenset({"events"})).overall.row()
        print(
            f"{label:15} strict F1 {scores['event_strict_f1']}  "
            f"lenient F1 {scores['event_lenient_f1']}"
        )


if __name__ == "__main__":
    main(sys.argv[1])
