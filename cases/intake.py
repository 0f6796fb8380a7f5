"""Filing files: keep the original, parse it, extract every document of it, file them to a case.

This is the service every door uses to take in a file (the command line's `ingest`, the web
desk's upload, the mailbox fetcher and the watched folder): one call per file, which never
raises for a bad file — the original is kept and the reason recorded — so a batch goes on.
`analyse` is the same reading without a database (`lexdesk extract`).
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

import ingest
from cases.bounded import Overrun, run_bounded
from cases.config import CasesConfig
from cases.errors import Invalid, NotFound
from cases.filing import AlreadyFiled, Part, file_document
from cases.find import top_level_by_hash
from cases.models import AuditEvent, Case, Document
from cases.originals import keep_bytes, keep_file
from cases.vocab import DocumentStatus, IngestStatus, ReceivedFrom
from extract import Extraction, extract
from extract.profile import PlatformProfile
from ingest import IngestLimits, ParsedDocument
from ingest.names import safe_filename

log = logging.getLogger(__name__)
MB = 1024 * 1024


@dataclass(frozen=True)
class Job:
    """One file to take in, with the day it arrived if known, and how that day was given: for this
    very file (a manifest row, --received naming the file) it wins over an email's own Date
    header; for the folder the file was found in it is only a default (an email keeps its date)."""

    path: Path
    received: date | None = None
    given: ReceivedFrom | None = None  # manifest | given | folder; None: no date given

    @property
    def explicit(self) -> bool:
        return self.received is not None and self.given in (ReceivedFrom.manifest, ReceivedFrom.given)


@dataclass(frozen=True)
class Outcome:
    """What became of one file."""

    path: Path
    status: IngestStatus
    reason: str | None = None
    documents: int = 0
    attachments: int = 0
    case_refs: tuple[str, ...] = ()
    received: date | None = None
    received_from: ReceivedFrom | None = None  # which date `received` is
    triage: str | None = None  # why it waits for a person instead of counting as work
    retried: bool = False  # an earlier failure of the same bytes, filed this time


@dataclass(frozen=True)
class Analysed:
    """One document of a file (the file itself or an attachment) with what was extracted."""

    parsed: ParsedDocument
    part: str | None
    extraction: Extraction | None
    received: date
    received_from: ReceivedFrom = ReceivedFrom.today

    def as_json(self, file: str | None) -> dict[str, Any]:
        """The JSON object of one document: the corpus gold's keys plus file and part."""
        ex = self.extraction or Extraction()
        return {
            "file": file, "part": self.part, **ex.fields(), "received": self.received.isoformat(),
            "received_from": str(self.received_from),
            "language": ex.language if self.extraction else None, "error": self.parsed.error,
            "evidence": ex.evidence(),
        }


def received_date(parsed: ParsedDocument, job: Job, today: date) -> tuple[date, ReceivedFrom]:
    """When a file reached us, and which date that is: a date given for this very file (manifest,
    --received naming it), else an email's own Date header, else a date given for its folder,
    else today."""
    if job.explicit and job.received:
        return job.received, job.given or ReceivedFrom.given
    if parsed.email and parsed.email.date:
        return parsed.email.date.date(), ReceivedFrom.email
    if job.received:
        return job.received, job.given or ReceivedFrom.folder
    return today, ReceivedFrom.today


# --- no database ----------------------------------------------------------------------------------

def parse_file(path: Path, cfg: CasesConfig) -> ParsedDocument:
    return ingest.parse(path, limits=cfg.limits)


def analyse(parsed: ParsedDocument, cfg: CasesConfig, job: Job | None = None) -> list[Analysed]:
    """Extract every document of a parsed file: the file itself, then each attachment."""
    return _analyse(parsed, cfg.profile, cfg.clock.today(), job)


