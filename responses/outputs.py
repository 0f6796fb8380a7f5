"""Writing a draft out: plain text, an .eml reply in the sender's thread, or a .docx letter."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

from cases.errors import Invalid, NotFound
from cases.models import Case, Document, Draft
from cases.vocab import DraftOutput
from responses.config import ResponsesConfig
from responses.docx_out import to_docx
from responses.email_out import to_eml

FORMATS = ("txt", "eml", "docx")


def draft_bytes(session: Session, d: Draft, fmt: str, cfg: ResponsesConfig) -> bytes:
    if fmt not in FORMATS:
        raise Invalid(f"unknown output format {fmt!r} (one of {', '.join(FORMATS)})")
    head = cfg.head
    case = session.get(Case, d.case_id)
    if case is None:
        raise NotFound(f"draft {d.id} names a case that does not exist")
    if fmt == "txt":
        return d.text.encode("utf-8")
    if fmt == "docx":
        return to_docx(d, case, head)
    doc = session.get(Document, d.document_id) if d.document_id else None
    attachment = None
    if d.output == DraftOutput.letter:
        # A letter answered by email travels as a .docx attachment with the text in the body too.
        attachment = (f"{case.ref}-{d.template.split('/')[-1]}.docx", to_docx(d, case, head))
    return to_eml(d, case, doc, from_addr=head.email, attachment=attachment, now=cfg.cases.clock.now())


def write_draft(session: Session, d: Draft, path: Path, cfg: ResponsesConfig) -> Path:
    """Write by the file's suffix (.txt, .eml or .docx)."""
    fmt = path.suffix.lower().lstrip(".") or "txt"
    data = draft_bytes(session, d, fmt, cfg)
    try:
        path.write_bytes(data)
    except OSError as e:
        raise Invalid(f"cannot write {path}: {e.strerror or e}") from e
    return path
