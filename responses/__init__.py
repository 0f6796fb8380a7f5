"""Responses: drafts from the team's templates, reviewed and approved: `responses.draft`.

The doors call `responses.service`; the modules below it hold the rules. The names below are
imported when first asked for (PEP 562), so that a module of the package (`responses.config`)
loads without Jinja2 and python-docx."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from responses.config import ResponsesConfig
    from responses.library import Library, TemplateLibraryError, TemplateSpec, load_library
    from responses.outputs import draft_bytes, write_draft
    from responses.sandbox import Rendered, markers_in, render, render_string
    from responses.workflow import WorkflowError, approve, discard, draft, edit, send, versions

__all__ = [
    "Library", "Rendered", "ResponsesConfig", "TemplateLibraryError", "TemplateSpec", "WorkflowError", "approve",
    "discard", "draft", "draft_bytes", "edit", "load_library", "markers_in", "render", "render_string", "send",
    "versions", "write_draft",
]
_HOME = {"ResponsesConfig": "responses.config",
         **dict.fromkeys(["Library", "TemplateLibraryError", "TemplateSpec", "load_library"], "responses.library"),
         **dict.fromkeys(["draft_bytes", "write_draft"], "responses.outputs"),
         **dict.fromkeys(["Rendered", "markers_in", "render", "render_string"], "responses.sandbox"),
         **dict.fromkeys(["WorkflowError", "approve", "discard", "draft", "edit", "send", "versions"],
                         "responses.workflow")}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = globals()[name] = getattr(importlib.import_module(_HOME[name]), name)
    return value
