"""Per-document lookups that the event readers and the layout helpers repeat.
``doc.ents``, ``span.ents``, ``doc.sents`` and every ``doc[i].lower_`` rebuild
their result in Python on each access; inside :func:`cached` each is computed
once, on first use, from token arrays, and then sliced by position. The block
must not outlive changes to ``doc.ents``."""

from __future__ import annotations

import re
from bisect import bisect_left
from contextlib import contextmanager
from functools import cached_property
from typing import Any, Callable, Iterator

import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .spans import entities
from .textprep import OffsetMap, strip_invisible
from .tokentable import token_table
from .tokenizer import doc_text, input_offsets, input_text, normalise, raw_text


class DocCache:
    """One document's entities, sentences and lower-case forms, each built on first use."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.memo: dict[tuple, Any] = {}  # per-document answers of the readers, by question

    @cached_property
    def ents(self) -> list[Span]:
        return list(entities(self.doc))

    @cached_property
    def starts(self) -> list[int]:
        return [e.start for e in self.ents]

    @cached_property
    def sents(self) -> list[Span]:
        return list(self.doc.sents)

    @cached_property
    def sent_starts(self) -> list[int]:
        return [s.start for s in self.sents]

    @cached_property
    def lower(self) -> numpy.ndarray:
        return self.doc.to_array(LOWER)

    @cached_property
    def lowers(self) -> list[str]:
        """``token.lower_`` of every token, each distinct form looked up once."""
        return token_table(self.doc).lowers

    @cached_property
    def positions(self) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
        """The lower-case forms' hashes in order, where each form's run begins in the
        token indices sorted by form, and those indices (a stable sort: in text order)."""
        order = numpy.argsort(self.lower, kind="stable")
        ordered = self.lower[order]
        begins = numpy.flatnonzero(numpy.diff(ordered)) + 1
        runs = numpy.concatenate(([0], begins, [len(ordered)]))
        return ordered[runs[:-1]], runs, order

    @cached_property
    def raw(self) -> str:
        return raw_text(self.doc)

    @cached_property
    def to_input(self) -> OffsetMap | None:
        return input_offsets(self.doc)

    def ents_in(self, span: Span) -> list[Span]:
        i, j = bisect_left(self.starts, span.start), bisect_left(self.starts, span.end)
        return [e for e in self.ents[i:j] if e.end <= span.end]

    def sent_of(self, i: int) -> Span:
        return self.sents[bisect_left(self.sent_starts, i + 1) - 1]


_active: dict[int, DocCache] = {}


@contextmanager
def cached(doc: Doc) -> Iterator[DocCache]:
    """Serve entities, sentences and lower-case forms of ``doc`` from one computation until the block ends."""
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


def ent_starting(doc: Doc, i: int, label: str) -> Span | None:
    """The entity of ``label`` that starts at token ``i``, if any (by bisection when cached)."""
    cache = _active.get(id(doc))
    if cache is None:
        return next((e for e in doc.ents if e.start == i and e.label_ == label), None)
    k = bisect_left(cache.starts, i)
    if k < len(cache.starts) and cache.starts[k] == i and cache.ents[k].label_ == label:
        return cache.ents[k]
    return None


def sents_of(doc: Doc) -> list[Span]:
    cache = _active.get(id(doc))
    return cache.sents if cache is not None else list(doc.sents)


def sent_of(span: Span) -> Span:
    """The sentence of a span or token (``.sent``), from the cache when one is active."""
    cache = _active.get(id(span.doc))
    return cache.sent_of(span.start if isinstance(span, Span) else span.i) if cache is not None else span.sent


def tokens_in(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens whose lower-case form is one of ``words``, in order: the words are
    looked up by bisection in the document's forms instead of testing every token."""
    cache = _active.get(id(doc))
    if cache is None:
        return [t for t in doc if t.lower_ in words]
    forms, runs, order = cache.positions
    if not len(forms):
        return []
    wanted = _hashes(words)
    at = numpy.searchsorted(forms, wanted).clip(max=len(forms) - 1)
    found = at[forms[at] == wanted]
    if not len(found):
        return []
    indices = numpy.concatenate([order[runs[k]:runs[k + 1]] for k in found.tolist()])
    if len(found) > 1:
        indices.sort()
    return [doc[i] for i in indices.tolist()]


_HASHES: dict[frozenset[str], numpy.ndarray] = {}  # the readers ask with the same few word sets


def _hashes(words: frozenset[str]) -> numpy.ndarray:
    found = _HASHES.get(words)
    if found is None:
        if len(_HASHES) > 1000:
            _HASHES.clear()
        found = _HASHES[words] = numpy.array(sorted({get_string_id(w) for w in words}), dtype=numpy.uint64)
    return found


def lowers_of(doc: Doc) -> list[str]:
    """``[t.lower_ for t in doc]``, built once while a cache is active."""
    cache = _active.get(id(doc))
    return cache.lowers if cache is not None else token_table(doc).lowers  # the components before the readers ask too


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` from the document's text and its token table."""
    if end <= start:
        return ""
    table = token_table(doc)
    return doc_text(doc)[table.idx[start]:table.idx[end - 1] + len(table.texts[end - 1])]


def memo(doc: Doc, key: tuple, compute: Callable[[], Any]) -> Any:
    """``compute()``, remembered under ``key`` while a cache is active for ``doc``."""
    cache = _active.get(id(doc))
    if cache is None:
        return compute()
    if key not in cache.memo:
        cache.memo[key] = compute()
    return cache.memo[key]


def source_text(span: Span) -> str:
    """The span's characters as the caller's text has them: "akvArena–Smart Havbruk" where
    the rules read "akvArena – Smart Havbruk", "NCE Tourism ? Fjord Norway" where they read
    a dash. Names in events are written as the document writes them, without its invisible
    characters and with plain spaces."""
    doc = span.doc
    cache = _active.get(id(doc))
    to_input = cache.to_input if cache is not None else input_offsets(doc)
    if to_input is None:
        text = normalise(text_of(doc)[span.start_char:span.end_char])
    else:
        start, end = to_input.span(span.start_char, span.end_char)
        text = normalise(strip_invisible(input_text(doc)[start:end])[0])
    if "-\n" in text:  # "NCE Systems Engi-\nneering": the word the rules read, joined as they joined it
        read = " ".join(span.text.split())
        text = next((c for c in (_SPLIT_WORD.sub("", text), _SPLIT_WORD.sub("-", text))
                     if " ".join(c.split()) == read), text)
    return " ".join(text.split()) if "\n" in text or "  " in text else text  # a name broken over two lines


_SPLIT_WORD = re.compile(r"(?<=[^\W\d_])-\n[ \t]*(?=[^\W\d_])")


def text_of(doc: Doc) -> str:
    """The document's text as the caller wrote it (:func:`nicextract.tokenizer.raw_text`), built once."""
    cache = _active.get(id(doc))
    return cache.raw if cache is not None else raw_text(doc)

