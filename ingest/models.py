"""What ingestion produces: a file read into text, with its email headers and attachments."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Page:
    """One page of a paged document (PDF); `ocr` pages came from Tesseract, not a text layer."""

    number: int
    text: str
    ocr: bool = False
    ocr_confidence: float | None = None


@dataclass(frozen=True)
class EmailHeaders:
    from_name: str | None = None
    from_addr: str | None = None
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    date: datetime | None = None
    subject: str | None = None
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedDocument:
    """A file read into text.

    `text` is what a reader sees as the document itself: a letter's body (page furniture such as
    repeated footers and page numbers left out, see `furniture`), or an email's new message.
    `quoted` holds the earlier messages quoted below an email's new message. Spans produced by
    `extract` index into `full_text`, which is `text` followed by `quoted`.
    A file that could not be read has `error` set (a one-line reason) and empty text; it is kept
    and recorded all the same.
    """

    sha256: str
    media_type: str  # pdf | docx | eml | msg | txt | html | unknown
    filename: str | None = None
    text: str = ""
    quoted: str = ""
    pages: tuple[Page, ...] = ()
    furniture: tuple[str, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()
    email: EmailHeaders | None = None
    attachments: tuple[ParsedDocument, ...] = ()
    error: str | None = None
    size: int = 0
    raw: bytes = field(default=b"", repr=False, compare=False)

    @property
    def full_text(self) -> str:
        if not self.quoted:
            return self.text
        return f"{self.text}\n\n{self.quoted}" if self.text else self.quoted

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def ocr_used(self) -> bool:
        return any(p.ocr for p in self.pages)

    def walk(self) -> list[ParsedDocument]:
        """This document and every attachment below it, depth first."""
        out = [self]
        for child in self.attachments:
            out.extend(child.walk())
        return out
