"""Helpers for the corpus-p generator: invented review ids, date arithmetic, the doc() / email() builders."""
from __future__ import annotations

from datetime import date, timedelta

import holidays

# Invented review ids (24 lowercase hex), generated once with a seeded RNG for this corpus.
RID = {
    "penrose": "64747652274a1e5395a8ce3b",
    "tresilian": "6e0895d1ca59f34cac5658cd",
    "nz_pol": "6749e17a32a6a3af3e78e6e7",
    "kastanienhain": "683563f06d22aaffa4573292",
    "pontneuf": "6f91eef1d6d77cb7a4b927b1",
    "alpenrose": "68099bc488f126d3aa8fc8de",
    "quill_old": "6ced42030bf835deac7b5433",
    "sobredden_old": "63aecff694abbb01b5635d42",
    "oxendale": "66997c2595e9122116a44b78",
    "ie_dox": "6c08854a846842674c980fca",
    "corrib": "68dee1dcce841f4a5b5ad3cf",
    "glanmor": "65360ba92dee64544f9664a3",
    "boise": "671e5048e7d8f4f53f0b0d74",
    "strachan": "6b87c3b5ce2126e3ca3947c1",
    "geelong": "67988120875edcb0c450e174",
    "quill_new": "672dc930f7ccff44c3698e3f",
    "rcmp": "6eb947e0fa5f9b3e236a3305",
    "flagger1": "6ae95cdff4fbccfe78db0dd9",
    "flagger2": "622e863a072bfcc6ce7fbbd5",
    "wien": "6273656f0f1ad35a70653c83",
    "muenchen": "6ef7a3eb051cd058a654d812",
    "lyon": "6b1131cbfad1959a5357de84",
    "liege": "6426de6f1cc81e4129f56e34",
    "cnil": "613d1c9341d61571ca31c520",
    "quebec": "60541fca446bcb7620dfc799",
    "sobredden_new": "6456b9327e713699d894ef56",
    "odense": "60044ed7ea44caf0991af673",
    "dk_pol": "6f821f9f9abce21e7260328c",
    "dk_photo": "65fc273853c40f834c155547",
    "dk_icn": "619596e1085ed77b917c7828",
    "obriain": "6c334ed46a3cec449f7e5497",
    "halewood": "6781b69ce4ae1b5ed7d34455",
    "cave": "659931f3d47ac08a670a1ecc",
    "vinterby": "66ee9872cd0df17d5e2ad2cc",
    "holt": "6eb7c0d14a92f35b18e6a0c7",
    "decoy_user": "6d1e0a2b73c94f58a0e1b6c2",
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
    """The first day named `name` strictly after `start`."""
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
