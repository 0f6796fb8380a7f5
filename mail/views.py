"""The mailbox as the desk shows it (the web desk's mail page, `lexdesk mail status`): the last
fetch and the ones before, what became of the messages, what each rule did, the messages
skipped and why, the ones that failed; and the replies sent by email. Plain rows, read only."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, func, select

from cases.find import case_by_ref
from cases.models import Case
from mail.fetch import describe
from mail.models import MailFetch, MailMessage, MailSent, MessageState, ensure_tables

RULE_WINDOW = 1000  # what each rule did is counted over this many of the latest messages


@dataclass(frozen=True)
class FetchRow:
    id: int
    account: str
    trigger: str
    started_at: datetime
    finished_at: datetime | None
    ok: bool
    error: str | None
    counts: dict[str, int]
    folders: dict[str, Any]

    @property
    def running(self) -> bool:
        return self.finished_at is None


@dataclass(frozen=True)
class MessageRow:
    id: int
    folder: str
    uid: int
    subject: str
    from_addr: str
    state: str
    reason: str | None
    attempts: int
    case_refs: tuple[str, ...]
    rules: tuple[str, ...]  # what each rule did, in words
    skipped_by: str | None
    after: str | None
    document_id: int | None
    updated_at: datetime


@dataclass(frozen=True)
class RuleRow:
    """One rule over the latest messages: how often it matched and what it did."""

    rule: str
    matched: int = 0  # messages
    skipped: int = 0
    sets: dict[str, int] = field(default_factory=dict)  # "kind = consumer_appeal" -> cases
    refused: int = 0  # things it could not set (a user or team that does not exist)
    last_at: datetime | None = None


@dataclass(frozen=True)
class MailboxStatus:
    last_fetch: FetchRow | None
    last_ok: datetime | None  # when a fetch last finished without error
    fetches: tuple[FetchRow, ...]
    counts: dict[str, int]  # every message met, by state
    rules: tuple[RuleRow, ...]
    skipped: tuple[MessageRow, ...]
    problems: tuple[MessageRow, ...]  # failed (to be tried again) and given up (for a person)
    recent: tuple[MessageRow, ...]


@dataclass(frozen=True)
class SentRow:
    id: int
    draft_id: int
    case_ref: str
    state: str
    message_id: str | None
    recipients: tuple[str, ...]
    subject: str
    reply: str | None
    original: str | None  # the message as sent, among the originals
    attempted_at: datetime
    sent_at: datetime | None


def _fetch_row(f: MailFetch) -> FetchRow:
    return FetchRow(f.id or 0, f.account, f.trigger, f.started_at, f.finished_at, f.ok, f.error, dict(f.counts or {}),
                    dict(f.folders or {}))


def message_row(m: MailMessage) -> MessageRow:
    return MessageRow(m.id or 0, m.folder, m.uid, m.subject, m.from_addr, str(m.state), m.reason, m.attempts,
                      tuple(m.case_refs or ()), tuple(describe(e) for e in m.rules or ()), m.skipped_by, m.after,
                      m.document_id, m.updated_at)


def mailbox_status(session: Session, *, limit: int = 50) -> MailboxStatus:
    """The mailbox at a glance; `limit` rows in each list."""
    ensure_tables(session)
    fetches = session.exec(select(MailFetch).order_by(col(MailFetch.id).desc()).limit(limit)).all()
    last_ok = session.exec(select(func.max(MailFetch.finished_at)).where(col(MailFetch.ok).is_(True))).one()
    counts = {str(s): n for s, n in session.exec(
        select(MailMessage.state, func.count()).group_by(MailMessage.state)).all()}

    def rows(*states: MessageState) -> tuple[MessageRow, ...]:
        q = select(MailMessage).order_by(col(MailMessage.updated_at).desc(), col(MailMessage.id).desc()).limit(limit)
        if states:
            q = q.where(col(MailMessage.state).in_(states))
        return tuple(message_row(m) for m in session.exec(q).all())

    return MailboxStatus(
        last_fetch=_fetch_row(fetches[0]) if fetches else None, last_ok=last_ok,
        fetches=tuple(_fetch_row(f) for f in fetches), counts=counts, rules=_rules(session),
        skipped=rows(MessageState.skipped), problems=rows(MessageState.failed, MessageState.given_up),
        recent=rows(),
    )


def _rules(session: Session) -> tuple[RuleRow, ...]:
    latest = session.exec(select(MailMessage).order_by(col(MailMessage.id).desc()).limit(RULE_WINDOW)).all()
    matched: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    refused: Counter[str] = Counter()
    sets: dict[str, Counter[str]] = {}
    last: dict[str, datetime] = {}
    for m in latest:
        for rule in {str(e.get("rule")) for e in m.rules or ()}:
            matched[rule] += 1
            last[rule] = max(last.get(rule, m.updated_at), m.updated_at)
        for e in m.rules or ():
            rule = str(e.get("rule"))
            if "skip" in e:
                skipped[rule] += 1
            elif e.get("error"):
                refused[rule] += 1
            else:
                sets.setdefault(rule, Counter())[f"{e.get('set')} = {e.get('value')}"] += 1
    return tuple(RuleRow(r, n, skipped[r], dict(sets.get(r, {})), refused[r], last.get(r))
                 for r, n in matched.most_common())


def sent_mail(session: Session, *, case_ref: str | None = None, limit: int = 100) -> list[SentRow]:
    """Replies sent (or refused) by email, newest first; a case's alone with `case_ref`."""
    ensure_tables(session)
    q = select(MailSent).order_by(col(MailSent.id).desc()).limit(limit)
    if case_ref:
        q = q.where(MailSent.case_id == case_by_ref(session, case_ref).id)
    refs: dict[int, str] = {}
    out = []
    for s in session.exec(q).all():
        if s.case_id not in refs:
            refs[s.case_id] = _ref(session, s.case_id)
        out.append(SentRow(s.id or 0, s.draft_id, refs[s.case_id], str(s.state), s.message_id, tuple(s.recipients),
                           s.subject, s.reply, s.original, s.attempted_at, s.sent_at))
    return out


def _ref(session: Session, case_id: int) -> str:
    c = session.get(Case, case_id)
    return c.ref if c else "?"
