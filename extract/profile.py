"""The platform profile: what counts as cited content on the platform the team guards.

Configuration, not code: a TOML file (see DESIGN.md, "Platform profile"). Another platform is
another file.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PROFILE = Path(__file__).parent / "platforms" / "trustpilot.toml"


@dataclass(frozen=True)
class PlatformProfile:
    name: str
    domains: tuple[str, ...]
    content_url: re.Pattern[str]
    profile_url: re.Pattern[str] | None = None
    content_id: re.Pattern[str] | None = None
    case_ref: re.Pattern[str] = re.compile(r"CI-(?P<year>\d{4})-(?P<number>\d{4})")
    case_ref_prefix: str = "CI"

    def is_own_domain(self, host: str) -> bool:
        host = host.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.domains)


def load_profile(path: str | Path | None = None) -> PlatformProfile:
    """Read a profile from TOML; `None` gives the bundled default."""
    p = Path(path) if path else DEFAULT_PROFILE
    data = tomllib.loads(p.read_text(encoding="utf-8"))
    try:
        case_ref = data.get("case_ref", r"CI-(?P<year>\d{4})-(?P<number>\d{4})")
        prefix = data.get("case_ref_prefix") or re.match(r"[A-Za-z]+", case_ref).group(0)  # type: ignore[union-attr]
        return PlatformProfile(
            name=data["name"],
            domains=tuple(d.lower() for d in data.get("domains", [])),
            content_url=re.compile(data["content_url"]),
            profile_url=re.compile(data["profile_url"]) if data.get("profile_url") else None,
            content_id=re.compile(data["content_id"]) if data.get("content_id") else None,
            case_ref=re.compile(case_ref),
            case_ref_prefix=prefix,
        )
    except (KeyError, re.error, AttributeError) as e:
        raise ValueError(f"platform profile {p}: {e}") from e
