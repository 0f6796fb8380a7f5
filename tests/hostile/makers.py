"""Hostile files, made in code: each as (name, bytes) a sender could put in front of the desk."""

from __future__ import annotations

import io
import struct
import zipfile
from email.message import EmailMessage

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.ingest.ingest_makers import docx_bytes, email_bytes, typed_pdf

LETTER = ["Dear Sir or Madam,", "We act for Example Ltd. Please remove the review by 20 November 2026.",
          "Yours faithfully,", "Alex Writer"]
MB = 1024 * 1024


def encrypted_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, encrypt="secret")
    c.drawString(72, 700, "A letter behind a password")
    c.showPage()
    c.save()
    return buf.getvalue()


def truncated_pdf() -> bytes:
    data = typed_pdf([LETTER, LETTER])
    return data[: len(data) // 2]


def docx_bomb(unpacked: int) -> bytes:
    """A Word file whose body unpacks to `unpacked` bytes of nothing, its sizes told honestly."""
    good = zipfile.ZipFile(io.BytesIO(docx_bytes(LETTER)))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in good.infolist():
            zf.writestr(info.filename, good.read(info.filename))
        with zf.open("word/media/padding.bin", "w") as fh:
            chunk = b"\0" * MB
            for _ in range(unpacked // MB):
                fh.write(chunk)
    return buf.getvalue()


def docx_lying_bomb(unpacked: int) -> bytes:
    """The same bomb, its zip headers (local and central) saying the padding unpacks to 1 KB."""
    data = bytearray(docx_bomb(unpacked))
    name = b"word/media/padding.bin"
    # local file header: signature PK\3\4, sizes at offsets 18 (compressed) and 22 (uncompressed)
    at = data.find(b"PK\x03\x04" + bytes(data[4:4]))
    while at != -1:
        if data[at + 30: at + 30 + len(name)] == name:
            struct.pack_into("<I", data, at + 22, 1024)
        at = data.find(b"PK\x03\x04", at + 4)
    # central directory entry: signature PK\1\2, uncompressed size at offset 24, name at 46
    at = data.find(b"PK\x01\x02")
    while at != -1:
        if data[at + 46: at + 46 + len(name)] == name:
            struct.pack_into("<I", data, at + 24, 1024)
        at = data.find(b"PK\x01\x02", at + 4)
    return bytes(data)


def docx_external_entity(target: str) -> bytes:
    """A Word file whose body declares an external entity naming a file on the reader's machine."""
    good = zipfile.ZipFile(io.BytesIO(docx_bytes(["PLACEHOLDER"])))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in good.infolist():
            content = good.read(info.filename)
            if info.filename == "word/document.xml":
                text = content.decode("utf-8")
                head, rest = text.split("?>", 1)
                text = (f'{head}?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{target}">]>{rest}'
                        .replace("PLACEHOLDER", "Dear Sir, the file says: &xxe; Yours, A Writer"))
                content = text.encode("utf-8")
            zf.writestr(info.filename, content)
    return buf.getvalue()


def nested_email(depth: int) -> bytes:
    """An email carrying an email carrying an email ... `depth` deep; each says how deep it is."""
    inner = email_bytes(f"The innermost message, level {depth}.", subject=f"level {depth}")
    for level in range(depth - 1, 0, -1):
        inner = email_bytes(f"Forwarded at level {level}: please remove the review by 20 November 2026.",
                            subject=f"level {level}", attach_messages=[inner], message_id=f"<l{level}@x.example>")
    return inner


def many_attachments(n: int) -> bytes:
    return email_bytes("Dear team, the evidence is attached. Regards, A Writer",
                       attachments=[(f"evidence-{i}.txt", f"exhibit {i}".encode(), "text/plain") for i in range(n)])


def scripted_html_email(line_chars: int) -> bytes:
    scripts = "".join(f"<script>alert({i});document.write('x')</script><iframe src='https://evil.example/{i}'>"
                      f"</iframe><img src=x onerror='steal({i})'>" for i in range(200))
    words = ("remove https://www.trustpilot.com/reviews/0123456789abcdef01234567 now " * (line_chars // 70 + 1))
    html = (f"<html><body onload='boom()'>{scripts}<p>Dear team, please remove the review.</p>"
            f"<p>{words[:line_chars]}</p><p>Regards, A Writer</p></body></html>")
    return email_bytes("", html=html, html_only=True)


def charset_email(body: str, charset: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Sender <s@example.jp>"
    msg["To"] = "legal@example-platform.com"
    msg["Subject"] = "Notice"
    msg["Date"] = "Tue, 03 Nov 2026 09:14:00 +0000"
    msg.set_content(body.encode(charset), maintype="text", subtype="plain",
                    cte="base64" if charset == "utf-16" else "8bit" if charset != "iso-2022-jp" else "7bit")
    msg.replace_header("Content-Type", f'text/plain; charset="{charset}"')
    return msg.as_bytes()


def hostile_names_email() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Sender <s@example.com>"
    msg["To"] = "legal@example-platform.com"
    msg["Subject"] = "names"
    msg["Date"] = "Tue, 03 Nov 2026 09:14:00 +0000"
    msg.set_content("Dear team, see attached. Please remove the review by 20 November 2026. Regards, A Writer")
    for name in ("../../etc/passwd.txt", "evil\x00name\u202etxt.exe", "..\\..\\windows\\win.ini", "\x1b[31mred.txt"):
        msg.add_attachment(b"Dear Sir, an attachment. Please remove the review.", maintype="text",
                           subtype="plain", filename=name)
    return msg.as_bytes()
