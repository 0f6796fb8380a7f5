"""Taking in the team's mailbox: every new message of the configured folders filed once, as the
.eml it is (the original kept byte for byte, its attachments filed with it), through the same
filing pipeline as any file (`cases.intake`).

Once per message, and never twice: each message is remembered by account, folder, UIDVALIDITY and
UID, and by its Message-ID (or, lacking one, its bytes). Only UIDs past the highest one met are
asked for; when the server renumbers a folder (a new UIDVALIDITY) every message looks new, and
its Message-ID — read from the headers, before the body is downloaded — recognises it.

A message that fails (unreadable, the filing broke, the server dropped mid-way) keeps its row,
and its original where the bytes came: the next fetch tries it again, up to `max_attempts` tries
in all, counted before each try so that even a message that kills the process is not tried
forever. Then it is given up: flagged (or moved to `failed_to`) in the mailbox, listed by
`mailbox_status`, and left for a person. Nothing is deleted.

`fetch` is one pass (`lexdesk mail fetch`); `poll` runs it on a schedule until told to stop (the
worker, `lexdesk serve`, `lexdesk mail fetch --every`). `check` connects and says what a fetch
would do, changing nothing in the mailbox or the cases.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlmodel import Session

from cases import intake
from cases.config import CasesConfig
from cases.find import top_level_by_hash
from cases.originals import keep_bytes
from cases.vocab import IngestStatus
from mail import actions, ledger, message, schedule
from mail.config import AfterFetch, MailConfig, Server
from mail.imap import Envelope, FolderState, Mailbox, MailboxError, connect, where
from mail.models import MailFetch, MailMessage, MessageState, ensure_tables
from mail.rules import Decision
from mail.send import SendRefused, check_server

log = logging.getLogger(__name__)
Ms = MessageState


@dataclass(frozen=True)
class MessageLine:
    """What became of one message in this fetch."""

    id: int  # its ledger row
    folder: str
    uid: int
    subject: str
    from_addr: str
    state: MessageState
    reason: str | None = None
    case_refs: tuple[str, ...] = ()
    attempts: int = 0
    max_attempts: int = 0
    rules: tuple[str, ...] = ()  # what each rule did, in words
    after: str | None = None  # what was done to it in the mailbox


@dataclass(frozen=True)
class FolderLine:
    name: str
    uidvalidity: int
    messages: int  # in the folder
    renumbered: bool = False  # the server gave it a new UIDVALIDITY since the last fetch
    left: int = 0  # new messages left for the next fetch (over the batch)
    missing: bool = False  # the mailbox has no such folder


@dataclass(frozen=True)
class FetchReport:
    fetch_id: int
    account: str
    folders: tuple[FolderLine, ...] = ()
    messages: tuple[MessageLine, ...] = ()
    error: str | None = None  # the fetch could not finish (the messages before it are done)
    busy: bool = False  # another fetch of this mailbox was running: this one did nothing
    interrupted: int = 0  # messages an earlier fetch left half-done, counted as failed tries

    @property
    def counts(self) -> dict[str, int]:
        return dict(Counter(str(m.state) for m in self.messages))

    @property
    def failed(self) -> int:
        return sum(1 for m in self.messages if m.state in (Ms.failed, Ms.given_up))


@dataclass
class _Run:
    """One fetch under way: what it was given and what it has done so far."""

    session: Session
    cfg: MailConfig
    cases: CasesConfig
    actor: str
    server: Server
    fetch: MailFetch
    lines: list[MessageLine] = field(default_factory=list)


# --- one pass --------------------------------------------------------------------------------------

def fetch(session: Session, cfg: MailConfig, cases_cfg: CasesConfig, *, actor: str, trigger: str = "cli"
          ) -> FetchReport:
    """Fetch and file the new messages of every configured folder, once each. A mailbox that
    cannot be reached is the report's `error` (recorded as the last fetch), not an exception."""
    server = cfg.require_imap()
    ensure_tables(session)
    now = cases_cfg.clock.now()
    mine, running = ledger.begin(session, server.account, trigger, now)
    if running is not None:
        why = f"another fetch of this mailbox is running (started {running.started_at:%Y-%m-%d %H:%M} UTC)"
        ledger.finish(session, mine, now, error=why, folders={}, counts={})
        return FetchReport(mine.id or 0, server.account, error=why, busy=True)
    run = _Run(session, cfg, cases_cfg, actor, server, mine)
    folders: list[FolderLine] = []
    error: str | None = None
    interrupted = 0
    try:
        interrupted = ledger.interrupted(session, server.account, cfg.max_attempts, now)
        with connect(server) as box:
            for name in cfg.folders:
                if box.exists(name):
                    folders.append(_folder(run, box, name))
                else:  # a typo or a renamed folder: said, and the other folders fetched all the same
                    folders.append(FolderLine(name, 0, 0, missing=True))
        missing = [f.name for f in folders if f.missing]
        if missing:
            error = f"the mailbox has no folder {', '.join(missing)} (LEXDESK_MAIL_FOLDERS)"
    except MailboxError as e:
        error = str(e)
        log.warning("mail fetch: %s", error)
    except Exception as e:
        session.rollback()
        error = f"internal error: {type(e).__name__}: {e}"
        log.exception("mail fetch stopped")
    finally:
        summary: dict[str, object] = {
            f.name: {"uidvalidity": f.uidvalidity, "messages": f.messages, "renumbered": f.renumbered, "left": f.left,
                     "missing": f.missing}
            for f in folders}
        ledger.finish(session, mine, cases_cfg.clock.now(), error=error, folders=summary,
                      counts=dict(Counter(str(m.state) for m in run.lines)))
    return FetchReport(mine.id or 0, server.account, tuple(folders), tuple(run.lines), error, interrupted=interrupted)


