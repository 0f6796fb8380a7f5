"""A draft's life: draft -> approved -> sent (or discarded), every step an audit event.

Edits are kept as `DraftVersion` rows. The approver must be a second person: not the author, nor
anyone who wrote a version of the text (four eyes). An approved draft that is edited again goes
back to "draft" and needs approving again. A draft with unresolved placeholders cannot be approved.
Marking a draft sent meets the deadline it answers.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from cases.errors import Invalid, NotFound
from cases.models import AuditEvent, Case, Document, Draft, DraftVersion
from cases.vocab import DraftStatus
from responses import deadlines
from responses.config import ResponsesConfig
from responses.context import answered_document, build_context, family
from responses.library import TemplateLibraryError, TemplateSpec
from responses.sandbox import CONFIRM, markers_in, render

log = logging.getLogger(__name__)
Ds = DraftStatus


class WorkflowError(Invalid):
    """A step the draft's state or the four-eyes rule does not allow; the message says why."""


def draft(
    session: Session,
    case: Case,
    template: str | TemplateSpec,
    cfg: ResponsesConfig,
    *,
    author: str,
    document_id: int | None = None,
    language: str | None = None,
    extra: Mapping[str, Any] | None = None,
    commit: bool = True,
) -> Draft:
    """Draft the answer to a case (the document holding its open demand, or `document_id`) from a
    template.

    `template` is "kind/name" or a name under the case's kind (default: its acknowledgement).
    `language` asked for is a template in that language or an error naming the languages there
    are; without it, the letter's language is used where the library has it, and otherwise the
    draft is English with a line the reviewer must confirm (`[[CONFIRM language: ...]]`, which
    blocks approval until it is deleted). `extra` supplies values no case holds (a decision's
    reasons, say); what is still missing is listed in `Draft.unresolved` and shown in the text as
    `[[MISSING: name]]`. `commit` False leaves the commit to the caller (who writes a file first).
    """
    library = cfg.library
    if document_id is not None:
        doc = session.get(Document, document_id)
        if doc is None:
            raise NotFound(f"no document {document_id}")
    else:
        doc = answered_document(session, case)
    if doc is not None and doc.case_id != case.id:
        raise WorkflowError(f"document {doc.id} belongs to another case, not {case.ref}")
    kind = case.kind or (doc.fields or {}).get("kind") if doc else case.kind
    kind = kind or (doc.kind if doc else None)
    letter_lang = (doc.language if doc else None) or "en"
    fallback = None
    if isinstance(template, TemplateSpec):
        spec = template
    elif language:
        spec = library.find(template, kind=kind, language=language.strip().lower(), strict=True)
    else:
        spec = library.find(template, kind=kind, language=letter_lang)
        if spec.language != letter_lang:
            there = ", ".join(sorted({t.language for t in library.versions(template, kind=kind)}))
            fallback = (f"the letter is in {letter_lang!r} but {spec.key} has no {letter_lang!r} version (there are: "
                        f"{there}); this draft is in {spec.language!r}. Translate it, or delete this line to confirm")
    docs = family(session, doc) if doc else []

    # A reply with a statutory clock of its own (a defective notice must be answered within
    # 48 hours) sets that deadline if filing has not.
    clock = spec.extra.get("statutory_clock")
    if isinstance(clock, Mapping) and clock.get("regime") and clock.get("hours"):
        deadlines.ensure_statutory_deadline(
            session, case, doc, cfg.cases, regime=str(clock["regime"]), clock=clock.get("clock"),
            hours=int(clock["hours"]),
            basis=str(clock.get("basis", "")), actor=author,
        )

    ctx = build_context(session, case, cfg, document=doc, language=spec.language, extra=extra)
    out = render(spec, ctx, library)
    text, unresolved = out.text, list(out.unresolved)
    if fallback:
        text = CONFIRM.format("language", fallback) + "\n\n" + text
        unresolved.insert(0, "language")
    dl = deadlines.pick_deadline(session, case, spec.meets, docs)
    now = cfg.cases.clock.now()
    d = Draft(
        case_id=case.id or 0, document_id=doc.id if doc else None, deadline_id=dl.id if dl else None,
        template=spec.key, output=spec.output, status=Ds.draft, text=text, subject=out.subject or None,
        unresolved=unresolved, version=1, author=author, created_at=now, updated_at=now,
    )
    session.add(d)
    session.flush()
    session.add(DraftVersion(draft_id=d.id or 0, version=1, text=d.text, author=author, created_at=now))
    _audit(session, d, author, "draft.created", why=f"from template {spec.key} ({spec.language})",
           detail={"template": spec.key, "language": spec.language, "unresolved": d.unresolved,
                   "deadline_id": d.deadline_id, "language_fallback": bool(fallback)})
    if commit:
        session.commit()
    return d


