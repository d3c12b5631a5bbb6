"""Odd and hostile input: every case gives events or a clear error, never a crash."""

import json
import os
import sys

import pytest

from nicextract import Extractor, extract
from nicextract.cli import main
from nicextract.inputs import decode
from nicextract.markup import html_to_text

RELEASE = "NCE Eksempel får status som Arena-klynge."
FUNDING = "Arena Fjordlaks får 5 millioner kroner i året i tre år."


def run(argv, capsys):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def sliced(text, events):
    """Every event's evidence offsets slice ``text`` to its evidence text."""
    return all(text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["text"] for e in events)


def without_offsets(events):
    return [{k: v for k, v in e.items() if k not in ("evidence", "spans")} for e in events]


# --- degenerate texts --------------------------------------------------------

@pytest.mark.parametrize("text", ["", " ", "\n\n\t \r\n", "\u00a0\u200b\ufeff\u00ad", "Arena", "NCE", "«", "–", "2021"])
def test_empty_blank_and_single_word_texts(extractor, text):
    events = extractor.extract(text, published="2020")
    assert isinstance(events, list) and sliced(text, events)


@pytest.mark.parametrize("bad", [None, b"NCE Eksempel", bytearray(b"x"), 42, ["tekst"]])
def test_text_that_is_not_str_is_a_type_error(bad):
    with pytest.raises(TypeError, match="text must be str.*decode bytes first"):
        extract(bad)


def test_records_without_text_are_a_type_error(extractor):
    with pytest.raises(TypeError, match='dict with a "text" string'):
        list(extractor.pipe([{"id": "a", "body": RELEASE}]))
    with pytest.raises(TypeError, match='dict with a "text" string'):
        list(extractor.pipe(["just a string"]))


@pytest.mark.parametrize("published", ["forrige uke", "2021-13-45", "2021-02-30", "20211", "i fjor"])
def test_published_that_is_no_date_names_value_and_shapes(published):
    with pytest.raises(ValueError) as err:
        extract(RELEASE, published=published)
    assert repr(published) in str(err.value) and "YYYY-MM-DD, YYYY-MM or YYYY" in str(err.value)


@pytest.mark.parametrize("published", [[2020], 2020.5, {"year": 2020}, True])
def test_published_of_the_wrong_type_is_a_type_error(published):
    with pytest.raises(TypeError, match="published must be an ISO date string"):
        extract(RELEASE, published=published)


# --- long documents ----------------------------------------------------------

def test_five_megabyte_document_is_read_in_pieces(extractor):
    # A page dump: a release, megabytes of an embedded data blob (cheap to tokenise), a release in
    # the middle and one at the very end, far past spaCy's nlp.max_length of 1,000,000.
    blob = ("3f9a0c7b" * 128 + "\n") * 640  # ~660 KB
    text = RELEASE + "\n\n" + blob * 4 + FUNDING + "\n\n" + blob * 4 + "\n\nFjordkraft Cluster får status som NCE i 2021."
    assert len(text) > 5_000_000 > extractor.nlp.max_length
    events = extractor.extract(text, published="2021-06-01")
    assert [e["type"] for e in events] == ["status", "funding", "status"]
    assert [e["evidence"]["text"].strip() for e in events] == [RELEASE, FUNDING, "Fjordkraft Cluster får status som NCE i 2021."]
    assert sliced(text, events) and events[-1]["evidence"]["end"] == len(text)
    start, end = events[-1]["spans"]["cluster"]
    assert text[start:end] == "Fjordkraft Cluster"


def test_pieces_give_the_events_of_each_part_with_offsets_into_the_whole(nlp):
    releases = [f"Klynge{i} Cluster får status som Arena-klynge i 20{10 + i}." for i in range(12)]
    text = "\n\n".join(f"{r} Dette er en lengre omtale av klyngen og arbeidet den gjør i regionen." for r in releases)
    small = Extractor(nlp, chunk_chars=300)
    events = small.extract(text)
    assert [(e["cluster"], e["year"]) for e in events] == [(f"Klynge{i} Cluster", 2010 + i) for i in range(12)]
    assert sliced(text, events)
    doc = small.process(text)
    assert doc.text == text and len(doc._.events) == 12
    assert all(text[e["start"]:e["end"]] == e["text"] for e in small.entities_of(doc))


def test_a_very_long_line_without_breaks(nlp):
    text = " ".join(["Dette er fyllstoff på én linje."] * 400 + [RELEASE])
    events = Extractor(nlp, chunk_chars=1000).extract(text)
    assert [e["cluster"] for e in events] == ["NCE Eksempel"] and sliced(text, events)


