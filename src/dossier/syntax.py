"""What the dependency parse says, read the way the event coder needs it.

Subjects (including those spaCy's small model strands on the phrase before, or
detaches from their co-subjects), passives, object control ("accused X of attacking"),
to-infinitive subjects, questions and conditions, and the clause and span an event's
evidence is.  Pure functions of spaCy tokens; the few closed-class words they test
(relative pronouns, control verbs, stance nouns) are data: ``data/grammar.yaml``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from dossier.lexicon import demonym_country, grammar_words
from dossier.models import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "RELATIVE",
    "STRANDED_SKIP",
    "WORDS",
    "apposed_conjuncts",
    "by_phrase",
    "clause_head",
    "clause_span",
    "compound_named",
    "conjuncts",
    "enclosing_phrase",
    "has_no",
    "has_time_agent",
    "has_to",
    "hyphen_tails",
    "hyphened",
    "infinitive_subject",
    "is_background",
    "is_contrasted",
    "is_generic_gerund",
    "is_generic_subject",
    "is_inverted",
    "is_locative",
    "is_negated",
    "is_passive",
    "is_passive_participle",
    "is_question",
    "is_reciprocal",
    "is_stance_infinitive",
    "lemmas",
    "measured_object",
    "modal_chain",
    "names_one_of",
    "object_controller",
    "own_clause",
    "phrases_of",
    "prep_objects",
    "reporting_subject",
    "shared_passive_subject",
    "shares_time",
    "stranded_agent",
    "stranded_conjuncts",
    "stranded_subject",
    "subject_of",
    "subtree_bounds",
]


WORDS = grammar_words()  # data/grammar.yaml
RELATIVE = WORDS.relative_pronouns  # "the embassy, which they accuse of …"
STRANDED_SKIP = frozenset({"aux", "auxpass", "advmod", "neg", "npadvmod"})  # dependency labels


def lemmas(token: Token) -> set[str]:
    """The lemma, and the word minus an inflection: spaCy's small model sometimes
    lemmatizes wrongly ("hopes" → "hop", "waged" → "wag")."""
    lower = token.lower_
    forms = {token.lemma_.lower(), lower}
    if len(lower) > 3:
        if lower.endswith("s"):
            forms.add(lower[:-1])
        if lower.endswith("ed"):
            forms.update((lower[:-1], lower[:-2]))
    return forms


def reporting_subject(pronoun: Token) -> Token | None:
    """The subject of the clause that reports what ``pronoun`` (the subject of the
    reported clause) will do: "the workers said they would strike" → "workers".
    Never a pronoun; "it" never stands for a plural noun."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ not in ("ccomp", "advcl"):
        return None  # "the staff said they …", "22 commandos were shot as they tried …"
    if clause.dep_ == "advcl" and pronoun.lower_ != "they":
        return None  # "X took the city after it fell": "it" is not X
    subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or subject.i > pronoun.i:
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    fits = pronoun.lower_ == "they" or not plural  # "the staff said they", not "…said it"
    return subject if fits and subject.pos_ in ("NOUN", "PROPN") else None


def is_locative(token: Token, place_preps: frozenset[str]) -> bool:
    """Is ``token`` (part of) the object of "in", "at", … — where, not whom?"""
    head = token
    while head.dep_ in ("compound", "amod", "poss", "case", "det") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in place_preps


def names_one_of(token: Token, words: frozenset[str]) -> bool:
    lemma = token.lemma_.lower()
    if lemma in words or token.lower_ in words:
        return True
    # only a lemma that ends a hyphened word of the list can make one (see hyphened)
    if lemma not in hyphen_tails(words) and "" not in words:
        return False
    return hyphened(token) in words


@lru_cache(maxsize=256)
def hyphen_tails(words: frozenset[str]) -> frozenset[str]:
    """What follows a hyphen in the words of ``words`` ("fire" of "cease-fire")."""
    return frozenset(w[k + 1 :] for w in words for k, c in enumerate(w) if c == "-")


