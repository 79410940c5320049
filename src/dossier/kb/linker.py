"""One knowledge base across articles: actors, near-duplicate articles, merged events.

Until here each article stands alone. This stage links the entity clusters of every
document into actors with stable ids (by canonical name and aliases, surnames and
acronyms, never across conflicting countries), marks near-duplicate articles
(MinHash over word shingles, so a wire story printed by two outlets counts once), and
merges the events several articles report into one event with all its mentions
(``merge``).

It is incremental: ``KnowledgeBase.update`` links only the documents not linked yet
(those without a signature), so ingesting new articles costs what they hold, not what
the store holds. ``rebuild`` clears the knowledge-base tables and links everything
again, in document order, which gives the same result as ingesting one by one.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dossier.errors import InputError, StoreError
from dossier.kb.actor_names import (
    FAMILIES,
    cached_name_key,
    compatible,
    family,
    is_proper_alias,
    is_surname_or_acronym,
    known_name,
    name_keys,
    role_keys,
    short_forms,
    slug,
    tallied,
)
from dossier.kb.merge import Merger
from dossier.lexicon import read_user_actors
from dossier.store import Store
from dossier.store.rows import ClusterRow, KeyHolderRow

EntityRow = ClusterRow  # the name this module used for an entity cluster

__all__ = [
    "FAMILIES",
    "KnowledgeBase",
    "cached_name_key",
    "family",
    "read_actor_file",
    "short_forms",
    "slug",
]


@dataclass(frozen=True, slots=True)
class Candidate:
    actor_id: int
    name: str
    country: str | None
    key: str


# --- the knowledge base -----------------------------------------------------


class KnowledgeBase:
    """Links stored documents into actors and merged events; see the module docstring."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.merger = Merger(store)
        self.relink: set[int] = set()  # linked documents whose events must be merged again
        self.touched: set[int] = set()  # actors whose counts must be refreshed
        self.splits: list[tuple[str, str]] = []  # short forms a new full name now shares
        self.tallies: Counter[tuple[int, str, str]] = Counter()  # not written yet
        self.members: list[tuple[int, int, int, str]] = []  # actor_members rows not written yet
        # (normalized name, title, body) of each actor's member roles, read once per
        # actor and kept current as members join: a bare surname's role check must not
        # read every mention of a much-named actor again
        self.role_cache: dict[int, set[tuple[str, str | None, str | None]]] = {}
        # (kind, key) -> the actor rows holding it, for one update: actors' names and
        # counts change only once every entity is linked
        self.key_cache: dict[tuple[str, str], list[KeyHolderRow]] = {}
        # (kind, keys, country) -> the candidates ``_candidates`` found from key_cache,
        # forgotten with it: most mentions repeat names already linked
        self.candidate_cache: dict[tuple[str, tuple[str, ...], str | None], list[Candidate]] = {}

    # -- entry points --

    def update(self) -> int:
        """Link every current document not linked yet; return how many were linked."""
        try:
            return self._update()
        except BaseException as exc:
            # the rolled-back transaction took what these held with it
            self.members.clear()
            self.role_cache.clear()
            self._forget_keys()
            self.merger.links.clear()
            self.merger.pending_told.clear()
            self.merger.sides_changed()  # the events it made were rolled back
            self.merger.unwritten.clear()
            if isinstance(exc, sqlite3.Error):
                message = f"{self.store.path}: cannot link the knowledge base ({exc})"
                raise StoreError(message) from exc
            raise

    def _update(self) -> int:
        with self.store.transaction():
            self.relink, self.touched = set(), set()
            self._forget_keys()
            self.merger.pair_events.clear()
            self.tallies.clear()
            self.merger.touched, self.merger.new_events = self.touched, Counter()
            grown: set[int] = set()
            self._forget_old_versions()
            pending = self.store.unlinked_documents()
            if pending:
                self._ensure_user_actors()
                self.merger.sign(pending)
                grown = self._link_entities(pending)
                self.merger.unmerge(self.relink - set(pending))
                self.merger.merge(sorted(self.relink | set(pending)))
                self._grow_counts(pending, skip=self.touched)
            changed = {a for a in self.touched if self.store.actor_exists(a)}
            self._recount(changed)
            self._label(changed | {a for a in grown if self.store.actor_exists(a)})
        return len(pending)

    def rebuild(self) -> int:
        """Clear the knowledge-base tables and link every current document again."""
        try:
            with self.store.transaction():
                self.store.clear_knowledge_base()
            self.role_cache.clear()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.store.path}: cannot clear the knowledge base ({exc})") from exc
        return self.update()

    def set_user_actors(self, path: Path) -> int:
        """Keep the actors of a user file (YAML) in the store; they win over inference."""
        entries = read_actor_file(path)
        with self.store.transaction():
            self.store.set_setting("actors", json.dumps(entries))
        return len(entries)

    # -- versions --

    def _forget_old_versions(self) -> None:
        """Drop what superseded document versions contributed."""
        stale = self.store.superseded_linked_documents()
        if not stale:
            return
        self.role_cache.clear()
        self.merger.unmerge(stale)
        self.touched.update(self.store.unlink_documents(stale))

    # -- actors --

    def _ensure_user_actors(self) -> None:
        stored = self.store.setting("actors")
        for entry in json.loads(stored) if stored else []:
            entity_type = entry.get("type", "ORG")
            key = f"{family(entity_type)}/{slug(entry['name'])}"
            found = self.store.actor_row_id(key)
            if found is not None:
                actor_id = found
                self.store.pin_actor(
                    actor_id, entry["name"], entity_type, entry.get("country"), entry.get("sector")
                )
            else:
                actor_id = self._new_actor(
                    entry["name"],
                    entity_type,
                    entry.get("country"),
                    entry.get("sector"),
                    pinned=True,
                )
            fam = family(entity_type)
            for name in [entry["name"], *(entry.get("aliases") or [])]:
                self._add_key(f"{fam}|{cached_name_key(name)}", "name", actor_id)
            for form in short_forms(entry["name"], entity_type):  # "Kabulov", "NRF"
                self._add_key(f"{fam}|{form}", "short", actor_id)

    def _link_entities(self, doc_ids: Sequence[int]) -> set[int]:
        """Link every entity cluster of these documents; return the actors that grew."""
        grown: set[int] = set()
        for entity in self._entities(doc_ids):
            actor_id, reason = self._link(entity)
            self.members.append((entity.id, actor_id, entity.document_id, reason))
            if actor_id in self.role_cache:
                self.role_cache[actor_id].update(role_keys(entity))
            self.tallies.update((actor_id, field, value) for field, value in tallied(entity))
            grown.add(actor_id)
            while self.splits:  # once the new full name holds its mention and roles
                self._split_shared_short_form(*self.splits.pop())
        self._write_members()
        self._write_tallies()
        return grown

    def _write_members(self) -> None:
        """Write the member rows linked since the last call, in one statement; every
        query that reads ``actor_members`` while linking calls this first."""
        self.store.write_members(self.members)
        self.members.clear()

    def _write_tallies(self) -> None:
        """Add the tallies counted since the last call, in one statement. Tallies are
        read only once every entity is linked; they are written before an actor is
        merged away, so its rows go with it as they would one by one."""
        self.store.add_tallies(self.tallies)
        self.tallies.clear()

    def _entities(self, doc_ids: Sequence[int]) -> list[EntityRow]:
        return self.store.clusters(doc_ids)

    def _link(self, entity: EntityRow) -> tuple[int, str]:
        """The actor an entity belongs to, and why; a new actor when none fits."""
        keys = name_keys(entity)
        if is_surname_or_acronym(entity.name, entity.type):
            linked = self._link_short_form(entity)
            if linked:
                return linked
        for candidate in self._candidates(keys, "name", entity.country):
            if candidate.key == keys[0]:
                return candidate.actor_id, f"same name as {candidate.name}"
            alias = candidate.key.split("|", 1)[1]
            return candidate.actor_id, f"name or alias '{alias}' shared with {candidate.name}"
        actor_id = self._new_actor(known_name(entity), entity.type, entity.country, None)
        for key in keys:
            self._add_key(key, "name", actor_id)
        for form in short_forms(entity.name, entity.type):
            self._add_key(f"{family(entity.type)}|{form}", "short", actor_id)
            self.splits.append((f"{family(entity.type)}|{form}", entity.type))
        self._absorb_short_forms(actor_id, entity)
        return actor_id, f"first named '{entity.name}' in {entity.doc}"

    def _link_short_form(self, entity: EntityRow) -> tuple[int, str] | None:
        """A bare surname or acronym to the one full name that has it, or, among
        several, to the only one holding the role the mention gives."""
        form = cached_name_key(entity.name)
        found = self._candidates([f"{family(entity.type)}|{form}"], "short", entity.country)
        kind = "surname" if entity.type == "PERSON" else "acronym"
        titles = {str(r["title"]).lower(): r.get("of") for r in entity.roles}
        if len(found) == 1 and not self._roles_conflict(found[0].actor_id, titles):
            return found[0].actor_id, (
                f"{kind} '{entity.name}' of {found[0].name}, the only one so named"
            )
        held = {c.actor_id: set(self._roles(c.actor_id, skip=form)) for c in found}
        holding = [c for c in found if set(titles) & held[c.actor_id]]
        if len(found) > 1 and len(holding) == 1:
            title = sorted(set(titles) & held[holding[0].actor_id])[0]
            return holding[0].actor_id, (
                f"{kind} '{entity.name}' with the role '{title}' of {holding[0].name}, "
                "the only one so named who holds it"
            )
        return None

    def _roles(self, actor_id: int, *, skip: str | None = None) -> dict[Any, set[str]]:
        """The titles an actor's mentions hold, each with the bodies they are held in;
        ``skip`` leaves out mentions by that bare name."""
        if actor_id not in self.role_cache:
            self._write_members()
            self.role_cache[actor_id] = {
                (cached_name_key(name), title, of)
                for name, title, of in self.store.member_roles(actor_id)
            }
        roles: dict[Any, set[str]] = {}
        for name, title, of in self.role_cache[actor_id]:
            if skip is None or name != skip:
                roles.setdefault(title, set()).update([of] if of else [])
        return roles

    def _roles_conflict(self, actor_id: int, titles: dict[str, Any]) -> bool:
        """Whether a bare surname's role is held somewhere else by the full name's actor
        ("Khan, Pakistan's prime minister" is not a Khan who is prime minister of
        another country)."""
        held = self._roles(actor_id)
        return any(of and held.get(title) and of not in held[title] for title, of in titles.items())

    def _candidates(self, keys: Sequence[str], kind: str, country: str | None) -> list[Candidate]:
        """Actors holding one of ``keys``, best first, whose country does not conflict."""
        if not keys:
            return []
        cached = self.candidate_cache.get((kind, tuple(keys), country))
        if cached is None:
            cached = self.candidate_cache[(kind, tuple(keys), country)] = self._read_candidates(
                keys, kind, country
            )
        return cached

    def _read_candidates(
        self, keys: Sequence[str], kind: str, country: str | None
    ) -> list[Candidate]:
        missing = [key for key in keys if (kind, key) not in self.key_cache]
        if missing:
            for key in missing:
                self.key_cache[(kind, key)] = []
            for row in self.store.key_holders(kind, missing):
                self.key_cache[(kind, row.key)].append(row)
        rows = [row for key in dict.fromkeys(keys) for row in self.key_cache[(kind, key)]]
        order = {key: n for n, key in enumerate(keys)}
        rows.sort(key=lambda r: (order[r.key], -r.pinned, -r.documents, r.actor_id))
        seen: dict[int, Candidate] = {}
        for r in rows:
            # the user's actors file wins over the country an article suggests
            if (r.pinned or compatible(country, r.country)) and r.actor_id not in seen:
                seen[r.actor_id] = Candidate(r.actor_id, r.name, r.country, r.key)
        return list(seen.values())

    def _absorb_short_forms(self, actor_id: int, entity: EntityRow) -> None:
        """Fold actors named only "Blinken" or "NRF" into the first full name that fits.

        Only when the short form is unambiguous: no other full name has it.
        """
        fam = family(entity.type)
        for form in short_forms(entity.name, entity.type):
            if len(self.store.short_key_owners(f"{fam}|{form}")) != 1:
                continue
            for other in self._candidates([f"{fam}|{form}"], "name", entity.country):
                if other.actor_id != actor_id and is_surname_or_acronym(other.name, entity.type):
                    kind = "surname" if entity.type == "PERSON" else "acronym"
                    self._merge_actors(
                        other.actor_id, actor_id, f"{kind} '{other.name}' of {entity.name}"
                    )

    def _split_shared_short_form(self, key: str, entity_type: str) -> None:
        """When a second full name shares a surname or acronym, take back the bare
        mentions ("Khan") linked to the first: they could be either."""
        owners = self.store.short_key_owners(key)
        if len(owners) < 2:
            return
        self._write_members()
        form = key.split("|", 1)[1]
        moved = [
            (m.entity_id, m.document_id, m.name, json.loads(m.roles))
            for m in self.store.members(owners)
            if cached_name_key(m.name) == form and is_surname_or_acronym(m.name, entity_type)
        ]
        if not moved:
            return
        names = self.store.actor_names(owners)
        held = {owner: set(self._roles(owner, skip=form)) for owner in owners}
        self.store.drop_name_key(key, owners)
        self._forget_keys(("name", key))
        bare: int | None = None
        for entity_id, _, name, roles in moved:
            titles = {str(r["title"]).lower() for r in roles}
            holding = [o for o in owners if titles & held[o]]
            if len(holding) == 1:
                title = sorted(titles & held[holding[0]])[0]
                target, reason = (
                    holding[0],
                    (
                        f"'{name}' with the role '{title}' of {names[holding[0]]}, "
                        "the only one so named who holds it"
                    ),
                )
            else:
                if bare is None:
                    bare = self._new_actor(name, entity_type, None, None)
                    self._add_key(key, "name", bare)
                target = bare
                reason = f"'{name}' alone could be any of: {', '.join(names.values())}; kept apart"
            self.store.move_member(entity_id, target, reason)
        self.relink.update(document_id for _, document_id, _, _ in moved)
        self.touched.update([*owners, *([bare] if bare else [])])
        for actor_id in [*owners, *([bare] if bare else [])]:
            self.role_cache.pop(actor_id, None)

    def _merge_actors(self, source: int, target: int, why: str) -> None:
        self._write_members()
        self._write_tallies()
        for actor_id in (source, target):
            self.role_cache.pop(actor_id, None)
        self._forget_keys()
        self.merger.sides_changed()  # the events' sides change below
        self.store.merge_actor(source, target, why)
        self.touched.add(target)

    def _new_actor(
        self,
        name: str,
        entity_type: str,
        country: str | None,
        sector: str | None,
        *,
        pinned: bool = False,
    ) -> int:
        base = f"{family(entity_type)}/{slug(name)}"
        return self.store.insert_actor(base, name, entity_type, country, sector, pinned=pinned)

    def _forget_keys(self, *keys: tuple[str, str]) -> None:
        """Forget the holders read of these (kind, key) pairs, or of every key, and the
        candidates found from them."""
        if keys:
            for key in keys:
                self.key_cache.pop(key, None)
        else:
            self.key_cache.clear()
        self.candidate_cache.clear()

    def _add_key(self, key: str, kind: str, actor_id: int) -> None:
        self._forget_keys((kind, key))
        self.store.add_actor_key(key, kind, actor_id)

    def _grow_counts(self, doc_ids: Sequence[int], *, skip: set[int]) -> None:
        """Add what these new documents say to the counts of the actors they name.

        Incremental on purpose: recounting the Taliban's ten thousand mentions for
        every batch would make ingest slower as the store grows.
        """
        self.store.grow_actor_counts(doc_ids, self.merger.new_events, skip=skip)

    def _recount(self, actor_ids: Iterable[int]) -> None:
        """Tallies and counts of each actor from scratch, after merges and splits."""
        for actor_id in actor_ids:
            self.store.recount_actor(actor_id)

    def _label(self, actor_ids: Iterable[int]) -> None:
        """Name, aliases, country and sector of each actor: the most frequent among its
        mentions' clusters (ties to the longer, then the first in order); an actor from
        the user's actor file keeps the ones given there."""
        for actor_id in actor_ids:
            tally: dict[str, list[tuple[int, str]]] = {}
            for row in self.store.tallies(actor_id):
                tally.setdefault(row.field, []).append((-row.n, row.value))
            best = {
                field: min(values, key=lambda v: (v[0], -len(v[1]), v[1]))[1]
                for field, values in tally.items()
            }
            ranked = Counter(dict((v, -n) for n, v in tally.get("alias", [])))
            ranked.update(dict((v, -n) for n, v in tally.get("name", [])))
            aliases = sorted(ranked, key=lambda a: (-ranked[a], a))
            self.store.label_actor(
                actor_id,
                name=best.get("name"),
                country=best.get("country"),
                sector=best.get("sector"),
                aliases=[a for a in aliases if is_proper_alias(a)],
            )


def read_actor_file(path: Path) -> list[dict[str, Any]]:
    """The actors of a user YAML file as the entity stage reads them
    (``lexicon.read_user_actors``), with their dated ``roles`` and ``sectors`` checked
    and dates as ISO text."""
    entries = read_user_actors(path).get("actors", [])
    for number, entry in enumerate(entries, start=1):
        for field in ("roles", "sectors"):
            if not isinstance(entry.get(field) or [], list):
                raise InputError(str(path), f"actor {number}: '{field}' must be a list")
    checked: list[dict[str, Any]] = json.loads(json.dumps(entries, default=str))
    return checked
