"""Acts a sentence names without telling them done (issue 16, items 5 and 6: false
positives).  Each is a test of ``trigger_vetoes`` in ``data/events/rewrites.yaml``:

- an act whose happening is told as unknown: "it is unclear whether Kenya will send
  troops", "it remains to be seen if Hamas will accept", "Lima did not say whether it
  would recall its envoy", "small odds that the two presidents meet this year"
  (``uncertain_act``: ``uncertainty_heads`` and ``uncertainty_nouns`` of grammar.yaml);
- a noun act of any kind: "any visit by the emperor must be preceded by an apology"
  (``any_act``: ``any_determiners``);
- an act an impersonal "it is ..." judges: "it is in Egypt's interest to work with
  Turkey", "it is time for Chile to talk with Bolivia" (``judged_act``:
  ``judgement_heads``);
- the act an invitation asks of its guest: "invited the Togolese president to visit
  Accra" is the host's offer (AGREE), no visit (``invited_act``: ``invitation_words``);
- a noun act its doer walks away from: "walked away from the talks" (``left_act``:
  ``leaving_verbs``);
- a summons to give evidence: "were called as witnesses", "was called to testify"
  (``called_to_testify``: ``testimony_words``);
- an order whose object is itself an act of another type: "ordered the release of the
  activist", "ordered new sanctions", "ordered the withdrawal of troops" tell the
  release, the sanctions, the withdrawal (each coded at its own noun),
  no coercion of anyone by the order (``ordered_act``: ``ordering_verbs``);
- the act a call, order or ruling that is ignored, defied or resisted asks for: "ignored
  repeated calls to free the bishop", "defied an order to withdraw" (``unheeded_act``:
  ``unheeding_verbs``; the refusal is the unheeding verb's REJECT, cv10);
- a trigger word that is a word of a name: "Secretary-General Ban Ki-moon",
  "the Working Group on Arbitrary Detention" (part of the test ``part_of_a_name``; the
  article's own entities, not only spaCy's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.syntax.mood import is_negated
from dossier.syntax.tree import children_of
from dossier.syntax.words import grammar_words

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from dossier.events.triggers import Trigger
    from dossier.mentions import EntityIndex

NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
CLAUSES = frozenset({"ccomp", "csubj", "advcl", "xcomp"})  # a clause hung on its head


def _yes_no_clause(node: Token) -> bool:
    """ "whether Kenya will send troops", "if Hamas will accept": a clause its own mark
    opens as a yes/no question."""
    return node.dep_ in CLAUSES and any(
        c.dep_ == "mark" and c.lower_ in grammar_words().yes_no_marks for c in children_of(node)
    )


def _doubts(head: Token) -> bool:
    """Whether a clause's head tells its content as unknown: "is unclear", "remains
    uncertain", "remains to be seen", "hard to predict", "did not say", "is not clear"."""
    words = grammar_words()
    heads = [head, *(c for c in children_of(head) if c.dep_ in ("acomp", "xcomp", "attr"))]
    for word in heads:
        lemma = word.lemma_.lower()
        if lemma in words.uncertainty_heads or word.lower_ in words.uncertainty_heads:
            return True
        if lemma in words.told_heads and (is_negated(word) or is_negated(head)):
            return True  # "is not clear whether", "did not say whether"
    return head.dep_ == "xcomp" and _doubts(head.head)  # "is hard [to predict] whether"


def is_uncertain_act(token: Token) -> bool:
    """An act in a yes/no clause whose head tells it as unknown ("it is unclear whether
    Kenya will send troops"), or in the that-clause of a noun of chance ("there is
    little chance that the leaders will meet"): neither done nor intended."""
    words = grammar_words()
    node = token
    while node.head.i != node.i:
        if _yes_no_clause(node) and _doubts(node.head):
            return True
        if (
            node.dep_ == "acl"
            and node.head.lemma_.lower() in words.uncertainty_nouns
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(node))
        ):
            return True
        node = node.head
    return False


def is_feared_act(token: Token) -> bool:
    """ "amid fears of an attack on Kharkiv", "the risk of a war with Iran": a noun act
    a noun of chance holds in its of/about/over phrase, or a noun of fear when the act
    is not yet known (``fear_nouns``, ``looming_marks`` of grammar.yaml), is not done."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("of", "about", "over"):
        return False
    words = grammar_words()
    holder = token.head.head.lemma_.lower()
    if holder in words.uncertainty_nouns:
        return True
    looming = any(
        (c.dep_ == "det" and c.lower_ in ("a", "an"))
        or (c.dep_ == "amod" and c.lower_ in words.looming_marks)
        for c in children_of(token)
    )
    return looming and holder in words.fear_nouns


def is_any_act(token: Token) -> bool:
    """ "any visit to Seoul by the emperor must be preceded by an apology", "any
    withdrawal of French troops would embolden the jihadists": a noun act under a
    determiner of any kind (``any_determiners``) names a kind of act, none done."""
    words = grammar_words().any_determiners
    return any(c.dep_ == "det" and c.lower_ in words for c in children_of(token))


def is_judged_act(token: Token) -> bool:
    """ "it is in Egypt's interest to work with Turkey", "it would be wise for Kenya to
    negotiate with al-Shabab", "it is time for Chile to talk with Bolivia": a
    to-clause an impersonal "it is ..." judges (``judgement_heads``) is advice or a
    verdict on an act, not the act done.  "Russia said it is ready to attack" (an "it"
    that is someone, with a head of offer) is no judgement."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)):
        return False
    words = grammar_words().judgement_heads
    head = token.head
    if head.lemma_.lower() in words and head.dep_ in ("acomp", "attr"):
        head = head.head  # "important [to support]" hung on its adjective
    if head.lemma_.lower() != "be" or not any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in children_of(head)
    ):
        return False
    judged = [c for c in children_of(head) if c.dep_ in ("acomp", "attr")]
    judged += [o for p in children_of(head) if p.dep_ == "prep" for o in children_of(p)]
    return any(w.lemma_.lower() in words or w.lower_ in words for w in judged)


