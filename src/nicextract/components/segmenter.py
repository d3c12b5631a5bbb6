"""Sentence boundaries for press releases and web pages.

Press releases break text with line breaks (headlines without full stops,
bullet items, captions) as often as with punctuation, and use abbreviations
such as "kl.", "ca." and "mill." that end in a full stop.
"""

from __future__ import annotations

from typing import Iterable

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ..layout import LIST_NUMBER

FINAL = frozenset(".!?")
DOT = get_string_id(".")
OPENERS = "«\"'–-•(“"
# What a token's text says about sentence ends: is it a space, does it hold a line
# break, can it end a sentence, can it open the next one, is it an abbreviation's word
# whose full stop the tokenizer split off ("tidl" of "tidl.").
_IS_SPACE, _NEWLINE, _ENDS, _OPENS, _STEM = range(5)
_CACHE_LIMIT = 100_000


class PressReleaseSentencizer:
    """Set ``is_sent_start`` from line breaks, bullets and sentence-final punctuation."""

    def __init__(self, name: str = "nic_sentencizer", *, abbreviations: Iterable[str] = ()) -> None:
        self.name = name
        self.abbreviations = frozenset(a.lower() for a in abbreviations)
        self._cache: dict[int, tuple[int, int, int, int, int]] = {}

    def __call__(self, doc: Doc) -> Doc:
        # Boundaries are computed over arrays and set in one from_array call:
        # the per-token ``is_sent_start`` setter checks the whole document for a
        # parse on every call. The result is that of ``_call_tokens``.
        n = len(doc)
        if n == 0 or doc.has_annotation("DEP"):
            return self._call_tokens(doc)
        arr = doc.to_array([ORTH, SPACY])
        orths, inverse = numpy.unique(arr[:, 0], return_inverse=True)
        inverse = inverse.reshape(-1)
        table = numpy.array([self._classes(doc, orth) for orth in orths.tolist()], dtype=numpy.int8).reshape(-1, 5)
        classes = table[inverse]
        is_space = classes[:, _IS_SPACE].astype(bool)
        newline = classes[:, _NEWLINE].astype(numpy.int64)
        ends = classes[:, _ENDS].copy()
        dots = numpy.flatnonzero(arr[1:, 0] == DOT) + 1
        split = dots[(arr[dots - 1, 1] == 0) & classes[dots - 1, _STEM].astype(bool)]
        ends[split] = 0  # "tidl" + "." as spaCy splits it: still an abbreviation
        starts = numpy.full(n, -1, dtype=numpy.int64)
        starts[0] = 1
        words = numpy.flatnonzero(~is_space)
        if len(words):
            starts[words[0]] = 1  # the first real token starts a sentence
            prev, cur = words[:-1], words[1:]
            lines = numpy.cumsum(newline)
            broken = lines[cur - 1] - lines[prev] > 0  # a line break between two real tokens
            final = ends[prev].astype(bool)
            starts[cur] = numpy.where(broken | (final & classes[cur, _OPENS].astype(bool)), 1, -1)
        doc.from_array([SENT_START], starts.astype(numpy.uint64))
        return doc

    def _classes(self, doc: Doc, orth: int) -> tuple[int, int, int, int, int]:
        cache = self._cache
        found = cache.get(orth)
        if found is None:
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            text = doc.vocab.strings[orth]
            if text.isspace():
                found = (1, int("\n" in text), 0, 0, 0)
            else:
                ends = int(self._may_end(text))
                first = text[:1]
                found = (0, 0, ends, int(first.isupper() or first.isdigit() or first in OPENERS),
                         int(text.lower() + "." in self.abbreviations))
            cache[orth] = found
        return found

    def _call_tokens(self, doc: Doc) -> Doc:
        """Token by token: the reference for ``__call__`` (and its error on a parsed Doc)."""
        pending = True  # the first real token starts a sentence
        for i, tok in enumerate(doc):
            if tok.is_space:
                tok.is_sent_start = i == 0
                if "\n" in tok.text:
                    pending = True  # a line break ends headlines, bullet items, captions
                continue
            tok.is_sent_start = pending or i == 0
            pending = self._ends_sentence(tok)
        return doc

    def _may_end(self, text: str) -> bool:
        """Whether a token can end a sentence: final punctuation, or a word with a full stop
        that is no abbreviation ("kl.", "mill."), no initials ("A.S.") and no list number ("1.")."""
        if text in FINAL or text.endswith("…"):
            return True
        return text.endswith(".") and len(text) > 1 and text.lower() not in self.abbreviations \
            and not text[:-1].replace(".", "").isupper() and not LIST_NUMBER.fullmatch(text)

    def _split_abbreviation(self, doc: Doc, i: int) -> bool:
        """A full stop the tokenizer split from the word it abbreviates ("tidl" "." for "tidl.")."""
        return i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].lower_ + "." in self.abbreviations

    def _ends_sentence(self, tok) -> bool:
        """Whether a sentence ends after ``tok`` given the next real token."""
        if not self._may_end(tok.text) or (tok.text == "." and self._split_abbreviation(tok.doc, tok.i)):
            return False
        doc = tok.doc
        j = tok.i + 1
        while j < len(doc) and doc[j].is_space:
            if "\n" in doc[j].text:
                return True
            j += 1
        if j >= len(doc):
            return False
        first = doc[j].text[:1]
        return first.isupper() or first.isdigit() or first in OPENERS


@Language.factory(
    "nic_sentencizer",
    default_config={"abbreviations": ["kl.", "ca.", "mill.", "mrd.", "nr.", "bl.a.", "f.eks.", "dvs.", "mv.", "osv.", "evt.", "jf.", "inkl.", "ekskl.", "pr.", "kr.", "tlf.", "st.", "mm.", "m.m.", "o.l.", "adm.", "dir.", "tidl."]},
)
def make_sentencizer(nlp: Language, name: str, abbreviations: list[str]) -> PressReleaseSentencizer:
    return PressReleaseSentencizer(name, abbreviations=abbreviations)
