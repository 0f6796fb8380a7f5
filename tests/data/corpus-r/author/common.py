"""Shared helpers for the corpus-r generator: invented review ids, date arithmetic, doc and mail builders."""
from __future__ import annotations

from datetime import date, timedelta

import holidays

# invented review ids (24 lowercase hex); "user_decoy" is a user-profile id, never a review
R = {
    "thorn": "69b5024641015b2ae0cfbcc2",
    "harc_old": "681fdcea46c5428f751ca1f2",
    "harc_new": "6a1ff714f1e92651b8a3c272",
    "ashworth": "68c7bbcaaa656e632ce9d66e",
    "ohlen": "692494775013a1a15dc72c08",
    "roussel": "699fd6f050234178b9439586",
    "nsw": "6abe3cb610d2ab99b3bf16e8",
    "brask": "680f8065f5d2e5a23ac81fac",
    "ellerby1": "69de779f5b36c7aaa59b61b6",
    "ellerby2": "6a83d59cb9d8155b1feaea75",
    "northmoor": "692fdfdcf5795edcdb79156f",
    "lumen": "6aa44f5a20aa5d2dc2be8a8f",
    "oakhollow": "6926d5908db880046f8fe0b8",
    "kervella": "6aa6d2359228945fcef50c2d",
    "wiegand": "6a782f5bca9d114228764033",
    "vestjysk": "6a70783e822d46c61f9b2b24",
    "colorado1": "69483e91e08edbdad148169c",
    "tt_mother": "697b632228484371035b8119",
    "gend_rev": "69a1a01f6f91d477ead02d7e",
    "skye_susp": "6a19097b8ebf3add88f9f56d",
    "zurich": "69c6cab732e98dc4a93617e7",
    "lfd_rev": "68b743ece8bc09b9aa81d070",
    "faroe": "6a85a9cbc09fde5a1ece5f7f",
    "photo1": "69ac4c00f1e1a561394e27f9",
    "spvm": "6aae623763658982f7256be2",
    "odense_rev": "69917dbba0861e80103775a6",
    "fenner": "695172fa3229eb61b9a4bed0",
    "hh_order": "696aed9454da27e79c43d3d6",
    "seeblick1": "6a8da54c2fe3a20e580ebefc",
    "seeblick2": "6ab800f65926887bb4a334a1",
    "dsa_de": "681060951518979d230e170e",
    "tf1": "68cdc8e8e6d5d4d46e6684b2",
    "tf2": "68dee2f4528b88bfc53e6a35",
    "lcen": "6a3f8c48026046228fb878bd",
    "appeal_en": "69202b32dd6bf0e1716d1f27",
    "kallenbach": "68a5067de94c814f265a7f41",
    "fr_form": "6819866a893680263642fc11",
    "thornAU": "6a7c3637368c8b304970f96d",
    "dk_doxx": "6938561bb32b43e13b2d20cf",
    "de_appeal": "699ea91c6dacb94c615b6113",
    "coldharbour1": "68949c19e14b31e983ff0b48",
    "coldharbour2": "693356a020461a1a5f318349",
    "ravens_rev": "693655629fcd0637dd0a58ec",
    "fr_biz": "680c1ead4ec64d9b63e55804",
    "dk_biz": "690b66415257ff7f9f6eb00a",
    "user_decoy": "6984e0e2b2a705654149acee",
}

D = date.fromisoformat


def plus_days(start: str, n: int) -> str:
    return (D(start) + timedelta(days=n)).isoformat()


def plus_one_month(start: str) -> str:
    d = D(start)
    y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return date(y, m, d.day).isoformat()


def plus_working_days(start: str, n: int, country: str, subdiv: str | None = None) -> str:
    """n working days after `start` (Saturdays, Sundays and the country's public holidays skipped)."""
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
