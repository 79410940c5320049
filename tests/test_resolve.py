"""The knowledge base across articles: actors, near-duplicates, merged events, relations.

The articles in ``fixtures/kb`` were written for these tests: a wire story on the fall
of Kunduz, the same story reprinted by another outlet (HTML, with page junk), an
independent analysis of it, a later piece naming Blinken by surname only, and one
with two different Khans.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

import dossier
from conftest import FIXTURES, ROOT, SHARED, run_dossier
from dossier.api import Dossier
from dossier.kb.linker import cached_name_key, short_forms
from dossier.kb.reader import sector_at

KB_ARTICLES = FIXTURES / "kb"


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Dossier:
    path = tmp_path_factory.mktemp("kb") / "kb.db"
    store = dossier.open(path)
    store.ingest([KB_ARTICLES])
    return store


def merged_summary(kb: Dossier) -> list[tuple[object, ...]]:
    return sorted(
        (e.type, e.source or "", e.target or "", e.day, e.mentions, e.sources)
        for e in kb.timeline(evidence=False)
    )


def actor_summary(kb: Dossier) -> list[tuple[object, ...]]:
    return sorted((a.id, a.name, a.documents, a.mentions) for a in kb.actors())


def test_names_compare_without_accents_dots_or_articles() -> None:
    assert cached_name_key("António Guterres") == "antonio guterres"
    assert cached_name_key("the U.S.") == cached_name_key("US") == "us"
    assert short_forms("National Resistance Front of Afghanistan", "ORG") == {"nrfa", "nrf"}
    assert short_forms("Antony Blinken", "PERSON") == {"blinken"}


def test_one_actor_for_a_person_named_in_full_and_by_surname(kb: Dossier) -> None:
    people = [a for a in kb.actors(type="PERSON") if "Blinken" in a.name]
    assert [p.id for p in people] == ["person/antony-blinken"]
    profile = kb.actor("Blinken")
    assert profile.actor.documents == 3
    assert "Blinken" in profile.actor.aliases
    reasons = {link.doc: link.reason for link in profile.links}
    assert "surname 'Blinken'" in reasons["blinken_recognition.txt"]


def test_a_bare_surname_two_people_share_is_never_merged(kb: Dossier) -> None:
    khans = {a.name for a in kb.actors(query="Khan", type="PERSON")}
    assert khans == {"Rashid Khan", "Imran Khan", "Khan"}
    (link,) = kb.actor("person/khan").links
    assert "Rashid Khan" in link.reason and "Imran Khan" in link.reason
    assert kb.actor("Imran Khan").actor.country == "PAK"


def test_a_shared_surname_with_a_role_goes_to_the_one_who_holds_it(kb: Dossier) -> None:
    # "Prime Minister Khan" was read before either full name was; it still ends up
    # with Imran Khan, the only Khan the articles call prime minister
    links = {link.doc: link for link in kb.actor("Imran Khan").links}
    assert "khan_budget.txt" in links
    assert "role 'prime minister'" in links["khan_budget.txt"].reason
    assert "khan_budget.txt" not in {link.doc for link in kb.actor("Rashid Khan").links}


def test_a_reprinted_wire_story_is_a_near_duplicate(kb: Dossier) -> None:
    assert kb.duplicates() == [("kunduz_wire_reprint.html", "kunduz_wire.txt")]


def test_one_event_reported_by_two_outlets_has_two_sources(kb: Dossier) -> None:
    (event,) = kb.timeline(actor="Kunduz", type="COERCE")
    assert (event.source_name, event.target_name, event.day) == ("Taliban", "Kunduz", "2021-08-08")
    # the wire story, its reprint, and the analysis: three reports, two sources
    assert (event.mentions, event.sources) == (3, 2)
    docs = {m.doc: m.duplicate for m in event.evidence}
    assert docs == {
        "kunduz_wire.txt": False,
        "kunduz_wire_reprint.html": True,
        "kunduz_analysis.txt": False,
    }
    assert all("Kunduz" in m.sentence for m in event.evidence)


def test_relations_count_events_per_pair_and_month_with_evidence(kb: Dossier) -> None:
    rows = [r for r in kb.relations(actor="Taliban") if r.target_name == "Kunduz"]
    (relation,) = rows
    assert (relation.month, relation.events, relation.by_type) == ("2021-08", 1, {"COERCE": 1})
    assert relation.balance == -1.0 and relation.score is not None and relation.score < 0
    ids = {e.id for e in kb.timeline(actor="Taliban")}
    assert set(relation.evidence) <= ids
    assert kb.relations(actor="Taliban", since="2021-09") == [
        r for r in kb.relations(actor="Taliban") if r.month >= "2021-09"
    ]


def test_roles_keep_the_dates_of_the_articles_that_state_them(kb: Dossier) -> None:
    roles = {r.title.lower(): r for r in kb.actor("Ashraf Ghani").roles}
    assert roles["president"].first == roles["president"].last == "2021-08-10"
    governor = kb.actor("Mirzakwal").roles[0]
    assert (governor.title, governor.of, governor.documents) == ("governor", "Kunduz", 2)


def test_unknown_actor_is_a_clear_error(kb: Dossier) -> None:
    with pytest.raises(dossier.DossierError, match="no actor 'Nobody Atall'"):
        kb.actor("Nobody Atall")


def test_incremental_ingest_gives_what_a_rebuild_gives(kb: Dossier, tmp_path: Path) -> None:
    files = sorted(KB_ARTICLES.iterdir())
    with dossier.open(tmp_path / "stepwise.db") as stepwise:
        stepwise.ingest(files[3:])
        stepwise.ingest(files[:3])  # earlier names (Khan, Blinken) arrive after later ones
        assert actor_summary(stepwise) == actor_summary(kb)
        assert merged_summary(stepwise) == merged_summary(kb)
        before = (actor_summary(stepwise), merged_summary(stepwise))
        stepwise.rebuild()
        assert (actor_summary(stepwise), merged_summary(stepwise)) == before


def test_a_new_version_of_an_article_replaces_what_the_old_one_said(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(KB_ARTICLES, folder)
    with dossier.open(tmp_path / "v.db") as store:
        store.ingest([folder])
        assert store.actor("Blinken").actor.documents == 3
        article = folder / "blinken_recognition.txt"
        article.write_text(
            article.read_text("utf-8").replace("Blinken told", "The spokesman told"), "utf-8"
        )
        store.ingest([folder])
        assert store.actor("Blinken").actor.documents == 2
        assert merged_summary(store) == merged_summary_after_rebuild(store)


def merged_summary_after_rebuild(store: Dossier) -> list[tuple[object, ...]]:
    store.rebuild()
    return merged_summary(store)


def test_a_user_actor_file_pins_country_aliases_and_dated_sectors(tmp_path: Path) -> None:
    actors = tmp_path / "actors.yaml"
    actors.write_text(
        """actors:
  - name: Taliban
    type: ORG
    country: AFG
    sector: GOV
    aliases: [Islamic Emirate]
    sectors:
      - {sector: REB, until: "2021-08-14"}
      - {sector: GOV, since: "2021-08-15"}
  - name: Abdul Sattar Mirzakwal
    type: PERSON
    country: AFG
    roles:
      - {title: governor, of: Kunduz, since: "2021-06-01", until: "2021-08-08"}
