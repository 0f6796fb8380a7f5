"""Draft -> approved -> sent, with versions, four eyes, audit events and the deadline met."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlmodel import Session, select

from cases.models import AuditEvent, Case, Deadline, Document, Draft
from responses.config import ResponsesConfig
from responses.workflow import WorkflowError, approve, discard, draft, edit, send, versions


def actions(session: Session, d: Draft) -> list[str]:
    rows = session.exec(select(AuditEvent).where(AuditEvent.draft_id == d.id).order_by(AuditEvent.id)).all()
    return [e.action for e in rows]


def test_acknowledgement_is_drafted_from_the_case_with_nothing_unresolved(
    session: Session, case: Case, url: str, rcfg: ResponsesConfig
) -> None:
    d = draft(session, case, "acknowledgement", rcfg, author="alice")
    assert d.status == "draft" and d.version == 1 and d.author == "alice"
    assert d.template == "legal_demand/acknowledgement" and d.output == "letter"
    assert d.unresolved == []
    assert "Your ref: MQ/LJ/77" in d.text
    assert url in d.text
    assert "on behalf of Lanternfield Joinery Ltd" in d.text
    assert "7 November 2026" in d.text and "20 November 2026" in d.text
    assert "Dear Mara Quill," in d.text
    # the letter's own date is not known here: the received date is given as ours, never as its date
    assert d.subject == "Acknowledgement of your letter [CI-2026-0042]"
    assert "your letter received on 6 November 2026" in d.text
    assert [v.version for v in versions(session, d)] == [1]
    assert actions(session, d) == ["draft.created"]


def test_letter_text_is_data_even_in_a_real_draft(session: Session, case: Case, rcfg: ResponsesConfig) -> None:
    d = draft(session, case, "acknowledgement", rcfg, author="alice")
    assert "a {{ 7*7 }} crook who {% raw %}steals{% endraw %} deposits" in d.text
    assert "49" not in d.text


def test_a_value_the_case_lacks_is_listed_and_marked(session: Session, case: Case, rcfg: ResponsesConfig) -> None:
    d = draft(session, case, "content_stays", rcfg, author="alice")
    assert d.unresolved == ["reasons"]
    assert "[[MISSING: reasons]]" in d.text
    with_reasons = draft(session, case, "content_stays", rcfg, author="alice",
                         extra={"reasons": "It is honest opinion."})
    assert with_reasons.unresolved == [] and "It is honest opinion." in with_reasons.text


def test_edits_are_kept_as_versions(session: Session, case: Case, rcfg: ResponsesConfig) -> None:
    d = draft(session, case, "content_stays", rcfg, author="alice")
    first = d.text
    edit(session, d, first.replace("[[MISSING: reasons]]", "The review is honest opinion."), rcfg, actor="alice")
    edit(session, d, d.text + "\nP.S.\n", rcfg, actor="bob")
    history = versions(session, d)
    assert [(v.version, v.author) for v in history] == [(1, "alice"), (2, "alice"), (3, "bob")]
    assert history[0].text == first
    assert d.version == 3 and d.unresolved == []
    assert actions(session, d) == ["draft.created", "draft.edited", "draft.edited"]


def test_the_author_cannot_approve_their_own_draft(session: Session, case: Case, rcfg: ResponsesConfig) -> None:
    d = draft(session, case, "acknowledgement", rcfg, author="alice")
    with pytest.raises(WorkflowError, match="four eyes"):
        approve(session, d, rcfg, actor="alice")
    assert d.status == "draft"
    approve(session, d, rcfg, actor="carol")
    assert d.status == "approved" and d.approver == "carol"


def test_whoever_edited_a_version_cannot_approve_either(session: Session, case: Case, rcfg: ResponsesConfig) -> None:
    d = draft(session, case, "acknowledgement", rcfg, author="alice")
    edit(session, d, d.text + "\nOne more line.\n", rcfg, actor="bob")
    with pytest.raises(WorkflowError, match="second person"):
        approve(session, d, rcfg, actor="bob")
    approve(session, d, rcfg, actor="carol")


def test_a_draft_with_placeholders_cannot_be_approved(session: Session, case: Case, rcfg: ResponsesConfig) -> None:
    d = draft(session, case, "content_stays", rcfg, author="alice")
    with pytest.raises(WorkflowError, match="unresolved placeholders: reasons"):
        approve(session, d, rcfg, actor="carol")


def test_editing_an_approved_draft_withdraws_the_approval(session: Session, case: Case, rcfg: ResponsesConfig) -> None:
    d = draft(session, case, "acknowledgement", rcfg, author="alice")
    approve(session, d, rcfg, actor="carol")
    edit(session, d, d.text.replace("Yours sincerely", "Yours faithfully"), rcfg, actor="alice")
    assert d.status == "draft" and d.approver is None
    with pytest.raises(WorkflowError, match="only an approved draft"):
        send(session, d, rcfg, actor="alice")


def test_sending_meets_the_deadline_the_draft_answers(session: Session, case: Case, rcfg: ResponsesConfig) -> None:
    d = draft(session, case, "acknowledgement", rcfg, author="alice")
    sla = session.get(Deadline, d.deadline_id)
    assert sla is not None and sla.source == "sla"  # an acknowledgement meets the first-response SLA only
    approve(session, d, rcfg, actor="carol")
    send(session, d, rcfg, actor="carol", at=datetime(2026, 11, 9, 10, 0, tzinfo=UTC))
    session.refresh(sla)
    assert d.status == "sent" and sla.state == "met" and sla.met_at is not None
    letter_deadline = session.exec(select(Deadline).where(Deadline.source == "letter")).one()
    assert letter_deadline.state == "open"
    assert actions(session, d) == ["draft.created", "draft.approved", "draft.sent"]
    met = session.exec(select(AuditEvent).where(AuditEvent.action == "deadline.met")).all()
    assert len(met) == 1 and met[0].actor == "carol"
    with pytest.raises(WorkflowError):
        edit(session, d, "changed", rcfg, actor="alice")


def test_a_late_answer_is_recorded_as_missed(session: Session, case: Case, rcfg: ResponsesConfig) -> None:
    d = draft(session, case, "content_removed", rcfg, author="alice")
    approve(session, d, rcfg, actor="carol")
    send(session, d, rcfg, actor="carol", at=datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    dl = session.get(Deadline, d.deadline_id)
    assert dl is not None and dl.source == "letter" and dl.state == "missed"


def test_an_internal_summary_meets_no_deadline(session: Session, case: Case, rcfg: ResponsesConfig) -> None:
    d = draft(session, case, "internal_escalation/case_summary", rcfg, author="alice")
    assert d.deadline_id is None and d.output == "email"
    approve(session, d, rcfg, actor="carol")
    send(session, d, rcfg, actor="carol", at=datetime(2026, 11, 7, tzinfo=UTC))
    assert session.exec(select(Deadline).where(Deadline.state != "open")).all() == []


def test_a_substantive_answer_meets_the_letters_deadline(session: Session, case: Case, rcfg: ResponsesConfig) -> None:
    d = draft(session, case, "content_removed", rcfg, author="alice")
    dl = session.get(Deadline, d.deadline_id)
    assert dl is not None and dl.source == "letter" and dl.due == date(2026, 11, 20)


def test_discarded_drafts_stay_discarded(session: Session, case: Case, rcfg: ResponsesConfig) -> None:
    d = draft(session, case, "acknowledgement", rcfg, author="alice")
    discard(session, d, rcfg, actor="alice", why="duplicate")
    assert d.status == "discarded"
    with pytest.raises(WorkflowError):
        approve(session, d, rcfg, actor="carol")
    with pytest.raises(WorkflowError):
        discard(session, d, rcfg, actor="alice")
    assert actions(session, d)[-1] == "draft.discarded"


def test_a_defective_notice_gets_the_list_of_what_is_missing_due_in_48_hours(
    session: Session, case: Case, rcfg: ResponsesConfig
) -> None:
    letter = session.exec(select(Document).where(Document.parent_id != None)).one()  # noqa: E711
    letter.evidence = {"notice_checks": [
        {"regime": "defamation_uk", "item": "complainant_name", "present": True, "label": "the complainant's name"},
        {"regime": "defamation_uk", "item": "meaning", "present": False,
         "label": "the meaning you attribute to the statement complained of"},
        {"regime": "defamation_uk", "item": "poster_known", "present": False,
         "label": "whether you know the identity of the person who posted it"},
    ]}
    session.add(letter)
    session.commit()
    d = draft(session, case, "request_information", rcfg, author="alice")
    assert d.unresolved == []
    assert "- the meaning you attribute to the statement complained of" in d.text
    assert "- whether you know the identity of the person who posted it" in d.text
    assert "the complainant's name" not in d.text
    dl = session.get(Deadline, d.deadline_id)
    # received Friday 6 November 2026: 48 working hours end on Tuesday 10 November
    assert dl is not None and dl.regime == "defamation_uk" and dl.source == "statutory"
    assert dl.due == date(2026, 11, 10)


def test_a_document_of_another_case_is_refused(session: Session, case: Case, rcfg: ResponsesConfig) -> None:
    other = Case(ref="CI-2026-0043", year=2026, number=43, opened=date(2026, 11, 6))
    session.add(other)
    session.commit()
    doc = session.exec(select(Document)).first()
    assert doc is not None
    with pytest.raises(WorkflowError, match="another case"):
        draft(session, other, "regulator/acknowledgement", rcfg, author="alice", document_id=doc.id)


def test_sending_an_extension_notice_extends_the_gdpr_deadline(
    session: Session, case: Case, rcfg: ResponsesConfig
) -> None:
    import cases.deadlines as cd

    if not hasattr(cd, "extend_gdpr"):
        pytest.skip("cases.deadlines.extend_gdpr is not there yet")
    letter = session.exec(select(Document).where(Document.parent_id != None)).one()  # noqa: E711
    gdpr = Deadline(case_id=case.id, document_id=letter.id, due=date(2026, 12, 6), source="statutory",
                    regime="gdpr", basis="one month")
    if hasattr(gdpr, "clock"):
        gdpr.clock = "respond"
    session.add(gdpr)
    session.commit()
    d = draft(session, case, "data_request/extension_notice", rcfg, author="alice",
              extra={"extended_due": date(2027, 2, 6), "extension_reasons": "The request covers many accounts."})
    assert d.unresolved == [] and "6 February 2027" in d.text
    approve(session, d, rcfg, actor="carol")
    send(session, d, rcfg, actor="carol", at=datetime(2026, 11, 20, tzinfo=UTC))
    session.refresh(gdpr)
    assert gdpr.state == "open" and gdpr.due > date(2026, 12, 6)
