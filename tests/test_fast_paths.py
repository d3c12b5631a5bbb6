"""The shortcuts taken for speed give exactly what spaCy gives without them:
the rule matcher the Matcher's matches, ``entities`` the ``doc.ents``,
``doc_text`` the ``doc.text``, the document cache's lower-case forms the
tokens' own."""

import sys
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.matcher import Matcher
from spacy.tokens import Span

from nicextract.doccache import cached, lowers_of, span_text
from nicextract.events.mentions import ClusterIndex
from nicextract.lexicons.events import load_level_phrases, load_triggers
from nicextract.matcher import RuleMatcher, anchor_test
from nicextract.resources import read_jsonl, word_lists
from nicextract.spans import entities
from nicextract.tokenizer import DOC_TEXT, doc_text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import build_corpus  # noqa: E402

RULE_FILES = ("status_terms.jsonl", "programmes.jsonl", "organisations.jsonl")


def project_rules() -> dict[str, list[tuple[str, list]]]:
    """The token patterns nicextract runs through its matchers: the decision words and level
    descriptions, the entity ruler's rules (each a RuleMatcher)."""
    rules = [(f"{f}:{i}", word_lists(r["pattern"])) for f in RULE_FILES
             for i, r in enumerate(read_jsonl(None, f)) if isinstance(r["pattern"], list)]
    triggers = [(t.id, t.pattern) for t in load_triggers(None)]
    triggers += [(f"level#{level}#{i}", p) for i, (level, p) in enumerate(load_level_phrases(None))]
    return {"triggers": triggers, "rules": rules}


@pytest.fixture(scope="module")
def texts():
    """The seeds and generated releases of the benchmark corpus, and the hand-written test pages."""
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").glob("*.txt"))]
    return [r["text"] for r in build_corpus(60_000)] + pages


def both(vocab, patterns):
    plain, split = Matcher(vocab), RuleMatcher(vocab)
    for key, pattern in patterns:
        plain.add(key, [pattern])
        split.add(key, [pattern])
    return plain, split


@pytest.mark.parametrize("which", ["triggers", "rules"])
def test_rule_matcher_gives_the_matchers_matches_in_text_order(nlp, texts, which):
    plain, split = both(nlp.vocab, project_rules()[which])
    total = 0
    for text in texts:
        doc = nlp.make_doc(text)
        found = split(doc)
        assert sorted(found, key=lambda m: (m[1], m[2])) == found  # in text order
        assert sorted(found) == sorted(plain(doc))
        total += len(found)
    assert total > 100  # the texts do exercise the rules


def test_a_rule_without_an_anchor_runs_on_the_whole_document(nlp, texts):
    """A user's rule of only shapes ("two title-case words") has no word to look for: it
    still finds what a Matcher finds, in text order among the anchored rules' matches."""
    patterns = [("title_pair", [{"IS_TITLE": True}, {"IS_TITLE": True}]), *project_rules()["rules"],
                ("digits", [{"IS_DIGIT": True, "OP": "+"}, {"LOWER": "kroner"}])]
    plain, split = both(nlp.vocab, patterns)
    unanchored = 0
    for text in texts[:30]:
        doc = nlp.make_doc(text)
        found = split(doc)
        assert sorted(found, key=lambda m: (m[1], m[2])) == found
        assert sorted(found) == sorted(plain(doc))
        unanchored += sum(nlp.vocab.strings[k] == "title_pair" for k, _, _ in found)
    assert unanchored > 10


def test_rule_matcher_skips_most_of_a_release(nlp, texts):
    _, split = both(nlp.vocab, project_rules()["rules"])
    docs = [nlp.make_doc(t) for t in texts[:20]]
    covered = 0
    for doc in docs:
        seen = set()
        for spans in split.windows(doc).values():
            for s, e in spans:
                seen.update(range(s, e))
        covered += len(seen)
    assert covered < 0.25 * sum(len(d) for d in docs)


WORDS = ["får", "fikk", "status", "som", "NCE", "Arena", "har", "fått", "går", "opp", "til", "inn", "i", "GCE-status",
         "Innovasjon", "Norge", "Inovasjon", "universitetet", "Bergen", "ny", "nye", "Arena-klynge", ",", ".", "og",
         "2019", "valgt", "ut", "tatt", "Equinor", "Technology", "Hub", "node", "moden", "klynge", "\n", "-"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=60))
def test_rule_matcher_on_arbitrary_word_sequences(nlp, words):
    doc = spacy.tokens.Doc(nlp.vocab, words=words)
    for patterns in project_rules().values():
        plain, split = both(nlp.vocab, patterns)
        found = split(doc)
        assert sorted(found) == sorted(plain(doc))
        assert sorted(found, key=lambda m: (m[1], m[2])) == found


