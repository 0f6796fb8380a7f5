"""References as a grammar: the labels that introduce them, and the shape of a reference value.

A reference is read as parts, not as "everything up to the first space":

- a *chunk*: letters and digits joined by tight separators ``/ : . - – _`` ("QR:TX:0031:LP",
  "2:25-cv-00418", "AB.12.CD.5521/2025", "61/25m");
- further chunks after a single space where the next one is a number ("QX 25 0417", "2025 0088"),
  or after a spaced dash where it is a number with parts of its own ("AB 3 – 2210/25-0019");
- a court register between two numbers ("41 Js 1105/25", "208 O 33/25", "9 Cg 12/25t");
- a letters prefix before a number ("QRS 11.200/25-07", "KX-L 2025/31");
- at the very end, after a space or a spaced slash, the handler's initials or a court's list letter
  ("QT-88/25 hk", "QX 25 0417 / pb", "25-1107 RT/mw", "2025/3310 P").

A label's scope ends at the line's field separator (two spaces, a tab, " | ", " · "), at the next
label, at punctuation that closes it, or at a word that is no part of a reference; never at the
first space. A lone word without a digit before a reference ("N/Réf. : PV 12.34/2026") belongs to
the label, since a word joins a reference only when a number follows it.

Labels are lexicon data by language (`reference_labels`, `our_reference_labels`): class 3 is the
sender's own ("Our ref", "Unser Zeichen", "N/Réf.", "Vores ref."), class 2 a file number of a case,
court or authority ("Claim No.", "Aktenzeichen", "RG n°", "Sagsnr."), class 1 a bare reference word
that needs a colon ("Ref:"); class 0 is ours as they quote it ("Your ref", "Ihr Zeichen", "V/Réf.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import lexicon

# --- labels ------------------------------------------------------------------------------------

OURS = 0


def _label_pattern() -> re.Pattern[str]:
    """Every label as one alternation, ours first, then by class, so that at one position the
    whole of "Your ref" is read before its "ref", and "Unser Zeichen" before "Zeichen"."""
    by_class: dict[int, list[str]] = {3: [], 2: [], 1: []}
    for pattern, weight in lexicon.weighted("reference_labels"):
        by_class[int(weight)].append(pattern)
    groups = [f"(?P<c0>{'|'.join(lexicon.terms('our_reference_labels'))})"]
    groups += [f"(?P<c{c}>{'|'.join(by_class[c])})" for c in (3, 2, 1) if by_class[c]]
    # a label starts at a word (not inside "N/Réf." or a code) and ends at one, or at its own dot,
    # degree sign or hash ("Case #")
    return re.compile(rf"(?<![\w/]){'(?:' + '|'.join(groups) + ')'}(?:(?<=[.°#])|(?!\w))", re.I)


LABELS = _label_pattern()
# Words before a "ref" label that make it someone else's number ("Order ref", "Review reference").
FOREIGN = re.compile(rf"\b{lexicon.alternation('reference_foreign_qualifiers')}\b", re.I)
# What a label may be followed by before its value: a remark in parentheses ("Aktenzeichen (bitte
# stets angeben):"), a colon, a hash, a dash, or a verb in a sentence ("our crime reference is X",
# "unser Zeichen lautet X").
CONNECTOR = re.compile(
    r"(?:[ \t]*\((?=[^()\n]*[^\W\d_]{3})[^()\d\n]{1,40}\))?[ \t\xa0]*(?P<sep>[:#=]|[-–](?=\s)|\.(?=\s))?[ \t\xa0]*"
    r"(?:(?:is|ist|lautet|est|er)[ \t]+)?"
)


@dataclass(frozen=True)
class Label:
    start: int
    end: int
    cls: int  # 3 their own, 2 a file number, 1 a bare reference word, 0 ours

    @property
    def ours(self) -> bool:
        return self.cls == OURS


def labels(text: str, start: int = 0, end: int | None = None) -> Iterator[Label]:
    """The reference labels in text[start:end], left to right."""
    for m in LABELS.finditer(text, start, len(text) if end is None else end):
        cls = next(int(k[1]) for k, v in m.groupdict().items() if v is not None)
        yield Label(m.start(), m.end(), cls)


# A form's label of any kind ("Datum:", "Date of request:", "Tel.:") ends the scope of the one before.
_ANY_LABEL = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[ ][^\W\d_]+){0,3}\.?[ ]?:(?=\s|$)")


def label_ahead(text: str, pos: int) -> bool:
    """Whether a label (of a reference or of any other field) starts at `pos`."""
    m = LABELS.match(text, pos)
    if m and (m.group(0).endswith((".", "°")) or re.match(r"[ \t]*[:#]", text[m.end():m.end() + 3])):
        return True
    return bool(_ANY_LABEL.match(text, pos))


_SPACES = re.compile(r"[ ]+")


def _label_at_word(text: str, pos: int) -> bool:
    """Whether the word at `pos` starts a label rather than ending the value before it: in
    "12/26 KT Date: …" the label is "Date:", and "KT" the initials before it."""
    if not label_ahead(text, pos):
        return False
    space = _SPACES.search(text, pos, pos + 40)
    return not (space and label_ahead(text, space.end()))


# --- fields ------------------------------------------------------------------------------------

# What separates fields on one line: two spaces or more, a tab, a bar or a middle dot between spaces.
FIELD_SEP = re.compile(r"[ ]{2,}|\t+|[ ]+[|·][ ]+")


def field_end(text: str, pos: int, end: int) -> int:
    """Where the field holding `pos` ends: the next field separator, else `end`."""
    m = FIELD_SEP.search(text, pos, end)
    return m.start() if m else end


def scope_end(text: str, pos: int, end: int) -> int:
    """Where a label's scope that starts at `pos` ends: the field's end or the next label."""
    stop = field_end(text, pos, end)
    for m in re.finditer(r"\s+", text[pos:stop]):
        if _label_at_word(text, pos + m.end()):
            return pos + m.start()
    return stop


# --- values ------------------------------------------------------------------------------------

_ALNUM = r"[^\W_]"
_TIGHT = r"[/:._&\-‐‑‒–—−]"
CHUNK = re.compile(rf"{_ALNUM}+(?:{_TIGHT}{_ALNUM}+)*")
# Between chunks: a single space, or a slash or dash with a space either side.
_GAP = re.compile(r"[ \xa0\u202f](?:[/\-–—][ \xa0\u202f])?")
_INITIALS = re.compile(r"[^\W\d_]{1,3}(?:[/.:][^\W\d_]{1,3})?")  # "hk", "KM/rs", "DS:kb"
_REGISTER = re.compile(r"(?-i:[A-ZÄÖÜ][A-Za-zäöü]{0,3})")  # "Js", "O", "Cg", "KLs": a court's register
# Words that join two numbers of one court reference: "2026 No. 4471", "1234 of 2026".
_JOINERS = re.compile(r"[ ](?:No\.|Nr\.)[ ](?=\d)|[ ]of[ ](?=(?:19|20)\d\d\b)")
# What may close a value: the end of the scope, punctuation, a sentence's full stop, a spaced dash
# before words (a subject line's next segment), an opening parenthesis.
_CLOSE = re.compile(r"\.?[ \t]*$|\.?[ \t]*[,;)\]»”\"(]|\.\s|[ \t]+[-–—][ \t]+\D|[ \t]+\(")
DATE_LIKE = re.compile(r"^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})$")
# An amount of money is no reference: "EUR 36.000".
MONEY = re.compile(r"^(?:EUR|USD|GBP|DKK|CHF|SEK|NOK|CAD|AUD)[ ]\d")
YEAR = re.compile(r"^(?:19|20)\d\d$")
REVIEW_ID = re.compile(r"^[0-9a-f]{24}$")
EMPTY = re.compile(r"^(?:[-–—./]*|n/?a|none|tbc|keine|aucune|ingen)$", re.I)
MONTHS = frozenset(lexicon.calendar("months"))
MAX_PARTS = 6


@dataclass(frozen=True)
class Value:
    start: int
    end: int
    text: str


def _has_digit(s: str) -> bool:
    return any(c.isdigit() for c in s)


def _letters(s: str) -> bool:
    return not _has_digit(s)


def _is_day_of_date(text: str, chunk: re.Match[str], end: int) -> bool:
    """ "3 March", "12. Nov.": a day and its month, which ends a reference rather than joining it."""
    if not re.fullmatch(r"\d{1,2}\.?", chunk.group(0)):
        return False
    after = re.match(r"\.?[ ]+([^\W\d_]+)", text[chunk.end():end])
    return after is not None and after.group(1).casefold().rstrip(".") in MONTHS


def _next(text: str, pos: int, end: int) -> tuple[str, re.Match[str]] | None:
    """The gap after `pos` and the chunk after it, within `end`."""
    g = _GAP.match(text, pos, end)
    if not g:
        return None
    c = CHUNK.match(text, g.end(), end)
    return (re.sub(r"[\xa0\u202f]", " ", g.group(0)), c) if c else None


def _closed(text: str, pos: int, end: int) -> bool:
    """Whether a value may end at `pos`: nothing, punctuation or another label follows."""
    if pos >= end or _CLOSE.match(text[pos:end]):
        return True
    space = re.match(r"[ \t]+", text[pos:end])
    return space is not None and label_ahead(text, pos + space.end())


def _initials_end(text: str, chunk: re.Match[str], end: int) -> bool:
    """Whether a short word after a reference is its last part: at the end of the field, or before
    closing punctuation when written as initials are ("KT", "KM/rs"); a lower-case word before a
    sentence's full stop is the sentence's ("… unter Angabe des Zeichens 12/26 mit.")."""
    rest = text[chunk.end() : end]
    if not rest.strip() or label_ahead(text, chunk.end() + len(rest) - len(rest.lstrip())):
        return True
    if re.match(r"[ \t]*[)\]]|[ \t]+\(|[ \t]+[-–—][ \t]+\D", rest):
        return True  # a bracket, a remark, a subject line's next segment: "(Our ref 12/26 ts)"
    word = chunk.group(0)
    return _closed(text, chunk.end(), end) and (word.isupper() or "/" in word)


def read_value(text: str, pos: int, end: int) -> Value | None:
    """The reference value that starts at `pos` (after a label and its colon), read part by part
    and never past `end` (the label's scope); None where what follows is no reference."""
    while pos < end and text[pos] in " \t\xa0\u202f":
        pos += 1
    if pos < end and text[pos] in "([":
        pos += 1  # "Our ref: (AB/12)"
    first = CHUNK.match(text, pos, end)
    if not first:
        return None
    parts = [first]
    if _letters(first.group(0)):
        nxt = _next(text, first.end(), end)
        if not nxt or label_ahead(text, nxt[1].start()):
            return None
        word, after = first.group(0), nxt[1]
        # a handler's code: capitals ("QRS", "AB"), or initials joined tightly, whatever their case
        # ("JMc/RK", "mk/ab")
        codes = (word.isupper() and len(word) <= 6) or (
            bool(re.search(_TIGHT, word)) and all(len(p) <= 4 for p in re.split(_TIGHT, word)))
        if codes and after.group(0)[0].isdigit() and not _is_day_of_date(text, after, end):
            # a letters prefix of the number, or the handler's code before it: "QRS 11.200/25", "AB 3",
            # "JPD/ML – 2026.0412"
            parts.append(after)
        elif nxt[0] != " ":
            return None
        elif _has_digit(after.group(0)) and (len(word) <= 4 and word.isupper() or LABELS.fullmatch(word)):
            parts = [after]  # a word of the label: "N/Réf. : PV 12.34/2026", "Our ref: Dossier 12/26"
        else:
            return None
    while len(parts) < MAX_PARTS:
        joined = _JOINERS.match(text, parts[-1].end(), end)
        if joined and _has_digit(parts[-1].group(0)):
            number_after = CHUNK.match(text, joined.end(), end)
            if number_after and not DATE_LIKE.match(number_after.group(0)):
                parts.append(number_after)  # "2026 No. 4471 P", "1234 of 2026"
                continue
        nxt = _next(text, parts[-1].end(), end)
        if not nxt or _label_at_word(text, nxt[1].start()):
            break
        gap, c = nxt
        chunk = c.group(0)
        number = chunk[0].isdigit() and not DATE_LIKE.match(chunk) and not _is_day_of_date(text, c, end)
        if number and (gap == " " or gap == " / "):
            parts.append(c)  # "QX 25 0417"; "4411 / 26" as a scan spaces a slash
            continue
        if number and gap.strip() in ("-", "–", "—") and (re.search(_TIGHT, chunk) or len(chunk) >= 3):
            parts.append(c)  # "AB 3 – 2210/25-0019"; not an order's serial number ("61/25m - 2")
            continue
        if gap == " " and _REGISTER.fullmatch(chunk):
            then = _next(text, c.end(), end)
            if then and then[0] == " " and then[1].group(0)[0].isdigit() and _has_digit(parts[-1].group(0)):
                parts += [c, then[1]]  # "41 Js 1105/25"
                continue
        if gap.strip() in ("", "/") and _INITIALS.fullmatch(chunk):
            # the handler's initials or a court's list letter, last; initials may come in a chain
            # ("26.0412 / ML / SD")
            chain = [c]
            while not _initials_end(text, chain[-1], end):
                more = _next(text, chain[-1].end(), end)
                if not more or more[0].strip() != "/" or not _INITIALS.fullmatch(more[1].group(0)):
                    chain = []
                    break
                chain.append(more[1])
            parts += chain
        break
    start, stop = parts[0].start(), parts[-1].end()
    tail = _HANDLER_TAIL.match(text, stop, end)
    if tail and not text[tail.end():end].strip():
        stop = tail.end()  # "2025/0451 – Dr. Ma/st": the handler's abbreviation after a dash, last in the field
    return Value(start, stop, text[start:stop])


# The handler's abbreviated name after a spaced dash, as German letters close a reference.
_HANDLER_TAIL = re.compile(r"[ \t]+[-–—][ \t]+(?:(?:Dr|Prof)\.[ \t]?)?[^\W\d_]{1,3}/[^\W\d_]{1,3}")


def plausible(value: str) -> bool:
    """A value that can be a reference: a digit, a sensible length, not a date, year or review id."""
    v = value.strip()
    return (
        _has_digit(v)
        and 3 <= len(v) <= 48
        and not EMPTY.match(v)
        and not DATE_LIKE.match(v)
        and not YEAR.match(v)
        and not REVIEW_ID.match(v)
        and not MONEY.match(v)
    )


def value_after(text: str, label: Label, end: int) -> tuple[Value | None, str | None]:
    """The value a label introduces within `end` (the line's end), and the separator it used."""
    c = CONNECTOR.match(text, label.end, end)
    pos = c.end() if c else label.end
    sep = c["sep"] if c else None
    v = read_value(text, pos, scope_end(text, pos, end))
    return (v if v and plausible(v.text) else None), sep


# --- court formats that identify themselves without a label -------------------------------------

COURT_SHAPES = re.compile(
    r"(?<![\w/])(?:"
    # a US federal case number: "2:25-cv-00418"
    r"\d{1,2}:\d{2}-[a-z]{2,4}-\d{3,6}"
    # a German or Austrian file number: number, register, number/year ("208 O 33/25", "9 Cg 12/25t")
    r"|\d{1,4}[ ](?-i:[A-Z][A-Za-z]{0,3})[ ]\d{1,6}/\d{2}[a-z]?"
    r")(?![\w/])"
)


def court_numbers(text: str, start: int = 0, end: int | None = None) -> Iterator[Value]:
    for m in COURT_SHAPES.finditer(text, start, len(text) if end is None else end):
        yield Value(m.start(), m.end(), m.group(0))


__all__ = [
    "COURT_SHAPES", "FIELD_SEP", "LABELS", "Label", "Value", "court_numbers", "field_end", "label_ahead",
    "labels", "plausible", "read_value", "scope_end", "value_after",
]
