"""Reading the knowledge base: actors, their profiles, merged events, relations over time.

Everything here reads, through ``dossier.store``, the tables ``resolve`` fills and
returns frozen rows and dataclasses; lists
come as ``Records``, which turn into a pandas DataFrame with ``.to_pandas()`` when
pandas is installed.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, is_dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from dossier.errors import DossierError
from dossier.kb.linker import FAMILIES, family, slug
from dossier.lexicon import load_data, name_key
from dossier.store import ActorRow, MergedEventRow, QuoteRow, Store
from dossier.store.kb_reads import rounded
from dossier.store.rows import LinkRow, PartnerMonthRow, PartnerRow, RelationGroupRow

if TYPE_CHECKING:
    import pandas

T = TypeVar("T")
# Reports listed with each merged event in a listing or a profile (``mentions`` counts
# them all): a much-reported event has thousands, and a page shows the first few.
EVIDENCE_SHOWN = 10
COOPERATION = (1, 2)  # PLOVER quad classes: verbal and material cooperation
CONFLICT = (3, 4)


class Records(list[T]):
    """A list of dataclasses that also becomes a table."""

    def to_pandas(self) -> pandas.DataFrame:
        try:
            import pandas
        except ImportError as exc:
            raise DossierError("to_pandas() needs pandas: pip install pandas") from exc
        return pandas.DataFrame(self.to_json())

    def to_json(self) -> list[dict[str, Any]]:
        return [as_dict(r) for r in self]


def as_dict(record: Any) -> dict[str, Any]:
    """A record as JSON data: its own ``to_json`` where it has one (event and quote rows
    leave out stored ids), else all its fields."""
    if hasattr(record, "to_json"):
        return record.to_json()  # type: ignore[no-any-return]
    return asdict(record) if is_dataclass(record) and not isinstance(record, type) else record


Actor = ActorRow
MergedEvent = MergedEventRow
Partner = PartnerRow
Link = LinkRow


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """A title an actor holds, and the first and last dates a source states it."""

    title: str
    of: str | None
    first: str | None
    last: str | None
    documents: int
    source: str = "articles"


@dataclass(frozen=True, slots=True)
class SectorSpan:
    sector: str
    first: str | None
    last: str | None
    documents: int
    source: str = "articles"


@dataclass(frozen=True, slots=True)
class Relation:
    """How ``source`` acted on ``target`` in one month: counts, balance and evidence.

    ``score`` is the mean PLOVER intensity (-10 conflict … +10 cooperation);
    ``balance`` is (cooperative − conflictual events) / events, from -1 to +1.
    """

    source: str
    source_name: str
    target: str
    target_name: str
    month: str
    events: int
    by_type: dict[str, int]
    by_quad: dict[int, int]
    score: float | None
    balance: float
    evidence: list[int]


@dataclass(frozen=True, slots=True)
class ActorProfile:
    actor: Actor
    roles: list[RoleSpan]
    sectors: list[SectorSpan]
    quotes: list[QuoteRow]
    events_as_source: list[MergedEvent]
    events_as_target: list[MergedEvent]
    partners: list[Partner]
    links: list[Link]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def actors(
    store: Store,
    *,
    query: str | None = None,
    type: str | None = None,
    country: str | None = None,
    limit: int | None = None,
) -> Records[Actor]:
    """Actors, most mentioned first; ``query`` matches names and aliases."""
    types: tuple[str, ...] = ()
    if type:
        types = ("GPE", "LOC") if type.upper() in ("GPE", "LOC") else (type.upper(),)
    rows = store.actors(
        query=query,
        key_part=name_key(query) if query else None,
        types=types,
        country=country,
        limit=limit,
    )
    dated = dated_entries(store)
    return Records(dated_sector(actor, dated) for actor in rows)


def dated_sector(actor: Actor, dated: dict[str, dict[str, Any]]) -> Actor:
    """The actor with the sector in force when it was last reported, where an actor
    list dates its sectors (the Taliban: REB, then GOV from 15 August 2021)."""
    entry = dated.get(actor.id)
    if not entry or not entry.get("sectors"):
        return actor
    return replace(actor, sector=sector_at(file_sectors(entry), actor.last_seen, actor.sector))


def find_actor(store: Store, ref: str) -> tuple[int, Actor]:
    """The actor ``ref`` names: its id, a name or alias, or a unique part of a name."""
    found = store.actor_by_id(ref)
    if found is None:
        keys = [f"{fam}|{name_key(ref)}" for fam in dict.fromkeys(FAMILIES.values())]
        found = store.actor_by_match_keys(keys)
    if found is None:
        named = store.actors_named_like(ref, limit=2)
        if len(named) == 1 or (len(named) == 2 and named[0][1].mentions > 2 * named[1][1].mentions):
            found = named[0]
    if found is None:
        raise DossierError(f"no actor {ref!r} (see: dossier actors --query {ref!r})")
    return found


def profile(store: Store, ref: str, *, limit: int = 50) -> ActorProfile:
    """Everything known about one actor; raises DossierError if ``ref`` names none."""
    actor_id, actor = find_actor(store, ref)
    entries = dated_entries(store)
    dated = entries.get(actor.id, {})
    return ActorProfile(
        actor=dated_sector(actor, entries),
        roles=[*file_roles(dated), *article_roles(store, actor_id)],
        sectors=file_sectors(dated) or article_sectors(store, actor_id),
        quotes=store.actor_quotes(actor_id, limit=limit),
        events_as_source=Records(
            store.merged_events(
                source_id=actor_id,
                limit=limit,
                newest_first=True,
                evidence_limit=EVIDENCE_SHOWN,
            )
        ),
        events_as_target=Records(
            store.merged_events(
                target_id=actor_id,
                limit=limit,
                newest_first=True,
                evidence_limit=EVIDENCE_SHOWN,
            )
        ),
        partners=store.actor_partners(actor_id, limit=10),
        links=store.actor_links(actor_id, limit=200),
    )


def article_roles(store: Store, actor_id: int) -> list[RoleSpan]:
    """Roles as the articles state them, each with the dates of the articles."""
    dates: dict[str, list[str | None]] = defaultdict(list)
    titles: dict[str, str] = {}
    holders: dict[str, Counter[str]] = defaultdict(Counter)
    counts: Counter[str] = Counter()
    for mentions in store.actor_role_mentions(actor_id):
        for role in json.loads(mentions.roles):
            key = role["title"].lower()
            titles.setdefault(key, role["title"])
            dates[key].append(mentions.day)
            counts[key] += mentions.mentions
            if role.get("of"):
                holders[key][role["of"]] += mentions.mentions
    result = []
    for key, seen in dates.items():
        known = sorted(d for d in seen if d)
        first, last = (known[0], known[-1]) if known else (None, None)
        of = holders[key].most_common(1)[0][0] if holders[key] else None
        result.append(RoleSpan(titles[key], of, first, last, counts[key]))
    return sorted(result, key=lambda r: (r.last or "", r.documents), reverse=True)


def article_sectors(store: Store, actor_id: int) -> list[SectorSpan]:
    return [
        SectorSpan(r.sector, r.first, r.last, r.documents) for r in store.actor_sectors(actor_id)
    ]


def dated_entries(store: Store) -> dict[str, dict[str, Any]]:
    """Dated roles and sectors from dossier's actor list and the user's actor file,
    by actor id; the user's file wins."""
    entries = [e for e in load_data("actors.yaml").get("actors", []) if has_dates(e)]
    stored = store.setting("actors")
    entries += [{**e, "user": True} for e in (json.loads(stored) if stored else [])]
    by_id: dict[str, dict[str, Any]] = {}
    for entry in entries:
        by_id[f"{family(entry.get('type', 'ORG'))}/{slug(entry['name'])}"] = entry
    return by_id


