"""STUB (owner: cases helper): store a document with its parts and link it to a case."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, func, select

from cases.models import AuditEvent, Case, Document
from extract.models import Extraction
from ingest.models import ParsedDocument


@dataclass(frozen=True)
class Part:
    """One document of a family (an email, or one of its attachments) ready to be filed."""

    parsed: ParsedDocument
    extraction: Extraction | None
    original: str  # where its original is kept (relative path in the originals folder)
    part: str | None = None  # attachment file name, None for the top-level file


def file_document(
    session: Session,
    parts: Sequence[Part],
    *,
    received: date,
    actor: str = "lexdesk",
    case_prefix: str = "CI",
) -> list[Document]:
    """File a top-level document and its attachments (parts[0] is the top level) to one case."""
    year = received.year
    n = session.exec(select(func.max(Case.number)).where(Case.year == year)).one() or 0
    case = Case(ref=f"{case_prefix}-{year}-{n + 1:04d}", year=year, number=n + 1, opened=received)
    session.add(case)
    session.flush()
    docs: list[Document] = []
    parent_id = None
    for p in parts:
        doc = Document(
            sha256=p.parsed.sha256, original=p.original, filename=parts[0].parsed.filename, part=p.part,
            media_type=p.parsed.media_type, size=p.parsed.size, received=received,
            status="failed" if p.parsed.error else "filed", error=p.parsed.error,
            text=p.parsed.text, quoted=p.parsed.quoted, parent_id=parent_id,
            case_id=case.id, fields=p.extraction.fields() if p.extraction else {},
        )
        session.add(doc)
        session.flush()
        parent_id = parent_id or doc.id
        docs.append(doc)
    session.add(AuditEvent(actor=actor, action="document.filed", case_id=case.id, document_id=docs[0].id))
    session.commit()
    return docs
