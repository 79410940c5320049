"""A synthetic corpus for the benchmarks: N scraped-looking articles on disk.

Paragraphs come from the project's own ``examples/`` (written for dossier), are
shuffled per article and wrapped in the page junk real scrapes carry, so that each
file is distinct (its own content hash) but reads like news.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JUNK_HEAD = ["Today: 3 January 2026", "{date}", "4 mins read", ""]
JUNK_TAIL = [
    "",
    "ALSO READ: Regional leaders meet to discuss border trade",
    "Previous Story",
    "Ministers trade barbs over water rights",
    "Next Story",
    "Latest from -Top News",
    "Go toTop",
    "Please enter your comment!",
    "Please enter your name here",
]
FALLBACK = (
    "Officials in Kabul said on Tuesday that talks with neighbouring countries would "
    "resume next month. The foreign minister met envoys from Pakistan and Iran."
)


def example_paragraphs() -> list[str]:
    """Prose paragraphs from examples/*.txt (junk lines dropped)."""
    paragraphs: list[str] = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError:
            continue
        for block in re.split(r"\n\s*\n|\n", text):
            if len(block.split()) >= 15:
                paragraphs.append(block.strip())
    return paragraphs or [FALLBACK]


def write_corpus(
    directory: Path, count: int, *, seed: int = 7, paragraphs_per_doc: int = 6
) -> list[Path]:
    """Write ``count`` articles under ``directory`` (100 per subfolder) and return their paths."""
    rng = random.Random(seed)
    pool = example_paragraphs()
    paths = []
    for n in range(count):
        folder = directory / f"batch{n // 100:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        day = f"{rng.randint(1, 28)} {rng.choice(['March', 'July', 'August', 'September'])} 2021"
        head = [line.format(date=day) for line in JUNK_HEAD]
        body = [rng.choice(pool) for _ in range(paragraphs_per_doc)]
        body.append(f"Report number {n} was filed by the desk.")
        path = folder / f"article_{n:06d}.txt"
        path.write_text("\n".join([*head, *body, *JUNK_TAIL]) + "\n", "utf-8")
        paths.append(path)
    return paths
