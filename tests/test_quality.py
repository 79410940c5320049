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


SRC = ROOT / "src" / "dossier"
# What the command line must reach only through dossier.api (issue 19).
BEHIND_THE_API = ("store", "pipeline", "ingest", "kb", "nlp")


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path, modules: set[str], *, lazy: bool) -> set[str]:
    """The dossier modules ``path`` imports: at module level, or anywhere with ``lazy``.

    Imports under ``if TYPE_CHECKING:`` are left out (they never run); ``from dossier
    import kb`` counts as importing ``dossier.kb``.
    """
    import ast

    tree = ast.parse(path.read_text("utf-8"))
    typing_only = {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
        for node in ast.walk(block)
    }
    nodes = ast.walk(tree) if lazy else iter(tree.body)
    found: set[str] = set()
    for node in nodes:
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            submodules = {f"{node.module}.{alias.name}" for alias in node.names} & modules
            found.update(submodules or {node.module})
    return found & modules


def dossier_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(SRC.rglob("*.py"))}


def test_the_command_line_and_the_web_reach_the_library_only_through_the_api() -> None:
    modules = dossier_modules()
    for name in (
        "dossier.cli",
        "dossier.cli_scale",
        "dossier.cli_options",
        "dossier.web",
        "dossier.webdata",
        "dossier.netgraph",
        "dossier.report",
    ):
        imported = imported_modules(modules[name], set(modules), lazy=True)
        behind = {m for m in imported if m.split(".")[1] in BEHIND_THE_API}
        assert behind == set(), name


def test_no_import_cycle_between_modules() -> None:
    """Module-level imports form no cycle (the package's own ``__init__`` aside)."""
    import graphlib

    modules = dossier_modules()
    graph = {
        name: imported_modules(path, set(modules), lazy=False) - {name, "dossier"}
        for name, path in modules.items()
    }
    graphlib.TopologicalSorter(graph).prepare()  # raises CycleError naming the cycle


def test_every_name_a_module_lists_in_all_exists() -> None:
    """``__all__`` is the public surface: each name in it is there, each listed once."""
    import importlib

    for name in sorted(dossier_modules()):
        if name.endswith("__main__"):
            continue
        module = importlib.import_module(name)
        listed = getattr(module, "__all__", None)
        if listed is None:
            continue
        assert len(listed) == len(set(listed)), name
        assert [n for n in listed if not hasattr(module, n)] == [], name


MODULE_LINES = 400
# Modules already past the limit, each capped at its size when the limit came in
# (4 Dec 2026): they may shrink, never grow. Split one and drop it from this list.
LARGER_MODULES = {
    "cli.py": 1001,
    "evaluate.py": 974,
    "dates.py": 520,
    "export.py": 606,
    "web.py": 569,
    "api.py": 553,
    "tables.py": 475,
    "store/rows.py": 487,
    "schemas.py": 407,
    "kb/linker.py": 458,
    "lexicon.py": 401,
    "clean.py": 435,
    "webdata.py": 402,
}


def test_no_module_grows_past_its_line_limit() -> None:
    """Every module of dossier holds at most 400 lines, or no more than its cap above."""
    sizes = {
        str(path.relative_to(SRC)): len(path.read_text("utf-8").splitlines())
        for path in sorted(SRC.rglob("*.py"))
    }
    too_long = {
        name: lines
        for name, lines in sizes.items()
        if lines > LARGER_MODULES.get(name, MODULE_LINES)
    }
    assert too_long == {}, "split these modules (one module per concern): " + repr(too_long)
    assert set(LARGER_MODULES) <= set(sizes), "a listed module is gone: drop it from the list"
