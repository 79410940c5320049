"""The code base stays lint-clean and type-clean (ruff and mypy, configured in pyproject)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


@pytest.mark.skipif(
    shutil.which("ruff") is None, reason="ruff is not installed (pip install -e '.[test]')"
)
def test_ruff_finds_nothing() -> None:
    result = run("ruff", "check", "src", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes() -> None:
    pytest.importorskip("mypy", reason="mypy is not installed (pip install -e '.[test]')")
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_data_file_is_valid_yaml() -> None:
    import yaml

    for path in sorted((ROOT / "src" / "dossier" / "data").glob("*.yaml")):
        assert isinstance(yaml.safe_load(path.read_text("utf-8")), dict), path.name


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("Set up and test", 1)[1]
    command = section.split("```bash", 1)[1].split("```", 1)[0].strip()
    assert command in (ROOT / ".ci" / "run").read_text("utf-8")
