"""The renderer every labelled corpus under tests/data shares: docs/*.json -> files/, gold.jsonl,
received.json. Each corpus's render.py names the files its attachments carry and calls `main`.

pdf  -> reportlab (typed letter)            docx -> python-docx
scan -> Pillow: text drawn at 250 dpi in grayscale, slight rotation and noise,
        saved as an image-only, JPEG-compressed PDF
eml  -> email package (text/plain, or text/html only where docs say html_only;
        attachments are other docs rendered as pdf/docx)
txt  -> the text as is
Deterministic (fixed random seeds, fixed PDF metadata).
"""
from __future__ import annotations

import html
import io
import json
import random
import re
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

GOLD_KEYS = ["kind", "sender_name", "sender_organisation", "sender_email", "represented_party",
             "their_reference", "our_reference", "cited_urls", "cited_review_ids", "quoted_statements",
             "deadline", "deadline_basis", "legal_bases", "case"]


def paragraphs(text: str) -> list[list[str]]:
    return [p.split("\n") for p in text.split("\n\n")]


# ---------------------------------------------------------------- pdf
def render_pdf(doc: dict) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    if "DejaVuSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))
    body = ParagraphStyle("b", fontName="DejaVuSerif", fontSize=10, leading=13.5)
    head = ParagraphStyle("h", parent=body, fontName="DejaVuSerif-Bold", fontSize=12.5, leading=16)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10)
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title=f"Letter {doc['id']}",
                            author="", creator="", producer="", invariant=1)
    story = []
    paras = paragraphs(doc["text"])
    for i, lines in enumerate(paras):
        style = body
        if i == 0 and lines[0].isupper():
            story.append(Paragraph(html.escape(lines[0]), head))
            lines = lines[1:]
            if not lines:
                story.append(Spacer(1, 8))
                continue
        if i == len(paras) - 1 and "·" in lines[0] and len(paras) > 3:
            style = small  # letterhead printed in the footer
        story.append(Paragraph("<br/>".join(html.escape(line) for line in lines), style))
        story.append(Spacer(1, 7))
    pdf.build(story)
    return buf.getvalue()


# ---------------------------------------------------------------- docx
def render_docx(doc: dict) -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.core_properties.author = ""
    d.core_properties.created = datetime(2026, 1, 1)
    d.core_properties.modified = datetime(2026, 1, 1)
    for i, lines in enumerate(paragraphs(doc["text"])):
        p = d.add_paragraph()
        for j, line in enumerate(lines):
            run = p.add_run(line)
            if i == 0 and j == 0:
                run.bold = True
                run.font.size = Pt(14)
            if j < len(lines) - 1:
                run.add_break()
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# ---------------------------------------------------------------- scan
def render_scan(doc: dict) -> bytes:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    rnd = random.Random(doc["id"])
    dpi = 250
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    margin = int(0.95 * dpi)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), int(10.5 * dpi / 72))
    bold = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), int(13 * dpi / 72))
    line_h = int(10.5 * dpi / 72 * 1.38)
    maxw = W - 2 * margin

    def wrap(line: str, f) -> list[str]:
        out, cur = [], ""
        for word in line.split(" "):
            trial = (cur + " " + word).strip() if cur else word
            if f.getlength(trial) <= maxw:
                cur = trial
            else:
                if cur:
                    out.append(cur)
                cur = word
        out.append(cur)
        return out

    rows: list[tuple[str, object]] = []
    for i, lines in enumerate(paragraphs(doc["text"])):
        for j, line in enumerate(lines):
            f = bold if (i == 0 and j == 0) else font
            for w in wrap(line, f):
                rows.append((w, f))
        rows.append(("", font))
    pages, cur, y = [], [], margin
    for row in rows:
        if y + line_h > H - margin:
            pages.append(cur)
            cur, y = [], margin
        cur.append((y, row))
        y += line_h
    if cur:
        pages.append(cur)

    images = []
    for p in pages:
        img = Image.new("L", (W, H), 250)
        dr = ImageDraw.Draw(img)
        for yy, (txt, f) in p:
            dr.text((margin + rnd.randint(-2, 2), yy), txt, font=f, fill=rnd.randint(20, 45))
        img = img.rotate(rnd.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=250, expand=False)
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        # sparse speckle noise and a faint grey cast
        px = img.load()
        for _ in range(W * H // 900):
            x, yq = rnd.randrange(W), rnd.randrange(H)
            px[x, yq] = rnd.randint(120, 200)
        images.append(img)
    buf = io.BytesIO()
    images[0].save(buf, "PDF", resolution=dpi, save_all=True, append_images=images[1:], quality=45)
    return buf.getvalue()


# ---------------------------------------------------------------- eml
def to_html(text: str) -> str:
    out = ["<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"]
    parts = re.split(r"\n(?=On .+ wrote:\n)", text, maxsplit=1)
    for p in parts[0].split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>")
    if len(parts) > 1:
        head, _, rest = parts[1].partition("\n")
        out.append("<div>" + html.escape(head) + "</div>")
        out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">")
        for p in rest.strip().split("\n\n"):
            out.append("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>")
        out.append("</blockquote>")
    out.append("</body></html>")
    return "\n".join(out)


