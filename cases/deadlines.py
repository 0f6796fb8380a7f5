"""Deadlines: stated in a letter, statutory, internal SLA or set by hand; open, met, missed or waived.

`meet` is what sending a reply calls (the responses stage): a reply meets the deadline it answers.
`reprioritise` sets a case's priority, which its nearest open deadline raises (filing and corrections).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlmodel import Session, col, select

from cases.config import CasesConfig
from cases.errors import Invalid, NotFound
from cases.lifecycle import priority, set_status
from cases.models import AuditEvent, Case, Deadline, Document
from cases.rulebook import SlaTable
from cases.statutory import Regime, Regimes, StatutoryDue, chases, clocks_for, item_label, request_items, run_clock
from cases.vocab import CaseStatus, DeadlineSource, DeadlineState, Priority
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

@dataclass(frozen=True)
class Reading:
    """What a document says that sets deadlines: from extraction when it is filed, or from its
    stored fields (a person's corrections winning) when a correction re-runs its clocks."""

    kind: str | None = None
    legal_bases: tuple[str, ...] = ()
    country: str | None = None
    deadline: date | None = None
    deadline_basis: str = ""
    notice_valid: bool | None = None  # a defamation notice checked: complete or not; None: not checked
    text: str = ""  # the document's own words (not what it quotes): what it asks for

    @classmethod
    def of_extraction(cls, ex: Extraction, text: str = "") -> Reading:
        checks = [c for c in ex.notice_checks if c.regime == "defamation_uk"]
        return cls(
            kind=ex.kind.value if ex.kind else None, legal_bases=tuple(b.value for b in ex.legal_bases),
            country=ex.sender_country.value if ex.sender_country else None,
            deadline=ex.deadline.date if ex.deadline else None, deadline_basis=ex.deadline.basis if ex.deadline else "",
            notice_valid=all(c.present for c in checks) if checks else None, text=text,
        )

    @classmethod
    def of_document(cls, doc: Document) -> Reading:
        f, ev = doc.fields or {}, doc.evidence or {}
        checks = [c for c in ev.get("notice_checks") or []
                  if isinstance(c, dict) and c.get("regime") == "defamation_uk"]
        country = f.get("sender_country") or (ev.get("sender_country") or {}).get("value")
        due = f.get("deadline")
        return cls(
            kind=f.get("kind") or doc.kind, legal_bases=tuple(f.get("legal_bases") or ()), country=country,
            deadline=date.fromisoformat(due) if isinstance(due, str) and due else None,
            deadline_basis=str(f.get("deadline_basis") or ""),
            notice_valid=all(bool(c.get("present")) for c in checks) if checks else None, text=doc.text or "",
        )


def from_document(
    session: Session, case: Case, doc: Document, reading: Reading | None, *, received: date,
    regimes: Regimes, received_at: datetime | None = None, family: Sequence[int] = (), statutory: bool = True,
    letter: bool = True, actor: str = "lexdesk",
) -> list[Deadline]:
    """The deadlines a document sets: the one it states, and the statutory clocks it starts.

    One request, one clock: a clock the case already runs for the same request (same regime and
    clock, not yet answered) is not started again; the document is a reminder on it, counted and
    audited. A document asking for something that clock does not cover (an objection added to an
    access request) starts a clock of its own for it. `family` holds the ids of the document's
    email and attachments: a letter and its covering email are one request. `statutory` False
    (a document waiting in triage) records the stated date only."""
    out: list[Deadline] = []
    owner = case.assignee_id
    if reading is None:
        return out
    if letter and reading.deadline:
        late = reading.deadline < received
        out.append(Deadline(
            case_id=case.id or 0, document_id=doc.id, due=reading.deadline, source=Src.letter, owner_id=owner,
            label=("The date the sender demanded had passed when the letter reached us: answer promptly" if late
                   else "The date the sender demands"),
            basis=reading.deadline_basis, before_receipt=late))
    if statutory:
        start = received_at or received
        for c in clocks_for(kind=reading.kind, legal_bases=reading.legal_bases, country=reading.country,
                            received=start, notice_valid=reading.notice_valid, regimes=regimes):
            if c.party != "operator":
                continue  # a window for the complainant, not a deadline anyone here owns
            made = _one_request_one_clock(session, case, doc, c, reading.text, regimes[c.regime], family, actor)
            if made is not None:
                made.owner_id = owner
                out.append(made)
    for dl in out:
        session.add(dl)
    return out


def _one_request_one_clock(session: Session, case: Case, doc: Document, c: StatutoryDue, text: str,
                           regime: Regime, family: Sequence[int], actor: str) -> Deadline | None:
    """The clock `c` for `doc`, or None where the case already runs it for the same request."""
    items = request_items(regime, text)
    running = [d for d in session.exec(select(Deadline).where(
        Deadline.case_id == case.id, Deadline.regime == c.regime, Deadline.clock == c.clock,
        col(Deadline.state).in_([St.open, St.missed]), col(Deadline.met_at).is_(None))).all()]
    if not running:
        return _from_clock(case, doc, c, items, regime)
    mine = [d for d in running if d.document_id in family]
    if mine:
        return None  # the covering email and its letter: one request
    covered = {i for d in running for i in d.item.split(",") if i}
    new = tuple(i for i in items if i not in covered)
    # A letter that adds a request (and reads as more than a chaser of an unknown one) is a new item.
    if new and (covered or not chases(regime, text)):
        return _from_clock(case, doc, c, new, regime)
    first = min(running, key=lambda d: (d.due, d.id or 0))
    first.reminders += 1
    session.add(first)
    request = session.get(Document, first.document_id) if first.document_id else None
    top = (session.get(Document, request.parent_id) if request and request.parent_id else request) or None
    if top is not None and top.id != doc.id:
        doc.reminder_of = top.id
        session.add(doc)
    _audit(session, actor, "deadline.reminder", first,
           f"{doc.filename or 'a document'} chases the same request: a reminder on this clock, not a second one",
           reminder_document=doc.id, reminders=first.reminders)
    log.info("%s: %s is a reminder on deadline %s (%s)", case.ref, doc.filename, first.id, c.regime)
    return None


def _from_clock(case: Case, doc: Document | None, c: StatutoryDue, items: Sequence[str] = (),
                regime: Regime | None = None) -> Deadline:
    what = ", ".join(item_label(regime, i) for i in items) if regime else ""
    return Deadline(case_id=case.id or 0, document_id=doc.id if doc else None, due=c.due, due_at=c.due_at,
                    source=Src.statutory, regime=c.regime, clock=c.clock, basis=c.basis, item=",".join(items),
                    label=f"{c.label}: {what}" if what else c.label, owner_id=case.assignee_id)


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


def refresh_sla(session: Session, case: Case, sla: SlaTable) -> date | None:
    """The open first-response target again, for the case's kind and priority as they are now
    (a person corrected the kind, say); returns its new day, or None when there is none open."""
    open_sla = session.exec(select(Deadline).where(Deadline.case_id == case.id, Deadline.source == Src.sla,
                                                   Deadline.state == St.open)).first()
    if open_sla is None:
        return None
    doc = session.get(Document, open_sla.document_id) if open_sla.document_id else None
    start = (doc.received if doc else None) or case.opened
    n = sla.days(case.kind, case.priority)
    due = add_working_days(start, n, sla.calendar)
    if due != open_sla.due:
        open_sla.due = due
        open_sla.basis = f"internal SLA: {case.kind or 'any kind'}, {case.priority} priority: {n} working days"
        session.add(open_sla)
    return due


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
    # A day that had passed before the letter reached us cannot be met on time: answered is met.
    dl.state = St.met if when <= limit or dl.before_receipt else St.missed
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
    if dl.state == St.waived:
        raise Invalid(f"deadline {deadline_id} is already waived")
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


def overdue(dl: Deadline, today: date, now: datetime | None = None) -> bool:
    """Past its day (or its hour, where a rule counts hours and `now` is known) and not answered.
    A day already passed when the letter reached us is not overdue: it is answered promptly."""
    if dl.met_at is not None or dl.before_receipt or dl.state not in (St.open, St.missed):
        return False
    if dl.due_at is not None and now is not None:
        at = dl.due_at if dl.due_at.tzinfo else dl.due_at.replace(tzinfo=UTC)
        return at < now
    return dl.due < today


def due_to_miss(session: Session, today: date, now: datetime | None = None) -> list[Deadline]:
    """Open deadlines whose time has passed: what the scheduled tick marks missed."""
    rows = session.exec(select(Deadline).where(Deadline.state == St.open, col(Deadline.due) <= today)
                        .order_by(col(Deadline.due), col(Deadline.id))).all()
    return [d for d in rows if overdue(d, today, now)]


def refresh(session: Session, today: date, actor: str = "lexdesk", now: datetime | None = None) -> list[Deadline]:
    """Open deadlines whose time has passed become missed (audited); returns them. Only the
    scheduled tick (`lexdesk tick`) calls this: looking at deadlines never changes them."""
    rows = due_to_miss(session, today, now)
    for dl in rows:
        dl.state = St.missed
        session.add(dl)
        _audit(session, actor, "deadline.missed", dl, f"not met by {dl.due_at or dl.due.isoformat()}")
    return rows


def extend_to(session: Session, deadline_id: int, due: date, actor: str, why: str, cfg: CasesConfig) -> Deadline:
    """A deadline moved to a later day by a person (an extension the other side granted, say)."""
    dl = _deadline(session, deadline_id)
    if dl.state in (St.met, St.waived) or dl.met_at is not None:
        raise Invalid(f"deadline {deadline_id} is {dl.state}: there is nothing left to extend")
    if due <= dl.due:
        raise Invalid(f"deadline {deadline_id} is due {dl.due.isoformat()}: an extension is a later day, "
                      f"not {due.isoformat()}")
    before = dl.due
    dl.due, dl.due_at = due, None
    dl.before_receipt = False
    if dl.state == St.missed and due >= cfg.clock.today():
        dl.state = St.open
    dl.basis = f"{dl.basis}; extended to {due.isoformat()}: {why}".lstrip("; ")
    session.add(dl)
    _audit(session, actor, "deadline.extended", dl, why, before=before.isoformat())
    return dl


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
    """The case's nearest open deadline that someone else set (the letter, a statute, a person):
    not our own first-response target, which follows from the priority this is for (counting it
    would make a case urgent because it was urgent), nor a day passed before receipt (not a clock
    running: it would make every such letter urgent)."""
    return session.exec(select(Deadline).where(Deadline.case_id == case_id, Deadline.state == St.open,
                                               Deadline.source != Src.sla, col(Deadline.before_receipt).is_(False))
                        .order_by(col(Deadline.due))).first()


# --- the case's priority, which its nearest open deadline raises ------------------------------

def reprioritise(session: Session, case: Case, cfg: CasesConfig, *, texts: Sequence[str] | None = None,
                 only_raise: bool = False) -> None:
    """The case's priority from its kind, its nearest open deadline and the consequences its
    documents state (`texts`: default, every document of the case). `only_raise`: a new document
    may raise a case's priority, never lower what a person or an earlier letter set."""
    if texts is None:
        texts = [d.text for d in session.exec(select(Document).where(Document.case_id == case.id)).all()]
    nearest = nearest_open(session, case.id or 0)
    late = session.exec(select(Deadline.id).where(
        Deadline.case_id == case.id, Deadline.state == DeadlineState.open,
        col(Deadline.before_receipt).is_(True))).first()
    level, why = priority(case.kind, nearest_due=nearest.due if nearest else None, today=cfg.clock.today(),
                          texts=texts, rules=cfg.priority, passed_before_receipt=late is not None)
    if not only_raise or _rank(level) > _rank(case.priority):
        case.priority, case.why_priority = Priority(level), why
        session.add(case)


def _rank(level: str) -> int:
    order = tuple(Priority)
    return order.index(Priority(level)) if level in order else 1
