"""Entity clusters: the mentions of one entity, and how clusters merge.

A ``Cluster`` gathers every mention of one entity; ``cluster_mentions`` groups
mentions by key, folds short forms into long ones ("Blinken" into "Antony
Blinken", "Homeland Security" into "Department of Homeland Security"), acronyms
into the names they abbreviate, and place variants into one place ("Chagos
Islands", "Chagos Archipelago").  ``entity_country`` and ``entity_sector`` read a
cluster's country and sector from its known actor, its name and its roles.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from dossier.entity_groups import group_country, group_sector
from dossier.lexicon import Actor, ActorLexicon, demonym_country, load_lexicon, name_key
from dossier.models import Entity, Role, Span
from dossier.names import CONNECTORS, Mention, place_stem

__all__ = [
    "ATTACHED_PARTICLES",
    "CLUSTERS_KEY",
    "Cluster",
    "NamedClusters",
    "best_home",
    "canonical_words",
    "cluster_mentions",
    "entity_country",
    "entity_sector",
    "initials",
    "mentions_and_aliases",
    "merge_acronyms",
    "merge_place_variants",
    "merge_short_forms",
    "org_country",
    "org_sector",
    "particle_free",
    "shortens",
    "strip_bodies",
    "without_honorific",
]


@dataclass(slots=True)
class Cluster:
    key: str
    label: str
    mentions: list[Mention] = field(default_factory=list)
    actor: Actor | None = None
    roles: list[Role] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    descriptions: list[Mention] = field(default_factory=list)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)

    def canonical(self) -> str:
        """The known actor's name for countries and places; otherwise the fullest name
        the text uses (ANNOTATION.md: "the most complete proper name"), so that an
        article that only says "ISIS-K" names the group "ISIS-K".  The known name
        stays an alias (``Entity.aliases``), which is what links it across articles.
        A name from the user's actor file always wins."""
        names = [m.text for m in self.mentions]
        if self.actor is not None and self.label != "PERSON":
            known = name_key(self.actor.name)
            if self.label != "ORG" or self.actor.pinned or any(name_key(n) == known for n in names):
                return self.actor.name
        if self.label == "PERSON":
            names = [without_honorific(n) for n in names]
        return max(names, key=lambda n: (len(n.split()), len(n)))


CLUSTERS_KEY = "dossier_clusters"  # where the entity stage leaves its clusters on the Doc


@dataclass(slots=True)
class NamedClusters:
    """The entity stage's clusters, in the order it made them, each with the entity
    made of it: left on the Doc for the coreference stage, which links descriptions
    to them."""

    lexicon: ActorLexicon
    clusters: list[Cluster]
    entities: dict[int, Entity]  # id(cluster) → its entity


def mentions_and_aliases(cluster: Cluster) -> tuple[list[Span], list[str]]:
    """An entity's mention spans and aliases: its names, then its descriptions, then
    the known actor's name."""
    name = cluster.canonical()
    mentions = sorted({(m.start, m.end) for m in (*cluster.mentions, *cluster.descriptions)})
    known = [cluster.actor.name] if cluster.actor is not None else []
    aliases = list(
        dict.fromkeys(
            [
                name,
                *(m.text for m in cluster.mentions),
                *(m.text for m in cluster.descriptions),
                *known,
            ]
        )
    )
    return mentions, aliases


def without_honorific(name: str) -> str:
    """ "Mullah Abdul Ghani Baradar" → "Abdul Ghani Baradar" (the honorific stays an alias)."""
    first, _, rest = name.partition(" ")
    honorifics = load_lexicon().honorifics
    return rest if rest and first.lower().rstrip(".") in honorifics else name


def strip_bodies(words: str, inside: list[tuple[Mention, Cluster]], lexicon: ActorLexicon) -> str:
    """The bare title: a run minus the countries, demonyms and organizations in it."""
    text = words
    for mention, _ in sorted(inside, key=lambda mc: -len(mc[0].text)):
        text = text.replace(mention.text, " ")
    text = re.sub(r"\([^)]*\)", " ", text)
    kept = [w for w in text.split() if not (lexicon.demonym_country(w) or demonym_country(w))]
    while kept and kept[-1].lower() in CONNECTORS | {"the"}:
        kept.pop()
    while kept and kept[0].lower() in CONNECTORS | {"the", "'s", "’s"}:
        kept.pop(0)
    return re.sub(r"\s+(['’]s)\b", r"\1", " ".join(kept)).strip(" ,")


