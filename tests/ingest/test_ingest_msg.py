"""Outlook .msg files, built with extract-msg's own compound-file writer."""

from __future__ import annotations

from ingest import parse
from tests.ingest.ingest_makers import typed_pdf
from tests.ingest.ingest_msgfactory import MsgAttachment, MsgSpec, build_msg


def test_an_outlook_message_reads_like_an_email() -> None:
    letter = typed_pdf([["Dear Sir or Madam", "", "We act for Velora Home Ltd."]])
    spec = MsgSpec(
        subject="RE: Review of Velora Home",
        body="Please reconsider.\r\n\r\nMarcus\r\n\r\n-----Original Message-----\r\nFrom: Team\r\nSent: Monday\r\n"
        "To: Marcus\r\nSubject: Review\r\n\r\nOur decision stands.\r\n",
        sender_name="Marcus Bell",
        sender_email="marcus.bell@velora.example",
        to=[("Legal", "legal@example-platform.com")],
        cc=[("Tom", "tom@example-platform.com")],
        message_id="<abc123@velora.example>",
        attachments=[MsgAttachment("Letter.pdf", letter)],
    )
    doc = parse(build_msg(spec), filename="reply.msg")

    assert doc.ok and doc.media_type == "msg"
    h = doc.email
    assert (h.from_name, h.from_addr) == ("Marcus Bell", "marcus.bell@velora.example")
    assert h.to == ("legal@example-platform.com",) and h.cc == ("tom@example-platform.com",)
    assert h.subject == "RE: Review of Velora Home" and h.message_id == "<abc123@velora.example>"
    assert h.date is not None and h.date.year == 2026
    assert doc.text == "Please reconsider.\n\nMarcus"
    assert doc.quoted.startswith("-----Original Message-----") and "Our decision stands." in doc.quoted
    assert [a.filename for a in doc.attachments] == ["Letter.pdf"]
    assert "We act for Velora Home Ltd." in doc.attachments[0].text


def test_a_damaged_outlook_message_is_reported() -> None:
    data = build_msg(MsgSpec(subject="x", body="y", sender_name="A", sender_email="a@b.example"))
    doc = parse(data[:1536])
    assert doc.media_type == "msg" and doc.error is not None
