"""nicextract.to_dataframe: one row per event, one column per field, nullable dtypes."""

import sys

import pytest

import nicextract
from nicextract.dataframe import COLUMNS

RECORDS = [
    {"id": "p1", "published": "2018-05-02",
     "text": "Polarklyngen fikk status som Arena-klynge i 2018. Hver Arena-klynge får to millioner kroner i året."},
    {"id": "p2", "published": "2019-01-10", "text": "Havkraft Cluster – tidligere Arena Havkraft – fikk status som NCE i 2019."},
]

ANNOTATION_FIELDS = {"type", "cluster", "aliases", "status", "action", "year", "place", "previous_status", "hub",
                     "recipient", "recipient_kind", "amount_nok", "amount_max_nok", "per_year", "years", "old", "new"}


@pytest.fixture(scope="module")
def frame(extractor):
    pytest.importorskip("pandas")
    return nicextract.to_dataframe(extractor.pipe(RECORDS))


def test_one_column_per_field(frame):
    assert list(frame.columns) == list(COLUMNS)
    assert ANNOTATION_FIELDS | {"doc_id", "evidence_start", "evidence_end", "evidence_text", "spans"} == set(frame.columns)


def test_rows_and_values(frame, extractor):
    events = list(extractor.pipe(RECORDS))
    assert len(frame) == len(events)
    assert set(frame["type"]) == {"status", "funding", "rename"}
    status = frame[(frame["type"] == "status") & (frame["doc_id"] == "p1")].iloc[0]
    assert status["status"] == "ARENA" and status["year"] == 2018
    text = RECORDS[0]["text"]
    assert text[status["evidence_start"]:status["evidence_end"]] == status["evidence_text"]
    funding = frame[frame["type"] == "funding"].iloc[0]
    assert funding["amount_nok"] == 2_000_000 and bool(funding["per_year"]) is True
    rename = frame[frame["type"] == "rename"].iloc[0]
    assert (rename["old"], rename["new"]) == ("Arena Havkraft", "Havkraft Cluster")


def test_missing_values_stay_missing_with_integer_dtypes(frame):
    assert str(frame["year"].dtype) == "Int64" and str(frame["amount_nok"].dtype) == "Int64"
    assert str(frame["per_year"].dtype) == "boolean"
    assert frame.loc[frame["type"] == "status", "amount_nok"].isna().all()


def test_empty_input_has_every_column():
    pytest.importorskip("pandas")
    empty = nicextract.to_dataframe([])
    assert list(empty.columns) == list(COLUMNS) and len(empty) == 0


def test_missing_pandas_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    with pytest.raises(ImportError, match=r'pip install "nicextract\[pandas\]"'):
        nicextract.to_dataframe([])
