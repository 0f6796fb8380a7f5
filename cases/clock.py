"""The time source the stages are given: they never ask the system for today's date themselves,
so that a test (or a what-if run) can fix the day and every rule sees the same one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    def today(self) -> date:
        """The desk's calendar day."""
        ...

    def now(self) -> datetime:
        """This moment, timezone-aware (UTC)."""
        ...


@dataclass(frozen=True)
class FixedClock:
    """A clock stopped at one moment (tests; a day given on the command line)."""

    at: datetime

    @classmethod
    def on(cls, day: date) -> FixedClock:
        return cls(datetime(day.year, day.month, day.day, 12, 0, tzinfo=UTC))

    def today(self) -> date:
        return self.at.date()

    def now(self) -> datetime:
        return self.at if self.at.tzinfo else self.at.replace(tzinfo=UTC)
