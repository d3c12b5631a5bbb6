"""Properties that hold for any input: extraction never raises, every event's
offsets slice the input to its evidence, and the output is deterministic."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nicextract import Extractor
from nicextract.textprep import INVISIBLE

# Short press-release fragments of our own, in Bokmål, Nynorsk and English.
FRAGMENTS = [
    "NCE Eksempel får status som Arena-klynge.", "5 millioner kroner i året", "• Arena Foo, Troms",
    "Klyngen Havbruk Vest er tidligere kjent som Arena Havbruk.", "GCE Prøveklynge har fått forlenget statusen i 2019.",
    "De fem nye Arena-prosjektene er:", "Hver klynge kan få inntil 1,5 mill. kr per år i tre år.",
    "Innovasjon Norge, Siva og Forskningsrådet eier programmet Norwegian Innovation Clusters.",
    "Bergen, 12. mars 2019 –", "I dag ble det kjent at", "– Vi er stolte, sier dagleg leiar.", "Arena Pro",
    "Hub-node", "moden klynge", "NCE-status", "Klynga har fått status som NCE frå 2020.",
    "The cluster was granted GCE status in 2014.", "kr 2 500 000", "MNOK 3", "to millionar kroner", "i fjor",
    "Testklyngen", "Nord-Norge", "(NCE Demo)", ":", "«", "»", "–", "-", ".", "\n\n", "\n", " ", "\r\n",
    "\u00ad", "\u200b", "\u00a0", "\ufeff", "\t", "<p>", "&amp;",
]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

spliced = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join)
any_text = st.text(max_size=300)
with_surrogates = st.text(st.characters(codec=None, exclude_categories=()), max_size=80)


def check_events(text, events):
    """Evidence and argument spans index ``text``; the evidence text is its slice."""
    for event in events:
        ev = event["evidence"]
        assert 0 <= ev["start"] <= ev["end"] <= len(text)
        assert text[ev["start"]:ev["end"]] == ev["text"]
        for span in event["spans"].values():
            if span is not None:
                assert 0 <= span[0] <= span[1] <= len(text)


@SETTINGS
@given(text=any_text)
def test_any_unicode_text(extractor, text):
    events = extractor.extract(text, published="2021-06-01")
    check_events(text, events)
    assert extractor.extract(text, published="2021-06-01") == events


@SETTINGS
@given(text=with_surrogates)
def test_lone_surrogates_and_control_characters(extractor, text):
    check_events(text, extractor.extract(text))


@SETTINGS
@given(text=spliced, published=st.sampled_from([None, "2015", "2019-11", "2021-06-30"]))
def test_press_release_fragments(extractor, text, published):
    events = extractor.extract(text, published=published)
    check_events(text, events)
    assert extractor.extract(text, published=published) == events


@SETTINGS
@given(text=spliced, html=st.booleans())
def test_fragments_as_html_never_raise(extractor, text, html):
    from nicextract.markup import html_to_text

    events = extractor.extract(text, html=html)
    check_events(html_to_text(text) if html else text, events)
    for event in events:
        if html:
            start, end = event["evidence"]["markup"]
            assert 0 <= start <= end <= len(text)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.sampled_from(FRAGMENTS), min_size=50, max_size=250), sep=st.sampled_from([" ", "", "\u00a0"]))
def test_very_long_lines_are_read_in_pieces(small_chunks, parts, sep):
    # One line of up to ~6,000 characters, read in pieces of at most 1,500.
    text = sep.join(parts).replace("\n", " ")
    events = small_chunks.extract(text, published="2020")
    check_events(text, events)
    assert small_chunks.extract(text, published="2020") == events


@SETTINGS
@given(text=spliced, marks=st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from("\u00ad\u200b\u200c\u200d\u2060\ufeff")), max_size=6))
def test_invisible_characters_change_nothing_but_offsets(extractor, text, marks):
    clean = INVISIBLE.sub("", text)
    dirty = clean
    for at, mark in sorted(marks, reverse=True):
        at %= len(dirty) + 1
        dirty = dirty[:at] + mark + dirty[at:]
    plain, marked = extractor.extract(clean), extractor.extract(dirty)
    check_events(dirty, marked)

    def without_offsets(events):
        return [{k: v for k, v in e.items() if k not in ("evidence", "spans")} for e in events]
    assert without_offsets(marked) == without_offsets(plain)


@pytest.fixture(scope="module")
def small_chunks(nlp):
    return Extractor(nlp, chunk_chars=1500)


def test_pipe_is_the_same_with_one_or_two_processes(extractor):
    records = [{"id": f"r{i}", "text": text, "published": "2020-05-05"} for i, text in enumerate([
        "NCE Eksempel får status som Arena-klynge. Klyngen får 5 millioner kroner i året.",
        "",
        "Klynga Fjordlaks har fått status som NCE frå 2020.",
        "<p>Arena Foo\u00adklynge, Troms</p>",
    ])]
    one = list(extractor.pipe(records, n_process=1))
    assert list(extractor.pipe(records, n_process=2, batch_size=1)) == one
    assert one == list(extractor.pipe(records, n_process=1))


def test_same_output_across_runs_with_different_hash_seeds(tmp_path):
    # Set and dict order must not leak into the output: two interpreters with different
    # string hashing read the seeds and a page of fragments, and write the same bytes.
    import os
    import subprocess
    import sys

    from conftest import ROOT

    (tmp_path / "fragments.txt").write_text("\n".join(FRAGMENTS) + "\n\n" + " ".join(FRAGMENTS), encoding="utf-8")
    argv = [sys.executable, "-m", "nicextract", "extract", str(ROOT / "seeds"), str(tmp_path / "fragments.txt"),
            "--metadata", str(ROOT / "seeds" / "metadata.jsonl"), "--published", "2020-02-02"]
    runs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONHASHSEED": seed})
            for seed in ("1", "2")]
    outputs = [proc.communicate(timeout=120) for proc in runs]
    assert [proc.returncode for proc in runs] == [0, 0], outputs[0][1]
    assert outputs[0][0] == outputs[1][0] and outputs[0][0].count(b"\n") > 30


MARKUP = ["<p>", "</p>", "<br>", "<li>", "<b>", "</b>", "<script>x<y</script>", "<!-- c -->", "&amp;", "&nbsp;", "&#248;",
          "&bogus;", "<", ">", "&", " ", "\n", "  ", "<pre>", "</pre>", "<td>", "<a href='>'>", "NCE", "Eksempel", "ø"]


@SETTINGS
@given(parts=st.lists(st.one_of(st.sampled_from(MARKUP), st.text(max_size=4)), max_size=40))
def test_markup_map_points_into_the_markup(parts):
    from nicextract.markup import convert

    markup = "".join(parts)
    text, offsets = convert(markup)
    starts = [offsets.start(i) for i in range(len(text))]
    assert starts == sorted(starts)
    for i, start in enumerate(starts):
        end = offsets.end(i + 1)
        assert 0 <= start < end <= len(markup)
        if markup[start:end] == text[i]:
            continue  # copied verbatim
        assert markup[start] in "<&" or markup[start].isspace()  # a tag, an entity or collapsed whitespace


@SETTINGS
@given(text=spliced)
def test_invisible_character_map_points_at_the_same_characters(text):
    from nicextract.textprep import strip_invisible

    clean, offsets = strip_invisible(text)
    if offsets is None:
        assert clean == text
        return
    assert all(text[offsets.start(i)] == ch for i, ch in enumerate(clean))
    assert all(text[offsets.end(i + 1) - 1] == ch for i, ch in enumerate(clean))


@SETTINGS
@given(text=spliced, max_chars=st.integers(1, 120))
def test_pieces_join_back_to_the_text(text, max_chars):
    from nicextract.chunks import split_text

    pieces = split_text(text, max_chars)
    assert "".join(piece for _, piece in pieces) == text
    assert all(text[offset:offset + len(piece)] == piece and 0 < len(piece) <= max_chars for offset, piece in pieces if text)
