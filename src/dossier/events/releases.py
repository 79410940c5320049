"""Releases told as nouns (issue 16, rq4): "Ortega's release from jail", "the junta
ordered the release of the students", "days after her release" are PLOVER RETREAT (release), the
possessor or the of-phrase the one freed (``patient_nouns`` of data/events.yaml).

A release noun is also what is asked for, worked for or promised ("her fight for his
release", "could win the journalist's release"), and a thing made public ("a press
release", "the release of a report"): the noun is coded as done only with its
from-phrase ("from prison") or as what a word of ``release_heads``
(data/events/frames.yaml) takes: a verb that orders, announces or greets it, a
preposition that dates something by it.
Release verbs ("was released") are read as before.

The veto here is listed by name in ``dossier.events.vetoes``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.syntax.phrases import prep_objects
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.statements import Statements
    from dossier.events.triggers import Trigger

FROM = frozenset({"from"})
OF = frozenset({"of"})


def is_release_not_told_done(coder: Statements, trigger: Trigger, token: Token) -> bool:
    """Whether a release noun is not told as done (see the module docstring)."""
    if not trigger.noun or trigger.mode != "release" or token.pos_ != "NOUN":
        return False
    if any(c.dep_ == "compound" and c.pos_ != "PROPN" for c in children_of(token)):
        return True  # "a press release", "the release date"
    things = coder.lexicon.idiom_objects.get("release", frozenset())
    if any(o.lemma_.lower() in things for o in prep_objects(token, OF)):
        return True  # "the release of a report": a thing made public (idiom_objects)
    if prep_objects(token, FROM):
        return False
    heads = coder.frames.release_heads.words
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ in heads:  # "after her release"
            return False
        head = head.head
    return head.i == token.i or not ({head.lemma_.lower(), head.lower_} & heads)
