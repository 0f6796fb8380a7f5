"""What goes out: an .eml reply in the sender's thread and a .docx letter on the letterhead."""

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
from responses.workflow import draft, edit


def test_email_draft_replies_in_the_senders_thread(
    session: Session, case: Case, url: str, rcfg: ResponsesConfig
) -> None:
    d = draft(session, case, "acknowledgement", rcfg, author="alice")
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


def test_docx_letter_opens_and_holds_the_cited_urls_and_their_reference(
    session: Session, case: Case, url: str, rcfg: ResponsesConfig
) -> None:
    d = draft(session, case, "acknowledgement", rcfg, author="alice")
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
    d = draft(session, case, "acknowledgement", rcfg, author="alice")
    assert write_draft(session, d, tmp_path / "a.txt", rcfg).read_text(encoding="utf-8") == d.text
