"""`lexdesk cases import`: the team's existing cases (corpus SCHEMA.md cases.json format).

Each case becomes a `Case` (imported) with its parties and the keys that let later documents
find it: review ids and business pages, party names, correspondents' addresses, their
references and the Message-IDs of its emails. Importing the same file twice changes nothing.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import func
from sqlmodel import Session, select

from cases.errors import Invalid
from cases.keys import (
    Key,
    case_ref_key,
    domain_key,
    email_key,
    message_id_key,
    party_key,
    party_tokens,
    ref_key,
    review_id_key,
    url_keys,
)
from cases.models import AuditEvent, Case, CaseKey, Party
from cases.vocab import CaseStatus, KeyKind, PartyRole
from extract.profile import PlatformProfile

log = logging.getLogger(__name__)
STATUSES = frozenset(CaseStatus)


class CaseIn(BaseModel):
    """One entry of cases.json."""

    ref: str
    title: str = ""
    opened: date
    status: str = "open"
    kind: str | None = None
    parties: list[str] = Field(default_factory=list)
    cited_review_ids: list[str] = Field(default_factory=list)
    cited_urls: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)
    their_references: list[str] = Field(default_factory=list)
    message_ids: list[str] = Field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    keys: int


def read_cases(path: Path) -> list[CaseIn]:
    """The cases of a cases.json file (a list, or an object with a "cases" list)."""
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise Invalid(f"{path}: {e.strerror or e}") from e
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise Invalid(f"{path} is not valid JSON: {e}") from e
    if isinstance(data, dict):
        data = data.get("cases", [])
    if not isinstance(data, list):
        raise Invalid(f"{path}: expected a list of cases")
    out = []
    for n, x in enumerate(data, 1):
        try:
            out.append(CaseIn.model_validate(x))
        except ValidationError as e:
            where = ", ".join(f"{'.'.join(map(str, err['loc']))}: {err['msg']}" for err in e.errors())
            raise Invalid(f"{path}: case {n}: {where}") from e
    return out


def keys_of(c: CaseIn, profile: PlatformProfile) -> list[Key]:
    out: list[Key] = []
    for rid in c.cited_review_ids:
        if k := review_id_key(rid):
            out.append(Key(KeyKind.review_id, k))
    for url in c.cited_urls:
        out += url_keys(url, profile)
    own = party_key(profile.name)
    for name in c.parties:
        k = party_key(name)
        if k and k != own:
            out.append(Key(KeyKind.party, k, PartyRole.party))
            out += [Key(KeyKind.party_tok, t, PartyRole.party) for t in party_tokens(k)]
    for addr in c.emails:
        if e := email_key(addr):
            out.append(Key(KeyKind.email, e))
            if d := domain_key(e, profile.domains):
                out.append(Key(KeyKind.domain, d))
    for r in c.their_references:
        if k := ref_key(r):
            out.append(Key(KeyKind.their_ref, k))
    for mid in c.message_ids:
        if k := message_id_key(mid):
            out.append(Key(KeyKind.message_id, k))
    return out


def _year_number(session: Session, c: CaseIn) -> tuple[int, int]:
    parsed = case_ref_key(c.ref)
    if parsed:
        return parsed[1], parsed[2]
    # a reference in another scheme: a number of its own in the year it was opened
    year = c.opened.year
    highest = session.exec(select(func.max(Case.number)).where(Case.year == year)).one() or 0
    return year, highest + 1


def import_cases(session: Session, items: list[CaseIn], *, actor: str, profile: PlatformProfile) -> ImportResult:
    """Create (or update) the cases with their parties and linking keys; commits."""
    created = updated = nkeys = 0
    for c in items:
        status = CaseStatus(c.status) if c.status in STATUSES else CaseStatus.open
        if status != c.status:
            log.info("%s: status %r is not one of ours; imported as %s", c.ref, c.status, status)
        case = session.exec(select(Case).where(Case.ref == c.ref)).first()
        if case is None:
            year, number = _year_number(session, c)
            case = Case(ref=c.ref, year=year, number=number, opened=c.opened, title=c.title, status=status,
                        kind=c.kind, imported=True)
            session.add(case)
            session.flush()
            session.add(AuditEvent(actor=actor, action="case.imported", case_id=case.id,
                                   why="lexdesk cases import", detail=c.model_dump(mode="json")))
            created += 1
        else:
            changed = (case.title, case.status) != (c.title or case.title, status)
            case.title, case.status = c.title or case.title, status
            session.add(case)
            updated += changed
        have = {(k.kind, k.value) for k in session.exec(select(CaseKey).where(CaseKey.case_id == case.id)).all()}
        for k in keys_of(c, profile):
            if (k.kind, k.value) not in have:
                have.add((k.kind, k.value))
                session.add(CaseKey(case_id=case.id or 0, kind=k.kind, value=k.value, role=k.role))
                nkeys += 1
        names = {p.name for p in session.exec(select(Party).where(Party.case_id == case.id)).all()}
        for name in c.parties:
            if name not in names:
                names.add(name)
                session.add(Party(case_id=case.id or 0, name=name, role=PartyRole.party))
    session.commit()
    return ImportResult(created=created, updated=updated, keys=nkeys)
