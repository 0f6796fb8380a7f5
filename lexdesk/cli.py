"""The `lexdesk` command (Typer), assembled from the sub-apps of each area's module.

The modules define their commands and import nothing from here; this module puts them together,
sets up logging and the configuration, and is the one place where a domain error (`DeskError`)
becomes one red line on stderr and exit status 1.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
from rich.text import Text
from typer.core import TyperGroup

from cases.clock import Clock
from cases.errors import DeskError
from lexdesk import cli_cases, cli_deadlines, cli_documents, cli_drafts
from lexdesk.cli_mail import mail_app
from lexdesk.cli_mail import top_level as mail_top_level
from lexdesk.cli_serve import top_level as serve_commands
from lexdesk.cli_users import users_app
from lexdesk.cli_worker import top_level as worker_commands
from lexdesk.context import AppContext
from lexdesk.settings import load_config, read_settings
from lexdesk.ui import console

log = logging.getLogger(__name__)


# Typer ships its own copy of click and exports only BadParameter from it; the base class of every
# usage error (a missing argument, an unknown option, a bad value) is found from that one.
ClickError: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def _say(message: str) -> None:
    """One line in red on stderr (a message is data: never read as markup)."""
    console(stderr=True).print(Text(" ".join(message.split()), style="red"), soft_wrap=True)


class DeskGroup(TyperGroup):
    """The root group: whatever goes wrong below it is one line on stderr and a non-zero exit,
    never a traceback — a domain error (`DeskError`) and a usage error (a missing argument, a bad
    option value) alike; anything unforeseen is said in one line too, its traceback kept for -vv."""

    # `ctx` is a click context of Typer's own (vendored) click, whose class Typer does not export.
    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except DeskError as e:
            log.debug("domain error", exc_info=True)
            _say(str(e) or type(e).__name__)
            raise typer.Exit(1) from None
        except (ClickError, typer.Exit, typer.Abort):
            raise
        except OSError as e:
            log.debug("system error", exc_info=True)
            where = f": {e.filename}" if e.filename else ""
            _say(f"{e.strerror or e}{where}")
            raise typer.Exit(1) from None
        except Exception as e:
            log.debug("internal error", exc_info=True)
            _say(f"internal error: {type(e).__name__}: {e} (lexdesk -vv shows where)")
            raise typer.Exit(1) from None

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, windows_expand_args: bool = True, **extra: Any) -> Any:
        try:
            rv = super().main(args=args, prog_name=prog_name, complete_var=complete_var, standalone_mode=False,
                              windows_expand_args=windows_expand_args, **extra)
        except ClickError as e:
            sub = getattr(e, "ctx", None)
            if type(e).__name__ == "NoArgsIsHelpError" and sub is not None:
                typer.echo(sub.get_help())  # a group named alone: its help (rich help prints itself)
                code = 0
            else:
                where = f"{sub.command_path}: " if sub is not None else ""
                hint = f" (see {sub.command_path} --help)" if sub is not None else ""
                _say(f"{where}{e.format_message()}{hint}")  # type: ignore[attr-defined]
                code = int(getattr(e, "exit_code", 2))
        except typer.Abort:
            _say("aborted")
            code = 1
        else:
            code = rv if isinstance(rv, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(cls=DeskGroup, help="The desk of a review platform's legal escalations team.",
                  no_args_is_help=True)


class _Stderr(logging.Handler):
    """Writes to whatever sys.stderr is when a record comes (a test runner swaps it per command)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:  # noqa: BLE001 - logging must never break the command
            self.handleError(record)


_handler = _Stderr()
_handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))


def configure_logging(verbose: int) -> None:
    """WARNING and above by default; INFO with -v; DEBUG with -vv; on stderr."""
    root = logging.getLogger()
    if _handler not in root.handlers:
        root.addHandler(_handler)
    root.setLevel(logging.DEBUG if verbose >= 2 else logging.INFO if verbose == 1 else logging.WARNING)


@app.callback()
def main(
    ctx: typer.Context,
    db: Annotated[str | None, typer.Option("--db", help="database file or URL (default ./lexdesk.db)")] = None,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="say more: -v, -vv")] = 0,
) -> None:
    configure_logging(verbose)
    # Tesseract's OpenMP threads spin against each other on a busy machine (measured: twice the CPU
    # for a slower result); one thread per page is faster. An explicit setting by the user wins.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    # A caller (a test, a what-if run) may hand in its own clock as the context object.
    clock = ctx.obj if isinstance(ctx.obj, Clock) else None
    settings = read_settings(database_url=db) if db else read_settings()
    ctx.obj = AppContext.of(load_config(settings, clock=clock))
    ctx.call_on_close(ctx.obj.db.dispose)


app.add_typer(cli_cases.cases_app, name="cases")
app.add_typer(cli_drafts.drafts_app, name="drafts")
app.add_typer(cli_deadlines.deadlines_app, name="deadlines")
app.add_typer(cli_documents.documents_app, name="documents")
app.add_typer(cli_documents.triage_app, name="triage")
app.add_typer(users_app, name="users")
# Commands at the top level (`lexdesk ingest`, `lexdesk deadlines`, ...) are kept by each module
# on a Typer of its own and listed here, in the order `lexdesk --help` shows them.
for _area in (cli_documents.top_level, cli_deadlines.top_level, cli_drafts.top_level):
    app.registered_commands += _area.registered_commands
app.add_typer(mail_app, name="mail")
app.registered_commands += mail_top_level.registered_commands  # lexdesk watch
app.registered_commands += serve_commands.registered_commands
app.registered_commands += worker_commands.registered_commands

__all__ = ["app"]
