"""`lexdesk users ...`: the desk's accounts (the web desk's logins, the command line's LEXDESK_USER)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.table import Table

from cases import accounts
from cases.vocab import Role
from lexdesk.ui import app_context, console, data, line

users_app = typer.Typer(help="Accounts: add, list, disable, reset-password.", no_args_is_help=True)
out = console()
ROLES = " | ".join(Role)


def _password(from_stdin: bool) -> str | None:
    """A password piped in (scripts, a password manager); None: make one and show it once."""
    return sys.stdin.readline().rstrip("\r\n") if from_stdin else None


def _how_to_log_in(username: str, password: str) -> None:
    out.print(line("log in as ", (username, "bold"), " with the password ", (password, "bold"),
                   " (shown once: change it on the Account page)"), soft_wrap=True)
    out.print("start the web desk with `lexdesk serve` and open http://127.0.0.1:8000/login")


@users_app.command("add")
def add(
    ctx: typer.Context,
    username: Annotated[str, typer.Argument(help="one word; case and spaces do not matter")],
    role: Annotated[str | None, typer.Option(help=f"{ROLES} (the first account: admin)")] = None,
    team: Annotated[str | None, typer.Option(help="the team (made if new)")] = None,
    vendor: Annotated[bool, typer.Option(help="a new team is an outsourced one")] = False,
    name: Annotated[str, typer.Option("--name", help="the name people see")] = "",
    password_stdin: Annotated[bool, typer.Option(help="read the password from stdin instead of making one")] = False,
) -> None:
    """Add an account; its password is made and printed once unless piped in."""
    app = app_context(ctx)
    with app.db.session() as session:
        first = not accounts.has_accounts(session)
        chosen = role or (Role.admin if first else Role.specialist)
        acc, password = accounts.add_user(session, username, role=chosen, actor=app.config.user, team=team,
                                          vendor=vendor, display_name=name, password=_password(password_stdin))
    team_note = f", team {acc.team} ({'vendor' if acc.vendor else 'in-house'})" if acc.team else ""
    out.print(line("account ", (acc.username, "bold"), f" added: {acc.role}{team_note}"), soft_wrap=True)
    if not password_stdin:
        _how_to_log_in(acc.username, password)


@users_app.command("list")
def list_(ctx: typer.Context) -> None:
    """Every account: role, team, whether it is active."""
    app = app_context(ctx)
    with app.db.session() as session:
        rows = accounts.list_users(session)
    t = Table("user", "name", "role", "team", "active", "can log in")
    for a in rows:
        team = f"{a.team} ({'vendor' if a.vendor else 'in-house'})" if a.team else None
        t.add_row(data(a.username), data(a.display_name), str(a.role), data(team), "yes" if a.active else "no",
                  "yes" if a.has_password and a.active else "no")
    out.print(t)


@users_app.command("disable")
def disable(ctx: typer.Context, username: str) -> None:
    """The account can no longer log in, use its tokens, act on the command line or approve."""
    app = app_context(ctx)
    with app.db.session() as session:
        acc = accounts.disable_user(session, username, actor=app.config.user)
    out.print(line("account ", (acc.username, "bold"), " disabled"))


@users_app.command("reset-password")
def reset_password(
    ctx: typer.Context, username: str,
    password_stdin: Annotated[bool, typer.Option(help="read the password from stdin instead of making one")] = False,
) -> None:
    """A new password (made and printed once unless piped in); the account's sessions end."""
    app = app_context(ctx)
    with app.db.session() as session:
        acc, password = accounts.reset_password(session, username, actor=app.config.user,
                                                password=_password(password_stdin))
    out.print(line("password of ", (acc.username, "bold"), " reset"))
    if not password_stdin:
        _how_to_log_in(acc.username, password)


__all__ = ["users_app"]
