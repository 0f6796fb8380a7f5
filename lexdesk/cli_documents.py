"""`lexdesk ingest`, `lexdesk extract`, `lexdesk export`: documents in and out."""

from __future__ import annotations

import typer

from lexdesk.cli import app  # noqa: F401
