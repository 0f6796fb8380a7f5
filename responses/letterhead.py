"""The team's letterhead: who the letters and emails come from (responses/assets/letterhead.toml)."""

from __future__ import annotations

import logging
import tomllib
from dataclasses import dataclass
from pathlib import Path

from cases.errors import Invalid

log = logging.getLogger(__name__)

DEFAULT_LETTERHEAD = Path(__file__).parent / "assets" / "letterhead.toml"


@dataclass(frozen=True)
class Letterhead:
    organisation: str = ""  # empty: the platform's name from its profile
    team: str = "Content Integrity team"
    address: tuple[str, ...] = ()
    email: str = ""  # empty: legal@<the platform's first domain>
    phone: str = ""
    website: str = ""
    signatory: str = ""  # who signs (empty: the team)

    def with_platform(self, name: str, domains: tuple[str, ...]) -> Letterhead:
        """Fill what the letterhead leaves to the platform profile."""
        return Letterhead(
            organisation=self.organisation or name,
            team=self.team,
            address=self.address,
            email=self.email or (f"legal@{domains[0]}" if domains else ""),
            phone=self.phone,
            website=self.website or (f"https://www.{domains[0]}" if domains else ""),
            signatory=self.signatory,
        )


def load_letterhead(path: Path | None = None) -> Letterhead:
    """The team's letterhead at `path`, or the bundled one (without it: the platform's name alone)."""
    p = path or DEFAULT_LETTERHEAD
    if not p.exists():
        if path is not None:
            raise Invalid(f"letterhead {path} does not exist")
        log.warning("the bundled letterhead %s is missing; letters carry the platform's name only", p)
        return Letterhead()
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise Invalid(f"letterhead {p} is not valid TOML: {e}") from e
    return Letterhead(
        organisation=str(data.get("organisation", "")),
        team=str(data.get("team", Letterhead.team)),
        address=tuple(str(x) for x in data.get("address", [])),
        email=str(data.get("email", "")),
        phone=str(data.get("phone", "")),
        website=str(data.get("website", "")),
        signatory=str(data.get("signatory", "")),
    )