def _analyse(parsed: ParsedDocument, profile: PlatformProfile, today: date, job: Job | None) -> list[Analysed]:
    day, source = received_date(parsed, job or Job(Path(parsed.filename or "-")), today)
    out = []
    for i, doc in enumerate(parsed.walk()):
        ex = extract(doc, received=day, profile=profile) if doc.ok else None
        out.append(Analysed(parsed=doc, part=None if i == 0 else doc.filename, extraction=ex, received=day,
                            received_from=source))
    return out


def analyse_file(path: Path, cfg: CasesConfig, received: date | None = None) -> list[Analysed]:
    """A file named on the command line: a date given with it is given for this very file."""
    return analyse(parse_file(path, cfg), cfg, Job(path, received, ReceivedFrom.given if received else None))


# --- with the database ----------------------------------------------------------------------------

def file_path(session: Session, job: Job, cfg: CasesConfig, *, actor: str) -> Outcome:
    """Keep, read, extract and file one file. Never raises for a bad file, nor for a bug met on
    one: the original is already kept, the reason is recorded, and the next file goes on."""
    try:
        return _file_path(session, job, cfg, actor)
    except Exception as e:
        session.rollback()
        _log_internal(job.path, e)
        return Outcome(path=job.path, status=IngestStatus.failed, reason=f"internal error: {type(e).__name__}: {e}")


def _file_path(session: Session, job: Job, cfg: CasesConfig, actor: str) -> Outcome:
    path = job.path
    try:
        size = path.stat().st_size
        if size > cfg.limits.max_bytes:
            sha, kept = keep_file(cfg.originals, path)
            reason = f"file is {size / MB:.1f} MB, over the {cfg.limits.max_bytes // MB} MB limit"
            return _failed(session, cfg, path, sha, kept, size, reason, job)
        data = path.read_bytes()
    except OSError as e:
        return Outcome(path=path, status=IngestStatus.failed, reason=f"cannot read file: {e.strerror or e}")
    return file_bytes(session, data, path, job, cfg, actor=actor)


def file_bytes(session: Session, data: bytes, path: Path, job: Job, cfg: CasesConfig, *, actor: str) -> Outcome:
    """Keep, read, extract and file one file's bytes (`path` names it). The same bytes filed before
    add nothing; the same bytes that failed before are read again (a retry)."""
    sha, kept = keep_bytes(cfg.originals, data)
    earlier = top_level_by_hash(session, sha)
    if earlier is not None and earlier.status != DocumentStatus.failed:
        log.info("%s: the same bytes were ingested before (%s)", path, sha[:12])
        return Outcome(path=path, status=IngestStatus.duplicate, reason="the same bytes were ingested before")
    try:
        return _read_and_file(session, data, path, job, cfg, actor, sha, kept, earlier)
    except Exception as e:
        # Whatever goes wrong past this point, the original is kept: the document becomes a
        # failed row with its reason (retried by `lexdesk retry`), never a line on stderr only.
        session.rollback()
        if isinstance(e, AlreadyFiled | IntegrityError):
            now = top_level_by_hash(session, sha)
            if now is not None and now.status != DocumentStatus.failed:
                log.info("%s: filed by another process at the same moment (%s)", path, sha[:12])
                return Outcome(path=path, status=IngestStatus.duplicate,
                               reason="duplicate skipped: the same bytes were filed at the same moment")
        _log_internal(path, e)
        return _failed(session, cfg, path, sha, kept, len(data), f"internal error: {type(e).__name__}: {e}", job)


def file_kept(session: Session, sha: str, kept: str, name: str, job: Job, cfg: CasesConfig, *,
              actor: str) -> Outcome:
    """File a file whose original is already kept (`kept`, relative to the originals folder): the
    worker's way in, the original stored when the file was queued. Never raises for a bad file; an
    original the worker cannot read (a shared folder not mounted) raises OSError, which is not the
    file's fault: the queue tries again."""
    source = cfg.originals / kept
    size = source.stat().st_size
    if size > cfg.limits.max_bytes:
        reason = f"file is {size / MB:.1f} MB, over the {cfg.limits.max_bytes // MB} MB limit"
        return _failed(session, cfg, Path(name), sha, kept, size, reason, job)
    return file_bytes(session, source.read_bytes(), Path(name), job, cfg, actor=actor)


