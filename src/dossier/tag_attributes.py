"""spaCy's attribute ruler with the same output, found by look-ups instead of a Matcher.

en_core_web_sm's ``attribute_ruler`` gives each token its coarse part of speech and
morphology from its fine tag, and corrects a few words ("gonna", "there is", "I" as
a subject): 179 rules, all but eight of one token.  spaCy tests every rule on every
token with a token ``Matcher``, about 30 µs a token, some 15% of the parse of a news
article.  ``IndexedAttributeRuler`` tests the one-token rules once per distinct
combination of the attributes they read (tag, lowercase form, dependency, …), and
then only the rules that name one of its values (``index_by_value``), and remembers
the answer; the rules of several tokens still go to a ``Matcher`` of their
own, which runs only on a text where some token passes the first token's tests of one
of them ("gon", an expletive "there"): a Matcher testing a regular expression at every
token costs more than all the one-token rules.  The rules are the loaded ruler's,
applied in its order with spaCy's own ``set_token_attrs``, so each token ends with
exactly the attributes spaCy gives it.
A rule it cannot index (an operator or attribute not listed below) stays with the
``Matcher``; attributes it cannot merge (custom ``_`` ones) keep spaCy's ruler.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, IS_SPACE, LOWER, NORM, ORTH, TAG
from spacy.matcher import Matcher
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

__all__ = ["COLUMNS", "MAX_REMEMBERED", "IndexedAttributeRuler", "one_token_tests"]

# the token attributes a one-token rule may read here (string ones, and IS_SPACE)
COLUMNS = {"ORTH": ORTH, "LOWER": LOWER, "NORM": NORM, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
# answers remembered before the memory is cleared (a long run meets ever more words)
MAX_REMEMBERED = 200_000

Test = tuple[str, str, Any]  # (attribute, operator, value)


def one_token_tests(pattern: list[dict[str, Any]]) -> list[Test] | None:
    """The tests of a one-token Matcher pattern, or None if this module cannot run it."""
    if len(pattern) != 1:
        return None
    tests: list[Test] = []
    for name, value in pattern[0].items():
        if name not in COLUMNS:
            return None
        if name == "IS_SPACE":
            if not isinstance(value, bool):
                return None
            tests.append((name, "==", int(value)))
        elif isinstance(value, str):
            tests.append((name, "==", value))
        elif isinstance(value, dict) and len(value) == 1:
            ((op, arg),) = value.items()
            if op in ("IN", "NOT_IN") and all(isinstance(a, str) for a in arg):
                tests.append((name, op, frozenset(arg)))
            elif op == "REGEX" and isinstance(arg, str):
                tests.append((name, op, re.compile(arg)))
            else:
                return None
        else:
            return None
    return tests


def passes(op: str, value: Any, actual: str | int) -> bool:
    if op == "==":
        return bool(actual == value)
    if op == "IN":
        return actual in value
    if op == "NOT_IN":
        return actual not in value
    return bool(value.search(actual))  # REGEX


IndexedTest = tuple[int, str, Any]  # (column, operator, value)


def index_by_value(
    rules: list[tuple[int, list[IndexedTest]]],
) -> tuple[dict[tuple[int, Any], list[int]], list[int]]:
    """The rules (positions in ``rules``) that can pass only where a column holds one
    value, by (column, value) (a rule with ``==`` or ``IN`` tests: its first such one),
    and the positions of the rules that test no value so: a token need be tested only
    against the rules its own values name and the unindexed ones."""
    by_value: dict[tuple[int, Any], list[int]] = {}
    unindexed = []
    for position, (_, tests) in enumerate(rules):
        anchor = next(((c, op, v) for c, op, v in tests if op in ("==", "IN")), None)
        if anchor is None:
            unindexed.append(position)
            continue
        column, op, value = anchor
        for one in value if op == "IN" else (value,):
            by_value.setdefault((column, one), []).append(position)
    return by_value, unindexed


class IndexedAttributeRuler:
    """A pipeline component doing what ``ruler`` does (see the module docstring)."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.vocab: Vocab = ruler.vocab
        self.attrs: list[dict[int, Any]] = list(ruler.attrs)
        self.indices: list[int] = list(ruler.indices)
        self.several = Matcher(self.vocab)
        single: list[tuple[int, list[Test]]] = []
        starts: list[tuple[int, list[Test]]] | None = []  # None: the Matcher always runs
        for rule in range(len(self.attrs)):
            rest = []
            for pattern in ruler.matcher.get(str(rule))[1]:
                tests = one_token_tests(pattern)
                if tests is None:
                    rest.append(pattern)
                    first = one_token_tests(pattern[:1])
                    starts = None if starts is None or first is None else [*starts, (-1, first)]
                else:
                    single.append((rule, tests))
            if rest:
                self.several.add(str(rule), rest)
        tested = [*single, *(starts or [])]
        self.columns = sorted({name for _, tests in tested for name, _, _ in tests})
        self.single = [
            (rule, [(self.columns.index(name), op, value) for name, op, value in tests])
            for rule, tests in tested
        ]
        self.by_value, self.unindexed = index_by_value(self.single)
        self.always_match = starts is None
        # a token key → its one-token rules, and -1 at the end if it may start a longer one
        self.remembered: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.merged: dict[tuple[int, ...], dict[int, Any]] = {}

    @staticmethod
    def can_replace(ruler: AttributeRuler) -> bool:
        """False if a rule sets custom (``_``) attributes, which cannot be merged."""
        return all("_" not in attrs for attrs in ruler.attrs)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rules = self.single_rules(doc)
        may_start = self.always_match or any(found and found[-1] == -1 for found in rules)
        extra: dict[int, list[int]] = {}
        for match_id, start, end in self.several(doc, allow_missing=True) if may_start else ():
            rule = int(self.vocab.strings[match_id])
            index = self.indices[rule]
            target = start + index if index >= 0 else end + index
            if not start <= target < end:
                raise ValueError(f"attribute rule {rule}: index {index} outside its match")
            extra.setdefault(target, []).append(rule)
        for i, found in enumerate(rules):
            if found and found[-1] == -1:
                found = found[:-1]
            if i in extra:
                found = tuple(sorted((*found, *extra[i])))
            if found:
                set_token_attrs(doc[i], self.merged_attrs(found))
        return doc

    def single_rules(self, doc: Doc) -> list[tuple[int, ...]]:
        """For each token, the one-token rules it matches, in rule order, then -1 if it
        passes the first token's tests of a rule of several tokens."""
        if not self.columns:
            return [()] * len(doc)
        # one column at a time: spaCy's loop over several at once is the slower read
        read = [doc.to_array([COLUMNS[name]]).tolist() for name in self.columns]
        values = zip(*read, strict=True)
        if len(self.remembered) > MAX_REMEMBERED:
            self.remembered.clear()
        found = []
        for key in values:
            rules = self.remembered.get(key)
            if rules is None:
                rules = self.remembered[key] = self.matching(key)
            found.append(rules)
        return found

    def matching(self, key: tuple[int, ...]) -> tuple[int, ...]:
        strings = self.vocab.strings
        actual = [
            value if name == "IS_SPACE" else strings[value]
            for name, value in zip(self.columns, key, strict=True)
        ]
        tried = [*self.unindexed]
        for column, value in enumerate(actual):
            tried.extend(self.by_value.get((column, value), ()))
        found = {
            rule
            for rule, tests in (self.single[i] for i in tried)
            if all(passes(op, value, actual[column]) for column, op, value in tests)
        }
        return (*sorted(found - {-1}), *([-1] if -1 in found else []))

    def merged_attrs(self, rules: tuple[int, ...]) -> dict[int, Any]:
        """The attributes ``rules`` set, a later rule's value winning, as spaCy applies them."""
        merged = self.merged.get(rules)
        if merged is None:
            merged = {}
            for rule in rules:
                merged.update(self.attrs[rule])
            self.merged[rules] = merged
        return merged
