"""What the cases stage is given to work with: the platform, the rule tables, the clock, where
originals are kept. Built once by the application (`lexdesk.settings`) and passed down; nothing in
this stage reads the environment or loads a default of its own."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cases.clock import Clock
from cases.rulebook import PriorityRules, SlaTable
from cases.statutory import Regimes
from cases.triage import TriageRules
from extract.profile import PlatformProfile
from ingest import IngestLimits


@dataclass(frozen=True)
class CasesConfig:
    profile: PlatformProfile  # what counts as cited content; our own name is not a party
    sla: SlaTable  # internal first-response targets
    statutory: Regimes  # the statutory clocks, one regime per table
    priority: PriorityRules
    clock: Clock
    originals: Path  # where originals are kept, content-addressed
    case_prefix: str = "CI"  # our references: PREFIX-YYYY-NNNN
    limits: IngestLimits = field(default_factory=IngestLimits)  # what a file may cost to read
    triage: TriageRules = field(default_factory=TriageRules)  # what a person reads before it counts as work
