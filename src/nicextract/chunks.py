"""Cutting long documents into pieces the pipeline can read.

spaCy refuses texts over ``nlp.max_length`` (1,000,000 characters), and
several rules look at whole sentences or the whole document, so their cost
grows faster than the text. A long document is therefore read in pieces cut
where the text itself breaks: after a blank line (a paragraph), else after a
line break, else after a sentence's final punctuation, else at a space; only
a piece with none of these within its length is cut hard. The processed
pieces are joined into one ``Doc`` again; events are not linked across pieces
(an anaphor such as "klyngen" finds its cluster only within its own piece).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from spacy.tokens import Doc

from .textprep import OffsetMap
from .tokenizer import INPUT_TEXT, OFFSETS, RAW_TEXT, input_offsets, raw_text

DEFAULT_CHUNK_CHARS = 20_000
_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s")
_SPACE = re.compile(r"\s")


def split_text(text: str, max_chars: int = DEFAULT_CHUNK_CHARS) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs that join back to ``text``; each piece at most ``max_chars`` long."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, not {max_chars}")
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        cut = _cut(text, start, start + max_chars)
        pieces.append((start, text[start:cut]))
        start = cut
    if start < len(text) or not pieces:
        pieces.append((start, text[start:]))
    return pieces


def _cut(text: str, lo: int, hi: int) -> int:
    """The best place to end a piece that starts at ``lo`` and may not pass ``hi``."""
    floor = lo + (hi - lo) // 2  # prefer a break in the second half: pieces stay large
    for minimum in (floor, lo + 1):
        at = text.rfind("\n\n", minimum, hi)
        if at >= 0:
            return _past_space(text, at, hi)
        at = text.rfind("\n", minimum, hi)
        if at >= 0:
            return at + 1
        at = _last(_SENTENCE_END, text, minimum, hi)
        if at >= 0:
            return at
        at = _last(_SPACE, text, minimum, hi)
        if at >= 0:
            return at
    return hi


def _past_space(text: str, at: int, hi: int) -> int:
    """Just after the blank lines (and spaces) at ``at``, but not beyond ``hi``."""
    end = at
    while end < hi and text[end] in "\n\r \t":
        end += 1
    return end


def _last(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int:
    """End of the last match of a two-character ``pattern`` inside ``text[lo:hi]``, or -1."""
    last = -1
    for m in pattern.finditer(text, lo, hi):
        last = m.end()
    return last


def join_docs(docs: list[Doc], parts: list[tuple[int, str]], text: str) -> Doc:
    """One ``Doc`` from the processed pieces of ``text``, with its events and offset map."""
    joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data"])
    pieces: list[list[int]] = []
    events: list[Any] = []
    removed = False
    at = 0
    for (offset, _), doc in zip(parts, docs):
        to_input = input_offsets(doc)
        removed = removed or to_input is not None
        pieces.extend((to_input or OffsetMap.identity(len(doc.text))).shifted(at, offset))
        events.extend(_shifted(event, at) for event in doc._.events or [])
        at += len(doc.text)
    raw = "".join(raw_text(doc) for doc in docs)
    if raw != joined.text:
        joined.user_data[RAW_TEXT] = raw
    if removed:
        joined.user_data[INPUT_TEXT] = text
        joined.user_data[OFFSETS] = pieces
    joined._.events = events
    return joined


def _shifted(event: Any, by: int) -> Any:
    """An event whose evidence and spans are moved ``by`` characters along the joined text."""
    if not by:
        return event
    evidence = dataclasses.replace(event.evidence, start=event.evidence.start + by, end=event.evidence.end + by)
    spans = {k: [v[0] + by, v[1] + by] if isinstance(v, list) and len(v) == 2 else v for k, v in event.spans.items()}
    return dataclasses.replace(event, evidence=evidence, spans=spans)
