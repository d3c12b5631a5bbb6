"""``status`` events: the document frame.

A news report tells a decision once and fills it in from many places: a
headline ("Tre nye NCE-klynger"), a lead with the decision verb, a list of
the members, a heading per member, a background sentence with the year. The
frame reads every *report* of a decision (:mod:`.decisions`: a clause with a
decision word, its action and level), then fills the slots each report
leaves open:

- members (:mod:`.members`): the clause, the list it introduces, the
  sentences around it, the sub-headings below a heading, the cluster an
  anaphor or a description stands for;
- level: a list item's section label, the clause, the member's name prefix
  ("NCE Eyde"), another report of the same members or an announcement
  without members, and for an admission "into the programme" the only level
  the document names;
- year (:mod:`.time`): the strongest of all reports of the decision.

One event is given per cluster, level and action across the document;
``docs/event-frame.md`` describes the design and where to extend it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doccache import ents_in, lowers_of, memo, sent_of, sents_of, source_text, span_text
from ..layout import (blank_line_before, clauses, dash_led, ends_with_colon, first_word, is_heading, item_intro,
                      list_items)
from ..lexicons.events import EventCues
from ..lexicons.numbers import load_number_words
from ..names import fold_name
from .context import PlaceFinder
from .decisions import LEVEL_NEEDS, LEVEL_RANK, Decision, DecisionReader, in_relative, opens_relative
from .members import Member, MemberFinder
from .mentions import ClusterGroup, ClusterIndex, core, descriptive
from .model import Evidence, StatusEvent
from .time import EXPLICIT, TimeReader, When

PLURAL_CLUSTER_NOUNS = ("klyngene", "klyngane", "klyngjene", "klyngjane", "klynger", "klyngar", "klyngjer")
SET_NOUNS = (*PLURAL_CLUSTER_NOUNS, "prosjektene", "prosjekta", "miljøene", "miljøa", "nettverkene", "nettverka")
PRESENTED_REACH = 12  # how far above "Her er klyngene:" the announcement it presents may stand (sentences)
SAME_POINTERS = frozenset({"same", "samme", "tilsvarande", "tilsvarende", "lignende", "liknande"})  # "fikk samme status": as another did
STATUS_POINTERS = SAME_POINTERS | {"nye", "denne"}  # "den nye statusen", "same status", "same nivå", "tilsvarande status"
LIKENED_HEADS = frozenset({"nivå", "nivået", "status", "statusen", "gjør", "gjorde", "gjer", "gjelder", "gjeld", "gjaldt"})
# the triggers of "Det samme gjør X", "X fekk det same opprykket", "Året etter kom A og B med": the decision told before, of them too
LIKE_BEFORE = frozenset({"same_as_before", "same_move", "came_along", "followed", "got_yes"})
STATUS_BACK = 10  # how far back the decision whose status "den nye statusen" names may be told (sentences)
ADDITIVE_OPENERS = frozenset({"også", "òg", "og"})  # "Også X fikk …": one cluster more
SET_DETERMINERS = frozenset({"disse", "desse", "de", "dei", "alle"})  # "… valgt ut disse tre:"
STATE_WORDS = frozenset({"vært", "vore", "var"})  # "har vært Arena-klynger": a level held before
OPENING_WORDS = frozenset({"•", "-", "–", "*", "«"})
NEXT_SENTENCES = 2  # how far after a decision a report without a level tells it again


def _added(event: StatusEvent) -> bool:
    """Whether the event's sentence opens with "Også"/"Òg" ("Også X i Bergen fikk den nye statusen"):
    its cluster is one more, besides those told before."""
    words = event.evidence.text.lstrip(" \n\t–-•«").split(maxsplit=1)
    return bool(words) and words[0].lower() in ADDITIVE_OPENERS


def _likened(event: StatusEvent) -> bool:
    """Whether the event's sentence gives its level as the one told before ("Samtidig vart
    NODE-klynga løfta til same nivå", "fikk samme status"): its cluster is another than that one."""
    words = event.evidence.text.lower().split()
    return any(a in SAME_POINTERS and b.strip(".,") in LIKENED_HEADS for a, b in zip(words, words[1:]))


def _renamed(event: StatusEvent, name: str, aliases: list[str], place: str | None) -> StatusEvent:
    """The event of a descriptive compound told of the cluster ``name``, the compound an alias."""
    kept = dict.fromkeys(a for a in (*aliases, event.cluster, *event.aliases) if a != name)
    return replace(event, cluster=name, place=event.place or place, aliases=list(kept))


def _describes(event: StatusEvent, target: StatusEvent) -> bool:
    """Whether a descriptive compound's stem begins the name's words, or its place is in the
    name: "Havbruksnettverket (på Helgeland)" for "Havbruksnettverk Helgeland"."""
    stem = core(event.cluster)
    words = fold_name(target.cluster).split()
    return (len(stem) >= 4 and any(w.startswith(stem) for w in words)) or \
        (event.place is not None and fold_name(event.place) in words)


@dataclass
class Report:
    """One place in the text that tells of a decision, with the members it names or implies."""
    decision: Decision
    when: When
    sent: int
    clause: Span
    members: list[Member]

    def compatible(self, other: "Report") -> bool:
        """Whether two reports can tell the same decision: one action, and no two different stated years."""
        return self.decision.action == other.decision.action and not (
            self.when.strength == other.when.strength == EXPLICIT and self.when.year != other.when.year)


