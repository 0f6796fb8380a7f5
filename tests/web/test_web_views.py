"""The web desk's own reads agree with the command line's: the dashboard's grouped counts are
`cases.report.build`'s figures, and the board's sections hold exactly the rows of
`views.deadlines`, overdue ones first."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert
from sqlmodel import Session

from cases import accounts, views, web_views
from cases.models import Case, Deadline, Team, User
from cases.vocab import CaseStatus

TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def busy_desk(session: Session, rnd: random.Random, n: int = 300) -> None:
    session.add_all([Team(name="In house"), Team(name="Outsourced", vendor=True)])
    session.commit()
    for i in range(6):
        accounts.add_user(session, f"p{i}", role="appeals", actor="t", team="Outsourced" if i % 2 else "In house",
                          password="long enough pw")
    disabled = session.get(User, 1)
    assert disabled is not None
    disabled.active = False
    session.add(disabled)
    session.commit()
    conn = session.connection()
    conn.execute(insert(Case), [dict(
        ref=f"CI-2026-{i:04d}", year=2026, number=i, opened=TODAY - timedelta(days=rnd.randint(0, 200)),
        kind=rnd.choice(["legal_demand", "data_request", None]), title=f"case {i}",
        status=rnd.choice(["new", "open", "triage", "closed", "responded"]),
        priority="normal", assignee_id=rnd.choice([None, 1, 2, 3, 4, 5, 6]), team_id=rnd.choice([None, 1, 2]),
        imported=False, created_at=NOW, updated_at=NOW, why_priority="",
        first_response_at=rnd.choice([None, NOW - timedelta(hours=rnd.randint(1, 900))])) for i in range(1, n + 1)])
    states = [rnd.choice(["open", "open", "met", "missed", "waived"]) for _ in range(3 * n)]
    conn.execute(insert(Deadline), [dict(
        case_id=rnd.randint(1, n), due=TODAY + timedelta(days=rnd.randint(-40, 40)),
        source=rnd.choice(["letter", "sla", "statutory", "manual"]), state=state,
        owner_id=rnd.choice([None, 1, 2, 3, 4, 5, 6]),
        # a day passed before the letter came is never marked missed (the tick leaves it open)
        before_receipt=state != "missed" and rnd.random() < 0.1, label="x", basis="", paused_days=0, extended=False,
        item="", reminders=0, created_at=NOW) for state in states])
    session.commit()


def test_the_dashboard_counts_what_the_report_counts(session: Session) -> None:
    busy_desk(session, random.Random(3))
    for today, since in ((TODAY, None), (TODAY, date(2026, 11, 1)), (date(2026, 12, 20), date(2026, 10, 15))):
        assert web_views.report(session, today, since) == views.report(session, today, since), (today, since)


def test_the_board_holds_the_rows_of_the_deadlines_view(session: Session) -> None:
    busy_desk(session, random.Random(5))
    for owner, team in ((None, None), ("p2", None), (None, "Outsourced")):
        b = web_views.board(session, TODAY, NOW, owner=owner, team=team, limit=100_000)
        shown = [r.id for r in (*b.overdue, *b.today, *b.week, *b.later)]
        rows = views.deadlines(session, views.DeadlineQuery(assignee=owner), TODAY, NOW)
        if team:
            members = {u.username for u in session.query(User).all() if u.team_id == 2}
            rows = [r for r in rows if r.owner in members]
        assert sorted(shown) == sorted(r.id for r in rows)
        assert all(r.late(TODAY) or r.standing == "passed before receipt" for r in b.overdue)
        assert not any(r.overdue for r in (*b.today, *b.week, *b.later))
        assert b.overdue_total == len(b.overdue) and b.later_total == len(b.later)
    small = web_views.board(session, TODAY, NOW, limit=5)
    assert len(small.overdue) == 5 and small.overdue_total > 5


def test_the_cases_a_page_at_a_time_are_the_cases_listed(session: Session) -> None:
    busy_desk(session, random.Random(9), n=120)
    for flt in (views.CaseFilter(), views.CaseFilter(include_closed=True), views.CaseFilter(text="case 1"),
                views.CaseFilter(status=CaseStatus.triage)):
        whole = views.list_cases(session, flt)
        pages = [web_views.case_page(session, flt, offset=o, limit=25) for o in range(0, 150, 25)]
        assert [r for p in pages for r in p.rows] == whole and all(p.total == len(whole) for p in pages)
