"""The timeline store: documents, their entities and their events in SQLite.

Each document is written in one transaction, keyed on its id and the SHA-256
of its text, so a run can be repeated (no duplicate rows) or killed at any
point (a document is either stored whole or not at all). Every row keeps its
provenance: the document it came from, character offsets, and the evidence
sentence. The schema is documented in README.md ("Cluster timelines, reports
and DataFrames").
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id          TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL,
    published   TEXT,
    lang        TEXT,
    source      TEXT,
    n_entities  INTEGER NOT NULL,
    n_events    INTEGER NOT NULL,
    result_sha256 TEXT NOT NULL,
    extractor   TEXT NOT NULL,
    stored_at   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entities (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx     INTEGER NOT NULL,
    label   TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    text    TEXT NOT NULL,
    value   TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS events (
    doc_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx             INTEGER NOT NULL,
    type            TEXT NOT NULL,
    cluster         TEXT,
    aliases         TEXT,
    status          TEXT,
    action          TEXT,
    year            INTEGER,
    place           TEXT,
    previous_status TEXT,
    hub             TEXT,
    recipient       TEXT,
    recipient_kind  TEXT,
    amount_nok      INTEGER,
    amount_max_nok  INTEGER,
    per_year        INTEGER,
    years           INTEGER,
    old             TEXT,
    new             TEXT,
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    evidence_text   TEXT,
    spans           TEXT,
    record          TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS entities_label ON entities(label);
"""

# Event fields stored as their own columns (JSON-encoded where marked).
EVENT_COLUMNS = ("type", "cluster", "aliases", "status", "action", "year", "place", "previous_status", "hub",
                 "recipient", "recipient_kind", "amount_nok", "amount_max_nok", "per_year", "years", "old", "new")
_JSON_COLUMNS = frozenset({"aliases"})


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class StoreError(ValueError):
    """A database that cannot be used: missing, not SQLite, or locked."""


@dataclass
class StoredDocument:
    id: str
    sha256: str
    published: str | None
    lang: str | None
    source: str | None
    n_entities: int
    n_events: int


