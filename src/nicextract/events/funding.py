"""``funding`` events: money granted or budgeted within the programme.

An amount is funding when its sentence speaks of support or budgets and its
clause names a programme recipient: a cluster, a level's group ("NCE-klyngene",
"hver klynge", "klyngene"), or the programme's frame ("finansieringsrammen for
Arena-programmet", "samleramma", "klyngeprosjektene"). News often leaves the
recipient implied; it is then the cluster or group a decision just told of:

- the clause opens with the decision or a demonstrative for it, mostly with a
  verb of consequence ("Tildelingen innebærer …", "Med opptaket følger …",
  "NCE-statusen gir …", "Dette betyr …", "Disse får …"): the members of the
  report before, or of the list lines right above it;
- the programme gives ("Arenaprogrammet gir inntil 2,5 mill pr.år"): the
  group of its level;
- the sentence names no one ("Her er det snakk om støtte på fem millionar
  kroner") and follows, in the same or the next paragraph, the document's
  only decision, about one cluster.

Money to companies, turnover, other funders, conditions ("Blir X tatt opp,
vil …", "dersom"), proposals, hedged generalities ("vil normalt gi"),
increments ("øke … med N") and uncertain amounts are no funding. A future
consequence of a decision taken ("Opptaket vil gi …") is. ``per_year`` and
``years`` belong to each amount's clause; a clause without its own takes them
from a parallel clause, and ``years`` from the sentence before.
"""

from __future__ import annotations

import re

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..doccache import ents_in, lowers_of, memo, sents_of, source_text, span_text, tokens_in
from ..layout import CLAUSE_BREAKS, blank_line_before, clauses, ends_with_colon, first_word, is_blank, is_bullet_item, is_heading, item_intro, table_cells
from ..lexicons.events import EventCues
from ..lexicons.numbers import load_number_words
from ..names import fold_name
from ..tokenizer import doc_text
from .context import published_year, sentence_year, term_verb
from .decisions import HELD_STATE, LEVEL_RANK, TERM_ADJECTIVES, conditional
from .members import Member, MemberFinder
from .mentions import ClusterGroup, ClusterIndex
from .model import Evidence, FundingEvent
from .time import entry_year, heading_year, title_year

if TYPE_CHECKING:
    from .status import Report

Recipient = tuple[str, str, "str | None", list[int]]  # kind, name, level, character span
LISTED_BEFORE = 8  # how many lines above "Disse får …" the list it refers to may start
DESCRIBED_ITEM = 2  # "Norwegian Textile Loop, Oslo\nEt nettverk av …\n\nDisse to får …": an item, its description, the demonstrative
AFTER_DECISION = 4  # paragraphs a support sentence may stand below a one-cluster decision, when those between go on about it
# "fem år for klynger på NCE- og Arena Pro-nivå og tre år for Arena-klyngene": a term and the levels it is for
LEVEL_TERM = re.compile(r"(?<!\w)(?P<n>\d+|\w+)\s+år\s+for\s+(?P<levels>[^.;:\n]*?)(?=\s+og\s+(?:\d+|\w+)\s+år\s+for\s|[.;:,\n]|$)")
HANGING_LEVEL = re.compile(r"(?<!\w)(Arena Pro|Arena|NCE|GCE)-(?=\s+(?:og|eller)\s)")  # "NCE- og Arena Pro-nivå"
LEVEL_OF_PREFIX = {"arena pro": "ARENA_PRO", "arena": "ARENA", "nce": "NCE", "gce": "GCE"}
NEAR = 3  # how many tokens from an amount its support noun may stand ("støtte på N", "N i årlig støtte")
GROUP_HEADS = ("klyng", "prosjekt", "nettverk", "nod", "hub", "senter", "sentr")  # nouns a level's clusters go by
ONE_OF = frozenset({"et", "eit", "en", "ein", "ei", "det", "den", "sitt", "sin", "nytt", "eget", "eige"})  # one project
PURPOSE_REACH = 7  # how many tokens after an amount its purpose ("til et forprosjekt") may begin
MIN_GRANT = 10_000  # kroner: smaller sums are ratios and examples ("tre kroner fra andre kilder"), not grants
MAX_CLUSTER_GRANT = 150_000_000  # more than a GCE gets in ten years: money of another kind beside a cluster
ADDITIVE = frozenset({"også", "òg", "og"})  # "Også X …": one more of the kind told just before
DEAL_REACH = 10  # how many sentences back a contract told as a signed deal may stand
LIKE_REACH = 4  # how many sentences back "Også X …" may take its kind of money from
INDEFINITE_CONTRACTS = frozenset({"kontrakt", "avtale", "kontrakter", "avtaler", "kontraktar", "avtalar"})
NODE_ANAPHORS = frozenset({"noden", "noda", "hub-noden", "hub-noda"})  # a hub-node told by its level noun
PROGRAMME_NOUNS = ("programmet", "programma", "programmer", "programmene")
COMPARATIVES = frozenset({"mer", "meir", "mindre", "færre", "fleire", "flere"})  # "åtte millioner mer enn året før"


