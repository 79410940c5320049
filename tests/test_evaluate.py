"""The scorer (``dossier eval``): every rule of EXCHANGE.md "Scoring", on tiny records."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dossier.errors import GoldError
from dossier.evaluate import (
    ALL_PARTS,
    DocScore,
    EvalReport,
    date_text_key,
    evaluate,
    evaluate_files,
    load_jsonl,
    normalize_name,
    parse_parts,
    token_f1,
)

SHARED = Path(__file__).parents[2] / "shared"


def ent(name: str, type_: str = "ORG", *aliases: str) -> dict[str, Any]:
    return {"name": name, "type": type_, "aliases": list(aliases)}


def quote(text: str, speaker: str | None = None) -> dict[str, Any]:
    return {"speaker": speaker, "kind": "direct", "text": text}


def event(
    type_: str,
    source: str | None,
    target: str | None,
    *,
    alt: tuple[str, ...] = (),
    negated: bool = False,
    **where: Any,
) -> dict[str, Any]:
    """An event; ``where`` adds gold ``evidence`` or a prediction's ``sentence``/``text``."""
    return {
        "type": type_,
        "alt_types": list(alt),
        "source": source,
        "target": target,
        "negated": negated,
        **where,
    }


def date(text: str, value: str | None) -> dict[str, Any]:
    return {"text": text, "value": value}


def rec(doc: str = "d1", published: str | None = None, **parts: Any) -> dict[str, Any]:
    record: dict[str, Any] = {"doc": doc, "published": published}
    for key in ("entities", "quotes", "events", "dates"):
        record[key] = parts.get(key, [])
    return record


def score(
    gold: dict[str, Any], pred: dict[str, Any], parts: frozenset[str] = ALL_PARTS
) -> DocScore:
    """Score one document pair; return its DocScore."""
    report = evaluate({gold["doc"]: gold}, {pred["doc"]: pred}, parts)
    return report.documents[0]


# --------------------------------------------------------------------------- names


def test_normalization_article_possessive_case_punctuation() -> None:
    assert normalize_name("the Taliban") == normalize_name("Taliban's") == "taliban"
    assert normalize_name("THE  Taliban’s") == "taliban"
    assert normalize_name("U.S.") == normalize_name("US") == "us"
    assert normalize_name("ＵＮ  Security\tCouncil") == "un security council"  # NFKC
    assert normalize_name("Theodore Reyes") == "theodore reyes"  # only a whole "the"


def test_entity_matches_after_normalization() -> None:
    gold = rec(entities=[ent("Taliban", "ORG", "the Taliban")])
    pred = rec(entities=[ent("Taliban's", "ORG")])
    assert score(gold, pred).entities.tp == 1


def test_glued_gold_words_match_repaired_name() -> None:
    gold = rec(entities=[ent("Northern ResistanceFront", "ORG")])
    pred = rec(entities=[ent("Northern Resistance Front", "ORG")])
    assert score(gold, pred).entities.tp == 1


def test_entity_matches_through_a_predicted_alias() -> None:
    gold = rec(entities=[ent("Ministry of Water and Power", "ORG", "the water ministry")])
    pred = rec(entities=[ent("Water Ministry", "ORG", "the water ministry")])
    assert score(gold, pred).entities.tp == 1


def test_gpe_and_loc_count_as_one_type() -> None:
    gold = rec(entities=[ent("Kandahar", "GPE"), ent("Hindu Kush", "LOC")])
    pred = rec(entities=[ent("Kandahar", "LOC"), ent("Hindu Kush", "GPE")])
    assert score(gold, pred).entities.tp == 2


def test_entity_type_mismatch_is_no_match() -> None:
    gold = rec(entities=[ent("Jordan", "PERSON")])
    pred = rec(entities=[ent("Jordan", "GPE")])
    counts = score(gold, pred).entities
    assert (counts.tp, counts.fp, counts.fn) == (0, 1, 1)


def test_entity_matching_is_one_to_one() -> None:
    gold = rec(entities=[ent("Harbour Board", "ORG")])
    pred = rec(entities=[ent("Harbour Board", "ORG"), ent("The Harbour Board", "ORG")])
    counts = score(gold, pred).entities
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)


