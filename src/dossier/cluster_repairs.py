"""Cluster repairs: what the whole article says about a name decides its entity.

spaCy types each mention alone; these passes read all of a name's mentions at once:
  - one name is one entity ("Zelgo said" / "on Zelgo" typed two ways),
  - a nickname or nom de guerre is an alias ("X, known in Hungary as Tomo"),
  - a one-word "person" never introduced as one is an organization or a place,
  - a head of state's residence is the building unless it acts for the office.
The words that decide are data (``data/actors.yaml``: ``place_followers``,
``buildings``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from dossier.lexicon import ActorLexicon, load_data, name_key
from dossier.names import Mention, title_before, window_tokens
from dossier.places import is_known_place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dossier.entities import Cluster


def token_before(doc: Doc, start: int) -> Token | None:
    """The token right before the one at character ``start``."""
    tokens = window_tokens(doc, start, start + 1)
    i = tokens[0].i - 1 if tokens else -1
    return doc[i] if i >= 0 else None


OTHER_NAME = re.compile(
    r",? (?:(?:also|better|widely|popularly) )?(?:known|nicknamed|dubbed|called)"
    r"(?: also)?(?: (?:in|to|by) [\w\s]{1,30}?)? as (?:the )?$"
    r"|,? (?:alias|aka|a\.k\.a\.|(?:by )?(?:the )?(?:nickname|nom de guerre|pseudonym)) (?:of )?$"
)


def merge_other_names(clusters: list[Cluster], text: str) -> list[Cluster]:
    """A nickname, nom de guerre or stage name is the same entity: "Marek Sild, known
    in Estonia as Kalev", "the rebel leader Ana Ruiz, alias Comandante Rosa", "Tomas
    Varga, nicknamed Tomo" (the pattern between the two names is ``OTHER_NAME``)."""
    owner = {id(m): c for c in clusters for m in c.mentions}
    mentions = sorted((m for c in clusters for m in c.mentions), key=lambda m: m.start)
    merged: set[int] = set()
    for n, first in enumerate(mentions):
        home = owner[id(first)]
        if home.label not in ("PERSON", "ORG"):
            continue
        for second in mentions[n + 1 : n + 3]:  # "known in [Hungary] as Tomo"
            other = owner[id(second)]
            between = text[first.end : second.start]
            if other is home or id(other) in merged or other.actor is not None:
                continue
            if between.count(",") > 1 or not OTHER_NAME.search(between):
                continue
            home.descriptions.extend(other.mentions)  # an alias, never the name
            if other.label == "PERSON" and home.actor is None:
                home.label = "PERSON"  # one of the two names was typed a person's
            merged.add(id(other))
            break
    return [c for c in clusters if id(c) not in merged]


@lru_cache(maxsize=1)
def place_followers() -> frozenset[str]:
    """Common nouns that make the name before them a place (``place_followers``)."""
    return frozenset(str(w).lower() for w in load_data("actors.yaml").get("place_followers", []))


@lru_cache(maxsize=1)
def building_names() -> frozenset[str]:
    """Buildings that also name the institution in them (``buildings``, actors.yaml)."""
    return frozenset(name_key(str(n)) for n in load_data("actors.yaml").get("buildings", []))


def retype_building(doc: Doc, cluster: Cluster, lexicon: ActorLexicon) -> None:
    """ "talks at the White House" names the building, a place; "the White House
    said", "the Kremlin's denial", "a White House spokesperson" the institution."""
    if cluster.label != "ORG" or not cluster.mentions:
        return
    names = {name_key(m.text.removeprefix("the ").removeprefix("The ")) for m in cluster.mentions}
    if not names <= building_names():
        return
    if any(mention_acts(doc, m, lexicon) for m in cluster.mentions):
        return
    cluster.label = "LOC"
    for mention in cluster.mentions:
        mention.label = "LOC"


def mention_acts(doc: Doc, mention: Mention, lexicon: ActorLexicon) -> bool:
    """Does the mention stand for someone acting: a subject, a possessor, an agent
    ("by the Kremlin"), or the body of a title ("a White House spokesperson")?"""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass", "poss") or (
        root.dep_ == "pobj" and root.head.lower_ == "by"
    ):
        return True
    return root.dep_ in ("compound", "nmod") and lexicon.is_title_word(root.head.text)


