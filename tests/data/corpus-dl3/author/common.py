"""Shared helpers for the corpus-dl3 generator: invented review ids, the date arithmetic every gold deadline
is computed with, and the doc / mail builders.

Each document names how its deadline is reached in `calc`; build.py re-runs that computation and refuses
to write when it disagrees with the gold date:

    ("date", ISO)                        an explicit calendar date written in the basis
    ("days", ANCHOR, N)                  N calendar days after ANCHOR
    ("hours", ANCHOR, H)                 H hours after ANCHOR, counted as H/24 calendar days
    ("wdays", ANCHOR, N, COUNTRY, SUB)   N working days after ANCHOR: Mon-Fri, not a public holiday of
                                         COUNTRY (the `holidays` package; SUB is a subdivision or None)
    ("month", ANCHOR)                    same day number in the next month (GDPR Art. 12(3) reading)
    ("weekday", ANCHOR, WD, WEEKS)       weekday WD (0=Mon) of the week WEEKS after ANCHOR's week
                                         ("this Friday" WEEKS=0, "by the end of next week" WD=4 WEEKS=1)
    ("next_weekday", ANCHOR, WD)         the first WD strictly after ANCHOR ("by Thursday")
    ("month_end", ANCHOR)                last calendar day of ANCHOR's month ("bis Ende des Monats")
    ("day_before", ISO)                  the day before ISO ("before Christmas" -> 24 December)
    None                                 no deadline (gold null)

ANCHOR is the letter's own date (its `letter` date; for an email, the day it was sent) or `received`
where the basis counts from receipt/delivery or the letter bears no date.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

import holidays

_IDS = """6900900be545e4ef0b72567e 69330e44456257924f6f0184 69bcc0ad8b20c88415e94b56 69f46526d9714b4021745a1c
68dfb29c894d8c64a229b752 6a338fdd70e9f528e871cb4b 6b428621ae4b50a2bdb34903 691a0ac86c495e59bff8ab80
69ba690d8eb8d3302cc790db 6993bb9370e5825c8fe8439f 6a99c912a429af2721a16d70 6a1358f964f18bf809001b0d
6b8e7d28762843dc8479dd9e 68a6a526734a9b85fe0b9599 6881e62fe107a51deabe9e8a 6acda63e2aa316d470b30f9c
69b120e8cb3628824bc18241 6acf7283468fbb2540696939 6bf96abbea3adafa54647e3b 698c42f911ca28866accf3cb
68fb77916e1a9345da10dbb6 693c9665bfe454621c1fc6f3 69b1f3af17aa6189c1a8f782 6ae37411e482700553693a24
6924e390bc06b31c4b14817b 69a108d998ea2568c51d941c 6a594724e4fe5b259c450052 68aa7c7a90ce4c8f135f514d
6bc3f5f0058e4b4ffc7a43f5 6a7302451c62a59e6b0d70e2 68d454ce00e2d5bda69c1f51 696146c464ef38b6979da42f
6a791a61232a05b9cf5d2daf 6964d99163defc396948b13d 6af94810eb62f16199dae043 6923adc17ec35494f6ed3851
6b4aee064c109c1fbbf14b86 6a999ce3137eafa3350863c1 692bc07b8d3cbf0f09f3d1a8 6904fb05ae4aa1902ae10e45
69d125a7f36aaf7eb93f8544 6954d087d19057c34c8e9c0a 6b41595634cb993b30a1fb0b 6b8d84b794da2075b94070f6
68ea54380551225f2fcd67cf 6ad13158207f84eef114af1e 69c9ae9037a191b5d4b2cca7 69d2e09b9bbd247f40dc8502
6aa2056fe21b53aadd8c01d7 6a119354d8e48a01b140d912 6a83dff66cdc1c3be717b793 6a7810d72e32c9d15087129c
6b8c36e358d9be375ac6cef7 697a80bbee7bdc27b912e471 6af8e3f009ba194e9bc1e957 68cca6909b46392dbb9674e5
6a8f7ef7fde2c5577b421e3c 68ab4b75d40977f4d4dd13fa 69192cca5855aef3188a4f96 6bc4582ac650153510f453d5
6b59821f5f6c4b2f2e2beed1 69a30cfdb2d01ba022024855 6afa90052c1ee136fc120734 6bf117b788b291eccf5752a1
6bcf1ab4bf3b79af48d8fe36 6b1c50dc1baa6910e9ee6447 6aa07e27ac3dfe1f175a7faa 6974aab72a496057267c2168
6be78901849da41f43baa8c6 6bb313ebec98171c408fd5f8 6ae16eaa561db7471cdc9b8b 6aee8970a0c5bb8380ee3e8e
68def119b1d7ff87d2d6d499 68ca35fb17a124eef04c008d 6a26a5375be5456fe8c223c4 6aa22491b82f88d86d6709af""".split()

# invented review ids, handed out in order: RID[0], RID[1], ...
RID = _IDS

D = date.fromisoformat


def plus_days(start: str, n: int) -> str:
    return (D(start) + timedelta(days=n)).isoformat()


def plus_one_month(start: str) -> str:
    d = D(start)
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return date(y, m, d.day).isoformat()  # raises where the day does not exist: no such anchors are used


def plus_working_days(start: str, n: int, country: str, subdiv: str | None = None) -> str:
    d = D(start)
    hol = holidays.country_holidays(country, subdiv=subdiv, years=[d.year, d.year + 1])
    k = 0
    while k < n:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in hol:
            k += 1
    return d.isoformat()


def weekday_of_week(start: str, wd: int, weeks: int) -> str:
    d = D(start)
    monday = d - timedelta(days=d.weekday())
    out = monday + timedelta(weeks=weeks, days=wd)
    assert out >= d, "that weekday of this week is already past"
    return out.isoformat()


def next_weekday(start: str, wd: int) -> str:
    d = D(start) + timedelta(days=1)
    while d.weekday() != wd:
        d += timedelta(days=1)
    return d.isoformat()


def month_end(start: str) -> str:
    d = D(start)
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1]).isoformat()


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
    if op == "month_end":
        return month_end(a[0])
    if op == "day_before":
        return plus_days(a[0], -1)
    raise ValueError(op)


GOLD_KEYS = ["kind", "sender_name", "sender_organisation", "sender_email", "represented_party",
             "their_reference", "our_reference", "cited_urls", "cited_review_ids", "quoted_statements",
             "deadline", "deadline_basis", "legal_bases", "case"]


def doc(id, fmt, lang, received, text, *, letter, calc, family, email=None, kind, name=None, org=None,
        mail=None, rep=None, theirs=None, ours=None, urls=(), ids=(), quotes=(), basis=None, bases=(), case,
        part_name=None, note=None):
    """`letter`: the document's own date (ISO) or None where it bears none; `calc`: how the deadline is
    computed (see the module docstring); `family`: the deadline families the document exercises."""
    text = text.strip("\n")
    g = {
        "kind": kind, "sender_name": name, "sender_organisation": org, "sender_email": mail,
        "represented_party": rep, "their_reference": theirs, "our_reference": ours,
        "cited_urls": list(urls), "cited_review_ids": list(ids), "quoted_statements": list(quotes),
        "deadline": compute(calc), "deadline_basis": basis, "legal_bases": list(bases), "case": case,
    }
    d = {"id": id, "format": fmt, "language": lang, "received": received, "email": email,
         "text": text, "gold": g, "letter": letter, "calc": calc, "family": list(family)}
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
