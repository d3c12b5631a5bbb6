"""Events as a pandas DataFrame, for analysts who work in notebooks.

pandas is optional (``pip install "nicextract[pandas]"``): it is imported
only when a DataFrame is asked for. The columns are fixed, so an empty result
or one without funding events still has every column, with nullable dtypes
so that a missing year stays missing rather than turning into a float.
"""

from __future__ import annotations

from typing import Any, Iterable

# Every field of ANNOTATION.md's event types, then provenance.
COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "type": "string",
    "cluster": "string",
    "aliases": "object",
    "status": "string",
    "action": "string",
    "year": "Int64",
    "place": "string",
    "previous_status": "string",
    "hub": "string",
    "recipient": "string",
    "recipient_kind": "string",
    "amount_nok": "Int64",
    "amount_max_nok": "Int64",
    "per_year": "boolean",
    "years": "Int64",
    "old": "string",
    "new": "string",
    "evidence_start": "Int64",
    "evidence_end": "Int64",
    "evidence_text": "string",
    "spans": "object",
}

INSTALL_HINT = 'nicextract.to_dataframe needs pandas: pip install "nicextract[pandas]"'


def _row(event: Any) -> dict[str, Any]:
    if hasattr(event, "to_dict"):
        event = event.to_dict()
    evidence = event.get("evidence") or {}
    row = {c: event.get(c) for c in COLUMNS}
    row["evidence_start"], row["evidence_end"], row["evidence_text"] = (
        evidence.get("start"), evidence.get("end"), evidence.get("text"))
    if row["aliases"] is None and event.get("type") == "status":
        row["aliases"] = []
    return row


def to_dataframe(events: Iterable[Any]) -> Any:
    """One row per event (dicts or event objects), one column per field; see :data:`COLUMNS`."""
    try:
        import pandas as pd
    except ImportError as err:
        raise ImportError(INSTALL_HINT) from err
    rows = [_row(e) for e in events]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    return frame.astype(COLUMNS)
