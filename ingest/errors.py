"""The one exception format readers raise; `parse` turns it into `ParsedDocument.error`."""

from __future__ import annotations


class IngestError(Exception):
    """A file that cannot be read; `str(err)` is the one-line reason shown to people."""

    def __init__(self, reason: str) -> None:
        super().__init__(" ".join(reason.split()))

    @property
    def reason(self) -> str:
        return str(self)
