"""Entities: who and where an article names, each a cluster of all its mentions.

spaCy finds the names (an entity ruler fed from ``data/actors.yaml`` fixes the
small model's known misses); rules over the text then
  - give each mention a canonical key (known actors and countries by lexicon,
    "US"/"America" → United States, "Blinken" → the "Antony Blinken" cluster,
    "NRF" → the "National Resistance Front" it abbreviates),
  - read roles from titles and appositions ("Russian Defence Minister Sergei
    Shoigu", "Ahmad Massoud, leader of the NRF"), which give country and sector,
  - attach definite descriptions ("the top US diplomat", "the terror group",
    "the war-torn country") to the entity they refer back to.
No neural coreference model can be loaded offline, so these rules stand in for one.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dossier.capitals import fold_capitals
from dossier.cluster_repairs import (
    after_place_preposition,
    merge_other_names,
    merge_same_names,
    place_followers,
    retype_building,
    retype_lone_word,
)
from dossier.lexicon import (
    Actor,
    ActorLexicon,
    demonym_country,
    load_lexicon,
    name_key,
    zipf,
)
from dossier.mentions import SpanSet
from dossier.models import Entity, Role, Span
from dossier.names import (
    CONNECTORS,
    GENERIC_WORD_ZIPF,
    Mention,
    apposition_after,
    can_be_name,
    extend_name_left,
    extend_name_right,
    follows_title,
    is_not_an_entity,
    is_people_name,
    is_place_name,
    named_as_organization,
    not_entities,
    org_heads,
    place_stem,
    strip_place_suffix,
    text_of,
    title_before,
    trimmed_bounds,
    window_tokens,
    with_compound_names,
    with_lists_split,
    with_missed_names,
    with_named_after_people_joined,
    with_open_names_closed,
    with_parentheses_split,
    with_people_retyped,
    without_overlaps,
)
from dossier.places import is_known_place

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "ATTACHED_PARTICLES",
    "LABELS",
    "RULER_NAME",
    "Cluster",
    "DescriptionContext",
    "EntityFinder",
    "add_entity_ruler",
    "best_home",
    "cluster_mentions",
    "entity_country",
    "entity_sector",
    "governing_subject_heads",
    "governing_subjects",
    "initials",
    "merge_acronyms",
    "merge_place_variants",
    "merge_short_forms",
    "org_country",
    "org_sector",
    "particle_free",
    "sentence_demonyms",
    "shortens",
    "strip_bodies",
    "without_honorific",
    "word_before",
]

LABELS = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
}
RULER_NAME = "dossier_actors"
BRAND_WORD_ZIPF = 3.0  # a capitalized word this rare in English is a coined name ("Zorvo")


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


def without_honorific(name: str) -> str:
    """ "Mullah Abdul Ghani Baradar" → "Abdul Ghani Baradar" (the honorific stays an alias)."""
    first, _, rest = name.partition(" ")
    honorifics = load_lexicon().honorifics
    return rest if rest and first.lower().rstrip(".") in honorifics else name


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

    def find(self, doc: Doc) -> list[Entity]:
        mentions = [m for ent in doc.ents if (m := self.mention(doc, ent)) is not None]
        mentions = without_overlaps(mentions)
        mentions = with_lists_split(mentions, self.lexicon)
        mentions = with_parentheses_split(mentions, self.lexicon)
        mentions = with_open_names_closed(doc, mentions, self.lexicon)
        mentions = with_compound_names(doc, mentions, self.lexicon)
        mentions = with_named_after_people_joined(doc, mentions)
        mentions = with_people_retyped(doc, mentions, self.lexicon)
        mentions = with_missed_names(doc, mentions, self.lexicon)
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
        self.attach_descriptions(doc, clusters)
        return [self.entity(n, c) for n, c in enumerate(sorted(clusters, key=lambda c: c.first), 1)]

    # --- mentions -----------------------------------------------------------

    def mention(self, doc: Doc, ent: SpacySpan) -> Mention | None:
        label = LABELS.get(ent.label_)
        if label is None:
            return None
        start, end = trimmed_bounds(doc, ent)
        text = text_of(doc)[start:end]
        if not can_be_name(text):
            return None
        actor = self.lexicon.lookup(text)
        if actor is not None and self.names_a_person_here(doc, text, label, actor):
            actor, label = None, "PERSON"
        if label == "NORP" and actor is None and " " in text:
            stripped_start, stripped = self.without_nationality(start, text)
            if stripped != text:  # "Chinese Zorvo AI" tagged as a nationality
                start, text, label = stripped_start, stripped, "ORG"
                actor = self.lexicon.lookup(text)
        if label == "NORP" and actor is None and self.names_a_people(text):
            return self.people_mention(doc, start, end, text)
        if label == "NORP" and (actor is None or actor.type == "GPE"):
            return None  # demonyms give a country, they are not actors themselves
        if actor is None and demonym_country(text):
            return None  # "Guatemalan", "Chileans": a nationality alone is no entity
        if actor is None and label in ("GPE", "LOC"):
            text, end = strip_place_suffix(text, start, end, self.lexicon)
            actor = self.lexicon.lookup(text)
        if actor is None and (self.is_generic_name(text, label) or is_not_an_entity(text)):
            return None
        if ent.label_ == "FAC" and actor is None and self.names_a_body(text):
            label = "ORG"  # "the Osei Center for Trade Studies" is no building
        if (
            actor is None
            and label == "ORG"
            and text.split()[-1].lower() in self.lexicon.place_heads
        ):
            label = "LOC"  # "Zorbak Air Base", "Kabul Airport" are places
        if actor is None and label == "ORG" and self.titles_the_next_name(doc, text, end):
            return None  # "said Turkish Presidential Advisor Mesut Kaya": a title, no body
        if actor is None and label == "ORG":
            owned = owned_surname(doc, text)
            if owned:  # "Cornell's Casanova" after "Lourdes Casanova"
                start, text, label = end - len(owned), owned, "PERSON"
        if actor is None and label == "ORG":
            start, text = self.without_nationality(start, text)
            actor = self.lexicon.lookup(text)
        if actor is None and label == "ORG":
            titled = self.title_before_name(text)
            if titled:  # "National Security Adviser Moeed Yusuf" tagged as one ORG
                start += len(text) - len(titled)
                text, label = titled, "PERSON"
        if actor is None and label == "ORG" and self.follows_person_title(doc, start):
            label = "PERSON"
        if label == "PERSON" and actor is None and self.follows_outlet_word(doc, start):
            label = "ORG"
        if (
            label in ("PERSON", "LOC")
            and actor is None
            and named_as_organization(doc, start, end)
            and not self.follows_person_title(doc, start)  # "President Kagame and his party"
        ):
            label = "ORG"
        if label == "PERSON" and actor is None and is_place_name(text, self.lexicon):
            label = "LOC"  # "Whitsun Reef", "Mariscal Zavala Prison"
        if label == "PERSON" and actor is None and self.follows_place_noun(doc, start):
            label = "GPE"
        if label in ("PERSON", "ORG") and actor is None and self.named_as_place(doc, start, end):
            label = "GPE"
        if label == "PERSON" and actor is None:
            if any(ch.isdigit() for ch in text):
                return None
            start = extend_name_left(doc, start, self.lexicon)
            end = extend_name_right(doc, end, self.lexicon)
            start, text = self.strip_honorifics(doc, start, end)
            if not text:
                return None
        if actor is not None:
            label, key = actor.type, f"{actor.type}:{actor.name}"
        else:
            key = f"{label}:{text}"
        sentence = doc.char_span(start, end, alignment_mode="expand")
        index = sentence.sent.start_char if sentence is not None else 0
        return Mention(start, end, text, label, key, actor, index)

    def titles_the_next_name(self, doc: Doc, text: str, end: int) -> bool:
        """Is ``text`` a title ending in a title word that a person's name follows?"""
        if not self.lexicon.is_title_word(text.split()[-1]):
            return False
        following = [t for t in window_tokens(doc, end, end + 40) if t.idx >= end]
        return (
            bool(following) and following[0].idx == end + 1 and following[0].ent_type_ == "PERSON"
        )

    @staticmethod
    def names_a_person_here(doc: Doc, text: str, label: str, actor: Actor) -> bool:
        """ "Jordan said" after "former coach Tomas Jordan": a one-word name that is the
        surname of someone the article names in full is that person, whatever the
        actor list knows by that word (a country only when spaCy too saw a person)."""
        if " " in text or actor.type == "PERSON":
            return False
        if label != "PERSON" and actor.level == "country":
            return False
        return any(
            ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == text for ent in doc.ents
        )

    def without_nationality(self, start: int, text: str) -> tuple[int, str]:
        """ "Chinese Zorvo AI" is Zorvo AI: a nationality before a coined name (a word
        rare in English) describes the company; one before common words is part of the
        name ("Chinese Communist Party", "British Airways")."""
        first, _, rest = text.partition(" ")
        if not rest or not (self.lexicon.demonym_country(first) or demonym_country(first)):
            return start, text
        if not any(w[:1].isupper() and zipf(w) < BRAND_WORD_ZIPF for w in rest.split()):
            return start, text
        return start + len(first) + 1, rest

    def names_a_body(self, text: str) -> bool:
        """ "Center for Trade Studies", "Council on Energy": an organization's word
        followed by what it works for or on."""
        words = text.lower().split()
        heads = org_heads(self.lexicon)
        return any(
            word in heads and following in ("for", "of", "on")
            for word, following in pairwise(words)
        )

    def names_a_people(self, text: str) -> bool:
        """ "Chagossians", "Uyghurs": a people no country's demonym names."""
        return (
            is_people_name(text)
            and not self.lexicon.demonym_country(text)
            and demonym_country(text) is None
        )

    @staticmethod
    def people_mention(doc: Doc, start: int, end: int, text: str) -> Mention:
        sentence = doc.char_span(start, end, alignment_mode="expand")
        index = sentence.sent.start_char if sentence is not None else 0
        return Mention(start, end, text, "NORP", f"NORP:{text}", None, index)

    def title_before_name(self, text: str) -> str | None:
        """The personal name after a title that opens ``text``, when the rest is a name
        of two or more capitalized words with no organization word in it: "National
        Security Adviser Moeed Yusuf" → "Moeed Yusuf"; not "Ministry of Defence"."""
        words = text.split()
        if len(words) < 3 or not self.lexicon.is_title_word(words[0]):
            return None
        org_words = self.lexicon.org_words
        for cut in range(len(words) - 2, 0, -1):
            title, rest = words[:cut], words[cut:]
            if not all(self.lexicon.is_title_word(w) for w in title):
                continue
            if self.lexicon.title_sector(" ".join(title)) is None:
                continue
            if all(w[:1].isupper() and w.lower() not in org_words for w in rest) and not any(
                self.lexicon.is_title_word(w) for w in rest
            ):
                return " ".join(rest)
        return None

    def is_generic_name(self, text: str, label: str) -> bool:
        """An office word or frequent word tagged as a name; a state or city the
        gazetteer knows ("Kansas", "Brooklyn") is a place however frequent its name."""
        if label == "ORG":
            return self.is_generic_org(text) and text not in not_entities().institutions
        return label == "GPE" and self.is_generic_org(text) and not is_known_place(text)

    def is_generic_org(self, text: str) -> bool:
        """ "State" in "Secretary of State", "Cabinet": office words, not organizations."""
        words = text.replace("’s", "").replace("'s", "").split()
        lexicon = self.lexicon
        if all(
            lexicon.is_title_word(w)
            or lexicon.is_title_word(w.rstrip("s"))
            or w.lower() in lexicon.honorifics
            for w in words
        ):
            return True
        return len(words) == 1 and zipf(words[0]) >= GENERIC_WORD_ZIPF

    def follows_person_title(self, doc: Doc, start: int) -> bool:
        """spaCy often calls a name after a title an ORG: "its spokesperson Fahim Dashty"."""
        tokens = window_tokens(doc, start, start + 1)
        return bool(tokens) and follows_title(doc, tokens[0], self.lexicon)

    def follows_outlet_word(self, doc: Doc, start: int) -> bool:
        """ "the Kabul daily Etilaat Roz": a name after an outlet word is the outlet."""
        before = word_before(doc, start)
        return before is not None and before.lower_ in self.lexicon.outlet_words

    def follows_place_noun(self, doc: Doc, start: int) -> bool:
        """ "the capital, Naypyitaw", "the commercial hub Yangon": the name is the place."""
        before = word_before(doc, start, past_comma=True)
        return (
            before is not None
            and before.i >= 1
            and before.lower_ in self.lexicon.place_nouns
            and doc[before.i - 1].pos_ in ("DET", "ADJ")
        )

    def named_as_place(self, doc: Doc, start: int, end: int) -> bool:
        """What surrounds a name makes it a place: a place noun after it ("the Umbaro
        slum", "the Kesto area"), an apposition naming it a capital or town ("Tarvo,
        the capital of Nemba State"), or "in"/"from" before a name the gazetteer knows
        ("taken to the clinic in Gusau")."""
        after = [t for t in window_tokens(doc, end, end + 40) if t.idx >= end]
        if after and after[0].lower_ in place_followers():
            return True
        if (
            len(after) >= 3
            and after[0].text == ","
            and after[1].lower_ in ("the", "a")
            and after[2].lower_ in self.lexicon.place_nouns
        ):
            return True
        text = text_of(doc)[start:end]
        return after_place_preposition(doc, start) and is_known_place(text)

    def strip_honorifics(self, doc: Doc, start: int, end: int) -> tuple[int, str]:
        """Drop titles and honorifics spaCy put inside a PERSON name ("General X Y")."""
        text = text_of(doc)[start:end]
        while True:
            first, _, rest = text.partition(" ")
            word = first.lower().rstrip(".")
            if rest and (word in self.lexicon.honorifics or word in self.lexicon.title_sectors):
                start += len(first) + 1
                text = rest
            else:
                return start, text

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
        place = next((c for m, c in inside if c.label == "GPE"), None)
        words = text_of(doc)[start:end]
        country = None
        for token in re.findall(r"[A-Za-z][\w.]*(?:['’]s)?", words):
            country = country or demonym_country(token)
        if place is not None and place.actor is not None:
            country = country or place.actor.country  # "Hong Kong media tycoon X"
        if org is not None:
            country = country or org_country(org, self.lexicon)
        title = strip_bodies(words, inside, self.lexicon)
        if not title or not any(self.lexicon.is_title_word(w) for w in title.lower().split()):
            return None, country, None
        sector = self.lexicon.title_sector(title)
        head = title.lower().split()[0] if title else ""
        if org is not None and (head in self.lexicon.relational or sector is None):
            sector = org_sector(org, self.lexicon) or sector
        body = org.canonical() if org is not None else (place.canonical() if place else None)
        if body is None and country is not None:
            body = self.lexicon.country_names.get(country)
        return Role(title=title, of=body), country, sector

    # --- descriptions -------------------------------------------------------

    def attach_descriptions(self, doc: Doc, clusters: list[Cluster]) -> None:
        """Link definite descriptions ("the terror group", "the Afghan envoy") to an entity."""
        # A country inside the phrase is a cue ("the top US diplomat"), not a conflict.
        taken = SpanSet(
            [(m.start, m.end) for c in clusters if c.label != "GPE" for m in c.mentions]
        )
        context = DescriptionContext(clusters)
        for chunk in doc.noun_chunks:
            first = chunk[0]
            if first.lower_ != "the" or len(chunk) < 2 or chunk.root.tag_ in ("NNS", "NNPS"):
                continue
            org = None
            if taken.overlapping(chunk.start_char, chunk.end_char):
                org = self.titled_org(chunk, clusters)  # "the Taliban spokesman"
                if org is None:
                    continue
            target = self.description_target(chunk, clusters, context, org)
            if target is not None:
                text = chunk.text
                target.descriptions.append(
                    Mention(chunk.start_char, chunk.end_char, text, target.label, target.key)
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
    ) -> Cluster | None:
        head = chunk.root.lemma_.lower()
        excluded = context.named_in(governing_subjects(chunk))
        subject_countries = {
            entity_country(c, self.lexicon) for c in clusters if id(c) in excluded
        } - {None}
        if any(r.country_only and head in r.heads for r in self.lexicon.descriptions):
            excluded = set()  # "fled the country" may well mean the subject's country
        before = [
            c for c in clusters if context.first[id(c)] < chunk.start_char and id(c) not in excluded
        ]
        cue = next((code for t in chunk if (code := demonym_country(t.text))), None)

        def last_seen(cluster: Cluster) -> int:
            return context.last_before(cluster, chunk.start_char)

        for rule in self.lexicon.descriptions if org is None else ():
            if head not in rule.heads:
                continue
            candidates = [c for c in before if c.label == rule.type]
            if rule.country_only:
                candidates = [c for c in candidates if c.actor and c.actor.level == "country"]
            if rule.needs_country_cue or (rule.country_only and cue):  # "the Afghan state"
                candidates = [c for c in candidates if cue and c.actor and c.actor.country == cue]
            if rule.sectors:
                candidates = [
                    c for c in candidates if entity_sector(c, self.lexicon) in rule.sectors
                ]
            if not candidates:
                return None
            if rule.country_only:
                near = self.country_named_before(chunk, candidates, context, subject_countries)
                if near is not None:
                    return near
                # "Ghani fled the country": the subject's own country; else the
                # article's main country, not merely the last one named.
                own = [c for c in candidates if c.actor and c.actor.country in subject_countries]
                chosen = max(own or candidates, key=lambda c: (len(c.mentions), last_seen(c)))
                cues = sentence_demonyms(chunk) - {None}
                if cues and not own and chosen.actor and chosen.actor.country not in cues:
                    return None  # "let Afghans leave the country": not some other country
                return chosen
            return max(candidates, key=last_seen)
        named_head = [c for c in before if c.label == "ORG" and context.last_word[id(c)] == head]
        if named_head:  # "the bank" after "the World Bank", "the council" after "… Council"
            return max(named_head, key=last_seen)
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
        return (
            max(preceding, key=last_seen)
            if preceding
            else (matching[0] if len(matching) == 1 else None)
        )

    def title_kinds(self, head: str) -> set[str]:
        """The kinds of title a description's head word stands for: its own kind ("the
        diplomat": any diplomat), else its closest group of synonyms ("the ambassador":
        an envoy, not a foreign minister)."""
        kinds = self.lexicon.kinds
        if head in kinds:
            return {head}
        groups = [k for k, titles in kinds.items() if head in titles]
        return {min(groups, key=lambda k: len(kinds[k]))} if groups else set()

    # --- output -------------------------------------------------------------

    def entity(self, number: int, cluster: Cluster) -> Entity:
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
        return Entity(
            id=f"e{number}",
            name=name,
            type=cluster.label if cluster.label != "NORP" else "NORP",
            aliases=aliases,
            country=entity_country(cluster, self.lexicon),
            sector=entity_sector(cluster, self.lexicon),
            roles=cluster.roles,
            mentions=mentions,
        )