def merge_same_names(clusters: list[Cluster]) -> list[Cluster]:
    """One entity per name: spaCy may tag one name PERSON in one sentence and ORG in
    the next ("Zelgo said" / "on Zelgo"); the clusters of one name join under the
    type the actor list gives, else a place's if the gazetteer knows the name ("from
    Callao" / "in Callao"), else the type most of its mentions have."""
    groups: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        name = name_key(cluster.canonical()) if cluster.label != "NORP" else str(id(cluster))
        groups.setdefault(name, []).append(cluster)
    kept: list[Cluster] = []
    for group in groups.values():
        if len({c.actor.name for c in group if c.actor is not None}) > 1:
            kept.extend(group)
            continue
        home = max(group, key=home_rank)
        for other in group:
            if other is not home:
                absorb(home, other)
        kept.append(home)
    return kept


def home_rank(cluster: Cluster) -> tuple[bool, bool, int, int]:
    """Which of the clusters of one name keeps its type: known, a place, most named."""
    return (cluster.actor is not None, is_place(cluster), len(cluster.mentions), -cluster.first)


def is_place(cluster: Cluster) -> bool:
    """A place cluster whose name the gazetteer knows."""
    return cluster.label in ("GPE", "LOC") and is_known_place(cluster.canonical())


def absorb(home: Cluster, other: Cluster) -> None:
    """Move ``other``'s mentions and what was read of it into ``home``."""
    for mention in other.mentions:
        mention.label, mention.key = home.label, home.key
        home.mentions.append(mention)
    home.roles.extend(r for r in other.roles if r not in home.roles)
    home.countries.extend(other.countries)
    home.sectors.extend(other.sectors)


def retype_lone_word(
    doc: Doc, cluster: Cluster, lexicon: ActorLexicon, known_surnames: frozenset[str]
) -> None:
    """A "person" the article only ever names by one word, with no title, no given
    name and no role, is a place or an organization: news introduces people by their
    full name ("Ana Ruiz", then "Ruiz"), but names companies, apps, outlets and towns
    by one word ("posted it on Zelgo", "the town of Umbaro").  The known people of the
    actor list, by surname too ("the Biden administration"), keep their type; a place
    the gazetteer knows named after "in"/"from", or one named after a place noun
    ("the village of Umbaro"), becomes a place; the rest are organizations.  An
    organization named after a place noun is that place too."""
    if cluster.actor is not None or cluster.roles or cluster.label not in ("PERSON", "ORG"):
        return
    words = {m.text for m in cluster.mentions}
    if any(len(w.split()) > 1 or "-" in w for w in words) or words & known_surnames:
        return
    if any(title_before(doc, m.start, lexicon) is not None for m in cluster.mentions):
        return
    if cluster.label == "PERSON" and any(named_in_full(doc, w, lexicon) for w in words):
        return
    after_noun = any(after_place_noun(doc, m.start, lexicon) for m in cluster.mentions)
    if cluster.label == "ORG" and not after_noun:
        return
    known = cluster.label == "PERSON" and any(
        is_known_place(m.text) and after_place_preposition(doc, m.start) for m in cluster.mentions
    )
    label = "GPE" if after_noun or known else "ORG"
    cluster.label = label
    cluster.key = f"{label}:{cluster.key.partition(':')[2]}"
    for mention in cluster.mentions:
        mention.label = label
        mention.key = cluster.key


def named_in_full(doc: Doc, word: str, lexicon: ActorLexicon) -> bool:
    """Does the text use ``word`` after a given name somewhere ("Ana Ruiz"), which
    spaCy may have missed as a name?"""
    for token in doc:
        if token.text != word or token.i == 0:
            continue
        before = doc[token.i - 1]
        if (
            before.pos_ == "PROPN"
            and before.is_alpha
            and before.text[:1].isupper()
            and not lexicon.is_title_word(before.text)
            and before.lower_ not in lexicon.honorifics
            and lexicon.lookup(before.text) is None
            and lexicon.demonym_country(before.text) is None
        ):
            return True
    return False


PLACE_PREPOSITIONS = frozenset({"in", "from", "to", "near", "at", "outside", "around", "across"})


def after_place_preposition(doc: Doc, start: int) -> bool:
    """ "traders in Callao", "flew to Callao": a preposition of place before the name."""
    before = token_before(doc, start)
    return before is not None and before.lower_ in PLACE_PREPOSITIONS


def after_place_noun(doc: Doc, start: int, lexicon: ActorLexicon) -> bool:
    """ "the village of Umbaro", "the port city of Tarvo": a place noun and "of" before."""
    before = token_before(doc, start)
    if before is None or before.lower_ != "of" or before.i == 0:
        return False
    return doc[before.i - 1].lower_ in lexicon.place_nouns
