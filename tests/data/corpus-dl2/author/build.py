#!/usr/bin/env python3
"""Write corpus-dl2/docs/*.json and cases.json from the author modules, after checking them.

    /work/main/.venv/bin/python tests/data/corpus-dl2/author/build.py
    /work/main/.venv/bin/python tests/data/corpus-dl2/render.py

Checks, for every document: the deadline computed from its spec (anchor + period, with the
sender's country's public holidays from the `holidays` package) equals the date the author
worked out by hand; the deadline basis and every quoted statement appear verbatim in the text;
every weekday written next to a date matches the calendar; 80-300 words; received in range;
an email's date is the letter's date. Also writes author/deadlines.tsv (one row per document).
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from common import PLACEHOLDER, URL, compute, rid  # noqa: E402
import docs_da  # noqa: E402
import docs_de  # noqa: E402
import docs_en  # noqa: E402
import docs_fr  # noqa: E402

GOLD_KEYS = ["kind", "sender_name", "sender_organisation", "sender_email", "represented_party",
             "their_reference", "our_reference", "cited_urls", "cited_review_ids", "quoted_statements",
             "deadline", "deadline_basis", "legal_bases", "case"]
KINDS = {"legal_demand", "ip_notice", "data_request", "illegal_content_notice", "court_order",
         "law_enforcement", "regulator", "consumer_appeal", "business_appeal", "internal_escalation"}
BASES = {"defamation", "malicious_falsehood", "harassment", "data_protection", "dsa", "copyright",
         "trademark", "consumer_law", "court_order", "criminal", "platform_guidelines"}

WEEKDAYS = {
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    "en3": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
    "de": ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "fr3": ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
    "da3": ["man", "tir", "ons", "tor", "fre", "lør", "søn"],
}
MONTHS = {"october": 10, "november": 11, "december": 12, "january": 1, "oct": 10, "nov": 11, "dec": 12,
          "oktober": 10, "dezember": 12, "januar": 1, "jänner": 1, "octobre": 10, "novembre": 11,
          "décembre": 12, "janvier": 1, "oktober_da": 10, "januar_da": 1}


def _year(m: int) -> int:
    return 2027 if m == 1 else 2026


def weekday_errors(text: str) -> list[str]:
    """Every '<weekday> <day> <month>' (or US '<weekday>, <month> <day>') must match the calendar."""
    errs = []
    names = {}
    for key, lst in WEEKDAYS.items():
        for i, n in enumerate(lst):
            names[n] = i
    wd = "|".join(sorted(names, key=len, reverse=True))
    mo = "|".join(sorted(MONTHS, key=len, reverse=True))
    pats = [
        rf"\b({wd})\.?,?\s+(?:den\s+|the\s+)?(\d{{1,2}})(?:st|nd|rd|th|er)?\.?\s+({mo})\b\.?",
        rf"\b({wd}),?\s+({mo})\s+(\d{{1,2}})\b",
        rf"\b({wd}),?\s+(?:den\s+)?(\d{{1,2}})\.(\d{{1,2}})\.(?:\d{{4}})?",
    ]
    low = text.lower()
    for k, p in enumerate(pats):
        for m in re.finditer(p, low):
            w = names[m.group(1)]
            if k == 0:
                d, mon = int(m.group(2)), MONTHS[m.group(3)]
            elif k == 1:
                mon, d = MONTHS[m.group(2)], int(m.group(3))
            else:
                d, mon = int(m.group(2)), int(m.group(3))
            actual = date(_year(mon), mon, d).weekday()
            if actual != w:
                errs.append(f"{m.group(0)!r} is a {WEEKDAYS['en'][actual]}")
    return errs


def main() -> None:
    docs = docs_en.DOCS + docs_de.DOCS + docs_fr.DOCS + docs_da.DOCS
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    by_id = {d["id"]: d for d in docs}
    problems: list[str] = []
    rows = []
    out_dir = ROOT / "docs"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.json"):
        old.unlink()
    placeholder_owner: dict[str, set[str]] = {}

    for d in sorted(docs, key=lambda x: x["id"]):
        i = d["id"]
        text = PLACEHOLDER.sub(lambda m: rid(m.group(1)), d["text"])
        for m in PLACEHOLDER.finditer(d["text"]):
            placeholder_owner.setdefault(m.group(1), set()).add(i)
        # deadline
        got = compute(d["dl"], d["letter"], d["received"], d["country"])
        got_s = got.isoformat() if got else None
        if got_s != d["expect"]:
            problems.append(f"{i}: computed {got_s} != expected {d['expect']}")
        if (d["basis"] is None) != (got is None):
            problems.append(f"{i}: basis and deadline must be both null or both set")
        if d["basis"] and d["basis"] not in text:
            problems.append(f"{i}: basis not verbatim: {d['basis']!r}")
        if d["basis"] and text.count(d["basis"]) > 1 and d["id"] not in {"e06", "e19", "e40", "e57", "e67"}:
            problems.append(f"{i}: basis occurs {text.count(d['basis'])} times")
        # text checks
        n = len(text.split())
        if not 80 <= n <= 300:
            problems.append(f"{i}: {n} words")
        for e in weekday_errors(text):
            problems.append(f"{i}: weekday mismatch {e}")
        for q in d["gold"]["quoted_statements"]:
            if q not in text:
                problems.append(f"{i}: quote not verbatim: {q!r}")
        if not ("2026-11-02" <= d["received"] <= "2026-12-04"):
            problems.append(f"{i}: received {d['received']} out of range")
        if d["letter"] and d["letter"] > d["received"]:
            problems.append(f"{i}: letter after received")
        if d["fmt"] == "eml":
            if d["email"]["date"][:10] != d["letter"]:
                problems.append(f"{i}: email date {d['email']['date']} != letter {d['letter']}")
            for a in d["email"]["attachments"]:
                if by_id[a]["fmt"] not in ("pdf", "docx"):
                    problems.append(f"{i}: attachment {a} not pdf/docx")
        elif d.get("email"):
            problems.append(f"{i}: email on a non-eml")
        g = dict(d["gold"])
        if g["kind"] not in KINDS:
            problems.append(f"{i}: kind {g['kind']}")
        if set(g["legal_bases"]) - BASES:
            problems.append(f"{i}: bases {g['legal_bases']}")
        urls = []
        for m in URL.finditer(text):
            u = m.group(0).rstrip(".")
            if u not in urls:
                urls.append(u)
        if g["cited_urls"] is None:
            g["cited_urls"] = urls
        ids_ = []
        for m in re.finditer(r"\b[0-9a-f]{24}\b", text):
            if m.group(0) not in ids_:
                ids_.append(m.group(0))
        g["cited_review_ids"] = ids_
        g["deadline"] = got_s
        g["deadline_basis"] = d["basis"]
        if not g["case"].startswith("new:"):
            problems.append(f"{i}: case must be new:… (cases.json is empty)")
        for k in ("sender_email",):
            if g[k] and g[k] not in text and not (d.get("email") and g[k] == d["email"]["from_addr"]):
                problems.append(f"{i}: {k} {g[k]} not in the document")
        if g["their_reference"] and g["their_reference"] not in text + (d.get("email") or {}).get("subject", ""):
            problems.append(f"{i}: their_reference not in text")
        if g["our_reference"] and g["our_reference"] not in text + (d.get("email") or {}).get("subject", ""):
            problems.append(f"{i}: our_reference not in text")
        email = None
        if d.get("email"):
            email = dict(d["email"])
        out = {"id": i, "format": d["fmt"], "language": d["lang"], "received": d["received"],
               "email": email, "text": text, "gold": {k: g[k] for k in GOLD_KEYS}}
        (out_dir / f"{i}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n",
                                           encoding="utf-8")
        wd = got.strftime("%a") if got else ""
        rows.append([i, d["lang"], d["fmt"], d["country"][0] + (("-" + d["country"][1]) if d["country"][1] else ""),
                     d["letter"] or "-", d["received"], str(d["dl"]), got_s or "null", wd,
                     d["basis"] or "", d["family"], str(n)])

    for name, owners in placeholder_owner.items():
        if len(owners) > 1 and name != "e13":
            problems.append(f"review placeholder {name} shared by {sorted(owners)}")

    (ROOT / "cases.json").write_text("[]\n", encoding="utf-8")
    head = ["id", "lang", "fmt", "country", "letter", "received", "spec", "deadline", "wd", "basis",
            "family", "words"]
    (HERE / "deadlines.tsv").write_text("\t".join(head) + "\n" + "".join("\t".join(r) + "\n" for r in rows),
                                        encoding="utf-8")
    langs = Counter(d["lang"] for d in docs)
    fmts = Counter(d["fmt"] for d in docs)
    nulls = sum(d["dl"] is None for d in docs)
    print(f"{len(docs)} documents; languages {dict(langs)}; formats {dict(fmts)}; "
          f"no deadline {nulls} ({nulls / len(docs):.0%})")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
