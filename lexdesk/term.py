"""The consoles every command prints on. Apart from `lexdesk.ui` (which brings the configuration
and the database with it), so that the root of the command line can say an error in one line even
when loading a command or the configuration is what failed."""

from __future__ import annotations

from typing import Any

from rich.console import Console


def console(*, stderr: bool = False) -> Console:
    """Rich output; piped output is not squeezed into 80 columns (refs and URLs stay whole)."""
    c = Console(stderr=stderr)
    return c if c.is_terminal else Console(stderr=stderr, width=200)


class LazyConsole:
    """A console made at each use, not at import: the command line's output stream and environment
    (NO_COLOR, FORCE_COLOR, a test runner's captured stdout) are those of the moment it prints."""

    def __init__(self, *, stderr: bool = False) -> None:
        self._stderr = stderr

    def __getattr__(self, name: str) -> Any:
        return getattr(console(stderr=self._stderr), name)
