"""The library API: extract(), Extractor.extract and Extractor.pipe."""

import pytest

import nicextract
from nicextract import extract

RELEASE = "Fjordkraft Cluster får status som Arena-klynge."


def test_extract_returns_annotation_fields():
    event = extract(RELEASE, published="2022-01-01")[0]
    assert {k: event[k] for k in ("type", "cluster", "status", "action", "year")} == \
        {"type": "status", "cluster": "Fjordkraft Cluster", "status": "ARENA", "action": "granted", "year": 2022}
    assert event["evidence"]["text"] == RELEASE


@pytest.mark.parametrize("bad", [None, b"bytes", 42])
def test_extract_rejects_non_text(bad):
    with pytest.raises(TypeError, match="text must be str"):
        extract(bad)


def test_published_accepts_dates_and_rejects_garbage():
    import datetime
    assert extract(RELEASE, published=datetime.date(2020, 3, 4))[0]["year"] == 2020
    with pytest.raises(ValueError, match="published"):
        extract(RELEASE, published="snart")


def test_pipe_gives_the_same_events_as_extract(extractor):
    records = [{"id": f"d{i}", "text": f"Fjordkraft Cluster {i} får status som Arena-klynge.", "published": "2021"} for i in range(5)]
    piped = list(extractor.pipe(records, batch_size=2))
    single = [e for r in records for e in extractor.extract(r["text"], published=r["published"], doc_id=r["id"])]
    assert piped == single and len(piped) == 5


def test_empty_and_whitespace_text():
    assert extract("") == [] and extract("  \n\t ") == []


def test_public_names():
    assert {"load", "extract", "Extractor"} <= set(nicextract.__all__)
