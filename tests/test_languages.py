"""Language of an article: plainly English prose is called English without the
identifier; everything else still gets the identifier's answer."""

from __future__ import annotations

import pytest

from dossier.languages import _language_identifier, detect_language, is_plainly_english

WIRE_STORY = (
    "The defence ministry said on Tuesday that its troops had withdrawn from two border "
    "posts after a week of shelling, and that talks with the rebels would resume in the "
    "capital. A spokesman for the rebels said they had not been told of the withdrawal "
    "and would wait for the mediators before they answered. "
)
PRESS_RELEASE = (
    "Coalition and Afghan forces detained three suspects during an operation in Kandahar "
    "province. The suspects are believed to have supplied weapons to insurgent cells. "
    "No civilians were harmed. Security forces found rifles, grenades and radios at a "
    "compound near the district centre. "
)
# Reports in other languages, written here; the German and Dutch ones carry words that
# are also English ("was", "an", "in", "is").
FOREIGN = {
    "fr": "Le gouvernement a annoncé mardi que les négociations avec les syndicats "
    "reprendraient la semaine prochaine à Lyon, après une longue interruption due aux "
    "grèves dans les transports publics de la région. ",
    "de": "Die Regierung hat am Dienstag angekündigt, dass die Gespräche mit den "
    "Gewerkschaften in der nächsten Woche in Hamburg fortgesetzt werden, nachdem man "
    "an den Streiks im Verkehr lange festgehalten hatte, was viele ärgerte. ",
    "nl": "De regering heeft dinsdag bekendgemaakt dat de onderhandelingen met de "
    "vakbonden volgende week in Utrecht worden hervat, nu de staking in het openbaar "
    "vervoer van de provincie is beëindigd. ",
    "tl": "Inanunsyo ng pamahalaan noong Martes na ipagpapatuloy ang pag-uusap sa mga "
    "kinatawan ng unyon sa susunod na linggo sa Cebu, at ang mga welga sa pampublikong "
    "sasakyan ay natapos na. ",
}


@pytest.mark.parametrize("text", [WIRE_STORY * 2, PRESS_RELEASE * 2])
def test_plain_english_is_english_without_asking_the_identifier(text: str) -> None:
    assert is_plainly_english(text)
    assert detect_language(text) == "en"
    language, _ = _language_identifier().classify(text)
    assert language == "en"  # the answer the identifier would have given


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_other_languages_are_still_asked_of_the_identifier(code: str) -> None:
    text = FOREIGN[code] * 3
    assert not is_plainly_english(text)
    assert detect_language(text) == code


def test_an_english_text_that_names_things_more_than_it_tells_is_still_identified() -> None:
    listing = "Kabul, Kandahar, Herat, Mazar-i-Sharif, Jalalabad, Kunduz, Ghazni. " * 8
    assert not is_plainly_english(listing)
    assert detect_language(WIRE_STORY + listing) == "en"
