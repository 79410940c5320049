"""Diagnostic: PLOVER GSR event scores when gold actor phrases match our names loosely.

The GSR gold names actors by the phrase as written ("Israeli army", "Palestinian leader
Yasser Arafat"); EXCHANGE.md's scorer compares names, so "Israel" never matches
"Israeli army".  Here a gold entity also answers to a predicted name whose words all
appear in its phrase, whose last word does (for names of two words or more), or whose
country's nationality word does; then the normal scorer runs.  Not a score to report
as such: it shows how much of the gap is naming.

The third line is the ceiling EXCHANGE.md's naming sets: a perfect coder, one that
finds every gold event with its type and both actors, naming each actor as the contract
asks (the known actor a phrase names, else its most complete proper name without a
title, else the country its nationality word or code gives: "Israeli army" → Israel
Defense Forces, "President Yoweri Museveni" → Yoweri Museveni, "Hungarian" → Hungary),
scored by the normal scorer against the phrases of the gold.

    dossier extract ../shared/evaldata/plover_gsr/corpus.jsonl > gsr.jsonl
    python bench/gsr_names.py gsr.jsonl
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

from dossier.entities import without_honorific
from dossier.evaluate import evaluate, load_jsonl, normalize_name
from dossier.lexicon import ActorLexicon, load_lexicon

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


NAME_JOINERS = {"of", "and", "the", "for", "de", "al", "bin", "el", "van", "den", "du", "la"}


def proper_runs(phrase: str, lexicon: ActorLexicon) -> list[str]:
    """The runs of capitalized words of a phrase, without nationality words or leading titles."""
    runs: list[list[str]] = [[]]
    for word in phrase.replace("...", " ").split():
        word = word.strip(",()'`").removesuffix("'s")
        capital = word[:1].isupper() and not lexicon.demonym_country(word)
        if runs[-1] and word in NAME_JOINERS:
            runs[-1].append(word)
        elif capital and word:
            if runs[-1] or not lexicon.is_title_word(word):  # a title leads a name
                runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        while run and run[-1] in NAME_JOINERS:
            run.pop()
    return [" ".join(run) for run in runs if run]


def contract_name(phrase: str | None, code: str | None, lexicon: ActorLexicon) -> str | None:
    """The name EXCHANGE.md asks for, for the actor a GSR phrase names."""
    if phrase is None:
        return None
    known = lexicon.lookup(phrase)
    if known:
        return known.name
    runs = proper_runs(phrase, lexicon)
    if runs:
        name = without_honorific(max(runs, key=len))
        known = lexicon.lookup(name)
        return known.name if known else name
    for word in phrase.split():
        country = lexicon.demonym_country(word.strip(",()'"))
        if country:
            return lexicon.country_names.get(country, country)
    if code in lexicon.country_names:
        return lexicon.country_names[code]
    return phrase


def perfect_coder(gold: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Every gold event found, typed right, its actors named as the contract asks."""
    lexicon = load_lexicon()
    out = {}
    for doc, record in gold.items():
        codes = {e["name"]: e.get("country") for e in record.get("entities", [])}
        events = [
            {
                "type": event["type"],
                "source": contract_name(event["source"], codes.get(event["source"]), lexicon),
                "target": contract_name(event["target"], codes.get(event["target"]), lexicon),
                "negated": False,
                "modality": "asserted",
            }
            for event in record["events"]
        ]
        out[doc] = {"doc": doc, "entities": [], "quotes": [], "events": events, "dates": []}
    return out


def main(pred_path: str) -> None:
    gold, pred = load_jsonl(GOLD), load_jsonl(Path(pred_path))
    rows = (
        ("as scored", gold, pred),
        ("names loosened", loosened(gold, pred), pred),
        ("perfect coder", gold, perfect_coder(gold)),
    )
    for label, reference, predicted in rows:
        scores = evaluate(reference, predicted, frozenset({"events"})).overall.row()
        print(
            f"{label:15} strict F1 {scores['event_strict_f1']}  "
            f"lenient F1 {scores['event_lenient_f1']}"
        )


if __name__ == "__main__":
    main(sys.argv[1])
