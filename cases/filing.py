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
from sqlmodel import Session, col, select

from cases import deadlines as dl
from cases.config import CasesConfig
from cases.features import Features, PartIn, features
from cases.find import children, top_level_by_hash
from cases.keys import Key, message_id_key
from cases.lifecycle import auto_assign, document_arrived, set_status
from cases.linking import Decision, decide
from cases.models import AuditEvent, Case, CaseKey, CitedItem, Document, LinkSuggestion, Party
from cases.refs import new_case
from cases.statutory import chases
from cases.triage import TriageRules, ocr_confidence, page_confidence
from cases.triage import reasons as triage_reasons
from cases.vocab import (
    CaseStatus,
    CitedKind,
    DeadlineSource,
    DeadlineState,
    DocumentStatus,
    KeyKind,
    PartyRole,
    Priority,
    ReceivedFrom,
)
from extract.models import Extraction
from ingest.models import ParsedDocument
from ingest.ocr import near_id

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
    received_from: ReceivedFrom | None = None,
    only_new: bool = False,
) -> list[Document]:
    """File a top-level document and its attachments (parts[0] is the top level) to one case.
    `received_from` says which date `received` is (the manifest's, an email's own, ...). The same
    bytes filed already: their documents are returned, or with `only_new` AlreadyFiled is raised.

    Commits. When another process takes the same case number at the same moment, the unique
    constraint refuses it and the whole filing is retried (anything else pending on `session`
    is rolled back with it).
    """
    if not parts:
        return []
    existing = _already_filed(session, parts[0])
    if existing and only_new:
        raise AlreadyFiled(existing[0].id)  # filed by another process since the caller looked
    if existing:
        return existing
    for attempt in range(RETRIES):
        try:
            docs = _file_once(session, parts, cfg, received=received, actor=actor, received_from=received_from)
            session.commit()
            return docs
        except (IntegrityError, OperationalError) as e:
            session.rollback()
            if attempt == RETRIES - 1 or (isinstance(e, OperationalError) and "locked" not in str(e)):
                raise
            if isinstance(e, IntegrityError) and _already_filed(session, parts[0]):
                raise  # another process filed these very bytes first: the caller reports a duplicate
            log.info("filing %s collided with another writer (%s); retry %d", parts[0].parsed.filename,
                     type(e).__name__, attempt + 1)
            time.sleep(0.02 * (attempt + 1))
    raise RuntimeError("unreachable")


class AlreadyFiled(Exception):
    """The same bytes are filed already (`only_new`): the caller reports a duplicate."""

    def __init__(self, document_id: int | None) -> None:
        super().__init__(f"the same bytes are filed already (document {document_id})")
        self.document_id = document_id


def _already_filed(session: Session, top: Part) -> list[Document]:
    first = top_level_by_hash(session, top.parsed.sha256)
    if first is None or first.status == DocumentStatus.failed:
        return []  # a failure of the same bytes is read again (`lexdesk failed` says how)
    return [first, *children(session, first)]


def _file_once(session: Session, parts: Sequence[Part], cfg: CasesConfig, *, received: date, actor: str,
               received_from: ReceivedFrom | None) -> list[Document]:
    now = cfg.clock.now()
    top = parts[0]
    if top.parsed.error:
        # nothing to link by: kept, shown as failed, filed by a person
        doc = _document(top, None, None, received, {"outcome": "unreadable"}, received_from)
        session.add(doc)
        session.flush()
        session.add(AuditEvent(actor=actor, action="document.failed", document_id=doc.id, why=top.parsed.error))
        return [doc]

    feats = features([PartIn(p.parsed, p.extraction) for p in parts], cfg.profile, received)
    decision = decide(session, feats)
    opened = decision.case_id is None
    # Junk is not urgent legal work: too little text, no kind, a poor scan wait for a person.
    needs_person = triage_reasons([(p.parsed, p.extraction) for p in parts], cfg.triage)
    if opened:
        case = new_case(session, prefix=cfg.case_prefix, opened=received, title=_title(parts, feats),
                        kind=feats.kinds[0] if feats.kinds and not needs_person else None)
        session.add(AuditEvent(actor=actor, action="case.opened", case_id=case.id,
                               why=_why_new(decision), detail=decision.as_json()))
        if needs_person:
            set_status(session, case, CaseStatus.triage, actor, why="; ".join(needs_person), at=now)
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
                                                   "signals": [{"signal": "attachment", "weight": 1.0}]},
                      received_from)
        if parent is None and needs_person:
            d.triage = "; ".join(needs_person)
        session.add(d)
        session.flush()
        parent = parent or d
        docs.append(d)
        _cited(session, case, d, p.extraction, p.parsed, cfg.triage)
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

    if needs_person:
        log.info("%s: waits in triage: %s", top.parsed.filename or "document", "; ".join(needs_person))
        session.add(AuditEvent(actor=actor, action="document.triage", case_id=case.id, document_id=docs[0].id,
                               why="; ".join(needs_person)))
    elif case.assignee_id is None and case.status != CaseStatus.triage:
        auto_assign(session, case, actor, at=now)
    received_at = _received_at(top.parsed, received)
    family_ids = [d.id for d in docs if d.id is not None]
    for p, d in zip(parts, docs, strict=True):
        reading = dl.Reading.of_extraction(p.extraction, p.parsed.text) if p.extraction else None
        dl.from_document(session, case, d, reading, received=received, received_at=received_at,
                         regimes=cfg.statutory, family=family_ids, statutory=not needs_person, actor=actor)
    session.flush()
    _mark_reminder(session, case, docs, cfg, actor)
    if needs_person:
        if opened:
            case.priority, case.why_priority = Priority.normal, "in triage: " + "; ".join(needs_person)
    else:
        dl.reprioritise(session, case, cfg, texts=[p.parsed.text for p in parts], only_raise=not opened)
        dl.first_response_sla(session, case, docs[0], received, cfg.sla)
    case.updated_at = now
    session.add(case)
    return docs