def record_failure(session: Session, sha: str, kept: str, name: str, reason: str, job: Job,
                   cfg: CasesConfig) -> Outcome:
    """Record a kept original as a failed document with `reason` (a worker that gave up on it),
    as a failure met while reading is recorded; a file already filed stays as it is."""
    source = cfg.originals / kept
    size = source.stat().st_size if source.exists() else 0
    return _failed(session, cfg, Path(name), sha, kept, size, reason, job)


def _log_internal(path: Path, e: Exception) -> None:
    # one line for the person running the batch; the traceback for whoever debugs it (-vv)
    log.error("internal error filing %s: %s: %s", path, type(e).__name__, e)
    log.debug("internal error filing %s", path, exc_info=e)


def _read_and_file(session: Session, data: bytes, path: Path, job: Job, cfg: CasesConfig, actor: str, sha: str,
                   kept: str, earlier: Document | None) -> Outcome:
    limits = cfg.limits
    if limits.max_seconds:
        try:
            parsed, analysed = run_bounded(_read, (data, path.name, limits, cfg.profile, cfg.clock.today(), job),
                                           seconds=limits.max_seconds, memory_mb=limits.max_memory_mb)
        except Overrun as e:
            return _failed(session, cfg, path, sha, kept, len(data), str(e), job)
    else:
        parsed, analysed = _read(data, path.name, limits, cfg.profile, cfg.clock.today(), job)
    if not parsed.ok:
        return _failed(session, cfg, path, sha, kept, len(data), parsed.error or "unreadable", job)
    parts = []
    for a in analysed:
        # An attachment is kept on its own too, so it can be opened without its email.
        original = keep_bytes(cfg.originals, a.parsed.raw)[1] if a.part and a.parsed.raw else kept
        parts.append(Part(parsed=a.parsed, extraction=a.extraction, original=original, part=a.part))
    docs = file_document(session, parts, cfg, received=analysed[0].received, actor=actor,
                         received_from=analysed[0].received_from, only_new=True)
    if earlier is not None and earlier.id is not None and docs and docs[0].id is not None:
        _replace_failure(session, earlier.id, docs[0].id, actor)
    refs = _refs(session, {d.case_id for d in docs if d.case_id})
    unreadable = ", ".join(str(a.part) for a in analysed if not a.parsed.ok)
    return Outcome(
        path=path, status=IngestStatus.filed, documents=len(docs), attachments=len(docs) - 1, case_refs=refs,
        reason=f"attachments unreadable: {unreadable}" if unreadable else None,
        received=analysed[0].received, received_from=analysed[0].received_from,
        triage=docs[0].triage if docs else None, retried=earlier is not None,
    )


def _read(data: bytes, name: str, limits: IngestLimits, profile: PlatformProfile, today: date,
          job: Job) -> tuple[ParsedDocument, list[Analysed]]:
    """Parse and extract one file: the costly part, which a time budget runs in a child process."""
    parsed = ingest.parse(data, filename=name, limits=limits)
    return parsed, (_analyse(parsed, profile, today, job) if parsed.ok else [])


def _replace_failure(session: Session, old_id: int, new_id: int, actor: str) -> None:
    """A file that failed before is filed now: its history goes to the new document, and the
    failure's row goes (the original is the same, kept once)."""
    for e in session.exec(select(AuditEvent).where(AuditEvent.document_id == old_id)).all():
        e.document_id = new_id
        session.add(e)
    old = session.get(Document, old_id)
    if old is not None:
        session.add(AuditEvent(actor=actor, action="document.retried", document_id=new_id,
                               why=f"failed before ({old.error}); read and filed this time"))
        session.delete(old)
    session.commit()


