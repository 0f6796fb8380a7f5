#!/usr/bin/env python3
"""Check that the rendered files still carry every gold deadline basis, quote and reference (typed PDFs via
pdfplumber, DOCX via python-docx, EML via the email package; scans via tesseract where --ocr is given).

    /work/main/.venv/bin/python tests/data/corpus-dl3/author/check_render.py [--ocr]
"""
from __future__ import annotations

import email
import io
import json
import re
import subprocess
import sys
import tempfile
from email import policy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANG = {"en": "eng", "de": "deu", "fr": "fra", "da": "dan"}


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def pdf_text(data: bytes) -> str:
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def docx_text(data: bytes) -> str:
    import docx
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def scan_text(data: bytes, lang: str) -> str:
    import pypdfium2
    out = []
    with tempfile.TemporaryDirectory() as td:
        pdf = pypdfium2.PdfDocument(data)
        for i in range(len(pdf)):
            png = Path(td) / f"p{i}.png"
            pdf[i].render(scale=250 / 72).to_pil().save(png)
            out.append(subprocess.run(["tesseract", str(png), "-", "-l", f"{LANG[lang]}+eng"], capture_output=True,
                                      text=True).stdout)
    return "\n".join(out)


def main() -> None:
    ocr = "--ocr" in sys.argv
    gold = [json.loads(line) for line in (ROOT / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    problems = 0
    for g in gold:
        data = (ROOT / "files" / g["file"]).read_bytes()
        if g["file"].endswith(".eml"):
            msg = email.message_from_bytes(data, policy=policy.default)
            if g["part"] is None:
                body = msg.get_body(preferencelist=("plain", "html"))
                text = body.get_content()
                if body.get_content_type() == "text/html":
                    import html
                    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
                text += "\n" + msg["Subject"]
            else:
                part = next(p for p in msg.iter_attachments() if p.get_filename() == g["part"])
                raw = part.get_content()
                text = pdf_text(raw) if g["part"].endswith(".pdf") else docx_text(raw)
        elif g["file"].endswith(".docx"):
            text = docx_text(data)
        elif g["file"].endswith(".txt"):
            text = data.decode("utf-8")
        elif g["format"] == "scan":
            if not ocr:
                continue
            text = scan_text(data, g["language"])
        else:
            text = pdf_text(data)
        t = norm(text)
        want = [g["deadline_basis"]] if g["deadline_basis"] else []
        if g["format"] != "scan":
            want += g["quoted_statements"] + g["cited_review_ids"]
        for w in want:
            if norm(w) not in t:
                problems += 1
                print(f"{g['id']} ({g['file']}{' ' + g['part'] if g['part'] else ''}): missing {w!r}")
    print("problems:", problems)


if __name__ == "__main__":
    main()
