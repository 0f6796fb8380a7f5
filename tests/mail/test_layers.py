"""The mail stage's place in the house, read from its source: it imports nothing of the doors
(lexdesk, web), nothing inside a function, and neither asks the system for the date nor reads the
environment (it is given its configuration and a clock)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MODULES = sorted((REPO / "mail").rglob("*.py"))
DOORS = {"lexdesk", "web"}
FORBIDDEN = re.compile(r"\bdate\.today\(|\bdatetime\.utcnow\(|\bos\.environ\b|\bos\.getenv\(")
# the one stamp of when a row is written: the system's record of the write, as in cases.models
NOW_ALLOWED = {"mail/models.py"}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_mail_imports_point_down_and_it_is_given_its_settings(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
            assert not any(n.split(".")[0] in DOORS for n in names), f"{path.name}:{node.lineno} imports a door"
    nested = [n.lineno for f in ast.walk(tree) if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
              for n in ast.walk(f) if isinstance(n, ast.Import | ast.ImportFrom)]
    assert nested == [], f"{path.name} imports inside a function at lines {nested}"
    assert FORBIDDEN.findall(source) == []
    if path.relative_to(REPO).as_posix() not in NOW_ALLOWED:
        assert "datetime.now(" not in source


def test_the_stages_below_do_not_import_mail() -> None:
    """(The migrations' environment, which is Alembic's and not the stage's, knows every table.)"""
    for package in ("ingest", "extract", "lexicon", "cases", "responses"):
        for path in (REPO / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            assert not re.search(r"^\s*(from|import) mail\b", text, re.M), path
