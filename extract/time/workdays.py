"""Working-day arithmetic: weekends and the sender's public holidays skipped.

A UK sender's working days skip England and Wales bank holidays (SCHEMA.md); other countries
use their holidays from the `holidays` package: nationwide ones, and those of the part of the
country the letter's address names where it does ("DE-SN").
"""

from __future__ import annotations

import calendar
import logging
from datetime import date, timedelta
from functools import lru_cache

import holidays

logger = logging.getLogger(__name__)
# the region whose holidays stand for the whole country, where the package splits it
_SUBDIV = {"GB": "ENG"}


@lru_cache(maxsize=64)
def _calendar(country: str, year: int) -> frozenset[date]:
    """`country` is a country ("DE") or a country and a part of it that keeps its own holidays
    ("DE-SN")."""
    code, _, part = country.partition("-")
    for subdiv in dict.fromkeys((part or _SUBDIV.get(code), _SUBDIV.get(code))):
        try:
            return frozenset(holidays.country_holidays(code, subdiv=subdiv, years=year))
        except NotImplementedError:  # a part the package does not know: the country's own
            continue
    logger.info("no public holidays known for %s; its working days skip weekends only", country)
    return frozenset()


def is_holiday(day: date, country: str) -> bool:
    return day in _calendar(country.upper(), day.year)


def is_working_day(day: date, country: str) -> bool:
    return day.weekday() < 5 and not is_holiday(day, country)


def add_working_days(start: date, n: int, country: str) -> date:
    """The n-th working day after `start` (which itself does not count)."""
    day = start
    while n > 0:
        day += timedelta(days=1)
        if is_working_day(day, country):
            n -= 1
    return day


def add_months(start: date, n: int) -> date:
    """The same day number n months on, clamped to the month's end (GDPR Art. 12(3) reading)."""
    y, m = divmod(start.month - 1 + n, 12)
    year, month = start.year + y, m + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def end_of_month(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])
