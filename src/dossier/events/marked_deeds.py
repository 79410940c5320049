"""Deed nouns whose kind a modifier tells (issue 16, cv16).

PLOVER's COERCE has a mode ``cyber`` (hacking, breaches, website attacks) and ASSAULT a
mode ``sexual``.  News tells both with a common noun and a mark before it: "a cyber
attack on the ministry's servers", "sexual violence against women by soldiers".  The
noun alone is another thing or nothing: "an attack" is an ASSAULT, "violence" in general
("violence erupted after the vote") is no one's deliberate deed we can code.

So a noun trigger line of a marked mode (``MARKED_MODES``: "n:attack @cyber",
"n:violence @sexual") fits a noun of ``marked_nouns`` only when a mark of its mode
modifies it (``cyber_marks``, ``sexual_marks`` of data/events/frames.yaml), and a noun a
cyber mark modifies fits no line of another mode ("a cyber attack" is no ASSAULT)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.frame_data import FrameData
    from dossier.events.triggers import EventLexicon, Trigger

# the modes a mark tells, and the frames.yaml word list of the marks of each
MARKED_MODES = {
    "cyber": "cyber_marks",
    "misinformation": "misinformation_marks",
    "sexual": "sexual_marks",
}
# the modes whose mark rules out every other reading of the noun ("a cyber attack")
EXCLUSIVE_MODES = frozenset({"cyber", "misinformation"})
MARK_DEPS = frozenset({"amod", "compound", "nmod", "advmod"})


def marks_of(frames: FrameData, token: Token) -> set[str]:
    """The modes of ``MARKED_MODES`` whose marks modify ``token``: "cyber attacks",
    "cyber-attack", "sexual violence", "gender-based violence"."""
    modifiers = [c for c in children_of(token) if c.dep_ in MARK_DEPS and c.i < token.i]
    if not modifiers:
        return set()
    forms: set[str] = set()
    for word in modifiers:  # "gender-based": the hyphened modifier read whole too
        text = "".join(t.text_with_ws for t in word.subtree).strip().lower()
        forms |= {word.lower_, word.lemma_.lower(), text}
    return {
        mode
        for mode, section in MARKED_MODES.items()
        if not forms.isdisjoint(frames.word_sections[section].words)
    }


def fits_marks(frames: FrameData, trigger: Trigger, token: Token) -> bool:
    """Whether a noun's trigger line fits the marks on it (see the module docstring)."""
    if not trigger.noun or token.pos_ not in ("NOUN", "PROPN"):
        return True
    marks = marks_of(frames, token)
    if trigger.mode in MARKED_MODES and token.lemma_.lower() in marked_nouns(frames):
        return trigger.mode in marks
    return not (marks & EXCLUSIVE_MODES) or trigger.mode in marks


def marked_nouns(frames: FrameData) -> frozenset[str]:
    """The nouns whose marked lines fit only with their mark (``marked_nouns``)."""
    return frames.word_sections["marked_nouns"].words


def has_own_line(lexicon: EventLexicon, lemma: str) -> bool:
    """Does the noun ``lemma`` have a trigger line of its own, one that needs no mark
    ("withdrawal"; not "campaign", a misinformation line only with its mark)?"""
    return any(t.mode not in MARKED_MODES for t in lexicon.nouns.get(lemma, ()))
