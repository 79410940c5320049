"""Readings that look like an event's trigger but tell no event between actors.

Each check takes the trigger's token and the word lists of ``data/events.yaml`` and
says whether the trigger should be left uncoded.  They were found by listing the
predictions that match no gold event on voa_dev, the GSR, seeds and examples
(bench notes in the README's "Event precision" section) and keeping only the classes
that were wrong in most of their cases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.syntax.clauses import is_contrasted
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import grammar_words

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token


def is_attempt(token: Token, attempt_verbs: frozenset[str]) -> bool:
    """ "Britain is seeking to finalize a deal", "Rome has tried to broker a truce": a
    verb of trying with a to-infinitive and no object of its own tells an effort (the
    infinitive is the event, if any), not a request made to anyone."""
    if token.lemma_.lower() not in attempt_verbs or token.pos_ not in ("VERB", "AUX"):
        return False
    children = list(children_of(token))
    if any(c.dep_ in ("dobj", "dative") for c in children):
        return False
    return any(
        c.dep_ == "xcomp" and any(m.dep_ == "aux" and m.lower_ == "to" for m in children_of(c))
        for c in children
    )


def is_wanted_thing(token: Token, wanting_verbs: frozenset[str]) -> bool:
    """ "demanded the withdrawal of the troops", "called for sanctions on Iran", "they
    require India's military assistance": a deed named as what someone asks for, needs
    or hopes for has not happened; the asking is the event (coded at its verb). So is
    one the noun of asking or of a warrant names ("the calls for his release", "a warrant
    for the arrest of X")."""
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "pobj"):
        return False
    head = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else token.head
    return head.pos_ in ("VERB", "NOUN") and head.lemma_.lower() in wanting_verbs


def is_received_thing(
    token: Token, visit_verbs: frozenset[str], visitor_nouns: frozenset[str]
) -> bool:
    """ "He received advertising contracts from three firms", "the town received aid":
    receiving is a visit only when who is received is a person, a body or a
    delegation ("the king received the Chilean envoy"), not a thing.  What is received
    may be told as the passive subject or as the noun the participle follows ("aid had
    been received from Japan", "the assistance received by the refugees"; issue 16, cv8)."""
    if token.lemma_.lower() not in visit_verbs or token.pos_ not in ("VERB", "AUX"):
        return False
    received = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")]
    if not received and token.dep_ == "acl" and token.head.pos_ == "NOUN":
        received = [token.head]
    if not received:
        return False
    return not any(is_visitor(noun, visitor_nouns) for noun in received)


def is_arriving_thing(
    token: Token, visitor_nouns: frozenset[str], armed_nouns: frozenset[str]
) -> bool:
    """ "The first batch of vaccines arrived in Lima", "the aid convoy travelled to
    Goma": a thing that arrives pays no visit.  A visit-mode verb (its trigger line
    marked @visit) is left uncoded when its doer is a common noun that is neither a
    visitor, an armed body (a deployment, see the armed-subject rule) nor a group "of"
    either ("the first contingent of Rwandan troops arrived")."""
    if token.pos_ != "VERB" or any(c.dep_ == "dobj" for c in children_of(token)):
        return False
    subject = subject_of(token)
    if subject is None or subject.pos_ != "NOUN":
        return False
    whole = [
        subject,
        *(o for p in children_of(subject) if p.lower_ == "of" for o in children_of(p)),
    ]
    return not any(
        is_visitor(noun, visitor_nouns) or noun.lower_ in armed_nouns or noun.lemma_ in armed_nouns
        for noun in whole
    )


def is_unarmed_mover(token: Token, armed_nouns: frozenset[str]) -> bool:
    """ "Protesters massed outside parliament", "the company moved to Lima": a verb of
    forces moving (``force_moves``, a trigger line naming no object) whose subject (or
    what it counts, "a column of tanks") or object names no armed body is no deployment
    ("security forces assembled the occupants in the courtyard"; issue 16, co4)."""
    if token.lemma_.lower() not in grammar_words().force_moves:
        return False
    subject = subject_of(token)
    if subject is None:
        return True
    whole = [
        subject,
        *(o for p in children_of(subject) if p.lower_ == "of" for o in children_of(p)),
    ]
    moved = [c for c in children_of(token) if c.dep_ == "dobj"]  # "assembled the occupants"
    return not all(
        any(noun.lower_ in armed_nouns or noun.lemma_ in armed_nouns for noun in nouns)
        for nouns in (whole, *([m] for m in moved))
    )


