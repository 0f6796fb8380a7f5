"""Shared helpers for the corpus-s generator: invented review ids, date arithmetic, doc and mail builders."""
from __future__ import annotations

from datetime import date, timedelta

import holidays

# invented review ids (24 lowercase hex); none of them belongs to anything real
R = {
    # existing cases
    "thorn": "4a9d338c11183b6a2ac7daac",      # CI-2026-0712 Thornbury Lock & Key
    "sonn": "ab9854cace125a0be4efb192",       # CI-2026-0718 Bäckerei Sonnleitner (München)
    "ferrand": "f9b203adcfb42f1d094e191b",    # CI-2026-0723 Maison Ferrand
    "tag": "90112f37d15046a857705ff5",        # CI-2026-0731 Vestegnens Tagdækning
    "birthe": "1036946c5b738ca0ec5bc5e1",     # CI-2026-0736 Datatilsynet / B. L. Sørensen
    "pendle": "fc9f02c83f35e8b5883cd59f",     # CI-2026-0740 Lloyd-Price appeal
    "harb": "c25da74c2e031cd35831ce69",       # CI-2026-0744 Harbourside Dental (Poole)
    "brand": "2080305d81cf253b02edd965",      # CI-2026-0749 Brandauer
    "camp": "3053b2664457ef27da64a94d",       # CI-2026-0752 Nordkyst Camping
    "vets1": "e661a864e1ea0cde39b1e2cc",      # CI-2026-0761 Sutton Vale vets
    "vets2": "d12d7fdad49228518f2b392f",
    "vets3": "9a4e530c184f5cb15f9ac34b",      #   (a third review in the same campaign, first cited in corpus-s)
    "ink": "52073ce346309aa477df3043",        # CI-2026-0766 Inkwell / Police Scotland
    "green_old": "8fa3738df1d33ad14fe5282e",  # CI-2026-0655 (closed)
    "linde_old": "97e7206e660f334896d4e9a6",  # CI-2026-0671 (closed)
    "rivoire_old": "d139b27ebe8ab54c664c33bc",  # CI-2026-0689 (closed)
    # new matters
    "fairmead": "4fbe74f6dd910a10e741d326",
    "whitby": "c5f8fe3f641ddedb0a40131a",
    "green_new": "602df18fe26cb1b94f7966b4",
    "castle": "bbec3d7bf58df945e74c24e2",
    "reno": "cf300d7bcb1cbd363d8e723c",
    "esafety": "714e3a1638799f0a01f17548",
    "blr": "1d15df6c1cbe46870ee7bb8d",
    "nsw": "2b326363f1cd4e0cc33769fb",
    "corrib": "cc672e24f7057a017cd94bf0",
    "maple": "31cbcb24664f2c1d4e453aa7",
    "sq": "ecd9f32f423df1ba36b15893",
    "sq2": "518c821c20e0954aec671df1",
    "dt2": "3304c25af475b4a594bed94e",
    "kurz": "0eee8dafa56134c628097976",
    "physio": "113b8477f98f033898592796",
    "brunn": "0027e5182d39f3088bd3f250",
    "hann": "c9d6330a2e1e5cbf102d59bd",
    "zh": "7773b8f85bac74fdc2f5cc01",
    "sonn_salz": "9352c285652ef5a01cd6ec52",
    "kellermann": "1dc04a4e1909affa129f541e",
    "rivoire_new": "4c61f43a1cc5bdecc598860f",
    "casteran": "e141eb00d53fb556db08055f",
    "spvm": "3b32595cf1d463e5a5747221",
    "perrin": "e9c8e8828b412d19a2cc9b28",
    "comptoir": "8b00acec038f92df7be8d0a9",
    "vidal": "5fe0b507f7e7cac2b1bda487",
    "cnil": "0c825689206e1be6b63ced79",
    "linde_new": "a6e41c3fa1abbb405037d3a2",
    "lyngby": "e515a202bba7c296e3e09fe9",
    "munk": "7d5fd92df53ea71d7bde2945",
    "munk2": "25816614f61c3714ed5ef23d",
}

D = date.fromisoformat


def rid(key: str) -> str:
    return R[key]


def rurl(cc: str, key: str) -> str:
    """A review URL on a country subdomain ("www" for the .com site)."""
    return f"https://{cc}.trustpilot.com/reviews/{R[key]}"


def plus_days(start: str, n: int) -> str:
    return (D(start) + timedelta(days=n)).isoformat()


def plus_months(start: str, n: int = 1) -> str:
    d = D(start)
    m = d.month - 1 + n
    return date(d.year + m // 12, m % 12 + 1, d.day).isoformat()


def plus_working_days(start: str, n: int, country: str, subdiv: str | None = None) -> str:
    d = D(start)
    hol = holidays.country_holidays(country, subdiv=subdiv, years=[d.year, d.year + 1])
    k = 0
    while k < n:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in hol:
            k += 1
    return d.isoformat()


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
