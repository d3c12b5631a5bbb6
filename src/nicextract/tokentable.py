"""The tokens of a document as plain Python lists, built once per ``Doc``.

The layout helpers and the cluster finder test the text, the spacing and a few
lexical flags of tokens around every sentence; ``doc[i]`` builds a ``Token``
object on each look, which was the largest single cost of extraction. The
table reads the same facts from one ``Doc.to_array`` call. It holds only what
the tokenizer fixed (never entities), so it stays true while the components
add entities; a pipeline that merges or splits tokens after nicextract's
components have read a document must not reuse it (none of nicextract's does).
"""

from __future__ import annotations

import weakref

import numpy
from spacy.attrs import IDX, IS_QUOTE, IS_SPACE, IS_UPPER, LOWER, ORTH, SPACY
from spacy.tokens import Doc

_STRINGS: dict[int, str] = {}  # hash → string across documents: the StringStore lookup is the slow part
_TABLES: "weakref.WeakKeyDictionary[Doc, TokenTable]" = weakref.WeakKeyDictionary()
_LAST: list = [None, None]  # the last document asked for and its table: the readers ask thousands of times per document


class TokenTable:
    """Per token: ``text``, ``lower_``, ``text_with_ws``, ``idx`` and the flags ``is_space``,
    ``is_quote``, ``is_upper``, as lists indexed like the ``Doc``."""

    __slots__ = ("texts", "lowers", "with_ws", "idx", "space", "quote", "upper", "__weakref__")

    def __init__(self, doc: Doc) -> None:
        arr = doc.to_array([ORTH, SPACY, IDX, IS_SPACE, IS_QUOTE, IS_UPPER, LOWER])
        self.texts = strings_of(doc, arr[:, 0])
        self.lowers = strings_of(doc, arr[:, 6])
        self.with_ws = [t + " " if s else t for t, s in zip(self.texts, arr[:, 1].tolist())]
        self.idx: list[int] = arr[:, 2].tolist()
        self.space: list[bool] = arr[:, 3].astype(bool).tolist()
        self.quote: list[bool] = arr[:, 4].astype(bool).tolist()
        self.upper: list[bool] = arr[:, 5].astype(bool).tolist()


def token_table(doc: Doc) -> TokenTable:
    """The table of ``doc``, built on first use and dropped with the ``Doc``."""
    last = _LAST
    if last[0] is doc and len(last[1].texts) == len(doc):
        return last[1]
    table = _TABLES.get(doc)
    if table is None or len(table.texts) != len(doc):
        table = _TABLES[doc] = TokenTable(doc)
    last[0], last[1] = doc, table
    return table


def strings_of(doc: Doc, hashes: numpy.ndarray) -> list[str]:
    """The strings of ``hashes`` (a column of ``Doc.to_array``), each distinct one looked up once."""
    if not len(hashes):
        return []
    forms, inverse = numpy.unique(hashes, return_inverse=True)
    known, store = _STRINGS, doc.vocab.strings
    if len(known) > 500_000:
        known.clear()
    strings = numpy.array([known.get(h) or known.setdefault(h, store[h]) for h in forms.tolist()], dtype=object)
    return strings[inverse.reshape(-1)].tolist()
