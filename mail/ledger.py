"""The ledger of the mailbox: which messages were met where, what became of them, and the fetches.

A message is claimed (its row written, committed, its attempt counted) before anything is done
with it, so that a fetch that dies half-way — or a message that kills the process — leaves a
row saying so: the next fetch counts that as a failed try, and a message is tried at most
`max_attempts` times in all.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from mail.imap import Envelope
from mail.models import MailFetch, MailMessage, MailSent, MessageState

Ms = MessageState
FINAL = [s for s in MessageState if s.final]
# A fetch that has not beaten its heart for this long is taken to have died: it beats after every
# message, and no one message (even a long scan read by OCR) takes this long.
STALE = timedelta(minutes=15)


def last_uid(session: Session, account: str, folder: str, uidvalidity: int) -> int:
    """The highest UID met in this folder under this UIDVALIDITY (0: none: the folder is new to us)."""
    found = session.exec(select(func.max(MailMessage.uid)).where(
        MailMessage.account == account, MailMessage.folder == folder, MailMessage.uidvalidity == uidvalidity)).one()
    return int(found or 0)


def last_uid_any(session: Session, account: str, folder: str, *, exclude: int) -> int:
    """The highest UID met in this folder under any other UIDVALIDITY (above 0: it was renumbered)."""
    found = session.exec(select(func.max(MailMessage.uid)).where(
        MailMessage.account == account, MailMessage.folder == folder, MailMessage.uidvalidity != exclude)).one()
    return int(found or 0)


def at(session: Session, account: str, folder: str, uidvalidity: int, uid: int) -> MailMessage | None:
    return session.exec(select(MailMessage).where(
        MailMessage.account == account, MailMessage.folder == folder, MailMessage.uidvalidity == uidvalidity,
        MailMessage.uid == uid)).first()


def retryable(session: Session, account: str, folder: str, uidvalidity: int) -> list[MailMessage]:
    """Messages of this folder that failed and have tries left (oldest first)."""
    return list(session.exec(select(MailMessage).where(
        MailMessage.account == account, MailMessage.folder == folder, MailMessage.uidvalidity == uidvalidity,
        MailMessage.state == Ms.failed).order_by(col(MailMessage.uid))).all())


def earlier(session: Session, *, message_id: str | None = None, sha256: str | None = None) -> MailMessage | None:
    """The first row that processed this message (by Message-ID, or by its bytes), in any
    folder or under any UIDVALIDITY; None when it was never done with."""
    if not message_id and not sha256:
        return None
    q = select(MailMessage).where(col(MailMessage.state).in_(FINAL)).order_by(col(MailMessage.id))
    q = q.where(MailMessage.message_id == message_id) if message_id else q.where(MailMessage.sha256 == sha256)
    row = session.exec(q).first()
    if row is not None and row.state == Ms.known and row.same_as:
        return session.get(MailMessage, row.same_as) or row
    return row


def ours(session: Session, message_id: str | None) -> MailSent | None:
    """A reply lexdesk sent (a copy of it reaching the team's own mailbox)."""
    if not message_id:
        return None
    return session.exec(select(MailSent).where(MailSent.message_id == message_id)).first()


def claim(session: Session, account: str, folder: str, uidvalidity: int, env: Envelope, row: MailMessage | None,
          now: datetime) -> MailMessage | None:
    """Count one more try at this message and commit that before the work starts. None: another
    fetch claimed it first."""
    if row is None:
        row = MailMessage(account=account, folder=folder, uidvalidity=uidvalidity, uid=env.uid,
                          message_id=env.message_id, subject=env.subject[:500], from_addr=env.from_addr[:300],
                          size=env.size, first_seen=now)
    row.state = Ms.working
    row.attempts += 1
    row.updated_at = now
    return _saved(session, row)


def _saved(session: Session, row: MailMessage) -> MailMessage | None:
    """The row committed, or None where another process recorded the same message first (the
    unique key of account, folder, UIDVALIDITY and UID refused this one)."""
    session.add(row)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        return None
    return row


def known(session: Session, account: str, folder: str, uidvalidity: int, env: Envelope, first: MailMessage,
          now: datetime) -> MailMessage | None:
    """A message processed before under another UID (a renumbered folder, a moved message, a copy
    in a second folder): recorded here, pointing at the first, and not processed again."""
    row = MailMessage(account=account, folder=folder, uidvalidity=uidvalidity, uid=env.uid,
                      message_id=env.message_id, sha256=first.sha256, subject=env.subject[:500],
                      from_addr=env.from_addr[:300], size=env.size, state=Ms.known, same_as=first.id,
                      document_id=first.document_id, case_refs=list(first.case_refs), original=first.original,
                      reason=f"processed before as message {first.id} ({first.folder}, UID {first.uid}: {first.state})",
                      first_seen=now, updated_at=now)
    return _saved(session, row)


def interrupted(session: Session, account: str, max_attempts: int, now: datetime) -> int:
    """Rows a dead fetch left claimed: a failed try each (given up once it had its tries)."""
    rows = session.exec(select(MailMessage).where(MailMessage.account == account,
                                                  MailMessage.state == Ms.working)).all()
    for row in rows:
        row.state = Ms.given_up if row.attempts >= max_attempts else Ms.failed
        row.reason = "the fetch filing it stopped before it finished (the process died or was stopped)"
        row.updated_at = now
        session.add(row)
    session.commit()
    return len(rows)


# --- fetches -------------------------------------------------------------------------------------

def begin(session: Session, account: str, trigger: str, now: datetime) -> tuple[MailFetch, MailFetch | None]:
    """A new fetch, and the one already running on this mailbox if there is one (then this one
    must not go on). Both write their row first and look second, so of two starting together
    the later one backs off. A fetch whose process is gone (on this machine), or whose heart has
    not beaten for STALE, is closed as dead rather than waited for."""
    mine = MailFetch(account=account, trigger=trigger, started_at=now, beat_at=now, owner=_owner())
    session.add(mine)
    session.commit()
    for other in session.exec(select(MailFetch).where(
            MailFetch.account == account, col(MailFetch.finished_at).is_(None),
            col(MailFetch.id) < mine.id)).all():
        if _dead(other, now):
            other.finished_at = now
            other.error = "did not finish (the process died or was stopped)"
            session.add(other)
            session.commit()
            continue
        return mine, other
    return mine, None


def beat(session: Session, fetch: MailFetch, now: datetime) -> None:
    """The fetch is alive (after each message)."""
    fetch.beat_at = now
    session.add(fetch)
    session.commit()


def _owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident()}"


def _dead(fetch: MailFetch, now: datetime) -> bool:
    if (fetch.beat_at or fetch.started_at) < now - STALE:
        return True
    host, _, rest = (fetch.owner or "").partition(":")
    pid = rest.split(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False  # another machine's: only its heartbeat tells
    if int(pid) == os.getpid():
        return False  # this process: another thread of it is fetching
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # alive, another user's
    return False


def finish(session: Session, fetch: MailFetch, now: datetime, *, error: str | None, folders: dict[str, object],
           counts: dict[str, int]) -> None:
    fetch.finished_at = now
    fetch.ok = error is None
    fetch.error = error
    fetch.folders = dict(folders)
    fetch.counts = dict(counts)
    session.add(fetch)
    session.commit()


def last_fetches(session: Session, limit: int = 10) -> Sequence[MailFetch]:
    return session.exec(select(MailFetch).order_by(col(MailFetch.id).desc()).limit(limit)).all()
