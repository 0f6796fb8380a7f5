"""Shared helpers for the corpus-dl5 generator: invented review ids, the date arithmetic every gold
deadline is computed from, and the doc / mail builders.

Each document names how its deadline is reached in `calc`; build.py recomputes it and refuses to write
when anything disagrees:

    ("date", ISO)                        an explicit calendar date written in the basis
    ("days", ANCHOR, N)                  N calendar days after ANCHOR
    ("hours", ANCHOR, H)                 H hours after ANCHOR, counted as H/24 calendar days
    ("wdays", ANCHOR, N, COUNTRY, SUB)   N working days after ANCHOR: Mon-Fri and not a public holiday of
                                         COUNTRY in the `holidays` package (SUB: subdivision or None)
    ("month", ANCHOR)                    the same day number in the next month (GDPR Art. 12(3) reading)
    ("weekday", ANCHOR, WD, WEEKS)       weekday WD (0=Mon) of the week WEEKS weeks after ANCHOR's week
                                         ("this Friday": WD=4 WEEKS=0; "end of next week": WD=4 WEEKS=1)
    ("next_weekday", ANCHOR, WD)         the first WD strictly after ANCHOR ("by Thursday", "d'ici lundi")
    ("dom", ANCHOR, N)                   the first day numbered N strictly after ANCHOR ("by the 12th")
    ("eom", ANCHOR, K)                   the last day of the month K months after ANCHOR's month
                                         ("bis Monatsende": K=0)
    ("franc", ANCHOR, N, COUNTRY, SUB)   a French "délai franc" of N days: neither the day of ANCHOR nor
                                         the N-th day counts, so the act is due on ANCHOR + N + 1; a due
                                         day on a Saturday, Sunday or public holiday moves to the next
                                         working day (art. 642 CPC)
    None                                 no deadline (gold null)

ANCHOR is the document's own date (`letter`: the date printed on a letter, the day an email was sent)
or `received` where the basis counts from receipt, delivery or service, or the document bears no date.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

import holidays


def _make_ids(n: int) -> list[str]:
    rnd = random.Random("corpus-dl5 review ids / f-series")
    out = []
    while len(out) < n:
        ts = rnd.randint(0x6820_0000, 0x6b9f_ffff)  # 2025..2027 object-id timestamps
        rid = f"{ts:08x}" + "".join(rnd.choice("0123456789abcdef") for _ in range(16))
        if rid not in out:
            out.append(rid)
    return out


# invented review ids, document fNN uses RID[2*(NN-1)] and RID[2*(NN-1)+1]; the existing matters use RID[150:]
RID = _make_ids(200)

D = date.fromisoformat


def plus_days(start: str, n: int) -> str:
    return (D(start) + timedelta(days=n)).isoformat()


def plus_one_month(start: str) -> str:
    d = D(start)
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return date(y, m, d.day).isoformat()  # raises on 31 Oct -> 31 Nov: no such anchor is used


def plus_working_days(start: str, n: int, country: str, subdiv: str | None = None,
                      with_holidays: bool = True) -> str:
    d = D(start)
    hol = holidays.country_holidays(country, subdiv=subdiv, years=[d.year, d.year + 1]) if with_holidays else {}
    k = 0
    while k < n:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in hol:
            k += 1
    return d.isoformat()


def weekday_of_week(start: str, wd: int, weeks: int) -> str:
    d = D(start)
    out = d - timedelta(days=d.weekday()) + timedelta(weeks=weeks, days=wd)
    assert out >= d, "that weekday of this week is already past"
    return out.isoformat()


def next_weekday(start: str, wd: int) -> str:
    d = D(start) + timedelta(days=1)
    while d.weekday() != wd:
        d += timedelta(days=1)
    return d.isoformat()


def next_day_of_month(start: str, n: int) -> str:
    d = D(start) + timedelta(days=1)
    while d.day != n:
        d += timedelta(days=1)
    return d.isoformat()


def end_of_month(start: str, k: int) -> str:
    d = D(start)
    y, m = d.year + (d.month - 1 + k) // 12, (d.month - 1 + k) % 12 + 1
    y2, m2 = (y + 1, 1) if m == 12 else (y, m + 1)
    return (date(y2, m2, 1) - timedelta(days=1)).isoformat()


def franc(start: str, n: int, country: str, subdiv: str | None = None) -> str:
    d = D(start) + timedelta(days=n + 1)
    hol = holidays.country_holidays(country, subdiv=subdiv, years=[d.year, d.year + 1])
    while d.weekday() >= 5 or d in hol:
        d += timedelta(days=1)
    return d.isoformat()


def compute(calc) -> str | None:
    if calc is None:
        return None
    op, *a = calc
    if op == "date":
        return D(a[0]).isoformat()
    if op == "days":
        return plus_days(a[0], a[1])
    if op == "hours":
        assert a[1] % 24 == 0
        return plus_days(a[0], a[1] // 24)
    if op == "wdays":
        return plus_working_days(a[0], a[1], a[2], a[3])
    if op == "month":
        return plus_one_month(a[0])
    if op == "weekday":
        return weekday_of_week(a[0], a[1], a[2])
    if op == "next_weekday":
        return next_weekday(a[0], a[1])
    if op == "dom":
        return next_day_of_month(a[0], a[1])
    if op == "eom":
        return end_of_month(a[0], a[1])
    if op == "franc":
        return franc(a[0], a[1], a[2], a[3])
    raise ValueError(op)


GOLD_KEYS = ["kind", "sender_name", "sender_organisation", "sender_email", "represented_party",
             "their_reference", "our_reference", "cited_urls", "cited_review_ids", "quoted_statements",
             "deadline", "deadline_basis", "legal_bases", "case"]


def doc(id, fmt, lang, country, received, text, *, letter, calc, family, email=None, kind, name=None,
        org=None, mail=None, rep=None, theirs=None, ours=None, urls=(), ids=(), quotes=(), basis=None,
        bases=(), case, part_name=None, note=None, subdiv=None):
    """`country`: the sender's country (ISO code; decides numeric date order and holidays);
    `subdiv`: the sender's region (holidays-package subdivision: German Land, Swiss canton, Canadian
    province, Australian / US state, NZ region, UK nation) where regional holidays apply;
    `letter`: the document's own date (ISO) or None where it bears none; `calc`: how the deadline is
    computed (module docstring); `family`: the deadline phrasing families the document exercises."""
    text = text.strip("\n")
    g = {
        "kind": kind, "sender_name": name, "sender_organisation": org, "sender_email": mail,
        "represented_party": rep, "their_reference": theirs, "our_reference": ours,
        "cited_urls": list(urls), "cited_review_ids": list(ids), "quoted_statements": list(quotes),
        "deadline": compute(calc), "deadline_basis": basis, "legal_bases": list(bases), "case": case,
    }
    d = {"id": id, "format": fmt, "language": lang, "country": country, "received": received,
         "email": email, "text": text, "gold": g, "letter": letter, "calc": calc, "family": list(family)}
    if subdiv:
        d["subdiv"] = subdiv
    if part_name:
        d["part_name"] = part_name
    if note:
        d["note"] = note
    return d


def mail(from_name, from_addr, subject, message_id, date_, *, to="legal@trustpilot.com", cc=(),
         in_reply_to=None, references=(), attachments=(), html_only=False):
    e = {"from_name": from_name, "from_addr": from_addr, "to": to, "cc": list(cc), "subject": subject,
         "message_id": message_id, "in_reply_to": in_reply_to, "references": list(references),
         "date": date_, "attachments": list(attachments)}
    if html_only:
        e["html_only"] = True
    return e
