"""Drafts that say the right thing, driven through the command line as the appeals team uses it:
the letter's own date and ours, in every language; a date already passed said so; the request
answered and its chaser named as a reminder; one full stop after "Ltd."; a language there is no
template for refused or flagged; the law of the sender's country; the notice to the poster, the
objection reply and the access response; $EDITOR; PDF; nothing sendable before approval."""

from __future__ import annotations

import io
import re
import shutil
import sys
from datetime import date
from email import message_from_bytes, policy
from pathlib import Path

import docx
import pytest

from cases.clock import FixedClock
from tests.conftest import lexdesk, ok
from tests.lexdesk.desk_files import (
    access_request,
    accounts_for,
    appeal_email,
    business_appeal_docx,
    chaser,
    counts,
    rows,
    solicitors_letter,
)

DAY = date(2026, 12, 8)
CLOCK = FixedClock.on(DAY)


def ingest(db: Path, tmp_path: Path, name: str, data: bytes, received: date | None = None) -> str:
    if not db.exists():
        accounts_for(db, "alice", "bob", "carol")
    path = tmp_path / name
    path.write_bytes(data)
    args = ["ingest", str(path)] + (["--received", received.isoformat()] if received else [])
    ok(lexdesk(db, *args, clock=CLOCK))
    [(ref,)] = rows(db, "select c.ref from document d join 'case' c on c.id = d.case_id where d.filename = ?", name)
    return str(ref)


def drafted(db: Path, *args: str, user: str = "alice") -> tuple[int, str]:
    out = ok(lexdesk(db, "draft", *args, user=user, clock=CLOCK))
    draft_id = int(re.search(r"draft (\d+) \(v", out).group(1))  # type: ignore[union-attr]
    [(text,)] = rows(db, "select text from draft where id = ?", draft_id)
    return draft_id, str(text)


