"""Extractor.pipe with worker processes: same events, same order, same errors as one process."""

import pytest


def _records(n):
    return [{"id": f"p{i}", "text": f"Fjordkraft Cluster {i} får status som Arena-klynge. Klyngen får {i + 1} millioner kroner i året.",
             "published": "2021-03-01"} for i in range(n)]


def _until_error(iterator):
    got = []
    with pytest.raises((TypeError, ValueError)) as info:
        for event in iterator:
            got.append(event)
    return got, info.type


def test_two_processes_give_the_events_of_one_in_input_order(extractor):
    records = _records(9)
    one = list(extractor.pipe(records, batch_size=2))
    assert len(one) >= 9
    assert list(extractor.pipe(records, batch_size=2, n_process=2)) == one


@pytest.mark.parametrize("bad", [{"id": "x", "text": None}, {"id": "x", "text": "Tekst.", "published": "snart"}])
def test_a_bad_record_raises_after_the_events_before_it(extractor, bad):
    records = [*_records(3), bad, *_records(2)]
    expected = _until_error(extractor.pipe(records, batch_size=1))
    assert expected[0]  # the records before the bad one gave events
    assert _until_error(extractor.pipe(records, batch_size=1, n_process=2)) == expected
