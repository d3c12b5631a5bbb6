"""Name folding shared by the gazetteer, the event layer and the scorer."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DASHES = re.compile(r"[\u2010-\u2015\u2212\-]+")
_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=65536)  # the event layer folds the same few names over and over
def fold_name(name: str) -> str:
    """Casefold and fold dashes and spaces, as ANNOTATION.md matches cluster names."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _DASHES.sub(" ", text)
    return _SPACE.sub(" ", text).strip()
