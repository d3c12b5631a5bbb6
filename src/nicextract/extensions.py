"""The custom attributes nicextract puts on spaCy objects.

``Doc._.published`` is input (the publication date a crawler knows);
``Doc._.events`` is output; ``Span._.value`` is computed from the span on
demand, so it survives ``doc.ents`` being rebuilt and needs no storage.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span

from .lexicons.dates import Published, load_date_lexicon, parse_published
from .lexicons.money import load_money_lexicon
from .lexicons.status import load_status_lexicon


def _published_of(doc: Doc) -> Published | None:
    return parse_published(doc._.published)


PATTERNS_KEY = "nicextract.patterns.{}"  # per lexicon, set in doc.user_data by components on a custom folder


def span_value(span: Span) -> Any:
    """The normalised value of an entity: level enum, whole kroner, or ISO date/year,
    read with the lexicons of the patterns folder the pipeline was built on."""
    label = span.label_
    data = span.doc.user_data
    if label == "STATUS":
        return span.kb_id_ or load_status_lexicon().classify(span.text)
    if label == "MONEY":
        return load_money_lexicon(data.get(PATTERNS_KEY.format("money"))).value(span.text)
    if label == "DATE":
        lexicon = load_date_lexicon(data.get(PATTERNS_KEY.format("dates")))
        ahead = span.start > 0 and span.doc[span.start - 1].lower_ in lexicon.forward_leads
        return lexicon.value(span.text, _published_of(span.doc), ahead)
    return None


def mark_patterns(doc: Doc, lexicon: str, patterns_dir: str | None) -> None:
    """Remember a component's own patterns folder on the doc, so ``Span._.value`` reads the same lexicon."""
    if patterns_dir is not None:
        doc.user_data[PATTERNS_KEY.format(lexicon)] = str(patterns_dir)


def register_extensions() -> None:
    """Idempotently register the extension attributes."""
    if not Doc.has_extension("published"):
        Doc.set_extension("published", default=None)
    if not Doc.has_extension("events"):
        Doc.set_extension("events", default=None)
    if not Doc.has_extension("doc_id"):
        Doc.set_extension("doc_id", default=None)
    if not Span.has_extension("value"):
        Span.set_extension("value", getter=span_value)
