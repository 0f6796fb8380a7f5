"""What a person changes at the desk: import cases, merge / move / split, assignment, status,
teams and members, linking suggestions, deadlines. Each is one call that commits (or changes
nothing and raises a `DeskError` saying why), with the audit trail written by the rules below.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlmodel import Session, col, select

from cases import corrections, manual
from cases import deadlines as dl
from cases.config import CasesConfig
from cases.errors import Invalid, NotFound
from cases.find import case_by_ref, children
from cases.importing import CaseIn, ImportResult, read_cases
from cases.importing import import_cases as _import_cases
from cases.lifecycle import assign, auto_assign, parse_status, set_status
from cases.models import AuditEvent, Case, Deadline, Document, Team, User
from cases.views import DeadlineRow, deadline_row
from cases.vocab import CaseStatus, DeadlineState, Priority


def import_file(session: Session, path: Path, cfg: CasesConfig, *, actor: str) -> ImportResult:
    """The team's existing cases from a cases.json file; importing again changes nothing."""
    return import_cases(session, read_import(path), cfg, actor=actor)


def read_import(path: Path) -> list[CaseIn]:
    """A cases.json file read and checked whole (a door reads it before it opens the database, so
    a malformed file changes nothing)."""
    return read_cases(path)


def import_cases(session: Session, items: list[CaseIn], cfg: CasesConfig, *, actor: str) -> ImportResult:
    """Cases read by `read_import`, created or updated with their linking keys."""
    return _import_cases(session, items, actor=actor, profile=cfg.profile)


# --- the filing, by hand ---------------------------------------------------------------------------

def merge(session: Session, keep: str, absorb: str, cfg: CasesConfig, *, actor: str, why: str = "") -> str:
    """Merge case `absorb` into `keep` (everything moves; `absorb` is closed). Returns the kept ref."""
    return manual.merge(session, keep, absorb, actor, cfg, why).ref


def move(session: Session, document_id: int, ref: str, cfg: CasesConfig, *, actor: str, why: str = "") -> str:
    """Move a document with its email and attachments to case `ref`. Returns the ref moved to."""
    return manual.move(session, document_id, ref, actor, cfg, why).ref


def split(session: Session, ref: str, document_ids: Sequence[int], cfg: CasesConfig, *, actor: str,
          why: str = "", title: str = "") -> str:
    """Take documents out of case `ref` into a new case. Returns the new case's ref."""
    return manual.split(session, ref, document_ids, actor, cfg, why, title=title).ref


def resolve_suggestion(session: Session, suggestion_id: int, accept: bool, cfg: CasesConfig, *, actor: str,
                       why: str = "") -> None:
    """Confirm (the document moves) or reject a linking suggestion."""
    manual.resolve_suggestion(session, suggestion_id, accept, actor, cfg, why)


# --- who works on it -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Assignment:
    ref: str
    username: str


def assign_case(session: Session, ref: str, cfg: CasesConfig, *, actor: str, to: str | None = None,
                auto: bool = False, why: str = "") -> Assignment:
    """Assign a case to a person (`to`) or to the least-loaded member of the team for its kind
    (`auto`); its open deadlines go to that person too."""
    case = case_by_ref(session, ref)
    now = cfg.clock.now()
    if to:
        found = session.exec(select(User).where(User.username == to)).first()
        if found is None:
            raise NotFound(f"no user {to} (add one with `lexdesk cases member`)")
        user = found
        assign(session, case, user, actor, why, at=now)
    elif auto:
        picked = auto_assign(session, case, actor, at=now)
        if picked is None:
            raise NotFound("no team handles this kind of case, or the team has no active member")
        user = picked
    else:
        raise Invalid("say --to USER or --auto")
    for d in session.exec(select(Deadline).where(Deadline.case_id == case.id,
                                                 Deadline.state == DeadlineState.open)).all():
        d.owner_id = user.id
        session.add(d)
    session.commit()
    return Assignment(case.ref, user.username)


def set_priority(session: Session, ref: str, priority: str, cfg: CasesConfig, *, actor: str, why: str = "") -> str:
    """A case's priority set by a person (or a mail rule): its first-response target follows."""
    try:
        wanted = Priority(priority)
    except ValueError:
        raise Invalid(f"unknown priority {priority!r} (one of {', '.join(Priority)})") from None
    case = case_by_ref(session, ref)
    if case.priority != wanted:
        before = case.priority
        case.priority = wanted
        case.why_priority = why or f"set by {actor}"
        session.add(case)
        session.add(AuditEvent(actor=actor, action="case.priority", case_id=case.id, why=why,
                               detail={"before": str(before), "after": str(wanted)}))
        if case.status != CaseStatus.triage:
            dl.refresh_sla(session, case, cfg.sla)
        session.commit()
    return str(wanted)


