"""Quoted statements: the sentences a letter quotes from the content it complains about.

A letter puts many things in quotation marks - the review's words, but also names ("posted by
"Kerry B""), defined terms ((the "Review")), titles, scare quotes, the platform's own emails and
rules, laws, its own earlier letters. A quotation counts when the words before it introduce the
content ("the review states", "Darin heißt es", "l'avis indique", "anmeldelsen lyder"), when it
stands as a block under such an introduction ("… the following statements:" then one quotation
per line or paragraph), or when it follows a cited URL on its own line. Quotation marks of the
four languages are read: “…”, "…", „…“, «…», »…«, '…', ‚…‘, ‘…’; and indented block quotations
without marks under an introduction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.citations import quote_cues

# Opening mark -> (its own closing mark, other closing marks seen in OCR and mixed typography).
_PAIRS: dict[str, tuple[str, str]] = {
    "“": ("”", "“\""),
    "„": ("“", "”\""),
    '"': ('"', "”“"),
    "«": ("»", ""),
    "»": ("«", "»"),
    "”": ("”", ""),
    "‚": ("‘", "’"),
    "‘": ("’", ""),
    "'": ("'", "’"),
}
_SINGLE = set("‚‘'")
_LOOSE = set("\"'”‘")  # marks that are also apostrophes or closers: need a boundary before them
_SPACES = " \t\u00a0\u202f\u2009"
_PARA_BREAK = re.compile(r"\n(?:[ \t>]*\n)+")
_LIST_MARK = re.compile(r"^\s*(?:[(\[]?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)\]]|[-–•*·])?\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)]*\s+(?=[\"“„«»(\[]?[A-ZÀ-ÖØ-Þ0-9])")
_ABBREV = re.compile(
    r"(?:\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|No|Nr|Art|Abs|Ltd|Inc|Co|vs|v|cf|ca|bzw|ggf|z\.B|u\.a|S|Me|M|Mme|"
    r"etc|e\.g|i\.e|ref|Ref|Tel|tlf|jf|stk|pkt|nr|eks|bl\.a|ex|dvs|evt|bzgl|vgl)|\b[A-Z]|(?<![\d.])\d{1,2})\.$"
)
# A heading on a line of its own ("Section 3 - Background", "Re: your review") ends with its line:
# a short line without the punctuation that carries a sentence on, a capital after it. A wrapped
# line of a paragraph is long, so the break inside a sentence is not taken for one.
_HEADING_LINE = re.compile(r"(?m)^[^\n]{1,50}(?<![.,;:!?\-–—])\n(?=[\"“„«»(\[]?[A-ZÀ-ÖØ-Þ])")
_QUOTE_PREFIX = re.compile(r"\n[ \t]*>[ \t>]*")
_TERMINAL = re.compile(r"[.!?…]$")
_TITLE_LINK = {"of", "the", "and", "&", "de", "du", "des", "la", "le", "et", "und", "von", "van", "der",
               "og", "for", "i", "a", "an", "at", "on", "in"}
_DEFINED_BEFORE = re.compile(
    r"\(\s*(?:the|die|der|das|le|la|les|l'|den|det|hereinafter|im\s+Folgenden|ci-après)?\s*$", re.IGNORECASE
)
_MAX_CHARS = 800


@dataclass(frozen=True)
class Quote:
    """A quotation accepted as content: `value` without its marks, `start`/`end` the span of the
    words inside them, `why` the cue that decided."""

    value: str
    start: int
    end: int
    why: str
    confidence: float
    rule: str  # a stable tag of the cue that decided: "quote.introduced", "quote.after_url", …


@dataclass(frozen=True)
class _Candidate:
    open_at: int
    close_at: int  # index of the closing mark
    para: int  # index of its paragraph
    inner_start: int
    inner_end: int


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in _PARA_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _can_open(text: str, i: int, lo: int) -> bool:
    mark = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if not nxt or nxt in "\n" or (nxt in _SPACES and mark not in "«»"):
        return False
    if mark in _LOOSE or mark in _SINGLE:
        prev = text[i - 1] if i > lo else " "
        return prev in _SPACES or prev in "\n([{:;—–-/>" or i == lo
    prev = text[i - 1] if i > lo else " "
    return not prev.isalnum()


def _can_close(text: str, j: int, single: bool) -> bool:
    prev = text[j - 1]
    nxt = text[j + 1] if j + 1 < len(text) else " "
    if prev in _SPACES and text[j] not in "«»":
        return False
    # an apostrophe inside a word ("won't", "Corbett's") is no closing mark
    return not (single and nxt.isalpha()) and not nxt.isalnum()


# OCR reads the low opening mark „ as one or two commas (", Søren …" / ",,Der …"): taken for it only
# where a quotation can start - opening a paragraph or after a colon - before a capital.
_OCR_LOW_OPEN = re.compile(r",{1,2}[ \t]?(?=[A-ZÀ-ÖØ-Þ])")


def _ocr_low_open(text: str, i: int, lo: int) -> int:
    """The length of an OCR-read „ at `i` (0 if none)."""
    m = _OCR_LOW_OPEN.match(text, i)
    if not m:
        return 0
    before = text[lo:i]
    return len(m.group(0)) if _LIST_MARK.match(before) or before.rstrip(_SPACES).endswith(":") else 0


def _candidates(text: str, paras: list[tuple[int, int]]) -> list[_Candidate]:
    out: list[_Candidate] = []
    for p, (lo, hi) in enumerate(paras):
        i = lo
        while i < hi:
            mark = text[i]
            low = _ocr_low_open(text, i, lo) if mark == "," else 0
            if low:
                mark = "„"
            elif mark not in _PAIRS or not _can_open(text, i, lo):
                i += 1
                continue
            own, others = _PAIRS[mark]
            single = mark in _SINGLE
            close = None
            for closers in (own, others):
                for j in range(i + 1, min(hi, i + _MAX_CHARS)):
                    if text[j] in closers and _can_close(text, j, single):
                        close = j
                        break
                if close is not None:
                    break
            if close is None:
                i += 1
                continue
            inner_start, inner_end = i + max(1, low), close
            while inner_start < inner_end and text[inner_start] in _SPACES:
                inner_start += 1
            while inner_end > inner_start and text[inner_end - 1] in _SPACES:
                inner_end -= 1
            out.append(_Candidate(i, close, p, inner_start, inner_end))
            i = close + 1
    return out


def _clean(inner: str) -> str:
    return " ".join(_QUOTE_PREFIX.sub(" ", inner).split())


def _words(value: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", value)


def _is_name_or_title(value: str) -> bool:
    """Short and capitalised throughout, with no sentence ending: a name, a title, a label."""
    words = _words(value)
    if _TERMINAL.search(value) or len(words) > 6:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.casefold() in _TITLE_LINK for w in words)


def _is_statement(value: str) -> bool:
    words = _words(value)
    if len(words) < 3 or (len(words) == 3 and not _TERMINAL.search(value)):
        return False
    if re.search(r"(?i)https?://|www\.|@\w", value):
        return False
    return not _is_name_or_title(value)


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Where the sentence holding position `hi` starts (not before `lo`): after the last full stop,
    or after a heading on a line of its own."""
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, hi):
        if _ABBREV.search(text[max(lo, m.start() - 6) : m.start() + 1]):
            continue
        start = m.end()
    for m in _HEADING_LINE.finditer(text, lo, hi):
        start = max(start, m.end())
    return start


