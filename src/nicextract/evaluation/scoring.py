"""Precision, recall and F1 exactly as ANNOTATION.md defines matching.

Entities match on exact start, end and label. Events are matched one to one:
each gold event takes at most one prediction, a duplicate is a false
positive, and a prediction matching an ``optional`` gold event is neither
right nor wrong.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from ..names import fold_name
from ..schema import ENTITY_LABELS

Event = dict[str, Any]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else (1.0 if not self.fp else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class Mistake:
    doc_id: str
    kind: str  # "miss" or "extra"
    what: str  # entity label or event type (and mode)
    item: Any


@dataclass
class Report:
    entities: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    events: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    place: Counts = field(default_factory=Counts)
    mistakes: list[Mistake] = field(default_factory=list)
    documents: int = 0
    entity_documents: int = 0

    def entity_micro(self) -> Counts:
        total = Counts()
        for label in ENTITY_LABELS:
            total.add(self.entities[label])
        return total


def _names(ev: Event, key: str) -> set[str]:
    """A gold event's names for ``key``: the name and its aliases ("aliases" for the
    cluster, "recipient_aliases" for a funding recipient, "old_aliases"/"new_aliases")."""
    names = {fold_name(ev.get(key) or "")}
    aliases = ev.get("aliases") if key == "cluster" else ev.get(f"{key}_aliases")
    if key == "recipient" and aliases is None:
        aliases = ev.get("aliases")
    names |= {fold_name(a) for a in aliases or []}
    return names - {""}


def cluster_matches(pred: Event, gold: Event, key: str = "cluster") -> bool:
    return fold_name(pred.get(key) or "") in _names(gold, key)


def status_strict(pred: Event, gold: Event) -> bool:
    return (cluster_matches(pred, gold) and pred.get("status") == gold.get("status")
            and pred.get("action") == gold.get("action") and pred.get("year") == gold.get("year"))


def status_relaxed(pred: Event, gold: Event) -> bool:
    return cluster_matches(pred, gold) and pred.get("status") == gold.get("status")


def funding_match(pred: Event, gold: Event) -> bool:
    keys = ("amount_nok", "amount_max_nok", "per_year", "years", "recipient_kind")
    if any(pred.get(k) != gold.get(k) for k in keys):
        return False
    return gold.get("recipient_kind") != "cluster" or cluster_matches(pred, gold, "recipient")


def funding_relaxed(pred: Event, gold: Event) -> bool:
    """The amount was found: the recipient, ``per_year`` and ``years`` may differ."""
    return all(pred.get(k) == gold.get(k) for k in ("amount_nok", "amount_max_nok"))


def rename_match(pred: Event, gold: Event) -> bool:
    return cluster_matches(pred, gold, "old") and cluster_matches(pred, gold, "new")


MATCHERS: dict[str, Callable[[Event, Event], bool]] = {
    "status": status_strict,
    "status (relaxed)": status_relaxed,
    "funding": funding_match,
    "funding (relaxed)": funding_relaxed,
    "rename": rename_match,
}


def match_events(preds: list[Event], golds: list[Event], same: Callable[[Event, Event], bool]
                 ) -> tuple[Counts, list[Event], list[Event], list[tuple[Event, Event]]]:
    """One-to-one matching; required gold events are tried before optional ones."""
    counts = Counts()
    order = sorted(range(len(golds)), key=lambda i: bool(golds[i].get("optional")))
    used: set[int] = set()
    extras, pairs = [], []
    for pred in preds:
        hit = next((i for i in order if i not in used and same(pred, golds[i])), None)
        if hit is None:
            counts.fp += 1
            extras.append(pred)
            continue
        used.add(hit)
        if not golds[hit].get("optional"):
            counts.tp += 1
            pairs.append((pred, golds[hit]))
    misses = [g for i, g in enumerate(golds) if i not in used and not g.get("optional")]
    counts.fn += len(misses)
    return counts, extras, misses, pairs


def score_document(report: Report, doc_id: str, text: str, gold_entities: list[dict] | None, gold_events: list[Event],
                   pred_entities: Iterable[dict], pred_events: list[Event]) -> None:
    """Add one document's predictions against its gold to ``report``."""
    report.documents += 1
    if gold_entities is not None:
        report.entity_documents += 1
        gold_set = {(e["start"], e["end"], e["label"]) for e in gold_entities}
        pred_list = [(e["start"], e["end"], e["label"]) for e in pred_entities]
        pred_set = set(pred_list)
        for label in ENTITY_LABELS:
            g = {x for x in gold_set if x[2] == label}
            p = {x for x in pred_set if x[2] == label}
            c = report.entities[label]
            c.tp += len(g & p)
            c.fp += len(p - g)
            c.fn += len(g - p)
        for x in sorted(gold_set - pred_set):
            report.mistakes.append(Mistake(doc_id, "miss", x[2], (*x, text[x[0]:x[1]])))
        for x in sorted(pred_set - gold_set):
            report.mistakes.append(Mistake(doc_id, "extra", x[2], (*x, text[x[0]:x[1]])))
    for name, same in MATCHERS.items():
        kind = name.split()[0]
        preds = [e for e in pred_events if e.get("type") == kind]
        golds = [e for e in gold_events if e.get("type") == kind]
        counts, extras, misses, pairs = match_events(preds, golds, same)
        report.events[name].add(counts)
        if name == "status":
            for pred, gold in pairs:
                if gold.get("place") is not None or pred.get("place") is not None:
                    if gold.get("place") is None:
                        report.place.fp += 1
                    elif fold_name(pred.get("place") or "") == fold_name(gold["place"]):
                        report.place.tp += 1
                    else:
                        report.place.fn += 1
        if "relaxed" not in name:
            report.mistakes += [Mistake(doc_id, "extra", name, e) for e in extras]
            report.mistakes += [Mistake(doc_id, "miss", name, e) for e in misses]


def format_report(report: Report, verbose: bool = False) -> str:
    lines = [f"documents: {report.documents} ({report.entity_documents} with entity gold)", ""]
    if report.entity_documents:
        lines.append(f"{'entities':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}")
        for label in ENTITY_LABELS:
            c = report.entities[label]
            lines.append(f"{label:<18}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}{c.tp:6d}{c.fp:5d}{c.fn:5d}")
        c = report.entity_micro()
        lines.append(f"{'micro':<18}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}{c.tp:6d}{c.fp:5d}{c.fn:5d}")
        lines.append("")
    lines.append(f"{'events':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}")
    for name in MATCHERS:
        c = report.events[name]
        lines.append(f"{name:<18}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}{c.tp:6d}{c.fp:5d}{c.fn:5d}")
    p = report.place
    total = p.tp + p.fp + p.fn
    lines.append(f"{'status place':<18} {p.tp}/{total} matched status events with the gold place" if total else "")
    if verbose and report.mistakes:
        lines += ["", "misses and extras:"]
        for m in report.mistakes:
            lines.append(f"  {m.doc_id}  {m.kind:<5}  {m.what:<10}  {_describe(m.item)}")
    return "\n".join(lines).rstrip() + "\n"


def _describe(item: Any) -> str:
    if isinstance(item, tuple):
        return f"{item[0]}:{item[1]} {item[3]!r}"
    return ", ".join(f"{k}={v!r}" for k, v in item.items() if k not in ("evidence", "type", "doc_id", "spans"))
