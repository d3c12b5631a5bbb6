"""A spaCy ``Matcher`` that only looks where a match can be.

spaCy's Matcher tests REGEX, IN and FUZZY token patterns in Python on every
token of a document. nicextract's rules are short (a handful of tokens, no
``*`` or ``+``) and each has a word that must be there: "får", "tildelt",
"fylkeskommune", ``^nce…``. :class:`AnchoredMatcher` picks such an *anchor*
token pattern per rule, tests it once per word form (cached), and runs the
Matcher only on the stretches of a document within one rule length of an
anchor. A match always contains its rule's anchor, so it always lies in one of
those stretches: the matches are the Matcher's own, in the Matcher's order.
Rules with no usable anchor make the whole document one stretch.
"""

from __future__ import annotations

import re
from typing import Any, Callable

import numpy
from spacy.attrs import ORTH
from spacy.matcher import Matcher
from spacy.matcher.levenshtein import levenshtein_compare
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

Test = Callable[[str], bool]  # applied to a word form; True if the anchor token pattern may match it
REPEATS = frozenset({"*", "+"})
OPTIONAL = frozenset({"?", "*", "!"})
CACHE_LIMIT = 200_000  # word forms remembered; the cache is cleared when it grows past this
SHORT = 3  # words this short ("til", "for", "i") occur in most sentences: poor anchors


def _value_test(attr: str, value: Any) -> Test | None:
    """A test of a word form for one attribute condition, or ``None`` if it cannot be an anchor."""
    lower = attr == "LOWER"
    if attr not in ("LOWER", "ORTH", "TEXT"):
        return None
    prep: Callable[[str], str] = str.lower if lower else str
    if isinstance(value, str):
        return lambda form: prep(form) == value
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if op == "IN" and isinstance(arg, list):
        words = frozenset(arg)
        return lambda form: prep(form) in words
    if op == "REGEX" and isinstance(arg, str):
        search = re.compile(arg).search
        return lambda form: search(prep(form)) is not None
    if op.startswith("FUZZY") and isinstance(arg, str):
        fuzzy = int(op[5:]) if op[5:].isdigit() else -1
        return lambda form: levenshtein_compare(prep(form), arg, fuzzy)
    return None


def _selectivity(value: Any) -> tuple[int, int]:
    """Sort key among a rule's anchor candidates: words and word lists first, the longer
    their shortest word the better, then regexes, then lists with words so short that
    they are everywhere ("til", "i"), then FUZZY."""
    if isinstance(value, str):
        return (0 if len(value) > SHORT else 2, -len(value))
    (op, arg), = value.items()
    if op == "IN":
        shortest = min((len(w) for w in arg), default=0)
        return (0 if shortest > SHORT else 2, -shortest)
    return (1 if op == "REGEX" else 3, 0)


def anchor_test(pattern: list[dict[str, Any]]) -> tuple[Test, int] | None:
    """The test for the most selective required token of ``pattern`` and that token's
    position in the pattern; ``None`` if it has none."""
    candidates: list[tuple[tuple[int, int], int, Test]] = []
    for k, token in enumerate(pattern):
        if token.get("OP") in OPTIONAL:
            continue
        for attr, value in token.items():
            if attr == "OP":
                continue
            test = _value_test(attr, value)
            if test is not None:
                candidates.append((_selectivity(value), k, test))
    if not candidates:
        return None
    _, k, test = min(candidates, key=lambda c: c[:2])
    return test, k


class AnchoredMatcher:
    """``Matcher`` with the same ``add`` and call, run only around anchor words."""

    def __init__(self, vocab: Vocab, validate: bool = False) -> None:
        self.vocab = vocab
        self.matcher = Matcher(vocab, validate=validate)
        # Per rule: its anchor test, and how many tokens a match may have before and after the anchor.
        self.tests: list[tuple[Test, int, int]] = []
        self.unanchored = False
        self._cache: dict[int, tuple[int, int] | None] = {}

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        self.matcher.add(key, patterns)
        for pattern in patterns:
            anchor = anchor_test(pattern)
            if anchor is None or any(t.get("OP") in REPEATS for t in pattern):
                self.unanchored = True
            else:
                test, k = anchor
                self.tests.append((test, k, len(pattern) - k - 1))
        self._cache.clear()

    def __len__(self) -> int:
        return len(self.matcher)

    def _reach(self, orth: int) -> tuple[int, int] | None:
        """Tokens a match may have before and after a word of this form, if it anchors any rule."""
        form = self.vocab.strings[orth]
        reaches = [(before, after) for test, before, after in self.tests if test(form)]
        if not reaches:
            return None
        return max(r[0] for r in reaches), max(r[1] for r in reaches)

    def stretches(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges, in order and not overlapping, that hold every possible match."""
        n = len(doc)
        if self.unanchored or not n:
            return [(0, n)] if n else []
        orths = doc.to_array(ORTH)
        forms, inverse = numpy.unique(orths, return_inverse=True)
        cache = self._cache
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        reaches = []
        for orth in forms.tolist():
            if orth not in cache:
                cache[orth] = self._reach(orth)
            reaches.append(cache[orth])
        anchored = [k for k, r in enumerate(reaches) if r is not None]
        if not anchored:
            return []
        windows = []
        for i in numpy.flatnonzero(numpy.isin(inverse, anchored)).tolist():
            before, after = reaches[inverse[i]]
            windows.append((max(0, i - before), min(n, i + after + 1)))
        windows.sort()
        out = [windows[0]]
        for start, end in windows[1:]:
            if start <= out[-1][1]:
                out[-1] = (out[-1][0], max(end, out[-1][1]))
            else:
                out.append((start, end))
        return out

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found: list[tuple[int, int, int]] = []
        for start, end in self.stretches(doc):
            if start == 0 and end == len(doc):
                return self.matcher(doc)
            for key, s, e in self.matcher(Span(doc, start, end)):
                found.append((key, start + s, start + e))
        return found
