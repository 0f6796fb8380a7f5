"""What the appeals team does with replies, one call each: draft from a template, list and show
drafts, edit, approve (four eyes), send, discard, export; the template library; DSA statements of
reasons. Every door (command line, web desk, worker) calls these; they return plain rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from cases import accounts
from cases.errors import Invalid, NotFound
from cases.find import case_by_ref
from cases.models import AuditEvent, Case, Document, Draft
from cases.vocab import DraftOutput, DraftStatus
from responses import sor
from responses.config import ResponsesConfig
from responses.context import family, missing_notice_items
from responses.outputs import check_format, draft_bytes, write_draft
from responses.workflow import approve, discard, draft, edit, send, versions


@dataclass(frozen=True)
class DraftView:
    id: int
    case_ref: str
    template: str
    output: DraftOutput
    status: DraftStatus
    version: int
    author: str
    approver: str | None
    subject: str | None
    text: str
    unresolved: tuple[str, ...]


@dataclass(frozen=True)
class NoticeHint:
    """A notice lacks items the law requires: how many, and the templates that ask for them."""

    lacking: int
    templates: tuple[str, ...]


@dataclass(frozen=True)
class DraftResult:
    draft: DraftView
    notice: NoticeHint | None = None  # only when an acknowledgement answers an incomplete notice
    written: Path | None = None
    language_note: str | None = None  # the letter's language has no template: drafted in another, to confirm


@dataclass(frozen=True)
class VersionRow:
    version: int
    author: str
    created_at: datetime


@dataclass(frozen=True)
class EventRow:
    at: datetime
    actor: str
    action: str
    why: str


@dataclass(frozen=True)
class DraftDetail:
    draft: DraftView
    versions: list[VersionRow] = field(default_factory=list)
    events: list[EventRow] = field(default_factory=list)


@dataclass(frozen=True)
class TemplateRow:
    key: str  # kind/name
    kind: str
    name: str
    language: str
    output: DraftOutput
    outcome: str
    required: tuple[str, ...]


def _view(d: Draft, case_ref: str) -> DraftView:
    return DraftView(id=d.id or 0, case_ref=case_ref, template=d.template, output=d.output, status=d.status,
                     version=d.version, author=d.author, approver=d.approver, subject=d.subject, text=d.text,
                     unresolved=tuple(d.unresolved))


def _ref(session: Session, d: Draft) -> str:
    case = session.get(Case, d.case_id)
    return case.ref if case else "?"


def _draft(session: Session, draft_id: int) -> Draft:
    d = session.get(Draft, draft_id)
    if d is None:
        raise NotFound(f"no draft {draft_id}")
    return d


def _check_format(out: Path | None, cfg: ResponsesConfig) -> None:
    # before anything is written: an unknown format, or PDF where LibreOffice is missing, must not
    # leave a draft nobody asked for
    check_format(out, cfg)


def _write_then_commit(session: Session, d: Draft, out: Path | None, cfg: ResponsesConfig) -> Path | None:
    """Write the file, then commit: a failure on either leaves neither (no orphan draft, no file)."""
    written = None
    try:
        written = write_draft(session, d, out, cfg) if out else None
        session.commit()
    except BaseException:
        session.rollback()
        if written is not None:
            written.unlink(missing_ok=True)
        raise
    return written


# --- the library -----------------------------------------------------------------------------------

def templates(cfg: ResponsesConfig, kind: str | None = None) -> list[TemplateRow]:
    """The template library (or a kind's part of it)."""
    kinds = sorted({t.kind for t in cfg.library.templates})
    if kind is not None and kind not in kinds:
        raise Invalid(f"no templates for kind {kind!r} (the kinds are {', '.join(kinds)})")
    return [TemplateRow(key=t.key, kind=t.kind, name=t.name, language=t.language, output=t.output,
                        outcome=t.outcome, required=t.required)
            for t in cfg.library.templates if kind is None or t.kind == kind]


# --- drafting --------------------------------------------------------------------------------------

def draft_reply(
    session: Session,
    ref: str,
    cfg: ResponsesConfig,
    *,
    author: str,
    template: str = "acknowledgement",
    language: str | None = None,
    document_id: int | None = None,
    values: Mapping[str, Any] | None = None,
    out: Path | None = None,
) -> DraftResult:
    """Draft the answer to case `ref` from a template (a name under the case's kind, or kind/name);
    `values` fill what no case holds. Written to `out` too (.docx, .pdf, .eml or .txt) when given;
    a draft that cannot be written is not kept."""
    _check_format(out, cfg)
    case = case_by_ref(session, ref)
    try:
        d = draft(session, case, template, cfg, author=author, document_id=document_id, language=language,
                  extra=values, commit=False)
        session.flush()
    except BaseException:
        session.rollback()
        raise
    hint = None
    doc = session.get(Document, d.document_id) if d.document_id else None
    lacking = missing_notice_items(family(session, doc)) if doc else []
    if lacking and template == "acknowledgement":
        names = tuple(t.name for t in cfg.library.for_kind(case.kind) if t.outcome == "notice_incomplete")
        hint = NoticeHint(len(lacking), names)
    written = _write_then_commit(session, d, out, cfg)
    note = next((line for line in d.text.splitlines() if line.startswith("[[CONFIRM language:")), None)
    return DraftResult(_view(d, case.ref), hint, written, language_note=note)


def draft_status(value: str) -> DraftStatus:
    """A draft status named by a person, or an error that lists them."""
    try:
        return DraftStatus(value)
    except ValueError:
        raise Invalid(f"unknown draft status {value!r} (one of {', '.join(DraftStatus)})") from None


def list_drafts(session: Session, *, case_ref: str | None = None, status: DraftStatus | None = None
                ) -> list[DraftView]:
    q = select(Draft, Case).where(col(Draft.case_id) == col(Case.id)).order_by(col(Draft.id))
    if case_ref:
        q = q.where(Case.ref == case_by_ref(session, case_ref).ref)  # a case that is not there says so
    if status:
        q = q.where(Draft.status == status)
    return [_view(d, c.ref) for d, c in session.exec(q).all()]


def show_draft(session: Session, draft_id: int, *, history: bool = False) -> DraftDetail:
    """A draft's current text; with `history`, its versions and audit events."""
    d = _draft(session, draft_id)
    if not history:
        return DraftDetail(_view(d, _ref(session, d)))
    events = session.exec(select(AuditEvent).where(AuditEvent.draft_id == d.id).order_by(col(AuditEvent.at))).all()
    return DraftDetail(
        _view(d, _ref(session, d)),
        versions=[VersionRow(v.version, v.author, v.created_at) for v in versions(session, d)],
        events=[EventRow(e.at, e.actor, e.action, e.why) for e in events],
    )


def edit_draft(session: Session, draft_id: int, text: str, cfg: ResponsesConfig, *, actor: str,
               subject: str | None = None) -> DraftView:
    """A new version of the text (an approved draft goes back to draft)."""
    d = edit(session, _draft(session, draft_id), text, cfg, actor=actor, subject=subject)
    return _view(d, _ref(session, d))


@dataclass(frozen=True)
class Edited:
    draft: DraftView
    changed: bool


def edit_draft_with(session: Session, draft_id: int, editor: Callable[[str], str | None], cfg: ResponsesConfig, *,
                    actor: str, subject: str | None = None) -> Edited:
    """The draft's text handed to `editor` (a person's $EDITOR); what comes back is kept as a new
    version (withdrawing an approval), nothing when it comes back unchanged or not at all."""
    d = _draft(session, draft_id)
    if d.status not in (DraftStatus.draft, DraftStatus.approved):
        raise Invalid(f"draft {d.id} is {d.status}: it can no longer be edited")
    text = editor(d.text)
    if text is None or (text == d.text and subject in (None, d.subject)):
        return Edited(_view(d, _ref(session, d)), changed=False)
    return Edited(edit_draft(session, draft_id, text, cfg, actor=actor, subject=subject), changed=True)


def approve_draft(session: Session, draft_id: int, cfg: ResponsesConfig, *, actor: str) -> DraftView:
    """Approve as `actor`, who wrote no version of it (four eyes)."""
    d = approve(session, _draft(session, draft_id), cfg, actor=accounts.approver(session, draft_id, actor))
    return _view(d, _ref(session, d))


def send_draft(session: Session, draft_id: int, cfg: ResponsesConfig, *, actor: str, out: Path | None = None
               ) -> DraftResult:
    """Mark an approved draft sent (the deadline it answers is met); written to `out` when given
    (both, or neither)."""
    _check_format(out, cfg)
    d = _draft(session, draft_id)
    try:
        send(session, d, cfg, actor=actor, commit=False)
    except BaseException:
        session.rollback()
        raise
    written = _write_then_commit(session, d, out, cfg)
    return DraftResult(_view(d, _ref(session, d)), written=written)


def discard_draft(session: Session, draft_id: int, cfg: ResponsesConfig, *, actor: str, why: str = "") -> DraftView:
    d = discard(session, _draft(session, draft_id), cfg, actor=actor, why=why)
    return _view(d, _ref(session, d))


def export_draft(session: Session, draft_id: int, out: Path, cfg: ResponsesConfig) -> Path:
    """Write a draft's current text as a letter (.docx, .pdf), an email reply (.eml) or plain text:
    ready to send once approved, visibly a draft before."""
    _check_format(out, cfg)
    return write_draft(session, _draft(session, draft_id), out, cfg)


def draft_file(session: Session, draft_id: int, fmt: str, cfg: ResponsesConfig) -> bytes:
    """A draft as the bytes of a .docx, .eml or .txt (for a door that sends them, not a file)."""
    return draft_bytes(session, _draft(session, draft_id), fmt, cfg)


# --- DSA statements of reasons ---------------------------------------------------------------------

@dataclass(frozen=True)
class SorRequest:
    """A person's decision on a case's cited content; what they leave out is suggested from the case."""

    explanation: str
    content_date: date | None = None
    application_date: date | None = None
    ground: str | None = None
    legal_ground: str | None = None
    category: str | None = None
    keywords: tuple[str, ...] = ()
    visibility: tuple[str, ...] = ()
    source_type: str | None = None
    facts: str | None = None


@dataclass(frozen=True)
class SorResult:
    statements: int
    files: tuple[Path, ...]


def statements_of_reasons(session: Session, ref: str, req: SorRequest, out_dir: Path, cfg: ResponsesConfig, *,
                          actor: str) -> SorResult:
    """DSA Art. 17 statements for the case's cited content, validated, written in batches of 100."""
    case = case_by_ref(session, ref)
    values = sor.case_values(session, case)
    base = sor.suggest_decision(values["legal_bases"], values["kind"], req.explanation)
    decision = sor.Decision(
        ground=req.ground or base.ground, legal_ground=req.legal_ground or base.legal_ground,
        explanation=req.explanation, category=req.category or base.category,
        keywords=req.keywords or base.keywords, visibility=req.visibility or base.visibility,
        source_type=req.source_type or base.source_type, content_date=req.content_date,
        application_date=req.application_date, facts=req.facts or "",
    )
    statements = sor.build_statements(session, case, decision, today=cfg.cases.clock.today())
    if not statements:
        raise Invalid(f"case {case.ref} cites no content: no statement to make")
    paths = sor.export(statements, out_dir, prefix=case.ref, names=values["names"])
    session.add(AuditEvent(actor=actor, action="sor.exported", case_id=case.id,
                           detail={"files": [p.name for p in paths], "puids": [s["puid"] for s in statements]}))
    session.commit()
    return SorResult(len(statements), tuple(paths))