def test_entity_matching_takes_the_best_candidate_first() -> None:
    # Both gold boards answer to "the board"; in input order the first prediction
    # would take the River Board and leave the exact "River Board" prediction unmatched.
    gold = rec(
        entities=[
            ent("River Board", "ORG", "the board"),
            ent("Lake Board", "ORG", "the board"),
        ]
    )
    pred = rec(entities=[ent("the board", "ORG"), ent("River Board", "ORG")])
    assert score(gold, pred).entities.tp == 2


# --------------------------------------------------------------------------- quotes


GOLD_WORDS = "we will reopen the northern crossing soon"  # 7 tokens


def test_token_f1() -> None:
    assert token_f1(Counter(["a", "b"]), Counter(["a", "c", "d", "e"])) == pytest.approx(1 / 3)
    assert token_f1(Counter(), Counter(["a"])) == 0.0


def test_quote_tokens_are_lowercase_word_characters() -> None:
    gold = rec(quotes=[quote("“Hold the line,” NOW!")])
    assert score(gold, rec(quotes=[quote("hold THE line now")])).quotes.tp == 1


@pytest.mark.parametrize(
    ("pred_text", "matched"),
    [
        # overlap 4 of 7 + 9 tokens: F1 = 8/16 = 0.5, at the threshold
        ("we will reopen the gates in two weeks maybe", True),
        # overlap 4 of 7 + 10 tokens: F1 = 8/17 < 0.5
        ("we will reopen the gates in two or three weeks", False),
        # overlap 4 of 7 + 8 tokens: F1 = 8/15 > 0.5
        ("we will reopen the gates in two weeks", True),
    ],
)
def test_quote_overlap_threshold(pred_text: str, matched: bool) -> None:
    gold = rec(quotes=[quote(GOLD_WORDS)])
    pred = rec(quotes=[quote(pred_text)])
    assert score(gold, pred).quotes.tp == int(matched)


def test_quotes_pair_greedily_by_overlap() -> None:
    entities = [ent("Ana Ruiz", "PERSON"), ent("Ben Osei", "PERSON")]
    gold = rec(
        entities=entities,
        quotes=[
            quote("the talks will resume next month", "Ana Ruiz"),
            quote("the talks will resume in the capital after the vote", "Ben Osei"),
        ],
    )
    # The first prediction fits the first gold quote best (F1 0.8 vs 0.74), but the
    # second prediction fits it exactly (1.0), so it goes there; pairing in input
    # order instead would swap the pairs and get both speakers wrong.
    pred = rec(
        quotes=[
            quote("the talks will resume next month in the capital", "Ben Osei"),
            quote("the talks will resume next month", "Ana Ruiz"),
        ]
    )
    doc = score(gold, pred)
    assert (doc.quotes.tp, doc.quotes.fp, doc.quotes.fn, doc.speakers_correct) == (2, 0, 0, 2)


def test_speaker_matches_through_a_gold_alias() -> None:
    entities = [ent("Maria Okafor", "PERSON", "Okafor", "Foreign Minister Maria Okafor")]
    gold = rec(entities=entities, quotes=[quote(GOLD_WORDS, "Maria Okafor")])
    pred = rec(quotes=[quote(GOLD_WORDS, "Foreign Minister Okafor")])
    assert score(gold, pred).speakers_correct == 0  # not an alias
    pred = rec(quotes=[quote(GOLD_WORDS, "Okafor")])
    doc = score(gold, pred)
    assert (doc.quotes.tp, doc.speakers_correct, doc.speaker_accuracy) == (1, 1, 1.0)


@pytest.mark.parametrize(
    ("gold_speaker", "pred_speaker", "correct"),
    [(None, None, 1), (None, "Okafor", 0), ("Okafor", None, 0)],
)
def test_null_speakers(gold_speaker: str | None, pred_speaker: str | None, correct: int) -> None:
    gold = rec(entities=[ent("Okafor", "PERSON")], quotes=[quote(GOLD_WORDS, gold_speaker)])
    pred = rec(quotes=[quote(GOLD_WORDS, pred_speaker)])
    assert score(gold, pred).speakers_correct == correct


