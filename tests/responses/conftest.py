"""The responses tests draft on the case of tests/conftest.py (received 6 November 2026), on the
day after it arrived."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cases.clock import Clock, FixedClock


@pytest.fixture
def clock() -> Clock:
    return FixedClock(datetime(2026, 11, 7, 12, 0, tzinfo=UTC))
