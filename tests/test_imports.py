"""The import graph of the extractor and the lexicon, read from their source (nothing is imported).

- No module imports a project module inside a function: an import put there to dodge a cycle
  hides the cycle instead of breaking it. A function may import a heavy third-party library
  (spaCy), with a comment saying why.
- No cycle between modules: every arrow runs down, lexicon → layout → parties / time /
  citations → classify → pipeline.
- The lexicon imports nothing of the project; the extractor nothing above it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PROJECT = {"lexicon", "ingest", "extract", "cases", "responses", "lexdesk", "templates", "bench", "jobs"}
CHECKED = ("extract", "lexicon")
# What each checked package may import of the project (itself included).
ALLOWED = {"lexicon": {"lexicon"}, "extract": {"extract", "lexicon", "ingest"}}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the module (or package) imported
    line: int
    in_function: bool


def module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for pkg in CHECKED for p in sorted((REPO / pkg).rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING"
    )


def _resolve(name: str, node: ast.ImportFrom, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = name.split(".") if is_package else name.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports(name: str, path: Path, known: set[str]) -> Iterator[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"

    def walk(node: ast.AST, in_function: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                continue  # read by the type checker only
            inside = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            if isinstance(child, ast.Import):
                for alias in child.names:
                    yield Import(name, alias.name, child.lineno, in_function)
            elif isinstance(child, ast.ImportFrom):
                base = _resolve(name, child, is_package)
                for alias in child.names:
                    sub = f"{base}.{alias.name}"
                    # "from extract.citations import quote_cues" imports a module
                    yield Import(name, sub if sub in known else base, child.lineno, in_function)
            yield from walk(child, inside)

    yield from walk(tree, False)


def all_imports() -> list[Import]:
    mods = modules()
    known = set(mods)
    return [i for name, path in mods.items() for i in imports(name, path, known)]


def _top(target: str) -> str:
    return target.split(".")[0]


def test_the_walk_finds_the_modules_and_their_imports() -> None:
    found = all_imports()
    assert "extract.pipeline" in modules() and "lexicon.patterns" in modules()
    assert any(i.module == "extract.pipeline" and i.target == "extract.layout" for i in found)


def test_no_function_imports_a_project_module() -> None:
    bad = [f"{i.module}:{i.line} imports {i.target}" for i in all_imports()
           if i.in_function and _top(i.target) in PROJECT]
    assert not bad, "imports inside functions (a cycle dodged?):\n" + "\n".join(bad)


def test_a_library_imported_inside_a_function_says_why() -> None:
    """A heavy library may be imported where it is used, with a comment on the lines above."""
    mods = modules()
    missing = []
    for i in all_imports():
        if not i.in_function or _top(i.target) in PROJECT:
            continue
        lines = mods[i.module].read_text(encoding="utf-8").splitlines()
        above = lines[max(0, i.line - 6) : i.line]
        if not any(ln.strip().startswith("#") for ln in above):
            missing.append(f"{i.module}:{i.line} imports {i.target}")
    assert not missing, "imports inside functions without a comment saying why:\n" + "\n".join(missing)


def test_each_package_imports_only_what_lies_below_it() -> None:
    bad = [f"{i.module}:{i.line} imports {i.target}" for i in all_imports()
           if _top(i.target) in PROJECT and _top(i.target) not in ALLOWED[_top(i.module)]]
    assert not bad, "\n".join(bad)


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (or a module importing itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1 or v in edges.get(v, ()):
                out.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycle_between_modules() -> None:
    known = set(modules())
    edges: dict[str, set[str]] = {}
    for i in all_imports():
        if i.target in known:
            edges.setdefault(i.module, set()).add(i.target)
    found = cycles(edges)
    assert not found, "import cycles:\n" + "\n".join(" → ".join(c) for c in found)


@pytest.mark.parametrize(
    ("edges", "expected"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, [["a", "b", "c"]]),
        ({"a": {"a"}}, [["a"]]),
        ({"a": {"b"}, "b": {"c"}}, []),
    ],
)
def test_the_cycle_finder_finds_cycles(edges: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert cycles(edges) == expected


def test_the_walk_sees_an_import_inside_a_function(tmp_path: Path) -> None:
    src = tmp_path / "mod.py"
    src.write_text("import re\n\ndef f():\n    from extract.pipeline import extract\n    return extract\n")
    found = list(imports("extract.mod", src, set()))
    assert [(i.target, i.in_function) for i in found] == [("re", False), ("extract.pipeline", True)]
