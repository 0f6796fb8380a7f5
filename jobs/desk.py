"""What a job is given: the stages' configurations, the database, who acts, and the queue's own
settings. Built by the application (`lexdesk`) from its one configuration and passed to every
task; the tasks reach for nothing else."""

from __future__ import annotations

from dataclasses import dataclass

from cases.config import CasesConfig
from cases.db import Database
from jobs.config import JobsConfig
from mail.config import MailConfig


@dataclass(frozen=True)
class Desk:
    cases: CasesConfig
    mail: MailConfig
    jobs: JobsConfig
    db: Database
    actor: str  # who the scheduled jobs act as (a queued file acts as whoever queued it)
