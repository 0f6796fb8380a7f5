"""Every failure is a row: whatever goes wrong in parse, extract or filing, the file is recorded
as failed with its reason and its original kept; the same bytes ingested again are read again
(only bytes already filed are a duplicate); `lexdesk retry` runs the failed ones again."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, col, select

import ingest
from cases import intake
from cases.config import CasesConfig
from cases.models import AuditEvent, Document
from cases.originals import relative_path
from cases.vocab import DocumentStatus, IngestStatus
from tests.conftest import lexdesk, ok

LETTER = """Dear Sirs,

We act for a small bakery. Please remove the review at
https://www.trustpilot.com/reviews/0123456789abcdef01234567 by 20 November 2026.

Yours faithfully,
A Writer
"""


def _boom(*_a: Any, **_k: Any) -> Any:
    raise RuntimeError("something broke inside")


def _tops(session: Session) -> list[Document]:
    return list(session.exec(select(Document).where(col(Document.parent_id).is_(None))).all())


@pytest.mark.parametrize("where", ["parse", "extract", "filing"])
def test_an_error_in_any_stage_is_a_failed_row_with_its_original_and_is_retried(
    where: str, session: Session, cfg: CasesConfig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    target: dict[str, tuple[object, str]] = {"parse": (ingest, "parse"), "extract": (intake, "extract"),
                                             "filing": (intake, "file_document")}
    obj, name = target[where]
    original: Callable[..., Any] = getattr(obj, name)
    monkeypatch.setattr(obj, name, _boom)
    out = intake.file_path(session, intake.Job(letter), cfg, actor="t")
    assert out.status == IngestStatus.failed and "RuntimeError: something broke inside" in (out.reason or "")
    (doc,) = _tops(session)
    assert doc.status == DocumentStatus.failed and "something broke inside" in (doc.error or "")
    sha = hashlib.sha256(letter.read_bytes()).hexdigest()
    assert (cfg.originals / relative_path(sha)).read_bytes() == letter.read_bytes()

    # the same bytes again, still broken: failed again, still one row (not "duplicate")
    again = intake.file_path(session, intake.Job(letter), cfg, actor="t")
    assert again.status == IngestStatus.failed and len(_tops(session)) == 1

    monkeypatch.setattr(obj, name, original)  # the cause fixed
    (retried,) = intake.retry_failed(session, cfg, actor="t")
    assert retried.status == IngestStatus.filed and retried.retried
    (filed,) = _tops(session)
    assert filed.status == DocumentStatus.filed and filed.case_id is not None
    assert session.exec(select(AuditEvent).where(AuditEvent.action == "document.retried")).all()
    assert intake.retry_failed(session, cfg, actor="t") == []
    dup = intake.file_path(session, intake.Job(letter), cfg, actor="t")
    assert dup.status == IngestStatus.duplicate


def test_lexdesk_retry_runs_the_failed_ones_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "desk.db"
    for i in range(3):
        (tmp_path / f"letter-{i}.txt").write_text(LETTER.replace("bakery", f"bakery number {i}"), encoding="utf-8")
    files = [str(tmp_path / f"letter-{i}.txt") for i in range(3)]
    monkeypatch.setattr(intake, "extract", _boom)
    first = lexdesk(db, "ingest", *files, env={"LEXDESK_FILE_SECONDS": "0"})  # the patch seen in-process
    assert first.exit_code == 3 and "3 failed" in first.stdout and "Traceback" not in first.output
    assert "something broke inside" in ok(lexdesk(db, "failed"))
    monkeypatch.undo()
    one = ok(lexdesk(db, "retry", "1"))
    assert "filed" in one and "failed before: read again" in one
    rest = ok(lexdesk(db, "retry"))
    assert "2 filed" in rest
    assert "no failed documents to retry" in ok(lexdesk(db, "retry"))
    wrong = lexdesk(db, "retry", "999")
    assert wrong.exit_code == 1 and wrong.stderr.strip() == "no document 999"