class Store:
    """An open timeline database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path, *, extractor: str | None = None) -> None:
        from . import __version__

        self.path = Path(path)
        self.extractor = extractor or f"nicextract {__version__}"
        # autocommit mode: transactions are opened explicitly, one per document
        try:
            self.conn = sqlite3.connect(str(self.path), isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.executescript(SCHEMA)
            self.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except sqlite3.Error as err:
            raise StoreError(f"{self.path}: cannot use as a timeline database ({err})") from None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    # writing ---------------------------------------------------------------

    def put_doc(self, doc: Any, events: list[dict[str, Any]], *, doc_id: str | None = None,
                source: str | None = None, lang: str | None = None) -> str:
        """Store a processed ``Doc`` with its event dicts (see :meth:`put`)."""
        from .offsets import entities_to_caller
        from .tokenizer import input_text

        did = doc_id if doc_id is not None else doc._.doc_id
        if did is None:
            raise ValueError("a stored document needs an id (doc._.doc_id or doc_id=...)")
        return self.put(str(did), input_text(doc), entities_to_caller(doc), events,
                        published=doc._.published, lang=lang, source=source)

    def put(self, doc_id: str, text: str, entities: list[dict[str, Any]], events: list[dict[str, Any]], *,
            published: str | None = None, lang: str | None = None, source: str | None = None) -> str:
        """Insert or replace one document and all its rows in a single transaction.

        Returns ``"inserted"``, ``"replaced"`` (new text or new results for a
        known id: its old rows are deleted first) or ``"unchanged"`` (same
        text, same results: nothing is written).
        """
        digest = sha256_text(text)
        result = sha256_text(_json({"entities": entities, "events": [_strip_doc_id(e) for e in events],
                                    "published": published, "lang": lang, "source": source}))
        row = self.conn.execute("SELECT sha256, result_sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is not None and row == (digest, result):
            return "unchanged"
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            cur.execute("DELETE FROM documents WHERE id = ?", (doc_id,))  # cascades to entities and events
            cur.execute("INSERT INTO documents (id, sha256, published, lang, source, n_entities, n_events, "
                        "result_sha256, extractor, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (doc_id, digest, published, lang, source, len(entities), len(events), result,
                         self.extractor, datetime.now(timezone.utc).isoformat(timespec="seconds")))
            cur.executemany('INSERT INTO entities (doc_id, idx, label, start, "end", text, value) '
                            "VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [(doc_id, i, e["label"], e["start"], e["end"], e["text"],
                              None if e.get("value") is None else _json(e["value"]))
                             for i, e in enumerate(entities)])
            cur.executemany(_EVENT_INSERT, [_event_row(doc_id, i, e) for i, e in enumerate(events)])
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        return "inserted" if row is None else "replaced"

    # reading ---------------------------------------------------------------

    def documents(self) -> list[StoredDocument]:
        rows = self.conn.execute("SELECT id, sha256, published, lang, source, n_entities, n_events "
                                 "FROM documents ORDER BY id")
        return [StoredDocument(*r) for r in rows]

    def events(self, *, type: str | None = None) -> list[dict[str, Any]]:
        """Every stored event as its original dict, plus ``doc_id`` and ``published`` of its document."""
        sql = ("SELECT e.record, e.doc_id, d.published FROM events e JOIN documents d ON d.id = e.doc_id"
               + (" WHERE e.type = ?" if type else "") + " ORDER BY e.doc_id, e.idx")
        out = []
        for record, doc_id, published in self.conn.execute(sql, (type,) if type else ()):
            event = json.loads(record)
            event["doc_id"] = doc_id
            event["published"] = published
            out.append(event)
        return out

    def entities(self, doc_id: str) -> list[dict[str, Any]]:
        rows = self.conn.execute('SELECT label, start, "end", text, value FROM entities WHERE doc_id = ? ORDER BY idx',
                                 (doc_id,))
        return [{"label": l, "start": s, "end": e, "text": t, "value": None if v is None else json.loads(v)}
                for l, s, e, t, v in rows]

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "entities", "events")}

    def check(self) -> list[str]:
        """Problems in the database: SQLite's integrity check, then documents whose rows are incomplete."""
        problems = [r[0] for r in self.conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        problems += [f"foreign key: {r}" for r in self.conn.execute("PRAGMA foreign_key_check")]
        rows = self.conn.execute(
            "SELECT d.id, d.n_entities, d.n_events, "
            "(SELECT count(*) FROM entities WHERE doc_id = d.id), (SELECT count(*) FROM events WHERE doc_id = d.id) "
            "FROM documents d")
        for did, n_ent, n_ev, got_ent, got_ev in rows:
            if (n_ent, n_ev) != (got_ent, got_ev):
                problems.append(f"{did}: expected {n_ent} entities and {n_ev} events, found {got_ent} and {got_ev}")
        return problems


def _strip_doc_id(event: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in event.items() if k not in ("doc_id", "published")}


_EVENT_FIELDS = ("doc_id", "idx", *EVENT_COLUMNS, "evidence_start", "evidence_end", "evidence_text", "spans", "record")
_EVENT_INSERT = (f"INSERT INTO events ({', '.join(_EVENT_FIELDS)}) "
                 f"VALUES ({', '.join('?' for _ in _EVENT_FIELDS)})")


def _event_row(doc_id: str, idx: int, event: dict[str, Any]) -> tuple[Any, ...]:
    values: list[Any] = [doc_id, idx]
    for col in EVENT_COLUMNS:
        v = event.get(col)
        if col in _JSON_COLUMNS:
            v = None if v is None else _json(v)
        elif isinstance(v, bool):
            v = int(v)
        values.append(v)
    evidence = event.get("evidence") or {}
    values += [evidence.get("start"), evidence.get("end"), evidence.get("text"),
               _json(event.get("spans") or {}), _json(_strip_doc_id(event))]
    return tuple(values)


def open_existing(path: str | Path) -> Store:
    """Open a database that must already exist (reading commands should not create one)."""
    if not Path(path).is_file():
        raise StoreError(f"{path}: no such database; create it with 'nicextract extract … --db {path}'")
    return Store(path)

