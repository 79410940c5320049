"""The frames file as the loader reads it: a frame written in code must say why it is no
pattern, and a pattern's role nodes and word lists are checked (the examples of every
frame run through the whole pipeline in test_data_examples.py)."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from dossier.errors import DataError
from dossier.events.frame_data import read_frames
from dossier.events.rules import rewrite_rules
from dossier.lexicon import load_data


def frames_file() -> dict[str, list[dict[str, Any]]]:
    loaded = yaml.safe_load(yaml.safe_dump(load_data("events/frames.yaml")))
    assert isinstance(loaded, dict)
    return loaded


def test_every_frame_written_in_code_says_why_it_is_no_pattern() -> None:
    data = frames_file()
    frames = [f for s in ("verb_targets", "verb_targets_around", "noun_roles") for f in data[s]]
    code = [f for f in frames if "frame" in f]
    patterns = [f for f in frames if "pattern" in f or "patterns" in f]
    assert len(code) + len(patterns) == len(frames)
    assert code and all(str(f.get("reason") or "").strip() for f in code)
    assert patterns and not any("reason" in f for f in patterns)


def test_a_code_frame_without_its_reason_is_refused_naming_the_file_and_frame() -> None:
    data = frames_file()
    entry = next(f for f in data["verb_targets_around"] if f.get("frame") == "recalled_victim")
    del entry["reason"]
    with pytest.raises(
        DataError, match=r"events/frames\.yaml: .*'recalled_victim' is code.*reason"
    ):
        read_frames(data, rewrite_rules().classes)


def test_a_pattern_frame_with_a_reason_is_refused() -> None:
    data = frames_file()
    entry = next(f for f in data["verb_targets_around"] if f.get("name") == "asked_against")
    entry["reason"] = "none"
    with pytest.raises(DataError, match=r"events/frames\.yaml: .*pattern frame has no reason"):
        read_frames(data, rewrite_rules().classes)


def test_a_doer_node_fills_the_source_only_and_names_a_list_of_the_frames_file() -> None:
    data = frames_file()
    entry = next(f for f in data["noun_roles"] if f.get("name") == "response_doer")
    entry["fills"] = "target"
    with pytest.raises(DataError, match=r"role node 'doer' does not fill the frame's role"):
        read_frames(data, rewrite_rules().classes)
    data = frames_file()
    entry = next(f for f in data["noun_roles"] if f.get("name") == "response_doer")
    entry["pattern"][2]["RIGHT_ATTRS"]["NAMES"] = "$reply_verbs"
    with pytest.raises(DataError, match=r"'\$reply_verbs' is no word list of events.yaml or"):
        read_frames(data, rewrite_rules().classes)


def test_a_possessed_node_says_true_or_false() -> None:
    data = frames_file()
    entry = next(f for f in data["noun_roles"] if f.get("name") == "support_verb_doer")
    entry["patterns"][1][0]["RIGHT_ATTRS"]["POSSESSED"] = "no"
    with pytest.raises(DataError, match=r"support_verb_doer.*POSSESSED is true or false"):
        read_frames(data, rewrite_rules().classes)
