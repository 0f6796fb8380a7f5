#!/usr/bin/env python3
"""Build corpus-dl5/docs/*.json, cases.json, author/part_names.json and author/audit.json, checking every
gold value first. Writes nothing while any check fails.

    /work/main/.venv/bin/python tests/data/corpus-dl5/author/build.py
    /work/main/.venv/bin/python tests/data/corpus-dl5/render.py
    /work/main/.venv/bin/python tests/data/corpus-dl5/author/check_render.py

Checks (see README.md): verbatim basis / quotes / URLs / review ids / references / names / organisations;
gold deadline == compute(calc); an explicit date is written in the basis in a form of the document's
language (numeric month-first only for US senders, day-first for everyone else); a year in the basis is
the deadline's year and a year-less date is the next such date after the letter; a weekday named in the
basis is the deadline's weekday; a relative period is anchored on `received` exactly when its basis
names receipt, delivery or service; informal ops are anchored on the document's own date.
"""
from __future__ import annotations

import importlib
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cases import CASES  # noqa: E402
from common import GOLD_KEYS, compute, plus_working_days  # noqa: E402

ROOT = HERE.parent
MODULES = sorted(p.stem for p in HERE.glob("docs_*.py"))
N_DOCS = 64
KINDS = {"legal_demand", "ip_notice", "data_request", "illegal_content_notice", "court_order", "law_enforcement",
         "regulator", "consumer_appeal", "business_appeal", "internal_escalation"}
BASES = {"defamation", "malicious_falsehood", "harassment", "data_protection", "dsa", "copyright", "trademark",
         "consumer_law", "court_order", "criminal", "platform_guidelines"}
LANG_COUNTRIES = {"en": {"GB", "IE", "US", "CA", "AU", "NZ"}, "de": {"DE", "AT", "CH"},
                  "fr": {"FR", "BE", "CH", "CA"}, "da": {"DK"}}
# countries whose holidays differ by region: working days need the sender's subdivision
NEED_SUBDIV = {"GB", "AU", "NZ", "CA", "US", "DE", "CH", "AT"}
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
# words that move a relative period's anchor from the letter's date to the day it reached us
RECEIPT = re.compile(r"receipt|receiving|received|delivery|served|service|Zugang|Eingang|Zustellung|Erhalt|"
                     r"réception|reçu|signification|modtagelse|modtaget|forkyndelse", re.I)
YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")


def date_forms(d: date, lang: str, country: str) -> list[tuple[re.Pattern, bool]]:
    """(pattern, carries_year) for every way the corpus writes `d` in `lang`."""
    mon = MONTHS[lang].split()[d.month - 1]
    day = rf"0?{d.day}(?:st|nd|rd|th|er|\.)?"
    forms = [
        (re.compile(rf"(?<!\d){day}\s+(?:of\s+)?{mon}\b", re.I), False),
        (re.compile(rf"(?<!\d)(?:{mon})\s+{d.day}(?:st|nd|rd|th)?\b", re.I), False),
        (re.compile(rf"(?<!\d){d.year}-{d.month:02d}-{d.day:02d}(?!\d)"), True),
    ]
    if country == "US":
        forms.append((re.compile(rf"(?<![\d/.]){d.month:02d}/{d.day:02d}/{d.year}(?!\d)"), True))
    else:
        forms.append((re.compile(rf"(?<![\d/.])0?{d.day}[./]0?{d.month}[./]{d.year}(?!\d)"), True))
        if lang in ("de", "da"):  # "3.12." with no year
            forms.append((re.compile(rf"(?<![\d.])0?{d.day}\.0?{d.month}\.(?!\d)"), False))
    return forms


def weekdays_named(s: str, lang: str) -> list[int]:
    return [i for i, n in enumerate(WEEKDAYS[lang].split()) if re.search(rf"\b{n}\b", s, re.I)]


