"""Finding one thing by what a person or a file names it by: a case by its reference, a document
with its family, a top-level document by the hash of its bytes. One place for each, so every
door finds them the same way and says the same thing when they are not there."""

from __future__ import annotations

from sqlmodel import Session, col, select

from cases.errors import NotFound
from cases.models import Case, Document
from cases.vocab import DocumentStatus


def case_by_ref(session: Session, ref: str) -> Case:
    """The case `ref` names, as written or in capitals ("ci-2026-0101" is CI-2026-0101)."""
    wanted = ref.strip()
    case = session.exec(select(Case).where(Case.ref == wanted)).first()
    if case is None and wanted.upper() != wanted:
        case = session.exec(select(Case).where(Case.ref == wanted.upper())).first()
    if case is None:
        raise NotFound(f"no case {ref}")
    return case


def document(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFound(f"no document {document_id}")
    return doc


def children(session: Session, doc: Document) -> list[Document]:
    """An email's attachments, in the order they were filed."""
    return list(session.exec(select(Document).where(Document.parent_id == doc.id).order_by(col(Document.id))).all())


def family(session: Session, document_id: int) -> list[Document]:
    """A document with its attachments (an attachment given: its email and siblings), the top first."""
    doc = document(session, document_id)
    top = session.get(Document, doc.parent_id) if doc.parent_id else doc
    if top is None:
        raise NotFound(f"document {document_id} names a parent that does not exist")
    return [top, *children(session, top)]


def top_level_by_hash(session: Session, sha256: str) -> Document | None:
    """The file (not an attachment) kept with these bytes, if one was: the one filed before a
    failure of the same bytes (both are there for a moment while a retry replaces the failure)."""
    return session.exec(select(Document).where(
        Document.sha256 == sha256, col(Document.parent_id).is_(None))
        .order_by(col(Document.status) == DocumentStatus.failed, col(Document.id))).first()
