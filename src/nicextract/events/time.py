"""When a decision was made: the year slot of the document frame.

A news report ties a decision to a year in one of four ways, and the frame
keeps how strongly, so that several reports of one decision (a headline, a
lead, a background paragraph) give the year of the strongest:

- ``EXPLICIT``: a date in the decision's own clause ("i 2014", "fra
  1.1.2022", "3. mars", "forrige uke", "for tre år siden"), resolved
  against the publication date by the DATE recogniser, or years after the
  last date told before it ("tre år senere"), or the line above that is only
  a year or a date (a timeline's entry, a news list's item);
- ``HEADING``: the bare year of the heading above a decision told in the
  past ("Klyngeprogrammet 2019"); and, for a decision that would take the
  publication year, the start the document gives its term ("Den nye
  kontraktsperioden gjelder fra 1. januar 2013");
- ``NEWS``: the decision is the news the text reports (present or perfect
  tense, "i dag", "nylig", and the plain past tense of a news report): the
  publication year;
- ``NONE``: the text sets the decision back in time without saying when
  ("har tidligere fått", "ble senere GCE", "for noen år siden", background
  in a relative clause), or nothing gives a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..doccache import ents_in, lowers_of, memo, sent_of, span_text, tokens_in
from ..layout import CONTRASTIVE, DASHES, TIMELINE_MARKS, blank_line_before, first_word, is_blank, is_bullet_item, is_heading
from ..tokenizer import doc_text
from ..lexicons.events import EventCues
from ..lexicons.numbers import NumberWords
from .context import published_year, term_verb, year_of
from .decisions import inside

NONE, NEWS, HEADING, EXPLICIT = range(4)


@dataclass(frozen=True)
class When:
    """A decision's year, how strongly the text ties it, and the DATE it came from."""
    year: int | None
    strength: int
    span: tuple[int, int] | None = None

    def stronger(self, other: "When") -> bool:
        return self.strength > other.strength


TERM_STARTS = frozenset({"fra", "frå", "fom", "f.o.m."})  # a date after one is the start the decision takes effect
STATE_SINCE = frozenset({"siden", "sidan"})  # "har vært NCE siden 2014": when a state began, told beside a decision
LINES_PASSED = 12  # how many quotation lines and list items "tre år senere" may look past for the year it counts from
YEAR_LINE_REACH = 4  # how many sentences an entry under a year line may run
REPORT_TITLE_REACH = 400  # how far into a document an annual report's title may stand (characters)
FROM_WORDS = frozenset({"fra", "frå"})
YEAR_AFTER = re.compile(r"\s*(?:for\s+)?((?:19|20)\d\d)\b")
ROUND_YEAR_AFTER = re.compile(r"\s+(?:(?:for|fra|frå)\s+)?((?:19|20)\d\d)\b")  # "opptak for 2023", "Klyngeprogrammet 2023:"

