"""What a person changes, through the services every door calls: each commits, audits, and says
why in a `DeskError` when it cannot."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, select

from cases import commands, views
from cases.clock import FixedClock
from cases.config import CasesConfig
from cases.errors import DeskError, Invalid, NotFound
from cases.models import AuditEvent, Case, Deadline
from cases.vocab import CaseStatus, DeadlineState
from tests.cases.conftest import DAY, file, part

R1, R2 = "aaaaaaaaaaaaaaaaaaaaaa01", "bbbbbbbbbbbbbbbbbbbbbb02"


def _ref(session: Session, doc_case_id: int | None) -> str:
    case = session.get(Case, doc_case_id)
    assert case is not None
    return case.ref


def test_import_a_file_of_cases_and_refuse_a_malformed_one(session: Session, cfg: CasesConfig, tmp_path: Path) -> None:
    good = tmp_path / "cases.json"
    item = {"ref": "CI-2026-0117", "opened": "2026-10-02", "parties": ["Example Roofing Ltd"]}
    good.write_text(json.dumps({"cases": [item]}))
    res = commands.import_file(session, good, cfg, actor="t")
    assert (res.created, res.updated) == (1, 0) and res.keys > 0
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(Invalid, match="not valid JSON"):
        commands.import_file(session, bad, cfg, actor="t")


def test_status_changes_follow_the_lifecycle(session: Session, cfg: CasesConfig) -> None:
    [doc] = file(session, cfg, part("x", kind="consumer_appeal"))
    ref = _ref(session, doc.case_id)
    assert commands.change_status(session, ref, "open", cfg, actor="ana") == CaseStatus.open
    with pytest.raises(DeskError, match="cannot go from open to new"):
        commands.change_status(session, ref, "new", cfg, actor="ana")
    with pytest.raises(DeskError, match="unknown status 'bogus'"):
        commands.change_status(session, ref, "bogus", cfg, actor="ana")
    closed = commands.change_status(session, ref, CaseStatus.closed, cfg, actor="ana", why="done")
    assert closed == CaseStatus.closed
    case = session.exec(select(Case).where(Case.ref == ref)).one()
    assert case.closed_at is not None


def test_teams_members_and_assignment(session: Session, cfg: CasesConfig) -> None:
    [doc] = file(session, cfg, part("demand", kind="legal_demand", cited_review_ids=[R1],
                                    deadline=(DAY + timedelta(days=9)).isoformat()))
    ref = _ref(session, doc.case_id)
    with pytest.raises(NotFound, match="no team legal"):
        commands.save_member(session, "ana", team="legal")
    team = commands.save_team(session, "legal", actor="lead", kinds=["legal_demand"])
    assert team.kinds == ("legal_demand",) and not team.vendor
    commands.save_member(session, "ana", team="legal", display_name="Ana")
    commands.save_member(session, "ben", team="legal", inactive=True)
    with pytest.raises(NotFound, match="no user zed"):
        commands.assign_case(session, ref, cfg, actor="lead", to="zed")
    with pytest.raises(Invalid):
        commands.assign_case(session, ref, cfg, actor="lead")
    a = commands.assign_case(session, ref, cfg, actor="lead", auto=True)
    assert (a.ref, a.username) == (ref, "ana")  # ben is away
    owners = {d.owner for d in views.deadlines(session, views.DeadlineQuery(), DAY)}
    assert owners == {"ana"}


def test_merge_move_split_and_suggestions_through_the_services(session: Session, cfg: CasesConfig) -> None:
    [a] = file(session, cfg, part("first", kind="legal_demand", cited_review_ids=[R1]))
    [b] = file(session, cfg, part("second", kind="legal_demand", cited_review_ids=[R2]))
    ref_a, ref_b = _ref(session, a.case_id), _ref(session, b.case_id)
    assert commands.merge(session, ref_a, ref_b, cfg, actor="lead", why="one matter") == ref_a
    new = commands.split(session, ref_a, [b.id or 0], cfg, actor="lead", why="two after all")
    assert new not in (ref_a, ref_b)
    assert views.show_case(session, new).opened == cfg.clock.today()
    assert commands.move(session, b.id or 0, ref_a, cfg, actor="lead") == ref_a
    with pytest.raises(NotFound, match="no suggestion 99"):
        commands.resolve_suggestion(session, 99, True, cfg, actor="lead")
    actions = set(session.exec(select(AuditEvent.action)).all())
    assert {"case.merged", "case.split", "document.moved"} <= actions


def test_deadline_changes_by_hand(session: Session, cfg: CasesConfig) -> None:
    [doc] = file(session, cfg, part("request", kind="data_request", legal_bases=["data_protection"]))
    ref = _ref(session, doc.case_id)
    added = commands.add_deadline(session, ref, DAY + timedelta(days=5), actor="ana", label="call back", why="promised")
    commands.waive_deadline(session, added, actor="ana", why="answered by phone")
    assert session.get(Deadline, added).state == DeadlineState.waived
    gdpr = session.exec(select(Deadline).where(Deadline.regime == "gdpr")).one()
    assert commands.pause_deadline(session, gdpr.id or 0, 7, cfg, actor="ana", why="identity") == date(2026, 12, 10)
    assert commands.extend_deadline(session, gdpr.id or 0, cfg, actor="ana", why="complex") == date(2027, 2, 10)
    with pytest.raises(Invalid, match="only a GDPR deadline"):
        commands.extend_deadline(session, added, cfg, actor="ana", why="x")
    with pytest.raises(NotFound, match="no deadline 999"):
        commands.waive_deadline(session, 999, actor="ana", why="x")
    sla = session.exec(select(Deadline).where(Deadline.source == "sla")).one()
    assert commands.meet_deadline(session, sla.id or 0, cfg, actor="ana", why="answered") == DeadlineState.met


def test_the_scheduled_tick_marks_what_passed(session: Session, cfg: CasesConfig) -> None:
    file(session, cfg, part("letter", kind="legal_demand", cited_review_ids=[R1],
                            deadline=(DAY + timedelta(days=1)).isoformat()))
    file(session, cfg, part("late letter", kind="legal_demand", cited_review_ids=[R2],
                            deadline=(DAY - timedelta(days=1)).isoformat()))
    later = replace(cfg, clock=FixedClock.on(DAY + timedelta(days=2)))
    dry = commands.tick(session, later, actor="tick", dry_run=True)
    # the two first-response targets and the one letter date still ahead on arrival; the day
    # that had passed before the second letter reached us is not one we missed
    assert dry.dry_run and sorted(r.source for r in dry.missed) == ["letter", "sla", "sla"]
    assert session.exec(select(AuditEvent).where(AuditEvent.action == "deadline.missed")).all() == []
    assert commands.mark_missed(session, later, actor="tick") == 3
    assert commands.mark_missed(session, later, actor="tick") == 0
    assert len(session.exec(select(AuditEvent).where(AuditEvent.action == "deadline.missed")).all()) == 3
