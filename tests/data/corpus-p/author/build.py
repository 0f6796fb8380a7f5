#!/usr/bin/env python3
"""Check every gold value of corpus-p, then write docs/*.json, cases.json, author/part_names.json and
author/notes.json. Nothing is written if any check fails.

    /work/main/.venv/bin/python tests/data/corpus-p/author/build.py
    /work/main/.venv/bin/python tests/data/corpus-p/render.py
    /work/main/.venv/bin/python tests/data/corpus-p/author/check_render.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

AUTHOR = Path(__file__).resolve().parent
ROOT = AUTHOR.parent
sys.path.insert(0, str(AUTHOR))

import docs_da  # noqa: E402
import docs_de_a  # noqa: E402
import docs_de_b  # noqa: E402
import docs_en_a  # noqa: E402
import docs_en_b  # noqa: E402
import docs_en_c  # noqa: E402
import docs_fr_a  # noqa: E402
import docs_fr_b  # noqa: E402
from cases import CASES  # noqa: E402
from common import GOLD_KEYS  # noqa: E402

MODULES = (docs_en_a, docs_en_b, docs_en_c, docs_de_a, docs_de_b, docs_fr_a, docs_fr_b, docs_da)
KINDS = {"legal_demand", "ip_notice", "data_request", "illegal_content_notice", "court_order",
         "law_enforcement", "regulator", "consumer_appeal", "business_appeal", "internal_escalation"}
BASES = {"defamation", "malicious_falsehood", "harassment", "data_protection", "dsa", "copyright",
         "trademark", "consumer_law", "court_order", "criminal", "platform_guidelines"}
FORMATS = {"pdf", "docx", "eml", "txt", "scan"}
WINDOW = ("2026-10-05", "2026-12-04")
PLATFORM_URL = re.compile(r"https://(?:[a-z-]+\.)?trustpilot\.com/(?:reviews|review|users)/[^\s<>\"»“”]+")
GOOD_URL = re.compile(r"https://(?:[a-z-]+\.)?trustpilot\.com/(?:reviews/[0-9a-f]{24}(?:\?\S*)?|review/[A-Za-z0-9.-]+)")
HEX24 = re.compile(r"(?<![0-9a-fA-F])[0-9a-f]{24}(?![0-9a-fA-F])")
OUR_REF = re.compile(r"CI[\s\-–/]?(20\d\d)[\s\-–/]{0,3}(\d{4})")
TITLE = re.compile(r"^(Dr|Prof|Mr|Mrs|Ms|Miss|Me|Maître|RA|Mag|Ing|lic|Cst|Sgt|BezInsp|Korporal|Politiassistent|Advokat|DC|DS|Det|Detective)\b\.?\s")


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def loose(s: str) -> str:
    return re.sub(r"[\s,.]+", " ", s).casefold().strip()


class Problems(list):
    def add(self, d, msg):
        self.append(f"{d['id']}: {msg}")


def check_doc(d, p: Problems, refs: dict) -> None:
    g, text = d["gold"], d["text"]
    e = d["email"] or {}
    hay = text + "\n" + e.get("subject", "")
    if list(g) != GOLD_KEYS:
        p.add(d, "gold keys out of order or missing")
    if d["format"] not in FORMATS:
        p.add(d, f"format {d['format']}")
    if d["language"] not in {"en", "de", "fr", "da"}:
        p.add(d, "language")
    if not WINDOW[0] <= d["received"] <= WINDOW[1]:
        p.add(d, f"received {d['received']} outside {WINDOW}")
    if (d["format"] == "eml") != bool(d["email"]):
        p.add(d, "email block must exist exactly for eml documents")
    if e and e["date"][:10] > d["received"]:
        p.add(d, "email sent after it was received")
    words = len(text.split())
    if not 80 <= words <= 500:
        p.add(d, f"{words} words")
    if g["kind"] not in KINDS:
        p.add(d, f"kind {g['kind']}")
    if not set(g["legal_bases"]) <= BASES or len(set(g["legal_bases"])) != len(g["legal_bases"]):
        p.add(d, f"legal_bases {g['legal_bases']}")

    # deadline
    if (g["deadline"] is None) != (g["deadline_basis"] is None):
        p.add(d, "deadline and basis must both be set or both null")
    if g["deadline"]:
        try:
            date.fromisoformat(g["deadline"])
        except ValueError:
            p.add(d, f"deadline {g['deadline']} is not ISO")
        if g["deadline_basis"] not in text:
            p.add(d, f"deadline basis not verbatim: {g['deadline_basis']!r}")

    # quotations
    for q in g["quoted_statements"]:
        if q not in text:
            p.add(d, f"quoted statement not verbatim: {q!r}")
    if len(set(g["quoted_statements"])) != len(g["quoted_statements"]):
        p.add(d, "duplicate quoted statement")

    # urls and review ids
    for u in g["cited_urls"]:
        if u not in text:
            p.add(d, f"cited url not in text: {u}")
        if not GOOD_URL.fullmatch(u):
            p.add(d, f"cited url has the wrong shape: {u}")
        m = re.search(r"/reviews/([0-9a-f]{24})", u)
        if m and m.group(1) not in g["cited_review_ids"]:
            p.add(d, f"review id of {u} missing from cited_review_ids")
    for rid in g["cited_review_ids"]:
        if not re.fullmatch(r"[0-9a-f]{24}", rid):
            p.add(d, f"bad review id {rid}")
        elif rid not in text:
            p.add(d, f"review id not in text: {rid}")
    for lst in ("cited_urls", "cited_review_ids"):
        if len(set(g[lst])) != len(g[lst]):
            p.add(d, f"duplicates in {lst}")
    for u in PLATFORM_URL.findall(text):
        u = u.rstrip(".,;:)")
        if "/users/" in u:
            continue
        if u not in g["cited_urls"]:
            p.add(d, f"platform url in text but not cited: {u}")
    for rid in HEX24.findall(text):
        if rid not in g["cited_review_ids"] and f"/users/{rid}" not in text:
            p.add(d, f"24-hex id in text but not cited: {rid}")

    # references
    if g["their_reference"] and g["their_reference"] not in hay:
        p.add(d, f"their_reference not verbatim: {g['their_reference']!r}")
    found = {f"CI-{y}-{n}" for y, n in OUR_REF.findall(hay)}
    if g["our_reference"]:
        if g["our_reference"] not in found:
            p.add(d, f"our_reference {g['our_reference']} not in text or subject")
        if g["our_reference"] not in refs:
            p.add(d, "our_reference names no existing case")
        if g["case"] != g["our_reference"]:
            p.add(d, "our_reference quoted but the document is put in another case")
    elif found:
        p.add(d, f"text quotes {sorted(found)} but our_reference is null")

    # people and organisations
    for key in ("sender_name", "sender_organisation", "represented_party"):
        v = g[key]
        if v and loose(v) not in loose(hay) and v != e.get("from_name"):
            p.add(d, f"{key} not in text: {v!r}")
    if g["sender_name"] and TITLE.match(g["sender_name"]):
        p.add(d, f"title kept in sender_name: {g['sender_name']!r}")
    if g["represented_party"] and TITLE.match(g["represented_party"]):
        p.add(d, f"title kept in represented_party: {g['represented_party']!r}")
    if g["sender_email"] and g["sender_email"] not in text and g["sender_email"] != e.get("from_addr"):
        p.add(d, f"sender_email neither in text nor From: {g['sender_email']}")

    # case
    c = g["case"]
    if c in refs:
        if refs[c]["status"] != "open":
            p.add(d, f"follow-up to closed case {c}")
        if refs[c]["opened"] >= d["received"]:
            p.add(d, f"case {c} opened on or after the document arrived")
    elif not re.fullmatch(r"new:p-[a-z0-9-]+", c):
        p.add(d, f"case label {c!r}")


def signals(d, case: dict) -> list[str]:
    """What in a document points at an existing case (for the README table and a sanity check)."""
    g, e = d["gold"], d["email"] or {}
    hay = d["text"] + "\n" + e.get("subject", "")
    out = []
    if g["our_reference"] == case["ref"]:
        out.append("our reference" + (" (subject only)" if case["ref"] not in d["text"] else ""))
    if e.get("in_reply_to") in case.get("message_ids", []):
        out.append("In-Reply-To our Message-ID")
    if any(r in hay for r in case.get("their_references", [])):
        out.append("their reference")
    if set(g["cited_review_ids"]) & set(case["cited_review_ids"]):
        out.append("review id")
    if set(g["cited_urls"]) & set(case.get("cited_urls", [])):
        out.append("url")
    if e.get("from_addr") in case.get("emails", []) or (g["sender_email"] in case.get("emails", [])):
        out.append("sender address")
    if any(loose(x) in loose(hay) for x in case["parties"]):
        out.append("party named")
    return out


def main() -> None:
    docs = sorted((d for m in MODULES for d in m.DOCS), key=lambda d: d["id"])
    ids = [d["id"] for d in docs]
    if ids != [f"p{i:02d}" for i in range(1, 51)]:
        raise SystemExit(f"ids must be p01..p50 exactly once: {ids}")
    for m in MODULES:
        if len(m.DOCS) > 8:
            raise SystemExit(f"{m.__name__} holds more than 8 documents")
    by_id = {d["id"]: d for d in docs}
    refs = {c["ref"]: c for c in CASES}
    if len(CASES) != 12 or sum(c["status"] == "open" for c in CASES) != 10:
        raise SystemExit("cases.py must hold 12 cases, 10 of them open")
    for c in CASES:
        assert re.fullmatch(r"CI-2026-15\d\d", c["ref"]) and c["opened"] < WINDOW[0], c["ref"]
        assert all(re.fullmatch(r"[0-9a-f]{24}", r) for r in c["cited_review_ids"]), c["ref"]

    p = Problems()
    for d in docs:
        check_doc(d, p, refs)

    parent = {}
    for d in docs:
        for a in (d["email"] or {}).get("attachments", []):
            if a not in by_id:
                p.add(d, f"attachment {a} does not exist")
                continue
            if a in parent:
                p.add(by_id[a], "attached to two emails")
            parent[a] = d["id"]
            att = by_id[a]
            if att["format"] not in ("pdf", "docx"):
                p.add(att, "an attachment must be pdf or docx")
            if att["received"] != d["received"]:
                p.add(att, f"received differs from its email {d['id']}")
            if att["gold"]["case"] != d["gold"]["case"]:
                p.add(att, f"in case {att['gold']['case']} but its email {d['id']} is in {d['gold']['case']}")
            if "part_name" not in att:
                p.add(att, "attachment without a part_name")
    for d in docs:
        if "part_name" in d and d["id"] not in parent:
            p.add(d, "part_name on a document no email carries")
        if d["gold"]["case"] in refs and not signals(d, refs[d["gold"]["case"]]):
            p.add(d, f"follow-up to {d['gold']['case']} with no linking signal at all")
    review_owner = {}
    for d in docs:
        for r in d["gold"]["cited_review_ids"]:
            review_owner.setdefault(r, set()).add(d["gold"]["case"])
    for c in CASES:
        for r in c["cited_review_ids"]:
            review_owner.setdefault(r, set()).add(c["ref"])
    for r, owners in review_owner.items():
        if len(owners) > 1:
            p.append(f"review {r} is cited in more than one matter: {sorted(owners)}")

    if p:
        print("\n".join(p))
        raise SystemExit(f"{len(p)} problem(s); nothing written")

    out_dir = ROOT / "docs"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.json"):
        old.unlink()
    part_names, notes = {}, {}
    for d in docs:
        keep = {k: d[k] for k in ("id", "format", "language", "received", "email", "text", "gold")}
        (out_dir / f"{d['id']}.json").write_text(json.dumps(keep, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if "part_name" in d:
            part_names[d["id"]] = d["part_name"]
        if "note" in d:
            notes[d["id"]] = d["note"]
    (ROOT / "cases.json").write_text(json.dumps(CASES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (AUTHOR / "part_names.json").write_text(json.dumps(part_names, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (AUTHOR / "notes.json").write_text(json.dumps(notes, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    # summary
    print(f"{len(docs)} documents written")
    print("languages ", dict(Counter(d["language"] for d in docs)))
    print("formats   ", dict(Counter(d["format"] for d in docs)),
          "| eml with attachments:", sum(1 for d in docs if d["email"] and d["email"]["attachments"]),
          "| html-only:", sum(1 for d in docs if d["email"] and d["email"].get("html_only")))
    print("kinds     ", dict(Counter(d["gold"]["kind"] for d in docs)))
    print("deadlines ", sum(1 for d in docs if d["gold"]["deadline"]), "set,",
          sum(1 for d in docs if not d["gold"]["deadline"]), "null")
    follow = [d for d in docs if d["gold"]["case"] in refs]
    print("follow-ups", len(follow), "to", len({d["gold"]["case"] for d in follow}), "existing cases")
    news = Counter(d["gold"]["case"] for d in docs if d["gold"]["case"].startswith("new:"))
    print("new matters", len(news), "| with several documents:", {k: v for k, v in news.items() if v > 1})
    print("notes on", len(notes), "documents")
    print()
    for d in follow:
        print(f"  {d['id']} -> {d['gold']['case']}: {', '.join(signals(d, refs[d['gold']['case']]))}")
    print()
    for d in docs:
        if d["gold"]["case"].startswith("new:"):
            hits = {c["ref"]: s for c in CASES if (s := signals(d, c))}
            if hits:
                print(f"  look-alike {d['id']} ({d['gold']['case']}): {hits}")
    print()
    for d in docs:
        g = d["gold"]
        print(f"{d['id']} {d['language']} {d['format']:4} {d['received']} {g['kind']:22} {str(g['deadline']):10} "
              f"| {g['deadline_basis']} | {g['case']}")


if __name__ == "__main__":
    main()