def cluster_mentions(mentions: list[Mention], text: str) -> list[Cluster]:
    """Group mentions: same key, then surnames, acronyms and "X of Y" long forms."""
    clusters: dict[str, Cluster] = {}
    for mention in mentions:
        cluster = clusters.setdefault(
            mention.key, Cluster(key=mention.key, label=mention.label, actor=mention.actor)
        )
        cluster.mentions.append(mention)
    merged = list(clusters.values())
    merged = merge_short_forms(merged)
    merged = merge_acronyms(merged, text)
    return merge_place_variants(merged)


def merge_place_variants(clusters: list[Cluster]) -> list[Cluster]:
    """One place under its variants: "Chagos Islands" and "Chagos Archipelago",
    "Guantanamo" and "Guantanamo Bay", "Zamfara State" and "Zamfara"."""
    homes: dict[str, Cluster] = {}
    kept: list[Cluster] = []
    lexicon = load_lexicon()
    for cluster in sorted(clusters, key=lambda c: -len(c.canonical().split())):
        stem = place_stem(cluster.canonical(), lexicon)
        country = cluster.actor is not None and cluster.actor.level == "country"
        if cluster.label not in ("GPE", "LOC") or not stem or country:
            kept.append(cluster)
            continue
        home = homes.get(stem)
        if home is None:
            homes[stem] = cluster
            kept.append(cluster)
            continue
        home.mentions.extend(cluster.mentions)
        home.actor = home.actor or cluster.actor
    return kept


def merge_short_forms(clusters: list[Cluster]) -> list[Cluster]:
    """Fold "Blinken" into "Antony Blinken", "National Resistance Front" into "… of Afghanistan".

    A one-word name shared by several people ("Ghani": Ashraf Ghani, Abdul Ghani
    Baradar) goes, mention by mention, to the person whose surname it is, and among
    those to the more prominent one (named more often, then first).
    """
    by_length = sorted(clusters, key=lambda c: -len(c.canonical().split()))
    kept: list[Cluster] = []
    named: dict[int, list[str]] = {}  # a kept cluster's canonical words, again once it grows
    for cluster in by_length:
        words = canonical_words(cluster)
        homes = [other for other in kept if shortens(cluster, other, words, named[id(other)])]
        if not homes:
            kept.append(cluster)
            named[id(cluster)] = words
            continue
        for mention in cluster.mentions:
            home = best_home(mention, homes)
            mention.label = home.label
            home.mentions.append(mention)
            home.actor = home.actor or cluster.actor
        named.update((id(home), canonical_words(home)) for home in homes)
    return kept


def best_home(mention: Mention, homes: list[Cluster]) -> Cluster:
    word = mention.text.lower()

    def rank(home: Cluster) -> tuple[int, int, int]:
        surname = home.canonical().lower().split()[-1] == word
        # The more prominent namesake: named more often, then named first.
        return (1 if surname else 0, len(home.mentions), -home.first)

    return max(homes, key=rank)


def shortens(
    short: Cluster,
    long: Cluster,
    words: list[str] | None = None,
    long_words: list[str] | None = None,
) -> bool:
    """Is ``short`` a shorter way of naming ``long`` (a surname; "X" for "X of Y")?
    ``words`` and ``long_words``: their ``canonical_words`` when the caller has them."""
    if short.actor is not None and long.actor is not None:
        return False
    words = canonical_words(short) if words is None else words
    long_words = canonical_words(long) if long_words is None else long_words
    if len(words) >= len(long_words):
        return False
    if (
        long.label == "PERSON"
        and len(words) == 1
        and (short.label == "PERSON" or short.actor is None)
    ):
        return words[0] in long_words or words[0] in {particle_free(w) for w in long_words}
    if short.label == long.label == "PERSON" and len(words) >= 2:
        return long_words[-len(words) :] == words  # "Abdel Bari" for "Naser Eldin Abdel Bari"
    if short.label == long.label == "ORG":
        if len(words) >= 2 and long_words[-len(words) :] == words:
            return True  # "Homeland Security" for "Department of Homeland Security"
        return long_words[: len(words)] == words and long_words[len(words)] == "of"
    return False


