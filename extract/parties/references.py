"""Their reference and ours.

Labels are read from the sender's point of view: their "Our ref" / "Unser Zeichen" / "N/Réf." /
"Vores ref." is their reference; their "Your ref" / "Ihr Zeichen" / "V/Réf." / "Deres ref." is
ours. Our case reference is recognised in any spelling ("CI 2026 0303", "ci/2026/303") from the
platform profile's pattern and normalised to it; a value in that shape is never theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lexicon
from extract.layout.letter import Letter
from extract.layout.lines import SALUTATION, evidence, lines, own_end
from extract.models import Evidence, Found
from extract.parties.refshapes import (
    CONNECTOR,
    FIELD_SEP,
    FOREIGN,
    LABELS,
    Label,
    Value,
    court_numbers,
    labels,
    plausible,
    read_value,
    scope_end,
    value_after,
)
from extract.profile import PlatformProfile

# Labels of the platform's reference as they quote it ("Your ref", "Ihr Zeichen", "V/Réf.").
OUR_LABELS = re.compile(lexicon.alternation("our_reference_labels"), re.I)
# A typesetter's en or em dash, or a hyphen of any kind, between the parts of a reference.
DASHES = r"\-‐‑‒–—−"


@dataclass(frozen=True)
class _Hit:
    value: str
    start: int
    end: int
    strength: int
    source: str = "text"
    why: str = ""
    rule: str = ""


def case_ref_pattern(profile: PlatformProfile) -> tuple[re.Pattern[str], int | None]:
    """A tolerant pattern for our case reference, and the width of its number (to pad to).

    Built from the profile's prefix: any separators (or none) between prefix, year and number,
    any case, a short number. Profiles whose pattern has no year/number groups are used as they
    are, case-insensitively, with separators loosened.
    """
    pat = profile.case_ref.pattern
    groups = profile.case_ref.groupindex
    width = None
    m = re.search(r"\(\?P<number>\\d\{(\d+)\}\)", pat)
    if m:
        width = int(m.group(1))
    if "year" in groups and "number" in groups:
        prefix = _ocr_tolerant(profile.case_ref_prefix)
        n = width or 6
        tolerant = (
            rf"(?<![A-Za-z0-9]){prefix}[\s{DASHES}/_.:#]{{0,3}}(?P<year>(?:19|20)\d{{2}})[\s{DASHES}/_.]{{0,3}}"
            rf"(?P<number>\d{{1,{n}}})(?!\d)"
        )
        return re.compile(tolerant, re.I), width
    if "[" not in pat:
        pat = re.sub(r"(?:\\-|-|/| )", rf"[\\s{DASHES}/_.]{{0,3}}", pat)
    return re.compile(pat, re.I), None


# Letters that OCR confuses with one another ("CI" read as "Cl" or "C1").
_OCR_SAME = {"I": "Il1|", "L": "Ll1I", "O": "O0", "S": "S5", "B": "B8", "Z": "Z2", "G": "G6"}


def _ocr_tolerant(prefix: str) -> str:
    out = []
    for ch in prefix:
        alts = _OCR_SAME.get(ch.upper())
        out.append(f"[{re.escape(alts + alts.lower())}]" if alts else re.escape(ch))
    return "".join(out)


def normalise_case_ref(m: re.Match[str], profile: PlatformProfile, width: int | None) -> str:
    groups = m.re.groupindex
    if "year" in groups and "number" in groups:
        number = m.group("number")
        if width:
            number = number.zfill(width)
        return f"{profile.case_ref_prefix.upper()}-{m.group('year')}-{number}"
    return re.sub(rf"[\s_./{DASHES}]+", "-", m.group(0).upper())


def find_references(letter: Letter) -> tuple[Found[str] | None, Found[str] | None]:
    ours = _ours(letter)
    theirs = _theirs(letter, ours.value if ours else None)
    return theirs, ours


# --- ours --------------------------------------------------------------------------------------


def _ours(letter: Letter) -> Found[str] | None:
    pattern, width = case_ref_pattern(letter.profile)
    text = letter.text
    hits: list[tuple[int, int, Found[str]]] = []
    subject = letter.parsed.email.subject if letter.parsed.email else None
    if subject:
        for m in pattern.finditer(subject):
            value = normalise_case_ref(m, letter.profile, width)
            ev = Evidence(m.start(), m.end(), m.group(0), "header:Subject")
            found = Found(value, ev, 0.95, "our case reference in the subject line", "reference.ours.subject")
            hits.append((1, m.start(), found))
    body_end = letter.body_end
    for m in pattern.finditer(text):
        value = normalise_case_ref(m, letter.profile, width)
        line_start = text.rfind("\n", 0, m.start()) + 1
        labelled = OUR_LABELS.search(text[max(line_start, m.start() - 40) : m.start()])
        rank = 0 if labelled and m.start() < body_end else 2 if m.start() < body_end else 3
        why = "quoted as our reference" if labelled else "our case reference in the text"
        rule = "reference.ours.labelled" if labelled else "reference.ours.text"
        if m.start() >= body_end:
            why += " (earlier message)"
            rule += ".earlier"
        conf = 0.95 if rank < 3 else 0.7
        hits.append((rank, m.start(), Found(value, evidence(text, m.start(), m.end()), conf, why, rule)))
    if not hits:
        return None
    return min(hits, key=lambda h: (h[0], h[1]))[2]


# --- theirs ------------------------------------------------------------------------------------

# How much a place adds to a label's class: at the start of a field (a reference block, a form, a
# table cell) a label is the document's own; in a sentence it may be anything the writer cites.
FIELD, BELOW, SUBJECT = 3, 2, 1
# A qualifier before a label at a field's start: one to three words naming whose reference it is
# ("Garda Ref:", "Counsel's reference:", "RCMP File No.:").
QUALIFIER = re.compile(r"(?:[^\W\d_][\w'’&.-]*[ ]){1,3}")
# Words that start a sentence rather than name whose reference it is.
FUNCTION_WORDS = frozenset(w.casefold() for w in lexicon.terms("stopwords")) | {"a", "an", "as", "at", "if"}
# A subject line's segments: "Acme Ltd – removal request – AB/12/26", "[AB-12]".
SUBJECT_SEP = re.compile(r"[ ]+[-–—|][ ]+|[\[\]()]|:[ ]")
# The lines that head a court's or authority's document, where a file number may stand alone.
HEAD_LINES = 15


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The fields of the line text[start:end], as spans."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in FIELD_SEP.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return out


def _place(prefix: str, label: Label, platform: str) -> str | None:
    """Where a label stands in its field: "field" (at its start), "qualified" (after a word or
    three naming whose it is), "inline" (in a sentence); None where the words before it name
    someone else's number ("Order ref", "Review reference", the platform's own)."""
    words = prefix.strip()
    if not words or not re.sub(r"[\s/|:]+", "", LABELS.sub("", words)):
        return "field"  # at the field's start, or after another label of it ("Unser Zeichen / Our ref:")
    near = " ".join(words.split()[-3:])
    if label.cls < 3 and (FOREIGN.search(near.split()[-1]) or platform in near.casefold()):
        return None
    if QUALIFIER.fullmatch(prefix) and (prefix[0].isupper() or re.search(r"['’]s\b|s['’]", prefix)):
        if any(w.casefold() in FUNCTION_WORDS for w in words.split()):
            return "inline"  # a sentence starting the line: "The claim number is …", "Please quote …"
        return None if FOREIGN.search(prefix) or platform in prefix.casefold() else "qualified"
    return "inline"


def _needs_colon(label: Label, text: str, sep: str | None, place: str) -> bool:
    """A bare reference word ("Reference", "Ref") is a label only with a colon, or as the
    abbreviation "Ref." (in a sentence: "With reference to…" is no label)."""
    if label.cls != 1:
        return False
    dotted = text[label.start : label.end].endswith(".")
    if place in ("field", "qualified"):
        return not (sep or dotted)
    return not (sep in (":", "#") or dotted)


def _code_like(v: str) -> bool:
    """A value that is a code even without a label: letters and digits, or a separator, or long."""
    return plausible(v) and (bool(re.search(r"[^\W\d_]", v)) or bool(re.search(r"[/:.\-–]", v)) or len(v) >= 6)


def _candidates(text: str, start: int, end: int, platform: str) -> list[_Hit]:
    """Every labelled reference in text[start:end], with its strength."""
    hits: list[_Hit] = []
    taken: list[tuple[int, int]] = []
    # a bare "Ref:" in a letter's head, above its greeting, is the writer's own reference block
    greeting = SALUTATION.search(text, start, end)
    head_end = greeting.start() if greeting else start
    for ln in lines(text, start, end):
        if ln.blank:
            continue
        cells = _cells(text, ln.start, ln.end)
        for i, (fs, fe) in enumerate(cells):
            pair_end = fs  # where the last "label: value" pair of this field ends
            for lab in labels(text, fs, fe):
                if any(a <= lab.start < b for a, b in taken):
                    continue
                # "Ihr Zeichen: X Unser Zeichen: Y" on one line: a label right after another's
                # scope starts a field of its own
                after_pair = pair_end > fs and not text[pair_end : lab.start].strip()
                c = CONNECTOR.match(text, lab.end, fe)
                if c and c["sep"] == ":":
                    pair_end = scope_end(text, c.end(), fe)
                if lab.ours:
                    continue
                place = "field" if after_pair else _place(text[fs : lab.start], lab, platform)
                if place is None:
                    continue
                value, sep = value_after(text, lab, fe)
                if _needs_colon(lab, text, sep, place):
                    continue
                said = " ".join(text[lab.start : lab.end].split()).strip(" :#")
                if value:
                    taken.append((value.start, value.end))
                    if place == "inline":
                        hits.append(_Hit(value.text, value.start, value.end, lab.cls, "text", f"in the text: {said}",
                                         "reference.theirs.text"))
                    else:
                        cls = lab.cls if place == "field" else max(lab.cls, 2)
                        if cls == 1 and lab.start < head_end:
                            cls = 3
                        rule = "reference.theirs." + ("labelled" if place == "field" else "qualified")
                        hits.append(_Hit(value.text, value.start, value.end, cls + FIELD, "text",
                                         f"labelled: {said}", rule))
                    continue
                rest = text[lab.end : fe].strip(" \t:#.-–")
                if place == "inline" or (rest and (len(cells) < 2 or re.search(r"\d", rest))):
                    continue  # a label cell may say more in words ("Unser Zeichen, unsere Nachricht vom")
                # the label fills its cell: the value is in the next cell ("Unser Zeichen | X"); in a
                # row of labels, in the same column of the next line ("Ihr Zeichen   Unser Zeichen
                # Datum" over their values); for a label alone on its line, on the next line
                cls = lab.cls if place == "field" else max(lab.cls, 2)
                if i + 1 < len(cells) and not rest:
                    ns, ne = cells[i + 1]
                    v = read_value(text, ns, ne)
                    if v and plausible(v.text) and v.end == ne:
                        hits.append(_Hit(v.text, v.start, v.end, cls + FIELD, "text", f"labelled: {said}",
                                         "reference.theirs.cell"))
                        continue
                below = next((x for x in lines(text, ln.end, min(end, ln.end + 200))[1:] if not x.blank), None)
                if below is None:
                    continue
                if len(cells) > 1:
                    v = _column_below(text, cells, i, ln.start, below.start, below.end)
                    if v:
                        hits.append(_Hit(v.text, v.start, v.end, cls + BELOW, "text", f"labelled: {said}",
                                         "reference.theirs.column"))
                elif place == "field" and lab.cls >= 2 and sep == ":" and len(below.text) <= 40 \
                        and ":" not in below.text:
                    v = read_value(text, below.start, below.end)
                    if v and plausible(v.text):
                        hits.append(_Hit(v.text, v.start, v.end, cls + BELOW, "text", f"labelled: {said}",
                                         "reference.theirs.below"))
    return hits


def _column_below(text: str, cells: list[tuple[int, int]], i: int, line_start: int, below_start: int,
                  below_end: int) -> Value | None:
    """The value under the i-th cell of a row of labels: the i-th cell of the next line where both
    rows have as many cells, else the cell starting in the same column."""
    under = _cells(text, below_start, below_end)
    if len(under) == len(cells):
        target: tuple[int, int] | None = under[i]
    else:
        column = cells[i][0] - line_start
        target = min(under, key=lambda c: abs(c[0] - below_start - column), default=None)
        if target is not None and abs(target[0] - below_start - column) > 3:
            target = None
    if target is None:
        return None
    v = read_value(text, target[0], target[1])
    return v if v and plausible(v.text) and v.end == target[1] else None


def _court_heading(text: str, end: int) -> list[_Hit]:
    """A court's file number standing alone at the head of its document ("9 Cg 12/25t - 2")."""
    hits: list[_Hit] = []
    head = [ln for ln in lines(text, 0, end) if not ln.blank][:HEAD_LINES]
    for ln in head:
        for v in court_numbers(text, ln.start, ln.end):
            if v.start == ln.start:
                hits.append(_Hit(v.text, v.start, v.end, 1, "text", "a court's file number heading the document",
                                 "reference.theirs.court"))
    return hits