""",
        "utf-8",
    )
    with dossier.open(tmp_path / "u.db") as store:
        store.ingest([KB_ARTICLES], actors_file=actors)
        taliban = store.actor("Islamic Emirate")
        assert taliban.actor.id == "org/taliban" and taliban.actor.sector == "GOV"
        assert sector_at(taliban.sectors, "2021-08-01", None) == "REB"
        assert sector_at(taliban.sectors, "2022-03-01", None) == "GOV"
        governor = store.actor("Mirzakwal")
        assert governor.actor.country == "AFG"
        pinned = [r for r in governor.roles if r.source == "actor file"]
        assert [(r.title, r.first, r.last) for r in pinned] == [
            ("governor", "2021-06-01", "2021-08-08")
        ]


def test_a_bad_actor_file_is_one_line_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - aliases: [nameless]\n", "utf-8")
    with (
        dossier.open(tmp_path / "b.db") as store,
        pytest.raises(dossier.DossierError, match=r"bad\.yaml: actor 1 has no 'name'"),
    ):
        store.rebuild(actors_file=bad)


def test_lists_become_dataframes(kb: Dossier) -> None:
    pandas = pytest.importorskip("pandas")
    frame = kb.actors().to_pandas()
    assert isinstance(frame, pandas.DataFrame)
    assert {"id", "name", "country", "mentions"} <= set(frame.columns)
    assert len(kb.relations().to_pandas()) == len(kb.relations())


def test_cli_actor_why_and_relations(kb: Dossier, tmp_path: Path) -> None:
    result = run_dossier("actor", "Blinken", "--why", "--db", kb.path, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "person/antony-blinken" in result.stdout and "surname 'Blinken'" in result.stdout
    result = run_dossier(
        "relations", "--actor", "Taliban", "-f", "csv", "--db", kb.path, cwd=tmp_path
    )
    assert result.stdout.splitlines()[0].startswith("month,source_name,target_name,events")
    assert "Kunduz" in result.stdout
    result = run_dossier("actor", "Nobody Atall", "--db", kb.path, cwd=tmp_path)
    assert result.returncode == 1 and "no actor 'Nobody Atall'" in result.stderr


@pytest.mark.slow
def test_seeds_and_examples_hold_each_main_actor_once(tmp_path: Path) -> None:
    inputs = [ROOT / "examples"]
    if (SHARED / "corpus" / "seeds").is_dir():
        inputs.append(SHARED / "corpus" / "seeds")
    with dossier.open(tmp_path / "all.db") as store:
        store.ingest(inputs)
        for name, expected in (
            ("Blinken", "person/antony-blinken"),
            ("United States", "place/united-states"),
            ("Taliban", "org/taliban"),
            ("NRF", "org/national-resistance-front-of-afghanistan"),
            ("Massoud", "person/ahmad-massoud"),
            ("Pakistan", "place/pakistan"),
            ("India", "place/india"),
        ):
            assert store.actor(name).actor.id == expected
            hits = [a for a in store.actors(query=name) if a.name == store.actor(name).actor.name]
            assert len(hits) == 1, name
        us = store.actor("United States")
        assert {"US", "America"} <= set(us.actor.aliases)
        # both reports of the Kabul airport bombing tell the Taliban condemning it: one event
        # (the wire's headline, "attack … kills 13 US troops", is a heading, not coded)
        condemned = [
            e
            for e in store.timeline(type="ACCUSE")
            if {m.doc for m in e.evidence}
            >= {"kabul_airport_bombing_reuters.txt", "kabul_airport_bombing_wire.html"}
        ]
        assert condemned and condemned[0].sources == 2


def test_articles_stored_before_the_knowledge_base_are_flagged_then_linked(
    kb: Dossier, tmp_path: Path
) -> None:
    old = tmp_path / "old.db"
    copy = sqlite3.connect(old)
    kb.store.conn.backup(copy)
    copy.close()
    with dossier.open(old) as store:  # as a store from before linking would be
        store.store.conn.execute("DELETE FROM signatures")
        store.store.conn.execute("DELETE FROM actor_members")
    result = run_dossier("actors", "--db", old, cwd=tmp_path)
    assert "6 stored documents are not linked" in result.stderr
    assert "dossier rebuild" in result.stderr
    result = run_dossier("rebuild", "--db", old, cwd=tmp_path)
    assert result.returncode == 0 and "linked 6 documents" in result.stdout
    with dossier.open(old) as store:
        assert actor_summary(store) == actor_summary(kb)
        assert store.counts()["unlinked"] == 0


def test_your_actor_file_wins_over_the_country_articles_suggest(
    kb: Dossier, tmp_path: Path
) -> None:
    copy_path = tmp_path / "pinned.db"
    copy = sqlite3.connect(copy_path)
    kb.store.conn.backup(copy)
    copy.close()
    assert kb.actor("Blinken").actor.country == "USA"  # what the articles suggest
    mine = tmp_path / "mine.yaml"  # a user who knows better (here: says otherwise)
    mine.write_text(
        "actors:\n  - name: Antony Blinken\n    type: PERSON\n    country: GBR\n",
        "utf-8",
    )
    with dossier.open(copy_path) as store:
        store.rebuild(actors_file=mine)
        found = list(store.actors(query="Blinken", type="PERSON"))
        assert [(a.name, a.country) for a in found] == [("Antony Blinken", "GBR")]
        assert found[0].mentions == kb.actor("Blinken").actor.mentions
        assert store.actor("Blinken").actor.id == found[0].id


HARBOUR = (  # written for this test
    "Hundreds of fishermen protested outside the port authority in Velmora against new "
    "harbour fees, local officials said.\n\n"
    "The fishermen's union demanded that the government of Corvania cancel the fees. "
    "Police detained two organisers of the protest.\n\n"
    "Interior Minister Tomas Reyk said the government would meet the union next week. "
    '"We are ready to listen," Reyk told reporters.\n\n'
    "The port authority accused the union of blocking the harbour entrance for three hours."
)


def test_a_reprint_days_later_adds_no_event_of_its_own(tmp_path: Path) -> None:
    original = {"id": "harbour", "date": "2024-03-01", "title": "Port fees", "text": HARBOUR}
    reprint = {
        "id": "harbour_reprint",
        "date": "2024-03-11",  # ten days later: outside any window for undated events
        "title": "Velmora fishermen protest fees",
        "text": "Coastal Times - Regional news\n\n" + HARBOUR + "\n\nRead more: Weather.",
    }
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in (original, reprint)) + "\n", "utf-8")
    with dossier.open(tmp_path / "dup.db") as store:
        store.ingest([feed])
        assert store.duplicates() == [("harbour_reprint", "harbour")]
        merged = store.timeline()
        assert merged, "the story has events"
        for event in merged:
            docs = {m.doc for m in event.evidence}
            assert docs == {"harbour", "harbour_reprint"}, (event.type, docs)
            assert event.sources == 1
