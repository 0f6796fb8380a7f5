"""Word letters: body and tables in order, the letterhead header on top, footers at the end."""

from __future__ import annotations

import io
import zipfile

from ingest import IngestLimits, parse
from tests.ingest.ingest_makers import docx_bytes

HEADER = ["MARLOW KEANE SOLICITORS", "3 Park Square East, Leeds LS1 2NE", "info@marlowkeane.example"]
FOOTER = ["Marlow Keane is authorised and regulated by the SRA (No. 654102)"]
BODY = ["Dear Sir or Madam", "We act for Oakridge Lettings Limited.", "Yours faithfully", "Daniel Keane"]


def test_header_opens_the_text_and_footer_closes_it() -> None:
    doc = parse(docx_bytes(BODY, header=HEADER, footer=FOOTER))

    assert doc.ok and doc.media_type == "docx"
    assert doc.text.startswith("MARLOW KEANE SOLICITORS\n\n3 Park Square East")
    assert doc.text.rstrip().endswith(FOOTER[0])
    assert "Dear Sir or Madam\n\nWe act for Oakridge Lettings Limited." in doc.text
    assert doc.furniture[0].startswith("MARLOW KEANE SOLICITORS") and FOOTER[0] in doc.furniture


def test_a_table_sits_where_it_is_in_the_document() -> None:
    table = [["Review", "Posted"], ["https://www.example.com/reviews/6abbbbd15150073e13268c40", "29 September 2026"]]
    doc = parse(docx_bytes(BODY, table=table, table_after=2))

    before, after = doc.text.split("Review | Posted")
    assert "We act for Oakridge" in before and "Yours faithfully" in after
    assert "6abbbbd15150073e13268c40 | 29 September 2026" in doc.text


def test_a_page_number_footer_is_furniture_only() -> None:
    doc = parse(docx_bytes(BODY, footer=["Page 1"]))
    assert "Page 1" in doc.furniture and "Page 1" not in doc.text


def test_a_zip_bomb_is_refused_before_it_unpacks() -> None:
    buf = io.BytesIO(docx_bytes(BODY))
    with zipfile.ZipFile(buf, "a", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/media/padding.bin", b"\0" * (5 * 1024 * 1024))
    doc = parse(buf.getvalue(), limits=IngestLimits(max_unpacked_bytes=2 * 1024 * 1024))
    assert doc.error is not None and "zip bomb" in doc.error and doc.text == ""


def test_a_damaged_word_file_is_reported() -> None:
    data = docx_bytes(BODY)
    doc = parse(data[: len(data) // 2])
    assert doc.error is not None and "corrupt" in doc.error


def test_a_zip_that_is_not_a_word_document_is_unsupported() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("notes.txt", "hello")
    doc = parse(buf.getvalue(), filename="letter.docx")
    assert doc.error == "unsupported file type: ZIP archive that is not a Word document"