def hyphened(token: Token) -> str:
    """The hyphened word the tokenizer split and ``token`` ends ("cease-fire" of "cease",
    "-", "fire"; "cease-fire" of "cease-fires" too), read at its last word; "" if none."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return ""
    return f"{doc[i - 2].lower_}-{token.lemma_.lower()}"


def prep_objects(token: Token, preps: frozenset[str] | None = None) -> list[Token]:
    """The objects of ``token``'s own prepositional phrases (of those in ``preps``, if
    given): "talks with X" → X."""
    return [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and (preps is None or prep.lower_ in preps)
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def compound_named(noun: Token, words: frozenset[str]) -> bool:
    """ "mediation efforts", "aid program": a compound before the noun is one of ``words``."""
    return any(c.dep_ == "compound" and names_one_of(c, words) for c in noun.children)


def object_controller(token: Token) -> Token | None:
    """The object that is the subject of an embedded verb: "urged X to refrain",
    "prevent X from capturing", "accused X of attacking" (object control)."""
    head = token.head
    if token.dep_ == "pcomp" and head.pos_ == "ADP" and head.lower_ in WORDS.control_preps:
        head = head.head
    elif token.dep_ != "xcomp" or head.lemma_.lower() in WORDS.subject_control:
        return None
    # "X was accused of sheltering Y": the passive's subject is the object it controls
    return next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass")), None)


def is_inverted(token: Token) -> bool:
    """ "Should we fail, …": an auxiliary before its subject opens a condition, it does
    not tell anyone what to do."""
    if token.dep_ not in ("aux", "ROOT") or token.pos_ != "AUX":
        return False
    verb = token.head if token.dep_ == "aux" else token
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i for c in verb.children)


def is_generic_gerund(token: Token) -> bool:
    """A gerund that is itself the subject of a clause, with no doer of its own, names a
    kind of act ("Taking over the country by force is not the path"), not an event."""
    if token.tag_ == "VBG" and token.dep_ == "conj":  # "Taking over … and abusing …"
        return is_generic_gerund(token.head)
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("csubj", "csubjpass")
        and not any(c.dep_ in ("nsubj", "poss") for c in token.children)
    )


def is_question(token: Token) -> bool:
    """ "was asked whether …", "asked him about …", "asked as to why …": a question put
    to someone (an interview), not a request."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in WORDS.question_preps:
            return True
        if child.dep_ in ("ccomp", "xcomp", "advcl") and any(
            t.lower_ in WORDS.question_words for t in child.subtree if t.i <= child.i
        ):
            return True
    return False


def infinitive_subject(verb: Token, *, bare: bool = False) -> Token | None:
    """The subject of a to-infinitive clause under ``verb`` ("allowed [X to use]"), or
    with ``bare`` of any infinitive ("let [X travel]"): the one the verb acts on; not
    the subject's own people ("wants its leaders to")."""
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "xcomp") and (bare or has_to(clause)):
            subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children
            ):
                return None
            return subject
    return None


def measured_object(obj: Token) -> Token | None:
    """What a quantity measures: "700 kg of medicine", "tons of food", "a package of
    sanctions" → the of-phrase's noun; "$9 billion in assets" → the in-phrase's."""
    counted = any(c.dep_ == "nummod" or c.tag_ == "CD" for c in obj.children) or obj.tag_ == "CD"
    for prep in obj.children:
        if prep.dep_ == "prep" and (prep.lower_ == "of" or (prep.lower_ == "in" and counted)):
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def is_passive_participle(verb: Token) -> bool:
    """ "the sanctions imposed by the EU": a participle with its by-phrase."""
    return verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)