def has_dates(entry: dict[str, Any]) -> bool:
    return bool(entry.get("roles") or entry.get("sectors"))


def file_roles(entry: dict[str, Any]) -> list[RoleSpan]:
    source = "actor file" if entry.get("user") else "dossier actor list"
    return [
        RoleSpan(
            title=r["title"],
            of=r.get("of"),
            first=text_or_none(r.get("since")),
            last=text_or_none(r.get("until")),
            documents=0,
            source=source,
        )
        for r in entry.get("roles") or []
    ]


def file_sectors(entry: dict[str, Any]) -> list[SectorSpan]:
    source = "actor file" if entry.get("user") else "dossier actor list"
    return [
        SectorSpan(
            sector=s["sector"],
            first=text_or_none(s.get("since")),
            last=text_or_none(s.get("until")),
            documents=0,
            source=source,
        )
        for s in entry.get("sectors") or []
    ]


def sector_at(sectors: Sequence[SectorSpan], day: str | None, default: str | None) -> str | None:
    """The sector a dated list gives for ``day`` (ISO), else ``default``."""
    for span in sectors:
        if span.source == "articles" or not day:
            continue
        if (span.first is None or day >= span.first) and (
            span.last is None or day[: len(span.last)] <= span.last
        ):
            return span.sector
    return default