# --------------------------------------------------------------------------- events


ACTORS = [
    ent("Ministry of Defence", "ORG", "MoD", "the ministry"),
    ent("Coastal Alliance", "ORG"),
    ent("Freedom Party", "ORG"),
]


def event_counts(gold_events: list[Any], pred_events: list[Any]) -> tuple[int, int]:
    doc = score(rec(entities=ACTORS, events=gold_events), rec(events=pred_events))
    return doc.events_strict.tp, doc.events_lenient.tp


def test_strict_needs_both_sides_lenient_one() -> None:
    gold = [event("ACCUSE", "Ministry of Defence", "Coastal Alliance")]
    assert event_counts(gold, [event("ACCUSE", "MoD", "the Coastal Alliance")]) == (1, 1)
    assert event_counts(gold, [event("ACCUSE", "MoD", "Freedom Party")]) == (0, 1)
    assert event_counts(gold, [event("ACCUSE", "Freedom Party", "MoD")]) == (0, 0)
    assert event_counts(gold, [event("THREATEN", "MoD", "Coastal Alliance")]) == (0, 0)


def test_alt_types_count_as_the_type() -> None:
    gold = [event("REJECT", "Freedom Party", "Coastal Alliance", alt=("SUPPORT",))]
    assert event_counts(gold, [event("SUPPORT", "Freedom Party", "Coastal Alliance")]) == (1, 1)
    assert event_counts(gold, [event("AID", "Freedom Party", "Coastal Alliance")]) == (0, 0)


def test_negated_predictions_are_dropped() -> None:
    gold = rec(entities=ACTORS, events=[event("ASSAULT", "Coastal Alliance", "Freedom Party")])
    pred = rec(events=[event("ASSAULT", "Coastal Alliance", "Freedom Party", negated=True)])
    counts = score(gold, pred).events_strict
    assert (counts.tp, counts.fp, counts.fn) == (0, 0, 1)


def test_null_sides() -> None:
    one_actor = [event("CONSULT", "Freedom Party", None)]
    assert event_counts(one_actor, [event("CONSULT", "Freedom Party", None)]) == (1, 1)
    # null against non-null: not strict; lenient through the matching source
    assert event_counts(one_actor, [event("CONSULT", "Freedom Party", "MoD")]) == (0, 1)
    # our choice: two null targets alone do not make a lenient match
    assert event_counts(one_actor, [event("CONSULT", "Coastal Alliance", None)]) == (0, 0)
    no_actor = [event("PROTEST", None, None)]
    assert event_counts(no_actor, [event("PROTEST", None, None)]) == (1, 1)
    # a gold event that names neither side needs type and place only (EXCHANGE.md)
    assert event_counts(no_actor, [event("PROTEST", "Freedom Party", None)]) == (0, 1)


ARTICLE = (
    "The Freedom Party accused the ministry of lying. "
    "Days later the Freedom Party accused the Coastal Alliance of fraud."
)
SECOND = ARTICLE.index("Days")


def placed_counts(gold_event: dict[str, Any], pred_event: dict[str, Any]) -> tuple[int, ...]:
    """Strict, lenient and typed-evidence matches of one event in ARTICLE."""
    doc = score(
        rec(entities=ACTORS, events=[gold_event]), {**rec(events=[pred_event]), "text": ARTICLE}
    )
    return doc.events_strict.tp, doc.events_lenient.tp, doc.events_typed.tp


