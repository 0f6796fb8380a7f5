"""A draft's life: draft -> approved -> sent (or discarded), every step an audit event.

Edits are kept as `DraftVersion` rows. The approver must be a second person: not the author, nor
anyone who wrote a version of the text (four eyes). An approved draft that is edited again goes
back to "draft" and needs approving again. A draft with unresolved placeholders cannot be approved.
Marking a draft sent meets the deadline it answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from cases.models import AuditEvent, Case, Document, Draft, DraftVersion
from extract.profile import PlatformProfile
from responses import deadlines
from responses.context import answered_document, build_context, family
from responses.letterhead import Letterhead
from responses.library import Library, TemplateLibraryError, TemplateSpec, load_library
from responses.sandbox import markers_in, render


class WorkflowError(ValueError):
    """A step the draft's state or the four-eyes rule does not allow; the message says why."""


def draft(
    session: Session,
    case: Case,
    template: str | TemplateSpec = "acknowledgement",
    *,
    author: str,
    document_id: int | None = None,
    language: str | None = None,
    today: date | None = None,
    extra: Mapping[str, Any] | None = None,
    library: Library | None = None,
    templates_dir: Path | None = None,
    profile: PlatformProfile | None = None,
    letterhead: Letterhead | None = None,
) -> Draft:
    """Draft the answer to a case (its latest document, or `document_id`) from a template.

    `template` is "kind/name" or a name under the case's kind (default: its acknowledgement).
    The template in the letter's language is used where the library has one. `extra` supplies
    values no case holds (a decision's reasons, say); what is still missing is listed in
    `Draft.unresolved` and shown in the text as `[[MISSING: name]]`.
    """
    library = library or load_library(templates_dir)
    doc = session.get(Document, document_id) if document_id else answered_document(session, case)
    if doc is not None and doc.case_id != case.id:
        raise WorkflowError(f"document {doc.id} belongs to another case, not {case.ref}")
    kind = case.kind or (doc.kind if doc else None) or ((doc.fields or {}).get("kind") if doc else None)
    lang = language or (doc.language if doc else None) or "en"
    spec = template if isinstance(template, TemplateSpec) else library.find(template, kind=kind, language=lang)
    docs = family(session, doc) if doc else []

    # A reply with a statutory clock of its own (a defective notice must be answered within
    # 48 hours) sets that deadline if filing has not.
    clock = spec.extra.get("statutory_clock")
    if isinstance(clock, Mapping) and clock.get("regime") and clock.get("hours"):
        deadlines.ensure_statutory_deadline(
            session, case, doc, regime=str(clock["regime"]), clock=clock.get("clock"), hours=int(clock["hours"]),
            basis=str(clock.get("basis", "")), actor=author,
        )

    ctx = build_context(
        session, case, document=doc, language=spec.language, today=today, profile=profile,
        letterhead=letterhead, extra=extra,
    )
    out = render(spec, ctx, library)
    dl = deadlines.pick_deadline(session, case, spec.meets, docs)
    d = Draft(
        case_id=case.id, document_id=doc.id if doc else None, deadline_id=dl.id if dl else None,
        template=spec.key, output=spec.output, status="draft", text=out.text, subject=out.subject or None,
        unresolved=list(out.unresolved), version=1, author=author,
    )
    session.add(d)
    session.flush()
    session.add(DraftVersion(draft_id=d.id, version=1, text=d.text, author=author))
    _audit(session, d, author, "draft.created", why=f"from template {spec.key} ({spec.language})",
           detail={"template": spec.key, "language": spec.language, "unresolved": d.unresolved,
                   "deadline_id": d.deadline_id})
    session.commit()
    return d


