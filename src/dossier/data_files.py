"""The packaged data files (``dossier/data/*.yaml``): read, checked against their
schemas, laid under the user's own (``$DOSSIER_DATA``), and parsed once per install.

PyYAML builds every node of a file in Python even with libyaml's parser: the thirteen
data files an extraction reads cost about a seventh of a second of every process's
start-up.  Once parsed and checked, a packaged file's data is written as a ``marshal``
file beside the gazetteer's cache (``gazetteer_cache.cache_dir``), named by a digest
of the file's text and Python's version, and read from there by the next process
(``cached_data``).  A changed file gets a new name, so an edit or an upgrade is never
read stale.  Data that ``marshal`` cannot hold exactly (a YAML date, say) is parsed as
before, as is everything when the cache cannot be written or read.  A user's file is
always parsed.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Callable
from functools import cache, partial
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from dossier.errors import DataError
from dossier.gazetteer_cache import cache_dir, marshalled
from dossier.schemas import validate

__all__ = ["DATA_ENV", "FORMAT", "cached_data", "load_data", "parse_yaml", "user_data_file"]

FORMAT = 1  # bump when the cached files' layout changes


DATA_ENV = "DOSSIER_DATA"  # a folder of user data files laid over the packaged ones
REPLACE_KEY = "replace"  # in a user file: the keys whose lists replace ours, not extend them


@cache
def load_data(name: str) -> Any:
    """The packaged YAML file ``dossier/data/NAME``, checked against its schema, with the
    user's file of the same name from ``$DOSSIER_DATA`` laid over it; parsed once per
    install (``cached_data``)."""
    packaged = resources.files("dossier.data").joinpath(name).read_text("utf-8")
    data = cached_data(name, packaged, partial(parsed_data, name, packaged))
    user = user_data_file(name)
    if user is None:
        return data
    return merge_user_data(name, data, user)


def parsed_data(name: str, text: str) -> Any:
    return validate(name, parse_yaml(text, name), f"dossier/data/{name}")


def user_data_file(name: str) -> Path | None:
    """The user's override of data file ``name``, if ``$DOSSIER_DATA`` holds one."""
    folder = os.environ.get(DATA_ENV)
    if not folder:
        return None
    path = Path(folder).expanduser() / name
    return path if path.is_file() else None


# libyaml's parser where PyYAML was built with it: the same data, about 7x faster
# (the packaged files took 0.45 s of every process's start-up to parse in Python)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str, source: str) -> Any:
    try:
        return yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise DataError(f"{source}: not valid YAML ({exc})") from None


def merge_user_data(name: str, data: dict[str, Any], path: Path) -> dict[str, Any]:
    """``data`` with the user file at ``path`` laid over it: lists are extended, mappings
    merged key by key, single values replaced; keys named under ``replace:`` are
    replaced whole.  The user file is checked against the same schema first."""
    try:
        user = parse_yaml(path.read_text("utf-8"), str(path)) or {}
    except OSError as exc:
        raise DataError(f"{path}: cannot read the user data file ({exc})") from None
    if not isinstance(user, dict):
        raise DataError(f"{path}: a user data file is a mapping of keys, like {name}")
    replaced = user.pop(REPLACE_KEY, [])
    if not isinstance(replaced, list) or not set(map(str, replaced)) <= set(user):
        raise DataError(
            f"{path}: '{REPLACE_KEY}' must list keys that the same file gives, got {replaced!r}"
        )
    validate(name, user, str(path), partial=True)
    merged = dict(data)
    for key, value in user.items():
        merged[key] = value if key in replaced else overlaid(merged.get(key), value)
    validate(name, merged, f"{path} over dossier/data/{name}")
    return merged


def overlaid(ours: Any, theirs: Any) -> Any:
    """The user's value laid over ours (see ``merge_user_data``)."""
    if isinstance(ours, list) and isinstance(theirs, list):
        return [*ours, *(item for item in theirs if item not in ours)]
    if isinstance(ours, dict) and isinstance(theirs, dict):
        merged = dict(ours)
        for key, value in theirs.items():
            merged[key] = overlaid(ours.get(key), value)
        return merged
    return theirs


def cached_data(name: str, text: str, parse: Callable[[], Any]) -> Any:
    """The data ``parse()`` makes of the file ``name`` whose content is ``text``: from
    the cache when this very text was parsed before, else parsed and then cached."""
    key = f"{FORMAT}|{sys.version_info[:2]}|{name}|{text}"  # marshal's format is Python's
    digest = hashlib.blake2b(key.encode(), digest_size=12).hexdigest()
    return marshalled(cache_dir() / "data" / f"{digest}.marshal", parse)
