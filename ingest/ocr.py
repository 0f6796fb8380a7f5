"""OCR with Tesseract for pages that have no text layer, and clean-up of what OCR typically gets wrong."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from ingest.errors import IngestError
from ingest.ocr_language import page_languages

MAX_PIXELS = 60_000_000  # a hostile page size must not allocate gigabytes of bitmap
OCR_TIMEOUT_SECONDS = 180


@dataclass(frozen=True)
class OcrResult:
    text: str
    confidence: float | None  # mean word confidence, 0-100


def ocr_pdf_page(page: Any, *, dpi: int, languages: str) -> OcrResult:
    """Render a pypdfium2 page (grey, `dpi`) and read it."""
    width, height = page.get_size()
    scale = dpi / 72
    pixels = width * scale * height * scale
    if pixels > MAX_PIXELS:
        scale *= math.sqrt(MAX_PIXELS / pixels)
    image = page.render(scale=scale, grayscale=True).to_pil()
    return ocr_image(image, languages=languages)


def ocr_image(image: Any, *, languages: str) -> OcrResult:
    """Read a PIL image with Tesseract. `languages` ("eng+deu+fra+dan") are the candidates; the
    page is read with its own language first (see ingest.ocr_language)."""
    import pytesseract

    # Tesseract's thread count is the process's OMP_THREAD_LIMIT, set once by the command line
    # (lexdesk.cli): a library does not write the environment of the program that uses it.
    def plain_text(img: Any, lang: str) -> str:
        return str(pytesseract.image_to_string(img, lang=lang, timeout=OCR_TIMEOUT_SECONDS))

    if _ink(image) < BLANK_INK:
        return OcrResult("", None)  # a blank page: nothing to read, and Tesseract reads noise slowly
    try:
        languages = page_languages(image, languages, plain_text)
        data = pytesseract.image_to_data(
            image, lang=languages, output_type=pytesseract.Output.DICT, timeout=OCR_TIMEOUT_SECONDS
        )
        _reread_ids(image, data, languages.split("+")[0])
    except pytesseract.TesseractNotFoundError as exc:
        raise IngestError("page needs OCR but Tesseract is not installed") from exc
    except RuntimeError as exc:  # pytesseract's timeout
        raise IngestError(f"OCR failed: {exc}") from exc
    except pytesseract.TesseractError as exc:
        raise IngestError(f"OCR failed: {exc.message}") from exc
    text, confidence = _assemble(data)
    return OcrResult(clean_ocr_text(text), confidence)


# A blank scanned page's paper grain and faint specks are no text, but Tesseract tries to read
# them, slowly (minutes for one page of noise) and into garbage: a page with (almost) no pixel
# dark enough to be print is blank and not read. Pages with print are read as they are.
DARK = 128
BLANK_INK = 0.00002  # a page of text: a few percent of dark pixels; one short line ~0.0005; a blank scan 0


def _ink(image: Any) -> float:
    """The share of the page's pixels dark enough to be print."""
    hist = (image if image.mode == "L" else image.convert("L")).histogram()
    return sum(hist[:DARK]) / max(1, sum(hist))


# --- ids read again -------------------------------------------------------------------------------

# A word's punctuation around its core: "(", "." after an id ending a sentence.
_WORD_PARTS = re.compile(r"^([(\[\"'“«]*)(.*?)([.,;:!?)\]\"'”»]*)$", re.DOTALL)
_NOT_IN_ID = set("/@.-_=:#&?%")  # a URL, an address, a reference or a date, not a bare id
_REREAD_CONFIG = "--psm 8 -c tessedit_char_whitelist=0123456789abcdef"
MAX_ID_EDITS = 3


def near_id(core: str) -> bool:
    """A word that is nearly a hex id but not one: about its length, mostly hex, with digits.
    OCR inserted, dropped or misread a character ("achb9d…" for "acb9d…", "¢" for "c")."""
    if not ID_LEN - 2 <= len(core) <= ID_LEN + 2 or any(c in _NOT_IN_ID for c in core):
        return False
    fixed = core.translate(HEX_CONFUSIONS)
    if HEX_ID.fullmatch(fixed):
        return False  # the clean-up puts it right
    non_hex = sum(c not in "0123456789abcdef" for c in fixed)
    digits = sum(c.isdigit() for c in fixed)
    # generated ids mix the two: digits alone (an IBAN, a phone number) or letters alone are no id
    return digits >= 5 and len(fixed) - digits >= 3 and non_hex <= MAX_ID_EDITS


