"""Broken pattern and gold files are reported with the file, the line or entry, and what is wrong."""

import json
import shutil

import pytest

import nicextract
from nicextract.cli import main
from nicextract.resources import PatternFileError, default_patterns_dir


@pytest.fixture
def patterns(tmp_path):
    folder = tmp_path / "patterns"
    folder.mkdir()
    for f in default_patterns_dir().iterdir():
        if f.is_file():
            shutil.copy(f, folder / f.name)
    return folder


def break_jsonl(folder, name, nth, change):
    """Replace the ``nth`` object line of a JSON Lines file; return its 1-based line number."""
    path = folder / name
    lines = path.read_text(encoding="utf-8").splitlines()
    index = [i for i, line in enumerate(lines) if line.strip() and not line.strip().startswith("//")][nth]
    lines[index] = change(lines[index])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return index + 1


def edit(**changes):
    def change(line):
        obj = json.loads(line)
        for key, value in changes.items():
            if value is ...:
                obj.pop(key, None)
            else:
                obj[key] = value
        return json.dumps(obj, ensure_ascii=False)
    return change


def load_error(folder):
    with pytest.raises(PatternFileError) as err:
        nicextract.load(patterns_dir=folder)
    return str(err.value)


@pytest.mark.parametrize("name", ["status_terms.jsonl", "event_triggers.jsonl", "programmes.jsonl", "organisations.jsonl"])
def test_bad_json_line(patterns, name):
    line = break_jsonl(patterns, name, 2, lambda _: '{"id": "X", "pattern": [')
    message = load_error(patterns)
    assert str(patterns / name) in message and f"line {line}:" in message


@pytest.mark.parametrize("name", ["status_terms.jsonl", "event_triggers.jsonl"])
def test_line_that_is_not_an_object(patterns, name):
    line = break_jsonl(patterns, name, 0, lambda _: "[1, 2]")
    message = load_error(patterns)
    assert f"{patterns / name}: line {line}: expected a JSON object, got list" in message


@pytest.mark.parametrize("key", ["action", "tense", "needs", "pattern"])
def test_trigger_missing_required_key(patterns, key):
    line = break_jsonl(patterns, "event_triggers.jsonl", 1, edit(**{key: ...}))
    assert f"event_triggers.jsonl: line {line}: missing key {key!r}" in load_error(patterns)


def test_trigger_value_of_the_wrong_type(patterns):
    line = break_jsonl(patterns, "event_triggers.jsonl", 3, edit(tense=3))
    assert f"event_triggers.jsonl: line {line}: 'tense' must be str, got int" in load_error(patterns)


def test_trigger_with_an_invalid_token_pattern(patterns):
    line = break_jsonl(patterns, "event_triggers.jsonl", 1, edit(pattern=[{"NOT_AN_ATTRIBUTE": "x"}]))
    message = load_error(patterns)
    assert f"event_triggers.jsonl: line {line}: invalid token pattern" in message


def test_two_triggers_with_one_id(patterns):
    first = json.loads(next(line for line in (patterns / "event_triggers.jsonl").read_text(encoding="utf-8").splitlines()
                            if line.strip() and not line.startswith("//")))
    line = break_jsonl(patterns, "event_triggers.jsonl", 4, edit(id=first["id"]))
    message = load_error(patterns)
    assert f"event_triggers.jsonl: line {line}: id {first['id']!r} is already used by" in message


def test_status_term_with_a_pattern_of_the_wrong_type(patterns):
    line = break_jsonl(patterns, "status_terms.jsonl", 1, edit(pattern=5))
    message = load_error(patterns)
    assert f"status_terms.jsonl: line {line}" in message
    assert "pattern must be" in message


def test_rule_with_an_unknown_label(patterns):
    line = break_jsonl(patterns, "programmes.jsonl", 0, edit(label="NOPE"))
    message = load_error(patterns)
    assert f"programmes.jsonl: line {line}: label 'NOPE'" in message


def test_truncated_json_file(patterns):
    path = patterns / "money.json"
    path.write_text(path.read_text(encoding="utf-8")[:-40], encoding="utf-8")
    message = load_error(patterns)
    assert str(path) in message and "line" in message and "column" in message


@pytest.mark.parametrize("name, change, expected", [
    ("money.json", lambda d: d.pop("multipliers"), "money.json: missing key 'multipliers'"),
    ("money.json", lambda d: d.__setitem__("multipliers", [1000]), "money.json: 'multipliers' must be dict, got list"),
    ("clusters.json", lambda d: d["clusters"][3].__setitem__("name", 5), "clusters.json: entry 4: 'name' must be str, got int"),
    ("places.json", lambda d: d["places"][2].pop("kind"), "places.json: entry 3: missing key 'kind'"),
    ("dates.json", lambda d: d.__setitem__("year_range", "2000-2030"), "dates.json: 'year_range' must be list, got str"),
    ("event_cues.json", lambda d: d.__setitem__("duration", "(unclosed"), "event_cues.json: 'duration' is not a valid regex"),
])
def test_json_entry_missing_or_of_the_wrong_type(patterns, name, change, expected):
    path = patterns / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert expected in load_error(patterns)


