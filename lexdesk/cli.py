"""The `lexdesk` command (Typer). Sub-commands live beside it, one module per area."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.console import Console

from lexdesk.context import AppContext
from lexdesk.settings import Settings


def console(*, stderr: bool = False) -> Console:
    """Rich output; piped output is not squeezed into 80 columns (refs and URLs stay whole)."""
    c = Console(stderr=stderr)
    return c if c.is_terminal else Console(stderr=stderr, width=200)


def parse_day(value: str | None) -> date | None:
    """A YYYY-MM-DD option, or a clear usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from e


app = typer.Typer(help="The desk of a review platform's legal escalations team.", no_args_is_help=True)


@app.callback()
def main(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option("--db", help="database file or URL (default ./lexdesk.db)")] = None,
) -> None:
    settings = Settings(database_url=db) if db else Settings()
    ctx.obj = AppContext(settings=settings)


# Each area adds its commands to `app`: imported last so that `lexdesk --help` lists them all.
from lexdesk import cli_cases, cli_documents, cli_drafts  # noqa: E402, F401

__all__ = ["app"]
