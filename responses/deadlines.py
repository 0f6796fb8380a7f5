"""The deadline a draft answers, and meeting it when the draft is sent.

`cases` owns deadlines; until it offers `cases.deadlines.meet`, the state is set here with an
audit event of the same shape.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import holidays
from sqlmodel import Session, select

from cases.models import AuditEvent, Case, Deadline, Document


def pick_deadline(session: Session, case: Case, meets: Sequence[str], documents: Sequence[Document]) -> Deadline | None:
    """The earliest open deadline of the case that this kind of answer meets (by source or regime),
    one set by the answered document first."""
    if not meets:
        return None
    open_ = session.exec(
        select(Deadline).where(Deadline.case_id == case.id, Deadline.state == "open").order_by(Deadline.due)
    ).all()
    fits = [d for d in open_ if d.source in meets or (d.regime or "") in meets]
    ids = {d.id for d in documents}
    own = [d for d in fits if d.document_id in ids]
    return (own or fits or [None])[0]


def working_hours_due(start: date, hours: int, country: str = "GB") -> date:
    """A statutory clock in working hours (e.g. the Defamation (Operators of Websites) Regulations'
    48 hours), counted in whole working days from the day of receipt."""
    try:
        hol = holidays.country_holidays(country, subdiv="ENG" if country == "GB" else None)
    except NotImplementedError:
        hol = {}
    day, left = start, max(1, -(-hours // 24))
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in hol:
            left -= 1
    return day


def ensure_statutory_deadline(
    session: Session, case: Case, document: Document | None, *, regime: str, hours: int, basis: str, actor: str
) -> Deadline:
    """The statutory reply deadline of `regime` for this document, created if filing did not set it."""
    existing = session.exec(
        select(Deadline).where(Deadline.case_id == case.id, Deadline.regime == regime, Deadline.state == "open")
    ).first()
    if existing:
        return existing
    start = (document.received if document and document.received else None) or date.today()
    dl = Deadline(
        case_id=case.id, document_id=document.id if document else None, due=working_hours_due(start, hours),
        source="statutory", regime=regime, basis=basis,
    )
    session.add(dl)
    session.flush()
    session.add(AuditEvent(
        actor=actor, action="deadline.created", case_id=case.id, document_id=dl.document_id,
        why=f"statutory reply period: {basis}", detail={"deadline_id": dl.id, "due": dl.due.isoformat()},
    ))
    return dl


def meet(session: Session, deadline_id: int, actor: str, *, why: str = "") -> Deadline | None:
    """Mark a deadline met: through `cases.deadlines.meet` where it exists, else here."""
    try:
        cases_deadlines = importlib.import_module("cases.deadlines")
    except ImportError:
        cases_deadlines = None
    fn = getattr(cases_deadlines, "meet", None)
    if callable(fn):
        return fn(session, deadline_id, actor)
    dl = session.get(Deadline, deadline_id)
    if dl is None or dl.state != "open":
        return dl
    dl.state = "met"
    dl.met_at = datetime.now(UTC)
    session.add(dl)
    session.add(AuditEvent(
        actor=actor, action="deadline.met", case_id=dl.case_id, document_id=dl.document_id,
        why=why or "answered", detail={"deadline_id": dl.id, "due": dl.due.isoformat()},
    ))
    return dl
