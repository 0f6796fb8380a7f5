"""Sending an approved reply over SMTP.

The message is the responses stage's own export of the approved draft (`.eml`): From our
letterhead, To the sender, our case reference in the subject, In-Reply-To and References set to
the sender's thread, and the `.docx` attached where the draft is a letter. It is sent as those
very bytes, kept among the originals and recorded with its case (`MailSent`, an audit event, and
its Message-ID as a key of the case, so that the answer to it finds the case). Only once the
server has taken it is the draft marked sent through the responses service, which meets the
deadline it answers.

A send the server refuses — or that cannot reach it — leaves the draft approved and unsent, with
the server's reason recorded on the draft's history and raised as a `SendRefused`. A send cut off
before the server answered is not repeated blindly: it may have gone out.
"""

from __future__ import annotations

import logging
import re
import smtplib
import ssl
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.utils import getaddresses, parseaddr

from sqlmodel import Session, col, select

from cases import add_message_id
from cases.errors import DeskError, Invalid
from cases.find import case_by_ref
from cases.models import AuditEvent
from cases.originals import keep_bytes
from cases.vocab import DraftStatus
from mail.config import MailConfig, Security, Server
from mail.imap import tls_context, where
from mail.models import MailSent, SendState, ensure_tables
from responses import service
from responses.config import ResponsesConfig
from responses.service import DraftView

log = logging.getLogger(__name__)
LINE_END = re.compile(rb"\r?\n")


class SendRefused(DeskError):
    """The server refused the message, or could not be reached: nothing was sent."""


@dataclass(frozen=True)
class SendResult:
    draft: DraftView
    sent_id: int  # the MailSent row
    message_id: str | None
    recipients: tuple[str, ...]
    refused: tuple[str, ...] = ()  # recipients the server refused while it took the others
    server: str = ""
    repaired: bool = False  # it had gone out before; only the draft's state was brought up to date


def send_draft(session: Session, draft_id: int, cfg: MailConfig, rcfg: ResponsesConfig, *, actor: str,
               force: bool = False) -> SendResult:
    """Send approved draft `draft_id` over SMTP and mark it sent. `force` sends again a draft whose
    earlier send was cut off before the server answered (it may have gone out: look first)."""
    server = cfg.require_smtp()
    ensure_tables(session)
    d = service.show_draft(session, draft_id).draft
    if d.status == DraftStatus.sent:
        raise Invalid(f"draft {draft_id} was sent already")
    if d.status != DraftStatus.approved:
        raise Invalid(f"draft {draft_id} is {d.status}: only an approved draft is sent "
                      f"(a second person approves it: lexdesk drafts approve {draft_id})")
    earlier = session.exec(select(MailSent).where(MailSent.draft_id == draft_id, MailSent.version == d.version,
                                                  col(MailSent.state).in_([SendState.sent, SendState.sending]))
                           .order_by(col(MailSent.id).desc())).first()
    if earlier is not None and earlier.state == SendState.sent:
        return _mark_sent(session, earlier, rcfg, actor, repaired=True)
    if earlier is not None and not force:
        raise Invalid(f"an earlier send of draft {draft_id} (at {earlier.attempted_at:%Y-%m-%d %H:%M} UTC) was cut off "
                      "before the server answered: it may have gone out. Look in the mailbox's sent mail, then send "
                      "again with --force if it did not")

    # SMTP wants CRLF line ends (servers refuse bare LF, a smuggling vector); what is sent is what is kept
    data = LINE_END.sub(b"\r\n", service.draft_file(session, draft_id, "eml", rcfg))
    msg = message_from_bytes(data, policy=policy.default)
    recipients = tuple(dict.fromkeys(a for _, a in getaddresses([str(v) for h in ("To", "Cc", "Bcc")
                                                                  for v in msg.get_all(h, [])]) if "@" in a))
    if not recipients:
        raise Invalid(f"draft {draft_id} has no recipient: the document it answers gives no address to reply to")
    sender = cfg.sender or parseaddr(str(msg.get("From", "")))[1]
    if not sender:
        raise Invalid("replies have no sender address: set the letterhead's email or LEXDESK_SMTP_FROM")
    case = case_by_ref(session, d.case_ref)
    sha, kept = keep_bytes(rcfg.cases.originals, data)
    row = MailSent(draft_id=draft_id, case_id=case.id or 0, version=d.version, message_id=msg.get("Message-ID"),
                   sender=sender, recipients=list(recipients), subject=str(msg.get("Subject", "")), original=kept,
                   sha256=sha, server=where(server), actor=actor, attempted_at=rcfg.cases.clock.now())
    session.add(row)
    session.commit()  # before the server is asked: a send cut off half-way is known as such

    try:
        refused = _transmit(server, sender, recipients, data)
    except SendRefused as e:
        row.state = SendState.refused
        row.reply = str(e)
        session.add(row)
        session.add(AuditEvent(actor=actor, action="draft.send_failed", case_id=row.case_id, draft_id=draft_id,
                               why=str(e), detail={"server": row.server, "recipients": list(recipients),
                                                   "mail_sent_id": row.id}))
        session.commit()
        log.warning("draft %s not sent: %s", draft_id, e)
        raise
    row.state = SendState.sent
    row.sent_at = rcfg.cases.clock.now()
    others = "; ".join(f"{a} refused ({c} {m})" for a, (c, m) in refused.items())
    row.reply = f"taken by {row.server}" + (f"; {others}" if others else "")
    session.add(row)
    session.commit()  # it went out: recorded before anything else can fail
    return _mark_sent(session, row, rcfg, actor, refused=tuple(refused))


