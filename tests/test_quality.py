"""The code base stays lint-clean and type-clean (ruff and mypy, configured in pyproject)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOT_INSTALLED = "is not installed for this Python (pip install -e '.[test]')"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """``python -m TOOL ARGS`` with this interpreter: found whether or not a venv is activated."""
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


def installed(module: str) -> bool:
    """True when ``module`` is importable by this interpreter (not merely on PATH)."""
    return importlib.util.find_spec(module) is not None


@pytest.mark.skipif(
    not installed("ruff"), reason="ruff is not installed (pip install -e '.[test]')"
)
def test_ruff_finds_nothing() -> None:
    result = run("ruff", "check", "src", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(
    not installed("mypy"), reason="mypy is not installed (pip install -e '.[test]')"
)
def test_mypy_strict_passes() -> None:
    result = run("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_data_file_is_valid_yaml_with_no_word_read_as_a_boolean() -> None:
    """YAML reads a bare on/off/yes/no in a list as a boolean: quote those words."""
    import yaml

    def booleans_in_lists(value: object) -> list[object]:
        if isinstance(value, dict):
            return [b for v in value.values() for b in booleans_in_lists(v)]
        if isinstance(value, list):
            return [v for v in value if isinstance(v, bool)] + [
                b for v in value for b in booleans_in_lists(v)
            ]
        return []

    for path in sorted((ROOT / "src" / "dossier" / "data").glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        assert isinstance(data, dict), path.name
        assert booleans_in_lists(data) == [], path.name


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("Set up and test", 1)[1]
    command = section.split("```bash", 1)[1].split("```", 1)[0].strip()
    assert command in (ROOT / ".ci" / "run").read_text("utf-8")
