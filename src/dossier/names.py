"""Names in the parse: the mention-level repairs of what spaCy's NER finds.

spaCy's small model splits names ("Ursula von" + "Leyen"), misses them ("Hanafi"
after "Abdul Salam Hanafi"), or tags a title with them; these functions find the
exact character bounds of every name and the title runs around it, for the entity
stage to cluster.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from dossier.lexicon import Actor, ActorLexicon, demonym_country, load_data, zipf
from dossier.mentions import SpanSet
from dossier.models import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "CONNECTORS",
    "GENERIC_WORD_ZIPF",
    "OF_GAPS",
    "OPEN_CONNECTORS",
    "PLACE_VARIANT_WORDS",
    "Mention",
    "NotEntities",
    "apposed_to_title",
    "apposition_after",
    "can_be_name",
    "extend_name_left",
    "extend_name_right",
    "follows_title",
    "is_name_word",
    "is_not_an_entity",
    "is_people_name",
    "is_place_name",
    "is_title_token",
    "named_as_organization",
    "not_entities",
    "org_heads",
    "place_stem",
    "retyped_piece",
    "split_at_bracket",
    "split_list",
    "split_where",
    "strip_place_suffix",
    "text_of",
    "title_before",
    "title_case_runs",
    "trimmed_bounds",
    "window_tokens",
    "with_compound_names",
    "with_lists_split",
    "with_missed_names",
    "with_open_names_closed",
    "with_parentheses_split",
    "with_people_retyped",
    "without_overlaps",
]

CONNECTORS = {"of", "to", "for", "the", "'s", "’s", "at", "on"}
GENERIC_WORD_ZIPF = 4.0  # a single-word "ORG" this common is a noun ("Cabinet")


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    key: str
    actor: Actor | None = None
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class NotEntities:
    heads: frozenset[str]
    names: frozenset[str]
    leading: frozenset[str]  # storms, ships, feasts: "Cyclone Nalu", "USS Halvard Lee"
    org_heads: frozenset[str]  # words that make a name an organization's
    org_kinds: frozenset[str]  # nouns for kinds of organization ("platform", "gang")
    generic_groups: frozenset[str]  # believers, partisans: groups that are no entity
    institutions: frozenset[str]  # "Congress", "Senate": one frequent word, still a name


@lru_cache(maxsize=1)
def not_entities() -> NotEntities:
    actors = load_data("actors.yaml")
    data = actors.get("not_entities") or {}
    return NotEntities(
        heads=frozenset(str(w).lower() for w in data.get("heads", [])),
        names=frozenset(str(w).lower() for w in data.get("names", [])),
        leading=frozenset(str(w).lower() for w in data.get("leading", [])),
        org_heads=frozenset(str(w).lower() for w in actors.get("org_heads", [])),
        org_kinds=frozenset(str(w).lower() for w in actors.get("org_kind_nouns", [])),
        generic_groups=frozenset(str(w).lower() for w in actors.get("generic_groups", [])),
        institutions=frozenset(str(w) for w in actors.get("institutions", [])),
    )


def is_not_an_entity(text: str) -> bool:
    """A law, plan, exercise, holiday, disease or doctrine, not an actor or a place:
    "the Maritime Safety Law", "COVID-19", "Pan-Arabism" (``not_entities`` in
    ``data/actors.yaml``)."""
    words = text.split()
    if not words:
        return False
    known = not_entities()
    if text.lower() in known.names or words[-1].lower() in known.heads:
        return True
    if len(words) >= 2 and words[0].lower() in known.leading:
        return True
    return len(words) == 1 and text.lower().endswith("ism") and text[:1].isupper()


PLACE_VARIANT_WORDS = frozenset({"state", "archipelago", "islands", "island", "sea", "bay"})


def place_stem(name: str, lexicon: ActorLexicon) -> str:
    """A place's name without the words that vary between its names: "Chagos
    Archipelago" and "Chagos Islands" → "chagos" (a one-word name is its own stem)."""
    words = name.lower().split()
    variants = lexicon.place_heads | lexicon.place_suffixes | PLACE_VARIANT_WORDS
    while len(words) > 1 and words[-1] in variants:
        words.pop()
    return " ".join(words)


def is_people_name(text: str) -> bool:
    """A people named as an actor, where no country fits: "Chagossians", "Uyghurs";
    not a nationality adjective ("Asian") nor a generic group ("Muslims")."""
    return (
        " " not in text
        and text[:1].isupper()
        and text.endswith("s")
        and text.lower() not in not_entities().generic_groups
    )


