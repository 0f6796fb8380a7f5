"""What the web desk shows that `cases.views` does not yet: the inbox, a document in full with its
evidence, the original's file, the deadlines board by team, the backlog by age, a draft's versions.

Reads only, plain typed rows; the web desk renders them. Kept apart from `cases.views` so the web
desk does not edit the command line's reads while both are being worked on.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from cases import views
from cases.config import CasesConfig
from cases.errors import NotFound
from cases.models import Case, Deadline, Document, DraftVersion, Team, User
from cases.report import BEFORE_RECEIPT, Report, Workload, sla_by_team
from cases.vocab import CaseStatus, DeadlineSource, DeadlineState, DocumentStatus

# --- the inbox -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewDocument:
    id: int
    file: str
    kind: str | None
    received: date | None
    case_ref: str | None
    status: DocumentStatus
    triage: str | None
    filed_at: datetime


@dataclass(frozen=True)
class UnassignedCase:
    ref: str
    title: str
    kind: str | None
    status: CaseStatus
    opened: date


def new_documents(session: Session, limit: int = 50) -> list[NewDocument]:
    """The latest top-level documents filed, newest first."""
    rows = session.exec(select(Document, Case.ref).join(Case, col(Case.id) == col(Document.case_id), isouter=True)
                        .where(col(Document.parent_id).is_(None))
                        .order_by(col(Document.id).desc()).limit(limit)).all()
    return [NewDocument(id=d.id or 0, file=d.filename or "-", kind=(d.fields or {}).get("kind") or d.kind,
                        received=d.received, case_ref=ref, status=d.status, triage=d.triage, filed_at=d.created_at)
            for d, ref in rows]


def unassigned_cases(session: Session, limit: int = 100) -> list[UnassignedCase]:
    """Open cases nobody works on yet, oldest first."""
    rows = session.exec(select(Case).where(col(Case.assignee_id).is_(None), Case.status != CaseStatus.closed)
                        .order_by(col(Case.opened), col(Case.id)).limit(limit)).all()
    return [UnassignedCase(ref=c.ref, title=c.title, kind=c.kind, status=c.status, opened=c.opened) for c in rows]


# --- cases, a page at a time ----------------------------------------------------------------------

@dataclass(frozen=True)
class CasePage:
    rows: list[views.CaseRow]
    total: int
    offset: int
    limit: int


def case_page(session: Session, flt: views.CaseFilter, *, offset: int = 0, limit: int = 100) -> CasePage:
    """`views.list_cases` a page at a time (newest first, the same filter), with the whole count:
    the documents are counted for the cases shown only."""
    q = views.filtered_cases(flt)
    total = int(session.exec(select(func.count()).select_from(q.subquery())).one())
    offset, limit = max(0, offset), max(1, min(limit, 500))
    cases = session.exec(q.order_by(col(Case.year).desc(), col(Case.number).desc()).offset(offset).limit(limit)).all()
    ids = [c.id for c in cases]
    counts = dict(session.exec(select(col(Document.case_id), func.count(col(Document.id)))
                               .where(col(Document.case_id).in_(ids), col(Document.parent_id).is_(None))
                               .group_by(col(Document.case_id))).all())
    users = dict(session.exec(select(User.id, User.username)).all())
    rows = [views.CaseRow(ref=c.ref, status=c.status, priority=c.priority, kind=c.kind,
                          documents=counts.get(c.id, 0), assignee=users.get(c.assignee_id), title=c.title)
            for c in cases]
    return CasePage(rows=rows, total=total, offset=offset, limit=limit)


# --- a document in full ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Span:
    """Where a value was read: in the document's text (start, end) or in an email header."""

    key: str  # the field and, for a list, the item's index: "deadline", "cited_review_ids.0"
    field: str
    value: str
    start: int
    end: int
    snippet: str
    source: str  # "text" or "header:<name>"
    confidence: float | None
    why: str
    found: bool  # the span lies where it says in the text (else only the snippet is shown)


@dataclass(frozen=True)
class NoticeItem:
    regime: str
    item: str
    label: str
    present: bool
    span_key: str | None