def check_deadline(d, err) -> None:
    g, calc, lang, country = d["gold"], d["calc"], d["language"], d["country"]
    basis, letter, rcv = g["deadline_basis"], d["letter"], d["received"]
    own = letter or rcv
    if calc is None:
        if g["deadline"] is not None or basis is not None:
            err(d, "null calc with a deadline")
        return
    if basis is None:
        err(d, "deadline without basis")
        return
    if g["deadline"] != compute(calc):
        err(d, "gold deadline is not compute(calc)")
    dl = date.fromisoformat(g["deadline"])
    op = calc[0]
    if op == "date":
        hits = [(p, y) for p, y in date_forms(dl, lang, country) if p.search(basis)]
        if not hits:
            err(d, f"basis does not write {dl} in a {lang}/{country} form: {basis!r}")
        if country != "US" and re.search(r"(?<!\d)\d{1,2}/\d{1,2}/20\d\d", basis):
            m = re.search(r"(?<!\d)(\d{1,2})/(\d{1,2})/(20\d\d)", basis)
            if (int(m.group(1)), int(m.group(2))) != (dl.day, dl.month):
                err(d, "day-first numeric date disagrees")
        years = YEAR.findall(basis)
        if years and any(int(y) != dl.year for y in years):
            err(d, f"basis year differs from {dl}")
        if not years:
            ld = date.fromisoformat(own)
            if not (ld < dl < ld.replace(year=ld.year + 1)):
                err(d, f"year-less date {dl} is not the next one after {ld}")
    else:
        anchor = calc[1]
        if op in ("days", "hours", "wdays", "month", "franc"):
            want = rcv if (RECEIPT.search(basis) or letter is None) else letter
            if anchor != want:
                err(d, f"{op} anchored on {anchor}, basis {basis!r} wants {want}")
            if op in ("wdays", "franc") and calc[3] != country:
                err(d, f"working days use {calc[3]}'s holidays, sender is {country}")
            if op in ("wdays", "franc") and country in NEED_SUBDIV and calc[4] is None:
                err(d, f"{country} working days need the sender's subdivision")
            if op in ("wdays", "franc") and calc[4] != d.get("subdiv"):
                err(d, f"working days use subdivision {calc[4]}, the sender's is {d.get('subdiv')}")
            if op == "franc" and not re.search(r"\bfrancs?\b", basis):
                err(d, "a délai franc basis must say 'francs'")
        elif op in ("weekday", "next_weekday", "dom", "eom"):
            if anchor != own:
                err(d, f"{op} anchored on {anchor}, not the document's own date {own}")
            if any(re.search(rf"\b{m}\b", basis, re.I) for m in MONTHS[lang].split()) or YEAR.search(basis):
                err(d, f"{op} basis names a month or year; use a date calc")
        named = weekdays_named(basis, lang)
        if op == "next_weekday" and named != [calc[2]]:
            err(d, f"next_weekday basis must name weekday {calc[2]}")
        if op == "weekday" and named not in ([], [calc[2]]):
            err(d, f"weekday basis names another day")
        if op == "dom" and not re.search(rf"(?<!\d){calc[2]}(?:st|nd|rd|th|er|\.)", basis):
            err(d, f"dom basis does not write day {calc[2]}")
    for wd in weekdays_named(basis, lang):
        if wd != dl.weekday():
            err(d, f"basis names {WEEKDAYS[lang].split()[wd]} but {dl} is a {dl.strftime('%A')}")


