"""Read letters and emails into text: `ingest.parse(path or bytes) -> ParsedDocument`."""

from ingest.models import EmailHeaders, Page, ParsedDocument
from ingest.parse import IngestLimits, parse

__all__ = ["EmailHeaders", "IngestLimits", "Page", "ParsedDocument", "parse"]
