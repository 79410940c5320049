"""Induce event-trigger candidates from the NGEC silver spans (issue 16).

For every label-1 span of ``../shared/evaldata/ngec_silver/verify.jsonl`` in the
training split (documents whose ``doc`` hashes outside the held-out fifth, see
:func:`held_out`), parse the quote with dossier's pinned spaCy pipeline and count,
once per span, the lemma of every verb and noun. A lemma's *share* for a type is its
count there over its count in all types' spans. Lemmas with at least ``--min-count``
spans and a share of at least ``--min-share`` are printed per type, marked ``+`` when
the lexicon (``data/events.yaml``) already has them for that type.

The counts printed here are what ``data/events.yaml`` records beside each trigger it
took from this list ("silver 12/14": 12 of the 14 silver spans with the lemma are of
that type). Candidates were then read by hand: a lemma joins the lexicon only when its
usual sense in news is the type's (not a topic word such as "election" or "vaccine").
voa_dev is kept out, so that its figures stay an estimate on unseen text.

    python bench/induce_triggers.py [--min-count 5] [--min-share 0.6]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path

from dossier.nlp import load_pipeline
from dossier.triggers import event_lexicon

SHARED = Path(__file__).resolve().parents[2] / "shared"
SILVER = SHARED / "evaldata" / "ngec_silver" / "verify.jsonl"


def held_out(doc: str) -> bool:
    """The fifth of documents kept out of induction and training (by a stable hash)."""
    return int(hashlib.sha1(doc.encode()).hexdigest(), 16) % 5 == 0


def spans(path: Path, *, heldout: bool = False) -> list[tuple[str, str]]:
    """(type, quote) of every label-1 record of the chosen split."""
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record.get("label") == 1 and record.get("quote") and held_out(record["doc"]) == heldout:
            found.append((record["type"], record["quote"]))
    return found


def lemma_counts(items: list[tuple[str, str]]) -> dict[str, Counter[str]]:
    """type -> lemma -> number of spans of that type in which the lemma occurs."""
    nlp = load_pipeline()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for (kind, _), doc in zip(items, nlp.pipe(q for _, q in items), strict=True):
        lemmas = {
            ("n:" if t.pos_ == "NOUN" else "") + t.lemma_.lower()
            for t in doc
            if t.pos_ in ("VERB", "NOUN") and not t.is_stop and t.is_alpha
        }
        counts[kind].update(lemmas)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--min-share", type=float, default=0.6)
    args = parser.parse_args()
    counts = lemma_counts(spans(SILVER))
    total: Counter[str] = Counter()
    for per_type in counts.values():
        total.update(per_type)
    lexicon = event_lexicon()
    for kind in sorted(counts):
        rows = []
        for lemma, n in counts[kind].most_common():
            share = n / total[lemma]
            if n < args.min_count or share < args.min_share:
                continue
            table = lexicon.nouns if lemma.startswith("n:") else lexicon.verbs
            known = any(t.type == kind for t in table.get(lemma.removeprefix("n:"), ()))
            rows.append(f"{'+' if known else ' '} {lemma} {n}/{total[lemma]}")
        print(f"{kind}: " + "; ".join(rows))


if __name__ == "__main__":
    main()