def _mark_sent(session: Session, row: MailSent, rcfg: ResponsesConfig, actor: str, *, repaired: bool = False,
               refused: tuple[str, ...] = ()) -> SendResult:
    r = service.send_draft(session, row.draft_id, rcfg, actor=actor)
    if row.message_id:
        add_message_id(session, row.case_id, row.message_id)
    session.add(AuditEvent(actor=actor, action="draft.mailed", case_id=row.case_id, draft_id=row.draft_id,
                           why=f"sent by email to {', '.join(row.recipients)}",
                           detail={"message_id": row.message_id, "server": row.server, "original": row.original,
                                   "mail_sent_id": row.id, "refused": list(refused)}))
    session.commit()
    return SendResult(r.draft, row.id or 0, row.message_id, tuple(row.recipients), refused, row.server, repaired)


def _open(server: Server) -> smtplib.SMTP:
    if server.security == Security.tls:
        return smtplib.SMTP_SSL(server.host, server.port, timeout=server.timeout, context=tls_context(server))
    smtp = smtplib.SMTP(server.host, server.port, timeout=server.timeout)
    if server.security == Security.starttls:
        try:
            smtp.starttls(context=tls_context(server))
        except BaseException:
            smtp.close()
            raise
    return smtp


def _transmit(server: Server, sender: str, recipients: tuple[str, ...], data: bytes) -> dict[str, tuple[int, str]]:
    """Hand the message to the server; the recipients it refused while taking the others."""
    at = where(server)
    try:
        smtp = _open(server)
    except (smtplib.SMTPException, OSError) as e:
        raise SendRefused(f"cannot connect to the mail server at {at} ({server.security}): {_why(e)}") from e
    try:
        if server.user:
            smtp.login(server.user, server.secret.reveal())
        refused = smtp.sendmail(sender, list(recipients), data)
    except smtplib.SMTPAuthenticationError as e:
        raise SendRefused(f"the mail server at {at} refused the login of {server.user}: {_why(e)}") from e
    except smtplib.SMTPRecipientsRefused as e:
        who = "; ".join(f"{a}: {c} {_text(m)}" for a, (c, m) in e.recipients.items())
        raise SendRefused(f"the mail server at {at} refused every recipient: {who}") from e
    except smtplib.SMTPSenderRefused as e:
        raise SendRefused(f"the mail server at {at} refused the sender {sender}: {_why(e)}") from e
    except (smtplib.SMTPException, OSError) as e:
        raise SendRefused(f"the mail server at {at} refused the message: {_why(e)}") from e
    finally:
        _leave(smtp)
    return {a: (c, _text(m)) for a, (c, m) in refused.items()}


def _leave(smtp: smtplib.SMTP) -> None:
    """Say goodbye to the server, or drop the line where it no longer listens."""
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def _text(m: bytes | str) -> str:
    return m.decode(errors="replace") if isinstance(m, bytes) else m


def _why(e: BaseException) -> str:
    if isinstance(e, smtplib.SMTPResponseException):
        return f"{e.smtp_code} {_text(e.smtp_error)}"
    if isinstance(e, ssl.SSLError):
        return f"TLS: {e.reason or e}"
    if isinstance(e, OSError) and e.strerror:
        return e.strerror
    return str(e) or type(e).__name__


def check_server(server: Server) -> str:
    """Connect, secure and log in to the SMTP server, and leave: what it said (nothing is sent)."""
    at = where(server)
    try:
        smtp = _open(server)
    except (smtplib.SMTPException, OSError) as e:
        raise SendRefused(f"cannot connect to the mail server at {at} ({server.security}): {_why(e)}") from e
    try:
        code, banner = smtp.ehlo()
        if server.user:
            smtp.login(server.user, server.secret.reveal())
        return f"{at} ({server.security}) answers {code} {_text(banner).splitlines()[0] if banner else ''}".strip() + (
            f", login as {server.user} accepted" if server.user else "")
    except (smtplib.SMTPException, OSError) as e:
        raise SendRefused(f"the mail server at {at}: {_why(e)}") from e
    finally:
        _leave(smtp)
