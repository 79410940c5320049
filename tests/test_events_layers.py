"""The event coder is a package of layers that import only downward, none of them a
god-module, and ``from dossier.events import find_events`` keeps working (issue 15)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import dossier.events

PACKAGE = Path(dossier.events.__file__).parent
# lowest first: a layer may import the layers before it, never one after it
LAYERS = [
    "anchored",
    "precision",  # parse readers only: the constructions, stances and rewrites ask it
    "hostilities",  # "halt the offensive": a hostile deed stopped
    "meetings",  # who a meeting with a group of envoys is with
    "nearing",  # "moved closer to a deal": no rapprochement
    "triggers",
    "defences",  # parse readers: a charge dismissed, a measure defied
    "quote_words",  # a quote's words by id: which stance readers a quote is asked of
    "culprits",  # parse readers: who a speaker says did a wrong, who a critic is
    "lexicon_match",
    "memory",
    "setting",
    "implicit",
    "rule_data",
    "steps",
    "rules",
    "frame_patterns",
    "frame_data",
    "marked_deeds",  # "a cyber attack": COERCE; "sexual violence": ASSAULT; "violence": none
    "state",
    "matching",
    "roles",
    "places",
    "stances_told",  # "the plan drew criticism", "concerned about attacks": stances with no side
    "outbreaks",  # "protests erupted in Lima", "killed during riots": PROTEST with no side named
    "retreats_told",  # "the truce took effect": RETREAT with no side named
    "gatherings_told",  # "talks resumed", "aid arrived in Suva": CONSULT, AID with no side named
    "recall",
    "noun_frames",
    "frames",
    "deed_constructions",
    "held_states",  # "remains in jail", "the town is under curfew": COERCE of the subject
    "joint_deeds",  # "A and B jointly inaugurated a bridge": COOPERATE each with each
    "constructions",
    "hosted_gatherings",  # "talks hosted by X gathered A and B": X meets each
    "mediations",  # "Qatar mediated between A and B": Qatar meets each
    "quote_targets",  # whom a quote's words name
    "stances",
    "statements",
    "verdicts",  # verdicts stated by unnamed parties: "critics say the law is repressive"
    "cessations",  # "stopped providing aid": the aid ended (SANCTION)
    "memberships",  # a body putting out a member: the body is the source
    "expulsions",  # "gave two diplomats 48 hours to leave": SANCTION expel
    "releases",  # "his release from jail": RETREAT; "to secure his release": none
    "assemblies",  # "NATO ministers met in Brussels": the body meets, no partner
    "offers",  # "open to talks with X": AGREE; "not open to talks": REJECT
    "receipts",  # aid received: the from-phrase gives, the subject receives
    "handovers",  # "was extradited to X from Y": Y hands over; "cooperating with prosecutors"
    "commitments",  # "committed to opening its economy to X": AGREE
    "prison_terms",  # "faces 15 years in prison": SANCTION on the subject
    "charge_states",  # "is under investigation", "went on trial": ACCUSE of the subject
    "ultimatums",  # "gave X a day to leave or face arrest", "said X would pay a price": THREATEN
    "conditions",  # "will withdraw unless X …": an act held out on a condition
    "permissions",  # "residents are not allowed to leave": COERCE restrict
    "arms_builds",  # "develops its missile programs": MOBILIZE weapons
    "dismissals",  # "dismissed his health minister": SANCTION
    "happenings",  # "drills that began on Monday", "a prisoner swap took place"
    "untold",  # "it is unclear whether X will …", "invited X to visit Y": acts not told done
    "word_gates",  # the words a construction's first test can pass: the others skip it
    "rewrites",
    "reprisals",  # "will hit back if …": THREATEN; "retaliated with tariffs": the tariffs
    "vetoes",
    "event_filters",
    "blamed_deeds",
    "coder",
]


def package_imports(module: str) -> set[str]:
    """The layers of dossier.events that ``module`` imports."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text())
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("dossier.events."):
            found.add(str(node.module).removeprefix("dossier.events."))
    return found


def test_every_module_of_the_package_is_a_layer() -> None:
    modules = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    assert modules == set(LAYERS)


def test_each_layer_imports_only_the_layers_below_it() -> None:
    upward = {
        module: sorted(i for i in package_imports(module) if LAYERS.index(i) >= rank)
        for rank, module in enumerate(LAYERS)
    }
    assert not {m: found for m, found in upward.items() if found}


def test_no_layer_is_a_god_module() -> None:
    sizes = {p.name: len(p.read_text().splitlines()) for p in PACKAGE.glob("*.py")}
    assert max(sizes.values()) <= 400, sizes


def test_the_lexicon_imports_before_the_coder_and_the_coder_from_the_package() -> None:
    # event_actors imports the lexicon through dossier.events.triggers; the package must not
    # load the coder (which imports event_actors) until find_events is asked for
    script = (
        "import dossier.events.triggers, dossier.event_actors\n"
        "from dossier.events import find_events, _Candidate, _EventCoder\n"
        "print(find_events.__module__)"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "dossier.events.coder"


def type_names_in(module: str, types: frozenset[str]) -> list[str]:
    """The PLOVER type codes ``module`` writes as string literals, with their lines."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text())
    return [
        f"{module}.py:{node.lineno}: {node.value}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in types
    ]


def test_no_layer_decides_a_plover_type_by_name() -> None:
    # the type a construction codes is data (data/events/rewrites.yaml, "constructions:"):
    # a literal "SANCTION" in the coder is a rule no data file shows (issue 15)
    from dossier.events.triggers import event_lexicon

    types = frozenset(event_lexicon().types)
    assert {"REJECT", "COERCE", "SANCTION"} <= types
    named = [found for module in LAYERS for found in type_names_in(module, types)]
    assert not named, named


def test_no_two_layers_define_a_function_of_the_same_name() -> None:
    # two different rules under one name ("is_reduced_passive" in the coder and in
    # implicit) read as one rule in a review and drift apart unseen
    defined: dict[str, list[str]] = {}
    for module in LAYERS:
        tree = ast.parse((PACKAGE / f"{module}.py").read_text())
        for node in tree.body:
            if isinstance(node, ast.FunctionDef):
                defined.setdefault(node.name, []).append(module)
    assert not {name: found for name, found in defined.items() if len(found) > 1}
