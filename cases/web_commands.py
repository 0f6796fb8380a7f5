"""Changes the web desk makes that `cases.commands` does not offer yet: a case's priority set by
hand. Each commits with its audit event, or raises a `DeskError` and changes nothing."""

from __future__ import annotations

from sqlmodel import Session

from cases.config import CasesConfig
from cases.errors import Invalid
from cases.find import case_by_ref
from cases.models import AuditEvent
from cases.vocab import Priority


def set_priority(session: Session, ref: str, priority: str, cfg: CasesConfig, *, actor: str, why: str = ""
                 ) -> Priority:
    """A person's priority for case `ref`; the reason is kept for whoever reads it next."""
    try:
        new = Priority(priority.strip().lower())
    except ValueError:
        raise Invalid(f"unknown priority {priority!r} (one of {', '.join(Priority)})") from None
    case = case_by_ref(session, ref)
    before = case.priority
    if new == before:
        return new
    case.priority = new
    case.why_priority = f"set by {actor}" + (f": {why.strip()}" if why.strip() else "")
    case.updated_at = cfg.clock.now()
    session.add(case)
    session.add(AuditEvent(actor=actor, action="case.priority", case_id=case.id, why=why.strip(),
                           detail={"before": str(before), "after": str(new)}))
    session.commit()
    return new
