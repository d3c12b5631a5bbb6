"""Decision words in a clause: the action and level slots of a report.

A clause reports a decision when it holds a trigger from
``patterns/event_triggers.jsonl`` whose requirement is met (a level after
"blir", the word "status" after "får", a level right after "nye", a level
beside "opptaket"), and no negation, plan, condition or other award governs
it. A renewed contract or contract period ("fornyet avtale", "ny
kontraktsperiode") keeps a cluster on its level: ``extended``.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doccache import ents_in, lowers_of, memo, sent_of, span_text
from ..layout import DASHES, MOVE_WORDS, first_word, is_heading, is_label, label_level
from ..lexicons.events import EventCues, Trigger, load_level_phrases, load_triggers
from ..lexicons.numbers import load_number_words
from ..matcher import RuleMatcher
from ..schema import STATUS_VALUES
from .context import published_year

LEVEL_RANK = {s: i for i, s in enumerate(STATUS_VALUES)}
LEVEL_BEFORE, LEVEL_AFTER = 10, 12  # how far from its decision word a clause's level may stand (tokens)
LEVEL_NEEDS = frozenset({"level", "level_next"})
STEP_UP = "step_up"  # the trigger of "flyttes opp ett hakk": the level above the one the clause names
STEPS = ("ARENA", "ARENA_PRO", "NCE", "GCE")
ARENA_PRO_FROM = 2019  # the year Arena Pro came between Arena and NCE
TERM_ADJECTIVES = ("årig", "årige")  # "femårig", "treårige": the term of a contract, between "ny" and its noun
RECEIPT_VERBS = frozenset({"får", "fikk", "fekk"})  # after a fronted status: "Arena-status får A og B"
DESCRIPTION = "level#"  # matcher keys of the level descriptions (level_phrases.jsonl)
COPULAS = frozenset({"er", "blir", "ble", "vart", "blei", "som", "bli", "var"})
PARTITIVE = frozenset({"de", "dei", "den", "det", "en", "ei", "ein", "ett", "eitt", "av", "blant", "andre", "øvrige", "to", "tre", "fire", "fem",
                       "seks", "sju", "syv", "åtte", "ni", "ti", "årets", "disse", "desse", "alle"})


def conditional(doc: Doc, span: Span, cues: EventCues) -> bool:
    """"Blir X tatt opp, vil klyngen få …": a clause or sentence that opens with its finite
    verb and goes on after a comma states a condition (or asks); nothing in it is decided."""
    lows = lowers_of(doc)
    i = first_word(span)
    return i < span.end and lows[i] in cues.words["conditional_verbs"] and doc[i].text[:1].isupper() \
        and "," in lows[i:span.end]


@dataclass
class Decision:
    """What one clause says was decided: the trigger, the action, and the level if the clause names it."""
    trigger: Trigger
    start: int
    end: int
    level: str
    level_span: Span | None
    action: str
    past: bool
    status_referred: bool = False  # "en slik status": a status named before, not a level of its own
    holes: tuple[tuple[int, int], ...] = ()  # relative clauses inside the clause that tell their own decision
    asides: tuple[tuple[int, int], ...] = ()  # relative clauses that tell no decision: their dates are theirs


def bare_status_noun(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a bare status noun ("status", "statusen"), no level of its own."""
    return doc[k].ent_type_ != "STATUS" and lowers_of(doc)[k] in ("status", "statusen")


def _s_passive(word: str) -> bool:
    """A present s-passive ("tildeles", "tildelast", "gis"): its own auxiliary."""
    return word.endswith(("es", "ast")) or word == "gis"


def _relatives(doc: Doc, clause: Span, starts: list[int]) -> Iterable[tuple[int, int]]:
    """``(comma, closing comma)`` of each relative clause (", som …,") in ``clause`` that holds
    a decision word of its own while another stands outside it."""
    lows = lowers_of(doc)
    for k in _relative_commas(lows, clause):
        if k == clause.start:
            continue
        close = next((j for j in range(k + 2, clause.end) if lows[j] == ","), None)
        if close is not None and any(k < s < close for s in starts) and any(not k < s < close for s in starts):
            yield k, close


def _relative_split(doc: Doc, clause: Span, matches: list[tuple[Trigger, int, int]]) -> list[Span]:
    """"X, som fikk NCE-status i 2014, ble i dag GCE": a relative clause that tells one decision
    inside a clause that tells another is a clause of its own, and so is the rest after it.
    "I dag fikk X, som ble Arena-klynge i 2012, status som NCE": the main decision word stands
    before it, so the clause stays whole and the relative clause is a hole in it
    (``relative_holes``) as well as a clause of its own."""
    starts = [m[1] for m in matches if clause.start <= m[1] < clause.end]
    if len(starts) < 2:
        return [clause]
    for k, close in _relatives(doc, clause, starts):
        if any(s > close for s in starts):
            return [doc[clause.start:k], doc[k:close + 1], *_relative_split(doc, doc[close + 1:clause.end], matches)]
        return [clause, doc[k:close + 1]]
    return [clause]


