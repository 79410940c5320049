"""events.frame_data: the frames tried for a trigger type, found once per section and type
(``tried_in``), and whether a pattern frame needs the trigger line's particle
(``needs_particle``), each the same answer as asking frame by frame."""

from __future__ import annotations

from dataclasses import replace

from dossier.events.frame_data import Frame, frame_data, is_tried, needs_particle, tried_in
from dossier.events.triggers import event_lexicon


def sections() -> list[tuple[Frame, ...]]:
    frames = frame_data()
    return [frames.verb_targets, frames.verb_targets_around, frames.noun_roles]


def test_tried_in_keeps_the_frames_tried_for_the_type_in_order() -> None:
    types = event_lexicon().types
    for section in sections():
        for type_ in [*types, "NO_SUCH_TYPE"]:
            expected = tuple(f for f in section if is_tried(f, type_, types))
            assert tried_in(section, type_, types) == expected
            assert tried_in(section, type_, types) is tried_in(section, type_, types)  # kept


def test_a_frame_limited_to_types_or_quads() -> None:
    types = event_lexicon().types
    frame = sections()[0][0]
    only = replace(frame, types=frozenset({"ASSAULT"}), quads=None)
    assert is_tried(only, "ASSAULT", types) and not is_tried(only, "CONSULT", types)
    quad = types["ASSAULT"].quad
    by_quad = replace(frame, types=None, quads=frozenset({quad}))
    assert is_tried(by_quad, "ASSAULT", types)
    assert not is_tried(by_quad, "NO_SUCH_TYPE", types)  # no quad known: not tried
    other = next(t for t, info in types.items() if info.quad != quad)
    assert not is_tried(by_quad, other, types)


def test_another_section_or_lexicon_is_not_answered_from_the_kept_one() -> None:
    types = event_lexicon().types
    section = sections()[0]
    first = tried_in(section, "ASSAULT", types)
    shorter = section[1:]
    assert tried_in(shorter, "ASSAULT", types) == tuple(f for f in first if f in shorter)
    narrowed = {t: info for t, info in types.items() if t != "ASSAULT"}
    assert tried_in(section, "ASSAULT", narrowed) == tuple(
        f for f in section if is_tried(f, "ASSAULT", narrowed)
    )


def test_needs_particle_is_every_pattern_having_a_particle_node() -> None:
    for section in sections():
        for frame in section:
            assert needs_particle(frame) == all(p.particle_nodes for p in frame.patterns)
    assert any(needs_particle(f) for s in sections() for f in s if f.patterns)
    assert any(not needs_particle(f) for s in sections() for f in s if f.patterns)
