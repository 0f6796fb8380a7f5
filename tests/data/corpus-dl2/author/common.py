"""Helpers for the corpus-dl2 author scripts: document records and deadline arithmetic.

Every deadline is computed here from a spec (anchor + period) and compared with the date the
author expected by hand; build.py refuses to write a document where the two differ.
"""
from __future__ import annotations

import calendar
import hashlib
import re
from datetime import date, timedelta

import holidays


def rid(name: str) -> str:
    """A stable invented review id (24 lowercase hex) for a placeholder name."""
    h = hashlib.sha1(("corpus-dl2:" + name).encode()).hexdigest()
    return ["68", "69", "6a", "6b"][int(h[0], 16) % 4] + h[1:23]


def D(**kw) -> dict:
    return kw


def E(from_name, from_addr, subject, date, mid, *, to="legal@trustpilot.com", cc=None,
      in_reply_to=None, references=None, attachments=None, html_only=False) -> dict:
    e = {"from_name": from_name, "from_addr": from_addr, "to": to, "cc": cc or [],
         "subject": subject, "message_id": mid, "in_reply_to": in_reply_to,
         "references": references or [], "date": date, "attachments": attachments or []}
    if html_only:
        e["html_only"] = True
    return e


def G(kind, name, org, email, *, rep=None, their=None, our=None, quotes=(), bases=(), case,
      urls=None) -> dict:
    return {"kind": kind, "sender_name": name, "sender_organisation": org, "sender_email": email,
            "represented_party": rep, "their_reference": their, "our_reference": our,
            "cited_urls": urls, "quoted_statements": list(quotes), "legal_bases": list(bases),
            "case": case}


def _d(s: str) -> date:
    return date.fromisoformat(s)


def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def working_days(d: date, n: int, country: str, subdiv: str | None) -> date:
    hol = holidays.country_holidays(country, subdiv=subdiv, years=[d.year, d.year + 1])
    while n:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in hol:
            n -= 1
    return d


def compute(spec, letter: str | None, received: str, country) -> date | None:
    """spec: None | ("date", iso) | (unit, anchor, n) with unit in days/weeks/hours/months/wd,
    anchor "letter" or "received"; ("eom", anchor) end of that month; ("eow", anchor) the Friday
    of that week; ("next", anchor, weekday 0-6) the first such weekday after the anchor."""
    if spec is None:
        return None
    if spec[0] == "date":
        return _d(spec[1])
    anchor = _d(letter) if spec[1] == "letter" and letter else _d(received)
    kind = spec[0]
    if kind == "days":
        return anchor + timedelta(days=spec[2])
    if kind == "weeks":
        return anchor + timedelta(weeks=spec[2])
    if kind == "hours":
        assert spec[2] % 24 == 0
        return anchor + timedelta(days=spec[2] // 24)
    if kind == "months":
        return add_months(anchor, spec[2])
    if kind == "wd":
        return working_days(anchor, spec[2], country[0], country[1])
    if kind == "eom":
        return date(anchor.year, anchor.month, calendar.monthrange(anchor.year, anchor.month)[1])
    if kind == "eow":
        return anchor + timedelta(days=4 - anchor.weekday())
    if kind == "next":
        d = anchor + timedelta(days=1)
        while d.weekday() != spec[2]:
            d += timedelta(days=1)
        return d
    raise ValueError(spec)


PLACEHOLDER = re.compile(r"\{R:([\w-]+)\}")
URL = re.compile(r"https://[a-z-]+\.trustpilot\.com/reviews?/[^\s)\]>,;\"»]+")
