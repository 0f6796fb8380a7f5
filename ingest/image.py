"""Photos and scans as image files (JPEG, PNG, TIFF): read by OCR, page by page, as a scanned PDF's
pages are. A multi-page TIFF is one page per frame; a phone photo is turned upright by its EXIF
orientation first."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Any

from ingest.errors import IngestError
from ingest.limits import IngestLimits
from ingest.models import Page
from ingest.ocr import MAX_PIXELS, ocr_image

# A page scanned at 300 dpi is about 2,500 px wide; a phone photo can be 4,000+. Tesseract reads
# letters best with capitals some 30 px high: larger images are scaled down to this width first.
TARGET_WIDTH = 2600
MIN_SIDE = 50  # smaller than this is an icon or a signature image, not a page


@dataclass(frozen=True)
class ImageContent:
    text: str
    pages: tuple[Page, ...]
    metadata: tuple[tuple[str, str], ...]


def parse_image(data: bytes, limits: IngestLimits) -> ImageContent:
    """OCR every frame of an image file; the pages keep their OCR confidence."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    if not limits.ocr:
        raise IngestError("image not read: OCR is off")
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except Image.DecompressionBombError as exc:
        raise IngestError(f"image too large to read ({exc})") from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise IngestError(f"corrupt image ({type(exc).__name__}: {exc})") from exc
    kind = (image.format or "image").upper()
    frames = int(getattr(image, "n_frames", 1) or 1)
    if frames > limits.max_pages:
        raise IngestError(f"image has too many pages ({frames}; the limit is {limits.max_pages})")
    pages: list[Page] = []
    skipped = 0
    for index in range(frames):
        if index >= limits.max_ocr_pages:
            skipped += 1
            continue
        image.seek(index)
        frame = _prepared(ImageOps.exif_transpose(image) or image)
        if frame is None:
            continue
        result = ocr_image(frame, languages=limits.ocr_languages)
        pages.append(Page(number=index + 1, text=result.text, ocr=True, ocr_confidence=result.confidence))
    text = "\n\n".join(p.text.strip() for p in pages if p.text.strip())
    if not text:
        raise IngestError(f"{kind} image has no text OCR could read")
    metadata: list[tuple[str, str]] = [("image_format", kind), ("pages", str(frames)), ("ocr_pages", str(len(pages)))]
    if skipped:
        metadata.append(("ocr_skipped_pages", str(skipped)))
    return ImageContent(text=text, pages=tuple(pages), metadata=tuple(metadata))


def _prepared(frame: Any) -> Any | None:
    """Grey, within the pixel limit, at a width Tesseract reads well."""
    if min(frame.size) < MIN_SIDE:
        return None
    grey = frame.convert("L")
    width, height = grey.size
    scale = min(1.0, TARGET_WIDTH / width, math.sqrt(MAX_PIXELS / (width * height)))
    if scale < 1.0:
        grey = grey.resize((max(1, int(width * scale)), max(1, int(height * scale))))
    return grey
