"""The classification wing: legal bases, the kind of document, and whether a notice is complete.
Entries: `find_bases`, `classify`, `check_notice`."""

from extract.classify.classifier import classify, find_bases
from extract.classify.notices import check_notice

__all__ = ["check_notice", "classify", "find_bases"]