def _is_defined_term(text: str, c: _Candidate, lo: int) -> bool:
    before = text[max(lo, c.open_at - 25) : c.open_at]
    after = text[c.close_at + 1 : c.close_at + 3].lstrip()
    return bool(_DEFINED_BEFORE.search(before)) and after.startswith(")")


def _opens_paragraph(text: str, c: _Candidate, lo: int) -> bool:
    return bool(_LIST_MARK.match(text[lo : c.open_at]))


def _stands_alone(text: str, c: _Candidate, value: str, hi: int) -> bool:
    """A quotation that is a sentence of its own: it ends its paragraph, or it ends with a full stop
    and what follows is a new sentence - not one that goes on ("… " is the heading)."""
    rest = text[c.close_at + 1 : hi].lstrip(" \t")
    if not rest.strip(" \t\n.,;"):
        return True
    return bool(_TERMINAL.search(value) or rest[:1] in ".!?") and not rest[:1].islower()


def _is_url_line(text: str, lo: int, hi: int, url_spans: list[tuple[int, int]]) -> bool:
    """A paragraph that is (nearly) only a cited URL, perhaps with a label ("Content URL 1:")."""
    inside = [(s, e) for s, e in url_spans if lo <= s and e <= hi]
    if not inside:
        return False
    rest = text[lo:hi]
    for s, e in sorted(inside, reverse=True):
        rest = rest[: s - lo] + " " + rest[e - lo :]
    return len(_words(rest)) <= 4