def _folder(run: _Run, box: Mailbox, name: str) -> FolderLine:
    state = box.open(name)
    account = run.server.account
    last = ledger.last_uid(run.session, account, name, state.uidvalidity)
    renumbered = last == 0 and ledger.last_uid_any(run.session, account, name, exclude=state.uidvalidity) > 0
    if renumbered:
        log.info("%s: the server renumbered the folder (UIDVALIDITY %s); messages met before are recognised "
                 "by Message-ID", name, state.uidvalidity)
    retries = {r.uid: r for r in ledger.retryable(run.session, account, name, state.uidvalidity)}
    new = box.uids_after(last, run.cfg.since)
    todo = [*sorted(retries), *[u for u in new if u not in retries]][: run.cfg.batch]
    envelopes = {e.uid: e for e in box.envelopes(todo)}
    for uid in todo:
        env = envelopes.get(uid)
        row = retries.get(uid)
        if env is None:
            if row is not None:  # a message to retry that is gone from the folder (moved or deleted by a person)
                _close(run, row, Ms.given_up, "no longer in the folder: moved or deleted before it could be filed")
                run.lines.append(_line(run, row))
            continue
        line = _message(run, box, state, env, row)
        if line is not None:
            run.lines.append(line)
        ledger.beat(run.session, run.fetch, run.cases.clock.now())
    return FolderLine(name, state.uidvalidity, state.exists, renumbered, left=max(0, len(new) + len(retries)
                                                                                  - len(todo)))


def _message(run: _Run, box: Mailbox, folder: FolderState, env: Envelope, row: MailMessage | None
             ) -> MessageLine | None:
    s, account, now = run.session, run.server.account, run.cases.clock.now()
    if row is None and env.message_id and (first := ledger.earlier(s, message_id=env.message_id)):
        seen = ledger.known(s, account, folder.name, folder.uidvalidity, env, first, now)
        return _done(run, box, seen) if seen else None
    row = ledger.claim(s, account, folder.name, folder.uidvalidity, env, row, now)
    if row is None:
        return None  # another fetch took it
    try:
        data = box.body(env.uid)
    except MailboxError as e:
        _close(run, row, _failure(run, row), str(e))
        raise  # the connection is as good as gone: the fetch ends, this message is retried next time
    if data is None:
        _close(run, row, _failure(run, row), "no longer in the folder")
        return _line(run, row)
    try:
        return _file(run, box, folder, row, data)
    except MailboxError:
        raise
    except Exception as e:
        s.rollback()
        log.exception("mail: message %s of %s", env.uid, folder.name)
        row = s.get(MailMessage, row.id) or row
        _close(run, row, _failure(run, row), f"internal error: {type(e).__name__}: {e}")
        return _done(run, box, row)