@dataclass(frozen=True)
class DocumentDetail:
    row: views.DocumentRow
    case_ref: str | None
    media_type: str
    size: int
    subject: str | None
    from_addr: str | None
    language: str | None
    text: str  # the text the evidence spans point into (new message, then quoted ones)
    fields: dict[str, Any]
    spans: list[Span] = field(default_factory=list)
    notice: list[NoticeItem] = field(default_factory=list)
    corrections: dict[str, Any] = field(default_factory=dict)  # field -> value, machine's, by, at, why
    parent_id: int | None = None
    children: list[views.DocumentRow] = field(default_factory=list)


def _span(key: str, name: str, value: Any, ev: dict[str, Any] | None, text: str, *, confidence: Any = None,
          why: str = "") -> Span | None:
    if not ev:
        return None
    start, end = int(ev.get("start", 0)), int(ev.get("end", 0))
    snippet, source = str(ev.get("snippet", "")), str(ev.get("source", "text"))
    found = source == "text" and 0 <= start < end <= len(text) and text[start:end] == snippet
    if source == "text" and not found and snippet:
        # the text was stored a little differently from the one read (line ends): the snippet itself
        at = text.find(snippet)
        if at >= 0:
            start, end, found = at, at + len(snippet), True
    return Span(key=key, field=name, value=str(value), start=start, end=end, snippet=snippet, source=source,
                confidence=float(confidence) if isinstance(confidence, int | float) else None, why=why, found=found)


def _spans(evidence: dict[str, Any], text: str) -> tuple[list[Span], list[NoticeItem]]:
    spans: list[Span] = []
    notice: list[NoticeItem] = []
    for name, entry in evidence.items():
        if name == "notice_checks":
            for i, c in enumerate(entry or []):
                key = f"notice.{i}"
                s = _span(key, "notice", c.get("label") or c.get("item"), c.get("evidence"), text)
                if s:
                    spans.append(s)
                notice.append(NoticeItem(regime=str(c.get("regime", "")), item=str(c.get("item", "")),
                                         label=str(c.get("label") or c.get("item") or ""),
                                         present=bool(c.get("present")), span_key=key if s else None))
            continue
        items = entry if isinstance(entry, list) else [entry]
        for i, it in enumerate(items):
            if not isinstance(it, dict):
                continue
            key = f"{name}.{i}" if isinstance(entry, list) else name
            s = _span(key, name, it.get("value"), it.get("evidence"), text, confidence=it.get("confidence"),
                      why=str(it.get("why") or it.get("basis") or it.get("rule") or ""))
            if s:
                spans.append(s)
    return spans, notice


def document_detail(session: Session, document_id: int) -> DocumentDetail:
    d = session.get(Document, document_id)
    if d is None:
        raise NotFound(f"no document {document_id}")
    case = session.get(Case, d.case_id) if d.case_id else None
    text = f"{d.text}\n\n{d.quoted}" if d.quoted and d.text else (d.text or d.quoted or "")
    spans, notice = _spans(d.evidence or {}, text)
    kids = session.exec(select(Document).where(Document.parent_id == d.id).order_by(col(Document.id))).all()
    return DocumentDetail(
        row=views.document_row(d), case_ref=case.ref if case else None, media_type=d.media_type, size=d.size,
        subject=d.subject, from_addr=d.from_addr, language=d.language, text=text, fields=dict(d.fields or {}),
        spans=spans, notice=notice, corrections=dict(d.corrections or {}), parent_id=d.parent_id,
        children=[views.document_row(k) for k in kids],
    )


@dataclass(frozen=True)
class Original:
    path: Path
    filename: str
    media_type: str


def original(session: Session, document_id: int, cfg: CasesConfig) -> Original:
    """Where a document's kept original is (an attachment's own bytes, where kept apart)."""
    d = session.get(Document, document_id)
    if d is None:
        raise NotFound(f"no document {document_id}")
    path = cfg.originals / d.original
    if not path.is_file():
        raise NotFound(f"the original of document {document_id} is not in {cfg.originals}")
    return Original(path=path, filename=d.part or d.filename or f"document-{document_id}", media_type=d.media_type)


# --- the deadlines board ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Board:
    overdue: list[views.DeadlineRow]  # and those whose day had passed when the letter reached us
    today: list[views.DeadlineRow]
    week: list[views.DeadlineRow]
    later: list[views.DeadlineRow]
    overdue_total: int
    week_total: int
    later_total: int
    owners: list[str]
    teams: list[str]


