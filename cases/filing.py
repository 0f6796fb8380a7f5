"""Store a document with its attachments and file them to their case (or open one).

`file_document` is the stage's entry point: the lead's pipeline calls it once per ingested file.
An email and its attachments always go to one case; the signals that decided, and their score,
are kept on each document (`Document.link`) and in an audit event.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import Session, select

from cases import deadlines as dl
from cases.config import CasesConfig
from cases.features import Features, PartIn, features
from cases.find import children, top_level_by_hash
from cases.keys import Key, message_id_key
from cases.lifecycle import auto_assign, document_arrived, priority
from cases.linking import Decision, decide
from cases.models import AuditEvent, Case, CaseKey, CitedItem, Document, LinkSuggestion, Party
from cases.refs import new_case
from cases.vocab import CitedKind, DocumentStatus, KeyKind, PartyRole, Priority
from extract.models import Extraction
from ingest.models import ParsedDocument

log = logging.getLogger(__name__)

RETRIES = 12


@dataclass(frozen=True)
class Part:
    """One document of a family (an email, or one of its attachments) ready to be filed."""

    parsed: ParsedDocument
    extraction: Extraction | None
    original: str  # where its original is kept (relative path in the originals folder)
    part: str | None = None  # attachment file name, None for the top-level file


def file_document(
    session: Session,
    parts: Sequence[Part],
    cfg: CasesConfig,
    *,
    received: date,
    actor: str,
) -> list[Document]:
    """File a top-level document and its attachments (parts[0] is the top level) to one case.

    Commits. When another process takes the same case number at the same moment, the unique
    constraint refuses it and the whole filing is retried (anything else pending on `session`
    is rolled back with it).
    """
    if not parts:
        return []
    existing = _already_filed(session, parts[0])
    if existing:
        return existing
    for attempt in range(RETRIES):
        try:
            docs = _file_once(session, parts, cfg, received=received, actor=actor)
            session.commit()
            return docs
        except (IntegrityError, OperationalError) as e:
            session.rollback()
            if attempt == RETRIES - 1 or (isinstance(e, OperationalError) and "locked" not in str(e)):
                raise
            log.info("filing %s collided with another writer (%s); retry %d", parts[0].parsed.filename,
                     type(e).__name__, attempt + 1)
            time.sleep(0.02 * (attempt + 1))
    raise RuntimeError("unreachable")


def _already_filed(session: Session, top: Part) -> list[Document]:
    first = top_level_by_hash(session, top.parsed.sha256)
    if first is None:
        return []
    return [first, *children(session, first)]


def _file_once(session: Session, parts: Sequence[Part], cfg: CasesConfig, *, received: date, actor: str
               ) -> list[Document]:
    now = cfg.clock.now()
    top = parts[0]
    if top.parsed.error:
        # nothing to link by: kept, shown as failed, filed by a person
        doc = _document(top, None, None, received, {"outcome": "unreadable"})
        session.add(doc)
        session.flush()
        session.add(AuditEvent(actor=actor, action="document.failed", document_id=doc.id, why=top.parsed.error))
        return [doc]

    feats = features([PartIn(p.parsed, p.extraction) for p in parts], cfg.profile, received)
    decision = decide(session, feats)
    opened = decision.case_id is None
    if opened:
        case = new_case(session, prefix=cfg.case_prefix, opened=received, title=_title(parts, feats),
                        kind=feats.kinds[0] if feats.kinds else None)
        session.add(AuditEvent(actor=actor, action="case.opened", case_id=case.id,
                               why=_why_new(decision), detail=decision.as_json()))
    else:
        found = session.get(Case, decision.case_id)
        assert found is not None
        case = found
        document_arrived(session, case, actor, at=now)
        if case.kind is None and feats.kinds:
            case.kind = feats.kinds[0]

    link = {"case": case.ref, **decision.as_json()}
    docs: list[Document] = []
    parent: Document | None = None
    for p in parts:
        d = _document(p, case.id, parent.id if parent else None, received,
                      link if parent is None else {"case": case.ref, "outcome": "attachment",
                                                   "signals": [{"signal": "attachment", "weight": 1.0}]})
        session.add(d)
        session.flush()
        parent = parent or d
        docs.append(d)
        _cited(session, case, d, p.extraction)
    _add_keys(session, case.id or 0, feats.keys(), docs[0].id)
    _add_parties(session, case, parts)

    for c in decision.suggestions:
        if c.case_id == case.id:
            continue
        session.add(LinkSuggestion(document_id=docs[0].id or 0, case_id=c.case_id, score=c.score,
                                   signals=c.as_json()))
        session.add(AuditEvent(actor=actor, action="link.suggested", case_id=c.case_id, document_id=docs[0].id,
                               why=f"{decision.outcome}: confirm whether {docs[0].filename} belongs to {c.ref}",
                               detail=c.as_json()))
    why = _why(decision, case)
    session.add(AuditEvent(actor=actor, action="document.filed", case_id=case.id, document_id=docs[0].id,
                           why=why, detail=link))
    log.info("%s: %s", top.parsed.filename or "document", why)

    if case.assignee_id is None:
        auto_assign(session, case, actor, at=now)
    received_at = _received_at(top.parsed, received)
    made: list[dl.Deadline] = []
    for p, d in zip(parts, docs, strict=True):
        made += dl.from_document(session, case, d, p.extraction, received=received, received_at=received_at,
                                 regimes=cfg.statutory)
    session.flush()
    nearest = dl.nearest_open(session, case.id or 0)
    level, why = priority(case.kind, nearest_due=nearest.due if nearest else None, today=cfg.clock.today(),
                          texts=[p.parsed.text for p in parts], rules=cfg.priority)
    if opened or _rank(level) > _rank(case.priority):
        case.priority, case.why_priority = Priority(level), why
    dl.first_response_sla(session, case, docs[0], received, cfg.sla)
    case.updated_at = now
    session.add(case)
    return docs


def _rank(level: str) -> int:
    order = tuple(Priority)
    return order.index(Priority(level)) if level in order else 1


def _document(p: Part, case_id: int | None, parent_id: int | None, received: date,
              link: dict[str, object]) -> Document:
    ex = p.extraction
    head = p.parsed.email
    return Document(
        sha256=p.parsed.sha256, original=p.original, filename=p.parsed.filename, part=p.part,
        media_type=p.parsed.media_type, size=p.parsed.size, received=received,
        status=DocumentStatus.failed if p.parsed.error else DocumentStatus.filed, error=p.parsed.error,
        language=ex.language if ex else None, kind=ex.kind.value if ex and ex.kind else None,
        subject=head.subject if head else None, from_addr=head.from_addr if head else None,
        text=p.parsed.text, quoted=p.parsed.quoted, parent_id=parent_id, case_id=case_id,
        message_id=head.message_id if head else None, in_reply_to=head.in_reply_to if head else None,
        references=list(head.references) if head else [],
        letter_date=ex.letter_date.value if ex and ex.letter_date else None,
        fields=ex.fields() if ex else {}, evidence=ex.evidence() if ex else {}, link=dict(link),
    )


def _add_keys(session: Session, case_id: int, keys: list[Key], document_id: int | None) -> None:
    have = {(k.kind, k.value) for k in session.exec(select(CaseKey).where(CaseKey.case_id == case_id)).all()}
    for k in keys:
        if (k.kind, k.value) not in have:
            have.add((k.kind, k.value))
            session.add(CaseKey(case_id=case_id, kind=k.kind, value=k.value, role=k.role,
                                document_id=document_id))


def _add_parties(session: Session, case: Case, parts: Sequence[Part]) -> None:
    have = {(p.name.casefold(), p.role) for p in session.exec(select(Party).where(Party.case_id == case.id)).all()}
    for part in parts:
        f = part.extraction.fields() if part.extraction else {}
        email = f.get("sender_email")
        for role, name in ((PartyRole.client, f.get("represented_party")),
                           (PartyRole.organisation, f.get("sender_organisation")),
                           (PartyRole.sender, f.get("sender_name"))):
            if name and (name.casefold(), role) not in have:
                have.add((name.casefold(), role))
                session.add(Party(case_id=case.id or 0, name=name, role=role,
                                  email=email if role == PartyRole.sender else None))


def _cited(session: Session, case: Case, doc: Document, ex: Extraction | None) -> None:
    if not ex:
        return
    for kind, items in ((CitedKind.url, ex.cited_urls), (CitedKind.review_id, ex.cited_review_ids),
                        (CitedKind.quote, ex.quoted_statements)):
        for f in items:
            session.add(CitedItem(case_id=case.id, document_id=doc.id or 0, kind=kind, value=str(f.value)))


def _received_at(parsed: ParsedDocument, received: date) -> datetime | None:
    """The moment of receipt where an email says it (hour-counting clocks need it)."""
    when = parsed.email.date if parsed.email else None
    if when and when.date() == received:
        return when if when.tzinfo else when.replace(tzinfo=UTC)
    return None


def _title(parts: Sequence[Part], f: Features) -> str:
    fields = parts[0].extraction.fields() if parts[0].extraction else {}
    who = fields.get("represented_party") or fields.get("sender_organisation") or fields.get("sender_name")
    kind = (fields.get("kind") or "document").replace("_", " ")
    subject = parts[0].parsed.email.subject if parts[0].parsed.email else None
    bits = [b for b in (who, kind) if b]
    title = " – ".join(bits)
    return f"{title}: {subject}" if subject else title or (parts[0].parsed.filename or "document")


def _why(decision: Decision, case: Case) -> str:
    if decision.outcome == "linked" and decision.best:
        sigs = ", ".join(s.signal for s in decision.best.signals if s.weight > 0)
        return f"filed to {case.ref} (score {decision.best.score}: {sigs})"
    return f"opened {case.ref}: {_why_new(decision)}"


def _why_new(decision: Decision) -> str:
    if decision.outcome == "ambiguous":
        return "several cases match equally well; suggestions left for a person to confirm: " + ", ".join(
            c.ref for c in decision.suggestions)
    if decision.outcome == "weak":
        return "only a weak match; suggestion left for a person to confirm: " + ", ".join(
            c.ref for c in decision.suggestions)
    return "no existing case matches"


def add_message_id(session: Session, case_id: int, message_id: str, document_id: int | None = None) -> None:
    """Remember a Message-ID of the case (e.g. of a reply we sent), so that an answer in its
    thread finds the case. The caller commits."""
    if k := message_id_key(message_id):
        _add_keys(session, case_id, [Key(KeyKind.message_id, k)], document_id)