def check_doc(d, by_id, refs, attached, err) -> None:
    g, t = d["gold"], d["text"]
    if list(g) != GOLD_KEYS:
        err(d, "gold keys")
    e = d["email"] or {}
    hay = t + "\n" + e.get("subject", "")
    if (d["format"] == "eml") != bool(d["email"]):
        err(d, "email iff eml")
    if d["country"] not in LANG_COUNTRIES[d["language"]]:
        err(d, "country does not fit language")
    if not ("2026-10-01" <= d["received"] <= "2026-12-04"):
        err(d, "received out of range")
    letter = d["letter"]
    if letter:
        if letter > d["received"]:
            err(d, "letter dated after received")
        if d["format"] != "eml" and not any(p.search(t) for p, _ in
                                            date_forms(date.fromisoformat(letter), d["language"], d["country"])):
            err(d, f"letter date {letter} not written in the text")
    if d["format"] == "eml":
        if e["date"][:10] != letter:
            err(d, "an email's letter date must be its Date header's day")
        if not g["sender_email"]:
            err(d, "eml without sender_email")
    if d["id"] in attached:
        host = by_id[attached[d["id"]]]
        if host["received"] != d["received"]:
            err(d, "attachment received differs from its email")
        if d["format"] not in ("pdf", "docx"):
            err(d, "attachment must be pdf/docx")
        if "part_name" not in d:
            err(d, "attachment without part_name")
    n = len(t.split())
    if not 90 <= n <= 480:
        err(d, f"word count {n}")
    if g["kind"] not in KINDS:
        err(d, f"bad kind {g['kind']}")
    if not set(g["legal_bases"]) <= BASES or len(set(g["legal_bases"])) != len(g["legal_bases"]):
        err(d, f"bad legal bases {g['legal_bases']}")
    if g["deadline_basis"] and g["deadline_basis"] not in t:
        err(d, f"basis not verbatim: {g['deadline_basis']!r}")
    if g["deadline_basis"] and t.count(g["deadline_basis"]) > 1:
        err(d, "basis occurs more than once")
    check_deadline(d, err)
    if g["deadline"] is None and not d.get("note"):
        err(d, "null deadline without a note")
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
            err(d, f"url's review id not cited: {u}")
    for rid in g["cited_review_ids"]:
        if not re.fullmatch(r"[0-9a-f]{24}", rid) or rid not in t:
            err(d, f"review id bad or not in text: {rid}")
    for u in re.findall(r"https://[a-z-]*\.?trustpilot\.com/\S+", t):
        u = u.rstrip(".,;:)»\"")
        if ("/reviews/" in u or "/review/" in u) and u not in g["cited_urls"]:
            err(d, f"platform url in text not cited: {u}")
    for rid in re.findall(r"(?<![0-9a-f])[0-9a-f]{24}(?![0-9a-f])", t):
        if rid not in g["cited_review_ids"]:
            err(d, f"24-hex in text not cited: {rid}")
    if g["their_reference"] and g["their_reference"] not in hay:
        err(d, f"their_reference not verbatim: {g['their_reference']}")
    if g["our_reference"]:
        if g["our_reference"] not in hay:
            err(d, "our_reference not in text/subject")
        if g["our_reference"] not in refs:
            err(d, "our_reference is not an existing case")
    elif re.search(r"CI\W?2026\W{0,3}\d{4}", hay):
        err(d, "a CI reference is quoted but our_reference is null")
    norm = lambda x: re.sub(r"[\s,]+", " ", x).casefold()  # noqa: E731
    for k in ("sender_name", "sender_organisation", "represented_party"):
        v = g[k]
        if v and norm(v) not in norm(t) and v != e.get("from_name"):
            err(d, f"{k} not in text: {v}")
    if g["sender_email"] and g["sender_email"] not in t and g["sender_email"] != e.get("from_addr"):
        err(d, f"sender_email not in text/From: {g['sender_email']}")
    c = g["case"]
    if not (c in refs or re.fullmatch(r"new:[a-z0-9-]+", c)):
        err(d, f"bad case {c}")
    if c in refs:
        if refs[c]["opened"] >= d["received"]:
            err(d, "case opened on/after the document")
        if not set(g["cited_review_ids"]) <= set(refs[c]["cited_review_ids"]):
            err(d, "document cites a review its case does not know")
    if g["our_reference"] and g["our_reference"] != c:
        err(d, "our_reference names another case")
    if e.get("in_reply_to"):
        known = {m for cc in CASES for m in cc.get("message_ids", [])}
        if e["in_reply_to"] not in known:
            err(d, "in_reply_to is not a known message id")
        if e["in_reply_to"] not in refs.get(c, {}).get("message_ids", []):
            err(d, "in_reply_to belongs to another case")


