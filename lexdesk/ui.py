"""What every command module shares: the consoles, the context, reading a day from an option, and
showing text that came from a document.

Text from a letter or an email is data, never console markup: a subject holding `[/]` or
`[bold]` is printed as written. Every value from a document goes through `data` (a rich `Text`,
which rich does not parse for markup) or `line` (styled pieces put together without markup).
"""

from __future__ import annotations

from datetime import date

import typer
from rich.text import Text

from lexdesk.context import AppContext
from lexdesk.term import LazyConsole, console

__all__ = ["LazyConsole", "app_context", "console", "data", "line", "parse_day"]


def data(value: object, style: str = "") -> Text:
    """A value as it is (from a document, a user, the database): shown, never read as markup."""
    return Text("-" if value is None or value == "" else str(value), style=style)


def line(*pieces: object) -> Text:
    """One line from pieces: a plain value, or a (value, style) pair; no piece is read as markup."""
    out = Text()
    for p in pieces:
        if isinstance(p, tuple):
            out.append(str(p[0]), style=str(p[1]))
        elif isinstance(p, Text):
            out.append_text(p)
        else:
            out.append(str(p))
    return out


def app_context(ctx: typer.Context) -> AppContext:
    """The configuration and database the root command set up."""
    obj = ctx.find_object(AppContext)
    if obj is None:  # a sub-command invoked without the root callback: a programming error
        raise RuntimeError("lexdesk commands run under the `lexdesk` app")
    return obj


def parse_day(value: str | None, option: str = "--date") -> date | None:
    """A YYYY-MM-DD option, or a clear usage error."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as e:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from e
