"""Writing a draft out: plain text, an .eml reply in the sender's thread, or a .docx letter."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

from cases.models import Case, Document, Draft
from extract.profile import PlatformProfile, load_profile
from responses.docx_out import to_docx
from responses.email_out import to_eml
from responses.letterhead import Letterhead, load_letterhead

FORMATS = ("txt", "eml", "docx")


def draft_bytes(
    session: Session,
    d: Draft,
    fmt: str,
    *,
    profile: PlatformProfile | None = None,
    letterhead: Letterhead | None = None,
) -> bytes:
    if fmt not in FORMATS:
        raise ValueError(f"unknown output format {fmt!r} (one of {', '.join(FORMATS)})")
    profile = profile or load_profile()
    head = (letterhead or load_letterhead()).with_platform(profile.name, profile.domains)
    case = session.get(Case, d.case_id)
    assert case is not None
    if fmt == "txt":
        return d.text.encode("utf-8")
    if fmt == "docx":
        return to_docx(d, case, head)
    doc = session.get(Document, d.document_id) if d.document_id else None
    attachment = None
    if d.output == "letter":
        # A letter answered by email travels as a .docx attachment with the text in the body too.
        attachment = (f"{case.ref}-{d.template.split('/')[-1]}.docx", to_docx(d, case, head))
    return to_eml(d, case, doc, from_addr=head.email, attachment=attachment)


def write_draft(session: Session, d: Draft, path: Path, **kw: object) -> Path:
    """Write by the file's suffix (.txt, .eml or .docx)."""
    fmt = path.suffix.lower().lstrip(".") or "txt"
    path.write_bytes(draft_bytes(session, d, fmt, **kw))  # type: ignore[arg-type]
    return path
