"""An email draft (.eml) that replies in the sender's thread."""

from __future__ import annotations

import re
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from cases.models import Case, Document, Draft
from responses.docx_out import draft_banner

_RE = re.compile(r"^\s*((re|aw|sv|antw|réf|ref|fw|fwd|tr)\s*:\s*)+", re.I)


def reply_subject(original: str | None, case_ref: str, fallback: str = "") -> str:
    """"Re: <their subject> [CI-2026-0101]": one "Re:", our reference once."""
    base = _RE.sub("", original or "").strip() or fallback.strip() or "Your correspondence"
    if case_ref and case_ref not in base:
        base = f"{base} [{case_ref}]"
    return f"Re: {base}"


def thread_headers(doc: Document | None) -> dict[str, str]:
    """In-Reply-To and References (RFC 5322 §3.6.4) for a reply to `doc`."""
    if doc is None or not doc.message_id:
        return {}
    refs = [r for r in (doc.references or []) if r and r != doc.message_id]
    if doc.in_reply_to and doc.in_reply_to not in refs:
        refs.append(doc.in_reply_to)
    refs.append(doc.message_id)
    return {"In-Reply-To": doc.message_id, "References": " ".join(refs)}


def to_eml(
    d: Draft,
    case: Case,
    doc: Document | None,
    *,
    from_addr: str,
    to_addr: str | None = None,
    now: datetime,
    attachment: tuple[str, bytes] | None = None,
    ready: bool = True,
    reply: bool = True,
) -> bytes:
    """The draft as an email to the sender of `doc` (their own address where extraction found it,
    else the From of their email). `attachment` = (file name, .docx bytes) for a letter sent by email.

    `ready` False (nobody approved it): a draft to read, not a message to send — no From, To, Date,
    Message-ID or thread headers, "DRAFT" in the subject and a heading above the text.
    `reply` False: to someone other than the sender (the poster): not in the sender's thread and
    not to the sender's address."""
    # Message-IDs run long: folding them at 78 columns puts them on a continuation line, which
    # some clients read with a leading space. RFC 5322's hard limit is 998.
    msg = EmailMessage(policy=policy.default.clone(max_line_length=998))
    subject = reply_subject(doc.subject if doc else None, case.ref, d.subject or "") if reply else (
        f"{d.subject or 'Notice'}" + (f" [{case.ref}]" if case.ref not in (d.subject or "") else ""))
    body = d.text
    if ready:
        msg["From"] = from_addr
        to = to_addr or ((doc.fields or {}).get("sender_email") if doc else None) or (doc.from_addr if doc else None)
        if to and reply:
            msg["To"] = to
        msg["Subject"] = subject
        msg["Date"] = format_datetime(now)
        domain = from_addr.rsplit("@", 1)[-1] if "@" in from_addr else None
        msg["Message-ID"] = make_msgid(idstring=case.ref, domain=domain)
        if reply:
            for k, v in thread_headers(doc).items():
                msg[k] = v
    else:
        msg["Subject"] = f"[DRAFT, not approved] {subject}"
        body = f"{draft_banner(d)}\n\n{d.text}"
    msg["X-Lexdesk-Case"] = case.ref
    msg["X-Lexdesk-Draft"] = f"{d.id}/v{d.version} ({d.status})"
    msg.set_content(body)
    if attachment:
        name, data = attachment
        msg.add_attachment(
            data, maintype="application",
            subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name,
        )
    return bytes(msg)
