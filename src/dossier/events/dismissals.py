"""Dismissals (issue 16, cv18): "President Sall dismissed his health minister", "the
junta fired hundreds of civil servants", "Nauru's cabinet sacked the police chief",
"the board removed the governor from his post".  PLOVER SANCTION: a reduction of an
existing relation, here putting someone out of a post (mode expel, as a party putting out
a member), from whoever dismisses to the one dismissed.

A verb of ``dismissal_verbs`` (data/grammar.yaml) whose object, or the subject of its
passive, is a person: a name the finder reads as a person, or a word for a holder of a
post or for staff (``dismissed_people``: "the minister", "90 laborers").  "Remove" puts
out only with a from-phrase naming a post (``dismissal_posts``: "removed him from his
post"; not "removed from power", a coup's COERCE, nor "removed the barricades").
"Dismissed the allegations", "fired missiles at the town", "fired on the police" name no
one put out of a post and are left to their trigger lines (a refusal, an attack), as is
"dismissed the minister as a liar" (a judgement).
A dismissal whose subject is no actor keeps the one dismissed as its target ("Jorge Ruiz
was fired on Monday"), and one whose dismissed are no actor keeps its doer ("the junta
fired hundreds of teachers").

The construction here is listed by name in ``happenings.DEED_STEPS``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.state import _Candidate
from dossier.models import Entity
from dossier.syntax.mood import is_negated
from dossier.syntax.passives import by_phrase, is_passive
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import grammar_words, lemmas, names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.deed_constructions import DeedConstructions

FROM = frozenset({"from"})
OF = frozenset({"of"})
COUNTS = frozenset({"hundreds", "dozens", "thousands", "scores", "some", "most", "all", "many"})
REMOVING = frozenset({"remove"})
AIMED = frozenset({"at", "upon", "into", "as"})  # "fired at", "dismissed X as a liar"
STRANDED = frozenset({"on", "upon", "at"})  # "officers were fired on": shots
HELD = {False: "dobj", True: "nsubjpass"}


def put_out_of_post(coder: DeedConstructions, token: Token) -> _Candidate | None:
    """The SANCTION ``token`` tells if it puts a person out of a post (see the module
    docstring); None otherwise."""
    words = grammar_words()
    forms = lemmas(token)
    if token.pos_ != "VERB" or not forms & words.dismissal_verbs:
        return None
    if forms & REMOVING and not any(
        o.lemma_.lower() in words.dismissal_posts for o in prep_objects(token, FROM)
    ):
        return None  # "removed the barricades", "removed from power"
    if any(c.lower_ in AIMED or is_stranded(c) for c in children_of(token) if c.dep_ == "prep"):
        return None  # "fired at the officials", "officers were fired upon", "… as a liar"
    passive = is_passive(token)
    held = [c for c in children_of(token) if c.dep_ == HELD[passive]]
    held += [c for h in held for c in h.conjuncts]
    held = [counted(h) for h in held]  # "fired hundreds of civil servants"
    if not held or not all(is_person(coder, h) for h in held):
        return None
    if passive:
        doers = by_phrase(token)
    else:
        subject = subject_of(token)
        doers = [subject] if subject is not None else []
    sources: list[Entity | None] = [a for d in doers for a in coder.finder.actors_of(d) if a]
    targets: list[Entity | None] = []
    for h in held:
        targets += [a for a in coder.finder.actors_of(h) if a and a not in sources + targets]
    trigger = coder.coded_trigger("put_out_of_post", token)
    candidate = _Candidate(trigger, token, trigger.type, sources[:1], targets)
    candidate.negated = is_negated(token)
    return candidate


def is_person(coder: DeedConstructions, word: Token) -> bool:
    """Is ``word`` a person by name, a holder of a post or staff ("the minister", "90
    laborers", "FBI Director James Comey"), not a thing ("the allegations", "missiles")?"""
    if names_one_of(word, grammar_words().dismissed_people):
        return True
    if word.pos_ not in ("PROPN", "PRON"):
        return False
    found = [a for a in coder.finder.actors_of(word) if a is not None]
    return bool(found) and all(a.type == "PERSON" for a in found)


def is_stranded(word: Token) -> bool:
    """Is ``word`` a preposition of aim left without its object ("were fired on")?"""
    return word.lower_ in STRANDED and not any(c.dep_ == "pobj" for c in children_of(word))


def counted(word: Token) -> Token:
    """What a count names ("hundreds of civil servants", "dozens of officers"), else the
    word itself."""
    if word.lower_ not in COUNTS and word.pos_ != "NUM":
        return word
    return next(iter(prep_objects(word, OF)), word)
