"""Money, number and date normalisation on hand-written Norwegian phrases."""

import pytest

from nicextract.lexicons.dates import load_date_lexicon, parse_published
from nicextract.lexicons.money import load_money_lexicon


@pytest.mark.parametrize("text,value", [
    ("fem millioner kroner", 5_000_000),
    ("2,2 millioner kroner", 2_200_000),
    ("1 500 000 kroner", 1_500_000),
    ("1.500.000 kr", 1_500_000),
    ("kr 500 000", 500_000),
    ("189 mill. kr", 189_000_000),
    ("75 MNOK", 75_000_000),
    ("NOK 7,5 millioner", 7_500_000),
    ("sju millionar kroner", 7_000_000),
    ("tjue millionar kroner", 20_000_000),
    ("62 milliarder kroner", 62_000_000_000),
    ("1,5 – 2,5 millioner kroner", [1_500_000, 2_500_000]),
    ("3-5 millioner kroner", [3_000_000, 5_000_000]),
])
def test_money_values(text, value):
    assert load_money_lexicon().value(text) == value


def test_phone_numbers_and_counts_are_not_money():
    regex = load_money_lexicon().regex
    assert not list(regex.finditer("Ring telefon 908 20 918 eller 22 00 25 00."))
    assert not list(regex.finditer("Klyngen har 15 000 ansatte og 46 partnere."))


@pytest.mark.parametrize("text,published,value", [
    ("11. juni 2009", None, "2009-06-11"),
    ("14.3.2024", None, "2024-03-14"),
    ("juni 2015", None, "2015-06"),
    ("2012", None, 2012),
    ("i dag", "2017-10-16", "2017-10-16"),
    ("i dag", "2012", 2012),
    ("i år", "2021-11-01", 2021),
    ("i fjor", "2021-11-01", 2020),
    ("neste år", "2019-11-08", 2020),
    ("i dag", None, None),
])
def test_date_values(text, published, value):
    assert load_date_lexicon().value(text, parse_published(published)) == value


@pytest.mark.parametrize("bad", ["yesterday-ish", "2021-13-01", "2021-02-30"])
def test_published_must_be_a_date(bad):
    with pytest.raises(ValueError, match="published"):
        parse_published(bad)
