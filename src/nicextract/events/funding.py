"""``funding`` events: money granted or budgeted within the programme.

An amount is funding when its sentence speaks of support or budgets and its
clause names a programme recipient: a cluster, a level's group ("NCE-klyngene",
"hver klynge", "klyngene"), or the programme's frame ("finansieringsrammen for
Arena-programmet", "klyngeprosjektene"). Money to companies, turnover and
cost frames have no such recipient, or carry a blocker, and are skipped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ..doccache import ents_in, sents_of, text_of
from ..lexicons.events import EventCues
from ..lexicons.numbers import load_number_words
from ..names import fold_name
from ..layout import clauses
from .context import published_year, sentence_year
from .mentions import ClusterIndex
from .model import Evidence, FundingEvent

if TYPE_CHECKING:
    from .status import Report


class FundingReader:
    def __init__(self, cues: EventCues, patterns_dir: str | None) -> None:
        self.cues = cues
        self.numbers = load_number_words(patterns_dir)

    def read(self, doc: Doc, index: ClusterIndex, former: set[int], reports: list["Report"]) -> list[FundingEvent]:
        """``reports``: the decisions the status frame read, for money that follows from one
        ("Med opptaket følger …")."""
        events: dict[tuple, FundingEvent] = {}
        sents = sents_of(doc)
        for n, sent in enumerate(sents):
            money = [e for e in ents_in(sent) if e.label_ == "MONEY"]
            if not money:
                continue
            low_text = sent.text.lower()
            lows = {t.lower_ for t in sent}
            if self.cues.has("funding_blockers", lows, low_text):
                continue
            if not any(cue in low_text for cue in self.cues.words["funding_cues"] | set(self.cues.phrases["funding_cues"])):
                continue
            per_year = self.cues.has("per_year", lows, low_text)
            years = self._years(sent) or self._years_before(doc, sents, n)
            year = sentence_year(sent) or published_year(doc)
            for clause in clauses(sent):
                for amount in (m for m in money if clause.start <= m.start < clause.end):
                    recipient = self._recipient(doc, clause, sent, index, former)
                    if recipient is None:
                        continue
                    kind, name, level, span = recipient
                    value = amount._.value
                    if value is None:
                        continue
                    low, high = (value[0], value[1]) if isinstance(value, list) else (value, None)
                    key = (kind, fold_name(name) if kind == "cluster" else "", low, high, per_year, years)
                    if key in events:
                        continue
                    events[key] = FundingEvent(
                        recipient=name, recipient_kind=kind, status=level, amount_nok=low, amount_max_nok=high,
                        per_year=per_year, years=years, year=year,
                        evidence=Evidence.of(sent),
                        spans={"amount": [amount.start_char, amount.end_char], "recipient": span})
        return list(events.values())

    def _years(self, sent: Span) -> int | None:
        m = self.cues.duration.search(sent.text)
        if not m:
            return None
        n = self.numbers.parse(m.group("n"))
        return int(n) if n else None

    def _years_before(self, doc: Doc, sents: list[Span], n: int) -> int | None:
        """A duration of support stated in the sentence just before, in the same paragraph."""
        if n == 0 or "\n\n" in text_of(doc)[sents[n - 1].end_char:sents[n].start_char]:
            return None
        prev = sents[n - 1]
        if any(t.lower_.startswith(("støtte", "tilskudd", "finansier")) for t in prev):
            return self._years(prev)
        return None

    def _recipient(self, doc: Doc, clause: Span, sent: Span, index: ClusterIndex, former: set[int]
                   ) -> tuple[str, str, str | None, list[int]] | None:
        for ent in ents_in(clause):
            if ent.label_ == "PROGRAMME" and self._budget_context(clause) and not self._source(doc, ent.start) \
                    and not self._membership(doc, ent.start) and not self._gives(doc, ent.end):
                level = ent.kb_id_ if ent.kb_id_ not in ("", "NIC") else None
                return "programme", ent.text, level, [ent.start_char, ent.end_char]
        for tok in clause:
            if tok.lower_ in self.cues.words["programme_recipients"] and not self._source(doc, tok.i):
                level = self._context_level(doc, clause, sent)
                return "programme", tok.text, None if tok.lower_ in ("ordningene", "klyngeprosjektene", "klyngeprosjekta") else level, [tok.idx, tok.idx + len(tok)]
        for ent in ents_in(clause):
            if ent.label_ == "STATUS" and self._is_group(ent):
                return "status_group", ent.text, ent._.value, [ent.start_char, ent.end_char]
        for i, tok in enumerate(clause):
            low = tok.lower_
            nxt = clause[i + 1].lower_ if i + 1 < len(clause) else ""
            phrase = f"{low} {nxt}"
            if phrase in self.cues.phrases["group_recipients"]:
                return "status_group", f"{tok.text} {clause[i + 1].text}", self._context_level(doc, clause, sent), [tok.idx, clause[i + 1].idx + len(clause[i + 1])]
            if low in self.cues.words["group_recipients"]:
                return "status_group", tok.text, self._context_level(doc, clause, sent), [tok.idx, tok.idx + len(tok)]
        for m in index.mentions:
            if clause.start <= m.start < clause.end and m.start not in former:
                group = index.group(m)
                return "cluster", group.name, None, [m.start_char, m.end_char]
        for tok in clause:  # "Klyngen får 1,8 millioner kroner i året": the cluster named before
            if tok.lower_ in self.cues.words["singular_anaphors"]:
                group = index.antecedent(clause.start_char)
                if group is not None:
                    return "cluster", group.name, None, [tok.idx, tok.idx + len(tok)]
        return None

    @staticmethod
    def _source(doc: Doc, i: int) -> bool:
        """The programme as where money comes from ("støtte fra klyngeprogrammet"), not who gets it."""
        return i > 0 and doc[i - 1].lower_ in ("fra", "frå", "gjennom", "via")

    def _gives(self, doc: Doc, end: int) -> bool:
        """"NCE-programmet gir klyngene …": the programme as the giver, not the recipient."""
        return end < len(doc) and (doc[end].lower_ in self.cues.words["giving_verbs"] or (
            end + 1 < len(doc) and f"{doc[end].lower_} {doc[end + 1].lower_}" in self.cues.phrases["giving_verbs"]))

    @staticmethod
    def _membership(doc: Doc, i: int) -> bool:
        """"Med opptaket i Arena-programmet får X …": the programme X is in, not the recipient."""
        return i > 0 and doc[i - 1].lower_ in ("i", "inn")

    def _budget_context(self, clause: Span) -> bool:
        text = clause.text.lower()
        return any(w in text for w in self.cues.words["programme_budget_verbs"] | set(self.cues.phrases["programme_budget_verbs"])) \
            or any(t.lower_ in self.cues.words["programme_recipients"] for t in clause)

    @staticmethod
    def _is_group(ent: Span) -> bool:
        """A plural or definite level noun naming a group: "NCE-klyngene", "Arena-prosjektene"."""
        low = ent.text.lower()
        return low.endswith(("ene", "ane", "a", "er", "ar")) and "-" in low or low.endswith(("klyngene", "prosjektene", "prosjekta"))

    @staticmethod
    def _context_level(doc: Doc, clause: Span, sent: Span) -> str | None:
        """The level the surrounding text is about: in the clause, else the nearest before it."""
        for ent in ents_in(clause):
            if ent.label_ == "STATUS":
                return ent._.value
            if ent.label_ == "PROGRAMME" and ent.kb_id_ not in ("", "NIC"):
                return ent.kb_id_
        best = None
        for ent in ents_in(doc):
            if ent.end > sent.start:
                break
            if ent.label_ == "STATUS" or (ent.label_ == "PROGRAMME" and ent.kb_id_ not in ("", "NIC")):
                best = ent._.value if ent.label_ == "STATUS" else ent.kb_id_
        return best
