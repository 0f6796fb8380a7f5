"""Pictures of an original for the document page: a PDF's pages and a photo or scan, always
re-drawn as PNG by the server (the browser never renders a hostile file itself)."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageOps

log = logging.getLogger(__name__)
MAX_PAGES = 20  # a page picture is for a person checking a letter, not for reading a book
IMAGES = ("jpeg", "jpg", "png", "tiff", "tif", "image")


def page_count(path: Path, media_type: str) -> int:
    """How many pictures the original gives (0: none, as for an email or a Word file)."""
    kind = media_type.lower()
    try:
        if kind == "pdf":
            pdf = pdfium.PdfDocument(str(path))
            try:
                return min(len(pdf), MAX_PAGES)
            finally:
                pdf.close()
        if any(k in kind for k in IMAGES):
            with Image.open(path) as im:
                return min(getattr(im, "n_frames", 1), MAX_PAGES)
    except Exception:  # noqa: BLE001 - an unreadable original has no pictures; its text is shown all the same
        log.info("no page pictures for %s", path, exc_info=True)
    return 0


def page_png(path: Path, media_type: str, number: int, width: int = 900) -> bytes | None:
    """Page `number` (from 1) as PNG, or None if there is no such page."""
    if number < 1 or number > page_count(path, media_type):
        return None
    if media_type.lower() == "pdf":
        pdf = pdfium.PdfDocument(str(path))
        try:
            page = pdf[number - 1]
            scale = width / max(page.get_width(), 1)
            image = page.render(scale=scale).to_pil()
        finally:
            pdf.close()
    else:
        with Image.open(path) as im:
            im.seek(number - 1)
            image = ImageOps.exif_transpose(im.convert("RGB"))
            image.thumbnail((width, width * 2))
    buf = io.BytesIO()
    image.save(buf, format="PNG", optimize=False)
    return buf.getvalue()
