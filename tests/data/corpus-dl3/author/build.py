#!/usr/bin/env python3
"""Build corpus-dl3/docs/*.json, cases.json, author/part_names.json and author/audit.json, checking every gold value.

    /work/main/.venv/bin/python tests/data/corpus-dl3/author/build.py
    /work/main/.venv/bin/python tests/data/corpus-dl3/render.py

Deadline checks (on top of the usual verbatim checks):
- the gold date is recomputed from the document's `calc` (common.compute);
- an explicit date ("date" calc) must be written in the basis in a form of the document's language, with a
  matching year where the basis gives one and, where it gives none, the next such date after the letter;
- every weekday named in the basis must be the weekday of the deadline;
- a relative period counts from `received` exactly when its basis names receipt, else from the letter's date
  (an email's date; `received` only where the document bears no date);
- the letter's date must appear in the text (for letters) and may not be after `received`.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cases import CASES  # noqa: E402
from common import GOLD_KEYS, compute, plus_days  # noqa: E402
import docs_da  # noqa: E402
import docs_de  # noqa: E402
import docs_en  # noqa: E402
import docs_fr  # noqa: E402

ROOT = HERE.parent
KINDS = {"legal_demand", "ip_notice", "data_request", "illegal_content_notice", "court_order", "law_enforcement",
         "regulator", "consumer_appeal", "business_appeal", "internal_escalation"}
BASES = {"defamation", "malicious_falsehood", "harassment", "data_protection", "dsa", "copyright", "trademark",
         "consumer_law", "court_order", "criminal", "platform_guidelines"}
URL_RE = re.compile(r"^https://([a-z-]+\.)?trustpilot\.com/(reviews/[0-9a-f]{24}(\?\S*)?|review/[\w.-]+)$")

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "da": "januar februar marts april maj juni juli august september oktober november december",
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
}
RECEIPT = re.compile(r"receipt|receiving|delivery|Zugang|Eingang|réception|modtagelse", re.I)


def date_forms(d: date, lang: str) -> list[re.Pattern]:
    mon = MONTHS[lang].split()[d.month - 1]
    day = rf"0?{d.day}(?:st|nd|rd|th|er)?\.?"
    return [
        re.compile(rf"(?<!\d){day}\s+(?:of\s+)?{mon}\b", re.I),
        re.compile(rf"\b{mon}\s+{d.day}(?:st|nd|rd|th)?\b", re.I),
        re.compile(rf"(?<!\d)0?{d.day}[./]0?{d.month}[./]{d.year}(?!\d)"),
        re.compile(rf"{d.year}-{d.month:02d}-{d.day:02d}"),
    ]


def weekdays_named(s: str, lang: str) -> list[int]:
    names = WEEKDAYS[lang].split()
    return [i for i, n in enumerate(names) if re.search(rf"\b{n}\b", s, re.I)]


def check_deadline(d, err) -> None:
    g, calc, lang = d["gold"], d["calc"], d["language"]
    basis, letter, rcv = g["deadline_basis"], d["letter"], d["received"]
    if calc is None:
        if g["deadline"] is not None or basis is not None:
            err(d, "null calc with a deadline")
        return
    if basis is None:
        err(d, "deadline without basis")
        return
    dl = date.fromisoformat(g["deadline"])
    op = calc[0]
    own_date = letter or rcv
    if op == "date":
        if not any(p.search(basis) for p in date_forms(dl, lang)):
            err(d, f"basis does not write {dl} in a {lang} form: {basis!r}")
        years = re.findall(r"\b20\d\d\b", basis)
        if years and any(int(y) != dl.year for y in years):
            err(d, f"basis year differs from {dl}")
        if not years:  # a year-less date is the next such date after the letter
            ld = date.fromisoformat(own_date)
            if not (ld < dl < ld.replace(year=ld.year + 1)):
                err(d, f"year-less date {dl} is not the next one after {ld}")
    else:
        anchor = calc[1]
        if op in ("days", "hours", "wdays", "month"):
            want = rcv if (RECEIPT.search(basis) or letter is None) else letter
            if anchor != want:
                err(d, f"{op} anchored on {anchor}, basis {basis!r} wants {want}")
        elif op in ("weekday", "next_weekday", "month_end"):
            if anchor != own_date:
                err(d, f"{op} anchored on {anchor}, not the letter date {own_date}")
        named = weekdays_named(basis, lang)
        if op == "next_weekday" and named != [calc[2]] or op == "weekday" and named not in ([], [calc[2]]):
            err(d, f"basis weekday does not match calc {calc}")
    for wd in weekdays_named(basis, lang):
        if wd != dl.weekday():
            err(d, f"basis names weekday {WEEKDAYS[lang].split()[wd]} but {dl} is {dl.strftime('%A')}")
    # the letter's own date is printed in the letter
    if letter:
        if letter > rcv:
            err(d, "letter dated after received")
        if d["format"] != "eml" and not any(p.search(d["text"]) for p in date_forms(date.fromisoformat(letter), lang)):
            err(d, f"letter date {letter} not found in text")
    if d["format"] == "eml" and d["email"]["date"][:10] != letter:
        err(d, "email letter date differs from its Date header")


def main() -> None:
    docs = docs_en.DOCS + docs_de.DOCS + docs_fr.DOCS + docs_da.DOCS
    docs.sort(key=lambda d: d["id"])
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == [f"d{i:02d}" for i in range(1, 73)], "ids must be d01..d72"
    by_id = {d["id"]: d for d in docs}
    refs = {c["ref"]: c for c in CASES}
    errors: list[str] = []

    def err(d, msg):
        errors.append(f"{d['id']}: {msg}")

    attached = {a: d["id"] for d in docs if d["email"] for a in d["email"]["attachments"]}

    for d in docs:
        g, t = d["gold"], d["text"]
        assert list(g) == GOLD_KEYS
        e = d["email"] or {}
        hay = t + "\n" + e.get("subject", "")
        if (d["format"] == "eml") != bool(d["email"]):
            err(d, "email iff eml")
        if not ("2026-10-01" <= d["received"] <= "2026-12-04"):
            err(d, "received out of range")
        if d["id"] in attached:
            if by_id[attached[d["id"]]]["received"] != d["received"]:
                err(d, "attachment received differs from email")
            if d["format"] not in ("pdf", "docx"):
                err(d, "attachment must be pdf/docx")
        n = len(t.split())
        if not 90 <= n <= 480:
            err(d, f"word count {n}")
        if g["kind"] not in KINDS:
            err(d, "bad kind")
        if not set(g["legal_bases"]) <= BASES or len(set(g["legal_bases"])) != len(g["legal_bases"]):
            err(d, f"bad bases {g['legal_bases']}")
        if (g["deadline"] is None) != (g["deadline_basis"] is None):
            err(d, "deadline/basis null mismatch")
        if g["deadline_basis"] and g["deadline_basis"] not in t:
            err(d, f"basis not verbatim: {g['deadline_basis']!r}")
        check_deadline(d, err)
        for q in g["quoted_statements"]:
            if q not in t:
                err(d, f"quote not verbatim: {q!r}")
        for u in g["cited_urls"]:
            if u not in t:
                err(d, f"url not verbatim: {u}")
            if not URL_RE.match(u):
                err(d, f"url shape: {u}")
            m = re.search(r"/reviews/([0-9a-f]{24})", u)
            if m and m.group(1) not in g["cited_review_ids"]:
                err(d, f"url id missing from ids: {u}")
        for rid in g["cited_review_ids"]:
            if not re.fullmatch(r"[0-9a-f]{24}", rid) or rid not in t:
                err(d, f"review id bad or not in text {rid}")
        for u in re.findall(r"https://[a-z-]*\.?trustpilot\.com/\S+", t):
            u = u.rstrip(".,;)»\"")
            if ("/reviews/" in u or "/review/" in u) and u not in g["cited_urls"]:
                err(d, f"uncited platform url in text: {u}")
        for rid in re.findall(r"(?<![0-9a-f])[0-9a-f]{24}(?![0-9a-f])", t):
            if rid not in g["cited_review_ids"]:
                err(d, f"uncited 24-hex in text: {rid}")
        if g["their_reference"] and g["their_reference"] not in hay:
            err(d, f"their_reference not verbatim: {g['their_reference']}")
        if g["our_reference"]:
            if g["our_reference"] not in hay:
                err(d, "our_reference not in text/subject")
            if g["our_reference"] not in refs:
                err(d, "our_reference is not an existing case")
        elif re.search(r"CI\W?2026\W{0,3}\d{4}", hay):
            err(d, "text quotes a CI reference but our_reference is null")
        norm = lambda x: re.sub(r"[\s,]+", " ", x).casefold()  # noqa: E731
        for k in ("sender_name", "sender_organisation", "represented_party"):
            v = g[k]
            if v and norm(v) not in norm(t) and v != e.get("from_name"):
                err(d, f"{k} not in text: {v}")
        if g["sender_email"] and g["sender_email"] not in t and g["sender_email"] != e.get("from_addr"):
            err(d, f"sender_email not in text/From: {g['sender_email']}")
        if d["format"] == "eml" and not g["sender_email"]:
            err(d, "eml without sender_email")
        c = g["case"]
        if not (c in refs or c.startswith("new:")):
            err(d, f"bad case {c}")
        if c in refs and refs[c]["opened"] >= d["received"]:
            err(d, "case opened after document")
        if d["email"] and d["email"].get("in_reply_to"):
            known = {m for cc in CASES for m in cc.get("message_ids", [])}
            if d["email"]["in_reply_to"] not in known:
                err(d, "in_reply_to is not a known message id")

    if errors:
        print("\n".join(errors))
        raise SystemExit(f"{len(errors)} problems")

    # write
    (ROOT / "docs").mkdir(exist_ok=True)
    for old in (ROOT / "docs").glob("*.json"):
        old.unlink()
    part_names, audit = {}, {}
    for d in docs:
        out = {k: d[k] for k in ("id", "format", "language", "received", "email", "text", "gold")}
        if "part_name" in d:
            part_names[d["id"]] = d["part_name"]
        audit[d["id"]] = {"letter": d["letter"], "received": d["received"], "calc": d["calc"],
                          "deadline": d["gold"]["deadline"], "basis": d["gold"]["deadline_basis"],
                          "family": d["family"], "note": d.get("note")}
        (ROOT / "docs" / f"{d['id']}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n",
                                                        encoding="utf-8")
    missing = [a for a in attached if a not in part_names]
    assert not missing, f"attachments without part names: {missing}"
    (ROOT / "cases.json").write_text(json.dumps(CASES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "part_names.json").write_text(json.dumps(part_names, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "audit.json").write_text(json.dumps(audit, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    # summary
    print(len(docs), "documents")
    print("language", dict(Counter(d["language"] for d in docs)))
    print("format", dict(Counter(d["format"] for d in docs)))
    print("kind", dict(Counter(d["gold"]["kind"] for d in docs)))
    print("no deadline", sum(1 for d in docs if d["gold"]["deadline"] is None))
    fam = Counter(f for d in docs for f in d["family"])
    print("families", dict(sorted(fam.items())))
    for d in docs:
        g = d["gold"]
        extra = ""
        if d["calc"] and d["calc"][0] == "wdays":
            c = d["calc"]
            plain = plus_days(c[1], 0)
            k, x = 0, date.fromisoformat(plain)
            while k < c[2]:
                x += timedelta(days=1)
                if x.weekday() < 5:
                    k += 1
            extra = f" [weekends only would give {x}]" if x.isoformat() != g["deadline"] else " [no holiday in range]"
        print(f"{d['id']} {d['language']} {d['format']:5} letter {d['letter']} rcv {d['received']} "
              f"dl {g['deadline']} | {g['deadline_basis']} | {d['calc']}{extra} ({len(d['text'].split())}w)")


if __name__ == "__main__":
    main()
