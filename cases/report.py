"""The manager's report: backlog, deadlines met and missed, SLA compliance per team, time to
first response, workload per person. Plain data; the CLI and the web app format it.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from sqlmodel import Session, col, select

from cases.models import Case, Deadline, Team, User
from cases.vocab import CaseStatus, DeadlineSource, DeadlineState

# A demanded day already past when the letter arrived: counted apart, out of met and missed.
BEFORE_RECEIPT = "passed before receipt"


@dataclass(frozen=True)
class TeamSla:
    """First-response SLA deadlines of one team's cases."""

    team: str
    vendor: bool
    met: int
    missed: int
    open: int
    compliance: float | None  # met / (met + missed); None before any is decided


@dataclass(frozen=True)
class Workload:
    person: str
    team: str | None
    vendor: bool
    open_cases: int
    open_deadlines: int


@dataclass
class Report:
    since: date | None
    backlog_by_kind: dict[str, int] = field(default_factory=dict)
    backlog_by_status: dict[str, int] = field(default_factory=dict)
    backlog_by_team: dict[str, int] = field(default_factory=dict)
    deadlines: dict[str, int] = field(default_factory=dict)  # met / missed / open / waived
    deadlines_by_source: dict[str, dict[str, int]] = field(default_factory=dict)
    sla_by_team: list[TeamSla] = field(default_factory=list)
    median_first_response_hours: float | None = None
    first_responses: int = 0
    workload: list[Workload] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["since"] = self.since.isoformat() if self.since else None
        return d

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, item, value) rows: the table and CSV forms."""
        out: list[tuple[str, str, str]] = []
        for section, data in (("backlog by kind", self.backlog_by_kind), ("backlog by status", self.backlog_by_status),
                              ("backlog by team", self.backlog_by_team), ("deadlines", self.deadlines)):
            out += [(section, k, str(v)) for k, v in sorted(data.items())]
        for src, states in sorted(self.deadlines_by_source.items()):
            out += [("deadlines by source", f"{src} {s}", str(n)) for s, n in sorted(states.items())]
        for t in self.sla_by_team:
            comp = "-" if t.compliance is None else f"{t.compliance:.0%}"
            label = f"{t.team} ({'vendor' if t.vendor else 'in-house'})"
            out.append(("SLA compliance", label, f"{comp} ({t.met} met, {t.missed} missed)"))
        med = "-" if self.median_first_response_hours is None else f"{self.median_first_response_hours:.1f} h"
        out.append(("first response", "median time", f"{med} over {self.first_responses} cases"))
        for w in self.workload:
            out.append(("workload", f"{w.person} ({w.team or 'no team'})",
                        f"{w.open_cases} open cases, {w.open_deadlines} open deadlines"))
        return out


def sla_by_team(sla: dict[int | None, Counter[str]], teams: dict[int | None, Team]) -> list[TeamSla]:
    """Each team's SLA deadlines met, missed and open (counted by state), and its compliance."""
    rows = []
    for team_id, counts in sorted(sla.items(), key=lambda kv: str(kv[0])):
        t = teams.get(team_id) if team_id is not None else None
        done = counts["met"] + counts["missed"]
        rows.append(TeamSla(team=t.name if t else "unassigned", vendor=bool(t and t.vendor),
                            met=counts["met"], missed=counts["missed"], open=counts["open"],
                            compliance=counts["met"] / done if done else None))
    return rows


def _start(d: date) -> datetime:
    return datetime.combine(d, time(0), UTC)


def build(session: Session, *, today: date, since: date | None = None) -> Report:
    r = Report(since=since)
    teams = {t.id: t for t in session.exec(select(Team)).all()}
    users = {u.id: u for u in session.exec(select(User)).all()}

    open_cases = session.exec(select(Case).where(Case.status != CaseStatus.closed)).all()
    r.backlog_by_kind = dict(Counter(c.kind or "unknown" for c in open_cases))
    r.backlog_by_status = dict(Counter(c.status for c in open_cases))
    r.backlog_by_team = dict(Counter(teams[c.team_id].name if c.team_id in teams else "unassigned"
                                     for c in open_cases))

    q = select(Deadline, Case).join(Case, col(Case.id) == col(Deadline.case_id))
    if since:
        q = q.where(col(Deadline.due) >= since)
    rows = session.exec(q).all()
    r.deadlines = {str(s): 0 for s in (DeadlineState.met, DeadlineState.missed, DeadlineState.open,
                                         DeadlineState.waived)}
    r.deadlines[BEFORE_RECEIPT] = 0
    by_source: dict[str, Counter[str]] = defaultdict(Counter)
    sla: dict[int | None, Counter[str]] = defaultdict(Counter)
    for dl, case in rows:
        state = str(dl.state)
        if dl.before_receipt and state != DeadlineState.waived:
            state = BEFORE_RECEIPT  # the day had passed when the letter reached us: not one we missed
        elif state == DeadlineState.open and dl.due < today:
            state = DeadlineState.missed.value  # overdue, though the tick has not marked it yet
        r.deadlines[state] = r.deadlines.get(state, 0) + 1
        by_source[str(dl.source)][state] += 1
        if dl.source == DeadlineSource.sla:
            sla[case.team_id][state] += 1
    r.deadlines_by_source = {k: dict(v) for k, v in by_source.items()}
    r.sla_by_team = sla_by_team(sla, teams)

    answered = select(Case).where(col(Case.first_response_at).is_not(None))
    if since:
        answered = answered.where(col(Case.opened) >= since)
    hours = []
    for c in session.exec(answered).all():
        assert c.first_response_at is not None
        at = c.first_response_at if c.first_response_at.tzinfo else c.first_response_at.replace(tzinfo=UTC)
        hours.append(max(0.0, (at - _start(c.opened)).total_seconds() / 3600))
    r.first_responses = len(hours)
    r.median_first_response_hours = statistics.median(hours) if hours else None

    cases_per: Counter[int | None] = Counter(c.assignee_id for c in open_cases if c.assignee_id)
    open_dl = session.exec(select(Deadline).where(Deadline.state == DeadlineState.open)).all()
    dl_per: Counter[int | None] = Counter(d.owner_id for d in open_dl if d.owner_id)
    for uid, u in sorted(users.items(), key=lambda kv: kv[1].username):
        if not u.active and not cases_per[uid]:
            continue
        team = teams.get(u.team_id) if u.team_id else None
        r.workload.append(Workload(person=u.username, team=team.name if team else None,
                                   vendor=bool(team and team.vendor), open_cases=cases_per[uid],
                                   open_deadlines=dl_per[uid]))
    return r
