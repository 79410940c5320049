"""``dossier export``: every format is written, loaded back and checked.

The store is built once from five short articles written for these tests: two
outlets report the same Taliban attack on the resistance in Panjshir on the same
day (one merged event, two sources), and an actor file dates the Taliban's sector
(REB until 14 August 2021, GOV from the 15th).
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import dossier
from dossier.api import Dossier
from dossier.cli import app
from dossier.errors import DossierError
from dossier.export import EVENT_COLUMNS, write_polecat
from dossier.kb.reader import MergedEvent

ARTICLES: list[dict[str, str]] = [
    {
        "id": "wire_panjshir",
        "title": "Taliban forces attack resistance stronghold in Panjshir",
        "date": "2021-09-06",
        "text": (
            "Taliban fighters attacked the National Resistance Front in the Panjshir Valley "
            "on Sunday, according to local residents and a spokesman for the group.\n\n"
            "The assault began before dawn, with columns of pickup trucks moving up the "
            "narrow valley north of Kabul. Residents said the sound of heavy gunfire could "
            "be heard for several hours.\n\n"
            "Ahmad Massoud, who leads the resistance, called on the international community "
            'to press the Taliban to stop the offensive. "We will never surrender our '
            'homeland," Massoud said in a message posted online.'
        ),
    },
    {
        "id": "daily_panjshir",
        "title": "Fighting in Panjshir as Taliban press assault",
        "date": "2021-09-06",
        "text": (
            "Taliban forces attacked the National Resistance Front in Panjshir on Sunday, "
            "the last province still holding out against the new rulers in Kabul.\n\n"
            "Witnesses described fighting in several villages along the Panjshir river. "
            "Aid groups warned that civilians were trapped without food or medicine."
        ),
    },
    {
        "id": "blinken_doha",
        "title": "Blinken meets Qatari leaders on Afghan evacuation",
        "date": "2021-09-07",
        "text": (
            "US Secretary of State Antony Blinken met the Emir of Qatar, Sheikh Tamim bin "
            "Hamad Al Thani, in Doha on Tuesday to discuss the evacuation of Americans "
            "still in Afghanistan.\n\n"
            "The United States urged the Taliban to let people leave the country freely."
        ),
    },
    {
        "id": "pakistan_india",
        "title": "Pakistan accuses India at the United Nations",
        "date": "2021-09-25",
        "text": (
            "Pakistan accused India of backing militants along its western border, in a "
            "speech at the United Nations General Assembly on Friday.\n\n"
            "India rejected the accusation and condemned Pakistan for sheltering armed groups."
        ),
    },
    {
        "id": "kunduz_falls",
        "title": "Taliban overrun Kunduz after days of fighting",
        "date": "2021-08-09",
        "text": (
            "Taliban fighters attacked Afghan government forces in Kunduz on Sunday and "
            "seized the governor's compound, officials said.\n\n"
            "Hundreds of families fled toward the airport as the fighting spread."
        ),
    },
]

ACTORS_YAML = """\
actors:
  - name: Taliban
    type: ORG
    country: AFG
    sector: REB
    sectors:
      - {sector: REB, until: 2021-08-14}
      - {sector: GOV, since: 2021-08-15}
