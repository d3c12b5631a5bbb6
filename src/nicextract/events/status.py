"""``status`` events: a cluster admitted to, moved up to, or kept at a level.

A sentence reports a decision when it holds a trigger from
``patterns/event_triggers.jsonl`` whose requirement is met (a level after
"blir", the word "status" after "får", a level right after "nye"), and no
negation, plan or application cue governs it. The clusters are the names in
the trigger's clause, the items of a bullet list the sentence introduces, or
(for "klyngen", "den" …) the cluster the document is about.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doccache import ents_in, lowers_of, memo, sent_of, sents_of, span_text
from ..lexicons.events import EventCues, Trigger, load_triggers
from ..schema import STATUS_VALUES
from ..matcher import AnchoredMatcher
from ..names import fold_name
from ..layout import clauses, ends_with_colon, first_word, is_heading, list_after
from .context import PlaceFinder, published_year, sentence_year
from .mentions import ClusterGroup, ClusterIndex
from .model import Evidence, StatusEvent

PAST_AUX = frozenset({"ble", "blei", "vart", "fikk", "fekk", "hadde", "var", "tok", "gav", "ga", "utnevnte", "utpekte", "kunngjorde", "presenterte", "tildelte"})
LEVEL_RANK = {s: i for i, s in enumerate(STATUS_VALUES)}
COPULAS = frozenset({"er", "blir", "ble", "vart", "blei", "som", "bli", "var"})
PARTITIVE = frozenset({"de", "dei", "den", "det", "en", "ei", "ein", "ett", "eitt", "av", "blant", "to", "tre", "fire", "fem"})


@dataclass
class Pending:
    """A decision told without names, waiting for the sentences that name its clusters."""
    decision: "Decision"
    year: int | None
    year_span: list[int] | None
    sent: int
    heading: bool
    emitted: bool = False


@dataclass
class Decision:
    trigger: Trigger
    start: int
    end: int
    level: str
    level_span: Span | None


class StatusReader:
    def __init__(self, nlp: Language, cues: EventCues, places: PlaceFinder, patterns_dir: str | None) -> None:
        self.cues = cues
        self.places = places
        self.triggers = {t.id: t for t in load_triggers(patterns_dir)}
        self.matcher = AnchoredMatcher(nlp.vocab)
        for trig in self.triggers.values():
            self.matcher.add(trig.id, [trig.pattern])

    # -- the decision in a clause ---------------------------------------
    def decision(self, doc: Doc, clause: Span, matches: list[tuple[Trigger, int, int]], introduces: bool = False
                 ) -> Decision | None:
        """The decision a clause reports. ``introduces``: the sentence is a heading or opens a list."""
        found = []
        for trig, start, end in matches:
            if not clause.start <= start < clause.end or self._blocked(doc, clause, start, end):
                continue
            if trig.tense == "adjective" and not (introduces or self._copular(doc, clause, start, end)):
                continue  # "de nye NCEene" in passing is no decision; a heading or "er nytt NCE" is
            level, span = self._level(doc, clause, trig, start, end)
            if level is None and trig.needs in ("level", "level_next"):
                continue
            if trig.needs == "status_word" and not self._status_word_after(doc, clause, end):
                continue
            found.append(Decision(trig, start, end, level or "", span))
        if not found:
            return None
        extended = [d for d in found if d.trigger.action == "extended"]
        best = extended[0] if extended else found[0]
        if not best.level:
            best.level = next((d.level for d in found if d.level), "")
        return best

    @staticmethod
    def _split_decisions(doc: Doc, parts: list[Span], matches: list[tuple[Trigger, int, int]]) -> list[Span]:
        """"X ble tatt opp i 2016 og fikk Arena Pro-status i 2019": two decisions
        joined by "og" are two clauses, the second sharing the subject."""
        out = []
        for clause in parts:
            starts = [m[1] for m in matches if clause.start <= m[1] < clause.end]
            cut = clause.start
            for a, b in zip(starts, starts[1:]):
                joiner = b - 1 if b - 1 > max(a, cut) and doc[b - 1].lower_ in ("og", "men") else None
                if joiner is not None:  # "… og fikk": the verb follows the joiner, names are not coordinated
                    out.append(doc[cut:joiner])
                    cut = joiner
            out.append(doc[cut:clause.end])
        return out

    @staticmethod
    def _elided_subject(doc: Doc, clause: Span) -> bool:
        """A clause that opens with "og"/"men" and a verb shares the subject before it."""
        words = list(islice((t for t in clause if not t.is_punct), 2))
        return len(words) > 1 and words[0].lower_ in ("og", "men") and not words[1].ent_type_ \
            and not words[1].text[:1].isupper() and words[1].lower_ not in ("i", "på", "det", "de", "dei", "den")

    def _copular(self, doc: Doc, clause: Span, start: int, end: int) -> bool:
        """"X er (en av de) nye Arena-klyngene" or "De nye Arena-klyngene er A og B"."""
        i = start - 1
        while i >= clause.start and doc[i].lower_ in PARTITIVE:
            i -= 1
        if i >= clause.start and doc[i].lower_ in COPULAS:
            return True
        after = end + 1 if end < clause.end and doc[end].ent_type_ == "STATUS" else end
        while after < clause.end and doc[after].ent_iob_ == "I":
            after += 1
        return i < clause.start and after < clause.end and doc[after].lower_ in COPULAS - {"som"}

    def _blocked(self, doc: Doc, clause: Span, start: int, end: int) -> bool:
        a, b = max(clause.start, start - 8), min(clause.end, end + 3)
        lows = set(lowers_of(doc)[a:b])
        text = span_text(doc, a, b).lower()
        if self.cues.has("negations", lows, text) or self.cues.has("irrealis", lows, text):
            return True
        return memo(doc, ("other_awards", clause.start, clause.end), lambda: self.cues.has(
            "other_awards", set(lowers_of(doc)[clause.start:clause.end]), span_text(doc, clause.start, clause.end).lower()))

    def _status_word_after(self, doc: Doc, clause: Span, end: int) -> bool:
        for tok in doc[end:clause.end]:
            if tok.ent_type_ == "STATUS" or tok.lower_.startswith("status") or tok.lower_ in ("plass", "opptak"):
                return True
        return False

    def _level(self, doc: Doc, clause: Span, trig: Trigger, start: int, end: int) -> tuple[str | None, Span | None]:
        levels = [e for e in ents_in(clause) if e.label_ == "STATUS" and e._.value in LEVEL_RANK
                  and not self._earlier_level(doc, e)]
        if trig.needs == "level_next":
            nxt = [e for e in levels if e.start == end]
            return (nxt[0]._.value, nxt[0]) if nxt else (None, None)
        after = [e for e in levels if e.start >= end]
        before = [e for e in levels if e.end <= start]
        if after:
            return after[0]._.value, after[0]
        if before:
            return before[-1]._.value, before[-1]
        for ent in ents_in(clause):
            if ent.label_ == "PROGRAMME" and ent.kb_id_ in LEVEL_RANK:
                return ent.kb_id_, ent
        return None, None

    def _earlier_level(self, doc: Doc, ent: Span) -> bool:
        """A level named as where a cluster came from ("fra Arena", "tidligere Arena-prosjekt")."""
        prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        return prev in ("fra", "frå") or prev in self.cues.words["former_markers"] or (
            ent.start > 1 and doc[ent.start - 2].lower_ in self.cues.words["former_markers"])

    # -- the clusters a decision is about -------------------------------
    def arguments(self, doc: Doc, clause: Span, decision: Decision, index: ClusterIndex, former: set[int],
                  hubs: set[int]) -> list[Span]:
        return [m for m in index.within(clause.start, clause.end) if m.start not in former and m.start not in hubs]

    def anaphor(self, doc: Doc, clause: Span, decision: Decision, index: ClusterIndex) -> ClusterGroup | None:
        subject = doc[first_word(clause):decision.end + 2]
        if not any(t.lower_ in self.cues.words["singular_anaphors"] or self._pronoun_subject(doc, t.i, decision)
                   for t in subject):
            return None
        return index.antecedent(clause.start_char)

    def _pronoun_subject(self, doc: Doc, i: int, decision: Decision) -> bool:
        """"Den fikk status …" refers back; "Den 20. juni …" or "den nye klyngen" does not."""
        if doc[i].lower_ not in self.cues.words["pronoun_anaphors"] or i >= decision.start:
            return False
        between = doc[i + 1:decision.start]
        return len(between) <= 2 and not any(t.like_num or t.ent_type_ for t in between)

    # -- year and tense ------------------------------------------------
    def year(self, doc: Doc, clause: Span, decision: Decision) -> tuple[int | None, list[int] | None]:
        """The clause's own date; else the publication year for a decision told as current."""
        sent = clause
        year = sentence_year(sent, decision.start)
        if year is not None:
            date = next((e for e in ents_in(sent) if e.label_ == "DATE"), None)
            return year, [date.start_char, date.end_char] if date is not None else None
        if self._tense(sent, decision) == "past":
            return self._heading_year(doc, clause)
        return published_year(doc), None

    @staticmethod
    def _heading_year(doc: Doc, clause: Span) -> tuple[int | None, list[int] | None]:
        """A past decision under a heading that names its year ("Nye Arena-klynger 2018"):
        the bare year of the nearest heading above, if that heading has one."""
        sents = sents_of(doc)
        n = next((k for k, s in enumerate(sents) if s.start <= clause.start < s.end), 0)
        for sent in reversed(sents[:n]):
            if not is_heading(sent):
                continue
            years = [e for e in ents_in(sent) if e.label_ == "DATE" and isinstance(e._.value, int)]
            return (years[0]._.value, [years[0].start_char, years[0].end_char]) if years else (None, None)
        return None, None

    def _tense(self, sent: Span, decision: Decision) -> str:
        if decision.trigger.tense in ("present", "perfect", "past"):
            return "present" if decision.trigger.tense == "perfect" else decision.trigger.tense
        return "past" if any(t.lower_ in PAST_AUX for t in sent) else "present"

    # -- everything ----------------------------------------------------
    def read(self, doc: Doc, index: ClusterIndex, former: set[int], hubs: dict[int, str]) -> list[StatusEvent]:
        matches: list[tuple[Trigger, int, int]] = []
        for match_id, start, end in self.matcher(doc):
            matches.append((self.triggers[doc.vocab.strings[match_id]], start, end))
        matches.sort(key=lambda m: m[1])
        match_starts = [m[1] for m in matches]
        sents = sents_of(doc)
        events: dict[tuple[int, str, str], StatusEvent] = {}
        hub_mentions = set(hubs)
        pending: Pending | None = None
        for n, sent in enumerate(sents):
            in_sent = matches[bisect_left(match_starts, sent.start):bisect_left(match_starts, sent.end)]
            if not in_sent and pending is None:
                continue  # no trigger and no decision waiting for its names
            items = list_after(doc, sents, n)
            introduces = bool(items) or is_heading(sent)
            found_any = False
            subjects: list = []  # the clusters of the clause before, for "…, og går no over til NCE"
            for clause in self._split_decisions(doc, clauses(sent), in_sent) if in_sent else ():
                in_clause = [m for m in index.within(clause.start, clause.end) if m.start not in former]
                subjects = in_clause or (subjects if self._elided_subject(doc, clause) else [])
                decision = self.decision(doc, clause, in_sent, introduces) if in_sent else None
                if decision is None:
                    continue
                found_any = True
                year, year_span = self.year(doc, clause, decision)
                mentions = self.arguments(doc, clause, decision, index, former, hub_mentions)
                units = [(m, index.group(m), sent) for m in mentions]
                if clause.end == sent.end:
                    units += self._item_units(items, index, former)
                if not units:
                    group = self.anaphor(doc, clause, decision, index)
                    if group is not None:
                        units.append((group.mentions[0], group, sent))
                if not units and self._elided_subject(doc, clause):
                    units = [(m, index.group(m), sent) for m in subjects]
                if not units:
                    pending = Pending(decision, year, year_span, n, is_heading(sent) and not ends_with_colon(sent))
                    continue
                pending = None
                self._emit(events, doc, decision, units, year, year_span, hubs)
            if found_any or pending is None or n == pending.sent:
                continue
            # A decision told without names, completed by the next sentences:
            # "Fem nye miljøer tas opp. Blant de fem er X." / "… ble tatt opp. Klyngene var: • A • B"
            # / a heading "Nye Arena-klynger 2018" over sub-headings that are cluster names.
            if pending.heading and is_heading(sent):
                name = self._heading_name(sent, index, former)
                if name is None:
                    pending = None
                    continue
                self._emit(events, doc, pending.decision, [name], pending.year, pending.year_span, hubs)
                pending.emitted = True
                continue
            if pending.emitted:
                continue  # the paragraph under a sub-heading
            if n - pending.sent > 2:
                pending = None
                continue
            units = []
            if self._membership_opener(doc, sent):
                units = [(m, index.group(m), sent) for m in index.within(sent.start, sent.end) if m.start not in former]
            elif ends_with_colon(sent):
                units = self._item_units(items, index, former)
            if units:
                self._emit(events, doc, pending.decision, units, pending.year, pending.year_span, hubs)
                pending = None
        return list(events.values())

    def _membership_opener(self, doc: Doc, sent: Span) -> bool:
        """"Blant de fem er …", "Det er A, B og C": a sentence that names a decision's members."""
        i = first_word(sent)
        pair = f"{doc[i].lower_} {doc[i + 1].lower_}" if i + 1 < sent.end else ""
        return doc[i].lower_ in self.cues.words["membership_openers"] or pair in self.cues.phrases["membership_openers"]

    @staticmethod
    def _heading_name(sent: Span, index: ClusterIndex, former: set[int]) -> tuple[Span, ClusterGroup, Span] | None:
        """A heading line that is a cluster's name (with at most a place after it)."""
        words = [t for t in sent if not t.is_space and not t.is_punct]
        mention = next((m for m in index.within(words[0].i, words[0].i + 1) if m.start not in former), None) if words else None
        if mention is None or any(t.i >= mention.end and t.ent_type_ != "PLACE" for t in words):
            return None
        return mention, index.group(mention), sent

    @staticmethod
    def _item_units(items: list[Span], index: ClusterIndex, former: set[int]) -> list[tuple[Span, ClusterGroup, Span]]:
        units = []
        for item in items:
            for m in index.within(item.start, item.end):
                if m.start not in former:
                    units.append((m, index.group(m), item))
                    break
        return units

    def _emit(self, events: dict, doc: Doc, decision: Decision, units: list, year: int | None,
              year_span: list[int] | None, hubs: dict[int, str]) -> None:
        for mention, group, evidence_sent in units:
            level = decision.level or prefix_level(mention.text)
            if level:
                self._add(events, doc, decision, level, mention, group, evidence_sent, year, year_span, hubs)

    def _add(self, events: dict, doc: Doc, decision: Decision, level: str, mention: Span, group: ClusterGroup,
             sent: Span, year: int | None, year_span: list[int] | None, hubs: dict[int, str]) -> None:
        key = (id(group), level, decision.trigger.action)
        if key in events:  # the same decision told again: it may add a year or a place
            old = events[key]
            if old.year is None and year is not None:
                old.year = year
            old.place = old.place or self.places.near(mention)
            return
        place = self.places.near(mention) or self._place_elsewhere(doc, group, mention)
        spans = {"cluster": [mention.start_char, mention.end_char],
                 "trigger": [doc[decision.start].idx, doc[decision.end - 1].idx + len(doc[decision.end - 1])]}
        if decision.level_span is not None:
            spans["status"] = [decision.level_span.start_char, decision.level_span.end_char]
        if year_span:
            spans["year"] = year_span
        hub = next(iter(hubs.values()), None) if level == "HUB_NODE" else None
        events[key] = StatusEvent(
            cluster=group.name, aliases=group.aliases, status=level, action=decision.trigger.action, year=year,
            place=place, previous_status=self._previous(doc, group, level, decision), hub=hub,
            evidence=Evidence.of(sent), spans=spans)

    def _place_elsewhere(self, doc: Doc, group: ClusterGroup, used: Span) -> str | None:
        for m in group.mentions:
            if m.start != used.start:
                place = self.places.near(m)
                if place:
                    return place
        for m in group.mentions:
            place = self.places.in_sentence(sent_of(m), exclude=m) or self.places.described(m)
            if place:
                return place
            nxt = doc[sent_of(m).end:].sents if sent_of(m).end < len(doc) else None
            if nxt is not None:
                follow = next(iter(nxt), None)
                if follow is not None and any(t.lower_ in self.cues.words["singular_anaphors"]
                                              or t.lower_ in self.cues.words["pronoun_anaphors"] for t in follow[:3]):
                    place = self.places.in_sentence(follow)
                    if place:
                        return place
        return None

    def _previous(self, doc: Doc, group: ClusterGroup, level: str, decision: Decision) -> str | None:
        """The level the cluster came from, when the text says so."""
        if decision.trigger.action != "granted":
            return None
        candidates = []
        for m in group.mentions:
            sent = sent_of(m)
            for ent in ents_in(sent):
                if ent.label_ != "STATUS" or ent._.value == level or LEVEL_RANK.get(ent._.value, 99) >= LEVEL_RANK[level]:
                    continue
                before = span_text(doc, max(sent.start, ent.start - 3), ent.start).lower()
                if any(cue in before for cue in ("har vært", "har vore", "fra", "frå", "tidligere", "tidlegare", "var")):
                    candidates.append(ent._.value)
        if not candidates:
            # The name carries the level it had: "GCE Havbruk, tidlegare NCE Havbruk" (a former
            # name's prefix), "NCE Havkraft er oppgradert til GCE" (the only prefix, below the new level).
            former = {prefix_level(t) for t in group.texts if fold_name(t) in group.former} - {""}
            current = {prefix_level(t) for t in group.texts if fold_name(t) not in group.former} - {""}
            for prefixes, allow_same in ((former, True), (current, False)):
                lower = [p for p in prefixes if LEVEL_RANK[p] < LEVEL_RANK[level]]
                if len(lower) == 1 and (allow_same or level not in prefixes):
                    candidates.append(lower[0])
                    break
        return candidates[0] if candidates else None


def prefix_level(name: str) -> str:
    """The level a cluster name opens with ("NCE Eyde" → NCE), or ""."""
    words = name.split()
    return {"NCE": "NCE", "GCE": "GCE", "ARENA": "ARENA"}.get(words[0].upper() if words else "", "")
