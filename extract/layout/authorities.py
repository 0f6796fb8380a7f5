"""The full name of a court or public authority, as a grammar: a head noun ("Court", "Landgericht",
"Tribunal", "Byret", "Politi", "Direction") with what names it — a place or qualifier before it
("Northshire Superior Court", "Xby Byret") and a chain after it, joined by links, of places,
divisions and remits ("… of Justice", "… for the Southern District of X", "… judiciaire de X",
"… für Verbraucherschutz und Lebensmittelsicherheit", "Retten i X"). Head nouns and links are lexicon data,
by language; this module holds how they combine, including over a letterhead's wrapped lines.

It imports nothing from the project but the lexicon, so that `names` can use it."""

from __future__ import annotations

import re

import lexicon

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LOW = "a-zß-öø-ÿā-ž"

# A head noun, as a whole word ("Landgericht", not "Gerichtsvollzieher"; "Court", not "Courtney").
HEAD = re.compile(rf"(?<![\w-])(?:{'|'.join(lexicon.terms('institution_heads'))})(?![\w-])", re.I)
LINK = rf"(?:{'|'.join(lexicon.terms('institution_links'))})"
# A line that ends in a link or a comma breaks the name in the middle: the next line completes it.
_OPEN_END = re.compile(rf"(?:[\s,]|^)(?:{LINK}|[,&-])$", re.I)
# "IN THE COUNTY COURT AT X": the court's title in a heading, without "in the".
_PREAMBLE = re.compile(r"^(?:IN\s+THE|In\s+the|BEFORE\s+THE|Before\s+the)\s+(?=\S)")
# A court's division named on the line below its name ("SOUTHERN DISTRICT OF NEW YORK"): "… for the …".
_DISTRICT = re.compile(rf"^(?:THE\s+)?(?:[{_UP}]+\s+){{0,2}}DISTRICT\s+OF\s+[{_UP}]", re.I)
# Words that make a line prose, an address or contact details, never a name.
_NOT_NAME = re.compile(r"[@:;|·•]|https?://|www\.|\d{2,}|\b(?:Tel|Tél|Tlf|Fax|E-?mail)\b", re.I)
# A ministry or a prefect heads a letter of one of its directorates; the directorate is the sender.
_PARENT = re.compile(r"(?i)^(?:minist[eè]re|ministry|ministerium|\w+ministeriet|pr[ée]f(?:et|ète|ecture))\b")
_DIRECTORATE = re.compile(r"(?i)^(?:direction|directorate|direktion)\b")
# A local unit is named with its place: "Compagnie de gendarmerie de X", "… i X".
_PLACED = re.compile(rf"\s(?:{LINK})\s+[{_UP}][{_LOW}'’-]+(?:[\s-][{_UP}][{_LOW}'’-]+)*\s*$")
# A name given in two languages ("National Police / Police nationale"): the first stands for both.
_BILINGUAL = re.compile(r"\s+/\s+")


def is_institution(s: str) -> bool:
    """Whether `s` reads as a court's or authority's name: a head noun, capitalised words or links
    around it, and nothing of a sentence, an address or contact details."""
    s = _PREAMBLE.sub("", s.strip())
    if not s or len(s) > 130 or _NOT_NAME.search(s):
        return False
    head = HEAD.search(s)
    if not head:
        return False
    before = [w for w in s[: head.start()].split() if w[:1].islower() and len(w) > 3]
    if not head.group(0)[:1].isupper() and before:
        return False  # "the attached court order": prose; "Compagnie de gendarmerie de X" is a name
    if re.search(r"\b[a-zß-ÿ]+[.!?]$", s):
        return False  # a sentence's full stop
    words = s.replace("’", "'").split()
    if len(words) > 16 or not (words[0][:1].isupper() or words[0][:2].lower() in {"l'", "d'"}):
        return False
    if re.search(r"[.!?]\s", s):
        return False
    # Lower-case words are links or the nouns and adjectives of a French name's remit ("Tribunal
    # judiciaire", "Direction générale de la concurrence, de la consommation …"); a long run of
    # them is a sentence.
    lower_run = 0
    for w in words:
        if re.fullmatch(LINK, w.strip(","), re.I) or len(w.strip(",")) <= 3:
            continue  # links and articles ("de", "la", "the", "der") join the name's words
        lower_run = lower_run + 1 if w[:1].islower() else 0
        if lower_run > 6:
            return False
    return True


