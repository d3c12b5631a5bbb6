"""Who a decision is about: the members slot of the document frame.

A report of a decision names its clusters in the same clause ("A og B får
status som …"), or leaves them to the text around it, and how it refers to
them says where to look:

- a list or colon it introduces, section labels included ("Disse får status:
  • A • B", "Arena Pro:\\n\\nA – …");
- the sentences just after it, when they name the members ("Blant de tre er
  A", "Utvalget består av A, B og C", "…; A, B og C");
- for a heading, the sub-headings below it that are cluster names;
- for "begge", "de to", "disse": the names coordinated just before;
- for "klyngen", "den": the cluster named before, else the one in the title;
- for a description or a place as the subject ("Trebransjen på Innherred",
  "Rogaland får status som …") or a headline with no subject: the cluster
  the next sentences name.
"""

from __future__ import annotations

from bisect import bisect_right

from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from ..doccache import ents_in, lowers_of
from ..layout import (DASHES, MOVE_WORDS, NEW_WORDS, blank_line_before, dash_led, ends_with_colon, first_word, header_column, is_blank, is_bullet_item, is_heading,
                      is_label, is_rule_line, is_table_line, label_level, labelled_sections, paragraph_openers, table_cells)
from ..lexicons.events import EventCues
from ..tokenizer import doc_text
from ..tokentable import token_table
from ..lexicons.numbers import NumberWords
from .decisions import LEVEL_RANK, Decision, relative_som
from .mentions import ClusterGroup, ClusterIndex
from .context import year_of
from .time import EXPLICIT, When

FOLLOWING = 2  # how many sentences after a decision may name its members
PARTITIVE_ONE = frozenset({"en", "ei", "et", "ein", "eit", "én", "éi", "éin", "ett", "eitt"})  # "éi av tre klynger"
NUMERAL_ONE = frozenset({"én", "éi", "éin", "ett", "eitt", "éitt"})  # one, not the article "en"/"ei"/"et"
SINGULAR_LEVEL_NOUNS = ("klynge", "klyngje", "-prosjekt", "node")  # "Arena-klynge", "hub-node": one cluster
ARTICLES = frozenset({"en", "ei", "ein", "et", "eit"})  # "en ny klynge": one, but no count of a set
COUNT_FILLERS = frozenset({"nye", "nya", "av", "de", "dei", "andre", "nasjonale"})  # "to av de nye klyngene"
DEFINITE_PLURALS = ("ene", "ane")  # "klyngene": the noun a count counts, not an adjective ("nye", "norske")
PLURAL_ENDINGS = ("er", "ene", "ane", "ar", "a", "verk")  # "klynger", "miljøa", "nettverk"
AGO_NOUNS = frozenset({"år", "tid", "lenge", "måneder", "månader", "uker", "veker", "dager", "dagar", "tiår"})  # "… siden"
QUOTE_SENTENCES = 3  # how many more sentences a quotation may run before its speech verb
ENUMERATION_MARKS = frozenset({",", "og", "samt", "(", ")", ".", "&", ";"})  # between the names of an enumeration
CATAPHOR_REACH = 3  # how many sentences after an anaphor with no antecedent may name its cluster
OTHERS = 8  # how many sentences after a decision's last named member may name "the others" (past sub-headings)
WHEN_WORDS = frozenset({"da", "då", "når"})  # a temporal clause whose decision may be the main clause's subject's
NAMED_REACH = 2  # how many sentences after a described member may give its name ("Klyngen har vært kjent som X")
FROM_LEVEL = frozenset({"fra", "frå"})  # "X, Bergen (fra Arena)": the level before, not the item's
SECTION_REACH = 4  # how far below its name heading a paragraph's decision may stand (sentences)
LATER_LIST = 12  # how many sentences after a memberless announcement its list or table may begin


@dataclass
class Member:
    """A cluster a decision is about, the text it is read from, a level its own context
    gives (the section label of its list item, a level in brackets after the name), and
    a level its list item names after it, for a decision that names none."""
    mention: Span
    group: ClusterGroup
    evidence: Span
    level: str = ""
    item_level: str = ""
    when: When | None = None  # a year of its own: a table row's admission cell


def _level_years(item: Span, start: int) -> list[tuple[str, int]]:
    """The level and year cells a list item gives after its name ("– NCE, 2006", "– Arena, 2012;
    NCE, 2018"): each level right before a bare year, in the item's order."""
    doc = item.doc
    ents = [e for e in ents_in(item) if e.start >= start and e.label_ in ("STATUS", "DATE")]
    out = []
    for a, b in zip(ents, ents[1:]):
        between = [t.text for t in doc[a.end:b.start] if not t.is_space]
        year = year_of(b._.value) if b.label_ == "DATE" else None
        if a.label_ == "STATUS" and a._.value in LEVEL_RANK and year is not None and between in ([","], [], ["("]) \
                and b.end - b.start == 1:
            out.append((a._.value, year))
    return out


def _names_only(item: Span, index: ClusterIndex) -> bool:
    """Whether an item is an enumeration of two or more names and nothing else but their places,
    brackets, commas and "og" ("A (Oslo), B (Stavanger) og C (Tønsberg).")."""
    mentions = index.within(item.start, item.end)
    if len(mentions) < 2:
        return False
    inside = {k for m in mentions for k in range(m.start, m.end)}
    return all(k in inside or t.is_space or t.ent_type_ == "PLACE" or t.text in ENUMERATION_MARKS
               for k, t in ((t.i, t) for t in item))


def _spaced_before(tok: Token) -> bool:
    """Whether a space stands before the token (a spaced dash, not "Navn-Undertittel")."""
    return tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def _bracketed_level(doc: Doc, i: int, limit: int) -> str:
    """The level in brackets right after a name ("Havkraft Cluster (Arena) og Fjordmat Cluster
    (NCE) er tatt opp"): each name's own."""
    if i + 2 < limit and doc[i].text == "(":
        ent = next((e for e in ents_in(doc[i + 1:min(limit, i + 5)]) if e.start == i + 1), None)
        if ent is not None and ent.label_ == "STATUS" and ent.end < limit and doc[ent.end].text == ")":
            return ent._.value or ""
    return ""