class FundingReader:
    def __init__(self, cues: EventCues, patterns_dir: str | None) -> None:
        self.cues = cues
        self.numbers = load_number_words(patterns_dir)
        self.members = MemberFinder(cues, self.numbers)
        self.frame_heads = tuple(cues.words["frame_heads"])
        self.support = tuple(cues.words["support_words"])
        self.counted = tuple(cues.words["counted_nouns"])
        self.cue_words = cues.words["funding_cues"] | set(cues.phrases["funding_cues"])
        self.group_terms = cues.words["group_recipients"] | set(cues.phrases["group_recipients"])  # "hvert av prosjektene"
        # "Totalt setter programmet av 142 millioner": a particle verb with its subject between
        particle = sorted({p.split()[0] for p in cues.phrases["funding_cues"] if p.endswith(" av") and len(p.split()) == 2})
        self.split_cues = re.compile(r"\b(?:" + "|".join(map(re.escape, particle)) + r")\s+(?:\S+\s+){1,2}av\b") if particle else None
        self.projects = cues.words["project_purposes"]
        self.project_suffixes = tuple(w for w in self.projects if len(w) >= 6)  # "forprosjekt", "testlaboratorium"

    def read(self, doc: Doc, index: ClusterIndex, former: set[int], reports: list["Report"]) -> list[FundingEvent]:
        """``reports``: the decisions the status frame read, for money that follows from one
        ("Med opptaket følger …")."""
        events: dict[tuple, FundingEvent] = {}
        found: dict[int, Recipient] = {}  # the first recipient of each sentence with funding
        sents = sents_of(doc)
        reports = [r for r in reports if r.members]
        tabled = any(c in doc_text(doc) for c in ("|", "  ", "\t"))
        rows = self.members.money_rows(doc, sents, index, former) if tabled else {}
        level_rows = self.members.level_rows(doc, sents) if tabled else {}
        for n, sent in enumerate(sents):
            money = [e for e in ents_in(sent) if e.label_ == "MONEY" and e._.value is not None]
            if not money:
                continue
            if n in rows:  # "NCE NODE   NCE   Kristiansand   NOK 6,0 mill." under "… Årlig støtte"
                self._table_row(doc, sent, rows[n], money, events)
                continue
            if n in level_rows:  # "Arena Pro   inntil 4 mill. kr   5 år" under "Nivå   Støtte per år   Periode"
                self._level_row(doc, sent, level_rows[n], money, events)
                continue
            item = self._money_item(doc, sents, n, index, former)
            if item is not None:  # "Klyngene får denne årlege støtta i 2022:\n• X, Bergen: 7,2 millionar kroner"
                self._table_row(doc, sent, item, money, events)
                continue
            low_text = span_text(doc, sent.start, sent.end).lower()
            lows = set(lowers_of(doc)[sent.start:sent.end])
            if conditional(doc, sent, self.cues) or self.cues.has("funding_hedges", lows, low_text):
                continue  # "Det er usikkert hvor mye de får, men det kan bli …": the whole sentence hedges
            intro = item_intro(sents, n)
            if intro is not None and set(lowers_of(doc)[intro.start:intro.end]) & self.cues.words["proposal_words"]:
                continue  # "Evaluatorane tilrår at\n• det årlege tilskotet vert auka frå 3 til 4 millionar kroner"
            if self._like_the_one_before(doc, sents, n):
                continue  # "… fylkesrådet foreslår å vidareføre tilskotet på 600 000 kroner. Også X beheld sitt tilskot på …"
            if self._deal_told_before(doc, sents, n):
                continue  # "Gridtek har signert sin største kontrakt. … Kontrakten har en verdi på 45 millioner kroner"
            share = self._share_of_sum(doc, sent)
            cued = share or self._programme_contract(sent) or any(cue in low_text for cue in self.cue_words) or any(w.endswith(self.frame_heads) for w in lows) \
                or (self.split_cues is not None and self.split_cues.search(low_text) is not None)
            year = sentence_year(sent) or (share and n > 0 and sentence_year(sents[n - 1])) or entry_year(doc, sents, n) \
                or heading_year(sents, n) or published_year(doc) or title_year(doc, self.cues)
            parts = clauses(sent)
            # a clause that only applies or may ("og kan søke om støtte i tre år") lends no duration
            scopes = [(False, None, False) if self._not_granted(doc, c) else self._scope(doc, c) for c in parts]
            for k, (clause, (own_per_year, own_years, total)) in enumerate(zip(parts, scopes)):
                amounts = [m for m in money if clause.start <= m.start < clause.end]
                if not amounts or self._not_granted(doc, clause) or self._blocked(doc, clause):
                    continue
                recipient = self._rate_line(doc, clause) or (self._recipient(doc, clause, sent, index, former, reports)
                                                             if cued or self._consequence(doc, clause) else None)
                if recipient is None and k > 0 and cued and self._subjectless(doc, clause):
                    recipient = self._recipient(doc, parts[k - 1], sent, index, former, reports)  # "X har fått …, og vil få …"
                if recipient is None and cued:
                    recipient = self._decided_of_level(clause, reports)
                recipient = recipient or self._implied(doc, clause, sents, n, index, former, reports, cued, amounts,
                                                       found.get(n - 1) if not blank_line_before(doc, sent) else None)
                if recipient is None:
                    continue
                found.setdefault(n, recipient)
                kind, name, level, span = recipient
                # ellipsis runs forward: a later clause with an amount of its own lends nothing back
                # ("6 millioner i året, mens GCE-klyngene får 10 millioner årlig i ti år")
                lent = [s for j, (c, s) in enumerate(zip(parts, scopes))
                        if j <= k or not any(c.start <= m.start < c.end for m in money)]
                per_year = own_per_year or (not total and any(s[0] for s in lent))
                if own_per_year:  # "…, mens B kan få 5 millioner i året": a whole statement of its own, no ellipsis
                    lent = [s for c, s in zip(parts, scopes) if not any(c.start <= m.start < c.end for m in money)]
                prev = found.get(n - 1)
                same = prev is not None and prev[:2] == recipient[:2]
                years = own_years or next((s[1] for s in lent if s[1]), None) or self._years_before(doc, sents, n, same) \
                    or self._term_after(doc, sents, n)
                # "A, B og C får 1,5 millioner kroner hver": each named cluster its amount
                each = self._each_named(doc, clause, amounts[0], index, former) if kind == "status_group" else []
                recipients = [("cluster", group_name, None, named) for group_name, named in each] or [recipient]
                for amount in amounts:
                    if self._too_small(amount) or self._increment(doc, clause, amount) or self._for_a_project(doc, clause, amount) \
                            or self._received_by_another(doc, clause, amount):
                        continue
                    value = amount._.value
                    low, high = (value[0], value[1]) if isinstance(value, list) else (value, None)
                    yearly = per_year or (high is None and self._settled(doc, clause, low, years, sents, n))
                    if yearly and self._framed_total(doc, clause, amount):
                        yearly = False  # "… i året i tre år, altså ei ramme på seks millionar"
                    for kind, name, level, span in recipients:
                        if kind == "cluster" and low > MAX_CLUSTER_GRANT:
                            continue  # "1 milliard kroner til Grønn plattform" beside a cluster: no cluster's grant
                        key = (kind, fold_name(name) if kind == "cluster" else "", low, high, yearly, years)
                        if key in events:
                            continue
                        events[key] = FundingEvent(
                            recipient=name, recipient_kind=kind, status=level, amount_nok=low, amount_max_nok=high,
                            per_year=yearly, years=years, year=year,
                            evidence=Evidence.of(sent),
                            spans={"amount": [amount.start_char, amount.end_char], "recipient": span})
        return list(events.values())

    def _like_the_one_before(self, doc: Doc, sents: list[Span], n: int) -> bool:
        """"Også X beheld sitt tilskot på …" right after money that is proposed or another funder's:
        the same kind of money, not the programme's grant."""
        lows = lowers_of(doc)
        if lows[first_word(sents[n])] not in ADDITIVE:
            return False
        # the nearest money told before, past a quotation paragraph ("– Det ville vært et dårlig signal …")
        before = next((k for k in range(n - 1, max(-1, n - 1 - LIKE_REACH), -1)
                       if any(e.label_ == "MONEY" for e in ents_in(sents[k]))), None)
        if before is None or any(is_heading(sents[k]) for k in range(before + 1, n)):
            return False
        return any(self._not_granted(doc, c) or self._blocked(doc, c) for c in clauses(sents[before]))

    def _deal_told_before(self, doc: Doc, sents: list[Span], n: int) -> bool:
        """A sentence that opens with a contract told before as a deal someone signed or won
        ("X har signert sin største kontrakt … Kontrakten har en verdi på …"): a business deal."""
        lows = lowers_of(doc)
        i = first_word(sents[n])
        if lows[i].rsplit("-", 1)[-1] not in self.cues.words["contract_nouns"] or "-" in lows[i]:
            return False
        deals = self.cues.words["deal_verbs"]
        for k in range(n - 1, max(-1, n - 1 - DEAL_REACH), -1):
            words = lowers_of(doc)[sents[k].start:sents[k].end]
            # an indefinite contract ("sin største kontrakt", "en avtale med"), not "når avtalen er signert"
            if any(w in deals for w in words) and any(w in INDEFINITE_CONTRACTS for w in words):
                return True
        return False

    def _share_of_sum(self, doc: Doc, sent: Span) -> bool:
        """A sentence that opens by sharing out a sum told just before ("Av dette gikk 126 mill. kr
        til NCE-klyngene", "Av ramma går …"): money of the same budget and year."""
        lows = [w for w in lowers_of(doc)[sent.start:min(sent.end, sent.start + 6)] if w.strip()]
        return " ".join(lows[:2]) in self.cues.phrases["share_openers"]

    def _each_named(self, doc: Doc, clause: Span, amount: Span, index: ClusterIndex, former: set[int]
                    ) -> list[tuple[str, list[int]]]:
        """The clusters a clause names, coordinated before its amount, when a distributive word
        follows the amount ("A, B og C får 1,5 millioner kroner hver"): (name, span) of each;
        else none (a group told by a demonstrative or a level noun stays one group)."""
        after = lowers_of(doc)[amount.end:min(clause.end, amount.end + 2)]
        if not any(w in self.cues.words["each_words"] for w in after):
            return []
        named = [m for m in index.within(clause.start, amount.start) if m.start not in former]
        if len({id(index.group(m)) for m in named}) < 2:
            return []
        lows = lowers_of(doc)
        for a, b in zip(named, named[1:]):  # a coordination: only commas, "og" and places between
            if any(lows[k] not in (",", "og", "samt", "i", "på") and doc[k].ent_type_ != "PLACE" for k in range(a.end, b.start)):
                return []
        out: list[tuple[str, list[int]]] = []
        for m in named:
            name = index.group(m).name
            if all(fold_name(name) != fold_name(x) for x, _ in out):
                out.append((name, [m.start_char, m.end_char]))
        return out

    def _money_item(self, doc: Doc, sents: list[Span], n: int, index: ClusterIndex, former: set[int]) -> tuple | None:
        """A list item that is a cluster's name and an amount ("• GCE X, Bergen: 7,2 millionar
        kroner") under a colon line that tells funding ("Klyngene får denne årlege støtta …:"):
        the amount is that cluster's, yearly when the colon line says so. ``None`` otherwise."""
        sent = sents[n]
        if not is_bullet_item(sent) or not is_heading(sent, max_tokens=20):
            return None
        k = n - 1
        while k >= 0 and (is_bullet_item(sents[k]) or is_blank(sents[k])):
            k -= 1
        if k < 0 or not ends_with_colon(sents[k]) or n - k > LISTED_BEFORE * 2:
            return None
        head = sents[k]
        low = span_text(doc, head.start, head.end).lower()
        if not any(cue in low for cue in self.cue_words) and not any(w in low for w in self.support):
            return None
        first = first_word(sent)
        named = [m for m in index.within(first, first + 1) if m.start not in former]
        if not named:
            return None
        level = next((e._.value for e in ents_in(sent) if e.label_ == "STATUS" and e.start >= named[0].end), "")
        return Member(named[0], index.group(named[0]), sent, level, level), head, None

    def _table_row(self, doc: Doc, sent: Span, row: tuple, money: list[Span], events: dict[tuple, FundingEvent]) -> None:
        """The amounts in a table row's money column: the row's cluster's, yearly when the
        column's header says so ("Årlig støtte", "Tilskudd per år")."""
        member, header, column = row
        years = memo(doc, ("level_terms",), lambda: self._level_terms(doc)).get(member.level) if member.level else None
        self._cell_amounts(doc, sent, money, column, header, years, events, "cluster", member.group.name,
                           member.level or None, [member.mention.start_char, member.mention.end_char])

    def _level_row(self, doc: Doc, sent: Span, row: tuple, money: list[Span], events: dict[tuple, FundingEvent]) -> None:
        """The amounts in a level table's money column: the level's group's, yearly when the
        column's header says so, for the term of the row's term cell ("3 år")."""
        level, cell, header, column, term_col = row
        years = self._years("i " + doc[slice(*table_cells(doc, sent)[term_col])].text) if term_col is not None else None
        self._cell_amounts(doc, sent, money, column, header, years, events, "status_group", cell.text.strip(),
                           level, [cell.start_char, cell.end_char])

    def _cell_amounts(self, doc: Doc, sent: Span, money: list[Span], column: int | None, header: Span, years: int | None,
                      events: dict[tuple, FundingEvent], kind: str, name: str, level: str | None, span: list[int]) -> None:
        """An event for each amount in a table line's money column (the whole line without one)."""
        a, b = table_cells(doc, sent)[column] if column is not None else (sent.start, sent.end)
        per_year = self.cues.has("per_year", set(lowers_of(doc)[header.start:header.end]), header.text.lower())
        for amount in (m for m in money if a <= m.start < b):
            value = amount._.value
            low, high = (value[0], value[1]) if isinstance(value, list) else (value, None)
            key = (kind, fold_name(name) if kind == "cluster" else "", low, high, per_year, years)
            events.setdefault(key, FundingEvent(
                recipient=name, recipient_kind=kind, status=level, amount_nok=low, amount_max_nok=high,
                per_year=per_year, years=years, year=sentence_year(sent) or published_year(doc),
                evidence=Evidence.of(sent), spans={"amount": [amount.start_char, amount.end_char], "recipient": span}))

    def _level_terms(self, doc: Doc) -> dict[str, int]:
        """The term the document gives each level's contracts ("Den er fem år for klynger på
        NCE- og Arena Pro-nivå og tre år for Arena-klyngene"): level → years, for the rows of a
        table that give a level and an amount but no term. A level given two terms has none."""
        out: dict[str, int] = {}
        seen: set[str] = set()
        text = doc_text(doc)
        for m in LEVEL_TERM.finditer(text):
            years = self.numbers.parse(m.group("n").lower())
            if not years:
                continue
            start, end = m.start("levels"), m.end("levels")
            levels = {e._.value for e in ents_in(doc) if e.label_ == "STATUS" and start <= e.start_char < end}
            levels |= {LEVEL_OF_PREFIX[p.lower()] for p in HANGING_LEVEL.findall(m.group("levels"))}
            for level in levels - {None, ""}:
                if level in seen and out.get(level) != int(years):
                    out.pop(level, None)
                else:
                    out[level] = int(years)
                seen.add(level)
        return out

    # -- what is no grant ----------------------------------------------------
    def _blocked(self, doc: Doc, clause: Span) -> bool:
        """Money of another kind or source in the amount's own clause: turnover, investment, the
        members' own contribution, a county's or a fund's grant ("…, og bedriftene bidrar med
        like mye i egeninnsats" leaves the programme's money before it)."""
        lows = lowers_of(doc)[clause.start:clause.end]
        marks = self.cues.words["dependence_markers"]
        end = next((clause.start + k for k, w in enumerate(lows) if k and (w in marks or " ".join(lows[k:k + 2]) in marks)), clause.end)
        lows = lows[:end - clause.start]  # ", avhengig av aktivitetsnivå og egenfinansiering": what the amount depends on
        words = set(lows) | {part for w in lows if "-" in w for part in w.split("-")}  # "Interreg-programmet"
        return self.cues.has("funding_blockers", words, span_text(doc, clause.start, end).lower())

    def _not_granted(self, doc: Doc, clause: Span) -> bool:
        """A condition, proposal or plan ("dersom", "foreslår", "gjer framlegg om"), or money
        to the companies ("Bedriftene i klyngen får …")."""
        lows = lowers_of(doc)
        if self.cues.has("funding_irrealis", set(lows[clause.start:clause.end]), span_text(doc, clause.start, clause.end).lower()):
            return True
        i = first_word(clause)
        if any(w in self.cues.words["company_recipients"] for w in lows[i:min(clause.end, i + 3)]):
            return True
        if lows[i] in self.cues.words["other_funders"] and i + 1 < clause.end and doc[i + 1].is_lower:
            return True  # "Forskningsrådet støtter prosjektet med 16 millioner": another funder gives it
        funders, giving = self.cues.words["other_funders"], self.cues.words["giving_verbs"] | self.cues.words["given_participles"]
        if any(lows[k] in funders and any(w in giving for w in lows[k + 1:min(clause.end, k + 3)]) for k in range(i, clause.end)):
            return True  # "I tillegg har Kongsberg kommune bevilget 500 000 kroner": an inverted subject that gives it
        # "fikk 20 millioner kroner fra Forskningsrådet": money from another funder
        return any(lows[k] in ("fra", "frå") and set(lows[k + 1:min(clause.end, k + 4)]) & self.cues.words["other_funders"]
                   for k in range(clause.start, clause.end))

    def _subjectless(self, doc: Doc, clause: Span) -> bool:
        """A coordinated clause that opens with its verb (", og vil få …"): it shares the
        subject of the clause before."""
        lows = lowers_of(doc)
        i = first_word(clause)
        return lows[i] in ("og", "men", "samt") and i + 1 < clause.end \
            and lows[i + 1] in self.cues.words["subjectless_verbs"]

    @staticmethod
    def _too_small(amount: Span) -> bool:
        """"hver krone i programstøtte utløser nesten tre kroner": an amount no grant is ever this small."""
        value = amount._.value
        low = value[0] if isinstance(value, list) else value
        return isinstance(low, (int, float)) and low < MIN_GRANT

    def _increment(self, doc: Doc, clause: Span, amount: Span) -> bool:
        """"øke bevilgningen med 20 millioner", "en økning på 20 millioner", "åtte millioner mer enn
        året før": a change, not a grant."""
        lows = lowers_of(doc)
        after = [w for w in lows[amount.end:min(len(lows), amount.end + 3)] if w.strip()]
        if len(after) >= 2 and after[0] in COMPARATIVES and after[1] == "enn":
            return True
        return any(lows[k] in ("med", "på") for k in range(max(clause.start, amount.start - 2), amount.start)) \
            and any(lows[k] in self.cues.words["funding_increments"] for k in range(clause.start, amount.start))

    def _for_a_project(self, doc: Doc, clause: Span, amount: Span) -> bool:
        """"… 12 millioner kroner til et nytt laboratorium", "… til et forprosjekt": money for
        one project of the cluster or its partners, not the cluster's programme funding; and a
        project's own ("EU-prosjektet X, som har et budsjett på 42 millioner")."""
        lows = lowers_of(doc)
        rel = next((k for k in range(amount.start - 1, max(clause.start, amount.start - 8), -1)
                    if lows[k] in ("som", "der") and lows[k - 1] == ","), None)
        if rel is not None and any(self._project_word(lows[k]) for k in range(max(clause.start, rel - 4), rel - 1)):
            return True
        k = amount.start - 1  # "… leier eit EU-prosjekt om hydrogen med eit budsjett på 40 millionar": the project's
        while k > clause.start and lows[k] in self.cues.words["approximators"]:
            k -= 1  # "… med et budsjett på rundt 120 millioner kroner"
        # "med eit budsjett på", "med et samlet budsjett på": the head, an article and adjectives after "med"
        with_at = next((j for j in range(k - 3, max(clause.start, k - 6) - 1, -1) if lows[j] == "med"), None)
        if with_at is not None and lows[k] == "på" and lows[k - 1].startswith(("budsjett", "kostnadsramme")) \
                and any(self._project_word(lows[j]) and not lows[j].endswith(("et", "en")) for j in range(clause.start, with_at)):
            return True  # a project, not "prosjektet" (the Arena project itself: "fikk prosjektet forlenget …")
        for k in range(amount.end, min(clause.end, amount.end + PURPOSE_REACH)):  # "… i støtte fra Innovasjon Norge til …"
            if lows[k] in ("til", "for"):
                for j in range(k + 1, min(clause.end, k + 4)):
                    if not doc[j].ent_type_ and (lows[j] in self.projects or lows[j].endswith(self.project_suffixes)):
                        # one project: with an article or definite ("til et forprosjekt", "til prosjektet");
                        # bare, it names a kind of work ("til fellesprosjekt, kompetanseheving og …")
                        return any(lows[m] in ONE_OF for m in range(k + 1, j)) or lows[j].endswith(("et", "en", "a"))
                return False
        return False

    def _project_word(self, low: str) -> bool:
        """"prosjektet", "forprosjekt", and a compound's last part ("EU-prosjektet")."""
        part = low.rsplit("-", 1)[-1]
        return part in self.projects or part.endswith(self.project_suffixes)

    @staticmethod
    def _rate_line(doc: Doc, clause: Span) -> Recipient | None:
        """A line of a table of rates: "Arena: inntil 2 mill. kr/år", "NCE – 5 millioner i året":
        a level, a colon or a dash, and the amount each of its clusters gets."""
        i = first_word(clause)
        ent = next((e for e in ents_in(clause) if e.start == i), None)
        if ent is None or ent.label_ != "STATUS" or ent._.value not in LEVEL_RANK or ent.end + 1 >= clause.end:
            return None
        if doc[ent.end].text not in (":", "–", "-", "—") or not is_heading(clause, max_tokens=12):
            return None
        if not any(e.label_ == "MONEY" for e in ents_in(doc[ent.end:clause.end])):
            return None
        return "status_group", ent.text, ent._.value, [ent.start_char, ent.end_char]

    def _received_by_another(self, doc: Doc, clause: Span, amount: Span) -> bool:
        """The verb of receipt before the amount has another body as its subject: a relative
        clause's head ("… leder et FME-senter som får 20 millioner"), or a subject whose
        relative clause names the cluster ("Senteret, der klyngen er partner, får …")."""
        lows = lowers_of(doc)
        words = self.cues.words
        verb = next((k for k in range(amount.start - 1, clause.start, -1) if lows[k] in words["receipt_verbs"]), None)
        if verb is None:
            return False
        j = verb - 1
        while j > clause.start and lows[j] in ("nå", "no", "også", "og"):
            j -= 1
        ours = lambda k: doc[k].ent_type_ in ("CLUSTER", "STATUS") or lows[k] in words["singular_anaphors"] \
            or lows[k] in words["group_recipients"] or lows[k] in words["demonstratives"]  # noqa: E731
        if lows[j] in ("som", "der") and j - 1 >= clause.start:
            head = j - 2 if lows[j - 1] == "," and j - 2 >= clause.start else j - 1
            return not ours(head)
        if lows[j] == ",":
            first = first_word(clause)
            opened = next((k for k in range(first + 1, j) if lows[k] in ("som", "der") and lows[k - 1] == ","), None)
            return opened is not None and not ours(first) and doc[first].is_alpha and \
                not any(ours(k) for k in range(first, opened))
        return False

    # -- per year and years ----------------------------------------------------
    def _scope(self, doc: Doc, clause: Span) -> tuple[bool, int | None, bool]:
        """The clause's own per-year marker, duration, and whether it states a total."""
        lows = set(lowers_of(doc)[clause.start:clause.end])
        text = span_text(doc, clause.start, clause.end).lower()
        return self.cues.has("per_year", lows, text), self._years(text), self.cues.has("funding_totals", lows, text)

    def _years(self, text: str) -> int | None:
        m = self.cues.duration.search(text)
        if not m:
            return None
        n = self.numbers.parse(m.group("n"))
        return int(n) if n else None

    def _years_before(self, doc: Doc, sents: list[Span], n: int, same_recipient: bool) -> int | None:
        """A duration of support stated in the sentence just before, in the same paragraph
        ("… får støtte i fem nye år. Til sammen vil klyngene motta 60 millioner kroner"); from
        an amount there only for the same recipient ("… totalt 130 millionar over ti år. Dette
        fordeler seg med …"), not a parallel one ("Hvert Arena-prosjekt får … i tre år.
        NCE-klyngene kan få …")."""
        if n == 0 or blank_line_before(doc, sents[n]):
            return None
        prev = sents[n - 1]
        if any(e.label_ == "MONEY" for e in ents_in(prev)):
            return self._years(prev.text) if same_recipient else None
        if any(s in w for w in lowers_of(doc)[prev.start:prev.end] for s in self.support):
            return self._years(prev.text)
        i = first_word(sents[n])
        opening = lowers_of(doc)[i]
        period = any(w in self.cues.words["renewal_nouns"] and w.endswith(("en", "a")) for w in lowers_of(doc)[i:i + 4])
        if opening in self.cues.words["decision_nouns"] or self._of_contract(sents[n]) or period:
            # "… får forlenget perioden med to år. Forlengelsen gir …", "I den nye avtalen …", "I den nye perioden får …"
            return self._years(prev.text)
        return None

    def _term_after(self, doc: Doc, sents: list[Span], n: int) -> int | None:
        """The term stated in the next sentence of the paragraph when it names no amount of its
        own and opens with the agreement or the support ("Avtalen gjelder i første omgang for
        tre år", "Støtta varer i fem år")."""
        if n + 1 >= len(sents) or blank_line_before(doc, sents[n + 1]):
            return None
        nxt = sents[n + 1]
        if any(e.label_ == "MONEY" for e in ents_in(nxt)):
            return None
        return self._years(nxt.text) if term_verb(doc, nxt, self.cues) is not None else None

    def _settled(self, doc: Doc, clause: Span, amount: int, years: int | None, sents: list[Span], n: int) -> bool:
        """"to klynger med 6 millioner kroner hver i fem år" after "Til sammen … 60 millioner":
        an amount for each of a counted group is per year when amount × members × years is a
        total the same or the previous sentence gives."""
        lows = lowers_of(doc)
        if not years or not self.cues.has("per_member", set(lows[clause.start:clause.end]),
                                          span_text(doc, clause.start, clause.end).lower()):
            return False
        count = self._count(doc, clause)
        if count is None:
            return False
        near = [sents[n]] + ([sents[n - 1]] if n > 0 and not blank_line_before(doc, sents[n]) else [])
        return any(e.label_ == "MONEY" and e._.value == amount * count * years for s in near for e in ents_in(s))

    def _count(self, doc: Doc, clause: Span) -> int | None:
        """How many members the clause counts: "to klynger", "3 prosjekter"."""
        lows = lowers_of(doc)
        for k in range(clause.start, clause.end - 1):
            if lows[k + 1].startswith(self.counted):
                c = self.numbers.parse(lows[k])
                if c and c == int(c) and c > 1:
                    return int(c)
        return None

    # -- who the money goes to -------------------------------------------------
    def _frame(self, low: str) -> bool:
        """The programme's frame, also as a compound head ("totalbudsjett", "samleramma"),
        but not another body's ("statsbudsjettet")."""
        return low.endswith(self.frame_heads) and low not in self.cues.words["other_frames"]

    def _subject(self, doc: Doc, clause: Span) -> tuple[str, Token] | None:
        """``decision`` or ``demonstrative``, and the word, when the clause opens with the
        decision ("Tildelingen", "NCE-statusen", "Med opptaket") or a demonstrative
        ("Dette", "Disse", "…, noe som"; "Det", "De" right before a verb of consequence or receipt)."""
        lows = lowers_of(doc)
        i = first_word(clause)
        while i < clause.end and (doc[i].is_punct or doc[i].is_space or lows[i] in CLAUSE_BREAKS or lows[i] == "og"):
            i += 1
        if i < clause.end and lows[i] in self.cues.words["decision_openers"]:
            i += 1
        if i >= clause.end:
            return None
        low = lows[i]
        k = i
        while k + 1 < min(clause.end, i + 3) and (lows[k] in self.cues.words["decision_modifiers"] or lows[k].endswith(TERM_ADJECTIVES)):
            k += 1  # "Med det nye nivået følgjer …", "Den nye perioden har ei ramme på …", "Den treårige perioden gjev …"
        level = next((e for e in ents_in(clause) if e.label_ == "STATUS" and e.start == k and e.end - e.start > 1), None)
        if level is not None:
            k = level.end - 1  # "Arena Pro-statusen gir klyngen …": the level's last word is the noun
        noun = lows[k]
        if noun in self.cues.words["decision_nouns"] or noun.rsplit("-", 1)[-1] in self.cues.words["decision_nouns"]:
            return "decision", doc[k]
        if low in self.cues.words["demonstratives"] or " ".join(lows[i:i + 2]) in self.cues.phrases["demonstratives"]:
            return "demonstrative", doc[i]  # "Dette …", "…, noe som gir …"
        after = [w for w in lows[i + 1:min(clause.end, i + 5)] if w.strip()]
        if low in self.cues.words["subject_pronouns"] and after and (
                after[0] in self.cues.words["consequence_verbs"] or after[0] in self.cues.words["funding_cues"]
                or any(" ".join(after[:k]) in self.cues.phrases["consequence_verbs"] for k in (2, 3, 4))):
            return "demonstrative", doc[i]
        return None

    def _consequence(self, doc: Doc, clause: Span) -> bool:
        """The clause tells money as what a decision gives ("Statusen gir klyngen …", "Det
        betyr …", "For klyngen betyr dette …") or as what the programme gives: a funding cue
        of its own."""
        if self._giver(doc, clause) is not None:
            return True
        if self._subject(doc, clause) is None and not self._fronted_beneficiary(doc, clause):
            return False
        return self.cues.has("consequence_verbs", set(lowers_of(doc)[clause.start:clause.end]),
                             span_text(doc, clause.start, clause.end).lower())

    def _fronted_beneficiary(self, doc: Doc, clause: Span) -> bool:
        """"For GCE Subsea inneber statusen …", "For klyngen betyr dette …": the clause opens
        with "for" and the one it is for, a cluster's name or an anaphor."""
        i = first_word(clause)
        if i + 1 >= clause.end or lowers_of(doc)[i] != "for":
            return False
        nxt = doc[i + 1]
        return (nxt.ent_type_ == "CLUSTER" and nxt.ent_iob_ == "B") or nxt.lower_ in self.cues.words["singular_anaphors"]

    def _giver(self, doc: Doc, clause: Span) -> Span | None:
        """The programme the clause names as the one who gives ("Arena-programmet gir …", "… løyver programmet …")."""
        contract = self._of_contract(clause)  # an inverted giver only with the contract it gives under
        named = next((e for e in ents_in(clause) if e.label_ == "PROGRAMME" and self._gives(doc, e.end, e.start if contract else None)), None)
        if named is not None or not contract:
            return named
        word = next((t for t in clause if t.lower_ in self.cues.words["programme_recipients"] and self._gives(doc, t.i + 1, t.i)), None)
        return doc[word.i:word.i + 1] if word is not None else None

    def _programme_contract(self, sent: Span) -> bool:
        """Whether the sentence names the cluster's contract with the programme: a level's
        ("Arena Pro-avtalen fornyes ut 2027, med 2,2 millioner kroner i året") or the one told
        of ("Avtalen gir …"), not a new one with a customer ("signert en kontrakt på 12 millioner")."""
        contracts = self.cues.words["contract_nouns"]
        return any((low := t.lower_).rsplit("-", 1)[-1] in contracts and ("-" in low or low.endswith(("en", "a")))
                   for t in sent)

    def _of_contract(self, clause: Span) -> bool:
        """Whether the clause names a contract ("I den nye avtalen …", "NCE-avtalen …")."""
        contracts = self.cues.words["contract_nouns"]
        return any(t.lower_.rsplit("-", 1)[-1] in contracts for t in clause)

    def _implied(self, doc: Doc, clause: Span, sents: list[Span], n: int, index: ClusterIndex, former: set[int],
                 reports: list["Report"], cued: bool, amounts: list[Span], prior: Recipient | None) -> Recipient | None:
        """The recipient a clause that names none implies (see the module docstring).
        ``prior``: the recipient of the money in the sentence before, in the same paragraph."""
        before = [r for r in reports if r.sent < n or (r.sent == n and r.clause.start < clause.start)]
        subject = self._subject(doc, clause)
        if subject is not None and (cued or self._consequence(doc, clause)):
            kind, tok = subject
            span = [tok.idx, tok.idx + len(tok)]
            if kind == "decision":  # the decision before (of the noun's kind), else the document's only one, told later
                renewal = tok.lower_.rsplit("-", 1)[-1] in self.cues.words["renewal_decision_nouns"]
                wanted = [r for r in before if (r.decision.action == "extended") == renewal]
                report = (wanted or before)[-1] if before else self._only_decision(reports, reports)
                if report is None:
                    return None
                member = self._member_in_focus(clause, index, report, sents)
                return ("cluster", member.name, report.decision.level or None, span) if member \
                    else self._of_report(report, tok.text, span)
            near = [r for r in before if r.sent >= n - 1]
            if near:  # "… har fått status som NCE. Dette betyr …"
                return self._of_report(near[-1], tok.text, span)
            listed, level = self._listed_before(sents, n, reports)
            if len(listed) > 1:  # "Arena Pro:\nA – …\nB – …\nDisse får 2,5 millioner kroner årlig"
                return "status_group", tok.text, level, span
            if listed:
                return "cluster", listed[0].name, level, span
            if prior is not None:  # "… får totalt 130 millioner. Dette fordeler seg med …"
                return prior[0], prior[1], prior[2], span
            if self.members.plural_antecedents(doc, sents, n, index, former):
                return "status_group", tok.text, self._context_level(doc, clause, sents[n]), span
            if self._programme_named(doc, sents, n):
                return "programme", tok.text, None, span
            only = self._after_decision(doc, clause, sents, n, before, reports, amounts, index)
            return self._of_report(only, tok.text, span) if only else None
        giver = self._giver(doc, clause)
        if giver is not None:  # "Arenaprogrammet gir inntil 2,5 mill pr.år for utvikling av næringsklynger"
            level = giver.kb_id_ if giver.kb_id_ not in ("", "NIC") else None
            owner = index.site_owner() or index.antecedent(clause.start_char) or index.main()  # a cluster's page: its own
            if owner is not None and self._of_contract(clause):
                # "NCE-avtalen vart fornya … I den nye avtalen løyver programmet inntil 5 millionar": the contract's cluster
                return "cluster", owner.name, None, [giver.start_char, giver.end_char]
            group = next((t for t in doc[giver.end:clause.end] if any(c in t.lower_ for c in self.counted)), None)
            if group is None:
                return "status_group", giver.text, level, [giver.start_char, giver.end_char]
            return "status_group", group.text, level, [group.idx, group.idx + len(group)]
        if cued and not index.within(sents[n].start, sents[n].end) and any(self._support_at(doc, clause, a) for a in amounts):
            # "Her er det snakk om støtte på fem millionar kroner": support that names no one
            only = self._after_decision(doc, clause, sents, n, before, reports, amounts, index)
            if only:
                return self._of_report(only, only.members[0].group.name, [])
        source = self._from_programme(doc, clause)
        owner = index.main()
        if cued and source is not None and owner is not None and not index.within(clause.start, clause.end):
            # "– Tilskudd fra Arena Pro-programmet i Norwegian Innovation Clusters: 3,4 millioner kroner" in a
            # cluster's own accounts: the cluster the document is of
            level = source._.value if source.label_ == "STATUS" else source.kb_id_ if source.kb_id_ in LEVEL_RANK else None
            return "cluster", owner.name, level, [source.start_char, source.end_char]
        return None

    @staticmethod
    def _from_programme(doc: Doc, clause: Span) -> Span | None:
        """The programme a clause names as where the money comes from ("Tilskudd fra Arena-programmet: …")."""
        lows = lowers_of(doc)
        return next((e for e in ents_in(clause) if e.start > clause.start and lows[e.start - 1] in ("fra", "frå") and (
            e.label_ == "PROGRAMME" or (e.label_ == "STATUS" and lows[e.end - 1].endswith(PROGRAMME_NOUNS)))), None)

    @staticmethod
    @staticmethod
    def _member_in_focus(clause: Span, index: ClusterIndex, report: "Report", sents: list[Span]) -> ClusterGroup | None:
        """"A og B er tatt opp. B samler 22 bedrifter. Med opptaket følger …": of a decision
        about several clusters, the one the text went on to speak of, named after it."""
        groups = {id(m.group): m.group for m in report.members}
        if len(groups) < 2:
            return None
        last = index.last_before(clause.start_char)
        if last is None or last.start < sents[report.sent].end:
            return None
        group = index.antecedent(clause.start_char)
        return group if group is not None and id(group) in groups else None

    @staticmethod
    def _listed_before(sents: list[Span], n: int, reports: list["Report"]) -> tuple[list[ClusterGroup], str | None]:
        """The decision's members listed in the lines right before sentence ``n`` (up to the line
        just before), and the level they share: what "Disse får …" under a list refers to."""
        if n == 0:
            return [], None
        start = sents[max(0, n - LISTED_BEFORE)].start
        members = [m for r in reports for m in r.members if start <= m.evidence.start and m.evidence.end <= sents[n].start]
        if not any(m.evidence.start >= sents[n - 1].start or (m.evidence.start >= sents[max(0, n - DESCRIBED_ITEM)].start
                                                              and is_heading(m.evidence)) for m in members):
            return [], None  # the lines just before are no item nor a name line's description: the demonstrative points elsewhere
        groups = list({id(m.group): m.group for m in members}.values())
        levels = {m.level for m in members if m.level}
        return groups, levels.pop() if len(levels) == 1 else None

    def _after_decision(self, doc: Doc, clause: Span, sents: list[Span], n: int, before: list["Report"],
                        reports: list["Report"], amounts: list[Span], index: ClusterIndex) -> "Report | None":
        """The document's only decision, about one cluster, when it stands in the same or the
        previous paragraph (or a few above, when those between go on about that cluster alone)
        and the clause sends the money nowhere else ("… til nye laboratorier")."""
        only = self._only_decision(before, reports)
        if only is None or len({id(m.group) for m in only.members}) != 1:
            return None
        apart = self._paragraph(doc, sents, n) - self._paragraph(doc, sents, only.sent)
        if apart > 1 and not (apart <= AFTER_DECISION and self._names_programme_as_source(doc, clause)
                              and self._only_of(doc, sents, only, n, index)):
            return None
        lows = lowers_of(doc)
        end = max(a.end for a in amounts)
        if any(lows[k] in self.cues.words["beneficiary_markers"] and lows[k + 1] not in self.cues.words["infinitive_markers"]
               for k in range(end, clause.end - 1)):
            return None
        return only

    def _names_programme_as_source(self, doc: Doc, clause: Span) -> bool:
        """"Tilskotet frå programmet er …", "Støtten fra Arena-programmet …": the money's source is the programme."""
        lows = lowers_of(doc)
        return self._from_programme(doc, clause) is not None or any(
            lows[k] in ("fra", "frå") and lows[k + 1].startswith(("programmet", "klyngeprogrammet"))
            for k in range(clause.start, clause.end - 1))

    @staticmethod
    def _only_of(doc: Doc, sents: list[Span], report: "Report", n: int, index: ClusterIndex) -> bool:
        """Whether the lines between a decision and sentence ``n`` name no other cluster and no
        money ("… vart tekne opp i Arena-programmet.\n\nAv Gunnhild Lid\n\nKlynga har base på
        Voss …\n\nTilskotet frå programmet er …"): they go on about the decided cluster."""
        group = report.members[0].group
        start, end = sents[report.sent].end, sents[n].start
        return all(index.group(m) is group for m in index.within(start, end)) \
            and not any(e.label_ == "MONEY" for e in ents_in(doc[start:end]))

    def _support_at(self, doc: Doc, clause: Span, amount: Span) -> bool:
        """A support noun near the amount, or as the clause's subject ("Tilskotet frå programmet er …")."""
        lows = lowers_of(doc)
        if any(s in lows[first_word(clause)] for s in self.support):
            return True
        window = range(max(clause.start, amount.start - NEAR), min(clause.end, amount.end + NEAR))
        return any(s in lows[k] for k in window if not amount.start <= k < amount.end for s in self.support)

    @staticmethod
    def _of_report(report: "Report", text: str, span: list[int]) -> Recipient:
        """The members of a decision as a recipient: one cluster, or their group."""
        groups = list({id(m.group): m.group for m in report.members}.values())
        level = report.decision.level or None
        if len(groups) == 1:
            return "cluster", groups[0].name, level, span
        return "status_group", text, level, span

    @staticmethod
    def _only_decision(before: list["Report"], reports: list["Report"]) -> "Report | None":
        """The report before, when every decision of the document is about the same clusters."""
        if not before:
            return None
        first = frozenset(id(m.group) for m in reports[0].members)
        same = all(frozenset(id(m.group) for m in r.members) == first for r in reports[1:])  # stops at the first other
        return before[-1] if same else None

    def _programme_named(self, doc: Doc, sents: list[Span], n: int) -> bool:
        """"Klyngeprogrammet har i dag 40 klynger. Disse får …": the programme's clusters."""
        if n == 0 or blank_line_before(doc, sents[n]):
            return False
        prev = sents[n - 1]
        return any(e.label_ == "PROGRAMME" for e in ents_in(prev)) and any(
            w.startswith(self.counted) and not w.endswith(PROGRAMME_NOUNS)  # "klyngeprogrammet" counts no clusters
            for w in lowers_of(doc)[prev.start:prev.end])

    @staticmethod
    def _paragraph(doc: Doc, sents: list[Span], k: int) -> int:
        starts = memo(doc, ("paragraph_starts",),
                      lambda: [i for i, s in enumerate(sents) if i == 0 or blank_line_before(doc, s)])
        return bisect_right(starts, k) - 1

    def _level_subject(self, doc: Doc, clause: Span) -> Recipient | None:
        """The clusters of one level as the subject: a level's programme name before a verb of
        receipt ("Norwegian Centres of Expertise får inntil 5 millioner kroner årlig"), or a level
        after "på" opening the clause before a support noun ("På Arena Pro-nivået er tilskuddet …")."""
        lows = lowers_of(doc)
        i = first_word(clause)
        ents = ents_in(clause)
        first = next((e for e in ents if e.start == i), None)
        level = (first.kb_id_ if first.label_ == "PROGRAMME" else first._.value) if first is not None else None
        if level in LEVEL_RANK and " " in first.text and "klyng" not in first.text.lower() and first.end < clause.end:
            # a level's long name, not "NCE får …" nor "Arena Pro-klynger kan få …" (what the rules allow)
            verb = [w for w in lows[first.end:min(clause.end, first.end + 3)] if w.strip()]
            if verb and (verb[0] in self.cues.words["receipt_verbs"] or (verb[0] in ("kan", "vil") and len(verb) > 1
                                                                        and verb[1] in ("få", "motta"))):
                return "status_group", first.text, level, [first.start_char, first.end_char]
        if lows[i] in ("på", "for") and i + 1 < clause.end:
            level = next((e for e in ents if e.start == i + 1 and e.label_ == "STATUS" and e._.value in LEVEL_RANK), None)
            if level is not None and any(w.startswith(self.support) for w in lows[level.end:min(clause.end, level.end + 4)]):
                return "status_group", level.text, level._.value, [level.start_char, level.end_char]
        return None

    def _recipient(self, doc: Doc, clause: Span, sent: Span, index: ClusterIndex, former: set[int],
                   reports: list["Report"]) -> Recipient | None:
        money = next((e.start for e in ents_in(clause) if e.label_ == "MONEY"), clause.end)
        to_group = self._group_after_til(doc, clause, sent, money)
        if to_group is not None:  # "Arena-programmet setter av … til hvert av prosjektene": the programme gives
            return to_group
        subject = self._level_subject(doc, clause)
        if subject is not None:  # "Norwegian Centres of Expertise får inntil 5 millioner", "På Arena Pro-nivået er tilskuddet …"
            return subject
        for ent in ents_in(clause):
            if ent.label_ == "PROGRAMME" and self._budget_context(clause) and not self._source(doc, ent.start) \
                    and not self._membership(doc, ent.start) and not self._gives(doc, ent.end) \
                    and (ent.start < money or doc[ent.start - 1].lower_ in ("til", "for")):  # not "… som står bak programmet X"
                level = ent.kb_id_ if ent.kb_id_ not in ("", "NIC") else None
                return "programme", ent.text, level, [ent.start_char, ent.end_char]
        for tok in clause:
            if (tok.lower_ in self.cues.words["programme_recipients"] or self._frame(tok.lower_)) \
                    and not self._source(doc, tok.i) and not self._membership(doc, tok.i) \
                    and not self._gives(doc, tok.i + 1, tok.i if self._of_contract(clause) else None) \
                    and (tok.i < money or doc[tok.i - 1].lower_ in ("til", "for")):
                if self._own_budget(doc, clause, tok.i, index):
                    return None  # "Klyngen har et årlig budsjett på …": the cluster's own money
                if self._frame(tok.lower_) and self._received(doc, clause, tok.i):
                    continue  # "… mens de nye NCE-klyngene får en årlig ramme på …": the frame is theirs
                owner = self._frame_owner(doc, clause, sent, index, reports, tok) if self._frame(tok.lower_) else None
                if owner is not None:
                    return owner
                level_for = next((e for e in ents_in(clause) if e.label_ == "STATUS" and e.start > clause.start
                                  and doc[e.start - 1].lower_ == "for"), None) if self._frame(tok.lower_) else None
                both = self._levels_joined(doc, clause, level_for) if level_for is not None else None
                if both is not None:  # "Samlet ramme for Arena og NCE var 189 mill. kr": the programmes' whole frame
                    return "programme", both.text, None, [both.start_char, both.end_char]
                if level_for is not None:  # "For Arena Pro er rammen inntil 5 millioner kroner årlig": each one's frame
                    return "status_group", level_for.text, level_for._.value, [level_for.start_char, level_for.end_char]
                if self._frame(tok.lower_) and tok.lower_ not in self.cues.words["programme_recipients"] \
                        and index.mentions and not self._programme_context(doc, sent):
                    continue  # "Budsjettet for 2019 er på 6 millioner" on a cluster's page: whose, the text does not say
                level = self._context_level(doc, clause, sent, reach_back=False)  # the whole budget has no level
                return "programme", tok.text, None if tok.lower_ in ("ordningene", "klyngeprosjektene", "klyngeprosjekta") else level, [tok.idx, tok.idx + len(tok)]
        for ent in ents_in(clause):
            each = ent.start > 0 and doc[ent.start - 1].lower_ in self.cues.words["each_words"]  # "Hvert Arena-prosjekt får …"
            if ent.label_ == "STATUS" and self._generic(doc, clause, ent):
                return None  # "Arena Pro-klynger kan få inntil 5 millioner": what the rules allow, no grant
            if ent.label_ == "STATUS" and (self._is_group(ent) or each):
                text = f"{doc[ent.start - 1].text} {ent.text}" if each else ent.text
                return "status_group", text, ent._.value, [doc[ent.start - 1].idx if each else ent.start_char, ent.end_char]
        for i, tok in enumerate(clause):
            low = tok.lower_
            for size in (3, 2):  # "hvert av prosjektene", "hver klynge"
                words = clause[i:i + size]
                if len(words) == size and " ".join(t.lower_ for t in words) in self.cues.phrases["group_recipients"]:
                    return "status_group", words.text, self._context_level(doc, clause, sent), [words.start_char, words.end_char]
            if low in self.cues.words["group_recipients"]:
                return "status_group", tok.text, self._context_level(doc, clause, sent), [tok.idx, tok.idx + len(tok)]
        for m in index.mentions:
            if clause.start <= m.start < clause.end and m.start not in former:
                group = index.group(m)
                return "cluster", group.name, None, [m.start_char, m.end_char]
        receipt = self.cues.words["receipt_verbs"]
        for tok in clause:  # "Klyngen får 1,8 millioner kroner i året", "… og ho får …": the cluster named before
            if tok.lower_ in self.cues.words["singular_anaphors"] or (
                    tok.lower_ in self.cues.words["pronoun_anaphors"] and tok.i + 1 < clause.end and doc[tok.i + 1].lower_ in receipt):
                group = self._decided_before(clause, index, reports) or index.antecedent(clause.start_char)
                if group is not None:
                    return "cluster", self._name_then(doc, group, clause.start_char, former), None, [tok.idx, tok.idx + len(tok)]
        own = self._speaker_cluster(doc, clause, sent, index, reports)
        if own is not None:  # "Som NCE får vi rundt 5 millioner kroner i året"
            return "cluster", own[0].name, None, own[1]
        return None

    @staticmethod
    def _levels_joined(doc: Doc, clause: Span, level: Span) -> Span | None:
        """``level`` and the other levels coordinated with it ("Arena og NCE", "Arena, NCE og
        GCE"): the span from the first to the last, or None when it stands alone."""
        lows = lowers_of(doc)
        ents = [e for e in ents_in(clause) if e.label_ in ("STATUS", "PROGRAMME") and e.start >= level.start]
        end = level.end
        for ent in ents[1:]:
            between = [w for w in lows[end:ent.start] if w.strip()]
            if between not in ([","], ["og"], ["eller"]):
                break
            end = ent.end
        return doc[level.start:end] if end > level.end else None

    def _group_after_til(self, doc: Doc, clause: Span, sent: Span, money: int) -> Recipient | None:
        """A set of clusters named after "til" behind the amount ("… til hvert av prosjektene",
        "… til de tre nye sentrene"): the receivers, whoever sets the money aside."""
        lows = lowers_of(doc)
        for k in range(money, clause.end - 1):
            if lows[k] == "til" and lows[k + 1] == "årets":  # "… til årets nye og fornyede klynger": the year's set
                head = next((j for j in range(k + 2, min(clause.end, k + 8)) if lows[j].startswith(("klynge", "klyngj"))
                             and lows[j].endswith(("er", "ar", "ene", "ane"))), None)
                if head is not None:
                    words = doc[k + 1:head + 1]
                    return "status_group", words.text, self._context_level(doc, clause, sent, reach_back=False), \
                        [words.start_char, words.end_char]
            if lows[k] != "til" or not (lows[k + 1] in self.cues.words["each_words"] or lows[k + 1] in ("de", "dei", "begge")):
                continue  # "hvert av prosjektene", "de tre nye sentrene"; "til klyngene" is the programme's whole sum
            for size in (3, 2, 1):
                words = doc[k + 1:k + 1 + size]
                if len(words) == size and " ".join(t.lower_ for t in words) in self.group_terms:
                    return "status_group", words.text, self._context_level(doc, clause, sent), [words.start_char, words.end_char]
            head = next((j for j in range(k + 2, min(clause.end, k + 6)) if lows[j] in self.cues.words["group_recipients"]), None)
            if head is not None and lows[k + 1] in ("de", "dei"):  # "til de tre nye sentrene"
                words = doc[k + 1:head + 1]
                return "status_group", words.text, self._context_level(doc, clause, sent), [words.start_char, words.end_char]
        return None

    def _name_then(self, doc: Doc, group: ClusterGroup, start_char: int, marked: set[int]) -> str:
        """The name "klyngen" stands for where the money is told: a renamed cluster's earlier
        name when the text used it last and tells the rename only further on ("… tatt opp som
        Arena Robotikk Vest. Prosjektet får …" on a history page, years before "skifter navn
        til NCE Nordic Edge Robotics"); else the cluster's name."""
        if not group.former:
            return group.name
        last = max((m for m in group.mentions if m.end_char <= start_char), key=lambda m: m.start, default=None)
        if last is None or last.start in marked or fold_name(last.text) not in group.former:
            return group.name
        told = tokens_in(doc, self.cues.words["rename_verbs"] | self.cues.words["former_markers"] | self.cues.words["past_naming"])
        return group.name if any(t.idx < start_char for t in told) else source_text(last)

    def _decided_before(self, clause: Span, index: ClusterIndex, reports: list["Report"]) -> ClusterGroup | None:
        """"NCE-statusen gir klyngen …": when the clause names a level, "klyngen" is the
        nearest cluster named before it that the document decided at that level (not a
        partner or a predecessor named in between)."""
        levels = {e._.value for e in ents_in(clause) if e.label_ == "STATUS" and e._.value}
        if any(t.lower_ in NODE_ANAPHORS for t in clause):  # "Frå programmet får noden 400 000 kroner": the node
            nodes = [r for r in reports if r.decision.level == "HUB_NODE" and r.clause.end <= clause.start]
            # the subject of the last hub-node decision, not its hub named after it ("…, med Y som hub")
            return nodes[-1].members[0].group if nodes and not levels - {"HUB_NODE"} else None
        if len(levels) != 1:
            return None
        level = levels.pop()
        decided = {id(m.group) for r in reports if r.decision.level == level for m in r.members}
        for mention in reversed(index.mentions[:bisect_right(index.starts, clause.start - 1)]):
            if id(index.group(mention)) in decided:
                return index.group(mention)
        return None

    def _speaker_cluster(self, doc: Doc, clause: Span, sent: Span, index: ClusterIndex,
                         reports: list["Report"]) -> tuple[ClusterGroup, list[int]] | None:
        """"vi"/"oss" in the clause: outside a quotation, on a cluster's own page, the cluster the
        page names most; in a quotation, the cluster the document's first-person reports of a
        decision speak for ("– … fikk vi Arena-status, sier …"), else its only decided cluster."""
        lows = lowers_of(doc)
        speakers = self.cues.words["speaker_pronouns"] | self.cues.words["speaker_objects"]
        tok = next((doc[k] for k in range(clause.start, clause.end) if lows[k] in speakers), None)
        if tok is None:
            return None
        voice = self.members.page_voice(doc, sent, index)
        if voice is not None:
            return voice, [tok.idx, tok.idx + len(tok)]
        own = {id(m.group): m.group for r in reports
               if any(lows[k] in self.cues.words["speaker_pronouns"] for k in range(r.clause.start, r.clause.end))
               for m in r.members}
        if not own:
            own = {id(m.group): m.group for r in reports for m in r.members}
        if len(own) != 1:
            return None
        return next(iter(own.values())), [tok.idx, tok.idx + len(tok)]

    def _decided_of_level(self, clause: Span, reports: list["Report"]) -> Recipient | None:
        """"…, mens NCE-klyngen får 5 millioner kroner årlig": a level's cluster in the singular
        stands for the one cluster the document decided at that level."""
        singular = tuple(self.cues.words["singular_anaphors"])
        for ent in ents_in(clause):
            if ent.label_ != "STATUS" or not ent.text.lower().endswith(singular):
                continue
            groups = {id(m.group): m.group for r in reports if r.decision.level == ent._.value for m in r.members}
            if len(groups) > 1:  # a descriptive compound told of the one named cluster ("Prosessindustriklyngen i
                groups = {k: g for k, g in groups.items() if not g.descriptive}  # Grenland, Brevik Prosess Cluster, …"), as emit folds it
            if len(groups) == 1:
                return "cluster", next(iter(groups.values())).name, None, [ent.start_char, ent.end_char]
        return None

    def _programme_context(self, doc: Doc, sent: Span) -> bool:
        """Whether the sentence, or the one before it in its paragraph, names the programme
        ("klyngeprogrammet", "Arena-programmet", "ordningene", "Programramma")."""
        def names(span: Span) -> bool:
            return any(e.label_ == "PROGRAMME" for e in ents_in(span)) or any(
                w in self.cues.words["programme_recipients"] or "program" in w for w in lowers_of(doc)[span.start:span.end])
        if names(sent):
            return True
        prev = doc[sent.start - 1].sent if sent.start > 0 else None
        return prev is not None and not blank_line_before(doc, sent) and names(prev)

    def _framed_total(self, doc: Doc, clause: Span, amount: Span) -> bool:
        """An amount a frame noun introduces ("ei ramme på seks millionar") with no per-year
        word of its own beside it: a total, whatever the clause says of another amount."""
        lows = lowers_of(doc)
        k = amount.start - 1
        if k <= clause.start or lows[k] != "på" or not self._frame(lows[k - 1]):
            return False
        a, b = max(clause.start, k - 3), min(clause.end, amount.end + 3)
        return not self.cues.has("per_year", set(lows[a:b]), span_text(doc, a, b).lower())

    def _frame_owner(self, doc: Doc, clause: Span, sent: Span, index: ClusterIndex, reports: list["Report"],
                     tok: Token) -> Recipient | None:
        """The cluster whose frame it is: the decision the sentence tells ("fekk status som
        Arena-prosjekt, med ei ramme på 4,5 millionar"), or the cluster a contract noun in the
        clause belongs to ("NCE-avtalen hadde ei ramme på 30 millionar")."""
        span = [tok.idx, tok.idx + len(tok)]
        told = [r for r in reports if sent.start <= r.clause.start < sent.end]
        if told:
            return self._of_report(told[0], tok.text, span)
        holder = self._inverted_holder(doc, clause, index, tok.i)
        if holder is not None:
            return "cluster", holder.name, None, span
        contracts = self.cues.words["contract_nouns"]
        if any(w in contracts or w.rsplit("-", 1)[-1] in contracts for w in lowers_of(doc)[clause.start:clause.end]):
            group = index.antecedent(clause.start_char)
            if group is not None:
                return "cluster", group.name, None, span
        periods = self.cues.words["renewal_decision_nouns"]
        if any(w in periods for w in lowers_of(doc)[clause.start:clause.end]):
            # "Ramma for den nye perioden er på 26 millionar kroner" after the renewal of one cluster: its period
            before = [r for r in reports if r.clause.end <= sent.start]
            groups = {id(m.group): m.group for m in before[-1].members} if before else {}
            if len(groups) == 1:
                return "cluster", next(iter(groups.values())).name, before[-1].decision.level or None, span
        return None

    def _inverted_holder(self, doc: Doc, clause: Span, index: ClusterIndex, i: int) -> ClusterGroup | None:
        """"I Arena Pro-perioden har klyngen ei årleg ramme på … frå klyngeprogrammet": the
        cluster right after the verb holds the frame the programme gives."""
        lows = lowers_of(doc)
        verb = next((k for k in range(i - 1, clause.start - 1, -1)
                     if lows[k] in self.cues.words["receipt_verbs"] or lows[k] in ("har", "hadde")), None)
        if verb is None or verb + 1 >= i or verb == first_word(clause):
            return None  # the subject before the verb is read elsewhere
        if not any(e.label_ == "PROGRAMME" and self._source(doc, e.start) for e in ents_in(doc[i:clause.end])):
            return None
        named = index.within(verb + 1, verb + 2)
        if named:
            return index.group(named[0])
        return index.antecedent(clause.start_char) if lows[verb + 1] in self.cues.words["singular_anaphors"] else None

    def _received(self, doc: Doc, clause: Span, i: int) -> bool:
        """Whether the frame noun at ``i`` is the object of a verb of receipt whose subject
        is a level's clusters or a cluster ("NCE-klyngene får ei ramme på …")."""
        lows = lowers_of(doc)
        verb = next((k for k in range(i - 1, clause.start, -1) if lows[k] in self.cues.words["receipt_verbs"]), None)
        return verb is not None and any(e.label_ in ("STATUS", "CLUSTER") for e in ents_in(doc[clause.start:verb]))

    def _own_budget(self, doc: Doc, clause: Span, i: int, index: ClusterIndex) -> bool:
        """A budget or frame that a cluster has ("Klyngen har et budsjett på …", "klyngens
        budsjett"), not the programme's."""
        lows = lowers_of(doc)
        owner = first_word(clause)
        named = bool(index.within(owner, owner + 1)) or lows[owner] in self.cues.words["singular_anaphors"]
        genitive = any(lows[k].endswith("s") and (lows[k][:-1] in self.cues.words["singular_anaphors"] or bool(index.within(k, k + 1)))
                       for k in range(max(clause.start, i - 3), i))  # "klyngens (samlede) budsjett"
        return genitive or (named and owner < i and "har" in lows[owner:i])

    @staticmethod
    def _source(doc: Doc, i: int) -> bool:
        """The programme as where money comes from ("støtte fra klyngeprogrammet"), not who gets it."""
        return i > 0 and doc[i - 1].lower_ in ("fra", "frå", "gjennom", "via")

    def _gives(self, doc: Doc, end: int, start: int | None = None) -> bool:
        """"NCE-programmet gir klyngene …", "I avtalen løyver programmet …" (an inverted subject
        from ``start``): the programme as the giver, not the recipient."""
        if start is not None and start > 0 and doc[start - 1].lower_ in self.cues.words["giving_verbs"]:
            return True
        return end < len(doc) and (doc[end].lower_ in self.cues.words["giving_verbs"] or (
            end + 1 < len(doc) and f"{doc[end].lower_} {doc[end + 1].lower_}" in self.cues.phrases["giving_verbs"]))

    @staticmethod
    def _membership(doc: Doc, i: int) -> bool:
        """"Med opptaket i Arena-programmet får X …": the programme X is in, not the recipient."""
        return i > 0 and doc[i - 1].lower_ in ("i", "inn")

    def _budget_context(self, clause: Span) -> bool:
        text = clause.text.lower()
        return any(w in text for w in self.cues.words["programme_budget_verbs"] | set(self.cues.phrases["programme_budget_verbs"])) \
            or any(t.lower_ in self.cues.words["programme_recipients"] or self._frame(t.lower_) for t in clause)

    def _generic(self, doc: Doc, clause: Span, ent: Span) -> bool:
        """A level's clusters in the bare indefinite plural with "kan" ("Arena Pro-klynger kan få
        inntil …", "Klynger på NCE-nivå kan få …"): the programme's rules, not a grant."""
        low = ent.text.lower()
        before = doc[ent.start - 1].lower_ if ent.start > clause.start else ""
        if not low.endswith(("klynger", "klyngjer")) or before in ("de", "dei", "disse", "desse", "nye") \
                or self.numbers.parse(before) is not None:
            return False  # "De nye NCE-klynger", "tre NCE-klynger": a set the text names
        return any(w in self.cues.words["generic_modals"] for w in lowers_of(doc)[clause.start:clause.end])

    @staticmethod
    def _is_group(ent: Span) -> bool:
        """A plural or definite level noun naming a group: "NCE-klyngene", "Arena-prosjektene"."""
        low = ent.text.lower()
        head = low.rsplit("-", 1)[-1]  # "NCE-klyngene", not "NCE-årene" (the years at the level)
        return ("-" in low and low.endswith(("ene", "ane", "a", "er", "ar")) and head.startswith(GROUP_HEADS)) \
            or low.endswith(("klyngene", "prosjektene", "prosjekta"))

    @staticmethod
    def _context_level(doc: Doc, clause: Span, sent: Span, reach_back: bool = True) -> str | None:
        """The level the surrounding text is about: in the clause, else (``reach_back``) the nearest before it."""
        for ent in ents_in(clause):
            if ent.label_ == "STATUS":
                return ent._.value
            if ent.label_ == "PROGRAMME" and ent.kb_id_ not in ("", "NIC"):
                return ent.kb_id_
        if not reach_back:
            return None
        best = None
        for ent in ents_in(doc):
            if ent.end > sent.start:
                break
            held = ent.start > 0 and doc[ent.start - 1].lower_ in HELD_STATE  # "Alle fire har vært Arena-klynger": not theirs now
            if (ent.label_ == "STATUS" and not held) or (ent.label_ == "PROGRAMME" and ent.kb_id_ not in ("", "NIC")):
                best = ent._.value if ent.label_ == "STATUS" else ent.kb_id_
        return best