def test_the_letters_own_date_is_its_date_and_the_received_date_ours_in_every_language(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref = ingest(db, tmp_path, "letter.pdf", solicitors_letter(dated="2 November 2026", reply_by="10 November 2026"),
                 received=date(2026, 12, 7))
    draft_id, text = drafted(db, ref)
    assert "your letter of 2 November 2026, received on 7 December 2026" in text
    assert "letter of 7 December" not in text
    assert "a date that had already passed when your letter reached us" in text  # and not "we note ... by"
    [(subject,)] = rows(db, "select subject from draft where id = ?", draft_id)
    assert subject == f"Acknowledgement of your letter of 2 November 2026 [{ref}]"
    expected = {"de": ("Ihres Schreibens vom 2. November 2026, das uns am 7. Dezember 2026 erreicht hat",
                       "bereits verstrichen"),
                "fr": ("votre courrier du 2 novembre 2026, reçu le 7 décembre 2026", "déjà dépassée"),
                "da": ("Deres brev af 2. november 2026, som vi modtog den 7. december 2026",
                       "allerede var passeret")}
    for language, (dates, passed) in expected.items():
        _, text = drafted(db, ref, "--language", language)
        assert dates in text and passed in text, (language, text)


def test_a_demanded_date_that_has_passed_since_is_said_to_have_passed(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref = ingest(db, tmp_path, "letter.pdf", solicitors_letter(reply_by="20 November 2026"),
                 received=date(2026, 11, 4))
    _, text = drafted(db, ref)
    assert "we are sorry that we are replying after that date" in text
    assert "We note that you have asked for a response by" not in text


def test_a_company_name_ending_in_its_full_stop_ends_the_sentence_with_one(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref = ingest(db, tmp_path, "letter.pdf", solicitors_letter(client="Brackenholt Lofts Ltd."), date(2026, 11, 4))
    _, text = drafted(db, ref, "--template", "content_removed")
    assert "on behalf of Brackenholt Lofts Ltd." in text and "Ltd.." not in text


def test_the_request_is_answered_by_default_and_its_chaser_named_as_a_reminder(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref = ingest(db, tmp_path, "sar.eml", access_request(date(2026, 11, 2)))
    ingest(db, tmp_path, "chaser.eml", chaser(date(2026, 11, 20)))
    draft_id, text = drafted(db, ref)
    [(answered,)] = rows(db, "select d.filename from draft r join document d on d.id = r.document_id where r.id = ?",
                         draft_id)
    assert answered == "sar.eml"
    assert "your data protection request of 2 November 2026 and your reminder of 20 November 2026" in text


def test_a_language_without_a_template_is_an_error_naming_those_there_are_or_a_flag_to_confirm(
        tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref = ingest(db, tmp_path, "appeal.eml", appeal_email(date(2026, 12, 1)))
    bad = lexdesk(db, "draft", ref, "--language", "xx", user="alice", clock=CLOCK)
    assert bad.exit_code == 1 and bad.stderr.strip().endswith("the languages there are da, en, fr")
    assert rows(db, "select count(*) from draft") == [(0,)]
    _, french = drafted(db, ref, "--language", "fr")
    assert "Nous vous remercions de votre message" in french

    [(doc,)] = rows(db, "select id from document")
    ok(lexdesk(db, "documents", "correct", str(doc), "--field", "language", "--value", "de", clock=CLOCK))
    out = ok(lexdesk(db, "draft", ref, user="alice", clock=CLOCK))
    assert "the letter is in 'de'" in out and "unresolved placeholders: language" in out
    draft_id = int(re.search(r"draft (\d+) \(v", out).group(1))  # type: ignore[union-attr]
    refused = lexdesk(db, "drafts", "approve", str(draft_id), user="bob", clock=CLOCK)
    assert refused.exit_code == 1 and "unresolved placeholders: language" in refused.stderr
    [(text,)] = rows(db, "select text from draft where id = ?", draft_id)
    confirmed = tmp_path / "confirmed.txt"
    confirmed.write_text("\n".join(x for x in str(text).splitlines() if not x.startswith("[[CONFIRM")))
    ok(lexdesk(db, "drafts", "edit", str(draft_id), "--file", str(confirmed), user="bob", clock=CLOCK))
    assert "approved" in ok(lexdesk(db, "drafts", "approve", str(draft_id), user="carol", clock=CLOCK))


def test_uk_senders_get_the_uk_gdpr_eu_senders_the_gdpr_and_the_dsa_goes_only_to_the_eu(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref = ingest(db, tmp_path, "sar.eml", access_request(date(2026, 11, 2)))
    _, uk = drafted(db, ref)
    assert "UK GDPR" in uk and "Data Protection Act 2018" in uk
    assert "General Data Protection Regulation (GDPR)" not in uk
    [(doc,)] = rows(db, "select id from document")
    out = ok(lexdesk(db, "documents", "correct", str(doc), "--field", "sender_country", "--value", "IE",
                     "--why", "lives in Dublin", clock=CLOCK))
    assert "sender_country" in out
    _, eu = drafted(db, ref)
    assert "General Data Protection Regulation (GDPR)" in eu and "UK GDPR" not in eu

    appeal = ingest(db, tmp_path, "appeal.eml", appeal_email(date(2026, 12, 1)))
    [(appeal_doc,)] = rows(db, "select id from document where filename = 'appeal.eml'")
    ok(lexdesk(db, "documents", "correct", str(appeal_doc), "--field", "sender_country", "--value", "GB", clock=CLOCK))
    _, outside = drafted(db, appeal)
    assert "Digital Services Act" not in outside
    ok(lexdesk(db, "documents", "correct", str(appeal_doc), "--field", "sender_country", "--value", "DK", clock=CLOCK))
    _, inside = drafted(db, appeal)
    assert "Article 20 of the Digital Services Act" in inside


def test_the_notice_to_the_poster_the_objection_reply_and_the_access_response(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref = ingest(db, tmp_path, "letter.pdf", solicitors_letter(), date(2026, 12, 7))
    poster_id, poster = drafted(db, ref, "--template", "notice_to_poster")
    assert "section 5 of the Defamation Act 2013" in poster and "fifth day" in poster
    assert "Garnet Thorne" not in poster  # nothing to the poster names the complainant's firm
    ok(lexdesk(db, "drafts", "approve", str(poster_id), user="bob", clock=CLOCK))
    eml = tmp_path / "poster.eml"
    ok(lexdesk(db, "drafts", "export", str(poster_id), "--out", str(eml), user="bob", clock=CLOCK))
    msg = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert msg["To"] is None and msg["In-Reply-To"] is None  # not a reply to the complainant

    sar = ingest(db, tmp_path, "sar.eml", access_request(date(2026, 11, 2)))
    _, objection = drafted(db, sar, "--template", "objection_reply", "--set",
                           "decision=We have stopped using your data for profiling.")
    assert "Article 21(1) of the UK GDPR" in objection and "stopped using your data" in objection
    _, access = drafted(db, sar, "--template", "access_response", "--set", "enclosures=a copy of your data")
    assert "Article 15 of the UK GDPR" in access and "does not erase" in access
    _, old_name = drafted(db, sar, "--template", "response_cover", "--set", "enclosures=a copy of your data")
    assert old_name == access


def test_a_business_appeal_is_not_asked_for_proof_about_its_own_removed_reviews(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref = ingest(db, tmp_path, "appeal.docx", business_appeal_docx(), date(2026, 11, 6))
    [(doc,)] = rows(db, "select id from document")
    ok(lexdesk(db, "documents", "correct", str(doc), "--field", "kind", "--value", "business_appeal", clock=CLOCK))
    draft_id, text = drafted(db, ref)
    [(template,)] = rows(db, "select template from draft where id = ?", draft_id)
    assert template == "business_appeal/acknowledgement"
    assert "your message of 5 November 2026, received on 6 November 2026" in text
    assert not re.search(r"evidence|records showing|proof|not a customer", text, re.I)


def test_drafts_edit_without_a_file_opens_the_editor_keeps_the_version_and_withdraws_the_approval(
        tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref = ingest(db, tmp_path, "sar.eml", access_request(date(2026, 11, 2)))
    draft_id, _ = drafted(db, ref)
    ok(lexdesk(db, "drafts", "approve", str(draft_id), user="bob", clock=CLOCK))
    editor = tmp_path / "editor.py"
    editor.write_text("import sys\npath = sys.argv[1]\ntext = open(path).read()\n"
                      "open(path, 'w').write(text + '\\nA paragraph the reviewer added.\\n')\n")
    env = {"EDITOR": f"{sys.executable} {editor}", "VISUAL": ""}
    out = ok(lexdesk(db, "drafts", "edit", str(draft_id), user="carol", clock=CLOCK, env=env))
    assert "v2, draft" in out
    [(text, status, approver)] = rows(db, "select text, status, approver from draft where id = ?", draft_id)
    assert "A paragraph the reviewer added." in str(text) and status == "draft" and approver is None
    assert ("draft.edited", "approval withdrawn by the edit") in rows(
        db, "select action, why from auditevent where draft_id = ?", draft_id)
    assert rows(db, "select author from draftversion where draft_id = ? order by version", draft_id) == [
        ("alice",), ("carol",)]

    broken = lexdesk(db, "drafts", "edit", str(draft_id), user="carol", clock=CLOCK,
                     env={"EDITOR": str(tmp_path / "no-such-editor"), "VISUAL": ""})
    assert broken.exit_code == 1 and len(broken.stderr.splitlines()) == 1 and "editor" in broken.stderr
    assert "Traceback" not in broken.output


def test_before_approval_every_export_is_visibly_a_draft_and_only_an_approved_one_is_ready_to_send(
        tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref = ingest(db, tmp_path, "sar.eml", access_request(date(2026, 11, 2)))
    first = tmp_path / "first.eml"
    out = ok(lexdesk(db, "draft", ref, "--out", str(first), user="alice", clock=CLOCK))
    assert "marked DRAFT" in out
    draft_id = int(re.search(r"draft (\d+) \(v", out).group(1))  # type: ignore[union-attr]
    msg = message_from_bytes(first.read_bytes(), policy=policy.default)
    assert msg["To"] is None and msg["From"] is None and msg["In-Reply-To"] is None
    assert msg["Subject"].startswith("[DRAFT, not approved]")
    letter = tmp_path / "first.docx"
    ok(lexdesk(db, "drafts", "export", str(draft_id), "--out", str(letter), clock=CLOCK))
    document = docx.Document(io.BytesIO(letter.read_bytes()))
    assert document.paragraphs[0].text.startswith("DRAFT — NOT APPROVED")
    assert "PowerPlusWaterMarkObject" in document.sections[0].header._element.xml

    ok(lexdesk(db, "drafts", "approve", str(draft_id), user="bob", clock=CLOCK))
    ready = tmp_path / "ready.eml"
    ok(lexdesk(db, "drafts", "export", str(draft_id), "--out", str(ready), clock=CLOCK))
    msg = message_from_bytes(ready.read_bytes(), policy=policy.default)
    assert msg["To"] == "ines.m@quillpost.co.uk" and msg["In-Reply-To"] == "<sar-1@quillpost.co.uk>"
    assert not msg["Subject"].startswith("[DRAFT")
    ok(lexdesk(db, "drafts", "export", str(draft_id), "--out", str(letter), clock=CLOCK))
    assert "DRAFT" not in docx.Document(io.BytesIO(letter.read_bytes())).paragraphs[0].text


def test_pdf_from_the_docx_or_one_line_saying_it_is_not_available_and_no_orphan_draft(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    ref = ingest(db, tmp_path, "sar.eml", access_request(date(2026, 11, 2)))
    before = counts(db)
    missing = lexdesk(db, "draft", ref, "--out", str(tmp_path / "x.pdf"), user="alice", clock=CLOCK,
                      env={"LEXDESK_SOFFICE": str(tmp_path / "no-soffice")})
    assert missing.exit_code == 1 and missing.stderr.splitlines() == [
        "PDF output is not available: LibreOffice (soffice) is not installed — scripts/setup.sh installs it "
        "(Debian's libreoffice-writer); or write .docx"]
    failing = tmp_path / "soffice"
    failing.write_text("#!/bin/sh\necho 'cannot convert' >&2\nexit 3\n")
    failing.chmod(0o755)
    broken = lexdesk(db, "draft", ref, "--out", str(tmp_path / "x.pdf"), user="alice", clock=CLOCK,
                     env={"LEXDESK_SOFFICE": str(failing)})
    assert broken.exit_code == 1 and "PDF conversion failed (cannot convert)" in broken.stderr
    assert counts(db) == before and not (tmp_path / "x.pdf").exists()  # no draft, no file, no audit event
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed here (scripts/setup.sh installs it)")
    pdf = tmp_path / "letter.pdf"
    ok(lexdesk(db, "draft", ref, "--out", str(pdf), user="alice", clock=CLOCK))
    assert pdf.read_bytes().startswith(b"%PDF")
    import pypdfium2 as pdfium

    text = pdfium.PdfDocument(pdf.read_bytes())[0].get_textpage().get_text_range()
    assert "DRAFT — NOT APPROVED" in text and "UK GDPR" in text
