"""A state's body named through its country: "Iran's Foreign Ministry", "Ivory Coast's
Supreme Court".

A body known only by a generic name (a ministry, a court, a parliament, an army) that
follows a country's possessive is that country's body, and the article names it with
the country: the mention takes the possessive in ("Iran's Foreign Ministry"), as
ANNOTATION.md asks for the most complete name; the country stays an entity of its own.
The bodies are the state sectors of ``org_sectors`` in ``data/titles.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.names import Mention, text_of, window_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dossier.lexicon import ActorLexicon

__all__ = ["with_possessive_country"]

STATE_SECTORS = ("GOV", "MIL", "LEG", "JUD")
POSSESSIVES = frozenset({"'s", "’s"})


def with_possessive_country(
    doc: Doc, mentions: list[Mention], lexicon: ActorLexicon
) -> list[Mention]:
    """``mentions`` with each state body after a country's possessive widened to it."""
    return [_widened(doc, m, mentions, lexicon) or m for m in mentions]


def _widened(
    doc: Doc, mention: Mention, mentions: list[Mention], lexicon: ActorLexicon
) -> Mention | None:
    if mention.label != "ORG" or mention.actor is not None or not _is_state_body(mention, lexicon):
        return None
    tokens = window_tokens(doc, mention.start, mention.end)
    if not tokens or tokens[0].i < 2 or tokens[0].nbor(-1).text not in POSSESSIVES:
        return None
    country = _country_mention(tokens[0].nbor(-2), mentions)
    if country is None:
        return None
    text = text_of(doc)[country.start : mention.end]
    return Mention(country.start, mention.end, text, "ORG", f"ORG:{text}", None, mention.sentence)


def _is_state_body(mention: Mention, lexicon: ActorLexicon) -> bool:
    """A name of capitalized words ending in a word for a state's body ("Supreme
    Court", "Foreign Ministry", "National Assembly")."""
    words = mention.text.split()
    if not all(w[:1].isupper() for w in words):
        return False
    return lexicon.org_sector(mention.text) in STATE_SECTORS


def _country_mention(token: Token, mentions: list[Mention]) -> Mention | None:
    for mention in mentions:
        if mention.start <= token.idx < mention.end and mention.label == "GPE":
            actor = mention.actor
            if actor is not None and actor.level == "country":
                return mention
    return None