def text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def timeline(
    store: Store,
    *,
    actor: str | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    include_negated: bool = False,
    limit: int | None = None,
    newest_first: bool = False,
    evidence: bool = True,
    evidence_limit: int | None = None,
) -> Records[MergedEvent]:
    """Merged events in date order (or newest first), each with the article mentions
    behind it (its first ``evidence_limit`` reports, when set); ``actor`` matches
    either side."""
    actor_id = find_actor(store, actor)[0] if actor else None
    rows = store.merged_events(
        actor_id=actor_id,
        type=type,
        since=since,
        until=until,
        include_negated=include_negated,
        limit=limit,
        newest_first=newest_first,
        evidence=evidence,
        evidence_limit=evidence_limit,
    )
    return Records(rows)


def relations(
    store: Store,
    *,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> Records[Relation]:
    """For every ordered pair of actors and month: counts by type and quad class,
    intensity and balance, and the merged events behind each number."""
    actor_id = find_actor(store, actor)[0] if actor else None
    groups: dict[tuple[str, str, str, str, str], list[RelationGroupRow]] = defaultdict(list)
    for group in store.relation_groups(actor_id=actor_id, since=since, until=until):
        key = (group.source, group.source_name, group.target, group.target_name, group.month)
        groups[key].append(group)
    result = [relation(key, parts) for key, parts in groups.items()]
    result.sort(key=lambda r: (r.month, -r.events, r.source, r.target))
    return Records(result if limit is None else result[:limit])


def partner_months(store: Store, actor: str) -> list[PartnerMonthRow]:
    """Every relation of ``actor`` with a score by partner and month, in either
    direction: the numbers ``relations(actor=…)`` gives for ``events`` and ``score``,
    without counting types and quad classes."""
    return store.partner_months(find_actor(store, actor)[0])


def relation(key: tuple[str, str, str, str, str], parts: list[RelationGroupRow]) -> Relation:
    """One pair's month from its events counted in SQL by (type, quad class); types
    with equal counts keep the order of their first event."""
    types: dict[str, list[int]] = {}
    quads: dict[int, int] = {}
    events = scored = 0
    total = 0.0
    for part in parts:
        kind, quad, count, first = part.type, part.quad, part.events, part.first
        with_score, score_sum = part.scored, part.total or 0.0
        events += count
        counted = types.get(kind)
        if counted is None:
            types[kind] = [count, first]
        else:
            counted[0] += count
            counted[1] = min(counted[1], first)
        if quad is not None:
            quads[quad] = quads.get(quad, 0) + count
        if with_score:
            scored += with_score
            total += score_sum
    by_type = sorted(types.items(), key=lambda item: (-item[1][0], item[1][1]))
    cooperative = sum(quads.get(q, 0) for q in COOPERATION)
    conflictual = sum(quads.get(q, 0) for q in CONFLICT)
    ids = [int(i) for p in parts for i in p.ids.split(",")]
    return Relation(
        source=key[0],
        source_name=key[1],
        target=key[2],
        target_name=key[3],
        month=key[4],
        events=events,
        by_type={name: counted[0] for name, counted in by_type},
        by_quad=dict(sorted(quads.items())),
        score=rounded(total / scored) if scored else None,
        balance=round((cooperative - conflictual) / events, 2),
        evidence=sorted(ids),
    )


def duplicates(store: Store) -> list[tuple[str, str]]:
    """(document, the earlier document it repeats) for every near-duplicate article."""
    return store.duplicate_documents()


def counts(store: Store) -> dict[str, int]:
    """Actors, merged events, their mentions, duplicate articles and stored articles
    not linked yet (see ``Store.knowledge_counts``)."""
    return store.knowledge_counts()
