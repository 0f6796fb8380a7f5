"""`lexdesk cases ...`, `lexdesk deadlines`, `lexdesk report` (owner: cases helper)."""

from __future__ import annotations

import typer

from lexdesk.cli import app

cases_app = typer.Typer(help="Cases: import, list, show, merge, move, split.", no_args_is_help=True)
app.add_typer(cases_app, name="cases")