def test_json_file_that_is_not_an_object(patterns):
    (patterns / "cluster_cues.json").write_text("[]", encoding="utf-8")
    assert "cluster_cues.json: expected a JSON object" in load_error(patterns)


def test_missing_pattern_file(patterns):
    (patterns / "numbers.json").unlink()
    assert f"{patterns / 'numbers.json'}: pattern file not found" in load_error(patterns)


def test_cli_reports_a_broken_pattern_file(patterns, tmp_path, capsys):
    line = break_jsonl(patterns, "event_triggers.jsonl", 0, lambda _: "{oops")
    (tmp_path / "a.txt").write_text("NCE Eksempel får status som NCE.", encoding="utf-8")
    code = main(["extract", str(tmp_path / "a.txt"), "--patterns", str(patterns)])
    err = capsys.readouterr().err
    assert code == 2 and f"event_triggers.jsonl: line {line}" in err


# --- gold files through ``nicextract validate-gold`` ---------------------------------------

GOOD = {"id": "g", "lang": "nb", "published": "2020-01-02", "text": "Arena Heidner i Hamar.",
        "entities": [{"start": 0, "end": 13, "label": "CLUSTER", "text": "Arena Heidner"}], "events": []}


def validate(folder, capsys):
    code = main(["validate-gold", str(folder)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("content, expected", [
    ('{"id": "g",\n  "text": "x",\n  oops}', "line 3, column 3"),
    ("[1, 2]", "expected a JSON object"),
    (json.dumps({**GOOD, "text": None}), "needs either 'text' or 'source'"),
    (json.dumps({**GOOD, "source": "missing.txt", "text": None}), "source 'missing.txt'"),
    (json.dumps({**GOOD, "entities": {"start": 0}}), "'entities' must be a list"),
    (json.dumps({**GOOD, "entities": [GOOD["entities"][0], {"start": 5, "end": 99, "label": "CLUSTER"}]}), "entities[1]: start/end 5/99"),
    (json.dumps({**GOOD, "entities": [{"start": 0, "end": 5, "label": "CLUSTER", "text": "Arena Heidner"}]}), "entities[0]: text 'Arena Heidner'"),
    (json.dumps({**GOOD, "entities": [{"start": 0, "end": 5, "label": "ORG"}]}), "entities[0]: label 'ORG'"),
    (json.dumps({**GOOD, "events": [{"type": "status", "cluster": "Arena Heidner", "status": "GOLD", "action": "granted"}]}),
     "events[0] (status): status 'GOLD'"),
    (json.dumps({**GOOD, "events": [{"type": "funding", "amount_nok": "2 mill."}]}), "events[0] (funding): amount_nok '2 mill.'"),
    (json.dumps({**GOOD, "events": ["status"]}), "events[0]: must be an object"),
    (json.dumps({**GOOD, "published": "snart"}), "published 'snart' is not a date"),
])
def test_broken_gold_files(tmp_path, capsys, content, expected):
    (tmp_path / "ok.json").write_text(json.dumps(GOOD), encoding="utf-8")
    (tmp_path / "broken.json").write_text(content, encoding="utf-8")
    code, err = validate(tmp_path, capsys)
    assert code == 1
    assert f"{tmp_path / 'broken.json'}" in err and expected in err and "ok.json" not in err


def test_gold_file_that_is_not_utf8(tmp_path, capsys):
    (tmp_path / "latin.json").write_bytes(json.dumps({**GOOD, "text": "Tromsø"}, ensure_ascii=False).encode("latin-1"))
    code, err = validate(tmp_path, capsys)
    assert code == 1 and "latin.json: not UTF-8" in err


def test_empty_gold_folder(tmp_path, capsys):
    code, err = validate(tmp_path, capsys)
    assert code == 1 and "no *.json gold files" in err


def test_values_use_the_pipelines_own_patterns(patterns):
    """A user's money.json with a new multiplier: the span's value is read with it too."""
    import json

    import nicextract

    data = json.loads((patterns / "money.json").read_text(encoding="utf-8"))
    data["multipliers"]["millionkroner"] = 1_000_000
    (patterns / "money.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    doc = nicextract.load(patterns_dir=patterns)("Klyngen får 3 millionkroner i året i støtte.")
    assert [(e.text, e._.value) for e in doc.ents if e.label_ == "MONEY"] == [("3 millionkroner", 3_000_000)]
