"""Every example and ``not:`` sentence of the event data files, run through the real
pipeline (entities, dates, quotes, events).  A rule with one example shows as one row
here; a rule that stops coding its own examples fails by name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import events_of
from dossier.entities import EntityFinder
from dossier.errors import DataError
from dossier.events.frame_data import (
    AROUND_TARGET_FRAMES,
    NOUN_ROLE_FRAMES,
    VERB_TARGET_FRAMES,
    frame_data,
    read_frames,
)
from dossier.events.rules import CONSTRUCTIONS, Example, read_rewrites, rewrite_rules
from dossier.events.steps import STEPS, VETOES, Step
from dossier.events.triggers import event_lexicon
from dossier.lexicon import load_data
from dossier.models import Event

EXAMPLES = rewrite_rules().all_examples() + frame_data().all_examples()


def matches(event: Event, example: Example) -> bool:
    """``event`` is the example's (type, source, target); a side left out is anyone."""
    return (
        event.type == example.type
        and event.negated == example.negated
        and (example.source is None or event.source == example.source)
        and (example.target is None or event.target == example.target)
    )


@pytest.mark.parametrize(
    ("rule", "example", "must_code"),
    EXAMPLES,
    ids=[f"{rule}: {'codes' if must else 'not'}: {ex.text[:50]}" for rule, ex, must in EXAMPLES],
)
def test_data_example(rule: str, example: Example, must_code: bool, finder: EntityFinder) -> None:
    events = events_of(example.text, finder)
    found = [e for e in events if matches(e, example)]
    told = [(e.type, e.source, e.target, e.negated) for e in events]
    if must_code:
        assert found, f"{rule!r} should code {example} in {example.text!r}; coded {told}"
    else:
        assert not found, f"{rule!r} should not code {example} in {example.text!r}; coded {told}"


def test_every_rule_frame_and_construction_type_has_two_examples() -> None:
    rules = rewrite_rules()
    thin = [r.name for r in rules.rules if len(r.examples) < 2]
    thin += [c.name for c in rules.constructions.values() if len(c.examples) < 2]
    data = frame_data()
    frames = [*data.verb_targets, *data.verb_targets_around, *data.noun_roles]
    thin += [f.name for f in frames if len(f.examples) < 2]
    assert not thin, f"rules with fewer than two examples (a patch, not a rule): {thin}"


def rewrites_with(change: dict[str, Any]) -> dict[str, Any]:
    data = yaml.safe_load(yaml.safe_dump(load_data("events/rewrites.yaml")))
    data.update(change)
    return dict(data)


def test_a_misspelt_key_names_the_file_the_rule_and_the_key() -> None:
    data = rewrites_with({})
    data["rules"][0]["when"]["constrution"] = "failed_to"
    with pytest.raises(
        DataError, match=r"events/rewrites.yaml: .*'when' has unknown key\(s\) 'constrution'"
    ):
        read_rewrites(data, event_lexicon())


def test_an_unknown_construction_or_type_is_refused() -> None:
    data = rewrites_with({})
    data["rules"][0]["when"]["construction"] = "fails_at"
    with pytest.raises(DataError, match="construction 'fails_at' is unknown"):
        read_rewrites(data, event_lexicon())
    data = rewrites_with({"classes": {"deeds": ["ASSAULT", "BOMBARD"]}})
    with pytest.raises(DataError, match=r"'BOMBARD' is no type defined in events\.yaml"):
        read_rewrites(data, event_lexicon())


def test_the_rules_use_every_construction_the_engine_knows() -> None:
    named = {c for rule in rewrite_rules().rules for c in rule.when.constructions}
    assert named == CONSTRUCTIONS


def test_the_frames_are_every_frame_the_engine_knows_and_a_misspelt_one_is_refused() -> None:
    assert {f.name for f in frame_data().verb_targets if not f.patterns} == VERB_TARGET_FRAMES
    assert {f.name for f in frame_data().noun_roles if not f.patterns} == NOUN_ROLE_FRAMES
    around = frame_data().verb_targets_around
    assert {f.name for f in around if not f.patterns} == AROUND_TARGET_FRAMES
    data = yaml.safe_load(yaml.safe_dump(load_data("events/frames.yaml")))
    named = next(i for i, f in enumerate(data["verb_targets"]) if f.get("frame") == "named_object")
    data["verb_targets"][named]["frame"] = "named_objects"
    with pytest.raises(DataError, match=r"events/frames\.yaml: .*'named_objects' is unknown"):
        read_frames(data, rewrite_rules().classes)
    data["verb_targets"][0] = {"frame": "particle_object", "type": ["AID"]}
    with pytest.raises(DataError, match=r"events/frames\.yaml: .*unknown key\(s\) 'type'"):
        read_frames(data, rewrite_rules().classes)


def test_the_construction_order_names_every_construction_the_coder_knows() -> None:
    from dossier.events.coder import STEP_FUNCTIONS

    named = [step.construction for step in rewrite_rules().steps]
    assert set(STEP_FUNCTIONS) == STEPS == set(named)
    assert named.index("in_custody") < named.index("lexicon_trigger") < named.index("readiness")