def is_place_name(text: str, lexicon: ActorLexicon) -> bool:
    """A name whose last word is a place's ("Whitsun Reef", "Zorbak Air Base")."""
    words = text.split()
    return len(words) > 1 and words[-1].lower() in lexicon.place_heads


def named_as_organization(doc: Doc, start: int, end: int) -> bool:
    """Is the name at ``[start, end)`` an organization by what surrounds it: a kind of
    organization right before it or before the first of its conjuncts ("online
    retailers Pinduoduo and Tmall"), or organizations listed with it ("on Twitter,
    Instagram and Facebook")?"""
    tokens = window_tokens(doc, start, end)
    if not tokens:
        return False
    head = tokens[-1]
    first = head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    name_start = min(t.i for t in first.subtree if t.pos_ == "PROPN" or t is first)
    before = doc[name_start - 1] if name_start > 0 else None
    if before is not None and before.lower_ in not_entities().org_kinds and before.pos_ == "NOUN":
        return True
    conjuncts = [c for c in (*first.conjuncts, first) if c.i != head.i]
    return bool(conjuncts) and all(c.ent_type_ == "ORG" for c in conjuncts)


def with_compound_names(doc: Doc, mentions: list[Mention], lexicon: ActorLexicon) -> list[Mention]:
    """Add names spaCy splits or misses whose last word says what they are.

    "the Afghanistan Army" (spaCy: GPE "Afghanistan") is an ORG because "Army" is an
    organization word, and so is "the Peru Rural Farmers Association" (a looser head
    such as "Association" or "Order" needs three words: "Executive Order" is none);
    "the Fakhor Air Base" is a place because "Base" is a place word.
    Mentions inside such a name are replaced by it.
    """
    text = text_of(doc)
    found: list[Mention] = []
    for run in title_case_runs(doc):
        last = run[-1].lower_
        label = (
            "ORG"
            if last in lexicon.org_words or (last in org_heads(lexicon) and len(run) > 2)
            else "LOC"
            if last in lexicon.place_heads or opens_with_direction(run, lexicon)
            else None
        )
        if label is None or len(run) < 2:
            continue
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        if label == "ORG":
            end = topic_end(doc, run[-1], end)
        if any(m.start <= start and end <= m.end for m in mentions):
            continue
        sentence = run[0].sent.start_char
        name = text[start:end]
        found.append(Mention(start, end, name, label, f"{label}:{name}", None, sentence))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end for f in found)]
    return sorted([*kept, *found], key=lambda m: m.start)


def topic_end(doc: Doc, head: Token, end: int) -> int:
    """The end of an organization's name that goes on with what it works on or for:
    "Working Group" + "on Arbitrary Detention", "Commission" + "for Truth and
    Reconciliation" (capitalized words after "on"/"for", joined by "and")."""
    i = head.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ not in ("on", "for") or doc[i].is_sent_start:
        return end
    words: list[Token] = []
    for token in doc[i + 1 : i + 8]:
        if token.is_sent_start:
            break
        if token.ent_type_ in TIME_LABELS:
            break  # "the Security Council on Monday"
        if token.text[:1].isupper() and token.is_alpha and token.pos_ in ("PROPN", "NOUN", "ADJ"):
            words.append(token)
        elif token.lower_ != "and" or not words:
            break
    while words and words[-1].lower_ == "and":
        words.pop()
    return words[-1].idx + len(words[-1].text) if words else end


def with_missed_names(doc: Doc, mentions: list[Mention], lexicon: ActorLexicon) -> list[Mention]:
    """Add people spaCy did not tag: a surname of someone named in full elsewhere in the
    article ("Hanafi" after "Abdul Salam Hanafi"), and a capitalized name right after a
    title ("Russia's envoy, Vassily Nebenzia")."""
    text = text_of(doc)
    covered = [(m.start, m.end) for m in mentions]
    surnames = {
        m.text.split()[-1]
        for m in mentions
        if m.label == "PERSON" and len(m.text.split()) > 1 and len(m.text.split()[-1]) > 2
    }
    found: list[Mention] = []

    taken = SpanSet(covered)

    def free(start: int, end: int) -> bool:
        return not taken.overlapping(start, end)

    for run in title_case_runs(doc, pos=("PROPN",), min_length=1):
        start, end = run[0].idx, run[-1].idx + len(run[-1].text)
        if not free(start, end) or lexicon.lookup(text[start:end]) is not None:
            continue
        sentence = run[0].sent.start_char
        if len(run) >= 2 and follows_title(doc, run[0], lexicon):
            name = text[start:end]
            found.append(Mention(start, end, name, "PERSON", f"PERSON:{name}", None, sentence))
            continue
        for token in run:
            if token.text in surnames and zipf(token.text) < GENERIC_WORD_ZIPF:
                end = token.idx + len(token.text)
                key = f"PERSON:{token.text}"
                found.append(Mention(token.idx, end, token.text, "PERSON", key, None, sentence))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: m.start)


