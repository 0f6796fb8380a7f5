"""Responses: drafts from the team's templates, reviewed and approved: `responses.draft`.

The doors call `responses.service`; the modules below it hold the rules."""

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
