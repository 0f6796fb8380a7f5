"""Shared helpers for the corpus-u generator: invented review ids, date arithmetic, doc builder."""
from __future__ import annotations

from datetime import date, timedelta

import holidays

# invented review ids (24 lowercase hex)
R = {
    "pellow_old": "68c53d16ce65dea6123200eb",
    "pellow_new": "68d3739d3958a3f0f5bad4c2",
    "havblik": "69ed8808925848eff2234755",
    "nordlys": "6a55ec1ba49d9fdbdfee118c",
    "nordlys2": "69017cdf83fd989e60f21040",
    "moreau": "6820f69ac3cc70250abeb8c6",
    "solveig1": "6af3d966c8b99394a763e51e",
    "solveig2": "6a1beaafd1209554abe4b9fe",
    "pryce": "69ccdd3d296d3d451da40b88",
    "hartwell": "6bd6a967aa716b270e7eb341",
    "ivn1": "6bcd044631c2c27fe0419966",
    "ivn2": "6ad56f127f4e56286dd576cd",
    "lind": "69adae92a0096727edbef4d4",
    "kestrel": "6a7c30c9e5b969725305a567",
    "kjaer": "6afc030ad452ce554e13cef6",
    "muc": "6a20c4dfff77dafd6b6b74dc",
    "muc2": "696e109984f56f31e9cf2cf8",
    "bw1": "6a046dcd80e27d50c43ddcc2",
    "bw2": "68bc0148b3bf0e9e45ff1d43",
    "bw3": "6aa67639f74080f56c5aa328",
    "orchard": "6b156bf7e3f792931d93bb8c",
    "orchard2": "6b676226e236a23e238e3b1c",
    "rosen1": "69251a9094f6af3f109feb29",
    "rosen2": "6ac23e935742f07b34ecbd0c",
    "cma1": "6b5cde298407bea5275b9246",
    "bnetza": "6bb9d8b8ea91f3d1df4d09fa",
    "doxx": "6973d0e606b14d8c04b83cd9",
    "dsa_law": "6967b625d7e056fc89b2ef5b",
    "threat": "6bdd4a316f0743b03ad2127a",
    "dsa_biz": "697a813d77bd7aac28a276d9",
    "glow": "6876df8cbb6c04fada534f74",
    "photo": "6ab6cec920957d71e9eb03c8",
    "brux": "6be7319c192737195447fa68",
    "aarhus": "6945a6732c0b7943951aa301",
    "avon": "6afdaa2b59708e78cfc5d4bb",
    "gend": "6b04116efa46cbe8c8c4dee7",
    "fyn": "6979539db237b8914e5710d9",
    "appeal_en": "6a94739e223de542ed847a71",
    "int_en": "6bdc7e7999430ce8bd542e13",
    "int_da": "686be8090ded9e3e95b541b4",
    "int_de": "6af5ce620328ac5657d9c92f",
    "scan_en": "68b1b95487c6ba47fe632e41",
    "kessler": "6bbd01f40072e3cf34786255",
    "fr_owner": "6bfd77448503106a50ccf592",
    "harass1": "6890d34528b1e4750bbc8d1b",
    "harass2": "690ee0796e9f2ec314b0080c",
    "wendt": "697fc4c011f1bd38f1f34920",
    # a user-profile id (not a review id) used as a decoy
    "keogh_user": "6b87050747e2c4eaa7e4ff33",
}

D = date.fromisoformat


def plus_days(start: str, n: int) -> str:
    return (D(start) + timedelta(days=n)).isoformat()


def plus_one_month(start: str) -> str:
    d = D(start)
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return date(y, m, d.day).isoformat()


def plus_working_days(start: str, n: int, country: str, subdiv: str | None = None) -> str:
    d = D(start)
    hol = holidays.country_holidays(country, subdiv=subdiv, years=[d.year, d.year + 1])
    k = 0
    while k < n:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in hol:
            k += 1
    return d.isoformat()


def weekday(iso: str) -> str:
    return D(iso).strftime("%A")


GOLD_KEYS = ["kind", "sender_name", "sender_organisation", "sender_email", "represented_party",
             "their_reference", "our_reference", "cited_urls", "cited_review_ids", "quoted_statements",
             "deadline", "deadline_basis", "legal_bases", "case"]


def doc(id, fmt, lang, received, text, *, email=None, kind, name=None, org=None, mail=None, rep=None,
        theirs=None, ours=None, urls=(), ids=(), quotes=(), deadline=None, basis=None, bases=(), case,
        part_name=None, note=None):
    text = text.strip("\n")
    g = {
        "kind": kind, "sender_name": name, "sender_organisation": org, "sender_email": mail,
        "represented_party": rep, "their_reference": theirs, "our_reference": ours,
        "cited_urls": list(urls), "cited_review_ids": list(ids), "quoted_statements": list(quotes),
        "deadline": deadline, "deadline_basis": basis, "legal_bases": list(bases), "case": case,
    }
    d = {"id": id, "format": fmt, "language": lang, "received": received, "email": email,
         "text": text, "gold": g}
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