def is_visitor(noun: Token, visitor_nouns: frozenset[str]) -> bool:
    """Whether ``noun`` can be a visitor: a name, a pronoun, an entity that is a person,
    group or state, or a noun of the visitors list ("delegation", "envoy")."""
    if noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return noun.lemma_.lower() in visitor_nouns or noun.lower_ in visitor_nouns


def is_help_with_a_task(
    token: Token, helping_verbs: frozenset[str], future_aux: frozenset[str]
) -> bool:
    """ "The United States can help push for her release", "he helped plan the raids":
    helping with a task nobody is named as receiving is a part in that task, not aid
    to anyone; "helped Samoa rebuild the bridges" (someone helped) is still aid, and
    "he will help release my father" is a promise (coded as one)."""
    if token.lemma_.lower() not in helping_verbs or token.pos_ != "VERB":
        return False
    children = list(children_of(token))
    if any(c.dep_ in ("dobj", "dative", "iobj") for c in children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in future_aux for c in children):
        return False
    return any(
        c.dep_ in ("xcomp", "ccomp")
        and c.pos_ == "VERB"
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in children_of(c))
        for c in children
    )


def is_asked_about(token: Token, question_preps: frozenset[str]) -> bool:
    """ "Reporters asked the president about the border dispute": the about-phrase hangs
    on the one asked, and the verb puts a question to them, not a request."""
    if token.lemma_.lower() not in grammar_words().question_verbs or token.pos_ != "VERB":
        return False
    asked = [c for c in children_of(token) if c.dep_ in ("dobj", "dative", "nsubjpass")]
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in children_of(token)):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in question_preps for a in asked for c in children_of(a)
    )


def _opens_question(clause: Token, question_words: frozenset[str]) -> bool:
    """Whether a clause under a verb of asking is its question: a ccomp opened by a
    question word ("asked why Peru had closed …"), an advcl by whether/if."""
    opener = clause.left_edge.lower_
    if clause.dep_ == "ccomp":
        return opener in question_words
    return clause.dep_ == "advcl" and opener in grammar_words().yes_no_marks


def is_question_content(token: Token, question_words: frozenset[str]) -> bool:
    """ "was asked whether Chile would send troops", "wondered if Kenya would close the
    border": the act a question is about, at any depth of the asked clause, is neither
    said nor done.  "said Chile would send troops" and "asked Peru to extradite" are
    no questions."""
    node = token
    while node.head.i != node.i:
        asking = node.head.lemma_.lower() in grammar_words().question_verbs
        if asking and _opens_question(node, question_words):
            return True
        node = node.head
    return False


def is_own_obligation(token: Token) -> bool:
    """A request cue in a speaker's words that asks nothing of the actor they name: an
    obligation or need on the speaker, their side or the "you" of talk ("we must defend
    our borders", "I need to force this issue", "maybe I should say", "you need two partners"),
    and a modal guess about the past ("his aides must have approved the raid").
    "We need Chile to reopen the border", "we need Chile's help", "we need real talks with
    Addis Ababa" still ask."""
    words = grammar_words()
    modal = token.tag_ == "MD" and token.dep_ == "aux"
    if not modal and not (token.lemma_.lower() == "need" and token.pos_ == "VERB"):
        return False
    verb = token.head if modal else token
    perfect = [c for c in children_of(verb) if c.dep_ == "aux" and c.i > token.i]
    if modal and any(c.lemma_.lower() in words.perfect_aux for c in perfect):
        return True
    subject = subject_of(verb)
    if subject is None or subject.lower_ not in words.conversation_pronouns:
        return False
    clauses = [verb, *(c for c in children_of(verb) if c.dep_ in ("xcomp", "ccomp"))]
    named = [c for v in clauses for c in children_of(v) if c.dep_ in ("nsubj", "dobj")]
    owners = [p for c in named for p in children_of(c) if p.dep_ == "poss"]  # "Chile's help"
    partners = [  # "talks with Addis Ababa"
        o for c in named for p in children_of(c) if p.lower_ == "with" for o in children_of(p)
    ]
    return not any(c.pos_ == "PROPN" for c in (*named, *owners, *partners))