class StatusReader:
    def __init__(self, nlp: Language, cues: EventCues, places: PlaceFinder, patterns_dir: str | None) -> None:
        self.cues = cues
        self.counted_heads = tuple(cues.words["counted_nouns"])  # "klynge", "prosjekt": "de fleste klyngene"
        self.places = places
        self.decisions = DecisionReader(nlp, cues, patterns_dir)
        self.time = TimeReader(cues, load_number_words(patterns_dir))
        self.members = MemberFinder(cues, load_number_words(patterns_dir))

    # -- reports and their members ----------------------------------------
    def reports(self, doc: Doc, index: ClusterIndex, former: set[int], excluded: set[int]) -> list[Report]:
        matches = self.decisions.matches(doc)
        starts = [m[1] for m in matches]
        sents = sents_of(doc)
        out: list[Report] = []
        for n, sent in enumerate(sents):
            in_sent = self.decisions.in_span(matches, starts, sent)
            if not in_sent or self._proposed_item(doc, sents, n) or self._retracted(doc, sents, n):
                continue
            heading = is_heading(sent)
            items = lambda k=n: memo(doc, ("list_items", k), lambda: list_items(doc, sents, k))  # noqa: E731 - read on demand
            subjects: list[Span] = []  # the clusters of the clause before, for "…, og går no over til NCE"
            for clause in self.decisions.split(doc, clauses(sent), in_sent):
                elided = self.decisions.elided_subject(clause)
                in_clause = [m for m in index.within(clause.start, clause.end) if m.start not in former]
                # "Både A, som ble NCE i 2007, og B fikk …": after the relative clause, "og B" adds to A
                joined = subjects if elided and in_clause and self._coordinated_on(doc, clause, in_clause[0]) else []
                if not in_clause and not elided and self._anaphor_subject(doc, clause):
                    group = index.antecedent(clause.start_char)  # "Klyngen, som fikk Arena-status i 2016, er …"
                    subjects = [group.mentions[0]] if group is not None else []
                else:  # "Klyngen ble etablert i 2011 og ble tatt opp …": the anaphor is the next clause's subject too
                    subjects = in_clause or (subjects if elided else []) or self._opening_anaphor(doc, clause, index)
                decision = self.decisions.decision(doc, clause, in_sent, lambda: heading or bool(items()))
                if decision is None:
                    continue
                told = self._told_before(doc, sents, out, n, clause)
                when = self.time.of(doc, clause, decision.start, decision.past, sents, n, decision.holes + decision.asides, told,
                                    self._round_of_lead(out))
                members = self.members.in_clause(doc, clause, sent, decision, index, excluded)
                companion_of = self._anaphor_with_companions(doc, clause, decision, members) if members and not joined else ""
                if companion_of:  # "Klyngen fikk status sammen med A og B"; "vi" on the cluster's own page
                    group = self.members.page_voice(doc, sent, index) if companion_of == "speaker" \
                        else index.antecedent(clause.start_char)
                    if group is not None and all(id(m.group) != id(group) for m in members):
                        members = [Member(group.mentions[0], group, sent)] + members
                if members and joined:
                    have = {id(m.group) for m in members}
                    members = [Member(m, index.group(m), sent) for m in joined
                               if id(index.group(m)) not in have and m.start not in excluded] + members
                if clause.end == sent.end:
                    listed = self.members.in_items(items(), index, excluded)
                    if listed and heading and decision.trigger.tense == "adjective":
                        # "Nye NCE-klynger" over name lines each with its paragraph: the first reads as
                        # a list of one, the others are the sub-headings below
                        have = {id(m.group) for m in [*members, *listed]}
                        listed += [m for m in self.members.sub_headings(doc, sents, n, index, excluded, decision.level,
                                                                        decision.action) if id(m.group) not in have]
                    members += listed
                if members and clause.end == sent.end:
                    members += self.members.rest(doc, sents, members, index, excluded, decision.level)  # "De fem andre er …"
                if not members and elided:
                    members = [Member(m, index.group(m), sent) for m in subjects]
                if not members:
                    members = self._elsewhere(doc, sents, n, clause, decision, index, excluded,
                                              heading and not ends_with_colon(sent), self._topic(doc, sents, out, n))
                    if members and self._told_of_others(doc, clause, decision):
                        before = {id(m.group) for r in out for m in r.members}
                        members = [m for m in members if id(m.group) not in before]  # "I tillegg får to andre klynger …"
                out.append(Report(decision, when, n, clause, self._items_of_action(doc, sent, decision, members)))
        return self._titled_items(self._presented_sets(doc, sents, out, index, excluded))

    def _retracted(self, doc: Doc, sents: list[Span], n: int) -> bool:
        """A claim the next sentence takes back ("… skrev vi at X har fått status som NCE. Det er
        ikke riktig."): a correction, no decision."""
        if n + 1 >= len(sents) or blank_line_before(doc, sents[n + 1]):
            return False
        lows = [w for w in lowers_of(doc)[sents[n + 1].start:min(sents[n + 1].end, sents[n + 1].start + 8)] if w.strip()]
        return any(" ".join(lows[:k]) in self.cues.phrases["retractions"] for k in (3, 4, 5))

    def _proposed_item(self, doc: Doc, sents: list[Span], n: int) -> bool:
        """A bullet item under a line that recommends or proposes ("Evaluatorane tilrår at\n• Arena
        Pro-perioden vert forlengd …"): what is proposed, not decided."""
        intro = item_intro(sents, n)
        if intro is None:
            return False
        lows = set(lowers_of(doc)[intro.start:intro.end])
        return bool(lows & self.cues.words["proposal_words"])

    @staticmethod
    def _titled_items(reports: list[Report]) -> list[Report]:
        """"Fra Arena til NCE" over "X ble tatt opp som NCE i 2019": a heading's item whose own
        sentence tells the member's decision is that sentence's; the heading is its title (a
        feature's section on a history), and gives it no decision of the page's date."""
        told = [(r.clause.start, r.clause.end, {id(m.group) for m in r.members}) for r in reports if r.decision.level]
        for report in reports:
            if report.decision.trigger.tense != "adjective" or not report.members:
                continue
            report.members = [m for m in report.members if m.evidence.start == report.clause.start or not any(
                m.evidence.start <= start < m.evidence.end and id(m.group) in groups and (start, end) != (report.clause.start, report.clause.end)
                for start, end, groups in told)]
        return reports

    def _items_of_action(self, doc: Doc, sent: Span, decision: Decision, members: list[Member]) -> list[Member]:
        """Of list items that say which were renewed ("10. Kystmat – Arena, forlenget med to år"), a
        renewal takes those and a grant the others."""
        items = [m for m in members if m.evidence.start != sent.start]
        renewed = [m for m in items if self._renewed_item(doc, m)]
        if not renewed or len(renewed) == len(items):
            return members
        if decision.action == "extended":
            return [m for m in members if m not in items or m in renewed]
        return [m for m in members if m not in renewed]

    def _presented_sets(self, doc: Doc, sents: list[Span], reports: list[Report], index: ClusterIndex,
                        excluded: set[int]) -> list[Report]:
        """"Her er klyngene, sorterte etter nivå:", "Dei tre er:", "Disse fire har vært
        Arena-klynger og går nå et trinn opp:": a colon line that presents the set of an
        announcement before it (within PRESENTED_REACH sentences, past a paragraph about the
        level or a sub-heading) lists its members, each with the level of its section label;
        the decision and its year are the announcement's. The line tells no decision with a
        level of its own; a count on both sides agrees; a level the line names is the
        announcement's (a state it names, "har vært Arena-klynger", is none); an announcement
        of one ("Ett nettverk blir hub-node") presents no set."""
        levelled = {r.sent for r in reports if r.decision.level}
        told = {r.sent for r in reports}
        added: list[Report] = []
        for n, sent in enumerate(sents):
            if n in levelled or not (ends_with_colon(sent) or is_heading(sent)):
                continue
            pointer = self._presents_set(doc, sent) if ends_with_colon(sent) else None
            # a heading or colon line that names a level ("Nye på Arena-nivå", "Arena Pro:") presents
            # the set of a counted announcement of that level when its list holds as many names
            counted_only = pointer is None and self._names_level(doc, sent)
            if pointer is None and not counted_only:
                continue
            before = [r for r in reports if r.sent < n]
            # the announcement that named none, the one of the whole set (no level of its own) first;
            # not past a sentence that names another set ("Fylket har mange klynger. Dette er klyngene:")
            bare = [r for r in before if not r.members and n - r.sent <= PRESENTED_REACH and self._same_set(doc, r, sent, pointer)
                    and (not counted_only or (r.decision.level and (self.members.announced_count(doc, r.clause, r.decision) or 0) >= 2))
                    and (counted_only or self._counted_alike(doc, r, pointer)  # counted on both sides: one set
                         or (self.members.announced_count(doc, r.clause, r.decision) is not None  # the list must then be as long
                             and not self._counts_levels(doc, r))  # "Tre Arena-klynger og ett NCE …": each item its own
                         or not self._other_set_between(doc, sents, r.sent, n, told))]
            if not bare:
                continue
            granted = [r for r in bare if r.decision.action == "granted"] or bare
            lead = next((r for r in granted if not r.decision.level), granted[-1])
            members = self.members.in_items(memo(doc, ("list_items", n), lambda: list_items(doc, sents, n)), index, excluded)
            if counted_only:  # "Global Centres of Expertise" over its names, then "Norwegian Centres of Expertise" over others
                members = [m for m in members if not m.level or m.level == lead.decision.level]
            count = self.members.announced_count(doc, lead.clause, lead.decision)
            if count is not None and len({id(m.group) for m in members}) != count:
                continue
            renewed = [m for m in members if self._renewed_item(doc, m)]  # "10. Kystmat Trøndelag – Arena, forlenget med to år"
            kept = [m for m in members if m not in renewed]
            if kept:
                added.append(Report(lead.decision, lead.when, n, sent, kept))
            if renewed:
                added.append(Report(replace(lead.decision, action="extended"), lead.when, n, sent, renewed))
        return sorted(reports + added, key=lambda r: (r.sent, r.clause.start)) if added else reports

    @staticmethod
    def _names_level(doc: Doc, sent: Span) -> bool:
        """A short line that names a level and no cluster ("Nye på Arena-nivå", "Arena Pro:")."""
        return is_heading(sent) and any(e.label_ == "STATUS" for e in ents_in(sent)) \
            and not any(e.label_ == "CLUSTER" for e in ents_in(sent))

    def _counts_levels(self, doc: Doc, report: Report) -> bool:
        """Whether the announcement counts clusters of more than one level ("Tre Arena-klynger og ett NCE")."""
        return len({e._.value for e in ents_in(report.clause) if e.label_ == "STATUS"} - {None, ""}) > 1

    def _counted_alike(self, doc: Doc, lead: Report, pointer: int | None) -> bool:
        """"Tre klynger …" and "Dei tre er:": one set, whatever other clusters the lines between name."""
        return bool(pointer) and self.members.announced_count(doc, lead.clause, lead.decision) == pointer

    def _same_set(self, doc: Doc, lead: Report, line: Span, pointer: int | None) -> bool:
        """Whether the colon line ``line`` (counting ``pointer`` clusters, or 0) can present the
        set ``lead`` announces: not one cluster, the same count, no other level."""
        count = self.members.announced_count(doc, lead.clause, lead.decision)
        if count == 1 or (count and pointer and count != pointer):
            return False
        lows = lowers_of(doc)
        named = {e._.value for e in ents_in(line) if e.label_ == "STATUS"
                 and not any(lows[j] in STATE_WORDS for j in range(max(line.start, e.start - 2), e.start))}
        return not (lead.decision.level and named - {None, "", lead.decision.level})

    def _renewed_item(self, doc: Doc, member: Member) -> bool:
        """Whether a list item says its cluster's contract was renewed ("…, forlenget med to år")."""
        lows = lowers_of(doc)[member.mention.end:member.evidence.end]
        return any(w in self.cues.words["renewal_words"] for w in lows)

    @staticmethod
    def _other_set_between(doc: Doc, sents: list[Span], a: int, b: int, told: set[int]) -> bool:
        lows = lowers_of(doc)
        return any(k not in told and not dash_led(sents[k])
                   and any(w.endswith(PLURAL_CLUSTER_NOUNS) for w in lows[sents[k].start:sents[k].end])
                   for k in range(a + 1, b))

    def _presents_set(self, doc: Doc, sent: Span) -> int | None:
        """For a line that presents a set ("Her er klyngene:", "Dei tre er:", "Disse fire …:",
        "… har valgt ut disse tre:"), the number it counts (0 for none); None for other lines."""
        lows = lowers_of(doc)[sent.start:sent.end]
        words = [w for w in lows if w.strip() and w not in OPENING_WORDS]
        text = " ".join(words)
        if any(text.startswith(p) for p in self.cues.phrases["presentatives"]) and \
                any(w.endswith(SET_NOUNS) for w in lows):  # "Her er de nye prosjektene:"
            return 0
        if any(text.startswith(p + " :") or text == p + " :" for p in self.cues.phrases["membership_openers"] if " " in p):
            return 0  # "De nye er:", "Utvalget består av:"
        plural = sorted(self.members.plural, key=len, reverse=True)
        pointed = next((p for p in plural if text.startswith(p + " ")), None)
        if pointed is None and len(words) >= 3 and words[-1] == ":" and words[-3] in SET_DETERMINERS:
            count = self.members.numbers.parse(words[-2])  # "… har i dag valgt ut disse tre:": the set at the line's end
            return int(count) if count else None
        if pointed is None and words and words[-1] == ":":
            # "Programmet mottok 24 søknader i år, og seks ble valgt:": a count as the last clause's subject
            last = max((k for k, w in enumerate(words) if w in (",", "og")), default=-1) + 1
            count = self.members.numbers.parse(words[last]) if last < len(words) - 2 else None
            if count and words[last + 1] in self.decisions.passive_auxiliaries:
                return int(count)
        if pointed is None:
            return None
        return next((c for c in map(self.members.numbers.parse, pointed.split()[1:2]) if c), 0)

    def _told_before(self, doc: Doc, sents: list[Span], out: list[Report], n: int, clause: Span) -> When | None:
        """The stated year of the decision told just before (at most two sentences back), which
        "Tre år senere" counts from. "I samme runde"/"Samtidig" is the round of the decision
        told in the same paragraph just before, else of the document's first decision: not a
        relative clause's ("X, som fekk GCE-status i 2014, …"), nor a history told in between
        ("Klyngen fikk Arena-status i 2017." + a sub-heading + "X ble også … i samme runde")."""
        recent = [r for r in reversed(out) if n - r.sent <= 2]
        if self.time.same_round(doc, clause):
            main = [r for r in out if not opens_relative(doc, r.clause)]
            recent = [r for r in main[-1:] if r.sent == n or (r.sent == n - 1 and not blank_line_before(doc, sents[n]))] \
                or main[:1]
        return next((r.when for r in recent if r.when.strength == EXPLICIT), None)

    @staticmethod
    def _round_of_lead(out: list[Report]) -> When | None:
        """The round the document's first decision announces with a stated year ("For 2021
        får to nye klynger plass på Arena-nivå, tre går opp …", "… som Arena-programmet har
        valgt ut i 2008"), which the decisions told after it without a year of their own belong
        to (:meth:`TimeReader.of`). A first decision told in the past is history, no round; one
        told of a single named cluster is that cluster's own."""
        first = next((r for r in out if r.when.strength == EXPLICIT), None)  # a headline's "To nye …" has none
        if first is None or first.decision.past or len({id(m.group) for m in first.members}) == 1:
            return None  # one cluster's own start ("A går til Arena Pro fra 1. januar 2025") dates no round
        return first.when

    def _anaphor_with_companions(self, doc: Doc, clause: Span, decision: Decision, members: list[Member]) -> str:
        """"Klynga fekk Arena Pro-status saman med X og Y", "Vi var blant dei første …, saman
        med X": ``singular`` or ``speaker`` for an anaphor or "vi" before the decision when the
        clause's names all stand after a word of company ("saman med"), else ""."""
        lows = lowers_of(doc)
        before = [lows[k] for k in range(clause.start, decision.start) if lows[k].strip()]
        kind = "singular" if any(w in self.cues.words["singular_anaphors"] for w in before) else \
            "speaker" if any(w in self.cues.words["speaker_pronouns"] for w in before) else ""
        if not kind or any(m.mention.start < decision.start for m in members):
            return ""
        text = " ".join(lows[decision.end:min(m.mention.start for m in members)])
        return kind if any(p in text for p in self.cues.phrases["companions"]) else ""

    def _possessive_first_person(self, doc: Doc, clause: Span) -> bool:
        """"klyngen vår", "nettverket vårt": an anaphor the writer owns."""
        lows = lowers_of(doc)
        return any(lows[k] in self.cues.words["singular_anaphors"] and lows[k + 1] in self.cues.words["speaker_possessives"]
                   for k in range(clause.start, clause.end - 1))

    @staticmethod
    def _coordinated_on(doc: Doc, clause: Span, first: Span) -> bool:
        """Whether ``clause`` opens with "og" and then the name ``first`` (", og B, …")."""
        words = [t for t in doc[clause.start:first.start] if not (t.is_space or t.is_punct)]
        return len(words) == 1 and words[0].lower_ in ("og", "samt")

    def _told_of_others(self, doc: Doc, clause: Span, decision: Decision) -> bool:
        """Whether the decision's subject says its clusters are others than those told before
        ("to andre klynger", "I tillegg får dei andre …": before the verb or after it)."""
        lows = lowers_of(doc)
        counted = tuple(self.cues.words["counted_nouns"])
        return any(lows[k] in self.cues.words["other_members"] and lows[k] != "siste"
                   and not (k == first_word(clause) and k + 1 < clause.end and doc[k + 1].is_lower and doc[k + 1].is_alpha
                            and not lows[k + 1].startswith(counted) and doc[k + 1].ent_type_ != "STATUS"
                            and k + 1 < decision.start)  # "Andre forsøk lykkes: …": the second attempt, not others
                   for k in range(clause.start, min(clause.end, decision.end + 4)))

    def _opening_anaphor(self, doc: Doc, clause: Span, index: ClusterIndex) -> list[Span]:
        """The cluster a clause that opens with "Klyngen"/"Klynga" refers to, as a subject
        the clauses after it may share."""
        first = first_word(clause)
        if lowers_of(doc)[first] not in self.cues.words["singular_anaphors"] or doc[first].ent_type_:
            return []
        group = index.antecedent(clause.start_char)
        return [group.mentions[0]] if group is not None else []

    def _anaphor_subject(self, doc: Doc, clause: Span) -> bool:
        """Whether ``clause`` is nothing but an anaphor ("Klyngen" before ", som …"), the subject
        the relative clause and the rest of the sentence share."""
        if len(clause) > 4:
            return False  # most clauses: more than an anaphor and punctuation
        words = [t for t in clause if not (t.is_space or t.is_punct)]
        return len(words) == 1 and words[0].lower_ in self.cues.words["singular_anaphors"]

    @staticmethod
    def _topic(doc: Doc, sents: list[Span], out: list[Report], n: int) -> ClusterGroup | None:
        """The one cluster the sentence before told a decision of, in the same paragraph: what
        "klynga" or "avtalen" goes on about ("Klynga vart teken opp i 2015. I 2018 vart avtalen
        fornya …"), before a name told in passing earlier."""
        if not out or out[-1].sent != n - 1 or blank_line_before(doc, sents[n]):
            return None
        groups = {id(m.group): m.group for m in out[-1].members}
        return next(iter(groups.values())) if len(groups) == 1 else None

    def _elsewhere(self, doc: Doc, sents: list[Span], n: int, clause: Span, decision: Decision, index: ClusterIndex,
                   excluded: set[int], heading: bool, topic: ClusterGroup | None = None) -> list[Member]:
        """Members of a report that names none, found as its wording points; none for a vague part
        of a set ("ble kontraktene for de fleste klyngene fornyet", "flere av klyngene")."""
        finder = self.members
        lows = lowers_of(doc)
        if any(lows[k] in self.cues.words["vague_quantifiers"] and any(
                w == "av" or w.startswith(self.counted_heads) for w in lows[k + 1:k + 3])
               for k in range(clause.start, min(clause.end, decision.end + 6))):
            return []  # not "for noen år siden"
        reference = finder.reference(doc, clause, decision, index)
        if reference == "singular":
            nearest = index.antecedent(clause.start_char)
            in_sentence = nearest is not None and any(sents[n].start <= m.start < clause.start for m in nearest.mentions)
            group = nearest if topic is None or in_sentence else topic
            if group is None and self._possessive_first_person(doc, clause):
                group = index.main()  # "Klyngen vår er tatt opp i Arena Pro!" atop a newsletter signed by the cluster
            if group is None:  # "Klyngen som til nå har hett NCE Maritime, rykker opp …": the group of that past name
                group = next((index.group(m) for m in index.within(clause.start, clause.end) if m.start in excluded
                              and any(x.start not in excluded for x in index.group(m).mentions)), None)
            if group is None:  # "Den maritime klynga på Sunnmøre får status …" before any name: the name told next
                return finder.cataphor(doc, sents, n, index, excluded)
            return [Member(group.mentions[0], group, sents[n])]
        found: list[Member] = []
        if reference == "speaker":
            found = finder.speaker(doc, sents, n, decision, index, excluded)
            group = finder.page_voice(doc, sents[n], index) if not found else None
            if group is not None:  # "Året etter fikk vi Arena-status" on the cluster's own page
                found = [Member(group.mentions[0], group, sents[n])]
        if reference == "plural":
            found = finder.plural_antecedents(doc, sents, n, index, excluded)
        if not found:
            found = finder.following(doc, sents, n, index, excluded,
                                     lambda k: memo(doc, ("list_items", k), lambda: list_items(doc, sents, k)),
                                     decision.level, decision.action)
        if not found and decision.action == "granted" and (
                reference == "plural" or (self.members.announced_count(doc, clause, decision) or 0) >= 1):
            # "tre klynger avanserer …", "én ny klynge tas opp …" over a table
            found = finder.later_table(doc, sents, n, clause, index, excluded, decision.level)
        if not found and (heading or finder.counted_set(doc, clause)):  # "… har valgt ut fire nye Arena-klynger."
            found = finder.sub_headings(doc, sents, n, index, excluded, decision.level or "", decision.action)
        if not found and heading and decision.trigger.tense == "adjective":
            found = finder.paragraph_subjects(doc, sents, n, index, excluded)  # "Fire nye Arena-klynger" over paragraphs
        if not found and heading and reference == "other":  # "Sju klynger tatt opp" over a table further down
            found = finder.later_list(doc, sents, n, index, excluded,
                                      lambda k: memo(doc, ("list_items", k), lambda: list_items(doc, sents, k)),
                                      decision.level)
        count = finder.set_size(doc, clause, decision) if found else None
        if count is not None and len({id(m.group) for m in found}) > count:
            return []  # "Samtidig får to av NCE-klyngene fornyet avtale" over the table of the new ones
        # "I tillegg tas fire nye klynger opp": no one cluster; "X blir ei av tre nye klynger": one of them
        several = (finder.set_size(doc, clause, decision) or 0) >= 2 and not finder.one_of_set(doc, clause, decision)
        if not found and reference in ("described", "status") and not several:
            found = finder.next_named(doc, sents, n, index, excluded)
        if not found and reference == "described" and not heading:  # under "NCE iKuben, Molde": "Bransjen … tas opp"
            found = finder.section_name(doc, sents, n, index, excluded)
        if not found and reference == "status" and not several:
            group = index.antecedent(clause.start_char)
            if group is not None:  # "… da Arena-status ble innvilget": the cluster the text is about
                found = [Member(group.mentions[0], group, sents[n])]
        return found

    # -- levels, merging, events ------------------------------------------
    def emit(self, doc: Doc, reports: list[Report], hubs: dict[int, str], owner: ClusterGroup | None = None) -> list[StatusEvent]:
        """The events of the reports; ``owner``: the cluster whose own page this is (its name the
        page's first line), whose decisions a description with no named match tells."""
        events: dict[tuple[int, str, str], tuple[StatusEvent, When, ClusterGroup]] = {}
        doc_level = self._document_level(doc)
        for report in reports:
            shares = self._apportioned(doc, report, reports) if report.members and not report.decision.level else {}
            prior = None if report.decision.level else self._decision_told_before(doc, report, reports)
            if report.decision.trigger.id in LIKE_BEFORE:  # "Det samme gjør X": that decision, or none
                if prior is None:
                    continue
                report = replace(report, decision=replace(report.decision, action=prior.decision.action))
            for member in report.members:
                if prior is not None:  # "Også X fikk den nye statusen", "… fekk same status": the level just told
                    self._add(events, doc, report, member, prior.decision.level, hubs)
                    continue
                if report.decision.status_referred and not report.decision.level:
                    continue  # "… som får tildelt ein slik status": no level of its own to give
                if self._provisional(report):
                    level = self._borrowed_level(doc, report, member, reports, same_cluster_only=True) \
                        if member.mention.end <= report.decision.start else ""
                elif member.item_level and report.decision.level and member.item_level != report.decision.level \
                        and not member.level and self._level_cell(doc, member):
                    # "… tas opp på Arena-nivå, og to NCE-klynger får forlenget avtalen" over rows that name their
                    # own level: a granted row takes its own, a row of another level is no member of a renewal
                    level = member.item_level if report.decision.action == "granted" else ""
                else:
                    level = member.level or report.decision.level or member.item_level \
                        or self._level_just_given(report, member, reports) \
                        or self.cues.prefix_level(member.mention.text) or shares.get(id(member.group), "") \
                        or self._borrowed_level(doc, report, member, reports) or self._programme_level(doc, report, doc_level)
                if level:
                    self._add(events, doc, report, member, level, hubs)
        return self._fold_descriptions(events, owner)

    def _decision_told_before(self, doc: Doc, report: Report, reports: list[Report]) -> Report | None:
        """The report of the decision told just before (within STATUS_BACK sentences), for a
        report that names the status by a definite phrase pointing back ("den nye statusen",
        "same status", "tilsvarande status") or says it is that decision ("Det samme gjør X");
        "ein slik status" is no particular one."""
        lows = lowers_of(doc)
        like = report.decision.trigger.id in LIKE_BEFORE  # "X fikk samme opprykk i år": the move, in a year of its own
        back = like or any(
            lows[k] in ("statusen", "status", "nivå", "nivået") and lows[k - 1] in STATUS_POINTERS
            and not (lows[k] == "status" and lows[k - 1] == "slik") for k in range(report.clause.start + 1, report.clause.end))
        if not back:
            return None
        reach = len(doc) if like and self.time.same_round(doc, report.clause) else STATUS_BACK  # "I same runde fekk også X ja"
        prior = [r for r in reports if r.sent < report.sent and report.sent - r.sent <= reach and r.decision.level
                 and not in_relative(doc, r.clause, r.decision)  # "GCE NODE, som i fjor ble GCE": background
                 and (like or None in (r.when.year, report.when.year) or r.when.year == report.when.year)]  # not a history's
        return prior[-1] if prior else None

    @staticmethod
    def _level_cell(doc: Doc, member: Member) -> bool:
        """Whether the member's item gives its level as a cell of its own ("X | Bergen | Arena Pro",
        "X – Arena Pro", "X (NCE)"), not in passing ("X – tidligere Arena-klynge")."""
        ent = next((e for e in ents_in(member.evidence) if e.label_ == "STATUS" and e.start >= member.mention.end), None)
        k = ent.start - 1 if ent is not None else -1
        gap = False  # "X        NCE       Bergen": columns aligned with runs of spaces
        while k > member.mention.start and doc[k].is_space:
            gap = gap or "\n" not in doc[k].text
            k -= 1
        return k > member.mention.start and (gap or doc[k].text in ("|", "(", "-", "–", "—", ",", ":") or "\t" in doc[k].whitespace_)

    @staticmethod
    def _fold_descriptions(events: dict[tuple[int, str, str], tuple[StatusEvent, When, ClusterGroup]],
                           owner: ClusterGroup | None = None) -> list[StatusEvent]:
        """"Medieklyngen i Bergen blir NCE … Mediarena er tildelt NCE-status": a decision told
        of a descriptive compound is the one decision of that level (and year) told of a proper name,
        when there is exactly one such and the two are not told in one sentence or by one
        report (there they are two members: "har valgt ut Fornybarklyngen og Betongklyngen
        N3C", or two items of its list); the compound
        becomes an alias."""
        out: list[StatusEvent] = []
        named: dict[tuple[str, str], list[StatusEvent]] = {}
        described: list[tuple[tuple[str, str], StatusEvent]] = []
        for (_, level, action), (event, _, group) in events.items():
            if group.descriptive:
                described.append(((level, action), event))
            else:
                named.setdefault((level, action), []).append(event)
                out.append(event)
        for key, event in described:
            targets = [t for t in named.get(key, []) if None in (t.year, event.year) or t.year == event.year]
            if len(targets) > 1:  # "Havbruksnettverket på Helgeland" of two new nodes: the one it names
                targets = [t for t in targets if _describes(event, t)]
            # "Også X fikk den nye statusen": X is another cluster than the compound told before
            targets = [t for t in targets if _describes(event, t) or not (_added(t) or _likened(event) or _likened(t))]
            if len(targets) == 1 and targets[0].evidence.start != event.evidence.start \
                    and targets[0].spans.get("trigger") != event.spans.get("trigger"):  # "valgt ut A og B", one list: two
                target = targets[0]
                target.aliases += [a for a in (event.cluster, *event.aliases) if a not in target.aliases and a != target.cluster]
                target.place = target.place or event.place
                continue
            sole = {t.cluster for t in out}
            if not named.get(key) and len(sole) == 1 and any(t.status == event.status for t in out) \
                    and "-" not in event.cluster:  # "Eyde-klyngen" names a cluster of its own
                # "NCE Instrumentation får ny kontraktsperiode … Instrumenteringsklyngen ble utnevnt til NCE
                # i 2006": the only named cluster of a page that tells of its level is the one it describes
                target = next(t for t in out if t.status == event.status)
                out.append(_renamed(event, target.cluster, target.aliases, target.place))
            elif owner is not None and not owner.descriptive and not targets and not _likened(event) \
                    and (event.place is not None or "-" not in event.cluster):
                # on the cluster's own page ("GCE Blue Maritime Cluster" atop it), "Møreklynga vert GCE",
                # "Hamar-klyngen (i Innlandet) er tildelt …" tell the owner's decision ("Eyde-klyngen" another's)
                out.append(_renamed(event, owner.name, owner.aliases, None))
            else:
                out.append(event)
        return out

    @staticmethod
    def _provisional(report: Report) -> bool:
        """A report whose decision word needs a level it lacks ("X ble utnevnt til nasjonal
        fintech-klynge"): it counts only as another telling of a decision about its subject."""
        return not report.decision.level and report.decision.trigger.needs in LEVEL_NEEDS

    @staticmethod
    def _level_just_given(report: Report, member: Member, reports: list[Report]) -> str:
        """"A og B er utnemnde til GCE. Dei to klyngene er dei første som får den nye statusen":
        a report without a level, right after one that gave its cluster a level, is that
        decision told again; the level in the cluster's name ("NCE B") is the one it had. So is the
        clause before in the sentence ("fikk Arena-status i 2014 og ble videreført i 2017")."""
        given = [r for r in reports if (r.sent, r.clause.start) < (report.sent, report.clause.start)
                 and report.sent - r.sent <= NEXT_SENTENCES
                 and r.decision.level and (report.compatible(r) or report.decision.action == "extended")
                 and any(m.group is member.group for m in r.members)]  # an extension continues the level last given
        return given[-1].decision.level if given else ""

    def _apportioned(self, doc: Doc, report: Report, reports: list[Report]) -> dict[int, str]:
        """"To klynger får GCE-status, to blir løfta til NCE og to nye kjem inn på Arena-nivået"
        over a list of six: the counted announcements that name no members share out the list.
        Members whose name gives a level take their share; when the rest of the list is as
        long as the one count left, those members are that count's level."""
        counts: dict[str, int] = {}
        for r in reports:
            if r is report or r.members or not r.decision.level or not report.compatible(r) or abs(r.sent - report.sent) > 8:
                continue
            n = self.members.count_of(doc, r.clause, r.decision)
            if n is None or r.decision.level in counts:
                return {}
            counts[r.decision.level] = n
        groups = {id(m.group): m for m in report.members}
        if len(counts) < 2 or sum(counts.values()) != len(groups):
            return {}
        left = dict(counts)
        rest = []
        for key, member in groups.items():
            level = self.cues.prefix_level(member.mention.text)
            if level in left:
                left[level] -= 1
            else:
                rest.append(key)
        open_levels = [level for level, n in left.items() if n]
        if any(n < 0 for n in left.values()) or len(open_levels) != 1 or left[open_levels[0]] != len(rest):
            return {}
        return {key: open_levels[0] for key in rest}

    def _borrowed_level(self, doc: Doc, report: Report, member: Member, reports: list[Report],
                        same_cluster_only: bool = False) -> str:
        """The level of another report of the same decision: one that names the same
        cluster, else the nearest announcement that names no members ("Årets nye
        Arena-klynger ble kunngjort i dag. A og B er tatt opp i programmet."), of those
        that count as many clusters as the report names ("To klynger er tekne opp på Arena
        Pro-nivået. Eit tredje nettverk blir Hub-node. A og B er blant klyngene …")."""
        same = [r for r in reports if r is not report and r.decision.level and report.compatible(r)
                and any(m.group is member.group for m in r.members)]
        if same or same_cluster_only:
            return same[0].decision.level if same else ""
        bare = [r for r in reports if r is not report and r.decision.level and not r.members and report.compatible(r)]
        if len(bare) > 1:
            named = len({id(m.group) for m in report.members})
            counted = [r for r in bare if self.members.count_of(doc, r.clause, r.decision) == named]
            bare = counted or bare
        return min(bare, key=lambda r: abs(r.sent - report.sent)).decision.level if bare else ""

    def _programme_level(self, doc: Doc, report: Report, doc_level: str) -> str:
        """An admission "into the programme" without a level ("X er tatt opp i
        klyngeprogrammet"), or an extension: the level when the document names one only."""
        if not doc_level:
            return ""
        if report.decision.action == "extended":
            return doc_level
        clause = report.clause
        return doc_level if any("program" in w for w in lowers_of(doc)[clause.start:clause.end]) else ""

    def _document_level(self, doc: Doc) -> str:
        levels = {e._.value for e in ents_in(doc) if e.label_ == "STATUS" and e._.value in LEVEL_RANK
                  and not self.decisions.earlier_level(doc, e)}
        levels |= {e.kb_id_ for e in ents_in(doc) if e.label_ == "PROGRAMME" and e.kb_id_ in LEVEL_RANK}
        return levels.pop() if len(levels) == 1 else ""

    def _add(self, events: dict, doc: Doc, report: Report, member: Member, level: str, hubs: dict[int, str]) -> None:
        decision, when, mention, group = report.decision, member.when or report.when, member.mention, member.group
        key = (id(group), level, decision.action)
        if key in events:  # the same decision told again: it may give a stronger year or a place
            old, old_when, _ = events[key]
            if when.stronger(old_when):
                old.year = when.year
                old.spans.pop("year", None)
                if when.span:
                    old.spans["year"] = list(when.span)
                events[key] = (old, when, group)
            old.place = old.place or self.places.near(mention)
            return
        place = self.places.near(mention) or self._place_elsewhere(doc, group, mention)
        spans = {"cluster": [mention.start_char, mention.end_char],
                 "trigger": [doc[decision.start].idx, doc[decision.end - 1].idx + len(doc[decision.end - 1])]}
        if decision.level_span is not None:
            spans["status"] = [decision.level_span.start_char, decision.level_span.end_char]
        if when.span:
            spans["year"] = list(when.span)
        hub = self._hub_of(member, report, hubs) if level == "HUB_NODE" else None
        name = group.name_for(source_text(mention))
        if hub is not None and fold_name(hub) in {fold_name(t) for t in group.texts}:
            return  # "… teke opp som hub-node, med X som hub": the hub is no node of itself
        event = StatusEvent(
            cluster=name, aliases=group.aliases_of(name), status=level, action=decision.action, year=when.year,
            place=place, previous_status=self._previous(doc, group, level, decision), hub=hub,
            evidence=Evidence.of(member.evidence), spans=spans)
        events[key] = (event, when, group)

    @staticmethod
    def _hub_of(member: Member, report: Report, hubs: dict[int, str]) -> str | None:
        """The hub named in the member's own line or sentence ("A, node under X"; "B … knytt til
        Y"), else in the report's clause, else the document's first."""
        own = report.clause.start <= member.mention.start < report.clause.end  # "…, og B knyttes til Y": B's clause first
        for span in ((report.clause, member.evidence) if own else (member.evidence, report.clause)):
            near = [name for start, name in hubs.items() if span.start <= start < span.end]
            if near:
                return near[0]
        return next(iter(hubs.values()), None)

    def _place_elsewhere(self, doc: Doc, group: ClusterGroup, used: Span) -> str | None:
        """The place of another mention of the cluster, its sentence or the next one's anaphor
        ("Klynga held til i Bergen"); a description's place ("Havbruksklynga på Vestlandet" in a
        title) only when the mentions by name give none."""
        named = [m for m in group.mentions if not descriptive(m.text)]
        described = [m for m in group.mentions if descriptive(m.text)]
        return self._place_of(doc, named, used) or self._place_of(doc, described, used)

    def _place_of(self, doc: Doc, mentions: list[Span], used: Span) -> str | None:
        for m in mentions:
            if m.start != used.start:
                place = self.places.near(m)
                if place:
                    return place
        for m in mentions:
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
        if decision.action != "granted":
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
            former = {self.cues.prefix_level(t) for t in group.texts if fold_name(t) in group.former} - {""}
            current = {self.cues.prefix_level(t) for t in group.texts if fold_name(t) not in group.former} - {""}
            for prefixes, allow_same in ((former, True), (current, False)):
                lower = [p for p in prefixes if LEVEL_RANK[p] < LEVEL_RANK[level]]
                if len(lower) == 1 and (allow_same or level not in prefixes):
                    candidates.append(lower[0])
                    break
        return candidates[0] if candidates else None
