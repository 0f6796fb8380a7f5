"""PDF: the text pass with pypdfium2, page furniture kept apart, OCR for pages with no text layer.

Speed matters here (a batch of letters is mostly PDFs), so everything runs on what pypdfium2 already
gives: the text in content order plus one character box per line for its position on the page.
Furniture (running headers, footers, page numbers) is found from those positions and repetition
across pages; pdfplumber is opened only for a page whose drawing objects suggest a ruled table.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from ingest.errors import IngestError
from ingest.furniture import ends_in_page_number, furniture_key, is_page_number
from ingest.limits import IngestLimits
from ingest.models import Page
from ingest.ocr import ocr_pdf_page, rejoin_urls

BAND = 0.12  # top and bottom share of the page where running headers and footers sit
MIN_TEXT_CHARS = 20  # fewer characters than this on a page with an image: a scan, read by OCR
TABLE_MIN_PATHS = 6  # ruled tables draw at least a few lines; plain letters draw none or one rule
LINE_BREAK = re.compile(r"\r\n|\r|\n")
SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
SOFT_HYPHEN_END = re.compile(r"[\x02\ufffe\u00ad]$")

logger = logging.getLogger(__name__)


@dataclass
class _Line:
    text: str
    top: float | None = None  # PDF points from the page's bottom; None where unknown (OCR)
    bottom: float | None = None
    size: float | None = None  # font size of the line's first character
    gap_before: bool = False  # a paragraph break precedes this line
    band: str = ""  # "top", "bottom" or ""


@dataclass
class _Page:
    number: int
    lines: list[_Line]
    ocr: bool = False
    confidence: float | None = None
    paths: int = 0
    body: list[_Line] = field(default_factory=list)
    body_text: str = ""


@dataclass(frozen=True)
class PdfContent:
    text: str
    pages: tuple[Page, ...]
    furniture: tuple[str, ...]
    metadata: tuple[tuple[str, str], ...]


def parse_pdf(data: bytes, limits: IngestLimits) -> PdfContent:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise IngestError("encrypted PDF (password required)") from exc
        raise IngestError(f"corrupt PDF ({_pdfium_reason(exc)})") from exc
    try:
        count = len(pdf)
        if count == 0:
            raise IngestError("PDF has no pages")
        if count > limits.max_pages:
            raise IngestError(f"PDF has too many pages ({count}; the limit is {limits.max_pages})")
        pages: list[_Page] = []
        ocr_done = ocr_skipped = 0
        for index in range(count):
            page = pdf[index]
            try:
                read = _read_page(page, index + 1)
                if read.ocr:  # no text layer but an image: a scanned page
                    if limits.ocr and ocr_done < limits.max_ocr_pages:
                        result = ocr_pdf_page(page, dpi=limits.ocr_dpi, languages=limits.ocr_languages)
                        read = replace(read, lines=_ocr_lines(result.text), confidence=result.confidence)
                        ocr_done += 1
                    else:
                        read = replace(read, ocr=False, lines=[])
                        ocr_skipped += 1
                pages.append(read)
            finally:
                page.close()
        metadata = _metadata(pdf, count, ocr_done, ocr_skipped)
    finally:
        pdf.close()

    furniture = _find_furniture(pages)
    tables = _tables(data, pages)
    text = _assemble(pages, furniture)
    if not text.strip():
        if ocr_skipped:
            raise IngestError(f"scanned PDF not read: OCR is off or over its limit ({ocr_skipped} pages)")
        raise IngestError("PDF has no text (no text layer and nothing OCR could read)")
    page_models = tuple(
        Page(number=p.number, text=p.body_text, ocr=p.ocr, ocr_confidence=p.confidence) for p in pages
    )
    return PdfContent(text, page_models, tuple(furniture.labels), metadata + tables)


def _pdfium_reason(exc: Exception) -> str:
    m = re.search(r"PDFium: ([^)]*)", str(exc))
    return (m.group(1) if m else str(exc)).strip().rstrip(".")


def _read_page(page: Any, number: int) -> _Page:
    import pypdfium2.raw as c

    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_range()
        lines = _positioned_lines(textpage, raw)
    finally:
        textpage.close()
    chars = len("".join(raw.split()))
    objects = c.FPDFPage_CountObjects(page.raw)
    images = paths = 0
    # Looking at each object's type costs two calls per object: only where it can matter, i.e. a
    # page with little text (a scan?) or with clearly more objects than its lines of text (drawings).
    if chars < MIN_TEXT_CHARS or objects > len(lines) + TABLE_MIN_PATHS:
        images, paths = _count_objects(page, objects)
    if chars < MIN_TEXT_CHARS and images:
        return _Page(number, lines, ocr=True, paths=paths)
    _mark_bands(page, lines)
    return _Page(number, lines, paths=paths)


def _count_objects(page: Any, objects: int) -> tuple[int, int]:
    import pypdfium2.raw as c

    images = paths = 0
    for i in range(objects):
        kind = c.FPDFPageObj_GetType(c.FPDFPage_GetObject(page.raw, i))
        if kind == c.FPDF_PAGEOBJ_IMAGE:
            images += 1
        elif kind == c.FPDF_PAGEOBJ_PATH:
            paths += 1
        elif kind == c.FPDF_PAGEOBJ_FORM:
            images += 1  # scanners wrap the page image in a form XObject
    return images, paths


def _positioned_lines(textpage: Any, raw: str) -> list[_Line]:
    """Split pypdfium2's text into lines and look up where each line sits (one char box per line)."""
    lines: list[_Line] = []
    start = 0
    pending = ""
    boxes = _CharBoxes(textpage)
    for m in [*LINE_BREAK.finditer(raw), None]:
        end = m.start() if m else len(raw)
        text = raw[start:end]
        if SOFT_HYPHEN_END.search(text):
            pending += text[:-1]  # a word hyphenated at the line end continues on the next line
        elif text.strip() or pending:
            full = (pending + text).rstrip()
            pending = ""
            if full.strip():
                # The line's position is where its last fragment starts (the one on this line).
                box = boxes.line(raw, start, end)
                lines.append(_Line(full.replace("\x02", "").replace("\ufffe", ""), *box))
        start = m.end() if m else len(raw)
    if pending.strip():
        lines.append(_Line(pending))
    return lines