SECTION_LABEL_REACH = 3  # sentences up from a clause to its section's level label
DESTINATION_PREPOSITIONS = frozenset({"til", "på"})  # "løftes til NCE", "løfta opp på NCE-nivå"
HELD_STATE = frozenset({"vært", "vore", "var"})  # "har vært Arena-klynge": a level held, not given
SPELL_NOUNS = frozenset({"år", "tid", "tida", "tiden"})  # "Etter tre år som NCE" ("får tre år som NCE" is given)


def inside(i: int, ranges: Iterable[tuple[int, int]]) -> bool:
    """Whether token ``i`` lies in one of ``ranges`` (start inclusive, end exclusive)."""
    return any(a <= i < b for a, b in ranges)


def _relative_commas(lows: list[str], clause: Span) -> Iterator[int]:
    """The comma of each ", som" that opens a relative clause in ``clause``."""
    for k in range(clause.start, clause.end - 1):
        if lows[k] == "," and lows[k + 1] == "som":
            yield k


def _section_label(doc: Doc, clause: Span) -> Span | None:
    """The level label heading the section ``clause`` stands in ("ARENA PRO", "Nye NCE-klynger:"),
    a few lines up with no other heading between; None elsewhere."""
    k = clause.start
    for _ in range(SECTION_LABEL_REACH):
        if k == 0:
            return None
        sent = sent_of(doc[k - 1])
        if is_heading(sent):  # a level's label, not a move's ("Frå Arena til NCE" titles a history as well)
            moves = any(t.lower_ in MOVE_WORDS for t in sent)
            return sent if is_label(sent) and not moves and label_level(sent) else None
        k = sent.start
    return None


def _closed_relatives(doc: Doc, clause: Span, trigger: int) -> Iterator[tuple[int, int]]:
    """Relative clauses closed by a comma that do not hold the decision word: "Samtidig vart
    NODE-klynga, som har vore NCE i fleire år, løfta til same nivå": a level inside one
    describes the subject, it is not the level the decision gives."""
    lows = lowers_of(doc)
    for k in _relative_commas(lows, clause):
        close = next((j for j in range(k + 2, clause.end) if lows[j] == ","), None)
        if close is not None and not k < trigger < close:
            yield k, close


def _names_after_colon(doc: Doc, clause: Span, end: int) -> bool:
    """"To av de nye Arena-klyngene kommer fra Møre og Romsdal: A i Molde og B": a colon later
    in the clause with a cluster name right after it."""
    for k in range(end, clause.end - 1):
        if doc[k].text == ":":
            nxt = next((t for t in doc[k + 1:clause.end] if not t.is_space), None)
            return nxt is not None and nxt.ent_type_ == "CLUSTER" and nxt.ent_iob_ == "B"
    return False


def _asides(doc: Doc, clause: Span, trigger: int, matches: list[tuple[Trigger, int, int]]) -> tuple[tuple[int, int], ...]:
    """Relative clauses without a decision word, away from the decision word: before it up to
    its comma ("X, som ble etablert i 2010, fikk …"), after it to the clause's end ("går over
    til kategorien moden klynge, som Innovasjon Norge, Siva og Forskningsrådet innførte i fjor")."""
    lows = lowers_of(doc)
    out = []
    for k in _relative_commas(lows, clause):
        if k < trigger:  # "X, som ble etablert i 2010, fikk …": up to the last comma before the decision word
            end = next((j for j in range(trigger - 1, k + 1, -1) if lows[j] == ","), None)
        else:  # after the decision word it runs to the clause's end (its commas may list names)
            end = clause.end
        if end is not None and not any(k < m[1] < end for m in matches):
            out.append((k, end))
    return tuple(out)


def relative_holes(doc: Doc, clause: Span, matches: list[tuple[Trigger, int, int]]) -> tuple[tuple[int, int], ...]:
    """The relative clauses with a decision of their own inside ``clause``, as token ranges."""
    starts = [m[1] for m in matches if clause.start <= m[1] < clause.end]
    if len(starts) < 2:
        return ()
    return tuple((k, close + 1) for k, close in _relatives(doc, clause, starts))


