"""Shared fixtures: one pipeline per test session (loading costs a fraction of a second)."""

from pathlib import Path

import pytest

import nicextract
from nicextract.api import Extractor

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def nlp():
    return nicextract.load()


@pytest.fixture(scope="session")
def extractor(nlp):
    return Extractor(nlp)


@pytest.fixture(scope="session")
def process(extractor):
    def run(text, published=None):
        return extractor.process(text, published=published)
    return run


@pytest.fixture(scope="session")
def events(extractor):
    def run(text, published=None, kind=None):
        found = extractor.extract(text, published=published)
        return [e for e in found if kind is None or e["type"] == kind]
    return run


def ents(doc, label=None):
    return [(e.text, e.label_) for e in doc.ents if label is None or e.label_ == label]
