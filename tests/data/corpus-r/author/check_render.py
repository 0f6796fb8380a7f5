#!/usr/bin/env python3
"""Check that every rendered file of corpus-r (and every attachment inside an email) holds its gold strings.

Scans (image-only PDFs) are skipped: they hold no text until OCR.

    /work/main/.venv/bin/python tests/data/corpus-r/author/check_render.py
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


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(data: bytes) -> str:
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))


def docx_text(data: bytes) -> str:
    import docx
    d = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in d.paragraphs)


def eml_parts(data: bytes) -> tuple[str, str, dict[str, bytes]]:
    m = email.message_from_bytes(data, policy=policy.default)
    body = m.get_body(preferencelist=("plain", "html"))
    text = body.get_content()
    if body.get_content_type() == "text/html":
        from bs4 import BeautifulSoup
        text = BeautifulSoup(text, "html.parser").get_text("\n")
    atts = {a.get_filename(): a.get_content() for a in m.iter_attachments()}
    return text, str(m["Subject"]), atts


def main() -> None:
    gold = [json.loads(line) for line in (ROOT / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    problems, checked, skipped = [], 0, 0
    cache: dict[str, tuple[str, str, dict[str, bytes]]] = {}
    for g in gold:
        if g["format"] == "scan":
            skipped += 1
            continue
        path = ROOT / "files" / g["file"]
        data = path.read_bytes()
        subject = ""
        if g["file"].endswith(".eml"):
            if g["file"] not in cache:
                cache[g["file"]] = eml_parts(data)
            body, subject, atts = cache[g["file"]]
            if g["part"] is None:
                text = body
            else:
                blob = atts[g["part"]]
                text = pdf_text(blob) if g["part"].endswith(".pdf") else docx_text(blob)
                subject = ""
        elif g["file"].endswith(".pdf"):
            text = pdf_text(data)
        elif g["file"].endswith(".docx"):
            text = docx_text(data)
        else:
            text = data.decode("utf-8")
        hay = squash(text + " " + subject)
        want = list(g["quoted_statements"]) + list(g["cited_urls"]) + list(g["cited_review_ids"])
        want += [v for v in (g["deadline_basis"], g["their_reference"], g["sender_email"]) if v]
        for w in want:
            if squash(w) not in hay:
                if w == g["sender_email"] and g["file"].endswith(".eml") and g["part"] is None:
                    continue  # may be the From address only
                problems.append(f"{g['id']} ({g['file']} {g['part'] or ''}): missing {w!r}")
        checked += 1
    print(f"checked {checked} rendered documents, skipped {skipped} scans")
    if problems:
        print("\n".join(problems))
        sys.exit(1)


if __name__ == "__main__":
    main()
