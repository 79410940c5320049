"""Score predictions in the exchange format against gold (``dossier eval GOLD PRED``).

Implements the rules of EXCHANGE.md, "Scoring"; gold files follow ANNOTATION.md.

Names are compared after :func:`normalize_name` (NFKC, case-folded, possessive "'s"
and punctuation removed, whitespace collapsed, a leading "the" removed). A predicted
name matches a gold entity when it equals the gold ``name`` or one of its aliases.
**Our one addition:** a name also matches when the two are equal once *all* whitespace
is removed, because gold made from scraped text keeps glued words ("National
ResistanceFront") that the extractor repairs ("National Resistance Front").

- Entities: name or any alias matches and the types agree (GPE and LOC are one
  type); one-to-one, greedy, best candidate first.
- Quotes: token-level F1 of the texts >= 0.5 (tokens: lower-cased ``\\w+`` runs);
  one-to-one, greedy by F1. Attribution accuracy is over matched quotes; the gold
  speaker's aliases count, and two null speakers agree.
- Events: predictions with ``negated: true`` are dropped. Every match needs the type
  (the gold type or one in ``alt_types``) and the place: the predicted event is told
  where the gold event is (:func:`told_where`): its ``sentence`` span (else its
  ``span``) overlaps an occurrence of the gold ``evidence`` in the predicted
  document's ``text``; where the evidence cannot be located there, the event's
  ``text`` and sentence must carry at least 60% of the evidence's words (a gold file
  read as predictions offers its ``evidence`` as the event's text). A gold event
  without evidence places no condition. Strict: source and target each agree (a name
  matching the gold entity, or both null). Lenient: every strict match, plus pairs
  where at least one side the gold names (not null) matches; a gold event with both
  sides null needs type and place only. Lenient matching keeps the strict pairs and
  adds to them, so lenient >= strict. Typed evidence: type and place only, no actors.
- Dates: ``published`` compared as trimmed strings (null == null); temporal
  expressions are paired one-to-one in document order (see :func:`date_text_key`),
  and value accuracy is over the gold dates found.

Documents are paired by ``doc``; a gold document missing from PRED is scored as an
empty prediction; PRED documents not in gold are ignored and reported in
:attr:`EvalReport.warnings`. Every figure is given per document and micro-averaged
(counts summed, then divided). ``parts`` restricts scoring to some of "entities",
"quotes", "events", "dates"; the figures of the others are ``None``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from dossier.errors import GoldError

__all__ = [
    "ALL_PARTS",
    "PLOVER_TYPES",
    "Counts",
    "DocScore",
    "EvalReport",
    "TypeTally",
    "date_text_key",
    "evaluate",
    "evaluate_files",
    "load_jsonl",
    "normalize_name",
    "parse_parts",
    "token_f1",
]

ALL_PARTS: frozenset[str] = frozenset({"entities", "quotes", "events", "dates"})
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
QUOTE_THRESHOLD = 0.5
DATE_PREPOSITIONS = ("on", "in", "at", "by", "since", "from", "of", "during", "until")

_POSSESSIVE = re.compile(r"(?<=\w)['’ʼ]s\b")
_LEADING_THE = re.compile(r"^the\s+")
_TOKEN = re.compile(r"\w+")
_DATE_PREPOSITION = re.compile(r"^(?:" + "|".join(DATE_PREPOSITIONS) + r")\s+")


# --------------------------------------------------------------------------- figures


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives and false negatives of one matching."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """2tp / (2tp + fp + fn): 0.0 when nothing matched, None only with nothing at all."""
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)


@dataclass(frozen=True, slots=True)
class TypeTally:
    """Event counts of one PLOVER type.

    With ``alt_types`` a match may pair a predicted type with a different gold type, so
    matches are counted on both sides: ``*_tp_pred`` by the predicted event's type (for
    precision), ``*_tp_gold`` by the gold event's type (for recall).
    """

    gold: int = 0
    pred: int = 0
    strict_tp_gold: int = 0
    strict_tp_pred: int = 0
    lenient_tp_gold: int = 0
    lenient_tp_pred: int = 0

    def __add__(self, other: TypeTally) -> TypeTally:
        return TypeTally(
            self.gold + other.gold,
            self.pred + other.pred,
            self.strict_tp_gold + other.strict_tp_gold,
            self.strict_tp_pred + other.strict_tp_pred,
            self.lenient_tp_gold + other.lenient_tp_gold,
            self.lenient_tp_pred + other.lenient_tp_pred,
        )


def _merge_tallies(
    many: Iterable[tuple[tuple[str, TypeTally], ...]],
) -> tuple[tuple[str, TypeTally], ...]:
    total: dict[str, TypeTally] = {}
    for tallies in many:
        for name, tally in tallies:
            total[name] = total.get(name, TypeTally()) + tally
    return tuple(sorted(total.items(), key=lambda item: _type_order(item[0])))


def _type_order(name: str) -> tuple[int, str]:
    return (PLOVER_TYPES.index(name) if name in PLOVER_TYPES else len(PLOVER_TYPES), name)


@dataclass(frozen=True, slots=True)
class DocScore:
    """The counts of one document, or of all documents summed (``doc == "ALL"``)."""

    doc: str
    parts: frozenset[str] = ALL_PARTS
    entities: Counts = Counts()
    quotes: Counts = Counts()
    speakers_correct: int = 0
    events_strict: Counts = Counts()
    events_lenient: Counts = Counts()
    events_typed: Counts = Counts()
    event_types: tuple[tuple[str, TypeTally], ...] = ()
    published_total: int = 0
    published_correct: int = 0
    dates_gold: int = 0
    dates_found: int = 0
    dates_correct: int = 0

    @property
    def speaker_accuracy(self) -> float | None:
        return _ratio(self.speakers_correct, self.quotes.tp)

    @property
    def published_accuracy(self) -> float | None:
        return _ratio(self.published_correct, self.published_total)

    @property
    def date_text_recall(self) -> float | None:
        return _ratio(self.dates_found, self.dates_gold)

    @property
    def date_accuracy(self) -> float | None:
        return _ratio(self.dates_correct, self.dates_found)

    @classmethod
    def total(cls, scores: Iterable[DocScore], parts: frozenset[str], doc: str = "ALL") -> DocScore:
        """Micro-average: sum every count; figures are then computed from the sums."""
        items = list(scores)
        return cls(
            doc=doc,
            parts=parts,
            entities=sum((s.entities for s in items), Counts()),
            quotes=sum((s.quotes for s in items), Counts()),
            speakers_correct=sum(s.speakers_correct for s in items),
            events_strict=sum((s.events_strict for s in items), Counts()),
            events_lenient=sum((s.events_lenient for s in items), Counts()),
            events_typed=sum((s.events_typed for s in items), Counts()),
            event_types=_merge_tallies(s.event_types for s in items),
            published_total=sum(s.published_total for s in items),
            published_correct=sum(s.published_correct for s in items),
            dates_gold=sum(s.dates_gold for s in items),
            dates_found=sum(s.dates_found for s in items),
            dates_correct=sum(s.dates_correct for s in items),
        )

    def row(self) -> dict[str, Any]:
        """Flat figures, rounded to 3 decimals; ``None`` where undefined or not scored."""
        figures: dict[str, tuple[str, float | None]] = {
            "entity_p": ("entities", self.entities.precision),
            "entity_r": ("entities", self.entities.recall),
            "entity_f1": ("entities", self.entities.f1),
            "quote_p": ("quotes", self.quotes.precision),
            "quote_r": ("quotes", self.quotes.recall),
            "quote_f1": ("quotes", self.quotes.f1),
            "speaker_acc": ("quotes", self.speaker_accuracy),
            "event_strict_p": ("events", self.events_strict.precision),
            "event_strict_r": ("events", self.events_strict.recall),
            "event_strict_f1": ("events", self.events_strict.f1),
            "event_lenient_p": ("events", self.events_lenient.precision),
            "event_lenient_r": ("events", self.events_lenient.recall),
            "event_lenient_f1": ("events", self.events_lenient.f1),
            "event_typed_p": ("events", self.events_typed.precision),
            "event_typed_r": ("events", self.events_typed.recall),
            "event_typed_f1": ("events", self.events_typed.f1),
            "published_acc": ("dates", self.published_accuracy),
            "date_text_r": ("dates", self.date_text_recall),
            "date_acc": ("dates", self.date_accuracy),
        }
        row: dict[str, Any] = {"doc": self.doc}
        for key, (part, value) in figures.items():
            row[key] = _round(value) if part in self.parts else None
        return row

    def counts(self) -> dict[str, int]:
        """Every raw count, flat, for JSON output."""
        flat: dict[str, int] = {}
        for name in ("entities", "quotes", "events_strict", "events_lenient", "events_typed"):
            c: Counts = getattr(self, name)
            flat.update({f"{name}_tp": c.tp, f"{name}_fp": c.fp, f"{name}_fn": c.fn})
        for name in (
            "speakers_correct", "published_total", "published_correct",
            "dates_gold", "dates_found", "dates_correct",
        ):  # fmt: skip
            flat[name] = getattr(self, name)
        return flat


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Per-document scores, their micro-averaged total, and what did not pair up."""

    documents: list[DocScore]
    overall: DocScore
    parts: frozenset[str] = ALL_PARTS
    missing_pred_docs: tuple[str, ...] = ()
    extra_pred_docs: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # further warnings, e.g. from reading the files

    @property
    def warnings(self) -> list[str]:
        notes = list(self.notes)
        if self.missing_pred_docs:
            notes.append(
                f"{len(self.missing_pred_docs)} gold document(s) missing from the "
                f"predictions, scored as empty: {', '.join(self.missing_pred_docs[:5])}"
                + (" …" if len(self.missing_pred_docs) > 5 else "")
            )
        if self.extra_pred_docs:
            notes.append(
                f"{len(self.extra_pred_docs)} predicted document(s) not in gold, ignored: "
                f"{', '.join(self.extra_pred_docs[:5])}"
                + (" …" if len(self.extra_pred_docs) > 5 else "")
            )
        return notes

    def rows(self) -> list[dict[str, Any]]:
        """One flat row per document, then the micro-averaged "ALL" row."""
        return [d.row() for d in self.documents] + [self.overall.row()]

    def event_types(self) -> list[dict[str, Any]]:
        """Per PLOVER type (over all documents): counts and strict/lenient P, R, F1."""
        if "events" not in self.parts:
            return []
        return [_type_row(name, tally) for name, tally in self.overall.event_types]

    def to_dict(self) -> dict[str, Any]:
        return {
            "parts": sorted(self.parts),
            "documents": [{**d.row(), "counts": d.counts()} for d in self.documents],
            "overall": {**self.overall.row(), "counts": self.overall.counts()},
            "event_types": self.event_types(),
            "missing_pred_docs": list(self.missing_pred_docs),
            "extra_pred_docs": list(self.extra_pred_docs),
            "warnings": self.warnings,
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


def _type_row(name: str, t: TypeTally) -> dict[str, Any]:
    row: dict[str, Any] = {"type": name, "gold": t.gold, "pred": t.pred}
    for mode, tp_pred, tp_gold in (
        ("strict", t.strict_tp_pred, t.strict_tp_gold),
        ("lenient", t.lenient_tp_pred, t.lenient_tp_gold),
    ):
        p, r = _ratio(tp_pred, t.pred), _ratio(tp_gold, t.gold)
        f1 = None if p is None or r is None else (2 * p * r / (p + r) if p + r else 0.0)
        row.update({f"{mode}_p": _round(p), f"{mode}_r": _round(r), f"{mode}_f1": _round(f1)})
    return row


# --------------------------------------------------------------------------- names


def normalize_name(name: str) -> str:
    """The comparison key of a name: "The Taliban’s" -> "taliban"."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _POSSESSIVE.sub("", text)
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    text = " ".join(text.split())
    return _LEADING_THE.sub("", text)


def _glue(key: str) -> str:
    return "".join(key.split())


@dataclass(frozen=True, slots=True)
class NameKeys:
    """The normalized names (and their whitespace-free forms) one entity answers to."""

    exact: frozenset[str]
    glued: frozenset[str]

    @classmethod
    def of(cls, names: Iterable[str]) -> NameKeys:
        keys = frozenset(k for k in map(normalize_name, names) if k)
        return cls(keys, frozenset(map(_glue, keys)))

    def quality(self, name: str | None) -> int:
        """2: matches after normalization; 1: only once whitespace is removed; 0: no."""
        if name is None:
            return 0
        key = normalize_name(name)
        if not key:
            return 0
        if key in self.exact:
            return 2
        return 1 if _glue(key) in self.glued else 0


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class _GoldEntity:
    name: str
    key: str  # normalize_name(name)
    type_class: str
    keys: NameKeys


@dataclass(frozen=True, slots=True)
class _PredEntity:
    names: tuple[str, ...]  # the name first, then the aliases
    type_class: str


@dataclass(frozen=True, slots=True)
class _Quote:
    tokens: Counter[str]
    speaker: str | None


@dataclass(frozen=True, slots=True)
class _GoldEvent:
    types: tuple[str, ...]  # the type first, then the alt_types
    source: NameKeys | None
    target: NameKeys | None
    evidence: str | None = None


@dataclass(frozen=True, slots=True)
class _PredEvent:
    type: str
    source: str | None
    target: str | None
    sentence: tuple[int, int] | None = None  # its sentence span, else its own span
    words: frozenset[str] = frozenset()  # the words of its text and its sentence


@dataclass(frozen=True, slots=True)
class _Date:
    key: str
    value: str | None


@dataclass(frozen=True, slots=True)
class _Record:
    published: str | None
    entities: tuple[_GoldEntity, ...]
    pred_entities: tuple[_PredEntity, ...]
    quotes: tuple[_Quote, ...]
    events_gold: tuple[_GoldEvent, ...]
    events_pred: tuple[_PredEvent, ...]
    dates: tuple[_Date, ...]
    text: str = ""


def _items(record: Mapping[str, Any], key: str, where: str) -> list[Mapping[str, Any]]:
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, Mapping) for v in value):
        raise GoldError(f"{where}: '{key}' must be a list of objects")
    return value


def _opt_str(item: Mapping[str, Any], key: str, where: str) -> str | None:
    """A trimmed string, or None for null, missing or blank."""
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise GoldError(f"{where}: '{key}' must be a string or null, not {value!r}")
    return value.strip() or None


def _str_list(item: Mapping[str, Any], key: str, where: str) -> list[str]:
    value = item.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GoldError(f"{where}: '{key}' must be a list of strings")
    return value


def _type_class(value: str | None) -> str:
    kind = (value or "").upper()
    return "GPE/LOC" if kind in ("GPE", "LOC") else kind


def _entity_names(item: Mapping[str, Any], where: str) -> tuple[str, ...]:
    name = _opt_str(item, "name", where)
    if name is None:
        raise GoldError(f"{where}: entity without a 'name'")
    return (name, *_str_list(item, "aliases", where))


def _gold_entities(record: Mapping[str, Any], where: str) -> tuple[_GoldEntity, ...]:
    entities = []
    for i, item in enumerate(_items(record, "entities", where)):
        at = f"{where}: entities[{i}]"
        names = _entity_names(item, at)
        entities.append(
            _GoldEntity(
                names[0],
                normalize_name(names[0]),
                _type_class(_opt_str(item, "type", at)),
                NameKeys.of(names),
            )
        )
    return tuple(entities)


def _pred_entities(record: Mapping[str, Any], where: str) -> tuple[_PredEntity, ...]:
    entities = []
    for i, item in enumerate(_items(record, "entities", where)):
        at = f"{where}: entities[{i}]"
        entities.append(
            _PredEntity(_entity_names(item, at), _type_class(_opt_str(item, "type", at)))
        )
    return tuple(entities)


def _resolve(name: str | None, entities: tuple[_GoldEntity, ...]) -> NameKeys | None:
    """The keys of the gold entity a gold source/target/speaker names.

    Falls back to a normalized-name lookup, then to the bare name, so that a gold
    record naming an entity it does not list is still scorable.
    """
    if name is None:
        return None
    for entity in entities:
        if entity.name == name:
            return entity.keys
    key = normalize_name(name)
    for entity in entities:
        if key in entity.keys.exact:
            return entity.keys
    return NameKeys.of([name])


def _tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def _quotes(record: Mapping[str, Any], where: str) -> tuple[_Quote, ...]:
    quotes = []
    for i, item in enumerate(_items(record, "quotes", where)):
        at = f"{where}: quotes[{i}]"
        text = _opt_str(item, "text", at) or ""
        quotes.append(_Quote(_tokens(text), _opt_str(item, "speaker", at)))
    return tuple(quotes)


def _gold_events(
    record: Mapping[str, Any], entities: tuple[_GoldEntity, ...], where: str
) -> tuple[_GoldEvent, ...]:
    events = []
    for i, item in enumerate(_items(record, "events", where)):
        at = f"{where}: events[{i}]"
        kind = (_opt_str(item, "type", at) or "").upper()
        alts = [a.strip().upper() for a in _str_list(item, "alt_types", at)]
        events.append(
            _GoldEvent(
                (kind, *alts),
                _resolve(_opt_str(item, "source", at), entities),
                _resolve(_opt_str(item, "target", at), entities),
                _opt_str(item, "evidence", at),
            )
        )
    return tuple(events)


def _pred_events(record: Mapping[str, Any], where: str) -> tuple[_PredEvent, ...]:
    text = _text(record)
    events = []
    for i, item in enumerate(_items(record, "events", where)):
        at = f"{where}: events[{i}]"
        if item.get("negated") is True:
            continue  # not a prediction of the positive event
        kind = (_opt_str(item, "type", at) or "").upper()
        sentence = _span(item, "sentence", at) or _span(item, "span", at)
        told = _opt_str(item, "text", at) or _opt_str(item, "evidence", at) or ""
        if sentence is not None:
            told += " " + text[sentence[0] : sentence[1]]
        events.append(
            _PredEvent(
                kind,
                _opt_str(item, "source", at),
                _opt_str(item, "target", at),
                sentence,
                frozenset(_tokens(told)),
            )
        )
    return tuple(events)


def _span(item: Mapping[str, Any], key: str, where: str) -> tuple[int, int] | None:
    """A ``[start, end)`` pair of offsets, or None when absent."""
    value = item.get(key)
    if value is None:
        return None
    if (
        not isinstance(value, list | tuple)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise GoldError(f"{where}: '{key}' must be a [start, end] pair of offsets, not {value!r}")
    return (value[0], value[1])


def date_text_key(text: str) -> str:
    """The comparison key of a temporal expression: "On  Wednesday" -> "wednesday".

    Lower-cased, one leading preposition (on, in, at, by, since, from, of, during,
    until) removed, then all whitespace removed, so "in August2021" == "August 2021".
    """
    return _glue(_DATE_PREPOSITION.sub("", text.lower().strip()))


def _dates(record: Mapping[str, Any], where: str) -> tuple[_Date, ...]:
    dates = []
    for i, item in enumerate(_items(record, "dates", where)):
        at = f"{where}: dates[{i}]"
        text = _opt_str(item, "text", at) or ""
        dates.append(_Date(date_text_key(text), _opt_str(item, "value", at)))
    return tuple(dates)


def _parse(record: Mapping[str, Any], where: str, *, gold: bool) -> _Record:
    entities = _gold_entities(record, where) if gold else ()
    return _Record(
        published=_opt_str(record, "published", where),
        entities=entities,
        pred_entities=() if gold else _pred_entities(record, where),
        quotes=_quotes(record, where),
        events_gold=_gold_events(record, entities, where) if gold else (),
        events_pred=() if gold else _pred_events(record, where),
        dates=_dates(record, where),
        text=_text(record),
    )


def _text(record: Mapping[str, Any]) -> str:
    text = record.get("text")
    return text if isinstance(text, str) else ""


# --------------------------------------------------------------------------- matching


Candidate = tuple[tuple[float, ...], int, int]  # (score, pred index, gold index)


def _greedy(
    candidates: Iterable[Candidate], taken: Iterable[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """One-to-one pairs, highest score first; ties go to the earlier pred, then gold."""
    pairs = list(taken)
    used_pred = {p for p, _ in pairs}
    used_gold = {g for _, g in pairs}
    for _, p, g in sorted(candidates, key=lambda c: (tuple(-s for s in c[0]), c[1], c[2])):
        if p not in used_pred and g not in used_gold:
            pairs.append((p, g))
            used_pred.add(p)
            used_gold.add(g)
    return pairs


def _counts(n_pred: int, n_gold: int, tp: int) -> Counts:
    return Counts(tp, n_pred - tp, n_gold - tp)


def _entity_quality(pred: _PredEntity, gold: _GoldEntity) -> int:
    """4: name = gold name; 3: name = a gold alias; 2: an alias matches; 1: glued only."""
    if pred.type_class != gold.type_class:
        return 0
    best = 0
    for i, name in enumerate(pred.names):
        quality = gold.keys.quality(name)
        if quality == 2:
            if i > 0:
                best = max(best, 2)
            elif normalize_name(name) == gold.key:
                return 4
            else:
                best = max(best, 3)
        elif quality == 1:
            best = max(best, 1)
    return best


def _score_entities(gold: _Record, pred: _Record) -> Counts:
    candidates = [
        ((float(q),), p, g)
        for p, pe in enumerate(pred.pred_entities)
        for g, ge in enumerate(gold.entities)
        if (q := _entity_quality(pe, ge))
    ]
    tp = len(_greedy(candidates))
    return _counts(len(pred.pred_entities), len(gold.entities), tp)


def token_f1(a: Counter[str], b: Counter[str]) -> float:
    """Token-level F1 of two bags of tokens (0.0 when either is empty)."""
    overlap = sum((a & b).values())
    total = sum(a.values()) + sum(b.values())
    return 2 * overlap / total if total else 0.0


def _speaker_correct(pred: str | None, gold: str | None, entities: tuple[_GoldEntity, ...]) -> bool:
    keys = _resolve(gold, entities)
    if keys is None:
        return pred is None
    return keys.quality(pred) > 0


def _score_quotes(gold: _Record, pred: _Record) -> tuple[Counts, int]:
    candidates = [
        ((f1,), p, g)
        for p, pq in enumerate(pred.quotes)
        for g, gq in enumerate(gold.quotes)
        if (f1 := token_f1(pq.tokens, gq.tokens)) >= QUOTE_THRESHOLD
    ]
    pairs = _greedy(candidates)
    correct = sum(
        _speaker_correct(pred.quotes[p].speaker, gold.quotes[g].speaker, gold.entities)
        for p, g in pairs
    )
    return _counts(len(pred.quotes), len(gold.quotes), len(pairs)), correct


def _side(pred: str | None, gold: NameKeys | None) -> int | None:
    """2/1: names match (exact/glued); 0: both null; None: disagree."""
    if gold is None:
        return 0 if pred is None else None
    return gold.quality(pred) or None


@dataclass(frozen=True, slots=True)
class _EventPair:
    type_quality: int  # 2: gold type, 1: an alt type
    sides: tuple[int | None, int | None]
    unnamed: bool = False  # the gold event names neither side: type and place suffice

    @property
    def strict(self) -> bool:
        return None not in self.sides

    @property
    def lenient(self) -> bool:
        return self.strict or self.unnamed or any(s for s in self.sides)

    @property
    def score(self) -> tuple[float, ...]:
        matched = [s for s in self.sides if s]
        return (float(self.type_quality), float(len(matched)), float(sum(matched)))


def _event_pair(pred: _PredEvent, gold: _GoldEvent) -> _EventPair | None:
    """The pair's qualities when type and place match (actors aside), else None."""
    if not pred.type or pred.type not in gold.types:
        return None
    type_quality = 2 if pred.type == gold.types[0] else 1
    sides = (_side(pred.source, gold.source), _side(pred.target, gold.target))
    return _EventPair(type_quality, sides, unnamed=gold.source is None and gold.target is None)


EVIDENCE_WORD_SHARE = 0.6
_LOOSE_CHARACTERS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})


