#!/usr/bin/env python3
"""Sanity-check the rendered files: text-bearing formats contain the gold strings (whitespace-normalised)."""
import email, io, json, re, sys
from email import policy
from pathlib import Path
import pdfplumber, docx

ROOT = Path(__file__).resolve().parent.parent
norm = lambda s: re.sub(r"\s+", " ", s).strip()
gold = [json.loads(l) for l in (ROOT / "gold.jsonl").read_text().splitlines()]

def pdf_text(b):
    with pdfplumber.open(io.BytesIO(b)) as p:
        return "\n".join(pg.extract_text() or "" for pg in p.pages)

def docx_text(b):
    return "\n".join(p.text for p in docx.Document(io.BytesIO(b)).paragraphs)

bad = 0
for g in gold:
    f = ROOT / "files" / g["file"]
    b = f.read_bytes()
    if g["format"] == "scan":
        t = pdf_text(b)
        assert not t.strip(), f"{g['id']} scan has a text layer"
        continue
    if g["file"].endswith(".eml"):
        m = email.message_from_bytes(b, policy=policy.default)
        if g["part"]:
            part = next(p for p in m.iter_attachments() if p.get_filename() == g["part"])
            data = part.get_content()
            t = pdf_text(data) if g["part"].endswith(".pdf") else docx_text(data)
        else:
            body = m.get_body(("plain", "html"))
            t = body.get_content() + "\n" + m["Subject"]
            if body.get_content_type() == "text/html":
                import html
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    elif g["file"].endswith(".pdf"):
        t = pdf_text(b)
    elif g["file"].endswith(".docx"):
        t = docx_text(b)
    else:
        t = b.decode()
    nt = norm(t)
    for k in ("deadline_basis", "their_reference"):
        if g[k] and norm(g[k]) not in nt:
            print(g["id"], k, "missing in render:", g[k]); bad += 1
    for q in g["quoted_statements"] + g["cited_urls"] + g["cited_review_ids"]:
        if norm(q) not in nt and norm(q) not in nt.replace("- ", "-"):
            print(g["id"], "missing in render:", q[:70]); bad += 1
print("problems:", bad)