def with_people_retyped(doc: Doc, mentions: list[Mention], lexicon: ActorLexicon) -> list[Mention]:
    """People spaCy calls organizations: a name of two to four capitalized words with
    no organization word that a title follows ("Rogier Vos, assistant professor at
    …") or whose last word the article also uses alone ("Vos said").  Organizations
    are not named by their last word ("Reporters Without Borders" is never "Borders")."""
    text = text_of(doc)
    for mention in mentions:
        words = mention.text.split()
        if mention.label != "ORG" or mention.actor is not None or not 2 <= len(words) <= 4:
            continue
        if not all(is_name_word(w) for w in words):
            continue  # "VOA Korean", "Kling AI": an acronym is no part of a personal name
        org_words = lexicon.org_words | lexicon.place_heads | not_entities().org_heads
        if any(w.lower() in org_words or lexicon.demonym_country(w) for w in words):
            continue
        if any(lexicon.is_title_word(w) or lexicon.lookup(w) is not None for w in words):
            continue
        titled = apposition_after(doc, mention.end, lexicon) is not None or apposed_to_title(
            doc, mention, lexicon
        )
        alone = len(re.findall(rf"\b{re.escape(words[-1])}\b", text)) > len(
            re.findall(rf"\b{re.escape(mention.text)}\b", text)
        )
        if titled or alone:
            mention.label = "PERSON"
            mention.key = f"PERSON:{mention.text}"
    return mentions


def is_name_word(word: str) -> bool:
    """A capitalized word of letters, hyphenated parts allowed ("Zia-ul", "Al-Amin")."""
    return word[:1].isupper() and word[1:].islower() and word.replace("-", "").isalpha()


def apposed_to_title(doc: Doc, mention: Mention, lexicon: ActorLexicon) -> bool:
    """A name set beside a title: "the deputy minister for culture, Ana Ruiz, said"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "appos":
        return False
    return lexicon.is_title_word(span.root.head.text)


OPEN_CONNECTORS = ("of", "on", "for", "in", "against")
OF_GAPS = (" of ", " of the ", " on ", " on the ")
TIME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})


def org_heads(lexicon: ActorLexicon) -> frozenset[str]:
    """Words that end an organization's name: "Council", "Court", "Alliance"."""
    return lexicon.org_words | not_entities().org_heads


def with_open_names_closed(
    doc: Doc, mentions: list[Mention], lexicon: ActorLexicon
) -> list[Mention]:
    """An organization's name spaCy cut at "of"/"on" takes in the name that follows:
    "Spirits Council of" + "the United States", "the Supreme Court" + "of Chile",
    "Alliance on" + "China" ("<Org> of <Place>" is one name)."""
    text = text_of(doc)
    result: list[Mention] = []
    skip: set[int] = set()
    for n, mention in enumerate(mentions):
        if n in skip:
            continue
        last = mention.text.rsplit(" ", 1)[-1]
        following = mentions[n + 1] if n + 1 < len(mentions) else None
        gap = text[mention.end : following.start] if following is not None else ""
        cut = last in OPEN_CONNECTORS and gap in (" ", " the ")
        if not cut and following is not None and following.label != "PERSON":
            cut = last.lower() in org_heads(lexicon) and gap in OF_GAPS
        if mention.label != "ORG" or mention.actor is not None or not cut or following is None:
            result.append(mention)
            continue
        name = text[mention.start : following.end]
        actor = lexicon.lookup(name)
        result.append(
            Mention(
                mention.start, following.end, name, "ORG", f"ORG:{name}", actor, mention.sentence
            )
        )
        skip.add(n + 1)
    return result


