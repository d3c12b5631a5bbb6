"""The tokenizer nicextract registers: spaCy's Norwegian rules, made fit for scraped pages.

- No-break and other fixed-width spaces count as spaces ("Innovasjon\\u00a0Norge"),
  and so do control characters; lone carriage returns and Unicode line separators
  count as line breaks, and lone surrogates become U+FFFD. All are replaced one
  character for one; the text before that is kept in ``doc.user_data`` for evidence.
- Invisible format characters (soft hyphens, zero-width spaces and joiners, BOMs)
  and the CR of CRLF are removed so "Arena\\u00adklyngen" is one word; then
  ``doc.text`` is shorter than the input, and ``doc.user_data`` keeps the input
  and the map from ``doc.text`` offsets back to it (see :mod:`nicextract.textprep`).
- Then the text is repaired for the rules (:mod:`nicextract.normalise`): unspaced dashes
  between words, "?" for a lost dash or letter, sentences cut by a hard line break,
  repeated paragraphs. Its map is joined to the one above, so ``doc.user_data`` keeps
  one map from ``doc.text`` to the input.
- A date glued to the word before it ("batteriprosjekt14.3.2024") is split off.
- A year at the end of a sentence loses its full stop ("for 2012.").
- The ",-" of whole kroner ("kr 750 000,-") is split from its number.
The rules are regexes of the wrapped tokenizer, so they are saved with it; the repair
rules and their known words are saved alongside, in the same file.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, Iterable

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

from .normalise import Normaliser
from .textprep import SURROGATE, OffsetMap, strip_invisible

WHOLE_KRONER = r"(?<=\d),[-–]"  # "kr 750 000,-": the dash of whole kroner is no part of the number
GLUED_DATE = r"(?<=[A-Za-zÆØÅæøå])(?=\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})"
YEAR_STOP = r"(?<=\b(?:19|20)\d\d)\."
SPACES = {ord(c): " " for c in "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"}
SPACES.update({ord(c): "\n" for c in "\r\x0b\x0c\x85\u2028\u2029"})
SPACES.update({c: " " for c in [*range(0x00, 0x09), *range(0x0e, 0x20), 0x7f, *range(0x80, 0x85), *range(0x86, 0xa0)]})
TO_REPLACE = re.compile("[" + "".join(re.escape(chr(c)) for c in SPACES) + "]")  # a fast test before translate()
RAW_TEXT = "nicextract.text"
LONG_RUN = re.compile(r"(?<!\S)\S{200,}")  # the lookbehind tries word starts only
INPUT_TEXT = "nicextract.input"  # the tokenizer's input, when characters were removed or inserted
OFFSETS = "nicextract.offsets"  # OffsetMap pieces from doc.text to INPUT_TEXT
DOC_TEXT = "nicextract.doc_text"  # doc.text, which spaCy rebuilds token by token on every access
NORMALISER = "nicextract_normaliser"  # the repair rules, a key of the saved tokenizer's msgpack


def normalise(text: str) -> str:
    """Fixed-width spaces and control characters to plain spaces, line separators to line breaks,
    and lone surrogates (no Unicode characters; spaCy cannot hash them) to U+FFFD, one for one."""
    if TO_REPLACE.search(text) is not None:
        text = text.translate(SPACES)
    return SURROGATE.sub("\ufffd", text) if SURROGATE.search(text) else text


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept in ``doc.user_data`` after the first call (spaCy joins every token each time)."""
    text = doc.user_data.get(DOC_TEXT)
    if text is None:
        text = doc.user_data[DOC_TEXT] = doc.text
    return text


def raw_text(doc: Doc) -> str:
    """``doc.text`` with the caller's spaces and line breaks (``doc.text`` has plain ones), and
    the caller's characters where a repair replaced one by one."""
    return doc.user_data[RAW_TEXT] if RAW_TEXT in doc.user_data else doc_text(doc)


def input_text(doc: Doc) -> str:
    """The text the tokenizer was given, invisible characters and repaired text included."""
    return doc.user_data[INPUT_TEXT] if INPUT_TEXT in doc.user_data else raw_text(doc)


def input_offsets(doc: Doc) -> OffsetMap | None:
    """Map from ``doc.text`` offsets to :func:`input_text` offsets; ``None`` when they are the same."""
    pieces = doc.user_data.get(OFFSETS)
    return OffsetMap([list(p) for p in pieces]) if pieces is not None else None


def customise_rules(nlp: Language, tokenizer: Any) -> None:
    tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or []), GLUED_DATE]).finditer
    tokenizer.suffix_search = compile_suffix_regex([YEAR_STOP, WHOLE_KRONER, *(nlp.Defaults.suffixes or [])]).search


