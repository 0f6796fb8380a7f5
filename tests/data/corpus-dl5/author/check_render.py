#!/usr/bin/env python3
"""Check the rendered corpus-dl5 against its docs: every gold line matches its doc, received.json matches,
and the text a reader gets out of each rendered file (pdf/docx/eml/txt, attachments inside their email,
scans through tesseract OCR) still carries the deadline basis, the quotes, review ids, URLs, references and
the sender's name. Scans are compared after normalising and, where OCR garbles a character or two, by a
similarity ratio of at least 0.9 over a window of the same number of words.

    /work/main/.venv/bin/python tests/data/corpus-dl5/author/check_render.py          # with OCR of scans
    /work/main/.venv/bin/python tests/data/corpus-dl5/author/check_render.py --no-ocr
"""
from __future__ import annotations

import difflib
import email
import io
import json
import re
import sys
from email import policy
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OCR_LANG = {"en": "eng", "de": "deu", "fr": "fra", "da": "dan"}


def pdf_text(data: bytes) -> str:
    import pdfplumber
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def scan_text(data: bytes, lang: str) -> str:
    import pdfplumber
    import pytesseract
    from PIL import Image
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for im in page.images:
                img = Image.open(io.BytesIO(im["stream"].get_rawdata()))
                out.append(pytesseract.image_to_string(img, lang=OCR_LANG[lang]))
    return "\n".join(out)


def docx_text(data: bytes) -> str:
    import docx
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def eml_parts(data: bytes) -> tuple[str, dict[str, bytes]]:
    m = email.message_from_bytes(data, policy=policy.default)
    body = m.get_body(preferencelist=("plain", "html")).get_content()
    atts = {a.get_filename(): a.get_payload(decode=True) for a in m.iter_attachments()}
    head = "\n".join(f"{k}: {m[k]}" for k in ("From", "Subject"))
    return head + "\n" + body, atts


def norm(s: str) -> str:
    s = s.replace("\u00ad", "").replace("’", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w@./:'-]+", " ", s)).strip().casefold()


def found(needle: str, hay: str, fuzzy: bool) -> bool:
    n, h = norm(needle), norm(hay)
    if n in h:
        return True
    if not fuzzy:
        return False
    nw, hw = n.split(), h.split()
    k = len(nw)
    best = 0.0
    for i in range(0, max(1, len(hw) - k + 1)):
        for extra in (-1, 0, 1):
            win = " ".join(hw[i:i + k + extra])
            best = max(best, difflib.SequenceMatcher(None, n, win).ratio())
    return best >= 0.9


def main() -> None:
    ocr = "--no-ocr" not in sys.argv
    docs = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "docs").glob("*.json"))}
    gold = [json.loads(line) for line in (ROOT / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    received = json.loads((ROOT / "received.json").read_text(encoding="utf-8"))
    errors: list[str] = []
    if sorted(g["id"] for g in gold) != sorted(docs):
        errors.append("gold ids differ from docs")
    files_seen = {f for fs in received.values() for f in fs}
    if files_seen != {p.name for p in (ROOT / "files").iterdir()}:
        errors.append("received.json does not list exactly the rendered files")
    checked = 0
    for g in gold:
        d = docs[g["id"]]
        for k, v in d["gold"].items():
            if g[k] != v:
                errors.append(f"{g['id']}: gold.jsonl {k} differs from docs")
        if g["file"] not in received.get(d["received"], []):
            errors.append(f"{g['id']}: {g['file']} not under its received date")
        data = (ROOT / "files" / g["file"]).read_bytes()
        fuzzy = False
        if g["part"]:
            _, atts = eml_parts(data)
            part = atts.get(g["part"])
            if part is None:
                errors.append(f"{g['id']}: attachment {g['part']} missing")
                continue
            text = pdf_text(part) if g["part"].endswith(".pdf") else docx_text(part)
        elif d["format"] == "eml":
            text, _ = eml_parts(data)
        elif d["format"] == "pdf":
            text = pdf_text(data)
        elif d["format"] == "docx":
            text = docx_text(data)
        elif d["format"] == "txt":
            text = data.decode("utf-8")
        elif d["format"] == "scan":
            if not ocr:
                continue
            text, fuzzy = scan_text(data, d["language"]), True
        else:
            errors.append(f"{g['id']}: unknown format")
            continue
        if d["format"] == "scan" and len(pdf_text(data).strip()) > 0:
            errors.append(f"{g['id']}: scan has a text layer")
        gd = d["gold"]
        needles = [("basis", gd["deadline_basis"]), ("their_reference", gd["their_reference"]),
                   ("sender_name", gd["sender_name"])]
        needles += [("quote", q) for q in gd["quoted_statements"]]
        needles += [("review id", r) for r in gd["cited_review_ids"]]
        needles += [("url", u) for u in gd["cited_urls"]]
        for what, v in needles:
            if v and not found(v, text, fuzzy):
                errors.append(f"{g['id']} ({d['format']}): {what} not found in rendered text: {v!r}")
        # the null documents' look-alike dates must survive rendering too: check the letter body length
        if len(norm(text)) < 0.8 * len(norm(d["text"])):
            errors.append(f"{g['id']}: rendered text much shorter than the doc")
        checked += 1
    if errors:
        print("\n".join(errors))
        raise SystemExit(f"{len(errors)} problems")
    print(f"ok: {checked} gold lines checked against their rendered files (ocr={'on' if ocr else 'off'})")


if __name__ == "__main__":
    main()
