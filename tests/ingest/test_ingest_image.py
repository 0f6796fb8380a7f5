"""Photos and scans as image files are read by OCR like scanned PDF pages: JPEG, PNG, multi-page TIFF."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

import pytest

from ingest import IngestLimits, parse
from tests.ingest.ingest_makers import typed_pdf

LETTER = ["Dear Sir or Madam,", "", "We act for the owner of a bakery.",
          "Please remove the review 65aa0c2b1d3e4f5a6b7c8d9e within 14 days.", "", "Yours faithfully"]


def page_image(lines: Sequence[str], dpi: int = 200) -> Any:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(typed_pdf([lines]))
    image = pdf[0].render(scale=dpi / 72, grayscale=True).to_pil()
    pdf.close()
    return image


def image_bytes(fmt: str, *pages: Any, **save: Any) -> bytes:
    buf = io.BytesIO()
    first, *rest = pages
    if rest:
        save.update(save_all=True, append_images=rest)
    first.save(buf, format=fmt, **save)
    return buf.getvalue()


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "TIFF"])
def test_a_photo_or_scan_of_a_letter_is_read_by_ocr(fmt: str) -> None:
    doc = parse(image_bytes(fmt, page_image(LETTER)), filename=f"letter.{fmt.lower()}")
    assert doc.ok, doc.error
    assert doc.media_type in {"png", "jpeg", "tiff"} and doc.ocr_used
    assert "65aa0c2b1d3e4f5a6b7c8d9e" in doc.text and "within 14 days" in doc.text
    assert doc.pages[0].ocr_confidence is not None and doc.pages[0].ocr_confidence > 60


@pytest.mark.slow
def test_every_page_of_a_multipage_tiff_is_read() -> None:
    doc = parse(image_bytes("TIFF", page_image(LETTER[:3]), page_image(["Page two of the letter."])))
    assert [p.number for p in doc.pages] == [1, 2] and "Page two" in doc.text


def test_an_image_is_not_read_with_ocr_off_and_says_so() -> None:
    from PIL import Image

    doc = parse(image_bytes("PNG", Image.new("L", (400, 300), 255)), limits=IngestLimits(ocr=False))
    assert doc.error == "image not read: OCR is off"


@pytest.mark.slow
def test_a_blank_picture_has_no_text_and_says_so() -> None:
    from PIL import Image

    doc = parse(image_bytes("PNG", Image.new("L", (800, 600), 255)))
    assert doc.error == "PNG image has no text OCR could read"


def speckled(image: Any, seed: int = 7) -> Any:
    """A scan's paper: faint grey specks over the page (never darker than light grey)."""
    import random

    rng = random.Random(seed)
    out = image.copy()
    px = out.load()
    for _ in range(out.width * out.height // 40):
        x, y = rng.randrange(out.width), rng.randrange(out.height)
        px[x, y] = min(px[x, y], rng.randrange(205, 245))
    return out


@pytest.mark.slow
def test_a_blank_scanned_page_of_faint_specks_reads_as_blank() -> None:
    from PIL import Image

    doc = parse(image_bytes("PNG", speckled(Image.new("L", (1654, 2339), 255))))
    assert doc.error == "PNG image has no text OCR could read"


@pytest.mark.slow
def test_a_speckled_scan_with_text_is_read() -> None:
    doc = parse(image_bytes("PNG", speckled(page_image(LETTER))), filename="scan.png")
    assert doc.ok, doc.error
    assert "65aa0c2b1d3e4f5a6b7c8d9e" in doc.text and "within 14 days" in doc.text
