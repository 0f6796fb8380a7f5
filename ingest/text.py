"""Plain text and HTML: bytes to text with charset detection, and HTML made into readable text."""

from __future__ import annotations

import codecs
import re
import warnings

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, ProcessingInstruction, Tag

from ingest.errors import IngestError

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
BLOCK_TAGS = {
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "address", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "form", "fieldset", "figure",
    "center", "hr",
}
LINE_TAGS = {"li", "tr", "dt", "dd", "caption", "title"}
CELL_TAGS = {"td", "th"}
DROP_TAGS = {"script", "style", "head", "noscript", "template", "svg", "object", "iframe"}
SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# Control characters other than tab and newline carry nothing readable and confuse later stages.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")


def decode(data: bytes, declared: str | None = None) -> str:
    """Bytes to str: BOM first, then a declared charset, UTF-8, and charset-normalizer's guess."""
    for bom, enc in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")


def tidy(text: str) -> str:
    """Newlines unified, control characters dropped, trailing spaces cut, at most one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL.sub("", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")


def parse_text(data: bytes) -> str:
    text = tidy(decode(data))
    if not text.strip():
        raise IngestError("empty text file")
    return text


def parse_html(data: bytes, declared: str | None = None) -> str:
    text = html_to_text(decode(data, declared or _meta_charset(data)))
    if not text.strip():
        raise IngestError("HTML file has no readable text")
    return text


def _meta_charset(data: bytes) -> str | None:
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", data[:4096], re.I)
    return m.group(1).decode("ascii") if m else None


def html_to_text(html: str) -> str:
    """Readable text of an HTML page: blocks as paragraphs, <br> as line breaks, quotes as `> ` lines."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # bs4 warns about markup that looks like a file name or URL
        soup = BeautifulSoup(html, "lxml")
    for tag in soup.find_all(DROP_TAGS):
        tag.decompose()
    out: list[str] = []
    _render(soup, out)
    text = "".join(out)
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return tidy("\n".join(lines))


def _render(node: Tag, out: list[str]) -> None:
    # Iterative on purpose: deeply nested hostile HTML must not exhaust the recursion limit.
    stack: list[object] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str) and not isinstance(item, NavigableString):
            out.append(item)  # a marker pushed below
            continue
        if isinstance(item, (Comment, Doctype, ProcessingInstruction)):
            continue
        if isinstance(item, NavigableString):
            out.append(SPACES.sub(" ", str(item).replace("\n", " ")))
            continue
        if not isinstance(item, Tag):
            continue
        name = item.name
        if name == "br":
            out.append("\n")
            continue
        if name == "blockquote":
            inner: list[str] = []
            _render_children(item, inner)
            quoted = html_lines("".join(inner))
            out.append("\n\n" + "\n".join(f"> {line}".rstrip() for line in quoted) + "\n\n")
            continue
        if name == "pre":
            inner = []
            for child in item.children:
                if isinstance(child, NavigableString):
                    inner.append(str(child))
                elif isinstance(child, Tag):
                    inner.append(child.get_text())
            out.append("\n\n" + "".join(inner) + "\n\n")
            continue
        if name == "img":
            raw_alt = item.get("alt")
            alt = raw_alt.strip() if isinstance(raw_alt, str) else ""
            if alt:
                out.append(f" {alt} ")
            continue
        before, after = "", ""
        if name in BLOCK_TAGS:
            before = after = "\n\n"
        elif name in LINE_TAGS:
            before = after = "\n"
        elif name in CELL_TAGS:
            after = "\n"  # layout tables in emails hold whole blocks per cell
        stack.append(after)
        stack.extend(reversed(list(item.children)))
        stack.append(before)


def _render_children(tag: Tag, out: list[str]) -> None:
    for child in tag.children:
        if isinstance(child, Tag):
            _render(child, out)
        elif isinstance(child, NavigableString) and not isinstance(child, Comment):
            out.append(SPACES.sub(" ", str(child).replace("\n", " ")))


def html_lines(text: str) -> list[str]:
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    joined = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return joined.split("\n") if joined else []
