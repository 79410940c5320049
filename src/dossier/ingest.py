"""Readers: files, directories and stdin in; ``RawInput`` records (or failures) out.

Inputs are paths, ``-`` for stdin, or ``RawInput`` records already in memory.
Formats: ``.txt`` (scraped text), ``.html``/``.htm`` (main text by trafilatura,
publication date by htmldate), ``.json`` (one record or a list) and ``.jsonl``
(one record per line, streamed) with ``text`` and optional ``title``, ``url``,
``date``, ``id``.  Directories are read recursively; ``-`` reads stdin.  Bytes
that are not UTF-8 are decoded by detection (charset-normalizer) and mojibake is
repaired (ftfy).  Nothing here raises for a bad input: a failure is yielded as an
``InputFailure`` naming the file and the reason, and the batch goes on.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from dossier.clean import clean_text, normalize_date
from dossier.errors import InputError
from dossier.languages import detect_language
from dossier.models import Article, InputFailure, RawInput

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Item",
    "content_hash",
    "decode",
    "detect_language",
    "megabytes",
    "prepare_article",
    "read_html",
    "read_inputs",
]

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
DIRECTORY_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 10_000_000  # 10 MB, as --max-size counts it
PLAIN_SEGMENT = re.compile(r"[\t\f -~]*\n?")  # a line no fix of ftfy's changes
BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

Item = RawInput | InputFailure


def read_inputs(
    paths: Iterable[str | RawInput], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Yield every article found under ``paths``, in order, and every failure.

    A ``RawInput`` (an article already in memory, e.g. a string given to
    ``dossier.extract_text``) is yielded as it is, so it goes through the same
    cleaning and checks as a file.
    """
    for path in paths:
        if isinstance(path, RawInput):
            yield path
        elif path == "-":
            yield from guarded(read_stream(sys.stdin.buffer, "stdin", max_bytes=max_bytes), "stdin")
        elif os.path.isdir(path):
            for file in files_under(Path(path)):
                yield from guarded(read_file(file, max_bytes=max_bytes), str(file))
        else:
            yield from guarded(read_file(Path(path), max_bytes=max_bytes), path)


def guarded(items: Iterator[Item], source: str) -> Iterator[Item]:
    """``items`` from one input; an unexpected error ends that input with one failure."""
    try:
        yield from items
    except Exception as exc:  # a reader bug must cost only the input it hit
        detail = " ".join(str(exc).split())[:200]
        yield InputFailure(source, f"cannot be read ({type(exc).__name__}: {detail})")


def files_under(directory: Path) -> Iterator[Path]:
    """Article files below ``directory``, sorted, skipping hidden files and other suffixes."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in DIRECTORY_SUFFIXES:
                yield Path(root) / name


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    source = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                yield from read_jsonl(handle, source, max_bytes=max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(
                source,
                f"file is {megabytes(size)}, over the {megabytes(max_bytes)} limit "
                "for one article (raise it with --max-size)",
            )
        data = path.read_bytes()
    except InputError as exc:
        yield InputFailure(exc.source, exc.reason)
        return
    except FileNotFoundError:
        yield InputFailure(source, "no such file or directory")
        return
    except PermissionError:
        yield InputFailure(source, "permission denied")
        return
    except IsADirectoryError:
        yield InputFailure(source, "is a directory")
        return
    except OSError as exc:
        yield InputFailure(source, f"cannot be read ({exc.strerror or exc})")
        return
    yield from read_bytes(data, source, fmt=format_of(suffix, data), doc=path.name)


def read_stream(stream: BinaryIO, source: str, *, max_bytes: int) -> Iterator[Item]:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield InputFailure(source, f"input is over the {megabytes(max_bytes)} limit")
        return
    yield from read_bytes(data, source, fmt=format_of("", data), doc=source)


def megabytes(size: int) -> str:
    """A byte count for a message: "52.4 MB", "10 MB", "0.002 MB" (never "0 MB")."""
    value = size / 1e6
    text = f"{value:.1f}".removesuffix(".0") if value >= 1 else f"{value:.3g}"
    return f"{text} MB"


def format_of(suffix: str, data: bytes) -> str:
    """The reader for a file: by suffix, else by sniffing the first bytes."""
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "txt"
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"["):
        return "json"
    return "txt"


def read_bytes(data: bytes, source: str, *, fmt: str, doc: str) -> Iterator[Item]:
    try:
        text, warnings = decode(data, source, line_breaks=fmt not in ("json", "jsonl"))
        if fmt == "jsonl":
            yield from read_jsonl_text(text, source, warnings)
        elif fmt == "json":
            yield from read_json(text, source, doc, warnings)
        elif fmt == "html":
            yield read_html(text, source, doc, warnings)
        else:
            yield RawInput(doc=doc, source=source, raw=text, fmt="txt", warnings=warnings)
    except InputError as exc:
        yield InputFailure(exc.source, exc.reason)


def decode(data: bytes, source: str, *, line_breaks: bool = True) -> tuple[str, tuple[str, ...]]:
    """Bytes to text: BOM, then UTF-8, then detection; refuse binary data.  With
    ``line_breaks`` false (JSON) the line and paragraph separators U+2028, U+2029 and
    NEL are left as they are: JSON allows them raw inside a string, where a newline
    is invalid (the text field gets its line breaks fixed once it is read)."""
    if not data.strip():
        raise InputError(source, "empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return repair_mojibake(data.decode(encoding, errors="replace"), line_breaks), ()
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    warnings: tuple[str, ...] = ()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError(
                source, f"not valid UTF-8 (bad byte at {exc.start}) and no text encoding fits"
            ) from None
        text = str(best)
        warnings = (f"not valid UTF-8 (bad byte at {exc.start}); decoded as {best.encoding}",)
    if control_char_share(text) > 0.02:
        raise InputError(source, "binary file (control characters), not text")
    return repair_mojibake(text, line_breaks), warnings


def control_char_share(text: str) -> float:
    sample = text[:8192]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / max(len(sample), 1)


def repair_mojibake(text: str, line_breaks: bool = True) -> str:
    """Fix double-decoded UTF-8 ("donâ€™t") without straightening quotes or entities.

    ftfy fixes a text line by line, each line (with its line break) alone; a line of
    printable ASCII (tabs and form feeds allowed) is one that none of its fixes
    changes, so only the other lines are sent to it: half the lines of a scraped page,
    three in four of a press release, are such lines, and the result is ftfy's own."""
    import ftfy

    def fixed(segment: str) -> str:
        if PLAIN_SEGMENT.fullmatch(segment):
            return segment
        return str(
            ftfy.fix_text(
                segment, uncurl_quotes=False, unescape_html=False, fix_line_breaks=line_breaks
            )
        )

    lines = text.split("\n")
    segments = [f"{line}\n" for line in lines[:-1]] + [lines[-1]]  # ftfy's own segments
    return "".join(fixed(segment) for segment in segments)