def test_rules_without_a_word_to_anchor_on_open_no_windows_and_still_match(nlp):
    _, split = both(nlp.vocab, [("title_pair", [{"IS_TITLE": True}, {"IS_TITLE": True}]),
                                ("klynge", [{"LOWER": "klynge"}, {"IS_ALPHA": True, "OP": "+"}])])
    doc = nlp.make_doc("Ola Nordmann og Kari Nordmann i en klynge av bedrifter")
    assert split.windows(doc) == {}
    title_pair = nlp.vocab.strings["title_pair"]
    assert [(s, e) for k, s, e in split(doc) if k == title_pair] == [(0, 2), (3, 5)]
    assert [(s, e) for k, s, e in split(doc) if k != title_pair] == [(7, 9), (7, 10)]  # "klynge av", "… bedrifter"


def test_anchor_is_the_most_selective_required_token():
    test, position = anchor_test([{"LOWER": {"IN": ["har", "er"]}}, {"IS_ALPHA": True, "OP": "?"},
                                  {"LOWER": {"IN": ["blitt", "vorte"]}}])
    assert position == 2 and test("Blitt") and not test("har")
    assert anchor_test([{"IS_TITLE": True}, {"LOWER": {"FUZZY": "innovasjon"}, "OP": "?"}]) is None
    fuzzy, _ = anchor_test([{"LOWER": {"FUZZY": "innovasjon"}}])
    assert fuzzy("Inovasjon") and not fuzzy("Norge")


def test_windows_reach_only_as_far_as_a_rule_can(nlp):
    _, split = both(nlp.vocab, [("fikk", [{"LOWER": "fikk"}, {"LOWER": "status"}])])
    # The anchor is "status" (the longer word): a match ends there and starts at most one token before.
    doc = nlp.make_doc("I 2019 fikk klyngen status som NCE , og fikk status i 2020 .")
    assert split.windows(doc) == {0: [(3, 5), (9, 11)]}
    assert [(s, e) for _, s, e in split(doc)] == [(9, 11)]


def test_entities_are_doc_ents(nlp, texts):
    for text in texts[:40]:
        doc = nlp(text)
        key = lambda spans: [(e.start, e.end, e.label_, e.kb_id_, e.id_) for e in spans]  # noqa: E731
        assert key(entities(doc)) == key(doc.ents)


def test_entities_keep_foreign_labels_ids_and_adjacent_spans(nlp):
    doc = nlp.make_doc("Ola Nordmann Kari Nordmann bor i Bergen")
    doc.set_ents([Span(doc, 0, 2, label="PER", kb_id="Q1", span_id="ola"), Span(doc, 2, 4, label="PER"),
                  Span(doc, 6, 7, label="LOC")])
    got = [(e.start, e.end, e.label_, e.kb_id_, e.id_) for e in entities(doc)]
    assert got == [(e.start, e.end, e.label_, e.kb_id_, e.id_) for e in doc.ents]
    assert got == [(0, 2, "PER", "Q1", "ola"), (2, 4, "PER", "", ""), (6, 7, "LOC", "", "")]
    assert entities(nlp.make_doc("")) == ()


def test_doc_text_is_kept_by_the_tokenizer_and_equals_doc_text(nlp):
    doc = nlp.make_doc("NCE\u00a0Eksempel får\r\nstatus.")
    assert DOC_TEXT in doc.user_data
    assert doc_text(doc) == doc.text
    other = spacy.blank("nb")("Arena Test får status.")  # made elsewhere: computed once, then kept
    assert doc_text(other) == other.text and other.user_data[DOC_TEXT] == other.text


def test_doc_cache_lower_forms_are_the_tokens(nlp, texts):
    for text in texts[:40] + ["", "Eén", "  \n", "NCE\u00a0Eksempel (NE) – «Havkraft» & co."]:
        doc = nlp(text)
        with cached(doc) as tab:
            assert tab.lowers == [t.lower_ for t in doc]
            assert lowers_of(doc) is tab.lowers
        assert lowers_of(doc) == [t.lower_ for t in doc]  # without a cache: built for the caller


def test_span_text_is_the_spans_text(nlp, texts):
    doc = nlp.make_doc(texts[0])
    for start in range(0, len(doc), 7):
        for end in (start, start + 1, start + 5, len(doc)):
            end = min(end, len(doc))
            assert span_text(doc, start, end) == doc[start:end].text


def test_cluster_index_within_is_the_mentions_starting_there(nlp, texts):
    for text in texts[:30]:
        doc = nlp(text)
        index = ClusterIndex(doc, set())
        for start in range(0, len(doc), 5):
            for end in (start + 1, start + 12, len(doc)):
                expected = [m.start for m in index.mentions if start <= m.start < end]
                assert [m.start for m in index.within(start, end)] == expected
