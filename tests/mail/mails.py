"""The messages of the test mailbox, made here (names, firms and wording invented for the tests):
appeals, a firm's letter attached as a PDF, a reply in an existing thread, an automatic reply,
a newsletter and a malformed message. Each is the bytes a server stores (CRLF line ends)."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

SMTP = policy.SMTP  # CRLF line ends, as a message travels and as IMAP serves it
WHEN = datetime(2026, 10, 28, 9, 30, tzinfo=UTC)

APPEAL_ID = "<appeal-1@reviewer.example.org>"
LETTER_ID = "<letter-1@firm-example.net>"


def email(*, frm: str, to: str, subject: str, body: str, message_id: str | None, headers: dict[str, str] | None = None,
          attachments: list[tuple[str, str, bytes]] | None = None, when: datetime = WHEN) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    if message_id:
        msg["Message-ID"] = message_id
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    for name, ctype, data in attachments or []:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes(policy=SMTP)


def letter_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780
    for text in ("Firm Example LLP", "1 Example Street, Exampletown", "", "28 October 2026", "",
                 "Our ref: FX/1234", "", "Dear Sir or Madam,", "",
                 "We act for Example Widgets Ltd. A review on your platform about our client",
                 "contains statements we consider false. We ask you to remove it within",
                 "14 days of the date of this letter.", "", "Yours faithfully,", "", "Firm Example LLP"):
        c.drawString(72, y, text)
        y -= 18
    c.showPage()
    c.save()
    return buf.getvalue()


def appeal() -> bytes:
    return email(frm="Sam Reviewer <sam.reviewer@reviewer.example.org>", to="appeals@desk.example",
                 subject="Appeal against the removal of my review", message_id=APPEAL_ID,
                 body="Hello,\n\nmy review of a bicycle repair shop was removed last week. I believe it follows "
                      "your guidelines: I was a customer and described my visit.\n\nPlease look at it again.\n\n"
                      "Kind regards,\nSam Reviewer\n")


def letter() -> bytes:
    return email(frm="Firm Example LLP <office@firm-example.net>", to="legal@desk.example",
                 subject="Our client Example Widgets Ltd - review", message_id=LETTER_ID,
                 body="Dear Sir or Madam,\n\nplease find our letter attached.\n\nFirm Example LLP\n",
                 attachments=[("letter.pdf", "application/pdf", letter_pdf())])


def reply_in_thread() -> bytes:
    return email(frm="Sam Reviewer <sam.reviewer@reviewer.example.org>", to="appeals@desk.example",
                 subject="Re: Appeal against the removal of my review", message_id="<appeal-2@reviewer.example.org>",
                 headers={"In-Reply-To": APPEAL_ID, "References": APPEAL_ID},
                 body="One more thing: the shop confirmed my visit by email, which I can forward.\n\nSam\n")


def auto_reply() -> bytes:
    return email(frm="Jo Other <jo.other@elsewhere.example.com>", to="appeals@desk.example",
                 subject="Automatic reply: your message", message_id="<ooo-1@elsewhere.example.com>",
                 headers={"Auto-Submitted": "auto-replied"},
                 body="I am away until next Monday and will read your message when I am back.\n")


def newsletter() -> bytes:
    return email(frm="Updates <news@updates.example.com>", to="appeals@desk.example", subject="Monthly digest",
                 message_id="<digest-7@updates.example.com>",
                 headers={"List-Unsubscribe": "<mailto:leave@updates.example.com>"},
                 body="This month: three new features and a survey.\n")


def malformed() -> bytes:
    """No Message-ID, and a body declared base64 that is not: nothing in it can be read."""
    return (b"From: Someone <someone@broken.example.net>\r\nTo: appeals@desk.example\r\nSubject: Broken\r\n"
            b"Date: Wed, 28 Oct 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n@@@@ !!!! @@@@\r\n")


def second_appeal() -> bytes:
    return email(frm="Kim Writer <kim.writer@reviewer.example.org>", to="appeals@desk.example",
                 subject="Please restore my review", message_id="<appeal-9@reviewer.example.org>",
                 body="Hello,\n\nmy review of a bakery disappeared. It was my honest experience. Could you restore "
                      "it?\n\nThanks,\nKim Writer\n")


RULES = """
[[rule]]
name = "newsletters"
header = { List-Unsubscribe = "*" }
skip = "a newsletter"

[[rule]]
name = "appeals address"
to = "appeals@desk.example"
kind = "consumer_appeal"
team = "Appeals"
continue = true

[[rule]]
name = "firm letters"
from = "*@firm-example.net"
attachment = "*.pdf"
priority = "high"
assignee = "lee"

[[rule]]
name = "follow-ups"
subject = "re:^re:"
priority = "low"
"""