def _file(run: _Run, box: Mailbox, folder: FolderState, row: MailMessage, data: bytes) -> MessageLine:
    s = run.session
    sha = hashlib.sha256(data).hexdigest()
    row.sha256, row.size = sha, len(data)
    s.add(row)
    s.commit()  # before the filing, which may roll the session back
    if not row.message_id and (first := ledger.earlier(s, sha256=sha)) and first.id != row.id:
        row.same_as, row.document_id, row.case_refs = first.id, first.document_id, list(first.case_refs)
        _close(run, row, Ms.known, f"processed before as message {first.id} ({first.folder}, UID {first.uid})")
        return _done(run, box, row)
    facts = message.read(data)
    sent = ledger.ours(s, facts.message_id)
    decision = Decision(skip=f"our own reply (draft {sent.draft_id}), sent by lexdesk", skipped_by="lexdesk") if sent \
        else run.cfg.rules.decide(facts)
    if decision.skip:
        row.original = keep_bytes(run.cases.originals, data)[1]  # kept all the same: a rule can be wrong
        row.skipped_by = decision.skipped_by
        row.rules = [{"rule": decision.skipped_by, "skip": decision.skip}]
        _close(run, row, Ms.skipped, decision.skip)
        return _done(run, box, row)
    job = intake.Job(Path(_filename(folder, row.uid)))
    outcome = intake.file_path_bytes(s, data, job, run.cases, actor=run.actor)
    doc = top_level_by_hash(s, sha)
    row = s.get(MailMessage, row.id) or row  # the filing committed (or rolled back) the session
    row.document_id = doc.id if doc else None
    row.original = doc.original if doc else keep_bytes(run.cases.originals, data)[1]
    row.case_refs = list(outcome.case_refs)
    s.add(row)
    s.commit()  # before the rules' actions, a refused one of which rolls the session back
    if outcome.status == IngestStatus.failed:
        _close(run, row, _failure(run, row), outcome.reason or "could not be filed")
        return _done(run, box, row)
    if outcome.status == IngestStatus.duplicate:
        _close(run, row, Ms.duplicate, outcome.reason)
        return _done(run, box, row)
    effects = actions.apply(s, outcome.case_refs, decision, run.cases, actor=run.actor) if decision.sets else []
    row = s.get(MailMessage, row.id) or row
    row.rules = effects
    _close(run, row, Ms.filed, outcome.reason or outcome.triage)
    return _done(run, box, row)


def _failure(run: _Run, row: MailMessage) -> MessageState:
    return Ms.given_up if row.attempts >= run.cfg.max_attempts else Ms.failed


def _close(run: _Run, row: MailMessage, state: MessageState, reason: str | None) -> None:
    row.state = state
    row.reason = reason
    row.updated_at = run.cases.clock.now()
    run.session.add(row)
    run.session.commit()


def _done(run: _Run, box: Mailbox, row: MailMessage) -> MessageLine:
    """What the configuration says to do in the mailbox with a message done with (or given up)."""
    after = _after(run.cfg, box, row)
    if after:
        row.after = after
        run.session.add(row)
        run.session.commit()
    return _line(run, row)


def _after(cfg: MailConfig, box: Mailbox, row: MailMessage) -> str | None:
    if row.state == Ms.failed:
        return None  # tried again next time: left as it is
    try:
        if row.state == Ms.given_up:
            if cfg.failed_to:
                box.move(row.uid, cfg.failed_to)
                return f"moved to {cfg.failed_to}"
            box.flag(row.uid)  # where a person sees it
            return "flagged"
        if cfg.after == AfterFetch.read:
            box.mark_read(row.uid)
            return "marked read"
        if cfg.after == AfterFetch.flag:
            box.flag(row.uid)
            return "flagged"
        if cfg.after == AfterFetch.move and cfg.move_to:
            box.move(row.uid, cfg.move_to)
            return f"moved to {cfg.move_to}"
    except MailboxError as e:
        # the message is done with all the same: its UID is behind us, it is not fetched again
        log.warning("mail: message %s: %s", row.uid, e)
        return f"left as it was: {e}"
    return None


def _line(run: _Run, row: MailMessage) -> MessageLine:
    return MessageLine(
        id=row.id or 0, folder=row.folder, uid=row.uid, subject=row.subject, from_addr=row.from_addr,
        state=MessageState(row.state), reason=row.reason, case_refs=tuple(row.case_refs or ()), attempts=row.attempts,
        max_attempts=run.cfg.max_attempts, rules=tuple(describe(e) for e in row.rules or ()), after=row.after)


def describe(effect: dict[str, Any]) -> str:
    """One rule's doing in words."""
    if "skip" in effect:
        return f"{effect.get('rule')}: skipped ({effect['skip']})"
    done = f"{effect.get('rule')}: {effect.get('set')} = {effect.get('value')} on {effect.get('case')}"
    return f"{done} refused: {effect['error']}" if effect.get("error") else done


SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _filename(folder: FolderState, uid: int) -> str:
    """The name the filed .eml goes by: its folder and place there (the desk shows it)."""
    return f"{SAFE.sub('_', folder.name).strip('_') or 'mail'}-{folder.uidvalidity}-{uid}.eml"


# --- on a schedule ---------------------------------------------------------------------------------