def _failed(session: Session, cfg: CasesConfig, path: Path, sha: str, kept: str, size: int, reason: str,
            job: Job) -> Outcome:
    earlier = top_level_by_hash(session, sha)
    if earlier is None:
        day, source = (job.received, job.given or ReceivedFrom.given) if job.received else (cfg.clock.today(),
                                                                                            ReceivedFrom.today)
        session.add(Document(
            sha256=sha, original=kept, filename=safe_filename(path.name), size=size, status=DocumentStatus.failed,
            error=reason,
            received=day, received_from=str(source),
        ))
        try:
            session.commit()
        except IntegrityError:
            session.rollback()  # another process recorded these bytes at the same moment: one row is enough
    elif earlier.status == DocumentStatus.failed and earlier.error != reason:
        earlier.error = reason  # read again, failed again: the reason of the latest try
        session.add(earlier)
        session.commit()
    log.info("%s failed: %s", path, reason)
    return Outcome(path=path, status=IngestStatus.failed, reason=reason)


# --- failures, and trying them again ----------------------------------------------------------------

@dataclass(frozen=True)
class FailedRow:
    id: int
    file: str
    part: str | None  # an attachment of an email that was filed
    parent_id: int | None
    received: date | None
    reason: str
    original: Path  # where the original is kept
    retry: str  # how to try again


def failed(session: Session, cfg: CasesConfig) -> list[FailedRow]:
    """Every document that could not be read, with its reason and how to try it again."""
    rows = session.exec(select(Document).where(Document.status == DocumentStatus.failed)
                        .order_by(col(Document.id))).all()
    out = []
    for d in rows:
        if d.parent_id is None:
            retry = (f"lexdesk failed --retry {d.id} reads the kept original again (after the cause is fixed: "
                     "Tesseract installed, a limit raised); a repaired file: lexdesk ingest FILE")
        else:
            retry = (f"an attachment of document {d.parent_id}: open its original, and ingest a readable copy "
                     "with lexdesk ingest FILE (it files to the same case)")
        out.append(FailedRow(id=d.id or 0, file=d.filename or "-", part=d.part, parent_id=d.parent_id,
                             received=d.received, reason=d.error or "unreadable", original=cfg.originals / d.original,
                             retry=retry))
    return out


def retryable(session: Session, document_id: int) -> Document:
    """The failed top-level document `document_id`, or the domain error saying why it cannot be
    read again (checked before a retry is run here or queued for a worker)."""
    doc = session.get(Document, document_id)
    if doc is None:
        raise NotFound(f"no document {document_id}")
    if doc.status != DocumentStatus.failed:
        raise Invalid(f"document {document_id} did not fail: there is nothing to retry")
    if doc.parent_id is not None:
        raise Invalid(f"document {document_id} is an attachment of document {doc.parent_id}: ingest a readable "
                      "copy of it (lexdesk ingest FILE)")
    return doc


def retry(session: Session, document_id: int, cfg: CasesConfig, *, actor: str) -> Outcome:
    """Read a failed document's kept original again and file it (it keeps its received date)."""
    doc = retryable(session, document_id)
    path = cfg.originals / doc.original
    try:
        data = path.read_bytes()
    except OSError as e:
        raise Invalid(f"the original of document {document_id} cannot be read ({path}: {e.strerror or e})") from e
    source = ReceivedFrom(doc.received_from) if doc.received_from in set(ReceivedFrom) else None
    explicit = source in (ReceivedFrom.manifest, ReceivedFrom.given)
    job = Job(Path(doc.filename or path.name), doc.received if explicit else None, source if explicit else None)
    return file_path_bytes(session, data, job, cfg, actor=actor)


def retry_failed(session: Session, cfg: CasesConfig, ids: Iterable[int] | None = None, *,
                 actor: str) -> list[Outcome]:
    """Read failed top-level documents again (`ids`, or every one), each as `retry` does; an id
    that names no failed file is an error before anything is read."""
    if ids is None:
        wanted = list(session.exec(select(Document.id).where(
            Document.status == DocumentStatus.failed, col(Document.parent_id).is_(None)).order_by(col(Document.id)))
            .all())
    else:
        wanted = list(ids)
        for i in wanted:
            doc = session.get(Document, i)
            if doc is None:
                raise NotFound(f"no document {i}")
            if doc.status != DocumentStatus.failed or doc.parent_id is not None:
                raise Invalid(f"document {i} is not a failed file: there is nothing to retry")
    return [retry(session, i, cfg, actor=actor) for i in wanted if i is not None]


