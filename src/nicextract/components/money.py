"""MONEY: amounts of Norwegian kroner, found by one regex over the text.

An amount with a multiplier but no currency word ("75 millioner") counts
only when its sentence speaks of funding; a bare number never does, so
phone numbers, postal codes and head counts stay out.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import mark_patterns, register_extensions
from ..lexicons.money import load_money_lexicon
from ..spans import add_entities, char_span
from ..tokenizer import doc_text
from ._data import PatternDataMixin

YEAR = re.compile(r"(?:19|20)\d\d")  # "i 2014 til …": a year before a range joiner


class MoneyRecognizer(PatternDataMixin):
    data_files = ("money.json", "numbers.json")

    def __init__(self, nlp: Language, name: str = "nic_money", *, patterns_dir: str | None = None) -> None:
        register_extensions()
        self.name = name
        self.patterns_dir = patterns_dir
        self._rebuild()

    def _rebuild(self) -> None:
        self.lexicon = load_money_lexicon(self.patterns_dir)

    def _in_funding_context(self, span: Span) -> bool:
        sentence = span.sent.text.lower() if span.doc.has_annotation("SENT_START") else doc_text(span.doc).lower()
        return any(cue in sentence for cue in self.lexicon.context_cues)

    def _after_a_year(self, text: str, m: "re.Match[str]") -> int:
        """Where the amount starts: "i 2014 til 165 millioner kroner" is a year and then an
        amount, not a range from 2014 kroner."""
        amount = m.group("amt")
        parts = self.lexicon.range_split.split(amount, maxsplit=1)
        if len(parts) == 2 and YEAR.fullmatch(parts[0]) and text[max(0, m.start() - 2):m.start()].lower() in ("i ", "år"):
            return m.start("amt") + amount.rindex(parts[1])
        return m.start()

    def __call__(self, doc: Doc) -> Doc:
        mark_patterns(doc, "money", self.patterns_dir)
        spans = []
        text = doc_text(doc)
        for m in self.lexicon.regex.finditer(text):
            start = self._after_a_year(text, m)
            span = char_span(doc, start, m.end(), "MONEY")
            if span is None or self.lexicon.foreign_after(text, m.end()):
                continue  # "12 millionar euro" is no amount of kroner
            if self.lexicon.has_currency(m) or self._in_funding_context(span):
                spans.append(span)
        add_entities(doc, spans)
        return doc


@Language.factory("nic_money", default_config={"patterns_dir": None})
def make_money(nlp: Language, name: str, patterns_dir: str | None) -> MoneyRecognizer:
    return MoneyRecognizer(nlp, name, patterns_dir=patterns_dir)
