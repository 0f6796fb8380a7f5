#!/usr/bin/env python3
"""Build corpus-y/files/ (and gold.jsonl, received.json) from corpus-y/docs/*.json.

    /work/main/.venv/bin/python tests/data/corpus-y/render.py

pdf  -> reportlab (typed letter; some with a reference table, some with the letterhead at the bottom)
docx -> python-docx (some with the letterhead in the Word header/footer, some with a reference table)
eml  -> email package (plain text or HTML-only; attachments are other docs rendered to bytes)
scan -> the letter drawn to a grayscale 200 dpi image, slightly rotated and noisy, JPEG-compressed
        into an image-only PDF (Pillow)
txt  -> as is
Deterministic: fixed seeds, fixed dates.
"""
from __future__ import annotations

import datetime as dt
import html
import io
import json
import random
import re
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
FILES = HERE / "files"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# Per-document layout hints (rendering only; the text is the same whatever the layout).
#   table: index of the paragraph drawn as a two-column reference table ("Label: value" lines)
#   header/footer: number of leading/trailing paragraphs put into the Word header/footer
#   font: serif or sans;  small_last: trailing paragraphs in small print (letterhead at the bottom)
LAYOUT = {
    "y01": {"font": "serif"},
    "y04": {"font": "serif"},
    "y06": {"header": 1, "footer": 1, "table": 2},
    "y07": {"font": "sans", "small_last": 1},
    "y11": {"font": "sans", "table": 2},
    "y15": {"header": 1, "footer": 1, "table": 2},
    "y16": {"font": "serif"},
    "y21": {"font": "sans", "table": 1},
    "y24": {"font": "sans"},
    "y28": {"header": 1, "footer": 1, "table": 1},
}
HTML_ONLY = {"y03", "y14"}
ATTACHMENT_NAMES = {
    "y21": "FD-MOR-0031 Letter to Trustpilot 18.12.2026.pdf",
    "y28": "BTC-LEG-044 Notice of infringement.docx",
}


def load_docs() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DOCS.glob("*.json"))]


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n")]


# --------------------------------------------------------------------------- PDF
def render_pdf(doc: dict) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    for name, fn in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                     ("DVS", "DejaVuSerif.ttf"), ("DVS-B", "DejaVuSerif-Bold.ttf")]:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / fn)))
    lay = LAYOUT.get(doc["id"], {})
    serif = lay.get("font", "sans") == "serif"
    base, bold = ("DVS", "DVS-B") if serif else ("DV", "DV-B")
    body = ParagraphStyle("b", fontName=base, fontSize=10.2, leading=13.6, alignment=TA_LEFT, spaceAfter=7)
    head = ParagraphStyle("h", parent=body, fontName=bold, fontSize=11)
    small = ParagraphStyle("s", parent=body, fontSize=7.8, leading=10, textColor=colors.HexColor("#333333"))
    paras = paragraphs(doc["text"])
    n_small = lay.get("small_last", 0)
    story = []
    for i, p in enumerate(paras):
        esc = "<br/>".join(html.escape(line) for line in p.split("\n"))
        if lay.get("table") == i:
            rows = [[Paragraph(html.escape(a), body), Paragraph(html.escape(b), body)]
                    for a, b in (line.split(": ", 1) if ": " in line else (line, "") for line in p.split("\n"))]
            t = Table(rows, colWidths=[38 * mm, 100 * mm], hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
            story += [t, Spacer(1, 8)]
        elif i == 0 and not n_small:
            story.append(Paragraph(esc, head))
        elif n_small and i >= len(paras) - n_small:
            story += [Spacer(1, 24), Paragraph(esc, small)]
        else:
            story.append(Paragraph(esc, body))
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=24 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=f"Letter {doc['id']}", author="", creator="Microsoft Word",
                            invariant=1)
    pdf.build(story)
    return buf.getvalue()