def _opens_quote(sent: Span) -> bool:
    """Whether the sentence opens with a quotation mark ("«Vi har fått …»")."""
    table = token_table(sent.doc)
    k = next((i for i in range(sent.start, sent.end) if not table.space[i]), None)
    return k is not None and table.quote[k]


def _table_body(doc: Doc, sents: list[Span], k: int, last_col: int) -> tuple[list[tuple[int, Span, list[tuple[int, int]]]], int]:
    """The rows of a table from sentence ``k`` on, each (number, sentence, cells), up to the
    first line with no cell ``last_col`` (blank lines and rule lines skipped), and the number
    of the sentence after the table."""
    rows = []
    while k < len(sents):
        row = sents[k]
        if row.text.strip() and not is_rule_line(row.text):
            cells = table_cells(doc, row)
            if len(cells) <= last_col:
                break  # the table has ended
            rows.append((k, row, cells))
        k += 1
    return rows, k


RENEWAL_STEMS = ("forleng", "forny")  # "Forlenget Arena-periode", "Fornya avtale": a section of renewals


def section_decision(sent: Span) -> tuple[str, str] | None:
    """(level, action) a section heading tells, either may be "": "Nye på Arena-nivå" →
    (ARENA, granted), "Forlenget Arena-periode" → (ARENA, extended), "Fra NCE til moden klynge"
    → (MATURE, granted); ``None`` for a heading that tells neither ("Kontakt")."""
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    if not words:
        return None
    lows = [t.lower_ for t in words]
    action = "extended" if any(w.startswith(RENEWAL_STEMS) for w in lows) \
        else "granted" if lows[0] in NEW_WORDS or lows[0] in MOVE_WORDS else ""
    level = label_level(sent) if action or any(t.ent_type_ == "STATUS" for t in words) else ""
    return (level, action) if level or action else None


