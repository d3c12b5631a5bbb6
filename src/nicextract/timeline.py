"""Cluster timelines: each cluster's status history across many releases.

Several releases often report one decision ("NCE Eyde" in the programme's
release, "Eyde-klyngen" in the regional paper's, one with the year and one
without). The functions here are pure, over event dicts: status events are
linked to canonical clusters (:mod:`nicextract.linking`), merged into one
entry per decision (same cluster, level and action; year equal or one of
them missing), and contradictions are flagged: two releases giving different
years for one level and action, or different levels for the same year.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .linking import ClusterLinker
from .schema import STATUS_VALUES

_LEVEL_RANK = {s: i for i, s in enumerate(STATUS_VALUES)}


@dataclass
class Source:
    doc_id: str | None
    published: str | None
    evidence: str | None
    name: str  # the cluster name as that release gives it


@dataclass
class Decision:
    """One status decision as one or more releases report it."""

    status: str
    action: str
    year: int | None
    sources: list[Source] = field(default_factory=list)
    conflict: bool = False

    @property
    def documents(self) -> list[str]:
        return sorted({s.doc_id for s in self.sources if s.doc_id})


@dataclass
class Contradiction:
    kind: str  # "year": one level+action, different years; "level": one year, different levels
    detail: str
    documents: list[str]


@dataclass
class ClusterTimeline:
    key: str
    name: str
    known: bool
    names: list[str]
    history: list[Decision]
    contradictions: list[Contradiction]
    renames: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "cluster": self.name, "in_gazetteer": self.known, "names": self.names,
                "renames": self.renames,
                "history": [{"status": d.status, "action": d.action, "year": d.year, "documents": d.documents,
                             "conflict": d.conflict, "sources": [asdict(s) for s in d.sources]} for d in self.history],
                "contradictions": [asdict(c) for c in self.contradictions]}


def _merge(events: list[dict[str, Any]]) -> list[Decision]:
    """Merge one cluster's status events into decisions (same level and action; year equal or missing)."""
    by_level: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        by_level[(e.get("status") or "", e.get("action") or "granted")].append(e)
    decisions = []
    for (status, action), group in by_level.items():
        years = sorted({e["year"] for e in group if e.get("year") is not None})
        undated = [e for e in group if e.get("year") is None]
        if len(years) <= 1:
            # one decision: a missing year agrees with the one given
            decisions.append(Decision(status, action, years[0] if years else None, [_source(e) for e in group]))
            continue
        for year in years:  # several years: keep each apart (flagged below); undated reports stay apart too
            decisions.append(Decision(status, action, year, [_source(e) for e in group if e.get("year") == year]))
        if undated:
            decisions.append(Decision(status, action, None, [_source(e) for e in undated]))
    decisions.sort(key=lambda d: (d.year is None, d.year or 0, _LEVEL_RANK.get(d.status, 99), d.action))
    return decisions


def _source(event: dict[str, Any]) -> Source:
    evidence = event.get("evidence")
    return Source(event.get("doc_id"), event.get("published"),
                  evidence.get("text") if isinstance(evidence, dict) else None, event.get("cluster") or "")


def _contradictions(history: list[Decision]) -> list[Contradiction]:
    found = []
    by_level: dict[tuple[str, str], list[Decision]] = defaultdict(list)
    by_year: dict[int, list[Decision]] = defaultdict(list)
    for d in history:
        if d.year is not None:
            by_level[(d.status, d.action)].append(d)
            by_year[d.year].append(d)
    for (status, action), ds in by_level.items():
        if len(ds) > 1:
            for d in ds:
                d.conflict = True
            years = ", ".join(f"{d.year} ({', '.join(d.documents) or '?'})" for d in ds)
            found.append(Contradiction("year", f"{status} {action}: {years}", _docs(ds)))
    for year, ds in sorted(by_year.items()):
        levels = sorted({d.status for d in ds}, key=lambda s: _LEVEL_RANK.get(s, 99))
        if len(levels) > 1:
            for d in ds:
                d.conflict = True
            detail = ", ".join(f"{d.status} {d.action} ({', '.join(d.documents) or '?'})" for d in ds)
            found.append(Contradiction("level", f"{year}: {detail}", _docs(ds)))
    return found