class TimeReader:
    """The year of one report of a decision, from its clause and the document."""

    def __init__(self, cues: EventCues, numbers: NumberWords) -> None:
        self.cues = cues
        self.numbers = numbers

    def of(self, doc: Doc, clause: Span, trigger: int, past: bool, sents: list[Span], n: int,
           holes: tuple[tuple[int, int], ...] = (), previous: When | None = None, lead: When | None = None) -> When:
        """``trigger``: the decision word's token; ``past``: the clause is told in the past
        tense; ``sents``/``n``: the document's sentences and the clause's sentence; ``holes``:
        relative clauses inside it whose dates are theirs; ``previous``: the stated or counted
        year of the decision told just before, which "Tre år senere …" counts from; ``lead``:
        the stated year of the round the document's first decision announces, which a decision
        told as news without a year of its own belongs to (on an undated page also one told in
        the past: "Arena Beredskap og Arena Innovative Opplevelser ble begge tildelt plass")."""
        date = self._nearest_date(doc, clause, trigger, holes)
        if date is not None:
            return When(year_of(date._.value), EXPLICIT, (date.start_char, date.end_char))
        later = self._years_later(doc, clause, sents, n, previous, trigger)
        if later is not None:
            return later
        if previous is not None and previous.span is not None and lowers_of(doc)[first_word(clause)] in CONTRASTIVE \
                and sents[n].start_char <= previous.span[0] < clause.start_char:
            return previous  # "… tatt opp på Arena-nivå i 2018, mens C og D ble NCE-klynger": the clause before's time
        entry = self._year_line(sents, n) or self._opening_year(doc, sents[n], clause)
        if entry is not None:
            return entry
        recent = bool(set(lowers_of(doc)[clause.start:clause.end]) & self.cues.words["recency"])
        if not recent and (self._back_in_time(doc, clause, trigger, holes) or self._background_clause(doc, clause, trigger, past)):
            return When(None, NONE)
        undated = published_year(doc) is None
        if past or undated:  # an undated page: its headings' year is the best it gives
            heading = self._heading_year(sents, n, nearest_only=not undated)
            if heading is not None:
                return heading
            report = title_year(doc, self.cues)
            if report is not None:  # "Årsrapport 2009": what the report tells in the past happened in 2009
                return When(report, NEWS)
        term = memo(doc, ("term_start",), lambda: self._term_start(doc, sents))
        if term is not None:  # "Den nye kontraktsperioden gjelder fra 1. januar 2013": the decision's start
            return term
        if lead is not None and (undated or not past):
            return When(lead.year, HEADING, lead.span)  # the round the lead announces: "For 2021 får …"
        year = published_year(doc)
        return When(year, NEWS if year is not None else NONE)

    def _term_start(self, doc: Doc, sents: list[Span]) -> When | None:
        """The start the document gives the term a decision opens: a sentence whose subject is
        the agreement or its period and whose verb runs "fra" a dated day or year."""
        lows = lowers_of(doc)
        starts = {sent_of(t).start for t in tokens_in(doc, FROM_WORDS)}  # cheap: most sentences have no "fra"
        for sent in sents:
            if sent.start not in starts:
                continue
            verb = term_verb(doc, sent, self.cues)
            if verb is None:
                continue
            for k in range(verb + 1, min(sent.end - 1, verb + 4)):
                if lows[k] in FROM_WORDS:
                    date = next((e for e in ents_in(sent) if e.label_ == "DATE" and e.start == k + 1
                                 and year_of(e._.value) is not None), None)
                    if date is not None:
                        return When(year_of(date._.value), HEADING, (date.start_char, date.end_char))
        return None

    def _nearest_date(self, doc: Doc, clause: Span, trigger: int, holes: tuple[tuple[int, int], ...]) -> Span | None:
        """The date nearest the decision word; not one that ends a period ("forlenget til
        2025", "ut 2024", "til og med 2023"): that is when the status runs out; nor the start
        of a state ("har vore Arena Pro-klynge sidan 2019 og avanserer no til NCE")."""
        best = None
        lows = lowers_of(doc)
        for ent in ents_in(clause):
            if ent.label_ == "DATE" and year_of(ent._.value) is not None and not self._ends_period(lows, ent.start) \
                    and not inside(ent.start, holes) and not (ent.start > 0 and lows[ent.start - 1] in STATE_SINCE) \
                    and not self._cohort(doc, ent.start):
                if ent.start > 0 and lows[ent.start - 1] in TERM_STARTS:
                    return ent  # "får ny plass … frå 1. januar 2021" (told "i dag"): the decision's start
                if best is None or abs(ent.start - trigger) < abs(best.start - trigger):
                    best = ent
        return best

    @staticmethod
    def _cohort(doc: Doc, i: int) -> bool:
        """A date after "fra" that follows a level's plural ("to av NCE-klyngene fra 2007 får
        fornyet avtale"): which clusters, by the year they came in, not when the decision is."""
        return i > 1 and doc[i - 1].lower_ in FROM_WORDS and doc[i - 2].ent_type_ == "STATUS" \
            and doc[i - 2].lower_.endswith(("ene", "ane", "a"))

    def _ends_period(self, lows: list[str], i: int) -> bool:
        """A date after "til", "ut" or "til og med" ("fra og med 1. januar" starts a period)."""
        until = self.cues.words["until_markers"]
        return i > 0 and (lows[i - 1] in until or (i > 2 and lows[i - 1] == "med" and lows[i - 3] in until))

    def _years_later(self, doc: Doc, clause: Span, sents: list[Span], n: int, previous: When | None = None,
                     trigger: int | None = None) -> When | None:
        """"Klyngen ble Arena i 2015, og fikk NCE-status tre år senere" ("samme år": none
        after): the years after the last year told before the clause, in its sentence or the
        one before (a quotation or a list in between does not count: "… i 2013, fikk de nei. – Det
        var en nyttig nedtur, … Året etter ble klyngen tatt opp")."""
        m = self._counted_from(doc, clause)
        if m is None:
            return None
        if m.group("round"):
            if trigger is not None and self._of_a_later_verb(doc, clause, trigger, m.start()):
                return None  # "… blir valgt ut som NCE-klynge og skifter samtidig navn til Y": the rename's time
            return self._same_round(doc, clause, sents[n], previous)
        if m.group("before"):  # "Året før ble X tatt opp", "to år tidligere": years back
            back = self.numbers.parse(m.group("back")) if m.group("back") else 1
            offset = -back if back else None
        else:
            offset = 0 if m.group("same") else 1 if m.group("one") else self.numbers.parse(m.group("n"))
        k = n - 1
        text = doc_text(doc)
        while k > 0 and n - k <= LINES_PASSED and (_on_quoted_line(text, sents[k]) or is_bullet_item(sents[k])
                                                  or is_blank(sents[k])):
            k -= 1  # past a quotation's lines and a list's items: "I juni 2018 vart desse tekne opp: • A • B … Same år …"
        told = [sents[k]] if k >= 0 else []
        before = [e for s in [*told, sents[n]] for e in ents_in(s)
                  if e.label_ == "DATE" and e.end <= clause.start and year_of(e._.value) is not None]
        if offset is None or (not offset and not m.group("same")):
            return None
        if not before and previous is not None and previous.year is not None:
            return When(previous.year + int(offset), EXPLICIT, previous.span)  # "Året etter ble X tatt opp. Tre år senere …"
        opens = not span_text(doc, clause.start, clause.end)[:m.start()].strip()
        if not before and opens and k > 0 and blank_line_before(doc, sents[n]):
            # a history's paragraph that opens with "Året etter": the last year of the paragraph before
            before = [e for s in sents[max(0, k - 2):k] for e in ents_in(s)
                      if e.label_ == "DATE" and year_of(e._.value) is not None]
        if not before:
            return None
        anchor = before[-1]
        if told and before[-1].start >= told[0].start and before[-1].start < told[0].end and self._dates_section(told[0], anchor):
            offset = 0  # "2007: Tre til" over "Året etter ble X tatt opp": the section's own year, counted from the one before it
        return When(year_of(anchor._.value) + int(offset), EXPLICIT, (anchor.start_char, anchor.end_char))

    @staticmethod
    def _of_a_later_verb(doc: Doc, clause: Span, trigger: int, offset: int) -> bool:
        """Whether the phrase at character ``offset`` of the clause follows an "og" after the
        decision word: it belongs to the verb coordinated there, not to the decision."""
        lows = lowers_of(doc)
        at = clause.start_char + offset
        return any(lows[k] == "og" for k in range(trigger + 1, clause.end) if doc[k].idx < at)

    @staticmethod
    def _dates_section(line: Span, date: Span) -> bool:
        """A timeline's heading that opens with its year ("2007: Tre til", "2013 – Nye kontrakter")."""
        if not is_heading(line):
            return False
        words = [t for t in line if not (t.is_space or t.is_punct)]
        return bool(words) and words[0].i == date.start and date.end - date.start == 1

    def same_round(self, doc: Doc, clause: Span) -> bool:
        """Whether the clause dates itself by the decision before ("i samme runde", "samtidig")."""
        m = self._counted_from(doc, clause)
        return m is not None and m.group("round") is not None

    def _counted_from(self, doc: Doc, clause: Span) -> "re.Match[str] | None":
        """The clause's `years_later` phrase ("tre år senere", "samme år", "i samme runde"), read
        once per clause: the status reader and the time reader both ask."""
        return memo(doc, ("years_later", clause.start, clause.end),
                    lambda: self.cues.years_later.search(span_text(doc, clause.start, clause.end)))

    @staticmethod
    def _same_round(doc: Doc, clause: Span, sent: Span, previous: When | None) -> When | None:
        """"I samme runde ble X tatt opp", "Samtidig fekk Y …": the time of the decision told
        just before, or a date earlier in the sentence; never a background year of the lines
        before ("har vært NCE siden 2009. Samtidig ble …" is today's round)."""
        if previous is not None and previous.year is not None:
            return When(previous.year, EXPLICIT, previous.span)
        before = [e for e in ents_in(sent) if e.label_ == "DATE" and e.end <= clause.start and year_of(e._.value) is not None]
        if not before:
            return None
        return When(year_of(before[-1]._.value), EXPLICIT, (before[-1].start_char, before[-1].end_char))

    def _back_in_time(self, doc: Doc, clause: Span, trigger: int, holes: tuple[tuple[int, int], ...] = ()) -> bool:
        """"har tidligere fått", "ble senere GCE", "fikk for noen år siden": an adverb
        next to the decision word, not in a relative clause of its own (``holes``: "X, som
        tidlegare heitte Y, gjekk over …"). "tidligere" before a name ("X, tidligere Y, får …")
        is a former name's marker instead."""
        a, b = max(clause.start, trigger - 5), min(clause.end, trigger + 7)
        lows = lowers_of(doc)
        words = self.cues.words["back_in_time"]
        for i in range(a, b):
            if lows[i] in words and not any(h0 <= i < h1 for h0, h1 in holes) and not (i + 1 < len(doc) and (
                    doc[i + 1].ent_type_ == "CLUSTER" or (doc[i + 1].text[:1].isupper() and doc[i + 1].ent_type_ != "STATUS"))):
                return True
        return any(p in span_text(doc, a, b).lower() for p in self.cues.phrases["back_in_time"])

    def _background_clause(self, doc: Doc, clause: Span, trigger: int, past: bool) -> bool:
        """A past decision in a relative clause about a name ("X, som fikk NCE-status,
        har nå 60 medlemmer") or in a temporal clause ("Da X fikk NCE-status, kom det
        overraskende på mange"): background to what the sentence reports."""
        if not past:
            return False
        lows = lowers_of(doc)
        for i in range(trigger - 1, clause.start - 1, -1):
            if lows[i] == "som" and i >= 2:  # the comma may open the clause: a relative clause read on its own
                return lows[i - 1] == "," and doc[i - 2].ent_type_ == "CLUSTER"
            if lows[i] in self.cues.words["temporal_subordinators"] and (i == clause.start or doc[i - 1].is_punct
                                                                          or doc[i - 1].is_space):
                return True
            if lows[i] in (",", "og", "men"):
                return False
        return False

    @staticmethod
    def _year_line(sents: list[Span], n: int) -> When | None:
        """A timeline's entry: a line that is only a year ("2010", "2016:") above the
        sentence, within its entry (a few sentences, no other heading between); or a news
        list's item under a line that is only its date ("19.06.2020" over the item's title)."""
        for sent in reversed(sents[max(0, n - YEAR_LINE_REACH):n]):
            if not is_heading(sent):
                continue
            if len(sent) > 6:
                return None  # a heading of words, not a year line
            words = [t for t in sent if not (t.is_space or t.is_punct)]
            date = ents_in(sent)
            if date and date[0].label_ == "DATE" and all(date[0].start <= t.i < date[0].end for t in words):
                year = year_of(date[0]._.value)
                if year is not None:
                    return When(year, EXPLICIT, (date[0].start_char, date[0].end_char))
            return None
        return None

    @staticmethod
    def _opening_year(doc: Doc, sent: Span, clause: Span) -> When | None:
        """A timeline entry's year that opens the clause's sentence, for a later clause of it
        ("2023: Grunnfinansieringa tek slutt, og klynga får status som moden klynge")."""
        date = opening_date(doc, sent)
        if date is None or date.start >= clause.start:
            return None
        year = year_of(date._.value)
        return When(year, EXPLICIT, (date.start_char, date.end_char)) if year else None

    @staticmethod
    def _heading_year(sents: list[Span], n: int, nearest_only: bool = True, past_items: bool = False) -> When | None:
        """The bare year of the nearest heading above ("Nye Arena-klynger 2018"); on an undated
        page, of the nearest heading above that has one ("Nye klynger 2018" over "Nye på Arena-nivå");
        ``past_items``: a list's bullet items are no headings ("Finansiering i 2024" over "• Arena: …")."""
        for sent in reversed(sents[:n]):
            if not is_heading(sent) or (past_items and is_bullet_item(sent)):
                continue
            years = [e for e in ents_in(sent) if e.label_ == "DATE" and isinstance(e._.value, int)]
            if years:
                return When(years[0]._.value, HEADING, (years[0].start_char, years[0].end_char))
            if nearest_only:
                return None
        return None



