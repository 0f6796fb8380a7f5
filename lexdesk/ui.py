"""What every command module shares: the consoles, the context, reading a day from an option."""

from __future__ import annotations

from datetime import date

import typer
from rich.console import Console

from lexdesk.context import AppContext


def console(*, stderr: bool = False) -> Console:
    """Rich output; piped output is not squeezed into 80 columns (refs and URLs stay whole)."""
    c = Console(stderr=stderr)
    return c if c.is_terminal else Console(stderr=stderr, width=200)


def app_context(ctx: typer.Context) -> AppContext:
    """The configuration and database the root command set up."""
    obj = ctx.find_object(AppContext)
    if obj is None:  # a sub-command invoked without the root callback: a programming error
        raise RuntimeError("lexdesk commands run under the `lexdesk` app")
    return obj


def parse_day(value: str | None) -> date | None:
    """A YYYY-MM-DD option, or a clear usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from e
