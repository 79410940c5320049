"""Cleaning scraped articles: junk out, header metadata recorded, glued words repaired.

The articles here are short, scraped-looking pages written for these tests; the
seed regression at the end reads ../shared/corpus/seeds (skipped when absent).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from dossier.clean import clean_text
from dossier.ingest import prepare_article, read_inputs
from dossier.models import Article, InputFailure, RawInput

# A page as a scraper saves it: render date, publication date, reading time, a
# photo caption, an agency tag, and the site's tail of related stories and prompts.
SCRAPED_PAGE = "\n".join(
    [
        "Today: 4 June 2024",
        "17 August 2022",
        "4 mins read",
        "",
        "Flood waters recede in Nangarhar villages",
        "",
        "Families in eastern Afghanistan began returning to their homes on Wednesday as flood "
        "waters that swept through several villages of Nangarhar province slowly drained away, "
        "local officials said.",
        "",
        "The floods destroyed orchards and washed away sections of the road to Jalalabad, and "
        "aid groups warned that wells in the area could be contaminated for weeks.",
        "",
        "Volunteers clear mud from a courtyard in the village of Kama on Tuesday. "
        "(Photo by Hamid Sultani/Eastern Lens)",
        "",
        "The provincial governor said emergency teams would distribute clean water and food "
        "parcels until the roads were repaired. (ANI)",
        "",
        "ALSO READ: Wheat harvest falls short in the east",
        "",
        "Previous Story",
        "",
        "Customs revenue rises at Torkham",
        "",
        "Next Story",
        "",
        "Teachers demand unpaid salaries",
        "",
        "Latest from -Top News",
        "",
        "Cricket team arrives for series in Sharjah",
        "",
        "The squad landed late on Sunday and will train for three days before the first match",
        "Go toTop",
        "",
        "Don't Miss",
        "",
        "Gold prices hit a new high in Kabul",
        "",
        "Please enter your comment!",
        "Please enter your name here",
        "",
    ]
)


@pytest.fixture(scope="module")
def page() -> Article:
    return prepare_article(
        RawInput(doc="flood.txt", source="flood.txt", raw=SCRAPED_PAGE, fmt="txt")
    )


def test_prose_of_a_scraped_page_is_kept(page: Article) -> None:
    assert page.text.startswith("Flood waters recede in Nangarhar villages\n")
    assert "Families in eastern Afghanistan began returning" in page.text
    assert "aid groups warned that wells in the area" in page.text
    assert page.text.endswith("until the roads were repaired.")
    assert page.title == "Flood waters recede in Nangarhar villages"
    assert page.language == "en"


@pytest.mark.parametrize(
    "junk",
    [
        "Please enter your comment",
        "Please enter your name",
        "Previous Story",
        "Customs revenue rises at Torkham",  # headline after "Previous Story"
        "Next Story",
        "Teachers demand unpaid salaries",
        "Latest from",
        "Cricket team arrives",
        "The squad landed late",
        "Go toTop",
        "Don't Miss",
        "Gold prices hit a new high",
        "ALSO READ",
        "Wheat harvest falls short",
        "(Photo by",
        "Hamid Sultani",
        "mins read",
        "Today:",
        "4 June 2024",
        "17 August 2022",  # the publication date line is metadata, not prose
        "(ANI)",
    ],
)
def test_page_junk_is_removed(page: Article, junk: str) -> None:
    assert junk not in page.text


def test_caption_keeps_its_sentence_and_credit_is_recorded(page: Article) -> None:
    assert "Volunteers clear mud from a courtyard in the village of Kama on Tuesday." in page.text
    assert page.credits == ("Hamid Sultani/Eastern Lens",)


def test_agency_tag_at_the_end_is_recorded(page: Article) -> None:
    assert page.agency == "ANI"


def test_render_date_is_never_the_publication_date(page: Article) -> None:
    # "Today: 4 June 2024" is when the page was saved; the line under it is the date.
    assert page.published == "2022-08-17"


def test_render_date_alone_gives_no_publication_date() -> None:
    text = (
        "Today: 4 June 2024\n\nThe water authority said on Monday that the new pumping "
        "station near the river would begin supplying the eastern districts next month."
    )
    assert clean_text(text).published is None


def test_tail_marker_inside_the_first_lines_does_not_cut_the_article() -> None:
    # A marker is only a page tail once real article text stands before it.
    text = (
        "Next Story\n\nThe council approved the budget for road repairs on Monday after a "
        "debate that lasted most of the afternoon, members said.\n\nWork is due to begin "
        "in the spring once the contracts have been signed by the ministry."
    )
    cleaned = clean_text(text)
    assert "Work is due to begin in the spring" in cleaned.text


def test_date_header_prefix_gives_published_and_keeps_the_first_letter() -> None:
    text = (
        " date 2021-09-09 Though the talks dragged on for hours, both delegations agreed "
        "to meet again in Doha before the end of the month.\n\nA second paragraph follows."
    )
    cleaned = clean_text(text)
    assert cleaned.published == "2021-09-09"
    assert cleaned.text.startswith("Though the talks dragged on for hours")
    assert "date 2021" not in cleaned.text


def test_dateline_with_desk_is_recorded_and_removed() -> None:
    text = (
        "*Islamabad (News Desk)* – The foreign office said on Monday that talks with "
        "Kabul on border trade would resume next week after a pause of several months."
    )
    cleaned = clean_text(text)
    assert cleaned.dateline == "Islamabad"
    assert cleaned.agencies == ["News Desk"]
    assert cleaned.text.startswith("The foreign office said on Monday")
    assert "News Desk" not in cleaned.text
    assert "*" not in cleaned.text


def test_wire_dateline_is_recorded_and_removed() -> None:
    text = (
        "KABUL (Reuters) - Banks in the Afghan capital limited cash withdrawals on Sunday "
        "as queues formed outside branches for a second day."
    )
    cleaned = clean_text(text)
    assert cleaned.dateline == "Kabul"
    assert cleaned.agencies == ["Reuters"]
    assert cleaned.text.startswith("Banks in the Afghan capital")


@pytest.mark.parametrize(
    ("text", "dateline", "agencies", "published", "body"),
    [
        pytest.param(
            "Pakistan shuts border crossing after clashes\n\nIslamabad, Sept 7, 2023 — Pakistan "
            "closed the main crossing on Wednesday after its troops exchanged fire.",
            "Islamabad",
            [],
            "2023-09-07",
            "Pakistan shuts border crossing after clashes\n\nPakistan closed the main crossing",
            id="dated-dateline-after-a-headline",
        ),
        pytest.param(
            "Council extends mission in Afghanistan\n\nNEW YORK: The Security Council on "
            "Thursday extended the political mission for a year.",
            "New York",
            [],
            None,
            "Council extends mission in Afghanistan\n\nThe Security Council on Thursday",
            id="capitalized-place-and-colon",
        ),
        pytest.param(
            "India pulls staff from Kandahar\n\nNew Delhi [India], July 11 (ANI): India on "
            "Sunday withdrew about 50 diplomats from its consulate in Kandahar.",
            "New Delhi",
            ["ANI"],
            None,
            "India pulls staff from Kandahar\n\nIndia on Sunday withdrew",
            id="agency-dateline-with-the-country-in-brackets",
        ),
        pytest.param(
            "2011-03-S-081\nISAF Joint Command - Afghanistan\nFor Immediate Release\n\n"
            "KABUL, Afghanistan (March 24, 2011)\nAn Afghan force detained two men in "
            "Samangan province today.",
            "Kabul",
            [],
            "2011-03-24",
            "2011-03-S-081\nISAF Joint Command - Afghanistan\n\nAn Afghan force detained",
            id="dateline-under-a-block-of-headings",
        ),
    ],
)
def test_datelines_after_headings_are_read_and_removed(
    text: str, dateline: str, agencies: list[str], published: str | None, body: str
) -> None:
    cleaned = clean_text(text)
    assert (cleaned.dateline, cleaned.agencies, cleaned.published) == (
        dateline,
        agencies,
        published,
    )
    assert cleaned.text.startswith(body)


@pytest.mark.parametrize(
    ("text", "dateline", "body"),
    [
        ("MOGADISHU, Somalia — The Somali army retook two towns from al-Shabab on Friday.",
         "Mogadishu", "The Somali army retook"),
        ("WASHINGTON — The State Department approved a sale of radars to Chile.",
         "Washington", "The State Department approved"),
        ("Lusaka, Zambia - Zambia and Malawi signed a rail accord on Tuesday.",
         "Lusaka", "Zambia and Malawi signed"),
    ],
)  # fmt: skip
def test_a_place_and_a_dash_with_no_agency_is_a_dateline(
    text: str, dateline: str, body: str
) -> None:
    """VOA's own style: no agency; without this "MOGADISHU" was read as an organization
    that did what the sentence tells."""
    cleaned = clean_text(text)
    assert cleaned.dateline == dateline
    assert cleaned.text.startswith(body)


@pytest.mark.parametrize(
    "text",
    [
        "Peru's Congress — its members divided — voted on Tuesday.",
        "The vote in Lima, Peru, was close.",
    ],
)
def test_a_sentence_with_a_dash_is_no_dateline(text: str) -> None:
    cleaned = clean_text(text)
    assert cleaned.dateline is None and cleaned.text == text


def test_a_paragraph_opening_with_update_is_no_dateline() -> None:
    update = clean_text("UPDATE: The Security Council extended the mission for another year.")
    assert update.dateline is None and update.text.startswith("UPDATE:")


def test_a_sentence_opening_with_a_place_and_a_comma_is_no_dateline() -> None:
    text = (
        "Kabul, the capital, was quiet on Monday.\n\n"
        "Shops reopened and traffic returned to the main roads."
    )
    cleaned = clean_text(text)
    assert cleaned.dateline is None and cleaned.text.startswith("Kabul, the capital, was quiet")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Analysts said the offer had both*good and bad*: sides.", "both good and bad: sides."),
        ("The envoy called it *a turning point* for the region.", "it a turning point for"),
        ("It was **very** clear to the delegates.", "It was very clear to the delegates."),
        ("*Security:* cooperation with the NRF could help.", "Security: cooperation with"),
    ],
)
def test_markdown_emphasis_is_removed_without_gluing_words(raw: str, expected: str) -> None:
    cleaned = clean_text(raw)
    assert expected in cleaned.text
    assert "*" not in cleaned.text


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        ("ResistanceFront", "Resistance Front"),
        ("strategicalliance", "strategic alliance"),
        ("opportunitiesand", "opportunities and"),
        ("August2021", "August 2021"),
        ("risein", "rise in"),
        ("securityexperts", "security experts"),
    ],
)
def test_glued_words_are_repaired(glued: str, repaired: str) -> None:
    text = f"Observers in the region pointed to the {glued} as a sign of what was to come."
    cleaned = clean_text(text)
    assert f"the {repaired} as a sign" in cleaned.text
    assert glued not in cleaned.text
    assert any(r.startswith(glued) for r in cleaned.repairs)


WORDS_AND_NAMES = [
    "Mamundzay",
    "Najafizada",
    "TOLOnews",
    "Jaishankar",
    "YouTube",
    "McDonald",
    "bookend",
    "ceasefire",
    "airbase",
    "warlord",
    "Panjshir",
    "Taliban",
    "Qureshi",
    "Khrenin",
    "iPhone",
    "LinkedIn",
    "Shoigu",
    "Dushanbe",
    "Akhundzada",
    "Baradar",
    "Zabihullah",
    "WhatsApp",
    "PayPal",
    "MacDonald",
    "DeSantis",
    "GitHub",
    "livestream",
    "handover",
    "counterterrorism",
    "peacekeepers",
    "airlift",
    "Kandahar",
    "Mazar-i-Sharif",
    "hardliners",
    "stakeholders",
]


@pytest.mark.parametrize("word", WORDS_AND_NAMES)
def test_real_words_and_names_are_never_split(word: str) -> None:
    text = f"Reporters asked about {word} again at the briefing in the capital on Tuesday."
    cleaned = clean_text(text)
    assert f"about {word} again" in cleaned.text
    assert cleaned.repairs == []


def test_text_without_a_date_has_no_publication_date() -> None:
    text = (
        "Aid agencies said on Thursday that food prices in the northern provinces had risen "
        "sharply since the autumn, and that many families were skipping meals."
    )
    cleaned = clean_text(text)
    assert cleaned.published is None
    today = date.today()
    # Never the current date, in any form, whatever day the test runs.
    for day in (today - timedelta(days=1), today, today + timedelta(days=1)):
        assert cleaned.published != day.isoformat()


def test_published_hint_from_the_container_is_kept() -> None:
    cleaned = clean_text("A short note about the weather in Herat.", published="2022-05-03")
    assert cleaned.published == "2022-05-03"


def test_non_english_text_is_not_repaired() -> None:
    # Glued-word repair judges tokens by English frequency: French words must survive it.
    french = (
        "Les autorités ont promis de distribuer du charbon aux familles les plus pauvres "
        "au cours des prochaines semaines, selon un communiqué publié mardi à Kaboul."
    )
    article = prepare_article(RawInput(doc="fr.txt", source="fr.txt", raw=french, fmt="txt"))
    assert article.language == "fr"
    assert "charbon" in article.text
    assert "prochaines semaines" in article.text
    assert article.repairs == ()


def test_line_endings_and_odd_spaces_are_normalised() -> None:
    raw = "Headline of a page saved on Windows\r\n\r\nFirst\u00a0paragraph of text.\u200b\r\n"
    cleaned = clean_text(raw)
    assert "\r" not in cleaned.text
    assert "\u00a0" not in cleaned.text
    assert "\u200b" not in cleaned.text
    assert "First paragraph of text." in cleaned.text


# --- regression on the shared seeds ------------------------------------------------

SEED_JUNK = [
    "Please enter your comment",
    "Previous Story",
    "Latest from",
    "Don't Miss",
    "Go toTop",
    "ALSO READ",
    "(Photo by",
    "mins read",
    "Today:",
    "*",
    "ResistanceFront",
    "strategicalliance",
    "opportunitiesand",
]

# Short phrases read from each seed: the prose that cleaning must keep.
SEED_PHRASES = {
    "000_866307f23ad64ce6.txt": [
        "Though the National Resistance Front of Afghanistan",
        "TOLOnews Director Lotfullah Najafizada",
        "great arsenal of democracy",
    ],
    "001_c29d056b64577a02.txt": [
        "Russian Defence Minister Sergei Shoigu",
        "Lieutenant General Viktor Khrenin",
        "imposition of will",
    ],
    "002_cdebc3741c9015b3.txt": [
        "Farid Mamundzay",
        "Fakhor Air Base",
        "at least 22 commandos",
    ],
    "003_46d9467508adc35c.txt": [
        "strong unity of approach",
        "Shah Mehmood Qureshi",
        "longest war beyond 20 years",
    ],
    "004_27428d1fc715a3ed.txt": [
        "National Resistance Front (NRF)",
        "strategic alliance with Pakistan",
        "opportunities and risks",
        "rise in terrorism",
        "in August 2021",
    ],
}


@pytest.fixture(scope="module")
def seeds(shared: Path) -> dict[str, Article]:
    articles = {}
    for item in read_inputs([str(shared / "corpus" / "seeds")]):
        assert not isinstance(item, InputFailure), str(item)
        articles[item.doc] = prepare_article(item)
    return articles


@pytest.fixture(scope="module")
def seeds_gold(shared: Path) -> dict[str, str | None]:
    lines = (shared / "gold" / "seeds.jsonl").read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return {r["doc"]: r.get("published") for r in records}


def test_all_five_seeds_are_read(seeds: dict[str, Article]) -> None:
    assert sorted(seeds) == sorted(SEED_PHRASES)


def test_seed_publication_dates_match_gold(
    seeds: dict[str, Article], seeds_gold: dict[str, str | None]
) -> None:
    assert seeds_gold, "gold file has no records"
    got = {doc: seeds[doc].published for doc in seeds_gold}
    assert got == seeds_gold


@pytest.mark.parametrize("doc", sorted(SEED_PHRASES))
def test_seed_is_clean_and_keeps_its_prose(seeds: dict[str, Article], doc: str) -> None:
    text = seeds[doc].text
    found = [junk for junk in SEED_JUNK if junk in text]
    assert found == []
    missing = [phrase for phrase in SEED_PHRASES[doc] if phrase not in text]
    assert missing == []
    assert seeds[doc].language == "en"


def test_seed_metadata_is_recorded_not_left_in_the_body(seeds: dict[str, Article]) -> None:
    russia = seeds["001_c29d056b64577a02.txt"]
    assert "ANI" in (russia.agency or "")
    assert russia.credits == ("Ajmal Kakar/Xinhua",)
    massoud = seeds["004_27428d1fc715a3ed.txt"]
    assert massoud.dateline == "Islamabad"
    assert massoud.agency == "News Desk"
    assert massoud.text.startswith("Ahmad Massoud")
