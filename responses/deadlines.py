"""The deadline a draft answers, and meeting it when the draft is sent.

`cases` owns deadlines (`cases.deadlines`: late answers are recorded as missed; statutory clocks
in `cases.statutory`); this module only picks which one a draft answers.

A template names what it meets in its front-matter `meets`, most specific first: a deadline
source ("letter", "sla", "statutory"), a regime ("gdpr", "defamation_uk") or "regime:clock"
("defamation_uk:defective").
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime, time

from sqlmodel import Session, col, select

from cases import deadlines as case_deadlines
from cases.config import CasesConfig
from cases.errors import Invalid
from cases.models import AuditEvent, Case, Deadline, Document
from cases.statutory import add_business_hours
from cases.vocab import DeadlineSource, DeadlineState

log = logging.getLogger(__name__)


def _matches(dl: Deadline, token: str) -> bool:
    regime, _, clock = token.partition(":")
    if clock:
        return dl.regime == regime and dl.clock == clock
    return token in (dl.source, dl.regime or "")


def pick_deadline(
    session: Session, case: Case, meets: Sequence[str], documents: Sequence[Document]
) -> Deadline | None:
    """The open deadline this answer meets: the first `meets` token that matches any, one set by the
    answered document before others, the earliest first."""
    if not meets:
        return None
    open_ = session.exec(
        select(Deadline).where(Deadline.case_id == case.id, Deadline.state == DeadlineState.open)
        .order_by(col(Deadline.due))
    ).all()
    ids = {d.id for d in documents}
    for token in meets:
        fits = [d for d in open_ if _matches(d, token)]
        if fits:
            return ([d for d in fits if d.document_id in ids] or fits)[0]
    return None


def ensure_statutory_deadline(
    session: Session, case: Case, document: Document | None, cfg: CasesConfig, *, regime: str, clock: str | None,
    hours: int, basis: str, actor: str,
) -> Deadline:
    """The statutory reply deadline (`regime`, `clock`) of this case, created if filing did not set it."""
    q = select(Deadline).where(Deadline.case_id == case.id, Deadline.regime == regime,
                               Deadline.state == DeadlineState.open)
    if clock:
        q = q.where(Deadline.clock == clock)
    existing = session.exec(q).first()
    if existing:
        return existing
    rules = cfg.statutory.get(regime)
    if rules is None:
        raise Invalid(f"a template names the statutory regime {regime!r}, which the rules do not have")
    start = (document.received if document and document.received else None) or cfg.clock.today()
    due_at = add_business_hours(datetime.combine(start, time(0), UTC), hours, rules)
    dl = Deadline(
        case_id=case.id or 0, document_id=document.id if document else None, due=due_at.date(), due_at=due_at,
        source=DeadlineSource.statutory, regime=regime, clock=clock, basis=basis,
    )
    session.add(dl)
    session.flush()
    session.add(AuditEvent(
        actor=actor, action="deadline.created", case_id=case.id, document_id=dl.document_id,
        why=f"statutory reply period: {basis}", detail={"deadline_id": dl.id, "due": dl.due.isoformat()},
    ))
    return dl


def answered(session: Session, case_id: int, deadline_id: int | None, actor: str, cfg: CasesConfig, *,
             at: datetime | None, awaiting_reply: bool, acknowledgement: bool, why: str) -> None:
    """A draft went out. An acknowledgement meets only its own deadline (the first-response SLA) and
    leaves the case with us; a substantive answer goes through `cases.deadlines.reply_sent`, which
    also meets the SLA and moves the case on."""
    if not acknowledgement and deadline_id is not None:
        case_deadlines.reply_sent(session, case_id, actor, cfg, deadline_id=deadline_id, at=at,
                                  awaiting_reply=awaiting_reply)
        return
    if deadline_id is not None:
        dl = session.get(Deadline, deadline_id)
        if dl is not None and dl.state == DeadlineState.open:
            case_deadlines.meet(session, deadline_id, actor, cfg, at=at, why=why)
    case = session.get(Case, case_id)
    if case is not None and case.first_response_at is None:
        case.first_response_at = at or cfg.clock.now()
        session.add(case)


def answered_own(session: Session, deadline_id: int, actor: str, cfg: CasesConfig, *, at: datetime | None,
                 why: str) -> None:
    """A letter to a third party went out (the notice passed on to the poster): it meets its own
    deadline only (a clock that runs from it starts); the complainant's first response is not it."""
    dl = session.get(Deadline, deadline_id)
    if dl is not None and dl.state == DeadlineState.open:
        case_deadlines.meet(session, deadline_id, actor, cfg, at=at, why=why)


def extend(session: Session, case_id: int, regime: str, actor: str, cfg: CasesConfig, *, why: str
           ) -> Deadline | None:
    """An extension notice went out (GDPR Art. 12(3)): the regime's open deadline gets its longer period."""
    extend_fn = {"gdpr": case_deadlines.extend_gdpr}.get(regime)
    dl = session.exec(
        select(Deadline).where(Deadline.case_id == case_id, Deadline.regime == regime,
                               Deadline.state == DeadlineState.open)
    ).first()
    if extend_fn is None or dl is None or dl.id is None:
        log.info("case %s: no open %s deadline to extend", case_id, regime)
        return None
    return extend_fn(session, dl.id, actor, why, cfg)
