"""What an article has told so far, for the events that point back to it.

"India condemned the bombing" targets whoever did the bombing; "a charge Islamabad
denies" answers whoever made the charge; "talks hosted by the AU" are between the sides
of the latest talks or deal.  The event coder tells ``ArticleMemory`` each event it
codes, in text order, and asks it about what came before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from dossier.models import Entity

__all__ = ["Actors", "ArticleMemory", "Deed"]

Actors = list[Entity | None]


@dataclass(frozen=True, slots=True)
class Deed:
    """An attack or seizure coded so far: what "condemned the bombing" points back to."""

    lemma: str
    doer: Entity | None
    victim: Entity | None
    at: int = 0  # the character where it was told: one word may tell several doers' deeds


@dataclass(slots=True)
class ArticleMemory:
    deeds: list[Deed] = field(default_factory=list)  # attacks and seizures, in text order
    charges: list[tuple[Entity | None, Entity | None]] = field(default_factory=list)
    parleys: list[tuple[Entity, Entity]] = field(default_factory=list)  # sides of talks, deals
    acts: list[tuple[int, Entity]] = field(default_factory=list)  # (token, doer) of decisions
    proposals: list[tuple[Entity, Entity | None]] = field(default_factory=list)  # offers, requests
    parleys_at: list[int] = field(default_factory=list)  # where each was told (a character)

    def remember(
        self,
        lemma: str,
        sources: Actors,
        targets: Actors,
        *,
        deed: bool = False,
        charge: bool = False,
        parley: bool = False,
        act_at: int | None = None,
        proposal: bool = False,
        at: int = 0,
    ) -> None:
        """Keep a coded (not negated) event: ``deed`` for attacks and seizures,
        ``charge`` for accusations, ``parley`` for talks and deals, ``proposal`` for
        offers and requests (the coder tells which from the classes of
        data/events/rewrites.yaml); ``act_at``, the token of a decision ("the move" may
        point back to); ``at``, the character where it was told."""
        if proposal:
            self.proposals.extend((s, t) for s in sources if s is not None for t in targets)
        if deed:
            self.deeds.extend(Deed(lemma, s, t, at) for s in sources for t in targets)
        if charge:
            self.charges.extend((s, t) for s in sources for t in targets)
        parties = list({e.name: e for e in (*sources, *targets) if e is not None}.values())
        if parley and len(parties) == 2:
            self.parleys.append((parties[0], parties[1]))
            self.parleys_at.append(at)
        if act_at is not None:
            self.acts.extend((act_at, s) for s in sources if s is not None)

    def latest_act_doer(self, since: int, exclude: Actors) -> Actors:
        """The doer of the latest decision coded at or after token ``since`` ("Chile
        closed the border.  The move drew criticism"), if one party did it."""
        for at, doer in reversed(self.acts):
            if at < since:
                return []
            if doer not in exclude:
                return [doer]
        return []

    def recalled(
        self,
        role: Literal["doer", "victim"],
        lemma: str,
        exclude: Actors,
        *,
        same_word: bool = False,
        fits: Callable[[str], bool] | None = None,
    ) -> Actors:
        """The doers or victims of the latest attack coded so far, the same word first
        (with ``same_word``, only one told with that word): every one that word told
        ("US and British jets struck …  Iran condemned the strikes": both); with
        ``fits``, only deeds whose word it accepts (one of the same type)."""
        deeds = [d for d in reversed(self.deeds) if fits is None or fits(d.lemma)]
        found = [(d.lemma, d.at, getattr(d, role)) for d in deeds]
        found = [(word, at, e) for word, at, e in found if e is not None and e not in exclude]
        same = [f for f in found if f[0] == lemma]
        chosen = same if same_word else same or found
        if not chosen:
            return []
        told = [e for _, at, e in reversed(chosen) if at == chosen[0][1]]
        return [e for i, e in enumerate(told) if e not in told[:i]]

    def doer_of(self, victims: Actors) -> Actors:
        """Who last attacked or seized every one of ``victims``, if one party did."""
        if not victims or None in victims:
            return []
        doers = [
            next((d.doer for d in reversed(self.deeds) if d.victim == victim and d.doer), None)
            for victim in victims
        ]
        first = doers[0]
        return [first] if first is not None and all(d == first for d in doers) else []

    def accusers_of(self, accused: Actors, *, anyone: bool = False) -> Actors:
        """Whoever last accused one of ``accused``; with ``anyone`` ("rejected those
        claims"), whoever last made a charge, against whomever."""
        for source, target in reversed(self.charges):
            if source is not None and source not in accused and (anyone or target in accused):
                return [source]
        return []

    def proposer_to(self, refusers: Actors) -> Actors:
        """Who made the latest offer or request a refusal with no object answers ("Iran
        offered to pay them. The relatives refused."): one made to the refusers first,
        else the latest of all; never one the refusers made."""
        made = [(s, t) for s, t in reversed(self.proposals) if s not in refusers]
        to_them: Actors = [s for s, t in made if t is not None and t in refusers]
        chosen = to_them or [s for s, _ in made]
        return chosen[:1]

    def latest_sides_of(self, named: set[str], since: int = 0) -> Actors:
        """The two sides of the latest talks or deal told from character ``since`` on
        that hold everyone ``named``."""
        for pair, at in zip(reversed(self.parleys), reversed(self.parleys_at), strict=True):
            if at >= since and named <= {e.name for e in pair}:
                return list(pair)
        return []

    def latest_sides(self, besides: set[str]) -> Actors:
        """The two sides of the latest talks or deal, neither of them in ``besides``."""
        for pair in reversed(self.parleys):
            if not {e.name for e in pair} & besides:
                return list(pair)
        return []
