"""Run the extractor over gold documents and score it."""

from __future__ import annotations

from pathlib import Path

from ..api import Extractor
from .gold import load_gold
from .scoring import Report, score_document


def score_path(path: str | Path, extractor: Extractor | None = None) -> Report:
    """Score the extractor on a gold folder or file (``published`` taken from each file)."""
    extractor = extractor or Extractor()
    report = Report()
    for gold in load_gold(path):
        doc = extractor.process(gold.text, published=gold.published, doc_id=gold.id)
        entities = extractor.entities_of(doc)  # offsets into gold.text, invisible characters included
        events = extractor.events_of(doc)
        score_document(report, gold.id, gold.text, gold.entities, gold.events, entities, events)
    return report
