"""The web desk: FastAPI, server-rendered pages and htmx, on the same services as the command line.

`create_app(config, database)` is the one entry point (`lexdesk serve` runs it under uvicorn).
Routes parse their input, check the account's role, call one service and render what it returns;
they hold no query and no rule. `create_app` and `WebConfig` are imported when first asked for
(PEP 562): `web.config` alone does not load FastAPI."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from web.app import create_app
    from web.config import WebConfig

__all__ = ["WebConfig", "create_app"]
_HOME = {"WebConfig": "web.config", "create_app": "web.app"}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = getattr(importlib.import_module(_HOME[name]), name)
    return value
