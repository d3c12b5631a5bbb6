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


def span_value(span: Span) -> Any:
    """The normalised value of an entity: level enum, whole kroner, or ISO date/year."""
    label = span.label_
    if label == "STATUS":
        return span.kb_id_ or load_status_lexicon().classify(span.text)
    if label == "MONEY":
        return load_money_lexicon().value(span.text)
    if label == "DATE":
        return load_date_lexicon().value(span.text, _published_of(span.doc))
    return None


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
