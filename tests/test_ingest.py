"""Readers and bad input: every format a user is likely to hold, and every way it goes wrong.

Readers are tested in-process on tests/fixtures/corpus and on files made in tmp_path;
what a user sees for bad input (one line per failure, the batch goes on, the exit
code) is tested by running ``dossier ingest`` as a subprocess.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import dossier
from dossier.ingest import prepare_article, read_inputs
from dossier.models import Article, InputFailure, RawInput
from dossier.pipeline import DEFAULT_MAX_WORDS, Extractor, IngestReport, ingest, prepared, too_long

CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"
Runner = Callable[..., subprocess.CompletedProcess[str]]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

REPORT = (
    "Workers finished repairing the main irrigation canal in Kunduz on Sunday, two months "
    "after a spring flood tore through its banks and left farmers without water.\n\n"
    "The provincial agriculture office said wheat and cotton fields along the canal would "
    "be watered again before the hottest weeks of summer.\n"
)


def read_all(*paths: str | Path, max_bytes: int | None = None) -> list[RawInput | InputFailure]:
    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    return list(read_inputs([str(p) for p in paths], **kwargs))


def read_one(path: Path) -> RawInput:
    items = read_all(path)
    assert len(items) == 1, items
    assert isinstance(items[0], RawInput), str(items[0])
    return items[0]


def failure_of(path: Path, **kwargs: int) -> InputFailure:
    items = read_all(path, **kwargs)
    assert len(items) == 1, items
    assert isinstance(items[0], InputFailure), items[0]
    return items[0]


def article(path: Path) -> Article:
    return prepare_article(read_one(path))


# --- readers ---------------------------------------------------------------------


def test_txt_is_read_and_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "canal.txt"
    path.write_text(REPORT, encoding="utf-8")
    raw = read_one(path)
    assert (raw.doc, raw.fmt, raw.source) == ("canal.txt", "txt", str(path))
    assert raw.raw == REPORT
    cleaned = prepare_article(raw)
    assert cleaned.text == REPORT.strip()
    assert cleaned.language == "en"
    assert cleaned.published is None


def test_html_page_keeps_the_article_and_drops_the_page() -> None:
    page = article(CORPUS / "kabul_power_cut.html")
    assert page.fmt == "html"
    assert page.title == "Kabul left in darkness after pylon is damaged"
    assert page.published == "2022-01-25"  # meta article:published_time
    assert page.url == "https://herald.example.org/kabul-power-cut"
    assert "transmission tower carrying power imported from Uzbekistan" in page.text
    assert "snow had blocked the track leading to the damaged tower" in page.text
    for junk in (
        "cookies",
        "Subscribe to the morning briefing",
        "Markets",
        "Most read",
        "Gold prices hit a record",
        "All rights reserved",
        "Privacy policy",
        "<p>",
    ):
        assert junk not in page.text, junk


def test_htm_in_a_subdirectory_is_read_as_html() -> None:
    page = article(CORPUS / "nested" / "herat_earthquake.htm")
    assert page.fmt == "html"
    assert page.title == "Strong earthquakes flatten villages near Herat"
    assert page.published == "2023-10-08"
    assert "villages of the Zindajan district" in page.text
    assert "West Asia desk" not in page.text
    assert "Newsletter sign-up" not in page.text


def test_html_without_any_date_has_no_publication_date(tmp_path: Path) -> None:
    path = tmp_path / "tea.html"
    path.write_text(
        "<html><head><title>Tea prices rise in the old bazaar</title></head><body>"
        "<article><p>Tea merchants in the old bazaar raised their prices again this week as "
        "supplies from the south slowed along the main highway.</p><p>Buyers said they "
        "would switch to cheaper blends until the caravans returned.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    page = article(path)
    assert page.title == "Tea prices rise in the old bazaar"
    assert page.published is None
    assert "Tea merchants in the old bazaar" in page.text


def test_json_single_object_carries_title_url_and_date() -> None:
    record = article(CORPUS / "relief_flights.json")
    assert record.doc == "relief_flights.json"  # no id: the file names the document
    assert record.title == "Relief flights land in Kandahar with winter supplies"
    assert record.url == "https://relief.example.org/kandahar-flights"
    assert record.published == "2022-12-05"
    assert record.text.startswith("Two cargo planes carrying blankets")


def test_json_list_gives_one_document_per_record() -> None:
    items = read_all(CORPUS / "briefs.json")
    assert all(isinstance(i, RawInput) for i in items)
    docs = [prepare_article(i) for i in items if isinstance(i, RawInput)]
    assert [d.doc for d in docs] == ["brief-a", "brief-b"]
    assert [d.title for d in docs] == [
        "Bamyan festival draws visitors",
        "Mazar mosque restoration finished",
    ]
    assert "kite flying" in docs[0].text
    assert "Blue Mosque" in docs[1].text


def test_jsonl_records_carry_id_title_url_and_date() -> None:
    items = read_all(CORPUS / "wire_feed.jsonl")
    docs = [prepare_article(i) for i in items if isinstance(i, RawInput)]
    assert len(docs) == len(items) == 2
    first, second = docs
    assert (first.doc, first.title, first.url, first.published) == (
        "wire-0412",
        "Torkham crossing reopens after nine-day closure",
        "https://wire.example.org/0412",
        "2023-09-15",
    )
    assert (second.doc, second.published) == ("wire-0413", "2023-03-10")
    assert "Qosh Tepa canal" in second.text
    assert first.source.endswith("wire_feed.jsonl line 1")


def test_jsonl_record_without_id_is_named_by_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [{"text": f"Record number {n} reports on road works in Ghazni city."} for n in (1, 2)]
    path.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    assert [i.doc for i in read_all(path) if isinstance(i, RawInput)] == [
        "feed.jsonl#1",
        "feed.jsonl#2",
    ]


def test_directory_is_read_recursively_in_sorted_order_skipping_hidden_and_other_files() -> None:
    items = read_all(CORPUS)
    assert not [i for i in items if isinstance(i, InputFailure)]
    sources = [Path(i.source.split(" ")[0]).relative_to(CORPUS).as_posix() for i in items]
    assert sources == [
        "briefs.json",
        "briefs.json",
        "kabul_power_cut.html",
        "marche_herat_fr.txt",
        "relief_flights.json",
        "salang_avalanche.txt",
        "wire_feed.jsonl",
        "wire_feed.jsonl",
        "nested/herat_earthquake.htm",
    ]
    everything = " ".join(i.raw for i in items if isinstance(i, RawInput))
    assert "zebracorn" not in everything  # .draft_unpublished.txt and reporter_notes.md


def test_directory_walk_skips_hidden_directories_and_unknown_suffixes(tmp_path: Path) -> None:
    for name in (
        "b.txt",
        "a.TXT",
        "sub/c.htm",
        ".git/d.txt",
        "img.png",
        "notes.csv",
        "x.txt/e.txt",
    ):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        body = f"<html><body><p>{REPORT}</p></body></html>" if name.endswith(".htm") else REPORT
        path.write_text(body, encoding="utf-8")
    found = [Path(i.source).relative_to(tmp_path).as_posix() for i in read_all(tmp_path)]
    assert found == ["a.TXT", "b.txt", "sub/c.htm", "x.txt/e.txt"]


def test_files_and_directories_mix_in_the_order_given(tmp_path: Path) -> None:
    single = tmp_path / "single.txt"
    single.write_text(REPORT, encoding="utf-8")
    items = read_all(single, CORPUS / "nested")
    assert [Path(i.source).name for i in items] == ["single.txt", "herat_earthquake.htm"]


def test_stdin_is_read_with_a_dash(dossier_cli: Runner, tmp_path: Path) -> None:
    text = "12 May 2022\n\n" + REPORT + "\nPlease enter your comment!\n"
    result = dossier_cli("extract", "-", "--format", "jsonl", cwd=tmp_path, input=text)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert record["doc"] == "stdin"
    assert record["published"] == "2022-05-12"
    assert record["text"] == REPORT.strip()
    assert record["language"] == "en"
    assert not list(tmp_path.glob("*.db"))


# --- encodings -------------------------------------------------------------------

CP1252_TEXT = (
    "The minister\u2019s \u201cnew plan\u201d for the caf\u00e9 owners of Kabul was approved "
    "by the council after a long debate on Tuesday evening.\n"
)


def test_cp1252_bytes_decode_with_a_warning_naming_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(CP1252_TEXT.encode("cp1252"))
    raw = read_one(path)
    assert raw.raw == CP1252_TEXT
    assert len(raw.warnings) == 1
    assert "not valid UTF-8" in raw.warnings[0]
    assert prepare_article(raw).warnings == raw.warnings


def test_mojibake_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "mangled.txt"
    mangled = "We don\u2019t expect the caf\u00e9 talks to collapse, the envoy said on Friday."
    path.write_text(mangled.encode("utf-8").decode("cp1252"), encoding="utf-8")
    assert "donâ€™t" in path.read_text(encoding="utf-8")
    assert read_one(path).raw == mangled


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII headline\r\nA second line\rand a third\n\nMayor\tsaid \x1b[1mso\x1b[0m\n",
        "Fees rose\nThe pilots\u2019 union, led by Ren\u00c3\u00a9e Marsh, said no\n\x0bend",
        "ﬁsh quotas \uff21\uff22\u2028next\x85line\n\n\nbar\x7fcode\nno final break",
    ],
)
def test_mojibake_repair_is_ftfys_own_though_plain_lines_skip_it(text: str) -> None:
    """Plain ASCII lines are not sent to ftfy; the result is the same as if they were."""
    import ftfy

    from dossier.ingest import repair_mojibake

    for breaks in (True, False):
        expected = ftfy.fix_text(
            text, uncurl_quotes=False, unescape_html=False, fix_line_breaks=breaks
        )
        assert repair_mojibake(text, breaks) == expected
    assert "Renée" in repair_mojibake(
        "The pilots\u2019 union, led by Ren\u00c3\u00a9e Marsh, said no\n"
    )


@pytest.mark.parametrize(
    ("suffix", "encoding"), [(".txt", "utf-8-sig"), (".json", "utf-8-sig"), (".txt", "utf-16")]
)
def test_byte_order_mark_is_honoured_and_dropped(
    tmp_path: Path, suffix: str, encoding: str
) -> None:
    path = tmp_path / f"bom{suffix}"
    body = json.dumps({"text": REPORT}) if suffix == ".json" else REPORT
    path.write_bytes(body.encode(encoding))
    raw = read_one(path)
    assert raw.raw == REPORT
    assert not raw.warnings
    assert prepare_article(raw).text.startswith("Workers finished")


# --- bad input, in-process ---------------------------------------------------------


def test_png_bytes_are_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8)
    failure = failure_of(path)
    assert failure.source == str(path)
    assert "binary" in failure.reason


def test_control_characters_without_nul_are_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(bytes(range(1, 32)) * 200)
    assert "binary" in failure_of(path).reason


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \r\n"])
def test_empty_file_is_a_failure(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    failure = failure_of(path)
    assert (failure.source, failure.reason) == (str(path), "empty file")


def test_bytes_no_encoding_fits_are_a_failure_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes([0x80, 0x81, 0xFE, 0xFF, 0x90, 0x9D, 0x8D, 0x8F]) * 50)
    failure = failure_of(path)
    assert failure.source == str(path)
    assert "not valid UTF-8" in failure.reason
    assert str(failure) == f"{path}: {failure.reason}"
    assert "\n" not in str(failure)


def test_truncated_html_keeps_its_text_with_a_warning(tmp_path: Path) -> None:
    html = (CORPUS / "kabul_power_cut.html").read_text(encoding="utf-8")
    cut = html[: html.index("A spokesman for the utility")]
    path = tmp_path / "cut.html"
    path.write_text(cut, encoding="utf-8")
    raw = read_one(path)
    assert any("truncated" in w for w in raw.warnings)
    page = prepare_article(raw)
    assert "Shopkeepers in the old city switched on small generators" in page.text
    assert page.published == "2022-01-25"


def test_html_cut_before_the_body_is_a_clear_failure(tmp_path: Path) -> None:
    path = tmp_path / "stub.html"
    path.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Budget vote', encoding="utf-8"
    )
    failure = failure_of(path)
    assert failure.source == str(path)
    assert "no article text found in the HTML" in failure.reason


def test_malformed_jsonl_line_is_reported_by_number_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"id": "one", "text": REPORT})
        + "\n"
        + '{"id": "two", "text": "cut off\n'
        + "\n"
        + json.dumps({"id": "four", "text": "Another record about the canal in Kunduz."})
        + "\n",
        encoding="utf-8",
    )
    items = read_all(path)
    failures = [i for i in items if isinstance(i, InputFailure)]
    assert [i.doc for i in items if isinstance(i, RawInput)] == ["one", "four"]
    assert len(failures) == 1
    assert failures[0].source == f"{path} line 2"
    assert failures[0].reason.startswith("invalid JSON")


def test_json_file_that_is_not_json_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"title": "Half a record",\n "text": ', encoding="utf-8")
    failure = failure_of(path)
    assert failure.source == str(path)
    assert failure.reason.startswith("invalid JSON")
    assert "line 2" in failure.reason


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ({"title": "No body"}, "no 'text' field"),
        ({"text": "   "}, "no 'text' field"),
        ({"text": 42}, "no 'text' field"),
        (["a", "list"], "expected a JSON object"),
        ("a bare string", "expected a JSON object"),
    ],
)
def test_json_record_without_text_is_a_failure(tmp_path: Path, record: object, reason: str) -> None:
    path = tmp_path / "record.json"
    path.write_text(json.dumps([{"text": REPORT}, record]), encoding="utf-8")
    items = read_all(path)
    assert isinstance(items[0], RawInput)
    assert isinstance(items[1], InputFailure)
    assert items[1].source == f"{path} record 2"
    assert reason in items[1].reason


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(REPORT * 40, encoding="utf-8")
    failure = failure_of(path, max_bytes=5_000)
    assert failure.source == str(path)
    assert "over the 0.005 MB limit" in failure.reason
    assert "--max-size" in failure.reason
    assert isinstance(read_all(path, max_bytes=50_000)[0], RawInput)


def test_jsonl_record_over_the_size_limit_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    records = [{"id": "small", "text": REPORT}, {"id": "huge", "text": REPORT * 40}]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    items = read_all(path, max_bytes=5_000)
    assert isinstance(items[0], RawInput)
    assert isinstance(items[1], InputFailure)
    assert items[1].source == f"{path} line 2"
    assert "over the 0.005 MB limit" in items[1].reason


def test_missing_path_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "gone" / "article.txt"
    failure = failure_of(path)
    assert (failure.source, failure.reason) == (str(path), "no such file or directory")


@pytest.mark.skipif(IS_ROOT, reason="root reads files whatever their mode")
def test_unreadable_file_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(REPORT, encoding="utf-8")
    path.chmod(0)
    try:
        failure = failure_of(path)
    finally:
        path.chmod(0o644)
    assert (failure.source, failure.reason) == (str(path), "permission denied")


def test_french_article_is_stored_as_skipped_with_its_language(tmp_path: Path) -> None:
    with dossier.open(tmp_path / "kb.db") as kb:
        report = kb.ingest([CORPUS / "marche_herat_fr.txt"])
        assert report.counts() == {
            "ingested": 0,
            "unchanged": 0,
            "skipped": 1,
            "failed": 0,
            "partial": 0,
        }
        assert report.skipped[0][0] == "marche_herat_fr.txt"
        assert "'fr'" in report.skipped[0][1]
        [row] = kb.documents()
        assert (row.doc, row.status, row.language) == ("marche_herat_fr.txt", "skipped", "fr")
        stored = kb.document("marche_herat_fr.txt")
        assert "distribuer du charbon" in stored.text
        assert kb.search("charbon") == []  # skipped documents are not search hits


# --- bad input, as a user sees it -------------------------------------------------

GOOD_PAGE = """<!DOCTYPE html><html><head><title>Ferry service resumes on the Amu Darya</title>
<meta property="article:published_time" content="2023-04-02T10:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/north">North desk</a></nav>
<article><h1>Ferry service resumes on the Amu Darya</h1>
<p>A river ferry between Afghanistan and Tajikistan resumed crossings on Sunday after ice
on the Amu Darya melted, port officials in Sher Khan Bandar said.</p>
<p>The ferry carries fuel, flour and building materials, and traders said the first crossings
had cut waiting times at the bridge further upstream.</p></article>
<footer>Contact us | Advertise</footer></body></html>
"""


DEEP = 2_400  # arrays inside arrays: deeper than Python's parser recurses, under --max-size
MAX_WORDS = 400  # --max-words for the bad batch: the log below is longer, articles shorter
SERVER_LOG = "".join(f"GET /feed/{n} 200\n" for n in range(150))


def make_bad_batch(root: Path) -> tuple[dict[str, str], list[str]]:
    """A directory of good and bad inputs; returns {name: reason} of the bad and good names."""
    batch = root / "batch"
    batch.mkdir()
    (batch / "good_report.txt").write_text(REPORT, encoding="utf-8")
    (batch / "good_page.html").write_text(GOOD_PAGE, encoding="utf-8")
    (batch / "windows_1252.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (batch / "cut_mid_article.html").write_text(
        GOOD_PAGE[: GOOD_PAGE.index("The ferry carries")], encoding="utf-8"
    )
    (batch / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (batch / "nul_bytes.txt").write_bytes(b"A line of text\x00\x00\x00 with NUL bytes inside it.")
    (batch / "empty.txt").write_bytes(b"")
    (batch / "garbage.txt").write_bytes(bytes([0x80, 0x81, 0xFE, 0xFF, 0x90, 0x9D, 0x8D]) * 60)
    (batch / "cut_in_head.html").write_text("<html><head><title>Budget vo", encoding="utf-8")
    (batch / "oversized.txt").write_text(REPORT * 20, encoding="utf-8")
    (batch / "only_junk.txt").write_text(
        "Please enter your comment!\nPlease enter your name here\nGo toTop\n", encoding="utf-8"
    )
    (batch / "records.jsonl").write_text(
        json.dumps(
            {"id": "rec-1", "title": "Canal repaired", "text": REPORT.replace("Sunday", "Monday")}
        )
        + "\n"
        + '{"id": "rec-2", "text": "broken\n'
        + json.dumps({"id": "rec-3", "title": "No text here"})
        + "\n"
        + json.dumps({"id": "rec-4", "text": "Ferry crossings resumed at Sher Khan Bandar."})
        + "\n"
        + '{"id": "rec-5", "text": "A record", "title": '
        + "[" * DEEP
        + "]" * DEEP
        + "}\n",
        encoding="utf-8",
    )
    (batch / "deep.json").write_text("[" * DEEP + "]" * DEEP, encoding="utf-8")
    (batch / "server_log.txt").write_text(SERVER_LOG, encoding="utf-8")
    bad = {
        "scan.txt": "binary",
        "nul_bytes.txt": "binary",
        "empty.txt": "empty file",
        "garbage.txt": "not valid UTF-8",
        "cut_in_head.html": "no article text found",
        "oversized.txt": "over the 0.005 MB limit",
        "only_junk.txt": "no article text left after cleaning",
        "records.jsonl line 2": "invalid JSON",
        "records.jsonl line 3": "no 'text' field",
        "records.jsonl line 5": "JSON nested too deeply",
        "deep.json": "JSON nested too deeply",
        "server_log.txt": f"over the {MAX_WORDS}-word limit",
        "missing/article.txt": "no such file or directory",
    }
    if not IS_ROOT:
        (batch / "locked.txt").write_text(REPORT.replace("Kunduz", "Baghlan"), encoding="utf-8")
        (batch / "locked.txt").chmod(0)
        bad["locked.txt"] = "permission denied"
    good = ["good_report.txt", "good_page.html", "windows_1252.txt", "cut_mid_article.html"]
    return bad, [*good, "rec-1", "rec-4"]


@dataclass
class BadBatch:
    root: Path
    bad: dict[str, str]  # input name -> what its failure reason says
    good: list[str]  # documents that must be stored
    result: subprocess.CompletedProcess[str]
    expected_failures: set[str]  # the complete lines, as the readers word them
    expected_warnings: set[str]


@pytest.fixture(scope="module")
def bad_batch(dossier_cli: Runner, tmp_path_factory: pytest.TempPathFactory) -> BadBatch:
    root = tmp_path_factory.mktemp("bad_batch")
    bad, good = make_bad_batch(root)
    # Absolute paths make long lines: a failure must stay on one line however long.
    inputs = [str(root / "batch"), str(root / "missing" / "article.txt")]
    result = dossier_cli(
        "ingest",
        *inputs,
        "--db",
        "kb.db",
        "--max-size",
        "0.005",
        "--max-words",
        MAX_WORDS,
        cwd=root,
    )
    items = list(read_inputs(inputs, max_bytes=5_000))
    locked = root / "batch" / "locked.txt"
    if locked.exists():
        locked.chmod(0o644)
    junk = root / "batch" / "only_junk.txt"
    failures = {f"failed: {i}" for i in items if isinstance(i, InputFailure)}
    failures.add(f"failed: {junk}: no article text left after cleaning")
    log = root / "batch" / "server_log.txt"
    failures.add(f"failed: {log}: {too_long(len(SERVER_LOG.split()), MAX_WORDS)}")
    warnings = {
        f"warning: {i.source}: {w}" for i in items if isinstance(i, RawInput) for w in i.warnings
    }
    return BadBatch(root, bad, good, result, failures, warnings)


def failure_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("failed:")]


def test_each_bad_input_gets_exactly_one_line_naming_it_and_the_reason(
    bad_batch: BadBatch,
) -> None:
    lines = failure_lines(bad_batch.result.stderr)
    assert len(lines) == len(bad_batch.bad), bad_batch.result.stderr
    for name, reason in bad_batch.bad.items():
        mine = [line for line in lines if re.search(rf"/{re.escape(name)}: ", line)]
        assert len(mine) == 1, (name, bad_batch.result.stderr)
        assert reason in mine[0], (name, mine[0])
    for name in bad_batch.good:
        assert not [line for line in lines if name in line]
    assert set(lines) == bad_batch.expected_failures  # whole, unwrapped lines
    assert "Traceback" not in bad_batch.result.stderr


def test_bad_inputs_do_not_stop_the_batch(bad_batch: BadBatch) -> None:
    root, bad, good, result = bad_batch.root, bad_batch.bad, bad_batch.good, bad_batch.result
    assert result.returncode == 1
    counts = dict(
        re.findall(r"(ingested|unchanged|skipped|failed|partial)\s*│\s*(\d+)", result.stdout)
    )
    assert counts == {
        "ingested": str(len(good)),
        "unchanged": "0",
        "skipped": "0",
        "failed": str(len(bad)),
        "partial": "0",
    }
    with dossier.open(root / "kb.db", readonly=True) as kb:
        assert sorted(r.doc for r in kb.documents()) == sorted(good)
        windows = kb.document("windows_1252.txt")
        assert "\u201cnew plan\u201d for the caf\u00e9 owners" in windows.text
        assert any("not valid UTF-8" in w for w in windows.warnings)
        cut = kb.document("cut_mid_article.html")
        assert "port officials in Sher Khan Bandar" in " ".join(cut.text.split())
        assert kb.document("good_page.html").row.published == "2023-04-02"


def test_warnings_name_their_file(bad_batch: BadBatch) -> None:
    lines = bad_batch.result.stderr.splitlines()
    warnings = [line for line in lines if line.startswith("warning:")]
    assert any("windows_1252.txt: not valid UTF-8" in w for w in warnings), warnings
    assert any("cut_mid_article.html: HTML looks truncated" in w for w in warnings), warnings
    assert set(warnings) == bad_batch.expected_warnings  # whole, unwrapped lines


def test_a_failing_run_loses_nothing_already_stored(
    bad_batch: BadBatch, dossier_cli: Runner
) -> None:
    root, good = bad_batch.root, bad_batch.good
    again = dossier_cli("ingest", "batch/empty.txt", "batch/scan.txt", "--db", "kb.db", cwd=root)
    assert again.returncode == 1
    assert len(failure_lines(again.stderr)) == 2
    with dossier.open(root / "kb.db", readonly=True) as kb:
        assert sorted(r.doc for r in kb.documents()) == sorted(good)


def test_exit_code_is_zero_when_no_input_failed(bad_batch: BadBatch, dossier_cli: Runner) -> None:
    root = bad_batch.root
    result = dossier_cli("ingest", "batch/good_report.txt", "--db", "kb.db", cwd=root)
    assert result.returncode == 0, result.stderr
    assert failure_lines(result.stderr) == []
    assert re.search(r"unchanged\s*│\s*1\b", result.stdout)


def test_extract_fails_and_warns_on_exactly_the_inputs_ingest_does(
    bad_batch: BadBatch, dossier_cli: Runner
) -> None:
    """``dossier extract`` reads and cleans through the same loop as ``dossier ingest``."""
    root = bad_batch.root
    inputs = [str(root / "batch"), str(root / "missing" / "article.txt")]
    locked = root / "batch" / "locked.txt"
    if locked.exists():
        locked.chmod(0)
    try:
        result = dossier_cli(
            "extract", *inputs, "--max-size", "0.005", "--max-words", MAX_WORDS, cwd=root
        )
    finally:
        if locked.exists():
            locked.chmod(0o644)
    assert result.returncode == 1
    assert set(failure_lines(result.stderr)) == bad_batch.expected_failures
    warnings = {line for line in result.stderr.splitlines() if line.startswith("warning:")}
    assert warnings == bad_batch.expected_warnings
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["doc"] for r in records) == sorted(bad_batch.good)


@pytest.mark.slow
def test_a_50_mb_file_fails_quickly_with_one_line(dossier_cli: Runner, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    line = b"The convoy reached the border crossing late in the evening after a long day.\n"
    with big.open("wb") as handle:
        for _ in range(50_000_000 // len(line) + 1):
            handle.write(line)
    assert big.stat().st_size >= 50_000_000
    started = time.monotonic()
    result = dossier_cli("ingest", "big.txt", "--db", "kb.db", cwd=tmp_path)
    elapsed = time.monotonic() - started
    assert result.returncode == 1
    lines = failure_lines(result.stderr)
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("failed: big.txt: file is 50 MB, over the 10 MB limit")
    assert elapsed < 30, f"refusing a 50 MB file took {elapsed:.1f} s"
    with dossier.open(tmp_path / "kb.db", readonly=True) as kb:
        assert kb.documents() == []


def test_a_text_over_the_word_limit_is_refused_before_cleaning(tmp_path: Path) -> None:
    book = tmp_path / "book.txt"
    sentence = "The caravan rested at the oasis before crossing the salt flats at dawn. "
    book.write_text(sentence * (DEFAULT_MAX_WORDS // 13 + 10), encoding="utf-8")
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    report = IngestReport()
    started = time.monotonic()
    kept = list(prepared([str(tmp_path)], report, 10_000_000, None))
    assert time.monotonic() - started < 10
    assert [a.doc for a in kept] == ["report.txt"]
    [failure] = report.failed
    assert failure.source == str(book)
    assert f"over the {DEFAULT_MAX_WORDS:,}-word limit" in failure.reason
    assert "--max-words" in failure.reason
    raised = list(prepared([str(book)], IngestReport(), 10_000_000, None, DEFAULT_MAX_WORDS * 2))
    assert [a.doc for a in raised] == ["book.txt"]


def test_each_article_is_committed_when_the_commit_interval_has_passed(tmp_path: Path) -> None:
    for name, place in (("a.txt", "Kunduz"), ("b.txt", "Baghlan"), ("c.txt", "Takhar")):
        (tmp_path / name).write_text(REPORT.replace("Kunduz", place), encoding="utf-8")
    db = tmp_path / "kb.db"
    stored_when_reported: dict[str, list[str]] = {}

    def on_progress(doc: str, outcome: str) -> None:
        if outcome == "ingested":
            with dossier.open(db, readonly=True) as reader:
                stored_when_reported[doc] = sorted(r.doc for r in reader.documents())

    with dossier.open(db) as kb:
        report = ingest(
            [str(tmp_path)],
            kb.store,
            extractor=Extractor,
            commit_seconds=0,
            progress=on_progress,
        )
    assert report.ingested == ["a.txt", "b.txt", "c.txt"]
    assert stored_when_reported == {
        "a.txt": ["a.txt"],
        "b.txt": ["a.txt", "b.txt"],
        "c.txt": ["a.txt", "b.txt", "c.txt"],
    }


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_json_nested_100_000_deep_fails_alone_with_one_reason(tmp_path: Path, suffix: str) -> None:
    deep = tmp_path / f"deep{suffix}"
    deep.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    failure = failure_of(deep)
    assert failure.source == str(deep) + (" line 1" if suffix == ".jsonl" else "")
    assert failure.reason.startswith("JSON nested too deeply to read")


ARABIC_SHORT = (  # about 150 characters, written for this test
    "قال وزير الخارجية إن المحادثات مع الوفد الزائر كانت مثمرة، وإن البلدين سيوقعان "
    "اتفاقا تجاريا جديدا الشهر المقبل في العاصمة. وأضاف أن الوفد سيزور الميناء غدا."
)


def test_a_short_arabic_article_is_stored_as_skipped_with_its_language(tmp_path: Path) -> None:
    (tmp_path / "khabar.txt").write_text(ARABIC_SHORT, encoding="utf-8")
    with dossier.open(tmp_path / "kb.db") as kb:
        report = kb.ingest([tmp_path / "khabar.txt"])
        assert report.skipped == [("khabar.txt", "language is 'ar', not English")]
        [row] = kb.documents()
        assert (row.status, row.language) == ("skipped", "ar")


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Переговоры с делегацией прошли успешно.", False),
        ("会谈取得了成功，协议将于下月签署。", False),
        ("Talks went well, the minister said.", True),
        ("Talks in Kabul: «Переговоры прошли успешно», the envoy wrote.", True),
    ],
)
def test_a_short_text_in_another_script_is_not_taken_for_english(text: str, english: bool) -> None:
    raw = RawInput(doc="short.txt", source="short.txt", raw=text, fmt="txt")
    assert prepare_article(raw).is_english is english


@pytest.mark.parametrize("separator", ["\u2028", "\u2029"])
@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_json_with_a_raw_line_separator_inside_a_string_is_read(
    tmp_path: Path, separator: str, suffix: str
) -> None:
    # JSON allows U+2028 and U+2029 raw inside a string (json.dumps with
    # ensure_ascii=False writes them so); a newline there would be invalid JSON
    text = f"MAPUTO, Mozambique (June 3, 2021){separator}Police detained four men in Beira."
    path = tmp_path / f"release{suffix}"
    record = json.dumps({"id": "mz1", "text": text}, ensure_ascii=False)
    path.write_text(record + "\n", encoding="utf-8")
    (item,) = read_inputs([str(path)])
    assert isinstance(item, RawInput), item
    assert item.raw == "MAPUTO, Mozambique (June 3, 2021)\nPolice detained four men in Beira."
