"""How much a single file may cost to read: the guard rails against hostile or runaway input."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_OCR_LANGUAGES = "eng+deu+fra+dan"


@dataclass(frozen=True)
class IngestLimits:
    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 500
    max_depth: int = 5
    # A DOCX is a zip: refuse one whose members would unpack to more than this (zip bombs).
    max_unpacked_bytes: int = 200 * 1024 * 1024
    max_attachments: int = 100
    # OCR costs seconds per page; pages past this many are left unread and noted in metadata.
    max_ocr_pages: int = 50
    ocr: bool = True
    ocr_languages: str = DEFAULT_OCR_LANGUAGES
    ocr_dpi: int = 300
    # A budget per file, enforced from outside the work (a child process killed when it overruns,
    # cases.bounded): None reads in the calling process, as the stage tests and `ingest.parse` do.
    max_seconds: float | None = None
    max_memory_mb: int | None = None  # the child's address space; None: no limit
