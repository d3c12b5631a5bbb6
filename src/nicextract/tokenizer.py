"""Tokenizer adjustments for scraped press releases.

Scraped pages glue a date to the word before it ("batteriprosjekt14.3.2024");
one infix rule splits there so the date can be an entity of its own. The rule
is part of the tokenizer's regexes, so it is saved with the pipeline.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex

GLUED_DATE = r"(?<=[a-zæøå]{3})(?=\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})"


def customise_tokenizer(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes or [])
    if GLUED_DATE not in infixes:
        nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, GLUED_DATE]).finditer
