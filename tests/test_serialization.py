"""A saved pipeline loads with spacy.load and gives identical output."""

import spacy

import nicextract
from nicextract.api import Extractor

from conftest import ROOT

SEED = (ROOT / "seeds" / "000_1acd524aa8c9bdad.txt").read_text(encoding="utf-8")


def snapshot(extractor, text):
    doc = extractor.process(text, published="2017-10-16")
    return [(e.start_char, e.end_char, e.label_, e._.value) for e in doc.ents], extractor.events_of(doc)


def test_to_disk_then_spacy_load_is_identical(tmp_path, extractor):
    extractor.nlp.to_disk(tmp_path / "nic")
    reloaded = Extractor(spacy.load(tmp_path / "nic"))
    assert reloaded.nlp.pipe_names == extractor.nlp.pipe_names
    assert snapshot(reloaded, SEED) == snapshot(extractor, SEED)
    assert snapshot(reloaded, "Energi i Nord får status som Arena-klynge i dag.") == \
        snapshot(extractor, "Energi i Nord får status som Arena-klynge i dag.")


def test_saved_pipeline_carries_its_pattern_files(tmp_path, extractor):
    extractor.nlp.to_disk(tmp_path / "nic")
    assert (tmp_path / "nic" / "nic_entity_ruler" / "clusters.json").is_file()
    assert (tmp_path / "nic" / "nic_events" / "event_triggers.jsonl").is_file()


def test_components_are_configurable(tmp_path):
    nlp = nicextract.load(config={"nic_sentencizer": {"abbreviations": ["kl."]}})
    assert nlp.get_pipe("nic_sentencizer").abbreviations == frozenset({"kl."})
    assert nlp.config["components"]["nic_sentencizer"]["abbreviations"] == ["kl."]


def test_missing_base_pipeline_says_how_to_install():
    import pytest
    with pytest.raises(nicextract.BaseModelNotFound, match="spacy download"):
        nicextract.load(base="nb_pipeline_that_is_not_installed")
