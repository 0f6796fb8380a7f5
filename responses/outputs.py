"""Writing a draft out: plain text, an .eml reply in the sender's thread, a .docx letter, or that
letter as PDF.

Only an approved (or sent) draft comes out ready to send. Before approval every format is
visibly a draft: a heading (and, in a letter, a watermark) saying so, and an email without the
headers that would let it be sent. A file is written whole or not at all.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sqlmodel import Session

from cases.errors import Invalid, NotFound
from cases.models import Case, Document, Draft
from cases.vocab import DraftOutput, DraftStatus
from responses.config import ResponsesConfig
from responses.docx_out import draft_banner, to_docx
from responses.email_out import to_eml
from responses.library import TemplateLibraryError
from responses.pdf_out import NOT_AVAILABLE, to_pdf

FORMATS = ("txt", "eml", "docx", "pdf")


def ready(d: Draft) -> bool:
    """Approved (or already sent): a letter or email to send, not a draft to read."""
    return d.status in (DraftStatus.approved, DraftStatus.sent)


def format_of(path: Path) -> str:
    return path.suffix.lower().lstrip(".") or "txt"


def check_format(out: Path | None, cfg: ResponsesConfig) -> None:
    """Before anything is drafted or written: a format lexdesk writes, and can write here."""
    if out is None:
        return
    fmt = format_of(out)
    if fmt not in FORMATS:
        raise Invalid(f"cannot write {out.name}: the formats are {', '.join('.' + f for f in FORMATS)}")
    if fmt == "pdf" and not cfg.pdf_converter:
        raise Invalid(NOT_AVAILABLE)
    if not out.parent.is_dir():
        raise Invalid(f"cannot write {out}: the folder {out.parent} does not exist")


def draft_bytes(session: Session, d: Draft, fmt: str, cfg: ResponsesConfig) -> bytes:
    if fmt not in FORMATS:
        raise Invalid(f"unknown output format {fmt!r} (one of {', '.join(FORMATS)})")
    head = cfg.head
    case = session.get(Case, d.case_id)
    if case is None:
        raise NotFound(f"draft {d.id} names a case that does not exist")
    final = ready(d)
    if fmt == "txt":
        return (d.text if final else f"{draft_banner(d)}\n\n{d.text}").encode("utf-8")
    if fmt == "docx":
        return to_docx(d, case, head, ready=final)
    if fmt == "pdf":
        return to_pdf(to_docx(d, case, head, ready=final), cfg.pdf_converter)
    doc = session.get(Document, d.document_id) if d.document_id else None
    attachment = None
    if d.output == DraftOutput.letter:
        # A letter answered by email travels as a .docx attachment with the text in the body too.
        attachment = (f"{case.ref}-{d.template.split('/')[-1]}.docx", to_docx(d, case, head, ready=final))
    return to_eml(d, case, doc, from_addr=head.email, attachment=attachment, now=cfg.cases.clock.now(), ready=final,
                  reply=_recipient(d, cfg) is None)


def _recipient(d: Draft, cfg: ResponsesConfig) -> str | None:
    """Whom a template writes to other than the sender (front-matter `recipient`), if anyone."""
    try:
        spec = cfg.library.find(d.template)
    except TemplateLibraryError:
        return None
    value = spec.extra.get("recipient")
    return str(value) if value else None


def write_draft(session: Session, d: Draft, path: Path, cfg: ResponsesConfig) -> Path:
    """Write by the file's suffix (.txt, .eml, .docx or .pdf), whole or not at all."""
    data = draft_bytes(session, d, format_of(path), cfg)
    write_whole(path, data)
    return path


def write_whole(path: Path, data: bytes) -> None:
    """A temporary file beside `path`, renamed over it: a reader never sees half a letter."""
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise Invalid(f"cannot write {path}: {e.strerror or e}") from e
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise Invalid(f"cannot write {path}: {e.strerror or e}") from e
