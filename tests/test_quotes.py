"""Quotes: direct and reported speech, speakers resolved, scare quotes left alone.

Every article here was written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from dossier.dates import find_dates
from dossier.entities import EntityFinder
from dossier.mentions import EntityIndex
from dossier.models import Entity, Quote
from dossier.nlp import load_pipeline, parse
from dossier.quotes import find_quotes, quoted_spans


def quotes_of(text: str, finder: EntityFinder, published: str | None = "2021-09-02") -> list[Quote]:
    (doc,) = parse(load_pipeline(), [text])
    found, _ = find_quotes(doc, finder.find(doc), find_dates(doc, published))
    return found


def direct(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.kind == "direct"]


def test_quote_after_the_speaker_and_split_by_an_attribution(finder: EntityFinder) -> None:
    text = (
        'Zabihullah Mujahid, the Taliban spokesman, said: "We want good relations with '
        'every country in the region." The talks would resume soon, he added. "Our '
        'delegation is ready to travel to Doha next week," he said, "and we expect the '
        'other side to come with a plan."'
    )
    quotes = direct(quotes_of(text, finder))
    assert [q.speaker for q in quotes] == ["Zabihullah Mujahid"] * 3
    assert quotes[1].text.startswith("Our delegation is ready")
    assert quotes[2].text.startswith("and we expect the other side")
    for quote in quotes:
        assert text[quote.span[0] : quote.span[1]] == quote.text


def test_inverted_attribution_and_title_speaker(finder: EntityFinder) -> None:
    text = (
        "US Secretary of State Antony Blinken arrived in Doha on Monday.\n\n"
        "“We will hold the Taliban to the commitments they have made to the world,” said "
        "the top US diplomat.\n\n"
        "“The evacuation was an extraordinary effort by our troops and our partners,” "
        "Blinken told reporters."
    )
    quotes = direct(quotes_of(text, finder))
    assert len(quotes) == 2
    assert all(q.speaker == "Antony Blinken" for q in quotes)
    assert quotes[1].cue == "told"


def test_a_quote_running_over_two_paragraphs_is_one_quote(finder: EntityFinder) -> None:
    text = (
        "Amrullah Saleh, who declared himself caretaker president, spoke from the valley. "
        "“We will not bow to the Taliban and we will not leave Panjshir. Our fighters "
        "hold every pass.\n\n"
        "“Nobody should believe the rumours that we have fled,” he said."
    )
    quotes = direct(quotes_of(text, finder))
    assert len(quotes) == 1
    assert "Our fighters hold every pass." in quotes[0].text
    assert quotes[0].text.endswith("that we have fled")
    assert quotes[0].speaker == "Amrullah Saleh"


def test_pronoun_speaker_is_resolved_never_left_as_a_pronoun(finder: EntityFinder) -> None:
    text = (
        "Pakistani Foreign Minister Shah Mehmood Qureshi met Chinese officials on Friday. "
        "“The world must not repeat the mistakes of the 1990s in Afghanistan,” he said."
    )
    (quote,) = direct(quotes_of(text, finder))
    assert quote.speaker == "Shah Mehmood Qureshi"
    assert quote.speaker_id is not None


def test_scare_quotes_are_not_quotes(finder: EntityFinder) -> None:
    text = (
        'The Taliban announced an "inclusive" government on Tuesday, and the "new era" '
        "began with a parade, but the NRF said it would fight on."
    )
    assert direct(quotes_of(text, finder)) == []


@pytest.mark.parametrize(
    ("text", "speaker", "report", "words"),
    [
        (
            'The NRF called the new cabinet "illegal" and said it would fight on.',
            "NRF",
            'the new cabinet "illegal',
            "illegal",
        ),
        (
            'Judge Marta Okoye described the ruling as "arbitrary." The appeal is due in May.',
            "Marta Okoye",
            'the ruling as "arbitrary',
            "arbitrary.",
        ),
        (
            'Governor Sarah Whitfield said she was "inclined" to sign the water bill.',
            "Sarah Whitfield",
            'she was "inclined" to sign the water bill',
            "inclined",
        ),
    ],
)
def test_a_speakers_words_quoted_inside_a_report_are_a_quote(
    finder: EntityFinder, text: str, speaker: str, report: str, words: str
) -> None:
    """ "called the cabinet "illegal"": the speaker's own word, reported and quoted,
    is both a report and a (short) direct quote, unlike a scare-quoted term."""
    quotes = quotes_of(text, finder)
    said = {(q.kind, q.text): q.speaker for q in quotes}
    assert said.get(("direct", words)) == speaker, said
    reports = [q for q in quotes if q.kind == "indirect" and q.text.startswith(report)]
    assert reports and reports[0].speaker == speaker, said


def test_a_report_framing_a_quote_is_a_report_too(finder: EntityFinder) -> None:
    text = (
        'Senator Paulo Reyes said the council is "a club that protects only its own '
        'members and answers to nobody."'
    )
    quotes = quotes_of(text, finder)
    kinds = {q.kind: q for q in quotes}
    assert kinds["direct"].text.startswith("a club that protects only its own members")
    assert kinds["indirect"].text.startswith("the council is")
    assert {q.speaker for q in quotes} == {"Paulo Reyes"}


def test_a_subject_the_parse_strands_in_an_opening_phrase_still_speaks(
    finder: EntityFinder,
) -> None:
    text = (
        "Underlining the importance of border talks in Oslo, Foreign Minister Ana Ruiz, "
        "at a joint press conference with Tomas Lee, spoke against the unilateral "
        "closure of the crossings while calling for restoring the ferry service."
    )
    reported = [q for q in quotes_of(text, finder) if q.kind == "indirect"]
    assert reported
    assert {q.speaker for q in reported} == {"Ana Ruiz"}


def test_indirect_speech_with_a_named_speaker(finder: EntityFinder) -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov said on Wednesday that Moscow had no "
        "plans to recognise the new government in Kabul. According to the Associated "
        "Press, dozens of families were still waiting at the airport gates. Local "
        "officials said the roads were closed."
    )
    quotes = quotes_of(text, finder, published="2021-09-09")
    reported = [q for q in quotes if q.kind == "indirect"]
    by_speaker = {q.speaker: q for q in reported}
    lavrov = by_speaker["Sergei Lavrov"]
    assert lavrov.text.startswith("Moscow had no plans")
    assert lavrov.date == "2021-09-08"
    assert by_speaker["Associated Press"].text.startswith("dozens of families")
    assert all(q.speaker is not None for q in reported)  # "local officials" is nobody


def test_someone_only_placed_somewhere_is_no_speaker_but_a_state_organ_there_is(
    finder: EntityFinder,
) -> None:
    text = (
        "Officials in Santiago said the border crossing would reopen on Friday. A judge "
        "in Lima ruled that the extradition could go ahead. The Chilean embassy in Lima "
        "said the two governments would meet again."
    )
    speakers = [q.speaker for q in quotes_of(text, finder)]
    assert "Santiago" not in speakers and "Lima" not in speakers  # no city speaks
    assert "Chile" in speakers


def test_a_second_speaker_set_against_the_first_ends_the_first_report(
    finder: EntityFinder,
) -> None:
    """ "…, while Lima called …": two speakers, two reports, none inside the other."""
    text = (
        "Quito said it opposed any change to the river border, while Lima called the "
        "Ecuadorian survey provocative."
    )
    by_speaker = {q.speaker: q.text for q in quotes_of(text, finder)}
    assert by_speaker["Ecuador"] == "it opposed any change to the river border", by_speaker
    assert by_speaker["Peru"].startswith("the Ecuadorian survey"), by_speaker


def test_a_definite_organ_speaks_for_the_state_whose_organ_was_named(
    finder: EntityFinder,
) -> None:
    """ "The ministry said …" after "Ghana's foreign ministry said …": Ghana, in a story
    that names Togo more often; a bare "the army" with no army named before is no one."""
    text = (
        "Ghana's foreign ministry said Togolese troops had crossed the border near Aflao. "
        "Togo denied it, and Togo's president called the charge absurd. \u201cWe have "
        "photographs of the soldiers,\u201d the ministry said. The army said the border "
        "was calm."
    )
    by_text = {q.text[:20]: q.speaker for q in quotes_of(text, finder)}
    assert by_text["We have photographs "] == "Ghana", by_text
    assert "the border was calm" not in {q.text for q in quotes_of(text, finder) if q.speaker}


def test_a_second_speakers_word_for_a_thing_is_not_the_first_speakers(
    finder: EntityFinder,
) -> None:
    """ "…, in a move Lima called illegal": Lima's words, not the navy's."""
    text = (
        "The Chilean navy said one of its frigates sailed through the disputed channel on "
        "Monday, in a move Lima called illegal."
    )
    quotes = quotes_of(text, finder)
    chile = [q.text for q in quotes if q.speaker == "Chile"]
    assert chile and not any("illegal" in t for t in chile), quotes


def test_urged_and_highlighted_report_their_content(finder: EntityFinder) -> None:
    text = (
        "The European Union urged the Taliban to reopen schools for girls. "
        "Josep Borrell highlighted the importance of humanitarian access in his statement."
    )
    reported = {q.speaker: q.text for q in quotes_of(text, finder) if q.kind == "indirect"}
    assert reported["European Union"] == "the Taliban to reopen schools for girls"
    assert reported["Josep Borrell"].startswith("the importance of humanitarian access")


def test_addressee_from_an_interview(finder: EntityFinder) -> None:
    text = (
        "In an interview with TOLOnews, Abdullah Abdullah said, “The door to talks "
        "must stay open for every Afghan.”"
    )
    (quote,) = direct(quotes_of(text, finder))
    assert quote.speaker == "Abdullah Abdullah"
    assert quote.addressee == "TOLOnews"


def test_unbalanced_marks_never_swallow_the_article() -> None:
    text = 'He said "this never closes.\n\nA second paragraph with no marks at all.\n\nThe end.'
    spans, warnings = quoted_spans(text, max_chars=4000)
    assert spans == []
    assert warnings and "never closes" in warnings[0]


def test_inch_marks_are_not_quotation_marks() -> None:
    text = 'Engineers laid a 12" pipe under the road, officials said.'
    spans, _ = quoted_spans(text, max_chars=4000)
    assert spans == []


def test_nested_single_quotes_stay_inside_the_quote() -> None:
    text = "“They called it ‘a new beginning’ but nothing changed,” she said."
    spans, _ = quoted_spans(text, max_chars=4000)
    assert len(spans) == 1
    assert "‘a new beginning’" in text[spans[0][0] : spans[0][1]]


def test_a_quote_whose_paragraph_break_was_lost_ends_where_the_next_opens(
    finder: EntityFinder,
) -> None:
    text = (
        "Ostland's debts make it open to pressure, noted analyst Tomas Brandt. “The loans are "
        "large. The terms are hard to meet. “The harbour matters to us because it lets us "
        "reach the north,” Brandt told reporters."
    )
    quotes = direct(quotes_of(text, finder))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("The loans are large. The terms are hard to meet.", "Tomas Brandt"),
        ("The harbour matters to us because it lets us reach the north", "Tomas Brandt"),
    ]


def test_an_overlong_quote_is_dropped_with_a_warning() -> None:
    text = '"' + "word " * 2000 + 'end," he said.'
    spans, warnings = quoted_spans(text, max_chars=4000)
    assert spans == [] and "too long" in warnings[0]


def test_five_hundred_quotes_in_one_article(finder: EntityFinder) -> None:
    text = "\n\n".join(
        f"“Convoy number {n} reached the northern border safely,” Mujahid said." for n in range(500)
    )
    quotes = direct(quotes_of(text, finder))
    assert len(quotes) == 500
    assert all(q.span[1] - q.span[0] < 80 for q in quotes)


def test_the_day_a_call_was_made_is_not_what_was_said(finder: EntityFinder) -> None:
    text = (
        "Amir Khan Muttaqi called his Pakistani counterpart on Friday. "
        "Malala Yousafzai spoke about girls' schooling at the summit."
    )
    said = {(q.speaker, q.text) for q in quotes_of(text, finder)}
    assert ("Amir Khan Muttaqi", "Friday") not in said
    assert ("Malala Yousafzai", "girls' schooling at the summit") in said


def test_he_is_the_sentence_before_s_subject_not_a_name_in_its_apposition(
    finder: EntityFinder,
) -> None:
    text = (
        "Ahmad Massoud, son of the late commander Ahmad Shah Massoud, called on Afghans to "
        "rise up against the Taliban. He denied that he had fled to Tajikistan."
    )
    quotes = quotes_of(text, finder)
    assert {(q.speaker, q.text) for q in quotes} == {
        ("Ahmad Massoud", "he had fled to Tajikistan")
    }  # "called on Afghans" reports no words


def test_what_a_document_says_is_a_quote_without_a_speaker(finder: EntityFinder) -> None:
    text = (
        "Lawmakers in Quito passed the measure on Monday. The new fisheries law says "
        'foreign trawlers must "request permission" before they enter national waters.'
    )
    quotes = quotes_of(text, finder)
    reported = [q for q in quotes if q.kind == "indirect"]
    assert reported and reported[0].text.startswith("foreign trawlers must")
    assert reported[0].speaker is None
    assert [q.text for q in direct(quotes)] == ["request permission"]


def test_a_speaker_named_by_title_only_speaks_for_the_body_first_named(
    finder: EntityFinder,
) -> None:
    text = (
        "A State Department spokesperson expressed sorrow over the deaths. "
        '"We are grieved by the news of the deaths," the spokesperson told reporters.'
    )
    quotes = direct(quotes_of(text, finder))
    assert quotes and quotes[0].speaker is not None
    assert "State Department" in quotes[0].speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Lima rejected the claim. "The report is false," the Peruvian foreign ministry said.',
         "Peru"),
        ('"The border stays closed," a Kenyan police spokesman told reporters on Monday.',
         "Kenya"),
        ('"Our ships were on routine patrol," the Chinese embassy in Manila said.', "China"),
    ],
)  # fmt: skip
def test_an_organ_of_a_state_named_by_its_nationality_speaks_for_the_state(
    text: str, speaker: str, finder: EntityFinder
) -> None:
    quotes = direct(quotes_of(text, finder))
    assert [q.speaker for q in quotes] == [speaker]


def test_a_title_the_parse_splits_from_the_name_after_it_speaks_as_the_person(
    finder: EntityFinder,
) -> None:
    text = (
        "China's foreign ministry spokesperson Mao Ning urged the Philippines to "
        '"stop making provocations."'
    )
    assert {q.speaker for q in quotes_of(text, finder)} == {"Mao Ning"}


def test_an_official_named_only_by_nationality_is_no_speaker(finder: EntityFinder) -> None:
    text = '"The border stays closed," a Kenyan official told reporters on Monday.'
    assert [q.speaker for q in direct(quotes_of(text, finder))] == [None]


def test_a_speaker_untagged_at_the_cue_is_found_by_the_name_used_elsewhere() -> None:
    """The model tags a surname in one sentence and not in another: the cue's subject
    still names the person, by the alias the entity stage collected."""
    text = (
        "Economist Rik Vermaelen studies the chip trade. Vermaelen has warned before. "
        "\u201cYou can do a lot with clever code,\u201d Vermaelen said."
    )
    full = text.index("Rik Vermaelen")
    second = text.index("Vermaelen has")
    person = Entity(
        id="e1",
        name="Rik Vermaelen",
        type="PERSON",
        aliases=["Rik Vermaelen", "Vermaelen"],
        mentions=[(full, full + 13), (second, second + 9)],
    )
    (doc,) = parse(load_pipeline(), [text])
    found, _ = find_quotes(doc, [person], find_dates(doc, "2024-03-01"))
    quote = next(q for q in found if q.kind == "direct")
    assert quote.text == "You can do a lot with clever code"
    assert quote.speaker == "Rik Vermaelen"


def test_a_speaker_after_a_description_in_an_inverted_attribution_the_parse_broke() -> None:
    """'"…," said trade expert Mira Holt of Oslo's Kadir Has Institute': the small
    model sometimes reads "Has" as a verb and hangs the name on the institution, so the
    cue has no subject; the person named right after the description still speaks."""
    words = ['"', "Prices", "will", "rise", ",", '"', "said", "trade", "expert", "Mira", "Holt"]
    words += ["of", "Oslo", "'s", "Kadir", "Has", "Institute", "."]
    spaces = [False, True, True, False, False, True, True, True, True, True, True]
    spaces += [True, False, True, True, True, False, False]
    pos = ["PUNCT", "NOUN", "AUX", "VERB", "PUNCT", "PUNCT", "VERB", "NOUN", "NOUN", "PROPN"]
    pos += ["PROPN", "ADP", "PROPN", "PART", "PROPN", "VERB", "PROPN", "PUNCT"]
    heads = [6, 3, 3, 6, 6, 6, 6, 8, 10, 10, 14, 10, 11, 12, 15, 6, 15, 6]
    deps = ["punct", "nsubj", "aux", "ccomp", "punct", "punct", "ROOT", "compound", "compound"]
    deps += ["compound", "poss", "prep", "pobj", "case", "nsubj", "conj", "dobj", "punct"]
    lemmas = [{"said": "say", "will": "will", "rise": "rise"}.get(w, w.lower()) for w in words]
    doc = Doc(load_pipeline().vocab, words, spaces, pos=pos, heads=heads, deps=deps, lemmas=lemmas)
    start = doc.text.index("Mira Holt")
    person = Entity(
        id="e1",
        name="Mira Holt",
        type="PERSON",
        aliases=["Mira Holt"],
        mentions=[(start, start + 9)],
    )
    found, _ = find_quotes(doc, [person], [])
    assert [(q.text, q.speaker) for q in found if q.kind == "direct"] == [
        ("Prices will rise", "Mira Holt")
    ]


def test_a_surname_the_tagger_reads_as_a_common_noun_still_names_its_entity() -> None:
    words = ["Vermaelen", "said", "so", "."]
    doc = Doc(
        load_pipeline().vocab,
        words,
        [True, True, False, False],
        pos=["NOUN", "VERB", "ADV", "PUNCT"],
        heads=[1, 1, 1, 1],
        deps=["nsubj", "ROOT", "advmod", "punct"],
    )
    person = Entity(id="e1", name="Rik Vermaelen", type="PERSON", aliases=["Vermaelen"])
    other = Entity(id="e2", name="Ann Vermaelen", type="PERSON", aliases=["Ann Vermaelen"])
    index = EntityIndex([person, other], [])
    assert index.named_by_alias(doc[0]) is person
    assert index.named_by_alias(doc[2]) is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Publisher Viktor Halvorsen has been held without trial since 2022. His son, Emil "
            "Halvorsen, flew to Geneva to plead for his release. Halvorsen denies all charges. "
            '"My father is still fighting, and he will not give up," the younger Halvorsen '
            "said on Tuesday.",
            "Emil Halvorsen",
        ),
        (
            "Coach Dara Mensah built the club from nothing. Her nephew, Kofi Mensah, took over "
            "the youth team. Mensah still attends every match. \u201cI learned everything from "
            "the pitch, not from books,\u201d the elder Mensah told reporters.",
            "Dara Mensah",
        ),
    ],
)
def test_a_modifier_that_sets_apart_two_namesakes_names_the_right_one(
    finder: EntityFinder, text: str, speaker: str
) -> None:
    quotes = direct(quotes_of(text, finder))
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Prosecutors rested their case against Dmitri Kolesov on Monday. Kolesov's "
            "lawyer, Helen Marsh, said the evidence would not show that her client planned "
            "the theft.",
            "Helen Marsh",
        ),
        (
            "The hearing lasted six hours. The defendant's brother, Yusuf Demir, told "
            "reporters the family had lost hope in the courts.",
            "Yusuf Demir",
        ),
    ],
)
def test_a_described_subject_speaks_as_the_name_in_apposition(
    finder: EntityFinder, text: str, speaker: str
) -> None:
    quotes = quotes_of(text, finder)
    assert [q.speaker for q in quotes if q.kind == "indirect"] == [speaker]


def test_titles_of_books_and_films_in_quotation_marks_are_not_quotes(
    finder: EntityFinder,
) -> None:
    text = (
        'Leyla Ansari, a poet, said her memoir "The Last River: A Story of Exile" was '
        'pulled from shops, along with her collection "Silent Fields Under Snow." '
        '"They fear what a woman writes more than what a soldier does," Ansari said.'
    )
    quotes = direct(quotes_of(text, finder))
    assert [q.text for q in quotes] == [
        "They fear what a woman writes more than what a soldier does"
    ]
    assert (quotes[0].speaker or "").endswith("Ansari")


def reports(quotes: list[Quote]) -> dict[str, str | None]:
    return {q.text: q.speaker for q in quotes if q.kind == "indirect"}


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Political analyst Tomas Varga thinks the timing of the vote is important for the "
            "coalition.",
            "the timing of the vote is important for the coalition",
            "Tomas Varga",
        ),
        (
            "Union leader Hanna Berg expects few workers will return before the harvest ends.",
            "few workers will return before the harvest ends",
            "Hanna Berg",
        ),
        (
            "Writer Karim Haddad sees the closure of the library as part of a wider campaign "
            "against dissent.",
            "the closure of the library as part of a wider campaign against dissent",
            "Karim Haddad",
        ),
    ],
)
def test_a_view_a_named_source_states_is_reported_speech(
    finder: EntityFinder, text: str, content: str, speaker: str
) -> None:
    assert reports(quotes_of(text, finder)).get(content) == speaker


def test_the_clause_before_according_to_is_what_the_source_said(finder: EntityFinder) -> None:
    text = (
        "The bridge on the northern route is almost impassable, according to Lena Okafor, "
        "who said that most farmers would use the river instead. Prices at the port of "
        "Velta rose by a third in March, according to the Velta Traders Association."
    )
    found = reports(quotes_of(text, finder))
    assert found.get("The bridge on the northern route is almost impassable") == "Lena Okafor"
    assert found.get("most farmers would use the river instead") == "Lena Okafor"
    assert found.get("Prices at the port of Velta rose by a third in March") == (
        "Velta Traders Association"
    )


def test_two_speakers_joined_by_while_are_two_reports(finder: EntityFinder) -> None:
    text = (
        "Okafor's lawyer, Mark Dillon, said the evidence was thin, while the prosecutor, "
        "Ruth Amsel, said the records would show a clear plan."
    )
    found = reports(quotes_of(text, finder))
    assert found.get("the evidence was thin") == "Mark Dillon"
    assert found.get("the records would show a clear plan") == "Ruth Amsel"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry spokesman said he could not say when the clinics would reopen.",
        "Whether the council views the plan as a threat remains to be seen.",
        "The mayor said the city expected the rail union to end the strike by Friday.",
        "No passengers were hurt, according to airport officials.",
    ],
)
def test_what_nobody_named_asserted_is_no_report(finder: EntityFinder, text: str) -> None:
    found = reports(quotes_of(text, finder))
    assert not any(
        phrase in content
        for content in found
        for phrase in ("when the clinics", "the plan as a threat", "union to end", "No passengers")
    ), found


def test_people_no_one_names_are_no_speakers(finder: EntityFinder) -> None:
    text = (
        "Two Norwegian defense officials told reporters on Wednesday that 40 detainees were "
        "flown to Bergen. The officials, who asked not to be named because they were not "
        "allowed to discuss the operation, said the detainees travelled on a chartered "
        "airliner. Foreign Minister Ana Ruiz said the detainees were safe."
    )
    found = reports(quotes_of(text, finder))
    assert found == {"the detainees were safe": "Ana Ruiz"}


def test_officials_of_a_named_body_speak_for_it(finder: EntityFinder) -> None:
    text = "Velta Council officials have said the new levies will target imported steel."
    found = reports(quotes_of(text, finder))
    assert found.get("the new levies will target imported steel") == "Velta Council"


def test_an_attribution_set_into_the_sentence_reports_both_sides(finder: EntityFinder) -> None:
    text = (
        "Okafor's health was better while she was at home, Lena Marsh said, but now her "
        "lawyers are worried about the cell she returned to."
    )
    found = reports(quotes_of(text, finder))
    assert found.get("Okafor's health was better while she was at home") == "Lena Marsh"
    assert found.get("now her lawyers are worried about the cell she returned to") == "Lena Marsh"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The islands were run from Velta, which argues it was forced to give them up in 1968.",
            "it was forced to give them up in 1968",
            "Velta",
        ),
        (
            "The Geneva Panel on Fair Trials has also determined that Okafor's detention is "
            "arbitrary.",
            "Okafor's detention is arbitrary",
            "Geneva Panel on Fair Trials",
        ),
    ],
)
def test_findings_and_relative_clauses_report_speech(
    finder: EntityFinder, text: str, content: str, speaker: str
) -> None:
    assert reports(quotes_of(text, finder)).get(content) == speaker


def test_a_name_apposed_to_an_according_to_source_is_the_speaker_not_the_quote() -> None:
    from dossier.api import extract_text

    text = (
        "According to the Kenyan police spokesman, Resila Onyango, the suspects were armed "
        "with rifles when they were stopped."
    )
    quotes = extract_text(text).quotes
    assert [(q.speaker, q.text[:21]) for q in quotes] == [
        ("Resila Onyango", "the suspects were arm")
    ]


def test_an_anonymous_official_is_not_a_minister_named_later() -> None:
    """ "The minister, who spoke on condition of anonymity, …": no one named before it
    holds the title, so the description is no one (not the minister named after it)."""
    from dossier.api import extract_text

    text = (
        "The minister, who spoke on condition of anonymity, said the budget would be cut. "
        "Finance Minister Daniel Mwangi later told parliament the plan was still open."
    )
    speakers = {q.text[:14]: q.speaker for q in extract_text(text).quotes}
    assert speakers.get("the budget wou") != "Daniel Mwangi"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Even though judges appointed by the junta are likely to find Mara Osei guilty, "
            "her lawyer Tomas Brandt argued that an appeal could still succeed.",
            "Mara Osei guilty",
        ),
        (
            "Velta's foreign ministry is wary of the talks. It is hard for Velta to predict "
            "how President Halvorsen will answer the offer.",
            "how President Halvorsen",
        ),
        (
            "The Velta government is going all out to encourage chip makers to build plants "
            "near the capital.",
            "chip makers",
        ),
        (
            "Mara Osei's case underscores a wider pattern of long pretrial detention for "
            "reporters in the region.",
            "a wider pattern",
        ),
        (
            "The Ostland Navy postponed the drill, citing senior defense sources.",
            "senior defense sources",
        ),
    ],
)
def test_forecasts_and_things_that_show_report_no_speech(
    finder: EntityFinder, text: str, phrase: str
) -> None:
    found = reports(quotes_of(text, finder))
    assert not any(content.startswith(phrase) for content in found), found


def test_a_speaker_who_went_on_to_say_still_speaks(finder: EntityFinder) -> None:
    text = (
        "Foreign Minister Ana Ruiz welcomed the truce and went on to say that the border "
        "crossings would reopen next week."
    )
    found = reports(quotes_of(text, finder))
    assert found.get("the border crossings would reopen next week") == "Ana Ruiz", found


def test_a_word_or_two_after_a_speech_verb_is_no_report(finder: EntityFinder) -> None:
    text = (
        "Health Minister Ana Ruiz expressed concern on Tuesday. The Velta Ferry Company "
        "cancelled the crossing, citing the storm. Ruiz said the harbour would stay closed."
    )
    found = reports(quotes_of(text, finder))
    assert found == {"the harbour would stay closed": "Ana Ruiz"}, found


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The Union Front had pledged last year that the schools would reopen once new "
            "teachers were hired.",
            "the schools would reopen once new teachers were hired",
            "Union Front",
        ),
        (
            "The Velta Council on Monday adopted a resolution demanding that the border region "
            "not be used to shelter armed groups.",
            "the border region not be used to shelter armed groups",
            "Velta Council",
        ),
    ],
)
def test_a_pledge_or_a_demand_reports_its_that_clause(
    finder: EntityFinder, text: str, content: str, speaker: str
) -> None:
    assert reports(quotes_of(text, finder)).get(content) == speaker


def test_a_name_in_the_subjects_relative_clause_is_not_the_speaker(finder: EntityFinder) -> None:
    text = (
        "Ostland protested to Velta on Sunday. The government, which believed the boats were "
        "run by the Velta Navy, demanded that they leave the reef at once."
    )
    found = reports(quotes_of(text, finder))
    assert "Velta Navy" not in found.values(), found


def test_an_attribution_set_in_before_the_clause_reports_the_clause(
    finder: EntityFinder,
) -> None:
    text = (
        "Analyst Tomas Brandt has studied the treaty for years. Still, Brandt says, opinions "
        "on the treaty remain sharply divided."
    )
    found = reports(quotes_of(text, finder))
    assert found.get("opinions on the treaty remain sharply divided") == "Tomas Brandt", found


def test_reports_no_one_names_are_no_document(finder: EntityFinder) -> None:
    text = (
        "If the court frees him, reports say, the former minister plans to return to Velta. "
        "Local reports said his family had sold their house. "
        "The new charter says every province must hold elections within a year."
    )
    found = reports(quotes_of(text, finder))
    assert found == {"every province must hold elections within a year": None}, found


def test_a_countrys_leader_speaks_as_the_person_not_the_country(finder: EntityFinder) -> None:
    text = (
        "Velta President Mara Osei attacked the Daily Ledger on Friday for opposing her budget. "
        "The Velta leader said the newspaper had no idea what it was doing."
    )
    found = reports(quotes_of(text, finder))
    assert found.get("the newspaper had no idea what it was doing") == "Mara Osei", found


def test_a_leader_named_by_the_given_name_alone_still_speaks(finder: EntityFinder) -> None:
    text = (
        "Prime Minister Tadesse Worku signed the truce in Nairobi on Wednesday. Rebel "
        "commanders said they would hand over their heavy weapons within a month. Tadesse "
        "said his government would carry out the agreement in full."
    )
    found = reports(quotes_of(text, finder))
    content = "his government would carry out the agreement in full"
    assert found.get(content) == "Tadesse Worku", found


def test_the_cue_verbs_are_every_verb_of_saying_asking_calling_and_speaking() -> None:
    """``cues`` is made once with the lexicon, not at every question about a verb."""
    from dossier.speech_words import speech_lexicon

    lexicon = speech_lexicon()
    assert lexicon.cues == (
        lexicon.say
        | lexicon.say_object
        | lexicon.say_request
        | lexicon.say_as
        | lexicon.quoting
        | lexicon.speak_verbs
    )
    assert {"say", "urge", "call"} <= lexicon.cues
