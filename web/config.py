"""What the web desk is given: the stages' configuration and its own (the session key, cookies,
login throttling), and the job queue where uploads and retries go to the workers. Built once by
`lexdesk serve` (or a test) and passed in; nothing here reads the environment."""

from __future__ import annotations

from dataclasses import dataclass

from cases.config import CasesConfig
from jobs.desk import Desk
from responses.config import ResponsesConfig


@dataclass(frozen=True)
class WebConfig:
    responses: ResponsesConfig
    secret_key: str  # signs the session cookies; a new one logs everybody out
    secure_cookies: bool = True  # cookies only over HTTPS (browsers treat 127.0.0.1 and localhost as secure)
    session_hours: int = 12
    login_attempts: int = 5  # failed logins allowed per account (and 4x per address) ...
    login_window_s: int = 900  # ... within this many seconds, then refused until the window passes
    # Where uploads and retries are queued for `lexdesk worker` (PostgreSQL) rather than filed in
    # the web process; None (the embedded SQLite default): filed here, as the request is served.
    queue: Desk | None = None

    @property
    def cases(self) -> CasesConfig:
        return self.responses.cases
