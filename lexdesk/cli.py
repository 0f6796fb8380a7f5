"""The `lexdesk` command (Typer), assembled from the sub-apps of each area's module.

The modules define their commands and import nothing from here; this module puts them together,
sets up logging and the configuration, and is the one place where a domain error (`DeskError`)
becomes one red line on stderr and exit status 1.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Annotated, Any

import typer
from rich.markup import escape
from typer.core import TyperGroup

from cases.clock import Clock
from cases.errors import DeskError
from lexdesk import cli_cases, cli_deadlines, cli_documents, cli_drafts
from lexdesk.context import AppContext
from lexdesk.settings import load_config, read_settings
from lexdesk.ui import console

log = logging.getLogger(__name__)


class DeskGroup(TyperGroup):
    """The root group: whatever command runs below it, a `DeskError` is shown as one line."""

    # `ctx` is a click context of Typer's own (vendored) click, whose class Typer does not export.
    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except DeskError as e:
            log.debug("domain error", exc_info=True)
            message = " ".join(str(e).split()) or type(e).__name__
            console(stderr=True).print(f"[red]{escape(message)}[/red]", soft_wrap=True)
            raise typer.Exit(1) from None


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
# Commands at the top level (`lexdesk ingest`, `lexdesk deadlines`, ...) are kept by each module
# on a Typer of its own and listed here, in the order `lexdesk --help` shows them.
for _area in (cli_documents.top_level, cli_deadlines.top_level, cli_drafts.top_level):
    app.registered_commands += _area.registered_commands

__all__ = ["app"]
