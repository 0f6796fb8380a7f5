"""The web desk is a door: its modules hold no query (no SQL toolkit beyond the session they are
handed), import nothing of the command line, and hide no import inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WEB = sorted((REPO / "web").rglob("*.py"))


@pytest.mark.parametrize("path", WEB, ids=lambda p: p.relative_to(REPO).as_posix())
def test_a_web_module_holds_no_query_and_no_hidden_import(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            root = node.module.split(".")[0]
            names = {a.name for a in node.names}
            assert root != "sqlalchemy", f"{path.name}: {node.module}"
            assert root != "sqlmodel" or names == {"Session"}, f"{path.name}: sqlmodel {names}"
            assert "select" not in names, f"{path.name}: select"
            assert root != "lexdesk", f"{path.name}: the web desk imports nothing of the command line"
        elif isinstance(node, ast.Import):
            assert all(a.name.split(".")[0] not in ("sqlalchemy", "lexdesk") for a in node.names), path.name
    nested = [n.lineno for f in ast.walk(tree) if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
              for n in ast.walk(f) if isinstance(n, ast.Import | ast.ImportFrom)]
    assert nested == [], f"{path.name} imports inside a function at lines {nested}"