def is_invited_act(token: Token) -> bool:
    """ "invited the Togolese president to visit Accra", "an invitation to Xi to visit
    Riyadh": the act asked of the guest is the invitation's content, not done."""
    words = grammar_words().invitation_words
    node = token
    for _ in range(2):  # the act itself, or a noun act as its object ("to pay a visit")
        if node.dep_ in ("xcomp", "acl", "relcl") and node.tag_ in ("VB", "VBG"):
            head = node.head
            if head.lemma_.lower() in words or any(
                c.lemma_.lower() in words for c in children_of(head) if c.dep_ == "dobj"
            ):
                return True
        if node.dep_ != "dobj":
            return False
        node = node.head
    return False


def is_left_act(token: Token) -> bool:
    """ "walked away from the talks with X", "stormed out of the meeting": a noun act its
    doer leaves (``leaving_verbs`` with the adverb away/out) is not held."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in ("from", "of"):
        return False
    adverb = prep.head
    if adverb.lower_ not in ("away", "out") or adverb.head.i == adverb.i:
        return False
    return adverb.head.lemma_.lower() in grammar_words().leaving_verbs


def is_unheeded_act(token: Token) -> bool:
    """ "ignored repeated calls to free the bishop", "resisted pressure to reopen the
    schools": a word under the object of an unheeding verb (``unheeding_verbs``), the
    act asked for, is not done, also where the parse hangs its infinitive on the verb
    ("ignored calls from X [to free him]"); a relative clause or participle of the object
    still tells its own ("defied the curfew imposed by the army")."""
    verbs = grammar_words().unheeding_verbs
    head = token.head
    if (
        token.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))
        and head.lemma_.lower() in verbs
        and any(c.dep_ == "dobj" for c in children_of(head))
    ):
        return True
    node = token
    while node.head.i != node.i and node.dep_ != "relcl":
        if node.dep_ == "acl" and node.tag_ in ("VBN", "VBG"):
            return False
        if node.dep_ == "dobj" and node.i != token.i:
            return node.head.lemma_.lower() in verbs
        node = node.head
    return False


def is_called_to_testify(token: Token) -> bool:
    """ "were called as witnesses in the trial", "was called to testify": a court's
    summons to give evidence (``testimony_words``), no call between parties."""
    if token.lemma_.lower() != "call":
        return False
    words = grammar_words().testimony_words
    for child in children_of(token):
        if child.dep_ == "xcomp" and child.lemma_.lower() in words:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "as"
            and any(o.dep_ == "pobj" and o.lemma_.lower() in words for o in children_of(child))
        ):
            return True
    return False


def is_ordered_act(token: Token, type_: str, act_types: Callable[[Token], frozenset[str]]) -> bool:
    """ "ordered the release of the activist": an order (``ordering_verbs``) whose object
    is a noun act of another type (``act_types`` of a word: the types of the trigger
    lines it fits) is that act, coded at the noun; "ordered the arrest of X" stays the
    order's."""
    if token.lemma_.lower() not in grammar_words().ordering_verbs:
        return False
    acts = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")]
    return any(types and type_ not in types for a in acts if (types := act_types(a)))


def is_named_word(token: Token, index: EntityIndex) -> bool:
    """ "Secretary-General Ban Ki-moon", "the Working Group on Arbitrary Detention": a
    capitalised trigger word inside a longer name of a person, body or place that the
    article's entities hold (or a person's name spaCy found) names someone, no act."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    start, end = token.idx, token.idx + len(token)
    for first, last, entity in index.covering(start, end):
        inside = first <= start and end <= last and (first < start or end < last)
        if inside and entity.type in NAMED_TYPES:
            return True
    name = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return name is not None and name.label_ == "PERSON" and len(name) > 1


def trigger_types(match: Callable[[Token], Trigger | None]) -> Callable[[Token], frozenset[str]]:
    """The type of the trigger line a noun fits, as a set (empty when none)."""

    def types(token: Token) -> frozenset[str]:
        if token.pos_ not in ("NOUN", "PROPN"):
            return frozenset()
        found = match(token)
        return frozenset({found.type}) if found is not None else frozenset()

    return types


def is_alleged(chain: list[Token], allegation_heads: frozenset[str]) -> bool:
    """Is the act what someone is accused of ("accusing the Taliban of allowing
    militants to …", "was charged with helping …"): claimed, not told done?"""
    top = chain[-1] if chain else None
    if top is None or top.pos_ != "ADP" or top.lower_ not in ("of", "with", "for"):
        return False
    return top.head.lemma_.lower() in allegation_heads
