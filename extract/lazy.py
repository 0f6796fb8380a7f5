"""Exports of a package imported when first asked for (PEP 562): a package's `__init__` names
what it offers and where each name lives, and importing the package (or one module of it, such as
`extract.time.workdays`) loads none of them until used."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def lazy_exports(package: str, homes: dict[str, str]) -> Callable[[str], Any]:
    """The module `__getattr__` of `package`: each name of `homes` is imported from its module
    (`homes[name]`) on first use and kept in the package, so that the next use costs nothing."""

    def __getattr__(name: str) -> Any:
        if name not in homes:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(homes[name]), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
