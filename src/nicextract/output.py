"""Writing events: JSON Lines, CSV and an aligned table."""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterable

COLUMNS = ("doc_id", "type", "cluster", "status", "action", "year", "place", "previous_status", "hub",
           "recipient", "recipient_kind", "amount_nok", "amount_max_nok", "per_year", "years",
           "old", "new", "evidence")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return str(value.get("text", ""))
    if isinstance(value, (list, tuple)):
        return "; ".join(map(str, value))
    return str(value)


def jsonl_lines(events: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events)


def csv_header() -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(COLUMNS)
    return buf.getvalue()


def csv_lines(events: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    for e in events:
        writer.writerow([_cell(e.get(c)) for c in COLUMNS])
    return buf.getvalue()


def table(events: list[dict[str, Any]]) -> str:
    """A fixed-width table for reading in a terminal (evidence shortened)."""
    cols = ("doc_id", "type", "cluster", "status", "action", "year", "place", "recipient", "amount_nok", "per_year", "years", "old", "new")
    rows = [[_cell(e.get(c if c != "cluster" else "cluster"))[:40] for c in cols] for e in events]
    used = [i for i, c in enumerate(cols) if any(r[i] for r in rows)] or list(range(len(cols)))
    widths = {i: max(len(cols[i]), *(len(r[i]) for r in rows)) if rows else len(cols[i]) for i in used}
    lines = ["  ".join(cols[i].ljust(widths[i]) for i in used)]
    lines.append("  ".join("-" * widths[i] for i in used))
    lines += ["  ".join(r[i].ljust(widths[i]) for i in used) for r in rows]
    return "\n".join(lines) + "\n"
