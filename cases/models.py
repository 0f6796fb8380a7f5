"""The database tables (SQLModel). SQLite by default, PostgreSQL when DATABASE_URL says so.

Models follow the XBase -> X(table=True) / XPublic pattern where a shape is shown to users.
Datetimes are timezone-aware UTC.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import JSON, Column, Dialect, Index, Text, UniqueConstraint, text
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel
from sqlmodel.sql.sqltypes import AutoString

from cases.vocab import (
    CaseStatus,
    CitedKind,
    DeadlineSource,
    DeadlineState,
    DocumentStatus,
    DraftOutput,
    DraftStatus,
    KeyKind,
    PartyRole,
    Priority,
    Role,
    SuggestionState,
)

log = logging.getLogger(__name__)
E = TypeVar("E", bound=StrEnum)


def utcnow() -> datetime:
    """When a row was written (its created_at / at stamp): the system's record of the write, not a
    date any rule decides by; rules take their moments from the configured clock."""
    return datetime.now(UTC)


class EnumText(TypeDecorator[E], Generic[E]):
    """A `StrEnum` in a plain string column: the same VARCHAR and the same values as before the
    vocabulary was typed; read back as the enum."""

    impl = AutoString
    cache_ok = True

    def __init__(self, enum: type[E]) -> None:
        super().__init__()
        self.enum = enum

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else str(self.enum(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        try:
            return self.enum(value)
        except ValueError:
            # a value written by another version: shown as it is rather than failing the read
            log.warning("unknown %s %r in the database", self.enum.__name__, value)
            return value


# --- people -------------------------------------------------------------------------------------

class Team(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True)
    vendor: bool = False  # an outsourced moderation team rather than in-house
    kinds: list[str] = Field(default_factory=list, sa_column=Column(JSON))  # kinds this team handles


class User(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True, index=True)
    display_name: str = ""
    email: str | None = None
    role: Role = Field(default=Role.specialist, sa_type=EnumText(Role))
    team_id: int | None = Field(default=None, foreign_key="team.id")
    password_hash: str | None = None
    active: bool = True
    # SHA-256 of the bearer tokens (never the tokens): the JSON API's and the private calendar feed's;
    # a new one replaces (revokes) the old
    api_token_hash: str | None = Field(default=None, index=True)
    feed_token_hash: str | None = Field(default=None, index=True)


# --- cases --------------------------------------------------------------------------------------

class CaseBase(SQLModel):
    title: str = ""
    kind: str | None = None
    status: CaseStatus = Field(default=CaseStatus.new, sa_type=EnumText(CaseStatus))
    priority: Priority = Field(default=Priority.normal, sa_type=EnumText(Priority))


class Case(CaseBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(unique=True, index=True)  # CI-YYYY-NNNN; unique by constraint, not by luck
    year: int = Field(index=True)
    number: int
    opened: date
    assignee_id: int | None = Field(default=None, foreign_key="user.id", index=True)
    team_id: int | None = Field(default=None, foreign_key="team.id", index=True)
    imported: bool = False  # came from `lexdesk cases import`
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    closed_at: datetime | None = None
    first_response_at: datetime | None = None  # our first reply sent: SLA and manager figures
    why_priority: str = ""  # what set the priority, for a person reading it

    __table_args__ = (UniqueConstraint("year", "number", name="uq_case_year_number"),)


class CasePublic(CaseBase):
    ref: str
    opened: date


class CaseKey(SQLModel, table=True):
    """What identifies a case for linking: a review id, URL, party, email address, their
    reference, Message-ID... normalised, indexed by (kind, value) so that filing a document is
    a handful of indexed look-ups whatever the number of cases."""

    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    kind: KeyKind = Field(sa_type=EnumText(KeyKind))
    value: str
    document_id: int | None = Field(default=None, foreign_key="document.id")
    role: str = ""  # a PartyRole for party keys; empty for the others

    # the unique constraint's index (kind, value, case_id) serves the look-up by (kind, value)
    __table_args__ = (UniqueConstraint("kind", "value", "case_id", name="uq_casekey"),)


class Party(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    name: str
    role: PartyRole = Field(default=PartyRole.party, sa_type=EnumText(PartyRole))
    email: str | None = None


# --- documents ----------------------------------------------------------------------------------

class DocumentBase(SQLModel):
    filename: str | None = None
    part: str | None = None  # the attachment's file name inside an email
    media_type: str = "unknown"
    size: int = 0
    received: date | None = None
    status: DocumentStatus = Field(default=DocumentStatus.filed, sa_type=EnumText(DocumentStatus))
    error: str | None = None
    language: str | None = None
    kind: str | None = None
    subject: str | None = None
    from_addr: str | None = None


# Exactly once by construction: one top-level document per original's bytes (and at most one
# failure of them beside it while a retry replaces it). A read-then-insert check alone lets two
# processes file the same file at the same moment; these indexes make the second insert fail.
TOP_FILED = "parent_id IS NULL AND status != 'failed'"
TOP_FAILED = "parent_id IS NULL AND status = 'failed'"


class Document(DocumentBase, table=True):
    __table_args__ = (
        Index("ux_document_top_sha256", "sha256", unique=True,
              sqlite_where=text(TOP_FILED), postgresql_where=text(TOP_FILED)),
        Index("ux_document_top_failed_sha256", "sha256", unique=True,
              sqlite_where=text(TOP_FAILED), postgresql_where=text(TOP_FAILED)),
    )

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(index=True)
    original: str  # path of the kept original, relative to the originals folder
    parent_id: int | None = Field(default=None, foreign_key="document.id", index=True)
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    text: str = Field(default="", sa_column=Column(Text))
    quoted: str = Field(default="", sa_column=Column(Text))
    message_id: str | None = Field(default=None, index=True)
    in_reply_to: str | None = None
    letter_date: date | None = None
    sent_at: datetime | None = None  # an email's own Date header: when it was sent to us
    received_from: str | None = None  # a ReceivedFrom: which date `received` is, for a person reading it
    triage: str | None = None  # why a person must look before it counts as work (None: it does)
    ocr_confidence: float | None = None  # the lowest mean word confidence of its OCR'd pages (0-100)
    reminder_of: int | None = Field(default=None, foreign_key="document.id")  # the request it chases
    corrections: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))  # field -> by hand
    references: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    fields: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))  # Extraction.fields()
    evidence: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))  # field -> spans, why
    link: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))  # signals that decided
    created_at: datetime = Field(default_factory=utcnow)


class DocumentPublic(DocumentBase):
    id: int
    sha256: str
    case_ref: str | None = None


class CitedItem(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    kind: CitedKind = Field(sa_type=EnumText(CitedKind))
    value: str = Field(sa_column=Column(Text))
    confidence: float | None = None  # the OCR confidence of the page it was read on (0-100), if scanned


class LinkSuggestion(SQLModel, table=True):
    """A weak or ambiguous match: a person confirms or rejects it; nothing is merged silently."""

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    score: float
    signals: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    state: SuggestionState = Field(default=SuggestionState.pending, sa_type=EnumText(SuggestionState))
    created_at: datetime = Field(default_factory=utcnow)
    resolved_by: str | None = None
    resolved_at: datetime | None = None


# --- deadlines ----------------------------------------------------------------------------------

class Deadline(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    document_id: int | None = Field(default=None, foreign_key="document.id")
    due: date = Field(index=True)
    due_at: datetime | None = None  # the exact moment, where a rule counts hours (UTC)
    source: DeadlineSource = Field(default=DeadlineSource.letter, sa_type=EnumText(DeadlineSource))
    regime: str | None = None  # e.g. gdpr, defamation_uk, dsa, sla
    clock: str | None = None  # the clock of the regime, e.g. "operator", "poster", "respond"
    label: str = ""  # what must happen by then, for a person reading it
    basis: str = ""  # the words or rule that set it (with its legal source for a statutory clock)
    state: DeadlineState = Field(default=DeadlineState.open, index=True, sa_type=EnumText(DeadlineState))
    owner_id: int | None = Field(default=None, foreign_key="user.id")
    met_at: datetime | None = None
    paused_days: int = 0  # UK GDPR: the clock stops while the requester's identity is awaited
    extended: bool = False  # GDPR Art. 12(3): two more months, with notice to the requester
    before_receipt: bool = False  # the day had passed when the letter reached us: not one we missed
    item: str = ""  # what a statutory clock runs for (the request: "access", "objection"), where told
    reminders: int = 0  # chasers received on the same request (one request, one clock)
    created_at: datetime = Field(default_factory=utcnow)


# --- responses ----------------------------------------------------------------------------------

class Draft(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    case_id: int = Field(foreign_key="case.id", index=True)
    document_id: int | None = Field(default=None, foreign_key="document.id")  # what it answers
    deadline_id: int | None = Field(default=None, foreign_key="deadline.id")  # what sending meets
    template: str
    output: DraftOutput = Field(default=DraftOutput.letter, sa_type=EnumText(DraftOutput))
    status: DraftStatus = Field(default=DraftStatus.draft, sa_type=EnumText(DraftStatus))
    text: str = Field(default="", sa_column=Column(Text))
    subject: str | None = None
    unresolved: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    version: int = 1
    author: str
    approver: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class DraftVersion(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    draft_id: int = Field(foreign_key="draft.id", index=True)
    version: int
    text: str = Field(sa_column=Column(Text))
    author: str
    created_at: datetime = Field(default_factory=utcnow)


# --- audit --------------------------------------------------------------------------------------

class AuditEvent(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor: str
    action: str  # document.filed | case.opened | case.merged | draft.approved | ...
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True)
    document_id: int | None = Field(default=None, foreign_key="document.id")
    draft_id: int | None = Field(default=None, foreign_key="draft.id")
    why: str = ""
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
