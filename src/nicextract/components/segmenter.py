"""Sentence boundaries for press releases and web pages.

Press releases break text with line breaks (headlines without full stops,
bullet items, captions) as often as with punctuation, and use abbreviations
such as "kl.", "ca." and "mill." that end in a full stop.
"""

from __future__ import annotations

from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc

FINAL = frozenset(".!?")


class PressReleaseSentencizer:
    """Set ``is_sent_start`` from line breaks, bullets and sentence-final punctuation."""

    def __init__(self, name: str = "nic_sentencizer", *, abbreviations: Iterable[str] = ()) -> None:
        self.name = name
        self.abbreviations = frozenset(a.lower() for a in abbreviations)

    def __call__(self, doc: Doc) -> Doc:
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

    def _ends_sentence(self, tok) -> bool:
        """Whether a sentence ends after ``tok`` given the next real token."""
        text = tok.text
        if text == "?" and tok.i > 0 and tok.doc[tok.i - 1].whitespace_:
            return False  # " ? " stands for a lost dash in scraped text, not a question
        if text in FINAL or text.endswith("…"):
            pass
        elif not (text.endswith(".") and len(text) > 1 and text.lower() not in self.abbreviations
                  and not text[:-1].replace(".", "").isupper()):
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
        return first.isupper() or first.isdigit() or first in "«\"'–-•(“"


@Language.factory(
    "nic_sentencizer",
    default_config={"abbreviations": ["kl.", "ca.", "mill.", "mrd.", "nr.", "bl.a.", "f.eks.", "dvs.", "mv.", "osv.", "evt.", "jf.", "inkl.", "ekskl.", "pr.", "kr.", "tlf.", "st.", "mm.", "m.m.", "o.l.", "adm.", "dir."]},
)
def make_sentencizer(nlp: Language, name: str, abbreviations: list[str]) -> PressReleaseSentencizer:
    return PressReleaseSentencizer(name, abbreviations=abbreviations)
