"""A region named only as an actor is the body the article names for it (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from dossier.entities import EntityFinder
from dossier.nlp import load_pipeline


def aliases(finder: EntityFinder, text: str) -> dict[str, list[str]]:
    return {e.name: e.aliases for e in finder.find(load_pipeline()(text))}


@pytest.mark.parametrize(
    "text",
    [
        "The European Union criticized the duties. Europe then imposed tariffs on Mexican steel.",
        "The European Union and Canada met in Ottawa. Exporters urged an end to the wine "
        "dispute between Canada and Europe.",
        "Brazil signed a beef deal with the European Union. Europe's farmers' lobby said "
        "Europe's promises to them were broken.",
    ],
)
def test_europe_acting_is_the_european_union_the_article_names(
    text: str, finder: EntityFinder
) -> None:
    found = aliases(finder, text)
    assert "Europe" not in found
    assert "Europe" in found["European Union"]


@pytest.mark.parametrize(
    "text",
    [
        # named once as a place: the region stays a place
        "The European Union criticized the duties. Thousands of migrants reached Europe in "
        "May, and Europe tightened its borders.",
        # no body named: nothing to fold into
        "Europe then imposed tariffs on Mexican steel.",
    ],
)
def test_europe_stays_itself_as_a_place_or_with_no_union_named(
    text: str, finder: EntityFinder
) -> None:
    found = aliases(finder, text)
    assert "Europe" not in found.get("European Union", [])
