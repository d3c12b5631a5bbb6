"""Layout units of press releases that events are read from: clauses, bullet
lists and paragraph lists under a heading, headings themselves."""

from __future__ import annotations

import re
from itertools import chain, islice
from typing import Iterator

from spacy.tokens import Doc, Span
from .doccache import ents_in, lowers_of, memo, span_text
from .tokentable import token_table
from .tokenizer import doc_text

INTERRUPTERS = frozenset({"som", "der", "tidligere", "tidlegare"})  # ", som …," and ", tidligere X," inside an enumeration
CLAUSE_BREAKS = frozenset({"mens", "medan", "medans", "men", ";", "samtidig"})
ADVERB_BREAKS = frozenset({"samtidig"})  # a break only where it opens a clause, not as an adverb after the verb
ITEM_PARTICLES = frozenset({"i", "og", "på", "for", "av", "til", "ved"})  # "Mo i Rana", "Mat og Reiseliv"
CONTRASTIVE = frozenset({"mens", "medan", "medans"})  # "A blir NCE, mens B …": a second clause with a subject of its own
SENTENTIAL_RELATIVES = frozenset({"noe", "noko"})  # "…, noe som gir …": a clause about the whole clause before
BULLETS = frozenset("•·▪◦‣●○■□-–—*+")
DASHES = frozenset("-–—")  # also open quotations ("– Vi er stolte, sier …")
FINAL = frozenset(".!?")
BREADCRUMB_LINES = 2  # short lines (a title, a date line) between a section name and the article it heads
NEW_WORDS = frozenset({"ny", "nye", "nytt"})  # before a level on a label line: "Nye NCE-klynger"
MOVE_FROM = frozenset({"fra", "frå"})
MOVE_TO = frozenset({"til", "i", "på"})
MOVE_WORDS = MOVE_FROM | MOVE_TO | {"opp", "inn"}  # a label of a move: "Fra Arena til Arena Pro", "Opp til NCE"
LIST_NUMBER = re.compile(r"\d{1,2}[.)]")  # "1." or "2)" opening a line
YEAR = re.compile(r"(?:19|20)\d\d")
TIMELINE_MARKS = frozenset({*DASHES, ":"})  # after the year that opens a timeline's item