def _docs(decisions: list[Decision]) -> list[str]:
    return sorted({doc for d in decisions for doc in d.documents})


def build_timelines(events: Iterable[dict[str, Any]], *, linker: ClusterLinker | None = None,
                    cluster: str | None = None) -> list[ClusterTimeline]:
    """Timelines for every cluster named by a status event (or just ``cluster``, linked the same way)."""
    events = list(events)
    linker = linker or ClusterLinker.from_events(events)
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    renames: dict[str, list[dict[str, str]]] = defaultdict(list)
    shown: dict[str, tuple[str, bool]] = {}
    for e in linker.annotate(events):
        key = e.get("cluster_key")
        if key is None:
            continue
        shown[key] = (e["canonical_cluster"], key.startswith("g:"))
        if e["type"] == "status" and e.get("status"):
            grouped[key].append(e)
        elif e["type"] == "rename":
            renames[key].append({"old": e["old"], "new": e["new"], "doc_id": e.get("doc_id") or ""})
    wanted = linker.link(cluster).key if cluster else None
    out = []
    for key, items in grouped.items():
        if wanted is not None and key != wanted:
            continue
        history = _merge(items)
        contradictions = _contradictions(history)
        names = sorted({e["cluster"] for e in items})
        name, known = shown[key]
        out.append(ClusterTimeline(key, name, known, names, history, contradictions, renames.get(key, [])))
    out.sort(key=lambda t: t.name.casefold())
    return out


# Reading ---------------------------------------------------------------------

def events_from_db(path: str | Path) -> list[dict[str, Any]]:
    """Every event in a timeline database, with ``doc_id`` and ``published``."""
    from .store import open_existing

    with open_existing(path) as store:
        return store.events()


# Formatting ------------------------------------------------------------------

CSV_COLUMNS = ("cluster", "cluster_key", "year", "status", "action", "documents", "names", "conflict")


def _rows(timelines: list[ClusterTimeline]) -> list[list[str]]:
    rows = []
    for t in timelines:
        for d in t.history:
            names = sorted({s.name for s in d.sources})
            rows.append([t.name, t.key, "" if d.year is None else str(d.year), d.status, d.action,
                         "; ".join(d.documents), "; ".join(names), "yes" if d.conflict else ""])
    return rows


def format_csv(timelines: list[ClusterTimeline]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_rows(timelines))
    return buf.getvalue()


def format_json(timelines: list[ClusterTimeline]) -> str:
    return json.dumps([t.to_dict() for t in timelines], ensure_ascii=False, indent=2) + "\n"


def format_table(timelines: list[ClusterTimeline]) -> str:
    """One block per cluster: its decisions in order, then any contradictions."""
    if not timelines:
        return "no status events\n"
    blocks = ["year  level      action    documents (! = contradicted)"]
    for t in timelines:
        head = t.name + ("" if t.known else "  (not in gazetteer)")
        others = [n for n in t.names if n != t.name]
        lines = [head + (f"  — named: {', '.join(others)}" if others else "")]
        for r in t.renames:
            lines.append(f"  renamed: {r['old']} → {r['new']} ({r['doc_id']})")
        for d in t.history:
            year = "?" if d.year is None else str(d.year)
            flag = "  !" if d.conflict else ""
            lines.append(f"  {year:<4}  {d.status:<9}  {d.action:<8}  {', '.join(d.documents)}{flag}")
        for c in t.contradictions:
            lines.append(f"  ! contradiction ({c.kind}): {c.detail}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


FORMATS = {"table": format_table, "csv": format_csv, "json": format_json}
