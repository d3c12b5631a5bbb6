"""Event triggers (``patterns/event_triggers.jsonl``) and cues (``patterns/event_cues.json``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..resources import PatternFileError, read_json, read_jsonl, require, word_lists
from ..schema import ACTIONS, STATUS_VALUES
from .numbers import load_number_words

TENSES = ("present", "perfect", "past", "participle", "adjective", "noun")
NEEDS = ("level", "level_next", "status_word", "none")


@dataclass(frozen=True)
class Trigger:
    id: str
    action: str
    tense: str
    needs: str
    pattern: list
    levelless: bool = False  # without its level, still a report another report of the cluster may complete


@dataclass(frozen=True)
class EventCues:
    words: dict[str, frozenset[str]]
    phrases: dict[str, tuple[str, ...]]
    duration: re.Pattern[str]
    prefix_levels: tuple[tuple[str, str], ...]  # name prefix → level, longest prefix first
    years_later: re.Pattern[str]  # "tre år senere", "året etter": years after a date told before

    def prefix_level(self, name: str) -> str:
        """The level a cluster name opens with ("NCE Eyde" → NCE, "Arena Pro X" → ARENA_PRO,
        "NODE Helgeland" → HUB_NODE), or "" (a bare "NODE" is a name, not a level)."""
        low = " ".join(name.lower().split())
        for prefix, level in self.prefix_levels:
            if low.startswith(prefix + " "):
                return level
        return ""

    def ends_before(self, key: str, lows: list[str], i: int) -> bool:
        """Whether a cue of kind ``key``, as whole tokens, ends right before token ``i``
        ("knytt til" before a hub's name)."""
        return any(i >= len(p) and tuple(lows[i - len(p):i]) == p
                   for p in _token_phrases(self.words[key], self.phrases[key]))

    def has(self, key: str, tokens_lower: set[str], text_lower: str) -> bool:
        """Whether a cue of kind ``key`` occurs as a token, or as a phrase of whole words in the
        text ("i året" is not in "i årets tildeling")."""
        return bool(self.words[key] & tokens_lower) or any(
            p in text_lower and _whole(p).search(text_lower) for p in self.phrases[key])  # find first: it is cheap


@lru_cache(maxsize=None)
def _token_phrases(words: frozenset[str], phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in (*words, *phrases))


@lru_cache(maxsize=None)
def _whole(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")


def load_triggers(patterns_dir: str | Path | None = None) -> list[Trigger]:
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

    checker = Matcher(Vocab(), validate=True)
    out = []
    seen: dict[str, str] = {}
    for i, rule in enumerate(read_jsonl(patterns_dir, "event_triggers.jsonl")):
        where = getattr(rule, "where", "") or f"event_triggers.jsonl: rule {i + 1}"
        action = require(rule, "action", str, where)
        tense = require(rule, "tense", str, where)
        needs = require(rule, "needs", str, where)
        if action not in ACTIONS or tense not in TENSES or needs not in NEEDS:
            raise PatternFileError(f"{where}: action must be one of {ACTIONS}, tense one of {TENSES}, needs one of {NEEDS}")
        pattern = require(rule, "pattern", list, where)
        _check_token_pattern(checker, pattern, where)
        levelless = rule.get("levelless", False)
        if not isinstance(levelless, bool):
            raise PatternFileError(f"{where}: levelless must be true or false")
        rule_id = str(rule.get("id", i))
        if rule_id in seen:  # a second rule of one id would replace the first in the matcher
            raise PatternFileError(f"{where}: id {rule_id!r} is already used by {seen[rule_id]}")
        seen[rule_id] = where
        out.append(Trigger(rule_id, action, tense, needs, word_lists(pattern), levelless))
    return out


def load_level_phrases(patterns_dir: str | Path | None = None) -> list[tuple[str, list]]:
    """``(level, token pattern)`` pairs from ``level_phrases.jsonl``."""
    from spacy.matcher import Matcher
    from spacy.vocab import Vocab

    checker = Matcher(Vocab(), validate=True)
    out = []
    for i, rule in enumerate(read_jsonl(patterns_dir, "level_phrases.jsonl")):
        where = getattr(rule, "where", "") or f"level_phrases.jsonl: rule {i + 1}"
        level = require(rule, "level", str, where)
        if level not in STATUS_VALUES:
            raise PatternFileError(f"{where}: level must be one of {STATUS_VALUES}")
        pattern = require(rule, "pattern", list, where)
        _check_token_pattern(checker, pattern, where)
        out.append((level, word_lists(pattern)))
    return out


def _check_token_pattern(checker: Any, pattern: list, where: str) -> None:
    """Report a pattern spaCy's Matcher would reject with its file and line, not a bare MatchPatternError."""
    try:
        checker.add("check", [pattern])
    except Exception as err:  # spaCy reports pattern errors as several types
        raise PatternFileError(f"{where}: invalid token pattern: {err}") from None


@lru_cache(maxsize=8)
def load_event_cues(patterns_dir: str | Path | None = None) -> EventCues:
    data = read_json(patterns_dir, "event_cues.json")
    words: dict[str, frozenset[str]] = {}
    phrases: dict[str, tuple[str, ...]] = {}
    prefixes = require(data, "name_prefix_levels", dict, "event_cues.json")
    if not all(isinstance(v, str) and v in STATUS_VALUES for v in prefixes.values()):
        raise PatternFileError(f"event_cues.json: 'name_prefix_levels' values must be levels, one of {STATUS_VALUES}")
    prefix_levels = tuple(sorted(((k.lower(), v) for k, v in prefixes.items()), key=lambda kv: -len(kv[0])))
    for key, value in data.items():
        if key in ("description", "duration", "years_later", "name_prefix_levels"):
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise PatternFileError(f"event_cues.json: {key!r} must be a list of strings")
        low = [v.lower() for v in value]
        words[key] = frozenset(v for v in low if " " not in v)
        phrases[key] = tuple(v for v in low if " " in v or "/" in v)  # "kr/år" spans tokens too
    template = require(data, "duration", str, "event_cues.json")
    number_words = load_number_words(patterns_dir).alternation
    try:
        duration = re.compile(template.replace("{words}", number_words), re.IGNORECASE)
    except re.error as err:
        raise PatternFileError(f"event_cues.json: 'duration' is not a valid regex: {err}") from None
    later = require(data, "years_later", str, "event_cues.json")
    try:
        years_later = re.compile(later.replace("{words}", number_words), re.IGNORECASE)
    except re.error as err:
        raise PatternFileError(f"event_cues.json: 'years_later' is not a valid regex: {err}") from None
    return EventCues(words, phrases, duration, prefix_levels, years_later)