def find_quotes(text: str, url_spans: list[tuple[int, int]] | None = None) -> list[Quote]:
    """The quoted statements of `text`, in order, each once. `url_spans`: the cited URLs' spans
    (a quotation alone on the line after a cited URL quotes it)."""
    url_spans = url_spans or []
    paras = _paragraphs(text)
    accepted: list[Quote] = []
    seen: set[str] = set()
    # per paragraph: was the quotation that ends it (one of a list of quotations) taken or refused?
    block: dict[int, bool] = {}
    last_close: dict[int, int] = {}  # per paragraph: where its last quotation so far ends
    prev: _Candidate | None = None
    prev_ok = False
    for c in _candidates(text, paras):
        lo, hi = paras[c.para]
        value = _clean(text[c.inner_start : c.inner_end])
        same_para = prev is not None and prev.para == c.para
        clause_lo = prev.close_at + 1 if same_para and prev is not None else lo
        clause_lo = _sentence_start(text, clause_lo, c.open_at)
        clause = text[clause_lo : c.open_at]
        # after an accepted quotation: in the same paragraph, or in the paragraph it ends
        follows = "" if not prev_ok or prev is None else "same" if same_para else (
            "next" if prev.para == c.para - 1 and _ends_paragraph(text, prev, paras) else "")
        ok, why, rule, conf = _decide(text, c, clause_lo, clause, value, paras, block, last_close, url_spans, follows)
        last_close[c.para] = c.close_at + 1
        if not text[c.close_at + 1 : hi].strip(" \t\n.,;") and (ok or _opens_paragraph(text, c, lo)):
            block[c.para] = ok
        prev, prev_ok = c, ok
        if ok and value.casefold() not in seen:
            seen.add(value.casefold())
            accepted.append(Quote(value, c.inner_start, c.inner_end, why, conf, rule))
    accepted.extend(_indented_blocks(text, paras, seen))
    return sorted(accepted, key=lambda q: q.start)


def _ends_paragraph(text: str, prev: _Candidate, paras: list[tuple[int, int]]) -> bool:
    """Does the quotation `prev` end its paragraph (the paragraph just before the current one)?"""
    return not text[prev.close_at + 1 : paras[prev.para][1]].strip(" \t\n.,;")


def _after_cited_url(text: str, c: _Candidate, url_spans: list[tuple[int, int]]) -> bool:
    """Does the quotation follow a cited URL with only a dash or colon between ("<url> – "…"")?"""
    return any(e <= c.open_at and re.fullmatch(r"[\s:,–—-]{0,6}", text[e : c.open_at]) for _, e in url_spans)


def _quotes_named_speaker(text: str, lo: int, clause_lo: int, clause: str) -> bool:
    """A clause that quotes without naming whose words ("It reads:", "Le texte dit :") quotes what
    the sentence before it named: is that another speaker than the content (a banner, an email)?"""
    if clause_lo <= lo or quote_cues.CONTENT_NOUN.search(quote_cues.strip_urls(clause)):
        return False
    before = text[_sentence_start(text, lo, clause_lo - 1) : clause_lo]
    return quote_cues.names_other_speaker(before)


