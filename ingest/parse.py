"""`parse`: detect a file's type from its bytes and hand it to the reader for that format.

`parse` never raises for a bad file: what cannot be read comes back with `error` set to a one-line
reason, and always with its SHA-256, size and bytes, so the original is kept and the batch goes on.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from ingest.detect import detect
from ingest.docx import parse_docx
from ingest.email_eml import EmailContent, parse_eml
from ingest.email_msg import parse_msg
from ingest.errors import IngestError
from ingest.image import parse_image
from ingest.limits import IngestLimits
from ingest.models import ParsedDocument
from ingest.names import safe_filename
from ingest.pdf import parse_pdf
from ingest.text import parse_html, parse_text

__all__ = ["IngestLimits", "parse"]

IMAGE_KINDS = ("png", "jpeg", "tiff")  # photos and scans, read by OCR

logger = logging.getLogger(__name__)


def parse(
    source: str | Path | bytes, *, filename: str | None = None, limits: IngestLimits | None = None
) -> ParsedDocument:
    """Read a file (a path, or its bytes) into a ParsedDocument; never raises for a bad file."""
    limits = limits or IngestLimits()
    if isinstance(source, bytes):
        return _parse_bytes(source, safe_filename(filename), limits, depth=0)
    path = Path(source)
    name = safe_filename(filename or path.name)
    try:
        size = path.stat().st_size
        if size > limits.max_bytes:
            return _failed(b"", name, _too_big(size, limits), size=size, sha256=_hash_file(path))
        data = path.read_bytes()
    except OSError as exc:
        reason = f"cannot read file: {exc.strerror or exc}"
        return _failed(b"", name, reason, size=0, sha256=hashlib.sha256(b"").hexdigest())
    return _parse_bytes(data, name, limits, depth=0)


def _parse_bytes(data: bytes, filename: str | None, limits: IngestLimits, depth: int) -> ParsedDocument:
    base = ParsedDocument(
        sha256=hashlib.sha256(data).hexdigest(), media_type="unknown", filename=filename, size=len(data), raw=data
    )
    if len(data) > limits.max_bytes:
        return _with_error(base, _too_big(len(data), limits))
    if depth > limits.max_depth:
        return _with_error(base, f"attachments nested too deeply (more than {limits.max_depth} levels)")
    kind = detect(data)
    if kind == "empty":
        return _with_error(base, "empty file")
    if kind.startswith("unsupported:"):
        return _with_error(base, f"unsupported file type: {kind.split(':', 1)[1]}")
    if kind == "docx?corrupt":
        return _with_error(_typed(base, "docx"), "corrupt file: looks like a ZIP/Word file but cannot be opened")
    doc = _typed(base, kind)
    try:
        return _read(doc, data, kind, limits, depth)
    except IngestError as exc:
        return _with_error(doc, exc.reason)
    except RecursionError:
        return _with_error(doc, f"corrupt {kind.upper()} file: structure nested too deeply")
    except MemoryError:
        return _with_error(doc, f"{kind.upper()} file too large to read in memory")
    except Exception as exc:  # a reader library choking on malformed input: a bad file, not a crash
        logger.info("%s reader failed on %s", kind, filename or "a file", exc_info=True)
        return _with_error(doc, f"corrupt {kind.upper()} file ({type(exc).__name__}: {_short(exc)})")


def _read(doc: ParsedDocument, data: bytes, kind: str, limits: IngestLimits, depth: int) -> ParsedDocument:
    def parse_child(child: bytes, name: str | None, child_depth: int) -> ParsedDocument:
        return _parse_bytes(child, safe_filename(name), limits, child_depth)

    if kind == "pdf":
        pdf = parse_pdf(data, limits)
        return _replace(doc, text=pdf.text, pages=pdf.pages, furniture=pdf.furniture, metadata=pdf.metadata)
    if kind == "docx":
        docx = parse_docx(data, limits)
        return _replace(doc, text=docx.text, furniture=docx.headers + docx.footers, metadata=docx.metadata)
    if kind in ("eml", "msg"):
        reader = parse_eml if kind == "eml" else parse_msg
        mail: EmailContent = reader(data, depth=depth, limits=limits, parse_child=parse_child)
        return _replace(
            doc, text=mail.text, quoted=mail.quoted, email=mail.headers, attachments=mail.attachments,
            metadata=mail.metadata,
        )
    if kind in IMAGE_KINDS:
        image = parse_image(data, limits)
        return _replace(doc, text=image.text, pages=image.pages, metadata=image.metadata)
    if kind == "html":
        return _replace(doc, text=parse_html(data))
    if kind == "txt":
        return _replace(doc, text=parse_text(data))
    raise IngestError(f"unsupported file type: {kind}")


def _replace(doc: ParsedDocument, **changes: object) -> ParsedDocument:
    from dataclasses import replace

    return replace(doc, **changes)  # type: ignore[arg-type]


def _typed(doc: ParsedDocument, kind: str) -> ParsedDocument:
    return _replace(doc, media_type=kind)


def _with_error(doc: ParsedDocument, reason: str) -> ParsedDocument:
    return _replace(doc, error=" ".join(reason.split()), text="", quoted="", pages=(), attachments=())


def _failed(data: bytes, filename: str | None, reason: str, *, size: int, sha256: str) -> ParsedDocument:
    return ParsedDocument(sha256=sha256, media_type="unknown", filename=filename, size=size, raw=data, error=reason)


def _too_big(size: int, limits: IngestLimits) -> str:
    return f"file too large ({_mb(size)}; the limit is {_mb(limits.max_bytes)})"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _short(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text[:160] + ("…" if len(text) > 160 else "")