class PressReleaseTokenizer:
    """Wrap a spaCy tokenizer: normalise spaces, repair the text, keep the raw text, tokenise."""

    def __init__(self, inner: Any, normaliser: Normaliser | None = None) -> None:
        self.inner = inner
        self.normaliser = normaliser if normaliser is not None else Normaliser.from_patterns()

    @property
    def vocab(self):  # noqa: ANN201 - spaCy's Vocab
        return self.inner.vocab

    def __call__(self, text: str) -> Doc:
        kept, invisible = strip_invisible(text)
        clean = normalise(kept)
        fixed, repairs = self.normaliser(clean)
        doc = self._tokenize(fixed)
        doc.user_data[DOC_TEXT] = fixed
        if repairs is None:  # repaired one for one, if at all: the caller's characters at the same offsets
            raw, to_input = kept, invisible
        else:
            raw = repairs.reread(fixed, kept) if clean != kept else fixed
            to_input = repairs if invisible is None else repairs.then(invisible, len(kept))
        if raw != fixed:
            doc.user_data[RAW_TEXT] = raw
        if to_input is not None:
            doc.user_data[INPUT_TEXT] = text
            doc.user_data[OFFSETS] = to_input.pieces
        return doc

    def _tokenize(self, text: str) -> Doc:
        """spaCy's rules, except that a run of over ``LONG_RUN`` characters without
        a space is one token: the affix rules take time quadratic in its length
        ("((((…", "!?!?…"), and no such run is a word the rules could use."""
        if LONG_RUN.search(text) is None:
            return self.inner(text)
        docs, pos = [], 0
        for m in LONG_RUN.finditer(text):
            if m.start() > pos:
                docs.append(self.inner(text[pos:m.start()]))
            docs.append(Doc(self.vocab, words=[m.group()], spaces=[False]))
            pos = m.end()
        if pos < len(text):
            docs.append(self.inner(text[pos:]))
        return Doc.from_docs(docs, ensure_whitespace=False)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    # The repair rules travel as one more key of spaCy's tokenizer file, which spaCy's own
    # Tokenizer ignores: a saved pipeline needs no patterns folder, and its file stays one file.
    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        Path(path).write_bytes(self.to_bytes(**kwargs))

    def from_disk(self, path: str | Path, **kwargs: Any) -> "PressReleaseTokenizer":
        return self.from_bytes(Path(path).read_bytes(), **kwargs)

    def to_bytes(self, **kwargs: Any) -> bytes:
        data = srsly.msgpack_loads(self.inner.to_bytes(**kwargs))
        data[NORMALISER] = self.normaliser.to_bytes()
        return srsly.msgpack_dumps(data)

    def from_bytes(self, data: bytes, **kwargs: Any) -> "PressReleaseTokenizer":
        self.inner.from_bytes(data, **kwargs)
        saved = srsly.msgpack_loads(data).get(NORMALISER)
        if saved is not None:  # a file saved before the repairs keeps the current rules
            self.normaliser = Normaliser.from_bytes(saved)
        return self

    def __getattr__(self, name: str) -> Any:
        if name == "inner":  # not set yet while unpickling: no recursion
            raise AttributeError(name)
        return getattr(self.inner, name)


@spacy.registry.tokenizers("nicextract.PressReleaseTokenizer.v1")
def create_tokenizer(patterns_dir: str | None = None) -> Callable[[Language], PressReleaseTokenizer]:
    """``patterns_dir``: the folder whose ``normalisation.json`` and data files give the repairs."""
    def make(nlp: Language) -> PressReleaseTokenizer:
        from spacy.tokenizer import Tokenizer
        from spacy.util import compile_prefix_regex

        d = nlp.Defaults
        inner = Tokenizer(nlp.vocab, rules=d.tokenizer_exceptions, prefix_search=compile_prefix_regex(d.prefixes).search,
                          suffix_search=compile_suffix_regex(d.suffixes).search,
                          infix_finditer=compile_infix_regex(d.infixes).finditer, token_match=d.token_match,
                          url_match=d.url_match)
        customise_rules(nlp, inner)
        return PressReleaseTokenizer(inner, Normaliser.from_patterns(patterns_dir))
    return make


def wrap_tokenizer(nlp: Language, patterns_dir: str | Path | None = None) -> None:
    """Give an already loaded pipeline (a statistical base) the same tokenizer behaviour."""
    if not isinstance(nlp.tokenizer, PressReleaseTokenizer):
        customise_rules(nlp, nlp.tokenizer)
        nlp.tokenizer = PressReleaseTokenizer(nlp.tokenizer, Normaliser.from_patterns(patterns_dir))
