"""PDF letters: text in reading order, page furniture kept apart, encryption, OCR of scans."""

from __future__ import annotations

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption

from ingest import IngestLimits, parse
from tests.ingest.ingest_makers import scanned_pdf, typed_pdf

LETTER = [
    [
        "COLE & FINCH LLP, 1 Fleet Street, London EC4Y 1AA",
        "",
        "Dear Sir or Madam",
        "",
        "We act for Brightside Roofing Ltd. The review at",
        "https://www.example-platform.com/reviews/65f0c2a1b3d4e5f6a7b8c9d0 states:",
        "",
        '"They took my deposit and never turned up."',
    ],
    ["The statement is false and defamatory of our client, who", "completed every job it was paid for."],
    ["Please remove the review within 14 days.", "", "Yours faithfully", "", "Harriet Cole"],
]


def test_a_typed_letter_reads_in_order_with_paragraphs() -> None:
    doc = parse(typed_pdf(LETTER[:1]), filename="letter.pdf")

    assert doc.ok and doc.media_type == "pdf" and doc.filename == "letter.pdf"
    assert doc.text.startswith("COLE & FINCH LLP")
    assert "Dear Sir or Madam\n\nWe act for Brightside Roofing Ltd." in doc.text
    assert "65f0c2a1b3d4e5f6a7b8c9d0" in doc.text
    assert [p.number for p in doc.pages] == [1] and not doc.ocr_used
    assert ("pages", "1") in doc.metadata


def test_running_footer_and_page_numbers_are_furniture_not_body() -> None:
    footer = "Cole & Finch LLP is authorised and regulated by the SRA (No. 612384)"
    doc = parse(typed_pdf(LETTER, header="COLE & FINCH LLP - continued", footer=footer, page_numbers=True))

    assert footer in doc.furniture
    assert any(f.startswith("Page") for f in doc.furniture)
    assert "Page 2 of 3" not in doc.text
    # The footer is not repeated between pages: it closes the text once.
    assert doc.text.count(footer) == 1 and doc.text.rstrip().endswith(footer)
    # The running header keeps its first copy only, so the body flows across page breaks.
    assert doc.text.count("COLE & FINCH LLP - continued") == 1
    assert "defamatory of our client, who\ncompleted every job" in doc.text
    assert all("Page" not in p.text for p in doc.pages)


def test_a_single_page_number_is_furniture_too() -> None:
    doc = parse(typed_pdf(LETTER[:1], page_numbers=True))
    assert "Page 1 of 1" in doc.furniture and "Page 1 of 1" not in doc.text


def test_an_encrypted_pdf_needs_a_password() -> None:
    doc = parse(typed_pdf(LETTER[:1], encrypt="secret"))
    assert doc.error == "encrypted PDF (password required)"
    assert doc.media_type == "pdf" and doc.text == "" and doc.size > 0 and doc.raw


def test_an_encrypted_pdf_with_an_empty_user_password_opens() -> None:
    doc = parse(typed_pdf(LETTER[:1], encrypt=StandardEncryption("", ownerPassword="owner")))
    assert doc.ok and "Dear Sir or Madam" in doc.text


def test_a_truncated_pdf_is_reported_corrupt() -> None:
    data = typed_pdf(LETTER)
    doc = parse(data[: len(data) // 3])
    assert doc.error is not None and doc.error.startswith("corrupt PDF")


def test_too_many_pages_is_refused() -> None:
    doc = parse(typed_pdf(LETTER), limits=IngestLimits(max_pages=2))
    assert doc.error == "PDF has too many pages (3; the limit is 2)"


def test_a_scan_without_ocr_has_a_clear_reason() -> None:
    doc = parse(scanned_pdf(["Dear Sir or Madam"]), limits=IngestLimits(ocr=False))
    assert doc.error is not None and "OCR" in doc.error


@pytest.mark.slow
def test_a_scanned_page_is_read_by_ocr_with_its_confidence() -> None:
    lines = [
        "Dear Sir or Madam",
        "",
        "The review bears the ID 65f0c2a1b3d4e5f6a7b8c9d0 and says:",
        '"They took my deposit and never turned up."',
        "",
        "Please write to h.cole@colefinch.co.uk within 14 days.",
    ]
    doc = parse(scanned_pdf(lines, dpi=200))

    assert doc.ok and doc.ocr_used
    page = doc.pages[0]
    assert page.ocr and page.ocr_confidence is not None and page.ocr_confidence > 60
    flat = " ".join(doc.text.split()).replace("“", '"').replace("”", '"')
    assert "65f0c2a1b3d4e5f6a7b8c9d0" in flat
    assert '"They took my deposit and never turned up."' in flat
    assert "h.cole@colefinch.co.uk" in flat
    assert ("ocr_pages", "1") in doc.metadata


def test_a_ruled_table_is_read_row_by_row_by_pdfplumber() -> None:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawString(72, 770, "Schedule of the reviews complained of")
    xs, ys = [72, 250, 450], [740, 720, 700, 680]
    for x in xs:  # cell borders drawn one by one, as Word and LibreOffice export them
        c.line(x, ys[0], x, ys[-1])
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    rows = [("Review id", "Posted"), ("65f0c2a1b3d4e5f6a7b8c9d0", "2 August 2026")]
    rows.append(("6a6f59304dbe7df88256aa86", "9 Aug"))
    for (left, right), y in zip(rows, ys, strict=False):
        c.drawString(76, y - 14, left)
        c.drawString(254, y - 14, right)
    c.showPage()
    c.save()

    doc = parse(buf.getvalue())
    tables = [value for key, value in doc.metadata if key == "table"]
    assert tables == [
        "page 1\nReview id | Posted\n65f0c2a1b3d4e5f6a7b8c9d0 | 2 August 2026\n6a6f59304dbe7df88256aa86 | 9 Aug"
    ]
    assert "65f0c2a1b3d4e5f6a7b8c9d0" in doc.text
