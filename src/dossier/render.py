"""Printing records for people (Rich tables) and for programs (json, jsonl, csv)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

__all__ = ["Format", "cell_text", "emit", "stderr", "stdout", "to_csv", "to_table"]


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


# Piped output is not cut to 80 columns: a table stays one row per record.
stdout = Console(soft_wrap=False, width=None if sys.stdout.isatty() else 200)
# One message is one line whatever the width: a failure must stay greppable.
stderr = Console(stderr=True, soft_wrap=True)


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: Format,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    styled: dict[str, Any] | None = None,
) -> None:
    """Write ``rows`` to stdout in ``fmt``; ``columns`` picks and orders table/csv columns."""
    if fmt is Format.json:
        sys.stdout.write(json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n")
    elif fmt is Format.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt is Format.csv:
        sys.stdout.write(to_csv(rows, columns))
    else:
        stdout.print(to_table(rows, columns, title=title, styled=styled or {}))


def to_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None) -> str:
    names = list(columns or (rows[0].keys() if rows else []))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=names, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: cell_text(row.get(k)) for k in names})
    return buffer.getvalue()


def to_table(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str] | None,
    *,
    title: str | None,
    styled: dict[str, Any],
) -> Table:
    names = list(columns or (rows[0].keys() if rows else []))
    table = Table(title=title, show_lines=False, expand=False)
    for name in names:
        table.add_column(name, overflow="fold")
    for row in rows:
        cells: list[Text | str] = []
        for name in names:
            value = row.get(name)
            cells.append(styled[name](value) if name in styled else Text(cell_text(value)))
        table.add_row(*cells)
    if not rows:
        table.caption = "no rows"
    return table


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(cell_text(v) for v in value)
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
