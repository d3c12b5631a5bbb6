"""Event offsets in the caller's coordinates.

Components see ``doc.text``: the caller's text without invisible characters
(:mod:`nicextract.textprep`), and for ``html=True`` the page's text rather
than its markup (:mod:`nicextract.markup`). Event dicts leave the API with
offsets into the text the caller can slice: the input itself, or for HTML
the text :func:`nicextract.markup.html_to_text` returns, plus a ``markup``
span into the HTML. Evidence text is then re-read from that text, so
``text[start:end] == evidence["text"]`` always holds.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from .textprep import OffsetMap
from .tokenizer import input_offsets, input_text

MARKUP = "nicextract.markup"  # OffsetMap pieces from the input text back into the HTML source


def markup_offsets(doc: Doc) -> OffsetMap | None:
    pieces = doc.user_data.get(MARKUP)
    return OffsetMap([list(p) for p in pieces]) if pieces is not None else None


def _map_pair(value: Any, to_input: OffsetMap) -> Any:
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return list(to_input.span(value[0], value[1]))
    if isinstance(value, (list, tuple)):
        return [_map_pair(v, to_input) for v in value]
    return value


def to_caller(record: dict[str, Any], doc: Doc) -> dict[str, Any]:
    """Rewrite an event dict's evidence and spans from ``doc.text`` offsets to the caller's."""
    to_input = input_offsets(doc)
    evidence = record.get("evidence")
    if to_input is not None:
        if isinstance(evidence, dict):
            start, end = to_input.span(evidence["start"], evidence["end"])
            evidence.update(start=start, end=end, text=input_text(doc)[start:end])
        if isinstance(record.get("spans"), dict):
            record["spans"] = {k: _map_pair(v, to_input) for k, v in record["spans"].items()}
    markup = markup_offsets(doc)
    if markup is not None and isinstance(evidence, dict):
        evidence["markup"] = list(markup.span(evidence["start"], evidence["end"]))
    return record


def entities_to_caller(doc: Doc) -> list[dict[str, Any]]:
    """``doc.ents`` as ``{"start", "end", "label", "text", "value"}`` with offsets into the caller's text."""
    to_input = input_offsets(doc)
    text = input_text(doc)
    out = []
    for ent in doc.ents:
        start, end = to_input.span(ent.start_char, ent.end_char) if to_input else (ent.start_char, ent.end_char)
        out.append({"start": start, "end": end, "label": ent.label_, "text": text[start:end], "value": ent._.value})
    return out