def test_runs_without_spaces_are_one_token(extractor):
    # The affix rules are quadratic in a run's length; such runs are no words anyway.
    text = RELEASE + " " + "!?" * 20_000 + " (" * 3 + "«" * 5000 + "\n\n" + RELEASE.replace("NCE Eksempel", "GCE Prøve")
    events = extractor.extract(text)
    assert [e["cluster"] for e in events] == ["NCE Eksempel", "GCE Prøve"] and sliced(text, events)


def test_chunk_size_must_be_positive(nlp):
    with pytest.raises(ValueError, match="chunk_chars"):
        Extractor(nlp, chunk_chars=0)


# --- characters ------------------------------------------------------------------

def test_windows_line_endings(extractor):
    unix = "Nyhet\n\nNCE Eksempel får status som Arena-klynge.\nKlyngen får 5 millioner kroner i året.\n"
    windows = unix.replace("\n", "\r\n")
    events = extractor.extract(windows, published="2020")
    assert without_offsets(events) == without_offsets(extractor.extract(unix, published="2020"))
    assert events and sliced(windows, events)


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"])
def test_invisible_characters_inside_cluster_names(extractor, mark):
    text = f"NCE Eksem{mark}pel får status som Arena-klynge. Hav{mark}klyngen får 2 millioner kroner."
    events = extractor.extract(text, published="2020")
    assert events[0]["cluster"] == "NCE Eksempel" and sliced(text, events)
    start, end = events[0]["spans"]["cluster"]
    assert text[start:end] == f"NCE Eksem{mark}pel"
    assert without_offsets(events) == without_offsets(extractor.extract(text.replace(mark, ""), published="2020"))


def test_soft_hyphen_in_a_compound(extractor):
    plain = "Arenaklyngen Fjordkraft får status som Arena-klynge."
    soft = plain.replace("Arenaklyngen", "Arena\u00adklyngen")
    assert without_offsets(extractor.extract(soft)) == without_offsets(extractor.extract(plain))
    doc = extractor.process(soft)
    assert [(e.text, e.label_) for e in doc.ents] == [(e.text, e.label_) for e in extractor.process(plain).ents]
    assert all(soft[e["start"]:e["end"]] == e["text"] for e in extractor.entities_of(doc))


def test_no_break_spaces_and_odd_line_separators(extractor):
    text = "Innovasjon\u00a0Norge:\u2028NCE\u00a0Eksempel får\u202fstatus som Arena-klynge.\u2029Slutt."
    events = extractor.extract(text)
    assert events[0]["cluster"] == "NCE Eksempel" and sliced(text, events)


def test_lone_surrogates_and_control_characters(extractor):
    text = "\x00\x07NCE Eksempel får status som Arena-klynge.\ud800\x1b[0m\udfff"
    events = extractor.extract(text)
    assert events[0]["cluster"] == "NCE Eksempel" and sliced(text, events)


def test_mixed_bokmal_nynorsk_and_english(extractor):
    text = ("NCE Eksempel får status som Arena-klynge. Klynga Fjordlaks har fått status som NCE frå 2020. "
            "The cluster Ocean Hub was granted GCE status in 2014. Les mer på www.example.no.")
    events = extractor.extract(text, published="2021-01-01")
    assert {"NCE Eksempel", "Klynga Fjordlaks"} & {e["cluster"] for e in events} and sliced(text, events)


# --- HTML ---------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Nyhet</title><style>p.NCE { color: red }</style>
<script>var s = "<p>NCE Skript får status som NCE.</p>";</script></head>
<body><nav><ul><li>Hjem</li><li>Nyheter</li></ul></nav><h1>Ny <em>klynge</em></h1>
<p><b>NCE Eksempel</b> får status som
   <a href="/arena">Arena-klynge</a>.</p><!-- NCE Kommentar får status som NCE. -->
