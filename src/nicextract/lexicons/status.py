"""Level words: which programme level a piece of text names.

The rules are the spaCy patterns of ``patterns/status_terms.jsonl``; this
module runs them over a short text so that the event layer and
``Span._.value`` classify exactly as the entity ruler matches.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.matcher import Matcher

from ..resources import PatternFileError, read_jsonl
from ..schema import STATUS_VALUES


class StatusLexicon:
    """Classify text as a programme level using the shared status patterns."""

    def __init__(self, rules: list[dict]) -> None:
        self.nlp = spacy.blank("nb")
        self.matcher = Matcher(self.nlp.vocab)
        for i, rule in enumerate(rules):
            where = getattr(rule, "where", "") or f"status_terms.jsonl: rule {i + 1}"
            level = rule.get("id")
            if level not in STATUS_VALUES:
                raise PatternFileError(f"{where}: id {level!r} must be one of {STATUS_VALUES}")
            pattern = rule.get("pattern")
            if not isinstance(pattern, list):
                raise PatternFileError(f"{where}: pattern must be a list of token patterns, got {type(pattern).__name__}")
            try:
                self.matcher.add(level, [pattern])
            except Exception as err:  # spaCy reports pattern errors as several types
                raise PatternFileError(f"{where}: invalid token pattern: {err}") from None

    @lru_cache(maxsize=4096)
    def classify(self, text: str) -> str | None:
        """The level of the longest level expression in ``text``, or ``None``."""
        doc = self.nlp.make_doc(text)
        best: tuple[int, int, str] | None = None
        for match_id, start, end in self.matcher(doc):
            key = (end - start, -start, self.nlp.vocab.strings[match_id])
            if best is None or key[:2] > best[:2]:
                best = key
        return best[2] if best else None


@lru_cache(maxsize=8)
def load_status_lexicon(patterns_dir: str | Path | None = None) -> StatusLexicon:
    return StatusLexicon(read_jsonl(patterns_dir, "status_terms.jsonl"))