class _CharBoxes:
    """Character boxes and font sizes straight from PDFium (this runs once per line of every page,
    so it skips the wrapper layer)."""

    def __init__(self, textpage: Any) -> None:
        import ctypes

        import pypdfium2.raw as c

        self._c = c
        self._raw = textpage.raw
        self._vals = [ctypes.c_double() for _ in range(4)]
        self._refs = [ctypes.byref(v) for v in self._vals]

    def line(self, raw: str, start: int, end: int) -> tuple[float | None, float | None, float | None]:
        c = self._c
        left, right, bottom, top = self._refs
        for index in range(start, min(end, start + 4)):
            if raw[index].isspace():
                continue
            if not c.FPDFText_GetCharBox(self._raw, index, left, right, bottom, top):
                return None, None, None
            b, t = self._vals[2].value, self._vals[3].value
            if t or b:
                size = c.FPDFText_GetFontSize(self._raw, index)
                return t, b, (size if size > 0 else None)
        return None, None, None


def _mark_bands(page: Any, lines: list[_Line]) -> None:
    try:
        _, y0, _, y1 = page.get_bbox()
    except Exception:
        logger.debug("pdf: page box unreadable, using the page height", exc_info=True)
        y0, y1 = 0.0, float(page.get_height())
    height = (y1 - y0) or 1.0
    for line in lines:
        if line.top is None or line.bottom is None:
            continue
        if line.bottom >= y1 - BAND * height:
            line.band = "top"
        elif line.top <= y0 + BAND * height:
            line.band = "bottom"


def _ocr_lines(text: str) -> list[_Line]:
    """OCR text has no positions: its first and last two lines stand in for the header/footer bands."""
    lines: list[_Line] = []
    gap = False
    for raw in text.split("\n"):
        if not raw.strip():
            gap = True
            continue
        lines.append(_Line(raw.rstrip(), gap_before=gap and bool(lines)))
        gap = False
    for line in lines[:2]:
        line.band = "top"
    for line in lines[-2:]:
        line.band = line.band or "bottom"
    return lines


# --- furniture ------------------------------------------------------------------------------------


@dataclass
class _Furniture:
    top: set[str] = field(default_factory=set)  # running headers: the first copy stays in the text
    bottom: set[str] = field(default_factory=set)  # running footers: moved to the end of the text
    numbers: set[str] = field(default_factory=set)  # page numbers: dropped from the text
    labels: list[str] = field(default_factory=list)  # what `furniture` lists, first copy of each


