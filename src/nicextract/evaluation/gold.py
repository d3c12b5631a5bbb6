"""Gold files as ANNOTATION.md defines them: read, and check before scoring."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..lexicons.dates import parse_published
from ..schema import ACTIONS, ENTITY_LABELS, EVENT_TYPES, RECIPIENT_KINDS, STATUS_VALUES


class GoldError(ValueError):
    """A gold file that cannot be used; the message names the file and the entry."""


@dataclass
class GoldDoc:
    id: str
    path: Path
    text: str
    lang: str | None
    published: str | None
    entities: list[dict[str, Any]] | None
    events: list[dict[str, Any]] = field(default_factory=list)


def gold_files(path: str | Path) -> list[Path]:
    """The ``*.json`` gold files of a folder (sorted), or the one file given."""
    p = Path(path)
    if p.is_dir():
        files = sorted(f for f in p.glob("*.json") if f.is_file())
        if not files:
            raise GoldError(f"{p}: no *.json gold files in this folder")
        return files
    if p.is_file():
        return [p]
    raise GoldError(f"{p}: no such file or folder")


def read_gold(path: Path) -> GoldDoc:
    """Parse one gold file and load its text (inline ``text`` or ``source``)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise GoldError(f"{path}: line {err.lineno}, column {err.colno}: {err.msg}") from None
    except UnicodeDecodeError as err:
        raise GoldError(f"{path}: not UTF-8 ({err.reason})") from None
    if not isinstance(raw, dict):
        raise GoldError(f"{path}: expected a JSON object at the top level")
    if isinstance(raw.get("text"), str):
        text = raw["text"]
    elif isinstance(raw.get("source"), str):
        src = (path.parent / raw["source"]).resolve()
        try:
            with open(src, encoding="utf-8", newline="") as fh:
                text = fh.read()
        except OSError as err:
            raise GoldError(f"{path}: source {raw['source']!r}: {err.strerror}") from None
    else:
        raise GoldError(f"{path}: needs either 'text' or 'source'")
    entities = raw.get("entities")
    if entities is not None and not isinstance(entities, list):
        raise GoldError(f"{path}: 'entities' must be a list")
    events = raw.get("events", [])
    if not isinstance(events, list):
        raise GoldError(f"{path}: 'events' must be a list")
    return GoldDoc(str(raw.get("id") or path.stem), path, text, raw.get("lang"), raw.get("published"), entities, events)


def load_gold(path: str | Path) -> list[GoldDoc]:
    return [read_gold(f) for f in gold_files(path)]


def _check_entity(doc: GoldDoc, i: int, ent: Any) -> list[str]:
    where = f"{doc.path}: entities[{i}]"
    if not isinstance(ent, dict):
        return [f"{where}: must be an object"]
    errors = []
    start, end, label = ent.get("start"), ent.get("end"), ent.get("label")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(doc.text)):
        return [f"{where}: start/end {start!r}/{end!r} are not valid offsets into a text of {len(doc.text)} characters"]
    if label not in ENTITY_LABELS:
        errors.append(f"{where}: label {label!r} is not one of {ENTITY_LABELS}")
    if "text" in ent and doc.text[start:end] != ent["text"]:
        errors.append(f"{where}: text {ent['text']!r} but offsets {start}:{end} slice {doc.text[start:end]!r}")
    value = ent.get("value")
    if value is not None:
        if label == "STATUS" and value not in STATUS_VALUES:
            errors.append(f"{where}: STATUS value {value!r} is not one of {STATUS_VALUES}")
        if label == "MONEY" and not (isinstance(value, int) or (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value))):
            errors.append(f"{where}: MONEY value must be whole kroner or [min, max]")
        if label == "DATE" and not isinstance(value, (int, str)):
            errors.append(f"{where}: DATE value must be an ISO date string or a year")
    return errors


def _check_event(doc: GoldDoc, i: int, ev: Any) -> list[str]:
    where = f"{doc.path}: events[{i}]"
    if not isinstance(ev, dict):
        return [f"{where}: must be an object"]
    kind = ev.get("type")
    if kind not in EVENT_TYPES:
        return [f"{where}: type {kind!r} is not one of {EVENT_TYPES}"]
    errors = []

    def need(key: str, ok: bool, what: str) -> None:
        if not ok:
            errors.append(f"{where} ({kind}): {key} {ev.get(key)!r} {what}")

    year_ok = ev.get("year") is None or isinstance(ev.get("year"), int)
    if kind == "status":
        need("cluster", isinstance(ev.get("cluster"), str) and ev["cluster"].strip() != "", "must be a non-empty name")
        need("status", ev.get("status") in STATUS_VALUES, f"must be one of {STATUS_VALUES}")
        need("action", ev.get("action") in ACTIONS, f"must be one of {ACTIONS}")
        need("year", year_ok, "must be an integer or null")
        need("previous_status", ev.get("previous_status") in (None, *STATUS_VALUES), "must be a level or null")
        need("aliases", isinstance(ev.get("aliases", []), list), "must be a list")
    elif kind == "funding":
        need("recipient_kind", ev.get("recipient_kind") in RECIPIENT_KINDS, f"must be one of {RECIPIENT_KINDS}")
        need("amount_nok", isinstance(ev.get("amount_nok"), int), "must be whole kroner")
        need("amount_max_nok", ev.get("amount_max_nok") is None or isinstance(ev.get("amount_max_nok"), int), "must be whole kroner or null")
        need("per_year", isinstance(ev.get("per_year"), bool), "must be true or false")
        need("years", ev.get("years") is None or isinstance(ev.get("years"), int), "must be an integer or null")
        need("status", ev.get("status") in (None, *STATUS_VALUES), "must be a level or null")
        need("year", year_ok, "must be an integer or null")
        need("recipient", isinstance(ev.get("recipient"), str), "must be a string")
        need("recipient_aliases", isinstance(ev.get("recipient_aliases", []), list), "must be a list")
    else:
        need("old", isinstance(ev.get("old"), str) and ev["old"].strip() != "", "must be a non-empty name")
        need("new", isinstance(ev.get("new"), str) and ev["new"].strip() != "", "must be a non-empty name")
    return errors


def validate_gold(path: str | Path) -> list[str]:
    """All problems in a gold folder or file; an empty list means it is valid."""
    errors: list[str] = []
    try:
        files = gold_files(path)
    except GoldError as err:
        return [str(err)]
    for f in files:
        try:
            doc = read_gold(f)
        except GoldError as err:
            errors.append(str(err))
            continue
        try:
            parse_published(doc.published)
        except (ValueError, TypeError) as err:
            errors.append(f"{f}: {err}")
        if doc.lang not in (None, "nb", "nn"):
            errors.append(f"{f}: lang {doc.lang!r} must be 'nb' or 'nn'")
        for i, ent in enumerate(doc.entities or []):
            errors.extend(_check_entity(doc, i, ent))
        for i, ev in enumerate(doc.events):
            errors.extend(_check_event(doc, i, ev))
    return errors