def canonical_words(cluster: Cluster) -> list[str]:
    """The lowercased words of the cluster's canonical name."""
    return cluster.canonical().lower().split()


ATTACHED_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "ul", "bin"})


def particle_free(word: str) -> str:
    """ "al-zawahiri" → "zawahiri": the surname without an attached article particle."""
    head, dash, rest = word.partition("-")
    return rest if dash and head in ATTACHED_PARTICLES else word


def initials(name: str) -> str:
    parts = re.split(r"[\s\-]+", name)
    return "".join(p[0] for p in parts if p and p[0].isupper())


def merge_acronyms(clusters: list[Cluster], text: str) -> list[Cluster]:
    """Fold an acronym into the name it abbreviates: defined "Name (ACR)" or "ACR (Name)",
    or by initials."""
    acronyms = [c for c in clusters if re.fullmatch(r"[A-Z]{2,6}", c.canonical())]
    for acronym in acronyms:
        if not acronym.mentions:  # already folded into another acronym's name
            continue
        letters = acronym.canonical()
        for other in clusters:
            if other is acronym or not other.mentions or other.label not in ("ORG", "GPE", "LOC"):
                continue
            names = {m.text for m in other.mentions} | {other.canonical()}
            defined = any(f"{n} ({letters})" in text or f"{letters} ({n})" in text for n in names)
            if defined or any(initials(n) == letters for n in names if " " in n or "-" in n):
                other.mentions.extend(acronym.mentions)
                other.actor = other.actor or acronym.actor
                acronym.mentions = []
                break
    return [c for c in clusters if c.mentions]


def org_country(cluster: Cluster, lexicon: ActorLexicon) -> str | None:
    if cluster.actor is not None and cluster.actor.country:
        return cluster.actor.country
    for word in re.findall(r"[\w.’']+", cluster.canonical()):
        code = lexicon.demonym_country(word)
        if code is None:
            found = lexicon.lookup(word)
            code = found.country if found is not None and found.level == "country" else None
        if code:
            return code
    return group_country(cluster.canonical(), lexicon)


def org_sector(cluster: Cluster, lexicon: ActorLexicon) -> str | None:
    if cluster.actor is not None and cluster.actor.sector:
        return cluster.actor.sector
    return lexicon.org_sector(cluster.canonical()) or group_sector(cluster.canonical())


def entity_country(cluster: Cluster, lexicon: ActorLexicon) -> str | None:
    if cluster.label in ("GPE", "LOC"):
        return cluster.actor.country if cluster.actor is not None else None
    if cluster.label == "ORG":
        return org_country(cluster, lexicon)
    if cluster.countries:
        return Counter(cluster.countries).most_common(1)[0][0]
    return cluster.actor.country if cluster.actor is not None else None  # the actor list's


def entity_sector(cluster: Cluster, lexicon: ActorLexicon) -> str | None:
    if cluster.label == "ORG":
        return org_sector(cluster, lexicon)
    if cluster.label == "PERSON" and cluster.sectors:
        return Counter(cluster.sectors).most_common(1)[0][0]
    if cluster.label == "PERSON" and cluster.actor is not None:
        return cluster.actor.sector
    return None


POSTING_PREPS = ("to", "for", "in")  # "envoy to Yemen", "envoy for Myanmar", "ambassador in Kabul"


def is_posting(text: str, start: int, mention: Mention) -> bool:
    """Whether a place named in a title run (from character ``start``) is where the
    holder is posted, not whose the holder is: "the UN special envoy for Myanmar", "the
    U.S. ambassador to Kenya" (a UN envoy is not Burmese); "President of Peru" is Peru's."""
    before = text[start : mention.start].split()
    return bool(before) and before[-1].lower() in POSTING_PREPS