def clauses(sent: Span) -> list[Span]:
    """Split a sentence at contrastive conjunctions ("…, mens …"), ", og", "– og" (a headline's
    second part: "Fire klynger til Arena Pro – og én ny Arena"; not the closing dash of an
    apposition, "A – tidligere B – og C"), the one spaced dash of a headline of two clauses
    ("Matklynga fekk nei – fylket går inn med …"), ", noe som", semicolons and "samtidig"
    where it opens a clause (not "rykket samtidig opp").

    ", og" after a relative clause that follows a cluster's name, before another name,
    closes the relative clause and goes on with the enumeration ("Både A, som ble NCE i
    2007, og B fikk …", "… er A i Bergen, som samler …, og B i Ålesund"): no cut there."""
    doc = sent.doc
    lowers = lowers_of(doc)
    cuts: list[int] = []
    start = sent.start
    second = _headline_second_part(doc, sent)
    for i in range(sent.start + 1, sent.end):
        if i == second or (lowers[i] in CLAUSE_BREAKS and not _adverb_inside(lowers, i)) \
                or (lowers[i] in ("og", "men") and lowers[i - 1] == ","
                                          and not _enumeration_goes_on(doc, lowers, start, i)) \
                or (lowers[i] in ("og", "men") and doc[i - 1].text in DASHES and i - 1 > start
                    and not any(doc[k].text in DASHES for k in range(sent.start, i - 1))) \
                or (lowers[i] in SENTENTIAL_RELATIVES and lowers[i - 1] == "," and i + 1 < sent.end and lowers[i + 1] == "som"):
            cuts.append(i)
            start = i
    bounds = [sent.start, *cuts, sent.end]
    return [doc[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


def _adverb_inside(lowers: list[str], i: int) -> bool:
    """"samtidig" as an adverb inside a clause ("Tre klynger rykket samtidig opp fra Arena til
    NCE"), not one that opens a clause ("…, samtidig som …", "…; samtidig får X …")."""
    return lowers[i] in ADVERB_BREAKS and lowers[i - 1] not in (",", "og", "–", ";") and lowers[i + 1:i + 2] != ["som"]


def _headline_second_part(doc: Doc, sent: Span) -> int | None:
    """In a headline of two clauses joined by one spaced dash ("Matklynga fekk nei – fylket
    steppar inn med ein halv million"), the first token of the second; not a name's level or
    description on a name line ("Norwegian Rooms – Arena Pro", "Havkraft Cluster – bioøkonomi i nord")."""
    dashes = [k for k in range(sent.start + 1, sent.end - 1) if doc[k].text in DASHES and doc[k - 1].whitespace_]
    if len(dashes) != 1:
        return None
    k = dashes[0]
    before = [t for t in doc[sent.start:k] if not (t.is_space or t.is_punct)]
    nxt = doc[k + 1]
    if len(before) < 3 or not nxt.is_lower or nxt.ent_type_ or not is_heading(sent, max_tokens=16):
        return None
    return k + 1


def _enumeration_goes_on(doc: Doc, lowers: list[str], start: int, i: int) -> bool:
    """Whether ", og" at ``i`` joins a second name to a first one that a relative clause
    (", som …") or a former name (", tidligere X,") in between describes."""
    if lowers[i] != "og" or i + 1 >= len(doc) or doc[i + 1].ent_type_ != "CLUSTER" or doc[i + 1].ent_iob_ != "B":
        return False
    rel = next((k for k in range(i - 2, start, -1) if lowers[k] in INTERRUPTERS and lowers[k - 1] == ","), None)
    if rel is None or any(lowers[k] in (",", "og") for k in range(rel + 1, i - 1) if doc[k].text == "," and k != i - 1
                          and doc[k + 1].ent_type_ == "CLUSTER"):
        return False
    return any(doc[k].ent_type_ == "CLUSTER" for k in range(start, rel - 1))


def first_word(sent: Span) -> int:
    """Index of the first token after leading space, bullet and quote tokens.

    A sentence of nothing but those ("«" after the last full stop) gives its
    last token, so the index always lies inside the sentence (and the doc).
    """
    table = token_table(sent.doc)
    texts, space, quote = table.texts, table.space, table.quote
    i = sent.start
    while i < sent.end and (space[i] or texts[i] in BULLETS or quote[i]):
        i += 1
    if i < sent.end and table.upper[i]:  # cheap test first: most sentences open in lower or title case
        i = _past_dateline(sent.doc, i, sent.end)
    elif i + 2 < sent.end and YEAR.fullmatch(texts[i]) and texts[i + 1] in TIMELINE_MARKS:
        i += 2  # a timeline's item: "2017 – Klyngen løftes til NCE …", "2010: Arena-status"
        while i < sent.end - 1 and space[i]:
            i += 1
    return i if i < sent.end else max(sent.start, sent.end - 1)


def _past_dateline(doc: Doc, i: int, end: int) -> int:
    """After a news dateline ("BODØ/TROMSØ: De to …", "STAVANGER (NTB): …"): the place in
    capitals and a colon before the sentence proper."""
    if doc[i].ent_type_ in ("STATUS", "PROGRAMME", "CLUSTER"):
        return i  # "NCE: inntil 5 mill. kr/år", "GCE: …": a level in capitals, no place
    k = i
    while k < end and k - i < 6 and (doc[k].text.isupper() and doc[k].is_alpha or doc[k].text in "/()-"):
        k += 1
    if k > i and k + 1 < end and doc[k].text == ":" and any(len(t) > 1 for t in doc[i:k] if t.is_alpha):
        return k + 1 + (1 if doc[k + 1].is_space else 0)
    return i


def is_blank(sent: Span) -> bool:
    """A sentence of nothing but spaces and line breaks (``not sent.text.strip()``, from the token table)."""
    space = token_table(sent.doc).space
    return all(space[k] for k in range(sent.start, sent.end))


def is_bullet_item(sent: Span) -> bool:
    """A line that opens with a bullet or a list number ("•", "-", "1.", "2)")."""
    table = token_table(sent.doc)
    i = sent.start
    while i < sent.end and table.space[i]:
        i += 1
    return i + 1 < sent.end and (table.texts[i] in BULLETS or LIST_NUMBER.fullmatch(table.texts[i]) is not None)


def item_intro(sents: list[Span], n: int, reach: int = 8) -> Span | None:
    """The line that introduces the bullet list sentence ``n`` is an item of: the nearest sentence
    above that is no bullet item (within ``reach``); None when ``n`` is no item."""
    if not is_bullet_item(sents[n]):
        return None
    for k in range(n - 1, max(-1, n - 1 - reach), -1):
        if not is_blank(sents[k]) and not is_bullet_item(sents[k]):
            return sents[k]
    return None


def dash_led(sent: Span) -> bool:
    """Whether a line opens with a dash: a list item after a colon or heading, else a quotation."""
    table = token_table(sent.doc)
    i = sent.start
    while i < sent.end and table.space[i]:
        i += 1
    return i < sent.end and table.texts[i] in DASHES


# The helpers below read the characters around a span from its neighbouring
# tokens (``text_with_ws``) instead of slicing ``doc.text``: building
# ``doc.text`` visits every token of the document, and they run per sentence.

def ends_with_colon(sent: Span) -> bool:
    table = token_table(sent.doc)
    for k in range(sent.end - 1, sent.start - 1, -1):
        if not table.space[k]:
            return table.texts[k].endswith(":") and table.texts[k][:1] in ":)]»"  # ":", and "):" as one token
    return False


def is_heading(sent: Span, max_tokens: int = 10) -> bool:
    """A short line of its own without sentence-final punctuation (remembered per
    sentence while a document cache is active: the readers ask it of every sentence)."""
    return memo(sent.doc, ("heading", sent.start, sent.end, max_tokens), lambda: _is_heading(sent, max_tokens))


def _is_heading(sent: Span, max_tokens: int) -> bool:
    table = token_table(sent.doc)
    space = table.space
    words, last = 0, None
    for k in range(sent.start, sent.end):
        if not space[k]:
            words += 1
            if words > max_tokens:
                return False
            last = k
    return last is not None and table.texts[last] not in FINAL and _own_line(sent)


def _text_before_ends_line(doc: Doc, start: int) -> bool:
    """Whether ``doc.text[:doc[start].idx].rstrip(" \t")`` is empty or ends with a line break."""
    texts = token_table(doc).texts
    for k in range(start - 1, -1, -1):
        chunk = texts[k].rstrip(" \t")  # a token's trailing space is one " ", stripped here too
        if chunk:
            return chunk.endswith("\n")
    return True


def _text_after(doc: Doc, end: int) -> str:
    """The first character of ``doc.text`` after token ``end - 1`` that is no space or tab ("" at the end)."""
    texts = token_table(doc).texts  # a token's trailing space is one " ": nothing after a lstrip
    for k in range(end, len(texts)):
        chunk = texts[k].lstrip(" \t")
        if chunk:
            return chunk[:1]
    return ""


def _own_line(sent: Span) -> bool:
    if sent.end <= sent.start:
        return _own_line_text(sent)
    doc = sent.doc
    if not _text_before_ends_line(doc, sent.start):
        return False
    space = token_table(doc).space
    end = sent.end
    while end - 1 > sent.start and space[end - 1]:
        end -= 1  # a sentence's span may hold the line break that ends it
    after = _text_after(doc, end)
    return not after or after == "\n" or not span_text(doc, sent.start, sent.end).strip().endswith(_FINAL_TUPLE)


def _own_line_text(sent: Span) -> bool:
    text = doc_text(sent.doc)
    before = text[:sent.start_char].rstrip(" \t")
    after = text[sent.end_char:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n") or not sent.text.strip().endswith(_FINAL_TUPLE))


_FINAL_TUPLE = tuple(FINAL)


def _new_line_between(doc: Doc, a: Span, b: Span) -> bool:
    if a.end <= a.start or b.start < a.end:
        text = doc_text(doc)
        return "\n" in text[a.end_char - 1:b.start_char] or text[a.start_char:a.end_char].endswith("\n")
    texts = token_table(doc).texts
    last = texts[a.end - 1]
    # doc.text[a.end_char - 1:b.start_char]: the last character of ``a``, its
    # trailing space (one " " at most), and the tokens between the two spans.
    if last.endswith("\n"):
        return True
    return any("\n" in texts[k] for k in range(a.end, b.start))


def blank_line_before(doc: Doc, sent: Span) -> bool:
    """Whether a paragraph starts at ``sent`` (an empty line before it)."""
    breaks = 0
    with_ws = token_table(doc).with_ws
    for k in range(sent.start - 1, -1, -1):
        chunk = with_ws[k]
        stripped = chunk.rstrip()
        breaks += chunk.count("\n", len(stripped))
        if stripped or breaks >= 2:
            break
    return breaks >= 2


def list_after(doc: Doc, sents: list[Span], index: int) -> list[Span]:
    """The items a heading sentence introduces (see :func:`list_items`)."""
    return [item for item, _ in list_items(doc, sents, index)]


def is_label(sent: Span, max_words: int = 5) -> bool:
    """A short line of its own that ends with a colon: a section label in a list
    ("Arena Pro:", "Nye NCE-klynger:"); or a line that is a level and nothing more
    ("Arena Pro" over its items)."""
    if not ends_with_colon(sent):
        if len(sent) > 8:  # a few words and the line's spaces
            return False
        doc = sent.doc
        space = token_table(doc).space
        k = sent.start
        while k < sent.end and space[k]:
            k += 1
        if k < sent.end and doc[k].lower_ in NEW_WORDS:
            k += 1  # "Nye NCE-klynger", "Ny GCE"
        if k < sent.end and doc[k].lower_ in MOVE_WORDS:  # "Fra Arena til Arena Pro", "Opp til NCE"
            return _move_label(sent, k)
        if k >= sent.end or doc[k].ent_iob_ != "B" or doc[k].ent_type_ != "STATUS":
            return False
        if not all(t.is_space or t.ent_type_ == "STATUS" or t.text in DASHES for t in doc[k:sent.end]):
            return False  # "GCE – Global Centres of Expertise": a level and its long name
        return len({e._.value for e in ents_in(doc[k:sent.end])}) == 1 and _own_line(sent)
    table = token_table(sent.doc)
    words = sum(1 for k in range(sent.start, sent.end) if not table.space[k] and table.texts[k] != ":")
    return 0 < words <= max_words and _text_before_ends_line(sent.doc, sent.start)


def _move_label(sent: Span, k: int) -> bool:
    """A line of movement words and levels only, with a level after "til"/"i"/"på": the
    section of the clusters moved there ("Fra Arena til Arena Pro", "Opp til NCE", "Inn i Arena")."""
    doc = sent.doc
    words = [t for t in doc[k:sent.end] if not t.is_space]
    if not all(t.ent_type_ == "STATUS" or t.lower_ in MOVE_WORDS for t in words):
        return False
    return label_level(sent) != "" and _own_line(sent)


def label_level(label: Span) -> str:
    """The level a section label gives its items: the one after "til"/"i"/"på" where the
    label tells a move ("Fra Arena til Arena Pro" → Arena Pro), else its first level not
    after "fra"/"frå" ("Nye NCE-klynger", "Arena Pro:")."""
    doc = label.doc
    levels = [e for e in ents_in(label) if e.label_ == "STATUS"]
    into = [e for e in levels if e.start > label.start and doc[e.start - 1].lower_ in MOVE_TO]
    if into:
        return into[-1]._.value
    kept = [e for e in levels if not (e.start > label.start and doc[e.start - 1].lower_ in MOVE_FROM)]
    return kept[0]._.value if kept else ""


def list_items(doc: Doc, sents: list[Span], index: int) -> list[tuple[Span, Span | None]]:
    """The items a heading sentence introduces, each with the section label above it.

    Bullet items directly after it (a sentence that continues an item on the
    same line belongs to that item); or, when the heading ends with a colon and
    no bullets follow, the short lines of their own after it (each may have its
    description on the lines right under it, a blank line before the next), or else the first
    sentence of each following paragraph up to the next heading. A list may be
    cut into sections by short labels that end with a colon ("Arena Pro:",
    "Arena:"): their items carry the label, which names what they share; such a
    label may follow a heading without a colon ("Årets nye klynger").
    """
    text = doc_text(doc)
    following = (s for s in islice(sents, index + 1, None) if text[s.start_char:s.end_char].strip())  # lazy: most calls read one
    first = next(following, None)
    if first is None:
        return []
    rest = chain([first], following)
    if dash_led(first) and not (ends_with_colon(sents[index]) or is_heading(sents[index])):
        return []  # dash lines after a plain sentence are quotations, not a list it introduces
    if is_label(sents[index]) and not ends_with_colon(sents[index]):
        return _sections(doc, chain([sents[index]], rest))  # "Ny GCE" over its name lines
    if is_bullet_item(first):
        items: list[tuple[Span, Span | None]] = []
        prev = sents[index]
        described = False  # the items have their descriptions on the lines right under them
        for sent in rest:
            if is_bullet_item(sent):
                if described and not blank_line_before(doc, sent) and items:
                    break  # described items stand apart; a bullet right under a description is another list
                items.append((sent, None))
            elif not _new_line_between(doc, prev, sent):
                pass  # the rest of a bullet item's text
            elif items and not blank_line_before(doc, sent) and (described or (prev is items[0][0] and _name_item(prev))):
                described = True  # "• Havlab Cluster, Bodø – Arena\nKlyngen samler …": the item's description
            else:
                break
            prev = sent
        return items
    if (ends_with_colon(sents[index]) or is_heading(sents[index])) and is_label(first):
        return _sections(doc, rest)  # "Årets nye klynger" over "Arena:" and its lines
    if not ends_with_colon(sents[index]) and not (_table_row(first, text) and is_heading(sents[index])):
        return []  # a heading's table needs no colon: "Årets opptak" over "Klynge | Sted | Nivå"
    return [(item, None) for item in _plain_items(doc, first, rest)]


def labelled_sections(doc: Doc, sents: list[Span], index: int) -> list[tuple[Span, Span | None]]:
    """The items of the sections that start at label ``index`` ("Arena Pro:" and the labels
    after it), each with its label; [] when sentence ``index`` is no label."""
    return _sections(doc, islice(sents, index, None)) if is_label(sents[index]) else []


def _table_row(sent: Span, text: str) -> bool:
    """A line of cells: "Havkraft Cluster | Bergen | Arena", or columns set apart by tabs or
    runs of spaces (``text``: the document's)."""
    chunk = text[sent.start_char:sent.end_char]
    if "|" in chunk:
        return is_heading(sent, max_tokens=24)
    return ("\t" in chunk or "  " in chunk.strip()) and is_table_line(sent.doc, sent)


def paragraph_openers(doc: Doc, sents: list[Span], index: int, limit: int = 12) -> list[Span]:
    """The first sentence of each paragraph below heading ``index``, up to the next heading:
    under "Fire nye Arena-klynger", one paragraph per cluster, each opening with its name."""
    out: list[Span] = []
    for sent in islice(sents, index + 1, index + 1 + 3 * limit):
        if is_heading(sent) or len(out) >= limit:
            break
        if not out or blank_line_before(doc, sent):
            out.append(sent)
    return out


def _plain_items(doc: Doc, first: Span, rest: Iterator[Span]) -> list[Span]:
    items: list[Span] = []
    # short lines of their own ("Fjellmat Cluster, Valdres"), or longer ones with a description after
    # the name ("BioTech North, Tromsø – marin bioteknologi og legemidler basert på …")
    limit = SHORT_LINE if is_heading(first) else LONG_LINE if is_heading(first, max_tokens=LONG_LINE) or _dash_line(first) else 0
    if limit:
        spacing: bool | None = None
        blocks = False  # each line with its description right under it, a blank line before the next
        for k, sent in enumerate(rest):
            line = (is_heading(sent, max_tokens=limit) or (limit == LONG_LINE and _dash_line(sent))) and not ends_with_colon(sent)
            if blocks:
                if not blank_line_before(doc, sent):
                    continue  # the current item's description
                if not line:
                    break
                items.append(sent)
                continue
            if not line:
                if len(items) == 1 and not blank_line_before(doc, sent):
                    blocks = True  # "Arena Beredskap\nSamler bedrifter …\n\nArena Havbruk\nEt nettverk …"
                    continue
                break
            if k:  # items share their spacing; a change of spacing starts a new section
                blank = blank_line_before(doc, sent)
                if spacing is not None and blank != spacing:
                    break
                spacing = blank
            items.append(sent)
        return items
    lines: list[Span] = []  # "…, og seks ble valgt:\n\nPå Stord skal A utvikle ….\nI Stavanger får B …": one sentence a line
    for sent in rest:
        if is_heading(sent) or ends_with_colon(sent):
            break
        if sent is first or blank_line_before(doc, sent):
            if lines and len(lines) >= 2:
                return lines  # the line list ends at the first blank line
            lines = None if sent is not first else lines
            items.append(sent)
        elif lines is not None and _new_line_between(doc, items[-1] if not lines else lines[-1], sent):
            if not lines:
                lines.append(items[-1])
            lines.append(sent)
        elif lines is not None and not lines:
            lines = None  # the first paragraph runs on in prose: one item per paragraph
    return lines if lines and len(lines) >= 2 else items


def _dash_line(sent: Span) -> bool:
    """A line of its own that is a name, a spaced dash and a description ending in a full stop
    ("Oslo Cancer Cluster – klynge innen kreftbehandling med base i Oslo.")."""
    doc = sent.doc
    texts = token_table(doc).texts
    words = [k for k in range(sent.start, min(sent.end, sent.start + 10)) if texts[k].strip()]
    dash = next((k for k in words[1:8] if texts[k] in DASHES and doc[k - 1].whitespace_), None)
    return dash is not None and len(sent) <= 3 * LONG_LINE and _own_line(sent)


def _sections(doc: Doc, rest: Iterator[Span]) -> list[tuple[Span, Span | None]]:
    """Items under section labels: after each label, its bullets, its lines (short lines or
    "Name – description." lines of their own) or its paragraphs (their first sentences), up
    to the next label. Items of a section share their form: after bullets or lines, a line
    of another form ends the list ("Tre nye NCE-klynger" after the numbered Arena items), as
    does a heading after paragraphs."""
    items: list[tuple[Span, Span | None]] = []
    label: Span | None = None
    form = ""
    prev: Span | None = None
    described = False  # the section's lines have their descriptions under them: only headings are items then
    spaced = True  # every item of the section so far stands after a blank line
    for sent in rest:
        if is_label(sent):
            label, form, prev, described, spaced = sent, "", sent, False, True
            continue
        if label is None:
            break
        here = "bullet" if is_bullet_item(sent) else "line" if is_heading(sent) or _own_line(sent) else "paragraph"
        blank = blank_line_before(doc, sent)
        if form == "line" and here == "paragraph" and blank and spaced and not described:
            form = "paragraph"  # one-sentence paragraphs so far, then a longer one: paragraphs, each an item
        spaced = spaced and (blank or not form)
        if not form:
            form = here
            items.append((sent, label))
        elif form == "paragraph":
            if is_heading(sent):
                break
            if blank_line_before(doc, sent):
                items.append((sent, label))
        elif form == "line" and not blank and not is_heading(sent) and (
                here == "paragraph" or (prev is not None and is_heading(prev))):
            described = True  # a line's description right under it ("NCE Seafood Innovation\nBergensklyngen samler …")
        elif described and not is_heading(sent):
            break  # "Hver av de nye NCE-klyngene mottar …" after the described lines
        elif form == "line" and is_heading(sent) and not any(is_heading(item) for item, _ in items):
            break  # "Rykker opp til Arena Pro" after one-sentence paragraphs: a heading of its own section
        elif here == form:
            items.append((sent, label))
        elif prev is not None and _new_line_between(doc, prev, sent):
            break
        prev = sent
    return items


def other_items(doc: Doc, sents: list[Span], headings: frozenset[str],
                openers: frozenset[str] = frozenset(), sections: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Character ranges of blocks that list other pages ("Relaterte saker",
    "Siste nyheter"): from such a heading over the short lines after it; and of
    sentences that open with a link label and a colon ("Les også: …"). A section
    name (``sections``: "Aktuelt", "Nyheter") above the page's first sentence of
    running text, or above no more than a title and a date line before running text,
    is a breadcrumb over the page's own title, not a block of other pages."""
    zones = []
    text = doc_text(doc)
    body = next((k for k, s in enumerate(sents) if text[s.start_char:s.end_char].strip() and not is_heading(s)), len(sents))
    n = 0
    while n < len(sents):
        sent = sents[n]
        chunk = text[sent.start_char:sent.end_char]
        label = chunk.strip().rstrip(":").strip().lower()
        head, colon, rest = chunk.partition(":")
        if colon and rest.strip() and head.strip().lower() in openers:
            zones.append((sent.start_char, sent.end_char))
            n += 1
        elif (label in headings or label in openers) and is_heading(sent):  # "Les også" on a line of its own too
            end = n + 1
            if label in openers:  # "Les også" over a teaser's title, however long the title is
                while end < len(sents) and not text[sents[end].start_char:sents[end].end_char].strip():
                    end += 1
                end = min(end + 1, len(sents))
            while end < len(sents) and (is_heading(sents[end]) or not text[sents[end].start_char:sents[end].end_char].strip()):
                end += 1
            lines = sum(1 for s in sents[n + 1:end] if text[s.start_char:s.end_char].strip())
            # a section name over the page's own title (and its date line) before the article: a breadcrumb
            if not (label in sections and (n < body or (lines <= BREADCRUMB_LINES and end < len(sents)))):
                zones.append((sent.start_char, sents[end - 1].end_char))
            n = end
        else:
            n += 1
    return zones


SHORT_LINE = 14  # words of a short line of its own in a list ("Havkraft Cluster (Hamar) – Arena, 2012; NCE, 2018")
LONG_LINE = 24  # how many words a list's line of its own may hold, its name with a description
_RULE_LINE = re.compile(r"\s*[-–—=_+|:~]{3,}[-–—=_+|:~\s]*")


def is_rule_line(text: str) -> bool:
    """A table's rule under its header, all dashes, pluses and bars ("-----+-----", "|---|---|"):
    no row, and no end of the table."""
    return _RULE_LINE.fullmatch(text) is not None


def table_cells(doc: Doc, sent: Span) -> list[tuple[int, int]]:
    """The token ranges between the "|" of a table line ("Havlab Cluster | Arena | 2020"), or,
    in a line without bars, between its runs of spaces or tabs: the columns of a table set in
    plain text ("Havlab Cluster      Arena     2020"), as PDFs and pre-formatted releases print it."""
    texts = token_table(doc).texts
    bars = [k for k in range(sent.start, sent.end) if texts[k] == "|"]
    if bars:
        edges = [sent.start - 1, *bars, sent.end]
        return [(a + 1, b) for a, b in zip(edges, edges[1:])]
    cells: list[tuple[int, int]] = []
    start = sent.start
    for k in range(sent.start, sent.end):
        if _column_gap(texts[k]):  # the gap is a token of its own
            cells.append((start, k))
            start = k + 1
        elif "\t" in doc[k].whitespace_:  # a tab after the token, as its trailing whitespace
            cells.append((start, k + 1))
            start = k + 1
    cells.append((start, sent.end))
    space = token_table(doc).space
    return [(a, b) for a, b in cells if any(not space[k] for k in range(a, b))]  # no empty cell before an indent


def _name_item(sent: Span) -> bool:
    """A bullet line that is a name with its cells ("• Arctic Cluster Team (ACT), Mo i Rana – Arena
    Pro"), not the first line of a paragraph broken at the page's width ("1. Klyngene har styrkt
    samarbeidet mellom"): at most one lower-case word besides small connecting words."""
    if not is_heading(sent, max_tokens=16):
        return False
    lower = [t for t in sent if t.is_alpha and t.is_lower and t.lower_ not in ITEM_PARTICLES]
    return len(lower) <= 1


def _column_gap(text: str) -> bool:
    """A whitespace token between two cells of a line: two or more spaces, or a tab (spaCy
    keeps one space as the token's trailing whitespace)."""
    return bool(text) and not text.strip() and "\n" not in text


def is_table_line(doc: Doc, sent: Span) -> bool:
    """A short line of two or more cells: "A | B | C", or columns set apart by runs of spaces."""
    return is_heading(sent, max_tokens=24) and len(table_cells(doc, sent)) >= 2


def header_column(doc: Doc, sent: Span, headers: frozenset[str]) -> int | None:
    """The column of a table's header line whose cell is one of ``headers`` ("Klynge", "Nivå")."""
    lows = lowers_of(doc)
    for i, (a, b) in enumerate(table_cells(doc, sent)):
        if " ".join(w for w in lows[a:b] if w.strip()) in headers:
            return i
    return None
