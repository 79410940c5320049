"""Deed constructions (issue 16): the tests and operations the rewrite rules of
``data/events/rewrites.yaml`` name for deeds.

"Protesters clashed with police", "demonstrators stormed the parliament": a deed
done by protesters is their protest (PLOVER PROTEST), aimed at the state where it
happens, not an attack on the place named.
"""

from __future__ import annotations

from dossier.events.frames import Frames
from dossier.events.state import _Candidate
from dossier.models import Entity
from dossier.syntax import is_passive, names_one_of, prep_objects, subject_of

OF = frozenset({"of"})


class DeedConstructions(Frames):
    def has_protester_subject(self, candidate: _Candidate) -> bool:
        """ "Hundreds of protesters clashed with police", "a crowd of demonstrators
        stormed the parliament": the subject (or what it counts) names protesters
        (``protest_agents`` in events.yaml)."""
        subject = subject_of(candidate.token)
        if subject is None or is_passive(candidate.token):  # "protesters were beaten"
            return False
        counted = prep_objects(subject, OF)  # "thousands of protesters"
        return any(names_one_of(n, self.lexicon.protest_agents) for n in (subject, *counted))

    def is_joint_deed(self, candidate: _Candidate) -> bool:
        """ "The raid was carried out in cooperation with the Colombian army", "police
        acted in partnership with Interpol": a cooperation told as the manner of a
        deed (``joint_deed_preps``) is an event with the partner named, even when the
        doer is not."""
        token = candidate.token
        return (
            candidate.trigger.noun
            and token.dep_ == "pobj"
            and token.head.lower_ in self.lexicon.joint_deed_preps
            and token.head.head.pos_ in ("VERB", "AUX")
            and any(t is not None for t in candidate.targets)
        )

    def without_protest_setting(self, candidate: _Candidate) -> None:
        """The town a protest is told in is where it is, not whom it is against
        ("clashed with police in Lima", "occupied the square of Bogota"): the state of
        that town is the target; a country named stays ("stormed the US embassy")."""
        targets: list[Entity | None] = []
        for target in candidate.targets:
            if target is not None and not self.names_a_state(target):
                target = self.finder.country_entity(target.country or "")
            if target is not None and target not in targets:
                targets.append(target)
        candidate.targets = targets

    def names_a_state(self, entity: Entity) -> bool:
        """Whether ``entity`` is a party, not a town: anything but a place below a country."""
        return entity.type not in ("GPE", "LOC") or self.finder.descriptions.is_country(entity)