def owned_surname(doc: Doc, text: str) -> str | None:
    """The surname in "<Org>'s <Surname>" when the article names that person in full."""
    match = re.fullmatch(r"\S.*['’]s (\w+)", text)
    if match is None or not match.group(1)[:1].isupper():
        return None
    rest = match.group(1)
    full = any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == rest for ent in doc.ents)
    return rest if full else None


def word_before(doc: Doc, start: int, *, past_comma: bool = False) -> Token | None:
    """The token right before the one at character ``start`` (past a comma if asked)."""
    tokens = window_tokens(doc, start, start + 1)
    i = tokens[0].i - 1 if tokens else -1
    if past_comma and i >= 0 and doc[i].text == ",":
        i -= 1
    return doc[i] if i >= 0 else None


def sentence_demonyms(chunk: SpacySpan) -> set[str | None]:
    """Countries the chunk's sentence names by nationality words before it."""
    return {demonym_country(t.text) for t in chunk.sent if t.i < chunk.start}


def governing_subjects(chunk: SpacySpan) -> list[Span]:
    """Character spans of the subjects of the clauses above a noun phrase.

    A description rarely refers to the subject of its own clause ("the NRF tried
    to stop the terror group" – the group is not the NRF), so those are excluded.
    """
    spans = []
    for subject in governing_subject_heads(chunk):
        tokens = list(subject.subtree)
        spans.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)))
    return spans


