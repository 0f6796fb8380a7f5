"""Read letters and emails into text: `ingest.parse(path or bytes) -> ParsedDocument`.

The entry points are imported when first asked for (PEP 562), so that a module of the package
(`ingest.names`, `ingest.models`) loads without the parsers and their libraries."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ingest.limits import IngestLimits
    from ingest.models import EmailHeaders, Page, ParsedDocument
    from ingest.parse import parse

__all__ = ["EmailHeaders", "IngestLimits", "Page", "ParsedDocument", "parse"]
_HOME = {**dict.fromkeys(["EmailHeaders", "Page", "ParsedDocument"], "ingest.models"),
         "IngestLimits": "ingest.limits", "parse": "ingest.parse"}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = getattr(importlib.import_module(_HOME[name]), name)
    return value
