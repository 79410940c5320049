"""Events told without a named side (``--unattributed``): off by default, kept on request.

A record of who did what to whom needs its sides, and ``dossier eval`` counts a
sideless event as a false positive, so by default the coder drops "a roadside bomb
killed four soldiers". An analyst counting attacks or protests wants them anyway:
``find_events(..., unattributed=True)``, ``dossier extract --unattributed`` and
``dossier ingest --unattributed`` keep them with null sides and their evidence.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from conftest import events_of
from dossier.entities import EntityFinder

ARTICLE = """GAO, Mali (Wire) — A roadside bomb killed four soldiers near Gao on Sunday.

Crowds of residents marched through Bamako on Saturday to demand talks with the rebels.

Mali's army shelled a rebel camp outside Kidal on Monday.
"""


@pytest.mark.parametrize(
    ("text", "kind", "trigger"),
    [
        ("A roadside bomb killed four soldiers near Gao on Sunday.", "ASSAULT", "killed"),
        ("Crowds of residents rallied in the capital on Saturday.", "PROTEST", "rallied"),
        ("Unknown attackers set fire to a polling station in the north.", "ASSAULT", "set"),
    ],
)
def test_a_deed_with_no_named_side_is_kept_only_on_request(
    text: str, kind: str, trigger: str, finder: EntityFinder
) -> None:
    assert [e for e in events_of(text, finder, unattributed=False) if e.type == kind] == []
    kept = [e for e in events_of(text, finder, unattributed=True) if e.type == kind]
    assert [(e.source, e.target, e.trigger) for e in kept] == [(None, None, trigger)]
    (event,) = kept
    assert text[event.trigger_span[0] : event.trigger_span[1]] == trigger  # its evidence
    assert event.confidence <= 0.65  # no named side adds to its confidence


def test_a_threat_by_someone_unnamed_is_kept_on_request_but_not_one_by_a_thing(
    finder: EntityFinder,
) -> None:
    person = "He threatened to close the border crossing."
    thing = "The drought threatened to close the border crossing."
    assert not events_of(person, finder, unattributed=False)
    assert [e.type for e in events_of(person, finder, unattributed=True)] == ["THREATEN"]
    assert not [e for e in events_of(thing, finder, unattributed=True) if e.type == "THREATEN"]


def test_events_with_named_sides_are_the_same_either_way(finder: EntityFinder) -> None:
    text = "Mali's army shelled a rebel camp outside Kidal. Senegal condemned the shelling."
    default = events_of(text, finder, unattributed=False)
    assert default, "the named events are coded"
    assert events_of(text, finder, unattributed=True) == default


def test_what_tells_no_event_stays_out_even_on_request(finder: EntityFinder) -> None:
    text = "The annual report on the economy was released on Monday."
    assert events_of(text, finder, unattributed=True) == []


def test_extract_and_ingest_write_unattributed_events_with_null_sides(
    dossier_cli: Callable[..., CompletedProcess[str]], tmp_path: Path
) -> None:
    (tmp_path / "gao.txt").write_text(ARTICLE, "utf-8")

    def extracted(*option: str) -> list[dict[str, object]]:
        result = dossier_cli("extract", "gao.txt", "--format", "jsonl", *option, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        (record,) = map(json.loads, result.stdout.splitlines())
        return list(record["events"])

    default, kept = extracted(), extracted("--unattributed")
    assert not any(e["source"] is None and e["target"] is None for e in default)
    sideless = [e for e in kept if e["source"] is None and e["target"] is None]
    assert {e["type"] for e in sideless} >= {"ASSAULT"}
    assert [e for e in kept if e not in sideless] == default

    ingested = dossier_cli("ingest", "gao.txt", "--unattributed", "--db", "k.db", cwd=tmp_path)
    assert ingested.returncode == 0, ingested.stderr
    listed = dossier_cli("events", "--db", "k.db", "--format", "json", cwd=tmp_path)
    rows = json.loads(listed.stdout)
    assert any(r["type"] == "ASSAULT" and r["trigger"] == "killed" for r in rows)