def governing_subject_heads(chunk: SpacySpan) -> list[Token]:
    """The subjects (before the phrase) of the clauses above a noun phrase."""
    return [
        child
        for ancestor in chunk.root.ancestors
        for child in ancestor.children
        if child.dep_ in ("nsubj", "nsubjpass") and child.i < chunk.start
    ]


class DescriptionContext:
    """What description linking asks of the clusters, computed once per document."""

    def __init__(self, clusters: list[Cluster]) -> None:
        self.starts = {id(c): sorted(m.start for m in c.mentions) for c in clusters}
        self.first = {key: starts[0] for key, starts in self.starts.items()}
        self.last_word = {id(c): c.canonical().lower().split()[-1] for c in clusters}
        rows = [(m.start, m.end, id(c)) for c in clusters for m in c.mentions]
        self.spans = SpanSet([(s, e) for s, e, _ in rows])
        self.owner = {(s, e): key for s, e, key in rows}

    def last_before(self, cluster: Cluster, position: int) -> int:
        starts = self.starts[id(cluster)]
        index = bisect.bisect_left(starts, position)
        return starts[index - 1] if index else -1

    def named_in(self, spans: list[Span]) -> set[int]:
        """The clusters with a mention inside one of ``spans``."""
        found = set()
        for start, end in spans:
            for i in self.spans.overlapping(start, end):
                s, e = self.spans.spans[i]
                if start <= s and e <= end:
                    found.add(self.owner[(s, e)])
        return found


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
        ruler.add_patterns([p for p in patterns if (p["label"], p["pattern"]) not in known])
        return
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, before="ner")
    ruler.add_patterns(patterns)


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
    for cluster in by_length:
        homes = [other for other in kept if shortens(cluster, other)]
        if not homes:
            kept.append(cluster)
            continue
        for mention in cluster.mentions:
            home = best_home(mention, homes)
            mention.label = home.label
            home.mentions.append(mention)
            home.actor = home.actor or cluster.actor
    return kept


def best_home(mention: Mention, homes: list[Cluster]) -> Cluster:
    word = mention.text.lower()

    def rank(home: Cluster) -> tuple[int, int, int]:
        surname = home.canonical().lower().split()[-1] == word
        # The more prominent namesake: named more often, then named first.
        return (1 if surname else 0, len(home.mentions), -home.first)

    return max(homes, key=rank)


def shortens(short: Cluster, long: Cluster) -> bool:
    """Is ``short`` a shorter way of naming ``long`` (a surname; "X" for "X of Y")?"""
    if short.actor is not None and long.actor is not None:
        return False
    words = short.canonical().lower().split()
    long_words = long.canonical().lower().split()
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
    return None


def org_sector(cluster: Cluster, lexicon: ActorLexicon) -> str | None:
    if cluster.actor is not None and cluster.actor.sector:
        return cluster.actor.sector
    return lexicon.org_sector(cluster.canonical())


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