def opens_relative(doc: Doc, clause: Span) -> bool:
    """Whether ``clause`` is a relative clause of its own (", som fekk GCE-status i 2014,")."""
    lows = lowers_of(doc)
    return clause.end - clause.start > 1 and lows[clause.start] == "," and lows[clause.start + 1] == "som"


def in_relative(doc: Doc, clause: Span, decision: "Decision") -> bool:
    """Whether the decision is told in a relative clause (", som i fjor ble tildelt …"): a
    clause of its own, or ", som" a few words before the decision word."""
    return opens_relative(doc, clause) or relative_som(doc, clause.start, decision) is not None


def relative_som(doc: Doc, bound: int, decision: "Decision") -> int | None:
    """The "som" of a ", som" a few lower-case words or a date before the decision word (after
    token ``bound``): the decision is a relative clause's ("GCE NODE, som i fjor ble tildelt …")."""
    lows = lowers_of(doc)
    k = decision.start - 1
    while k > max(bound, decision.start - 6) and lows[k] != "som" and (doc[k].is_lower or doc[k].ent_type_ == "DATE"):
        k -= 1
    return k if k > bound and lows[k] == "som" and lows[k - 1] == "," else None


def _after_relative(clause: Span) -> bool:
    """Whether a relative clause (", som …,") ends right before ``clause``."""
    k = clause.start - 1
    lows = lowers_of(clause.doc)
    if k < 2 or lows[k] != ",":
        return False
    j = k - 1
    while j > 0 and lows[j] != "," and k - j < 15:
        j -= 1
    return lows[j] == "," and lows[j + 1] == "som" and j + 1 < k