def by_phrase(verb: Token) -> list[Token]:
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def stranded_agent(verb: Token) -> Token | None:
    """The by-phrase of a passive that the parse hung on its gerund: "has been accused
    of embezzling funds by the government" (an active gerund with an object takes no
    agent of its own; "by forging papers" names a means, not an agent)."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for gerund in prep.children:
            if gerund.dep_ != "pcomp" or not any(c.dep_ == "dobj" for c in gerund.children):
                continue
            for by in gerund.children:
                if by.dep_ == "prep" and by.lower_ == "by":
                    agent = next((g for g in by.children if g.dep_ == "pobj"), None)
                    if agent is not None and agent.pos_ in ("NOUN", "PROPN"):
                        return agent
    return None


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def shared_passive_subject(verb: Token) -> Token | None:
    """The passive subject a coordinated verb shares: "the pair were held and whipped"
    (a participle; "was indicted and will resign" is active, its subject resigns)."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return None
    if verb.tag_ != "VBN":
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def stranded_subject(verb: Token) -> Token | None:
    """The subject a parse hung on the phrase before the verb: in "During the war on
    Terror, China and Russia moved to engage", the small model makes "China" a conjunct
    of "Terror" and leaves "moved" without a subject.  The noun right before the verb
    (past its auxiliaries and adverbs), first of its run of conjuncts after the comma."""
    if verb.pos_ not in ("VERB", "AUX") or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
    ):
        return None
    doc, start = verb.doc, verb.sent.start
    i = verb.i - 1
    while i >= start:  # back over adverbs, commas and phrases ("…, in a press
        token = doc[i]  # conference with Blinken, spoke")
        if token.dep_ == "punct" or (token.head.i == verb.i and token.dep_ in STRANDED_SKIP):
            i -= 1
            continue
        if token.pos_ == "PROPN" and token.dep_ in ("conj", "appos"):
            break
        phrase = enclosing_phrase(token)
        opening = min(t.i for t in phrase.subtree) if phrase is not None else start
        if phrase is None or opening <= start or doc[opening - 1].text != ",":
            break  # only a phrase set off by commas: "X, in a press conference, spoke"
        i = opening - 1
    if i < start or doc[i].pos_ != "PROPN" or doc[i].dep_ not in ("conj", "appos"):
        return None
    first = doc[i]
    while first.dep_ == "conj" and first.head.i < first.i:
        between = doc[first.head.i + 1 : first.i]
        if any(t.text in (",", ";", ":") for t in between) and not any(
            t.dep_ == "cc" for t in between
        ):
            break  # the comma closes the phrase before: the run starts here
        first = first.head
    return first


def stranded_conjuncts(subject: Token) -> list[Token]:
    """Co-subjects a parse hung elsewhere: in "after its spokesperson X and General Y
    were killed" the small model attaches X to "after" and leaves Y alone as the
    subject.  The name joined to the subject by the "and" right before it."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return []
    first = min(t.i for t in subject.subtree)
    if first < 1:
        return []
    cc = subject.doc[first - 1]
    head = cc.head
    if cc.dep_ != "cc" or head.i >= cc.i or head.pos_ != "PROPN" or head.head.i == subject.head.i:
        return []
    return [head]


def is_reciprocal(verb: Token) -> bool:
    """ "A and B upgraded their ties", "… met each other", "… exchanged insults": the
    subjects act on one another."""
    if verb.lemma_.lower() in WORDS.reciprocal_verbs:
        return True
    for child in verb.children:
        if child.dep_ == "dobj" and any(
            c.dep_ == "poss" and c.lower_ in WORDS.reciprocal_possessives for c in child.children
        ):
            return True
        if child.dep_ in ("dobj", "pobj", "npadvmod") and child.lower_ in WORDS.reciprocal_objects:
            return True
        if child.dep_ == "dobj" and child.lower_ in WORDS.reciprocal_nouns:
            partnered = (*verb.children, *child.children)  # "cut ties with the firm"
            return not any(p.dep_ == "prep" and p.lower_ == "with" for p in partnered)
    return False


def apposed_conjuncts(noun: Token) -> list[Token]:
    """Names a parse joined to the wrong noun: in "two reporters from the daily
    Etilaat Roz, A and B, were detained" A and B become conjuncts of the paper
    after a comma; they are in apposition to "reporters"."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return []
    for prep in noun.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            later = conjuncts(obj) if obj.dep_ == "pobj" else []
            before = later[0].left_edge.i - 1 if later else -1
            if before >= 0 and noun.doc[before].text == ",":
                return later
    return []


