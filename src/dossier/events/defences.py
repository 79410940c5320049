"""Defences in a speaker's words: a charge dismissed ("the charges are fabricated", "the
evidence cannot prove my client …") and a measure defied ("the decree will never silence
me"). Both are REJECT from the speaker (issue 16, unseen news); stances.QuoteStances
aims them. Parse readers only."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from dossier.event_evaluation import is_blame_phrase, judgement_phrases, names_a_charge
from dossier.event_opinion import judged_phrase, judgement_words
from dossier.syntax.mood import is_negated
from dossier.syntax.passives import by_phrase
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from dossier.events.triggers import EventLexicon

# Who a speaker's words may name as themselves or their side ("will not stop me"; "her"
# and "him" in reported speech: "X said the decree could never silence her").
SPEAKER_SIDE = frozenset({"me", "us", "i", "we", "her", "him", "she", "he"})
SPEAKER_OWNERS = frozenset({"my", "our", "her", "his"})  # "will not break our resolve"


class Defiance(NamedTuple):
    """A negated verb of deterring, the head of who or what deters, and its words."""

    verb: Token
    doer: Token | None
    words: list[Token]


def dismissal_in(tokens: Sequence[Token], lexicon: EventLexicon) -> Token | None:
    """A dismissive predicate on a charge in a speaker's words ("the charges were
    baseless", "these accusations are politically motivated", "the charges were
    fabricated"), not denied; or a charge said not to prove a deed (``is_disproof``)."""
    words = judgement_words()
    disproving = judgement_phrases().disproving_verbs
    for token in tokens:
        if is_disproof(token, disproving, lexicon):
            return token
        said = {token.lemma_.lower(), token.lower_}  # "fabricated" is read "fabricate"
        dismissive = bool(said & lexicon.dismissals) or is_blame_phrase(token)
        if not dismissive or token.lower_ == "politically":
            continue
        judged, predicate = judged_phrase(token, words)
        if token.pos_ == "VERB":  # "the charges were fabricated": a participle
            judged = next((c for c in children_of(token) if c.dep_ == "nsubjpass"), None)
            predicate = token
        if judged is not None and names_a_charge(judged, lexicon):
            return None if is_negated(predicate) else token
    return None


def is_disproof(verb: Token, disproving: frozenset[str], lexicon: EventLexicon) -> bool:
    """A charge said not to prove a person's deed: a negated verb of proving whose
    subject is a charge or its evidence, and whose that-clause is said of someone or
    whose object someone owns ("the evidence cannot prove that my client took a bribe",
    "does not prove her guilt"; not "the data does not show that the virus leaked")."""
    if verb.lemma_.lower() not in disproving or not is_negated(verb):
        return False
    subject = subject_of(verb)
    if subject is None or not names_a_charge(subject, lexicon):
        return False
    doers = [subject_of(c) for c in children_of(verb) if c.dep_ == "ccomp"]
    owned = [c for c in children_of(verb) if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return any(d is not None and is_someone(d) for d in doers) or any(
        c.dep_ == "poss" for o in owned for c in children_of(o)
    )


def defiance_in(tokens: Sequence[Token]) -> Defiance | None:
    """A measure or threat the speaker says will not deter them ("the ban will not stop
    me", "we will not be intimidated by Kigali"): a negated verb of ``deterring_verbs``
    with the speaker's side as its object (or passive subject), and who deters: its
    subject, or the passive's by-phrase."""
    deterring = judgement_phrases().deterring_verbs
    for verb in tokens:
        if verb.lemma_.lower() not in deterring or verb.pos_ != "VERB" or not is_denied(verb):
            continue
        deterred = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
        if not any(is_speakers(d) for d in deterred):
            continue
        if any(d.dep_ == "nsubjpass" for d in deterred):
            agents = by_phrase(verb)
            words = [w for a in agents for w in a.subtree]
            return Defiance(verb, agents[0] if agents else None, words)
        doer = subject_of(verb)
        return Defiance(verb, doer, list(doer.subtree) if doer is not None else [])
    return None


def is_denied(verb: Token) -> bool:
    """Is ``verb`` negated, or is its subject "no …" or "nothing" ("no amount of pressure
    will stop us", "nothing will silence them")?"""
    subject = subject_of(verb)
    no = subject is not None and any(
        c.dep_ == "det" and c.lower_ == "no" for c in children_of(subject)
    )
    none = no or (subject is not None and subject.lower_ == "nothing")
    return none or is_negated(verb)


def is_speakers(word: Token) -> bool:
    """The speaker's side, or what is theirs: "us", "her", "her spirit", "our resolve"."""
    owners = [c for c in children_of(word) if c.dep_ == "poss"]
    return word.lower_ in SPEAKER_SIDE or any(o.lower_ in SPEAKER_OWNERS for o in owners)


def is_someone(word: Token) -> bool:
    """A word that names a person or party: a name, a pronoun, or a noun someone owns
    ("his client", "my son"), not a thing ("the virus")."""
    owned = any(c.dep_ == "poss" for c in children_of(word))
    return word.pos_ in ("PRON", "PROPN") or word.ent_type_ == "PERSON" or owned