def edit(session: Session, d: Draft, text: str, cfg: ResponsesConfig, *, actor: str,
         subject: str | None = None) -> Draft:
    """A new version of the text. Editing an approved draft withdraws the approval."""
    if d.status not in (Ds.draft, Ds.approved):
        raise WorkflowError(f"draft {d.id} is {d.status}: it can no longer be edited")
    if text == d.text and (subject is None or subject == d.subject):
        return d
    withdrawn = d.status == Ds.approved
    d.version += 1
    d.text = text
    if subject is not None:
        d.subject = subject
    d.unresolved = markers_in(text)
    d.status = Ds.draft
    d.approver = None
    d.updated_at = cfg.cases.clock.now()
    session.add(d)
    session.add(DraftVersion(draft_id=d.id or 0, version=d.version, text=text, author=actor, created_at=d.updated_at))
    _audit(session, d, actor, "draft.edited",
           why="approval withdrawn by the edit" if withdrawn else "",
           detail={"version": d.version, "unresolved": d.unresolved})
    session.commit()
    return d


def versions(session: Session, d: Draft) -> list[DraftVersion]:
    return list(session.exec(
        select(DraftVersion).where(DraftVersion.draft_id == d.id).order_by(col(DraftVersion.version))
    ).all())


def writers(session: Session, d: Draft) -> set[str]:
    return {d.author, *(v.author for v in versions(session, d))}


def approve(session: Session, d: Draft, cfg: ResponsesConfig, *, actor: str) -> Draft:
    if d.status != Ds.draft:
        raise WorkflowError(f"draft {d.id} is {d.status}: only a draft can be approved")
    if actor in writers(session, d):
        raise WorkflowError(
            f"{actor} wrote this draft (or a version of it): a second person must approve it (four eyes)"
        )
    left = markers_in(d.text)
    if left:
        raise WorkflowError(f"draft {d.id} still has unresolved placeholders: {', '.join(left)}")
    d.status = Ds.approved
    d.approver = actor
    d.updated_at = cfg.cases.clock.now()
    session.add(d)
    _audit(session, d, actor, "draft.approved", detail={"version": d.version})
    session.commit()
    return d


def send(session: Session, d: Draft, cfg: ResponsesConfig, *, actor: str, at: datetime | None = None,
         commit: bool = True) -> Draft:
    """Mark an approved draft sent at `at` (default now; the mail/ stage or a person sends it) and
    meet the deadline it answers. An internal draft (a case summary) meets nothing; a letter to
    someone other than the sender (the poster of the content) meets only its own deadline."""
    if d.status != Ds.approved:
        raise WorkflowError(f"draft {d.id} is {d.status}: only an approved draft can be sent")
    spec = _spec_of(d, cfg)
    d.status = Ds.sent
    d.updated_at = at or cfg.cases.clock.now()
    session.add(d)
    _audit(session, d, actor, "draft.sent", detail={"version": d.version, "deadline_id": d.deadline_id})
    if spec and spec.extra.get("extends"):
        deadlines.extend(session, d.case_id, str(spec.extra["extends"]), actor, cfg.cases,
                         why=f"draft {d.id} ({d.template}) sent")
    elif spec and spec.extra.get("recipient") and d.deadline_id is not None:
        # written to a third party (the poster): its own clock is met, the complainant still waits
        deadlines.answered_own(session, d.deadline_id, actor, cfg.cases, at=at,
                               why=f"draft {d.id} ({d.template}) sent to the {spec.extra['recipient']}")
    elif not (spec and (spec.extra.get("internal") or spec.extra.get("recipient"))):
        deadlines.answered(
            session, d.case_id, d.deadline_id, actor, cfg.cases, at=at,
            awaiting_reply=bool(spec and spec.extra.get("awaits_reply")),
            acknowledgement=(spec.outcome if spec else d.template).startswith("acknowledged")
            or d.template.endswith("/acknowledgement"),
            why=f"draft {d.id} ({d.template}) sent",
        )
    if commit:
        session.commit()
    return d


def _spec_of(d: Draft, cfg: ResponsesConfig) -> TemplateSpec | None:
    try:
        return cfg.library.find(d.template)
    except TemplateLibraryError:
        # the template was renamed since: send all the same, meeting what any reply meets
        log.warning("draft %s: template %s is no longer in the library; sent as a plain reply", d.id, d.template)
        return None


def discard(session: Session, d: Draft, cfg: ResponsesConfig, *, actor: str, why: str = "") -> Draft:
    if d.status in (Ds.sent, Ds.discarded):
        raise WorkflowError(f"draft {d.id} is {d.status}: it cannot be discarded")
    d.status = Ds.discarded
    d.updated_at = cfg.cases.clock.now()
    session.add(d)
    _audit(session, d, actor, "draft.discarded", why=why)
    session.commit()
    return d


def _audit(session: Session, d: Draft, actor: str, action: str, *, why: str = "",
           detail: dict[str, Any] | None = None) -> None:
    session.add(AuditEvent(actor=actor, action=action, case_id=d.case_id, document_id=d.document_id,
                           draft_id=d.id, why=why, detail=detail or {}))
