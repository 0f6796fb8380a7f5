"""Read a parsed letter as a specialist would:
`extract.extract(parsed, received=…, profile=…) -> Extraction`."""

from extract.models import Evidence, Extraction, Found, FoundDeadline, Kind, LegalBasis, NoticeCheck
from extract.pipeline import extract
from extract.profile import PlatformProfile, load_profile

__all__ = [
    "Evidence", "Extraction", "Found", "FoundDeadline", "Kind", "LegalBasis", "NoticeCheck", "PlatformProfile",
    "extract", "load_profile",
]
