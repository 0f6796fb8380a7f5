"""The code base type-checks and lints clean: mypy (configured in pyproject.toml, strict on the
stage packages' definitions) and ruff, run as CI runs the tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / tool), *args], cwd=REPO, capture_output=True, text=True)


def test_mypy_finds_no_type_errors() -> None:
    done = run("mypy")
    assert done.returncode == 0, done.stdout[-4000:]


def test_ruff_finds_nothing() -> None:
    done = run("ruff", "check", ".")
    assert done.returncode == 0, done.stdout[-4000:]
