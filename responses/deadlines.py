"""The deadline a draft answers, and meeting it when the draft is sent.

`cases` owns deadlines. Where it offers `cases.deadlines.reply_sent` / `meet` (late answers are
recorded as missed), those are used; otherwise the state is set here with an audit event of the
same shape.

A template names what it meets in its front-matter `meets`, most specific first: a deadline
source ("letter", "sla", "statutory"), a regime ("gdpr", "defamation_uk") or "regime:clock"
("defamation_uk:defective").
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, timedelta
from types import ModuleType
from typing import Any

import holidays
from sqlmodel import Session, select

from cases.models import AuditEvent, Case, Deadline, Document


def _matches(dl: Deadline, token: str) -> bool:
    regime, _, clock = token.partition(":")
    if clock:
        return dl.regime == regime and getattr(dl, "clock", None) == clock
    return token in (dl.source, dl.regime or "")


def pick_deadline(
    session: Session, case: Case, meets: Sequence[str], documents: Sequence[Document]
) -> Deadline | None:
    """The open deadline this answer meets: the first `meets` token that matches any, one set by the
    answered document before others, the earliest first."""
    if not meets:
        return None
    open_ = session.exec(
        select(Deadline).where(Deadline.case_id == case.id, Deadline.state == "open").order_by(Deadline.due)
    ).all()
    ids = {d.id for d in documents}
    for token in meets:
        fits = [d for d in open_ if _matches(d, token)]
        if fits:
            return ([d for d in fits if d.document_id in ids] or fits)[0]
    return None


def working_hours_due(start: date, hours: int, country: str = "GB") -> date:
    """A clock in working hours (e.g. the Defamation (Operators of Websites) Regulations' 48 hours),
    counted in whole working days after the day of receipt."""
    try:
        hol: Any = holidays.country_holidays(country, subdiv="ENG" if country == "GB" else None)
    except NotImplementedError:
        hol = {}
    day, left = start, max(1, -(-hours // 24))
    while left:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in hol:
            left -= 1
    return day


def ensure_statutory_deadline(
    session: Session, case: Case, document: Document | None, *, regime: str, clock: str | None, hours: int,
    basis: str, actor: str,
) -> Deadline:
    """The statutory reply deadline (`regime`, `clock`) of this case, created if filing did not set it."""
    q = select(Deadline).where(Deadline.case_id == case.id, Deadline.regime == regime, Deadline.state == "open")
    if clock and hasattr(Deadline, "clock"):
        q = q.where(Deadline.clock == clock)
    existing = session.exec(q).first()
    if existing:
        return existing
    start = (document.received if document and document.received else None) or date.today()
    dl = Deadline(
        case_id=case.id, document_id=document.id if document else None, due=working_hours_due(start, hours),
        source="statutory", regime=regime, basis=basis,
    )
    if clock and hasattr(dl, "clock"):
        dl.clock = clock
    session.add(dl)
    session.flush()
    session.add(AuditEvent(
        actor=actor, action="deadline.created", case_id=case.id, document_id=dl.document_id,
        why=f"statutory reply period: {basis}", detail={"deadline_id": dl.id, "due": dl.due.isoformat()},
    ))
    return dl


def _cases_fn(name: str) -> Callable[..., Any] | None:
    try:
        mod: ModuleType | None = importlib.import_module("cases.deadlines")
    except ImportError:
        mod = None
    fn = getattr(mod, name, None)
    return fn if callable(fn) else None


def meet(
    session: Session, deadline_id: int, actor: str, *, at: datetime | None = None, why: str = ""
) -> Deadline | None:
    """Mark one deadline answered at `at` (default now): met, or missed when the answer came late."""
    fn = _cases_fn("meet")
    if fn is not None:
        return fn(session, deadline_id, actor, at=at, why=why or "reply sent")
    dl = session.get(Deadline, deadline_id)
    if dl is None or dl.state != "open":
        return dl
    when = at or datetime.now(UTC)
    dl.met_at = when
    dl.state = "met" if when.date() <= dl.due else "missed"
    session.add(dl)
    session.add(AuditEvent(
        actor=actor, action=f"deadline.{dl.state}", case_id=dl.case_id, document_id=dl.document_id,
        why=why or "reply sent", detail={"deadline_id": dl.id, "due": dl.due.isoformat()},
    ))
    return dl


def answered(session: Session, case_id: int, deadline_id: int | None, actor: str, *, at: datetime | None,
             awaiting_reply: bool, acknowledgement: bool, why: str) -> None:
    """A draft went out. An acknowledgement meets only its own deadline (the first-response SLA) and
    leaves the case with us; a substantive answer goes through `cases.deadlines.reply_sent`, which
    also meets the SLA and moves the case on."""
    reply_sent = _cases_fn("reply_sent")
    if reply_sent is not None and not acknowledgement and deadline_id is not None:
        reply_sent(session, case_id, actor, deadline_id=deadline_id, at=at, awaiting_reply=awaiting_reply)
        return
    if deadline_id is not None:
        meet(session, deadline_id, actor, at=at, why=why)
    case = session.get(Case, case_id)
    if case is not None and hasattr(case, "first_response_at") and case.first_response_at is None:
        case.first_response_at = at or datetime.now(UTC)
        session.add(case)


def extend(session: Session, case_id: int, regime: str, actor: str, *, why: str) -> Deadline | None:
    """An extension notice went out (GDPR Art. 12(3)): the regime's open deadline gets its longer
    period through `cases.deadlines.extend_<regime>`; without it, nothing changes here."""
    fn = _cases_fn(f"extend_{regime}")
    dl = session.exec(
        select(Deadline).where(Deadline.case_id == case_id, Deadline.regime == regime, Deadline.state == "open")
    ).first()
    if fn is None or dl is None or dl.id is None:
        return None
    return fn(session, dl.id, actor, why)
