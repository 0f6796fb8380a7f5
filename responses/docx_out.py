"""A draft as a .docx letter on the team's letterhead (python-docx).

A draft nobody has approved yet is visibly one: a DRAFT heading above the letter and a DRAFT
watermark across every page (the PDF made from it shows both); only an approved draft comes out
as a letter ready to send.
"""

from __future__ import annotations

import io
import re

from docx import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor

from cases.models import Case, Draft
from responses.letterhead import Letterhead

# Word's own watermark: a VML text shape behind the page, anchored in the header (Word and
# LibreOffice both draw it on every page).
WATERMARK = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
  <w:pict>
    <v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"
                 path="m@7,l@8,m@5,21600l@6,21600e">
      <v:path textpathok="t" o:connecttype="custom"/>
      <v:textpath on="t" fitshape="t"/>
      <o:lock v:ext="edit" text="t" shapetype="t"/>
    </v:shapetype>
    <v:shape id="PowerPlusWaterMarkObject" o:spid="_x0000_s2049" type="#_x0000_t136"
             style="position:absolute;margin-left:0;margin-top:0;width:468pt;height:156pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin"
             o:allowincell="f" fillcolor="#d0d0d0" stroked="f">
      <v:fill opacity=".5"/>
      <v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="{text}"/>
    </v:shape>
  </w:pict>
</w:r>"""


def draft_banner(d: Draft) -> str:
    """The heading of a draft nobody has approved: it is not a letter to send."""
    return f"DRAFT — NOT APPROVED, NOT FOR SENDING (draft {d.id}, version {d.version}, {d.status})"


def to_docx(d: Draft, case: Case, letterhead: Letterhead, *, ready: bool) -> bytes:
    """The draft's current text, paragraph by paragraph (a blank line separates paragraphs, a single
    line break stays a line break), under a letterhead in the page header; `ready` False (not
    approved): with a DRAFT heading and watermark."""
    doc = DocxDocument()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    header = doc.sections[0].header
    top = header.paragraphs[0]
    top.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if not ready:
        top._p.append(parse_xml(WATERMARK.replace("{text}", "DRAFT")))
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

    if not ready:
        banner = doc.add_paragraph()
        r = banner.add_run(draft_banner(d))
        r.bold = True
        r.font.size = Pt(14)
        r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)

    for block in re.split(r"\n\s*\n", d.text.strip()):
        p = doc.add_paragraph()
        for i, line in enumerate(block.split("\n")):
            if i:
                p.add_run().add_break()
            p.add_run(line)

    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = case.ref if ready else f"{case.ref} — DRAFT, not approved"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER

    props = doc.core_properties
    props.title = (d.subject or case.ref) if ready else f"DRAFT: {d.subject or case.ref}"
    props.author = letterhead.team
    props.subject = case.ref
    props.comments = f"draft {d.id} v{d.version} ({d.status}), template {d.template}"
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