def edit(session: Session, d: Draft, text: str, *, actor: str, subject: str | None = None) -> Draft:
    """A new version of the text. Editing an approved draft withdraws the approval."""
    if d.status not in ("draft", "approved"):
        raise WorkflowError(f"draft {d.id} is {d.status}: it can no longer be edited")
    if text == d.text and (subject is None or subject == d.subject):
        return d
    withdrawn = d.status == "approved"
    d.version += 1
    d.text = text
    if subject is not None:
        d.subject = subject
    d.unresolved = markers_in(text)
    d.status = "draft"
    d.approver = None
    d.updated_at = datetime.now(UTC)
    session.add(d)
    session.add(DraftVersion(draft_id=d.id, version=d.version, text=text, author=actor))
    _audit(session, d, actor, "draft.edited",
           why="approval withdrawn by the edit" if withdrawn else "",
           detail={"version": d.version, "unresolved": d.unresolved})
    session.commit()
    return d


def versions(session: Session, d: Draft) -> list[DraftVersion]:
    return list(session.exec(
        select(DraftVersion).where(DraftVersion.draft_id == d.id).order_by(DraftVersion.version)
    ).all())


def writers(session: Session, d: Draft) -> set[str]:
    return {d.author, *(v.author for v in versions(session, d))}


def approve(session: Session, d: Draft, *, actor: str) -> Draft:
    if d.status != "draft":
        raise WorkflowError(f"draft {d.id} is {d.status}: only a draft can be approved")
    if actor in writers(session, d):
        raise WorkflowError(
            f"{actor} wrote this draft (or a version of it): a second person must approve it (four eyes)"
        )
    left = markers_in(d.text)
    if left:
        raise WorkflowError(f"draft {d.id} still has unresolved placeholders: {', '.join(left)}")
    d.status = "approved"
    d.approver = actor
    d.updated_at = datetime.now(UTC)
    session.add(d)
    _audit(session, d, actor, "draft.approved", detail={"version": d.version})
    session.commit()
    return d


def send(
    session: Session, d: Draft, *, actor: str, at: datetime | None = None, library: Library | None = None
) -> Draft:
    """Mark an approved draft sent at `at` (default now; the mail/ stage or a person sends it) and
    meet the deadline it answers. An internal draft (a case summary) meets nothing."""
    if d.status != "approved":
        raise WorkflowError(f"draft {d.id} is {d.status}: only an approved draft can be sent")
    spec = _spec_of(d, library)
    d.status = "sent"
    d.updated_at = at or datetime.now(UTC)
    session.add(d)
    _audit(session, d, actor, "draft.sent", detail={"version": d.version, "deadline_id": d.deadline_id})
    if spec and spec.extra.get("extends"):
        deadlines.extend(session, d.case_id, str(spec.extra["extends"]), actor, why=f"draft {d.id} ({d.template}) sent")
    elif not (spec and spec.extra.get("internal")):
        deadlines.answered(
            session, d.case_id, d.deadline_id, actor, at=at,
            awaiting_reply=bool(spec and spec.extra.get("awaits_reply")),
            acknowledgement=(spec.outcome if spec else d.template).startswith("acknowledged")
            or d.template.endswith("/acknowledgement"),
            why=f"draft {d.id} ({d.template}) sent",
        )
    session.commit()
    return d


def _spec_of(d: Draft, library: Library | None) -> TemplateSpec | None:
    try:
        return (library or load_library()).find(d.template)
    except TemplateLibraryError:
        return None  # the template was renamed since: send all the same


def discard(session: Session, d: Draft, *, actor: str, why: str = "") -> Draft:
    if d.status in ("sent", "discarded"):
        raise WorkflowError(f"draft {d.id} is {d.status}: it cannot be discarded")
    d.status = "discarded"
    d.updated_at = datetime.now(UTC)
    session.add(d)
    _audit(session, d, actor, "draft.discarded", why=why)
    session.commit()
    return d


def _audit(session: Session, d: Draft, actor: str, action: str, *, why: str = "",
           detail: dict[str, Any] | None = None) -> None:
    session.add(AuditEvent(actor=actor, action=action, case_id=d.case_id, document_id=d.document_id,
                           draft_id=d.id, why=why, detail=detail or {}))
