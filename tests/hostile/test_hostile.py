"""Hostile files: each ends in a correct reading or a clear reason within bounded time; its
original is kept; the rest of the batch is filed. Made by tests/hostile/makers.py."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from cases import intake
from cases.config import CasesConfig
from cases.models import Document
from cases.originals import relative_path
from cases.vocab import DocumentStatus, IngestStatus
from ingest import IngestLimits, parse
from tests.conftest import cases_config, lexdesk
from tests.hostile import makers as m
from tests.ingest.ingest_makers import docx_bytes, typed_pdf

LIMITS = IngestLimits(max_unpacked_bytes=20 * m.MB, max_bytes=16 * m.MB, max_seconds=10)


@dataclass(frozen=True)
class Hostile:
    name: str
    make: Callable[[], bytes]
    error: str | None  # a words of the reason it fails with; None: it is read
    text: str | None = None  # words its text holds when read


HOSTILE = [
    Hostile("encrypted.pdf", m.encrypted_pdf, "encrypted PDF"),
    Hostile("truncated.pdf", m.truncated_pdf, "corrupt PDF"),
    Hostile("zero.pdf", lambda: b"", "empty file"),
    Hostile("bomb.docx", lambda: m.docx_bomb(60 * m.MB), "zip bomb"),
    Hostile("lying-bomb.docx", lambda: m.docx_lying_bomb(60 * m.MB), "zip bomb"),
    Hostile("entity.docx", lambda: m.docx_external_entity("/etc/passwd"), None, "the file says"),
    Hostile("nested.eml", lambda: m.nested_email(50), None, "Forwarded at level 1"),
    Hostile("500-attachments.eml", lambda: m.many_attachments(500), None, "the evidence is attached"),
    Hostile("scripts.eml", lambda: m.scripted_html_email(200_000), None, "please remove the review"),
    Hostile("letter-really-a-pdf.docx", lambda: typed_pdf([m.LETTER]), None, "We act for Example Ltd"),
    Hostile("letter-really-a-docx.pdf", lambda: docx_bytes(m.LETTER), None, "We act for Example Ltd"),
    Hostile("utf16.eml", lambda: m.charset_email("Sehr geehrte Damen und Herren, bitte löschen Sie die Bewertung.",
                                                 "utf-16"), None, "bitte löschen Sie"),
    Hostile("cp1252.eml", lambda: m.charset_email("Chère Madame, veuillez supprimer l’avis — merci €",
                                                  "windows-1252"), None, "l’avis — merci €"),
    Hostile("iso2022jp.eml", lambda: m.charset_email("拝啓 レビューを削除してください。敬具", "iso-2022-jp"), None,
            "レビューを削除してください"),
    Hostile("utf16.txt", lambda: "Dear Sir, please remove the review. Grüße".encode("utf-16"), None, "Grüße"),
    Hostile("names.eml", m.hostile_names_email, None, "see attached"),
]


@pytest.mark.parametrize("h", HOSTILE, ids=[h.name for h in HOSTILE])
def test_each_hostile_file_reads_or_fails_clearly_and_quickly(h: Hostile) -> None:
    data = h.make()
    started = time.monotonic()
    doc = parse(data, filename=h.name, limits=LIMITS)
    assert time.monotonic() - started < 10
    if h.error:
        assert doc.error and h.error in doc.error
    else:
        assert doc.ok, doc.error
        assert h.text and h.text in doc.text
    assert doc.sha256 and doc.size == len(data)


def test_no_external_entity_is_read() -> None:
    doc = parse(m.docx_external_entity("/etc/passwd"), limits=LIMITS)
    assert "root:" not in doc.text


def test_an_email_nested_deep_keeps_its_own_body_and_stops_at_the_depth_limit() -> None:
    doc = parse(m.nested_email(50), limits=LIMITS)
    assert doc.ok and "level 1" in doc.text
    levels = list(doc.walk())
    assert 1 < len(levels) <= LIMITS.max_depth + 2
    assert any(d.error and "nested too deeply" in d.error for d in levels)


def test_attachments_past_the_limit_are_counted_not_read() -> None:
    doc = parse(m.many_attachments(500), limits=LIMITS)
    assert len(doc.attachments) == LIMITS.max_attachments
    assert ("attachments_skipped", "400") in doc.metadata


def test_attachment_names_are_made_safe() -> None:
    doc = parse(m.hostile_names_email(), limits=LIMITS)
    names = [a.filename or "" for a in doc.attachments]
    assert names == ["passwd.txt", "evilnametxt.exe", "win.ini", "[31mred.txt"]
    for name in names:
        assert "/" not in name and "\\" not in name and not name.startswith(".")
        assert all(ch.isprintable() for ch in name)


def test_a_batch_of_hostile_files_files_the_rest_and_keeps_every_original(tmp_path: Path, session: Session,
                                                                          clock: object) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for h in HOSTILE:
        (inbox / h.name).write_bytes(h.make())
    (inbox / "ten-mb-line.eml").write_bytes(m.scripted_html_email(10 * m.MB))
    with (inbox / "too-large.txt").open("wb") as fh:
        fh.truncate(17 * m.MB)  # over the 16 MB limit
    (inbox / "good-1.pdf").write_bytes(typed_pdf([m.LETTER]))
    (inbox / "good-2.docx").write_bytes(docx_bytes([*m.LETTER, "Our reference: ZZ/42"]))
    cfg: CasesConfig = cases_config(tmp_path / "originals", clock, limits=LIMITS)  # type: ignore[arg-type]
    started = time.monotonic()
    outcomes = {}
    for job in intake.jobs_from_paths([inbox], None):
        t = time.monotonic()
        outcomes[job.path.name] = intake.file_path(session, job, cfg, actor="t")
        assert time.monotonic() - t < LIMITS.max_seconds + 15, job.path.name  # bounded from outside
    assert time.monotonic() - started < 240
    assert all(o.status in (IngestStatus.filed, IngestStatus.failed) for o in outcomes.values())
    assert outcomes["good-1.pdf"].status == outcomes["good-2.docx"].status == IngestStatus.filed
    assert outcomes["too-large.txt"].status == IngestStatus.failed
    assert "over the 16 MB limit" in (outcomes["too-large.txt"].reason or "")
    line = outcomes["ten-mb-line.eml"]
    assert line.status == IngestStatus.filed or "took longer than" in (line.reason or "")
    for h in HOSTILE:
        assert (outcomes[h.name].status == IngestStatus.failed) == (h.error is not None), (h.name, outcomes[h.name])
    tops = session.exec(select(Document).where(col(Document.parent_id).is_(None))).all()
    assert sorted(d.filename or "" for d in tops) == sorted(outcomes)  # every file a row
    for d in tops:
        assert (cfg.originals / relative_path(d.sha256)).is_file(), d.filename
        assert d.status == DocumentStatus.failed or d.case_id is not None
    parts = session.exec(select(Document.part).where(col(Document.part).is_not(None))).all()
    assert "passwd.txt" in parts and not [p for p in parts if p and ("/" in p or "\x00" in p or "\x1b" in p)]


def test_a_name_with_control_characters_is_printed_safe(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "\x1b[31mred\u202e.txt").write_text("Dear Sir, please remove the review. Yours, A Writer")
    out = lexdesk(tmp_path / "desk.db", "ingest", str(inbox), env={"LEXDESK_USER": "t"})
    assert "\x1b" not in out.output and "\u202e" not in out.output and "[31mred.txt" in out.output
