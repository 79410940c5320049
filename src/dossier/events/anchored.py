"""spaCy DependencyMatcher patterns matched from a given anchor token.

The event coder asks one question of a pattern: does it hold around *this* trigger,
and which words fill its nodes?  spaCy's ``DependencyMatcher`` answers for the whole
document at once, trying the cartesian product of every node's candidate tokens, and
its token ``Matcher`` tests every node on every token: together seconds per article
for patterns whose nodes are common ("a preposition", "its object").  Here the
relations are walked from the anchor outward and a node's ``RIGHT_ATTRS`` are tested
only on the tokens reached, so a query costs the size of the trigger's neighbourhood.
Patterns are checked by spaCy's own ``DependencyMatcher`` when read; the token
attributes tested are those of ``ATTRIBUTES`` (spaCy's names), with a value, ``IN``,
``NOT_IN``, or for a list-valued ``_`` extension ``INTERSECTS``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from spacy.matcher import DependencyMatcher
from spacy.vocab import Vocab

from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

Pattern = list[dict[str, Any]]
TokenTest = Callable[["Token"], bool]

# the token attributes a node may test, by spaCy's names
# (``attrgetter``: read in C, no Python frame per token)
ATTRIBUTES: dict[str, Callable[[Token], Any]] = {
    "ORTH": attrgetter("text"),
    "TEXT": attrgetter("text"),
    "LOWER": attrgetter("lower_"),
    "NORM": attrgetter("norm_"),
    "LEMMA": attrgetter("lemma_"),
    "POS": attrgetter("pos_"),
    "TAG": attrgetter("tag_"),
    "DEP": attrgetter("dep_"),
    "ENT_TYPE": attrgetter("ent_type_"),
    "SHAPE": attrgetter("shape_"),
    "LENGTH": len,
    "IS_DIGIT": attrgetter("is_digit"),
    "IS_PUNCT": attrgetter("is_punct"),
    "IS_TITLE": attrgetter("is_title"),
    "IS_UPPER": attrgetter("is_upper"),
    "LIKE_NUM": attrgetter("like_num"),
}


def _in(words: frozenset[Any], value: Any) -> bool:
    return value in words


def _not_in(words: frozenset[Any], value: Any) -> bool:
    return value not in words


def _intersects(words: frozenset[Any], value: Any) -> bool:
    return not words.isdisjoint(value or ())


def _equals(spec: Any, value: Any) -> bool:
    return bool(value == spec)


SET_TESTS = {"IN": _in, "NOT_IN": _not_in, "INTERSECTS": _intersects}


def set_specs(spec: dict[str, Any], where: str) -> list[tuple[str, frozenset[Any]]]:
    """The ``{IN: …}``, ``{NOT_IN: …}``, ``{INTERSECTS: …}`` parts of ``spec``, each
    with its list as a set; ValueError for another operator or a value that is no list."""
    specs: list[tuple[str, frozenset[Any]]] = []
    for op, given in spec.items():
        if op not in SET_TESTS or not isinstance(given, list):
            raise ValueError(f"{where}: {op!r} is not one of {', '.join(SET_TESTS)} (a list)")
        specs.append((op, frozenset(given)))
    return specs


def value_test(spec: Any, where: str) -> Callable[[Any], bool]:
    """A test of one attribute's value: equal to ``spec``, or ``{IN: …}``, ``{NOT_IN:
    …}``, ``{INTERSECTS: …}`` (a list value sharing an item with the list)."""
    if not isinstance(spec, dict):
        return partial(_equals, spec)
    tests: list[Callable[[Any], bool]] = [
        partial(SET_TESTS[op], words) for op, words in set_specs(spec, where)
    ]
    return tests[0] if len(tests) == 1 else partial(_all, tests)


def _all(tests: list[Callable[[Any], bool]], value: Any) -> bool:
    return all(test(value) for test in tests)


def attribute_test(read: Callable[[Token], Any], spec: Any, where: str) -> TokenTest:
    """``value_test(spec)`` of the value ``read`` takes off a token, as one function of
    the token: a node's tests run at every token a pattern walks to, so each is one
    Python call, not the three of a test composed of partials."""
    if not isinstance(spec, dict):

        def equals(t: Token) -> bool:
            return bool(read(t) == spec)

        return equals
    tests: list[TokenTest] = []
    for op, words in set_specs(spec, where):
        if op == "IN":

            def is_in(t: Token, words: frozenset[Any] = words) -> bool:
                return read(t) in words

            tests.append(is_in)
        elif op == "NOT_IN":

            def not_in(t: Token, words: frozenset[Any] = words) -> bool:
                return read(t) not in words

            tests.append(not_in)
        else:

            def intersects(t: Token, words: frozenset[Any] = words) -> bool:
                return not words.isdisjoint(read(t) or ())

            tests.append(intersects)
    return tests[0] if len(tests) == 1 else all_of(tests)


def all_of(tests: list[TokenTest]) -> TokenTest:
    """One test that holds when each of ``tests`` holds, tried in order."""
    if len(tests) == 1:
        return tests[0]

    def every(t: Token) -> bool:
        return all(test(t) for test in tests)

    return every


def _extension_reader(name: str) -> Callable[[Token], Any]:
    def read(t: Token) -> Any:
        return t._.get(name)

    return read


def token_test(attrs: dict[str, Any]) -> TokenTest | None:
    """``attrs`` (a node's RIGHT_ATTRS) as one test of a token; None when any token fits."""
    tests: list[TokenTest] = []
    for name, spec in attrs.items():
        if name == "_":
            for extension, given in spec.items():
                tests.append(attribute_test(_extension_reader(extension), given, f"_.{extension}"))
            continue
        if name not in ATTRIBUTES:
            raise ValueError(f"the attribute {name!r} is not one of {', '.join(ATTRIBUTES)}")
        tests.append(attribute_test(ATTRIBUTES[name], spec, name))
    return all_of(tests) if tests else None


def _left_siblings(token: Token) -> list[Token]:
    return [] if token.head.i == token.i else [t for t in children_of(token.head) if t.i < token.i]


def _right_siblings(token: Token) -> list[Token]:
    return [] if token.head.i == token.i else [t for t in children_of(token.head) if t.i > token.i]


# the DependencyMatcher operators: the tokens standing in relation to a left token
RELATED: dict[str, Callable[[Token], list[Token]]] = {
    ">": lambda t: list(children_of(t)),
    "<": lambda t: [] if t.head.i == t.i else [t.head],
    ">>": lambda t: [d for d in t.subtree if d.i != t.i],
    "<<": lambda t: list(t.ancestors),
    ".": lambda t: [t.doc[t.i + 1]] if t.i + 1 < len(t.doc) else [],
    ";": lambda t: [t.doc[t.i - 1]] if t.i > 0 else [],
    ".*": lambda t: list(t.doc[t.i + 1 : t.sent.end]),
    ";*": lambda t: list(t.doc[t.sent.start : t.i]),
    "$+": lambda t: _right_siblings(t)[:1],
    "$-": lambda t: _left_siblings(t)[-1:],
    "$++": _right_siblings,
    "$--": _left_siblings,
}


def check_pattern(pattern: Pattern) -> None:
    """ValueError (spaCy's own message) if ``pattern`` is no valid DependencyMatcher
    pattern, or uses an operator this matcher does not walk."""
    DependencyMatcher(Vocab(), validate=True).add("check", [pattern])
    for node in pattern:
        token_test(node.get("RIGHT_ATTRS") or {})
    for node in pattern[1:]:
        if node.get("REL_OP") not in RELATED:
            raise ValueError(
                f"REL_OP {node.get('REL_OP')!r} is not one of {', '.join(sorted(RELATED))}"
            )


Node = tuple[str, str, str, TokenTest | None]  # name, the node it hangs on, operator, test
# (operator, token index) -> the tokens reached; (DEPS, token index) -> its children's relations
Walked = dict[tuple[str, int], Any]
DEPS = "dep>"


class AnchoredMatcher:
    """Named DependencyMatcher patterns, each matched around an anchor token."""

    def __init__(self, patterns: dict[str, list[Pattern]]) -> None:
        self.patterns: dict[str, list[list[Node]]] = {
            key: [[compiled(node) for node in pattern] for pattern in given]
            for key, given in patterns.items()
        }
        self.names = {
            key: [frozenset(node[0] for node in pattern) for pattern in given]
            for key, given in self.patterns.items()
        }
        self.child_deps = {
            key: [first_child_deps(pattern) for pattern in given] for key, given in patterns.items()
        }

    def matches(
        self,
        key: str,
        anchor: Token,
        fixed: dict[str, Token | None] | None = None,
        walked: Walked | None = None,
    ) -> Iterator[tuple[int, dict[str, Token]]]:
        """(pattern number, its nodes by name) for each way the patterns of ``key``
        hold around ``anchor``, no token standing for two nodes; a node named in
        ``fixed`` may only be the token given there (none: the pattern cannot hold).
        ``walked`` keeps the tokens each operator reached from a token, for the
        queries about one document (a trigger's children are read by many patterns)."""
        fixed = fixed or {}
        walked = {} if walked is None else walked
        absent = {n for n, token in fixed.items() if token is None}
        for number, nodes in enumerate(self.patterns.get(key, ())):
            name, _, _, test = nodes[0]
            if absent and not absent.isdisjoint(self.names[key][number]):
                continue
            deps = self.child_deps[key][number]
            if deps is not None and deps.isdisjoint(dependents(anchor, walked)):
                continue  # no child of the anchor by the relation the next node needs
            if test is None or test(anchor):
                for found in extend({name: anchor}, nodes[1:], fixed, walked):
                    yield number, found


def first_child_deps(pattern: Pattern) -> frozenset[str] | None:
    """The relations (``DEP``) one of which the pattern's second node, a child of the
    anchor (``>``), must bear, when its attributes say so: an anchor with no child by
    any of them cannot match, whatever the other nodes; None when the node says nothing
    of them (or is no child)."""
    if len(pattern) < 2 or pattern[1].get("REL_OP") != ">":
        return None
    spec = (pattern[1].get("RIGHT_ATTRS") or {}).get("DEP")
    if isinstance(spec, str):
        return frozenset({spec})
    if isinstance(spec, dict) and set(spec) == {"IN"} and isinstance(spec["IN"], list):
        return frozenset(spec["IN"])
    return None


def dependents(token: Token, walked: Walked) -> frozenset[str]:
    """The relations (``dep_``) of ``token``'s children, found once per query set."""
    key = (DEPS, token.i)
    found: frozenset[str] | None = walked.get(key)
    if found is None:
        found = walked[key] = frozenset(c.dep_ for c in children_of(token))
    return found


def compiled(node: dict[str, Any]) -> Node:
    return (
        str(node["RIGHT_ID"]),
        str(node.get("LEFT_ID", "")),
        str(node.get("REL_OP", "")),
        token_test(node.get("RIGHT_ATTRS") or {}),
    )


def extend(
    found: dict[str, Token], rest: list[Node], fixed: dict[str, Token | None], walked: Walked
) -> Iterator[dict[str, Token]]:
    """Every way to give the nodes of ``rest`` tokens, given those ``found``."""
    if not rest:
        yield dict(found)
        return
    (name, left, op, test), later = rest[0], rest[1:]
    given = fixed.get(name)
    start = found[left]
    reached = walked.get((op, start.i))
    if reached is None:
        reached = walked[(op, start.i)] = RELATED[op](start)
    for token in reached:
        if given is not None and token.i != given.i:
            continue
        if (test is not None and not test(token)) or token in found.values():
            continue
        found[name] = token
        if later:
            yield from extend(found, later, fixed, walked)
        else:  # the last node: no generator for the one answer
            yield dict(found)
        del found[name]