def _find_furniture(pages: list[_Page]) -> _Furniture:
    """Lines that sit in the header/footer band of most pages, and page numbers there."""
    found = _Furniture()
    counts: dict[str, Counter[str]] = {"top": Counter(), "bottom": Counter()}
    for page in pages:
        for band in ("top", "bottom"):
            counts[band].update({furniture_key(line.text) for line in page.lines if line.band == band})
    need = max(2, (len(pages) + 1) // 2)
    for page in pages:
        for line in page.lines:
            if not line.band:
                continue
            key = furniture_key(line.text)
            if is_page_number(line.text):
                target = found.numbers
            elif (counts[line.band][key] >= need and _plausible_furniture(line.text)) or ends_in_page_number(
                line.text
            ):
                target = found.top if line.band == "top" else found.bottom
            else:
                continue
            if key not in target:
                target.add(key)
                if line.text.strip() not in found.labels:
                    found.labels.append(line.text.strip())
    return found


def _plausible_furniture(text: str) -> bool:
    # A lone short word repeated at page tops ("Dear") is more likely content than letterhead.
    return len(text.strip()) >= 3


def _assemble(pages: list[_Page], furniture: _Furniture) -> str:
    seen_top: set[str] = set()
    footers: dict[str, str] = {}  # key -> first copy
    for page in pages:
        body: list[_Line] = []
        for line in page.lines:
            key = furniture_key(line.text) if line.band else ""
            if line.band and key in furniture.numbers:
                continue
            if line.band == "top" and key in furniture.top:
                if key in seen_top:
                    continue
                seen_top.add(key)
            if line.band == "bottom" and key in furniture.bottom:
                footers.setdefault(key, line.text.strip())
                continue
            body.append(line)
        page.body = body
    usual = _usual_ratio(pages)
    for page in pages:
        _mark_gaps(page.body, usual)
    parts: list[str] = []
    for page in pages:
        text = page.body_text = _page_text(page.body)
        if not text:
            continue
        if parts:
            parts.append("\n" if not SENTENCE_END.search(parts[-1]) and not page.body[0].gap_before else "\n\n")
        parts.append(text)
    if footers:
        parts.append("\n\n" + "\n".join(footers.values()))
    return "".join(parts)


def _step_ratios(lines: list[_Line]) -> list[float]:
    """Line-to-line steps in units of the font size (so small footers and big headings compare)."""
    out = []
    for prev, cur in zip(lines, lines[1:], strict=False):
        if prev.bottom is None or cur.bottom is None or not cur.size:
            continue
        ratio = (prev.bottom - cur.bottom) / cur.size
        if ratio >= 0.9:  # overlapping or same-line fragments say nothing about line spacing
            out.append(ratio)
    return out


def _usual_ratio(pages: list[_Page]) -> float | None:
    """The document's plain line feed: its tightest regular step (a low percentile, so one odd
    pair of lines does not decide), as paragraph breaks only ever add space."""
    ratios = sorted(r for page in pages for r in _step_ratios(page.body))
    if not ratios:
        return None
    return ratios[len(ratios) // 10]


def _mark_gaps(lines: list[_Line], usual: float | None) -> None:
    """A paragraph break where a step is clearly larger than the usual line feed, or goes upwards."""
    if usual is None:
        return
    for prev, cur in zip(lines, lines[1:], strict=False):
        if prev.bottom is None or cur.bottom is None or not cur.size:
            continue
        step = prev.bottom - cur.bottom
        if step > usual * 1.45 * cur.size or step < -cur.size:
            cur.gap_before = True


def _page_text(lines: list[_Line]) -> str:
    out: list[str] = []
    for i, line in enumerate(lines):
        if i:
            out.append("\n\n" if line.gap_before else "\n")
        out.append(line.text)
    return rejoin_urls("".join(out))


# --- tables and metadata --------------------------------------------------------------------------


def _tables(data: bytes, pages: list[_Page]) -> tuple[tuple[str, str], ...]:
    """Ruled tables, row by row, from pdfplumber, opened only for pages that draw enough lines."""
    candidates = [p.number for p in pages if p.paths >= TABLE_MIN_PATHS and not p.ocr]
    if not candidates:
        return ()
    import io

    import pdfplumber

    out: list[tuple[str, str]] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as doc:
            for number in candidates:
                for table in doc.pages[number - 1].find_tables():
                    rows = [
                        " | ".join(" ".join((cell or "").split()) for cell in row)
                        for row in table.extract()
                        if any(cell and cell.strip() for cell in row)
                    ]
                    if len(rows) >= 2:
                        out.append(("table", f"page {number}\n" + "\n".join(rows)))
    except Exception:  # tables are a nicety: a layout failure must not fail the document
        logger.debug("pdf: table layout pass failed", exc_info=True)
        return tuple(out)
    return tuple(out)


def _metadata(pdf: Any, count: int, ocr_done: int, ocr_skipped: int) -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = [("pages", str(count))]
    for key in ("Title", "Author", "CreationDate"):
        try:
            value = pdf.get_metadata_value(key)
        except Exception:
            logger.debug("pdf: metadata %s unreadable", key, exc_info=True)
            continue
        if value and value.strip():
            out.append((key.lower(), " ".join(value.split())))
    if ocr_done:
        out.append(("ocr_pages", str(ocr_done)))
    if ocr_skipped:
        out.append(("ocr_skipped_pages", str(ocr_skipped)))
    return tuple(out)