@pytest.mark.parametrize(
    ("entry", "refused"),
    [
        ("hostage_rescue", r"construction_order\[2\]: construction 'hostage_rescue' is unknown"),
        (
            {"construction": "hope", "lemmas": "request_heads"},
            r"construction_order\[2\]: .*'lemmas'",
        ),
        ({"construction": "hope", "pos": ["VRB"]}, r"construction_order\[2\]: pos \['VRB'\]"),
        (
            {"construction": "hope", "lemma_in": "hope_verbs"},
            r"construction_order\[2\]: lemma_in 'hope_verbs' is no word list",
        ),
        ("mediation", r"construction_order names mediation more than once"),
    ],
)
def test_a_wrong_entry_of_the_construction_order_names_the_file_and_the_entry(
    entry: Any, refused: str
) -> None:
    data = rewrites_with({})
    data["construction_order"][2] = entry
    with pytest.raises(DataError, match=r"events/rewrites\.yaml: " + refused):
        read_rewrites(data, event_lexicon())


def test_the_construction_order_must_keep_the_lexicon_s_triggers() -> None:
    data = rewrites_with({})
    order = data["construction_order"]
    data["construction_order"] = [e for e in order if e["construction"] != "lexicon_trigger"]
    with pytest.raises(DataError, match="construction_order lacks lexicon_trigger"):
        read_rewrites(data, event_lexicon())


@pytest.fixture
def user_rewrites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A user data folder whose rewrites.yaml the test writes; caches emptied around it."""
    monkeypatch.setenv("DOSSIER_DATA", str(tmp_path))
    (tmp_path / "events").mkdir()
    load_data.cache_clear()
    rewrite_rules.cache_clear()
    yield tmp_path / "events" / "rewrites.yaml"
    monkeypatch.delenv("DOSSIER_DATA")
    load_data.cache_clear()
    rewrite_rules.cache_clear()


def test_the_coder_tries_the_constructions_a_user_s_order_names(
    user_rewrites: Path, finder: EntityFinder
) -> None:
    # readiness to do what no trigger names: AGREE, or REJECT when refused
    ready = "Chad is ready to reopen the border with Sudan."
    unready = "Morocco is not ready to reopen its airspace to Algeria."
    assert ("AGREE", "Chad", "Sudan") in coded_in(ready, finder)
    assert ("REJECT", "Morocco", "Algeria") in coded_in(unready, finder)
    order = [step_entry(s) for s in rewrite_rules().steps if s.construction != "readiness"]
    user_rewrites.write_text(
        yaml.safe_dump({"replace": ["construction_order"], "construction_order": order})
    )
    load_data.cache_clear()
    rewrite_rules.cache_clear()
    assert coded_in(ready, finder) == coded_in(unready, finder) == []
    wanted = coded_in("Ivan Petrov is wanted by Interpol.", finder)
    assert ("COERCE", "Interpol", "Ivan Petrov") in wanted


def test_a_construction_is_tried_only_on_the_words_its_entry_admits(
    user_rewrites: Path, finder: EntityFinder
) -> None:
    ready = "Chad is ready to reopen the border with Sudan."
    assert ("AGREE", "Chad", "Sudan") in coded_in(ready, finder)
    order = [step_entry(s) for s in rewrite_rules().steps]
    order = [{**e, "pos": ["NOUN"]} if e["construction"] == "readiness" else e for e in order]
    user_rewrites.write_text(
        yaml.safe_dump({"replace": ["construction_order"], "construction_order": order})
    )
    load_data.cache_clear()
    rewrite_rules.cache_clear()
    assert coded_in(ready, finder) == []  # "ready" is an adjective, no noun


def test_the_vetoes_are_every_test_the_coder_knows_and_a_misspelt_one_is_refused() -> None:
    from dossier.events.coder import VETO_FUNCTIONS

    assert set(VETO_FUNCTIONS) == VETOES == {v.name for v in rewrite_rules().vetoes}
    data = rewrites_with({})
    data["trigger_vetoes"][0]["veto"] = "natural_forces"
    with pytest.raises(DataError, match=r"trigger_vetoes\[0\]: veto 'natural_forces' is unknown"):
        read_rewrites(data, event_lexicon())
    data = rewrites_with({})
    data["trigger_vetoes"][0]["types"] = "storms"
    with pytest.raises(DataError, match=r"trigger_vetoes\[0\]: 'storms' is neither"):
        read_rewrites(data, event_lexicon())


VETOED = [(veto.name, example) for veto in rewrite_rules().vetoes for example in veto.not_coded]


@pytest.mark.parametrize(
    ("name", "example"), VETOED, ids=[f"{name}: {ex.text[:40]}" for name, ex in VETOED]
)
def test_a_veto_s_sentence_is_coded_once_the_veto_is_taken_out(
    name: str, example: Example, user_rewrites: Path, finder: EntityFinder
) -> None:
    # each `not:` sentence of a veto is kept from being coded by that veto, not another
    kept = [
        {"veto": v.name, **({"types": sorted(v.types)} if v.types is not None else {})}
        for v in rewrite_rules().vetoes
        if v.name != name
    ]
    user_rewrites.write_text(
        yaml.safe_dump({"replace": ["trigger_vetoes"], "trigger_vetoes": kept})
    )
    load_data.cache_clear()
    rewrite_rules.cache_clear()
    coded = [e for e in events_of(example.text, finder) if matches(e, example)]
    assert coded, f"without {name!r}, {example.text!r} should code {example.type}"


def step_entry(step: Step) -> dict[str, Any]:
    """``step`` as an entry of ``construction_order:``."""
    entry: dict[str, Any] = {"construction": step.construction}
    if step.pos is not None:
        entry["pos"] = sorted(step.pos)
    if step.lemma_in is not None:
        entry["lemma_in"] = step.lemma_in
    return entry


def coded_in(text: str, finder: EntityFinder) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.source, e.target) for e in events_of(text, finder)]
