"""Headlines and subheads, which the event coder leaves to the body (sentences written here)."""

from __future__ import annotations

from dossier.headings import heading_spans


def test_a_headline_ending_in_a_quoted_phrase_is_a_headline() -> None:
    text = "Peru rejects Chile's fishing pact as 'null and void'\n\nLIMA — Peru rejected the pact."
    assert heading_spans(text) == [(0, text.index("\n"))]


def test_a_paragraph_ending_in_a_quoted_sentence_is_no_headline() -> None:
    text = 'Intro line\n\nThe minister said: "We will not sign."\n\nMore text follows here.'
    assert (text.index("The"), text.index('."') + 2) not in heading_spans(text)
