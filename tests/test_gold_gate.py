"""The quality gate on the hand-annotated seed gold."""

import pytest

from nicextract.evaluation.runner import score_path
from nicextract.schema import ENTITY_LABELS

from conftest import ROOT


@pytest.fixture(scope="module")
def report(extractor):
    return score_path(ROOT / "gold", extractor)


def test_entity_micro_f1(report):
    assert report.entity_micro().f1 >= 0.95


@pytest.mark.parametrize("label", ENTITY_LABELS)
def test_entity_f1_per_label(report, label):
    assert report.entities[label].f1 >= 0.9, label


def test_status_events_strict(report):
    assert report.events["status"].f1 == 1.0


def test_funding_events(report):
    assert report.events["funding"].f1 >= 0.9


def test_rename_events(report):
    assert report.events["rename"].f1 == 1.0
