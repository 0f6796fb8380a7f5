#!/usr/bin/env python3
"""Read back every rendered corpus-p file (and each letter attached inside an email) and check that the
gold strings can be found in what a reader would extract: quotations, URLs, review ids, deadline basis,
their reference, sender email, and the sender's name. Also checks gold.jsonl against docs/.

Scans are image-only PDFs: only their page count and absence of a text layer are checked.

    /work/main/.venv/bin/python tests/data/corpus-p/author/check_render.py
"""
from __future__ import annotations

import email
import io
import json
import re
import sys
from email import policy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def text_of_pdf(blob: bytes) -> str:
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(blob))


def text_of_docx(blob: bytes) -> str:
    import docx
    return "\n".join(par.text for par in docx.Document(io.BytesIO(blob)).paragraphs)


def open_eml(blob: bytes):
    msg = email.message_from_bytes(blob, policy=policy.default)
    part = msg.get_body(preferencelist=("plain", "html"))
    body = part.get_content()
    if part.get_content_type() == "text/html":
        from bs4 import BeautifulSoup
        body = BeautifulSoup(body, "html.parser").get_text("\n")
    attachments = {a.get_filename(): a.get_content() for a in msg.iter_attachments()}
    return msg, body, attachments


def main() -> None:
    rows = [json.loads(x) for x in (ROOT / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    docs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (ROOT / "docs").glob("*.json")}
    bad: list[str] = []
    if sorted(r["id"] for r in rows) != sorted(docs):
        bad.append("gold.jsonl rows and docs/ differ")
    received = json.loads((ROOT / "received.json").read_text(encoding="utf-8"))
    files_listed = sorted(f for v in received.values() for f in v)
    if files_listed != sorted(p.name for p in (ROOT / "files").iterdir()):
        bad.append("received.json does not list exactly the files in files/")
    emls: dict[str, tuple] = {}
    checked = scans = 0
    for r in rows:
        d = docs[r["id"]]
        for k, v in d["gold"].items():
            if r[k] != v:
                bad.append(f"{r['id']}: gold.jsonl {k} differs from docs/")
        blob = (ROOT / "files" / r["file"]).read_bytes()
        extra = ""
        if r["format"] == "scan":
            if not blob.startswith(b"%PDF") or text_of_pdf(blob).strip():
                bad.append(f"{r['id']}: scan is not an image-only PDF")
            scans += 1
            continue
        if r["file"].endswith(".eml"):
            if r["file"] not in emls:
                emls[r["file"]] = open_eml(blob)
            msg, body, atts = emls[r["file"]]
            if r["part"] is None:
                text, extra = body, str(msg["Subject"]) + " " + str(msg["From"])
                names = sorted(atts)
                if len(names) != len(d["email"]["attachments"]):
                    bad.append(f"{r['id']}: {len(names)} attachments rendered, {len(d['email']['attachments'])} expected")
            else:
                if r["part"] not in atts:
                    bad.append(f"{r['id']}: attachment {r['part']!r} missing from {r['file']}")
                    continue
                part = atts[r["part"]]
                text = text_of_pdf(part) if r["part"].lower().endswith(".pdf") else text_of_docx(part)
        elif r["file"].endswith(".pdf"):
            text = text_of_pdf(blob)
        elif r["file"].endswith(".docx"):
            text = text_of_docx(blob)
        else:
            text = blob.decode("utf-8")
        hay = flat(text + " " + extra)
        wanted = [*r["quoted_statements"], *r["cited_urls"], *r["cited_review_ids"]]
        wanted += [x for x in (r["deadline_basis"], r["their_reference"], r["sender_email"], r["sender_name"]) if x]
        for w in wanted:
            if flat(w) not in hay:
                bad.append(f"{r['id']} ({r['file']} {r['part'] or ''}): cannot find {w!r}")
        checked += 1
    print(f"{len(rows)} gold rows: {checked} rendered texts checked, {scans} scans checked for image-only")
    if bad:
        print("\n".join(bad))
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
