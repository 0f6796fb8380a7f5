"""The one exception type for what a user asked that cannot be done: a door (the command line, the
web desk, the worker) turns it into its own message, never a traceback."""

from __future__ import annotations


class DeskError(Exception):
    """A domain error: the message is written for the person who asked, in one line."""


class NotFound(DeskError, LookupError):
    """A case, document, draft, deadline, suggestion, user or team that does not exist."""


class Invalid(DeskError, ValueError):
    """Input that breaks a rule of the desk (a malformed file, an unknown status, a bad value)."""