def main() -> None:
    partial = "--partial" in sys.argv
    docs, errors_early = [], []
    for m in MODULES:
        try:
            mod_docs = importlib.import_module(m).DOCS
            if len(mod_docs) > 8:
                errors_early.append(f"{m}: more than 8 documents")
            docs += mod_docs
        except ModuleNotFoundError:
            if not partial:
                raise
    docs.sort(key=lambda d: d["id"])
    ids = [d["id"] for d in docs]
    errors: list[str] = list(errors_early)
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if not partial and ids != [f"f{i:02d}" for i in range(1, N_DOCS + 1)]:
        errors.append(f"ids must be f01..f{N_DOCS}")
    by_id = {d["id"]: d for d in docs}
    refs = {c["ref"]: c for c in CASES}
    if len(refs) != len(CASES):
        errors.append("duplicate case refs")
    attached = {a: d["id"] for d in docs if d["email"] for a in d["email"]["attachments"]}
    for a in attached:
        if a not in by_id:
            errors.append(f"attachment {a} is not a document")

    def err(d, msg):
        errors.append(f"{d['id']}: {msg}")

    for d in docs:
        check_doc(d, by_id, refs, attached, err)
    seen_rid: dict[str, str] = {}
    for d in docs:
        for rid in d["gold"]["cited_review_ids"]:
            c = d["gold"]["case"]
            if seen_rid.setdefault(rid, c) != c:
                errors.append(f"{d['id']}: review id {rid} also cited in another matter")
    msgids = [d["email"]["message_id"] for d in docs if d["email"]]
    if len(msgids) != len(set(msgids)):
        errors.append("duplicate message ids")
    used = Counter(c for d in docs for c in [d["gold"]["case"]])
    for ref in refs:
        if ref not in used and not partial:
            errors.append(f"case {ref} has no document")

    if errors:
        print("\n".join(errors))
        raise SystemExit(f"{len(errors)} problems; nothing written")
    if partial:
        print(f"partial: {len(docs)} documents pass; nothing written")
        return

    (ROOT / "docs").mkdir(exist_ok=True)
    for old in (ROOT / "docs").glob("*.json"):
        old.unlink()
    part_names, audit = {}, {}
    for d in docs:
        out = {k: d[k] for k in ("id", "format", "language", "received", "email", "text", "gold")}
        if "part_name" in d:
            part_names[d["id"]] = d["part_name"]
        audit[d["id"]] = {"language": d["language"], "country": d["country"], "subdiv": d.get("subdiv"),
                          "format": d["format"],
                          "letter": d["letter"], "received": d["received"], "calc": d["calc"],
                          "deadline": d["gold"]["deadline"], "basis": d["gold"]["deadline_basis"],
                          "family": d["family"], "note": d.get("note")}
        (ROOT / "docs" / f"{d['id']}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n",
                                                        encoding="utf-8")
    (ROOT / "cases.json").write_text(json.dumps(CASES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "part_names.json").write_text(json.dumps(part_names, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")
    (HERE / "audit.json").write_text(json.dumps(audit, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    print(len(docs), "documents")
    print("language", dict(Counter(d["language"] for d in docs)))
    print("country", dict(Counter(d["country"] for d in docs)))
    print("format", dict(Counter(d["format"] for d in docs)))
    print("kind", dict(Counter(d["gold"]["kind"] for d in docs)))
    print("deadlines", sum(1 for d in docs if d["gold"]["deadline"]), "null", sum(1 for d in docs if not d["gold"]["deadline"]))
    print("families", dict(sorted(Counter(f for d in docs for f in d["family"]).items())))
    for d in docs:
        g, c, extra = d["gold"], d["calc"], ""
        if c and c[0] == "wdays":
            plain = plus_working_days(c[1], c[2], c[3], c[4], with_holidays=False)
            extra = f" [weekends only: {plain}]" if plain != g["deadline"] else " [no holiday in range]"
        print(f"{d['id']} {d['language']}/{d['country']} {d['format']:5} letter {d['letter']} rcv {d['received']} "
              f"dl {g['deadline']} | {g['deadline_basis']} | {c}{extra} ({len(d['text'].split())}w)")


if __name__ == "__main__":
    main()