def _subject(subject: str, platform: str) -> list[_Hit]:
    """A covering email's subject: a labelled reference ("our ref AB/12"), a court's number, or a
    segment that is a code on its own ("Acme Ltd – removal request – AB/12/26")."""
    hits: list[_Hit] = []
    for lab in labels(subject):
        if lab.ours:
            continue
        before = subject[: lab.start].split()
        place = "field" if not before else "qualified" if before[-1][0].isupper() else "inline"
        if before and (FOREIGN.fullmatch(before[-1].strip(".,")) or platform in before[-1].casefold()) and lab.cls < 3:
            continue
        value, sep = value_after(subject, lab, len(subject))
        if not value or _needs_colon(lab, subject, sep, place):
            continue
        cls = max(lab.cls, 2) if place == "qualified" else lab.cls
        hits.append(_Hit(value.text, value.start, value.end, cls + SUBJECT, "header:Subject", "subject line",
                         "reference.theirs.subject"))
    for v in court_numbers(subject):
        hits.append(_Hit(v.text, v.start, v.end, 1, "header:Subject", "a court's file number in the subject line",
                         "reference.theirs.subject"))
    pos = 0
    for m in [*SUBJECT_SEP.finditer(subject), None]:
        stop = m.start() if m else len(subject)
        seg = subject[pos:stop]
        lead = len(seg) - len(seg.lstrip())
        code = read_value(subject, pos + lead, stop)
        if code and code.text == seg.strip().rstrip(".") and _code_like(code.text):
            hits.append(_Hit(code.text, code.start, code.end, 1, "header:Subject", "a code in the subject line",
                             "reference.theirs.subject"))
        pos = m.end() if m else stop
    return hits


