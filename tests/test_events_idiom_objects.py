"""Trigger verbs whose object says another thing happened (``idiom_objects`` of
data/events.yaml): a privilege abused is no assault, an order of a deed of another kind
is that deed; and fines imposed by a court or a regulator (SANCTION convict).  Invented
sentences; real states and bodies."""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, every_coded

CASES: list[tuple[str, Coded, bool]] = [
    # a privilege abused: the charge is the event, no one is attacked
    ("The senator accused the minister of abusing his power.", ("ASSAULT", None, None), False),
    ("Kenya's court fined Safaricom for abusing its dominance.", ("ASSAULT", None, None), False),
    ("Soldiers abused Rohingya villagers in Rakhine, the report said.",
     ("ASSAULT", None, "Rohingya"), True),
    # an order whose object is another kind of deed is that deed
    ("The court ordered the release of Amado Boudou.", ("COERCE", None, "Amado Boudou"), False),
    ("The court ordered the release of Amado Boudou.", ("RETREAT", None, "Amado Boudou"), True),
    ("Putin ordered the withdrawal of troops from Kherson.", ("MOBILIZE", None, None), False),
    ("Putin ordered the withdrawal of troops from Kherson.", ("RETREAT", "Putin", "Kherson"), True),
    ("The junta ordered a curfew in Niamey.", ("COERCE", "Niger", None), True),
    # drums and deadlines beaten hit no one
    ("Asmara said Addis Ababa was beating the drums of war.", ("ASSAULT", None, None), False),
    ("Police beat the protesters in Harare.", ("ASSAULT", "Zimbabwe", None), True),
    # fines by a court or a regulator
    ("Egypt fined the owners of the Ever Given.", ("SANCTION", "Egypt", None), True),
    ("The Bolivian electoral court fined Morales for campaigning early.",
     ("SANCTION", None, "Morales"), True),
    ("Officials in Lima said the new deal was fine.", ("SANCTION", None, None), False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event", "coded_here"), CASES, ids=[c[0] for c in CASES])
def test_trigger_objects_that_tell_another_event(text: str, event: Coded, coded_here: bool) -> None:
    found = every_coded(text)
    if coded_here and None in event[1:]:
        kind, source, target = event
        assert any(
            k == kind and (source is None or s == source) and (target is None or t == target)
            for k, s, t in found
        ), found
    else:
        assert_coded_or_not(found, event, coded_here)
