"""The classification wing: legal bases, the kind of document, and whether a notice is complete.
Entries: `find_bases`, `classify`, `check_notice` (imported when first asked for, extract/lazy.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.lazy import lazy_exports

if TYPE_CHECKING:
    from extract.classify.classifier import classify, find_bases
    from extract.classify.notices import check_notice

__all__ = ["check_notice", "classify", "find_bases"]
__getattr__ = lazy_exports(__name__, {
    "classify": "extract.classify.classifier", "find_bases": "extract.classify.classifier",
    "check_notice": "extract.classify.notices",
})
