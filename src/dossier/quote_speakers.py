"""Who speaks: the entity behind a speech verb's subject, object or neighbour.

``SpeakerFinder`` resolves the subject of a speech verb ("Shoigu said", "the
ministry said", "he added") to an entity: a name, a description the coreference stage
(``dossier.coref``) linked to its entity, a pronoun (what that stage says it stands
for), a title repeated from earlier ("the spokesperson" after "a State Department
spokesperson"), or, when the parse lost the subject, a name next to the verb or the
subject of another speech verb of the sentence.  People no one names ("two
officials said") speak but are no speaker (ANNOTATION.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.actor_sides import ArticleStates
from dossier.coref_words import coref_words
from dossier.doc_arrays import nouns_of_lemma
from dossier.lexicon import demonym_country, load_lexicon
from dossier.mentions import EntityIndex
from dossier.models import Coreference, Entity
from dossier.names import text_of
from dossier.speech_words import SpeechLexicon
from dossier.syntax.clauses import subtree_bounds
from dossier.syntax.phrases import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "CLIMB",
    "INVERTED_DESCRIPTION_WORDS",
    "KIN_WINDOW",
    "SUBJECTS",
    "TITLE_LOOKBACK",
    "UNNAMED_DETERMINERS",
    "SpeakerFinder",
    "apposed_person",
]

SUBJECTS = ("nsubj", "nsubjpass")
CLIMB = ("advcl", "xcomp", "conj", "pcomp", "acl")  # clauses that share their head's subject
TITLE_LOOKBACK = 150  # tokens back to look for the title a bare "the spokesperson" repeats
INVERTED_DESCRIPTION_WORDS = 6  # "said [former deputy trade minister] Name"
KIN_WINDOW = 3  # tokens before a name to look for the kin noun introducing it ("his son,")
LOCATIVE = frozenset({"in", "at", "near", "outside", "inside"})  # where a speaker is
UNNAMED_DETERMINERS = frozenset({"the", "some", "several", "many", "other", "two", "three"})


class SpeakerFinder:
    """The speaker rules over one parsed article (see the module docstring)."""

    def __init__(
        self, doc: Doc, lexicon: SpeechLexicon, index: EntityIndex, title_words: frozenset[str]
    ) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.index = index
        self.title_words = title_words
        self.coref = Coreference()  # what pronouns and descriptions stand for
        self.states = ArticleStates(index, load_lexicon())  # a state for a nationality

    def speaker_of(self, verb: Token) -> Entity | None:
        """The entity who speaks through ``verb``: its subject, resolved."""
        if verb.lemma_.lower() in self.lexicon.quoting or any(
            a.lemma_.lower() in self.lexicon.quoting for a in list(verb.ancestors)[:2]
        ):
            quoting = (
                verb
                if verb.lemma_.lower() in self.lexicon.quoting
                else next(a for a in verb.ancestors if a.lemma_.lower() in self.lexicon.quoting)
            )
            obj = next((c for c in quoting.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return self.resolve(obj)
        current: Token | None = verb
        for _ in range(3):
            if current is None:
                break
            subject = first_subject(current)
            if subject is not None and self.unnamed(subject):
                return None
            if subject is not None and subject.tag_ in ("WP", "WDT") and current.dep_ == "relcl":
                subject = current.head  # "according to Ruiz, who said …", "Velta, which argues"
            if subject is not None:
                return self.resolve(subject)
            head = current.head
            climbs = current.dep_ in CLIMB and head is not current
            if not climbs or self.index.inside_quote(head.idx, head.idx + 1):
                break
            current = head
        return (
            self.adjacent_name(verb)
            or self.other_cue_speaker(verb)
            or self.stranded_subject(current or verb)
        )

    def unnamed(self, subject: Token) -> bool:
        """ "Two U.S. defense officials told VOA …", "the officials said": people no one
        names, counted or referred back to, speak but are no speaker (ANNOTATION.md);
        "EU officials said" is the EU speaking, and a name in apposition ("officials,
        including Ana Ruiz") is a speaker."""
        words = {subject.lower_, subject.lemma_.lower()}
        if subject.tag_ != "NNS" or not words & self.lexicon.unnamed_speakers:
            return False
        children = list(subject.children)
        if any(c.dep_ in ("appos", "conj") for c in children):
            return False
        return any(c.dep_ == "nummod" or c.lower_ in UNNAMED_DETERMINERS for c in children)

    def stranded_subject(self, verb: Token) -> Entity | None:
        """The subject the parse hung on the phrase before a subjectless clause:
        "Underlining the need for talks in Oslo, Foreign Minister Ana Ruiz, at a press
        conference with Lee, spoke against …" (the parse makes Ruiz a conjunct of
        Oslo).  The nearest person or organization before the verb that is no
        preposition's object."""
        if any(c.dep_ in SUBJECTS for c in verb.children) or verb.dep_ in ("xcomp", "ccomp"):
            return None
        for token in reversed(self.doc[verb.sent.start : verb.i]):
            if token.pos_ != "PROPN" or token.dep_ == "pobj" or token.dep_ == "compound":
                continue
            if self.index.inside_quote(token.idx, token.idx + 1):
                continue
            found = self.index.covering(token.idx, token.idx + len(token.text))
            if found and found[0][2].type in ("PERSON", "ORG"):
                return found[0][2]
        return None

    def other_cue_speaker(self, verb: Token) -> Entity | None:
        """The subject of another speech verb of the sentence ("Contending …, he added")."""
        candidates = sorted(
            (t for t in verb.sent if t is not verb and t.lemma_.lower() in self.lexicon.say),
            key=lambda t: abs(t.i - verb.i),
        )
        for other in candidates:
            if self.index.inside_quote(other.idx, other.idx + 1):
                continue
            subject = next((c for c in other.children if c.dep_ in SUBJECTS), None)
            if subject is not None:
                return self.resolve(subject)
        return None

    def adjacent_name(self, verb: Token) -> Entity | None:
        """A name next to the verb when the parse lost the subject ("Blinken said")."""
        before = self.doc[verb.i - 1] if verb.i > 0 else None
        after = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        for token in (before, after):
            if token is not None and token.pos_ == "PROPN":
                found = self.index.covering(token.idx, token.idx + len(token.text))
                if found:
                    return found[0][2]
        return self.name_after_inverted_cue(verb)

    def name_after_inverted_cue(self, verb: Token) -> Entity | None:
        """The person named after a description in an inverted attribution the parse
        broke up: '"…," said trade policy analyst Mira Holt of Oslo's institute'."""
        if verb.i == 0 or not self.doc[verb.i - 1].is_punct:
            return None
        for token in self.doc[verb.i + 1 : verb.i + 1 + INVERTED_DESCRIPTION_WORDS]:
            if token.is_punct or token.pos_ in ("VERB", "AUX"):
                return None
            if token.pos_ != "PROPN":
                continue
            found = self.index.covering(token.idx, token.idx + len(token.text))
            entity = found[0][2] if found else self.index.named_by_alias(token)
            if entity is not None and entity.type in ("PERSON", "ORG"):
                return entity
        return None

    def resolve(self, token: Token) -> Entity | None:
        """A subject as an entity: named, described, or a pronoun's antecedent."""
        lower = token.lower_
        if token.pos_ == "PRON" or lower in self.lexicon.pronouns:
            return self.referent(token)
        state = self.state_speaking(token)  # "the Chinese embassy in Manila": China
        if state is not None:
            return state
        named = (
            self.index.named_by(token)
            or self.index.named_by_alias(token)
            or self.named_by_given_name(token)
        )
        if named is not None and named.type != "PERSON" and self.holds_a_title(token):
            described = self.described_person(token, named)  # "the Velta leader said"
            if described is not None:
                return described
        if named is not None and token.text.islower() and not named_outside_clauses(token, named):
            named = None  # "The government, which blamed the navy, demanded …"
        if named is not None and self.placed_only(token, named):
            return None  # "a federal judge in New York ruled …": someone there, unnamed
        if named is not None:
            return self.namesake(token, named)
        return self.body_of_title(token) or self.organ_referred_to(token)

    def placed_only(self, token: Token, named: Entity) -> bool:
        """Is ``named`` a place that a person noun is only located in ("a judge in New
        York", "officials at the border post in Lagos"), not a body it belongs to? An
        organ of a state there still speaks for it ("the government in Kabul said")."""
        if named.type not in ("GPE", "LOC") or token.pos_ != "NOUN":
            return False
        if token.lemma_.lower() in coref_words().speaking_organs:
            return False
        spans = [subtree_bounds(obj) for obj in prep_objects(token, LOCATIVE)]
        return any(a <= start < b for start, _ in named.mentions for a, b in spans)

    def state_speaking(self, token: Token) -> Entity | None:
        """ "the French foreign ministry said", "the Kenyan police told VOA", "a Chinese
        embassy spokesman said": an organ of a state, or its spokesperson, named only by
        its nationality speaks for that state, as "EU officials said" is the EU speaking
        (``speaking_organs``, ``spokespeople`` of data/coref.yaml)."""
        words = coref_words()
        organs = words.speaking_organs | words.spokespeople
        if token.tag_ not in ("NN", "NNP") or token.lemma_.lower() not in organs:
            return None
        marks = [w for c in token.lefts if c.dep_ in ("amod", "compound") for w in c.subtree]
        code = next((c for w in marks if (c := demonym_country(w.text))), None)
        return self.states.country_entity(code) if code is not None else None

    def organ_referred_to(self, token: Token) -> Entity | None:
        """ "The ministry said …", "the army added" after "Kenya's defence ministry said":
        a definite organ (``speaking_organs`` of data/coref.yaml) speaks for the state
        whose same organ the article named last, by its name or nationality, in this
        sentence or the few before (``ORGAN_REACH`` words); none when no such organ was
        named (not the article's main country: the organ may be the other side's)."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in coref_words().speaking_organs:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        doc = token.doc
        for before in reversed(doc[max(0, token.i - ORGAN_REACH) : token.i]):
            if before.lemma_ != token.lemma_:
                continue
            owner = next((c for c in before.children if c.dep_ == "poss"), None)
            named = self.index.named_by(owner) if owner is not None else None
            state = named or self.state_speaking(before)
            if state is not None:
                return state
        return None

    def named_by_given_name(self, token: Token) -> Entity | None:
        """ "Abiy said" after "Prime Minister Abiy Ahmed": a lone name that is the first
        name of one person of the article (where names put the given name first and
        are so referred to)."""
        if token.pos_ != "PROPN" or any(c.dep_ in ("compound", "flat") for c in token.lefts):
            return None
        people = [
            e
            for e in self.index.entities
            if e.type == "PERSON" and len(e.name.split()) > 1 and e.name.split()[0] == token.text
        ]
        return people[0] if len(people) == 1 else None

    def holds_a_title(self, token: Token) -> bool:
        """ "the Velta leader", "the country's president": a common noun of a title."""
        return token.pos_ == "NOUN" and token.text.islower() and token.lower_ in self.title_words

    def described_person(self, token: Token, body: Entity) -> Entity | None:
        """The person a title description stands for: the coreference stage's, else
        the person last named before it who holds that title (or, for "leader", any
        title) of ``body``: "the Velta leader said" after "Velta President Mara Osei"."""
        reference = self.coref.at(token.idx)
        found = reference.entities if reference is not None else ()
        person = next((e for e in found if e.id and e.type == "PERSON"), None)
        if person is not None:
            return person
        generic = token.lower_ in self.lexicon.generic_titles
        holders = [
            (max((m[0] for m in e.mentions if m[0] < token.idx), default=-1), e)
            for e in self.index.entities
            if e.type == "PERSON"
            and any(
                role.of == body.name and (generic or role.title.lower() == token.lower_)
                for role in e.roles
            )
        ]
        named_before = [(at, e) for at, e in holders if at >= 0]
        return max(named_before, key=lambda pair: pair[0])[1] if named_before else None

    def referent(self, token: Token) -> Entity | None:
        """The entity of the article a pronoun stands for (the coreference stage's), if
        the pronoun can name a speaker or an addressee (``pronouns`` in speech.yaml)."""
        if token.lower_ not in self.lexicon.pronouns:
            return None
        reference = self.coref.at(token.idx)
        found = reference.entities if reference is not None else ()
        return next((e for e in found if e.id), None)

    def namesake(self, token: Token, named: Entity) -> Entity:
        """ "the younger Halvorsen" after "his son, Emil Halvorsen": a modifier that sets
        apart two people of one surname names the one of its generation."""
        generation = next(
            (
                group
                for c in token.lefts
                for group, words in self.lexicon.namesake_modifiers.items()
                if c.lower_ in words
            ),
            None,
        )
        if generation is None or named.type != "PERSON":
            return named
        namesakes = [
            e
            for e in self.index.entities
            if e.type == "PERSON" and e.name.split()[-1] == token.text
        ]
        if len(namesakes) != 2:
            return named
        kin = {id(e): self.kin_generation(e) for e in namesakes}
        same = [e for e in namesakes if kin[id(e)] == generation]
        not_other = [e for e in namesakes if kin[id(e)] in (None, generation)]
        chosen = same if len(same) == 1 else not_other
        return chosen[0] if len(chosen) == 1 else named

    def kin_generation(self, entity: Entity) -> str | None:
        """The generation of the kin noun an entity is first introduced with ("his son,
        Emil Halvorsen": younger), or None."""
        if not entity.mentions:
            return None
        start, end = min(entity.mentions)
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        before = self.doc[max(0, span.start - KIN_WINDOW) : span.start]
        words = {t.lemma_.lower() for t in before} | {span.root.head.lemma_.lower()}
        for group, nouns in self.lexicon.kin_nouns.items():
            if words & nouns:
                return group
        return None

    def body_of_title(self, token: Token) -> Entity | None:
        """ "the spokesperson told VOA" after "A State Department spokesperson said":
        a speaker named by a title only speaks for the body the title was first given
        with.  The same title word, earlier and nearby, with an organization or a
        country in its phrase."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.title_words:
            return None
        for i in reversed(nouns_of_lemma(self.doc, token.lemma, token.i - TITLE_LOOKBACK, token.i)):
            earlier = self.doc[i]
            if self.index.inside_quote(earlier.idx, earlier.idx + 1):
                continue
            found = self.index.named_by(earlier)
            if found is not None and found.type != "PERSON":
                return found
        return None


ORGAN_REACH = 120  # words back to the organ a definite one repeats ("the ministry")


def first_subject(verb: Token) -> Token | None:
    """The subject of ``verb``; where the parse splits a title from the name after it
    into two subjects ("China's foreign ministry spokesperson Mao Ning urged …"), the
    person's name."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    named = [s for s in subjects if s.ent_type_ == "PERSON"]
    chosen = named or subjects
    return chosen[0] if chosen else None


def named_outside_clauses(token: Token, entity: Entity) -> bool:
    """Whether a subject's phrase names ``entity`` outside its relative clauses: "The
    government, which believed the navy sent the ships, demanded …" is not the navy
    speaking."""
    clauses = [c for c in token.children if c.dep_ == "relcl"]
    if not clauses:
        return True
    phrase = subtree_bounds(token)
    inner = [
        (min(t.idx for t in c.subtree), max(t.idx + len(t) for t in c.subtree)) for c in clauses
    ]
    return any(
        phrase[0] <= start
        and end <= phrase[1]
        and not any(a <= start and end <= b for a, b in inner)
        for start, end in entity.mentions
    )


def apposed_person(index: EntityIndex, sentence: Span, comma: int) -> tuple[Entity, int] | None:
    """ "According to the army spokesman, Felix Kula, the troops …": a person's name
    alone between a sentence's first two commas (``comma`` is the first, counted in the
    sentence) is the source's, not part of what was said; the person and the second comma."""
    text = text_of(sentence.doc)
    after = sentence.text.find(",", comma + 1)
    if after == -1:
        return None
    start = sentence.start_char + comma + 1
    while text[start] == " ":
        start += 1
    found = index.covering(start, sentence.start_char + after)
    if not found or found[0][2].type != "PERSON":
        return None
    name_start, name_end, person = found[0]
    whole = name_start <= start and name_end >= sentence.start_char + after
    return (person, after) if whole else None
