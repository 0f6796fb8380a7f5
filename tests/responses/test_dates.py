from datetime import date

import pytest

from responses.dates import long_date


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "5 November 2026"), ("de", "5. November 2026"), ("fr", "5 novembre 2026"),
    ("da", "5. november 2026"), ("xx", "5 November 2026"),
])
def test_long_date_in_the_recipients_language(lang: str, expected: str) -> None:
    assert long_date(date(2026, 11, 5), lang) == expected


def test_months_that_differ_most() -> None:
    assert long_date("2026-03-01", "de") == "1. März 2026"
    assert long_date(date(2026, 3, 1), "fr") == "1er mars 2026"
    assert long_date(date(2026, 5, 31), "da") == "31. maj 2026"
