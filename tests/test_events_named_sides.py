"""Sides the sentence names beside a description (issue 16): a group word before the
name it describes ("the Somali militant group al-Shabaab", entity_groups) is the named
group, not an unnamed one; who hires someone for a deed does it through them
("hired X to kill Y", ``subject_control`` in grammar.yaml); a coalition or campaign
"X-led" is X's ("the Saudi-led coalition", ``ownership_participles``). Sentences written for these
tests: invented people, real states and groups.  Also: "accused Chinese vessels of
firing" is the vessels' firing though the parse hangs the of-phrase on them, and "near
the Venezuelan border" says where, not against whom.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded, every_coded
from dossier.entities import EntityFinder

CODED: list[tuple[str, Coded]] = [
    ("A US-led coalition struck Mosul on Sunday.", ("ASSAULT", "United States", "Mosul")),
    ("Iran condemned the Saudi-led blockade of Qatar.", ("COERCE", "Saudi Arabia", "Qatar")),
    ("The Russian-led alliance sent troops to Kazakhstan.", ("MOBILIZE", "Russia", "Kazakhstan")),
    ("The Somali militant group al-Shabaab attacked a Kenyan base.",
     ("ASSAULT", "Al-Shabaab", "Kenya")),
    ("Israel struck the Palestinian militant group Hamas in Gaza.", ("ASSAULT", "Israel", "Hamas")),
    ("Sudanese rebels attacked Juba.", ("ASSAULT", "Sudanese rebels", "Juba")),
    ("Prosecutors say Ivan Petrov and Oleg Sidorov hired Marat Aliyev to kill the journalist"
     " Anna Markova.", ("ASSAULT", "Oleg Sidorov", "Anna Markova")),
    ("Prosecutors say Ivan Petrov hired a hitman to kill the journalist Anna Markova.",
     ("ASSAULT", "Ivan Petrov", "Anna Markova")),
    # object control with the of-phrase parsed on the object: the vessels fire
    ("The Philippine coast guard accused Chinese vessels of firing flares at its boats.",
     ("ASSAULT", "China", None)),
    ("Manila accused Vietnamese trawlers of ramming its patrol boats.",
     ("ASSAULT", "Vietnam", "Philippines")),
    # a participle of a deed's toll trails the clause before it, not the main verb's
    ("Manila protested after a Chinese coast guard ship rammed a Philippine supply boat,"
     " injuring four Filipino sailors.", ("ASSAULT", "China", "Philippines")),
    # aimed at a thing its modifier gives to a state named in the article as a place too
    ("Chinese coast guard ships fired water cannon at a Philippine supply boat, Manila said.",
     ("ASSAULT", "China", "Philippines")),
    ("Israeli troops fired at a Lebanese army post, Beirut said.",
     ("ASSAULT", "Israel", "Lebanon")),
]  # fmt: skip

NOT_CODED: list[tuple[str, Coded]] = [
    ("The Iranian-backed rebels attacked Aden.", ("ASSAULT", "Iran", None)),
    ("The Somali militant group al-Shabaab attacked a Kenyan base.",
     ("ASSAULT", "Somali militant group", "Kenya")),
    ("Prosecutors say Ivan Petrov hired Marat Aliyev to kill the journalist Anna Markova.",
     ("ASSAULT", "Marat Aliyev", "Anna Markova")),
    ("The Philippine coast guard accused Chinese vessels of firing flares at its boats.",
     ("ASSAULT", "Philippines", None)),
    # a border named by a nationality in a place phrase is where, not whom
    ("Colombian troops clashed with ELN guerrillas near the Venezuelan border.",
     ("ASSAULT", "Colombia", "Venezuela")),
    # a state named deeper in the phrase is no owner of what was struck at
    ("In Lima, President Rosa Vidal said the generals had struck at the heart of Peru's"
     " transition to democracy.", ("ASSAULT", None, "Peru")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event"), CODED, ids=[t for t, _ in CODED])
def test_named_side_coded(text: str, event: Coded, finder: EntityFinder) -> None:
    found = coded(text, finder)
    assert event in found, f"coded {sorted(found, key=str)}"


@pytest.mark.parametrize(("text", "event"), NOT_CODED, ids=[t for t, _ in NOT_CODED])
def test_description_not_side(text: str, event: Coded, finder: EntityFinder) -> None:
    found = every_coded(text)
    assert_coded_or_not(found, event, coded_here=False)  # a None side: any actor
