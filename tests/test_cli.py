"""The ``dossier`` command: options in, output and exit codes out.

Commands run in-process (Typer's ``CliRunner``); the tests marked ``e2e`` start
``python -m dossier`` as a subprocess the way a user runs it. One store is built from
tests/fixtures/corpus per module and shared by the read-only commands; ``extract`` runs
in an empty directory and must leave no store behind.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import typer

from dossier.cli import app

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"

# What tests/fixtures/corpus holds, in the order a directory walk reads it.
DOCS = [
    "brief-a",
    "brief-b",
    "kabul_power_cut.html",
    "marche_herat_fr.txt",
    "relief_flights.json",
    "salang_avalanche.txt",
    "wire-0412",
    "wire-0413",
    "herat_earthquake.htm",
]
PUBLISHED = {
    "brief-a": None,
    "brief-b": None,
    "kabul_power_cut.html": "2022-01-25",
    "marche_herat_fr.txt": None,
    "relief_flights.json": "2022-12-05",
    "salang_avalanche.txt": "2010-02-10",
    "wire-0412": "2023-09-15",
    "wire-0413": "2023-03-10",
    "herat_earthquake.htm": "2023-10-08",
}
Runner = Callable[..., subprocess.CompletedProcess[str]]
Built = tuple[Path, Path, subprocess.CompletedProcess[str]]
Extracted = tuple[Path, subprocess.CompletedProcess[str]]


def cli_commands() -> dict[str, Any]:
    """The commands registered in the Typer app, by name (as click sees them)."""
    commands: dict[str, Any] = getattr(typer.main.get_command(app), "commands")  # noqa: B009
    return commands


COMMANDS = sorted(cli_commands())
LISTINGS = {
    "docs": [],
    "search": ["Kabul"],
    "entities": [],
    "quotes": [],
}


def summary_counts(stdout: str) -> dict[str, int]:
    found = re.findall(r"(ingested|unchanged|skipped|failed|partial)\s*│\s*(\d+)", stdout)
    return {name: int(count) for name, count in found}


def flat(text: str) -> str:
    """Output with its line wrapping undone, for phrase checks."""
    return " ".join(text.split())


@pytest.fixture(scope="module")
def store(dossier_cli: Runner, tmp_path_factory: pytest.TempPathFactory) -> Built:
    """A store built by ``dossier ingest`` from the fixture corpus: (dir, db, result)."""
    root = tmp_path_factory.mktemp("cli")
    result = dossier_cli("ingest", CORPUS, "--db", "kb.db", cwd=root)
    return root, root / "kb.db", result


@pytest.fixture(scope="module")
def run(store: Built, dossier_cli: Runner) -> Runner:
    """Run a dossier command against the shared store; it must succeed."""
    root, db, _ = store

    def run_command(command: str, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        result = dossier_cli(command, "--db", db, *args, cwd=root)
        if ok:
            assert result.returncode == 0, result.stderr
            assert "Traceback" not in result.stderr
        return result

    return run_command


# --- ingest ---------------------------------------------------------------------


def test_ingest_prints_the_summary_table(store: Built) -> None:
    _, db, result = store
    assert result.returncode == 0, result.stderr
    assert summary_counts(result.stdout) == {
        "ingested": 8,
        "unchanged": 0,
        "skipped": 1,
        "failed": 0,
        "partial": 0,
    }
    assert "skipped marche_herat_fr.txt: language is 'fr', not English" in flat(result.stdout)
    assert "now holds 8 documents" in result.stdout
    assert db.is_file()
    assert "failed:" not in result.stderr


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_reingest_changes_nothing_in_every_format(run: Runner, fmt: str) -> None:
    result = run("ingest", str(CORPUS), "--format", fmt)
    expected = {"ingested": 0, "unchanged": 9, "skipped": 0, "failed": 0, "partial": 0}
    if fmt == "json":
        [summary] = json.loads(result.stdout)
        assert {k: summary[k] for k in expected} == expected
        assert summary["failures"] == []
    elif fmt == "jsonl":
        [line] = result.stdout.splitlines()
        assert {k: json.loads(line)[k] for k in expected} == expected
    elif fmt == "csv":
        [row] = list(csv.DictReader(io.StringIO(result.stdout)))
        assert {k: int(row[k]) for k in expected} == expected
    else:
        assert summary_counts(result.stdout) == expected


# --- docs, show, search ------------------------------------------------------------


def test_docs_table_lists_every_document(run: Runner) -> None:
    out = run("docs").stdout
    for doc in DOCS:
        assert doc in out
    assert "zebracorn" not in out and "draft_unpublished" not in out and "reporter_notes" not in out
    french = next(line for line in out.splitlines() if "marche_herat_fr.txt" in line)
    assert "skipped" in french and " fr " in french


def test_docs_json_has_metadata_newest_first(run: Runner) -> None:
    rows = json.loads(run("docs", "--format", "json").stdout)
    assert sorted(r["doc"] for r in rows) == sorted(DOCS)
    assert {r["doc"]: r["published"] for r in rows} == PUBLISHED
    dated = [r["published"] for r in rows if r["published"]]
    assert dated == sorted(dated, reverse=True)
    assert rows[-1]["published"] is None  # undated documents come last
    french = next(r for r in rows if r["doc"] == "marche_herat_fr.txt")
    assert (french["status"], french["language"]) == ("skipped", "fr")
    wire = next(r for r in rows if r["doc"] == "wire-0412")
    assert wire["title"] == "Torkham crossing reopens after nine-day closure"
    assert wire["url"] == "https://wire.example.org/0412"


def test_docs_jsonl_and_csv(run: Runner) -> None:
    lines = run("docs", "--format", "jsonl").stdout.splitlines()
    assert sorted(json.loads(line)["doc"] for line in lines) == sorted(DOCS)
    table = list(csv.DictReader(io.StringIO(run("docs", "--format", "csv").stdout)))
    assert sorted(r["doc"] for r in table) == sorted(DOCS)
    assert {"id", "doc", "title", "published", "language", "status"} <= set(table[0])


def test_show_prints_metadata_and_the_cleaned_text(run: Runner) -> None:
    out = flat(run("show", "salang").stdout)  # a unique prefix names the document
    assert "salang_avalanche.txt" in out
    assert "Avalanches bury traffic on the Salang Pass" in out
    assert "2010-02-10" in out
    assert "ANI" in out
    assert "Karim Nazari/Valley Press" in out
    assert "Rescue teams dug through deep snow on Tuesday" in out
    for junk in ("Please enter your comment", "Previous Story", "Today:", "(Photo by", "(ANI)"):
        assert junk not in out


def test_show_raw_prints_the_text_as_read(run: Runner) -> None:
    out = flat(run("show", "salang_avalanche.txt", "--raw").stdout)
    assert "Today: 4 June 2024" in out
    assert "Previous Story" in out
    assert "(Photo by Karim Nazari/Valley Press)" in out
    assert "Rescue teams dug through deep snow" in out


def test_show_highlight_piped_says_the_colours_need_a_terminal(run: Runner) -> None:
    result = run("show", "salang", "--highlight")
    assert "Rescue teams dug through deep snow" in flat(result.stdout)
    assert "terminal" in result.stderr and "--format json" in result.stderr


def test_show_json(run: Runner) -> None:
    record = json.loads(run("show", "wire-0413", "--format", "json").stdout)
    assert record["doc"] == "wire-0413"
    assert record["published"] == "2023-03-10"
    assert record["text"].startswith("Excavators are digging the second section")
    assert record["version"] == 1


def test_show_unknown_document_is_one_error_line(run: Runner) -> None:
    result = run("show", "no-such-article", ok=False)
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1
    assert lines[0].startswith("error:") and "no-such-article" in lines[0]


def test_search_table_shows_the_hit_and_its_snippet(run: Runner) -> None:
    out = run("search", "avalanche").stdout
    assert "salang_avalanche.txt" in out
    assert "Salang Pass" in out
    assert "kabul_power_cut.html" not in out


def test_search_json_ranks_and_marks_the_match(run: Runner) -> None:
    hits = json.loads(run("search", "Kabul", "--format", "json").stdout)
    assert hits[0]["doc"] == "kabul_power_cut.html"  # in the title and twice in the text
    assert "salang_avalanche.txt" in [h["doc"] for h in hits]
    assert "«Kabul»" in hits[0]["snippet"]
    herat = json.loads(run("search", "Herat", "--format", "json").stdout)
    assert [h["doc"] for h in herat] == ["herat_earthquake.htm"]  # not the skipped French one


def test_search_with_fts_syntax_does_not_crash(run: Runner) -> None:
    for query in ('"unbalanced', "Kabul AND", "-x", "NEAR(", "title:"):
        result = run("search", "--format", "json", "--", query)
        assert isinstance(json.loads(result.stdout), list)
    assert json.loads(run("search", "--format", "json", '"avalanche').stdout)[0]["doc"] == (
        "salang_avalanche.txt"
    )


@pytest.mark.parametrize("command", sorted(LISTINGS))
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_every_listing_speaks_every_format(run: Runner, command: str, fmt: str) -> None:
    out = run(command, *LISTINGS[command], "--format", fmt).stdout
    if fmt == "json":
        rows = json.loads(out)
        assert isinstance(rows, list) and rows and all(isinstance(r, dict) for r in rows)
    elif fmt == "jsonl":
        lines = out.splitlines()
        assert lines and all(isinstance(json.loads(line), dict) for line in lines)
    elif fmt == "csv":
        reader = csv.DictReader(io.StringIO(out))
        assert reader.fieldnames and "" not in reader.fieldnames
        assert list(reader)
    else:
        assert "┃" in out and "│" in out  # a table for people


@pytest.mark.parametrize("command", ["docs", "search", "quotes"])
def test_csv_keeps_its_header_when_nothing_matches(
    dossier_cli: Runner, tmp_path: Path, command: str
) -> None:
    empty = tmp_path / "empty.db"
    built = dossier_cli("ingest", CORPUS / "marche_herat_fr.txt", "--db", empty, cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    args = ["zzzz"] if command == "search" else []
    result = dossier_cli(command, *args, "--db", empty, "--format", "csv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    reader = csv.DictReader(io.StringIO(result.stdout))
    assert reader.fieldnames and "doc" in reader.fieldnames
    if command != "docs":
        assert list(reader) == []


@pytest.mark.e2e
def test_reading_commands_without_a_store_say_how_to_make_one(
    dossier_process: Runner, tmp_path: Path
) -> None:
    result = dossier_process("docs", "--db", "nowhere.db", cwd=tmp_path)
    assert result.returncode != 0
    assert "dossier ingest" in result.stderr
    assert not (tmp_path / "nowhere.db").exists()


# --- extract ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def extracted(dossier_cli: Runner, tmp_path_factory: pytest.TempPathFactory) -> Extracted:
    """``dossier extract CORPUS`` in an empty directory, with DOSSIER_DB pointing into it."""
    cwd = tmp_path_factory.mktemp("extract")
    env = {"DOSSIER_DB": str(cwd / "env.db")}
    result = dossier_cli("extract", CORPUS, "--format", "jsonl", cwd=cwd, extra_env=env)
    return cwd, result


def test_extract_writes_one_exchange_object_per_input(extracted: Extracted) -> None:
    _, result = extracted
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["doc"] for r in records] == DOCS  # input order
    for record in records:
        assert {"doc", "title", "published", "language", "text"} <= set(record)
        assert record["text"].strip()
    by_doc = {r["doc"]: r for r in records}
    assert {d: r["published"] for d, r in by_doc.items()} == PUBLISHED
    assert by_doc["marche_herat_fr.txt"]["language"] == "fr"
    # named like ingest's "skipped marche_herat_fr.txt: …" line
    assert "warning: marche_herat_fr.txt: language is 'fr', not English" in result.stderr
    assert by_doc["salang_avalanche.txt"]["title"] == "Avalanches bury traffic on the Salang Pass"
    assert "Previous Story" not in by_doc["salang_avalanche.txt"]["text"]
    assert by_doc["wire-0412"]["url"] == "https://wire.example.org/0412"


def test_extract_touches_no_store(extracted: Extracted) -> None:
    cwd, _ = extracted
    assert sorted(p.name for p in cwd.iterdir()) == []


def test_extract_json_with_a_failing_input(dossier_cli: Runner, tmp_path: Path) -> None:
    result = dossier_cli(
        "extract", CORPUS / "briefs.json", "missing.txt", "--format", "json", cwd=tmp_path
    )
    assert result.returncode == 1
    records = json.loads(result.stdout)
    assert [r["doc"] for r in records] == ["brief-a", "brief-b"]
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert failed == ["failed: missing.txt: no such file or directory"]
    assert list(tmp_path.iterdir()) == []


# --- extract and ingest read every input alike ---------------------------------------

# A bad input of each kind, and the reason both commands must give for it.
BAD_INPUTS: dict[str, tuple[bytes, str]] = {
    "advert.txt": (b"Advertisement\n", "no article text left after cleaning"),
    "blank.txt": (b"  \n\n", "empty file"),
    "scan.txt": (b"%PDF-1.4\x00\x01\x02 scanned page", "binary file (contains NUL bytes)"),
    "untitled.json": (b'{"title": "Flood warning for the delta"}', "record has no 'text' field"),
    "notes.jsonl": (b'{"text": "Talks resumed in Geneva.",\n', "invalid JSON"),
}


def failed_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("failed:")]


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_extract_and_ingest_fail_a_bad_input_with_the_same_line(
    dossier_cli: Runner, tmp_path: Path, name: str
) -> None:
    content, reason = BAD_INPUTS[name]
    (tmp_path / name).write_bytes(content)
    extracted = dossier_cli("extract", name, cwd=tmp_path)
    ingested = dossier_cli("ingest", name, "--db", "kb.db", cwd=tmp_path)
    assert extracted.returncode == ingested.returncode == 1
    assert extracted.stdout == ""  # no empty record for a file with no article
    [line] = failed_lines(extracted.stderr)
    assert line.startswith(f"failed: {name}") and reason in line, line
    assert failed_lines(ingested.stderr) == [line]
    assert "Traceback" not in extracted.stderr + ingested.stderr


def test_a_missing_file_fails_alike_and_the_good_one_beside_it_goes_through(
    dossier_cli: Runner, tmp_path: Path
) -> None:
    (tmp_path / "ok.txt").write_text(
        "Rescue teams reached the village of Darband on Tuesday, officials said.\n", "utf-8"
    )
    extracted = dossier_cli("extract", "gone.txt", "ok.txt", cwd=tmp_path)
    ingested = dossier_cli("ingest", "gone.txt", "ok.txt", "--db", "kb.db", cwd=tmp_path)
    assert extracted.returncode == ingested.returncode == 1
    expected = ["failed: gone.txt: no such file or directory"]
    assert failed_lines(extracted.stderr) == failed_lines(ingested.stderr) == expected
    assert [json.loads(line)["doc"] for line in extracted.stdout.splitlines()] == ["ok.txt"]
    assert summary_counts(ingested.stdout)["ingested"] == 1


def test_a_command_logs_a_failed_stage_to_stderr_and_leaves_logging_as_it_found_it(
    dossier_cli: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging

    import dossier.quotes

    def broken(*args: object) -> object:
        raise RuntimeError("speech table unreadable")

    monkeypatch.setattr(dossier.quotes, "find_quotes", broken)
    logger = logging.getLogger("dossier")
    before = (list(logger.handlers), logger.level, logger.propagate)
    (tmp_path / "council.txt").write_text(
        "The council met in Herat on Monday, officials said.", "utf-8"
    )
    result = dossier_cli("extract", "council.txt", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    logged = [line for line in result.stderr.splitlines() if "speech table unreadable" in line]
    assert logged and logged[0].startswith("warning: council.txt: quotes"), result.stderr
    assert "partly failed: council.txt" in result.stderr
    assert (list(logger.handlers), logger.level, logger.propagate) == before


# --- help and docs -------------------------------------------------------------------


@pytest.mark.e2e
def test_top_level_help_lists_every_command(dossier_process: Runner, tmp_path: Path) -> None:
    result = dossier_process("--help", cwd=tmp_path)
    assert result.returncode == 0
    for command in COMMANDS:
        assert re.search(rf"\b{command}\b", result.stdout), command


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_naming_its_options(
    dossier_cli: Runner, tmp_path: Path, command: str
) -> None:
    result = dossier_cli(command, "--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    click_command = cli_commands()[command]
    options = [max(p.opts, key=len) for p in click_command.params if p.opts[0].startswith("-")]
    assert options, command
    for option in options:
        assert option in result.stdout, (command, option)
    assert not list(tmp_path.iterdir())


def test_readme_mentions_every_command() -> None:
    readme = ROOT / "README.md"
    if not readme.is_file():
        pytest.skip("README.md does not exist yet")
    text = readme.read_text(encoding="utf-8")
    missing = [c for c in COMMANDS if not re.search(rf"\bdossier {re.escape(c)}\b", text)]
    assert missing == []


# --- limits, bad option values, ambiguous names ------------------------------------


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_docs_says_how_many_of_how_many_it_shows(run: Runner, fmt: str) -> None:
    cut = run("docs", "--limit", "3", "--format", fmt)
    assert "note: 3 of 9 documents shown (--limit, --offset)" in cut.stderr
    if fmt == "json":
        assert len(json.loads(cut.stdout)) == 3
    whole = run("docs", "--format", fmt)
    assert "note:" not in whole.stderr


def test_a_listing_cut_by_limit_says_more_match(run: Runner) -> None:
    cut = run("entities", "--limit", "2", "--format", "json")
    assert len(json.loads(cut.stdout)) == 2
    assert "note: the first 2 entities shown; more match (raise --limit)" in cut.stderr
    assert "note:" not in run("entities", "--limit", "500").stderr


@pytest.mark.parametrize(
    ("command", "option"),
    [("events", "--since"), ("events", "--until"), ("quotes", "--since"), ("timeline", "--since")],
)
def test_a_date_option_that_is_not_a_date_is_an_error(
    run: Runner, command: str, option: str
) -> None:
    result = run(command, option, "notadate", ok=False)
    assert result.returncode == 1
    assert f"{option} 'notadate' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr
    assert run(command, option, "2021-08").returncode == 0


def test_show_on_a_prefix_of_several_documents_names_them(run: Runner) -> None:
    result = run("show", "brief", ok=False)
    assert result.returncode == 1
    assert "'brief' begins more than one document (brief-a, brief-b)" in flat(result.stderr)
    assert "brief-a" in run("show", "brief-a").stdout


def test_quotes_speaker_matches_whole_words_of_names(run: Runner) -> None:
    def speakers(name: str) -> list[str]:
        rows = json.loads(run("quotes", "--speaker", name, "--format", "json").stdout)
        return [row["speaker"] for row in rows]

    assert speakers("Wahid") == ["Abdul Wahid"]
    assert speakers("abdul wahid") == ["Abdul Wahid"]
    assert speakers("Wah") == []  # a piece of a word is not a name
    assert speakers("Abdul Wa") == []