def locate(evidence: str, text: str) -> list[tuple[int, int]]:
    """Every ``[start, end)`` of ``evidence`` in ``text``: exact, else ignoring case,
    curly quotes and runs of whitespace (the offsets are still those of ``text``)."""
    found = _occurrences(evidence, text)
    if found:
        return found
    loose, offsets = _loosened(text)
    wanted = _loosened(evidence)[0].strip()
    return [(offsets[start], offsets[end - 1] + 1) for start, end in _occurrences(wanted, loose)]


def _occurrences(needle: str, haystack: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    start = haystack.find(needle) if needle else -1
    while start >= 0:
        found.append((start, start + len(needle)))
        start = haystack.find(needle, start + 1)
    return found


def _loosened(text: str) -> tuple[str, list[int]]:
    """``text`` lower-cased with straight quotes and single spaces, and the offset in
    ``text`` of each of its characters."""
    chars: list[str] = []
    offsets: list[int] = []
    for i, char in enumerate(text.translate(_LOOSE_CHARACTERS).lower()):
        if char.isspace():
            if chars and chars[-1] == " ":
                continue
            char = " "
        chars.append(char)
        offsets.append(i)
    return "".join(chars), offsets


def told_where(pred: _PredEvent, gold: _GoldEvent, located: list[tuple[int, int]]) -> bool:
    """Whether ``pred`` is told where ``gold`` is (EXCHANGE.md, "Scoring", condition 2)."""
    if gold.evidence is None:
        return True
    if located:
        return pred.sentence is not None and any(
            pred.sentence[0] < end and start < pred.sentence[1] for start, end in located
        )
    words = set(_tokens(gold.evidence))
    return bool(words) and len(words & pred.words) >= EVIDENCE_WORD_SHARE * len(words)


def _score_events(
    gold: _Record, pred: _Record
) -> tuple[Counts, Counts, Counts, tuple[tuple[str, TypeTally], ...]]:
    located = [locate(g.evidence, pred.text) if g.evidence else [] for g in gold.events_gold]
    pairs = {
        (p, g): pair
        for p, pe in enumerate(pred.events_pred)
        for g, ge in enumerate(gold.events_gold)
        if (pair := _event_pair(pe, ge)) is not None and told_where(pe, ge, located[g])
    }
    strict = _greedy((pair.score, p, g) for (p, g), pair in pairs.items() if pair.strict)
    lenient = _greedy(
        ((pair.score, p, g) for (p, g), pair in pairs.items() if pair.lenient), taken=strict
    )
    typed = _greedy((pair.score, p, g) for (p, g), pair in pairs.items())
    n_pred, n_gold = len(pred.events_pred), len(gold.events_gold)
    tallies = _event_tallies(gold, pred, strict, lenient)
    return (
        _counts(n_pred, n_gold, len(strict)),
        _counts(n_pred, n_gold, len(lenient)),
        _counts(n_pred, n_gold, len(typed)),
        tallies,
    )


def _event_tallies(
    gold: _Record, pred: _Record, strict: list[tuple[int, int]], lenient: list[tuple[int, int]]
) -> tuple[tuple[str, TypeTally], ...]:
    def count(key: str, types: Iterable[str]) -> Iterable[tuple[str, TypeTally]]:
        return ((t, TypeTally(**{key: 1})) for t in types)

    gold_type = [e.types[0] for e in gold.events_gold]
    pred_type = [e.type for e in pred.events_pred]
    parts = [
        count("gold", gold_type),
        count("pred", pred_type),
        count("strict_tp_gold", (gold_type[g] for _, g in strict)),
        count("strict_tp_pred", (pred_type[p] for p, _ in strict)),
        count("lenient_tp_gold", (gold_type[g] for _, g in lenient)),
        count("lenient_tp_pred", (pred_type[p] for p, _ in lenient)),
    ]
    return _merge_tallies((item,) for part in parts for item in part)


def _date_pairs(gold: tuple[_Date, ...], pred: tuple[_Date, ...]) -> list[tuple[_Date, _Date]]:
    """Pair gold dates in document order with the first unused predicted date whose
    key is equal, else the first whose key contains or is contained in the gold key."""
    used: set[int] = set()
    pairs = []
    for gd in gold:
        if not gd.key:
            continue
        free = [(i, pd) for i, pd in enumerate(pred) if i not in used and pd.key]
        hit = next((i for i, pd in free if pd.key == gd.key), None)
        if hit is None:
            hit = next((i for i, pd in free if pd.key in gd.key or gd.key in pd.key), None)
        if hit is not None:
            used.add(hit)
            pairs.append((gd, pred[hit]))
    return pairs


# --------------------------------------------------------------------------- scoring


def _score_dates(gold: _Record, pred: _Record) -> tuple[int, int, int]:
    """(published correct, gold dates found, found dates with the right value)."""
    pairs = _date_pairs(gold.dates, pred.dates)
    correct = sum(gd.value == pd.value for gd, pd in pairs)
    return int(gold.published == pred.published), len(pairs), correct


def _score_doc(doc: str, gold: _Record, pred: _Record, parts: frozenset[str]) -> DocScore:
    none = Counts()
    entities = _score_entities(gold, pred) if "entities" in parts else none
    quotes, speakers = _score_quotes(gold, pred) if "quotes" in parts else (none, 0)
    strict, lenient, typed, tallies = (
        _score_events(gold, pred) if "events" in parts else (none, none, none, ())
    )
    dated = "dates" in parts
    published, found, correct = _score_dates(gold, pred) if dated else (0, 0, 0)
    return DocScore(
        doc=doc,
        parts=parts,
        entities=entities,
        quotes=quotes,
        speakers_correct=speakers,
        events_strict=strict,
        events_lenient=lenient,
        events_typed=typed,
        event_types=tallies,
        published_total=int(dated),
        published_correct=published,
        dates_gold=len(gold.dates) if dated else 0,
        dates_found=found,
        dates_correct=correct,
    )


def parse_parts(text: str) -> frozenset[str]:
    """Parse a comma-separated list of parts; ValueError names any unknown one."""
    parts = frozenset(p.strip().lower() for p in text.split(",") if p.strip())
    unknown = parts - ALL_PARTS
    if unknown or not parts:
        raise ValueError(
            f"unknown part(s) {', '.join(sorted(unknown)) or '(none given)'}; "
            f"choose from {', '.join(sorted(ALL_PARTS))}"
        )
    return parts


def evaluate(
    gold: Mapping[str, Mapping[str, Any]],
    pred: Mapping[str, Mapping[str, Any]],
    parts: frozenset[str] = ALL_PARTS,
) -> EvalReport:
    """Score ``pred`` against ``gold`` (both: doc -> exchange-format record)."""
    unknown = parts - ALL_PARTS
    if unknown:
        raise ValueError(f"unknown part(s): {', '.join(sorted(unknown))}")
    empty: Mapping[str, Any] = {}
    documents = []
    for doc, gold_record in gold.items():
        gold_parsed = _parse(gold_record, f"gold {doc}", gold=True)
        pred_parsed = _parse(pred.get(doc, empty), f"pred {doc}", gold=False)
        documents.append(_score_doc(doc, gold_parsed, pred_parsed, parts))
    return EvalReport(
        documents=documents,
        overall=DocScore.total(documents, parts),
        parts=parts,
        missing_pred_docs=tuple(d for d in gold if d not in pred),
        extra_pred_docs=tuple(d for d in pred if d not in gold),
    )


def load_jsonl(path: Path) -> dict[str, dict[str, Any]]:
    """Read a gold or prediction file: doc -> record. Blank lines are skipped.

    A ``doc`` that appears again is keyed ``doc#2``, ``doc#3``, … in file order (the
    PLOVER GSR reuses one id for two sentences; gold and predictions made from the same
    input then still pair up). Raises GoldError("FILE line N: reason") on bad JSON, a
    line that is not an object, or a missing ``doc``.
    """
    return _read_jsonl(path)[0]


def _read_jsonl(path: Path) -> tuple[dict[str, dict[str, Any]], tuple[str, ...]]:
    """The records, and the docs that appeared more than once."""
    try:
        # split on "\n" only: str.splitlines() would also split on U+2028 and the like,
        # which json.dumps(ensure_ascii=False) leaves unescaped inside strings
        lines = Path(path).read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from exc
    records: dict[str, dict[str, Any]] = {}
    repeated: list[str] = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            doc, record = _parse_line(line, f"{path} line {number}")
            key, n = doc, 1
            while key in records:
                n += 1
                key = f"{doc}#{n}"
            if n > 1 and doc not in repeated:
                repeated.append(doc)
            records[key] = record
    return records, tuple(repeated)


def _parse_line(line: str, where: str) -> tuple[str, dict[str, Any]]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GoldError(f"{where}: invalid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise GoldError(f"{where}: expected a JSON object, got {type(record).__name__}")
    doc = record.get("doc")
    if not isinstance(doc, str) or not doc.strip():
        raise GoldError(f"{where}: missing 'doc' (the document's name)")
    return doc, record


def evaluate_files(
    gold_path: Path, pred_path: Path, parts: frozenset[str] = ALL_PARTS
) -> EvalReport:
    """Load both JSON-lines files and score them (see :func:`evaluate`)."""
    gold, gold_repeated = _read_jsonl(gold_path)
    pred, pred_repeated = _read_jsonl(pred_path)
    notes = tuple(
        f"{path}: doc(s) repeated, scored as doc#2, …: {', '.join(docs)}"
        for path, docs in ((gold_path, gold_repeated), (pred_path, pred_repeated))
        if docs
    )
    return replace(evaluate(gold, pred, parts), notes=notes)