# --------------------------------------------------------------------------- DOCX
def render_docx(doc: dict) -> bytes:
    import docx
    from docx.shared import Pt

    lay = LAYOUT.get(doc["id"], {})
    paras = paragraphs(doc["text"])
    nh, nf = lay.get("header", 0), lay.get("footer", 0)
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]

    def fill(container, ps, size):
        first = True
        for p in ps:
            par = container.paragraphs[0] if first and container.paragraphs else container.add_paragraph()
            first = False
            lines = p.split("\n")
            for j, line in enumerate(lines):
                run = par.add_run(line)
                run.font.size = Pt(size)
                if j < len(lines) - 1:
                    run.add_break()

    if nh:
        fill(sec.header, paras[:nh], 9)
    if nf:
        fill(sec.footer, paras[len(paras) - nf:], 7.5)
    for i, p in enumerate(paras[nh:len(paras) - nf], start=nh):
        if lay.get("table") == i:
            lines = p.split("\n")
            t = d.add_table(rows=len(lines), cols=2)
            t.style = "Table Grid"
            for r, line in enumerate(lines):
                a, _, b = line.partition(": ")
                t.cell(r, 0).text = a
                t.cell(r, 1).text = b
            d.add_paragraph()
            continue
        par = d.add_paragraph()
        lines = p.split("\n")
        for j, line in enumerate(lines):
            run = par.add_run(line)
            if j < len(lines) - 1:
                run.add_break()
    d.core_properties.author = ""
    d.core_properties.created = dt.datetime(2026, 1, 1)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# --------------------------------------------------------------------------- scan
def render_scan(doc: dict) -> bytes:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(doc["id"])
    dpi = 200
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    margin_l, margin_r, top = 170, 150, 170
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 29)
    bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 31)
    line_h = 40
    maxw = W - margin_l - margin_r
    pages, img, draw, y = [], None, None, 0

    def new_page():
        nonlocal img, draw, y
        img = Image.new("L", (W, H), 250)
        draw = ImageDraw.Draw(img)
        y = top
        pages.append(img)

    def wrap(line, f):
        words, out, cur = line.split(" "), [], ""
        for w in words:
            cand = (cur + " " + w) if cur else w
            if draw.textlength(cand, font=f) <= maxw:
                cur = cand
                continue
            if cur:
                out.append(cur)
            while draw.textlength(w, font=f) > maxw:  # hard-split an over-long token
                k = len(w)
                while draw.textlength(w[:k], font=f) > maxw:
                    k -= 1
                out.append(w[:k])
                w = w[k:]
            cur = w
        out.append(cur)
        return out

    new_page()
    for i, p in enumerate(paragraphs(doc["text"])):
        f = bold if i == 0 else font
        for line in p.split("\n"):
            for seg in wrap(line, f):
                if y + line_h > H - 150:
                    new_page()
                draw.text((margin_l, y), seg, font=f, fill=rnd.randint(20, 45))
                y += line_h
        y += line_h // 2
    out = []
    for pg in pages:
        noise = Image.effect_noise((W, H), 22).point(lambda v: 255 if v > 200 else (0 if v < 30 else 128))
        pg = Image.blend(pg, noise.convert("L"), 0.06)
        pg = pg.rotate(rnd.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=False, fillcolor=245)
        pg = pg.filter(ImageFilter.GaussianBlur(0.6))
        # re-encode through JPEG so the page carries JPEG artefacts like a real scanner output
        b = io.BytesIO()
        pg.save(b, "JPEG", quality=55)
        out.append(Image.open(io.BytesIO(b.getvalue())).convert("L"))
    buf = io.BytesIO()
    out[0].save(buf, "PDF", resolution=dpi, save_all=True, append_images=out[1:], quality=55)
    return buf.getvalue()


# --------------------------------------------------------------------------- EML
URL_RE = re.compile(r"https?://[^\s<>\"]+")


