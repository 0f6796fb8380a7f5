"""The pipeline that chains the stages: keep the original, parse, extract, file to a case."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

import ingest
from cases import Part, file_document
from cases.models import Case, Document
from extract import Extraction, PlatformProfile, extract, load_profile
from ingest import IngestLimits, ParsedDocument
from lexdesk.originals import keep_bytes, keep_file
from lexdesk.settings import Settings

MB = 1024 * 1024


@dataclass(frozen=True)
class Job:
    """One file to ingest, with the day it arrived if known (a manifest's or --received)."""

    path: Path
    received: date | None = None


@dataclass(frozen=True)
class Outcome:
    path: Path
    status: str  # filed | duplicate | failed
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


@dataclass
class Pipeline:
    settings: Settings
    profile: PlatformProfile = field(init=False)
    limits: IngestLimits = field(init=False)

    def __post_init__(self) -> None:
        self.profile = load_profile(self.settings.platform)
        self.limits = IngestLimits(max_bytes=self.settings.max_file_mb * MB)

    # --- no database --------------------------------------------------------------------------

    def analyse(self, parsed: ParsedDocument, received: date | None = None) -> list[Analysed]:
        """Extract every document of a parsed file: the file itself, then each attachment."""
        day = received_date(parsed, received)
        out = []
        for i, doc in enumerate(parsed.walk()):
            ex = extract(doc, received=day, profile=self.profile) if doc.ok else None
            out.append(Analysed(parsed=doc, part=None if i == 0 else doc.filename, extraction=ex, received=day))
        return out

    def analyse_file(self, path: Path, received: date | None = None) -> list[Analysed]:
        return self.analyse(self.parse_file(path), received)

    def parse_file(self, path: Path) -> ParsedDocument:
        return ingest.parse(path, limits=self.limits)

    # --- with the database ----------------------------------------------------------------------

    def ingest(self, session: Session, job: Job) -> Outcome:
        """Keep the original, then parse, extract and file it. Never raises for a bad file."""
        originals = self.settings.originals()
        path = job.path
        try:
            size = path.stat().st_size
            if size > self.limits.max_bytes:
                sha, kept = keep_file(originals, path)
                reason = f"file is {size / MB:.1f} MB, over the {self.settings.max_file_mb} MB limit"
                return self._failed(session, path, sha, kept, size, reason, job.received)
            data = path.read_bytes()
        except OSError as e:
            return Outcome(path=path, status="failed", reason=f"cannot read file: {e.strerror or e}")
        sha, kept = keep_bytes(originals, data)
        if _already_kept(session, sha):
            return Outcome(path=path, status="duplicate", reason="the same bytes were ingested before")
        parsed = ingest.parse(data, filename=path.name, limits=self.limits)
        if not parsed.ok:
            return self._failed(session, path, sha, kept, len(data), parsed.error or "unreadable", job.received)
        analysed = self.analyse(parsed, job.received)
        parts = []
        for a in analysed:
            # An attachment is kept on its own too, so it can be opened without its email.
            original = keep_bytes(originals, a.parsed.raw)[1] if a.part and a.parsed.raw else kept
            parts.append(Part(parsed=a.parsed, extraction=a.extraction, original=original, part=a.part))
        docs = file_document(
            session, parts, received=analysed[0].received, actor=self.settings.user,
            case_prefix=self.settings.case_prefix, profile=self.profile, sla=self.settings.sla,
        )
        refs = _refs(session, {d.case_id for d in docs if d.case_id})
        unreadable = ", ".join(str(a.part) for a in analysed if not a.parsed.ok)
        return Outcome(
            path=path, status="filed", documents=len(docs), attachments=len(docs) - 1, case_refs=refs,
            reason=f"attachments unreadable: {unreadable}" if unreadable else None,
        )

    def _failed(
        self, session: Session, path: Path, sha: str, kept: str, size: int, reason: str, received: date | None
    ) -> Outcome:
        if not _already_kept(session, sha):
            session.add(Document(
                sha256=sha, original=kept, filename=path.name, size=size, status="failed", error=reason,
                received=received or date.today(),
            ))
            session.commit()
        return Outcome(path=path, status="failed", reason=reason)


def _already_kept(session: Session, sha: str) -> bool:
    top_level = Document.parent_id == None  # noqa: E711 - SQL "IS NULL"
    return session.exec(select(Document.id).where(Document.sha256 == sha, top_level)).first() is not None


def received_date(parsed: ParsedDocument, given: date | None) -> date:
    """The manifest's or --received date, else an email's Date header, else today."""
    if given:
        return given
    if parsed.email and parsed.email.date:
        return parsed.email.date.date()
    return date.today()


def _refs(session: Session, case_ids: set[int]) -> tuple[str, ...]:
    if not case_ids:
        return ()
    return tuple(sorted(session.exec(select(Case.ref).where(Case.id.in_(case_ids))).all()))  # type: ignore[union-attr]


# --- what goes in and comes out ---------------------------------------------------------------

def jobs_from_paths(paths: Iterable[Path], received: date | None) -> list[Job]:
    """Files as given, folders walked (sorted, hidden files skipped)."""
    jobs = []
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    jobs.append(Job(f, received))
        else:
            jobs.append(Job(p, received))
    return jobs


def jobs_from_manifest(manifest: Path) -> list[Job]:
    """A CSV with columns path,received (in arrival order); relative paths from its folder."""
    jobs = []
    with manifest.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        if not reader.fieldnames or "path" not in reader.fieldnames:
            raise ValueError(f"{manifest}: needs a header row with a 'path' column (and 'received')")
        for n, row in enumerate(reader, 2):
            p = Path(row["path"].strip())
            day = (row.get("received") or "").strip()
            try:
                arrived = date.fromisoformat(day) if day else None
            except ValueError as e:
                raise ValueError(f"{manifest}:{n}: received {day!r} is not a YYYY-MM-DD date") from e
            jobs.append(Job(p if p.is_absolute() else manifest.parent / p, arrived))
    return jobs


def row_for(a: Analysed, file: str | None) -> dict[str, Any]:
    """The JSON object of one document: the corpus gold's keys plus file and part."""
    ex = a.extraction or Extraction()
    return {
        "file": file, "part": a.part, **ex.fields(), "received": a.received.isoformat(),
        "language": ex.language if a.extraction else None, "error": a.parsed.error,
        "evidence": ex.evidence(),
    }


def export_rows(session: Session) -> Iterator[dict[str, Any]]:
    """Every document in the order it was filed, with its fields and the ref of its case."""
    refs = dict(session.exec(select(Case.id, Case.ref)).all())
    docs = session.exec(select(Document).order_by(Document.id)).all()
    files = {d.id: d.filename for d in docs}
    empty = Extraction().fields()
    for d in docs:
        yield {
            "file": files.get(d.parent_id, d.filename) if d.parent_id else d.filename,
            "part": d.part,
            **empty,
            **{k: v for k, v in (d.fields or {}).items() if k in empty},
            "received": d.received.isoformat() if d.received else None,
            "status": d.status,
            "error": d.error,
            "case": refs.get(d.case_id),
            "evidence": d.evidence or {},
        }