def render_eml(doc: dict, by_id: dict, part_names: dict[str, str]) -> bytes:
    e = doc["email"]
    m = EmailMessage()
    m["From"] = formataddr((e["from_name"], e["from_addr"]))
    m["To"] = e["to"]
    if e["cc"]:
        m["Cc"] = ", ".join(e["cc"])
    m["Subject"] = e["subject"]
    m["Date"] = format_datetime(datetime.fromisoformat(e["date"]))
    m["Message-ID"] = e["message_id"]
    if e.get("in_reply_to"):
        m["In-Reply-To"] = e["in_reply_to"]
    if e.get("references"):
        m["References"] = " ".join(e["references"])
    m["MIME-Version"] = "1.0"
    if e.get("html_only"):
        m.set_content(to_html(doc["text"]), subtype="html")
    else:
        m.set_content(doc["text"] + "\n")
    for aid in e["attachments"]:
        a = by_id[aid]
        data = render_pdf(a) if a["format"] == "pdf" else render_docx(a)
        maintype, subtype = (("application", "pdf") if a["format"] == "pdf" else
                             ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"))
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=part_names[aid])
    return bytes(m)


# ---------------------------------------------------------------- main
def main(here: Path, part_names: dict[str, str]) -> None:
    """Render the corpus in folder `here`; `part_names` are the file names attachments carry."""
    docs_dir, files = here / "docs", here / "files"
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(docs_dir.glob("*.json"))]
    by_id = {d["id"]: d for d in docs}
    attached = {a: d["id"] for d in docs if d["email"] for a in d["email"]["attachments"]}
    files.mkdir(exist_ok=True)
    for old in files.iterdir():
        old.unlink()
    gold_lines, received = [], {}

    def gline(d, file, part):
        row = {"file": file, "part": part, "id": d["id"], "received": d["received"],
               "format": d["format"], "language": d["language"]}
        row.update({k: d["gold"][k] for k in GOLD_KEYS})
        return row

    for d in docs:
        if d["id"] in attached:
            continue
        fmt = d["format"]
        if fmt == "eml":
            name, data = f"{d['id']}.eml", render_eml(d, by_id, part_names)
        elif fmt == "pdf":
            name, data = f"{d['id']}.pdf", render_pdf(d)
        elif fmt == "scan":
            name, data = f"{d['id']}.pdf", render_scan(d)
        elif fmt == "docx":
            name, data = f"{d['id']}.docx", render_docx(d)
        elif fmt == "txt":
            name, data = f"{d['id']}.txt", (d["text"] + "\n").encode("utf-8")
        else:
            raise SystemExit(f"unknown format {fmt}")
        (files / name).write_bytes(data)
        received.setdefault(d["received"], []).append(name)
        gold_lines.append(gline(d, name, None))
        if fmt == "eml":
            for aid in d["email"]["attachments"]:
                gold_lines.append(gline(by_id[aid], name, part_names[aid]))
    (here / "gold.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold_lines),
                                     encoding="utf-8")
    (here / "received.json").write_text(json.dumps(dict(sorted(received.items())), indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(gold_lines)} gold lines, {sum(len(v) for v in received.values())} files")