def to_html(text: str) -> str:
    parts = []

    def para(p):
        lines = [URL_RE.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', html.escape(line, quote=False))
                 for line in p.split("\n")]
        return "<p>" + "<br>\n".join(lines) + "</p>"

    for p in paragraphs(text):
        parts.append(para(p))
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif;font-size:10pt\">\n"
            + "\n".join(parts) + "\n</body></html>\n")


def render_eml(doc: dict, by_id: dict) -> bytes:
    e = doc["email"]
    m = EmailMessage()
    m["From"] = f'"{e["from_name"]}" <{e["from_addr"]}>' if e.get("from_name") else e["from_addr"]
    m["To"] = e["to"]
    if e.get("cc"):
        m["Cc"] = ", ".join(e["cc"])
    m["Subject"] = e["subject"]
    m["Date"] = format_datetime(dt.datetime.fromisoformat(e["date"]))
    m["Message-ID"] = e["message_id"]
    if e.get("in_reply_to"):
        m["In-Reply-To"] = e["in_reply_to"]
    if e.get("references"):
        m["References"] = " ".join(e["references"])
    m["MIME-Version"] = "1.0"
    if doc["id"] in HTML_ONLY:
        m.set_content(to_html(doc["text"]), subtype="html", charset="utf-8")
    else:
        m.set_content(doc["text"] + "\n", charset="utf-8")
    for aid in e.get("attachments") or []:
        a = by_id[aid]
        data, ext = render_bytes(a, by_id)
        name = ATTACHMENT_NAMES.get(aid, f"{aid}.{ext}")
        maintype, subtype = {"pdf": ("application", "pdf"),
                             "docx": ("application",
                                      "vnd.openxmlformats-officedocument.wordprocessingml.document")}[ext]
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(m)


def render_bytes(doc: dict, by_id: dict) -> tuple[bytes, str]:
    fmt = doc["format"]
    if fmt == "pdf":
        return render_pdf(doc), "pdf"
    if fmt == "scan":
        return render_scan(doc), "pdf"
    if fmt == "docx":
        return render_docx(doc), "docx"
    if fmt == "eml":
        return render_eml(doc, by_id), "eml"
    if fmt == "txt":
        return (doc["text"] + "\n").encode("utf-8"), "txt"
    raise ValueError(fmt)


GOLD_KEYS = ["kind", "sender_name", "sender_organisation", "sender_email", "represented_party", "their_reference",
             "our_reference", "cited_urls", "cited_review_ids", "quoted_statements", "deadline", "deadline_basis",
             "legal_bases", "case"]


def main() -> None:
    docs = load_docs()
    by_id = {d["id"]: d for d in docs}
    attached = {a: d["id"] for d in docs if d.get("email") for a in d["email"].get("attachments") or []}
    FILES.mkdir(exist_ok=True)
    for old in FILES.iterdir():
        old.unlink()
    gold_lines, received = [], {}
    for d in docs:
        if d["id"] in attached:
            continue
        data, ext = render_bytes(d, by_id)
        name = f"{d['id']}.{ext}"
        (FILES / name).write_bytes(data)
        received.setdefault(d["received"], []).append(name)
        attached = (d.get("email") or {}).get("attachments") or []
        parts = [(d, None)] + [(by_id[a], ATTACHMENT_NAMES.get(a)) for a in attached]
        for doc, part in parts:
            row = {"file": name, "part": part, "id": doc["id"], "received": d["received"], "format": doc["format"],
                   "language": doc["language"]}
            row.update({k: doc["gold"][k] for k in GOLD_KEYS})
            gold_lines.append(json.dumps(row, ensure_ascii=False))
    (HERE / "gold.jsonl").write_text("\n".join(gold_lines) + "\n", encoding="utf-8")
    (HERE / "received.json").write_text(json.dumps(dict(sorted(received.items())), indent=1) + "\n", encoding="utf-8")
    total = sum(p.stat().st_size for p in FILES.iterdir())
    print(f"{len(list(FILES.iterdir()))} files, {len(gold_lines)} gold lines, {total / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
