#!/usr/bin/env python3
"""Build corpus-x from its sources.

    /work/main/.venv/bin/python tests/data/corpus-x/render.py

Reads docs/*.json and writes:
  files/       the documents as they arrive: .pdf (typed letter, reportlab), .pdf (scan: the letter drawn
               with Pillow at 200 dpi, slightly rotated and noisy, grayscale JPEG pages in an image-only PDF),
               .docx (python-docx), .eml (the email package, attachments inside), .txt
  gold.jsonl   one line per document: an email and each of its attachments separately
  received.json  the day each file arrived

A document named in an email's "attachments" is rendered inside that email (under its
"attachment_name") and has no file of its own. Optional "render" hints in a doc: font (serif|sans),
head_align (left|center|right), footer_last (the last block is a page footer), addressee_indent,
rotate, seed, first_block_right, page_breaks_before. Text and layout are reproducible (timestamps and
MIME boundaries are not).
"""
from __future__ import annotations

import html
import io
import json
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FILES = HERE / "files"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
GOLD_KEYS = ["kind", "sender_name", "sender_organisation", "sender_email", "represented_party",
             "their_reference", "our_reference", "cited_urls", "cited_review_ids", "quoted_statements",
             "deadline", "deadline_basis", "legal_bases", "case"]
EXT = {"pdf": ".pdf", "scan": ".pdf", "docx": ".docx", "eml": ".eml", "txt": ".txt"}


def blocks(text: str) -> list[list[str]]:
    return [b.split("\n") for b in text.split("\n\n")]


# ------------------------------------------------------------------------------------------ PDF
def render_pdf(doc: dict) -> bytes:
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    hints = doc.get("render", {})
    fam = "DejaVuSerif" if hints.get("font", "serif") == "serif" else "DejaVuSans"
    for suffix in ("", "-Bold"):
        name = fam + suffix
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))
    align = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}[hints.get("head_align", "left")]
    body = ParagraphStyle("body", fontName=fam, fontSize=9.8, leading=13.2, spaceAfter=7)
    head = ParagraphStyle("head", parent=body, alignment=align, fontSize=9, leading=12)
    head_first = ParagraphStyle("head1", parent=head, fontName=fam + "-Bold", fontSize=13, leading=16)

    bl = blocks(doc["text"])
    footer = None
    if hints.get("footer_last"):
        footer = " ".join(bl[-1])
        bl = bl[:-1]
    story = []
    for i, lines in enumerate(bl):
        esc = [html.escape(x, quote=False) for x in lines]
        if i == 0 and not hints.get("footer_last") and not lines[0].lower().startswith(("our ref", "trustpilot")):
            story.append(Paragraph(esc[0], head_first))
            if len(esc) > 1:
                story.append(Paragraph("<br/>".join(esc[1:]), head))
            story.append(Spacer(1, 6 * mm))
        else:
            story.append(Paragraph("<br/>".join(esc), body))

    def on_page(canvas, _doc):
        if footer:
            canvas.saveState()
            canvas.setFont(fam, 7.2)
            canvas.setStrokeGray(0.6)
            canvas.line(20 * mm, 17 * mm, A4[0] - 20 * mm, 17 * mm)
            canvas.drawCentredString(A4[0] / 2, 12.5 * mm, footer)
            canvas.restoreState()

    buf = io.BytesIO()
    pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=24 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=24 * mm, title=f"Letter {doc['id']}", author="", creator="",
                            producer="", invariant=1)
    pdf.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------ scan
def render_scan(doc: dict) -> bytes:
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    hints = doc.get("render", {})
    dpi = 200
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    margin_l, margin_r, margin_t, margin_b = 190, 170, 190, 200
    fam = "DejaVuSerif" if hints.get("font", "serif") == "serif" else "DejaVuSans"
    font = ImageFont.truetype(str(FONT_DIR / f"{fam}.ttf"), 29)
    bold = ImageFont.truetype(str(FONT_DIR / f"{fam}-Bold.ttf"), 36)
    line_h, gap = 40, 20
    breaks = hints.get("page_breaks_before", [])

    pages: list[Image.Image] = []
    page = draw = None
    y = 0

    def new_page():
        nonlocal page, draw, y
        page = Image.new("L", (W, H), 255)
        draw = ImageDraw.Draw(page)
        pages.append(page)
        y = margin_t

    def wrap(line: str, f) -> list[str]:
        words, out, cur = line.split(" "), [], ""
        for w in words:
            cand = (cur + " " + w) if cur else w
            if draw.textlength(cand, font=f) <= W - margin_l - margin_r or not cur:
                cur = cand
            else:
                out.append(cur)
                cur = w
        out.append(cur)
        return out

    new_page()
    for i, lines in enumerate(blocks(doc["text"])):
        if any(lines[0].startswith(b) for b in breaks) and y > margin_t:
            new_page()
        for j, line in enumerate(lines):
            f = bold if (i == 0 and j == 0 and not hints.get("first_block_right")) else font
            for part in wrap(line, f):
                if y + line_h > H - margin_b:
                    new_page()
                x = margin_l
                if i == 0 and hints.get("first_block_right"):
                    x = W - margin_r - int(draw.textlength(part, font=f))
                draw.text((x, y), part, font=f, fill=18)
                y += line_h + (8 if f is bold else 0)
        y += gap

    rng = np.random.default_rng(hints.get("seed", 0))
    out_pages = []
    for n, p in enumerate(pages):
        p = p.filter(ImageFilter.GaussianBlur(0.4))
        p = p.rotate(hints.get("rotate", 0.5) * (1 if n % 2 == 0 else -0.7), resample=Image.BICUBIC,
                     fillcolor=236, expand=False)
        a = np.asarray(p).astype(np.int16)
        a = a - 14 + rng.normal(0, 5, a.shape).astype(np.int16)          # paper tone and sensor noise
        specks = rng.random(a.shape) < 0.0009                              # dust
        a[specks] = rng.integers(60, 170, specks.sum())
        a = np.clip(a, 0, 255).astype(np.uint8)
        out_pages.append(Image.fromarray(a, "L"))
    buf = io.BytesIO()
    out_pages[0].save(buf, "PDF", resolution=dpi, save_all=True, append_images=out_pages[1:], quality=45)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------ DOCX
