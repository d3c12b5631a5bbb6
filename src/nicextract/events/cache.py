"""Per-document lookups the event readers repeat: the entity list and the
sentences. ``doc.ents``, ``span.ents`` and ``doc.sents`` rebuild their
result from every token on each access; inside :func:`cached` they are
computed once for the whole event pass and sliced by position."""

from __future__ import annotations

from bisect import bisect_left
from contextlib import contextmanager
from typing import Iterator

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from ..spans import entities
from ..tokenizer import raw_text


class DocCache:
    def __init__(self, doc: Doc) -> None:
        self.ents = list(entities(doc))
        self.starts = [e.start for e in self.ents]
        self.sents = list(doc.sents)
        self.sent_starts = [s.start for s in self.sents]
        self.lower = doc.to_array(LOWER)
        self.raw = raw_text(doc)

    def ents_in(self, span: Span) -> list[Span]:
        i, j = bisect_left(self.starts, span.start), bisect_left(self.starts, span.end)
        return [e for e in self.ents[i:j] if e.end <= span.end]

    def sent_of(self, i: int) -> Span:
        return self.sents[bisect_left(self.sent_starts, i + 1) - 1]


_active: dict[int, DocCache] = {}


@contextmanager
def cached(doc: Doc) -> Iterator[DocCache]:
    """Serve entities and sentences of ``doc`` from one computation until the block ends."""
    cache = _active[id(doc)] = DocCache(doc)
    try:
        yield cache
    finally:
        _active.pop(id(doc), None)


def ents_in(span: Span | Doc) -> list[Span]:
    """``span.ents`` (or ``doc.ents``), from the cache when one is active."""
    doc = span if isinstance(span, Doc) else span.doc
    cache = _active.get(id(doc))
    if cache is None:
        return list(span.ents)
    return cache.ents if isinstance(span, Doc) else cache.ents_in(span)


def sents_of(doc: Doc) -> list[Span]:
    cache = _active.get(id(doc))
    return cache.sents if cache is not None else list(doc.sents)


def sent_of(span: Span) -> Span:
    """The sentence of a span or token (``.sent``), from the cache when one is active."""
    cache = _active.get(id(span.doc))
    return cache.sent_of(span.start if isinstance(span, Span) else span.i) if cache is not None else span.sent


def tokens_in(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens whose lower-case form is one of ``words``, in order: one array
    test instead of a Python loop over every token."""
    cache = _active.get(id(doc))
    if cache is None:
        return [t for t in doc if t.lower_ in words]
    hashes = numpy.array([doc.vocab.strings.add(w) for w in words], dtype=cache.lower.dtype)
    return [doc[int(i)] for i in numpy.flatnonzero(numpy.isin(cache.lower, hashes))]


def text_of(doc: Doc) -> str:
    """The document's text as the caller wrote it (:func:`nicextract.tokenizer.raw_text`), built once."""
    cache = _active.get(id(doc))
    return cache.raw if cache is not None else raw_text(doc)

