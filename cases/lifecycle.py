"""A case's life: its status, its priority and who works on it."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, col, select

from cases.models import AuditEvent, Case, Team, User, utcnow

PRIORITY_RULES = Path(__file__).parent / "rules" / "priority.toml"

STATUSES = ("new", "open", "awaiting_reply", "responded", "closed")
# new → open → awaiting reply / responded → closed; a document arriving reopens
TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"open", "awaiting_reply", "responded", "closed"}),
    "open": frozenset({"awaiting_reply", "responded", "closed"}),
    "awaiting_reply": frozenset({"open", "responded", "closed"}),
    "responded": frozenset({"open", "awaiting_reply", "closed"}),
    "closed": frozenset({"open"}),
}


class TransitionError(ValueError):
    pass


def set_status(session: Session, case: Case, status: str, actor: str, why: str = "") -> Case:
    if status not in STATUSES:
        raise TransitionError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    if status == case.status:
        return case
    if status not in TRANSITIONS[case.status]:
        raise TransitionError(f"{case.ref}: cannot go from {case.status} to {status}")
    before = case.status
    case.status = status
    case.updated_at = utcnow()
    case.closed_at = utcnow() if status == "closed" else None
    session.add(case)
    session.add(AuditEvent(actor=actor, action="case.status", case_id=case.id, why=why,
                           detail={"from": before, "to": status}))
    return case


def document_arrived(session: Session, case: Case, actor: str) -> None:
    """New correspondence on a case waiting or done puts it back on someone's desk."""
    if case.status in {"awaiting_reply", "responded", "closed"}:
        set_status(session, case, "open", actor, why="new document arrived")


# --- priority ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class PriorityRules:
    levels: tuple[str, ...]
    by_kind: dict[str, str]
    urgent_within: int
    raise_within: int
    consequences: tuple[re.Pattern[str], ...]
    executive_kinds: frozenset[str]
    executive_level: str
    executive: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=4)
def load_priority_rules(path: Path = PRIORITY_RULES) -> PriorityRules:
    d = tomllib.loads(path.read_text(encoding="utf-8"))
    ex = d.get("executive", {})
    return PriorityRules(
        levels=tuple(d["levels"]), by_kind=d.get("kind", {}),
        urgent_within=int(d.get("deadline", {}).get("urgent_within_days", 2)),
        raise_within=int(d.get("deadline", {}).get("raise_within_days", 7)),
        consequences=tuple(re.compile(p, re.I) for p in d.get("consequences", {}).get("patterns", [])),
        executive_kinds=frozenset(ex.get("kinds", [])), executive_level=ex.get("level", "high"),
        executive=tuple(re.compile(p) for p in ex.get("patterns", [])),
    )


def priority(kind: str | None, *, nearest_due: date | None, today: date, texts: Iterable[str],
             rules: PriorityRules | None = None) -> tuple[str, str]:
    """(priority, why) from the kind, the nearest deadline and stated consequences."""
    r = rules or load_priority_rules()
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

def assign(session: Session, case: Case, user: User, actor: str, why: str = "") -> Case:
    before = case.assignee_id
    case.assignee_id = user.id
    case.team_id = user.team_id
    case.updated_at = utcnow()
    session.add(case)
    session.add(AuditEvent(actor=actor, action="case.assigned", case_id=case.id, why=why,
                           detail={"from": before, "to": user.username, "team_id": user.team_id}))
    if case.status == "new":
        set_status(session, case, "open", actor, why="assigned")
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
        .outerjoin(Case, (col(Case.assignee_id) == col(User.id)) & (col(Case.status) != "closed"))
        .where(User.team_id == team.id, col(User.active).is_(True))
        .group_by(col(User.id))
        .order_by(func.count(col(Case.id)), col(User.id))
    )
    row = session.exec(load).first()
    return row[0] if row else None


def auto_assign(session: Session, case: Case, actor: str) -> User | None:
    team = team_for(session, case.kind)
    if team is None:
        return None
    user = least_loaded(session, team)
    if user is None:
        return None
    assign(session, case, user, actor, why=f"automatic: least-loaded member of {team.name}")
    return user