def with_named_after_people_joined(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An organization named after a person is one name: spaCy tags "Mara K. Osei" a
    person (or an organization) and "Policy Institute" an organization in "the Mara K.
    Osei Policy Institute" ("<Name> <Org>", one space apart, the organization's name
    following; two names are never written one space apart otherwise), and so is one
    opened by a country's or body's abbreviation ("U.N. Human Rights Office")."""
    text = text_of(doc)
    result: list[Mention] = []
    for mention in mentions:
        previous = result[-1] if result else None
        if (
            previous is not None
            and (
                (previous.label in ("PERSON", "ORG") and previous.actor is None)
                or (is_abbreviation(previous.text) and len(mention.text.split()) >= 2)
            )
            and mention.label == "ORG"
            and mention.actor is None
            and text[previous.end : mention.start] == " "
            and mention.text[:1].isupper()
        ):
            name = text[previous.start : mention.end]
            result[-1] = Mention(
                previous.start, mention.end, name, "ORG", f"ORG:{name}", None, previous.sentence
            )
            continue
        result.append(mention)
    return result


def is_abbreviation(text: str) -> bool:
    """ "U.N.", "EU", "U.S.": an abbreviation that may open an organization's name
    ("U.N. Human Rights Office", "U.S. District Court")."""
    return 2 <= len(text) <= 6 and not any(c.islower() for c in text) and text[:1].isalpha()


def with_lists_split(mentions: list[Mention], lexicon: ActorLexicon) -> list[Mention]:
    """One mention per name where spaCy tagged a list as one name: "Twitter,
    Instagram and Facebook" is three; "Ministry of Culture, Ana Ruiz" is two.  A
    name with "and" but no comma stays whole ("Bosnia and Herzegovina")."""
    return split_where(mentions, ", ", lambda m: split_list(m, lexicon))


def with_parentheses_split(mentions: list[Mention], lexicon: ActorLexicon) -> list[Mention]:
    """Two mentions where spaCy ran a name into the one defined in its brackets:
    "DOJ (Department of Justice" is "DOJ" and "Department of Justice"."""
    return split_where(mentions, " (", lambda m: split_at_bracket(m, lexicon))


def split_where(
    mentions: list[Mention], marker: str, split: Callable[[Mention], list[Mention]]
) -> list[Mention]:
    """Each place mention holding ``marker`` replaced by what ``split`` makes of it."""
    result: list[Mention] = []
    for mention in mentions:
        if marker in mention.text and mention.label in ("ORG", "GPE", "LOC"):
            result.extend(split(mention))
        else:
            result.append(mention)
    return result


def split_at_bracket(mention: Mention, lexicon: ActorLexicon) -> list[Mention]:
    outer, _, inner = mention.text.partition(" (")
    inner = inner.split(")", 1)[0].strip()
    if not outer[:1].isupper() or not inner[:1].isupper():
        return [mention]
    inner_start = mention.start + len(outer) + 2
    return [
        retyped_piece(mention, mention.start, outer, lexicon),
        retyped_piece(mention, inner_start, inner, lexicon),
    ]


def retyped_piece(mention: Mention, start: int, piece: str, lexicon: ActorLexicon) -> Mention:
    """A part of a mention, typed by the actor list where it knows the part."""
    actor = lexicon.lookup(piece)
    label = actor.type if actor is not None else mention.label
    key = f"{label}:{actor.name}" if actor is not None else f"{label}:{piece}"
    return Mention(start, start + len(piece), piece, label, key, actor, mention.sentence)


def split_list(mention: Mention, lexicon: ActorLexicon) -> list[Mention]:
    pieces: list[tuple[int, str]] = []
    offset = 0
    parts = mention.text.split(", ")
    for n, part in enumerate(parts):
        if n == len(parts) - 1 and part.startswith("and "):
            offset += 4
            part = part[4:]
        elif n == len(parts) - 1 and " and " in part and len(parts) > 1:
            first, _, last = part.partition(" and ")
            pieces.append((offset, first))
            offset += len(first) + 5
            part = last
        pieces.append((offset, part))
        offset += len(part) + 2
    if not all(p[:1].isupper() for _, p in pieces):
        return [mention]
    return [retyped_piece(mention, mention.start + at, piece, lexicon) for at, piece in pieces]


def without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Where two mentions overlap (a name extended over spaCy's split), keep the longer."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, m.start - m.end)):
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


def follows_title(doc: Doc, first: Token, lexicon: ActorLexicon) -> bool:
    """Is the token before ``first`` (or before a comma there) a person's title?"""
    i = first.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].lower_ in lexicon.title_sectors