def file_path_bytes(session: Session, data: bytes, job: Job, cfg: CasesConfig, *, actor: str) -> Outcome:
    """`file_bytes` that never raises for a bad file (as `file_path`)."""
    try:
        return file_bytes(session, data, job.path, job, cfg, actor=actor)
    except Exception as e:
        session.rollback()
        _log_internal(job.path, e)
        return Outcome(path=job.path, status=IngestStatus.failed, reason=f"internal error: {type(e).__name__}: {e}")


def _refs(session: Session, case_ids: set[int]) -> tuple[str, ...]:
    if not case_ids:
        return ()
    return tuple(sorted(session.exec(select(Case.ref).where(col(Case.id).in_(case_ids))).all()))


# --- what goes in ---------------------------------------------------------------------------------

def jobs_from_paths(paths: Iterable[Path], received: date | None, skip: Iterable[Path] = ()) -> list[Job]:
    """Files as given, folders walked (sorted, hidden files skipped). `received` given with a file
    is that file's date (it wins over an email's own Date header); given with a folder it is a
    default for the files found there that have no date of their own (an email keeps its Date
    header). A path that does not exist is an error before anything is filed."""
    paths = require(paths)
    own = [p.resolve() for p in skip]
    return [j for j in _walk(paths, received) if not _ours(j.path, own)]


def _ours(path: Path, own: list[Path]) -> bool:
    """The desk's own files met while walking a folder (`lexdesk ingest .` beside the database):
    the kept originals and the database with its journal files are not letters."""
    where = path.resolve()
    return any(where == p or p in where.parents or where.name.startswith(p.name + "-") and where.parent == p.parent
               for p in own)


def require(paths: Iterable[Path]) -> list[Path]:
    """The paths named, every one of which must be there: a typo is an error before anything is read."""
    paths = list(paths)
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise Invalid(f"no such file or folder: {', '.join(missing)}")
    return paths


def _walk(paths: Iterable[Path], received: date | None) -> Iterator[Job]:
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield Job(f, received, ReceivedFrom.folder if received else None)
        else:
            yield Job(p, received, ReceivedFrom.given if received else None)


def jobs_from_manifest(manifest: Path) -> list[Job]:
    """A CSV with columns path,received (in arrival order); relative paths from its folder. A
    row's date is given for that very file: it wins over an email's own Date header."""
    jobs = []
    try:
        with manifest.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "path" not in reader.fieldnames:
                raise Invalid(f"{manifest}: needs a header row with a 'path' column (and 'received')")
            for n, row in enumerate(reader, 2):
                p = Path((row.get("path") or "").strip())
                if not str(p) or str(p) == ".":
                    raise Invalid(f"{manifest}:{n}: no path")
                day = (row.get("received") or "").strip()
                try:
                    arrived = date.fromisoformat(day) if day else None
                except ValueError as e:
                    raise Invalid(f"{manifest}:{n}: received {day!r} is not a YYYY-MM-DD date") from e
                jobs.append(Job(p if p.is_absolute() else manifest.parent / p, arrived,
                                ReceivedFrom.manifest if arrived else None))
    except OSError as e:
        raise Invalid(f"{manifest}: {e.strerror or e}") from e
    except (UnicodeDecodeError, csv.Error) as e:
        raise Invalid(f"{manifest} is not a CSV file of path,received rows: {e}") from e
    missing = [str(j.path) for j in jobs if not j.path.exists()]
    if missing:
        raise Invalid(f"{manifest}: no such file: {', '.join(missing[:3])}{' …' if len(missing) > 3 else ''}")
    return jobs
