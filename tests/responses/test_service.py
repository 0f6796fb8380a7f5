"""The replies' services, as every door calls them: draft, list, show, edit, approve, send,
discard, export, statements of reasons; each says why in a `DeskError` when it cannot."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session, select

from cases import accounts
from cases.errors import DeskError, Invalid, NotFound
from cases.models import Case, Document, Draft
from cases.vocab import DraftStatus
from responses import service
from responses.config import ResponsesConfig


def test_draft_approve_send_and_what_each_step_returns(session: Session, case: Case, rcfg: ResponsesConfig,
                                                       tmp_path: Path) -> None:
    for name in ("alice", "bob"):
        accounts.add_user(session, name, role="appeals", actor="admin", password="a long password")
    r = service.draft_reply(session, "ci-2026-0042", rcfg, author="alice", out=tmp_path / "ack.docx")
    d = r.draft
    assert (d.case_ref, d.template, d.status, d.version) == ("CI-2026-0042", "legal_demand/acknowledgement",
                                                            DraftStatus.draft, 1)
    assert r.written == tmp_path / "ack.docx" and r.written.stat().st_size > 0
    assert "7 November 2026" in d.text  # the clock's day, as the letter's date
    with pytest.raises(DeskError, match="four eyes"):
        service.approve_draft(session, d.id, rcfg, actor="alice")
    with pytest.raises(DeskError, match="four eyes"):
        service.approve_draft(session, d.id, rcfg, actor=" ALICE ")  # the same account, however typed
    with pytest.raises(NotFound, match="no account"):
        service.approve_draft(session, d.id, rcfg, actor="alicia")  # a typo is nobody
    assert service.approve_draft(session, d.id, rcfg, actor="bob").status == DraftStatus.approved
    sent = service.send_draft(session, d.id, rcfg, actor="bob", out=tmp_path / "reply.eml")
    assert sent.draft.status == DraftStatus.sent
    assert b"In-Reply-To: <msg-2@quill-partners.test>" in (tmp_path / "reply.eml").read_bytes()
    assert [x.status for x in service.list_drafts(session, case_ref="CI-2026-0042")] == [DraftStatus.sent]
    assert service.list_drafts(session, status=DraftStatus.draft) == []


def test_edit_show_with_history_and_discard(session: Session, case: Case, rcfg: ResponsesConfig) -> None:
    d = service.draft_reply(session, "CI-2026-0042", rcfg, author="alice", template="content_stays").draft
    assert d.unresolved == ("reasons",)
    edited = service.edit_draft(session, d.id, d.text.replace("[[MISSING: reasons]]", "Honest opinion."), rcfg,
                                actor="bob")
    assert edited.version == 2 and edited.unresolved == ()
    detail = service.show_draft(session, d.id, history=True)
    assert [(v.version, v.author) for v in detail.versions] == [(1, "alice"), (2, "bob")]
    assert [e.action for e in detail.events] == ["draft.created", "draft.edited"]
    assert service.show_draft(session, d.id).versions == []
    assert service.discard_draft(session, d.id, rcfg, actor="alice", why="dup").status == DraftStatus.discarded


def test_what_cannot_be_done_says_why(session: Session, case: Case, rcfg: ResponsesConfig, tmp_path: Path) -> None:
    with pytest.raises(NotFound, match="no case CI-2026-9999"):
        service.draft_reply(session, "CI-2026-9999", rcfg, author="alice")
    with pytest.raises(NotFound, match="no draft 42"):
        service.approve_draft(session, 42, rcfg, actor="bob")
    with pytest.raises(Invalid, match="no template 'nonsense'"):
        service.draft_reply(session, "CI-2026-0042", rcfg, author="alice", template="nonsense")
    with pytest.raises(Invalid, match="cannot write x.odt"):
        service.draft_reply(session, "CI-2026-0042", rcfg, author="alice", out=tmp_path / "x.odt")
    with pytest.raises(Invalid, match="^PDF output is not available: LibreOffice"):
        service.draft_reply(session, "CI-2026-0042", replace(rcfg, pdf_converter=None), author="alice",
                            out=tmp_path / "x.pdf")
    with pytest.raises(Invalid, match="PDF output is not available"):  # configured, but not there after all
        service.draft_reply(session, "CI-2026-0042", replace(rcfg, pdf_converter=str(tmp_path / "no-soffice")),
                            author="alice", out=tmp_path / "x.pdf")
    with pytest.raises(Invalid, match="the folder .* does not exist"):
        service.draft_reply(session, "CI-2026-0042", rcfg, author="alice", out=tmp_path / "no" / "x.docx")
    assert list(tmp_path.glob("x.*")) == []
    assert session.exec(select(Draft)).all() == []  # nothing drafted by the refused requests
    with pytest.raises(Invalid, match="unknown draft status 'bogus'"):
        service.draft_status("bogus")


def test_an_incomplete_notice_points_to_the_reply_that_asks_for_what_it_lacks(
    session: Session, case: Case, rcfg: ResponsesConfig
) -> None:
    letter = session.exec(select(Document).where(Document.part == "letter.pdf")).one()
    letter.evidence = {"notice_checks": [{"regime": "defamation_uk", "item": "meaning", "present": False}]}
    session.add(letter)
    session.commit()
    r = service.draft_reply(session, "CI-2026-0042", rcfg, author="alice")
    assert r.notice is not None and r.notice.lacking == 1
    assert all(t in {x.name for x in service.templates(rcfg, "legal_demand")} for t in r.notice.templates)


def test_the_template_library_by_kind(rcfg: ResponsesConfig) -> None:
    every = service.templates(rcfg)
    demand = service.templates(rcfg, "legal_demand")
    assert demand and set(demand) < set(every) and all(t.kind == "legal_demand" for t in demand)
    assert "legal_demand/acknowledgement" in {t.key for t in demand}


def test_statements_of_reasons_are_written_and_audited(session: Session, case: Case, rcfg: ResponsesConfig,
                                                       tmp_path: Path) -> None:
    req = service.SorRequest(explanation="States as fact that the owner steals deposits; no evidence was offered.",
                             content_date=date(2026, 8, 2))
    r = service.statements_of_reasons(session, "CI-2026-0042", req, tmp_path / "sor", rcfg, actor="alice")
    assert r.statements == 1 and [p.name for p in r.files] == ["CI-2026-0042-001.json"]
    with pytest.raises(Invalid, match="content_date: is required"):
        service.statements_of_reasons(session, "CI-2026-0042", service.SorRequest(explanation="x"), tmp_path / "x",
                                      rcfg, actor="alice")
