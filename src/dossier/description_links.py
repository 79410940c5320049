"""Definite descriptions of a named entity: "the top US diplomat", "the terror group".

Part of the coreference stage (``dossier.coref``), run once after entities.
``link_descriptions`` reads the clusters the entity stage left on the Doc
(``NamedClusters``) and the ``descriptions`` rules of ``data/actors.yaml``: "the
top US diplomat" is the US diplomat the article named, "the terror group" the last
group named, "the country" the subject's own or the article's main country, "the
bank" the "World Bank" named before.  A description rarely refers to the subject of
its own clause ("the NRF tried to stop the terror group"), so that subject is never
its target.  The linked phrase becomes a mention and an alias of the entity (the
exchange format counts it as one), and the coreference stage reports it with its
reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dossier.description_context import DescriptionContext
from dossier.descriptions import rule_sectors
from dossier.doc_arrays import chunks_and_owners
from dossier.entity_clusters import (
    CLUSTERS_KEY,
    Cluster,
    NamedClusters,
    entity_country,
    entity_sector,
    mentions_and_aliases,
)
from dossier.epithets import (
    bare_epithet,
    epithet_candidates,
    epithet_features,
    epithets,
    governing_subject_heads,
    governing_subjects,
    nearest_fitting,
    own_clause_subjects,
    sentence_demonyms,
    state_mentions,
    subject_countries,
    subject_spans,
)
from dossier.events.triggers import event_lexicon
from dossier.lexicon import ActorLexicon, demonym_country
from dossier.mentions import SpanSet
from dossier.models import Entity, Span
from dossier.names import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "DescriptionContext",
    "DescriptionLinker",
    "LinkedDescription",
    "link_descriptions",
]


LINKS_KEY = "dossier_description_links"  # the links made, kept on the Doc: made once


def link_descriptions(doc: Doc) -> list[tuple[Span, Entity, str]]:
    """Each singular definite description of ``doc`` linked to the entity it stands
    for, with the reason; the entity gains it as a mention and an alias.  Runs once
    per Doc, over the clusters the entity stage left on it (none if it did not run)."""
    done = doc.user_data.get(LINKS_KEY)
    if isinstance(done, list):
        return done
    named = doc.user_data.get(CLUSTERS_KEY)
    if not isinstance(named, NamedClusters):
        return []
    links = DescriptionLinker(named.lexicon).attach(doc, named.clusters)
    for cluster in {id(link.cluster): link.cluster for link in links}.values():
        entity = named.entities[id(cluster)]
        entity.mentions, entity.aliases = mentions_and_aliases(cluster)
    found = [(link.span, named.entities[id(link.cluster)], link.reason) for link in links]
    doc.user_data[LINKS_KEY] = found
    return found


@dataclass(frozen=True, slots=True)
class LinkedDescription:
    """One description linked to a cluster: its character span, the cluster, why."""

    span: Span
    cluster: Cluster
    reason: str


class DescriptionLinker:
    """Links the definite descriptions of a document to its clusters."""

    def __init__(self, lexicon: ActorLexicon) -> None:
        self.lexicon = lexicon
        self.rule_heads = frozenset(h for rule in lexicon.descriptions for h in rule.heads)

    def may_describe(self, head: str) -> bool:
        """Can ``description_target`` find a target for a chunk headed by ``head`` other
        than by a name's head: a description rule's head or a title word?"""
        return head in self.rule_heads or self.lexicon.is_title_word(head)

    def attach(self, doc: Doc, clusters: list[Cluster]) -> list[LinkedDescription]:
        """Link definite descriptions ("the terror group", "the Afghan envoy") to a
        cluster, each a description mention of it; the links, with their reasons."""
        # A country inside the phrase is a cue ("the top US diplomat"), not a conflict.
        taken = SpanSet(
            [(m.start, m.end) for c in clusters if c.label != "GPE" for m in c.mentions]
        )
        named = SpanSet([(m.start, m.end) for c in clusters for m in c.mentions])
        context = DescriptionContext(clusters)
        links: list[LinkedDescription] = []
        epithet_heads: set[int] = set()
        for token in epithet_candidates(doc):  # the words epithet_span may find one at
            if named.overlapping(token.idx, token.idx + 1):
                continue
            epithet = epithet_features(token)
            bare = bare_epithet(token) if epithet is None else None
            if bare is not None and self.state_subject(bare, clusters, context):
                epithet = (bare, set())  # "India pledged ties with the country": not India
            if epithet is not None:  # "the island nation": resolved here or by no one
                epithet_heads.add(token.i)
                link = self.epithet_link(epithet[0], epithet[1], clusters, context)
                links.extend([link] if link is not None else [])
        for chunk in chunks_and_owners(doc, first="the"):
            if len(chunk) < 2 or chunk.root.tag_ in ("NNS", "NNPS"):
                continue
            root = chunk.root
            if root.i in epithet_heads:
                continue
            if named.overlapping(root.idx, root.idx + len(root.text)):
                continue  # a name's own word ("The United States"), no description
            org = None
            if taken.overlapping(chunk.start_char, chunk.end_char):
                org = self.titled_org(chunk, clusters)  # "the Taliban spokesman"
                if org is None:
                    continue
            found = self.description_target(chunk, clusters, context, org)
            if found is not None:
                target, reason = found
                text = chunk.text
                target.descriptions.append(
                    Mention(chunk.start_char, chunk.end_char, text, target.label, target.key)
                )
                links.append(LinkedDescription((chunk.start_char, chunk.end_char), target, reason))
        return links

    def epithet_link(
        self,
        span: SpacySpan,
        features: set[str],
        clusters: list[Cluster],
        context: DescriptionContext,
    ) -> LinkedDescription | None:
        """ "the island nation": the fitting state named most, then last, just before
        it, not its own clause's subject (``dossier.epithets``); the link made, as a
        mention of that state."""
        subjects = own_clause_subjects(span.root)
        excluded = context.named_in(subject_spans(subjects))
        others = subject_countries(subjects) | {
            code
            for c in clusters
            if id(c) in excluded and (code := entity_country(c, self.lexicon))
        }
        states, named = state_mentions(clusters, excluded)
        key = nearest_fitting(span, features, named, others)
        if key is None:
            return None
        target = states[key]
        if self.place_between(span, target, clusters, context):
            return None  # "Japan sent troops to Okinawa. … the island": Okinawa
        mention = Mention(span.start_char, span.end_char, span.text, target.label, target.key)
        target.descriptions.append(mention)
        kind = f"that is {' and '.join(sorted(features))}" if features else "not its subject"
        why = f"description: the state named nearby {kind}"
        return LinkedDescription((span.start_char, span.end_char), target, why)

    @staticmethod
    def place_between(
        span: SpacySpan, state: Cluster, clusters: list[Cluster], context: DescriptionContext
    ) -> bool:
        """Is a place other than a state or a capital named between ``state`` and an
        epithet whose head also names places ("the island", ``place_heads``)?"""
        if span.root.lower_ not in epithets().place_heads:
            return False
        since = context.last_before(state, span.start_char)
        return any(
            since < context.last_before(c, span.start_char)
            for c in clusters
            if c.label in ("GPE", "LOC")
            and not (c.actor and (c.actor.level == "country" or c.actor.capital))
        )

    @staticmethod
    def state_subject(
        span: SpacySpan, clusters: list[Cluster], context: DescriptionContext
    ) -> bool:
        """Does a state's name head the subject of the clause of ``span`` ("the country"),
        which then is some other state (``epithet_link``)?"""
        heads = own_clause_subjects(span.root)
        if any(h.pos_ == "PRON" for h in heads):
            return False  # "Peru said it would protect the nation's water": unclear
        subjects = context.named_in(subject_spans(heads))
        return any(
            c.label == "GPE" and c.actor and c.actor.level == "country"
            for c in clusters
            if id(c) in subjects
        )

    @staticmethod
    def country_named_before(
        chunk: SpacySpan,
        candidates: list[Cluster],
        context: DescriptionContext,
        subject_countries: set[str | None],
    ) -> Cluster | None:
        """ "a strike inside Afghanistan since American forces withdrew from the
        country": a country named earlier in the same sentence, other than the one
        its subject belongs to (by name or demonym), is the one meant."""
        subjects = {
            code
            for subject in governing_subject_heads(chunk)
            for token in subject.subtree
            if (code := demonym_country(token.text))
        }
        sentence_start = chunk.sent.start_char
        near = [
            c
            for c in candidates
            if context.last_before(c, chunk.start_char) >= sentence_start
            and c.actor
            and c.actor.country not in subject_countries | subjects
        ]
        if len(near) != 1:
            return None
        return near[0]

    def titled_org(self, chunk: SpacySpan, clusters: list[Cluster]) -> Cluster | None:
        """The organization named before a title in "the al-Qaeda chief", "the Taliban
        spokesman": the phrase may stand for the person holding that role there."""
        root = chunk.root
        if not self.lexicon.is_title_word(root.lower_) or root.i == chunk.start:
            return None
        inside = [
            c
            for c in clusters
            if c.label == "ORG"
            for m in c.mentions
            if chunk.start_char <= m.start and m.end <= root.idx
        ]
        return inside[0] if len({id(c) for c in inside}) == 1 else None

    def description_target(
        self,
        chunk: SpacySpan,
        clusters: list[Cluster],
        context: DescriptionContext,
        org: Cluster | None = None,
    ) -> tuple[Cluster, str] | None:
        """The cluster a description stands for, and why."""
        head = chunk.root.lemma_.lower()
        if head not in context.org_heads and not self.may_describe(head):
            return None  # no name's head, description rule or title word (most chunks)
        excluded = context.named_in(governing_subjects(chunk))
        in_subjects = [c for c in clusters if id(c) in excluded] if excluded else []  # most: none
        subject_countries = {entity_country(c, self.lexicon) for c in in_subjects} - {None}
        state_words = any(r.country_only and head in r.heads for r in self.lexicon.descriptions)
        if state_words:
            excluded = set()  # "fled the country" may well mean the subject's country
        before = [
            c for c in clusters if context.first[id(c)] < chunk.start_char and id(c) not in excluded
        ]
        cue = next((code for t in chunk if (code := demonym_country(t.text))), None)

        def last_seen(cluster: Cluster) -> int:
            return context.last_before(cluster, chunk.start_char)

        named_head = [
            c
            for c in before
            if c.label == "ORG"
            and not state_words  # "the state" after "Islamic State": a country still
            and context.last_word[id(c)] == head
            and self.modifiers_fit(chunk, c)
            # "the army": a state's forces (``state_forces``), never a rebel "Liberation Army"
            and not (
                head in event_lexicon().state_forces and entity_sector(c, self.lexicon) == "REB"
            )
        ]
        if named_head:  # "the bank" after "the World Bank", "the ministry" after "Ministry of …"
            return max(named_head, key=last_seen), "description: the name whose head it repeats"
        for rule in self.lexicon.descriptions if org is None else ():
            if head not in rule.heads:
                continue
            candidates = [c for c in before if c.label == rule.type]
            if rule.country_only:
                candidates = [c for c in candidates if c.actor and c.actor.level == "country"]
            if rule.needs_country_cue or (rule.country_only and cue):  # "the Afghan state"
                candidates = [c for c in candidates if cue and c.actor and c.actor.country == cue]
            sectors = rule_sectors(rule, [t.lower_ for t in chunk if t.i < chunk.root.i])
            if sectors:
                candidates = [c for c in candidates if entity_sector(c, self.lexicon) in sectors]
            if not candidates:
                return None
            if rule.country_only:
                near = self.country_named_before(chunk, candidates, context, subject_countries)
                if near is not None:
                    return near, "description: the country named before it in its sentence"
                # "Ghani fled the country": the subject's own country; else the
                # article's main country, not merely the last one named.
                own = [c for c in candidates if c.actor and c.actor.country in subject_countries]
                chosen = max(own or candidates, key=lambda c: (len(c.mentions), last_seen(c)))
                cues = sentence_demonyms(chunk) - {None}
                if cues and not own and chosen.actor and chosen.actor.country not in cues:
                    return None  # "let Afghans leave the country": not some other country
                why = "its subject's own country" if own else "the article's main country"
                return chosen, f"description: {why}"
            return max(candidates, key=last_seen), f"description: nearest {rule.type} its rule fits"

        if not self.lexicon.is_title_word(head):
            return None
        people = [c for c in clusters if c.label == "PERSON" and c.roles]
        kinds = self.title_kinds(head)
        matching = []
        for person in people:
            titles = " ".join(r.title.lower() for r in person.roles)
            fits = head in titles or any(t in titles for k in kinds for t in self.lexicon.kinds[k])
            if org is not None:  # "the al-Qaeda chief": a role in al-Qaeda
                fits = fits and any(r.of == org.canonical() for r in person.roles)
            if fits and (cue is None or cue in person.countries):
                matching.append(person)
        if not matching:
            return None
        preceding = [p for p in matching if p in before]
        holder = max(preceding, key=last_seen) if preceding else None
        return (holder, "description: the person holding that title") if holder else None

    def modifiers_fit(self, chunk: SpacySpan, cluster: Cluster) -> bool:
        """Do the words before the head of "the defense ministry" or "the Kenyan
        ministry" fit the name ("Ministry of Defense" of Kenya)?  A nationality must be
        the body's own and a portfolio word in its name ("the foreign ministry" is not
        the Ministry of Defense); other words describe ("the joint force", "the assault
        force" after "the Coalition Force")."""
        name = set(cluster.canonical().lower().split())
        portfolios = self.lexicon.portfolio_words
        for token in chunk[1:-1]:
            if token.lower_ in name:
                continue
            if token.lower_ in portfolios:
                return False
            code = demonym_country(token.text)
            if code is not None and code != entity_country(cluster, self.lexicon):
                return False
        return True

    def title_kinds(self, head: str) -> set[str]:
        """The kinds of title a description's head word stands for: its own kind ("the
        diplomat": any diplomat), else its closest group of synonyms ("the ambassador":
        an envoy, not a foreign minister)."""
        kinds = self.lexicon.kinds
        if head in kinds:
            return {head}
        groups = [k for k, titles in kinds.items() if head in titles]
        return {min(groups, key=lambda k: len(kinds[k]))} if groups else set()
