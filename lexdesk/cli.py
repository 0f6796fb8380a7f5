"""The `lexdesk` command (Typer), assembled from the sub-apps of each area's module.

The modules define their commands and import nothing from here; this module puts them together,
sets up logging and the configuration, and is the one place where a domain error (`DeskError`)
becomes one red line on stderr and exit status 1.

Start-up: a command's module (and the services, stages and libraries behind it) is imported only
when that command runs, so `lexdesk --help` loads none of them and `lexdesk cases list` only what
listing cases needs. The root lists its commands from `COMMANDS`, a table of each one's name,
module and one-line help; `tests/lexdesk/test_cli_lazy.py` holds that table equal to the commands.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import Iterator, MutableMapping, Sequence
from typing import Annotated, Any, NamedTuple

import typer
from rich.text import Text
from typer.core import TyperCommand, TyperGroup
from typer.main import get_command_from_info, get_command_name, get_group_from_info
from typer.models import TyperInfo

from cases.clock import Clock
from cases.errors import DeskError
from lexdesk.term import console

log = logging.getLogger(__name__)


# Typer ships its own copy of click and exports only BadParameter from it; the base class of every
# usage error (a missing argument, an unknown option, a bad value) is found from that one.
ClickError: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


def _say(message: str) -> None:
    """One line in red on stderr (a message is data: never read as markup)."""
    console(stderr=True).print(Text(" ".join(message.split()), style="red"), soft_wrap=True)


class Listed(NamedTuple):
    """A command of the root as `lexdesk --help` lists it, and where it is defined."""

    module: str  # the module that defines it
    attr: str  # the Typer there: a sub-app (a group) or one holding top-level commands
    help: str  # the first paragraph of its help, as the listing shows it


# In the order `lexdesk --help` lists them: the top-level commands, then the groups.
_DOCS, _DEADLINES, _DRAFTS = "lexdesk.cli_documents", "lexdesk.cli_deadlines", "lexdesk.cli_drafts"
COMMANDS: dict[str, Listed] = {
    "ingest": Listed(_DOCS, "top_level", "Keep, read, extract and file letters and emails. Exit status: the "
                     "number of files that failed."),
    "extract": Listed(_DOCS, "top_level", "Extract without a database: every document found (an email and each "
                      "attachment). Exit\nstatus: the number of files that could not be read."),
    "export": Listed(_DOCS, "top_level", "Every document with its fields and the ref of its case, as JSON lines."),
    "failed": Listed(_DOCS, "top_level", "Documents that could not be read: why, where the original is kept, and "
                     "how to try again."),
    "retry": Listed(_DOCS, "top_level", "Read failed documents' kept originals again and file them (after the cause "
                    "is fixed). Exit\nstatus: the number that failed again."),
    "tick": Listed(_DEADLINES, "top_level", "The scheduled job: open deadlines whose time has passed become missed "
                   "(audited); says which."),
    "report": Listed(_DEADLINES, "top_level", "The manager's report: backlog, deadlines met vs missed, SLA per team, "
                     "first response, workload."),
    "draft": Listed(_DRAFTS, "top_level", "Draft the answer to a case from a template; unresolved placeholders are "
                    "listed."),
    "watch": Listed("lexdesk.cli_mail", "top_level", "File each file dropped into FOLDER once it is complete, and "
                    "move it to FOLDER/done or\nFOLDER/failed (with a note saying why)."),
    "serve": Listed("lexdesk.cli_serve", "top_level", "The web desk: upload, triage, documents, cases, drafts, "
                    "deadlines, the manager's dashboard."),
    "worker": Listed("lexdesk.cli_worker", "top_level", "Work the job queue until stopped (Ctrl-C or SIGTERM: the "
                     "job in hand is finished first):\nfiles queued by `lexdesk ingest --queue`, retries, the "
                     "mailbox fetch and the deadline tick.\nNeeds DATABASE_URL=postgresql+psycopg://…; run as many "
                     "as you like, on one machine or many."),
    "cases": Listed("lexdesk.cli_cases", "cases_app", "Cases: import, list, show, merge, move, split, assign."),
    "drafts": Listed(_DRAFTS, "drafts_app", "Drafts: list, show, edit, approve, send, discard."),
    "deadlines": Listed(_DEADLINES, "deadlines_app", "What is due, overdue first; add, extend, pause, waive or "
                        "meet one."),
    "documents": Listed(_DOCS, "documents_app", "Documents: correct what the machine read."),
    "triage": Listed(_DOCS, "triage_app", "Documents waiting for a person before they count as work."),
    "users": Listed("lexdesk.cli_users", "users_app", "Accounts: add, list, disable, reset-password."),
    "mail": Listed("lexdesk.cli_mail", "mail_app", "The team's mailbox: fetch, check, status; replies sent by email."),
}


def load_command(name: str, group: TyperGroup) -> Any:
    """The click command `name` of the root, its module imported now (a click command of Typer's
    vendored click, whose class Typer does not export)."""
    listed = COMMANDS[name]
    typer_app: typer.Typer = getattr(importlib.import_module(listed.module), listed.attr)
    if listed.attr == "top_level":
        [info] = [c for c in typer_app.registered_commands
                  if (c.name or get_command_name(c.callback.__name__ if c.callback else "")) == name]
        return get_command_from_info(info, pretty_exceptions_short=app.pretty_exceptions_short,
                                     rich_markup_mode=group.rich_markup_mode)
    return get_group_from_info(TyperInfo(typer_app, name=name), pretty_exceptions_short=app.pretty_exceptions_short,
                               rich_markup_mode=group.rich_markup_mode, suggest_commands=group.suggest_commands)


class LazyCommands(MutableMapping[str, Any]):
    """The root's commands by name, each loaded (its module imported) the first time it is asked
    for; their names are known without loading any."""

    def __init__(self, group: TyperGroup) -> None:
        self._group = group
        self._loaded: dict[str, Any] = {}

    def __getitem__(self, name: str) -> Any:
        if name not in self._loaded:
            if name not in COMMANDS:
                raise KeyError(name)
            self._loaded[name] = load_command(name, self._group)
        return self._loaded[name]

    def __setitem__(self, name: str, command: Any) -> None:
        raise TypeError("the root's commands are listed in lexdesk.cli.COMMANDS")

    def __delitem__(self, name: str) -> None:
        raise TypeError("the root's commands are listed in lexdesk.cli.COMMANDS")

    def __iter__(self) -> Iterator[str]:
        return iter(COMMANDS)

    def __len__(self) -> int:
        return len(COMMANDS)

    def __contains__(self, name: object) -> bool:
        return name in COMMANDS

    def listed(self, name: str) -> Any:
        """What the help listing shows of a command: the command itself once loaded, else its
        name and one-line help from the table (the listing reads nothing else)."""
        if name in self._loaded or name not in COMMANDS:
            return self.get(name)
        return TyperCommand(name=name, help=COMMANDS[name].help)


class DeskGroup(TyperGroup):
    """The root group: whatever goes wrong below it is one line on stderr and a non-zero exit,
    never a traceback — a domain error (`DeskError`) and a usage error (a missing argument, a bad
    option value) alike; anything unforeseen is said in one line too, its traceback kept for -vv.
    Its commands are loaded when they run (`LazyCommands`)."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = LazyCommands(self)
        self._listing = False

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)  # the names alone (Typer's own reads every command)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if self._listing and isinstance(self.commands, LazyCommands):
            return self.commands.listed(cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """The root's help lists its commands without importing them."""
        self._listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._listing = False

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
    # The configuration, and through it every stage's settings and the database: loaded when a
    # command runs, not for `lexdesk --help` (see the module's docstring).
    from lexdesk.context import AppContext
    from lexdesk.settings import load_config, read_settings

    configure_logging(verbose)
    # Tesseract's OpenMP threads spin against each other on a busy machine (measured: twice the CPU
    # for a slower result); one thread per page is faster. An explicit setting by the user wins.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    # A caller (a test, a what-if run) may hand in its own clock as the context object.
    clock = ctx.obj if isinstance(ctx.obj, Clock) else None
    settings = read_settings(database_url=db) if db else read_settings()
    ctx.obj = AppContext.of(load_config(settings, clock=clock))
    ctx.call_on_close(ctx.obj.db.dispose)


__all__ = ["COMMANDS", "app"]
