"""Read a parsed letter as a specialist would:
`extract.extract(parsed, received=…, profile=…) -> Extraction`.

The entry points are imported when first asked for (PEP 562, extract/lazy.py), so that a module
of the package (`extract.time.workdays`, `extract.profile`) loads without the whole pipeline and
its patterns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.lazy import lazy_exports

if TYPE_CHECKING:
    from extract.models import Evidence, Extraction, Found, FoundDeadline, Kind, LegalBasis, NoticeCheck
    from extract.pipeline import extract
    from extract.profile import PlatformProfile, load_profile

__all__ = [
    "Evidence", "Extraction", "Found", "FoundDeadline", "Kind", "LegalBasis", "NoticeCheck", "PlatformProfile",
    "extract", "load_profile",
]
__getattr__ = lazy_exports(__name__, {
    **dict.fromkeys(["Evidence", "Extraction", "Found", "FoundDeadline", "Kind", "LegalBasis", "NoticeCheck"],
                    "extract.models"),
    "extract": "extract.pipeline", "PlatformProfile": "extract.profile", "load_profile": "extract.profile",
})