def set_team(session: Session, ref: str, team: str, *, actor: str, why: str = "") -> str:
    """The team a case belongs to, set by a person (or a mail rule); the assignee is left as it is."""
    found = session.exec(select(Team).where(Team.name == team)).first()
    if found is None:
        raise NotFound(f"no team {team} (add one with `lexdesk cases team`)")
    case = case_by_ref(session, ref)
    if case.team_id != found.id:
        session.add(AuditEvent(actor=actor, action="case.team", case_id=case.id, why=why,
                               detail={"before": case.team_id, "after": found.id, "team": team}))
        case.team_id = found.id
        session.add(case)
        session.commit()
    return team


def change_status(session: Session, ref: str, status: str | CaseStatus, cfg: CasesConfig, *, actor: str,
                  why: str = "") -> CaseStatus:
    """Move a case along its lifecycle (new → open → awaiting_reply / responded → closed)."""
    new = parse_status(status)
    case = case_by_ref(session, ref)
    set_status(session, case, new, actor, why, at=cfg.clock.now())
    session.commit()
    return new


@dataclass(frozen=True)
class TeamRow:
    name: str
    vendor: bool
    kinds: tuple[str, ...]  # empty: any kind


def save_team(session: Session, name: str, *, actor: str, vendor: bool = False,
              kinds: Sequence[str] | None = None) -> TeamRow:
    """Add or change a team (in-house or a vendor) and the kinds of case it handles (None: keep)."""
    t = session.exec(select(Team).where(Team.name == name)).first() or Team(name=name)
    t.vendor = vendor
    if kinds is not None:
        t.kinds = list(kinds)
    session.add(t)
    session.add(AuditEvent(actor=actor, action="team.saved", detail={"team": name, "vendor": vendor, "kinds": t.kinds}))
    session.commit()
    return TeamRow(name, vendor, tuple(t.kinds or ()))


@dataclass(frozen=True)
class MemberRow:
    username: str
    team: str
    active: bool


def save_member(session: Session, username: str, *, team: str, display_name: str = "",
                inactive: bool = False) -> MemberRow:
    """Add a person to a team, or move them; an inactive member takes no new cases."""
    t = session.exec(select(Team).where(Team.name == team)).first()
    if t is None:
        raise NotFound(f"no team {team} (add it with `lexdesk cases team`)")
    u = session.exec(select(User).where(User.username == username)).first() or User(username=username)
    u.team_id, u.active = t.id, not inactive
    u.display_name = display_name or u.display_name or username
    session.add(u)
    session.commit()
    return MemberRow(username, team, u.active)


# --- deadlines -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TickResult:
    """What the scheduled tick changed (or, in a dry run, would change)."""

    missed: list[DeadlineRow]
    dry_run: bool = False


def tick(session: Session, cfg: CasesConfig, *, actor: str, dry_run: bool = False) -> TickResult:
    """The scheduled job: open deadlines whose time has passed (as of the clock) become missed,
    each with an audit event. The one place besides a person's command where a state changes."""
    today, now = cfg.clock.today(), cfg.clock.now()
    rows = dl.due_to_miss(session, today, now) if dry_run else dl.refresh(session, today, actor, now)
    session.flush()
    shown = _rows(session, rows, today, now)
    if dry_run:
        session.rollback()
    else:
        session.commit()
    return TickResult(shown, dry_run)


def mark_missed(session: Session, cfg: CasesConfig, *, actor: str) -> int:
    """Open deadlines past their time become missed; returns how many (the scheduled tick)."""
    return len(tick(session, cfg, actor=actor).missed)


def _rows(session: Session, rows: Sequence[Deadline], today: date, now: datetime | None = None) -> list[DeadlineRow]:
    out = []
    for d in rows:
        case = session.get(Case, d.case_id)
        if case is not None:
            out.append(deadline_row(d, case, None, today, now))
    return out


def _reason(why: str) -> str:
    if not why.strip():
        raise Invalid("say why (--why): every change to a deadline is kept in the audit trail with its reason")
    return why.strip()