class MemberFinder:
    def __init__(self, cues: EventCues, numbers: NumberWords) -> None:
        self.cues = cues
        # the first word of each money header ("årlig støtte" → "årlig"): a cheap test for a table's header line
        self._money_words = tuple(w.split()[0] for w in cues.words["table_money_headers"] | frozenset(cues.phrases["table_money_headers"]))
        self.numbers = numbers
        self.plural = cues.words["plural_anaphors"] | frozenset(cues.phrases["plural_anaphors"])
        self.descriptive = tuple(cues.words["descriptive_heads"])
        self.indefinite = tuple(cues.words["indefinite_heads"])

    # -- in the report itself -------------------------------------------
    def clause_start(self, doc: Doc, clause: Span, decision: Decision) -> int:
        """Where the decision's own clause begins: after "at" when it sits in an
        at-clause ("Fylkesordføreren er stolt over at A har fått status …")."""
        lows = lowers_of(doc)
        for k in range(decision.start - 1, clause.start - 1, -1):
            if lows[k] in self.cues.words["complementisers"] or lows[k] in self.cues.words["temporal_subordinators"]:
                if lows[k] in ("siden", "sidan") and k > clause.start and lows[k - 1] in AGO_NOUNS:
                    continue  # "for noen år siden ble den hub-node": ago, no subordinate clause
                return k + 1
            if lows[k] == ":" and k + 1 < decision.start and k > clause.start:
                return next((j for j in range(k + 1, decision.start) if lows[j].strip()), k + 1)  # "Andre forsøk lykkes: Klyngen løftes …"
        return first_word(clause)

    def in_clause(self, doc: Doc, clause: Span, sent: Span, decision: Decision, index: ClusterIndex,
                  excluded: set[int]) -> list[Member]:
        """The names in the decision's clause, up to a speech verb after the decision ("…,
        sier Kari Nordmann, leder i NCE X": the speaker's cluster is not the decision's)."""
        start = self.clause_start(doc, clause, decision)
        end = self._speech_at(doc, decision.end, clause.end)
        found = [Member(m, index.group(m), sent, _bracketed_level(doc, m.end, end))
                 for m in index.within(start, end) if m.start not in excluded and m.start not in index.located]
        if not found:
            found = self._relative_antecedent(doc, clause, sent, decision, index, excluded)
        if not found:
            found = self._main_subject(doc, clause, sent, start, index, excluded)
        return found[-1:] if len(found) > 1 and self._singular_relative(doc, decision, found) else found

    def _main_subject(self, doc: Doc, clause: Span, sent: Span, start: int, index: ClusterIndex,
                      excluded: set[int]) -> list[Member]:
        """A decision in a temporal clause that names none of its own: the main clause's names
        ("Også GCE NODE kom med då dei to første GCE-klyngene vart peika ut"), unless the main
        clause is negated ("Hydrogenklynga nådde ikkje opp då dei nye ekspertsentra vart valde ut")."""
        lows = lowers_of(doc)
        first = first_word(clause)
        if start - 1 <= first or lows[start - 1] not in WHEN_WORDS \
                or self.cues.words["negations"].intersection(lows[first:start - 1]):
            return []
        return [Member(m, index.group(m), sent) for m in index.within(first, start - 1)
                if m.start not in excluded and m.start not in index.located]

    @staticmethod
    def _relative_antecedent(doc: Doc, clause: Span, sent: Span, decision: Decision, index: ClusterIndex,
                             excluded: set[int]) -> list[Member]:
        """"Regionen har fra før GCE NODE, som i fjor ble tildelt status som GCE": a decision in a
        relative clause tells of the name right before its ", som"."""
        k = relative_som(doc, sent.start, decision)
        if k is None or k < sent.start + 2:
            return []
        named = [m for m in index.within(sent.start, k - 1) if m.end == k - 1 and m.start not in excluded]
        return [Member(named[-1], index.group(named[-1]), sent)] if named else []

    @staticmethod
    def _singular_relative(doc: Doc, decision: Decision, found: list[Member]) -> bool:
        """"… blant annet A og B, som ble Arena-klynge i 2021": a relative clause whose level
        noun is singular tells of the last name before "som" alone ("Arena-klynger": of all)."""
        lows = lowers_of(doc)
        k = decision.start - 1
        while k > 0 and lows[k] in ("nå", "no", "også", "i", "år", "fjor"):
            k -= 1
        attached = found[-1].mention.end == k or (found[-1].mention.end == k - 1 and lows[k - 1] == ",")
        if lows[k] != "som" or not attached:
            return False  # "A og B er blant dei første klyngene som får …": the noun before "som" is all of them
        level = decision.level_span
        return level is not None and level.text.lower().endswith(SINGULAR_LEVEL_NOUNS)

    def in_items(self, items: list[tuple[Span, Span | None]], index: ClusterIndex, excluded: set[int]) -> list[Member]:
        """The first name of each list item, with the level of its section label or in
        brackets after the name ("Havkraft Cluster (Arena)"), and the level the item names
        after it (a table row's "Havkraft Cluster · Arena · Bergen")."""
        out = []
        negations = self.cues.words["negations"]
        for item, label in items:
            level = label_level(label) if label is not None else ""
            doc = item.doc
            lows = lowers_of(doc)
            if negations.intersection(lows[item.start:item.end]):
                continue  # "Også NCE Subsea søkte om GCE-status, men nådde ikke opp": no member of the list
            enumeration = _names_only(item, index)  # "A (Oslo), B (Stavanger) og C (Tønsberg).": each is an item
            for m in index.within(item.start, item.end):
                if m.start not in excluded and not self._attached(doc, m):  # not the hub: "…, knytt til NCE X"
                    steps = _level_years(item, m.end)
                    if steps and not enumeration:  # "Havkraft Cluster (Hamar) – Arena, 2012; NCE, 2018": one per step
                        out += [Member(m, index.group(m), item, step, step, When(year, EXPLICIT)) for step, year in steps]
                        break
                    named = next((e._.value for e in ents_in(item) if e.label_ == "STATUS" and e.start >= m.end
                                  and lows[e.start - 1] not in FROM_LEVEL), "")  # "(fra Arena)": the level it left
                    out.append(Member(m, index.group(m), item, level or _bracketed_level(doc, m.end, item.end),
                                      named or ""))
                    if not enumeration:
                        break
        return out

    def _attached(self, doc: Doc, mention: Span) -> bool:
        """Whether a word of attachment stands right before the name ("knytt til X", "under X")."""
        return self.cues.ends_before("hub_markers", lowers_of(doc), mention.start)

    # -- how the report refers to members it does not name ---------------
    def reference(self, doc: Doc, clause: Span, decision: Decision, index: ClusterIndex) -> str:
        """``plural`` ("begge", "de to"), ``singular`` ("klyngen", "den"), ``speaker``
        ("– Vi har fått …, sier X"), ``status`` (the
        status itself or nothing before the verb), ``described`` (a place or a description
        before it), or ``other`` ("Tre nye klynger", "Regjeringen har utnevnt …")."""
        if decision.trigger.tense == "adjective" and not self.one_of_set(doc, clause, decision):
            return "other"  # "Nye Arena-klynger", "tre nye NCE-er": the announcement names its set (not "X blir ei av tre nye klynger")
        first = self.clause_start(doc, clause, decision)
        subject = doc[first:decision.start]
        lows = lowers_of(doc)[first:decision.end + 2]
        words = [w for w in lows if w.strip()]
        pairs = {f"{a} {b}" for a, b in zip(words, words[1:])}
        partitive = any(a in ARTICLES | {"én", "éin", "éi", "ett", "eitt"} and b == "av" for a, b in zip(words, words[1:]))
        if ((set(words[:decision.start - first + 2]) & self.plural or pairs & self.plural) and not partitive) \
                or self._inverted_plural(doc, first, decision.end):
            return "plural"  # not "X er ei av dei to første som får …": one of them; "… får de avtalen forlenget"
        contracts = self.cues.words["contract_nouns"]
        if any(t.lower_ in self.cues.words["singular_anaphors"] or self._pronoun_subject(doc, t.i, decision)
               or (t.i < decision.start and t.lower_.rsplit("-", 1)[-1] in contracts) for t in doc[first:decision.end + 2]):
            return "singular"  # "klyngen", "den", and "avtalen vart forlengd": the cluster's contract
        speakers = self.cues.words["speaker_pronouns"]
        opener = next((w for w in lows[:decision.start - first] if w.isalpha()), None)
        inverted = decision.start + 1 < len(doc) and doc[decision.start + 1].lower_ in speakers  # "Året etter fikk vi …"
        if opener in speakers or inverted or any(w in speakers for w in lows[max(0, decision.start - first - 3):decision.start - first]):
            return "speaker"  # "– Vi har fått NCE-status, sier …", "– Vi er glade for å ha fått …, sier …"
        return self._described(doc, subject)

    def _inverted_plural(self, doc: Doc, start: int, end: int) -> bool:
        """"Etter midtveisevalueringen får de avtalen forlenget": "de"/"dei" right after the finite
        verb of a fronted clause, not a determiner ("får de nye klyngene")."""
        lows = lowers_of(doc)
        for k in range(start + 1, min(end + 2, len(doc) - 1)):
            if lows[k] in ("de", "dei") and lows[k - 1] in self.cues.words["finite_verbs"] \
                    and not lows[k + 1].endswith(("e", "ene", "ane")) and not doc[k + 1].like_num:
                return True
        return False

    def _pronoun_subject(self, doc: Doc, i: int, decision: Decision) -> bool:
        """"Den fikk status …" refers back; "Den 20. juni …" or "den nye klyngen" does not; nor
        does a determiner after the verb ("fikk den nye statusen"), while an inverted subject does
        ("Tre år senere fikk den plass i Arena-programmet")."""
        if doc[i].lower_ not in self.cues.words["pronoun_anaphors"]:
            return False
        if i >= decision.start:
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            return i == decision.start + 1 and nxt is not None and not nxt.like_num \
                and not nxt.lower_.endswith(("en", "et", "a", "e")) and (nxt.is_alpha or "-" in nxt.text)
        between = doc[i + 1:decision.start]
        lows = [t.lower_ for t in between[:3]]
        if len(lows) == 3 and lows[0] in ("er", "var") and lows[1] in PARTITIVE_ONE and lows[2] == "av":
            return True  # "Ho er éi av tre klynger som i dag vart løfta …": one of the set decided
        return len(between) <= 2 and not any(t.like_num or t.ent_type_ for t in between)

    def _described(self, doc: Doc, subject: Span) -> str:
        """``status`` when nothing or only the status stands before the verb ("Får status
        som …", "Arena-status ble innvilget"), ``described`` when a place or a description
        stands where a name would ("Rogaland får status som …", "Trebransjen på Innherred
        har fått …"), else ``other``."""
        words = [t for t in subject if not t.is_space and not t.is_punct and t.ent_type_ != "DATE"
                 and t.lower_ not in self.cues.words["fronted_adverbials"]]
        if not words or all(t.ent_type_ == "STATUS" or t.lower_.startswith("status")
                            or t.lower_ in self.cues.words["passive_auxiliaries"] for t in words):
            return "status"
        head = words[0]
        if head.ent_type_ == "PLACE":
            places = all(t.ent_type_ == "PLACE" or t.lower_ in ("og", "i", "på") for t in words)
            return "described" if places else "other"
        # "Trebransjen på Innherred", and a compound after "at" ("… klart at reiselivsnettverket på Vestlandet blir …")
        compound = head.text[:1].isupper() or head.lower_ not in self.descriptive
        described = compound and not head.ent_type_ and head.lower_.endswith(self.descriptive) and all(
            not t.ent_type_ or t.ent_type_ == "PLACE" for t in words)
        # "Eit nytt nettverk av sagbruk … er teke opp" under the name's heading: an indefinite description
        indefinite = head.lower_ in ARTICLES and any(t.lower_.endswith(self.indefinite) for t in words[1:3]) \
            and all(not t.ent_type_ or t.ent_type_ == "PLACE" for t in words)
        return "described" if described or indefinite else "other"

    # -- the text around the report ------------------------------------------
    def following(self, doc: Doc, sents: list[Span], n: int, index: ClusterIndex, excluded: set[int],
                  items_of, level: str = "", action: str = "granted") -> list[Member]:
        """Members named in one of the next sentences: "Blant de fem er X", "Det er A og
        B", "Utvalget består av …", a colon list, or names after a semicolon. A quotation
        paragraph in between ("– Klyngene er viktige, seier …") does not count, nor a list
        whose colon line names only another level than the decision's ("… og to nettverk
        blir hub-noder." before "Nye Arena-klynger:")."""
        for k in self._next_told(doc, sents, n):
            sent = sents[k]
            rows = self.table_rows(doc, sents, k, index, excluded) if action == "granted" else []
            if rows:  # "… hvilket år de ble tatt opp" over "Klynge | Nivå | Opptak": each row's own level
                return [m for m in rows if not level or m.level == level]
            if self._membership(doc, sent):
                # "Den maritime klyngen på Sunnmøre er en av dem. … vært kjent som NCE Maritime": a description, named next
                found = self._named_in(doc, sent, index, excluded) or self._named_after(doc, sents, k, index, excluded)
                if found:
                    return found + self.rest(doc, sents, found, index, excluded, level)
            if ends_with_colon(sent):
                told = section_decision(sent)
                if told is not None and told[1] and told[1] != action:
                    continue  # "Nye på Arena-nivå" under "Samtidig forlenges to Arena-klynger": another decision's list
                own = self._list_of_level(sents, k, level, items_of)
                found = self.in_items(items_of(own), index, excluded) if own is not None else []
                if found:
                    return found + self.rest(doc, sents, found, index, excluded, level)
            found = self._after_semicolon(doc, sent, index, excluded)
            if found:
                return found
        return []

    def later_table(self, doc: Doc, sents: list[Span], n: int, clause: Span, index: ClusterIndex, excluded: set[int],
                    level: str) -> list[Member]:
        """"To nye klynger slipper inn på Arena-nivå, tre klynger avanserer til Arena Pro" over
        "Årets opptak:" and a table whose header names a cluster and a level column, a paragraph
        further down (a table says each row's level, so it may stand further off than a list):
        the rows of the decision's level, or of each level the clause tells of when it tells of several
        (not the one they come from: "To klynger går fra Arena til Arena Pro" is of Arena Pro)."""
        levels = {e._.value for e in ents_in(clause) if e.label_ == "STATUS"
                  and not (e.start > 0 and doc[e.start - 1].lower_ in ("fra", "frå"))} - {None, ""}
        for k in range(n + 1, min(len(sents), n + 1 + LATER_LIST)):
            rows = self.table_rows(doc, sents, k, index, excluded)
            if rows:
                return [m for m in rows if not level or m.level in (levels if len(levels) > 1 else {level})]
        return []

    def table_rows(self, doc: Doc, sents: list[Span], k: int, index: ClusterIndex, excluded: set[int]) -> list[Member]:
        """The rows of a table whose header line at ``k`` names a cluster column and a level
        column ("Klynge | Nivå | Opptak | Sted"): each row's cluster with the level of its level
        cell and, under an admission column ("Opptak", "År", "Sidan"), the year of its cell."""
        columns = self._table_header(doc, sents[k])
        if columns is None:
            return []
        name_col, level_col, year_col = columns
        out: list[Member] = []
        for sent in sents[k + 1:]:
            if not sent.text.strip() or is_rule_line(sent.text):
                continue
            cells = table_cells(doc, sent)
            if len(cells) <= max(c for c in columns if c is not None):
                break  # the table has ended
            a, b = cells[name_col]
            named = [m for m in index.within(a, b) if m.start not in excluded]
            if not named:
                continue
            level = next((e._.value for e in ents_in(doc[slice(*cells[level_col])]) if e.label_ == "STATUS"), "")
            when = None
            if year_col is not None:
                date = next((e for e in ents_in(doc[slice(*cells[year_col])]) if e.label_ == "DATE"), None)
                year = date._.value if date is not None and isinstance(date._.value, int) else None
                when = When(year, EXPLICIT, (date.start_char, date.end_char)) if year else None
            out.append(Member(named[0], index.group(named[0]), sent, level, level, when))
        return out

    def money_rows(self, doc: Doc, sents: list[Span], index: ClusterIndex, excluded: set[int]
                   ) -> dict[int, tuple[Member, Span, int]]:
        """The rows of tables whose header names a cluster column and a money column ("Klynge |
        Nivå | Årlig støtte"): sentence number → (the row's cluster with its level cell, the
        header's money cell, the row's money column), so that an amount in that column is
        that cluster's."""
        out: dict[int, tuple[Member, Span, int]] = {}
        for sent, name_col, money_col, header, rows in self._money_tables(doc, sents, "table_name_headers"):
            level_col = self._header_cell(doc, sent, "table_level_headers")
            for j, row, cells in rows:
                named = [m for m in index.within(*cells[name_col]) if m.start not in excluded]
                if named:
                    level = next((e._.value for e in ents_in(doc[slice(*cells[level_col])]) if e.label_ == "STATUS"), "") \
                        if level_col is not None and level_col < len(cells) else ""
                    out[j] = (Member(named[0], index.group(named[0]), row, level, level), header, money_col)
        return out

    def level_rows(self, doc: Doc, sents: list[Span]) -> dict[int, tuple[str, Span, Span, int, int | None]]:
        """The rows of tables whose header names a level column and a money column but no
        cluster column ("Nivå | Støtte per år | Periode"): sentence number → (the row's level,
        its level cell, the header's money cell, the money column, the term column or None),
        so that an amount in that column is the level's group's."""
        out: dict[int, tuple[str, Span, Span, int, int | None]] = {}
        for sent, level_col, money_col, header, rows in self._money_tables(doc, sents, "table_level_headers",
                                                                            without="table_name_headers"):
            term_col = self._header_cell(doc, sent, "table_term_headers")
            for j, row, cells in rows:
                cell = doc[slice(*cells[level_col])]
                level = next((e._.value for e in ents_in(cell) if e.label_ == "STATUS"), "")
                if level:
                    out[j] = (level, cell, header, money_col, term_col if term_col is not None and term_col < len(cells) else None)
        return out

    def _money_tables(self, doc: Doc, sents: list[Span], key: str, without: str | None = None
                      ) -> Iterator[tuple[Span, int, Span, list]]:
        """Each table whose header line has a ``key`` column and a money column (and no ``without``
        column): (header line, key column, money column, the header's money cell, body rows)."""
        k = 0
        while True:
            k, sent = self._money_header(doc, sents, k)
            if sent is None:
                return
            key_col, money_col = self._header_cell(doc, sent, key), self._header_cell(doc, sent, "table_money_headers")
            if key_col is None or money_col is None or (without and self._header_cell(doc, sent, without) is not None):
                continue
            header = doc[slice(*table_cells(doc, sent)[money_col])]
            rows, k = _table_body(doc, sents, k, max(key_col, money_col))
            yield sent, key_col, money_col, header, rows

    def _money_header(self, doc: Doc, sents: list[Span], k: int) -> tuple[int, Span | None]:
        """The next line from sentence ``k`` on that may head a table with a money column (cells,
        and a money header word), and the number of the line after it; (len, None) at the end."""
        text = doc_text(doc)
        money = self._money_words
        while k < len(sents):
            sent = sents[k]
            k += 1
            chunk = text[sent.start_char:sent.end_char]
            if not any(c in chunk for c in ("|", "\t", "  ")) or not any(w in chunk.lower() for w in money):
                continue  # cheap tests first: a header line has cells and a money word
            if "|" in chunk or is_table_line(doc, sent):
                return k, sent
        return k, None

    def _table_header(self, doc: Doc, sent: Span) -> tuple[int, int, int | None] | None:
        """The columns of name, level and admission year in a header line, or None."""
        if "|" not in sent.text and not is_table_line(doc, sent):
            return None
        find = lambda key: self._header_cell(doc, sent, key)  # noqa: E731
        name, level = find("table_name_headers"), find("table_level_headers")
        return (name, level, find("table_year_headers")) if name is not None and level is not None else None

    def _header_cell(self, doc: Doc, sent: Span, key: str) -> int | None:
        """The column of a header line whose cell is one of the ``table_*_headers`` words ``key``."""
        return header_column(doc, sent, self.cues.words[key] | frozenset(self.cues.phrases[key]))

    @staticmethod
    def _list_of_level(sents: list[Span], k: int, level: str, items_of) -> int | None:
        """The colon line of the list that holds a decision's members, from the one at ``k``:
        that one, unless its line names only other levels; then the next list of a run of
        lists, one per level ("Nye Arena-klynger: … Nye hub-noder: …"), that names the
        decision's level. None when the run has no list of that level."""
        starts = [s.start for s in sents]
        while True:
            named = {e._.value for e in ents_in(sents[k]) if e.label_ == "STATUS"} - {None, ""}
            if not (level and named) or level in named:
                return k
            items = items_of(k)
            if not items:
                return None
            k = bisect_right(starts, items[-1][0].end - 1)  # the sentence after the list's last item
            while k < len(sents) and is_blank(sents[k]):
                k += 1
            if k >= len(sents) or not ends_with_colon(sents[k]):
                return None

    @staticmethod
    def _next_told(doc: Doc, sents: list[Span], n: int) -> list[int]:
        """The FOLLOWING sentences after ``n`` that are not part of a quotation paragraph."""
        out: list[int] = []
        quoting = False
        for k in range(n + 1, len(sents)):
            if dash_led(sents[k]) and blank_line_before(doc, sents[k]):
                quoting = True  # "– …, seier fylkesordføraren." as a paragraph of its own
            elif blank_line_before(doc, sents[k]):
                quoting = False
            if not quoting:
                out.append(k)
                if len(out) == FOLLOWING:
                    break
        return out

    def _named_after(self, doc: Doc, sents: list[Span], k: int, index: ClusterIndex, excluded: set[int]) -> list[Member]:
        """The cluster the sentences after ``k`` name with a naming verb ("Klyngen har vært kjent
        som X", "Fra nå av heter den Y"; within NAMED_REACH, in the same paragraph)."""
        naming = self.cues.words["past_naming"] | self.cues.words["present_naming"] | {"kjent", "kjend", "navnet", "namnet"}
        lows = lowers_of(doc)
        for j in range(k + 1, min(len(sents), k + 1 + NAMED_REACH)):
            if blank_line_before(doc, sents[j]) or is_heading(sents[j]):
                break
            for m in index.within(sents[j].start, sents[j].end):
                if m.start not in excluded and any(lows[i] in naming for i in range(max(sents[j].start, m.start - 3), m.start)):
                    return [Member(m, index.group(m), sents[j])]
        return []

    def _named_in(self, doc: Doc, sent: Span, index: ClusterIndex, excluded: set[int]) -> list[Member]:
        """The clusters ``sent`` names before a speech verb (not the speaker's organisation after "seier")."""
        said = self._speech_at(doc, sent.start, sent.end)
        return [Member(m, index.group(m), sent) for m in index.within(sent.start, said) if m.start not in excluded]

    def rest(self, doc: Doc, sents: list[Span], members: list[Member], index: ClusterIndex,
             excluded: set[int], level: str = "") -> list[Member]:
        """"Blant de seks er A. De fem andre er B, C …": the members that a sentence after the
        last of ``members`` adds by naming the others of the same set (within the next
        sentences, past sub-headings); a sentence that names another level than the decision's
        ``level`` ("De to andre nykommerne på NCE-nivå er …" after an Arena decision) is of another set."""
        if not members:
            return []
        last = max(m.evidence.start for m in members)
        k = next(j for j in range(len(sents) - 1, -1, -1) if sents[j].start <= last)
        for sent in sents[k + 1:k + 1 + OTHERS]:
            if self._others(doc, sent):
                copula = next((t.i for t in sent if t.lower_ in self.cues.words["copulas"]), sent.end)
                lows = lowers_of(doc)  # "De to andre som rykker opp fra NCE, er …": the level they leave is not theirs
                named = {e._.value for e in ents_in(doc[sent.start:copula]) if e.label_ == "STATUS" and e._.value in LEVEL_RANK
                         and lows[e.start - 1] not in ("fra", "frå")}
                return self._named_in(doc, sent, index, excluded) if not (level and named and level not in named) else []
        return []

    def _others(self, doc: Doc, sent: Span) -> bool:
        """A sentence that opens "De (fem) andre (nye klyngene) er", "Dei øvrige var", "Blant
        de andre er": the rest of a set."""
        i = first_word(sent)
        lows_all = lowers_of(doc)
        if lows_all[i] == "blant" and i + 2 < sent.end:
            i = next((j for j in range(i + 1, sent.end) if lows_all[j].strip()), i)
        if lows_all[i] not in ("de", "dei"):
            return False
        lows = [w for w in lowers_of(doc)[i:min(sent.end, i + 10)] if w.strip()]
        if len(lows) < 3:
            return False
        at = next((j for j in (1, 2) if j < len(lows) and lows[j] in self.cues.words["other_members"]), None)
        # "De to andre nykommerne på NCE-nivå er …": a level's locative may stand before the copula,
        # and a relative clause ("De to andre som rykker opp fra NCE til det nye nivået, er …")
        reach = 12 if at is not None and at + 1 < len(lows) and lows[at + 1] == "som" else 6
        if reach == 12:
            lows = [w for w in lowers_of(doc)[i:min(sent.end, i + 18)] if w.strip()]
        return at is not None and any(w in self.cues.words["copulas"] for w in lows[at + 1:at + reach])

    def _speech_at(self, doc: Doc, start: int, end: int) -> int:
        """The first speech verb ("sier", "seier") in tokens ``start``–``end``, else ``end``."""
        lows = lowers_of(doc)
        speech = self.cues.words["speech_verbs"]
        return next((i for i in range(start, end) if lows[i] in speech), end)

    def _membership(self, doc: Doc, sent: Span) -> bool:
        """A sentence that names a decision's members: one that opens with a membership
        word ("Blant de fem er …", "Utvalget består av …") or holds a phrase that points
        back to the decision's set ("X er en av dem", "… gjelder det A og B")."""
        i = first_word(sent)
        lows = [w for w in lowers_of(doc)[i:min(sent.end, i + 4)] if w.strip()]
        if bool(lows) and (lows[0] in self.cues.words["membership_openers"] or any(
                " ".join(lows[:k]) in self.cues.phrases["membership_openers"] for k in (2, 3, 4))):
            return True
        if self._set_restated(doc, i, sent.end):
            return True
        text = " " + " ".join(w for w in lowers_of(doc)[sent.start:sent.end] if w.strip()) + " "
        return any(f" {p} " in text for p in self.cues.phrases["membership_phrases"])  # "X er en av dem"

    def count_of(self, doc: Doc, clause: Span, decision: Decision) -> int | None:
        """How many clusters the decision's subject counts ("to av NCE-klyngene", "Tre nye
        NCE-er og fire nye Arena-prosjekter": 7), or None when it counts none: a list found
        elsewhere with more members is another set."""
        return self.count_in(doc, self.clause_start(doc, clause, decision), min(clause.end, decision.end + 8))

    def announced_count(self, doc: Doc, clause: Span, decision: Decision) -> int | None:
        """How many clusters an announcement counts, the head of its subject included ("Dei tre
        klyngene som i dag vart tekne opp …", where :meth:`count_of` reads from "som" on)."""
        return self.count_in(doc, clause.start, min(clause.end, decision.end + 8))

    def set_size(self, doc: Doc, clause: Span, decision: Decision) -> int | None:
        """How many clusters the decision's set holds: its subject's count, or, when the clause
        tells of several levels ("To nye klynger slipper inn på Arena-nivå, tre klynger avanserer
        til Arena Pro"), every count in the clause."""
        if len({e._.value for e in ents_in(clause) if e.label_ == "STATUS"} - {None, ""}) > 1:
            return self.count_in(doc, clause.start, clause.end)
        return self.count_of(doc, clause, decision)

    def one_of_set(self, doc: Doc, clause: Span, decision: Decision) -> bool:
        """Whether the clause tells of one member of the set it counts: "… blir ei av tre nye
        klynger i programmet", "er én av fem som i år er tekne opp"."""
        lows = lowers_of(doc)
        counts = self._counts(doc, clause.start, min(clause.end, decision.end + 8))
        return any(k - 2 >= clause.start and lows[k - 1] == "av" and lows[k - 2] in PARTITIVE_ONE
                   for k in (self._count_word(doc, j) for _, j in counts))

    def _count_word(self, doc: Doc, noun: int) -> int:
        """The token of the number that counts the noun at ``noun`` (past fillers such as "nye")."""
        lows = lowers_of(doc)
        k = noun - 1
        while k > 0 and self.numbers.parse(lows[k]) is None and not doc[k].text.isdecimal() and k > noun - 5:
            k -= 1
        return k

    def count_in(self, doc: Doc, start: int, end: int) -> int | None:
        """The clusters tokens ``start``–``end`` count, in all; None when they count none."""
        counts = self._counts(doc, start, end)
        return sum(n for n, _ in counts) if counts else None

    def counted_set(self, doc: Doc, clause: Span) -> bool:
        """Whether the clause counts the clusters of a level it tells of ("har valgt ut fire nye
        Arena-klynger", "tre nye NCE-er"): a set announced, whose members the text names below."""
        return any(doc[j].ent_type_ == "STATUS" and not doc[j].lower_.endswith(SINGULAR_LEVEL_NOUNS)
                   for _, j in self._counts(doc, clause.start, clause.end))

    def _counts(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """(number, noun) for each count of clusters in tokens ``start``–``end``: a number word
        or a small numeral, past "av de nye" and adjectives ("To norske næringsklynger"), then a
        level or a plural noun; not an article ("en ny klynge") nor a date or an amount."""
        lows = lowers_of(doc)
        out = []
        for k in range(start, end):
            if doc[k].ent_type_ in ("DATE", "MONEY") or lows[k] in ARTICLES:
                continue
            n = self.numbers.parse(lows[k])
            if n is None and doc[k].text.isdecimal() and doc[k].text.isascii() and len(doc[k].text) <= 2:
                n = int(doc[k].text)
            if n is None:
                continue
            j = k + 1
            while j < min(end, k + 5) and (lows[j] in COUNT_FILLERS or (doc[j].is_lower and lows[j].endswith("e")
                                                                         and not lows[j].endswith(DEFINITE_PLURALS)
                                                                         and doc[j].ent_type_ != "STATUS")):
                j += 1
            if j < end and (doc[j].ent_type_ == "STATUS" or (doc[j].is_lower and lows[j].endswith(PLURAL_ENDINGS))):
                out.append((int(n), j))
            elif lows[k] in NUMERAL_ONE:
                j += j < end and lows[j] in ("ny", "nytt")
                if j < end and (doc[j].ent_type_ == "STATUS" or (doc[j].is_lower and lows[j].endswith(SINGULAR_LEVEL_NOUNS))):
                    out.append((1, j))  # "én ny klynge tas opp": the numeral, not the article
        return out

    def _set_restated(self, doc: Doc, i: int, end: int) -> bool:
        """"De to nykommerne er …", "Dei tre nye klyngjene var …": "de"/"dei", a count or
        "nye", a plural definite noun for the set, and a copula."""
        lows = lowers_of(doc)
        if lows[i] not in ("de", "dei"):
            return False
        k = i + 1
        while k < end and (self.numbers.parse(lows[k]) is not None or lows[k] in ("nye", "andre")):
            k += 1
        if k == i + 1 or k + 1 >= end or not lows[k].endswith(("ne", "na", "a")) or not doc[k].is_lower:
            return False  # "De er …" and "De tre er …" are openers of their own; a count or "nye" comes first
        return lows[k + 1] in self.cues.words["copulas"]

    @staticmethod
    def _after_semicolon(doc: Doc, sent: Span, index: ClusterIndex, excluded: set[int]) -> list[Member]:
        """"Tre søkere lyktes; A i Valdres, B og C": a part after a semicolon or colon
        that is nothing but names (with their places)."""
        for k in range(sent.start, sent.end):
            if doc[k].text not in (";", ":"):
                continue
            found = [m for m in index.within(k + 1, sent.end) if m.start not in excluded]
            rest = [t for t in doc[k + 1:sent.end] if not (t.is_space or t.is_punct or t.ent_type_ in ("CLUSTER", "PLACE")
                                                           or t.lower_ in ("og", "samt", "i", "på", "fra", "frå"))]
            if len(found) >= 1 and not rest:
                return [Member(m, index.group(m), sent) for m in found]
        return []

    def quoted(self, doc: Doc, sent: Span) -> bool:
        """Whether ``sent`` is a quotation: it opens with a dash or a quote mark, or has a speech verb."""
        return dash_led(sent) or any(t.is_quote for t in sent[:2]) or self._speech_at(doc, sent.start, sent.end) < sent.end

    def page_voice(self, doc: Doc, sent: Span, index: ClusterIndex) -> ClusterGroup | None:
        """Who "vi" in ``sent`` is when no one is quoted: on a cluster's own page, the cluster
        the page names most; ``None`` in a quotation (there the speaker's cluster is) and on an
        organisation's own page (a member company's "Vi har fått et tilskudd …")."""
        return None if self.quoted(doc, sent) or index.organisation_page() else index.main()

    def speaker(self, doc: Doc, sents: list[Span], n: int, decision: Decision, index: ClusterIndex,
                excluded: set[int]) -> list[Member]:
        """"– Vi har fått status som NCE, sier Kari Nordmann, leder i X": the speaker's cluster,
        named after the speech verb that closes the quotation (in a later sentence of the
        paragraph when the quotation goes on: "– Vi har fått Arena Pro-status. Det betyr …,
        seier klyngeleiar Y i X")."""
        sent = sents[n]
        verb = self._speech_at(doc, decision.end, sent.end)
        k = n
        while verb >= sent.end and (dash_led(sents[n]) or _opens_quote(sents[n])) \
                and k + 1 < min(len(sents), n + 1 + QUOTE_SENTENCES) and not blank_line_before(doc, sents[k + 1]):
            k += 1  # the quotation goes on in the paragraph: its speaker is named where it ends
            sent = sents[k]
            verb = self._speech_at(doc, sent.start, sent.end)
        found = [m for m in index.within(verb, sent.end) if m.start not in excluded] if verb < sent.end else []
        return [Member(found[0], index.group(found[0]), sent)] if found else []

    def plural_antecedents(self, doc: Doc, sents: list[Span], n: int, index: ClusterIndex, excluded: set[int]
                           ) -> list[Member]:
        """The names coordinated in the nearest sentence before (within two) that has
        two or more: what "begge" and "de to" refer to."""
        for k in range(n - 1, max(-1, n - 1 - FOLLOWING), -1):
            sent = sents[k]
            found: dict[int, Member] = {}
            for m in index.within(sent.start, sent.end):
                if m.start not in excluded:
                    found.setdefault(id(index.group(m)), Member(m, index.group(m), sent))
            if len(found) >= 2:
                return list(found.values())
        return []

    @staticmethod
    def sub_headings(doc: Doc, sents: list[Span], n: int, index: ClusterIndex, excluded: set[int],
                     level: str = "", action: str = "") -> list[Member]:
        """Headings below an announcing heading that are a cluster's name (with at most a
        place after it): one per new cluster, each over its own paragraph; under a level
        label ("Ny GCE") with that label's level. A section heading that tells another
        decision than the announcement's ``level``/``action`` ("Nye på Arena-nivå" under
        "Samtidig forlenges to Arena-klynger"; "Forlenget Arena-periode") holds none of its members."""
        out = []
        label = ""
        other = False  # in a section of another level or action
        for sent in sents[n + 1:]:
            labelled = is_label(sent)
            mention = None if labelled else MemberFinder._name_heading(sent, index, excluded)
            if mention is not None:
                if not other:
                    out.append(Member(mention, index.group(mention), sent, label))
                continue
            told = section_decision(sent) if labelled or (is_heading(sent) and not is_bullet_item(sent)) else None
            if labelled or told is not None:
                label = label_level(sent) if labelled else told[0]
                other = bool((level and label and label != level) or (action and told and told[1] and told[1] != action))
        return out

    @staticmethod
    def _name_heading(sent: Span, index: ClusterIndex, excluded: set[int]) -> Span | None:
        """The cluster a heading names, when it is a name with at most a place after it
        ("NCE iKuben, Molde"); not a bullet item (it belongs to the list above) nor a colon line."""
        if not is_heading(sent, max_tokens=16) or ends_with_colon(sent) or is_bullet_item(sent):
            return None  # a name, its place and a note ("NCE X, Oslo-regionen – det tidligere Arena Y")
        words = [t for t in sent if not t.is_space and not t.is_punct]
        mention = next((m for m in index.within(words[0].i, words[0].i + 1) if m.start not in excluded), None) if words else None
        if mention is None:
            return None
        # "Eyde-klynga, Agder – tidlegare Arena-prosjekt": a spaced dash after the name and place opens a note
        dash = next((t.i for t in sent if t.i > mention.end and t.text in DASHES and t.whitespace_ and _spaced_before(t)), sent.end)
        if any(mention.end <= t.i < dash and t.ent_type_ != "PLACE" for t in words):
            return None
        return mention

    def section_name(self, doc: Doc, sents: list[Span], n: int, index: ClusterIndex, excluded: set[int]) -> list[Member]:
        """"NCE iKuben, Molde" over "Arrangørbransjen i hovedstaden tas opp i Arena": a
        paragraph under a heading that names one cluster tells of that cluster, whatever
        description its sentence gives for it (the nearest heading above, a few sentences up)."""
        for k in range(n - 1, max(-1, n - 1 - SECTION_REACH), -1):
            if is_heading(sents[k]):
                mention = self._name_heading(sents[k], index, excluded)
                return [Member(mention, index.group(mention), sents[n])] if mention is not None else []
        return []

    @staticmethod
    def paragraph_subjects(doc: Doc, sents: list[Span], n: int, index: ClusterIndex, excluded: set[int]) -> list[Member]:
        """Below an announcing heading ("Fire nye Arena-klynger"), the name that opens each
        paragraph up to the next heading: one paragraph per new cluster."""
        out = []
        for para in paragraph_openers(doc, sents, n):
            words = [t for t in para if not t.is_space and not t.is_punct]
            mention = next((m for m in index.within(words[0].i, words[0].i + 1) if m.start not in excluded), None) if words else None
            if mention is not None:
                out.append(Member(mention, index.group(mention), para))
        return out

    def later_list(self, doc: Doc, sents: list[Span], n: int, index: ClusterIndex, excluded: set[int], items_of,
                   level: str) -> list[Member]:
        """"Sju klynger tatt opp" over a table further down ("Årets opptak" and its rows) or
        sections under level labels ("Arena Pro:" and its lines): the first list within the
        next sentences whose items are cluster names that each name their level; a report
        of one level takes the items of that level only."""
        for k in range(n + 1, min(len(sents), n + 1 + LATER_LIST)):
            sections = [m for m in self.in_items(labelled_sections(doc, sents, k), index, excluded) if m.level]
            if sections:
                return [m for m in sections if m.level == level] if level else sections
            found = self.in_items(items_of(k), index, excluded)
            if not found:
                continue
            if not all(m.item_level and (is_heading(m.evidence, max_tokens=24) or is_bullet_item(m.evidence)) for m in found):
                return []  # rows and short lines that name their levels, not paragraphs that mention one
            return [m for m in found if m.item_level == level] if level else found
        return []

    @staticmethod
    def cataphor(doc: Doc, sents: list[Span], n: int, index: ClusterIndex, excluded: set[int]) -> list[Member]:
        """The name an anaphor with nothing before it stands for: the cluster that opens one of
        the next sentences (within CATAPHOR_REACH, past one paragraph break): "Den maritime klynga
        på Sunnmøre får status som GCE. … \n\nGCE Blue Maritime Cluster samlar …"."""
        breaks = 0
        for k in range(n + 1, min(len(sents), n + 1 + CATAPHOR_REACH)):
            if blank_line_before(doc, sents[k]):
                breaks += 1
                if breaks > 1 or is_heading(sents[k]):
                    break
            i = first_word(sents[k])
            found = [m for m in index.within(i, i + 1) if m.start not in excluded]
            if found:
                return [Member(found[0], index.group(found[0]), sents[k])]
        return []

    def next_named(self, doc: Doc, sents: list[Span], n: int, index: ClusterIndex, excluded: set[int]) -> list[Member]:
        """The first cluster the next sentences of the paragraph name (within two); not a
        speaker's organisation ("…, seier dagleg leiar Kari Nordmann i Fjellmat Cluster").
        A heading's paragraph is the one under it."""
        line = is_heading(sents[n]) or is_bullet_item(sents[n])
        for k in range(n + 1, min(len(sents), n + 1 + FOLLOWING)):
            if (k > n + 1 or not line) and blank_line_before(doc, sents[k]):
                break
            if line and (is_heading(sents[k]) or is_bullet_item(sents[k])):
                break  # "2021 – Arena-avtalen forlenget": the next line of a timeline is another item
            found = [m for m in index.within(sents[k].start, self._speech_at(doc, sents[k].start, sents[k].end))
                     if m.start not in excluded]
            if found:
                return [Member(found[0], index.group(found[0]), sents[k])]
        return []
