"""Start-up: `lexdesk --help` lists the commands from `lexdesk.cli.COMMANDS` without importing them,
and a read-only command loads what it needs and nothing of the pipeline. The table is held equal to
the commands themselves, so that a command added, renamed or re-documented cannot drift from it.

Time is not measured here (a shared machine's load decides it): the modules loaded are. The
figures are `bench/startup.py`'s."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.main import get_command

from lexdesk import cli

REPO = Path(__file__).resolve().parents[2]


def _listed_help(command: Any) -> str:
    """The part of a command's help that a group's listing shows (its first paragraph)."""
    return inspect.cleandoc(command.short_help or command.help or "").split("\n\n")[0]


@pytest.mark.parametrize("name", list(cli.COMMANDS))
def test_the_table_says_what_the_command_says(name: str) -> None:
    command = get_command(cli.app).get_command(None, name)  # type: ignore[attr-defined]
    assert command is not None and command.name == name
    assert _listed_help(command) == cli.COMMANDS[name].help
    assert not command.hidden and not command.deprecated
    assert not getattr(command, "rich_help_panel", None)  # the listing puts every command in one panel


def test_every_command_of_the_modules_is_in_the_table() -> None:
    """A command added to a module's top-level Typer (or a new sub-app) is listed in COMMANDS."""
    defined: set[str] = set()
    for listed in cli.COMMANDS.values():
        module = __import__(listed.module, fromlist=["_"])
        for attr, value in vars(module).items():
            if not isinstance(value, typer.Typer):
                continue
            if attr == "top_level":
                defined |= {c.name or typer.main.get_command_name(c.callback.__name__)  # type: ignore[union-attr]
                            for c in value.registered_commands}
            else:
                assert (listed.module, attr) in {(v.module, v.attr) for v in cli.COMMANDS.values()}, \
                    f"{listed.module}.{attr} is a sub-app that lexdesk.cli.COMMANDS does not list"
    top = {n for n, v in cli.COMMANDS.items() if v.attr == "top_level"}
    assert defined == top


def _run(code: str, cwd: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(cwd), "COLUMNS": "100", "TERM": "dumb"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


HELP = """
import io, json, sys
from contextlib import redirect_stdout
from typer.main import get_command
from lexdesk.cli import COMMANDS, app
group = get_command(app)
{load}
out = io.StringIO()
with redirect_stdout(out):
    try:
        group.main(["--help"], prog_name="lexdesk")
    except SystemExit:
        pass
mods = sorted(m for m in sys.modules if m.split(".")[0] in {{"lexdesk", "cases", "extract", "ingest", "responses",
              "mail", "web", "jobs", "sqlmodel", "sqlalchemy"}})
print(json.dumps({{"help": out.getvalue(), "modules": mods}}))
"""


def test_help_imports_no_command_and_lists_them_as_the_commands_do(tmp_path: Path) -> None:
    lazy = _run(HELP.format(load=""), tmp_path)
    assert set(lazy["modules"]) <= {"lexdesk", "lexdesk.cli", "lexdesk.term", "cases", "cases.clock", "cases.errors"}
    # The same listing once every command is loaded (the listing then shows the commands themselves).
    loaded = _run(HELP.format(load="[group.commands[n] for n in COMMANDS]"), tmp_path)
    assert "lexdesk.cli_cases" in loaded["modules"]
    assert lazy["help"] == loaded["help"]
    for name in cli.COMMANDS:
        assert f" {name} " in lazy["help"]


# What a read-only command must not load: the pipeline, the parsers, the web desk, the queue, the
# drafting libraries (Jinja2, python-docx), and Alembic on a database already at the newest revision.
HEAVY = ("extract.pipeline", "extract.parties", "extract.classify", "ingest.parse", "ingest.pdf", "cases.filing",
         "cases.features", "cases.intake", "responses.sandbox", "responses.service", "web.app", "jobs.app",
         "mail.fetch", "spacy", "pdfplumber", "pypdfium2", "docx", "fastapi", "uvicorn", "procrastinate",
         "alembic", "icalendar", "bs4", "PIL", "reportlab", "jinja2")

READ = """
import json, sys
from lexdesk.cli import app
try:
    app({args!r})
except SystemExit as e:
    assert not e.code, e.code
print(json.dumps({{"modules": sorted(sys.modules)}}))
"""


@pytest.mark.parametrize("args", [["cases", "list"], ["deadlines"], ["deadlines", "--overdue"]], ids=" ".join)
def test_a_read_only_command_loads_nothing_of_the_pipeline(tmp_path: Path, args: list[str]) -> None:
    db = str(tmp_path / "desk.db")
    _run(READ.format(args=["--db", db, "cases", "list"]), tmp_path)  # makes the database (Alembic may load)
    loaded = set(_run(READ.format(args=["--db", db, *args]), tmp_path)["modules"])
    heavy = sorted(m for m in loaded if any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert heavy == []
    assert not any(m.startswith("lexdesk.cli_") and m != f"lexdesk.cli_{args[0]}" for m in loaded)


def test_a_command_that_cannot_be_loaded_is_one_line(tmp_path: Path) -> None:
    """Loading a command's module (or the configuration) is part of running it: what goes wrong
    there is said in one line, as anything else is, never a traceback."""
    code = """
import sys
from lexdesk import cli
cli.COMMANDS["cases"] = cli.COMMANDS["cases"]._replace(module="lexdesk.no_such_module")
cli.app(["--db", "desk.db", "cases", "list"])
"""
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        "internal error: ModuleNotFoundError: No module named 'lexdesk.no_such_module' (lexdesk -vv shows where)"]
