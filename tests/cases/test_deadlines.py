"""Deadlines made by filing, and their states: open, met, missed, waived."""

from __future__ import annotations

from datetime import UTC, date, datetime

from icalendar import Calendar
from sqlmodel import Session, select

from cases import deadlines as dl
from cases.config import CasesConfig
from cases.ics import to_ics
from cases.models import AuditEvent, Case, Deadline
from cases.views import DeadlineQuery, deadlines
from tests.cases.conftest import DAY, file, part


def _file(session: Session, cfg: CasesConfig, **fields: object) -> Case:
    [doc] = file(session, cfg, part("text", **fields))
    case = session.get(Case, doc.case_id)
    assert case is not None
    return case


def _deadlines(session: Session, case: Case) -> dict[str, Deadline]:
    rows = session.exec(select(Deadline).where(Deadline.case_id == case.id)).all()
    return {f"{d.source}:{d.clock or ''}": d for d in rows}


def test_a_data_request_gets_its_stated_date_the_gdpr_month_and_the_internal_sla(
    session: Session, cfg: CasesConfig
) -> None:
    case = _file(session, cfg, kind="data_request", legal_bases=["data_protection"], sender_email="me@gmail.com",
                 deadline="2026-11-17", deadline_basis="within 14 days")
    d = _deadlines(session, case)
    assert d["letter:"].due == date(2026, 11, 17) and d["letter:"].basis == "within 14 days"
    assert d["statutory:respond"].due == date(2026, 12, 3) and d["statutory:respond"].regime == "gdpr"
    assert d["sla:first_response"].due == date(2026, 11, 10)  # normal priority: 5 working days
    assert all(x.state == "open" for x in d.values())


def test_a_valid_uk_defamation_notice_starts_operator_and_poster_clocks(session: Session, cfg: CasesConfig) -> None:
    case = _file(session, cfg, kind="legal_demand", legal_bases=["defamation"], sender_country="GB",
                 notice_checks=[("defamation_uk", "name", True), ("defamation_uk", "statement", True)])
    d = _deadlines(session, case)
    assert d["statutory:operator"].due == date(2026, 11, 4)
    assert d["statutory:poster"].due == date(2026, 11, 10)
    assert case.priority in {"high", "urgent"}


def test_meeting_on_time_is_met_and_late_is_missed(session: Session, cfg: CasesConfig) -> None:
    case = _file(session, cfg, kind="legal_demand", deadline="2026-11-17")
    letter = _deadlines(session, case)["letter:"]
    dl.meet(session, letter.id, "ana", cfg, at=datetime(2026, 11, 17, 16, 0, tzinfo=UTC))
    assert letter.state == "met"
    sla = _deadlines(session, case)["sla:first_response"]
    dl.meet(session, sla.id, "ana", cfg, at=datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    assert sla.state == "missed" and sla.met_at is not None
    actions = [e.action for e in session.exec(select(AuditEvent).where(AuditEvent.case_id == case.id))]
    assert "deadline.met" in actions and "deadline.missed" in actions


def test_refresh_marks_passed_deadlines_missed_and_waiving_is_recorded(session: Session, cfg: CasesConfig) -> None:
    case = _file(session, cfg, kind="consumer_appeal", deadline="2026-11-05")
    assert case.priority == "urgent"  # a deadline two days off: the first-response target is 1 working day
    d = _deadlines(session, case)
    manual = dl.add_manual(session, case, date(2026, 11, 20), "lead", label="call back", why="promised")
    assert len(dl.refresh(session, date(2026, 11, 6), "cron")) == 2
    assert d["letter:"].state == "missed" and d["sla:first_response"].state == "missed"
    assert manual.state == "open"
    dl.waive(session, manual.id, "lead", "answered by phone")
    assert manual.state == "waived"
    why = session.exec(select(AuditEvent.why).where(AuditEvent.action == "deadline.waived")).one()
    assert why == "answered by phone"


def test_a_reply_sent_meets_what_it_answers_and_the_case_waits(session: Session, cfg: CasesConfig) -> None:
    case = _file(session, cfg, kind="data_request", legal_bases=["data_protection"], deadline="2026-11-17")
    met = dl.reply_sent(session, case.id, "ana", cfg, at=datetime(2026, 11, 5, 10, 0, tzinfo=UTC))
    assert {m.source for m in met} == {"letter", "sla", "statutory"}
    assert all(m.state == "met" for m in met)
    assert case.status == "awaiting_reply" and case.first_response_at is not None


def test_a_reply_to_one_deadline_meets_it_and_the_first_response_target_only(
    session: Session, cfg: CasesConfig
) -> None:
    case = _file(session, cfg, kind="data_request", legal_bases=["data_protection"], deadline="2026-11-17")
    d = _deadlines(session, case)
    dl.reply_sent(session, case.id, "ana", cfg, deadline_id=d["letter:"].id, at=datetime(2026, 11, 5, tzinfo=UTC))
    assert d["letter:"].state == "met" and d["sla:first_response"].state == "met"
    assert d["statutory:respond"].state == "open"


def test_gdpr_extension_and_identity_pause_move_the_deadline(session: Session, cfg: CasesConfig) -> None:
    case = _file(session, cfg, kind="data_request", legal_bases=["data_protection"])
    gdpr = _deadlines(session, case)["statutory:respond"]
    dl.pause_gdpr(session, gdpr.id, 7, "ana", "awaiting proof of identity", cfg)
    assert gdpr.due == date(2026, 12, 10) and gdpr.paused_days == 7
    dl.extend_gdpr(session, gdpr.id, "ana", "complex request; requester told on 20 Nov", cfg)
    assert gdpr.due == date(2027, 2, 10) and gdpr.extended


def test_the_ics_file_has_one_event_per_deadline(session: Session, cfg: CasesConfig) -> None:
    case = _file(session, cfg, kind="legal_demand", legal_bases=["defamation"], sender_country="GB",
                 deadline="2026-11-17", notice_checks=[("defamation_uk", "name", True)])
    rows = deadlines(session, DeadlineQuery(include_closed=True), DAY)
    cal = Calendar.from_ical(to_ics(rows, stamp=cfg.clock.now()))
    events = list(cal.walk("VEVENT"))
    assert len(events) == len(rows) == 4
    summaries = sorted(str(e["summary"]) for e in events)
    assert all(s.startswith(case.ref) for s in summaries)
    starts = {e.decoded("dtstart") for e in events}
    assert date(2026, 11, 17) in starts  # the letter's date, all day
    assert datetime(2026, 11, 5, 0, 0, tzinfo=UTC) in starts  # the operator's 48 hours, to the hour
