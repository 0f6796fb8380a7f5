"""STUB (owner: ingest helper): detect type from content and dispatch."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ingest.models import ParsedDocument


@dataclass(frozen=True)
class IngestLimits:
    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 500
    max_depth: int = 5


def parse(source: str | Path | bytes, *, filename: str | None = None, limits: IngestLimits | None = None) -> ParsedDocument:
    raise NotImplementedError
