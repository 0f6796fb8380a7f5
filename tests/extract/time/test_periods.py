"""Relative periods, numbers written as words, and working-day arithmetic."""

from __future__ import annotations

from datetime import date

import pytest

from extract.time.numbers import to_int
from extract.time.periods import find_periods, resolve
from extract.time.workdays import add_months, add_working_days, is_working_day


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("seven (7)", 7), ("7 (seven)", 7), ("twenty-one", 21), ("forty eight", 48), ("a", 1),
        ("vierzehn", 14), ("einundzwanzig", 21), ("eines", 1), ("huit (8)", 8), ("quinze", 15),
        ("vingt et un", 21), ("otte", 8), ("fjorten", 14), ("enogtyve", 21),
    ],
)
def test_numbers_in_words(words: str, value: int) -> None:
    assert to_int(words) == value


@pytest.mark.parametrize(
    ("text", "amount", "unit", "anchor"),
    [
        ("within 14 days of the date of this letter", 14, "days", "letter"),
        ("within seven (7) days of receipt of this notice", 7, "days", "receipt"),
        ("within 10 working days", 10, "working_days", ""),
        ("within ten (10) business days of the date hereof", 10, "working_days", "letter"),
        ("within 48 hours", 48, "hours", ""),
        ("within one calendar month of receipt", 1, "months", "receipt"),
        ("within a fortnight", 14, "days", ""),
        ("innerhalb von 14 Tagen ab Zugang dieses Schreibens", 14, "days", "receipt"),
        ("binnen zwei Wochen", 2, "weeks", ""),
        ("innerhalb von fünf Werktagen", 5, "working_days", ""),
        ("dans un délai de huit (8) jours à compter de la date de la présente", 8, "days", "letter"),
        ("dans les cinq jours ouvrés", 5, "working_days", ""),
        ("dans un délai d'un mois", 1, "months", ""),
        ("sous quinzaine", 15, "days", ""),
        ("sous huitaine", 8, "days", ""),
        ("inden 8 dage", 8, "days", ""),
        ("inden for 10 hverdage fra modtagelsen af dette brev", 10, "working_days", "receipt"),
        # "from today's date", "from the letter's date", "after the letter's receipt"
        ("inden 5 hverdage fra dags dato", 5, "working_days", "letter"),
        ("inden 14 dage regnet fra brevets dato", 14, "days", "letter"),
        ("senest 8 hverdage efter skrivelsens modtagelse", 8, "working_days", "receipt"),
        ("inden for 7 dage fra i dag", 7, "days", "letter"),
        ("inden for en frist af 14 dage", 14, "days", ""),
        ("within 21 days from the date of receipt of this notice", 21, "days", "receipt"),
        ("dans un délai de 10 jours à compter d'aujourd'hui", 10, "days", "letter"),
        ("dans les huit jours de la réception de la présente", 8, "days", "receipt"),
        ("dans un délai de 15 jours à compter de la date du présent courrier", 15, "days", "letter"),
    ],
)
def test_periods_in_four_languages(text: str, amount: int, unit: str, anchor: str) -> None:
    (p,) = find_periods(f"Please act {text}. Thank you.")
    assert (p.text, p.amount, p.unit, p.anchor) == (text, amount, unit, anchor)


def test_a_period_that_runs_from_something_else_is_marked() -> None:
    (p,) = find_periods("Both reviews went up within five days of each other.")
    assert p.dangling and p.text == "within five days"


def test_resolving_each_unit() -> None:
    thursday = date(2026, 11, 19)
    (days, hours, month, end, week) = find_periods(
        "within 7 days; within 48 hours; within one month; by the end of this month; by the end of next week"
    )
    assert resolve(days, thursday, "GB") == date(2026, 11, 26)
    assert resolve(hours, thursday, "GB") == date(2026, 11, 21)
    assert resolve(month, thursday, "GB") == date(2026, 12, 19)
    assert resolve(end, thursday, "GB") == date(2026, 11, 30)
    assert resolve(week, thursday, "GB") == date(2026, 11, 27)


def test_one_month_from_the_31st_ends_on_the_last_day_of_a_short_month() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


def test_working_days_use_the_senders_holidays() -> None:
    # Easter Monday is a bank holiday in England and a Feiertag in Germany, not a US federal holiday
    easter_monday = date(2026, 4, 6)
    assert not is_working_day(easter_monday, "GB")
    assert not is_working_day(easter_monday, "DE")
    assert is_working_day(easter_monday, "US")
    # German Unity Day (Saturday 3 October 2026) changes nothing; Thanksgiving does in the US
    assert add_working_days(date(2026, 11, 25), 1, "US") == date(2026, 11, 27)
    assert add_working_days(date(2026, 11, 25), 1, "GB") == date(2026, 11, 26)
    # a country the holidays package does not know: weekends only
    assert add_working_days(date(2026, 12, 24), 1, "ZZ") == date(2026, 12, 25)
