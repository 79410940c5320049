"""The coder's use of the learned second opinion (``dossier.event_classifier``).

``review`` is called once per token the coder looks at, with the lexicon's candidate
(or ``None``), and returns the candidate to code:

- ``reject``: a lexicon trigger is dropped when the classifier is sure its sentence
  tells something else (``REJECT_BEST`` or more on another label, ``REJECT_OWN`` or
  less on the trigger's type): "the storm battered the coast" fires no ASSAULT;
- ``type``: the root verb of a sentence in which the lexicon fires nothing is coded
  with the classifier's type when it is sure (``TYPE_BEST``) and the coder finds both
  a doer and a target by its usual argument rules;
- ``only`` (an ablation, not for use): lexicon triggers are ignored and every sentence
  root is typed as under ``type``.

The thresholds were chosen on the held-out silver spans (see ``data/EVENT_CLASSIFIER.md``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.event_classifier import NO_EVENT, Opinion, classifier_mode, score_sentence
from dossier.syntax import is_negated
from dossier.triggers import Trigger

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from dossier.events import _Candidate, _EventCoder

__all__ = ["SecondOpinion"]

REJECT_BEST = 0.8
REJECT_OWN = 0.05
TYPE_BEST = 0.8


class SecondOpinion:
    """The classifier's verdicts on one document's sentences, asked for lazily."""

    def __init__(self, mode: str | None = None) -> None:
        self.mode = mode if mode is not None else classifier_mode()
        self.opinions: dict[int, Opinion] = {}

    @property
    def active(self) -> bool:
        return self.mode != "off"

    def of(self, sentence: Span) -> Opinion:
        if sentence.start not in self.opinions:
            self.opinions[sentence.start] = score_sentence(sentence)
        return self.opinions[sentence.start]

    def review(
        self, coder: _EventCoder, token: Token, candidate: _Candidate | None
    ) -> _Candidate | None:
        """The candidate to code at ``token`` once the classifier has had its say."""
        if self.mode == "only":  # ablation: the classifier types sentence roots alone
            return self.typed(coder, token, beside_lexicon=False)
        if candidate is not None:
            return None if self.rejects(candidate.type, token) else candidate
        if self.mode in ("type", "both"):
            return self.typed(coder, token)
        return None

    def rejects(self, type_: str, token: Token) -> bool:
        if self.mode not in ("reject", "both"):
            return False
        opinion = self.of(token.sent)
        return (
            opinion.label != type_
            and opinion.probability >= REJECT_BEST
            and opinion.of(type_) <= REJECT_OWN
        )

    def typed(
        self, coder: _EventCoder, token: Token, *, beside_lexicon: bool = True
    ) -> _Candidate | None:
        """A candidate for a sentence root the lexicon lacks, when the classifier is sure."""
        if token.dep_ != "ROOT" or token.pos_ != "VERB":
            return None
        opinion = self.of(token.sent)
        if opinion.label == NO_EVENT or opinion.probability < TYPE_BEST:
            return None
        if beside_lexicon and any(coder.match(t) is not None for t in token.sent):
            return None  # the lexicon has its own reading of this sentence
        from dossier.events import _Candidate

        trigger = Trigger(opinion.label, None, False, token.lemma_.lower())
        sources, targets = coder.verb_arguments(trigger, token)
        if not any(sources) or not any(targets):
            return None
        candidate = _Candidate(trigger, token, trigger.type, sources, targets)
        candidate.negated = is_negated(token)
        return candidate
