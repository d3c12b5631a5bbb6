"""Layout units of press releases that events are read from: clauses, bullet
lists and paragraph lists under a heading, headings themselves."""

from __future__ import annotations

from spacy.tokens import Doc, Span

CLAUSE_BREAKS = frozenset({"mens", "men", ";", "samtidig"})
BULLETS = frozenset("•·▪◦‣●○■□-–—*+")
DASHES = frozenset("-–—")  # also open quotations ("– Vi er stolte, sier …")
FINAL = frozenset(".!?")


def clauses(sent: Span) -> list[Span]:
    """Split a sentence at contrastive conjunctions ("…, mens …"), ", og" and semicolons."""
    doc = sent.doc
    cuts = [t.i for t in sent if t.i > sent.start and (
        t.lower_ in CLAUSE_BREAKS or (t.lower_ in ("og", "men") and doc[t.i - 1].text == ","))]
    bounds = [sent.start, *cuts, sent.end]
    return [doc[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


def first_word(sent: Span) -> int:
    """Index of the first token after leading space, bullet and quote tokens."""
    i = sent.start
    while i < sent.end and (sent.doc[i].is_space or sent.doc[i].text in BULLETS or sent.doc[i].is_quote):
        i += 1
    return i


def is_bullet_item(sent: Span) -> bool:
    i = sent.start
    while i < sent.end and sent.doc[i].is_space:
        i += 1
    return i < sent.end and sent.doc[i].text in BULLETS and i + 1 < sent.end


def _dash_led(sent: Span) -> bool:
    i = sent.start
    while i < sent.end and sent.doc[i].is_space:
        i += 1
    return i < sent.end and sent.doc[i].text in DASHES


def ends_with_colon(sent: Span) -> bool:
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text == ":"


def is_heading(sent: Span, max_tokens: int = 10) -> bool:
    """A short line of its own without sentence-final punctuation."""
    words = [t for t in sent if not t.is_space]
    return 0 < len(words) <= max_tokens and words[-1].text not in FINAL and _own_line(sent)


def _own_line(sent: Span) -> bool:
    text = sent.doc.text
    before = text[:sent.start_char].rstrip(" \t")
    after = text[sent.end_char:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n") or not sent.text.strip().endswith(tuple(FINAL)))


def _new_line_between(doc: Doc, a: Span, b: Span) -> bool:
    return "\n" in doc.text[a.end_char - 1:b.start_char] or doc.text[a.start_char:a.end_char].endswith("\n")


def blank_line_before(doc: Doc, sent: Span) -> bool:
    """Whether a paragraph starts at ``sent`` (an empty line before it)."""
    before = doc.text[:sent.start_char]
    gap = before[len(before.rstrip()):]
    return gap.count("\n") >= 2


def list_after(doc: Doc, sents: list[Span], index: int) -> list[Span]:
    """The items a heading sentence introduces.

    Bullet items directly after it (a sentence that continues an item on the
    same line belongs to that item); or, when the heading ends with a colon and
    no bullets follow, the first sentence of each following paragraph up to
    the next heading.
    """
    rest = [s for s in sents[index + 1:] if s.text.strip()]
    if not rest:
        return []
    items: list[Span] = []
    if _dash_led(rest[0]) and not (ends_with_colon(sents[index]) or is_heading(sents[index])):
        return []  # dash lines after a plain sentence are quotations, not a list it introduces
    if is_bullet_item(rest[0]):
        prev = sents[index]
        for sent in rest:
            if is_bullet_item(sent):
                items.append(sent)
            elif not _new_line_between(doc, prev, sent):
                pass  # the rest of a bullet item's text
            else:
                break
            prev = sent
        return items
    if not ends_with_colon(sents[index]):
        return []
    if is_heading(rest[0]):  # short lines of their own: "Fjellmat Cluster, Valdres"
        spacing: bool | None = None
        for k, sent in enumerate(rest):
            if not is_heading(sent) or ends_with_colon(sent):
                break
            if k:  # items share their spacing; a change of spacing starts a new section
                blank = blank_line_before(doc, sent)
                if spacing is not None and blank != spacing:
                    break
                spacing = blank
            items.append(sent)
        return items
    for sent in rest:
        if is_heading(sent) or ends_with_colon(sent):
            break
        if sent is rest[0] or blank_line_before(doc, sent):
            items.append(sent)
    return items