@pytest.mark.parametrize(
    ("evidence", "sentence", "text", "expected"),
    [
        # the predicted sentence holds the evidence: a match
        ("accused the Coastal Alliance of fraud", (SECOND, len(ARTICLE)), "", (1, 1, 1)),
        # same type, same actors, told in another sentence: no match at all
        ("accused the Coastal Alliance of fraud", (0, SECOND - 1), "", (0, 0, 0)),
        # evidence found ignoring case, curly quotes and doubled spaces
        ("Accused  the Coastal Alliance", (SECOND, len(ARTICLE)), "", (1, 1, 1)),
        # evidence not in the text: 60% of its words in the event's text and sentence
        ("Freedom Party accused Coastal Alliance fraud", None, "accused the Coastal", (0, 0, 0)),
        ("party accused alliance fraud", (SECOND, len(ARTICLE)), "", (1, 1, 1)),
        ("party accused alliance fraud", (0, SECOND - 1), "", (0, 0, 0)),
    ],
)
def test_an_event_must_be_told_where_the_gold_event_is(
    evidence: str, sentence: tuple[int, int] | None, text: str, expected: tuple[int, ...]
) -> None:
    gold = event("ACCUSE", "Freedom Party", "Coastal Alliance", evidence=evidence)
    told: dict[str, Any] = {"text": text}
    if sentence is not None:
        told["sentence"] = list(sentence)
    pred = event("ACCUSE", "Freedom Party", "Coastal Alliance", **told)
    assert placed_counts(gold, pred) == expected


def test_typed_evidence_counts_type_and_place_without_actors() -> None:
    gold = event("ACCUSE", "Freedom Party", "Coastal Alliance", evidence="accused the Coastal")
    wrong_actors = event("ACCUSE", "Coastal Alliance", None, sentence=[SECOND, len(ARTICLE)])
    assert placed_counts(gold, wrong_actors) == (0, 0, 1)
    wrong_type = event("REJECT", "Freedom Party", "Coastal Alliance", sentence=[SECOND, 90])
    assert placed_counts(gold, wrong_type) == (0, 0, 0)


def test_the_typed_evidence_figure_is_printed_beside_strict_and_lenient() -> None:
    gold = event("ACCUSE", "Freedom Party", "Coastal Alliance", evidence="accused the ministry")
    pred = {**rec(events=[event("ACCUSE", None, None, sentence=[0, 40])]), "text": ARTICLE}
    report = evaluate({"d1": rec(entities=ACTORS, events=[gold])}, {"d1": pred})
    row = report.rows()[-1]
    assert (row["event_strict_f1"], row["event_lenient_f1"], row["event_typed_f1"]) == (0, 0, 1)


def test_lenient_keeps_strict_pairs_first() -> None:
    gold = [
        event("ACCUSE", "Freedom Party", None),
        event("ACCUSE", "Coastal Alliance", "Ministry of Defence"),
    ]
    # The first prediction is a lenient match of both gold events, and ties with the
    # strict match of the first one; were lenient pairs not built on the strict ones,
    # it would take the first gold event and leave the strict prediction unmatched.
    pred = [
        event("ACCUSE", "Freedom Party", "MoD"),
        event("ACCUSE", "Freedom Party", None),
    ]
    assert event_counts(gold, pred) == (1, 2)


def test_event_type_breakdown_counts_alt_type_matches_on_both_sides() -> None:
    gold = {
        "d1": rec(
            entities=ACTORS,
            events=[
                event("REJECT", "Freedom Party", "MoD", alt=("ACCUSE",)),
                event("AID", "MoD", "Coastal Alliance"),
            ],
        )
    }
    pred = {"d1": rec(events=[event("ACCUSE", "Freedom Party", "MoD")])}
    rows = {row["type"]: row for row in evaluate(gold, pred).event_types()}
    assert list(rows) == ["AID", "ACCUSE", "REJECT"]  # PLOVER order
    assert rows["ACCUSE"]["strict_p"] == 1.0 and rows["ACCUSE"]["strict_r"] is None
    assert rows["REJECT"]["strict_r"] == 1.0 and rows["REJECT"]["strict_p"] is None
    assert rows["AID"]["lenient_r"] == 0.0 and rows["AID"]["gold"] == 1


# --------------------------------------------------------------------------- dates


def test_date_text_key() -> None:
    assert date_text_key("On  Friday") == "friday"
    assert date_text_key("in March2020") == date_text_key("March 2020") == "march2020"
    assert date_text_key("last Friday") == "lastfriday"  # "last" is no preposition
    assert date_text_key("Ontario Day") == "ontarioday"  # only a whole word


