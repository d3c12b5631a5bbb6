"""The SQLite timeline store: idempotent re-runs, replacement of changed documents, crash consistency."""

import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from nicextract.cli import main
from nicextract.store import Store, StoreError, sha256_text

RELEASES = {
    "nyheter-a": "Vannklyngen Vest fikk status som Arena-klynge i 2018. Klyngen holder til i Bergen.",
    "nyheter-b": ("Fornybarklyngen Nord ble i dag tatt opp som NCE-klynge. "
                  "Hver NCE-klynge får fem millioner kroner i året."),
}


@pytest.fixture
def releases(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in RELEASES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def run_extract(folder, db, capsys):
    assert main(["extract", str(folder), "--published", "2018-03-01", "--db", str(db)]) == 0
    return capsys.readouterr().out


def test_extract_db_stores_documents_entities_events_with_provenance(releases, tmp_path, capsys):
    db = tmp_path / "events.sqlite"
    printed = [json.loads(line) for line in run_extract(releases, db, capsys).splitlines()]
    with Store(db) as store:
        docs = {d.id: d for d in store.documents()}
        assert set(docs) == set(RELEASES)
        assert docs["nyheter-a"].sha256 == sha256_text(RELEASES["nyheter-a"])
        assert docs["nyheter-a"].published == "2018-03-01"
        assert docs["nyheter-a"].source.endswith("nyheter-a.txt")
        stored = store.events()
        assert [e["type"] for e in stored] == [e["type"] for e in printed]
        status = next(e for e in stored if e["doc_id"] == "nyheter-a" and e["type"] == "status")
        assert status["status"] == "ARENA" and status["year"] == 2018
        ev = status["evidence"]
        assert RELEASES["nyheter-a"][ev["start"]:ev["end"]] == ev["text"]
        ents = store.entities("nyheter-a")
        assert {"label": "PLACE", "text": "Bergen"}.items() <= next(e for e in ents if e["label"] == "PLACE").items()
        assert all(RELEASES["nyheter-a"][e["start"]:e["end"]] == e["text"] for e in ents)
        row = store.conn.execute("SELECT cluster, status, year, evidence_start FROM events "
                                 "WHERE doc_id = 'nyheter-a' AND type = 'status'").fetchone()
        assert row == (status["cluster"], "ARENA", 2018, ev["start"])
        assert store.check() == []


def test_rerun_does_not_duplicate_rows(releases, tmp_path, capsys):
    db = tmp_path / "events.sqlite"
    run_extract(releases, db, capsys)
    with Store(db) as store:
        first = store.counts()
    run_extract(releases, db, capsys)
    with Store(db) as store:
        assert store.counts() == first
        assert first["documents"] == 2 and first["events"] >= 3


def test_changed_content_replaces_that_documents_rows(releases, tmp_path, capsys):
    db = tmp_path / "events.sqlite"
    run_extract(releases, db, capsys)
    changed = "Vannklyngen Vest fikk status som NCE-klynge i 2019."
    (releases / "nyheter-a.txt").write_text(changed, encoding="utf-8")
    run_extract(releases, db, capsys)
    with Store(db) as store:
        docs = {d.id: d for d in store.documents()}
        assert docs["nyheter-a"].sha256 == sha256_text(changed)
        mine = [e for e in store.events() if e["doc_id"] == "nyheter-a"]
        assert [(e["status"], e["year"]) for e in mine] == [("NCE", 2019)]
        assert all(e["doc_id"] == "nyheter-b" for e in store.events() if e.get("amount_nok"))
        assert store.check() == []


def test_put_reports_inserted_unchanged_replaced(tmp_path, extractor):
    with Store(tmp_path / "db.sqlite") as store:
        doc = extractor.process(RELEASES["nyheter-a"], published="2018", doc_id="a")
        events = extractor.events_of(doc)
        assert store.put_doc(doc, events) == "inserted"
        assert store.put_doc(doc, events) == "unchanged"
        doc2 = extractor.process(RELEASES["nyheter-a"] + " Den er en av de nye.", published="2018", doc_id="a")
        assert store.put_doc(doc2, extractor.events_of(doc2)) == "replaced"
        assert store.counts()["documents"] == 1


def test_foreign_keys_are_enforced(tmp_path):
    with Store(tmp_path / "db.sqlite") as store:
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("INSERT INTO events (doc_id, idx, type, record) VALUES ('nope', 0, 'status', '{}')")


def test_failed_document_leaves_no_partial_rows(tmp_path):
    with Store(tmp_path / "db.sqlite") as store:
        good = [{"label": "PLACE", "start": 0, "end": 4, "text": "Bodø", "value": None}]
        store.put("a", "Bodø", good, [])
        bad = good + [{"label": "PLACE"}]  # missing offsets: the insert fails mid-document
        with pytest.raises(KeyError):
            store.put("a", "Bodø by", bad, [{"type": "status"}])
        assert store.counts() == {"documents": 1, "entities": 1, "events": 0}
        assert store.documents()[0].sha256 == sha256_text("Bodø")
        assert store.check() == []


def test_unusable_database_is_a_clear_error(tmp_path):
    path = tmp_path / "not.sqlite"
    path.write_bytes(b"this is not a database at all, just text" * 100)
    with pytest.raises(StoreError, match="cannot use"):
        Store(path)


WRITER = textwrap.dedent("""
    import sys
    from nicextract.store import Store

    db, round_ = sys.argv[1], int(sys.argv[2])
    store = Store(db, extractor="crash-test")
    for n in range(100000):
        doc_id = f"doc{n % 40}"          # ids repeat: later writes replace earlier documents
        text = f"round {round_} write {n}"
        entities = [{"label": "PLACE", "start": i, "end": i + 1, "text": "x", "value": [n, i]} for i in range(400)]
        events = [{"type": "status", "cluster": f"Klynge {n}", "aliases": [], "status": "ARENA",
                   "action": "granted", "year": 2000 + i, "evidence": {"start": 0, "end": 1, "text": "r"},
                   "spans": {}} for i in range(n % 7 + 50)]
        store.put(doc_id, text, entities, events)
        print(n, flush=True)
""")


def test_killed_writer_leaves_a_consistent_database(tmp_path):
    """kill -9 a writer inside a transaction (its rollback journal exists), three times over."""
    db = tmp_path / "crash.sqlite"
    journal = tmp_path / "crash.sqlite-journal"
    killed_mid_transaction = []
    for round_ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(round_)],
                                stdout=subprocess.PIPE, text=True)
        try:
            for _ in range(15 + 7 * round_):  # let it commit some documents
                assert proc.stdout.readline(), "writer stopped early"
            deadline = time.monotonic() + 10
            while not journal.exists() and time.monotonic() < deadline:
                pass  # the next document's transaction has begun
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            proc.stdout.close()
        assert proc.returncode == -signal.SIGKILL
        killed_mid_transaction.append(journal.exists() and journal.stat().st_size > 0)
        conn = sqlite3.connect(db)  # recovers the hot journal left by the killed writer
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        with Store(db) as store:
            assert store.check() == []
            docs = store.documents()
            assert docs, "no document committed before the kill"
            events = store.events()
            for d in docs:
                # every row of a document comes from the same write as its hash
                clusters = {e["cluster"] for e in events if e["doc_id"] == d.id}
                assert len(clusters) == 1
                n = int(clusters.pop().split()[1])
                assert d.n_events == n % 7 + 50 and d.n_entities == 400
                assert d.sha256 in {sha256_text(f"round {r} write {n}") for r in range(round_ + 1)}
                assert {e["value"][0] for e in store.entities(d.id)} == {n}
    assert any(killed_mid_transaction), "no kill landed inside a transaction"


def test_stored_offsets_slice_the_text_as_passed(tmp_path, extractor):
    """Windows line breaks and soft hyphens are removed before reading; the
    stored entities still index the text the caller gave."""
    text = "Nyheter\r\n\r\nHav\u00adkraft Cluster i Bodø får status som NCE.\r\n"
    with Store(tmp_path / "db.sqlite") as store:
        doc = extractor.process(text, published="2021-06-01", doc_id="crlf")
        store.put_doc(doc, extractor.events_of(doc))
        entities = store.entities("crlf")
    assert {e["label"] for e in entities} >= {"CLUSTER", "PLACE", "STATUS"}
    for ent in entities:
        assert text[ent["start"]:ent["end"]] == ent["text"]
