"""Name folding shared by the gazetteer, the event layer and the scorer, and the
shape of a word that can belong to a proper name."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Token

_DASHES = re.compile(r"[\u2010-\u2015\u2212\-]+")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=65536)  # the event layer folds the same few names over and over
def fold_name(name: str) -> str:
    """Casefold and fold dashes and spaces, as ANNOTATION.md matches cluster names."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _DASHES.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def is_name_like(tok: Token) -> bool:
    """A token that can be part of a proper name: capitalised, acronym, or camel-case."""
    return not tok.is_space and not tok.is_punct and name_like_text(tok.text)


def name_like_text(text: str) -> bool:
    """:func:`is_name_like` for a word that is neither space nor punctuation."""
    if not text:
        return False
    first = text[0]
    if first.isupper():
        return True
    if first.isdigit():
        return any(c.isupper() for c in text)
    return first.isalpha() and any(c.isupper() for c in text[1:])
