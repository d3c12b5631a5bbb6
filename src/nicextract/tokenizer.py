"""The tokenizer nicextract registers: spaCy's Norwegian rules, made fit for scraped pages.

- No-break and other fixed-width spaces count as spaces ("Innovasjon\\u00a0Norge"),
  replaced one character for one so that every offset still indexes the input;
  the input text itself is kept in ``doc.user_data`` for evidence.
- A date glued to the word before it ("batteriprosjekt14.3.2024") is split off.
- A year at the end of a sentence loses its full stop ("for 2012.").
The rules are regexes of the wrapped tokenizer, so they are saved with it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

GLUED_DATE = r"(?<=[A-Za-zÆØÅæøå])(?=\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})"
YEAR_STOP = r"(?<=\b(?:19|20)\d\d)\."
SPACES = {ord(c): " " for c in "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"}
RAW_TEXT = "nicextract.text"


def normalise(text: str) -> str:
    """Fixed-width spaces to plain spaces, one character for one."""
    return text.translate(SPACES)


def raw_text(doc: Doc) -> str:
    """The text as the caller gave it (``doc.text`` has plain spaces instead)."""
    return doc.user_data.get(RAW_TEXT, doc.text)


def customise_rules(nlp: Language, tokenizer: Any) -> None:
    tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or []), GLUED_DATE]).finditer
    tokenizer.suffix_search = compile_suffix_regex([YEAR_STOP, *(nlp.Defaults.suffixes or [])]).search


class PressReleaseTokenizer:
    """Wrap a spaCy tokenizer: normalise spaces, keep the raw text, tokenise."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    @property
    def vocab(self):  # noqa: ANN201 - spaCy's Vocab
        return self.inner.vocab

    def __call__(self, text: str) -> Doc:
        clean = normalise(text)
        doc = self.inner(clean)
        if clean != text:
            doc.user_data[RAW_TEXT] = text
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterable[Doc]:
        for text in texts:
            yield self(text)

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        self.inner.to_disk(path, **kwargs)

    def from_disk(self, path: str | Path, **kwargs: Any) -> "PressReleaseTokenizer":
        self.inner.from_disk(path, **kwargs)
        return self

    def to_bytes(self, **kwargs: Any) -> bytes:
        return self.inner.to_bytes(**kwargs)

    def from_bytes(self, data: bytes, **kwargs: Any) -> "PressReleaseTokenizer":
        self.inner.from_bytes(data, **kwargs)
        return self

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@spacy.registry.tokenizers("nicextract.PressReleaseTokenizer.v1")
def create_tokenizer() -> Callable[[Language], PressReleaseTokenizer]:
    def make(nlp: Language) -> PressReleaseTokenizer:
        from spacy.tokenizer import Tokenizer
        from spacy.util import compile_prefix_regex

        d = nlp.Defaults
        inner = Tokenizer(nlp.vocab, rules=d.tokenizer_exceptions, prefix_search=compile_prefix_regex(d.prefixes).search,
                          suffix_search=compile_suffix_regex(d.suffixes).search,
                          infix_finditer=compile_infix_regex(d.infixes).finditer, token_match=d.token_match,
                          url_match=d.url_match)
        customise_rules(nlp, inner)
        return PressReleaseTokenizer(inner)
    return make


def wrap_tokenizer(nlp: Language) -> None:
    """Give an already loaded pipeline (a statistical base) the same tokenizer behaviour."""
    if not isinstance(nlp.tokenizer, PressReleaseTokenizer):
        customise_rules(nlp, nlp.tokenizer)
        nlp.tokenizer = PressReleaseTokenizer(nlp.tokenizer)