def read_jsonl(handle: BinaryIO, source: str, *, max_bytes: int) -> Iterator[Item]:
    """Stream a JSON Lines file: memory stays flat however large the file."""
    for number, line in enumerate(handle, start=1):
        where = f"{source} line {number}"
        if not line.strip():
            continue
        if len(line) > max_bytes:
            yield InputFailure(where, f"record is over the {megabytes(max_bytes)} limit")
            continue
        try:
            text, warnings = decode(line, where, line_breaks=False)
            yield record_input(
                parse_json(text, where), where, f"{Path(source).name}#{number}", warnings
            )
        except InputError as exc:
            yield InputFailure(exc.source, exc.reason)


def read_jsonl_text(text: str, source: str, warnings: tuple[str, ...]) -> Iterator[Item]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source} line {number}"
        try:
            yield record_input(parse_json(line, where), where, f"{source}#{number}", warnings)
        except InputError as exc:
            yield InputFailure(exc.source, exc.reason)


def read_json(text: str, source: str, doc: str, warnings: tuple[str, ...]) -> Iterator[Item]:
    value = parse_json(text, source)
    if isinstance(value, list):
        for number, record in enumerate(value, start=1):
            where = f"{source} record {number}"
            try:
                yield record_input(record, where, f"{doc}#{number}", warnings)
            except InputError as exc:
                yield InputFailure(exc.source, exc.reason)
    else:
        yield record_input(value, source, doc, warnings)


def parse_json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"column {exc.colno}"
        if "\n" in text.strip():
            at = f"line {exc.lineno} {at}"
        raise InputError(where, f"invalid JSON ({exc.msg}: {at})") from None
    except RecursionError:
        raise InputError(
            where, "JSON nested too deeply to read (arrays or objects inside each other)"
        ) from None


def record_input(record: Any, where: str, default_doc: str, warnings: tuple[str, ...]) -> RawInput:
    """A JSON record with ``text`` (and optional ``title``, ``url``, ``date``, ``id``)."""
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object, found {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "record has no 'text' field with article text")
    doc = record.get("id")
    return RawInput(
        doc=str(doc) if doc not in (None, "") else default_doc,
        source=where,
        raw=repair_mojibake(text),
        fmt="json",
        title=optional_str(record.get("title")),
        url=optional_str(record.get("url")),
        date=optional_str(record.get("date") or record.get("published")),
        warnings=warnings,
    )


def optional_str(value: Any) -> str | None:
    return str(value).strip() or None if value is not None else None


def read_html(html: str, source: str, doc: str, warnings: tuple[str, ...]) -> RawInput:
    """Main text by trafilatura, title and URL from its metadata, date by htmldate."""
    import trafilatura
    from htmldate import find_date

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if not text:
        text = trafilatura.extract(html, include_comments=False, favor_recall=True)
    if not text:
        raise InputError(
            source, "no article text found in the HTML (empty, truncated or a non-article page)"
        )
    if "</html>" not in html[-2048:].lower():
        warnings = (*warnings, "HTML looks truncated (no closing </html>); kept the text found")
    meta = trafilatura.extract_metadata(html)
    try:
        published = find_date(html, original_date=True, extensive_search=False)
    except (ValueError, TypeError):
        published = None
    return RawInput(
        doc=doc,
        source=source,
        raw=text,
        fmt="html",
        title=(meta.title if meta is not None else None) or None,
        url=(meta.url if meta is not None else None) or None,
        date=published,
        warnings=warnings,
    )


def prepare_article(raw: RawInput) -> Article:
    """Clean a raw input and settle its metadata: the ``Article`` every stage reads."""
    cleaned = clean_text(raw.raw, title=raw.title, published=normalize_date(raw.date))
    language = detect_language(cleaned.text)
    if language not in (None, "en") and cleaned.repairs:
        # Glued-word repair splits by English word frequency: undo it for other languages.
        cleaned = clean_text(
            raw.raw, title=raw.title, published=normalize_date(raw.date), repair_words=False
        )
    return Article(
        doc=raw.doc,
        source=raw.source,
        text=cleaned.text,
        raw=raw.raw,
        fmt=raw.fmt,
        content_hash=content_hash(raw.raw),
        title=cleaned.title,
        published=cleaned.published,
        language=language,
        url=raw.url,
        agency=", ".join(cleaned.agencies) or None,
        dateline=cleaned.dateline,
        credits=tuple(cleaned.credits),
        repairs=tuple(cleaned.repairs),
        warnings=raw.warnings,
    )


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
