"""DATE: calendar dates, month-years, years and relative expressions.

Values are computed by ``Span._.value`` against ``Doc._.published``. A
four-digit number counts as a year only inside the configured range and not
where it is a postal code ("2000 Lillestrøm") or part of an amount.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import mark_patterns, register_extensions
from ..lexicons.dates import load_date_lexicon
from ..spans import add_entities, char_span
from ..tokenizer import doc_text
from ._data import PatternDataMixin


class DateRecognizer(PatternDataMixin):
    data_files = ("dates.json", "numbers.json")

    def __init__(self, nlp: Language, name: str = "nic_dates", *, patterns_dir: str | None = None) -> None:
        register_extensions()
        self.name = name
        self.patterns_dir = patterns_dir
        self._rebuild()

    def _rebuild(self) -> None:
        self.lexicon = load_date_lexicon(self.patterns_dir)

    def __call__(self, doc: Doc) -> Doc:
        mark_patterns(doc, "dates", self.patterns_dir)
        spans = []
        lex = self.lexicon
        for m in lex.regex.finditer(doc_text(doc)):
            span = char_span(doc, m.start(), m.end(), "DATE")
            if span is None:
                continue
            if m.group("year"):
                year = int(m.group("year"))
                if not lex.year_min <= year <= lex.year_max:
                    continue
                nxt = doc[span.end] if span.end < len(doc) else None
                if nxt is not None and nxt.ent_type_ in ("PLACE", "MONEY") and nxt.text[:1].isupper():
                    continue  # a postal code before a town
                if nxt is not None and nxt.text in (",-", ",–"):
                    continue  # a price in whole kroner ("2000,-")
                if any(t.ent_type_ == "MONEY" for t in span):
                    continue
            spans.append(span)
        add_entities(doc, [s for s in spans if not any(t.ent_type_ == "MONEY" for t in s)])
        return doc


@Language.factory("nic_dates", default_config={"patterns_dir": None})
def make_dates(nlp: Language, name: str, patterns_dir: str | None) -> DateRecognizer:
    return DateRecognizer(nlp, name, patterns_dir=patterns_dir)
