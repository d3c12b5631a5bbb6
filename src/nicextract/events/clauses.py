"""Sentences, clauses and bullet lists: the units events are read from."""

from __future__ import annotations

from spacy.tokens import Doc, Span

CLAUSE_BREAKS = frozenset({"mens", "men", ";", "samtidig"})
BULLETS = frozenset("•·▪◦‣●○■□-–—*+")


def clauses(sent: Span) -> list[Span]:
    """Split a sentence at contrastive conjunctions ("…, mens …"), ", og" and semicolons."""
    doc = sent.doc
    cuts = [t.i for t in sent if t.i > sent.start and (
        t.lower_ in CLAUSE_BREAKS or (t.lower_ in ("og", "men") and doc[t.i - 1].text == ","))]
    bounds = [sent.start, *cuts, sent.end]
    return [doc[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


def first_word(sent: Span) -> int:
    i = sent.start
    while i < sent.end and (sent.doc[i].is_space or sent.doc[i].text in BULLETS or sent.doc[i].is_quote):
        i += 1
    return i


def is_bullet_item(sent: Span) -> bool:
    i = sent.start
    while i < sent.end and sent.doc[i].is_space:
        i += 1
    return i < sent.end and sent.doc[i].text in BULLETS


def list_after(doc: Doc, sents: list[Span], index: int) -> list[Span]:
    """The bullet items that directly follow sentence ``index`` (a list heading)."""
    items = []
    for sent in sents[index + 1:]:
        if not sent.text.strip():
            continue
        if not is_bullet_item(sent):
            break
        items.append(sent)
    return items


def ends_with_colon(sent: Span) -> bool:
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text == ":"