def test_dates_found_and_values() -> None:
    gold = rec(
        published="2020-03-05",
        dates=[
            date("on Monday", "2020-03-02"),
            date("in March 2020", "2020-03"),
            date("March 3", "2020-03-03"),
            date("June 4", "2020-06-04"),
            date("today", "2020-03-05"),
            date("today", "2020-03-05"),
        ],
    )
    pred = rec(
        published=" 2020-03-05 ",
        dates=[
            date("today", "2020-03-05"),
            date("Monday", "2020-03-09"),  # found, wrong value
            date("March2020", "2020-03"),  # glued
            date("March 3, 2020", "2020-03-03"),  # contains the gold text
            date("July 9", "2020-07-09"),  # not in gold
        ],
    )
    doc = score(gold, pred)
    assert doc.published_correct == 1
    assert (doc.dates_gold, doc.dates_found, doc.dates_correct) == (6, 4, 3)
    row = doc.row()
    assert (row["date_text_r"], row["date_acc"], row["published_acc"]) == (0.667, 0.75, 1.0)


@pytest.mark.parametrize(
    ("gold_published", "pred_published", "correct"),
    [(None, None, 1), ("2021-07", None, 0), (None, "2021-07-01", 0), ("2021", "2021", 1)],
)
def test_published(gold_published: str | None, pred_published: str | None, correct: int) -> None:
    doc = score(rec(published=gold_published), rec(published=pred_published))
    assert doc.published_correct == correct


# --------------------------------------------------------------------------- documents


def test_missing_and_extra_pred_docs() -> None:
    gold = {
        "a": rec(
            "a",
            "2022-01-01",
            entities=ACTORS,
            quotes=[quote(GOLD_WORDS)],
            events=[event("AID", "MoD", None)],
            dates=[date("January 1", "2022-01-01")],
        ),
        "b": rec("b", None),
    }
    pred = {"zzz": rec("zzz", entities=ACTORS)}
    report = evaluate(gold, pred)
    a, b = report.documents
    assert (a.entities.fn, a.quotes.fn, a.events_strict.fn, a.dates_found) == (3, 1, 1, 0)
    assert a.published_correct == 0 and b.published_correct == 1
    assert a.row()["entity_f1"] == 0.0 and a.row()["entity_p"] is None
    assert report.missing_pred_docs == ("a", "b")
    assert report.extra_pred_docs == ("zzz",)
    assert len(report.warnings) == 2 and "zzz" in report.warnings[1]
    assert report.overall.entities.fp == 0  # the extra document is ignored


def test_micro_average_differs_from_macro() -> None:
    gold = {
        "small": rec("small", entities=[ent("Freedom Party")]),
        "large": rec("large", entities=ACTORS),
    }
    pred = {
        "small": rec("small", entities=[ent("Freedom Party")]),
        "large": rec("large"),
    }
    rows = evaluate(gold, pred).rows()
    assert [row["doc"] for row in rows] == ["small", "large", "ALL"]
    assert rows[0]["entity_f1"] == 1.0 and rows[1]["entity_f1"] == 0.0  # macro: 0.5
    assert rows[2]["entity_f1"] == 0.4  # micro: tp 1, fp 0, fn 3
    assert (rows[2]["entity_p"], rows[2]["entity_r"]) == (1.0, 0.25)


def test_parts_restrict_scoring() -> None:
    gold = rec(entities=ACTORS, events=[event("AID", "MoD", None)], published="2020")
    pred = rec(events=[event("AID", "the Ministry of Defence", None)])
    report = evaluate({"d1": gold}, {"d1": pred}, frozenset({"events"}))
    row = report.rows()[-1]
    assert row["event_strict_f1"] == 1.0
    assert row["entity_f1"] is None and row["published_acc"] is None
    assert report.overall.entities.fn == 0  # not scored at all
    assert parse_parts("events, dates") == frozenset({"events", "dates"})
    with pytest.raises(ValueError, match="places"):
        parse_parts("events,places")


