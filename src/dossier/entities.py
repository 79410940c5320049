"""Entities: who and where an article names, each a cluster of all its mentions.

spaCy finds the names (an entity ruler fed from ``data/actors.yaml`` fixes the
small model's known misses); rules over the text then
  - give each mention a canonical key (known actors and countries by lexicon,
    "US"/"America" → United States: ``dossier.entity_mentions``),
  - repair the names spaCy cut or joined (``dossier.names``,
    ``dossier.name_repairs``) and cluster the mentions ("Blinken" → the "Antony
    Blinken" cluster, "NRF" → the "National Resistance Front" it abbreviates:
    ``dossier.entity_clusters``),
  - read roles from titles and appositions ("Russian Defence Minister Sergei
    Shoigu", "Ahmad Massoud, leader of the NRF"), which give country and sector,
  - leave the clusters on the Doc (``NamedClusters``) for the coreference stage
    (``dossier.coref``), which links definite descriptions ("the top US diplomat",
    "the terror group", "the war-torn country") to them as further mentions.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dossier.acronym_mentions import with_untagged_acronyms
from dossier.capitals import fold_capitals
from dossier.cluster_repairs import (
    merge_other_names,
    merge_same_names,
    retype_building,
    retype_lone_word,
)
from dossier.entity_bodies import with_possessive_country
from dossier.entity_clusters import (
    ATTACHED_PARTICLES,
    CLUSTERS_KEY,
    Cluster,
    NamedClusters,
    best_home,
    cluster_mentions,
    entity_country,
    entity_sector,
    initials,
    is_posting,
    mentions_and_aliases,
    merge_acronyms,
    merge_place_variants,
    merge_short_forms,
    org_country,
    org_sector,
    particle_free,
    shortens,
    strip_bodies,
    without_honorific,
)
from dossier.entity_groups import GROUPS_KEY, group_entity_ids, with_group_mentions
from dossier.entity_mentions import LABELS, MentionReader, word_before
from dossier.glued_names import with_people_after_bodies
from dossier.headings import heading_spans
from dossier.lexicon import ActorLexicon, demonym_country, load_lexicon
from dossier.models import Entity, Role, Span
from dossier.name_repairs import (
    with_compound_names,
    with_lists_split,
    with_missed_names,
    with_named_after_people_joined,
    with_open_names_closed,
    with_parentheses_split,
    with_people_retyped,
    without_overlaps,
)
from dossier.names import Mention, apposition_after, entities_of, text_of, title_before
from dossier.person_names import with_people_named_like_places, with_unlisted_subject_names
from dossier.shared_heads import with_shared_heads_split
from dossier.word_frequency import zipf

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "ATTACHED_PARTICLES",
    "LABELS",
    "RULER_NAME",
    "Cluster",
    "EntityFinder",
    "add_entity_ruler",
    "best_home",
    "cluster_mentions",
    "entity_country",
    "entity_sector",
    "initials",
    "merge_acronyms",
    "merge_place_variants",
    "merge_short_forms",
    "org_country",
    "org_sector",
    "particle_free",
    "shortens",
    "strip_bodies",
    "without_honorific",
    "word_before",
]

RULER_NAME = "dossier_actors"


class EntityFinder:
    """Finds the entity clusters of a parsed document (see the module docstring)."""

    def __init__(self, nlp: Language, *, actors_file: Path | None = None) -> None:
        self.lexicon = load_lexicon(actors_file)
        add_entity_ruler(nlp, self.lexicon)
        self.known_surnames = frozenset(
            actor.name.split()[-1]
            for actor in self.lexicon.by_alias.values()
            if actor.type == "PERSON" and " " in actor.name
        )
        self.mentions = MentionReader(self.lexicon)

    def find(self, doc: Doc) -> list[Entity]:
        mentions = [
            m for ent in entities_of(doc) if (m := self.mentions.mention(doc, ent)) is not None
        ]
        mentions = without_overlaps(mentions)
        mentions = with_lists_split(mentions, self.lexicon)
        mentions = with_shared_heads_split(doc, mentions, self.lexicon)
        mentions = with_parentheses_split(mentions, self.lexicon)
        mentions = with_open_names_closed(doc, mentions, self.lexicon)
        mentions = with_compound_names(doc, mentions, self.lexicon)
        mentions = with_named_after_people_joined(doc, mentions)
        mentions = with_people_retyped(doc, mentions, self.lexicon)
        mentions = with_missed_names(doc, mentions, self.lexicon)
        mentions = with_untagged_acronyms(doc, mentions)
        mentions = with_people_after_bodies(doc, mentions, self.lexicon)
        mentions = with_people_named_like_places(doc, mentions, self.lexicon)
        mentions = with_unlisted_subject_names(doc, mentions, self.lexicon)
        mentions = with_possessive_country(doc, mentions, self.lexicon)
        mentions = without_headline_phrases(text_of(doc), mentions)
        named = mentions
        mentions = with_group_mentions(doc, mentions, self.lexicon)
        clusters = cluster_mentions(mentions, text_of(doc))
        fold_capitals(doc, clusters, self.lexicon)
        people = [c for c in clusters if c.label == "PERSON"]
        for cluster in people:
            for mention in cluster.mentions:
                self.read_roles(doc, mention, cluster, clusters)
        clusters = merge_same_names(clusters)
        clusters = merge_other_names(clusters, text_of(doc))
        for cluster in clusters:
            retype_lone_word(doc, cluster, self.lexicon, self.known_surnames)
            retype_building(doc, cluster, self.lexicon)
        ordered = sorted(clusters, key=lambda c: c.first)
        entities = [self.entity(n, c) for n, c in enumerate(ordered, 1)]
        made = {id(c): e for c, e in zip(ordered, entities, strict=True)}
        doc.user_data[CLUSTERS_KEY] = NamedClusters(self.lexicon, clusters, made)
        doc.user_data[GROUPS_KEY] = group_entity_ids(entities, named, mentions)
        return entities

    # --- roles --------------------------------------------------------------

    def read_roles(
        self, doc: Doc, mention: Mention, cluster: Cluster, clusters: list[Cluster]
    ) -> None:
        for run in (
            title_before(doc, mention.start, self.lexicon),
            apposition_after(doc, mention.end, self.lexicon),
        ):
            if run is None:
                continue
            role, country, sector = self.parse_role(doc, run, clusters)
            if role is not None and role not in cluster.roles:
                cluster.roles.append(role)
            if country:
                cluster.countries.append(country)
            if sector:
                cluster.sectors.append(sector)

    def parse_role(
        self, doc: Doc, run: Span, clusters: list[Cluster]
    ) -> tuple[Role | None, str | None, str | None]:
        """Split a title run into title, the body it is held in, country and sector."""
        start, end = run
        inside = [
            (m, c)
            for c in clusters
            for m in c.mentions
            if start <= m.start and m.end <= end and c.label in ("ORG", "GPE")
        ]
        org = next((c for m, c in inside if c.label == "ORG"), None)
        place = next(
            (c for m, c in inside if c.label == "GPE" and not is_posting(text_of(doc), start, m)),
            None,
        )
        words = text_of(doc)[start:end]
        country = None
        for token in re.findall(r"[A-Za-z][\w.]*(?:['’]s)?", words):
            country = country or demonym_country(token)
        if place is not None and place.actor is not None:
            country = country or place.actor.country  # "Hong Kong media tycoon X"
        if org is not None:
            country = country or org_country(org, self.lexicon)
        title = strip_bodies(words, inside, self.lexicon)
        title_words = re.split(r"[\s\-\u2013]+", title.lower())  # "Secretary-General"
        if not title or not any(self.lexicon.is_title_word(w) for w in title_words):
            return None, country, None
        sector = self.lexicon.title_sector(title)
        head = title_words[0]
        relational = (
            head in self.lexicon.relational or " ".join(title_words) in self.lexicon.relational
        )
        if org is not None and (relational or sector is None):
            sector = org_sector(org, self.lexicon) or sector
        body = org.canonical() if org is not None else (place.canonical() if place else None)
        if body is None and country is not None:
            body = self.lexicon.country_names.get(country)
        return Role(title=title, of=body), country, sector

    # --- descriptions -------------------------------------------------------

    # --- output -------------------------------------------------------------

    def entity(self, number: int, cluster: Cluster) -> Entity:
        mentions, aliases = mentions_and_aliases(cluster)
        return Entity(
            id=f"e{number}",
            name=cluster.canonical(),
            type=cluster.label if cluster.label != "NORP" else "NORP",
            aliases=aliases,
            country=entity_country(cluster, self.lexicon),
            sector=entity_sector(cluster, self.lexicon),
            roles=cluster.roles,
            mentions=mentions,
        )


COMMON_ZIPF = 3.5  # a word this frequent in lower case (wordfreq's Zipf scale) is no name


def without_headline_phrases(text: str, mentions: list[Mention]) -> list[Mention]:
    """A title-case headline reads as one long name to the model ("Niger Junta Orders
    French Troops Out", "Deadly Border Clash"): a mention of three words or more inside
    a heading (``headings.heading_spans``) that the actor list does not know and the
    body never repeats is no name, nor is a shorter one of common words only ("Protests
    Over Arrest Turn Deadly": "Protests"). The body names whoever the headline does."""
    headings = heading_spans(text)

    def in_heading(start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in headings)

    def headline_phrase(mention: Mention) -> bool:
        words = mention.text.split()
        if mention.actor is not None:
            return False
        if len(words) < 3 and not all(zipf(w) >= COMMON_ZIPF for w in words):
            return False  # "Protests", "Border Clash": common words, no name
        if not in_heading(mention.start, mention.end):
            return False
        found = (m.start() for m in re.finditer(re.escape(mention.text), text))
        return all(in_heading(at, at + len(mention.text)) for at in found)

    return [m for m in mentions if not headline_phrase(m)] if headings else mentions


def add_entity_ruler(nlp: Language, lexicon: ActorLexicon) -> None:
    """Put known actor and place names in front of the statistical NER (once per pipeline)."""
    patterns = [
        {"label": actor.type if actor.type != "GPE" or actor.level else "GPE", "pattern": alias}
        for alias, actor in lexicon.by_alias.items()
        if alias not in lexicon.ambiguous
    ]
    ruler: Any
    if RULER_NAME in nlp.pipe_names:
        ruler = nlp.get_pipe(RULER_NAME)
        known = {(p["label"], p["pattern"]) for p in ruler.patterns}
        patterns = [p for p in patterns if (p["label"], p["pattern"]) not in known]
    else:
        ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, before="ner")
    # spaCy runs each phrase pattern through the pipes before the ruler (tagger, parser,
    # …); matched on ORTH, a pattern needs only its tokens: 0.5 s less per process
    with nlp.select_pipes(enable=[RULER_NAME]):
        ruler.add_patterns(patterns)
