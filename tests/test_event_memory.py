"""ArticleMemory: what the event coder remembers of an article, in text order."""

from __future__ import annotations

from dossier.events.memory import ArticleMemory
from dossier.models import Entity


def actor(name: str, type_: str = "GPE") -> Entity:
    return Entity(id=name.lower(), name=name, type=type_)


def test_the_latest_attack_same_word_first_and_its_single_doer() -> None:
    taliban, isis, kabul, kunduz = (
        actor("Taliban", "ORG"),
        actor("ISIS", "ORG"),
        actor("Kabul"),
        actor("Kunduz"),
    )
    memory = ArticleMemory()
    memory.remember("bombing", [isis], [kabul], deed=True, at=10)
    memory.remember("capture", [taliban], [kunduz], deed=True, at=80)
    assert memory.recalled("doer", "bombing", exclude=[]) == [isis]  # the same word first
    assert memory.recalled("doer", "strike", exclude=[]) == [taliban]  # else the latest
    assert memory.recalled("doer", "strike", exclude=[taliban]) == [isis]
    assert memory.doer_of([kunduz]) == [taliban] and memory.doer_of([kunduz, kabul]) == []


def test_a_deed_one_word_told_of_two_doers_recalls_both() -> None:
    """ "US and British jets struck …": one word, two doers; a later deed is another's."""
    us, uk, yemen, iran = (
        actor("United States"),
        actor("United Kingdom"),
        actor("Yemen"),
        actor("Iran"),
    )
    memory = ArticleMemory()
    memory.remember("strike", [us, uk], [yemen], deed=True, at=20)
    assert memory.recalled("doer", "strike", exclude=[]) == [us, uk]
    memory.remember("strike", [iran], [us], deed=True, at=200)
    assert memory.recalled("doer", "strike", exclude=[]) == [iran]


def test_charges_and_the_sides_of_talks() -> None:
    india, pakistan, qatar, us = (
        actor("India"),
        actor("Pakistan"),
        actor("Qatar"),
        actor("United States"),
    )
    memory = ArticleMemory()
    memory.remember("accuse", [india], [pakistan], charge=True)
    memory.remember("agree", [us, pakistan], [us, pakistan], parley=True)
    assert memory.accusers_of([pakistan]) == [india]
    assert memory.accusers_of([qatar]) == [] and memory.accusers_of([qatar], anyone=True) == [india]
    assert memory.latest_sides(besides={"Qatar"}) == [us, pakistan]
    assert memory.latest_sides(besides={"Pakistan"}) == []


def test_the_latest_decision_told_recently_and_its_doer() -> None:
    chile, peru, bolivia = actor("Chile"), actor("Peru"), actor("Bolivia")
    memory = ArticleMemory()
    memory.remember("close", [chile], [peru], act_at=3)
    memory.remember("accuse", [bolivia], [chile], charge=True)  # no decision
    memory.remember("expel", [peru], [chile], act_at=20)
    assert memory.latest_act_doer(since=10, exclude=[]) == [peru]  # the latest
    assert memory.latest_act_doer(since=10, exclude=[peru]) == []  # only what is recent
    assert memory.latest_act_doer(since=0, exclude=[peru]) == [chile]
    assert memory.latest_act_doer(since=25, exclude=[]) == []


def test_a_bare_refusal_answers_the_latest_offer_made_to_the_refusers_first() -> None:
    iran, kenya, somalia, ethiopia = (
        actor("Iran"),
        actor("Kenya"),
        actor("Somalia"),
        actor("Ethiopia"),
    )
    memory = ArticleMemory()
    memory.remember("ask", [kenya], [somalia], proposal=True)
    memory.remember("offer", [iran], [None], proposal=True)
    memory.remember("accuse", [ethiopia], [kenya], charge=True)  # no proposal
    assert memory.proposer_to([somalia]) == [kenya]  # the request made to Somalia
    assert memory.proposer_to([None]) == [iran]  # unnamed refusers: the latest offer
    assert memory.proposer_to([iran]) == [kenya]  # never the refusers' own offer


def test_the_latest_talks_holding_the_sides_named() -> None:
    chile, peru, bolivia = actor("Chile"), actor("Peru"), actor("Bolivia")
    memory = ArticleMemory()
    memory.remember("meet", [chile], [peru], parley=True)
    memory.remember("meet", [bolivia], [peru], parley=True)
    assert memory.latest_sides_of(set()) == [bolivia, peru]  # nobody named: the latest
    assert memory.latest_sides_of({"Chile"}) == [chile, peru]  # the latest that holds Chile
    assert memory.latest_sides_of({"Ecuador"}) == []


def test_the_talks_recalled_are_those_told_since_a_point() -> None:
    chile, peru, bolivia = actor("Chile"), actor("Peru"), actor("Bolivia")
    memory = ArticleMemory()
    memory.remember("meet", [chile], [peru], parley=True, at=10)
    memory.remember("meet", [bolivia], [peru], parley=True, at=90)
    assert memory.latest_sides_of({"Chile"}, since=50) == []  # told before the point
    assert memory.latest_sides_of(set(), since=50) == [bolivia, peru]