class DecisionReader:
    """Finds the decision a clause reports, if any."""

    def __init__(self, nlp: Language, cues: EventCues, patterns_dir: str | None) -> None:
        self.cues = cues
        self.triggers = {t.id: t for t in load_triggers(patterns_dir)}
        # One matcher, one pass: the triggers and the level descriptions (keys "level#…").
        self.matcher = RuleMatcher(nlp.vocab)
        for trig in self.triggers.values():
            self.matcher.add(trig.id, [trig.pattern])
        for i, (level, pattern) in enumerate(load_level_phrases(patterns_dir)):
            self.matcher.add(f"{DESCRIPTION}{level}#{i}", [pattern])
        self.past_words = cues.words["past_auxiliaries"]
        self.status_words = tuple(cues.words["status_words"])  # prefixes: "statusen", "opptaket"
        self.renewal_nouns = cues.words["renewal_nouns"]
        self.renewal_suffixes = tuple(n for n in self.renewal_nouns if len(n) >= 5)  # "kontraktsperiode"
        self.renewal_adjectives = cues.words["renewal_adjectives"]
        self.numbers = load_number_words(patterns_dir)
        self.passive_auxiliaries = cues.words["passive_auxiliaries"]

    def described_levels(self, doc: Doc) -> list[tuple[str, int, int]]:
        """``(level, start, end)`` of the level descriptions in the document ("et globalt
        ekspertisesenter"), the longer of two overlapping ones only."""
        return self._matched(doc)[1]

    def matches(self, doc: Doc) -> list[tuple[Trigger, int, int]]:
        """Every trigger of the document, in text order."""
        return self._matched(doc)[0]

    def _matched(self, doc: Doc) -> tuple[list[tuple[Trigger, int, int]], list[tuple[str, int, int]]]:
        def run() -> tuple[list, list]:
            triggers, described = [], []
            for match_id, start, end in self.matcher(doc):
                key = doc.vocab.strings[match_id]
                if key.startswith(DESCRIPTION):
                    described.append((key[len(DESCRIPTION):].split("#")[0], start, end))
                else:
                    triggers.append((self.triggers[key], start, end))
            triggers.sort(key=lambda m: m[1])
            described.sort(key=lambda d: (d[1], -(d[2] - d[1])))
            longest: list[tuple[str, int, int]] = []
            for level, s, e in described:
                if not longest or s >= longest[-1][2]:
                    longest.append((level, s, e))
            return triggers, longest
        return memo(doc, ("decision_matches",), run)

    @staticmethod
    def in_span(matches: list[tuple[Trigger, int, int]], starts: list[int], span: Span) -> list[tuple[Trigger, int, int]]:
        return matches[bisect_left(starts, span.start):bisect_left(starts, span.end)]

    def decision(self, doc: Doc, clause: Span, matches: list[tuple[Trigger, int, int]],
                 introduces: Callable[[], bool] = lambda: False) -> Decision | None:
        """The decision a clause reports. ``introduces()``: whether the sentence is a heading or
        opens a list (asked only of an adjective trigger: finding a list costs)."""
        found = []
        holes = relative_holes(doc, clause, matches)
        if holes:  # a relative clause's decision word is read in that clause, not here
            matches = [m for m in matches if not inside(m[1], holes)]
        inner = self._complement_start(doc, clause)
        if any(inner <= start < clause.end for _, start, _ in matches):
            matches = [m for m in matches if m[1] >= inner]  # "Det ble kjent at X (ikke) fikk …": the at-clause decides
        for trig, start, end in matches:  # cheap requirements first: most trigger words decide nothing
            if not clause.start <= start < clause.end:
                continue
            if trig.tense == "adjective" and not (introduces() or self._copular(doc, clause, start, end)
                                                  or any(doc[k].text == ":" for k in range(end, min(clause.end, end + 4)))
                                                  or _names_after_colon(doc, clause, end)):
                continue  # "de nye NCEene" in passing is no decision; a heading, "er nytt NCE", "Nye NCE-klynger: A og B" is
            renewal = self._renewal(doc, clause, trig, start)
            in_programme = renewal == "years" and any(t.ent_type_ == "PROGRAMME" or t.lower_.startswith("programmet")
                                                      for t in doc[end:clause.end])  # "får halde fram i programmet i to nye år"
            if trig.needs == "status_word" and renewal != "contract" and not in_programme \
                    and not self._status_word_after(doc, clause, end) \
                    and not (trig.tense == "participle" and self._passive_subject(doc, clause, start)) \
                    and not self._fronted_status(doc, clause, start):
                continue
            level, span = self._step_up(doc, clause) if trig.id == STEP_UP else self._level(doc, clause, trig, start, end, holes)
            # "… vart løfta opp på same nivå" (as the one told before); "forlenget avtalen på samme nivå" is their own
            same = level is None and not renewal and trig.action == "granted" and self._same_level(doc, clause, end)
            if (level is None and trig.needs in LEVEL_NEEDS and not trig.levelless and not same) or self._blocked(doc, clause, start, end):
                continue
            if renewal == "contract" and self._consequence_of_before(doc, clause):
                continue  # "… blir X ei Arena Pro-klynge. Det gjev ein ny, femårig kontrakt": the grant's own contract
            action = "extended" if renewal and trig.tense != "adjective" else trig.action
            found.append(Decision(trig, start, end, level or "", span, action, self._past(doc, clause, trig),
                                  same or self._referred_status(doc, clause, end), holes, _asides(doc, clause, start, matches)))
        if not found:
            return None
        found = [d for d in found if d.level or d.trigger.needs not in LEVEL_NEEDS] or found
        extended = [d for d in found if d.action == "extended"]
        best = extended[0] if extended else found[0]
        later = [d for d in found if d.start > best.start and d.trigger.tense not in ("past", "perfect")
                 and "som" not in lowers_of(doc)[best.end:d.start]]  # not "ble vi en av dei som fikk …"
        if later and not extended and best.end - best.start == 1 and doc[best.start].lower_ in self.passive_auxiliaries:
            best = later[0]  # "I same runde vart to Arena-klynger oppgraderte til NCE-nivå": the auxiliary of a passive
        if not best.level:
            with_level = next((d for d in found if d.level), None)
            if with_level is not None:
                best.level, best.level_span = with_level.level, with_level.level_span
        return best

    @staticmethod
    def split(doc: Doc, parts: list[Span], matches: list[tuple[Trigger, int, int]]) -> list[Span]:
        """"X ble tatt opp i 2016 og fikk Arena Pro-status i 2019": two decisions
        joined by "og" are two clauses, the second sharing the subject."""
        out = []
        for clause in parts:
            starts = [m[1] for m in matches if clause.start <= m[1] < clause.end]
            cut = clause.start
            for a, b in zip(starts, starts[1:]):
                joiner = b - 1 if b - 1 > max(a, cut) and doc[b - 1].lower_ in ("og", "men") else None
                if joiner is None and b - 1 > max(a, cut) and doc[b - 1].text == "," \
                        and not any(doc[k].lower_ in ("som", "der") and doc[k - 1].text == "," for k in range(cut + 1, b)):
                    joiner = b - 1  # "… ble tatt opp som Arena i 2015, fikk fornyet avtale i 2018 og ble …": a chain
                if joiner is None:  # "Seks nye klynger tatt opp – tre blir Arena Pro": a spaced dash between two
                    joiner = next((k for k in range(b - 1, max(a, cut), -1) if doc[k].text in DASHES
                                   and doc[k - 1].whitespace_ and doc[k].whitespace_
                                   and doc[k].ent_type_ != "CLUSTER"), None)  # not "NCE Tourism – Fjord Norway"
                if joiner is not None:  # "… og fikk": the verb follows the joiner, names are not coordinated
                    out.append(doc[cut:joiner])
                    cut = joiner
            out.append(doc[cut:clause.end])
        return [piece for part in out for piece in _relative_split(doc, part, matches)]

    @staticmethod
    def elided_subject(clause: Span) -> bool:
        """A clause that opens with "og"/"men" and a verb shares the subject before it, as do a
        relative clause (", som fikk …,") and the main clause it interrupts."""
        words = list(islice((t for t in clause if not t.is_punct), 2))
        if (words and words[0].lower_ == "som" and clause[0].text == ",") or _after_relative(clause):
            return True
        if clause[0].text == "," and words and words[0].is_lower and words[0].lower_ not in ("det", "de", "dei", "den", "og"):
            return True  # ", fikk fornyet avtale i 2018": the next link of a chain of decisions
        return len(words) > 1 and words[0].lower_ in ("og", "men") and not words[1].ent_type_ \
            and not words[1].text[:1].isupper() and words[1].lower_ not in ("i", "på", "det", "de", "dei", "den")

    def _past(self, doc: Doc, clause: Span, trig: Trigger) -> bool:
        if trig.tense in ("present", "perfect", "past"):
            return trig.tense == "past"
        return any(t in self.past_words for t in lowers_of(doc)[clause.start:clause.end])

    def _copular(self, doc: Doc, clause: Span, start: int, end: int) -> bool:
        """"X er (en av de) nye Arena-klyngene" or "De nye Arena-klyngene er A og B"."""
        i = start - 1
        while i >= clause.start and doc[i].lower_ in PARTITIVE:
            i -= 1
        if i >= clause.start and doc[i].lower_ in COPULAS:
            return True
        after = end + 1 if end < clause.end and doc[end].ent_type_ == "STATUS" else end
        while after < clause.end and (doc[after].ent_iob_ == "I" or doc[after].ent_type_ == "DATE"):
            after += 1  # "Dei andre nye Arena Pro-klyngene i år er A og B"
        return i < clause.start and after < clause.end and doc[after].lower_ in COPULAS - {"som"}

    def _complement_start(self, doc: Doc, clause: Span) -> int:
        """The first token after the clause's last "at" (its start if it has none)."""
        lows = lowers_of(doc)
        for k in range(clause.end - 1, clause.start - 1, -1):
            if lows[k] in self.cues.words["complementisers"]:
                return k + 1
        return clause.start

    def _earlier_event(self, lows: list[str], a: int, k: int) -> bool:
        """A noun after "etter" names what came before the decision, not its mood: "Etter
        årets utlysning ble fem klynger tatt opp", "Etter avslaget i fjor fikk X ja" report one."""
        return any(lows[j] in self.cues.words["after_prepositions"] for j in range(max(a, k - 3), k))

    def _blocked(self, doc: Doc, clause: Span, start: int, end: int) -> bool:
        lows_all = lowers_of(doc)
        if any(lows_all[k] in self.cues.words["remaining_words"] for k in range(start, min(clause.end, end + 2))):
            return True  # "X blir værende på Arena-nivå": it stays where it was, no decision
        if start > clause.start and lows_all[start - 1] in self.cues.words["infinitive_markers"] \
                and lows_all[start] not in self.cues.words["perfect_infinitives"] and not any(lows_all[k] in self.cues.words["deciding_verbs"] for k in range(max(clause.start, start - 5), start - 1)):
            return True  # "for å få status", "å bli tatt opp": a purpose or plan ("vedtok å forlenge", "glade for å ha fått": a decision)
        if any(lows_all[k] in self.cues.words["plan_modals"] for k in range(max(clause.start, start - 2), start)):
            return True  # "skal bli en NCE-klynge", "bør få status": a plan or a wish
        if start > clause.start and lows_all[start - 1] == "vil" and lows_all[start] == "bli" and end < clause.end \
                and doc[end].ent_type_ == "STATUS":
            return True  # "Fruktklynga vil bli NCE": a wish ("vil bli tatt opp", a passive future, is a decision)
        if self._other_status(doc, clause, end):
            return True
        if any(lows_all[k] in self.cues.words["membership_nouns"] for k in range(end, min(clause.end, end + 3))):
            return True  # "X blir medlem av NCE Y", "blir partner i …": joining a cluster, no level for X
        a, b = max(clause.start, start - 8), min(clause.end, end + 3)
        window = [k for k in (*range(a, start), *range(end, b)) if not self._earlier_event(lows_all, a, k)]
        lows = {lows_all[k] for k in window}  # the trigger itself is no cue against it
        text = span_text(doc, a, b).lower() if len(window) == b - a - (end - start) else " ".join(lows_all[k] for k in window)
        if self.cues.has("negations", lows, text) or self.cues.has("irrealis", lows, text) \
                or self.cues.words["negations"].intersection(lows_all[start:end]):
            return True  # a negation inside the trigger too: "nådde ikke opp", "gikk ikke videre til"
        if self.cues.has("application_nouns", lows, text) and not self.cues.has(
                "approval_words", set(lows_all[clause.start:clause.end]), span_text(doc, clause.start, clause.end).lower()):
            return True  # "søknaden om NCE-status" is a plan until it is "innvilget" or has "fått tilslag"
        if conditional(doc, clause, self.cues) or self._generic_passive(doc, clause, start, end):
            return True
        return memo(doc, ("other_awards", clause.start, clause.end), lambda: self.cues.has(
            "other_awards", set(lowers_of(doc)[clause.start:clause.end]), span_text(doc, clause.start, clause.end).lower()))

    @staticmethod
    def _fronted_status(doc: Doc, clause: Span, start: int) -> bool:
        """"Arena-status får A, B og C", "NCE-status fekk …": the status, fronted, is all that
        stands before the verb."""
        words = [t for t in doc[first_word(clause):start] if not t.is_space]
        return bool(words) and all(t.ent_type_ == "STATUS" for t in words) and words[-1].lower_.endswith("status") \
            and doc[start].lower_ in RECEIPT_VERBS  # not "NCE-klyngene får …" (a subject), "NCE-statusen gir …" (its effect)

    def _generic_passive(self, doc: Doc, clause: Span, start: int, end: int) -> bool:
        """"NCE-statusen tildeles modne klynger med …", "Arena-status gis til klynger som …":
        a present passive whose receivers are clusters in general describes a level, it
        reports no decision."""
        lows = lowers_of(doc)
        if not _s_passive(lows[start]):
            return False
        after = [k for k in range(end, min(clause.end, end + 4)) if not doc[k].is_space]
        if after and lows[after[0]] == "til":
            after = after[1:]
        generic = self.cues.words["generic_recipients"]
        return any(lows[k] in generic for k in after[:3]) and not any(
            e.label_ == "CLUSTER" for e in ents_in(doc[end:clause.end]))

    def _other_status(self, doc: Doc, clause: Span, end: int) -> bool:
        """"har fått status som nasjonal motor for omstilling": a status named after
        "som" that is neither a level nor a level's description."""
        lows = lowers_of(doc)
        for k in range(end, min(clause.end - 1, end + 4)):
            if lows[k].startswith("status") and doc[k].ent_type_ != "STATUS" and lows[k + 1] == "som":
                words = [t for t in doc[k + 2:min(clause.end, k + 6)] if not t.is_space and not t.is_quote]
                described = {s for _, s, _ in self.described_levels(doc)}
                return bool(words) and not any(t.ent_type_ in ("STATUS", "PROGRAMME") or t.i in described for t in words)
        return False

    @staticmethod
    def _same_level(doc: Doc, clause: Span, end: int) -> bool:
        """"løfta opp på same nivå", "fekk same status": the level of the decision told before."""
        lows = lowers_of(doc)
        return any(lows[k] in ("same", "samme") and lows[k + 1] in ("nivå", "nivået", "status", "statusen")
                   for k in range(end - 1, min(clause.end - 1, end + 4)))

    def _referred_status(self, doc: Doc, clause: Span, end: int) -> bool:
        """"får tildelt ein slik status", "denne statusen": the status named before, whatever
        it was (a katapult, a prize), and not a programme level the clause names."""
        lows = lowers_of(doc)
        for k in range(end, min(clause.end, end + 5)):
            if lows[k].startswith("status") and doc[k].ent_type_ != "STATUS":
                return any(lows[j] in self.cues.words["referring_determiners"] for j in range(max(end, k - 2), k)) \
                    or (k > clause.start and lows[k] in ("statusen",) and lows[k - 1] in self.cues.words["referring_determiners"])
        return False

    def _status_word_after(self, doc: Doc, clause: Span, end: int) -> bool:
        lows = lowers_of(doc)
        for k in range(end, clause.end):
            if doc[k].ent_type_ == "STATUS" or lows[k].startswith(self.status_words):
                return True
        return False

    def _passive_subject(self, doc: Doc, clause: Span, start: int) -> bool:
        """"Arena-status ble innvilget", "I dag ble NCE-status tildelt X", "NCE-statusen
        tildeles X": the status is the subject of a passive (an s-passive is its own auxiliary)."""
        lows = lowers_of(doc)
        window = range(max(clause.start, start - 8), start)
        return (_s_passive(lows[start]) or any(lows[k] in self.passive_auxiliaries for k in window)) and any(
            doc[k].ent_type_ == "STATUS" or lows[k].startswith(self.status_words) for k in window)

    def _renewal(self, doc: Doc, clause: Span, trig: Trigger, start: int) -> str:
        """``contract`` for a new contract or contract period, or a contract that is
        renewed ("har fått en ny kontraktsperiode", "Avtalen med X er forlenget"): it
        stands for the status itself; ``years`` for new years on the level ("for to
        nye år"); else "". Either way the cluster keeps its level."""
        lows = lowers_of(doc)
        for k in range(clause.start, clause.end):
            low = lows[k]
            if k == start or not (low in self.renewal_nouns or low.endswith(self.renewal_suffixes)):
                continue
            contract = len(low) >= 5
            adjective = k - 2 if k - 2 >= clause.start and self.numbers.parse(lows[k - 1]) else k - 1  # "ytterligere tre år"
            while adjective > clause.start and (lows[adjective] == "," or lows[adjective].endswith(TERM_ADJECTIVES)):
                adjective -= 1  # "ein ny, femårig kontrakt", "en ny treårig periode"
            plural = low.endswith(("er", "ar"))  # "Ti miljøer får nye avtaler": new members' agreements, no renewal
            if (trig.action == "extended" and contract) or (adjective >= clause.start and lows[adjective] in self.renewal_adjectives
                                                            and not plural):
                return "contract" if contract else "years"
        return ""

    def _consequence_of_before(self, doc: Doc, clause: Span) -> bool:
        """A clause that tells what the decision before brings ("Det gjev ein ny kontrakt",
        "Dette betyr en ny avtaleperiode"): a demonstrative subject and a verb of consequence."""
        lows = [w for w in lowers_of(doc)[first_word(clause):clause.end] if w.strip()]
        return len(lows) > 1 and lows[0] in ("det", "dette", "noe", "noko") and (
            lows[1] in self.cues.words["consequence_verbs"] or (lows[1] == "som" and len(lows) > 2
                                                                and lows[2] in self.cues.words["consequence_verbs"]))

    def _noun_in_programme(self, doc: Doc, clause: Span, i: int) -> Span | None:
        """"nye prosjektene i Arena-programmet", "nye klynger på NCE-programmet": a noun for a
        level's clusters right after the adjective, and a programme of one level after it."""
        lows = lowers_of(doc)
        if i + 2 >= clause.end or not lows[i].startswith(tuple(self.cues.words["counted_nouns"])) \
                or lows[i + 1] not in ("i", "på"):
            return None
        ent = next((e for e in ents_in(clause) if e.start == i + 2), None)
        return ent if ent is not None and ent.label_ == "PROGRAMME" and ent.kb_id_ in LEVEL_RANK else None

    def _level(self, doc: Doc, clause: Span, trig: Trigger, start: int, end: int,
               holes: tuple[tuple[int, int], ...] = ()) -> tuple[str | None, Span | None]:
        holes = (*holes, *_closed_relatives(doc, clause, start))
        levels = [e for e in ents_in(clause) if e.label_ == "STATUS" and e._.value in LEVEL_RANK
                  and not self.earlier_level(doc, e) and start - LEVEL_BEFORE <= e.start < end + LEVEL_AFTER
                  and not inside(e.start, holes)]
        if trig.needs == "level_next":
            lows = lowers_of(doc)
            nxt = [e for e in levels if e.start == end or (e.start == end + 1 and lows[end] in ("på", "i")
                                                           and is_heading(clause))]  # "Nye på Arena-nivå"
            if nxt:
                return nxt[0]._.value, nxt[0]
            programme = self._noun_in_programme(doc, clause, end)  # "blant de nye prosjektene i Arena-programmet"
            return (programme.kb_id_, programme) if programme is not None else (None, None)
        after = [e for e in levels if e.start >= end or (e.start <= start < e.end)]  # "NCE-status til X"
        before = [e for e in levels if e.end <= start]
        if after and self._coordinated_levels(doc, clause, end):
            return None, None  # "støtte gjennom Arena-programmet og NCE": a set of levels, no one of them
        if after and after[0].start == end and lowers_of(doc)[end - 1] in DESTINATION_PREPOSITIONS:
            return after[0]._.value, after[0]  # "… og løftes nå til NCE": where the decision takes it
        if trig.tense == "participle" and before and self._passive_subject(doc, clause, start):
            return before[-1]._.value, before[-1]  # "NCE-statusen tildeles modne klynger": the subject is what is given
        if after:
            lows = lowers_of(doc)
            named = next((e for e in after if e.start > 1 and lows[e.start - 1] == "som"
                          and lows[e.start - 2].startswith("status")), after[0])  # "får tre NCE-klynger status som moden klynge"
            return named._.value, named
        if before:
            return before[-1]._.value, before[-1]
        for ent in ents_in(clause):
            if ent.label_ == "PROGRAMME" and ent.kb_id_ in LEVEL_RANK and start - LEVEL_BEFORE <= ent.start < end + LEVEL_AFTER:
                return ent.kb_id_, ent
        for level, s, e in self.described_levels(doc):
            if clause.start <= s < clause.end and start - LEVEL_BEFORE <= s < end + LEVEL_AFTER:
                return level, doc[s:e]
        if any(bare_status_noun(doc, k) for k in range(start, end)):
            return self._level_before(doc, clause)  # "gikk statusen til X": the level named just before
        label = _section_label(doc, clause) if trig.action == "granted" else None
        if label is not None:  # "ARENA PRO" over "A og B rykker opp fra Arena.": the section's level
            return label_level(label), label
        if trig.needs == "level":  # "X blir NODE Finnmark": a name with a level prefix as the complement
            named = next((e for e in ents_in(clause) if e.start >= end), None)
            adverbs = self.cues.words["fronted_adverbials"]  # "blir nå NCE X", "blir til «GCE X»", not "blir node under NCE X"
            if named is not None and named.label_ == "CLUSTER" and named.start - end <= 2 \
                    and all(doc[k].is_punct or doc[k].lower_ in adverbs or doc[k].lower_ == "til" for k in range(end, named.start)):
                level = self.cues.prefix_level(named.text)
                if level:
                    return level, named
        return None, None

    @staticmethod
    def _coordinated_levels(doc: Doc, clause: Span, end: int) -> bool:
        """Whether two different levels (or level programmes) after the decision word are
        coordinated ("gjennom Arena-programmet og Norwegian Centres of Expertise")."""
        named = [(e.start, e.end, e._.value if e.label_ == "STATUS" else e.kb_id_) for e in ents_in(doc[end:clause.end])
                 if (e.label_ == "STATUS" and e._.value in LEVEL_RANK) or (e.label_ == "PROGRAMME" and e.kb_id_ in LEVEL_RANK)]
        return any(a[2] != b[2] and b[0] - a[1] <= 2 and any(doc[k].lower_ in ("og", "eller", "samt") for k in range(a[1], b[0]))
                   for a, b in zip(named, named[1:]))

    def _level_before(self, doc: Doc, clause: Span) -> tuple[str | None, Span | None]:
        """The last level named in the two sentences before ``clause`` (for a bare "statusen")."""
        sent = clause.sent
        start = sent.start
        for _ in range(2):
            if start == 0:
                break
            start = doc[start - 1].sent.start
        for ent in reversed(ents_in(doc[start:clause.start])):
            if ent.label_ == "STATUS" and ent._.value in LEVEL_RANK:
                return ent._.value, ent
            if ent.label_ == "PROGRAMME" and ent.kb_id_ in LEVEL_RANK:
                return ent.kb_id_, ent
        return None, None

    @staticmethod
    def _step_up(doc: Doc, clause: Span) -> tuple[str | None, Span | None]:
        """The level one step above the one the clause names ("er i dag Arena-klynger og flyttes
        opp ett hakk"): Arena Pro above Arena from 2019, NCE before; GCE above NCE."""
        held = next((e for e in ents_in(clause) if e.label_ == "STATUS" and e._.value in STEPS), None)
        if held is None:
            return None, None
        year = published_year(doc)
        ladder = [s for s in STEPS if s != "ARENA_PRO" or year is None or year >= ARENA_PRO_FROM]
        k = ladder.index(held._.value) if held._.value in ladder else -1
        return (ladder[k + 1], held) if 0 <= k < len(ladder) - 1 else (None, None)

    def earlier_level(self, doc: Doc, ent: Span) -> bool:
        """A level named as where a cluster came from ("fra Arena", "tidligere Arena-prosjekt") or
        as the state it held ("har vært Arena-klynge siden 2012 og blir nå …", "Etter tre år som
        Arena Pro-klynge er X godkjent som …", "Etter fire år på Arena Pro-nivå ble X …")."""
        prev = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        before = doc[ent.start - 2].lower_ if ent.start > 1 else ""
        return prev in ("fra", "frå") or prev in self.cues.words["former_markers"] or before in self.cues.words["former_markers"] \
            or prev in HELD_STATE or (prev in ("som", "på", "i") and before in SPELL_NOUNS
                                      and any(t.lower_ == "etter" for t in doc[max(0, ent.start - 5):ent.start - 2]))
