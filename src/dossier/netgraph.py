"""The actor network the pages draw: who acts on whom, month by month, laid out once.

Nodes are resolved actors that take part in at least one merged event with another
actor, and only those that can act: ``data/network.yaml`` keeps out natural places,
storms, ships and written texts an article's event happened to name. Edges keep
their direction (source acts on target) and month, so the page can filter by a time
window, actor type, country and activity without moving anyone: positions are
computed here, once per store version, and fill the unit square.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from dossier.api import Dossier, Relation
from dossier.lexicon import load_data

__all__ = [
    "ActingRules",
    "Edge",
    "Node",
    "NodeKind",
    "acting_rules",
    "can_act",
    "dense_window",
    "densest_run",
    "fill_square",
    "force_directed",
    "layout",
    "month_span",
    "monthly_edges",
    "network",
    "node_kinds",
    "separate",
]


@dataclass(frozen=True, slots=True)
class NodeKind:
    """What the store says an actor is (type, country, sector)."""

    type: str
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    name: str
    type: str
    country: str | None
    sector: str | None
    events: int
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Edge:
    """What ``source`` did to ``target`` in one month: event count and mean score."""

    source: str
    target: str
    month: str
    events: int
    score: float

    def as_dict(self) -> dict[str, Any]:
        """As JSON wants it (``dataclasses.asdict`` took 0.3 s at 10,000 articles)."""
        return {
            "source": self.source,
            "target": self.target,
            "month": self.month,
            "events": self.events,
            "score": self.score,
        }


@dataclass(frozen=True, slots=True)
class ActingRules:
    types: frozenset[str]
    leading_any_type: frozenset[str]
    leading: frozenset[str]
    trailing: frozenset[str]


@lru_cache(maxsize=1)
def acting_rules() -> ActingRules:
    data = load_data("network.yaml")
    return ActingRules(
        types=frozenset(data["acting_types"]),
        leading_any_type=frozenset(data["leading_words_any_type"]),
        leading=frozenset(data["leading_words"]),
        trailing=frozenset(data["trailing_words"]),
    )


def can_act(name: str, entity_type: str) -> bool:
    """Whether an entity of this name and type can be an actor of the network."""
    rules = acting_rules()
    if entity_type not in rules.types:
        return False
    words = re.findall(r"[a-z0-9]+", name.lower())
    if not words:
        return False
    if words[0] in rules.leading_any_type:
        return False
    if entity_type == "PERSON":
        return True
    return words[0] not in rules.leading and words[-1] not in rules.trailing


def node_kinds(kb: Dossier, ids: list[str]) -> dict[str, NodeKind]:
    """Type, country and sector of the actors with these ids."""
    return {r.id: NodeKind(r.type, r.country, r.sector) for r in kb.actor_kinds(ids)}


def monthly_edges(relations: list[Relation], kept: set[str]) -> list[Edge]:
    return [
        Edge(r.source, r.target, r.month, r.events, round(r.score or 0.0, 2))
        for r in relations
        if r.source in kept and r.target in kept
    ]


def network(kb: Dossier, *, max_nodes: int = 400) -> dict[str, Any]:
    """The ``max_nodes`` most active acting actors, laid out, and their monthly edges.

    Returns ``nodes``, ``edges``, the ``months`` with an edge, the ``types`` and
    ``countries`` of the nodes (for the page's filters) and ``window``, the densest
    span of months (the page's default time window).
    """
    relations = list(kb.relations())
    activity: dict[str, int] = defaultdict(int)
    names: dict[str, str] = {}
    for rel in relations:
        activity[rel.source] += rel.events
        activity[rel.target] += rel.events
        names[rel.source], names[rel.target] = rel.source_name, rel.target_name
    kinds = node_kinds(kb, list(activity))
    acting = [i for i in activity if i in kinds and can_act(names[i], kinds[i].type)]
    ids = sorted(acting, key=lambda n: (-activity[n], n))[:max_nodes]
    edges = monthly_edges(relations, set(ids))
    positions = layout(ids, [(e.source, e.target, e.events) for e in edges])
    nodes = [
        Node(
            i,
            names[i],
            kinds[i].type,
            kinds[i].country,
            kinds[i].sector,
            activity[i],
            *positions[i],
        )
        for i in ids
    ]
    by_month: dict[str, int] = defaultdict(int)
    for e in edges:
        by_month[e.month] += e.events
    return {
        "nodes": [asdict(n) for n in nodes],
        "edges": [e.as_dict() for e in edges],
        "months": sorted(by_month),
        "types": sorted({n.type for n in nodes}),
        "countries": sorted({n.country for n in nodes if n.country}),
        "window": dense_window(by_month),
    }


def dense_window(counts: dict[str, int], share: float = 0.9, reach: int = 6) -> list[str]:
    """The span of months a chart shows first: the shortest run holding ``share`` of
    the events, widened to every month with events that is at most ``reach`` months
    from it, step by step. So a few events years away from the rest do not squeeze
    everything else into a corner, while a steady stream is shown whole. ``counts``
    maps "YYYY-MM" to events; ``[]`` when there is nothing."""
    keys = sorted(counts)
    if not keys:
        return []
    first, last = densest_run(keys, [counts[k] for k in keys], share)
    start, end = keys.index(first), keys.index(last)
    while start > 0 and month_span(keys[start - 1], keys[start]) - 1 <= reach:
        start -= 1
    while end < len(keys) - 1 and month_span(keys[end], keys[end + 1]) - 1 <= reach:
        end += 1
    return [keys[start], keys[end]]


def densest_run(keys: list[str], values: list[int], share: float) -> tuple[str, str]:
    """The first and last key of the shortest run of months holding ``share`` of the total."""
    need = share * sum(values)
    best = (keys[0], keys[-1])
    total, left = 0, 0
    for right, value in enumerate(values):
        total += value
        while left < right and total - values[left] >= need:
            total -= values[left]
            left += 1
        if total >= need and month_span(keys[left], keys[right]) < month_span(*best):
            best = (keys[left], keys[right])
    return best


def month_span(first: str, last: str) -> int:
    """Months from ``first`` to ``last`` ("YYYY-MM"), both counted."""
    (y1, m1), (y2, m2) = (map(int, k[:7].split("-")) for k in (first, last))
    return (y2 - y1) * 12 + m2 - m1 + 1


def layout(
    names: list[str], edges: list[tuple[str, str, int]], *, iterations: int = 150
) -> dict[str, tuple[float, float]]:
    """Deterministic positions in the unit square: a force-directed layout, spread
    so that the dense core gets room, with no two nodes closer than a set gap."""
    count = len(names)
    if count == 0:
        return {}
    if count == 1:
        return {names[0]: (0.5, 0.5)}
    index = {n: i for i, n in enumerate(names)}
    weight = np.zeros((count, count))
    for s, t, n in edges:
        weight[index[s], index[t]] += n
        weight[index[t], index[s]] += n
    pos = force_directed(weight, iterations)
    pos = fill_square(pos)
    pos = separate(pos, gap=0.6 / math.sqrt(count))
    return {n: (round(float(pos[i, 0]), 4), round(float(pos[i, 1]), 4)) for n, i in index.items()}


def force_directed(weight: np.ndarray, iterations: int) -> np.ndarray:
    """Fruchterman–Reingold with a pull to the centre (actors without links stay near)
    and, as in ForceAtlas2, repulsion growing with both nodes' degrees, so hubs keep
    their distance from each other and their neighbours get room around them."""
    count = weight.shape[0]
    degree = (weight > 0).sum(axis=1) + 1.0
    repel = np.sqrt(np.outer(degree, degree))
    angle = 2 * np.pi * np.arange(count) / count
    rng = np.random.default_rng(7)
    pos = np.column_stack([np.cos(angle), np.sin(angle)]) + rng.uniform(-0.05, 0.05, (count, 2))
    attract = np.where(weight > 0, 1 + np.log(np.maximum(weight, 1)), 0.0)
    k = math.sqrt(4.0 / count)
    temperature = 0.2
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
        force = repel * k * k / dist**2 - attract * dist / k
        shift = (delta * force[:, :, None]).sum(axis=1) - 0.5 * pos
        length = np.maximum(np.linalg.norm(shift, axis=1), 1e-9)
        pos += shift / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= 0.97
    return pos


def fill_square(pos: np.ndarray, rank_share: float = 0.75) -> np.ndarray:
    """Each axis mapped to 0..1 by a blend of rank and value: the order of nodes along
    an axis is kept, but a crowded core is spread over the canvas."""
    out = np.empty_like(pos)
    for axis in range(2):
        values = pos[:, axis]
        span = values.max() - values.min()
        scaled = (values - values.min()) / span if span > 0 else np.full_like(values, 0.5)
        ranks = np.argsort(np.argsort(values, kind="stable"), kind="stable") / (len(values) - 1)
        out[:, axis] = rank_share * ranks + (1 - rank_share) * scaled
    return out


def separate(pos: np.ndarray, *, gap: float, rounds: int = 30) -> np.ndarray:
    """Push apart nodes closer than ``gap``, keeping all inside the unit square."""
    pos = pos.copy()
    for _ in range(rounds):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.linalg.norm(delta, axis=2)
        np.fill_diagonal(dist, np.inf)
        overlap = np.maximum(gap - dist, 0.0)
        if not overlap.any():
            break
        direction = delta / np.maximum(dist, 1e-9)[:, :, None]
        pos += 0.5 * (direction * overlap[:, :, None]).sum(axis=1)
        pos = np.clip(pos, 0.0, 1.0)
    low, high = pos.min(axis=0), pos.max(axis=0)
    spread: np.ndarray = (pos - low) / np.where(high > low, high - low, 1.0)
    return spread
