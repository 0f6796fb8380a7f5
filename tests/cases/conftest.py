"""Helpers for the cases tests: documents made from plain fields, as the extractors would give
them (the database, the configuration and its clock are the shared fixtures of tests/conftest.py)."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from cases import Part, file_document
from cases.clock import Clock
from cases.config import CasesConfig
from cases.models import Document
from cases.triage import TriageRules
from extract.models import Extraction, Found, FoundDeadline, NoticeCheck
from ingest.models import EmailHeaders, ParsedDocument
from tests.conftest import cases_config

DAY = date(2026, 11, 3)  # a Tuesday: the day the shared clock stands at


def extraction(**f: Any) -> Extraction:
    """An Extraction from plain values, as the extractors would give them."""

    def one(name: str) -> Found[Any] | None:
        return Found(f[name]) if f.get(name) is not None else None

    def many(name: str) -> tuple[Found[Any], ...]:
        return tuple(Found(v) for v in f.get(name) or [])

    deadline = None
    if f.get("deadline"):
        deadline = FoundDeadline(date=date.fromisoformat(f["deadline"]), basis=f.get("deadline_basis") or "")
    checks = tuple(NoticeCheck(regime=r, item=i, present=p) for r, i, p in f.get("notice_checks", []))
    return Extraction(
        language=f.get("language", "en"), kind=one("kind"),
        letter_date=Found(date.fromisoformat(f["letter_date"])) if f.get("letter_date") else None,
        sender_name=one("sender_name"), sender_organisation=one("sender_organisation"),
        sender_email=one("sender_email"), sender_country=one("sender_country"),
        represented_party=one("represented_party"), their_reference=one("their_reference"),
        our_reference=one("our_reference"), cited_urls=many("cited_urls"),
        cited_review_ids=many("cited_review_ids"), quoted_statements=many("quoted_statements"),
        deadline=deadline, legal_bases=many("legal_bases"), notice_checks=checks,
    )


def part(text: str = "", *, name: str = "letter.pdf", email: dict[str, Any] | None = None,
         attachment: str | None = None, **fields: Any) -> Part:
    """A document ready to file: its text, optional email headers, and its extracted fields."""
    head = None
    if email is not None:
        when = email.get("date")
        head = EmailHeaders(
            from_name=email.get("from_name"), from_addr=email.get("from_addr"), subject=email.get("subject"),
            message_id=email.get("message_id"), in_reply_to=email.get("in_reply_to"),
            references=tuple(email.get("references") or ()),
            date=datetime.fromisoformat(when) if isinstance(when, str) else when,
        )
    sha = hashlib.sha256(f"{name}|{attachment}|{text}|{sorted(fields.items())}|{email}".encode()).hexdigest()
    parsed = ParsedDocument(sha256=sha, media_type="eml" if head else "pdf", filename=attachment or name,
                            text=text, email=head, size=len(text))
    return Part(parsed=parsed, extraction=extraction(**fields), original=f"xx/{sha}", part=attachment)


def file(session: Session, cfg: CasesConfig, *parts: Part, day: date = DAY, actor: str = "test") -> list[Document]:
    """File a document family (the first part the top level) received on `day`."""
    return file_document(session, list(parts), cfg, received=day, actor=actor)


@pytest.fixture
def cfg(tmp_path: Path, clock: Clock) -> CasesConfig:
    """The shared configuration, with triage's word floor at one word: the documents of these
    tests are a word or two standing for a whole letter (tests/cases/test_triage.py holds the floor)."""
    return cases_config(tmp_path / "originals", clock, triage=TriageRules(min_words=1))
