"""What the desk shows, read through the services every door calls (no command line here)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import Session, select

from cases import views
from cases.config import CasesConfig
from cases.errors import NotFound
from cases.importing import CaseIn, import_cases
from cases.models import AuditEvent, Deadline
from cases.vocab import CaseStatus, DeadlineState, Priority
from tests.cases.conftest import DAY, file, part

R1, R2 = "aaaaaaaaaaaaaaaaaaaaaa01", "bbbbbbbbbbbbbbbbbbbbbb02"


def _import(session: Session, cfg: CasesConfig, *items: CaseIn) -> None:
    import_cases(session, list(items), actor="test", profile=cfg.profile)


def test_cases_are_listed_newest_first_with_their_documents_counted_once_per_family(
    session: Session, cfg: CasesConfig
) -> None:
    _import(session, cfg, CaseIn(ref="CI-2026-0100", title="Old matter", opened=date(2026, 9, 1), status="closed"))
    file(session, cfg, part("cover", email={"from_addr": "a@firm.example", "message_id": "<1@firm>"},
                            kind="legal_demand", cited_review_ids=[R1]),
         part("letter", attachment="letter.pdf", cited_review_ids=[R1]))
    rows = views.list_cases(session)
    assert [r.ref for r in rows] == ["CI-2026-0101"]  # the closed one is left out
    (row,) = rows
    assert row.documents == 1 and row.status == CaseStatus.new and isinstance(row.priority, Priority)
    assert [r.ref for r in views.list_cases(session, views.CaseFilter(include_closed=True))] == [
        "CI-2026-0101", "CI-2026-0100"]
    assert [r.ref for r in views.list_cases(session, views.CaseFilter(status=CaseStatus.closed))] == ["CI-2026-0100"]


def test_search_finds_a_case_by_its_ref_title_or_a_party(session: Session, cfg: CasesConfig) -> None:
    _import(session, cfg,
            CaseIn(ref="CI-2026-0200", title="Roof repair complaint", opened=date(2026, 9, 1),
                   parties=["Example Roofing Ltd"]),
            CaseIn(ref="CI-2026-0201", title="Another", opened=date(2026, 9, 2), parties=["Someone Else"]))

    def found(text: str) -> list[str]:
        return [r.ref for r in views.list_cases(session, views.CaseFilter(text=text))]

    assert found("roofing") == ["CI-2026-0200"]
    assert found("ROOF REPAIR") == ["CI-2026-0200"]
    assert found("0201") == ["CI-2026-0201"]
    assert found("nobody") == []


def test_a_case_in_full(session: Session, cfg: CasesConfig) -> None:
    due = (DAY + timedelta(days=10)).isoformat()
    [doc] = file(session, cfg, part("letter", kind="legal_demand", sender_name="A Writer", cited_review_ids=[R1],
                                    deadline=due))
    ref = views.list_cases(session)[0].ref
    c = views.show_case(session, ref.lower())  # as a person may type it
    assert c.ref == ref and c.kind == "legal_demand" and c.opened == DAY
    assert [(p.name, p.role) for p in c.parties] == [("A Writer", "sender")]
    assert [d.id for d in c.documents] == [doc.id] and c.documents[0].linked_by.startswith("new")
    assert {d.source for d in c.deadlines} == {"letter", "sla"}
    assert all(d.case_ref == ref and d.state == DeadlineState.open for d in c.deadlines)
    assert [e.action for e in c.events][:2] == ["case.opened", "document.filed"]
    with pytest.raises(NotFound, match="no case CI-1999-0001"):
        views.show_case(session, "CI-1999-0001")


def test_the_deadlines_board_and_its_filters(session: Session, cfg: CasesConfig) -> None:
    file(session, cfg, part("soon", kind="legal_demand", cited_review_ids=[R1],
                            deadline=(DAY + timedelta(days=3)).isoformat()))
    file(session, cfg, part("later", kind="ip_notice", cited_review_ids=[R2],
                            deadline=(DAY + timedelta(days=30)).isoformat()))
    every = views.deadlines(session, views.DeadlineQuery(), DAY)
    assert [d.due for d in every] == sorted(d.due for d in every)
    week = views.deadlines(session, views.DeadlineQuery(within=timedelta(days=7)), DAY)
    assert week and all(d.due <= DAY + timedelta(days=7) for d in week)
    assert views.deadlines(session, views.DeadlineQuery(overdue=True), DAY) == []
    later = DAY + timedelta(days=40)
    late = views.deadlines(session, views.DeadlineQuery(overdue=True), later)
    assert late and all(d.late(later) for d in late)
    assert views.deadlines(session, views.DeadlineQuery(assignee="nobody"), DAY) == []


def test_looking_at_the_board_changes_nothing_and_shows_overdue_first(session: Session, cfg: CasesConfig) -> None:
    file(session, cfg, part("letter", kind="legal_demand", cited_review_ids=[R1],
                            deadline=(DAY + timedelta(days=3)).isoformat()))
    file(session, cfg, part("other", kind="legal_demand", cited_review_ids=[R2],
                            deadline=(DAY + timedelta(days=30)).isoformat()))
    later = DAY + timedelta(days=10)
    rows = views.deadlines(session, views.DeadlineQuery(), later)
    assert [r.standing for r in rows][:2] == ["overdue", "overdue"] and rows[-1].standing == "open"
    assert [r.due for r in rows] == sorted(r.due for r in rows if r.overdue) + [r.due for r in rows if not r.overdue]
    assert {d.state for d in session.exec(select(Deadline)).all()} == {DeadlineState.open}
    assert session.exec(select(AuditEvent).where(AuditEvent.action == "deadline.missed")).all() == []
    assert [r.standing for r in views.deadlines(session, views.DeadlineQuery(overdue=True), later)] == ["overdue"] * 3


def test_the_export_has_the_corpus_keys_in_filing_order(session: Session, cfg: CasesConfig) -> None:
    file(session, cfg, part("cover", email={"from_addr": "a@firm.example", "message_id": "<1@firm>"},
                            kind="legal_demand"),
         part("letter", attachment="letter.pdf", cited_review_ids=[R1]))
    rows = [r.as_json() for r in views.export_rows(session)]
    assert [(r["file"], r["part"]) for r in rows] == [("letter.pdf", None), ("letter.pdf", "letter.pdf")]
    assert rows[1]["cited_review_ids"] == [R1] and rows[0]["case"] == rows[1]["case"] == "CI-2026-0001"
    assert list(rows[0])[:2] == ["file", "part"] and list(rows[0])[-8:] == [
        "received", "received_from", "status", "error", "case", "triage", "corrected", "evidence"]


def test_the_report_counts_as_of_the_day_given(session: Session, cfg: CasesConfig) -> None:
    file(session, cfg, part("letter", kind="legal_demand", cited_review_ids=[R1],
                            deadline=(DAY + timedelta(days=3)).isoformat()))
    assert views.report(session, DAY).deadlines["missed"] == 0
    assert views.report(session, DAY + timedelta(days=60)).deadlines["missed"] == 2  # the letter's and the SLA
