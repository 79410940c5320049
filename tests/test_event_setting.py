"""EventSetting: when and where an event happened, read off the parse around its trigger.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from dossier.dates import find_dates
from dossier.entities import EntityFinder
from dossier.event_actors import ActorFinder
from dossier.events.setting import EventSetting
from dossier.events.triggers import event_lexicon
from dossier.nlp import load_pipeline, parse
from dossier.quotes import find_quotes

if TYPE_CHECKING:
    from spacy.tokens import Token


class Setting:
    """A parsed text with its EventSetting, and the token of a word to ask about."""

    def __init__(self, text: str, finder: EntityFinder, published: str = "2011-03-04") -> None:
        (self.doc,) = parse(load_pipeline(), [text])
        entities = finder.find(self.doc)
        dates = find_dates(self.doc, published)
        quotes, _ = find_quotes(self.doc, entities, dates)
        actors = ActorFinder(self.doc, entities, quotes, event_lexicon())
        self.setting = EventSetting(self.doc, dates, actors, event_lexicon())

    def word(self, text: str) -> Token:
        return next(t for t in self.doc if t.text == text)

    def date(self, word: str) -> str | None:
        return self.setting.date_of(self.word(word))[0]

    def place(self, word: str) -> str | None:
        found = self.setting.place_of(self.word(word), [])
        return found.name if found is not None else None


def test_a_noun_event_has_its_own_day_not_the_day_it_was_confirmed(
    finder: EntityFinder,
) -> None:
    text = "Officials today confirmed the arrest of a bomb maker in Helmand province on Saturday."
    setting = Setting(text, finder)
    assert setting.date("arrest") == "2011-02-26"
    assert setting.date("confirmed") == "2011-03-04"


def test_coordinated_acts_share_their_day_and_undated_ones_have_none(
    finder: EntityFinder,
) -> None:
    text = (
        "Afghan forces killed one insurgent and detained two others in Khost province "
        "yesterday. The leader planned attacks against Afghan forces."
    )
    setting = Setting(text, finder)
    assert setting.date("detained") == setting.date("killed") == "2011-03-03"
    assert setting.date("attacks") is None  # never the publication date by default


def test_a_date_in_a_relative_clause_is_that_clause_s_not_the_main_verb_s(
    finder: EntityFinder,
) -> None:
    text = (
        "Serbian police, who have patrolled the crossing since early February, detained "
        "four Kosovo officials near Jarinje on Wednesday. Kosovo police arrested a man "
        "who had thrown a grenade at a patrol on Monday."
    )
    setting = Setting(text, finder)
    assert setting.date("detained") == "2011-03-02"  # Wednesday, not February
    assert setting.date("patrolled") == "2011-02"
    assert setting.date("arrested") is None  # Monday is when the grenade was thrown
    assert setting.date("thrown") == "2011-02-28"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        pytest.param(
            "Taliban fighters attacked a checkpoint in Kunduz on Monday.",
            "attacked",
            "Kunduz",
            id="the-clause-says-where",
        ),
        pytest.param(
            "Police in Peru arrested a gang leader in Cusco province on Friday.",
            "arrested",
            "Cusco",
            id="where-the-one-acted-on-was",
        ),
        pytest.param(
            "Soldiers detained three smugglers during a sweep for a cartel boss in "
            "Zurmat district, Paktika province.",
            "detained",
            "Zurmat",
            id="the-operation-it-happened-during",
        ),
        pytest.param(
            "In Marjah district, Helmand province, a mixed army and police convoy "
            "shot several gunmen on Tuesday.",
            "shot",
            "Marjah",
            id="the-place-its-sentence-opens-with",
        ),
    ],
)
def test_where_an_event_happened(text: str, trigger: str, place: str, finder: EntityFinder) -> None:
    assert Setting(text, finder).place(trigger) == place


def test_an_act_the_text_does_not_place_has_no_place(finder: EntityFinder) -> None:
    setting = Setting("In a statement, the Taliban condemned the strike.", finder)
    assert setting.place("condemned") is None