def title_case_runs(
    doc: Doc, *, pos: tuple[str, ...] = ("PROPN", "NOUN"), min_length: int = 2
) -> list[list[Token]]:
    """Maximal runs of capitalized proper nouns (and nouns) inside one sentence."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for token in doc:
        capital = token.text[:1].isupper() and token.is_alpha and token.pos_ in pos
        if capital and (not current or not token.is_sent_start):
            current.append(token)
            continue
        if len(current) >= min_length:
            runs.append(current)
        current = [token] if capital else []
    if len(current) >= min_length:
        runs.append(current)
    return runs


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from the tokens on every access."""
    cached = doc.user_data.get("dossier_text")
    if cached is None:
        cached = doc.user_data["dossier_text"] = doc.text
    return str(cached)


def window_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens overlapping ``[start, end)``, found without a scan of the whole doc."""
    start, end = max(0, start), min(len(text_of(doc)), end)
    if end <= start:
        return []
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


@lru_cache(maxsize=1)
def compass_words() -> frozenset[str]:
    """Words of direction that open a region's name (``compass_words``)."""
    return frozenset(str(w).lower() for w in load_data("actors.yaml").get("compass_words", []))


def opens_with_direction(run: list[Token], lexicon: ActorLexicon) -> bool:
    """ "North Sinai Governorate", "South Kordofan State": a direction word, then a
    place the actor list knows, is one region's name (the entity ruler would otherwise
    keep the listed place and leave the direction word a name of its own)."""
    if run[0].lower_ not in compass_words():
        return False
    place = lexicon.lookup(run[1].text)
    return (
        place is not None
        and place.type in ("GPE", "LOC")
        and lexicon.lookup(" ".join(t.text for t in run[:2])) is None
    )


def extend_name_left(doc: Doc, start: int, lexicon: ActorLexicon) -> int:
    """Take in name words spaCy left out: "said [Bharat] Bhushan Babu".  A particle
    spaCy put first stays ("President Dos Santos", "De Gaulle")."""
    named_from = start
    tokens = [t for t in window_tokens(doc, start - 60, start) if t.idx + len(t.text) < start]
    for token in reversed(tokens):
        gap = text_of(doc)[token.idx + len(token.text) : start]
        if gap != " " or token.ent_type_ not in ("", "PERSON"):
            break
        if token.lower_ in lexicon.name_particles and token.is_alpha:
            start = token.idx  # "Ursula [von der] Leyen": kept only if a name precedes
            continue
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or not token.is_alpha:
            break
        if token.lower_ in lexicon.honorifics or lexicon.is_title_word(token.text):
            break
        if lexicon.lookup(token.text) is not None or lexicon.demonym_country(token.text):
            break
        if token.is_sent_start and zipf(token.text) >= GENERIC_WORD_ZIPF:
            break
        start = token.idx
    while (
        start < named_from
        and text_of(doc)[start:].split(" ", 1)[0].lower() in lexicon.name_particles
    ):
        start += len(text_of(doc)[start:].split(" ", 1)[0]) + 1
    return start


def extend_name_right(doc: Doc, end: int, lexicon: ActorLexicon) -> int:
    """Take in a surname spaCy split off: "[Shah Mehmood] Qureshi"."""
    text = text_of(doc)
    reached = end
    while reached > 0 and text[:reached].split()[-1].lower() in lexicon.name_particles:
        reached -= len(text[:reached].split()[-1]) + 1  # "Ursula von" ends in a particle
    end, cursor = reached, reached
    for token in window_tokens(doc, reached, reached + 80):
        if token.idx < cursor:
            continue
        if text[cursor : token.idx] != " " or not token.is_alpha:
            break
        if token.lower_ in lexicon.name_particles:
            cursor = token.idx + len(token.text)  # kept only if a name follows
            continue
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            break
        if token.ent_type_ not in ("", "PERSON", "ORG", "GPE"):
            break
        if is_hyphenated_on(doc, token):
            break  # "Inouye [Asia]-Pacific Center": the word opens the next name
        if lexicon.lookup(token.text) is not None or lexicon.is_title_word(token.text):
            break
        end = cursor = token.idx + len(token.text)
    return end


