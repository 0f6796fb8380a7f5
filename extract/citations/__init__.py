"""The citations wing: platform URLs, content ids and quoted statements. Entry: `find_citations`
(imported when first asked for, extract/lazy.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.lazy import lazy_exports

if TYPE_CHECKING:
    from extract.citations.citations import Citations, find_citations

__all__ = ["Citations", "find_citations"]
__getattr__ = lazy_exports(__name__, {"Citations": "extract.citations.citations",
                                      "find_citations": "extract.citations.citations"})