def title_year(doc: Doc, cues: EventCues) -> int | None:
    """The year an annual report or a selection round is for, from the first lines: a
    report's title ("ÅRSRAPPORT 2009") or, on an undated page, the round the page presents
    ("Klyngeprogrammet sitt opptak for 2023 vart lagt fram torsdag", "Klyngeprogrammet 2023:")."""
    def find() -> int | None:
        head = doc_text(doc)[:REPORT_TITLE_REACH].lower()
        titles = (("report_titles", YEAR_AFTER), ("round_titles", ROUND_YEAR_AFTER))
        for key, after in titles if published_year(doc) is None else titles[:1]:  # a dated page's round is its date's
            for title in cues.words[key] | set(cues.phrases[key]):
                k = head.find(title)
                while k >= 0:
                    m = after.match(head, k + len(title))
                    if m and (k == 0 or not head[k - 1].isalpha()):
                        return int(m.group(1))
                    k = head.find(title, k + 1)
        return None
    return memo(doc, ("report_year",), find)

def entry_year(doc: Doc, sents: list[Span], n: int) -> int | None:
    """The year of the timeline entry sentence ``n`` belongs to: the year line above it, or
    the year that opens its paragraph ("2020 – Ny kontraktsperiode som NCE. Den nye perioden
    har …"), for what the entry tells without a date of its own."""
    line = TimeReader._year_line(sents, n)
    if line is not None:
        return line.year
    k = n
    while k > 0 and n - k < YEAR_LINE_REACH and not blank_line_before(doc, sents[k]):
        k -= 1
    if k == n:
        return None
    date = opening_date(doc, sents[k])
    return year_of(date._.value) if date is not None else None


def opening_date(doc: Doc, sent: Span) -> Span | None:
    """The DATE that opens a timeline line ("2020 – Ny kontraktsperiode", "2023: …"), or None."""
    i = sent.start
    while i < sent.end and doc[i].is_space:
        i += 1  # not first_word: it steps past "2023:" as past a numbered item's mark
    if i + 1 >= sent.end or not doc[i].like_num or doc[i + 1].text not in TIMELINE_MARKS:
        return None
    return next((e for e in ents_in(sent) if e.label_ == "DATE" and e.start == i), None)


def heading_year(sents: list[Span], n: int) -> int | None:
    """The bare year of the heading just above sentence ``n`` ("Finansiering i 2024" over its
    list of amounts, past the list's items): the year a section's money is for, before the
    publication's."""
    when = TimeReader._heading_year(sents, n, past_items=True)
    return when.year if when is not None else None


def _on_quoted_line(text: str, sent: Span) -> bool:
    """Whether ``sent`` stands on a line that opens with a dash: a quotation ("– Det var en
    nyttig nedtur. Vi hadde …, sier hun")."""
    start = text.rfind("\n", 0, sent.start_char) + 1
    return text[start:sent.start_char + 1].lstrip()[:1] in DASHES
