#!/usr/bin/env python3
"""Check that the rendered files in corpus-s/files/ still carry every gold string (scans are skipped: they need OCR).

    /work/main/.venv/bin/python tests/data/corpus-s/author/check_render.py

Text is taken from the rendered bytes (pdfminer for PDFs, python-docx for Word, the email package for .eml,
attachments included) and compared after folding whitespace, since PDF lines wrap.
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


def fold(s: str) -> str:
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))


def docx_text(data: bytes) -> str:
    import docx
    d = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in d.paragraphs)


def html_text(h: str) -> str:
    import html as H
    h = re.sub(r"<br\s*/?>", "\n", h)
    h = re.sub(r"</p>|</div>", "\n\n", h)
    return H.unescape(re.sub(r"<[^>]+>", "", h))


def eml_parts(data: bytes) -> tuple[str, dict[str, str]]:
    m = email.message_from_bytes(data, policy=policy.default)
    body = m.get_body(preferencelist=("plain", "html"))
    text = body.get_content()
    if body.get_content_type() == "text/html":
        text = html_text(text)
    text = f"Subject: {m['Subject']}\nFrom: {m['From']}\n\n{text}"
    parts = {}
    for a in m.iter_attachments():
        raw = a.get_content()
        name = a.get_filename()
        parts[name] = pdf_text(raw) if name.lower().endswith(".pdf") else docx_text(raw)
    return text, parts


def main() -> None:
    rows = [json.loads(line) for line in (ROOT / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    cache: dict[str, tuple[str, dict[str, str]]] = {}
    problems, checked, skipped = [], 0, 0
    for r in rows:
        if r["format"] == "scan":
            skipped += 1
            continue
        f = ROOT / "files" / r["file"]
        if r["file"] not in cache:
            data = f.read_bytes()
            if f.suffix == ".eml":
                cache[r["file"]] = eml_parts(data)
            elif f.suffix == ".pdf":
                cache[r["file"]] = (pdf_text(data), {})
            elif f.suffix == ".docx":
                cache[r["file"]] = (docx_text(data), {})
            else:
                cache[r["file"]] = (data.decode("utf-8"), {})
        text, parts = cache[r["file"]]
        if r["part"]:
            text = parts.get(r["part"], "")
            if not text:
                problems.append(f"{r['id']}: attachment {r['part']} missing from {r['file']}")
                continue
        hay = fold(text)
        hay_nospace = hay.replace(" ", "")
        want = [r["sender_name"], r["sender_organisation"], r["represented_party"], r["their_reference"],
                r["our_reference"], r["deadline_basis"], *r["cited_urls"], *r["cited_review_ids"],
                *r["quoted_statements"]]
        if r["sender_email"] and not r["file"].endswith(".eml"):
            want.append(r["sender_email"])
        for w in want:
            if not w:
                continue
            w2 = fold(w)
            # pdf line wrapping may split a long URL with no space; accept a space-free match for those
            if w2.casefold() not in hay.casefold() and w2.replace(" ", "") not in hay_nospace:
                problems.append(f"{r['id']} ({r['file']}{' / ' + r['part'] if r['part'] else ''}): missing {w!r}")
        checked += 1
    print(f"checked {checked} gold rows, skipped {skipped} scans")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all gold strings present in the rendered files")


if __name__ == "__main__":
    main()
