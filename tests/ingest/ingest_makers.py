"""Small real files for the ingest tests: PDFs (typed and scanned), DOCX and emails built in code."""

from __future__ import annotations

import io
from collections.abc import Sequence
from email.message import EmailMessage

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

LEFT, TOP = 72, A4[1] - 72


def typed_pdf(
    pages: Sequence[Sequence[str]],
    *,
    header: str | None = None,
    footer: str | None = None,
    page_numbers: bool = False,
    encrypt: str | None = None,
) -> bytes:
    """A letter of `pages`, each a list of lines; optional running header, footer and "Page N of M"."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt=encrypt)
    for number, lines in enumerate(pages, start=1):
        if header:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(LEFT, A4[1] - 36, header)
        c.setFont("Helvetica", 11)
        y = TOP
        for line in lines:
            if line:
                c.drawString(LEFT, y, line)
                y -= 14
            else:
                y -= 10  # a blank line: the wider step is a paragraph break
        c.setFont("Helvetica", 8)
        if footer:
            c.drawString(LEFT, 40, footer)
        if page_numbers:
            c.drawRightString(A4[0] - LEFT, 28, f"Page {number} of {len(pages)}")
        c.showPage()
    c.save()
    return buf.getvalue()


def scanned_pdf(lines: Sequence[str], dpi: int = 200) -> bytes:
    """An image-only PDF: a typed page rendered to a bitmap and wrapped again, as a scanner would."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader

    typed = typed_pdf([lines])
    pdf = pdfium.PdfDocument(typed)
    image = pdf[0].render(scale=dpi / 72, grayscale=True).to_pil()
    pdf.close()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()
    return buf.getvalue()


def docx_bytes(
    paragraphs: Sequence[str],
    *,
    header: Sequence[str] = (),
    footer: Sequence[str] = (),
    table: Sequence[Sequence[str]] | None = None,
    table_after: int = 1,
) -> bytes:
    import docx

    document = docx.Document()
    section = document.sections[0]
    for i, line in enumerate(header):
        p = section.header.paragraphs[0] if i == 0 else section.header.add_paragraph()
        p.text = line
    for i, line in enumerate(footer):
        p = section.footer.paragraphs[0] if i == 0 else section.footer.add_paragraph()
        p.text = line
    for i, text in enumerate(paragraphs):
        document.add_paragraph(text)
        if table is not None and i + 1 == table_after:
            t = document.add_table(rows=len(table), cols=len(table[0]))
            for r, row in enumerate(table):
                for k, cell in enumerate(row):
                    t.cell(r, k).text = cell
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def email_bytes(
    body: str,
    *,
    subject: str = "Review of Example Ltd",
    sender: str = "Harriet Cole <h.cole@colefinch.co.uk>",
    to: str = "legal@example-platform.com",
    cc: str | None = None,
    html: str | None = None,
    html_only: bool = False,
    attachments: Sequence[tuple[str, bytes, str]] = (),
    attach_messages: Sequence[bytes] = (),
    message_id: str = "<m1@colefinch.co.uk>",
    in_reply_to: str | None = None,
    references: str | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = "Tue, 03 Nov 2026 09:14:00 +0000"
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    if html_only:
        msg.set_content(html or body, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    for name, data, ctype in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    for raw in attach_messages:
        from email import message_from_bytes, policy

        msg.add_attachment(message_from_bytes(raw, policy=policy.default))
    return msg.as_bytes()
