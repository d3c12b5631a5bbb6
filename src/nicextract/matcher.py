"""A spaCy ``Matcher`` that only looks where a match can be.

spaCy's Matcher tests REGEX, IN and FUZZY token patterns in Python on every
token of a document. nicextract's rules are short (a handful of tokens, no
``*`` or ``+``) and each has a word that must be there: "får", "tildelt",
"fylkeskommune", ``^nce…``. :class:`RuleMatcher` picks such an *anchor* token
pattern per rule, tests it once per word form (cached), and runs each rule's
own Matcher only within one rule length of that rule's anchors. A match always
contains its rule's anchor, so the matches are the Matcher's own. Rules with no
usable anchor run on the whole document.
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


class WordTest:
    """An anchor that is a set of word forms (``LOWER`` or ``ORTH`` equal to one of them):
    the rule matcher looks these up instead of calling a test for every rule."""

    def __init__(self, words: frozenset[str], lower: bool) -> None:
        self.words = words
        self.lower = lower

    def __call__(self, form: str) -> bool:
        return (form.lower() if self.lower else form) in self.words


def _value_test(attr: str, value: Any) -> Test | None:
    """A test of a word form for one attribute condition, or ``None`` if it cannot be an anchor."""
    lower = attr == "LOWER"
    if attr not in ("LOWER", "ORTH", "TEXT"):
        return None
    prep: Callable[[str], str] = str.lower if lower else str
    if isinstance(value, str):
        return WordTest(frozenset([value]), lower)
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (op, arg), = value.items()
    if op == "IN" and isinstance(arg, list):
        return WordTest(frozenset(arg), lower)
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


class RuleMatcher:
    """Many small rules, each run only around its own anchor words.

    Each anchored rule has a ``Matcher`` of its own and runs only on the tokens
    within one rule length of its anchor; a rule with no anchor (or with ``*``
    or ``+``) goes to one ``Matcher`` run on the whole document. Matches are the
    same set as one ``Matcher``'s, in text order (start, then end, then the
    order the rules were added) rather than the Matcher's own order.
    """

    def __init__(self, vocab: Vocab, validate: bool = False) -> None:
        self.vocab = vocab
        self.validate = validate
        self.rules: list[tuple[int, Matcher, Test, int, int]] = []  # key hash, matcher, anchor, before, after
        self.whole = Matcher(vocab, validate=validate)  # the rules without an anchor
        self._order: dict[int, float] = {}  # an unanchored rule's key → its place among the rules
        self._cache: dict[int, list[int]] = {}  # word form → the rules it anchors
        self._by_word: dict[tuple[bool, str], list[int]] = {}  # (lower case?, form) → rules a WordTest anchors
        self._tested: list[tuple[int, Test]] = []  # the rules whose anchor is a regex or a fuzzy match

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        for pattern in patterns:
            anchor = anchor_test(pattern)
            if anchor is None or any(t.get("OP") in REPEATS for t in pattern):
                self.whole.add(key, [pattern])
                self._order.setdefault(self.vocab.strings.add(key), len(self.rules) - 0.5)
                continue
            matcher = Matcher(self.vocab, validate=self.validate)
            matcher.add(key, [pattern])
            test, k = anchor
            r = len(self.rules)
            self.rules.append((self.vocab.strings.add(key), matcher, test, k, len(pattern) - k - 1))
            if isinstance(test, WordTest):
                for word in test.words:
                    self._by_word.setdefault((test.lower, word), []).append(r)
            else:
                self._tested.append((r, test))
        self._cache.clear()

    def __len__(self) -> int:
        return len(self.rules) + len(self.whole)

    def _anchored(self, orth: int) -> list[int]:
        """The rules a word form anchors, in the order they were added."""
        form = self.vocab.strings[orth]
        by_word = self._by_word
        found = [*by_word.get((False, form), ()), *by_word.get((True, form.lower()), ()),
                 *(r for r, test in self._tested if test(form))]
        return sorted(set(found)) if len(found) > 1 else found

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        # (start, end, the rule's place among the rules, key): sorted, the Matcher's set in text order
        found: list[tuple[int, int, float, int]] = []
        if len(self.whole):
            found = [(s, e, self._order[key], key) for key, s, e in self.whole(doc)]
        for r, spans in self.windows(doc).items():
            key, matcher = self.rules[r][0], self.rules[r][1]
            for start, end in _merged(spans):
                for _, s, e in matcher(Span(doc, start, end)):
                    found.append((start + s, start + e, r, key))
        found.sort()
        return [(key, s, e) for s, e, _, key in found]

    def windows(self, doc: Doc) -> dict[int, list[tuple[int, int]]]:
        """For each anchored rule present, the token ranges around its anchors, in text order."""
        n = len(doc)
        if not n or not self.rules:
            return {}
        orths = doc.to_array(ORTH)
        forms, inverse = numpy.unique(orths, return_inverse=True)
        cache = self._cache
        if len(cache) > CACHE_LIMIT:
            cache.clear()
        per_form = []
        for orth in forms.tolist():
            if orth not in cache:
                cache[orth] = self._anchored(orth)
            per_form.append(cache[orth])
        anchored = [k for k, rules in enumerate(per_form) if rules]
        windows: dict[int, list[tuple[int, int]]] = {}
        if not anchored:
            return windows
        for i in numpy.flatnonzero(numpy.isin(inverse, anchored)).tolist():
            for r in per_form[inverse[i]]:
                _, _, _, before, after = self.rules[r]
                windows.setdefault(r, []).append((max(0, i - before), min(n, i + after + 1)))
        return windows


def _merged(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching token ranges joined (``windows`` in text order)."""
    out = [windows[0]]
    for start, end in windows[1:]:
        if start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
