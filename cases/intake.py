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

from sqlmodel import Session, col, select

import ingest
from cases.config import CasesConfig
from cases.errors import Invalid
from cases.filing import Part, file_document
from cases.find import top_level_by_hash
from cases.models import Case, Document
from cases.originals import keep_bytes, keep_file
from cases.vocab import DocumentStatus, IngestStatus
from extract import Extraction, extract
from ingest import ParsedDocument

log = logging.getLogger(__name__)
MB = 1024 * 1024


@dataclass(frozen=True)
class Job:
    """One file to take in, with the day it arrived if known (a manifest's or --received)."""

    path: Path
    received: date | None = None


@dataclass(frozen=True)
class Outcome:
    """What became of one file."""

    path: Path
    status: IngestStatus
    reason: str | None = None
    documents: int = 0
    attachments: int = 0
    case_refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Analysed:
    """One document of a file (the file itself or an attachment) with what was extracted."""

    parsed: ParsedDocument
    part: str | None
    extraction: Extraction | None
    received: date

    def as_json(self, file: str | None) -> dict[str, Any]:
        """The JSON object of one document: the corpus gold's keys plus file and part."""
        ex = self.extraction or Extraction()
        return {
            "file": file, "part": self.part, **ex.fields(), "received": self.received.isoformat(),
            "language": ex.language if self.extraction else None, "error": self.parsed.error,
            "evidence": ex.evidence(),
        }


def received_date(parsed: ParsedDocument, given: date | None, today: date) -> date:
    """The manifest's or --received date, else an email's Date header, else today."""
    if given:
        return given
    if parsed.email and parsed.email.date:
        return parsed.email.date.date()
    return today


# --- no database ----------------------------------------------------------------------------------

def parse_file(path: Path, cfg: CasesConfig) -> ParsedDocument:
    return ingest.parse(path, limits=cfg.limits)


def analyse(parsed: ParsedDocument, cfg: CasesConfig, received: date | None = None) -> list[Analysed]:
    """Extract every document of a parsed file: the file itself, then each attachment."""
    day = received_date(parsed, received, cfg.clock.today())
    out = []
    for i, doc in enumerate(parsed.walk()):
        ex = extract(doc, received=day, profile=cfg.profile) if doc.ok else None
        out.append(Analysed(parsed=doc, part=None if i == 0 else doc.filename, extraction=ex, received=day))
    return out


def analyse_file(path: Path, cfg: CasesConfig, received: date | None = None) -> list[Analysed]:
    return analyse(parse_file(path, cfg), cfg, received)


# --- with the database ----------------------------------------------------------------------------

def file_path(session: Session, job: Job, cfg: CasesConfig, *, actor: str) -> Outcome:
    """Keep, read, extract and file one file. Never raises for a bad file, nor for a bug met on
    one: the original is already kept, the reason is recorded, and the next file goes on."""
    try:
        return _file_path(session, job, cfg, actor)
    except Exception as e:
        session.rollback()
        log.exception("internal error filing %s", job.path)
        return Outcome(path=job.path, status=IngestStatus.failed, reason=f"internal error: {type(e).__name__}: {e}")


def _file_path(session: Session, job: Job, cfg: CasesConfig, actor: str) -> Outcome:
    path = job.path
    try:
        size = path.stat().st_size
        if size > cfg.limits.max_bytes:
            sha, kept = keep_file(cfg.originals, path)
            reason = f"file is {size / MB:.1f} MB, over the {cfg.limits.max_bytes // MB} MB limit"
            return _failed(session, cfg, path, sha, kept, size, reason, job.received)
        data = path.read_bytes()
    except OSError as e:
        return Outcome(path=path, status=IngestStatus.failed, reason=f"cannot read file: {e.strerror or e}")
    sha, kept = keep_bytes(cfg.originals, data)
    if top_level_by_hash(session, sha) is not None:
        log.info("%s: the same bytes were ingested before (%s)", path, sha[:12])
        return Outcome(path=path, status=IngestStatus.duplicate, reason="the same bytes were ingested before")
    parsed = ingest.parse(data, filename=path.name, limits=cfg.limits)
    if not parsed.ok:
        return _failed(session, cfg, path, sha, kept, len(data), parsed.error or "unreadable", job.received)
    analysed = analyse(parsed, cfg, job.received)
    parts = []
    for a in analysed:
        # An attachment is kept on its own too, so it can be opened without its email.
        original = keep_bytes(cfg.originals, a.parsed.raw)[1] if a.part and a.parsed.raw else kept
        parts.append(Part(parsed=a.parsed, extraction=a.extraction, original=original, part=a.part))
    docs = file_document(session, parts, cfg, received=analysed[0].received, actor=actor)
    refs = _refs(session, {d.case_id for d in docs if d.case_id})
    unreadable = ", ".join(str(a.part) for a in analysed if not a.parsed.ok)
    return Outcome(
        path=path, status=IngestStatus.filed, documents=len(docs), attachments=len(docs) - 1, case_refs=refs,
        reason=f"attachments unreadable: {unreadable}" if unreadable else None,
    )


def _failed(session: Session, cfg: CasesConfig, path: Path, sha: str, kept: str, size: int, reason: str,
            received: date | None) -> Outcome:
    if top_level_by_hash(session, sha) is None:
        session.add(Document(
            sha256=sha, original=kept, filename=path.name, size=size, status=DocumentStatus.failed, error=reason,
            received=received or cfg.clock.today(),
        ))
        session.commit()
    log.info("%s failed: %s", path, reason)
    return Outcome(path=path, status=IngestStatus.failed, reason=reason)


def _refs(session: Session, case_ids: set[int]) -> tuple[str, ...]:
    if not case_ids:
        return ()
    return tuple(sorted(session.exec(select(Case.ref).where(col(Case.id).in_(case_ids))).all()))


# --- what goes in ---------------------------------------------------------------------------------

def jobs_from_paths(paths: Iterable[Path], received: date | None) -> list[Job]:
    """Files as given, folders walked (sorted, hidden files skipped)."""
    return list(_walk(paths, received))


def _walk(paths: Iterable[Path], received: date | None) -> Iterator[Job]:
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield Job(f, received)
        else:
            yield Job(p, received)


def jobs_from_manifest(manifest: Path) -> list[Job]:
    """A CSV with columns path,received (in arrival order); relative paths from its folder."""
    jobs = []
    try:
        with manifest.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "path" not in reader.fieldnames:
                raise Invalid(f"{manifest}: needs a header row with a 'path' column (and 'received')")
            for n, row in enumerate(reader, 2):
                p = Path(row["path"].strip())
                day = (row.get("received") or "").strip()
                try:
                    arrived = date.fromisoformat(day) if day else None
                except ValueError as e:
                    raise Invalid(f"{manifest}:{n}: received {day!r} is not a YYYY-MM-DD date") from e
                jobs.append(Job(p if p.is_absolute() else manifest.parent / p, arrived))
    except OSError as e:
        raise Invalid(f"{manifest}: {e.strerror or e}") from e
    return jobs
