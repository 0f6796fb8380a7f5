"""The callback through which container formats (emails) parse what they carry."""

from __future__ import annotations

from typing import Protocol

from ingest.models import ParsedDocument


class ChildParser(Protocol):
    def __call__(self, child: bytes, name: str | None, child_depth: int) -> ParsedDocument: ...
