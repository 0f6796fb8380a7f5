"""Emails: headers, body (text or HTML), quotes apart, attachments parsed as child documents."""

from __future__ import annotations

from datetime import UTC, datetime

from ingest import IngestLimits, parse
from tests.ingest.ingest_makers import email_bytes, typed_pdf

REPLY = (
    "Please reply by 1 December 2026.\n\nPriya\n\n"
    "On Wed, 18 Nov 2026 at 10:15, Content Team <team@example-platform.com> wrote:\n"
    "> Dear Ms Raman,\n>\n> The reviews do not breach our guidelines."
)


def test_headers_are_read() -> None:
    doc = parse(
        email_bytes(
            "Hello", cc="Rebecca Bramall <r.bramall@firm.example>", in_reply_to="<prev@example-platform.com>",
            references="<first@x.example> <prev@example-platform.com>",
        )
    )
    h = doc.email
    assert doc.ok and doc.media_type == "eml" and h is not None
    assert (h.from_name, h.from_addr) == ("Harriet Cole", "h.cole@colefinch.co.uk")
    assert h.to == ("legal@example-platform.com",) and h.cc == ("r.bramall@firm.example",)
    assert h.date == datetime(2026, 11, 3, 9, 14, tzinfo=UTC)
    assert h.subject == "Review of Example Ltd" and h.message_id == "<m1@colefinch.co.uk>"
    assert h.in_reply_to == "<prev@example-platform.com>"
    assert h.references == ("<first@x.example>", "<prev@example-platform.com>")


def test_the_new_message_and_the_quoted_one_are_kept_apart() -> None:
    doc = parse(email_bytes(REPLY, subject="Re: Outcome of your reports"))
    assert doc.text == "Please reply by 1 December 2026.\n\nPriya"
    assert doc.quoted.startswith("On Wed, 18 Nov 2026") and "do not breach" in doc.quoted
    assert doc.full_text == f"{doc.text}\n\n{doc.quoted}"


def test_an_html_only_email_is_made_into_text() -> None:
    html = (
        "<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>"
        "<p>Dear team,</p><p>The review <a href='https://x.example/reviews/1'>here</a> is false.<br>Thanks</p>"
        "<div class='gmail_quote'>On Mon, 2 Nov 2026, Team &lt;t@x.example&gt; wrote:"
        "<blockquote><p>Old message</p></blockquote></div></body></html>"
    )
    doc = parse(email_bytes("", html=html, html_only=True))
    assert doc.text == "Dear team,\n\nThe review here is false.\nThanks"
    assert "alert" not in doc.full_text and "color" not in doc.full_text
    assert doc.quoted.endswith("> Old message")


def test_plain_text_is_preferred_over_its_html_alternative() -> None:
    doc = parse(email_bytes("Plain version.", html="<p>HTML version.</p>"))
    assert doc.text == "Plain version."


def test_attachments_become_child_documents() -> None:
    letter = typed_pdf([["Dear Sir or Madam", "", "We act for Nordvik Outdoor Ltd."]])
    attachment = ("Letter 2026-10-20.pdf", letter, "application/pdf")
    doc = parse(email_bytes("Please see the attached letter.", attachments=[attachment]))

    assert [a.filename for a in doc.attachments] == ["Letter 2026-10-20.pdf"]
    child = doc.attachments[0]
    assert child.ok and child.media_type == "pdf" and "Nordvik Outdoor Ltd." in child.text
    assert doc.walk() == [doc, child]


def test_an_inline_logo_is_skipped_but_an_attached_picture_is_kept() -> None:
    from email import message_from_bytes, policy

    msg = message_from_bytes(email_bytes("Body", html="<p>Body <img src='cid:logo'></p>"), policy=policy.default)
    html_part = next(p for p in msg.walk() if p.get_content_type() == "text/html")
    html_part.make_related()
    html_part.add_related(b"\x89PNG\r\n\x1a\nlogo", maintype="image", subtype="png", cid="<logo>")
    msg.add_attachment(b"\x89PNG\r\n\x1a\nphoto", maintype="image", subtype="png", filename="evidence.png")

    doc = parse(msg.as_bytes())
    assert [a.filename for a in doc.attachments] == ["evidence.png"]
    assert doc.attachments[0].media_type == "png"  # read by OCR like a scan; these bytes are no picture
    assert (doc.attachments[0].error or "").startswith("corrupt image")


def test_an_email_attached_to_an_email_is_read_recursively() -> None:
    inner = email_bytes("The customer's original complaint.", subject="Complaint", sender="Gary <gary@fix.example>")
    doc = parse(email_bytes("Forwarding as attachment.", subject="Fwd: Complaint", attach_messages=[inner]))

    child = doc.attachments[0]
    assert child.media_type == "eml" and child.filename == "Complaint.eml"
    assert child.text == "The customer's original complaint." and child.email.from_addr == "gary@fix.example"


def test_nesting_deeper_than_the_limit_stops_with_a_reason() -> None:
    data = email_bytes("level 0")
    for level in range(1, 5):
        data = email_bytes(f"level {level}", subject=f"L{level}", attach_messages=[data])
    doc = parse(data, limits=IngestLimits(max_depth=2))

    deepest = doc.walk()[-1]
    assert len(doc.walk()) == 4
    assert deepest.error == "attachments nested too deeply (more than 2 levels)"
    assert deepest.sha256 and deepest.raw


def test_an_email_without_body_or_attachments_is_empty() -> None:
    raw = b"From: a@b.example\r\nTo: c@d.example\r\nSubject: nothing\r\n\r\n   \r\n"
    doc = parse(raw)
    assert doc.media_type == "eml" and doc.error == "email has no body text and no attachments"
