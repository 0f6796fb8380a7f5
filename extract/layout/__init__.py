"""The layout wing: the letter as the other wings read it (text, language, sentences, lines) and
the readers of its layout (letterhead, signature block, form fields, quoted segments, names).
Entry: `read_letter` (imported when first asked for, extract/lazy.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from extract.lazy import lazy_exports

if TYPE_CHECKING:
    from extract.layout.letter import Letter
    from extract.layout.reader import read_letter

__all__ = ["Letter", "read_letter"]
__getattr__ = lazy_exports(__name__, {"Letter": "extract.layout.letter", "read_letter": "extract.layout.reader"})
