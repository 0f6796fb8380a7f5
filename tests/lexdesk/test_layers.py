"""The shape of the house, read from the source: the doors hold no query, the stages ask nobody
for the date or the environment, dependencies point one way and nothing imports inside a function
to dodge a cycle."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DOORS = ("lexdesk", "jobs")  # the command line; the worker's jobs (a background door)
STAGES = ("cases", "responses")
# Who may import whom, down the flow (lexdesk → jobs → responses → cases → extract → ingest).
BELOW = {"lexdesk": {"jobs", "responses", "cases", "extract", "lexicon", "ingest"},
         "jobs": {"mail", "responses", "cases", "extract", "lexicon", "ingest"},
         "responses": {"cases", "extract", "lexicon", "ingest"},
         "cases": {"extract", "lexicon", "ingest"}}
OURS = {"lexdesk", "jobs", "responses", "cases", "extract", "lexicon", "ingest"}
# Where a function may import a third-party library, saying why on the lines above: jobs/ loads
# procrastinate and psycopg (the optional `postgres` extra) only where a queue is used; cases/
# loads Alembic only where a schema is made or upgraded (an open database at the newest revision
# is read without it: ~80 ms of every command's start-up) and icalendar only where a calendar is
# made (~35 ms of `lexdesk deadlines`).
LAZY_LIBRARIES = {"jobs": {"procrastinate", "psycopg"}, "cases": {"alembic", "icalendar"}}
# The root of the command line imports its commands' modules, the configuration and the database
# when a command runs, not for `lexdesk --help` (start-up; see lexdesk/cli.py). No cycle hides
# there: no command module imports lexdesk.cli (the test below).
LAZY_MODULES = {"lexdesk/cli.py": {"lexdesk"}}


def modules(package: str) -> list[Path]:
    return sorted(p for p in (REPO / package).rglob("*.py") if "migrations" not in p.parts)


def imports(path: Path) -> Iterator[tuple[str, str | None, ast.AST]]:
    """(module, imported name or None, node) for every import statement of a file."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield a.name, None, node
        elif isinstance(node, ast.ImportFrom) and node.module:
            for a in node.names:
                yield node.module, a.name, node


def rel(path: Path) -> str:
    return path.relative_to(REPO).as_posix()


@pytest.mark.parametrize("path", [p for pkg in DOORS for p in modules(pkg)], ids=rel)
def test_a_door_holds_no_query(path: Path) -> None:
    """The command line and the jobs call services: no SQL toolkit, no `select`, in any of their modules."""
    bad = [f"{mod}{'.' + name if name else ''}" for mod, name, _ in imports(path)
           if mod.split(".")[0] in {"sqlmodel", "sqlalchemy"} or name == "select" or mod.endswith(".select")]
    assert bad == [], f"{rel(path)} imports {bad}"


@pytest.mark.parametrize("path", [p for pkg in (*DOORS, *STAGES) for p in modules(pkg)], ids=rel)
def test_imports_point_down_the_flow_and_none_hides_in_a_function(path: Path) -> None:
    package = path.relative_to(REPO).parts[0]
    upward = [mod for mod, _, _ in imports(path)
              if mod.split(".")[0] in OURS and mod.split(".")[0] not in BELOW[package] | {package}]
    assert upward == [], f"{rel(path)} imports upwards: {upward}"
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    lazy = LAZY_LIBRARIES.get(package, set()) | LAZY_MODULES.get(rel(path), set())
    nested = [n.lineno for f in ast.walk(ast.parse(source)) if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
              for n in ast.walk(f) if isinstance(n, ast.Import | ast.ImportFrom)
              and not (_imported(n) <= lazy and _says_why(lines, n.lineno))]
    assert nested == [], f"{rel(path)} imports inside a function at lines {nested}"


def _imported(node: ast.Import | ast.ImportFrom) -> set[str]:
    if isinstance(node, ast.ImportFrom):
        return {(node.module or "").split(".")[0]} if not node.level else {"."}
    return {a.name.split(".")[0] for a in node.names}


def _says_why(lines: list[str], lineno: int) -> bool:
    """A comment within the few lines above an import (a `try:` may stand between)."""
    return any(ln.strip().startswith("#") for ln in lines[max(0, lineno - 5): lineno])


def test_the_command_modules_do_not_import_the_app_they_are_assembled_into() -> None:
    for path in (REPO / "lexdesk").glob("cli_*.py"):
        assert "lexdesk.cli" not in {mod for mod, _, _ in imports(path)}, rel(path)


# Asking the system for the date or the environment, or loading a default table: only the
# application (lexdesk.settings) does that; each loader may name its own bundled file.
FORBIDDEN = re.compile(r"\bdate\.today\(|\bdatetime\.now\(|\bdatetime\.utcnow\(|\bos\.environ\b|\bos\.getenv\(|"
                       r"\bload_(?:profile|library|letterhead|sla|regimes|priority_rules)\(")
# The one stamp of when a row is written (created_at defaults) is the system's record of the write.
ALLOWED = {("cases/models.py", "utcnow")}


def _calls_outside_loaders(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    found = []
    for func in [None, *[n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]]:
        body = tree.body if func is None else func.body
        for stmt in body:
            if isinstance(stmt, ast.FunctionDef | ast.ClassDef) and func is None:
                continue  # module level: functions are checked on their own
            seg = "\n".join(lines[stmt.lineno - 1: (stmt.end_lineno or stmt.lineno)])
            for m in FORBIDDEN.finditer(seg):
                owner = func.name if func else "<module>"
                if owner.startswith("load_") or (rel(path), owner) in ALLOWED:
                    continue
                found.append(f"{owner}: {m.group(0)}")
    return found


@pytest.mark.parametrize("path", [p for pkg in (*STAGES, "jobs") for p in modules(pkg)], ids=rel)
def test_the_stages_are_given_the_date_and_their_settings(path: Path) -> None:
    assert _calls_outside_loaders(path) == []
