"""A case's life: its status, its priority and who works on it."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from cases.errors import Invalid
from cases.models import AuditEvent, Case, Team, User
from cases.rulebook import PriorityRules
from cases.vocab import CaseStatus

log = logging.getLogger(__name__)

STATUSES = tuple(CaseStatus)
S = CaseStatus
# new → open → awaiting reply / responded → closed; a document arriving reopens
TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    S.new: frozenset({S.triage, S.open, S.awaiting_reply, S.responded, S.closed}),
    S.triage: frozenset({S.new, S.open, S.awaiting_reply, S.responded, S.closed}),
    S.open: frozenset({S.awaiting_reply, S.responded, S.closed}),
    S.awaiting_reply: frozenset({S.open, S.responded, S.closed}),
    S.responded: frozenset({S.open, S.awaiting_reply, S.closed}),
    S.closed: frozenset({S.open}),
}


class TransitionError(Invalid):
    """A status the case cannot move to from where it is (or no status at all)."""


def parse_status(status: str) -> CaseStatus:
    try:
        return CaseStatus(status)
    except ValueError:
        raise TransitionError(f"unknown status {status!r} (one of {', '.join(STATUSES)})") from None


def set_status(session: Session, case: Case, status: str, actor: str, why: str = "", *,
               at: datetime) -> Case:
    new = parse_status(status)
    if new == case.status:
        return case
    if new not in TRANSITIONS[CaseStatus(case.status)]:
        raise TransitionError(f"{case.ref}: cannot go from {case.status} to {new}")
    before = case.status
    case.status = new
    case.updated_at = at
    case.closed_at = at if new == S.closed else None
    session.add(case)
    session.add(AuditEvent(actor=actor, action="case.status", case_id=case.id, why=why,
                           detail={"from": str(before), "to": str(new)}))
    return case


def document_arrived(session: Session, case: Case, actor: str, *, at: datetime) -> None:
    """New correspondence on a case waiting or done puts it back on someone's desk."""
    if case.status in {S.awaiting_reply, S.responded, S.closed}:
        set_status(session, case, S.open, actor, why="new document arrived", at=at)


# --- priority ---------------------------------------------------------------------------------

def priority(kind: str | None, *, nearest_due: date | None, today: date, texts: Iterable[str],
             rules: PriorityRules, passed_before_receipt: bool = False) -> tuple[str, str]:
    """(priority, why) from the kind, the nearest deadline and stated consequences; a date the
    sender set that had passed before the letter reached us raises it a level (answer promptly)
    without making it urgent as a deadline of today would."""
    r = rules
    levels = list(r.levels)
    level = levels.index(r.by_kind.get(kind or "", "normal"))
    why = [f"kind {kind or 'unknown'}: {levels[level]}"]
    texts = list(texts)
    if kind in r.executive_kinds and any(p.search(t) for p in r.executive for t in texts):
        exec_level = levels.index(r.executive_level)
        if exec_level > level:
            level = exec_level
            why.append("executive escalation")
    stated = [m.group(0) for t in texts for p in r.consequences if (m := p.search(t))]
    if stated:
        level = min(level + 1, len(levels) - 1)
        why.append(f"consequences stated ({stated[0]!r})")
    if passed_before_receipt:
        level = min(level + 1, len(levels) - 1)
        why.append("the date the sender set had passed when it reached us: answer promptly")
    if nearest_due is not None:
        days = (nearest_due - today).days
        if days <= r.urgent_within:
            level = len(levels) - 1
            why.append(f"deadline in {days} days")
        elif days <= r.raise_within:
            level = min(level + 1, len(levels) - 1)
            why.append(f"deadline in {days} days")
    return levels[level], "; ".join(why)


# --- assignment -------------------------------------------------------------------------------

def assign(session: Session, case: Case, user: User, actor: str, why: str = "", *, at: datetime) -> Case:
    before = case.assignee_id
    case.assignee_id = user.id
    case.team_id = user.team_id
    case.updated_at = at
    session.add(case)
    session.add(AuditEvent(actor=actor, action="case.assigned", case_id=case.id, why=why,
                           detail={"from": before, "to": user.username, "team_id": user.team_id}))
    if case.status == S.new:
        set_status(session, case, S.open, actor, why="assigned", at=at)
    return case


def team_for(session: Session, kind: str | None) -> Team | None:
    """The team handling this kind (a team listing no kinds takes any); in-house before vendor."""
    teams = session.exec(select(Team).order_by(col(Team.vendor), col(Team.id))).all()
    for t in teams:
        if kind and kind in (t.kinds or []):
            return t
    for t in teams:
        if not t.kinds:
            return t
    return None


def least_loaded(session: Session, team: Team) -> User | None:
    """The active member of `team` with the fewest cases not closed."""
    load = (
        select(User, func.count(col(Case.id)))
        .outerjoin(Case, (col(Case.assignee_id) == col(User.id)) & (col(Case.status) != S.closed))
        .where(User.team_id == team.id, col(User.active).is_(True))
        .group_by(col(User.id))
        .order_by(func.count(col(Case.id)), col(User.id))
    )
    row = session.exec(load).first()
    return row[0] if row else None


def auto_assign(session: Session, case: Case, actor: str, *, at: datetime) -> User | None:
    team = team_for(session, case.kind)
    if team is None:
        log.info("%s: no team handles kind %s; left unassigned", case.ref, case.kind)
        return None
    user = least_loaded(session, team)
    if user is None:
        log.info("%s: team %s has no active member; left unassigned", case.ref, team.name)
        return None
    assign(session, case, user, actor, why=f"automatic: least-loaded member of {team.name}", at=at)
    return user
