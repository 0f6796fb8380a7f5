"""What the web desk shows that `cases.views` does not yet: the inbox, a document in full with its
evidence, the original's file, the deadlines board by team, the backlog by age, a draft's versions.

Reads only, plain typed rows; the web desk renders them. Kept apart from `cases.views` so the web
desk does not edit the command line's reads while both are being worked on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from cases import views
from cases.config import CasesConfig
from cases.errors import NotFound
from cases.models import Case, Document, DraftVersion, Team, User
from cases.vocab import CaseStatus, DocumentStatus

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
    overdue: list[views.DeadlineRow]
    today: list[views.DeadlineRow]
    week: list[views.DeadlineRow]
    later: list[views.DeadlineRow]
    later_total: int
    owners: list[str]
    teams: list[str]


def board(session: Session, today: date, now: datetime | None = None, *, owner: str | None = None,
          team: str | None = None, later_limit: int = 100) -> Board:
    """Open deadlines as of `today`: overdue first, then today's, this week's, the rest (the
    nearest `later_limit` of them); by owner, or by the owners' team."""
    rows = views.deadlines(session, views.DeadlineQuery(assignee=owner or None), today, now)
    users = session.exec(select(User.username, Team.name).join(Team, col(Team.id) == col(User.team_id))).all()
    team_of = dict(users)
    if team:
        rows = [r for r in rows if r.owner and team_of.get(r.owner) == team]
    week_end = today + timedelta(days=7)
    overdue = [r for r in rows if r.late(today) or r.standing == "passed before receipt"]
    late = {r.id for r in overdue}
    rest = [r for r in rows if r.id not in late]
    later = [r for r in rest if r.due > week_end]
    return Board(overdue=overdue, today=[r for r in rest if r.due <= today],
                 week=[r for r in rest if today < r.due <= week_end], later=later[:later_limit],
                 later_total=len(later),
                 owners=sorted(session.exec(select(User.username).where(User.active == True)).all()),  # noqa: E712
                 teams=sorted(session.exec(select(Team.name)).all()))


# --- the manager's dashboard -----------------------------------------------------------------------

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
