"""What a rule sets, done to the case a message was filed to, through the cases stage's own
services (so the audit trail, the SLA and the deadlines follow as they do for a person)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from sqlmodel import Session

from cases import commands
from cases.config import CasesConfig
from cases.errors import DeskError
from mail.rules import Decision

log = logging.getLogger(__name__)
ORDER = ("kind", "team", "priority", "assignee")  # the kind first: priority and SLA depend on it


def apply(session: Session, refs: Sequence[str], decision: Decision, cfg: CasesConfig, *, actor: str
          ) -> list[dict[str, Any]]:
    """Set what the rules say on each case; one entry per thing done (or refused, with why). A
    refusal (a user or team that does not exist) is reported and does not stop the rest."""
    effects: list[dict[str, Any]] = []
    for ref in refs:
        for key in ORDER:
            if key not in decision.sets:
                continue
            value, rule = decision.sets[key], decision.by[key]
            why = f"mail rule {rule}"
            effect: dict[str, Any] = {"rule": rule, "case": ref, "set": key, "value": value}
            try:
                if key == "kind":
                    commands.set_case_kind(session, ref, value, cfg, actor=actor, why=why)
                elif key == "team":
                    commands.set_team(session, ref, value, actor=actor, why=why)
                elif key == "priority":
                    commands.set_priority(session, ref, value, cfg, actor=actor, why=why)
                else:
                    commands.assign_case(session, ref, cfg, actor=actor, to=value, why=why)
            except DeskError as e:
                session.rollback()
                log.warning("%s on %s: %s=%s refused: %s", why, ref, key, value, e)
                effect["error"] = str(e)
            effects.append(effect)
    return effects
