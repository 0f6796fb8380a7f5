"""Deadlines: stated in a letter, statutory, internal SLA or set by hand; open, met, missed or waived.

`meet` is what sending a reply calls (the responses stage): a reply meets the deadline it answers.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time
from typing import Any

from sqlmodel import Session, col, select

from cases.config import CasesConfig
from cases.errors import Invalid, NotFound
from cases.lifecycle import set_status
from cases.models import AuditEvent, Case, Deadline, Document
from cases.rulebook import SlaTable
from cases.statutory import Regimes, StatutoryDue, clocks_for, run_clock
from cases.vocab import CaseStatus, DeadlineSource, DeadlineState
from extract.models import Extraction
from extract.time.workdays import add_working_days

log = logging.getLogger(__name__)
SOURCES = tuple(DeadlineSource)
STATES = tuple(DeadlineState)
Src, St = DeadlineSource, DeadlineState


def _audit(session: Session, actor: str, action: str, dl: Deadline, why: str = "", **detail: Any) -> None:
    session.add(AuditEvent(actor=actor, action=action, case_id=dl.case_id, document_id=dl.document_id,
                           why=why, detail={"deadline_id": dl.id, "due": dl.due.isoformat(), **detail}))


# --- made when a document is filed --------------------------------------------------------------

def from_document(
    session: Session, case: Case, doc: Document, extraction: Extraction | None, *, received: date,
    regimes: Regimes, received_at: datetime | None = None,
) -> list[Deadline]:
    """The deadlines a document sets: the one it states, and the statutory clocks it starts."""
    out: list[Deadline] = []
    owner = case.assignee_id
    if extraction and extraction.deadline:
        d = extraction.deadline
        out.append(Deadline(case_id=case.id or 0, document_id=doc.id, due=d.date, source=Src.letter,
                            label="The date the sender demands", basis=d.basis, owner_id=owner))
    if extraction:
        kind = extraction.kind.value if extraction.kind else None
        bases = [b.value for b in extraction.legal_bases]
        country = extraction.sender_country.value if extraction.sender_country else None
        checks = [c for c in extraction.notice_checks if c.regime == "defamation_uk"]
        valid = all(c.present for c in checks) if checks else None
        start = received_at or received
        for c in clocks_for(kind=kind, legal_bases=bases, country=country, received=start, notice_valid=valid,
                            regimes=regimes):
            if c.party != "operator":
                continue  # a window for the complainant, not a deadline anyone here owns
            out.append(_from_clock(case, doc, c, owner))
    for dl in out:
        session.add(dl)
    return out


def _from_clock(case: Case, doc: Document | None, c: StatutoryDue, owner: int | None) -> Deadline:
    return Deadline(case_id=case.id or 0, document_id=doc.id if doc else None, due=c.due, due_at=c.due_at,
                    source=Src.statutory, regime=c.regime, clock=c.clock, label=c.label, basis=c.basis,
                    owner_id=owner)


def first_response_sla(session: Session, case: Case, doc: Document | None, received: date,
                       sla: SlaTable) -> Deadline | None:
    """The internal target for our first answer, unless one is already open on the case."""
    open_sla = session.exec(
        select(Deadline.id).where(Deadline.case_id == case.id, Deadline.source == Src.sla,
                                  Deadline.state == St.open)
    ).first()
    if open_sla:
        return None
    n = sla.days(case.kind, case.priority)
    dl = Deadline(case_id=case.id or 0, document_id=doc.id if doc else None,
                  due=add_working_days(received, n, sla.calendar), source=Src.sla, regime="sla",
                  clock="first_response", label="First response (internal target)",
                  basis=f"internal SLA: {case.kind or 'any kind'}, {case.priority} priority: {n} working days",
                  owner_id=case.assignee_id)
    session.add(dl)
    return dl


# --- changing state -----------------------------------------------------------------------------

def _end_of(day: date) -> datetime:
    return datetime.combine(day, time.max, UTC)


def _deadline(session: Session, deadline_id: int) -> Deadline:
    dl = session.get(Deadline, deadline_id)
    if dl is None:
        raise NotFound(f"no deadline {deadline_id}")
    return dl


def meet(session: Session, deadline_id: int, actor: str, cfg: CasesConfig, *, at: datetime | None = None,
         why: str = "reply sent") -> Deadline:
    """Mark a deadline answered. Late answers are recorded as missed, with when they came."""
    dl = _deadline(session, deadline_id)
    when = at or cfg.clock.now()
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    limit = dl.due_at or _end_of(dl.due)
    if limit.tzinfo is None:
        limit = limit.replace(tzinfo=UTC)
    dl.met_at = when
    dl.state = St.met if when <= limit else St.missed
    session.add(dl)
    _audit(session, actor, f"deadline.{dl.state}", dl, why, at=when.isoformat())
    _restart_following(session, dl, when, actor, cfg.statutory)
    return dl


def _restart_following(session: Session, dl: Deadline, when: datetime, actor: str, regimes: Regimes) -> None:
    """A clock that runs from another (the poster's 5 days from the operator's notice) restarts
    from the moment the first was actually met."""
    if dl.source != Src.statutory or not dl.regime or not dl.clock:
        return
    regime = regimes.get(dl.regime)
    if regime is None:
        log.warning("deadline %s: regime %s is not among the statutory rules; nothing restarted", dl.id, dl.regime)
        return
    for clock in regime.clocks:
        if clock.get("start") != dl.clock:
            continue
        nxt = session.exec(select(Deadline).where(
            Deadline.case_id == dl.case_id, Deadline.regime == dl.regime, Deadline.clock == clock["name"],
            Deadline.state == St.open)).first()
        if nxt is None:
            continue
        c = run_clock(regime, clock, when.date())
        nxt.due, nxt.due_at = c.due, c.due_at
        session.add(nxt)
        _audit(session, actor, "deadline.rescheduled", nxt, f"runs from {dl.clock} met on {when.date()}")


def waive(session: Session, deadline_id: int, actor: str, why: str) -> Deadline:
    dl = _deadline(session, deadline_id)
    dl.state = St.waived
    session.add(dl)
    _audit(session, actor, "deadline.waived", dl, why)
    return dl


def add_manual(session: Session, case: Case, due: date, actor: str, *, label: str = "", why: str = "",
               owner_id: int | None = None) -> Deadline:
    dl = Deadline(case_id=case.id or 0, due=due, source=Src.manual, label=label or "Set by hand",
                  basis=why, owner_id=owner_id or case.assignee_id)
    session.add(dl)
    session.flush()
    _audit(session, actor, "deadline.added", dl, why)
    return dl


def refresh(session: Session, today: date, actor: str = "lexdesk") -> int:
    """Open deadlines whose day has passed become missed; returns how many."""
    rows = session.exec(select(Deadline).where(Deadline.state == St.open, col(Deadline.due) < today)).all()
    for dl in rows:
        dl.state = St.missed
        session.add(dl)
        _audit(session, actor, "deadline.missed", dl, f"not met by {dl.due.isoformat()}")
    return len(rows)


def extend_gdpr(session: Session, deadline_id: int, actor: str, why: str, cfg: CasesConfig) -> Deadline:
    """Art. 12(3): two more months (the data subject must be told, with reasons, within the first)."""
    dl = _deadline(session, deadline_id)
    if dl.regime != "gdpr":
        raise Invalid("only a GDPR deadline can be extended under Art. 12(3)")
    return _recompute_gdpr(session, dl, actor, why, cfg, extended=True, paused_days=dl.paused_days)


def pause_gdpr(session: Session, deadline_id: int, days: int, actor: str, why: str, cfg: CasesConfig) -> Deadline:
    """UK GDPR: the clock stops while the requester's identity is awaited (`days` of waiting)."""
    dl = _deadline(session, deadline_id)
    if dl.regime != "gdpr":
        raise Invalid("only a GDPR deadline pauses for identity")
    return _recompute_gdpr(session, dl, actor, why, cfg, extended=dl.extended, paused_days=dl.paused_days + days)


