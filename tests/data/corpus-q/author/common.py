"""Helpers for the corpus-q generator: invented review ids, date arithmetic and the doc / email builders."""
from __future__ import annotations

from datetime import date, timedelta

import holidays

# Invented review ids (24 lowercase hex). "decoy_user" is a reviewer-profile id, never a review.
RID = {
    "hallam": "6a9c4302399edc704bcb9c89",
    "quandt": "6916589f705f4dab78201d21",
    "vic": "6b25f2509a9895008b085b17",
    "wren_old": "6b768b9a13d499a64cf0e942",
    "wren_new": "6a7ecbf8a2784196ae92cdbe",
    "skov_old": "6801d2af0f22bfc8a2f7ceef",
    "aubrac": "68fc0f7875fc0906c1700f2e",
    "castellow": "6868fd6d6334a51aaff12373",
    "hvidbjerg": "6ad82c39a8c79b83467168cf",
    "thistle": "6aefdfc5e7e29ed01e5cc444",
    "grey1": "6842844f98132fc06336890a",
    "grey2": "6893671d04d1b5ec2ec464ad",
    "orrin": "6a59be5c1661eb6605096dd8",
    "thistle_ie": "6a65a666e70162f6793ba44a",
    "dsa_nl1": "6a567ab90d6f4c1b38dbfd3b",
    "dsa_nl2": "68ad4811c87f89b34ee96596",
    "us_rev": "6aefd7156de364dc0270c55d",
    "prydderch": "699f9d86835227e4667a1dc4",
    "portwell": "6a8686e75dc1cf3e2e093ce3",
    "ontario": "69055ac8972bb2f250c65bc6",
    "ico_rev": "6bf20224fcdd48517b455123",
    "norway": "69e7805400067555c45fc282",
    "harass1": "6bc552267e5b967730a26871",
    "harass2": "6a03eee67acffb50ac161d75",
    "photo": "681bf5abedaffd90b1a57164",
    "dsa_de": "696ea0d8b8015f62fb942076",
    "hfw": "6b507c379c7875ca817c0638",
    "at_rev": "695e0b010de14b45806e6d4f",
    "ch_rev": "6902a863328b755a6ca542c6",
    "lie": "6bc8935fd0b748a938bf9674",
    "strasbourg": "6935e2ef6e61fd276e93560e",
    "nanterre": "680a488f6d840325c993f1f8",
    "dsa_be": "6ae910f3373d324eea5c4985",
    "quebec": "6904a48394be285802f16590",
    "fr_obj": "6935af9d219322c5719056a4",
    "dk_ip": "6825668cd09df0666e8255e0",
    "dk_dp": "69c909a2ea92b0b61ba72c19",
    "dk_pol": "6a53f33dea4fbbd69e7cf691",
    "hornbaek": "6828c784569881ea86aa7387",
    "dk_tf": "6adedb95c4e890a44e7bd2a8",
    "skov_new": "6a82e4a75c9d777056d2b6a4",
    "sax": "6b3244e29960e155b705fc6a",
    "at2": "69fb79509c6ce3c0ccee0ed3",
    "dk_biz": "6bff047a37161e00e5647e88",
    "fr_biz": "6a209a8ae372fab4f07faf0c",
    "decoy_user": "6aa4f6b6628d12cba861276b",
}

ISO = date.fromisoformat


def add_days(start: str, n: int) -> str:
    """Calendar days."""
    return (ISO(start) + timedelta(days=n)).isoformat()


def add_month(start: str) -> str:
    """Same day number in the next month (GDPR Art. 12(3) reading)."""
    d = ISO(start)
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return date(y, m, d.day).isoformat()


def add_working_days(start: str, n: int, country: str, subdiv: str | None = None) -> str:
    """n working days after `start`, skipping weekends and the sender country's public holidays."""
    d = ISO(start)
    off = holidays.country_holidays(country, subdiv=subdiv, years=[d.year, d.year + 1])
    left = n
    while left:
        d += timedelta(days=1)
        if d.weekday() >= 5 or d in off:
            continue
        left -= 1
    return d.isoformat()


def next_weekday(start: str, name: str) -> str:
    """The first day named `name` strictly after `start` ("by Monday" written on a Thursday)."""
    names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    d = ISO(start) + timedelta(days=1)
    while d.weekday() != names.index(name.lower()):
        d += timedelta(days=1)
    return d.isoformat()


GOLD_KEYS = ["kind", "sender_name", "sender_organisation", "sender_email", "represented_party",
             "their_reference", "our_reference", "cited_urls", "cited_review_ids", "quoted_statements",
             "deadline", "deadline_basis", "legal_bases", "case"]


def doc(id, fmt, lang, received, text, *, kind, case, email=None, name=None, org=None, addr=None, rep=None,
        theirs=None, ours=None, urls=(), ids=(), quotes=(), deadline=None, basis=None, bases=(),
        part_name=None, note=None):
    """One source document with its gold answers."""
    gold = {
        "kind": kind, "sender_name": name, "sender_organisation": org, "sender_email": addr,
        "represented_party": rep, "their_reference": theirs, "our_reference": ours,
        "cited_urls": list(urls), "cited_review_ids": list(ids), "quoted_statements": list(quotes),
        "deadline": deadline, "deadline_basis": basis, "legal_bases": list(bases), "case": case,
    }
    out = {"id": id, "format": fmt, "language": lang, "received": received, "email": email,
           "text": text.strip("\n"), "gold": gold}
    if part_name:
        out["part_name"] = part_name
    if note:
        out["note"] = note
    return out


def email(from_name, from_addr, subject, message_id, sent, *, to="legal@trustpilot.com", cc=(),
          in_reply_to=None, references=(), attachments=(), html_only=False):
    """The header block of an .eml document."""
    e = {"from_name": from_name, "from_addr": from_addr, "to": to, "cc": list(cc), "subject": subject,
         "message_id": message_id, "in_reply_to": in_reply_to, "references": list(references),
         "date": sent, "attachments": list(attachments)}
    if html_only:
        e["html_only"] = True
    return e
