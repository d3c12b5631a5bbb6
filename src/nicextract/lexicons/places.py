"""The place gazetteer (``patterns/places.json``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..resources import PatternFileError, read_json, require

GENITIVE_KINDS = frozenset({"country", "county", "former_county", "region"})


@dataclass(frozen=True)
class PlaceForm:
    """A surface form of a place and how strictly it must be matched."""

    text: str
    name: str
    kind: str
    ambiguous: bool


@lru_cache(maxsize=8)
def load_place_forms(patterns_dir: str | Path | None = None) -> tuple[PlaceForm, ...]:
    """Every surface form: names, variants, and genitives of countries, counties, regions.

    An entry marked ``"coordinated": true`` ("Troms og Finnmark") names two places
    that have entries of their own; it gives no form, so the parts are tagged
    one by one, as in a list ("Nordland, Troms og Finnmark").
    """
    data = read_json(patterns_dir, "places.json")
    forms: dict[str, PlaceForm] = {}
    for i, raw in enumerate(require(data, "places", list, "places.json")):
        where = f"places.json: entry {i + 1}"
        name = require(raw, "name", str, where).strip()
        kind = require(raw, "kind", str, where)
        if not name:
            raise PatternFileError(f"{where}: empty name")
        if raw.get("coordinated"):
            continue
        ambiguous = bool(raw.get("ambiguous", False))
        variants = raw.get("variants") or []
        if not isinstance(variants, list):
            raise PatternFileError(f"{where} ({name}): 'variants' must be a list")
        surfaces = [name, *[v for v in variants if isinstance(v, str) and v.strip()]]
        if kind in GENITIVE_KINDS:
            surfaces += [s + "s" for s in surfaces if not s.endswith(("s", "x", "z"))]
        for surface in surfaces:
            prev = forms.get(surface)
            # A form is ambiguous if any place entry says so; the first kind listed wins.
            forms[surface] = PlaceForm(surface, prev.name if prev else name, prev.kind if prev else kind,
                                       ambiguous or (prev.ambiguous if prev else False))
    return tuple(forms.values())
