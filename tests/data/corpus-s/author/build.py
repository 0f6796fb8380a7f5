#!/usr/bin/env python3
"""Build corpus-s/docs/*.json, cases.json, author/part_names.json and author/notes.json, and check every gold value.

    /work/main/.venv/bin/python tests/data/corpus-s/author/build.py
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
from common import GOLD_KEYS, R  # noqa: E402

ROOT = HERE.parent
DOC_MODULES = sorted(p.stem for p in HERE.glob("docs_*.py"))
KINDS = {"legal_demand", "ip_notice", "data_request", "illegal_content_notice", "court_order", "law_enforcement",
         "regulator", "consumer_appeal", "business_appeal", "internal_escalation"}
BASES = {"defamation", "malicious_falsehood", "harassment", "data_protection", "dsa", "copyright", "trademark",
         "consumer_law", "court_order", "criminal", "platform_guidelines"}
URL_RE = re.compile(r"^https://([a-z-]+\.)?trustpilot\.com/(reviews/[0-9a-f]{24}(\?\S*)?|review/[\w.-]+)$")
FIRST, LAST = "2026-10-15", "2026-12-04"
CI_RE = re.compile(r"CI\W?2026\W{0,3}\d{4}", re.I)


def norm(x: str) -> str:
    return re.sub(r"[\s,]+", " ", x).casefold()


def main() -> None:
    docs = []
    for m in DOC_MODULES:
        docs += importlib.import_module(m).DOCS
    docs.sort(key=lambda d: d["id"])
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == [f"s{i:02d}" for i in range(1, len(ids) + 1)], "ids must run s01..sNN"
    assert len(set(R.values())) == len(R), "duplicate review ids in R"
    by_id = {d["id"]: d for d in docs}
    refs = {c["ref"]: c for c in CASES}
    errors: list[str] = []

    def err(d, msg):
        errors.append(f"{d['id']}: {msg}")

    attached = {}
    for d in docs:
        if d["email"]:
            for a in d["email"]["attachments"]:
                assert a in by_id, f"{d['id']} attaches unknown {a}"
                attached[a] = d["id"]

    for d in docs:
        g, t = d["gold"], d["text"]
        assert list(g) == GOLD_KEYS
        e = d["email"] or {}
        hay = t + "\n" + e.get("subject", "")
        if d["format"] not in ("pdf", "docx", "eml", "txt", "scan"):
            err(d, "bad format")
        if d["language"] not in ("en", "de", "fr", "da"):
            err(d, "bad language")
        if d["format"] == "eml":
            if not e:
                err(d, "eml without email")
            elif not e["date"].startswith(d["received"]):
                err(d, "email date differs from received")
        elif d["email"] is not None:
            err(d, "email on non-eml")
        if not (FIRST <= d["received"] <= LAST):
            err(d, "received out of range")
        if d["id"] in attached and by_id[attached[d["id"]]]["received"] != d["received"]:
            err(d, "attachment received differs from email")
        if d["id"] in attached and d["format"] not in ("pdf", "docx"):
            err(d, "attachment must be pdf/docx")
        n = len(t.split())
        low = 50 if e.get("attachments") else 120  # a covering email may be short
        if not low <= n <= 480:
            err(d, f"word count {n}")
        if "\t" in t or "  \n" in t:
            err(d, "tab or trailing spaces")
        if g["kind"] not in KINDS:
            err(d, "bad kind")
        if not set(g["legal_bases"]) <= BASES:
            err(d, f"bad bases {g['legal_bases']}")
        if len(set(g["legal_bases"])) != len(g["legal_bases"]):
            err(d, "duplicate bases")
        # deadline
        if (g["deadline"] is None) != (g["deadline_basis"] is None):
            err(d, "deadline/basis null mismatch")
        if g["deadline"]:
            date.fromisoformat(g["deadline"])
            if g["deadline_basis"] not in t:
                err(d, f"basis not verbatim: {g['deadline_basis']!r}")
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
        if len(set(g["cited_urls"])) != len(g["cited_urls"]):
            err(d, "duplicate urls")
        for rid in g["cited_review_ids"]:
            if not re.fullmatch(r"[0-9a-f]{24}", rid):
                err(d, f"bad review id {rid}")
            if rid not in t:
                err(d, f"review id not in text {rid}")
        # every platform URL and every 24-hex id in the text must be cited
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
            if not re.fullmatch(r"CI-2026-\d{4}", g["our_reference"]):
                err(d, "our_reference format")
            if g["our_reference"] not in hay:
                err(d, "our_reference not in text/subject")
            if g["our_reference"] not in refs:
                err(d, "our_reference is not an existing case")
        elif CI_RE.search(hay):
            err(d, "text quotes a CI reference but our_reference is null")
        for k in ("sender_name", "sender_organisation", "represented_party"):
            v = g[k]
            if v and norm(v) not in norm(t):
                err(d, f"{k} not in text: {v}")
        if g["sender_email"]:
            if g["sender_email"] not in t and g["sender_email"] != e.get("from_addr"):
                err(d, f"sender_email not in text/From: {g['sender_email']}")
        c = g["case"]
        if not (c in refs or re.fullmatch(r"new:[a-z0-9-]+", c)):
            err(d, f"bad case {c}")
        if c in refs:
            if refs[c]["opened"] >= d["received"]:
                err(d, "case opened after document")
            if refs[c]["status"] != "open":
                err(d, "document linked to a closed case")
        if d["id"] in attached and c != by_id[attached[d["id"]]]["gold"]["case"]:
            err(d, "attachment in a different case from its email")

    if errors:
        print("\n".join(errors))
        raise SystemExit(f"{len(errors)} problems")

    # write
    (ROOT / "docs").mkdir(exist_ok=True)
    for old in (ROOT / "docs").glob("*.json"):
        old.unlink()
    part_names, notes = {}, {}
    for d in docs:
        out = {k: d[k] for k in ("id", "format", "language", "received", "email", "text", "gold")}
        if "part_name" in d:
            part_names[d["id"]] = d["part_name"]
        if "note" in d:
            notes[d["id"]] = d["note"]
        (ROOT / "docs" / f"{d['id']}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n",
                                                        encoding="utf-8")
    missing = [a for a in attached if a not in part_names]
    assert not missing, f"attachments without part names: {missing}"
    (ROOT / "cases.json").write_text(json.dumps(CASES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "part_names.json").write_text(json.dumps(part_names, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "notes.json").write_text(json.dumps(notes, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    # summary
    print(len(docs), "documents")
    print("language", dict(Counter(d["language"] for d in docs)))
    print("kind", dict(Counter(d["gold"]["kind"] for d in docs)))
    print("format", dict(Counter(d["format"] for d in docs)),
          "html-only", sum(1 for d in docs if d["email"] and d["email"].get("html_only")),
          "with attachments", sum(1 for d in docs if d["email"] and d["email"]["attachments"]))
    fu = [d["id"] for d in docs if d["gold"]["case"] in refs]
    print("follow-ups to existing cases", len(fu), f"{len(fu)/len(docs):.0%}")
    print("no deadline", sum(1 for d in docs if d["gold"]["deadline"] is None))
    newc = Counter(d["gold"]["case"] for d in docs if d["gold"]["case"].startswith("new:"))
    print("new matters", len(newc), "shared:", {k: v for k, v in newc.items() if v > 1})
    print("cases used", dict(Counter(d["gold"]["case"] for d in docs if d["gold"]["case"] in refs)))
    for d in docs:
        g = d["gold"]
        print(f"{d['id']} {d['language']} {d['format']:5} rcv {d['received']} {g['kind']:22} dl {g['deadline']} "
              f"| {g['deadline_basis']} | {g['case']}  ({len(d['text'].split())}w)")


if __name__ == "__main__":
    main()