def board(session: Session, today: date, now: datetime | None = None, *, owner: str | None = None,
          team: str | None = None, limit: int = 200) -> Board:
    """What is still to be answered as of `today` (the rows of `views.deadlines`), by section:
    overdue first, then today's, this week's and the rest; by owner (or the case's assignee),
    or by the owners' team. Each section is read with its own limit (the nearest first) and
    counted whole, so a desk with thousands of deadlines shows its board at once."""
    users = session.exec(select(User)).all()
    names = {u.id: u.username for u in users}
    q = (select(Deadline, Case).join(Case, col(Case.id) == col(Deadline.case_id))
         .where(col(Deadline.state).in_([DeadlineState.open, DeadlineState.missed]), col(Deadline.met_at).is_(None)))
    if owner:
        uid = next((u.id for u in users if u.username == owner), -1)
        q = q.where((col(Deadline.owner_id) == uid) | (col(Case.assignee_id) == uid))
    if team:
        t = session.exec(select(Team).where(Team.name == team)).first()
        members = [u.id for u in users if t is not None and u.team_id == t.id]
        q = q.where(func.coalesce(col(Deadline.owner_id), col(Case.assignee_id)).in_(members))
    week_end = today + timedelta(days=7)

    def rows(*where: Any, n: int = limit) -> list[views.DeadlineRow]:
        got = session.exec(q.where(*where).order_by(col(Deadline.due), col(Deadline.id)).limit(n)).all()
        return [views.deadline_row(d, c, names.get(d.owner_id or c.assignee_id), today, now) for d, c in got]

    def count(*where: Any) -> int:
        return int(session.exec(select(func.count()).select_from(q.where(*where).subquery())).one())

    past = rows(col(Deadline.due) < today)
    due_today = rows(col(Deadline.due) == today)
    late_today = [r for r in due_today if r.overdue]  # past its hour already
    overdue = [*past, *late_today]
    overdue.sort(key=lambda r: (r.standing != "overdue", r.due, r.id))
    return Board(
        overdue=overdue, today=[r for r in due_today if not r.overdue],
        week=rows(col(Deadline.due) > today, col(Deadline.due) <= week_end),
        later=rows(col(Deadline.due) > week_end, n=limit // 2),  # the far future matters least
        overdue_total=count(col(Deadline.due) < today) + len(late_today),
        week_total=count(col(Deadline.due) > today, col(Deadline.due) <= week_end),
        later_total=count(col(Deadline.due) > week_end),
        owners=sorted(u.username for u in users if u.active),
        teams=sorted(session.exec(select(Team.name)).all()),
    )


# --- the manager's dashboard -----------------------------------------------------------------------

def report(session: Session, today: date, since: date | None = None) -> Report:
    """The manager's report of `cases.report.build` (the same rows, by the same rules), counted
    by the database in a handful of grouped queries instead of loading every case and deadline:
    the dashboard of a desk with tens of thousands of them renders at once.
    tests/web/test_web_views.py holds the two equal."""
    r = Report(since=since)
    teams = {t.id: t for t in session.exec(select(Team)).all()}
    users = {u.id: u for u in session.exec(select(User)).all()}
    still_open = Case.status != CaseStatus.closed

    by_kind: Counter[str] = Counter()
    by_status: Counter[str] = Counter()
    by_team: Counter[str] = Counter()
    for kind, status, team_id, n in session.exec(
            select(col(Case.kind), col(Case.status), col(Case.team_id), func.count(col(Case.id))).where(still_open)
            .group_by(col(Case.kind), col(Case.status), col(Case.team_id))).all():
        by_kind[kind or "unknown"] += n
        by_status[status] += n
        by_team[teams[team_id].name if team_id in teams else "unassigned"] += n
    r.backlog_by_kind, r.backlog_by_status, r.backlog_by_team = dict(by_kind), dict(by_status), dict(by_team)

    past = col(Deadline.due) < today
    # six columns: SQLAlchemy's own select (SQLModel's typed one stops at four)
    q = (sa_select(col(Deadline.state), col(Deadline.before_receipt), past, col(Deadline.source), col(Case.team_id),
                   func.count(col(Deadline.id)))
         .join(Case, col(Case.id) == col(Deadline.case_id))
         .group_by(col(Deadline.state), col(Deadline.before_receipt), past, col(Deadline.source), col(Case.team_id)))
    if since:
        q = q.where(col(Deadline.due) >= since)
    r.deadlines = {str(s): 0 for s in (DeadlineState.met, DeadlineState.missed, DeadlineState.open,
                                       DeadlineState.waived)}
    r.deadlines[BEFORE_RECEIPT] = 0
    by_source: dict[str, Counter[str]] = defaultdict(Counter)
    sla: dict[int | None, Counter[str]] = defaultdict(Counter)
    for raw_state, before_receipt, is_past, source, team_id, n in session.execute(q).all():
        state = str(raw_state)
        if before_receipt and state != DeadlineState.waived:
            state = BEFORE_RECEIPT
        elif state == DeadlineState.open and is_past:
            state = DeadlineState.missed.value
        r.deadlines[state] = r.deadlines.get(state, 0) + n
        by_source[str(source)][state] += n
        if source == DeadlineSource.sla:
            sla[team_id][state] += n
    r.deadlines_by_source = {k: dict(v) for k, v in by_source.items()}
    r.sla_by_team = sla_by_team(sla, teams)

    answered = select(col(Case.first_response_at), col(Case.opened)).where(col(Case.first_response_at).is_not(None))
    if since:
        answered = answered.where(col(Case.opened) >= since)
    hours = []
    for at, opened in session.exec(answered).all():
        if at is None:
            continue
        at = at if at.tzinfo else at.replace(tzinfo=UTC)
        hours.append(max(0.0, (at - datetime.combine(opened, time(0), UTC)).total_seconds() / 3600))
    r.first_responses = len(hours)
    r.median_first_response_hours = statistics.median(hours) if hours else None

    cases_per = dict(session.exec(select(col(Case.assignee_id), func.count(col(Case.id)))
                                  .where(still_open, col(Case.assignee_id).is_not(None))
                                  .group_by(col(Case.assignee_id))).all())
    dl_per = dict(session.exec(select(col(Deadline.owner_id), func.count(col(Deadline.id)))
                               .where(Deadline.state == DeadlineState.open, col(Deadline.owner_id).is_not(None))
                               .group_by(col(Deadline.owner_id))).all())
    for uid, u in sorted(users.items(), key=lambda kv: kv[1].username):
        if not u.active and not cases_per.get(uid):
            continue
        team = teams.get(u.team_id) if u.team_id else None
        r.workload.append(Workload(person=u.username, team=team.name if team else None,
                                   vendor=bool(team and team.vendor), open_cases=cases_per.get(uid, 0),
                                   open_deadlines=dl_per.get(uid, 0)))
    return r


AGES = ((7, "up to a week"), (30, "up to a month"), (90, "up to 3 months"), (None, "older"))


@dataclass(frozen=True)
class AgeRow:
    kind: str
    counts: tuple[int, ...]  # one per AGES bucket


def backlog_by_age(session: Session, today: date) -> list[AgeRow]:
    """Open cases by kind and by how long they have been open."""
    rows = session.exec(select(col(Case.kind), col(Case.opened), func.count(col(Case.id)))
                        .where(Case.status != CaseStatus.closed).group_by(col(Case.kind), col(Case.opened))).all()
    per: dict[str, Counter[int]] = {}
    for kind, opened, n in rows:
        age = (today - opened).days
        bucket = next(i for i, (limit, _) in enumerate(AGES) if limit is None or age <= limit)
        per.setdefault(kind or "unknown", Counter())[bucket] += n
    return [AgeRow(kind=k, counts=tuple(c[i] for i in range(len(AGES)))) for k, c in sorted(per.items())]


# --- a draft's versions ----------------------------------------------------------------------------

@dataclass(frozen=True)
class VersionText:
    version: int
    author: str
    created_at: datetime
    text: str


def draft_versions(session: Session, draft_id: int) -> list[VersionText]:
    rows = session.exec(select(DraftVersion).where(DraftVersion.draft_id == draft_id)
                        .order_by(col(DraftVersion.version))).all()
    return [VersionText(v.version, v.author, v.created_at, v.text) for v in rows]
