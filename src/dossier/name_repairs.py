"""Name repairs: the mention-level fixes of what spaCy's NER finds in one article.

spaCy's small model splits names ("Ursula von" + "Leyen"), misses them ("Hanafi"
after "Abdul Salam Hanafi"), joins two into one ("A, B and C" as one ORG), or
leaves a name open ("the Ministry of" + "Defence"); each ``with_…`` function here
takes the mentions so far and returns them repaired, in the order the entity
stage (``dossier.entities``) applies them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.parts_of_speech import IDS as POS_IDS

from dossier.doc_arrays import capitalized_words
from dossier.lexicon import ActorLexicon, load_data, zipf
from dossier.mentions import SpanSet
from dossier.names import (
    GENERIC_WORD_ZIPF,
    Mention,
    apposition_after,
    follows_title,
    is_name_word,
    not_entities,
    org_heads,
    text_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "OF_GAPS",
    "OPEN_CONNECTORS",
    "apposed_to_title",
    "compass_words",
    "opens_with_direction",
    "retyped_piece",
    "split_at_bracket",
    "split_list",
    "split_where",
    "title_case_runs",
    "with_compound_names",
    "with_lists_split",
    "with_missed_names",
    "with_named_after_people_joined",
    "with_open_names_closed",
    "with_parentheses_split",
    "with_people_retyped",
    "without_overlaps",
]


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
    """Add people and places spaCy did not tag: a surname of someone named in full
    elsewhere in the article ("Hanafi" after "Abdul Salam Hanafi"), a capitalized name
    right after a title ("Russia's envoy, Vassily Nebenzia"), and one after "the town
    of", "the city of" ("the Malian town of Kidal")."""
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
        if follows_place_noun(doc, run[0], lexicon):
            name = text[start:end]
            found.append(Mention(start, end, name, "GPE", f"GPE:{name}", None, sentence))
            continue
        for token in run:
            if token.text in surnames and zipf(token.text) < GENERIC_WORD_ZIPF:
                end = token.idx + len(token.text)
                key = f"PERSON:{token.text}"
                found.append(Mention(token.idx, end, token.text, "PERSON", key, None, sentence))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: m.start)


def follows_place_noun(doc: Doc, first: Token, lexicon: ActorLexicon) -> bool:
    """ "town of Kidal", "province of Zabul": a name right after a place noun and "of"."""
    i = first.i
    return i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in lexicon.place_nouns


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


def apposed_to_title(doc: Doc, mention: Mention, lexicon: ActorLexicon) -> bool:
    """A name set beside a title: "the deputy minister for culture, Ana Ruiz, said"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "appos":
        return False
    return lexicon.is_title_word(span.root.head.text)


OPEN_CONNECTORS = ("of", "on", "for", "in", "against")
OF_GAPS = (" of ", " of the ", " on ", " on the ")
TIME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})


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


def title_case_runs(
    doc: Doc, *, pos: tuple[str, ...] = ("PROPN", "NOUN"), min_length: int = 2
) -> list[list[Token]]:
    """Maximal runs (``min_length`` words or more, at least one) of capitalized proper
    nouns (and nouns) inside one sentence.

    The capitalized words are read once per Doc from its arrays (``capitalized_words``),
    so that a Token is made only for them, not for every word of the article; a word
    not right after the one before ends a run, as the words between would."""
    wanted = {POS_IDS[p] for p in pos}
    runs: list[list[Token]] = []
    current: list[Token] = []
    for i, tag in capitalized_words(doc):
        if tag not in wanted:
            continue
        token = doc[i]
        if current and current[-1].i == i - 1 and not token.is_sent_start:
            current.append(token)
            continue
        if len(current) >= min_length:
            runs.append(current)
        current = [token]
    if len(current) >= min_length:
        runs.append(current)
    return runs


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
