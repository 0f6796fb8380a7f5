"""What the desk shows: cases, a case in full, deadlines, suggestions, the report, the export.

Every function reads (none changes anything) and returns plain typed rows that a door prints or
renders as it likes: the command line's tables, the web desk's pages, an iCalendar file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, or_, select
from sqlmodel.sql.expression import SelectOfScalar

from cases.deadlines import overdue as is_overdue
from cases.find import case_by_ref
from cases.models import AuditEvent, Case, CitedItem, Deadline, Document, LinkSuggestion, Party, User
from cases.report import Report, build
from cases.vocab import (
    CaseStatus,
    CitedKind,
    DeadlineState,
    DocumentStatus,
    Priority,
    ReceivedFrom,
    SuggestionState,
)
from extract import Extraction


def _usernames(session: Session) -> dict[int | None, str]:
    return {u.id: u.username for u in session.exec(select(User)).all()}


# --- cases -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseFilter:
    status: CaseStatus | None = None  # only this status (closed ones too, if asked)
    include_closed: bool = False
    text: str | None = None  # in the reference, the title or a party's name


@dataclass(frozen=True)
class CaseRow:
    ref: str
    status: CaseStatus
    priority: Priority
    kind: str | None
    documents: int  # top-level documents (an email with attachments counts once)
    assignee: str | None
    title: str


def filtered_cases(flt: CaseFilter) -> SelectOfScalar[Case]:
    """The query for the cases a filter keeps: by status (closed ones only when asked), and by a
    text found in the ref, the title or a party's name."""
    q = select(Case)
    if flt.status:
        q = q.where(Case.status == flt.status)
    elif not flt.include_closed:
        q = q.where(Case.status != CaseStatus.closed)
    if flt.text and flt.text.strip():
        like = f"%{flt.text.strip()}%"
        named = select(Party.case_id).where(col(Party.name).ilike(like))
        q = q.where(or_(col(Case.ref).ilike(like), col(Case.title).ilike(like), col(Case.id).in_(named)))
    return q


def list_cases(session: Session, flt: CaseFilter | None = None) -> list[CaseRow]:
    """Cases, newest first."""
    q = filtered_cases(flt or CaseFilter()).order_by(col(Case.year).desc(), col(Case.number).desc())
    users = _usernames(session)
    counts: dict[int, int] = {}
    for cid in session.exec(select(Document.case_id).where(col(Document.parent_id).is_(None))).all():
        if cid:
            counts[cid] = counts.get(cid, 0) + 1
    return [
        CaseRow(ref=c.ref, status=c.status, priority=c.priority, kind=c.kind, documents=counts.get(c.id or 0, 0),
                assignee=users.get(c.assignee_id), title=c.title)
        for c in session.exec(q).all()
    ]


@dataclass(frozen=True)
class PartyRow:
    name: str
    role: str


@dataclass(frozen=True)
class DocumentRow:
    id: int
    received: date | None
    filename: str | None
    part: str | None
    kind: str | None
    status: DocumentStatus
    linked_by: str  # the linking outcome, score and the signals that counted
    received_from: str | None = None  # which date `received` is (ReceivedFrom)
    letter_date: date | None = None  # the letter's own date (an email's: the day it was sent)
    triage: str | None = None  # why it waits for a person
    reminder_of: int | None = None  # the request it chases
    ocr_confidence: float | None = None
    corrected: tuple[str, ...] = ()  # fields a person corrected
    error: str | None = None

    @property
    def file(self) -> str:
        return (self.filename or "") + (f" / {self.part}" if self.part else "")

    @property
    def received_label(self) -> str:
        """The received date and where it came from: "2026-11-02 (its Date header)"."""
        if self.received is None:
            return "-"
        source = ReceivedFrom(self.received_from).label if self.received_from in set(ReceivedFrom) else None
        return f"{self.received.isoformat()} ({source})" if source else self.received.isoformat()


@dataclass(frozen=True)
class CitedRow:
    document_id: int
    kind: str
    value: str
    confidence: float | None  # the OCR confidence of the page it was read on
    uncertain: bool  # read by OCR below the floor, or nearly an id but not one: a person checks it


@dataclass(frozen=True)
class DeadlineRow:
    id: int
    case_ref: str
    case_title: str
    due: date
    due_at: datetime | None  # where a rule counts hours
    source: str
    regime: str | None
    clock: str | None
    state: DeadlineState
    owner: str | None
    label: str
    basis: str
    overdue: bool = False  # past its day and not answered, as of the day the rows were read for
    before_receipt: bool = False  # the day had passed when the letter reached us: answer promptly
    answered: bool = False  # a reply went out (on time: met; late: missed)
    reminders: int = 0  # chasers received on the same request
    document_id: int | None = None

    @property
    def what(self) -> str:
        return self.label or self.basis

    @property
    def standing(self) -> str:
        """What a person must know first: overdue, passed before receipt, or its state."""
        if self.overdue:
            return "overdue"
        if self.before_receipt and not self.answered and self.state == DeadlineState.open:
            return "passed before receipt"
        return str(self.state)

    def late(self, today: date) -> bool:
        """Past its day and not answered (the rows' own `overdue` is as of the day they were read for)."""
        return self.overdue or (self.state in (DeadlineState.open, DeadlineState.missed) and not self.answered
                                and not self.before_receipt and self.due < today)


