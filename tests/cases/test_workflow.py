"""Changing the filing by hand, the lifecycle, assignment, the import and the manager's report."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlmodel import Session, select

from cases import deadlines as dl
from cases import manual
from cases.config import CasesConfig
from cases.importing import CaseIn, import_cases
from cases.lifecycle import TransitionError, auto_assign, priority, set_status
from cases.models import AuditEvent, Case, CaseKey, Deadline, Document, LinkSuggestion, Party, Team, User
from cases.report import build
from cases.rulebook import load_priority_rules
from tests.cases.conftest import file, part

R1, R2 = "aaaaaaaaaaaaaaaaaaaaaa01", "bbbbbbbbbbbbbbbbbbbbbb02"
NOW = datetime(2026, 11, 3, 12, 0, tzinfo=UTC)


def _file(session: Session, cfg: CasesConfig, text: str, **fields: object) -> Document:
    return file(session, cfg, part(text, **fields))[0]


def _events(session: Session, action: str) -> list[AuditEvent]:
    return list(session.exec(select(AuditEvent).where(AuditEvent.action == action)).all())


def test_merge_moves_everything_and_closes_the_absorbed_case(session: Session, cfg: CasesConfig) -> None:
    a = _file(session, cfg, "first", kind="legal_demand", cited_review_ids=[R1], deadline="2026-11-20")
    b = _file(session, cfg, "second", kind="legal_demand", cited_review_ids=[R2])
    kept, gone = session.get(Case, a.case_id), session.get(Case, b.case_id)
    ref_a, ref_b = kept.ref, gone.ref
    manual.merge(session, ref_a, ref_b, "lead", cfg, "the same complaint about two reviews")
    assert session.get(Document, b.id).case_id == kept.id
    assert gone.status == "closed"
    reviews = select(CaseKey.value).where(CaseKey.case_id == kept.id, CaseKey.kind == "review_id")
    assert set(session.exec(reviews).all()) == {R1, R2}
    assert not session.exec(select(Deadline).where(Deadline.case_id == gone.id)).all()
    [ev, _] = _events(session, "case.merged")
    assert ev.actor == "lead" and ev.why == "the same complaint about two reviews" and ev.at is not None
    assert ev.detail["merged"] == ref_b
    # the merged case's review now finds the kept case
    c = _file(session, cfg, "third", cited_review_ids=[R2])
    assert c.case_id == kept.id


def test_move_takes_an_email_with_its_attachments_and_records_why(session: Session, cfg: CasesConfig) -> None:
    target = _file(session, cfg, "the case", kind="legal_demand", cited_review_ids=[R1])
    docs = file(session, cfg, part("cover", email={"from_addr": "x@firm.example", "message_id": "<c@f>"}),
                part("letter", attachment="l.pdf", cited_review_ids=[R2]))
    old = docs[0].case_id
    ref = session.get(Case, target.case_id).ref
    manual.move(session, docs[1].id, ref, "ana", cfg, "same client, filed apart by mistake")
    assert {session.get(Document, d.id).case_id for d in docs} == {target.case_id}
    assert session.get(Case, old).status == "closed"  # nothing left in it
    [ev, _] = _events(session, "document.moved")
    assert ev.why == "same client, filed apart by mistake" and ev.detail["to"] == ref
    with pytest.raises(manual.ManualError):
        manual.move(session, docs[0].id, ref, "ana", cfg)


def test_split_takes_documents_into_a_new_case(session: Session, cfg: CasesConfig) -> None:
    a = _file(session, cfg, "one", kind="legal_demand", cited_review_ids=[R1], sender_email="p@gmail.com")
    b = _file(session, cfg, "two", sender_email="p@gmail.com")
    assert b.case_id == a.case_id
    ref = session.get(Case, a.case_id).ref
    new = manual.split(session, ref, [b.id], "lead", cfg, "a second, separate matter")
    assert session.get(Document, b.id).case_id == new.id and new.ref != ref
    assert _events(session, "case.split")[0].why == "a second, separate matter"
    with pytest.raises(manual.ManualError):
        manual.split(session, ref, [a.id], "lead", cfg)  # would leave the case empty


def test_a_suggestion_confirmed_moves_the_document_and_a_rejected_one_stays(session: Session, cfg: CasesConfig) -> None:
    import_cases(session, [CaseIn(ref="CI-2026-0500", opened=date(2026, 9, 1), parties=["Tamsin Lane Interiors"],
                                  cited_review_ids=[R1], emails=["office@tamsinlane.example"])], actor="t",
                 profile=cfg.profile)
    doc = _file(session, cfg, "another review", kind="business_appeal", sender_organisation="Tamsin Lane Interiors Ltd",
                sender_email="office@tamsinlane.example", cited_review_ids=[R2])
    [sg] = session.exec(select(LinkSuggestion)).all()
    manual.resolve_suggestion(session, sg.id, True, "ana", cfg)
    assert session.get(Document, doc.id).case_id == sg.case_id
    assert session.get(LinkSuggestion, sg.id).state == "accepted"


def test_lifecycle_transitions_are_checked_and_audited(session: Session, cfg: CasesConfig) -> None:
    doc = _file(session, cfg, "x", kind="consumer_appeal")
    case = session.get(Case, doc.case_id)
    assert case.status == "new"
    set_status(session, case, "open", "ana", at=NOW)
    set_status(session, case, "awaiting_reply", "ana", at=NOW)
    with pytest.raises(TransitionError):
        set_status(session, case, "new", "ana", at=NOW)
    set_status(session, case, "closed", "ana", "resolved", at=NOW)
    assert case.closed_at is not None
    # quoting the reference of a closed case does not reopen it: a new case, the old one suggested
    first = session.get(Document, doc.id)
    [again] = file(session, cfg, part("again", kind="consumer_appeal", our_reference=case.ref), actor="t")
    assert case.status == "closed" and again.case_id != case.id
    assert [e.detail["to"] for e in _events(session, "case.status")] == ["open", "awaiting_reply", "closed"]
    assert first.case_id == case.id


def test_priority_from_kind_deadline_and_stated_consequences() -> None:
    today, rules = date(2026, 11, 3), load_priority_rules()
    assert priority("court_order", nearest_due=None, today=today, texts=[], rules=rules)[0] == "urgent"
    assert priority("consumer_appeal", nearest_due=None, today=today, texts=["please look"], rules=rules)[0] == "low"
    level, why = priority("ip_notice", nearest_due=None, today=today,
                          texts=["failing which we will issue proceedings without further notice"], rules=rules)
    assert level == "high" and "consequences" in why
    assert priority("ip_notice", nearest_due=date(2026, 11, 4), today=today, texts=[], rules=rules)[0] == "urgent"
    assert priority("internal_escalation", nearest_due=None, today=today, texts=["their CEO called"],
                    rules=rules)[0] == "high"


def test_automatic_assignment_goes_to_the_least_loaded_member_of_the_right_team(
    session: Session, cfg: CasesConfig
) -> None:
    legal = Team(name="legal", kinds=["legal_demand", "court_order"])
    vendor = Team(name="appeals-vendor", vendor=True, kinds=["consumer_appeal"])
    session.add_all([legal, vendor])
    session.flush()
    session.add_all([User(username="ana", team_id=legal.id), User(username="ben", team_id=legal.id),
                     User(username="vic", team_id=vendor.id)])
    session.commit()
    owners = []
    for i in range(4):
        d = _file(session, cfg, f"demand {i}", kind="legal_demand", cited_review_ids=[f"{i:024x}"])
        owners.append(session.get(User, session.get(Case, d.case_id).assignee_id).username)
    assert sorted(owners) == ["ana", "ana", "ben", "ben"]
    appeal = _file(session, cfg, "appeal", kind="consumer_appeal", cited_review_ids=["f" * 24])
    case = session.get(Case, appeal.case_id)
    assert session.get(User, case.assignee_id).username == "vic" and case.status == "open"
    sla = session.exec(select(Deadline).where(Deadline.case_id == case.id, Deadline.source == "sla")).one()
    assert sla.owner_id == case.assignee_id
    assert auto_assign(session, case, "lead", at=NOW) is not None


def test_import_is_idempotent_and_normalises_keys(session: Session, cfg: CasesConfig) -> None:
    item = CaseIn(ref="CI-2026-0117", title="t", opened=date(2026, 10, 2), status="awaiting_reply",
                  parties=["Brightside Roofing Ltd", "Cole & Finch LLP"], cited_review_ids=[R1],
                  cited_urls=["https://uk.trustpilot.com/review/brightside.example", f"https://www.trustpilot.com/reviews/{R2}"],
                  emails=["H.Cole@ColeFinch.example"], their_references=["HC/BR/2291"],
                  message_ids=["<ABC@mail.example>"])
    first = import_cases(session, [item], actor="t", profile=cfg.profile)
    again = import_cases(session, [item], actor="t", profile=cfg.profile)
    assert (first.created, again.created, again.keys) == (1, 0, 0)
    case = session.exec(select(Case)).one()
    assert case.imported and case.status == "awaiting_reply" and (case.year, case.number) == (2026, 117)
    keys = {(k.kind, k.value) for k in session.exec(select(CaseKey)).all()}
    assert {("review_id", R1), ("review_id", R2), ("business", "brightside.example"),
            ("party", "brightside roofing"), ("party", "cole and finch"), ("email", "h.cole@colefinch.example"),
            ("domain", "colefinch.example"), ("their_ref", "hcbr2291"), ("message_id", "abc@mail.example")} <= keys
    assert len(session.exec(select(Party)).all()) == 2
    # a new case of the year numbers after the imported ones
    doc = _file(session, cfg, "new", kind="ip_notice", cited_review_ids=["c" * 24])
    assert session.get(Case, doc.case_id).ref == "CI-2026-0118"


def test_report_counts_backlog_deadlines_sla_per_team_first_response_and_workload(
    session: Session, cfg: CasesConfig
) -> None:
    inhouse = Team(name="legal", kinds=["legal_demand"])
    vendor = Team(name="vendor", vendor=True, kinds=["consumer_appeal"])
    session.add_all([inhouse, vendor])
    session.flush()
    session.add_all([User(username="ana", team_id=inhouse.id), User(username="vic", team_id=vendor.id)])
    session.commit()
    a = _file(session, cfg, "demand", kind="legal_demand", cited_review_ids=[R1])
    b = _file(session, cfg, "appeal", kind="consumer_appeal", cited_review_ids=[R2])
    dl.reply_sent(session, a.case_id, "ana", cfg, at=datetime(2026, 11, 4, 12, 0, tzinfo=UTC))
    dl.refresh(session, date(2026, 12, 1))
    session.commit()
    r = build(session, today=date(2026, 12, 1))
    assert r.backlog_by_kind == {"legal_demand": 1, "consumer_appeal": 1}
    assert r.backlog_by_team == {"legal": 1, "vendor": 1}
    assert r.deadlines["met"] == 1 and r.deadlines["missed"] == 1
    sla = {t.team: t for t in r.sla_by_team}
    assert sla["legal"].compliance == 1.0 and not sla["legal"].vendor
    assert sla["vendor"].compliance == 0.0 and sla["vendor"].vendor
    assert r.median_first_response_hours == 36.0
    assert {w.person: w.open_cases for w in r.workload} == {"ana": 1, "vic": 1}
    assert r.as_json()["workload"][0]["person"] == "ana"  # the JSON form keeps its keys
    rows = r.rows()
    assert ("SLA compliance", "vendor (vendor)", "0% (0 met, 1 missed)") in rows
    assert b.case_id != a.case_id
