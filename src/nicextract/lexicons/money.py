"""Amounts of Norwegian kroner: one compiled regex and a value parser.

The regex is built once from ``patterns/money.json`` and ``numbers.json`` and
runs over the whole document text, so the hot path is a single C-level scan.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex as re

from ..resources import read_json, require
from .numbers import NumberWords, alternation, load_number_words

_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?"


def _alt(words: list[str]) -> str:
    return alternation(words)


@dataclass(frozen=True)
class MoneyLexicon:
    """The compiled amount regex plus what is needed to value a match."""

    regex: re.Pattern[str]
    multipliers: dict[str, int]
    context_cues: tuple[str, ...]
    numbers: NumberWords
    range_split: re.Pattern[str]
    opener: str
    foreign: re.Pattern[str] | None = None  # a foreign currency right after an amount: "12 millionar euro"

    def foreign_after(self, text: str, end: int) -> bool:
        """Whether a foreign currency word follows the amount that ends at ``end``."""
        return self.foreign is not None and self.foreign.match(text, end) is not None

    def value(self, text: str) -> int | list[int] | None:
        """Whole kroner for an amount ("2,2 millioner kroner"), ``[min, max]`` for a range."""
        text = text.strip()
        m = self.regex.fullmatch(text)
        if not m:  # "1 og 2 millioner" is an amount only after its opener ("mellom")
            m = self.regex.fullmatch(f"{self.opener} {text}", pos=len(self.opener) + 1)
        if not m:
            return None
        amount = m.group("amt")
        mult_word = (m.group("mult_a") or m.group("mult_b") or m.group("curmult") or "").lower()
        mult = self.multipliers.get(mult_word, self.multipliers.get(mult_word.rstrip("."), 1))
        whole = self.numbers.parse(amount)  # "to og en halv" is one number, not a range
        parts = [amount] if whole is not None else self.range_split.split(amount, maxsplit=1)
        numbers = [self.numbers.parse(p) for p in parts]
        if any(n is None for n in numbers):
            return None
        # "500 000 til 1 million kroner": a part already in the thousands is whole kroner
        values = [int(round(n if n >= 1000 and len(numbers) > 1 else n * mult)) for n in numbers]  # type: ignore[operator]
        return values[0] if len(values) == 1 else [min(values), max(values)]

    def has_currency(self, match: re.Match[str]) -> bool:
        return any(match.group(g) for g in ("cur_before", "cur_after", "cur_after2", "curmult"))


@lru_cache(maxsize=8)
def load_money_lexicon(patterns_dir: str | Path | None = None) -> MoneyLexicon:
    data = read_json(patterns_dir, "money.json")
    where = "money.json"
    multipliers = {k.lower(): int(v) for k, v in require(data, "multipliers", dict, where).items()}
    curmult = {k.lower(): int(v) for k, v in require(data, "currency_multipliers", dict, where).items()}
    cur_after = require(data, "currency_after", list, where)
    cur_before = require(data, "currency_before", list, where)
    joiners = require(data, "range_joiners", list, where)
    cues = tuple(c.lower() for c in require(data, "context_cues", list, where))
    numbers = load_number_words(patterns_dir)

    num = rf"(?:{_DIGITS}|(?:{numbers.alternation})(?![\w]))"
    joiner = "|".join(rf"\s*{re.escape(j)}\s*" if not j.isalpha() else rf"\s+{re.escape(j)}\s+" for j in joiners)
    openers = _alt(require(data, "range_openers", list, where))
    pair = _alt(require(data, "range_pair_joiners", list, where))
    # "mellom 1 og 2 millioner": the opener stays outside the span, as "1,5 – 2,5 millioner" has none
    amount = rf"(?:(?<=(?<![\w])(?:{openers})\s+){num}\s+(?:{pair})\s+{num}|{num}(?:(?:{joiner}){num})?)"
    mult = rf"(?:{_alt(list(multipliers))})(?![\w])"
    # "kr 5 mill." (currency first, the multiplier optional) or "5 millioner kroner" / "5 MNOK" /
    # "500 000 kr" (a currency or multiplier after; "750 000,- kroner", the dash of whole kroner
    # before a currency word): one amount sub-pattern, the conditional on
    # ``cur_before`` choosing what must follow it (the number words appear in the regex once per ``num``).
    pattern = (
        rf"(?<![\w.,])(?:(?P<cur_before>{_alt(cur_before)})\s*)?(?P<amt>{amount})(?:,[-–](?=\s*(?:{_alt(cur_after)})(?![\w])))?"
        rf"(?(cur_before)(?:\s*(?P<mult_a>{mult}))?"
        rf"|\s*(?:(?P<curmult>{_alt(list(curmult))})|(?P<mult_b>{mult})(?:\s*(?P<cur_after>{_alt(cur_after)}))?"
        rf"|(?P<cur_after2>{_alt(cur_after)})))"
        r"(?![\w])"
    )
    regex = re.compile(pattern, re.IGNORECASE)
    range_split = re.compile("|".join(rf"\s*{re.escape(j)}\s*" if not j.isalpha() else rf"\s+{re.escape(j)}\s+"
                                      for j in [*joiners, *require(data, "range_pair_joiners", list, where)]))
    foreign = [w.lower() for w in data.get("foreign_currencies", [])]
    foreign_after = re.compile(rf"\s*(?:{_alt(foreign)})(?![\w])", re.IGNORECASE) if foreign else None
    return MoneyLexicon(regex, {**multipliers, **curmult}, cues, numbers, range_split,
                        require(data, "range_openers", list, where)[0], foreign_after)