def test_rows_round_and_leave_undefined_figures_empty() -> None:
    gold = rec(entities=ACTORS)
    pred = rec(entities=[ent("MoD"), ent("Somebody Else"), ent("Nobody")])
    row = evaluate({"d1": gold}, {"d1": pred}).rows()[0]
    assert (row["entity_p"], row["entity_r"], row["entity_f1"]) == (0.333, 0.333, 0.333)
    assert row["quote_f1"] is None and row["speaker_acc"] is None
    assert row["event_strict_f1"] is None and row["date_acc"] is None


def test_to_json_is_valid_json() -> None:
    report = evaluate({"d1": rec(entities=ACTORS)}, {"d1": rec(entities=ACTORS)})
    data = json.loads(report.to_json())
    assert data["overall"]["entity_f1"] == 1.0
    assert data["overall"]["counts"]["entities_tp"] == 3
    assert data["documents"][0]["doc"] == "d1"


# --------------------------------------------------------------------------- files


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_malformed_json_line_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "gold.jsonl", [json.dumps(rec("a")), "", '{"doc": "b", '])
    with pytest.raises(GoldError, match=r"gold\.jsonl line 3: invalid JSON"):
        load_jsonl(path)


def test_missing_doc_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "pred.jsonl", [json.dumps({"entities": []})])
    with pytest.raises(GoldError, match=r"pred\.jsonl line 1: missing 'doc'"):
        load_jsonl(path)


def test_wrong_field_type_is_a_gold_error() -> None:
    with pytest.raises(GoldError, match=r"pred d1: events\[0\]: 'source'"):
        evaluate({"d1": rec()}, {"d1": rec(events=[{"type": "AID", "source": 3}])})


def test_line_separator_inside_a_string_is_not_a_line_break(tmp_path: Path) -> None:
    record = rec("a", quotes=[quote("first\u2028second")])
    path = write(tmp_path / "gold.jsonl", [json.dumps(record, ensure_ascii=False)])
    assert list(load_jsonl(path)) == ["a"]


def test_repeated_doc_is_numbered_in_file_order(tmp_path: Path) -> None:
    lines = [json.dumps(rec("x", "2001")), json.dumps(rec("x", "2002"))]
    gold = write(tmp_path / "gold.jsonl", lines)
    pred = write(tmp_path / "pred.jsonl", lines)
    assert {k: v["published"] for k, v in load_jsonl(gold).items()} == {
        "x": "2001",
        "x#2": "2002",
    }
    report = evaluate_files(gold, pred)
    assert report.overall.published_correct == 2
    assert any("repeated" in w for w in report.warnings)


def test_seed_gold_scores_perfectly_against_itself() -> None:
    seeds = SHARED / "gold" / "seeds.jsonl"
    if not seeds.is_file():
        pytest.skip(f"{seeds} is not available")
    report: EvalReport = evaluate_files(seeds, seeds)
    assert report.warnings == []
    overall = report.rows()[-1]
    assert all(value == 1.0 for key, value in overall.items() if key != "doc"), overall
    for row in report.rows():
        assert all(value in (None, 1.0) for key, value in row.items() if key != "doc"), row
    assert all(r["strict_f1"] == 1.0 for r in report.event_types())


def test_eval_by_type_as_json_is_one_document(tmp_path: Path) -> None:
    from conftest import invoke_dossier

    record = rec(
        entities=[ent("Taliban"), ent("Kabul", "GPE")], events=[event("COERCE", "Taliban", "Kabul")]
    )
    gold = write(tmp_path / "gold.jsonl", [json.dumps(record)])
    command = ["eval", gold, gold, "--by-type"]
    out = invoke_dossier(*command, "--format", "json", cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    parsed = json.loads(out.stdout)  # one JSON value, not two concatenated
    assert parsed["documents"][-1]["event_strict_f1"] == 1.0
    assert [row["type"] for row in parsed["event_types"]] == ["COERCE"]
    csv_out = invoke_dossier(*command, "--format", "csv", cwd=tmp_path)
    assert csv_out.returncode == 0, csv_out.stderr
    assert csv_out.stdout.splitlines()[0].startswith("type,")
