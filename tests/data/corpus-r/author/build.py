#!/usr/bin/env python3
"""Build corpus-r/docs/*.json, cases.json, author/part_names.json and author/notes.json, checking every gold value.

    /work/main/.venv/bin/python tests/data/corpus-r/author/build.py
    /work/main/.venv/bin/python tests/data/corpus-r/render.py
    /work/main/.venv/bin/python tests/data/corpus-r/author/check_render.py
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cases import CASES  # noqa: E402
from common import GOLD_KEYS  # noqa: E402
import docs_da  # noqa: E402
import docs_de_a  # noqa: E402
import docs_de_b  # noqa: E402
import docs_en_a  # noqa: E402
import docs_en_b  # noqa: E402
import docs_en_c  # noqa: E402
import docs_fr_a  # noqa: E402
import docs_fr_b  # noqa: E402

ROOT = HERE.parent
MODULES = [docs_en_a, docs_en_b, docs_en_c, docs_de_a, docs_de_b, docs_fr_a, docs_fr_b, docs_da]
KINDS = {"legal_demand", "ip_notice", "data_request", "illegal_content_notice", "court_order", "law_enforcement",
         "regulator", "consumer_appeal", "business_appeal", "internal_escalation"}
BASES = {"defamation", "malicious_falsehood", "harassment", "data_protection", "dsa", "copyright", "trademark",
         "consumer_law", "court_order", "criminal", "platform_guidelines"}
URL_RE = re.compile(r"^https://([a-z-]+\.)?trustpilot\.com/(reviews/[0-9a-f]{24}(\?\S*)?|review/[\w.-]+)$")
CI_RE = re.compile(r"CI\W?2026\W{0,3}(\d{4})", re.I)
FIRST, LAST = "2026-10-20", "2026-12-04"


def norm(x: str) -> str:
    return re.sub(r"[\s,]+", " ", x).casefold()


def main() -> None:
    docs = [d for m in MODULES for d in m.DOCS]
    docs.sort(key=lambda d: d["id"])
    ids = [d["id"] for d in docs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert ids == [f"r{i:02d}" for i in range(1, 53)], f"ids are not r01..r52: {ids}"
    by_id = {d["id"]: d for d in docs}
    refs = {c["ref"]: c for c in CASES}
    errors: list[str] = []

    def err(d, msg):
        errors.append(f"{d['id']}: {msg}")

    # cases
    assert len(CASES) == 12 and sum(c["status"] == "open" for c in CASES) == 10, "12 cases, 10 open"
    for c in CASES:
        assert re.fullmatch(r"CI-2026-\d{4}", c["ref"]), c["ref"]
        for rid in c["cited_review_ids"]:
            assert re.fullmatch(r"[0-9a-f]{24}", rid), rid

    attached = {}
    for d in docs:
        if d["email"]:
            for a in d["email"]["attachments"]:
                attached[a] = d["id"]

    for d in docs:
        g, t = d["gold"], d["text"]
        assert list(g) == GOLD_KEYS
        e = d["email"] or {}
        hay = t + "\n" + e.get("subject", "")
        if d["format"] == "eml":
            if not e:
                err(d, "eml without email")
            elif e["date"][:10] != d["received"] and not (e["date"][:10] < d["received"]):
                err(d, "email dated after it was received")
        elif d["email"] is not None:
            err(d, "email on non-eml")
        if not (FIRST <= d["received"] <= LAST):
            err(d, "received out of range")
        if d["id"] in attached and by_id[attached[d["id"]]]["received"] != d["received"]:
            err(d, "attachment received differs from email")
        if d["id"] in attached and d["format"] not in ("pdf", "docx"):
            err(d, "attachment must be pdf/docx")
        n = len(t.split())
        if not 110 <= n <= 480:
            err(d, f"word count {n}")
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
        if len(set(g["cited_urls"])) != len(g["cited_urls"]) or len(set(g["cited_review_ids"])) != len(g["cited_review_ids"]):
            err(d, "duplicate urls or ids")
        for rid in g["cited_review_ids"]:
            if not re.fullmatch(r"[0-9a-f]{24}", rid):
                err(d, f"bad review id {rid}")
            if rid not in t:
                err(d, f"review id not in text {rid}")
        # every platform review/business URL and every 24-hex id in the text must be cited
        for u in re.findall(r"https://[a-z-]*\.?trustpilot\.com/\S+", t):
            u = u.rstrip(".,;)»\"")
            if ("/reviews/" in u or "/review/" in u) and u not in g["cited_urls"]:
                err(d, f"uncited platform url in text: {u}")
        for rid in re.findall(r"(?<![0-9a-f])[0-9a-f]{24}(?![0-9a-f])", t):
            if rid not in g["cited_review_ids"] and "/users/" + rid not in t:
                err(d, f"uncited 24-hex in text: {rid}")
        if g["their_reference"] and g["their_reference"] not in hay:
            err(d, f"their_reference not verbatim: {g['their_reference']}")
        if g["our_reference"]:
            if not re.fullmatch(r"CI-2026-\d{4}", g["our_reference"]):
                err(d, "our_reference format")
            nums = CI_RE.findall(hay)
            if g["our_reference"][-4:] not in nums:
                err(d, "our_reference not in text/subject")
            if g["our_reference"] not in refs:
                err(d, "our_reference is not an existing case")
            if g["case"] != g["our_reference"]:
                err(d, "quotes our reference but belongs to another case")
        elif CI_RE.search(hay):
            err(d, "text quotes a CI reference but our_reference is null")
        for k in ("sender_name", "sender_organisation", "represented_party"):
            v = g[k]
            if v and norm(v) not in norm(t) and v != e.get("from_name"):
                err(d, f"{k} not in text: {v}")
        if g["sender_email"]:
            if g["sender_email"] not in t and g["sender_email"] != e.get("from_addr"):
                err(d, f"sender_email not in text/From: {g['sender_email']}")
        # titles must not be part of a name
        if g["sender_name"] and re.match(r"(Dr|Me|Maître|Mr|Mrs|Ms|DC|lic)\b", g["sender_name"]):
            err(d, f"title in sender_name: {g['sender_name']}")
        c = g["case"]
        if not (c in refs or re.fullmatch(r"new:r-[a-z0-9-]+", c)):
            err(d, f"bad case {c}")
        if c in refs and refs[c]["opened"] >= d["received"]:
            err(d, "case opened after document")
        if c in refs and refs[c]["status"] != "open":
            err(d, "follow-up to a closed case")

    # an attachment and its email belong to one matter
    for a, m in attached.items():
        if by_id[a]["gold"]["case"] != by_id[m]["gold"]["case"]:
            errors.append(f"{a}: attachment and email {m} in different cases")

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
    print("language", Counter(d["language"] for d in docs))
    print("kind", Counter(d["gold"]["kind"] for d in docs))
    print("format", Counter(d["format"] for d in docs),
          "html-only", sum(1 for d in docs if d["email"] and d["email"].get("html_only")),
          "with attachments", sum(1 for d in docs if d["email"] and d["email"]["attachments"]))
    fu = [d["id"] for d in docs if d["gold"]["case"] in refs]
    print("follow-ups to existing cases", len(fu), f"{len(fu)/len(docs):.0%}")
    print("no deadline", sum(1 for d in docs if d["gold"]["deadline"] is None))
    print("new matters", len({d["gold"]["case"] for d in docs if d["gold"]["case"].startswith("new:")}),
          [c for c, n in Counter(d["gold"]["case"] for d in docs).items() if c.startswith("new:") and n > 1])
    print("cases used", sorted(Counter(d["gold"]["case"] for d in docs if d["gold"]["case"] in refs).items()))
    for d in docs:
        g = d["gold"]
        print(f"{d['id']} {d['language']} {d['format']:5} rcv {d['received']} {g['kind']:22} dl {g['deadline']} "
              f"| {g['deadline_basis']} | {g['case']}  ({len(d['text'].split())}w)")


if __name__ == "__main__":
    main()
