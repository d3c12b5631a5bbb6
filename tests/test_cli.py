"""The nicextract command on files, folders, stdin and JSON Lines, with broken inputs."""

import io
import json
import subprocess
import sys


from nicextract.cli import main

from conftest import ROOT

RELEASE = "Fjordkraft Cluster får status som Arena-klynge i dag. Klyngen får 2 millioner kroner i året."


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_extract_text_file_jsonl(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(RELEASE, encoding="utf-8")
    code, out, err = run(["extract", str(tmp_path / "a.txt"), "--published", "2022-05-04"], capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    status = [r for r in rows if r["type"] == "status"]
    assert status[0]["doc_id"] == "a" and status[0]["year"] == 2022 and status[0]["cluster"] == "Fjordkraft Cluster"


def test_folder_with_broken_files_processes_the_rest(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Klyngen i Tromsø får status som Arena.".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK")
    code, out, err = run(["extract", str(tmp_path), "--published", "2022"], capsys)
    assert code == 1
    assert "latin1.txt" in err and "not UTF-8" in err
    assert "binary.txt" in err and "binary" in err
    assert {json.loads(line)["doc_id"] for line in out.splitlines()} == {"good"}


def test_jsonl_records_with_a_malformed_line(tmp_path, capsys):
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps({"id": "r1", "text": RELEASE, "published": "2019-01-02"}) + "\n{not json\n"
                    + json.dumps({"id": "r2", "text": "Ingen hendelser her."}) + "\n", encoding="utf-8")
    code, out, err = run(["extract", str(path)], capsys)
    assert code == 1 and "crawl.jsonl:2" in err
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["doc_id"] for r in rows} == {"r1"} and rows[0]["year"] == 2019


def test_stdin_csv_and_output_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(RELEASE))
    out_file = tmp_path / "events.csv"
    code, out, err = run(["extract", "-", "--format", "csv", "--output", str(out_file), "--published", "2020"], capsys)
    assert code == 0 and out == ""
    lines = out_file.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("doc_id,type,cluster") and lines[1].startswith("stdin,status,Fjordkraft Cluster")


def test_table_format(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(RELEASE, encoding="utf-8")
    code, out, _ = run(["extract", str(tmp_path / "a.txt"), "--format", "table"], capsys)
    assert code == 0 and out.splitlines()[0].split()[:3] == ["doc_id", "type", "cluster"]


def test_bad_published_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(RELEASE, encoding="utf-8")
    code, _, err = run(["extract", str(tmp_path / "a.txt"), "--published", "forrige uke"], capsys)
    assert code == 2 and "not a date" in err


def test_missing_input_is_reported(tmp_path, capsys):
    code, _, err = run(["extract", str(tmp_path / "nope.txt")], capsys)
    assert code == 1 and "nope.txt" in err and "no such file" in err


def test_seed_metadata_run(capsys):
    code, out, _ = run(["extract", str(ROOT / "seeds"), "--metadata", str(ROOT / "seeds" / "metadata.jsonl")], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert {r["doc_id"] for r in rows} == {p.stem for p in (ROOT / "seeds").glob("*.txt")}
    assert all(r["year"] is not None for r in rows if r["type"] == "status")


def test_score_command(capsys):
    code, out, _ = run(["score", str(ROOT / "gold"), "-v"], capsys)
    assert code == 0 and "micro" in out and "status (relaxed)" in out


def test_python_dash_m(tmp_path):
    result = subprocess.run([sys.executable, "-m", "nicextract", "validate-gold", str(ROOT / "gold")],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "valid" in result.stdout


def test_batch_over_a_folder_with_every_kind_of_broken_file(tmp_path, capsys):
    folder = tmp_path / "crawl"
    (folder / "sub").mkdir(parents=True)
    (folder / "a_good.txt").write_text(RELEASE, encoding="utf-8")
    (folder / "sub" / "b_good.txt").write_text("NCE Eksempel får status som NCE.\r\n", encoding="utf-8")
    (folder / "c_page.html").write_text("<p><b>Arena Nordlys</b> får status som Arena-klynge.</p>", encoding="utf-8")
    (folder / "d_empty.txt").write_text("", encoding="utf-8")
    (folder / "e_cp1252.txt").write_bytes("Klynga i Tromsø – «NCE»".encode("cp1252"))
    (folder / "f_utf16.txt").write_text("NCE Eksempel", encoding="utf-16")
    (folder / "g_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "h_dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "notes.md").write_text("ignored: not .txt or .html", encoding="utf-8")
    code, out, err = run(["extract", str(folder), "--published", "2021-03-04"], capsys)
    assert code == 1
    assert {json.loads(line)["doc_id"] for line in out.splitlines()} == {"a_good", "b_good", "c_page"}
    for name, reason in [("e_cp1252.txt", "not UTF-8"), ("f_utf16.txt", "UTF-16"), ("g_binary.txt", "binary"),
                         ("h_dangling.txt", "No such file")]:
        assert any(name in line and reason in line for line in err.splitlines()), (name, err)
    assert "4 input(s) could not be processed" in err and "notes.md" not in err


def test_interrupted_batch_leaves_only_whole_lines(tmp_path):
    import os
    import signal
    import time

    folder = tmp_path / "many"
    folder.mkdir()
    filler = "\n\nDette er et avsnitt om arbeidet i klyngen, med flere setninger. Det handler om samarbeid og innovasjon." * 8
    for i in range(400):
        (folder / f"doc{i:03d}.txt").write_text(f"Klynge{i} Cluster får status som Arena-klynge.{filler}", encoding="utf-8")
    out = tmp_path / "events.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "nicextract", "extract", str(folder), "--output", str(out), "--published", "2020"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while (not out.exists() or out.stat().st_size == 0) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    os.kill(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err
    text = out.read_text(encoding="utf-8")
    assert text.endswith("\n")
    rows = [json.loads(line) for line in text.splitlines()]
    assert 0 < len(rows) < 400 and all(r["type"] == "status" for r in rows)