@dataclass(frozen=True)
class SuggestionRow:
    id: int
    document_id: int
    document_file: str | None
    now_in: str | None  # the case the document is filed to
    may_belong_to: str | None  # the case suggested
    score: float
    signals: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class EventRow:
    at: datetime
    actor: str
    action: str
    why: str


@dataclass(frozen=True)
class CaseDetail:
    ref: str
    title: str
    status: CaseStatus
    priority: Priority
    why_priority: str
    kind: str | None
    opened: date
    assignee: str | None
    imported: bool
    parties: list[PartyRow] = field(default_factory=list)
    documents: list[DocumentRow] = field(default_factory=list)
    deadlines: list[DeadlineRow] = field(default_factory=list)
    suggestions: list[SuggestionRow] = field(default_factory=list)  # pending, to or from this case
    events: list[EventRow] = field(default_factory=list)
    cited: list[CitedRow] = field(default_factory=list)


def _linked_by(link: dict[str, Any]) -> str:
    sigs = ", ".join(f"{s['signal']}" for s in link.get("signals", []) if s.get("weight", 0) > 0)
    return f"{link.get('outcome', '-')} {link.get('score', '')} {sigs}".strip()


def deadline_row(d: Deadline, c: Case, owner: str | None, today: date | None, now: datetime | None = None
                  ) -> DeadlineRow:
    return DeadlineRow(id=d.id or 0, case_ref=c.ref, case_title=c.title, due=d.due, due_at=d.due_at,
                       source=d.source, regime=d.regime, clock=d.clock, state=d.state, owner=owner,
                       label=d.label, basis=d.basis, overdue=today is not None and is_overdue(d, today, now),
                       before_receipt=d.before_receipt, answered=d.met_at is not None, reminders=d.reminders,
                       document_id=d.document_id)


def _board_order(rows: list[DeadlineRow]) -> list[DeadlineRow]:
    """Overdue first, then days passed before receipt (answer promptly), then the rest; each by day."""
    rank = {"overdue": 0, "passed before receipt": 1}
    return sorted(rows, key=lambda r: (rank.get(r.standing, 2), r.due, r.due_at or datetime.min.replace(tzinfo=UTC),
                                       r.id))


def _suggestion_row(session: Session, sg: LinkSuggestion) -> SuggestionRow:
    doc = session.get(Document, sg.document_id)
    now = session.get(Case, doc.case_id) if doc and doc.case_id else None
    target = session.get(Case, sg.case_id)
    return SuggestionRow(
        id=sg.id or 0, document_id=sg.document_id, document_file=doc.filename if doc else None,
        now_in=now.ref if now else None, may_belong_to=target.ref if target else None, score=sg.score,
        signals=tuple((str(x["signal"]), float(x["weight"])) for x in sg.signals.get("signals", [])),
    )


def document_row(d: Document) -> DocumentRow:
    return DocumentRow(id=d.id or 0, received=d.received, filename=d.filename, part=d.part,
                       kind=(d.fields or {}).get("kind") or d.kind, status=d.status,
                       linked_by=_linked_by(d.link or {}), received_from=d.received_from,
                       letter_date=d.letter_date or (d.sent_at.date() if d.sent_at else None), triage=d.triage,
                       reminder_of=d.reminder_of, ocr_confidence=d.ocr_confidence,
                       corrected=tuple(sorted(d.corrections or {})), error=d.error)


def show_case(session: Session, ref: str, today: date | None = None, *, id_floor: float = 75.0) -> CaseDetail:
    """One case: parties, documents (with why they were filed here), deadlines (overdue first as of
    `today`), suggestions, history."""
    c = case_by_ref(session, ref)
    users = _usernames(session)
    parties = session.exec(select(Party).where(Party.case_id == c.id)).all()
    docs = session.exec(select(Document).where(Document.case_id == c.id).order_by(col(Document.id))).all()
    dls = session.exec(select(Deadline).where(Deadline.case_id == c.id).order_by(col(Deadline.due))).all()
    sugg = session.exec(select(LinkSuggestion).where(
        (col(LinkSuggestion.case_id) == c.id) | col(LinkSuggestion.document_id).in_([d.id for d in docs]),
        LinkSuggestion.state == SuggestionState.pending)).all()
    events = session.exec(select(AuditEvent).where(AuditEvent.case_id == c.id).order_by(col(AuditEvent.at))).all()
    cited = session.exec(select(CitedItem).where(CitedItem.case_id == c.id).order_by(col(CitedItem.id))).all()
    return CaseDetail(
        ref=c.ref, title=c.title, status=c.status, priority=c.priority, why_priority=c.why_priority, kind=c.kind,
        opened=c.opened, assignee=users.get(c.assignee_id), imported=c.imported,
        parties=[PartyRow(p.name, p.role) for p in parties],
        documents=[document_row(d) for d in docs],
        cited=[CitedRow(document_id=x.document_id, kind=str(x.kind), value=x.value, confidence=x.confidence,
                        uncertain=x.kind == CitedKind.unreadable_id
                        or (x.confidence is not None and x.confidence < id_floor))
               for x in cited],
        deadlines=_board_order([deadline_row(x, c, users.get(x.owner_id or c.assignee_id), today) for x in dls]),
        suggestions=[_suggestion_row(session, sg) for sg in sugg],
        events=[EventRow(e.at, e.actor, e.action, e.why) for e in events],
    )


