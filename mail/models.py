"""The mail stage's tables, on the same metadata as the cases' (migration 0003).

- `MailMessage`: the ledger of every message met in the mailbox, by account, folder,
  UIDVALIDITY and UID (unique), with its Message-ID and the SHA-256 of its bytes, so that nothing
  is processed twice — across restarts, and when the server renumbers a folder (a new
  UIDVALIDITY makes every UID new; the Message-ID, or the bytes, recognise the message).
- `MailFetch`: one row per fetch (when, what it did, what went wrong): the desk's "last fetch".
- `MailSent`: every reply sent (or refused) over SMTP, with the message as sent kept among the
  originals and stored with its case.

No secret is ever stored here: the accounts are named user@host:port.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, Text, UniqueConstraint, inspect
from sqlmodel import Field, Session, SQLModel

from cases.models import EnumText


def utcnow() -> datetime:
    """When a row was written: the system's record of the write (rules use the configured clock)."""
    return datetime.now(UTC)


class MessageState(StrEnum):
    working = "working"  # claimed by a fetch that is filing it (left so only if that fetch died)
    filed = "filed"  # filed to a case
    duplicate = "duplicate"  # the same bytes were filed before (the same message in two folders)
    known = "known"  # processed before under another UID (a renumbered folder, a moved message)
    skipped = "skipped"  # a rule, or an automatic reply: kept, not filed
    failed = "failed"  # failed; tried again by the next fetch
    given_up = "given_up"  # failed every try: kept and reported, not tried again on its own

    @property
    def final(self) -> bool:
        return self in (MessageState.filed, MessageState.duplicate, MessageState.known, MessageState.skipped,
                        MessageState.given_up)


class SendState(StrEnum):
    sending = "sending"  # handed to the server; left so only if the process died mid-send
    sent = "sent"
    refused = "refused"


class MailMessage(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    account: str = Field(index=True)  # user@host:port
    folder: str
    uidvalidity: int
    uid: int
    message_id: str | None = Field(default=None, index=True)
    sha256: str | None = Field(default=None, index=True)
    subject: str = ""
    from_addr: str = ""
    size: int = 0
    state: MessageState = Field(default=MessageState.working, sa_type=EnumText(MessageState), index=True)
    attempts: int = 0
    reason: str | None = Field(default=None, sa_column=Column(Text))  # why it failed or was skipped
    skipped_by: str | None = None  # the rule that skipped it ("automatic": an automatic reply)
    rules: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON))  # what each rule did
    case_refs: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    document_id: int | None = Field(default=None, foreign_key="document.id")
    original: str | None = None  # where its bytes are kept (among the originals), filed or not
    same_as: int | None = Field(default=None, foreign_key="mailmessage.id")  # `known`: the earlier row
    after: str | None = None  # what was done to it in the mailbox (or why that failed)
    first_seen: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)

    __table_args__ = (UniqueConstraint("account", "folder", "uidvalidity", "uid", name="uq_mailmessage_uid"),)


class MailFetch(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    account: str = Field(index=True)
    trigger: str = "cli"  # cli | schedule
    owner: str = ""  # host:pid:thread of the process fetching: a dead one's fetch is not waited for
    started_at: datetime = Field(default_factory=utcnow)
    beat_at: datetime | None = None  # the fetch's heartbeat, after each message
    finished_at: datetime | None = None
    ok: bool = False
    error: str | None = Field(default=None, sa_column=Column(Text))
    folders: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))  # folder -> UIDVALIDITY, counts
    counts: dict[str, int] = Field(default_factory=dict, sa_column=Column(JSON))  # state -> messages


class MailSent(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    draft_id: int = Field(foreign_key="draft.id", index=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    version: int
    state: SendState = Field(default=SendState.sending, sa_type=EnumText(SendState))
    message_id: str | None = Field(default=None, index=True)
    sender: str = ""
    recipients: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    subject: str = ""
    original: str | None = None  # the message as sent, kept among the originals
    sha256: str | None = None
    server: str = ""  # host:port
    reply: str | None = Field(default=None, sa_column=Column(Text))  # the server's answer, or why it failed
    actor: str = ""
    attempted_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = None


TABLES = (MailMessage.__table__, MailFetch.__table__, MailSent.__table__)  # type: ignore[attr-defined]


def ensure_tables(session: Session) -> None:
    """Create the mail tables where a database lacks them. A database made from the models by a
    process that never imported this module (a script using `cases.db` alone) is stamped with
    the newest migration all the same, so migration 0003 would never run on it; creating exactly
    its tables here is what that migration would have done."""
    conn = session.connection()
    have = set(inspect(conn).get_table_names())
    missing = [t for t in TABLES if t.name not in have]
    if missing:
        SQLModel.metadata.create_all(conn, tables=missing)
        session.commit()
