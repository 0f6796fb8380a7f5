"""Read a parsed letter as a specialist would:
`extract.extract(parsed, received=…, profile=…) -> Extraction`.

The entry points are imported when first asked for (PEP 562), so that a module of the package
(`extract.time.workdays`, `extract.profile`) loads without the whole pipeline and its patterns."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extract.models import Evidence, Extraction, Found, FoundDeadline, Kind, LegalBasis, NoticeCheck
    from extract.pipeline import extract
    from extract.profile import PlatformProfile, load_profile

__all__ = [
    "Evidence", "Extraction", "Found", "FoundDeadline", "Kind", "LegalBasis", "NoticeCheck", "PlatformProfile",
    "extract", "load_profile",
]
_HOME = {**dict.fromkeys(["Evidence", "Extraction", "Found", "FoundDeadline", "Kind", "LegalBasis", "NoticeCheck"],
                         "extract.models"),
         "extract": "extract.pipeline", "PlatformProfile": "extract.profile", "load_profile": "extract.profile"}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = getattr(importlib.import_module(_HOME[name]), name)
    return value
