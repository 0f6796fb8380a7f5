"""Approved replies sent over SMTP to a real server (aiosmtpd on 127.0.0.1, STARTTLS and a login
required): in the sender's thread, our case reference in the subject, the letter attached as
.docx; the message as sent kept with the case, the draft marked sent and its deadline met. A
send the server refuses leaves the draft approved and unsent, with the server's reason."""

from __future__ import annotations

import re
from dataclasses import replace
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import Session, select

from cases import accounts, commands, intake
from cases.config import CasesConfig
from cases.db import Database
from cases.errors import Invalid
from cases.models import CaseKey, Deadline, Draft
from cases.vocab import DraftStatus
from mail import send, views
from mail.config import MailConfig, Security
from mail.models import MailSent, SendState
from responses import service
from responses.config import ResponsesConfig
from tests.mail import mails
from tests.mail.conftest import smtp_server
from tests.mail.servers import SmtpServer

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def approved_reply(s: Session, cfg: CasesConfig, rcfg: ResponsesConfig) -> tuple[str, int]:
    """The firm's emailed letter filed, and the acknowledgement (a letter) drafted and approved."""
    outcome = intake.file_path_bytes(s, mails.letter(), intake.Job(Path("letter.eml")), cfg, actor="mailbox")
    ref = outcome.case_refs[0]
    commands.set_case_kind(s, ref, "legal_demand", cfg, actor="ana")
    for name in ("ana", "ben"):
        accounts.add_user(s, name, role="appeals", actor="admin", password="a long password")
    d = service.draft_reply(s, ref, rcfg, author="ana", template="acknowledgement").draft
    if d.unresolved:
        d = service.edit_draft(s, d.id, re.sub(r"\[\[[A-Z]+[^\]]*\]\]", "-", d.text), rcfg, actor="ana")
    assert d.output == "letter"
    service.approve_draft(s, d.id, rcfg, actor="ben")
    return ref, d.id


@pytest.fixture
def smtp_cfg(smtp: SmtpServer, certificate: tuple[Path, Path]) -> MailConfig:
    return MailConfig(smtp=smtp_server(smtp, certificate[0]))


