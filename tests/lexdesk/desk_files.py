"""Real files for the command-line tests, written as a specialist would receive them: a solicitor's
PDF letter, data subject requests and their chasers by email (in one thread), a Word letter, a
photographed letter. Every name, firm and phrasing here is invented for these tests."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Sequence
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from tests.ingest.ingest_makers import docx_bytes, typed_pdf

REVIEW = "6a1f0c2b3d4e5f6a7b8c9d0e"
REVIEW_URL = f"https://uk.trustpilot.com/reviews/{REVIEW}"


def solicitors_letter(*, dated: str = "2 November 2026", reply_by: str = "20 November 2026",
                      client: str = "Brackenholt Lofts Ltd.") -> bytes:
    """A UK firm's defamation complaint: dated, citing a review, demanding removal by a date."""
    lines = [
        "Garnet Thorne LLP", "12 King Street, Manchester M2 4LQ", "Tel 0161 555 0199  office@garnetthorne.co.uk", "",
        dated, "", "Our ref: GT/BL/551", "", "Legal Department", "Trustpilot A/S", "",
        "Dear Sirs,", "", f"Our client: {client}", "",
        f"We act for {client} in connection with a review published on your website at",
        f"{REVIEW_URL} which states that", "\"they took the deposit and vanished\".", "",
        "The statement is false and defamatory of our client. We ask that you remove the review",
        f"by {reply_by}, failing which our client will consider issuing proceedings.", "",
        "Yours faithfully,", "", "Garnet Thorne LLP",
    ]
    return typed_pdf([lines])


def email(body: str, *, subject: str, sent: datetime, message_id: str, sender: str = "Ines Morrow",
          address: str = "ines.m@quillpost.co.uk", in_reply_to: Sequence[str] = ()) -> bytes:
    m = EmailMessage()
    m["From"] = f"{sender} <{address}>"
    m["To"] = "legal@trustpilot.com"
    m["Subject"] = subject
    m["Date"] = format_datetime(sent)
    m["Message-ID"] = message_id
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to[-1]
        m["References"] = " ".join(in_reply_to)
    m.set_content(body)
    return bytes(m)


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 30, tzinfo=UTC)


SIGNATURE = "\n\nYours faithfully,\n\nInes Morrow\n14 Mill Lane, Leeds LS2 7EW\n"


def access_request(sent: date) -> bytes:
    """A data subject's access request from the UK, by email."""
    body = ("Dear Sir or Madam,\n\nSubject access request\n\nI am writing to make a subject access request under "
            "Article 15 of the UK GDPR. Please send me a copy of all the personal data you hold about me, including "
            "the reviews I have written and any notes on my account.\n\nMy account is registered to the email "
            "address ines.m@quillpost.co.uk." + SIGNATURE)
    return email(body, subject="Subject access request", sent=at(sent), message_id="<sar-1@quillpost.co.uk>")


def chaser(sent: date, *, objection: bool = False) -> bytes:
    """A reply in the request's thread chasing it (and, with `objection`, adding an objection)."""
    body = ("Dear Sir or Madam,\n\nI have still not received a reply to my subject access request of 2 November. "
            "Please send me the copy of my personal data without further delay.")
    if objection:
        body += ("\n\nI also object to the processing of my personal data for profiling and ask you to stop using "
                 "my data in this way.")
    number = 3 if objection else 2
    return email(body + SIGNATURE, subject="Re: Subject access request", sent=at(sent),
                 message_id=f"<sar-{number}@quillpost.co.uk>",
                 in_reply_to=["<sar-1@quillpost.co.uk>"] + (["<sar-2@quillpost.co.uk>"] if objection else []))


def appeal_email(sent: date, *, subject: str = "Appeal: my review was removed") -> bytes:
    """A reviewer appealing the removal of their review."""
    body = ("Hello,\n\nYou removed my review of Saltmarsh Bakery last week and I would like to appeal against that "
            f"decision. The review is {REVIEW_URL} and it described my own visit honestly. Please restore it.\n\n"
            "Thank you,\n\nOrla Brenner\n")
    return email(body, subject=subject, sent=at(sent), message_id="<appeal-1@corvina.example>",
                 sender="Orla Brenner", address="orla.brenner@corvina.example")


def business_appeal_docx() -> bytes:
    """A business asking for a decision about its page to be reviewed again, as a Word letter."""
    return docx_bytes([
        "Kestrel Bay Campers Ltd", "3 Harbour Road, Penzance TR18 4AA", "", "5 November 2026", "",
        "Dear Content Integrity team,",
        "We are writing about the decision to remove several reviews from our company profile page and the "
        "warning now shown on it. We believe the decision was wrong and ask you to review it again.",
        "Yours sincerely,", "Jonas Ekholm", "Director, Kestrel Bay Campers Ltd",
    ])


def photographed_letter(fmt: str = "JPEG", lines: Sequence[str] | None = None) -> bytes:
    """A typed letter photographed or scanned to an image file."""
    import pypdfium2 as pdfium

    lines = lines or ["Garnet Thorne LLP", "12 King Street, Manchester M2 4LQ", "", "2 November 2026", "",
                      "Dear Sirs,", "", f"We act for Vellacott Joinery Ltd about the review {REVIEW}, which is",
                      "defamatory of our client. Please remove it within 14 days of the date of this letter.", "",
                      "Yours faithfully,", "Garnet Thorne LLP"]
    pdf = pdfium.PdfDocument(typed_pdf([lines]))
    image = pdf[0].render(scale=200 / 72, grayscale=True).to_pil()
    pdf.close()
    buf = io.BytesIO()
    image.save(buf, format=fmt)
    return buf.getvalue()


# --- looking into the database a command wrote ------------------------------------------------------

def rows(db: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return list(conn.execute(sql, args).fetchall())


def counts(db: Path) -> dict[str, int]:
    """Rows in every table: what a command that must change nothing must leave as it was."""
    tables = [t for (t,) in rows(db, "select name from sqlite_master where type='table'")]
    return {t: int(rows(db, f'select count(*) from "{t}"')[0][0]) for t in tables}  # type: ignore[call-overload]


def snapshot(db: Path) -> list[tuple[object, ...]]:
    """Every deadline's state and day, and every audit event: the state listing must not change."""
    return rows(db, "select id, state, due from deadline order by id") + rows(db, "select count(*) from auditevent")


def accounts_for(db: Path, *names: str) -> None:
    """Accounts of the appeals team: an approval names an account (four eyes are two accounts)."""
    from sqlmodel import Session

    from cases import accounts
    from cases.db import init_db, make_engine

    engine = make_engine(db)
    init_db(engine)
    with Session(engine) as session:
        for name in names:
            accounts.add_user(session, name, role="appeals", actor="admin", password="a long password")
    engine.dispose()
