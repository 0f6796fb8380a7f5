"""The desk's rule tables that are data, bundled in `cases/rules/` (package data): the internal
first-response SLA and the priority rules. The statutory regimes are read by `cases.statutory`.

Only the loaders here know where the bundled files are; the configuration (built once by the
application) calls them and passes the tables down.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from cases.errors import Invalid
from cases.vocab import Priority

RULES = Path(__file__).parent / "rules"
DEFAULT_SLA = RULES / "sla.toml"
PRIORITY_RULES = RULES / "priority.toml"


@dataclass(frozen=True)
class SlaTable:
    """Working days for our first answer, by priority, with overrides by kind."""

    calendar: str
    default: dict[str, int]
    by_kind: dict[str, dict[str, int]]

    def days(self, kind: str | None, priority: str) -> int:
        table = self.by_kind.get(kind or "", {})
        return int(table.get(priority, self.default.get(priority, self.default.get("normal", 5))))


def load_sla(path: Path | None = None) -> SlaTable:
    """The SLA table at `path` (the team's own), or the bundled one."""
    d = _toml(path or DEFAULT_SLA, "SLA table")
    return SlaTable(calendar=d.get("calendar", "GB"), default=d.get("default", {}), by_kind=d.get("kind", {}))


@dataclass(frozen=True)
class PriorityRules:
    levels: tuple[str, ...]
    by_kind: dict[str, str]
    urgent_within: int
    raise_within: int
    consequences: tuple[re.Pattern[str], ...]
    executive_kinds: frozenset[str]
    executive_level: str
    executive: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=4)
def load_priority_rules(path: Path = PRIORITY_RULES) -> PriorityRules:
    d = _toml(path, "priority rules")
    ex = d.get("executive", {})
    levels = tuple(d["levels"])
    unknown = set(levels) - set(Priority)
    if unknown:
        raise Invalid(f"priority rules {path}: unknown levels {', '.join(sorted(unknown))}")
    return PriorityRules(
        levels=levels, by_kind=d.get("kind", {}),
        urgent_within=int(d.get("deadline", {}).get("urgent_within_days", 2)),
        raise_within=int(d.get("deadline", {}).get("raise_within_days", 7)),
        consequences=tuple(re.compile(p, re.I) for p in d.get("consequences", {}).get("patterns", [])),
        executive_kinds=frozenset(ex.get("kinds", [])), executive_level=ex.get("level", "high"),
        executive=tuple(re.compile(p) for p in ex.get("patterns", [])),
    )


def _toml(path: Path, what: str) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise Invalid(f"{what} {path}: {e.strerror or e}") from e
    except tomllib.TOMLDecodeError as e:
        raise Invalid(f"{what} {path} is not valid TOML: {e}") from e
