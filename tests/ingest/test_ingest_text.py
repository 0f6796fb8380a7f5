"""Plain text and HTML files in whatever charset they were saved."""

from __future__ import annotations

from ingest import parse
from ingest.detect import detect
from ingest.text import html_to_text

NOTICE = "Full name: Gráinne Walsh\nOrganisation: Café Ørsted – København\n\nThe review says “it’s a scam”.\n"


def test_utf8_latin1_cp1252_and_utf16_all_read_the_same() -> None:
    for encoding in ("utf-8", "utf-8-sig", "cp1252", "utf-16"):
        text = NOTICE if encoding != "cp1252" else NOTICE.replace("Ø", "O").replace("ø", "o")
        doc = parse(text.encode(encoding), filename=f"notice-{encoding}.txt")
        assert doc.ok and doc.media_type == "txt", encoding
        assert doc.text == text.strip(), encoding


def test_windows_line_endings_become_newlines() -> None:
    assert parse(b"Line one\r\nLine two\r\n\r\n\r\n\r\nLine three").text == "Line one\nLine two\n\nLine three"


def test_an_html_file_is_made_into_text() -> None:
    html = (
        b"<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body><h1>Notice</h1>"
        b"<p>Review:&nbsp;<a href='#'>link</a></p>"
        b"<table><tr><td>Name</td><td>A&amp;B Ltd</td></tr></table></body></html>"
    )
    doc = parse(html)
    assert doc.media_type == "html"
    assert doc.text == "Notice\n\nReview: link\n\nName\nA&B Ltd"


def test_deeply_nested_html_does_not_exhaust_the_stack() -> None:
    html = "<div>" * 5000 + "deep text" + "</div>" * 5000
    assert "deep text" in html_to_text(html)


def test_type_comes_from_content_not_name() -> None:
    assert detect(b"%PDF-1.7\n...") == "pdf"
    assert detect(b"From: a@b.example\nTo: c@d.example\nSubject: hi\n\nbody") == "eml"
    assert detect(b"Subject: my complaint\n\nI write to complain.") == "txt"
    assert detect(b"Dear Sir,\nI write about a review.") == "txt"
    assert detect(b"<html><body><p>x</p></body></html>") == "html"
    assert parse(b"Dear Sir, a letter saved as PDF by name only.", filename="letter.pdf").media_type == "txt"