def institution_name(rows: list[str]) -> tuple[str, int] | None:
    """The institution's name at the top of a letter, from its first lines `rows`: the name and
    how many lines it takes (a name wrapped over lines, a place over the court, a district under it).
    None where the first line names no court or authority."""
    if not rows:
        return None
    first = _PREAMBLE.sub("", rows[0].strip())
    used = 1
    name = first
    if not HEAD.search(first) and len(rows) > 1 and _place_line(first) and rows[1].isupper() \
            and is_institution(rows[1]):
        name, used = f"{first} {_PREAMBLE.sub('', rows[1].strip())}", 2  # a province over "SUPERIOR COURT …"
    while used < len(rows) and _OPEN_END.search(name) and not _NOT_NAME.search(rows[used]):
        name, used = f"{name} {rows[used].strip()}", used + 1  # a name wrapped at a link word
    if not is_institution(name):
        return None
    if used < len(rows) and _DISTRICT.match(rows[used].strip()):
        between = "for the" if name.isupper() is False else "FOR THE"
        name, used = f"{name} {between} {rows[used].strip()}", used + 1
    halves = _BILINGUAL.split(name)
    if len(halves) == 2 and is_institution(halves[1]):
        name = halves[0]  # the same body named twice, in two languages
    child = _unit_below(name, rows[used:])
    if child:
        text, more = child
        return text, used + more
    return name.strip(" ,-"), used


def _unit_below(parent: str, rows: list[str]) -> tuple[str, int] | None:
    """A ministry's or prefect's directorate under its heading: the directorate is the sender."""
    line, used = _wrapped(rows)
    if line and _PARENT.match(parent) and _DIRECTORATE.match(line) and is_institution(line):
        return line.strip(" ,-"), used
    return None


def _wrapped(rows: list[str]) -> tuple[str, int]:
    """The first of `rows` with the lines that complete a name it breaks off at a link word."""
    if not rows:
        return "", 0
    line, used = rows[0].strip(), 1
    while used < len(rows) and _OPEN_END.search(line) and not _NOT_NAME.search(rows[used]):
        line, used = f"{line} {rows[used].strip()}", used + 1
    return line, used


def placed_units(rows: list[str]) -> list[str]:
    """The local units a heading names under its parent body, each named with its place ("Compagnie
    … de X", "… i X"): the sender where the signature names the same unit."""
    out: list[str] = []
    i = 0
    while i < len(rows):
        line, used = _wrapped(rows[i:])
        if not used or _NOT_NAME.search(line):
            break
        if is_institution(line) and _PLACED.search(line):
            out.append(line.strip(" ,-"))
        i += used
    return out


def _place_line(s: str) -> bool:
    """A line of one to three words in capitals and no head noun: a place or jurisdiction ("NORTHSHIRE")."""
    words = s.split()
    return 1 <= len(words) <= 3 and s.isupper() and not _NOT_NAME.search(s)


COURT = re.compile(rf"(?<![\w-])(?:{'|'.join(lexicon.terms('court_heads'))})(?![\w-])", re.I)
# A firm named after a place with "Court" in it is still a firm: its legal form or profession says so.
_FIRM = re.compile(
    rf"(?<![\w/])(?:{'|'.join(lexicon.terms('legal_forms'))})(?![\w/])"
    r"|(?i:\b(?:Solicitors|Lawyers|Barristers|Chambers|Attorneys|Rechtsanw\w+|Avocats|Advokat\w*)\b)"
)


def is_court(s: str) -> bool:
    """Whether an institution's name is a court's ("Landgericht X", "Supreme Court of X",
    "Tribunal judiciaire de X", "Retten i X"), not a firm's that has the word in it."""
    return is_institution(s) and bool(COURT.search(s)) and not _FIRM.search(s)
