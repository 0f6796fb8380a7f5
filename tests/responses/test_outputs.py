"""What goes out: an .eml reply in the sender's thread and a .docx letter on the letterhead, once
approved; before that, every format is visibly a draft and no email can be sent as it is."""

from __future__ import annotations

import io
from email import message_from_bytes, policy
from pathlib import Path

import docx
from sqlmodel import Session

from cases.models import Case
from responses.config import ResponsesConfig
from responses.email_out import reply_subject
from responses.outputs import draft_bytes, write_draft
from responses.workflow import approve, draft, edit


def test_an_approved_email_replies_in_the_senders_thread(
    session: Session, case: Case, url: str, rcfg: ResponsesConfig
) -> None:
    d = approve(session, draft(session, case, "acknowledgement", rcfg, author="alice"), rcfg, actor="bob")
    msg = message_from_bytes(draft_bytes(session, d, "eml", rcfg), policy=policy.default)
    assert msg["In-Reply-To"] == "<msg-2@quill-partners.test>"
    assert msg["References"].split() == [
        "<msg-0@quill-partners.test>", "<msg-1@platform.test>", "<msg-2@quill-partners.test>",
    ]
    assert msg["Subject"] == "Re: Lanternfield Joinery Ltd - defamatory review [CI-2026-0042]"
    assert msg["To"] == "m.quill@quill-partners.test"
    assert msg["From"].endswith("@trustpilot.com")  # the bundled platform profile's domain
    body = msg.get_body(("plain",)).get_content()
    assert url in body and "MQ/LJ/77" in body
    # a letter answered by email travels as a .docx too
    names = [p.get_filename() for p in msg.iter_attachments()]
    assert names == ["CI-2026-0042-acknowledgement.docx"]


def test_reply_subject_has_one_re_and_our_reference_once() -> None:
    assert reply_subject("RE: Re: AW: Complaint", "CI-2026-0001") == "Re: Complaint [CI-2026-0001]"
    assert reply_subject("Complaint CI-2026-0001", "CI-2026-0001") == "Re: Complaint CI-2026-0001"
    assert reply_subject(None, "CI-2026-0001", "Your letter") == "Re: Your letter [CI-2026-0001]"


def test_an_unapproved_email_is_a_draft_that_cannot_be_sent_as_it_is(
    session: Session, case: Case, url: str, rcfg: ResponsesConfig
) -> None:
    d = draft(session, case, "acknowledgement", rcfg, author="alice")
    msg = message_from_bytes(draft_bytes(session, d, "eml", rcfg), policy=policy.default)
    for header in ("From", "To", "Date", "Message-ID", "In-Reply-To", "References"):
        assert msg[header] is None, header
    assert msg["Subject"].startswith("[DRAFT, not approved]")
    body = msg.get_body(("plain",)).get_content()
    assert body.startswith("DRAFT — NOT APPROVED, NOT FOR SENDING") and url in body


def test_an_unapproved_letter_has_a_draft_heading_and_watermark_and_the_approved_one_none(
    session: Session, case: Case, rcfg: ResponsesConfig
) -> None:
    d = draft(session, case, "acknowledgement", rcfg, author="alice")
    document = docx.Document(io.BytesIO(draft_bytes(session, d, "docx", rcfg)))
    assert document.paragraphs[0].text.startswith("DRAFT — NOT APPROVED")
    header_xml = document.sections[0].header._element.xml
    assert "PowerPlusWaterMarkObject" in header_xml and 'string="DRAFT"' in header_xml
    assert draft_bytes(session, d, "txt", rcfg).decode().startswith("DRAFT — NOT APPROVED")
    approve(session, d, rcfg, actor="bob")
    document = docx.Document(io.BytesIO(draft_bytes(session, d, "docx", rcfg)))
    assert "DRAFT" not in document.paragraphs[0].text
    assert "PowerPlusWaterMarkObject" not in document.sections[0].header._element.xml
    assert draft_bytes(session, d, "txt", rcfg).decode() == d.text


def test_docx_letter_opens_and_holds_the_cited_urls_and_their_reference(
    session: Session, case: Case, url: str, rcfg: ResponsesConfig
) -> None:
    d = approve(session, draft(session, case, "acknowledgement", rcfg, author="alice"), rcfg, actor="bob")
    document = docx.Document(io.BytesIO(draft_bytes(session, d, "docx", rcfg)))
    body = "\n".join(p.text for p in document.paragraphs)
    assert url in body
    assert "Your ref: MQ/LJ/77" in body
    header = "\n".join(p.text for p in document.sections[0].header.paragraphs)
    assert "Trustpilot" in header and "Content Integrity team" in header
    assert document.core_properties.title == d.subject


def test_docx_shows_the_latest_edit(session: Session, case: Case, tmp_path: Path, rcfg: ResponsesConfig) -> None:
    d = draft(session, case, "acknowledgement", rcfg, author="alice")
    edit(session, d, d.text + "\nAn added paragraph by the reviewer.\n", rcfg, actor="bob")
    path = write_draft(session, d, tmp_path / "letter.docx", rcfg)
    body = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "An added paragraph by the reviewer." in body


def test_plain_text_is_the_draft_text(session: Session, case: Case, tmp_path: Path, rcfg: ResponsesConfig) -> None:
    d = approve(session, draft(session, case, "acknowledgement", rcfg, author="alice"), rcfg, actor="bob")
    assert write_draft(session, d, tmp_path / "a.txt", rcfg).read_text(encoding="utf-8") == d.text