def render_docx(doc: dict) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    hints = doc.get("render", {})
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for section in d.sections:
        section.left_margin = section.right_margin = Cm(2.3)
    d.core_properties.author = ""
    d.core_properties.title = ""
    d.core_properties.created = datetime(2026, 1, 1)
    d.core_properties.modified = datetime(2026, 1, 1)
    for i, lines in enumerate(blocks(doc["text"])):
        indent = hints.get("addressee_indent") and lines[0].startswith("Trustpilot")
        for j, line in enumerate(lines):
            p = d.add_paragraph()
            run = p.add_run(line)
            pf = p.paragraph_format
            pf.space_before = Pt(0)
            pf.space_after = Pt(10 if j == len(lines) - 1 else 0)
            if i == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if j == 0:
                    run.bold = True
                    run.font.size = Pt(15)
                else:
                    run.font.size = Pt(9)
            if indent:
                pf.left_indent = Cm(9)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------ EML
def to_html(text: str) -> str:
    parts = []
    for lines in blocks(text):
        if lines and lines[0].startswith("________________"):
            parts.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
            lines = lines[1:]
            if not lines:
                continue
        parts.append("<p>" + "<br>\n".join(html.escape(x) for x in lines) + "</p>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + "\n".join(parts) + "\n</div></body></html>\n")


def render_eml(doc: dict, by_id: dict) -> bytes:
    e = doc["email"]
    m = EmailMessage(policy=policy.SMTP.clone(max_line_length=998))
    m["From"] = formataddr((e["from_name"], e["from_addr"]))
    m["To"] = e["to"]
    if e.get("cc"):
        m["Cc"] = ", ".join(e["cc"])
    m["Subject"] = e["subject"]
    m["Date"] = format_datetime(datetime.fromisoformat(e["date"]))
    m["Message-ID"] = e["message_id"]
    if e.get("in_reply_to"):
        m["In-Reply-To"] = e["in_reply_to"]
    if e.get("references"):
        m["References"] = " ".join(e["references"])
    m.set_content(doc["text"] + "\n", charset="utf-8", cte="quoted-printable")
    if e.get("html_alternative"):
        m.add_alternative(to_html(doc["text"]), subtype="html", charset="utf-8", cte="quoted-printable")
    for aid in e.get("attachments", []):
        att = by_id[aid]
        data = render(att, by_id)
        if att["format"] == "docx":
            maintype, subtype = "application", "vnd.openxmlformats-officedocument.wordprocessingml.document"
        else:
            maintype, subtype = "application", "pdf"
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=att["attachment_name"])
    return m.as_bytes()


def render(doc: dict, by_id: dict) -> bytes:
    fmt = doc["format"]
    if fmt == "pdf":
        return render_pdf(doc)
    if fmt == "scan":
        return render_scan(doc)
    if fmt == "docx":
        return render_docx(doc)
    if fmt == "eml":
        return render_eml(doc, by_id)
    if fmt == "txt":
        return (doc["text"] + "\n").encode("utf-8")
    raise ValueError(fmt)


def main() -> None:
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DOCS.glob("*.json"))]
    by_id = {d["id"]: d for d in docs}
    attached = {a for d in docs if d.get("email") for a in d["email"].get("attachments", [])}
    FILES.mkdir(exist_ok=True)
    for old in FILES.iterdir():
        old.unlink()
    gold_lines, received = [], {}

    def row(doc, file, part):
        r = {"file": file, "part": part, "id": doc["id"], "received": doc["received"],
             "format": doc["format"], "language": doc["language"]}
        r.update({k: doc["gold"][k] for k in GOLD_KEYS})
        return json.dumps(r, ensure_ascii=False)

    for doc in docs:
        if doc["id"] in attached:
            continue
        name = doc["id"] + EXT[doc["format"]]
        (FILES / name).write_bytes(render(doc, by_id))
        received.setdefault(doc["received"], []).append(name)
        gold_lines.append(row(doc, name, None))
        for aid in (doc.get("email") or {}).get("attachments", []):
            att = by_id[aid]
            assert att["received"] == doc["received"], aid
            gold_lines.append(row(att, name, att["attachment_name"]))
    (HERE / "gold.jsonl").write_text("\n".join(gold_lines) + "\n", encoding="utf-8")
    (HERE / "received.json").write_text(
        json.dumps({k: sorted(v) for k, v in sorted(received.items())}, indent=1) + "\n", encoding="utf-8")
    total = sum(p.stat().st_size for p in FILES.iterdir())
    print(f"{len(list(FILES.iterdir()))} files, {len(gold_lines)} gold rows, {total / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