def _mark_reminder(session: Session, case: Case, docs: Sequence[Document], cfg: CasesConfig, actor: str) -> None:
    """A document that chases an earlier request of the case is a reminder of it (a draft answers
    the request and names the chaser as a reminder)."""
    top = docs[0]
    chased = next((d.reminder_of for d in docs if d.reminder_of), None)
    if chased is None and any(chases(r, d.text or "") for r in cfg.statutory.values() for d in docs):
        own = {d.id for d in docs}
        pending = session.exec(select(dl.Deadline).where(
            dl.Deadline.case_id == case.id, col(dl.Deadline.source).in_([DeadlineSource.letter,
                                                                           DeadlineSource.statutory]),
            col(dl.Deadline.met_at).is_(None), dl.Deadline.state != DeadlineState.waived)
            .order_by(col(dl.Deadline.id))).all()
        for deadline in pending:
            held = session.get(Document, deadline.document_id) if deadline.document_id else None
            request = (session.get(Document, held.parent_id) if held and held.parent_id else held)
            if request is not None and request.id not in own:
                chased = request.id
                break
    if chased and chased != top.id:
        for d in docs:
            d.reminder_of = chased if d is top else None
            session.add(d)
        session.add(AuditEvent(actor=actor, action="document.reminder", case_id=case.id, document_id=top.id,
                               why=f"chases document {chased}", detail={"reminder_of": chased}))


def _document(p: Part, case_id: int | None, parent_id: int | None, received: date,
              link: dict[str, object], received_from: ReceivedFrom | None = None) -> Document:
    ex = p.extraction
    head = p.parsed.email
    sent = head.date if head and head.date else None
    return Document(
        sha256=p.parsed.sha256, original=p.original, filename=p.parsed.filename, part=p.part,
        media_type=p.parsed.media_type, size=p.parsed.size, received=received,
        received_from=str(received_from) if received_from else None,
        sent_at=(sent if sent.tzinfo else sent.replace(tzinfo=UTC)) if sent else None,
        ocr_confidence=ocr_confidence(p.parsed),
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


def _cited(session: Session, case: Case, doc: Document, ex: Extraction | None, parsed: ParsedDocument,
           rules: TriageRules) -> None:
    """What the document cites; on a scan, each with the confidence of the page it was read on,
    and the words OCR nearly read as a review id kept as unreadable ids for a person to check
    (rather than dropped without a word)."""
    if not ex:
        return
    for kind, items in ((CitedKind.url, ex.cited_urls), (CitedKind.review_id, ex.cited_review_ids),
                        (CitedKind.quote, ex.quoted_statements)):
        for f in items:
            conf = page_confidence(parsed, str(f.value)) if parsed.ocr_used else None
            session.add(CitedItem(case_id=case.id, document_id=doc.id or 0, kind=kind, value=str(f.value),
                                  confidence=conf))
    if not parsed.ocr_used:
        return
    found = {str(f.value) for f in ex.cited_review_ids}
    for page in parsed.pages:
        if not page.ocr:
            continue
        for word in dict.fromkeys(w.strip(_PUNCTUATION) for w in page.text.split()):
            if word and word not in found and near_id(word):
                session.add(CitedItem(case_id=case.id, document_id=doc.id or 0, kind=CitedKind.unreadable_id,
                                      value=word, confidence=page.ocr_confidence))


_PUNCTUATION = "()[]{}<>\"'“”‘’«».,;:!?"


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