def _decide(
    text: str,
    c: _Candidate,
    clause_lo: int,
    clause: str,
    value: str,
    paras: list[tuple[int, int]],
    block: dict[int, bool],
    last_close: dict[int, int],
    url_spans: list[tuple[int, int]],
    follows_accepted: str,  # "same" / "next" paragraph as an accepted quotation, or ""
) -> tuple[bool, str, str, float]:
    lo, hi = paras[c.para]
    if not _is_statement(value) or _is_defined_term(text, c, lo):
        return False, "not a statement", "quote.not_statement", 0.0
    said = quote_cues.verdict(clause)
    if said is False:
        return False, "introduces something other than the content", "quote.other_introduced", 0.0
    if said and _quotes_named_speaker(text, lo, clause_lo, clause):
        return False, "quotes the speaker named in the sentence before", "quote.other_speaker", 0.0
    if said:
        return True, f"introduced by {clause.strip()[-60:]!r}", "quote.introduced", 0.9
    if (follows_accepted == "same" and quote_cues.CONTINUES.match(clause)) or (
        follows_accepted and quote_cues.CONTINUES_PARAGRAPH.match(clause)
    ):
        return True, "continues a quotation of the content", "quote.continues", 0.85
    if _after_cited_url(text, c, url_spans):
        return True, "follows a cited URL", "quote.after_url", 0.8
    after = text[c.close_at + 1 : min(hi, c.close_at + 80)]
    if quote_cues.QUOTING_AFTER.match(after):
        return True, f"followed by {after.strip()[:40]!r}", "quote.followed_by_cue", 0.85
    if _opens_paragraph(text, c, lo) and _stands_alone(text, c, value, hi) and c.para > 0:
        plo, phi = paras[c.para - 1]
        intro = text[plo:phi].rstrip()
        if c.para - 1 in block:
            return block[c.para - 1], "one of a list of quotations", "quote.list", 0.85
        if intro.endswith(":"):
            # the introduction's last sentence, after any quotation in it (a name: « Julie R. »)
            intro_lo = _sentence_start(text, last_close.get(c.para - 1, plo), phi)
            said = quote_cues.verdict(text[intro_lo:phi])
            if said is False or (said and _quotes_named_speaker(text, plo, intro_lo, text[intro_lo:phi])):
                return False, "introduced as something other than the content", "quote.other_introduced", 0.0
            return True, f"quoted under {intro[-60:]!r}", "quote.under_introduction", 0.85 if said else 0.7
        if _is_url_line(text, plo, phi, url_spans):
            return True, "quoted under a cited URL", "quote.under_url", 0.75
    if clause.rstrip().endswith(":") and quote_cues.CONTENT_NOUN.search(clause) and len(_words(value)) >= 4:
        return True, f"introduced by {clause.strip()[-60:]!r}", "quote.introduced_content_noun", 0.7
    return False, "no cue that it quotes the content", "quote.no_cue", 0.0


_INDENTED = re.compile(r"^(?:[ \t]{2,}|\t)\S")


def _indented_blocks(text: str, paras: list[tuple[int, int]], seen: set[str]) -> list[Quote]:
    """Block quotations set off by indentation instead of marks, under an introduction that
    quotes the content ("The review reads:")."""
    out: list[Quote] = []
    for k in range(1, len(paras)):
        lo, hi = paras[k]
        lines = [ln for ln in text[lo:hi].split("\n") if ln.strip()]
        if not lines or not all(_INDENTED.match(ln) for ln in lines):
            continue
        if re.match(r"\s*[\"“„«»‚‘']", text[lo:hi]):
            continue  # marked: read as a quotation above
        j = k - 1
        while j >= 0 and all(_INDENTED.match(ln) for ln in text[paras[j][0] : paras[j][1]].split("\n") if ln.strip()):
            j -= 1
        if j < 0:
            continue
        plo, phi = paras[j]
        intro = text[plo:phi].rstrip()
        if not intro.endswith(":") or not quote_cues.verdict(text[_sentence_start(text, plo, phi) : phi]):
            continue
        value = _clean(text[lo:hi])
        if not _is_statement(value) or value.casefold() in seen:
            continue
        seen.add(value.casefold())
        start = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
        out.append(Quote(value, start, hi, f"indented under {intro[-60:]!r}", 0.7, "quote.indented"))
    return out