def is_withdrawal_from_a_plan(
    token: Token, intended_heads: frozenset[str], armed_nouns: frozenset[str]
) -> bool:
    """ "Chile had planned to sign the pact, but Santiago pulled out", "Peru agreed to
    host the summit, yet Lima later withdrew": pulling out, set against a plan or a
    promise, tells the planned act was called off, not a retreat of forces or from a
    place.  "…, but Kenya withdrew its troops", "…, but the troops pulled out of Gao"
    (forces withdrawn, a place left) still code."""
    head = token.head
    if token.dep_ != "conj" or token.pos_ != "VERB" or head.lemma_.lower() not in intended_heads:
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(token)):
        return False
    subject = subject_of(token)
    if subject is not None and armed_nouns & {subject.lower_, subject.lemma_.lower()}:
        return False
    left = [o for p in children_of(token) if p.dep_ == "prep" for o in p.subtree]
    if any(o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "LOC", "FAC") for o in left):
        return False
    return is_contrasted(token)


def is_content_clause(clause: Token) -> bool:
    """A noun's own clause opened by "that" or "for" ("its demand that Israel ease …",
    "its call for Uganda to release …"), not a relative clause about the noun."""
    return clause.head.pos_ == "NOUN" and any(
        c.dep_ == "mark" and c.lower_ in ("that", "for") for c in children_of(clause)
    )


def is_mandative(clause: Token) -> bool:
    """ "Chile insisted that Bolivia withdraw its troops", "proposed that Sudan release the
    prisoners", "insisted that the troops be withdrawn": the that-clause of a verb of
    insisting or proposing (``mandative_heads``) in the subjunctive (a base-form verb with
    its own singular or named subject, or "be" before a participle) asks for the act."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in grammar_words().mandative_heads:
        return False
    if any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in children_of(clause)):
        return True
    if any(c.dep_ == "aux" for c in children_of(clause)):
        return False
    subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and subject.tag_ in ("NN", "NNP"))


def asks_of_subject(clause: Token, obligation_aux: frozenset[str]) -> bool:
    """ "(said) that Iran must release the aid workers", "(insisted) that Bolivia withdraw
    its troops": a that-clause that lays its act on its own subject, by a modal of
    obligation (``obligation_aux``, not one on the speaker or a guess about the past:
    ``is_own_obligation``) or in the mandative subjunctive (``is_mandative``)."""
    modal = next(
        (c for c in children_of(clause) if c.dep_ == "aux" and c.lemma_.lower() in obligation_aux),
        None,
    )
    if modal is None:
        return is_mandative(clause)
    return not is_own_obligation(modal)


def is_participle_as_people(token: Token) -> bool:
    """ "evacuated the wounded from Gao", "freed the detained", "the displaced returned":
    a past participle that heads a noun phrase after "the" names the people it befell,
    not a deed told here (the deed, if any, is told by its own verb or noun)."""
    if token.tag_ != "VBN" or token.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj"):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token))


def is_part_of_a_name(token: Token) -> bool:
    """ "The Alliance of Island States said …", "the Andean Alliance for Trade": a trigger
    noun written as a word of an organisation's or a place's name names that body, not
    an act of it (its own alliance with itself)."""
    if token.pos_ != "PROPN" or token.ent_type_ not in ("ORG", "FAC", "GPE", "LOC", "NORP"):
        return False
    name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return name is not None and sum(w.pos_ != "DET" for w in name) > 1


def is_forestalled_deed(token: Token, verbs: frozenset[str], preps: frozenset[str]) -> bool:
    """ "warned NATO against sending troops", "warned against any attack on Rafah",
    "refrain from attacking", "avoided using force": a deed a warning or a bar is
    about, or one avoided, has not happened (``forestalling_verbs`` and
    ``forestalling_preps``, ``avoiding_verbs`` of ``data/grammar.yaml``)."""
    if token.tag_ == "VBG" and token.dep_ in ("xcomp", "dobj", "ccomp"):
        return token.head.lemma_.lower() in grammar_words().avoiding_verbs
    if token.dep_ not in ("pcomp", "pobj"):
        return False
    prep = token.head
    return prep.dep_ == "prep" and prep.lower_ in preps and prep.head.lemma_.lower() in verbs


def is_time_for_particle(token: Token, particle: str | None) -> bool:
    """ "called al-Burhan on Thursday": the line "call on" fits only by a time phrase;
    every phrase of the particle's preposition names a day or a time, none a party."""
    phrases = [c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == particle]
    return bool(phrases) and all(
        any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in children_of(p))
        for p in phrases
    )


