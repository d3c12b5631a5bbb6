"""The cluster gazetteer (``patterns/clusters.json``): names, aliases, levels, places."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..names import fold_name
from ..resources import PatternFileError, read_json, require
from ..schema import ACTIONS, STATUS_VALUES


@dataclass(frozen=True)
class Level:
    status: str
    year: int | None
    action: str


@dataclass(frozen=True)
class ClusterEntry:
    """One cluster: its canonical name and every other name it is known by."""

    name: str
    aliases: tuple[str, ...] = ()
    former_names: tuple[str, ...] = ()
    levels: tuple[Level, ...] = ()
    place: str | None = None
    ambiguous_aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.former_names)


@dataclass
class ClusterGazetteer:
    """Lookup from any folded name form to its entry."""

    entries: list[ClusterEntry]
    by_form: dict[str, ClusterEntry] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for entry in self.entries:
            for form in entry.forms:
                self.by_form.setdefault(fold_name(form), entry)

    def lookup(self, name: str) -> ClusterEntry | None:
        return self.by_form.get(fold_name(name))


def _entry(raw: Any, where: str) -> ClusterEntry:
    name = require(raw, "name", str, where).strip()
    if not name:
        raise PatternFileError(f"{where}: empty name")
    levels = []
    for j, lv in enumerate(raw.get("levels") or []):
        lw = f"{where} ({name}), level {j + 1}"
        status = require(lv, "status", str, lw)
        action = lv.get("action", "granted")
        if status not in STATUS_VALUES:
            raise PatternFileError(f"{lw}: status {status!r} is not one of {STATUS_VALUES}")
        if action not in ACTIONS:
            raise PatternFileError(f"{lw}: action {action!r} is not one of {ACTIONS}")
        year = lv.get("year")
        if year is not None and not isinstance(year, int):
            raise PatternFileError(f"{lw}: year must be an integer or null")
        levels.append(Level(status, year, action))
    lists = {}
    for key in ("aliases", "former_names", "ambiguous_aliases"):
        value = raw.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise PatternFileError(f"{where} ({name}): {key!r} must be a list of strings")
        lists[key] = tuple(v.strip() for v in value if v.strip())
    place = raw.get("place")
    return ClusterEntry(name, lists["aliases"], lists["former_names"], tuple(levels),
                        place if isinstance(place, str) else None, lists["ambiguous_aliases"])


@lru_cache(maxsize=8)
def load_cluster_gazetteer(patterns_dir: str | Path | None = None) -> ClusterGazetteer:
    data = read_json(patterns_dir, "clusters.json")
    raw_entries = require(data, "clusters", list, "clusters.json")
    return ClusterGazetteer([_entry(raw, f"clusters.json: entry {i + 1}") for i, raw in enumerate(raw_entries)])
