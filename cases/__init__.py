"""Cases: store documents, link them to their matter, track deadlines: `cases.file_document`.

The entry points are imported when first asked for (PEP 562), so that a module of the package
(`cases.views` for a read-only command, say) loads without the extraction pipeline filing needs."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cases.filing import Part, add_message_id, file_document

__all__ = ["Part", "add_message_id", "file_document"]
_HOME = dict.fromkeys(__all__, "cases.filing")


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = getattr(importlib.import_module(_HOME[name]), name)
    return value
