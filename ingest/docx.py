"""DOCX through python-docx: body paragraphs and tables in document order, headers and footers.

A letter's letterhead often sits in the Word header and holds the firm's name, address and email,
which the extractors need; so header text opens `text` and footer text closes it, and both are
also listed in `furniture`.
"""

from __future__ import annotations

import copy
import io
import logging
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ingest.errors import IngestError
from ingest.furniture import is_page_number
from ingest.limits import IngestLimits

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
TEXT_TAGS = {f"{W}t": None, f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n", f"{W}noBreakHyphen": "-"}
MAX_MEMBERS = 10_000
CHUNK = 1 << 20

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DocxContent:
    text: str
    headers: tuple[str, ...]
    footers: tuple[str, ...]
    metadata: tuple[tuple[str, str], ...] = ()


def check_zip(data: bytes, limits: IngestLimits) -> None:
    """Refuse zip bombs before anything decompresses: the declared sizes bound what can be read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise IngestError(f"Word document has too many parts ({len(infos)})")
            total = sum(i.file_size for i in infos)
            if total > limits.max_unpacked_bytes:
                raise IngestError(
                    f"Word document unpacks to {total // (1024 * 1024)} MB, over the "
                    f"{limits.max_unpacked_bytes // (1024 * 1024)} MB limit (zip bomb?)"
                )
            if any(i.flag_bits & 0x1 for i in infos):
                raise IngestError("encrypted Word document (password required)")
            _inflate_within(zf, infos, limits.max_unpacked_bytes)
    except zipfile.BadZipFile as exc:
        raise IngestError(f"corrupt Word document (bad zip: {exc})") from exc
    except (zlib.error, EOFError, NotImplementedError) as exc:
        raise IngestError(f"corrupt Word document (bad zip: {exc})") from exc


def _inflate_within(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], budget: int) -> None:
    """Inflate every part, counting the bytes that actually come out, not the sizes the headers
    claim (a header may lie): refused as soon as the count passes `budget`. Nothing is kept."""
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        # zipfile stops a part at its declared size (and checks it there); declared as more than the
        # budget left, a part that claims less but holds more is read until the budget says no
        probe = copy.copy(info)
        probe.file_size = budget - total + 2 * CHUNK
        with zf.open(probe) as fh:
            while chunk := fh.read(CHUNK):
                total += len(chunk)
                if total > budget:
                    raise IngestError(
                        f"Word document unpacks to more than the {budget // (1024 * 1024)} MB limit "
                        "(zip bomb: its headers understate it)")


def parse_docx(data: bytes, limits: IngestLimits) -> DocxContent:
    check_zip(data, limits)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise IngestError(f"corrupt Word document: {exc}") from exc
    body = _blocks(document.element.body)
    headers, footers = _headers_footers(document)
    # Page numbers ("Page 1", a PAGE field's last value) are furniture only, never text.
    parts = [*headers, body, *footers]
    text = "\n\n".join(p for p in parts if p.strip() and not is_page_number(p))
    if not text.strip():
        raise IngestError("Word document has no text")
    metadata = tuple((k, v) for k, v in _core_properties(document) if v)
    return DocxContent(text, headers, footers, metadata)


def _blocks(container: object) -> str:
    """Paragraphs and tables of a body/header/footer element, in order, blank-line separated."""
    return "\n\n".join(b for b in _iter_blocks(container) if b.strip())


def _iter_blocks(container: object) -> Iterator[str]:
    for child in container.iterchildren():  # type: ignore[attr-defined]
        tag = child.tag
        if tag == f"{W}p":
            yield from _paragraph_blocks(child)
        elif tag == f"{W}tbl":
            yield _table(child)
        elif tag == f"{W}sdt":  # content control: its content is ordinary blocks
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _iter_blocks(content)
        elif tag in (f"{W}customXml", f"{W}ins", f"{W}smartTag"):
            yield from _iter_blocks(child)


def _paragraph_blocks(p: object) -> Iterator[str]:
    """The paragraph's own text, then the text of any text boxes anchored in it."""
    yield _paragraph_text(p)
    for box in p.iter(f"{W}txbxContent"):  # type: ignore[attr-defined]
        if _under(box, MC_FALLBACK, stop=p) or _under(box, f"{W}txbxContent", stop=p):
            continue  # the Fallback repeats the Choice; nested boxes come with their parent
        yield _blocks(box)


def _paragraph_text(p: object) -> str:
    out: list[str] = []
    for el in p.iter(*TEXT_TAGS):  # type: ignore[attr-defined]
        if _under(el, f"{W}txbxContent", stop=p) or _under(el, MC_FALLBACK, stop=p):
            continue
        fixed = TEXT_TAGS[el.tag]
        out.append(fixed if fixed is not None else (el.text or ""))
    return "".join(out).strip()


def _under(el: object, tag: str, stop: object) -> bool:
    node = el.getparent()  # type: ignore[attr-defined]
    while node is not None and node is not stop:
        if node.tag == tag:
            return True
        node = node.getparent()
    return False


def _table(tbl: object) -> str:
    rows: list[str] = []
    for tr in tbl.iterchildren(f"{W}tr"):  # type: ignore[attr-defined]
        cells: list[str] = []
        for tc in tr.iterchildren(f"{W}tc"):
            cell = " ".join(b for b in _iter_blocks(tc) if b.strip())
            cells.append(" ".join(cell.split(" ")))
        cells = [c for c in cells if c.strip()]
        if cells:
            rows.append(" | ".join(cells))
    return "\n".join(rows)


def _headers_footers(document: object) -> tuple[tuple[str, ...], tuple[str, ...]]:
    try:
        even = bool(document.settings.odd_and_even_pages_header_footer)  # type: ignore[attr-defined]
    except Exception:
        logger.debug("docx: header/footer settings unreadable, treating odd and even pages alike", exc_info=True)
        even = False
    headers: list[str] = []
    footers: list[str] = []
    for section in document.sections:  # type: ignore[attr-defined]
        for kind, out in (("header", headers), ("footer", footers)):
            for part in _section_parts(section, kind, even):
                text = _blocks(part._element)
                if text.strip() and text not in out:
                    out.append(text)
    return tuple(headers), tuple(footers)


def _section_parts(section: object, kind: str, even: bool) -> Iterable[Any]:
    # First-page and even-page variants only count where the document turns them on; a part
    # linked to the previous section has no definition of its own (and would repeat it anyway).
    names = [kind]
    if getattr(section, "different_first_page_header_footer", False):
        names.insert(0, f"first_page_{kind}")
    if even:
        names.append(f"even_page_{kind}")
    for name in names:
        part = getattr(section, name)
        if part._has_definition:
            yield part


def _core_properties(document: object) -> Iterator[tuple[str, str]]:
    try:
        props = document.core_properties  # type: ignore[attr-defined]
    except Exception:
        logger.debug("docx: core properties unreadable", exc_info=True)
        return
    yield "title", props.title or ""
    yield "author", props.author or ""
    if props.created:
        yield "created", props.created.isoformat()
