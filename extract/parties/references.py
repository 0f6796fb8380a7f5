"""Their reference and ours.

Labels are read from the sender's point of view: their "Our ref" / "Unser Zeichen" / "N/Réf." /
"Vores ref." is their reference; their "Your ref" / "Ihr Zeichen" / "V/Réf." / "Deres ref." is
ours. Our case reference is recognised in any spelling ("CI 2026 0303", "ci/2026/303") from the
platform profile's pattern and normalised to it; a value in that shape is never theirs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from extract.layout.letter import Letter
from extract.layout.lines import Line, evidence, fields, lines, own_end
from extract.models import Evidence, Found
from extract.profile import PlatformProfile

# Labels of the sender's own reference, strongest first.
THEIR_LABELS: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(p, re.I), s)
    for p, s in (
        (
            r"(?:our|my)\s+(?:(?:crime|case|file|matter|client|internal|complaint|incident)\s+)?"
            r"ref(?:erence)?(?:\s+(?:no|number))?\.?",
            3,
        ),
        # German declines the label in running text: "unter Angabe unseres Vorgangszeichens X"
        (
            r"(?:unser|mein)(?:e|es|em|er)?\s+(?:(?:Vorgangs|Akten|Gesch(?:ä|ae)fts|Bearbeitungs)?[Zz]eichens?|Az\.?|"
            r"Referenz|(?:Vorgangs|Akten)nummer)",
            3,
        ),
        (r"(?:n/|notre\s+|nos\s+)r[ée]f(?:[ée]rence)?s?\.?", 3),
        (r"vores\s+(?:ref(?:erence)?|j\.?\s?nr|journal(?:nummer|nr))\.?", 3),
        (
            r"(?:crime|incident)(?:\s*/\s*(?:crime|incident))?\s+(?:ref(?:erence)?(?:\s+(?:no|number))?|number|no)\.?",
            2,
        ),
        (r"(?:case|matter|file|complaint)\s+(?:ref(?:erence)?(?:\s+(?:no|number))?|number|no)\.?", 2),
        (
            r"(?:Aktenzeichen|Az\.|Gesch(?:ä|ae)ftszeichen|Sagsnr\.?|Sagsnummer|J\.\s?nr\.?|Journalnr\.?|"
            r"Dossier(?:\s+n[°o])?|Vorgang(?:s(?:nummer|zeichen))?|"
            # a French police record is cited by its number: "Procès-verbal n° 123/2026"
            r"Proc[èe]s[\s-]verbal\s+n[°o]\.?)",
            2,
        ),
        (r"(?:ref(?:erence)?|réf(?:érence)?)(?:\s+(?:no|number))?\.?", 1),
    )
)
# A reference labelled with the sender's own kind ("Garda Ref:", "Counsel's reference:", "Council ref:"):
# as good as "Our ref", where the qualifier names no one else's number (ours, a review's, a court's).
QUALIFIED_LABEL = re.compile(
    r"(?!(?:your|ihr|ihre|votre|vos|v|deres|jeres|their|the|a|an|this|that|review|reviewer|customer|user|"
    r"account|order|invoice|booking|transaction|payment|ticket|court|claim|crime|incident|case|matter|file|"
    r"complaint|content|listing|profile)\b)"
    r"(?P<q>[^\W\d_][\w'’.-]{1,24}?)(?:['’]s|s['’])?\s+(?:ref(?:erence)?|réf(?:érence)?)(?:\s+(?:no|number))?\.?"
    r"\s*(?P<sep>:)\s*",
    re.I,
)
# Labels of the platform's reference as they quote it.
OUR_LABELS = re.compile(
    r"(?:your|ihr(?:e)?|v/|votre|vos|deres|jeres)\s*(?:ref(?:erence)?|Zeichen|Az\.?|Aktenzeichen|Schreiben|"
    r"r[ée]f(?:[ée]rence)?s?|j\.?\s?nr)\.?",
    re.I,
)
# A reference code: one to three pieces, at least one digit, no words of prose.
VALUE = re.compile(
    r"(?P<v>[A-Za-z0-9][A-Za-z0-9/._\-]*(?:[ ](?=[A-Za-z0-9/._\-]*[/\d])[A-Za-z0-9][A-Za-z0-9/._\-]*){0,2})"
)
# A typesetter's en or em dash, or a hyphen of any kind, between the parts of a reference.
DASHES = r"\-‐‑‒–—−"
EMPTY = re.compile(r"^(?:[-–—./]*|n/?a|none|tbc|keine|aucune|ingen)$", re.I)
DATE_LIKE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")


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


def _clean_value(raw: str) -> str | None:
    raw = raw.strip().strip("()[]").strip()
    m = VALUE.match(raw)
    if not m:
        return None
    v = m.group("v").rstrip("._-/")
    initials = re.match(r"[ ](?-i:[A-ZÄÖÜ]{1,4})$", raw[m.end("v") :]) if v == m.group("v") else None
    if initials:
        v += initials.group(0)  # "402/25 KT": a German file number ends in the lawyer's initials
    first = v.split(" ")[0]
    if not re.search(r"[\d/]", first) and not (first.isupper() and len(first) <= 6):
        return None  # "is WM-123", "number 5": prose, not the start of a code
    if EMPTY.match(v) or not re.search(r"\d", v) or DATE_LIKE.match(v) or len(v) > 40 or len(v) < 3:
        return None
    # a value of prose words ("is below", "above") or a plain year is no reference
    if re.fullmatch(r"(?:19|20)\d\d", v):
        return None
    return v


def _theirs(letter: Letter, ours: str | None) -> Found[str] | None:
    text = letter.text
    end = own_end(letter)
    pattern, _ = case_ref_pattern(letter.profile)
    hits: list[_Hit] = []

    def consider(raw: str, at: int, strength: int, why: str, rule: str) -> None:
        v = _clean_value(raw)
        if not v or pattern.search(v):
            return  # our own reference in their label is still ours
        s = at + raw.find(v)
        hits.append(_Hit(v, s, s + len(v), strength, "text", why, rule))

    # 1. Labelled fields of the reference block: "Our ref: X", "Unser Zeichen: X" (one per field).
    platform = letter.profile.name.casefold()
    for ln in lines(text, 0, end):
        cells = fields(ln)
        for i, f in enumerate(cells):
            for lab, strength in THEIR_LABELS:
                m = re.match(rf"(?:{lab.pattern})(?!\w)\s*(?P<sep>[:#]|-\s|\.)?\s*", f.text, re.I)
                if not m:
                    continue
                label = f.text[: m.end()].strip(" :#")
                if m.end() == len(f.text):
                    # a table row "Unser Zeichen | X": the label fills its cell, the value the next
                    nxt = cells[i + 1] if i + 1 < len(cells) else None
                    if nxt and _clean_value(nxt.text):
                        consider(nxt.text, nxt.start, strength + 3, f"labelled: {label}", "reference.theirs.cell")
                        break
                    continue
                if strength < 2 and not m["sep"]:
                    continue  # a bare "Reference" without a colon starts a sentence
                consider(f.text[m.end() :], f.start + m.end(), strength + 3, f"labelled: {label}",
                         "reference.theirs.labelled")
                break
            else:
                q = QUALIFIED_LABEL.match(f.text)
                if q and q.end() < len(f.text) and q["q"].casefold() != platform:
                    label = f.text[: q.end()].strip(" :")
                    consider(
                        f.text[q.end() :], f.start + q.end(), 6, f"labelled: {label}", "reference.theirs.qualified"
                    )
                else:
                    _value_below(f, text, end, consider)
    # 2. In running text: "(our ref: X)", "our crime reference is X", "quoting reference X".
    for lab, strength in THEIR_LABELS:
        if strength < 2:
            continue
        inline = re.compile(
            rf"\b(?:{lab.pattern})(?:\s*[:.#]\s*|\s+is\s+|\s+)"
            rf"(?P<v>[A-Za-z0-9][^\s,;)]*(?-i:[ ][A-Z]{{1,4}}/[A-Za-z]{{1,4}})?)",
            re.I,
        )
        for m in inline.finditer(text, 0, end):
            said = " ".join(m.group(0).split())[:40]
            consider(m.group("v"), m.start("v"), strength, "in the text: " + said, "reference.theirs.text")
    # 3. The email's subject line.
    subject = letter.parsed.email.subject if letter.parsed.email else None
    if subject:
        for lab, strength in THEIR_LABELS:
            if strength < 2:
                continue
            inline = re.compile(
                rf"\b(?:{lab.pattern})(?:\s*[:.#]\s*|\s+)"
                rf"(?P<v>[A-Za-z0-9][^\s,;)\]]*(?-i:[ ][A-Z]{{1,4}}/[A-Za-z]{{1,4}})?)",
                re.I,
            )
            for m in inline.finditer(subject):
                v = _clean_value(m.group("v"))
                if v and not pattern.search(v):
                    s = m.start("v")
                    hits.append(_Hit(v, s, s + len(v), strength + 1, "header:Subject", "subject line",
                                     "reference.theirs.subject"))
    hits = [h for h in hits if not ours or _norm(h.value) != _norm(ours)]
    if not hits:
        return None
    best = max(hits, key=lambda h: (h.strength, -h.start if h.source == "text" else -10**9))
    ev = (
        evidence(text, best.start, best.end)
        if best.source == "text"
        else Evidence(best.start, best.end, best.value, best.source)
    )
    return Found(best.value, ev, min(0.95, 0.5 + 0.08 * best.strength), best.why, best.rule)


def _value_below(f: Line, text: str, end: int, consider: Callable[[str, int, int, str, str], None]) -> None:
    """A label alone on its line ("Our ref:") whose value a table cell put on the next line."""
    for lab, strength in THEIR_LABELS:
        if strength >= 2 and re.fullmatch(rf"(?:{lab.pattern})\s*:", f.text, re.I):
            nxt = next((ln for ln in lines(text, f.end, min(end, f.end + 200))[1:] if not ln.blank), None)
            if nxt and len(nxt.text) <= 40 and ":" not in nxt.text:
                consider(nxt.text, nxt.start, strength + 2, f"labelled: {f.text.strip(' :')}", "reference.theirs.below")
            return


def _norm(v: str) -> str:
    return re.sub(r"[\W_]+", "", v).casefold()
