"""A draft as a .docx letter on the team's letterhead (python-docx)."""

from __future__ import annotations

import io
import re

from docx import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from cases.models import Case, Draft
from responses.letterhead import Letterhead


def to_docx(d: Draft, case: Case, letterhead: Letterhead) -> bytes:
    """The draft's current text, paragraph by paragraph (a blank line separates paragraphs, a single
    line break stays a line break), under a letterhead in the page header."""
    doc = DocxDocument()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    header = doc.sections[0].header
    top = header.paragraphs[0]
    top.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = top.add_run(letterhead.organisation)
    run.bold = True
    run.font.size = Pt(14)
    lines = [letterhead.team, *letterhead.address,
             " | ".join(x for x in (letterhead.phone, letterhead.email, letterhead.website) if x)]
    for line in filter(None, lines):
        p = header.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(line)
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    for block in re.split(r"\n\s*\n", d.text.strip()):
        p = doc.add_paragraph()
        for i, line in enumerate(block.split("\n")):
            if i:
                p.add_run().add_break()
            p.add_run(line)

    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = f"{case.ref}"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    props = doc.core_properties
    props.title = d.subject or case.ref
    props.author = letterhead.team
    props.subject = case.ref
    props.comments = f"draft {d.id} v{d.version} ({d.status}), template {d.template}"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
