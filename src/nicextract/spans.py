"""Putting rule spans into ``doc.ents``.

nicextract's labels win over a statistical ``ner`` (its spans are dropped
where they overlap ours); among nicextract's own spans the longer wins, and on
equal length the one already in ``doc.ents``.
"""

from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .schema import ENTITY_LABELS

OWN_LABELS = frozenset(ENTITY_LABELS)


def add_entities(doc: Doc, spans: Iterable[Span]) -> None:
    """Merge ``spans`` into ``doc.ents`` (see module docstring for precedence)."""
    new = [s for s in spans if len(s)]
    if not new:
        return
    ents = doc.ents  # builds a Span per entity: read it once
    ours = [e for e in ents if e.label_ in OWN_LABELS]
    foreign = [e for e in ents if e.label_ not in OWN_LABELS]
    merged = filter_spans(ours + new)
    kept_foreign: list[Span] = []
    if foreign:
        taken = set()
        for span in merged:
            taken.update(range(span.start, span.end))
        kept_foreign = [f for f in foreign if not taken.intersection(range(f.start, f.end))]
    doc.ents = sorted(merged + kept_foreign, key=lambda s: s.start)


def char_span(doc: Doc, start: int, end: int, label: str, kb_id: str = "") -> Span | None:
    """A token-aligned span for characters ``start:end``, or ``None`` if it cuts a token."""
    return doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="strict")
