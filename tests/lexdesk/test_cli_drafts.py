"""`lexdesk draft REF` and `lexdesk drafts ...` end to end on a real database file."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
from sqlmodel import Session, select

from cases import accounts
from cases.models import Case, Draft
from tests.conftest import lexdesk


def run(db: Path, user: str, *args: str) -> tuple[int, str]:
    r = lexdesk(db, *args, user=user)
    return r.exit_code, r.output


def test_draft_approve_send_from_the_command_line(session: Session, case: Case, tmp_path: Path, url: str,
                                                 db_path: Path) -> None:
    db = db_path
    for name in ("alice", "bob"):  # an approval names an account: four eyes are two accounts
        accounts.add_user(session, name, role="appeals", actor="admin", password="a long password")
    code, out = run(db, "alice", "draft", "ci-2026-0042", "--out", str(tmp_path / "ack.docx"))
    assert code == 0, out
    assert "no unresolved placeholders" in out
    body = "\n".join(p.text for p in docx.Document(io.BytesIO((tmp_path / "ack.docx").read_bytes())).paragraphs)
    assert url in body and "MQ/LJ/77" in body
    d = session.exec(select(Draft)).one()

    code, out = run(db, "alice", "drafts", "approve", str(d.id))
    assert code == 1 and "four eyes" in out
    code, out = run(db, "bob", "drafts", "approve", str(d.id))
    assert code == 0 and "approved" in out
    code, out = run(db, "bob", "drafts", "send", str(d.id), "--out", str(tmp_path / "reply.eml"))
    assert code == 0 and "sent" in out
    assert b"In-Reply-To: <msg-2@quill-partners.test>" in (tmp_path / "reply.eml").read_bytes()
    code, out = run(db, "bob", "drafts", "list", "--case", "CI-2026-0042")
    assert "sent" in out and "alice" in out


def test_edit_from_a_file_and_placeholders_filled_by_set(session: Session, case: Case, tmp_path: Path,
                                                        db_path: Path) -> None:
    db = db_path
    code, out = run(db, "alice", "draft", "CI-2026-0042", "--template", "content_stays")
    assert code == 0 and "unresolved placeholders: reasons" in out
    d = session.exec(select(Draft)).one()
    new = tmp_path / "new.txt"
    new.write_text(d.text.replace("[[MISSING: reasons]]", "The statements are honest opinion."))
    code, out = run(db, "bob", "drafts", "edit", str(d.id), "--file", str(new))
    assert code == 0 and "v2" in out and "no unresolved" in out
    code, out = run(db, "carol", "drafts", "show", str(d.id), "--history")
    assert "honest opinion" in out and "v1 by alice" in out and "v2 by bob" in out

    code, out = run(db, "alice", "draft", "CI-2026-0042", "--template", "content_stays",
                    "--set", "reasons=It is a genuine customer's opinion.")
    assert code == 0 and "no unresolved placeholders" in out


def test_unknown_template_is_a_clear_error(session: Session, case: Case, db_path: Path) -> None:
    code, out = run(db_path, "alice", "draft", "CI-2026-0042", "--template", "nonsense")
    assert code == 1 and "no template 'nonsense'" in out


def test_statement_of_reasons_export(session: Session, case: Case, tmp_path: Path, db_path: Path) -> None:
    code, out = run(db_path, "alice", "drafts", "sor", "CI-2026-0042", "--out", str(tmp_path / "sor"),
                    "--explanation", "States as fact that the owner steals deposits; no evidence was offered.",
                    "--content-date", "2026-08-02", "--application-date", "2026-11-10")
    assert code == 0, out
    (path,) = sorted((tmp_path / "sor").glob("*.json"))
    (st,) = json.loads(path.read_text())["statements"]
    assert st["category_specification"] == ["KEYWORD_DEFAMATION"]

    code, out = run(db_path, "alice", "drafts", "sor", "CI-2026-0042", "--out", str(tmp_path / "x"),
                    "--explanation", "x")
    assert code == 1 and "content_date: is required" in out


def test_an_unknown_output_format_leaves_no_draft_behind(session: Session, case: Case, db_path: Path,
                                                        tmp_path: Path) -> None:
    result = lexdesk(db_path, "draft", "CI-2026-0042", "--out", str(tmp_path / "x.odt"), user="alice")
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1
    assert ".docx" in result.stderr and ".pdf" in result.stderr
    assert session.exec(select(Draft)).all() == []