def phrases_of(verb: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of the ``preps`` phrases anywhere in the verb's own clause (not inside
    a clause below it): "hosted X for talks, alongside envoys of Y" gives the envoys."""
    found: list[Token] = []
    stack = list(verb.children)
    while stack:
        node = stack.pop()
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("aux", "auxpass"):
            continue
        if node.dep_ == "prep" and node.lower_ in preps:
            found.extend(c for c in node.children if c.dep_ == "pobj")
            continue
        stack.extend(node.children)
    return sorted(found, key=lambda t: t.i)


def enclosing_phrase(token: Token) -> Token | None:
    """The outermost preposition whose phrase ``token`` sits in, below any verb."""
    node, found = token, None
    while node.head.i != node.i and node.pos_ not in ("VERB", "AUX"):
        if node.dep_ == "prep":
            found = node
        node = node.head
    return found


def conjuncts(token: Token) -> list[Token]:
    return [t for t in token.conjuncts if t.i > token.i] + split_co_subjects(token)


def split_co_subjects(subject: Token) -> list[Token]:
    """A co-subject the parse made a second subject of the same verb: in "Chilean
    President Rojas and Peruvian President Mora met" the small model hangs "and" on
    Rojas and makes Mora a subject of its own; Mora is Rojas's conjunct."""
    if subject.dep_ not in ("nsubj", "nsubjpass") or any(
        c.dep_ == "conj" for c in subject.children
    ):
        return []
    cc = next((c for c in subject.children if c.dep_ == "cc" and c.i > subject.i), None)
    if cc is None:
        return []
    return [s for s in subject.head.children if s.dep_ == subject.dep_ and s.i > cc.i][:1]


def is_negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in WORDS.negation_words for c in token.children)


def clause_head(token: Token) -> Token:
    """The verb whose clause a trigger sits in (the trigger itself when it is a verb)."""
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT":
            return current
        current = current.head
    return current


