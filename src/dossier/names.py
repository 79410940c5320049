"""Names in the parse: what a mention is, and where a name and its title run begin and end.

``Mention`` is one name at exact character bounds; the functions here say whether a
text can be a name at all (``not_entities`` in ``data/actors.yaml``), whether it
names a place, a people or an organization, extend a person's name spaCy cut short
("Ursula von" + "Leyen"), and find the title runs around it ("Defence Minister
X", "X, leader of the NRF").  The repairs over all the mentions of an article are
``dossier.name_repairs``.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from dossier.doc_arrays import word_bounds, words_within
from dossier.lexicon import Actor, ActorLexicon, demonym_country, load_data, zipf
from dossier.models import Span
from dossier.nlp import TEXT_KEY
from dossier.syntax.phrases import is_inner_hyphen

ENTS_KEY = "dossier_ents"  # a parsed Doc's entities, kept in its user_data (entities_of)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "CONNECTORS",
    "GENERIC_WORD_ZIPF",
    "PLACE_VARIANT_WORDS",
    "Mention",
    "NotEntities",
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
    "text_of",
    "title_before",
    "trimmed_bounds",
    "window_tokens",
]

CONNECTORS = {"of", "to", "for", "the", "'s", "’s", "at", "on"}
HYPHEN_SYLLABLE_ZIPF = 3.5  # "seok", "yeol": rarer than any English word after a hyphen
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


def is_name_word(word: str) -> bool:
    """A capitalized word of letters, hyphenated parts allowed ("Zia-ul", "Al-Amin")."""
    return word[:1].isupper() and word[1:].islower() and word.replace("-", "").isalpha()


_ORG_HEADS: dict[int, tuple[dict[str, str], int, frozenset[str]]] = {}


def org_heads(lexicon: ActorLexicon) -> frozenset[str]:
    """Words ending an organization's name ("Council"), made once per lexicon's sectors."""
    sectors, kept = lexicon.org_sectors, _ORG_HEADS.get(id(lexicon.org_sectors))
    if kept is None or kept[0] is not sectors or kept[1] != len(sectors):
        heads = lexicon.org_words | not_entities().org_heads
        kept = _ORG_HEADS[id(sectors)] = (sectors, len(sectors), heads)
    return kept[2]


def follows_title(doc: Doc, first: Token, lexicon: ActorLexicon) -> bool:
    """Is the token before ``first`` (or before a comma there) a person's title?"""
    i = first.i - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].lower_ in lexicon.title_sectors


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from the tokens on every access."""
    cached = doc.user_data.get(TEXT_KEY)
    if cached is None:
        cached = doc.user_data[TEXT_KEY] = doc.text
    return str(cached)


def entities_of(doc: Doc) -> tuple[SpacySpan, ...]:
    """``doc.ents``, read once: spaCy makes a new Span of every entity on each access
    (the date, name and entity stages each read them)."""
    cached = doc.user_data.get(ENTS_KEY)
    if not isinstance(cached, tuple):
        cached = doc.user_data[ENTS_KEY] = tuple(doc.ents)
    found: tuple[SpacySpan, ...] = cached
    return found


def window_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens overlapping ``[start, end)``, found without a scan of the whole doc."""
    start, end = max(0, start), min(len(text_of(doc)), end)
    if end <= start:
        return []
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


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
    """Take in a surname spaCy split off: "[Shah Mehmood] Qureshi", and the second
    syllable of a hyphenated given name: "[Kim Min]-seok"."""
    text = text_of(doc)
    reached = end = hyphen_tail_end(doc, end)
    while reached > 0 and text[:reached].split()[-1].lower() in lexicon.name_particles:
        reached -= len(text[:reached].split()[-1]) + 1  # "Ursula von" ends in a particle
    end, cursor = reached, reached
    limit = min(len(text), reached + 80)  # the words of that window, made one by one
    for i in range(bisect.bisect_left(word_bounds(doc)[0], reached), len(doc)):
        token = doc[i]
        if token.idx >= limit:
            break
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


def hyphen_tail_end(doc: Doc, end: int) -> int:
    """The end of a name spaCy cut at the hyphen of a given name: "Kim Min[-seok]",
    "Yoon Suk[-yeol]".  The part after the hyphen is a lowercase syllable no English
    word is ("Trump[-backed]", "Biden[-era]" stay cut)."""
    after = [t for t in window_tokens(doc, end, end + 20) if t.idx >= end]
    if len(after) < 2 or after[0].idx != end or after[0].text not in ("-", "‐"):
        return end
    tail = after[1]
    if tail.idx != end + 1 or not (tail.is_alpha and tail.is_lower):
        return end
    if zipf(tail.text) >= HYPHEN_SYLLABLE_ZIPF or is_hyphenated_on(doc, tail):
        return end  # "Min-seok-style": a compound word, not a name
    return tail.idx + len(tail.text)


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


def title_before(doc: Doc, start: int, lexicon: ActorLexicon) -> Span | None:
    """The run of title words right before a name: "Russian Defence Minister" Sergei Shoigu."""
    within = words_within(doc, start - 120, start)  # made Tokens one by one, from the last
    if len(within) > 1 and doc[within[-1]].text == ",":  # "A Taliban spokesman, Suhail Shaheen"
        start = doc[within[-1]].idx
        within = within[:-1]
    run: list[Token] = []
    for i in reversed(within):
        token = doc[i]
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
    first = bisect.bisect_left(word_bounds(doc)[0], end)  # the first word from ``end`` on
    if first == len(doc) or doc[first].text != ",":
        return None  # the one the window's words below would open with
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
        or is_inner_hyphen(token)  # "Secretary-General", "Attorney-General"
        or text.lower() in CONNECTORS
        or text in ("'s", "’s")
        or (text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ"))
        or demonym_country(text) is not None
        or token.ent_type_ in ("ORG", "GPE", "NORP")  # "leader of al-Qaeda"
    )
