"""Subjects, the way the event coder needs them: climbing through clauses that share
one ("resigned and fled"), relative clauses, object control ("accused X of attacking"),
to-infinitives, stances ("has no plans to") and nouns of intent ("Morocco's decision to
expel"); also the subject spaCy's small model strands on the phrase before the verb, and
the one a pronoun of a reported clause stands for ("the workers said they would strike").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.lexicon import demonym_country
from dossier.syntax.clauses import clause_head, has_to, reporter_of_conjunct
from dossier.syntax.passives import has_time_agent, is_passive
from dossier.syntax.phrases import enclosing_phrase, prep_objects
from dossier.syntax.tree import children_of
from dossier.syntax.words import RELATIVE, WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "STRANDED_SKIP",
    "SUBJECTS_KEY",
    "addresser_of",
    "climbed_subject",
    "finite_modifier",
    "infinitive_subject",
    "is_stance_infinitive",
    "object_controller",
    "participle_noun",
    "reporting_subject",
    "stranded_subject",
    "subject_of",
]


STRANDED_SKIP = frozenset({"aux", "auxpass", "advmod", "neg", "npadvmod"})  # dependency labels
# where a Doc keeps the subjects found in it (token index → subject): the constructions
# and trigger lines tried at one verb each ask for its subject, about twice a verb
SUBJECTS_KEY = "dossier_subjects"


def subject_of(token: Token) -> Token | None:
    """The subject, climbing through clauses that share it ("resigned and fled").

    A function of the parse alone, which no stage changes: found once per word and
    kept on the Doc (``SUBJECTS_KEY``)."""
    known: dict[int, Token | None] | None = token.doc.user_data.get(SUBJECTS_KEY)
    if known is None:
        known = token.doc.user_data[SUBJECTS_KEY] = {}
    i = token.i
    if i not in known:
        known[i] = climbed_subject(token)
    return known[i]


def climbed_subject(token: Token) -> Token | None:
    """``subject_of``, found afresh."""
    reporter = reporter_of_conjunct(token)  # "denied it had … and accused Kyiv"
    if reporter is not None:
        return climbed_subject(reporter)
    trailing = trailed_clause_subject(token)
    if trailing is not None:
        return trailing
    current = token
    joined = False  # reached through a coordination
    for _ in range(4):
        if current.dep_ == "conj" and (stranded := stranded_subject(current)) is not None:
            return stranded  # "the head of X, General Y, flew into Kabul"
        subject = next((c for c in children_of(current) if c.dep_ in ("nsubj", "csubj")), None)
        if subject is None and joined:  # "X has been indicted and will resign": X resigns
            subject = next((c for c in children_of(current) if c.dep_ == "nsubjpass"), None)
        if subject is not None:
            if subject.tag_ == "WDT" or subject.lower_ in RELATIVE:
                return relative_antecedent(current) if current.dep_ == "relcl" else None
            return intensified(subject) or subject
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
                and any(c.dep_ == "aux" for c in children_of(current))
            )
            # "ordered France to withdraw … and revoked the accords": a finite verb is no
            # conjunct of the infinitive the parse joined it to, but of the verb above it
            finite_joined = current.dep_ == "conj" and current.tag_ in ("VBD", "VBZ", "VBP")
            current = current.head
            if current.pos_ in ("ADP",) or (finite_joined and is_bare_infinitive(current)):
                current = current.head
            continue
        if current.dep_ == "relcl":
            return current.head
        if (
            current.dep_ == "acl"
            and not has_to(current)
            and any(c.dep_ == "dobj" for c in children_of(current))
        ):
            return current.head  # "Israeli airstrikes killed 20 people", parsed as a modifier
        if (modified := finite_modifier(current)) is not None:
            return modified  # "The Front, headed by X, called on …": no verb but this
        if current.dep_ == "acl" and has_time_agent(current):
            return current.head  # "until US troops left by the August 31 deadline"
        if current.dep_ == "ccomp" and any(c.dep_ == "expl" for c in children_of(current)):
            current = current.head  # "X said there was no hurry to …": X's stance
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


EMPHATIC = frozenset({"itself", "themselves", "himself", "herself"})


def intensified(subject: Token) -> Token | None:
    """ "Guinea, itself ruled by soldiers, refused …": the parse makes the emphatic
    pronoun the subject and hangs the name before it on the verb; the name is meant."""
    if subject.lower_ not in EMPHATIC:
        return None
    named = [
        c
        for c in children_of(subject.head)
        if c.i < subject.i and c.dep_ in ("npadvmod", "nsubj", "dep", "nmod")
        if c.pos_ in ("PROPN", "NOUN")
    ]
    return named[-1] if named else None


def finite_modifier(verb: Token) -> Token | None:
    """The subject of ``verb`` when it is the main verb of its sentence that the parse
    hung on the subject as a modifier: a past tense after a comma, on a noun left as the
    root ("The alliance, led by Rosa Tello, called on nations to …", issue 16). Also a
    past participle after the subject's relative clause, hung on the root or inside that
    clause ("Russia, which has troops in the region, called on …"; "Egypt, which has
    mediated between the factions, called on …": read as "a country called X")."""
    root = verb.sent.root
    if (
        verb.dep_ != "acl"
        or root.pos_ not in ("NOUN", "PROPN")
        or verb.i == 0
        or verb.doc[verb.i - 1].text != ","
    ):
        return None
    if verb.tag_ == "VBD" and verb.head.i == root.i:
        return root
    clauses = [c for c in children_of(root) if c.dep_ == "relcl" and c.i < verb.i]
    inside = verb.head.i == root.i or any(verb.head in c.subtree for c in clauses)
    return root if verb.tag_ == "VBN" and clauses and inside else None


def stranded_subject(verb: Token) -> Token | None:
    """The subject a parse hung on the phrase before the verb: in "During the war on
    Terror, China and Russia moved to engage", the small model makes "China" a conjunct
    of "Terror" and leaves "moved" without a subject.  The noun right before the verb
    (past its auxiliaries and adverbs), first of its run of conjuncts after the comma."""
    if verb.pos_ not in ("VERB", "AUX") or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(verb)
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


def reporting_subject(pronoun: Token) -> Token | None:
    """The subject of the clause that reports what ``pronoun`` (the subject of the
    reported clause) will do: "the workers said they would strike" → "workers".
    Never a pronoun; "it" never stands for a plural noun."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ not in ("ccomp", "advcl"):
        return None  # "the staff said they …", "22 commandos were shot as they tried …"
    if clause.dep_ == "advcl" and pronoun.lower_ != "they":
        return None  # "X took the city after it fell": "it" is not X
    subject = next((c for c in children_of(clause.head) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON" or subject.i > pronoun.i:
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in children_of(subject))
    fits = pronoun.lower_ == "they" or not plural  # "the staff said they", not "…said it"
    return subject if fits and subject.pos_ in ("NOUN", "PROPN") else None


def relative_antecedent(clause: Token) -> Token:
    """The noun a relative clause tells of: the whole coordination when its verb is
    plural ("Diaz and Rojas, who are facing charges": both), else the noun it hangs on."""
    noun = clause.head
    if noun.dep_ != "conj" or noun.head.i > noun.i:
        return noun
    plural = any(t.tag_ == "VBP" or t.lower_ == "were" for t in (clause, *children_of(clause)))
    return noun.head if plural else noun


def object_controller(token: Token) -> Token | None:
    """The object that is the subject of an embedded verb: "urged X to refrain",
    "prevent X from capturing", "accused X of attacking" (object control)."""
    head = token.head
    if token.dep_ == "pcomp" and head.pos_ == "ADP" and head.lower_ in WORDS.control_preps:
        head = head.head
        if head.dep_ in ("dobj", "nsubjpass") and names_someone(head):
            return head  # "accused Chinese vessels of firing": the phrase parsed on them
    elif token.dep_ != "xcomp" or head.lemma_.lower() in WORDS.subject_control:
        return None
    # "X was accused of sheltering Y": the passive's subject is the object it controls
    return next((c for c in children_of(head) if c.dep_ in ("dobj", "nsubjpass")), None)


def trailed_clause_subject(token: Token) -> Token | None:
    """The subject of the clause a participle of a deed's toll trails: "Manila protested
    after a Chinese ship rammed a boat, injuring four", "officials said the army shelled
    the town, killing three" (the ramming injures, the shelling kills), though the parse
    hangs the participle on the main verb; only when a comma alone stands between
    (``toll_participles`` of data/grammar.yaml)."""
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.head.i == token.i:
        return None
    if token.lemma_.lower() not in WORDS.toll_participles:
        return None
    before = [
        c
        for c in children_of(token.head)
        if c.dep_ in ("advcl", "ccomp", "conj") and c.i < token.i and c.pos_ in ("VERB", "AUX")
    ]
    if not before:
        return None
    clause = max(before, key=lambda c: c.i)
    between = token.doc[clause.right_edge.i + 1 : token.i]
    if [t.text for t in between] != [","]:
        return None
    return next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)


def names_someone(noun: Token) -> bool:
    """Does ``noun`` name a party, itself or by a nationality or name before it
    ("Chinese vessels", "Hamas gunmen"), not a thing ("the risk of attacking")?"""
    marks = (noun, *(c for c in children_of(noun) if c.dep_ in ("amod", "compound", "poss")))
    return any(m.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for m in marks)


PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})


def is_someone(subject: Token, people: frozenset[str]) -> bool:
    """Is ``subject`` a person or a party, though perhaps not one the article names
    ("he", "they", "one candidate", "Hamas gunmen"; ``people``: lemmas of nouns for
    people), not a thing ("it", "the pact")?"""
    if subject.pos_ == "PRON":
        return subject.lower_ in PERSONAL_PRONOUNS
    return names_someone(subject) or subject.lemma_.lower() in people


def infinitive_subject(verb: Token, *, bare: bool = False) -> Token | None:
    """The subject of a to-infinitive clause under ``verb`` ("allowed [X to use]"), or
    with ``bare`` of any infinitive ("let [X travel]"): the one the verb acts on; not
    the subject's own people ("wants its leaders to")."""
    for clause in children_of(verb):
        if clause.dep_ in ("ccomp", "xcomp") and (bare or has_to(clause)):
            subject = next(
                (c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None
            )
            if subject is not None and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(subject)
            ):
                return None
            return subject
    return None


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
    owner = next((c for c in children_of(noun) if c.dep_ == "poss"), None)
    if owner is None:  # "an effort by the prosecutor to punish critics"
        owner = next(iter(prep_objects(noun, frozenset({"by"}))), None)
    if owner is not None:
        return owner
    marked = any(
        c.dep_ in ("amod", "compound") and (c.pos_ == "PROPN" or bool(c.ent_type_))
        for c in children_of(noun)
    )
    return noun if marked else None


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
    if any(c.dep_ in ("nsubj", "aux", "mark", "neg") for c in children_of(token)):
        return None
    noun = next((c for c in children_of(token) if c.dep_ == "dobj"), None)
    if noun is None or min(t.i for t in noun.subtree) != token.i + 1:
        return None
    titled = any(
        (c.dep_ == "amod" and demonym_country(c.text) is not None)
        or (c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in noun.lefts
    )
    return noun if titled else None


def addresser_of(token: Token) -> Token | None:
    """Who addresses a noun that is not a subject: "X" in "X urged both sides", also
    where the parse hung the verb on X as a clause ("The envoy, X, called on …")."""
    if token.dep_ in ("nsubj", "nsubjpass"):
        return None
    verb = clause_head(token)
    addresser = subject_of(verb) or (verb.head if verb.dep_ == "acl" else None)
    while addresser is not None and addresser.dep_ == "appos":  # "the chief, X, called"
        addresser = addresser.head
    if addresser is not None and addresser.is_ancestor(token) and not verb.is_ancestor(token):
        return None  # "A and B, heads of the two states, met": inside the subject
    return addresser


def is_bare_infinitive(verb: Token) -> bool:
    """ "withdraw" in "ordered France to withdraw": an infinitive complement."""
    return verb.tag_ == "VB" and verb.dep_ == "xcomp"