def subtree_bounds(token: Token) -> Span:
    tokens = list(token.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def clause_span(token: Token, text: str) -> Span:
    """The evidence: the trigger's clause, within its sentence."""
    head = clause_head(token)
    low, high = subtree_bounds(head)
    sentence = token.sent
    low, high = max(low, sentence.start_char), min(high, sentence.end_char)
    while high > low and text[high - 1] in " .,;:":
        high -= 1
    return low, high


def subject_of(token: Token) -> Token | None:
    """The subject, climbing through clauses that share it ("resigned and fled")."""
    current = token
    joined = False  # reached through a coordination
    for _ in range(4):
        if current.dep_ == "conj" and (stranded := stranded_subject(current)) is not None:
            return stranded  # "the head of X, General Y, flew into Kabul"
        subject = next((c for c in current.children if c.dep_ in ("nsubj", "csubj")), None)
        if subject is None and joined:  # "X has been indicted and will resign": X resigns
            subject = next((c for c in current.children if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            if subject.tag_ == "WDT" or subject.lower_ in RELATIVE:
                return relative_antecedent(current) if current.dep_ == "relcl" else None
            return subject
        controller = object_controller(current)
        if controller is not None:
            if controller.lower_ in RELATIVE:  # "the embassy, which they accuse of backing"
                clause = controller.head
                return clause.head if clause.dep_ == "relcl" else None
            return controller
        if (
            current.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp")
            and current.head.i != current.i
        ):
            joined = (  # a verb with its own auxiliary: "… and will resign"
                current.dep_ == "conj"
                and not is_passive(current)
                and any(c.dep_ == "aux" for c in current.children)
            )
            current = current.head
            if current.pos_ in ("ADP",):
                current = current.head
            continue
        if current.dep_ == "relcl":
            return current.head
        if (
            current.dep_ == "acl"
            and not has_to(current)
            and any(c.dep_ == "dobj" for c in current.children)
        ):
            return current.head  # "Israeli airstrikes killed 20 people", parsed as a modifier
        if current.dep_ == "acl" and has_time_agent(current):
            return current.head  # "until US troops left by the August 31 deadline"
        if current.dep_ == "ccomp" and any(c.dep_ == "expl" for c in current.children):
            current = current.head  # "X said that there was no rush to …": X's stance
            continue
        if is_stance_infinitive(current):  # "has no plans to recognise": who has them
            current = current.head
            continue
        if (owner := intent_owner(current)) is not None:
            return owner  # "Morocco's decision to expel the envoy": Morocco expels
        if current.pos_ == "NOUN" and current.dep_ in ("dobj", "pobj", "attr"):
            current = current.head  # "signaled an interest in forging": the signaler's
            if current.pos_ == "ADP":
                current = current.head
            continue
        return stranded_subject(current)
    return None


def participle_noun(token: Token) -> Token | None:
    """The noun an attributive present participle (such as "visiting") describes, which
    is its doer: "a visiting Israeli delegation"; also where the parse made it a clause
    of the verb before it and the noun its object ("Rubio assured visiting Peruvian
    Foreign Minister Elmer Schialer", "Xi met visiting Brazilian President Lula"): a noun
    with a nationality or a name before it, right after a participle with no subject or
    marker."""
    if token.tag_ != "VBG":
        return None
    if token.dep_ == "amod" and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    if token.dep_ not in ("xcomp", "advcl"):
        return None
    if any(c.dep_ in ("nsubj", "aux", "mark", "neg") for c in token.children):
        return None
    noun = next((c for c in token.children if c.dep_ == "dobj"), None)
    if noun is None or min(t.i for t in noun.subtree) != token.i + 1:
        return None
    titled = any(
        (c.dep_ == "amod" and demonym_country(c.text) is not None)
        or (c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in noun.lefts
    )
    return noun if titled else None


def relative_antecedent(clause: Token) -> Token:
    """The noun a relative clause tells of: the whole coordination when its verb is
    plural ("Diaz and Rojas, who are facing charges": both), else the noun it hangs on."""
    noun = clause.head
    if noun.dep_ != "conj" or noun.head.i > noun.i:
        return noun
    plural = any(t.tag_ == "VBP" or t.lower_ == "were" for t in (clause, *clause.children))
    return noun.head if plural else noun


def is_generic_subject(clause: Token) -> bool:
    """ "any country trying to interfere", "anyone who", "no state": a subject that
    names no one in particular."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in WORDS.generic_subjects:
        return True
    return any(c.dep_ == "det" and c.lower_ in WORDS.generic_determiners for c in subject.children)


def has_time_agent(verb: Token) -> bool:
    """A "by" phrase that is a time ("left by the August 31 deadline"), not an agent:
    the parse then wrongly reads an active verb as a passive modifier."""
    return any(t.ent_type_ in ("DATE", "TIME") for obj in by_phrase(verb) for t in obj.subtree)


def is_stance_infinitive(verb: Token) -> bool:
    """ "no plans to recognise", "an interest in forging", "no rush to recognise": an
    act under a stance its subject holds ("has", "is", "expressed"), not under someone
    else's ("criticised the plan to recognise")."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in WORDS.stance_nouns
        and noun.head.lemma_.lower() in WORDS.light_verbs
    )


def intent_owner(verb: Token) -> Token | None:
    """ "Morocco's decision to expel", "a bid by Japan to host", "the Kenyan plan to
    deploy": the owner of a noun of intent (``owned_intent_nouns``) does the act of its
    infinitive; the possessor or by-phrase, else the noun itself where a name or
    nationality word marks it, else None."""
    noun = verb.head
    if not (
        verb.dep_ == "acl"
        and has_to(verb)
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in WORDS.owned_intent_nouns
    ):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:  # "an effort by the prosecutor to punish critics"
        owner = next(iter(prep_objects(noun, frozenset({"by"}))), None)
    if owner is not None:
        return owner
    marked = any(
        c.dep_ in ("amod", "compound") and (c.pos_ == "PROPN" or bool(c.ent_type_))
        for c in noun.children
    )
    return noun if marked else None


def has_no(noun: Token) -> bool:
    """ "no plans", "no rush": a noun its determiner negates."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def is_background(token: Token) -> bool:
    """A clause describing a place ("Serbia, where 24 people were killed last year"):
    background to the sentence, not the event it reports."""
    clause = token
    while clause.dep_ not in ("relcl", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "relcl" and any(
        c.lower_ == "where" and c.dep_ == "advmod" for c in clause.children
    )


def has_to(verb: Token) -> bool:
    """Is ``verb`` a to-infinitive ("to fight")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


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
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    joints = [c for c in (*clause.head.children, *clause.children) if c.dep_ == "cc"]
    return any(c.lower_ in WORDS.contrast_conjunctions for c in joints)


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
    marked = any(c.dep_ in ("mark", "aux") for c in verb.children)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not marked
