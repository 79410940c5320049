"""People placed by a town, not acted on through it (issue 16, ``located_people`` in
events.yaml, ``PlaceRoles.states_of_located_people`` in events/places.py): "detained
two suspects in the town of X", "kidnapped pupils from a school in X". The town is the
event's place; the deed falls on the town's state, or on no one named when that state
is the doer's own or unknown. A town acted on itself (shelled, put under curfew) stays
the target. An office named by its place, then its holder ("the mayor of X, NAME";
``actor_parse.office_appos``): the holder, not the place. Sentences written for these
tests: invented people, real states and places.
"""

from __future__ import annotations

import pytest

from conftest import Coded, coded, events_of, every_coded
from dossier.entities import EntityFinder

# text, (type, source, target), place
PLACED: list[tuple[str, Coded, str]] = [
    (
        "Ecuadorian police detained two suspects in the border town of Tumbes.",
        ("COERCE", "Ecuador", "Peru"),
        "Tumbes",
    ),
    (
        "Police in Peru announced the arrest of two suspects in the border town of Tumbes.",
        ("COERCE", "Peru", None),
        "Tumbes",
    ),
    (
        "Gunmen kidnapped 30 pupils from a school in Gusau on Friday.",
        ("ASSAULT", None, "Nigeria"),
        "Gusau",
    ),
    (
        "Two journalists in Kandahar were detained by Taliban fighters.",
        ("COERCE", "Taliban", None),
        "Kandahar",
    ),
]

# the holder of an office named by its place
HOLDERS: list[tuple[str, Coded]] = [
    ("Police arrested the mayor of Batangas, Rosa Villanueva.",
     ("COERCE", None, "Rosa Villanueva")),
    ("Masked men shot the mayor of Cusco, Lucia Quispe, in the plaza.",
     ("ASSAULT", None, "Lucia Quispe")),
]  # fmt: skip

# a town acted on itself, or an office with no holder named: it stays a side
KEPT: list[tuple[str, Coded]] = [
    ("Police arrested the mayor of Batangas on Monday.", ("COERCE", None, "Batangas")),
    ("Rebels shelled the town of Goma on Sunday.", ("ASSAULT", None, "Goma")),
    ("Chilean authorities ordered a curfew for the town of Arica.", ("COERCE", "Chile", "Arica")),
]

# text, (type, source, target) that must not be coded: the town as the target
NOT_TARGETED: list[tuple[str, Coded]] = [
    ("Police arrested the mayor of Batangas, Rosa Villanueva.", ("COERCE", None, "Batangas")),
    ("Police in Peru announced the arrest of two suspects in the town of Tumbes.",
     ("COERCE", "Peru", "Tumbes")),
    ("Gunmen kidnapped 30 pupils from a school in Gusau.", ("ASSAULT", None, "Gusau")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event", "place"), PLACED, ids=[t for t, _, _ in PLACED])
def test_located_people_are_their_state(
    text: str, event: Coded, place: str, finder: EntityFinder
) -> None:
    found = {(e.type, e.source, e.target): e.place for e in events_of(text, finder)}
    assert event in found, f"coded {sorted(found, key=str)}"
    assert found[event] == place


@pytest.mark.parametrize(("text", "event"), KEPT, ids=[t for t, _ in KEPT])
def test_town_acted_on_stays_target(text: str, event: Coded, finder: EntityFinder) -> None:
    found = coded(text, finder)
    assert event in found, f"coded {sorted(found, key=str)}"


@pytest.mark.parametrize(("text", "event"), NOT_TARGETED, ids=[t for t, _ in NOT_TARGETED])
def test_town_of_located_people_not_target(text: str, event: Coded, finder: EntityFinder) -> None:
    found = every_coded(text)
    assert event not in found, f"coded {sorted(found, key=str)}"


@pytest.mark.parametrize(("text", "event"), HOLDERS, ids=[t for t, _ in HOLDERS])
def test_office_holder_not_its_place(text: str, event: Coded, finder: EntityFinder) -> None:
    found = coded(text, finder)
    assert event in found, f"coded {sorted(found, key=str)}"
