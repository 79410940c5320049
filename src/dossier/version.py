"""dossier's version, read once from the installed package's metadata (pyproject.toml).

A module of its own, so any module can read the version without importing the
``dossier`` package and, through it, the whole API.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

__all__ = ["__version__", "package_version"]

UNKNOWN = "0+unknown"


def package_version() -> str:
    """The installed distribution's version; ``0+unknown`` for a checkout never installed."""
    try:
        return version("dossier")
    except PackageNotFoundError:
        return UNKNOWN


__version__ = package_version()
