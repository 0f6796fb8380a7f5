"""Changing the filing by hand: merge two cases, move a document, split a case; confirm or reject
a suggestion. Every change is an audit event saying who, when, what and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlmodel import Session, col, select

from cases.lifecycle import set_status
from cases.models import (
    AuditEvent,
    Case,
    CaseKey,
    CitedItem,
    Deadline,
    Document,
    LinkSuggestion,
    Party,
    utcnow,
)
from cases.refs import new_case


class ManualError(ValueError):
    pass


def case_by_ref(session: Session, ref: str) -> Case:
    case = session.exec(select(Case).where(Case.ref == ref.strip())).first()
    if case is None:
        case = session.exec(select(Case).where(Case.ref == ref.strip().upper())).first()
    if case is None:
        raise ManualError(f"no case {ref}")
    return case


def family(session: Session, document_id: int) -> list[Document]:
    """A document with its attachments (an attachment given: its email and siblings)."""
    doc = session.get(Document, document_id)
    if doc is None:
        raise ManualError(f"no document {document_id}")
    top = session.get(Document, doc.parent_id) if doc.parent_id else doc
    assert top is not None
    children = session.exec(select(Document).where(Document.parent_id == top.id).order_by(col(Document.id))).all()
    return [top, *children]


def _move_rows(session: Session, doc_ids: list[int], source: Case, target: Case) -> None:
    for d in session.exec(select(Document).where(col(Document.id).in_(doc_ids))).all():
        d.case_id = target.id
        d.link = {**(d.link or {}), "case": target.ref, "moved_from": source.ref}
        session.add(d)
    for model in (Deadline, CitedItem):
        for row in session.exec(select(model).where(col(model.document_id).in_(doc_ids))).all():
            row.case_id = target.id
            session.add(row)
    target_keys = {(k.kind, k.value) for k in session.exec(select(CaseKey).where(CaseKey.case_id == target.id))}
    for k in session.exec(select(CaseKey).where(col(CaseKey.document_id).in_(doc_ids))).all():
        if (k.kind, k.value) in target_keys:
            session.delete(k)
        else:
            target_keys.add((k.kind, k.value))
            k.case_id = target.id or 0
            session.add(k)


def move(session: Session, document_id: int, target_ref: str, actor: str, why: str = "") -> Case:
    """Move a document (with its email and attachments: they stay together) to another case."""
    docs = family(session, document_id)
    target = case_by_ref(session, target_ref)
    source = session.get(Case, docs[0].case_id) if docs[0].case_id else None
    if source is not None and source.id == target.id:
        raise ManualError(f"document {document_id} is already in {target.ref}")
    ids = [d.id for d in docs if d.id is not None]
    if source is not None:
        _move_rows(session, ids, source, target)
    else:
        for d in docs:
            d.case_id = target.id
            session.add(d)
    for s in session.exec(select(LinkSuggestion).where(
            col(LinkSuggestion.document_id).in_(ids), LinkSuggestion.state == "pending")).all():
        s.state = "accepted" if s.case_id == target.id else "rejected"
        s.resolved_by, s.resolved_at = actor, utcnow()
        session.add(s)
    detail = {"documents": ids, "from": source.ref if source else None, "to": target.ref}
    for c in {c.id: c for c in (source, target) if c is not None}.values():
        session.add(AuditEvent(actor=actor, action="document.moved", case_id=c.id, document_id=ids[0],
                               why=why, detail=detail))
    target.updated_at = utcnow()
    session.add(target)
    session.flush()
    if source is not None and not source.imported and source.status != "closed":
        left = session.exec(select(Document.id).where(Document.case_id == source.id)).first()
        if left is None:
            set_status(session, source, "closed", actor, why=f"no documents left (moved to {target.ref})")
    session.commit()
    return target


def merge(session: Session, keep_ref: str, absorb_ref: str, actor: str, why: str = "") -> Case:
    """Merge case `absorb_ref` into `keep_ref`: everything moves; the absorbed case is closed."""
    keep, gone = case_by_ref(session, keep_ref), case_by_ref(session, absorb_ref)
    if keep.id == gone.id:
        raise ManualError("a case cannot be merged into itself")
    doc_ids = [i for i in session.exec(select(Document.id).where(Document.case_id == gone.id)).all() if i]
    _move_rows(session, doc_ids, gone, keep)
    keep_keys = {(k.kind, k.value) for k in session.exec(select(CaseKey).where(CaseKey.case_id == keep.id))}
    for k in session.exec(select(CaseKey).where(CaseKey.case_id == gone.id)).all():
        if (k.kind, k.value) in keep_keys:
            session.delete(k)
        else:
            keep_keys.add((k.kind, k.value))
            k.case_id = keep.id or 0
            session.add(k)
    for model in (Party, Deadline, CitedItem):
        for row in session.exec(select(model).where(model.case_id == gone.id)).all():
            row.case_id = keep.id or 0
            session.add(row)
    for s in session.exec(select(LinkSuggestion).where(
            LinkSuggestion.case_id == keep.id, LinkSuggestion.state == "pending")).all():
        if s.document_id in doc_ids:
            s.state, s.resolved_by, s.resolved_at = "accepted", actor, utcnow()
            session.add(s)
    if gone.status != "closed":
        set_status(session, gone, "closed", actor, why=f"merged into {keep.ref}")
    gone.title = f"[merged into {keep.ref}] {gone.title}"
    detail = {"kept": keep.ref, "merged": gone.ref, "documents": doc_ids}
    for c in (keep, gone):
        session.add(AuditEvent(actor=actor, action="case.merged", case_id=c.id, why=why, detail=detail))
    keep.updated_at = utcnow()
    session.add_all([keep, gone])
    session.commit()
    return keep


def split(session: Session, ref: str, document_ids: Sequence[int], actor: str, why: str = "",
          *, prefix: str = "CI", title: str = "", opened: date | None = None) -> Case:
    """Take documents out of a case into a new case of their own."""
    source = case_by_ref(session, ref)
    ids: list[int] = []
    for i in document_ids:
        for d in family(session, i):
            if d.case_id != source.id:
                raise ManualError(f"document {d.id} is not in {source.ref}")
            if d.id is not None and d.id not in ids:
                ids.append(d.id)
    remaining = session.exec(select(Document.id).where(Document.case_id == source.id,
                                                      col(Document.id).not_in(ids))).first()
    if remaining is None:
        raise ManualError(f"splitting every document out of {source.ref} leaves it empty; move them instead")
    target = new_case(session, prefix=prefix, opened=opened or date.today(),
                      title=title or f"split from {source.ref}: {source.title}", kind=source.kind)
    target.priority, target.assignee_id, target.team_id = source.priority, source.assignee_id, source.team_id
    _move_rows(session, ids, source, target)
    detail = {"from": source.ref, "to": target.ref, "documents": ids}
    for c in (source, target):
        session.add(AuditEvent(actor=actor, action="case.split", case_id=c.id, why=why, detail=detail))
    session.add(target)
    session.commit()
    return target


def resolve_suggestion(session: Session, suggestion_id: int, accept: bool, actor: str, why: str = "") -> None:
    s = session.get(LinkSuggestion, suggestion_id)
    if s is None:
        raise ManualError(f"no suggestion {suggestion_id}")
    if s.state != "pending":
        raise ManualError(f"suggestion {suggestion_id} is already {s.state}")
    target = session.get(Case, s.case_id)
    assert target is not None
    if accept:
        move(session, s.document_id, target.ref, actor, why or "suggestion confirmed")
        return
    s.state, s.resolved_by, s.resolved_at = "rejected", actor, utcnow()
    session.add(s)
    session.add(AuditEvent(actor=actor, action="link.rejected", case_id=s.case_id, document_id=s.document_id,
                           why=why, detail={"suggestion": suggestion_id}))
    session.commit()
