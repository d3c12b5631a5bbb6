"""Norwegian number words and digit strings to numbers.

Digits follow Norwegian conventions: comma as decimal mark ("2,2"), space,
no-break space or full stop as thousands separator ("1 500 000", "1.500.000").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..resources import PatternFileError, read_json, require

_THOUSANDS = re.compile(r"^\d{1,3}(?:[ \u00a0\u202f.]\d{3})+$")
_DECIMAL = re.compile(r"^\d+(?:[,.]\d+)?$")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, written as a prefix tree.

    It matches what ``"|".join(re.escape(w) for w in sorted(words, key=len,
    reverse=True))`` matches and tries the words that fit at a position in the
    same order (longer first), but reads each character once instead of trying
    every word in turn at every position of the text: the flat form of the
    number words made the money regex the slowest part of the pipeline. Words
    with letters that change under case folding keep the flat form, so that
    case-insensitive matching cannot make two branches match the same text.
    """
    unique = set(words)
    if not unique or "" in unique or any(c.lower() != c or c.upper().lower() != c for w in unique for c in w):
        return "|".join(re.escape(w) for w in sorted(unique, key=len, reverse=True))
    root: dict = {}
    for word in unique:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[None] = {}  # a word ends here

    def render(node: dict) -> str:
        branches = [re.escape(ch) + render(child) for ch, child in sorted((c, n) for c, n in node.items() if c is not None)]
        if not branches:
            return ""
        if len(branches) == 1 and None not in node:
            return branches[0]
        # Longer words first: the empty branch (a word ending here) comes last.
        return "(?:" + "|".join(branches) + ("|" if None in node else "") + ")"

    return render(root)


@dataclass(frozen=True)
class NumberWords:
    """Number words by value, and the regex alternation that finds them."""

    words: dict[str, float]

    @property
    def alternation(self) -> str:
        return alternation(self.words)

    def parse(self, text: str) -> float | None:
        """Parse a number given in digits or words; ``None`` if it is not one."""
        text = text.strip().lower()
        if not text:
            return None
        if _THOUSANDS.match(text):
            return float(re.sub(r"[ \u00a0\u202f.]", "", text))
        if _DECIMAL.match(text):
            return float(text.replace(",", "."))
        return self.words.get(re.sub(r"[\s\-]+", " ", text))


def _compose(units: dict[str, int], teens: dict[str, int], tens: dict[str, int],
             hundreds: list[str], fractions: dict[str, float], halves: Iterable[str] = ()) -> dict[str, float]:
    """All words from 1 to 999 the lexicon can spell, as Norwegian writes them, and a
    half more after a number below twenty ("to og en halv")."""
    below_100: dict[str, float] = {}
    below_100.update(units)
    below_100.update(teens)
    for tw, tv in tens.items():
        below_100[tw] = tv
        for uw, uv in units.items():
            if uv == 0:
                continue
            below_100[tw + uw] = tv + uv          # tjuefem, femtito
            below_100[f"{uw}og{tw}"] = tv + uv    # femogtjue (older counting)
    words: dict[str, float] = dict(below_100)
    for hw in hundreds:
        words[hw] = 100
        for uw, uv in units.items():
            if uv > 1:
                words[f"{uw} {hw}"] = uv * 100
                words[f"{uw}{hw}"] = uv * 100
    words.update(fractions)
    for half in halves:
        for word, value in {**units, **teens}.items():
            if value > 0:
                words[f"{word} {half}"] = value + 0.5
    return words


@lru_cache(maxsize=8)
def load_number_words(patterns_dir: str | Path | None = None) -> NumberWords:
    data = read_json(patterns_dir, "numbers.json")
    where = "numbers.json"
    parts = [require(data, key, dict, where) for key in ("units", "teens", "tens")]
    hundreds = require(data, "hundreds", list, where)
    fractions = require(data, "fractions", dict, where)
    for part in (*parts, fractions):
        for word, value in part.items():
            if not isinstance(value, (int, float)):
                raise PatternFileError(f"{where}: value of {word!r} must be a number")
    halves = data.get("plus_half", [])  # optional: folders from before it was added lack it
    if not isinstance(halves, list) or not all(isinstance(h, str) for h in halves):
        raise PatternFileError(f"{where}: 'plus_half' must be a list of strings")
    return NumberWords(_compose(*parts, hundreds, fractions, [h.lower() for h in halves]))