<p>Hjerte &amp; Kar Cluster får status som NCE&nbsp;i 2021.</p>
</body></html>"""


def test_html_tags_scripts_and_styles_are_not_read(extractor):
    events = extractor.extract(PAGE, html=True, published="2021")
    assert [e["cluster"] for e in events] == ["NCE Eksempel", "Hjerte & Kar Cluster"]
    plain = html_to_text(PAGE)
    assert "<" not in plain and "Skript" not in plain and "Kommentar" not in plain and "color" not in plain
    assert sliced(plain, events)
    first = events[0]["evidence"]
    assert first["text"].strip() == "NCE Eksempel får status som Arena-klynge."
    start, end = first["markup"]
    assert PAGE[start:end].startswith("NCE Eksempel</b> får status som\n   <a href")
    doc = extractor.process(PAGE, html=True)
    assert not any("<" in e.text or ">" in e.text for e in doc.ents)


def test_html_without_the_option_is_text(extractor):
    events = extractor.extract("<p>NCE Eksempel får status som Arena-klynge.</p>")
    assert sliced("<p>NCE Eksempel får status som Arena-klynge.</p>", events)


@pytest.mark.parametrize("markup", ["<", "<<>>", "<p", "<!--", "<script>x", "&", "&#99999999;", "&#xD800;", "a < b > c",
                                    "<p title='>'>x</p>", "<br/><br/>", "&nbsp;&shy;&zwj;", "<pre>  a\n b</pre>"])
def test_broken_markup_never_raises(extractor, markup):
    events = extractor.extract(markup + RELEASE, html=True)
    assert sliced(html_to_text(markup + RELEASE), events)


# --- files -----------------------------------------------------------------------------

def test_latin1_and_cp1252_files_are_reported_by_name():
    problem = decode("Klynga i Tromsø – «NCE»".encode("cp1252"), "a.txt")
    assert "a.txt" in str(problem) and "not UTF-8" in str(problem) and "iconv" in str(problem)
    assert "not UTF-8" in str(decode("Tromsø".encode("latin-1"), "b.txt"))
    assert "UTF-16" in str(decode("Tromsø".encode("utf-16"), "c.txt"))
    assert decode("\ufeffTromsø".encode("utf-8"), "d.txt") == "Tromsø"


def test_cli_html_file_and_html_option(tmp_path, capsys):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    code, rows, _ = run(["extract", str(tmp_path / "page.html")], capsys)
    assert code == 0 and [r["cluster"] for r in rows] == ["NCE Eksempel", "Hjerte & Kar Cluster"]
    code, rows_opt, _ = run(["extract", "--html", str(tmp_path / "page.txt")], capsys)
    assert code == 0 and [r["cluster"] for r in rows_opt] == ["NCE Eksempel", "Hjerte & Kar Cluster"]


def test_cli_unreadable_paths_are_reported(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    code, rows, err = run(["extract", str(tmp_path), str(tmp_path / "missing.txt")], capsys)
    assert code == 1 and [r["doc_id"] for r in rows] == ["good"]
    assert "dangling.txt: No such file" in err and "pipe.txt: not a regular file" in err
    assert "missing.txt: no such file or folder" in err


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads files without permission")
def test_cli_file_without_read_permission(tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text(RELEASE, encoding="utf-8")
    secret.chmod(0)
    code, _, err = run(["extract", str(secret)], capsys)
    assert code == 1 and "secret.txt: Permission denied" in err


def test_cli_jsonl_problems_are_per_line(tmp_path, capsys):
    lines = [json.dumps({"id": "ok1", "text": RELEASE, "published": "2019"}),
             "{not json",
             json.dumps(["a", "list"]),
             json.dumps({"id": "no-text"}),
             json.dumps({"id": "bad-date", "text": RELEASE, "published": "snart"}),
             json.dumps({"id": "list-date", "text": RELEASE, "published": [2019]}),
             '{"id": "surrogate", "text": "\\ud800NCE Eksempel f\\u00e5r status som Arena-klynge."}',
             json.dumps({"id": "html", "text": "<p>" + RELEASE + "</p>", "html": True})]
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, rows, err = run(["extract", str(path)], capsys)
    assert code == 1
    assert [r["doc_id"] for r in rows] == ["ok1", "surrogate", "html"]
    assert rows[1]["evidence"]["text"].startswith("\ufffdNCE Eksempel")
    for lineno, why in [(2, "malformed JSON"), (3, "string \"text\""), (4, "string \"text\""),
                        (5, "'snart' is not a date"), (6, "published must be")]:
        assert f"crawl.jsonl:{lineno}" in err and why in err


def test_cli_binary_and_non_utf8_stdin(monkeypatch, capsys):
    class Stdin:
        buffer = __import__("io").BytesIO("Tromsø".encode("latin-1"))
    monkeypatch.setattr(sys, "stdin", Stdin())
    code, rows, err = run(["extract", "-"], capsys)
    assert code == 1 and rows == [] and "stdin: not UTF-8" in err


def test_cli_output_that_cannot_be_written(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(RELEASE, encoding="utf-8")
    code, _, err = run(["extract", str(tmp_path / "a.txt"), "--output", str(tmp_path)], capsys)
    assert code == 2 and "--output" in err
