"""Canonical clusters: which name in which release means which cluster.

Releases name one cluster many ways: "NCE Eyde", "Eyde-klyngen", "Eyde",
"Arena Eyde" (its earlier level), "EYDE-KLYNGEN". A name is linked, in order:

1. to the gazetteer entry that has it as name, alias or former name
   (after case, dash and space folding);
2. to the entry whose *core* it shares, when exactly one entry does; the
   core drops a status prefix that comes and goes with the level ("NCE",
   "GCE", "Arena", "Arena Pro", "Hub-node") and a trailing "klyngen",
   "klynga", "klynge" or "cluster";
3. for a name with a dash subtitle ("X – Y"), through its head or its tail;
4. otherwise to its own key, the core of the name, so that "NCE Foo" and
   "Foo-klyngen" still meet.

Then what the texts themselves say joins keys: rename events ("X, tidligere Y")
always, and the aliases an event lists for its cluster unless they would join
two different gazetteer entries. A group's key is a gazetteer key
(``g:<folded name>``) where it has one, else ``u:<core>``; its name is the
current one: not renamed away, from the gazetteer where possible, else the
name most used for it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .lexicons.clusters import ClusterEntry, ClusterGazetteer, load_cluster_gazetteer
from .names import fold_name

# Folded status prefixes, longest first ("arena pro" before "arena").
STATUS_PREFIXES = ("arena pro ", "hub node ", "nce ", "gce ", "arena ")
_SUFFIX = re.compile(r"(?: (?:klyngen|klynga|klynge|cluster)|(?<=\w{3})(?:klyngen|klynga))$")
_SUBTITLE = re.compile(r"\s[\u2013\u2014\-]\s")


def core(name: str) -> str:
    """The folded name without a status prefix or a cluster suffix ("NCE Eyde" → "eyde")."""
    folded = fold_name(name)
    text = folded
    for prefix in STATUS_PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix):
            text = text[len(prefix):]
            break
    stripped = _SUFFIX.sub("", text).strip()
    return stripped or text or folded


@dataclass(frozen=True)
class Cluster:
    """A canonical cluster: a stable key and the name to show."""

    key: str
    name: str
    known: bool  # in the gazetteer


@dataclass
class ClusterLinker:
    """Links cluster names to canonical clusters, using the gazetteer and what the texts say."""

    gazetteer: ClusterGazetteer
    _exact: dict[str, ClusterEntry] = field(default_factory=dict)
    _core: dict[str, set[str]] = field(default_factory=dict)
    _entries: dict[str, ClusterEntry] = field(default_factory=dict)
    _parent: dict[str, str] = field(default_factory=dict)
    _members: dict[str, set[str]] = field(default_factory=dict)  # root → every key in its group
    _newer: dict[str, str] = field(default_factory=dict)  # key → the key of its new name
    _names: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def __post_init__(self) -> None:
        for entry in self.gazetteer.entries:
            key = "g:" + fold_name(entry.name)
            self._entries[key] = entry
            for form in entry.forms:
                self._exact.setdefault(fold_name(form), entry)
                self._core.setdefault(core(form), set()).add(key)

    @classmethod
    def from_events(cls, events: Iterable[dict[str, Any]], gazetteer: ClusterGazetteer | None = None,
                    patterns_dir: str | Path | None = None) -> "ClusterLinker":
        """A linker that has learnt the renames and aliases in ``events``."""
        linker = cls(gazetteer or load_cluster_gazetteer(patterns_dir))
        linker.learn(events)
        return linker

    # keys before joining ----------------------------------------------------

    def _entry_key(self, entry: ClusterEntry) -> str:
        return "g:" + fold_name(entry.name)

    def _gazetteer_key(self, name: str) -> str | None:
        entry = self._exact.get(fold_name(name))
        if entry is not None:
            return self._entry_key(entry)
        keys = self._core.get(core(name), set())
        return next(iter(keys)) if len(keys) == 1 else None

    def base_key(self, name: str) -> str:
        """The key of ``name`` from the gazetteer and folding alone (steps 1–4)."""
        key = self._gazetteer_key(name)
        if key:
            return key
        parts = _SUBTITLE.split(name.strip(), maxsplit=1)
        if len(parts) == 2:
            for part in parts:
                key = self._gazetteer_key(part)
                if key:
                    return key
            return "u:" + core(parts[0])
        return "u:" + core(name)

    # joining -----------------------------------------------------------------

    def _find(self, key: str) -> str:
        if key not in self._parent:
            self._parent[key] = key
            self._members[key] = {key}
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:
            self._parent[key], key = root, self._parent[key]
        return root

    def join(self, a: str, b: str, *, may_merge_entries: bool) -> bool:
        """Put two keys in one group; refuse to merge two gazetteer entries unless allowed."""
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return True
        known_a = any(k in self._entries for k in self._members[ra])
        known_b = any(k in self._entries for k in self._members[rb])
        if known_a and known_b and not may_merge_entries:
            return False
        self._parent[rb] = ra
        self._members[ra] |= self._members.pop(rb)
        return True

    def learn(self, events: Iterable[dict[str, Any]]) -> None:
        """Learn name forms, renames and aliases from event dicts."""
        for event in events:
            if event.get("type") == "rename" and event.get("old") and event.get("new"):
                old, new = self.base_key(event["old"]), self.base_key(event["new"])
                self._names[new][event["new"]] += 1
                self._names[old][event["old"]] += 1
                if old != new:
                    self._newer[old] = new
                    self.join(new, old, may_merge_entries=True)
            name = _cluster_name(event)
            if name:
                key = self.base_key(name)
                self._names[key][name] += 1
                self._find(key)
                for alias in event.get("aliases") or []:
                    self.join(key, self.base_key(alias), may_merge_entries=False)

    # answers -------------------------------------------------------------------

    def link(self, name: str) -> Cluster:
        """The canonical cluster for a name.

        The key is a gazetteer entry's where the group has one (stable across
        runs); the name shown is the current one: not renamed away, and from
        the gazetteer where possible.
        """
        group = sorted(self._members[self._find(self.base_key(name))])
        current = [k for k in group if k not in self._newer] or group
        known = [k for k in group if k in self._entries]
        known_current = [k for k in current if k in self._entries]
        if known_current:
            return Cluster(known_current[0], self._entries[known_current[0]].name, True)
        names: Counter = Counter()
        for k in current:
            names.update(self._names.get(k, {}))
        shown = max(names.items(), key=lambda kv: (kv[1], len(kv[0]), kv[0]))[0] if names else name.strip()
        if known:
            return Cluster(known[0], shown, True)
        return Cluster(current[0], shown, False)

    def annotate(self, events: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        """Copies of the events with ``cluster_key`` and ``canonical_cluster`` where they name a cluster."""
        out = []
        for event in events:
            event = dict(event)
            name = _cluster_name(event) or (event.get("new") if event.get("type") == "rename" else None)
            if name:
                cluster = self.link(name)
                event["cluster_key"], event["canonical_cluster"] = cluster.key, cluster.name
            out.append(event)
        return out


def _cluster_name(event: dict[str, Any]) -> str | None:
    """The cluster an event is about: a status event's cluster, a cluster recipient of funding."""
    if event.get("type") == "status":
        return event.get("cluster") or None
    if event.get("type") == "funding" and event.get("recipient_kind") == "cluster":
        return event.get("recipient") or None
    return None