def _recompute_gdpr(session: Session, dl: Deadline, actor: str, why: str, cfg: CasesConfig, *, extended: bool,
                    paused_days: int) -> Deadline:
    doc = session.get(Document, dl.document_id) if dl.document_id else None
    case = session.get(Case, dl.case_id)
    start = (doc.received if doc and doc.received else None) or (case.opened if case else dl.due)
    regime = cfg.statutory["gdpr"]
    c = run_clock(regime, regime.clock("respond"), start, extended=extended, paused_days=paused_days)
    before = dl.due
    dl.due, dl.basis, dl.extended, dl.paused_days = c.due, c.basis, extended, paused_days
    if dl.state == St.missed and c.due >= cfg.clock.today():
        dl.state = St.open
    session.add(dl)
    _audit(session, actor, "deadline.changed", dl, why, before=before.isoformat())
    return dl


def reply_sent(session: Session, case_id: int, actor: str, cfg: CasesConfig, *, deadline_id: int | None = None,
               at: datetime | None = None, awaiting_reply: bool = True) -> list[Deadline]:
    """A reply went out on the case: it meets the deadline it answers (or, with none named, the
    case's open letter, SLA and statutory-answer deadlines) and the first-response SLA; the case
    waits for the other side (or is responded)."""
    when = at or cfg.clock.now()
    ids: list[int] = []
    if deadline_id is not None:
        ids = [deadline_id]
        ids += [i for i in session.exec(select(Deadline.id).where(
            Deadline.case_id == case_id, Deadline.source == Src.sla, Deadline.state == St.open)).all()
            if i is not None and i not in ids]
    else:
        rows = session.exec(select(Deadline).where(Deadline.case_id == case_id, Deadline.state == St.open)).all()
        answered = {Src.letter, Src.sla}
        ids = [d.id for d in rows if d.id is not None and (
            d.source in answered or (d.source == Src.statutory and d.clock in {"respond", "defective"}))]
    met = [meet(session, i, actor, cfg, at=when) for i in ids]
    case = session.get(Case, case_id)
    if case is not None:
        if case.first_response_at is None:
            case.first_response_at = when
        target = CaseStatus.awaiting_reply if awaiting_reply else CaseStatus.responded
        if case.status != target and case.status != CaseStatus.closed:
            set_status(session, case, target, actor, why="reply sent", at=cfg.clock.now())
        session.add(case)
    return met


def nearest_open(session: Session, case_id: int) -> Deadline | None:
    return session.exec(select(Deadline).where(Deadline.case_id == case_id, Deadline.state == St.open)
                        .order_by(col(Deadline.due))).first()