def add_deadline(session: Session, ref: str, due: date, *, actor: str, label: str = "", why: str = "",
                 owner: str | None = None) -> int:
    """A deadline set by hand on case `ref` (owned by `owner`, else the case's assignee). Returns its id."""
    why = _reason(why)
    case = case_by_ref(session, ref)
    owner_id = None
    if owner:
        user = session.exec(select(User).where(User.username == owner)).first()
        if user is None:
            raise NotFound(f"no user {owner}")
        owner_id = user.id
    made = dl.add_manual(session, case, due, actor, label=label, why=why, owner_id=owner_id)
    session.commit()
    return made.id or 0


def waive_deadline(session: Session, deadline_id: int, *, actor: str, why: str) -> None:
    dl.waive(session, deadline_id, actor, _reason(why))
    session.commit()


def extend_deadline(session: Session, deadline_id: int, cfg: CasesConfig, *, actor: str, why: str,
                    to: date | None = None) -> date:
    """A deadline moved to the later day `to`; without `to`, GDPR Art. 12(3)'s extension by two
    months. Returns the new day."""
    why = _reason(why)
    d = dl.extend_to(session, deadline_id, to, actor, why, cfg) if to else dl.extend_gdpr(session, deadline_id,
                                                                                          actor, why, cfg)
    session.commit()
    return d.due


def pause_deadline(session: Session, deadline_id: int, days: int, cfg: CasesConfig, *, actor: str,
                   why: str) -> date:
    """A GDPR clock stopped while the requester's identity is awaited; returns the new day."""
    if days <= 0:
        raise Invalid(f"a pause is a number of days, more than 0 (not {days})")
    d = dl.pause_gdpr(session, deadline_id, days, actor, _reason(why), cfg)
    session.commit()
    return d.due


def meet_deadline(session: Session, deadline_id: int, cfg: CasesConfig, *, actor: str, why: str) -> DeadlineState:
    """A deadline answered now (late answers are recorded as missed); returns its state."""
    d = dl.meet(session, deadline_id, actor, cfg, why=_reason(why))
    session.commit()
    return d.state


# --- triage ----------------------------------------------------------------------------------------

def accept_triage(session: Session, document_id: int, cfg: CasesConfig, *, actor: str, why: str = "") -> str:
    """A person read a document waiting in triage: it is work. Its clocks start; its case leaves
    triage, is prioritised and assigned. Returns the case's ref."""
    doc = _in_triage(session, document_id)
    corrections.accept(session, doc, cfg, actor=actor, why=why)
    session.commit()
    case = session.get(Case, doc.case_id) if doc.case_id else None
    return case.ref if case else "-"


def dismiss_triage(session: Session, document_id: int, cfg: CasesConfig, *, actor: str, why: str) -> str:
    """A person read a document waiting in triage: it is not legal work (junk, a test, a duplicate
    by other means). What it set is withdrawn; a case it alone opened is closed. Returns the ref."""
    why = _reason(why)
    doc = _in_triage(session, document_id)
    doc.triage = None
    session.add(doc)
    case = session.get(Case, doc.case_id) if doc.case_id else None
    session.add(AuditEvent(actor=actor, action="document.triage_dismissed", case_id=doc.case_id,
                           document_id=doc.id, why=why))
    family = [doc.id, *(c.id for c in children(session, doc))]
    for d in session.exec(select(Deadline).where(col(Deadline.document_id).in_(family),
                                                 Deadline.state == DeadlineState.open)).all():
        dl.waive(session, d.id or 0, actor, f"dismissed in triage: {why}")
    if case is not None and case.status == CaseStatus.triage:
        waiting = session.exec(select(Document.id).where(Document.case_id == case.id,
                                                         col(Document.triage).is_not(None))).first()
        if waiting is None:
            set_status(session, case, CaseStatus.closed, actor, why=f"dismissed in triage: {why}",
                       at=cfg.clock.now())
    session.commit()
    return case.ref if case else "-"


def _in_triage(session: Session, document_id: int) -> Document:
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFound(f"no document {document_id}")
    if not doc.triage:
        raise Invalid(f"document {document_id} is not waiting in triage (see lexdesk triage)")
    return doc


# --- corrections -----------------------------------------------------------------------------------

def correct_document(session: Session, document_id: int, field: str, value: str, cfg: CasesConfig, *,
                     actor: str, why: str = "") -> corrections.Correction:
    """A person's value for an extracted field wins over the machine's; what depends on it runs again."""
    return corrections.correct(session, document_id, field, value, cfg, actor=actor, why=why)


def set_case_kind(session: Session, ref: str, kind: str, cfg: CasesConfig, *, actor: str,
                  why: str = "") -> corrections.KindChange:
    return corrections.set_kind(session, ref, kind, cfg, actor=actor, why=why)
