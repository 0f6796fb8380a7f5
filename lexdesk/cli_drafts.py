"""`lexdesk draft REF` and `lexdesk drafts ...` (owner: responses helper)."""

from __future__ import annotations

import typer

from lexdesk.cli import app

drafts_app = typer.Typer(help="Drafts: list, show, edit, approve, send, discard.", no_args_is_help=True)
app.add_typer(drafts_app, name="drafts")
