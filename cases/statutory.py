"""Statutory clocks: the rules are data (cases/rules/statutory/*.toml, one table per regime, each
with its legal source); this module only knows how to count months, days and business hours.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

import holidays
from dateutil.easter import easter

from cases.errors import Invalid
from extract.time.workdays import add_months

RULES = Path(__file__).parent / "rules" / "statutory"


@dataclass(frozen=True)
class Regime:
    name: str
    title: str
    source: str
    kinds: tuple[str, ...]
    legal_bases: tuple[str, ...]
    countries: tuple[str, ...]
    clocks: tuple[dict[str, Any], ...]
    data: dict[str, Any]

    def clock(self, name: str) -> dict[str, Any]:
        for c in self.clocks:
            if c["name"] == name:
                return c
        raise KeyError(f"{self.name} has no clock {name!r}")


@dataclass(frozen=True)
class StatutoryDue:
    """One computed statutory deadline."""

    regime: str
    clock: str
    label: str
    due: date
    due_at: datetime | None
    basis: str  # the rule and its legal source
    party: str = "operator"  # who must act: "operator" (the team) or "complainant"


Regimes = Mapping[str, Regime]


@lru_cache(maxsize=8)
def load_regimes(folder: Path = RULES) -> dict[str, Regime]:
    """The regimes of `folder` (one TOML file each), or the bundled ones."""
    if not folder.is_dir():
        raise Invalid(f"statutory rules: {folder} is not a folder")
    out = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            d = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as e:
            raise Invalid(f"statutory rules {path} are not valid TOML: {e}") from e
        out[d["regime"]] = Regime(
            name=d["regime"], title=d.get("title", d["regime"]), source=d["source"],
            kinds=tuple(d.get("kinds", [])), legal_bases=tuple(d.get("legal_bases", [])),
            countries=tuple(d.get("countries", [])), clocks=tuple(d.get("clock", [])), data=d,
        )
    return out


# --- counting ---------------------------------------------------------------------------------

def non_business_days(regime: Regime, year: int) -> frozenset[date]:
    """The days whose hours do not count: weekends are checked apart; these are the holidays."""
    spec = regime.data.get("bank_holidays") or {}
    days: set[date] = set()
    wanted = set(regime.data.get("non_business", []))
    if "bank_holiday" in wanted and spec:
        days |= set(holidays.country_holidays(spec["country"], subdiv=spec.get("subdiv"), years=year))
    if "christmas_day" in wanted:
        days.add(date(year, 12, 25))
    if "good_friday" in wanted:
        days.add(easter(year) - timedelta(days=2))
    return frozenset(days)


def _is_business_day(day: date, regime: Regime) -> bool:
    wanted = set(regime.data.get("non_business", []))
    if ("saturday" in wanted and day.weekday() == 5) or ("sunday" in wanted and day.weekday() == 6):
        return False
    return day not in non_business_days(regime, day.year)


def add_business_hours(start: datetime, hours: int, regime: Regime) -> datetime:
    """`hours` counted from `start`, hours of non-business days left out."""
    remaining = timedelta(hours=hours)
    cur = start
    while True:
        if not _is_business_day(cur.date(), regime):
            cur = datetime.combine(cur.date() + timedelta(days=1), time(0), cur.tzinfo)
            continue
        midnight = datetime.combine(cur.date() + timedelta(days=1), time(0), cur.tzinfo)
        if cur + remaining <= midnight:
            return cur + remaining
        remaining -= midnight - cur
        cur = midnight


def _day_of(moment: datetime) -> date:
    """The last day on which a deadline ending at `moment` can still be met."""
    return (moment - timedelta(microseconds=1)).date() if moment.time() == time(0) else moment.date()


def _at(day: date | datetime) -> datetime:
    if isinstance(day, datetime):
        return day if day.tzinfo else day.replace(tzinfo=UTC)
    return datetime.combine(day, time(0), UTC)


def run_clock(regime: Regime, clock: dict[str, Any], start: date | datetime,
              *, extended: bool = False, paused_days: int = 0) -> StatutoryDue:
    """One clock from its start: months (same day number), calendar days or business hours."""
    basis = f"{regime.title}: {clock['source']}"
    due_at: datetime | None = None
    if "business_hours" in clock:
        due_at = add_business_hours(_at(start), int(clock["business_hours"]), regime)
        due = _day_of(due_at)
    else:
        day = start.date() if isinstance(start, datetime) else start
        if "months" in clock:
            months = int(clock["months"]) + (int(clock.get("extension_months", 0)) if extended else 0)
            due = add_months(day, months)
            if extended:
                basis += f"; extended: {clock.get('extension_source', '')}"
        else:
            due = day + timedelta(days=int(clock.get("days", 0)))
        if paused_days:
            due += timedelta(days=paused_days)
            basis += f"; paused {paused_days} days: {clock.get('pause_source', '')}"
    return StatutoryDue(regime.name, clock["name"], clock["label"], due, due_at, basis,
                        clock.get("party", "operator"))


# --- which regimes apply ----------------------------------------------------------------------

def applicable(regime: Regime, *, kind: str | None, legal_bases: Iterable[str], country: str | None) -> bool:
    if regime.kinds and kind not in regime.kinds:
        return False
    if regime.legal_bases and not set(regime.legal_bases) & set(legal_bases):
        return False
    return not (regime.countries and country and country.upper() not in regime.countries)


def clocks_for(
    *,
    kind: str | None,
    legal_bases: Iterable[str],
    country: str | None,
    received: date | datetime,
    notice_valid: bool | None = None,
    decision: date | None = None,
    regimes: Regimes,
) -> list[StatutoryDue]:
    """The statutory clocks a document starts. `notice_valid` is None where the notice was not
    checked (no defamation clock then: a defamation clock runs on a notice of complaint);
    `decision` is the date of a moderation decision appealed against, where known."""
    out: list[StatutoryDue] = []
    bases = list(legal_bases)
    for regime in regimes.values():
        if not applicable(regime, kind=kind, legal_bases=bases, country=country):
            continue
        started: dict[str, StatutoryDue] = {}
        for clock in regime.clocks:
            when = clock.get("when")
            if when and (notice_valid is None or (when == "valid") != notice_valid):
                continue
            start_name = clock.get("start", "received")
            if start_name == "received":
                start: date | datetime = received
            elif start_name == "decision":
                if decision is None:
                    continue
                start = decision
            elif start_name in started:
                prev = started[start_name]
                start = prev.due_at.date() if prev.due_at else prev.due
            else:
                continue
            c = run_clock(regime, clock, start)
            started[c.clock] = c
            out.append(c)
    return out


def gdpr_due(regimes: Regimes, received: date, *, extended: bool = False, paused_days: int = 0) -> date:
    """GDPR Art. 12(3): a month from receipt; three with the extension; later by any pause."""
    regime = regimes["gdpr"]
    return run_clock(regime, regime.clock("respond"), received, extended=extended, paused_days=paused_days).due


def dsa_appeal_window(regimes: Regimes, decision: date) -> date:
    regime = regimes["dsa"]
    return run_clock(regime, regime.clock("appeal_window"), decision).due


def defamation_operator_due(regimes: Regimes, received: datetime) -> datetime:
    regime = regimes["defamation_uk"]
    due_at = run_clock(regime, regime.clock("operator"), received).due_at
    assert due_at is not None
    return due_at


# --- what a request asks for ------------------------------------------------------------------
# One request, one clock: a regime's file may list the items a request can ask for (`[item.NAME]`
# with patterns) and the cues of a letter that chases an earlier one (`[reminder]`).

@lru_cache(maxsize=64)
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.I) for p in patterns)


def request_items(regime: Regime, text: str) -> tuple[str, ...]:
    """The items of `regime` that `text` asks for ("access", "objection"), in the file's order."""
    items = regime.data.get("item") or {}
    return tuple(name for name, spec in items.items()
                 if any(p.search(text) for p in _compiled(tuple(spec.get("patterns", [])))))


def item_label(regime: Regime, item: str) -> str:
    spec = (regime.data.get("item") or {}).get(item) or {}
    return str(spec.get("label", item))


def chases(regime: Regime, text: str) -> bool:
    """Whether `text` reads as a reminder of an earlier request."""
    patterns = tuple((regime.data.get("reminder") or {}).get("patterns", []))
    return any(p.search(text) for p in _compiled(patterns))