def is_hyphenated_on(doc: Doc, token: Token) -> bool:
    """Is ``token`` the first part of a hyphenated word ("Asia" in "Asia-Pacific")?"""
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is not None and not token.whitespace_ and following.text in ("-", "–")


def trimmed_bounds(doc: Doc, ent: SpacySpan) -> tuple[int, int]:
    """Character bounds of an entity without a leading "the" or trailing possessive."""
    start, end = ent.start_char, ent.end_char
    text = text_of(doc)[start:end]
    opens_sentence = bool(ent[0].is_sent_start)  # "The Union Election Commission had …"
    if text[:4] == "the " or (text[:4] == "The " and (ent.label_ != "ORG" or opens_sentence)):
        start += 4
    text = text_of(doc)[start:end]
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            end -= len(suffix)
            break
    while end > start and not text_of(doc)[end - 1].isalnum() and text_of(doc)[end - 1] not in ").":
        end -= 1
    while start < end and not text_of(doc)[start].isalnum():
        start += 1
    return start, end


def can_be_name(text: str) -> bool:
    return (
        len(text) >= 2
        and any(c.isupper() for c in text)
        and not text.startswith("@")
        and not text.isdigit()
    )


def strip_place_suffix(text: str, start: int, end: int, lexicon: ActorLexicon) -> tuple[str, int]:
    """ "Kunduz city" → "Kunduz" (the whole stays an alias)."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in lexicon.place_suffixes:
        new = " ".join(words[:-1])
        return new, start + len(new)
    return text, end


def title_before(doc: Doc, start: int, lexicon: ActorLexicon) -> Span | None:
    """The run of title words right before a name: "Russian Defence Minister" Sergei Shoigu."""
    tokens = [
        t
        for t in window_tokens(doc, start - 120, start)
        if t.idx + len(t.text) <= start and t.idx >= start - 120
    ]
    if len(tokens) > 1 and tokens[-1].text == ",":  # "A Taliban spokesman, Suhail Shaheen"
        start = tokens[-1].idx
        tokens = tokens[:-1]
    run: list[Token] = []
    for token in reversed(tokens):
        if token.idx + len(token.text) + len(token.whitespace_) < start - 1 and not run:
            break
        if not (is_title_token(token, lexicon) or modifies_title(token, run, lexicon)):
            break
        if token.ent_type_ == "PERSON" and demonym_country(token.text) is None:
            break  # spaCy tags a leading "Moldovan" PERSON at times
        run.insert(0, token)
    while run and run[0].lower_ in CONNECTORS:
        run.pop(0)
    if not run or not any(lexicon.is_title_word(t.text) for t in run):
        return None
    return run[0].idx, run[-1].idx + len(run[-1].text)


def apposition_after(doc: Doc, end: int, lexicon: ActorLexicon) -> Span | None:
    """A title in apposition after a name: Ahmad Massoud, "leader of the NRF","""
    following = [t for t in window_tokens(doc, end, end + 200) if t.idx >= end]
    if len(following) < 2 or following[0].text != ",":
        return None
    run: list[Token] = []
    depth = 0
    for token in following[1:]:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif depth == 0 and not is_title_token(token, lexicon):
            break
        run.append(token)
    while run and (run[-1].lower_ in CONNECTORS or run[-1].text in "()"):
        run.pop()
    if not run or not any(lexicon.is_title_word(t.text) for t in run):
        return None
    return run[0].idx, run[-1].idx + len(run[-1].text)


def modifies_title(token: Token, run: list[Token], lexicon: ActorLexicon) -> bool:
    """ "media" in "Hong Kong media tycoon", "opposition" in "Kenyan opposition leader":
    a lower-case noun or adjective modifying the title word after it."""
    return (
        bool(run)
        and token.text.islower()
        and token.pos_ in ("NOUN", "ADJ")
        and token.dep_ in ("compound", "amod", "nmod")
        and token.head in run
        and lexicon.is_title_word(token.head.text)
    )


def is_title_token(token: Token, lexicon: ActorLexicon) -> bool:
    text = token.text
    return (
        lexicon.is_title_word(text)
        or text.lower() in CONNECTORS
        or text in ("'s", "’s")
        or (text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ"))
        or demonym_country(text) is not None
        or token.ent_type_ in ("ORG", "GPE", "NORP")  # "leader of al-Qaeda"
    )