def pending_suggestions(session: Session) -> list[SuggestionRow]:
    """Weak or ambiguous links waiting for a person."""
    rows = session.exec(select(LinkSuggestion).where(LinkSuggestion.state == SuggestionState.pending)
                        .order_by(col(LinkSuggestion.id))).all()
    return [_suggestion_row(session, sg) for sg in rows]


# --- deadlines -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DeadlineQuery:
    overdue: bool = False  # only those past their day and not answered
    within: timedelta | None = None  # only those due within this period (overdue ones included)
    assignee: str | None = None  # only this person's (as owner, or as the case's assignee)
    include_closed: bool = False  # met, waived and answered ones too


def deadlines(session: Session, query: DeadlineQuery, today: date, now: datetime | None = None) -> list[DeadlineRow]:
    """The deadlines board as of `today` (`now` too, where a rule counts hours): what is still to
    be answered — open, or missed and not answered yet — overdue first, in red where it is shown.
    Reading it changes nothing (the scheduled tick marks missed ones; `lexdesk tick`)."""
    q = select(Deadline, Case).join(Case, col(Case.id) == col(Deadline.case_id))
    if not query.include_closed:
        q = q.where(col(Deadline.state).in_([DeadlineState.open, DeadlineState.missed]),
                    col(Deadline.met_at).is_(None))
    if query.within is not None:
        q = q.where(col(Deadline.due) <= today + query.within)
    users = _usernames(session)
    if query.assignee:
        uid = next((i for i, n in users.items() if n == query.assignee), -1)
        q = q.where((col(Deadline.owner_id) == uid) | (col(Case.assignee_id) == uid))
    rows = [deadline_row(d, c, users.get(d.owner_id or c.assignee_id), today, now) for d, c in session.exec(q).all()]
    if query.overdue:
        rows = [r for r in rows if r.overdue]
    return _board_order(rows)


# --- triage ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TriageRow:
    document_id: int
    case_ref: str | None
    case_status: CaseStatus | None
    received: date | None
    file: str
    reasons: str
    kind: str | None  # the machine's best guess


def triage_queue(session: Session) -> list[TriageRow]:
    """Documents waiting for a person before they count as work, oldest first."""
    rows = session.exec(select(Document).where(col(Document.triage).is_not(None))
                        .order_by(col(Document.received), col(Document.id))).all()
    cases = {c.id: c for c in session.exec(select(Case).where(col(Case.id).in_({d.case_id for d in rows}))).all()}
    return [TriageRow(document_id=d.id or 0, case_ref=cases[d.case_id].ref if d.case_id in cases else None,
                      case_status=cases[d.case_id].status if d.case_id in cases else None, received=d.received,
                      file=(d.filename or "") + (f" / {d.part}" if d.part else ""), reasons=d.triage or "",
                      kind=(d.fields or {}).get("kind") or d.kind) for d in rows]


# --- the manager's report --------------------------------------------------------------------------

def report(session: Session, today: date, since: date | None = None) -> Report:
    """Backlog, deadlines met vs missed, SLA per team, first response, workload."""
    return build(session, since=since, today=today)


# --- export ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExportRow:
    """One document with its fields and the ref of its case (the corpus gold's keys)."""

    file: str | None
    part: str | None
    fields: dict[str, Any]
    received: date | None
    status: DocumentStatus
    error: str | None
    case: str | None
    evidence: dict[str, Any]
    received_from: str | None = None
    triage: str | None = None
    corrected: tuple[str, ...] = ()  # fields whose value a person gave

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file, "part": self.part, **self.fields,
            "received": self.received.isoformat() if self.received else None, "received_from": self.received_from,
            "status": str(self.status), "error": self.error, "case": self.case, "triage": self.triage,
            "corrected": list(self.corrected), "evidence": self.evidence,
        }


def export_rows(session: Session) -> Iterator[ExportRow]:
    """Every document in the order it was filed."""
    refs = dict(session.exec(select(Case.id, Case.ref)).all())
    docs = session.exec(select(Document).order_by(col(Document.id))).all()
    files = {d.id: d.filename for d in docs}
    empty = Extraction().fields()
    for d in docs:
        yield ExportRow(
            file=files.get(d.parent_id, d.filename) if d.parent_id else d.filename,
            part=d.part,
            fields={**empty, **{k: v for k, v in (d.fields or {}).items() if k in empty}},
            received=d.received, status=d.status, error=d.error, case=refs.get(d.case_id),
            evidence=d.evidence or {}, received_from=d.received_from, triage=d.triage,
            corrected=tuple(sorted(d.corrections or {})),
        )