def poll(sessions: Callable[[], AbstractContextManager[Session]], cfg: MailConfig, cases_cfg: CasesConfig, *,
         actor: str, stop: threading.Event, interval: float | None = None,
         on_report: Callable[[FetchReport], None] | None = None) -> None:
    """Fetch every `interval` seconds (the configured `poll_seconds`) until `stop` is set: the loop
    a worker or the web desk runs in a thread of its own. A failing mailbox is logged and tried
    again later (waiting longer after each failure in a row); a fetch never runs twice at once."""
    cfg.require_imap()

    def once() -> bool:
        with sessions() as session:
            report = fetch(session, cfg, cases_cfg, actor=actor, trigger="schedule")
        if on_report is not None:
            on_report(report)
        if report.messages:
            log.info("mail fetch: %s", ", ".join(f"{n} {s}" for s, n in sorted(report.counts.items())))
        return report.error is None or report.busy

    schedule.every(interval or cfg.poll_seconds, once, stop, name="mail fetch")


# --- looking without touching ------------------------------------------------------------------------

@dataclass(frozen=True)
class Preview:
    uid: int
    subject: str
    from_addr: str
    size: int
    would: str  # file | skip: why | known: ... | retry ...
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class CheckFolder:
    name: str
    uidvalidity: int
    messages: int
    new: int  # what a fetch would take (retries included)
    renumbered: bool
    previews: tuple[Preview, ...] = ()


@dataclass(frozen=True)
class CheckReport:
    account: str | None = None  # the mailbox (None: none configured)
    security: str = ""
    folders: tuple[CheckFolder, ...] = ()
    missing: tuple[str, ...] = ()  # configured folders the mailbox does not have
    error: str | None = None  # the mailbox could not be reached or read
    smtp: str | None = None  # what the outgoing server said (None: none configured)
    smtp_error: str | None = None

    @property
    def ok(self) -> bool:
        return not (self.error or self.smtp_error or self.missing)


def check(session: Session, cfg: MailConfig, *, limit: int = 20) -> CheckReport:
    """Log in to the mailbox, open each folder read-only (EXAMINE) and say what a fetch would take
    and what the rules would do with the first `limit` messages (read with BODY.PEEK: no flag
    changes, nothing filed or written); then connect and log in to the outgoing server, and leave
    without sending."""
    if cfg.imap is None and cfg.smtp is None:
        cfg.require_imap()
    report = CheckReport()
    if cfg.imap is not None:
        try:
            report = _check_imap(session, cfg, cfg.imap, limit)
        except MailboxError as e:
            report = CheckReport(cfg.imap.account, str(cfg.imap.security), error=str(e))
    if cfg.smtp is not None:
        try:
            report = replace(report, smtp=check_server(cfg.smtp))
        except SendRefused as e:
            report = replace(report, smtp=where(cfg.smtp), smtp_error=str(e))
    return report


def _check_imap(session: Session, cfg: MailConfig, server: Server, limit: int) -> CheckReport:
    ensure_tables(session)
    out: list[CheckFolder] = []
    missing: list[str] = []
    with connect(server) as box:
        for name in cfg.folders:
            if not box.exists(name):
                missing.append(name)
                continue
            state = box.open(name, readonly=True)
            last = ledger.last_uid(session, server.account, name, state.uidvalidity)
            renumbered = last == 0 and ledger.last_uid_any(session, server.account, name,
                                                           exclude=state.uidvalidity) > 0
            retries = [r.uid for r in ledger.retryable(session, server.account, name, state.uidvalidity)]
            new = [*retries, *box.uids_after(last, cfg.since)]
            previews = [_preview(session, cfg, box, e, e.uid in retries) for e in box.envelopes(new[:limit])]
            out.append(CheckFolder(name, state.uidvalidity, state.exists, len(new), renumbered, tuple(previews)))
    return CheckReport(server.account, str(server.security), tuple(out), tuple(missing))


def _preview(session: Session, cfg: MailConfig, box: Mailbox, env: Envelope, retry: bool) -> Preview:
    def preview(would: str, rules: tuple[str, ...] = ()) -> Preview:
        return Preview(env.uid, env.subject, env.from_addr, env.size, would, rules)

    if not retry and env.message_id and (first := ledger.earlier(session, message_id=env.message_id)):
        return preview(f"known: processed before as message {first.id} ({first.state})")
    data = box.body(env.uid) or b""
    decision = cfg.rules.decide(message.read(data))
    if decision.skip:
        return preview(f"skip: {decision.skip}", (str(decision.skipped_by),))
    sets = tuple(f"{decision.by[k]}: {k} = {v}" for k, v in decision.sets.items())
    return preview("retry" if retry else "file", sets)
