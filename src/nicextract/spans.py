"""Putting rule spans into ``doc.ents``.

nicextract's labels win over a statistical ``ner`` (its spans are dropped
where they overlap ours); among nicextract's own spans the longer wins, and on
equal length the one already in ``doc.ents``.
"""

from __future__ import annotations

from typing import Iterable

import numpy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .schema import ENTITY_LABELS

OWN_LABELS = frozenset(ENTITY_LABELS)


def _bounds(doc: Doc) -> tuple[numpy.ndarray, list[int], list[int]]:
    """Token arrays of the entity attributes, and the start and end of every entity."""
    arr = doc.to_array([ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID])
    iob, types = arr[:, 0], arr[:, 1]
    begins = numpy.flatnonzero((iob == 3) & (types != 0))
    closers = numpy.append(numpy.flatnonzero(iob != 1), len(doc))  # an entity ends at the first token not inside it
    ends = closers[numpy.searchsorted(closers, begins, side="right")]
    return arr, begins, ends


def _spans(doc: Doc, arr: numpy.ndarray, begins: numpy.ndarray, ends: numpy.ndarray) -> tuple[Span, ...]:
    rows = arr[begins].tolist()
    return tuple(Span(doc, b, e, label=row[1], kb_id=row[2], span_id=row[3])
                 for b, e, row in zip(begins.tolist(), ends.tolist(), rows))


def entities(doc: Doc, label: str | None = None) -> tuple[Span, ...]:
    """``doc.ents`` (those of ``label`` only, when given), read from the token arrays:
    spaCy's getter visits every token in Python, this visits the entities only."""
    if not len(doc):
        return ()
    arr, begins, ends = _bounds(doc)
    if label is not None and len(begins):
        keep = arr[begins, 1] == doc.vocab.strings[label]
        begins, ends = begins[keep], ends[keep]
    return _spans(doc, arr, begins, ends) if len(begins) else ()


def add_entities(doc: Doc, spans: Iterable[Span]) -> None:
    """Merge ``spans`` into ``doc.ents`` (see module docstring for precedence).

    Only the entities that a new span overlaps can lose or win against it, so
    only they are read as spans; every other token keeps its annotation."""
    new = [s for s in spans if len(s)]
    if not new:
        return
    arr, begins, ends = _bounds(doc)
    touched: tuple[Span, ...] = ()
    if len(begins):
        edges = numpy.zeros(len(doc) + 1, dtype=numpy.int64)
        for span in new:
            edges[span.start] += 1
            edges[span.end] -= 1
        inside = numpy.concatenate(([0], numpy.cumsum(numpy.cumsum(edges)[:-1] > 0)))
        hit = numpy.flatnonzero(inside[ends] > inside[begins])
        touched = _spans(doc, arr, begins[hit], ends[hit]) if len(hit) else ()
    ours = [e for e in touched if e.label_ in OWN_LABELS]
    foreign = [e for e in touched if e.label_ not in OWN_LABELS]
    merged = filter_spans(ours + new)
    taken: set[int] = set()
    for span in merged:
        taken.update(range(span.start, span.end))
    kept_foreign = [f for f in foreign if not taken.intersection(range(f.start, f.end))]
    for span in kept_foreign:
        taken.update(range(span.start, span.end))
    freed = sorted({k for span in ours + foreign + new for k in range(span.start, span.end)} - taken)
    outside = [Span(doc, k, k + 1) for k in freed]
    doc.set_ents(sorted(merged + kept_foreign, key=lambda s: s.start), outside=outside, default="unmodified")


def char_span(doc: Doc, start: int, end: int, label: str, kb_id: str = "") -> Span | None:
    """A token-aligned span for characters ``start:end``, or ``None`` if it cuts a token."""
    return doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="strict")