def is_purpose_of_a_diplomatic_act(token: Token, acts: frozenset[str]) -> bool:
    """ "summoned the British ambassador to protest": "to protest" tells why the
    summons was made (a complaint, coded at the summons), not a demonstration."""
    return (
        token.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))
        and token.head.lemma_.lower() in acts
    )


MAKER_PREPS = frozenset({"by", "from"})


def is_threat_as_danger(token: Token, particle: str | None, makers: frozenset[str]) -> bool:
    """Whether a threat noun read through its to- or of-phrase is a danger, not a
    threat made. "To" must open an act, not a thing at risk ("the Houthi threat to
    shipping"); an act held out is a threat whoever makes it ("threats to kill the
    mayor of Lima", cv7: the act is not coded as done). Through "of" its maker must be
    named on the noun ("a threat of sanctions by the EU") or be the subject of a verb of
    ``makers`` ("Iran made threats of strikes", ac4), else it is a danger ("the threat
    of an outbreak")."""
    if particle not in ("to", "of"):
        return False
    if particle == "to":  # "threats to kill the mayor": an act held out, its maker named or not
        return not any(
            c.dep_ == "acl" for c in children_of(token)
        )  # "a threat to shipping": a danger
    if token.dep_ == "dobj" and token.head.lemma_.lower() in makers:
        return False
    return not any(
        c.dep_ == "poss"
        or (c.dep_ == "prep" and c.lower_ in MAKER_PREPS)
        or (c.dep_ in ("amod", "compound") and c.ent_type_ != "")
        for c in children_of(token)
    )


def is_held_out_act(token: Token, particle: str | None) -> bool:
    """A threat noun told through the act it holds out ("included threats to shoot
    students"): a threat made though its noun names no side (kept with none under
    ``--unattributed``; cv7)."""
    return particle == "to" and any(
        c.dep_ == "acl" and c.pos_ == "VERB" for c in children_of(token)
    )


def is_act_as_guessed_subject(token: Token, modal_aux: frozenset[str]) -> bool:
    """ "A Chilean-Peruvian partnership could weaken the cartels", "Japan's cooperation
    with Manila will likely grow slowly": a noun act that is the subject of a guess
    about what may come is talked about, not told as done in the article."""
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in modal_aux for c in children_of(token.head)
    )


def is_other_lines_object(
    own: str | None, token: Token, found: Token, particles: Iterable[str | None]
) -> bool:
    """Whether the object a verb+object line (its particle ``own``) matched is reached
    through the particle of another line of the same verb (``particles``): "called on
    the Cambodian leader to act" is the request "call on", not the phone call "call …
    leader" (issue 16 item 1)."""
    via = found.head if found.dep_ == "pobj" else None
    if via is None or via.head.i != token.i:
        return False
    return any(via.lower_ == particle != own for particle in particles)


# What a verb of refusing may name as the thing refused: an object, a clause, a phrase.
REFUSED_PARTS = frozenset(
    {"dobj", "xcomp", "ccomp", "prep", "dative", "attr", "acomp", "advcl", "nsubjpass", "agent"}
)


def is_bare_refusal(token: Token) -> bool:
    """ "The relatives refused.", "Hamas declined": a refusal verb that names nothing
    refused, answering the offer or request told before it (``ArticleMemory.proposer_to``)."""
    return token.pos_ == "VERB" and not any(c.dep_ in REFUSED_PARTS for c in children_of(token))
