"""EventQuery: each field of the one event filter keeps what it says, in the store, the
API and the web's paging alike.

The articles are invented; their events are written as the pipeline would code them,
so these tests need no language model.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import dossier
from dossier.errors import DossierError
from dossier.ingest import prepare_article
from dossier.models import Event, Extraction, RawInput
from dossier.store import EventQuery, EventRow, Store

HARBOUR = (
    "Ashraf Karimi, the port minister of Veloria, met Lina Ostrova in Port Calder on 3 May. "
    "Veloria's navy shelled a fishing village in Afghanistan Bay the next day. "
    "Officials in Ostland denied that Veloria had sent troops."
)
BORDER = (
    "Ostland accused Veloria of shelling its border posts. "
    "Ostland promised to send food aid to the village in late June."
)


def event_in(text: str, words: str, trigger: str, **fields: object) -> Event:
    """An event whose span is ``words`` in ``text``, in the sentence that holds them."""
    start = text.index(words)
    end = start + len(words)
    sentence_start = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    sentence_end = text.find(". ", end)
    sentence_end = len(text) if sentence_end == -1 else sentence_end + 1
    at = text.index(trigger, start)
    return Event(
        trigger=trigger,
        trigger_span=(at, at + len(trigger)),
        span=(start, end),
        sentence=(sentence_start, sentence_end),
        text=words,
        **fields,  # type: ignore[arg-type]
    )


def article(doc: str, text: str, published: str) -> Extraction:
    prepared = prepare_article(RawInput(doc=doc, source=doc, raw=text, fmt="txt", date=published))
    return Extraction(prepared)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    harbour = article("harbour.txt", HARBOUR, "2023-05-05")
    border = article("border.txt", BORDER, "2023-06-10")
    text_h, text_b = harbour.article.text, border.article.text
    harbour_events = [
        event_in(
            text_h,
            "met Lina Ostrova",
            "met",
            type="CONSULT",
            quad=1,
            score=1.0,
            source="Ashraf Karimi",
            target="Lina Ostrova",
            date="2023-05-03",
        ),
        event_in(
            text_h,
            "shelled a fishing village in Afghanistan Bay",
            "shelled",
            type="ASSAULT",
            quad=4,
            score=-9.0,
            source="Veloria",
            target="Afghanistan Bay villagers",
            date="2023-05-04",
        ),
        event_in(
            text_h,
            "had sent troops",
            "sent",
            type="MOBILIZE",
            quad=4,
            score=-7.0,
            source="Veloria",
            negated=True,
        ),
    ]
    border_events = [
        event_in(
            text_b,
            "accused Veloria of shelling",
            "accused",
            type="ACCUSE",
            quad=3,
            score=-2.0,
            source="Ostland",
            target="Veloria",
        ),
        event_in(
            text_b,
            "promised to send food aid",
            "send",
            type="AID",
            quad=2,
            score=7.0,
            source="Ostland",
            date="2023-06-28",
            modality="intended",
        ),
    ]
    s = Store(tmp_path / "kb.db")
    s.write_batch(
        [
            Extraction(harbour.article, events=harbour_events),
            Extraction(border.article, events=border_events),
        ]
    )
    yield s
    s.close()


def triggers(rows: list[EventRow]) -> list[str]:
    return [r.trigger for r in rows]


def test_no_field_set_lists_every_asserted_event_newest_first(store: Store) -> None:
    rows = store.events(EventQuery())
    # by the event's date, else its article's: the aid of 28 June, the accusation
    # reported on 10 June, then the May events; the denied troops are left out
    assert triggers(rows) == ["send", "accused", "shelled", "met"]
    assert rows[0].sentence == "Ostland promised to send food aid to the village in late June."
    assert rows[0].to_json()["span"] == list(rows[0].span)
    assert "id" not in rows[0].to_json() and "place" not in rows[0].to_json()


def test_include_negated_keeps_what_the_text_says_did_not_happen(store: Store) -> None:
    rows = store.events(EventQuery(include_negated=True, type="mobilize"))
    assert [(r.trigger, r.negated) for r in rows] == [("sent", True)]


def test_source_and_target_are_the_acting_and_the_acted_on_party(store: Store) -> None:
    assert triggers(store.events(EventQuery(source="Veloria"))) == ["shelled"]
    assert triggers(store.events(EventQuery(target="Veloria"))) == ["accused"]
    assert triggers(store.events(EventQuery(source="Ostland", target="Veloria"))) == ["accused"]


def test_actor_is_either_party(store: Store) -> None:
    assert triggers(store.events(EventQuery(actor="veloria"))) == ["accused", "shelled"]


def test_names_match_whole_words_only(store: Store) -> None:
    # "Ghani" must not find "Afghanistan", "Karim" not "Karimi", in any name field
    assert store.events(EventQuery(actor="Ghani")) == []
    assert store.events(EventQuery(source="Karim")) == []
    assert triggers(store.events(EventQuery(source="Karimi"))) == ["met"]
    assert triggers(store.events(EventQuery(target="Lina  Ostrova"))) == ["met"]


def test_type_and_quad_keep_one_kind_of_event(store: Store) -> None:
    assert triggers(store.events(EventQuery(type="assault"))) == ["shelled"]
    assert triggers(store.events(EventQuery(quad=4))) == ["shelled"]
    assert triggers(store.events(EventQuery(quad=2))) == ["send"]


def test_words_search_the_span_the_trigger_and_the_names(store: Store) -> None:
    assert triggers(store.events(EventQuery(words="fishing village"))) == ["shelled"]
    assert triggers(store.events(EventQuery(words="Lina"))) == ["met"]
    assert triggers(store.events(EventQuery(words="50%"))) == []  # LIKE's % is literal


def test_document_keeps_the_events_of_one_stored_document(store: Store) -> None:
    border = next(d for d in store.documents() if d.doc == "border.txt")
    rows = store.events(EventQuery(document=border.id))
    assert {r.doc for r in rows} == {"border.txt"}
    assert triggers(rows) == ["send", "accused"]


def test_since_and_until_bound_the_event_date_until_taken_whole(store: Store) -> None:
    assert triggers(store.events(EventQuery(since="2023-06"))) == ["send", "accused"]
    # "until 2023-05" keeps 4 May; "until 2023-05-03" keeps the 3rd itself
    assert triggers(store.events(EventQuery(until="2023-05"))) == ["shelled", "met"]
    assert triggers(store.events(EventQuery(until="2023-05-03"))) == ["met"]
    assert triggers(store.events(EventQuery(since="2023-05-04", until="2023-06-10"))) == [
        "accused",
        "shelled",
    ]


def test_limit_and_page_cut_the_list_into_pages(store: Store) -> None:
    assert triggers(store.events(EventQuery(limit=2))) == ["send", "accused"]
    assert triggers(store.events(EventQuery(limit=2, page=2))) == ["shelled", "met"]
    assert store.events(EventQuery(limit=2, page=3)) == []
    assert store.count_events(EventQuery(limit=2, page=2)) == 4
    assert store.count_events(EventQuery(source="Ostland")) == 2


def test_the_api_and_the_web_read_through_the_same_query(store: Store) -> None:
    from dossier import webdata

    with dossier.open(store.path, readonly=True) as kb:
        listed = kb.events(actor="Veloria", until="2023-06")
        assert triggers(listed) == ["accused", "shelled"]
        assert [r["trigger"] for r in listed.to_json()] == ["accused", "shelled"]
        page = webdata.events_page(kb, EventQuery(actor="Veloria", page=9), size=1)
        assert (page["total"], page["pages"], page["page"]) == (2, 2, 2)
        assert [e["trigger"] for e in page["events"]] == ["shelled"]
        with pytest.raises(DossierError, match="--until"):
            kb.events(until="June")


def test_url_params_name_the_web_fields_that_are_set() -> None:
    query = EventQuery(actor="Veloria", quad=4, words="village", page=3)
    assert query.url_params() == {"actor": "Veloria", "quad": "4", "q": "village"}


SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
    r"CREATE\s+(TABLE|INDEX|VIRTUAL|TRIGGER)|PRAGMA\s)",
    re.IGNORECASE | re.DOTALL,
)


def sql_strings(path: Path) -> list[str]:
    """The string literals (f-string parts included) of a module that read as SQL."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.value.strip().splitlines()[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value)
    ]


def test_every_sql_statement_lives_in_the_store_package() -> None:
    package = Path(dossier.__file__).parent
    outside = {
        str(path.relative_to(package)): sql_strings(path)
        for path in sorted(package.rglob("*.py"))
        if path.relative_to(package).parts[0] != "store"
    }
    assert {name: found for name, found in outside.items() if found} == {}
    assert sql_strings(package / "store" / "reads.py"), "the scan finds SQL where it is"