def _platform_form(text: str, platform: str) -> bool:
    """A form the platform itself generated (its name heads the document): the numbers it gives
    ("Notice ID", "Case number") are the platform's, not the sender's."""
    first = next((ln.text for ln in lines(text, 0, min(len(text), 400)) if not ln.blank), "")
    return first.casefold().startswith(platform)


def _theirs(letter: Letter, ours: str | None) -> Found[str] | None:
    text = letter.text
    end = own_end(letter)
    pattern, _ = case_ref_pattern(letter.profile)
    platform = letter.profile.name.casefold()
    hits = _candidates(text, 0, end, platform) + _court_heading(text, end)
    if _platform_form(text, platform):
        hits = [h for h in hits if h.strength >= 3 + FIELD]
    subject = letter.parsed.email.subject if letter.parsed.email else None
    if subject:
        hits += _subject(subject, platform)
    # our own reference under their label is still ours
    hits = [h for h in hits if not pattern.search(h.value) and (not ours or _norm(h.value) != _norm(ours))]
    if not hits:
        return None
    best = max(hits, key=lambda h: (h.strength, -h.start if h.source == "text" else -(10**9)))
    ev = (
        evidence(text, best.start, best.end)
        if best.source == "text"
        else Evidence(best.start, best.end, best.value, best.source)
    )
    return Found(best.value, ev, min(0.95, 0.5 + 0.08 * best.strength), best.why, best.rule)


def cited_references(text: str, subject: str | None, profile: PlatformProfile) -> list[str]:
    """Every reference a document cites under a label, and every court's file number in it (a
    solicitor's letter citing the court's "Az." of an order, a police request quoting its own
    file number), ours excepted: what linking compares with the references of open cases."""
    pattern, _ = case_ref_pattern(profile)
    platform = profile.name.casefold()
    hits = _candidates(text, 0, len(text), platform)
    hits += [_Hit(v.text, v.start, v.end, 1) for v in court_numbers(text)]
    if subject:
        hits += _subject(subject, platform)
    out: list[str] = []
    for h in hits:
        if not pattern.search(h.value) and h.value not in out:
            out.append(h.value)
    return out


def _norm(v: str) -> str:
    return re.sub(r"[\W_]+", "", v).casefold()