def test_an_approved_reply_goes_out_in_the_senders_thread_with_the_letter_attached(
        smtp: SmtpServer, smtp_cfg: MailConfig, cfg: CasesConfig, rcfg: ResponsesConfig, db: Database) -> None:
    with db.session() as s:
        ref, draft_id = approved_reply(s, cfg, rcfg)
        r = send.send_draft(s, draft_id, smtp_cfg, rcfg, actor="ben")
    assert r.draft.status == DraftStatus.sent and r.recipients == ("office@firm-example.net",)

    [got] = smtp.handler.received
    assert got.recipients == ["office@firm-example.net"] and got.sender == "legal@trustpilot.com"
    msg = message_from_bytes(got.data, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    assert msg["In-Reply-To"] == mails.LETTER_ID and mails.LETTER_ID in msg["References"]
    assert msg["Subject"] == f"Re: Our client Example Widgets Ltd - review [{ref}]"
    assert msg["Message-ID"] == r.message_id
    [attached] = list(msg.iter_attachments())
    assert attached.get_content_type() == DOCX and attached.get_filename() == f"{ref}-acknowledgement.docx"
    assert attached.get_content().startswith(b"PK")
    assert b"\n" not in got.data.replace(b"\r\n", b"")  # CRLF line ends only, as SMTP wants

    with db.session() as s:
        sent = s.exec(select(MailSent)).one()
        assert sent.state == SendState.sent and sent.message_id == r.message_id
        # the message as sent is kept with the case: the very bytes the server took
        assert (cfg.originals / str(sent.original)).read_bytes() == got.data
        draft = s.get(Draft, draft_id)
        assert draft is not None and draft.status == DraftStatus.sent
        assert draft.deadline_id is not None
        deadline = s.get(Deadline, draft.deadline_id)
        assert deadline is not None and deadline.met_at == cfg.clock.now()  # met (late: the clock is past it)
        # an answer to our reply finds the case by its Message-ID
        keys = {k.value for k in s.exec(select(CaseKey).where(CaseKey.kind == "message_id")).all()}
        assert r.message_id and r.message_id.strip("<>").casefold() in keys
        history = service.show_draft(s, draft_id, history=True).events
        assert [e.action for e in history][-2:] == ["draft.sent", "draft.mailed"]
        rows = views.sent_mail(s, case_ref=ref)
    assert [(row.draft_id, row.state) for row in rows] == [(draft_id, "sent")]

    with db.session() as s, pytest.raises(Invalid, match="sent already"):
        send.send_draft(s, draft_id, smtp_cfg, rcfg, actor="ben")
    assert len(smtp.handler.received) == 1


def test_a_refused_send_leaves_the_draft_approved_and_unsent_with_the_reason(
        smtp: SmtpServer, smtp_cfg: MailConfig, cfg: CasesConfig, rcfg: ResponsesConfig, db: Database) -> None:
    smtp.handler.refuse = "550 5.7.1 Message refused by policy"
    with db.session() as s:
        _, draft_id = approved_reply(s, cfg, rcfg)
        with pytest.raises(send.SendRefused, match="550 5.7.1 Message refused by policy"):
            send.send_draft(s, draft_id, smtp_cfg, rcfg, actor="ben")
    assert smtp.handler.received == []
    with db.session() as s:
        draft = s.get(Draft, draft_id)
        assert draft is not None and draft.status == DraftStatus.approved
        refused = s.exec(select(MailSent)).one()
        assert refused.state == SendState.refused and "550 5.7.1" in (refused.reply or "")
        events = service.show_draft(s, draft_id, history=True).events
        failed = [e for e in events if e.action == "draft.send_failed"]
        assert failed and "refused the message: 550 5.7.1 Message refused by policy" in failed[0].why
        deadline = s.get(Deadline, draft.deadline_id)
        assert deadline is not None and deadline.met_at is None

    # the server takes it the next time: sent once
    smtp.handler.refuse = None
    with db.session() as s:
        r = send.send_draft(s, draft_id, smtp_cfg, rcfg, actor="ben")
    assert r.draft.status == DraftStatus.sent and len(smtp.handler.received) == 1


def test_a_refused_login_or_no_server_leaves_the_draft_approved(
        smtp: SmtpServer, smtp_cfg: MailConfig, certificate: tuple[Path, Path], cfg: CasesConfig,
        rcfg: ResponsesConfig, db: Database) -> None:
    wrong = MailConfig(smtp=smtp_server(smtp, certificate[0], password="wrong-token-77"))
    with db.session() as s:
        _, draft_id = approved_reply(s, cfg, rcfg)
        with pytest.raises(send.SendRefused, match="refused the login of desk: 535") as e:
            send.send_draft(s, draft_id, wrong, rcfg, actor="ben")
        assert "wrong-token-77" not in str(e.value)
        down = MailConfig(smtp=smtp_server(smtp, certificate[0]).__class__(
            "127.0.0.1", 1, smtp_cfg.require_smtp().security, "desk", timeout=2))
        with pytest.raises(send.SendRefused, match="cannot connect to the mail server at 127.0.0.1:1"):
            send.send_draft(s, draft_id, down, rcfg, actor="ben")
        draft = s.get(Draft, draft_id)
        assert draft is not None and draft.status == DraftStatus.approved
    assert smtp.handler.received == []


def test_only_an_approved_draft_is_sent(smtp_cfg: MailConfig, cfg: CasesConfig, rcfg: ResponsesConfig,
                                       db: Database) -> None:
    with db.session() as s:
        outcome = intake.file_path_bytes(s, mails.appeal(), intake.Job(Path("appeal.eml")), cfg, actor="mailbox")
        d = service.draft_reply(s, outcome.case_refs[0], rcfg, author="ana", template="acknowledgement").draft
        with pytest.raises(Invalid, match="only an approved draft is sent"):
            send.send_draft(s, d.id, smtp_cfg, rcfg, actor="ana")


def test_a_send_cut_off_before_the_server_answered_is_not_repeated_blindly(
        smtp: SmtpServer, smtp_cfg: MailConfig, cfg: CasesConfig, rcfg: ResponsesConfig, db: Database) -> None:
    with db.session() as s:
        ref, draft_id = approved_reply(s, cfg, rcfg)
        draft = s.get(Draft, draft_id)
        assert draft is not None
        s.add(MailSent(draft_id=draft_id, case_id=draft.case_id, version=draft.version, state=SendState.sending))
        s.commit()
        with pytest.raises(Invalid, match="may have gone out"):
            send.send_draft(s, draft_id, smtp_cfg, rcfg, actor="ben")
        assert smtp.handler.received == []
        r = send.send_draft(s, draft_id, smtp_cfg, rcfg, actor="ben", force=True)
    assert r.draft.status == DraftStatus.sent and len(smtp.handler.received) == 1


def test_tls_from_the_first_byte(certificate: tuple[Path, Path], cfg: CasesConfig, rcfg: ResponsesConfig,
                                 db: Database) -> None:
    server = SmtpServer.start(*certificate, implicit=True)
    try:
        tls = MailConfig(smtp=replace(smtp_server(server, certificate[0]), security=Security.tls))
        with db.session() as s:
            _, draft_id = approved_reply(s, cfg, rcfg)
            r = send.send_draft(s, draft_id, tls, rcfg, actor="ben")
        assert r.draft.status == DraftStatus.sent and len(server.handler.received) == 1
        assert send.check_server(tls.require_smtp()).endswith("login as desk accepted")
    finally:
        server.stop()
