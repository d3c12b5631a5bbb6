"""The shortcuts taken for speed give exactly what spaCy gives without them:
the anchored matcher the Matcher's matches, ``entities`` the ``doc.ents``,
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
from nicextract.lexicons.events import load_triggers
from nicextract.matcher import AnchoredMatcher, anchor_test
from nicextract.resources import read_jsonl, word_lists
from nicextract.spans import entities
from nicextract.tokenizer import DOC_TEXT, doc_text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import build_corpus  # noqa: E402

RULE_FILES = ("status_terms.jsonl", "programmes.jsonl", "organisations.jsonl")


def project_rules() -> dict[str, list[tuple[str, list]]]:
    """The token patterns nicextract runs through its two anchored matchers."""
    rules = [(f"{f}:{i}", word_lists(r["pattern"])) for f in RULE_FILES
             for i, r in enumerate(read_jsonl(None, f)) if isinstance(r["pattern"], list)]
    return {"triggers": [(t.id, t.pattern) for t in load_triggers(None)], "rules": rules}


def both(vocab, patterns):
    plain, anchored = Matcher(vocab), AnchoredMatcher(vocab)
    for key, pattern in patterns:
        plain.add(key, [pattern])
        anchored.add(key, [pattern])
    return plain, anchored


@pytest.fixture(scope="module")
def texts():
    """The seeds and generated releases of the benchmark corpus, and the hand-written test pages."""
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").glob("*.txt"))]
    return [r["text"] for r in build_corpus(60_000)] + pages


@pytest.mark.parametrize("which", ["triggers", "rules"])
def test_anchored_matcher_gives_the_matchers_matches_in_its_order(nlp, texts, which):
    plain, anchored = both(nlp.vocab, project_rules()[which])
    total = 0
    for text in texts:
        doc = nlp.make_doc(text)
        expected = plain(doc)
        assert anchored(doc) == expected
        total += len(expected)
    assert total > 100  # the texts do exercise the rules


@pytest.mark.parametrize("which", ["triggers", "rules"])
def test_anchored_matcher_skips_most_of_a_release(nlp, texts, which):
    _, anchored = both(nlp.vocab, project_rules()[which])
    docs = [nlp.make_doc(t) for t in texts[:20]]
    covered = sum(e - s for d in docs for s, e in anchored.stretches(d))
    assert covered < 0.25 * sum(len(d) for d in docs)


WORDS = ["får", "fikk", "status", "som", "NCE", "Arena", "har", "fått", "går", "opp", "til", "inn", "i", "GCE-status",
         "Innovasjon", "Norge", "Inovasjon", "universitetet", "Bergen", "ny", "nye", "Arena-klynge", ",", ".", "og",
         "2019", "valgt", "ut", "tatt", "Equinor", "Technology", "Hub", "node", "moden", "klynge", "\n", "-"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=60))
def test_anchored_matcher_on_arbitrary_word_sequences(nlp, words):
    doc = spacy.tokens.Doc(nlp.vocab, words=words)
    for patterns in project_rules().values():
        plain, anchored = both(nlp.vocab, patterns)
        assert anchored(doc) == plain(doc)


def test_rule_without_a_word_to_anchor_on_makes_the_whole_document_one_stretch(nlp):
    _, anchored = both(nlp.vocab, [("title_pair", [{"IS_TITLE": True}, {"IS_TITLE": True}])])
    doc = nlp.make_doc("Ola Nordmann og Kari Nordmann")
    assert anchored.stretches(doc) == [(0, len(doc))]
    assert [(s, e) for _, s, e in anchored(doc)] == [(0, 2), (3, 5)]


def test_repeated_tokens_make_the_whole_document_one_stretch(nlp):
    _, anchored = both(nlp.vocab, [("klynge", [{"LOWER": "klynge"}, {"IS_ALPHA": True, "OP": "+"}])])
    doc = nlp.make_doc("En klynge av bedrifter i Agder")
    assert anchored.stretches(doc) == [(0, len(doc))]


def test_anchor_is_the_most_selective_required_token():
    test, position = anchor_test([{"LOWER": {"IN": ["har", "er"]}}, {"IS_ALPHA": True, "OP": "?"},
                                  {"LOWER": {"IN": ["blitt", "vorte"]}}])
    assert position == 2 and test("Blitt") and not test("har")
    assert anchor_test([{"IS_TITLE": True}, {"LOWER": {"FUZZY": "innovasjon"}, "OP": "?"}]) is None
    fuzzy, _ = anchor_test([{"LOWER": {"FUZZY": "innovasjon"}}])
    assert fuzzy("Inovasjon") and not fuzzy("Norge")


def test_stretches_reach_only_as_far_as_a_rule_can(nlp):
    _, anchored = both(nlp.vocab, [("fikk", [{"LOWER": "fikk"}, {"LOWER": "status"}])])
    # The anchor is "status" (the longer word): a match ends there and starts at most one token before.
    doc = nlp.make_doc("I 2019 fikk klyngen status som NCE , og fikk status i 2020 .")
    assert anchored.stretches(doc) == [(3, 5), (9, 11)]
    assert [(s, e) for _, s, e in anchored(doc)] == [(9, 11)]


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