"""

# POLECAT's release files start with these columns, in this order.
POLECAT_HEAD = [
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Intensity",
    "Quad Code",
    "Contexts",
    "Actor Name",
    "Actor Country",
    "Actor COW",
    "Primary Actor Sector",
    "Actor Sectors",
    "Actor Title",
    "Actor Name Raw",
    "Wikipedia Actor ID",
    "Recipient Name",
    "Recipient Country",
    "Recipient COW",
    "Primary Recipient Sector",
    "Recipient Sectors",
    "Recipient Title",
    "Recipient Name Raw",
    "Wikipedia Recipient ID",
    "Placename",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
    "GeoNames ID",
    "Raw Placename",
    "Feature Type",
    "Source",
    "Publication Date",
    "Story People",
    "Story Organizations",
    "Story Locations",
    "Language",
    "Version",
]
PANJSHIR_DOCS = {"wire_panjshir", "daily_panjshir"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("export")
    inputs = []
    for article in ARTICLES:
        path = root / f"{article['id']}.json"
        path.write_text(json.dumps(article), encoding="utf-8")
        inputs.append(path)
    actors = root / "actors.yaml"
    actors.write_text(ACTORS_YAML, encoding="utf-8")
    store = root / "kb.db"
    with dossier.open(store) as kb:
        report = kb.ingest(inputs, actors_file=actors)
        assert report.counts()["ingested"] == len(ARTICLES)
        assert not report.warnings, report.warnings
    return store


@pytest.fixture()
def kb(db: Path) -> Iterator[Dossier]:
    with dossier.open(db) as opened:
        yield opened


def panjshir_attack(events: list[MergedEvent]) -> MergedEvent:
    """The attack both outlets report: one merged event."""
    found = [
        e
        for e in events
        if e.type == "ASSAULT"
        and e.source == "org/taliban"
        and e.target
        and "resistance" in e.target
    ]
    assert len(found) == 1, [(e.type, e.source, e.target) for e in events]
    return found[0]


def test_the_same_attack_in_two_outlets_is_one_event_with_two_sources(kb: Dossier) -> None:
    event = panjshir_attack(kb.timeline())
    assert event.sources == 2
    assert {m.doc for m in event.evidence} == PANJSHIR_DOCS


def test_jsonl_is_one_row_per_merged_event_with_its_evidence(kb: Dossier, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    events = kb.timeline()
    assert kb.export("jsonl", out) == len(events) > 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == len(events)
    assert [r["id"] for r in rows] == [e.id for e in events]
    assert all(list(r) == list(EVENT_COLUMNS) for r in rows)
    attack = next(r for r in rows if r["id"] == panjshir_attack(events).id)
    assert attack["sources"] == 2 and attack["mentions"] == 2
    assert set(attack["documents"]) == PANJSHIR_DOCS
    assert attack["first_report"] == "2021-09-06"
    # every span points at the reported words, inside the sentence given with it
    for doc, (start, end), sentence in zip(
        attack["documents"], attack["spans"], attack["sentences"], strict=True
    ):
        text = kb.document(doc).text
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() in sentence
        assert "attacked" in sentence


def test_csv_round_trips_with_lists_joined(kb: Dossier, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    events = kb.timeline()
    assert kb.export("csv", out) == len(events)
    with out.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == list(EVENT_COLUMNS)
        rows = list(reader)
    assert len(rows) == len(events)
    attack = next(r for r in rows if r["id"] == str(panjshir_attack(events).id))
    assert attack["sources"] == "2"
    assert set(attack["documents"].split(" | ")) == PANJSHIR_DOCS
    assert len(attack["spans"].split(" | ")) == 2
    assert all("-" in span for span in attack["spans"].split(" | "))


def test_parquet_loads_back_with_typed_columns(kb: Dossier, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    events = kb.timeline()
    assert kb.export("parquet", out) == len(events)
    table = pq.read_table(out)
    assert table.num_rows == len(events)
    assert table.column_names == list(EVENT_COLUMNS)
    assert table.schema.field("sources").type == pa.int64()
    assert table.schema.field("spans").type == pa.list_(pa.list_(pa.int64()))
    rows = table.to_pylist()
    attack = next(r for r in rows if r["id"] == panjshir_attack(events).id)
    assert attack["sources"] == 2
    assert set(attack["documents"]) == PANJSHIR_DOCS
    assert len(attack["spans"]) == len(attack["sentences"]) == 2


def read_polecat(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    lines = path.read_text("utf-8").splitlines()
    with path.open(encoding="utf-8", newline="") as f:
        header, *rows = list(csv.reader(f, delimiter="\t"))
    assert len(rows) == len(lines) - 1, "one event per line"
    assert all(len(row) == len(header) for row in rows), "no stray tabs"
    return header, [dict(zip(header, row, strict=True)) for row in rows]


def test_polecat_values_with_quotes_are_read_whole_by_csv_and_pandas(tmp_path: Path) -> None:
    import pandas

    out = tmp_path / "quoted.tsv"
    said = [
        'He said "we will not leave" and left.',
        '"Enough," the mayor told the crowd.',
        "A plain sentence.",
        'An opening " that never closes',
    ]
    write_polecat(({"Event ID": n, "Evidence Sentence": s} for n, s in enumerate(said)), out)
    _, rows = read_polecat(out)
    assert [r["Evidence Sentence"] for r in rows] == said
    frame = pandas.read_csv(out, sep="\t", dtype=str, keep_default_na=False)
    assert frame["Evidence Sentence"].tolist() == said


def test_polecat_export_is_read_row_for_row_by_pandas(kb: Dossier, tmp_path: Path) -> None:
    import pandas

    out = tmp_path / "events.tsv"
    written = kb.export("polecat", out)
    frame = pandas.read_csv(out, sep="\t", dtype=str, keep_default_na=False)
    assert len(frame) == written == len(kb.timeline())


def test_polecat_has_polecat_columns_in_order_then_evidence(kb: Dossier, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    events = kb.timeline()
    assert kb.export("polecat", out) == len(events)
    header, rows = read_polecat(out)
    assert header[: len(POLECAT_HEAD)] == POLECAT_HEAD
    assert header[len(POLECAT_HEAD) :] == [
        "Evidence Doc",
        "Evidence Span",
        "Evidence Sentence",
        "Mentions",
        "Sources",
    ]
    assert len(rows) == len(events)
    attack = next(r for r in rows if r["Event ID"] == str(panjshir_attack(events).id))
    assert attack["Event Type"] == "ASSAULT"
    assert attack["Quad Code"] == "4"
    assert float(attack["Intensity"]) < 0
    assert attack["Actor Name"] == "Taliban" and attack["Actor Country"] == "AFG"
    assert attack["Recipient Country"] == "AFG"
    assert attack["Sources"] == "2" and attack["Mentions"] == "2"
    assert set(attack["Evidence Doc"].split(" | ")) == PANJSHIR_DOCS
    assert attack["Publication Date"] == "2021-09-06"
    assert attack["Language"] == "en"


def test_polecat_sector_is_the_one_held_on_the_event_date(kb: Dossier, tmp_path: Path) -> None:
    out = tmp_path / "taliban.tsv"
    kb.export("polecat", out, actor="Taliban")
    _, rows = read_polecat(out)
    as_actor = [r for r in rows if r["Actor Name"] == "Taliban" and r["Event Date"] >= "2021-08"]
    before = [r["Primary Actor Sector"] for r in as_actor if r["Event Date"] < "2021-08-15"]
    after = [r["Primary Actor Sector"] for r in as_actor if r["Event Date"] >= "2021-08-15"]
    assert before and set(before) == {"REB"}
    assert after and set(after) == {"GOV"}
    assert all(set(r["Actor Sectors"].split(" | ")) == {"REB", "GOV"} for r in as_actor)


def test_polecat_places_have_coordinates_from_the_reporting_article(
    kb: Dossier, tmp_path: Path
) -> None:
    out = tmp_path / "events.tsv"
    kb.export("polecat", out)
    _, rows = read_polecat(out)
    placed = [r for r in rows if r["Raw Placename"] == "Doha"]
    assert placed, "the meeting in Doha has a place"
    doha = placed[0]
    assert doha["Country"] == "QAT" and doha["Feature Type"] == "city"
    assert math.isclose(float(doha["Latitude"]), 25.29, abs_tol=0.2)
    assert math.isclose(float(doha["Longitude"]), 51.53, abs_tol=0.2)
    assert all(r["Latitude"] == "" for r in rows if not r["Raw Placename"])


def event_actors(events: list[MergedEvent]) -> set[str]:
    return {k for e in events for k in (e.source, e.target) if k}


def check_network(graph: Any, kb: Dossier) -> None:
    events = kb.timeline()
    assert graph.is_directed()
    assert set(graph.nodes) == event_actors(events)
    for _, attributes in graph.nodes(data=True):
        assert {"name", "type", "mentions", "events"} <= set(attributes)
        assert all(value is not None for value in attributes.values())
    relations = kb.relations()
    assert graph.number_of_edges() == len({(r.source, r.target) for r in relations}) > 0
    for _, _, attributes in graph.edges(data=True):
        assert {"events", "cooperation", "conflict", "balance"} <= set(attributes)
        assert int(attributes["events"]) >= 1
    edge = graph.edges[panjshir_attack(events).source, panjshir_attack(events).target]
    assert int(edge["conflict"]) == int(edge["events"]) >= 1
    assert float(edge["balance"]) == -1.0
    assert float(edge["score"]) < 0
    assert graph.nodes["org/taliban"]["name"] == "Taliban"
    assert graph.nodes["org/taliban"]["country"] == "AFG"


def test_graphml_is_the_actor_network(kb: Dossier, tmp_path: Path) -> None:
    out = tmp_path / "actors.graphml"
    nodes = kb.export("graphml", out)
    graph = nx.read_graphml(out)
    assert nodes == graph.number_of_nodes()
    check_network(graph, kb)


def test_gexf_is_the_actor_network(kb: Dossier, tmp_path: Path) -> None:
    out = tmp_path / "actors.gexf"
    nodes = kb.export("gexf", out)
    graph = nx.read_gexf(out)
    assert nodes == graph.number_of_nodes()
    check_network(graph, kb)


def test_period_and_actor_filters(kb: Dossier, tmp_path: Path) -> None:
    out = tmp_path / "september.jsonl"
    count = kb.export("jsonl", out, since="2021-09", until="2021-09-10")
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert count == len(rows) == len(kb.timeline(since="2021-09", until="2021-09-10")) > 0
    assert all("2021-09" <= r["day"] <= "2021-09-10" for r in rows)
    graph_out = tmp_path / "taliban.graphml"
    kb.export("graphml", graph_out, actor="Taliban")
    graph = nx.read_graphml(graph_out)
    assert "org/taliban" in graph
    assert all("org/taliban" in edge for edge in graph.edges)


def test_unknown_format_is_an_error(kb: Dossier, tmp_path: Path) -> None:
    with pytest.raises(DossierError, match="unknown export format"):
        kb.export("xlsx", tmp_path / "x.xlsx")


def test_cli_export_writes_the_file_and_says_how_many(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli" / "events.tsv"
    runner = CliRunner()
    result = runner.invoke(
        app, ["export", "--format", "polecat", "--out", str(out), "--db", str(db)]
    )
    assert result.exit_code == 0, result.output
    with dossier.open(db) as kb:
        expected = len(kb.timeline())
    assert f"({expected} events)" in result.output
    header, rows = read_polecat(out)
    assert header[0] == "Event ID" and len(rows) == expected
    bad = runner.invoke(app, ["export", "--format", "xml", "--out", str(out), "--db", str(db)])
    assert bad.exit_code != 0
    missing = runner.invoke(
        app, ["export", "-f", "csv", "-o", str(out), "--db", str(tmp_path / "none.db")]
    )
    assert missing.exit_code == 1
