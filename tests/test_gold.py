"""The gold files are valid, and the validator catches what is wrong."""

import json

from nicextract.cli import main
from nicextract.evaluation.gold import validate_gold

from conftest import ROOT


def test_bundled_gold_is_valid():
    assert validate_gold(ROOT / "gold") == []


def test_gold_sources_are_the_seed_files():
    for path in sorted((ROOT / "gold").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert (path.parent / data["source"]).resolve().parent == (ROOT / "seeds").resolve()


def write(tmp_path, **doc):
    base = {"id": "x", "lang": "nb", "published": "2020-01-02", "text": "Arena Heidner i Hamar.", "entities": [], "events": []}
    base.update(doc)
    path = tmp_path / "x.json"
    path.write_text(json.dumps(base), encoding="utf-8")
    return path


def test_offsets_that_do_not_slice_their_text(tmp_path):
    path = write(tmp_path, entities=[{"start": 0, "end": 5, "label": "CLUSTER", "text": "Arena Heidner"}])
    errors = validate_gold(path)
    assert len(errors) == 1 and "slice" in errors[0] and "entities[0]" in errors[0]


def test_bad_labels_and_enums(tmp_path):
    path = write(tmp_path, entities=[{"start": 0, "end": 5, "label": "ORG"}],
                 events=[{"type": "status", "cluster": "Arena Heidner", "status": "SUPER", "action": "granted", "year": 2012}])
    errors = validate_gold(path)
    assert any("label 'ORG'" in e for e in errors)
    assert any("status 'SUPER'" in e for e in errors)


def test_malformed_json_names_file_and_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"id": "x",\n "text": }', encoding="utf-8")
    errors = validate_gold(path)
    assert errors and "bad.json" in errors[0] and "line 2" in errors[0]


def test_cli_validate_gold_exit_codes(tmp_path, capsys):
    assert main(["validate-gold", str(ROOT / "gold")]) == 0
    bad = write(tmp_path, published="not a date")
    assert main(["validate-gold", str(bad)]) == 1
    assert "not a date" in capsys.readouterr().err
