"""The dates stage: finding temporal expressions and resolving them against publication."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from dossier.dates import find_dates, resolve
from dossier.models import DateMention
from dossier.nlp import load_pipeline

if TYPE_CHECKING:
    from spacy.language import Language

SHARED = Path(__file__).parents[2] / "shared"
THURSDAY = "2022-03-10"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def dates_in(nlp: Language, text: str, published: str | None) -> list[DateMention]:
    doc = nlp(text)
    mentions = find_dates(doc, published)
    for m in mentions:
        assert doc.text[m.span[0] : m.span[1]] == m.text
    return mentions


def only(nlp: Language, text: str, published: str | None) -> DateMention:
    mentions = dates_in(nlp, text, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The envoy met rebel commanders in Doha on Tuesday.", "on Tuesday", "2022-03-08"),
        ("The ministers will meet again on Saturday.", "on Saturday", "2022-03-12"),
        ("The council voted on Thursday to extend the mission.", "on Thursday", THURSDAY),
        ("The council will vote on Thursday on the mission.", "on Thursday", THURSDAY),
        ("Militants have shelled the town on Monday.", "on Monday", "2022-03-07"),
        ("The talks are slated for Friday.", "Friday", "2022-03-11"),
    ],
)
def test_weekday_points_by_tense(nlp: Language, sentence: str, text: str, value: str) -> None:
    mention = only(nlp, sentence, THURSDAY)
    assert (mention.text, mention.value, mention.precision) == (text, value, "day")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Those who joined the attempt to unseat the mayor on March 2 are in jail.", "2022-03-02"),
        ("Officials unveiled a scheme to shelter the evacuees in late February.", "2022-02"),
        ("An effort to reopen the border in January collapsed.", "2022-01"),
        ("The envoy plans to visit Bamako on March 20.", "2022-03-20"),
        ("Rebels to free hostages on March 20", "2022-03-20"),
    ],
)
def test_infinitive_after_a_noun_takes_the_tense_of_its_clause(
    nlp: Language, sentence: str, value: str
) -> None:
    """ "the attempt to unseat him on March 2" happened; only a plan or a headline
    infinitive looks ahead."""
    assert only(nlp, sentence, THURSDAY).value == value


def test_month_day_without_year_crosses_the_year_boundary(nlp: Language) -> None:
    past = only(nlp, "Border guards closed the crossing on December 30.", "2022-01-03")
    assert (past.text, past.value) == ("on December 30", "2021-12-30")
    future = only(nlp, "The convoy will leave Herat on December 28.", "2022-01-03")
    assert future.value == "2022-12-28"


@pytest.mark.parametrize(
    ("sentence", "text", "value", "precision"),
    [
        (
            "The militia has held the valley since an offensive in August 2021.",
            "in August 2021",
            "2021-08",
            "month",
        ),
        ("The treaty was signed in 2015 by both sides.", "in 2015", "2015", "year"),
        ("The ceasefire took effect on March 4, 2019.", "on March 4, 2019", "2019-03-04", "day"),
        ("The rebels seized the dam on 11 March 2020.", "on 11 March 2020", "2020-03-11", "day"),
        ("The garrison was built 20 years ago.", "20 years ago", "2002", "year"),
        ("The minister is visiting Kandahar today.", "today", THURSDAY, "day"),
        ("Rockets struck the airport yesterday.", "yesterday", "2022-03-09", "day"),
        ("The coalition was formed after 9/11.", "9/11", "2001-09-11", "day"),
        ("Fighting intensified last year.", "last year", "2021", "year"),
        ("The mission ends next month.", "next month", "2022-04", "month"),
        ("The port reopened last November.", "last November", "2021-11", "month"),
        ("Last March the council met in Gao.", "Last March", "2021-03", "month"),
        ("Elections are due next January.", "next January", "2023-01", "month"),
        ("The bridge should open this July.", "this July", "2022-07", "month"),
        ("She took office in July last year.", "in July last year", "2021-07", "month"),
        ("Talks resume in May of next year.", "in May of next year", "2023-05", "month"),
    ],
)
def test_expression_forms(
    nlp: Language, sentence: str, text: str, value: str, precision: str
) -> None:
    mention = only(nlp, sentence, THURSDAY)
    assert (mention.text, mention.value, mention.precision) == (text, value, precision)


def test_durations_and_vague_spans_are_skipped(nlp: Language) -> None:
    text = (
        "The occupation lasted 20 years. Over the past two decades, aid to the region fell. "
        "Officials expect tensions for years to come. In recent times the group has grown, "
        "and earlier this week its leader spoke of the years ahead. Attacks rose over the "
        "last four years."
    )
    assert dates_in(nlp, text, THURSDAY) == []


def test_without_anchor_relative_dates_have_no_value(nlp: Language) -> None:
    text = "The governor resigned on Friday. The vote was held on October 9, 2004."
    mentions = dates_in(nlp, text, None)
    assert [(m.text, m.value, m.precision) for m in mentions] == [
        ("on Friday", None, None),
        ("on October 9, 2004", "2004-10-09", "day"),
    ]


def test_partial_anchor_gives_only_what_it_fixes() -> None:
    assert resolve("today", "2022-03") == ("2022-03", "month")
    assert resolve("August 15", "2022-03") == ("2021-08-15", "day")
    assert resolve("last year", "2022") == ("2021", "year")
    assert resolve("yesterday", None) == (None, None)


def test_nonsense_dates_never_get_a_value(nlp: Language) -> None:
    text = "The summit opened on the 35th of Smarch and closed on February 30."
    assert all(m.value is None for m in dates_in(nlp, text, THURSDAY))
    for expression in ("on the 35th of Smarch", "February 30", "February 30, 2021", "15", ""):
        assert resolve(expression, THURSDAY) == (None, None)


def test_resolve_api_tense_and_named_forms() -> None:
    assert resolve("on Wednesday", "2021-09-09") == ("2021-09-08", "day")
    assert resolve("on Friday", "2021-09-09", tense="future") == ("2021-09-10", "day")
    assert resolve("on Friday", "2021-09-09", tense="present") == ("2021-09-10", "day")
    assert resolve("January 5", "2021-12-28", tense="future") == ("2022-01-05", "day")
    assert resolve("mid-August", "2021-09-09") == ("2021-08", "month")
    assert resolve("Monday, August 16, 2021", None) == ("2021-08-16", "day")
    assert resolve("two decades ago", "2021-09-09") == ("2001", "year")
    assert resolve("23/07/2021", None) == ("2021-07-23", "day")
    assert resolve("03/04/2021", None) == (None, None)  # day and month could swap


def test_page_label_today_is_not_a_date(nlp: Language) -> None:
    mentions = dates_in(nlp, "Today: 11 March 2025\nTroops withdrew on Monday.", "2022-03-10")
    assert [m.text for m in mentions] == ["11 March 2025", "on Monday"]


def _key(text: str) -> str:
    """Gold-matching form: case-folded, no whitespace, no leading preposition."""
    words = text.lower().split()
    if len(words) > 1 and words[0] in {"on", "in", "since", "by", "until", "during", "from"}:
        words = words[1:]
    return re.sub(r"\s+", "", "".join(words))


def test_seed_articles_against_gold(nlp: Language) -> None:
    gold_path = SHARED / "gold" / "seeds.jsonl"
    if not gold_path.is_file():
        pytest.skip(f"{SHARED} is absent")
    found = correct = total = 0
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = (SHARED / "corpus" / "seeds" / gold["doc"]).read_text(encoding="utf-8")
        text = text.replace("August2021", "August 2021")  # the cleaning stage's repair
        predicted = dates_in(nlp, text, gold["published"])
        for date in gold["dates"]:
            total += 1
            match = next((m for m in predicted if _key(m.text) == _key(date["text"])), None)
            if match is not None:
                predicted.remove(match)
                found += 1
                correct += match.value == date["value"]
    assert total and found / total >= 0.8, (found, total)
    assert correct / found >= 0.9, (correct, found)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Ghana said on Tuesday it would close two border posts.", "2022-03-08"),
        ("The rebels announced on Monday they will free the hostages.", "2022-03-07"),
        ("Ghana said it would close two border posts on Tuesday.", "2022-03-15"),
    ],
)
def test_a_date_before_the_reported_clause_dates_the_report(
    nlp: Language, sentence: str, value: str
) -> None:
    """ "said on Tuesday it would close": the parse hangs the date on "close", but it
    stands before the reported clause's subject and dates the saying (a past day)."""
    assert only(nlp, sentence, THURSDAY).value == value
