"""Changing the filing by hand: merge two cases, move a document, split a case; confirm or reject
a suggestion. Every change is an audit event saying who, when, what and why.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import Session, col, select

from cases.config import CasesConfig
from cases.errors import Invalid, NotFound
from cases.find import case_by_ref, family
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
)
from cases.refs import new_case
from cases.vocab import CaseStatus, SuggestionState


class ManualError(Invalid):
    """A change by hand that the filing does not allow (a case into itself, an empty split)."""


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


def move(session: Session, document_id: int, target_ref: str, actor: str, cfg: CasesConfig, why: str = "") -> Case:
    """Move a document (with its email and attachments: they stay together) to another case."""
    now = cfg.clock.now()
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
            col(LinkSuggestion.document_id).in_(ids), LinkSuggestion.state == SuggestionState.pending)).all():
        s.state = SuggestionState.accepted if s.case_id == target.id else SuggestionState.rejected
        s.resolved_by, s.resolved_at = actor, now
        session.add(s)
    detail = {"documents": ids, "from": source.ref if source else None, "to": target.ref}
    for c in {c.id: c for c in (source, target) if c is not None}.values():
        session.add(AuditEvent(actor=actor, action="document.moved", case_id=c.id, document_id=ids[0],
                               why=why, detail=detail))
    target.updated_at = now
    session.add(target)
    session.flush()
    if source is not None and not source.imported and source.status != CaseStatus.closed:
        left = session.exec(select(Document.id).where(Document.case_id == source.id)).first()
        if left is None:
            set_status(session, source, CaseStatus.closed, actor, why=f"no documents left (moved to {target.ref})",
                       at=now)
    session.commit()
    return target


def merge(session: Session, keep_ref: str, absorb_ref: str, actor: str, cfg: CasesConfig, why: str = "") -> Case:
    """Merge case `absorb_ref` into `keep_ref`: everything moves; the absorbed case is closed."""
    now = cfg.clock.now()
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
            LinkSuggestion.case_id == keep.id, LinkSuggestion.state == SuggestionState.pending)).all():
        if s.document_id in doc_ids:
            s.state, s.resolved_by, s.resolved_at = SuggestionState.accepted, actor, now
            session.add(s)
    if gone.status != CaseStatus.closed:
        set_status(session, gone, CaseStatus.closed, actor, why=f"merged into {keep.ref}", at=now)
    gone.title = f"[merged into {keep.ref}] {gone.title}"
    detail = {"kept": keep.ref, "merged": gone.ref, "documents": doc_ids}
    for c in (keep, gone):
        session.add(AuditEvent(actor=actor, action="case.merged", case_id=c.id, why=why, detail=detail))
    keep.updated_at = now
    session.add_all([keep, gone])
    session.commit()
    return keep


def split(session: Session, ref: str, document_ids: Sequence[int], actor: str, cfg: CasesConfig, why: str = "",
          *, title: str = "") -> Case:
    """Take documents out of a case into a new case of their own, opened today."""
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
    target = new_case(session, prefix=cfg.case_prefix, opened=cfg.clock.today(),
                      title=title or f"split from {source.ref}: {source.title}", kind=source.kind)
    target.priority, target.assignee_id, target.team_id = source.priority, source.assignee_id, source.team_id
    _move_rows(session, ids, source, target)
    detail = {"from": source.ref, "to": target.ref, "documents": ids}
    for c in (source, target):
        session.add(AuditEvent(actor=actor, action="case.split", case_id=c.id, why=why, detail=detail))
    session.add(target)
    session.commit()
    return target


def resolve_suggestion(session: Session, suggestion_id: int, accept: bool, actor: str, cfg: CasesConfig,
                       why: str = "") -> None:
    s = session.get(LinkSuggestion, suggestion_id)
    if s is None:
        raise NotFound(f"no suggestion {suggestion_id}")
    if s.state != SuggestionState.pending:
        raise ManualError(f"suggestion {suggestion_id} is already {s.state}")
    target = session.get(Case, s.case_id)
    if target is None:
        raise NotFound(f"suggestion {suggestion_id} names a case that does not exist")
    if accept:
        move(session, s.document_id, target.ref, actor, cfg, why or "suggestion confirmed")
        return
    s.state, s.resolved_by, s.resolved_at = SuggestionState.rejected, actor, cfg.clock.now()
    session.add(s)
    session.add(AuditEvent(actor=actor, action="link.rejected", case_id=s.case_id, document_id=s.document_id,
                           why=why, detail={"suggestion": suggestion_id}))
    session.commit()
