"""Files the web desk's tests upload, made in code: a solicitor's PDF letter, an email with a letter
attached, and an HTML email full of script. Every name, firm and phrasing is invented here."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from tests.ingest.ingest_makers import typed_pdf

REVIEW = "5e2d7c1a9b3f4e6d8a0c2b4f"
REVIEW_URL = f"https://www.trustpilot.com/reviews/{REVIEW}"
OTHER_REVIEW = "7b9e1d3c5a2f4b6e8d0a1c3e"
PDF_DEADLINE = "2026-11-27"  # the day the PDF letter demands


def pdf_letter() -> bytes:
    """A firm's defamation complaint on a review, with its reference and a date to reply by."""
    lines = [
        "Harrowgate Finch Solicitors", "4 Tanner Row, York YO1 6JB", "Tel 01904 555 0142  desk@harrowgatefinch.co.uk",
        "", "3 November 2026", "", "Our ref: HF/QM/2041", "", "Legal Team", "Trustpilot A/S", "",
        "Dear Sirs,", "", "Our client: Quillmere Kitchens Ltd", "",
        "We act for Quillmere Kitchens Ltd in respect of a review on your website at",
        f"{REVIEW_URL} which alleges that", "\"the fitters left the job half done and kept the money\".", "",
        "The allegation is untrue and defamatory of our client. Please remove the review",
        "by 27 November 2026, failing which our client reserves its position.", "",
        "Yours faithfully,", "", "Harrowgate Finch Solicitors",
    ]
    return typed_pdf([lines])


def attached_letter() -> bytes:
    lines = [
        "Pellow & Strand LLP", "21 Quay Street, Bristol BS1 4DT", "", "30 October 2026", "",
        "Our ref: PS/OV/88", "", "Dear Sir or Madam,", "",
        "We are instructed by Orlen Vale Removals Ltd about a review at",
        f"https://uk.trustpilot.com/reviews/{OTHER_REVIEW}.",
        "We ask that the review is taken down by 1 December 2026.", "", "Yours faithfully,", "",
        "Pellow & Strand LLP",
    ]
    return typed_pdf([lines])


def email_with_attachment() -> bytes:
    m = EmailMessage()
    m["From"] = "Tamsin Pellow <t.pellow@pellowstrand.co.uk>"
    m["To"] = "legal@trustpilot.com"
    m["Subject"] = "Orlen Vale Removals Ltd - review complaint"
    m["Date"] = format_datetime(datetime(2026, 10, 30, 10, 15, tzinfo=UTC))
    m["Message-ID"] = "<complaint-88@pellowstrand.co.uk>"
    m.set_content("Dear Sir or Madam,\n\nPlease find our letter attached.\n\nTamsin Pellow\nPellow & Strand LLP\n")
    m.add_attachment(attached_letter(), maintype="application", subtype="pdf", filename="letter-PS-OV-88.pdf")
    return bytes(m)


# What a hostile sender puts in an HTML email: each would run in a page that rendered it.
HOSTILE_MARKS = ("<script", "<iframe", "onerror=", "onload=", "javascript:", "<svg")


def hostile_email() -> bytes:
    m = EmailMessage()
    m["From"] = "Nobody Real <trouble@example.invalid>"
    m["To"] = "legal@trustpilot.com"
    m["Subject"] = "<script>window.pwned=1</script> Urgent complaint"
    m["Date"] = format_datetime(datetime(2026, 11, 1, 8, 0, tzinfo=UTC))
    m["Message-ID"] = "<hostile-1@example.invalid>"
    # HTML only: the desk reads its text from the markup itself
    m.set_content(
        "<html><head><script>window.pwned = 1; document.title = 'pwned';</script></head><body>"
        "<p>Dear team, please remove the review "
        f"<a href=\"javascript:window.pwned=2\">{REVIEW_URL}</a> by 30 November 2026.</p>"
        "<img src=x onerror=\"window.pwned=3\">"
        "<iframe src=\"javascript:parent.pwned=4\"></iframe>"
        "<svg onload=\"window.pwned=5\"></svg>"
        "<div onmouseover=\"window.pwned=6\">&lt;script&gt;window.pwned=7&lt;/script&gt;</div>"
        "</body></html>", subtype="html")
    return bytes(m)


def joint_letter() -> bytes:
    """A third firm citing both reviews: it matches two cases equally well, so the desk opens a new
    case and asks a person which one it belongs to (a linking suggestion for each)."""
    lines = [
        "Marlow Kett Advocates", "9 Castle Wynd, Inverness IV2 3EB", "", "5 November 2026", "",
        "Our ref: MK/77/TW", "", "Dear Sirs,", "",
        "We write about the reviews at", REVIEW_URL, f"https://uk.trustpilot.com/reviews/{OTHER_REVIEW}",
        "which our client says were written by the same person. Please look into them by",
        "2 December 2026.", "", "Yours faithfully,", "", "Marlow Kett Advocates",
    ]
    return typed_pdf([lines])