def _reread_ids(image: Any, data: dict[str, list[Any]], lang: str) -> None:
    """Read each word that is nearly an id again on its own, allowing hex characters only:
    without the language model's pull towards words, Tesseract reads a generated id as printed.
    The new reading replaces the word's core if it is an id a few edits from the first one."""
    import pytesseract

    for i, word in enumerate(data["text"]):
        m = _WORD_PARTS.match((word or "").strip())
        if not m or not near_id(m.group(2)):
            continue
        left, top, width, height = (int(data[k][i]) for k in ("left", "top", "width", "height"))
        pad = max(4, height // 2)
        box = (max(0, left - pad), max(0, top - pad), min(image.width, left + width + pad),
               min(image.height, top + height + pad))
        reread = str(pytesseract.image_to_string(image.crop(box), lang=lang, config=_REREAD_CONFIG,
                                                 timeout=OCR_TIMEOUT_SECONDS)).strip()
        first = m.group(2).translate(HEX_CONFUSIONS).lower()
        if HEX_ID.fullmatch(reread) and _looks_like_id(reread) and _edits(first, reread) <= MAX_ID_EDITS:
            data["text"][i] = m.group(1) + reread + m.group(3)


def _edits(a: str, b: str) -> int:
    """Levenshtein distance."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _assemble(data: dict[str, list[Any]]) -> tuple[str, float | None]:
    """Words back into lines, and paragraphs apart by a blank line, as the page shows them."""
    paragraphs: list[list[str]] = []
    current_par: tuple[int, int] | None = None
    current_line: tuple[int, int, int] | None = None
    confidences: list[float] = []
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        if not word:
            continue
        conf = float(data["conf"][i])
        if conf >= 0:
            confidences.append(conf)
        par = (data["block_num"][i], data["par_num"][i])
        line = (*par, data["line_num"][i])
        if par != current_par:
            paragraphs.append([word])
            current_par, current_line = par, line
        elif line != current_line:
            paragraphs[-1].append("\n" + word)
            current_line = line
        else:
            paragraphs[-1].append(" " + word)
    text = "\n\n".join("".join(p) for p in paragraphs)
    mean = round(sum(confidences) / len(confidences), 1) if confidences else None
    return text, mean


# --- clean-up -------------------------------------------------------------------------------------

# Letters OCR reads in place of digits (and the reverse) inside hex identifiers.
HEX_CONFUSIONS = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "i": "1",
                                "|": "1", "Z": "2", "z": "2", "S": "5", "s": "5", "G": "6", "B": "8",
                                "g": "9", "q": "9", "A": "a", "C": "c", "E": "e", "F": "f"})
ID_LEN = 24
HEXISH_TOKEN = re.compile(rf"(?<![0-9A-Za-z|])[0-9A-Za-z|]{{{ID_LEN}}}(?![0-9A-Za-z|])")
HEX_ID = re.compile(rf"[0-9a-f]{{{ID_LEN}}}")
# Only the first run and the space are consumed, so the second run can start the next match.
HEX_FRAGMENTS = re.compile(r"(?<![0-9A-Za-z])([0-9a-f]{2,22}) (?=([0-9a-f]{2,22})(?![0-9A-Za-z]))")
EMAIL_SPACED = re.compile(r"([\w.+-]+) ?@ ?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
# The continuation must itself look like URL (a digit or URL punctuation), not the next word of prose.
URL_BROKEN = re.compile(
    r"(https?://\S*[/?=&#_%-])\n(?=[\w%?=&#/.~+-]*[0-9=&?/%_#][\w%?=&#/.~+-]*(?:[\s),;]|$))"
)


# Tesseract reads the pronoun "I" as "|" in many fonts; only where a verb follows is it surely "I".
PIPE_AS_I = re.compile(
    r"(?<![^\s\"“(])\|(?=(?:'(?:m|ve|d|ll)\b)|\s+(?:am|have|had|was|will|would|do|did|don't|didn't|can|"
    r"could|cannot|can't|should|must|may|might|also|never|only|still|work|worked|live|lived|believe|think|"
    r"want|wanted|hope|understand|feel|need|know|knew|asked|reported|object|received|expect|wrote|write|"
    r"paid|bought|left|went|made|told|said|called|contacted|tried|look|trust|am)\b)"
)


def clean_ocr_text(text: str) -> str:
    text = rejoin_urls(text)
    text = PIPE_AS_I.sub("I", text)
    text = EMAIL_SPACED.sub(lambda m: f"{m.group(1)}@{m.group(2)}", text)
    text = HEX_FRAGMENTS.sub(_join_hex_fragments, text)
    return HEXISH_TOKEN.sub(_fix_hex_token, text)


def rejoin_urls(text: str) -> str:
    """A URL that breaks after `/`, `?`, `=`, `&`, `-`... continues on the next line."""
    return URL_BROKEN.sub(r"\1", text)


def _join_hex_fragments(m: re.Match[str]) -> str:
    # OCR splits a long id where letter spacing looks wide: rejoin two hex runs that make one id.
    a, b = m.group(1), m.group(2)
    joined = a + b
    if len(joined) == ID_LEN and _looks_like_id(joined):
        return a
    return m.group(0)


def _fix_hex_token(m: re.Match[str]) -> str:
    token = m.group(0)
    fixed = token.translate(HEX_CONFUSIONS)
    if fixed == token or not HEX_ID.fullmatch(fixed):
        return token
    return fixed if _looks_like_id(fixed) and sum(c.isdigit() for c in token) >= 4 else token


def _looks_like_id(token: str) -> bool:
    """Generated ids mix digits and letters; a word or a number alone is not one."""
    digits = sum(c.isdigit() for c in token)
    return 3 <= digits <= len(token) - 3
