"""Tell a file's type from its bytes, never from its name."""

from __future__ import annotations

import io
import re
import zipfile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
# Property streams of an Outlook item are named like this inside the compound file's directory.
MSG_MARKER = "__substg1.0_".encode("utf-16-le")
# Photos and scans of letters: read by OCR (ingest.image).
IMAGE_MAGICS = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
)
OTHER_IMAGES = (
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
)
OTHER_BINARY = (
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"{\\rtf", "RTF document"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
)
HEADER_LINE = re.compile(r"^[!-9;-~]+:[ \t]?.*$")  # RFC 5322 field name: printable ASCII but ':'
CONTINUATION = re.compile(r"^[ \t]+\S")
MAIL_FIELDS = {
    "from", "to", "cc", "subject", "date", "message-id", "mime-version", "received", "return-path",
    "reply-to", "in-reply-to", "references", "content-type", "delivered-to", "x-mailer", "sender",
}
HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
HTML_TAGS = re.compile(rb"<(p|div|br|table|span|a|b|i|font|h[1-6])\b[^>]*>", re.I)


def detect(data: bytes) -> str:
    """One of pdf, docx, msg, eml, html, txt, png, jpeg, tiff, or a description of what it is instead.

    Unsupported kinds come back as `unsupported:<what>` so the caller can say what was refused.
    """
    if not data.strip():
        return "empty"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(OLE_MAGIC):
        return "msg" if MSG_MARKER in data else "unsupported:legacy Office (OLE) file that is not an Outlook message"
    if data.startswith(ZIP_MAGICS):
        return _zip_kind(data)
    for magic, name in IMAGE_MAGICS:
        if data.startswith(magic):
            return name
    for magic, name in OTHER_IMAGES:
        if data.startswith(magic):
            return f"unsupported:{name} image"
    for magic, name in OTHER_BINARY:
        if data.startswith(magic):
            return f"unsupported:{name}"
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "txt"  # UTF-16 text: NUL bytes are expected
    if b"\x00" in head:
        return "unsupported:binary file of unknown type"
    if _looks_like_email(head):
        return "eml"
    if HTML_START.match(head.lstrip(b"\xef\xbb\xbf")) or len(HTML_TAGS.findall(head)) >= 5:
        return "html"
    return "txt"


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return "docx?corrupt"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "unsupported:Excel workbook"
    if "ppt/presentation.xml" in names:
        return "unsupported:PowerPoint presentation"
    return "unsupported:ZIP archive that is not a Word document"


def _looks_like_email(head: bytes) -> bool:
    """RFC 822: a block of `Field: value` lines (with folded continuations) up to a blank line."""
    text = head.decode("latin-1").lstrip("\ufeff")
    lines = text.replace("\r\n", "\n").split("\n")
    if len(head) >= 8192:
        lines = lines[:-1]  # the last line may be cut off mid-name
    fields: set[str] = set()
    for i, line in enumerate(lines):
        if not line.strip():
            break
        if i > 0 and CONTINUATION.match(line):
            continue
        if line.startswith("From ") and i == 0:  # mbox separator line
            continue
        if not HEADER_LINE.match(line):
            return False
        fields.add(line.split(":", 1)[0].strip().lower())
    known = fields & MAIL_FIELDS
    return len(known) >= 2 and bool(known & {"from", "to", "subject", "message-id", "received"})
