"""Clauses: the verb a trigger's clause hangs on and the evidence span it covers, the
clause's own words without those describing its nouns, whether two verbs share a time,
whether a clause is background ("…, where a dam burst"), to-infinitives, and how far
up the mood of a head can reach a trigger (not past a contrast: "…, but Lima withdrew").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.models import Span
from dossier.syntax.tree import children_of
from dossier.syntax.words import WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "clause_head",
    "clause_span",
    "has_to",
    "is_background",
    "is_contrasted",
    "modal_chain",
    "own_clause",
    "reported_content",
    "reporter_of_conjunct",
    "shares_time",
    "subtree_bounds",
]


def has_to(verb: Token) -> bool:
    """Is ``verb`` a to-infinitive ("to fight")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def clause_head(token: Token) -> Token:
    """The verb whose clause a trigger sits in (the trigger itself when it is a verb)."""
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT":
            return current
        current = current.head
    return current


def subtree_bounds(token: Token) -> Span:
    """The characters from the first to the last word of ``token.subtree``, found by
    going down the first left and the last right children (the subtree's order)
    instead of making a Token of every word of a clause."""
    first = token
    while (left := next(first.lefts, None)) is not None:
        first = left
    last = token
    while rights := list(last.rights):
        last = rights[-1]
    return first.idx, last.idx + len(last.text)


def clause_span(token: Token, text: str) -> Span:
    """The evidence: the trigger's clause, within its sentence."""
    head = clause_head(token)
    low, high = subtree_bounds(head)
    sentence = token.sent
    low, high = max(low, sentence.start_char), min(high, sentence.end_char)
    while high > low and text[high - 1] in " .,;:":
        high -= 1
    return low, high


def own_clause(clause: Token) -> list[Token]:
    """The words of a clause without the clauses that describe its nouns: in "Sudan
    must return a helicopter that was captured last week", not "captured"."""
    inner = {
        n.i
        for c in clause.subtree
        if c.dep_ in ("relcl", "acl") and c.i != clause.i
        for n in c.subtree
    }
    return [n for n in clause.subtree if n.i not in inner]


def shares_time(verb: Token) -> bool:
    """Does ``verb`` happen when the verb it hangs on does: a coordinated verb ("killed
    one and detained two"), or a participle telling what came with it ("…, killing
    one insurgent")?  Not a to-clause or a clause with its own conjunction."""
    if verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "conj":
        return True
    marked = any(c.dep_ in ("mark", "aux") for c in children_of(verb))
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not marked


def is_background(token: Token) -> bool:
    """A clause describing a place ("Moldavia, where a dam burst last spring"):
    background to the sentence, not the event it reports."""
    clause = token
    while clause.dep_ not in ("relcl", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "relcl" and any(
        c.lower_ == "where" and c.dep_ == "advmod" for c in children_of(clause)
    )


def modal_chain(token: Token, depth: int = 4) -> list[Token]:
    """The trigger and the heads whose mood can reach it, at most ``depth`` up.  A
    relative clause or a prepositional phrase is out of reach: in "announced after
    talks that were facilitated by X" the facilitating is not what was announced.  Nor
    is a clause with its own subject set against it by "but": in "Chile had planned to
    sign the pact, but Santiago pulled out" the pulling out was no plan."""
    chain = [token]
    node = token
    while len(chain) <= depth and node.head.i != node.i:
        if node.dep_ in ("pobj", "prep", "agent") or (node.dep_ == "relcl" and not has_to(node)):
            break  # "a way to supply us" is still in reach
        if node.dep_ == "conj" and is_contrasted(node):
            break
        node = node.head
        chain.append(node)
    return chain


def is_contrasted(clause: Token) -> bool:
    """A joined clause with its own subject, set against the one before by a contrast
    conjunction ("…, but Santiago pulled out", "…, yet Lima withdrew")."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause)):
        return False
    joints = [c for c in (*children_of(clause.head), *children_of(clause)) if c.dep_ == "cc"]
    return any(c.lower_ in WORDS.contrast_conjunctions for c in joints)


def stated_fact_subject(word: Token) -> Token | None:
    """The subject of the that-clause ``word`` governs, or its copula does when ``word``
    is a predicate adjective ("was disappointed [that China had vetoed it]": China);
    None for a clause under a modal, its verb in the base form ("worried that the
    drought will spread"): a fear of what may come, not an act told."""
    heads = [word, word.head] if word.dep_ == "acomp" else [word]
    for clause in (c for head in heads for c in children_of(head) if c.dep_ == "ccomp"):
        if clause.tag_ != "VB" and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause)
        ):
            return next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def reporter_of_conjunct(verb: Token) -> Token | None:
    """The reporting verb a spoken act joined to its reported clause really stands
    beside: "Moscow denied it had shelled the market and accused Kyiv …" is parsed with
    "accused" hung on "shelled"; the accusation is Moscow's, beside "denied"
    (``spoken_conjuncts`` and ``reporting_heads`` of data/grammar.yaml). Only a finite
    act with no subject or auxiliary of its own, after a clause with a subject of its
    own or an infinitive ("urged the miners to end the blockade and promised talks")."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBN"):
        return None
    if verb.lemma_.lower() not in WORDS.spoken_conjuncts:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(verb)):
        return None
    content = verb.head
    if content.dep_ == "xcomp":
        reporter = content.head
    elif not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(content)):
        return None
    elif content.dep_ == "ccomp":
        reporter = content.head
    elif content.dep_ == "acl" and content.head.dep_ == "dobj":  # "rejected claims that …"
        reporter = content.head.head
    else:
        return None
    return reporter if reporter.lemma_.lower() in WORDS.reporting_heads else None


def reported_content(clause: Token) -> list[Token]:
    """The words of ``clause``'s subtree without the spoken acts its reporter joined
    to it (``reporter_of_conjunct``), nor their words."""
    words = list(clause.subtree)
    joined = [w for w in words if w.i != clause.i and reporter_of_conjunct(w) is not None]
    if not joined:
        return words
    spans = [(w.left_edge.i, w.right_edge.i) for w in joined]
    return [w for w in words if not any(a <= w.i <= b for a, b in spans)]
