"""Tokenizer adjustments for scraped press releases.

Scraped pages glue a date to the word before it ("batteriprosjekt14.3.2024");
one infix rule splits there so the date can be an entity of its own. A year
at the end of a sentence keeps its full stop under the Norwegian rules
("for 2012."); one suffix rule splits it. Both are part of the tokenizer's
regexes, so they are saved with the pipeline.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

GLUED_DATE = r"(?<=[A-Za-zÆØÅæøå])(?=\d{1,2}\.\d{1,2}\.(?:19|20)\d{2})"


# "for 2012." keeps the full stop on the year in the Norwegian rules (ordinals); split it off.
YEAR_STOP = r"(?<=\b(?:19|20)\d\d)\."


def customise_tokenizer(nlp: Language) -> None:
    infixes = list(nlp.Defaults.infixes or [])
    nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, GLUED_DATE]).finditer
    suffixes = list(nlp.Defaults.suffixes or [])
    nlp.tokenizer.suffix_search = compile_suffix_regex([YEAR_STOP, *suffixes]).search
