"""Statutory clocks computed from their rules (cases/rules/statutory/*.toml)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from cases.statutory import (
    clocks_for,
    defamation_operator_due,
    dsa_appeal_window,
    gdpr_due,
    load_regimes,
)

REGIMES = load_regimes()


def test_every_regime_cites_its_legal_source() -> None:
    regimes = load_regimes()
    assert {"gdpr", "defamation_uk", "dsa"} <= set(regimes)
    for r in regimes.values():
        assert r.source
        assert all(c.get("source") for c in r.clocks)


def test_gdpr_one_month_is_the_same_day_number_clamped_to_the_month_end() -> None:
    assert gdpr_due(REGIMES, date(2026, 11, 3)) == date(2026, 12, 3)
    assert gdpr_due(REGIMES, date(2027, 1, 31)) == date(2027, 2, 28)


def test_gdpr_extension_adds_two_months_and_a_pause_for_identity_moves_the_day() -> None:
    assert gdpr_due(REGIMES, date(2027, 1, 31), extended=True) == date(2027, 4, 30)
    assert gdpr_due(REGIMES, date(2026, 11, 3), paused_days=9) == date(2026, 12, 12)


def test_defamation_48_hours_skip_a_weekend() -> None:
    # received on a Friday (start of day): Friday's 24 hours, then Monday's 24
    due = defamation_operator_due(REGIMES, datetime(2026, 11, 6, 0, 0, tzinfo=UTC))
    assert due == datetime(2026, 11, 10, 0, 0, tzinfo=UTC)


def test_defamation_48_hours_skip_christmas_day_the_weekend_and_the_boxing_day_substitute() -> None:
    # Thu 24 Dec 2026 10:00: 14 hours that day; Fri 25 (Christmas), Sat, Sun, Mon 28 (bank holiday)
    # do not count; Tuesday's 24; 10 hours of Wednesday
    due = defamation_operator_due(REGIMES, datetime(2026, 12, 24, 10, 0, tzinfo=UTC))
    assert due == datetime(2026, 12, 30, 10, 0, tzinfo=UTC)


def test_defamation_48_hours_skip_good_friday_and_easter_monday() -> None:
    due = defamation_operator_due(REGIMES, datetime(2027, 3, 25, 9, 0, tzinfo=UTC))
    assert due == datetime(2027, 3, 31, 9, 0, tzinfo=UTC)


def test_a_valid_notice_starts_the_operator_then_the_poster_clock() -> None:
    clocks = clocks_for(regimes=REGIMES, kind="legal_demand", legal_bases=["defamation"], country="GB",
                        received=datetime(2026, 11, 6, 0, 0, tzinfo=UTC), notice_valid=True)
    by_name = {c.clock: c for c in clocks}
    assert set(by_name) == {"operator", "poster"}
    assert by_name["operator"].due == date(2026, 11, 9)  # ends at midnight starting Tuesday
    assert by_name["poster"].due == date(2026, 11, 15)  # five days after the operator's notice
    assert "SI 2013/3028" in by_name["operator"].basis


def test_a_defective_notice_is_answered_within_the_same_48_hours() -> None:
    clocks = clocks_for(regimes=REGIMES, kind="legal_demand", legal_bases=["defamation"], country="GB",
                        received=date(2026, 11, 6), notice_valid=False)
    assert [(c.clock, c.due) for c in clocks] == [("defective", date(2026, 11, 9))]


def test_no_defamation_clock_without_a_notice_check_or_outside_the_uk() -> None:
    assert clocks_for(regimes=REGIMES, kind="legal_demand", legal_bases=["defamation"], country="GB",
                      received=date(2026, 11, 6), notice_valid=None) == []
    assert clocks_for(regimes=REGIMES, kind="legal_demand", legal_bases=["defamation"], country="DE",
                      received=date(2026, 11, 6), notice_valid=True) == []


def test_dsa_appeal_window_is_six_months_after_the_decision() -> None:
    assert dsa_appeal_window(REGIMES, date(2026, 5, 31)) == date(2026, 11, 30)
    clocks = clocks_for(regimes=REGIMES, kind="consumer_appeal", legal_bases=["dsa"], country="IE",
                        received=date(2026, 11, 3), decision=date(2026, 10, 1))
    assert [(c.clock, c.due, c.party) for c in clocks] == [("appeal_window", date(2027, 4, 1), "complainant")]
