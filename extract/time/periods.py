"""Periods a letter sets relative to its own date or its receipt, and the day each one ends.

"within 14 days of the date of this letter", "seven (7) days of receipt", "within 48 hours",
"within one month", "10 working days", "binnen zwei Wochen", "innerhalb eines Monats nach Zugang",
"dans un délai de huit (8) jours à compter de la présente", "sous quinzaine", "inden 8 hverdage",
"by the end of this month", "tomorrow". `find_periods` finds them with their spans; `resolve`
turns one into a date from an anchor day and the sender's country (for working days).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, timedelta

from extract.time.dates import MONTHS
from extract.time.numbers import NUMBER, to_int
from extract.time.workdays import add_months, add_working_days, end_of_month, is_working_day

# unit words -> the unit they count in
_UNITS: tuple[tuple[str, str], ...] = (
    (r"(?:working|business|banking|clear\s+working)\s+days?|werk-?tage?n?|arbeitstage?n?|"
     r"gesch[äa]ftstage?n?|jours?\s+ouvr(?:[ée]s?|ables?)|hverdage?|arbejdsdage?|bankdage?", "working_days"),
    (r"(?:working|business)\s+hours?|arbeitsstunden|heures\s+ouvr[ée]es", "working_hours"),
    (r"(?:calendar\s+|clear\s+)?days?|(?:kalender)?tage?n?|jours?(?:\s+(?:calendaires|francs))?|"
     r"(?:kalender)?dage?|døgn", "days"),
    (r"weeks?|wochen?|semaines?|uger?", "weeks"),
    (r"(?:calendar\s+)?months?|(?:kalender)?monate?n?|(?:kalender)?monats|mois|m[åa]neds?|m[åa]neder", "months"),
    (r"hours?|hrs|stunden|heures?|timer", "hours"),
    (r"fortnights?", "fortnights"),
)
_UNIT = "|".join(f"(?P<u{i}>{rx})" for i, (rx, _) in enumerate(_UNITS))

# what opens a period: "within", "binnen", "dans un délai de", "inden for", "a period of"
_LEAD = (
    r"(?:within|in|inside(?:\s+of)?|before\s+the\s+(?:expiry|end)\s+of|"
    r"(?:a\s+|the\s+)?(?:period|deadline|time\s+limit)\s+of|"
    r"innerhalb(?:\s+von)?|binnen|innert|(?:eine[rn]?\s+)?(?:antwort|stellungnahme|äußerungs)?frist\s+von|"
    r"dans\s+(?:un\s+d[ée]lai\s+(?:de|d['’])|les)|sous(?:\s+un\s+d[ée]lai\s+(?:de|d['’]))?|"
    r"(?:un\s+)?d[ée]lai\s+(?:de|d['’])|d['’]ici|"
    r"(?:(?:inden\s+for|med)\s+)?(?:en\s+)?(?:svar|tids)?frist(?:en)?\s+(?:p[åa]|af|er)|"
    r"inden\s+for|indenfor|inden|senest(?:\s+(?:om|inden))?|med|"
    r"(?:by\s+)?(?:no|not)\s+later\s+than|sp[äa]testens|au\s+plus\s+tard|"
    # a form's field: "Délai de réponse : 72 heures", "Frist: 14 Tage", "Response deadline: 7 days"
    r"(?P<form>(?:(?:response|reply)\s+)?(?:deadline|time\s+limit)(?:[ \t]+for[ \t]+[\w'’-]+)?[ \t]*:|"
    r"(?:antwort|stellungnahme|svar|tids|erledigungs)?frist(?:[ \t]+(?:for|til|für)[ \t]+[\w'’-]+)?[ \t]*:|"
    r"d[ée]lai(?:[ \t]+(?:de|pour|d['’])[ \t]*[\w'’-]+)?[ \t]*:)|"
    # "you have 14 days from receipt": counts only with what the period runs from
    r"(?P<soft>(?:(?:is|are)\s+due|due|have|has|give|giving|allow|allowing|grant|haben|gew[äa]hren|r[äa]umen|disposez(?:\s+d['’]un\s+"
    r"d[ée]lai)?\s+de|avez|accordons|har|giver)(?:\s+(?:you|us|them|ihnen|vous|jer|dem|Dem))?))"
)
# what the period runs from
_ANCHOR = (
    r"(?:\s*,?\s*(?:of|from|after|following|upon|on|as\s+from|ab|nach|seit|à\s+compter\s+(?:de|du|d['’])|"
    r"suivant(?:e|s)?|qui\s+suivent|[àa](?=\s+r[ée]ception)|d[eu](?=\s+(?:la\s+)?(?:r[ée]ception|pr[ée]sente|date|signification|notification)\b)|"
    r"[àa]\s+partir\s+(?:de|du|d['’])|dès|d[eè]s|fra|efter|regnet\s+fra)(?:\s+|(?<=['’]))"
    r"(?:(?:the|your|its|dem|der|den|la|le|l['’]|sa|jeres|Deres|din|datoen\s+for)\s*)?"
    # a Danish genitive names whose date or receipt: "brevets dato", "skrivelsens modtagelse"
    r"(?:(?:(?:dette|denne)\s+)?(?:brev(?:et)?s|skrivelsens|henvendelsens|anmodningens|meddelelsens|"
    r"e-?mailens|påbuddets|kendelsens|dommens|afgørelsens|beslutningens)\s+)?"
    r"(?:(?:date|datum|dato|receipt|receiving|réception|reception|zugang|erhalt|eingang|modtagelsen?|service|"
    r"delivery|being\s+served(?:\s+with)?|z?ustellung|signification|notification|forkyndelsen?|afsigelsen?|pronouncement|verk[üu]ndung|"
    r"prononc[ée]|today|heute|dags\s+dato|i\s*dag|ce\s+jour|"
    r"aujourd['’]hui|hereof)\b[^\S\n]*)?"
    # "the date of receipt of this letter": the receipt of the letter is what the date is of
    r"(?:(?:of|de|du|des|af|for|dieses|diese[rs]?|der)\s+"
    r"(?:receipt|réception|zugang|erhalt|eingang|modtagelsen?|delivery|z?ustellung)\s+)?"
    r"(?:(?:of|de|du|des|af|for|dieses|diese[rs]?|der)\s+)?"
    r"(?:(?:this|the|our|my|these|la|le|ce|cette|notre|ma|mon|dette|denne|vores|mit|min|"
    r"dieses|unseres|meines|unserer|meiner)\s+)?"
    r"(?:(?:present|pr[ée]sente?)\s+)?(?:hereof|letter|notice|e-?mail|request|correspondence|communication|message|"
    r"demand|complaint|order|schreiben[s]?|briefe?s?|e-mail|aufforderung|mitteilung|"
    r"anfrage|antrag[s]?|pr[ée]sente|lettre|courrier|mise\s+en\s+demeure|demande|notification|"
    r"brev(?:et)?|henvendelsen?|meddelelse|anmodning(?:en)?|skrivelse|"
    # an order served: "à compter de la signification de la présente décision"
    r"d[ée]cision|ordonnance|jugement|beschlusse?s|beschluss|urteils?|verf[üu]gung|kendelsen?|dommen)?)?"
)
_PERIOD = re.compile(
    # "thirty (30) days", "dix (10) jours": the number in words, then in figures
    rf"\b{_LEAD}(?:\s+|(?<=['’]))(?:the\s+next\s+|the\s+|den\s+n[äa]chsten\s+|les\s+)?(?P<n>{NUMBER})"
    rf"(?:[^\S\n]*\(\d{{1,3}}\))?[^\S\n]*[-\s]?"
    rf"(?:{_UNIT})(?:['’]s?)?(?![\w])(?P<anchor>{_ANCHOR})",
    re.I,
)
# "sous huitaine", "sous quinzaine", "within a fortnight" without a number
_FRENCH_SPAN = re.compile(
    rf"\b(?:sous|dans\s+la|d['’]ici)\s+(?P<w>huitaine|quinzaine)(?![\w])(?P<anchor>{_ANCHOR})", re.I
)
_END_OF_MONTH = re.compile(
    r"\b(?:(?:by|before|until)\s+(?:the\s+)?end\s+of\s+(?:this|the)\s+(?:calendar\s+)?month|"
    r"(?:bis\s+)?(?:zum\s+)?(?:ende\s+(?:dieses|des)\s+(?:laufenden\s+)?monats|monatsende)|"
    r"(?:d['’]ici|avant)\s+la\s+fin\s+(?:du|de\s+ce)\s+mois|"
    r"(?:inden|senest\s+ved)\s+udgangen\s+af\s+(?:denne\s+)?m[åa]ned(?:en)?)\b",
    re.I,
)
# the end of a named month: "by the end of November", "bis Ende November", "d'ici la fin novembre",
# "inden udgangen af november" — the month's last day
_MONTH_WORDS = "|".join(sorted((w for w in MONTHS if len(w) > 2), key=len, reverse=True))
_END_OF_NAMED_MONTH = re.compile(
    rf"\b(?:(?:by|before|until)\s+(?:the\s+)?end\s+of\s+|(?:bis\s+)?(?:zum\s+)?ende\s+|"
    rf"(?:d['’]ici|avant)\s+(?:la\s+)?fin\s+(?:du\s+mois\s+)?(?:de\s+|d['’])?|"
    rf"(?:inden|senest\s+ved)\s+udgangen\s+af\s+)(?P<month>{_MONTH_WORDS})\b\.?(?!\s*\d)",
    re.I,
)
_END_OF_WEEK = re.compile(
    r"\b(?:(?:by|before)\s+(?:the\s+)?end\s+of\s+(?P<next>next\s+)?(?:this\s+|the\s+)?week|"
    r"(?:bis\s+)?ende\s+(?:der\s+)?(?P<next2>n[äa]chste[rn]?\s+)?(?:dieser\s+)?woche|"
    r"(?:d['’]ici|avant)\s+la\s+fin\s+de\s+(?:la|cette)\s+semaine(?P<next3>\s+prochaine)?|"
    r"inden\s+udgangen\s+af\s+(?P<next4>n[æa]ste\s+)?(?:denne\s+)?uge(?:n)?|inden\s+(?P<next5>n[æa]ste\s+)?ugens\s+udgang)\b",
    re.I,
)
_TOMORROW = re.compile(
    r"\b(?:(?:by|before|until)\s+(?:(?:close\s+of\s+business|cob|end\s+of\s+(?:the\s+)?day|noon|midday|"
    r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?)\s+)?tomorrow|bis\s+morgen|d['’]ici\s+demain|"
    r"(?:senest\s+)?i\s+morgen)\b",
    re.I,
)
_ANCHOR_NOUN = re.compile(
    r"date|datum|dato|receipt|receiving|r[ée]ception|zugang|erhalt|eingang|modtag|service|served|delivery|zustellung|today|heute|"
    r"\bi\s*dag\b|\bce\s+jour\b|"
    r"signification|notification|forkyndelse|afsigelse|pronouncement|verk[üu]ndung|prononc|"
    r"hereof|aujourd|letter|notice|mail|request|correspondence|communication|message|demand|complaint|order|"
    r"schreiben|brief|aufforderung|mitteilung|anfrage|antrag|pr[ée]sente|lettre|courrier|demeure|demande|"
    r"notification|brev|henvendelse|meddelelse|anmodning|skrivelse",
    re.I,
)
_RECEIPT = re.compile(r"receipt|receiving|réception|reception|zugang|erhalt|eingang|modtag|service|served|"
                      r"zustellung|delivery|"
                      r"signification|notification|forkyndelse",
                      re.I)


# what makes a period a duration: "for a period of", "für einen Zeitraum von", "pendant"
_DURATION = re.compile(r"\b(?:for|für|während|pendant|durant)\s+$", re.I)


@dataclass(frozen=True)
class Period:
    """A relative period in the text: `amount` of `unit`, running from `anchor` ("letter" = the
    letter's own date, "receipt" = the day it arrived, "" = not said)."""

    start: int
    end: int
    text: str
    amount: int
    unit: str  # days | working_days | weeks | months | hours | working_hours | end_of_month | ...
    anchor: str = ""  # "" | "letter" | "receipt" | "order"
    # "within five days of each other", "within 24 hours of a post": the period runs from
    # something other than the letter, so it sets no deadline of the letter's
    dangling: bool = False
    form: bool = False  # a form's labelled field ("Délai : 72 heures"): asked whatever the words around


_CLEAR = re.compile(r"(?i)\bjours?\s+francs\b")
_ORDER = re.compile(r"\b(?:order|ordonnance|d[ée]cision|jugement|beschluss(?:es)?|urteils?|verf[üu]gung|"
                    r"kendelsen?|kendelsens|dommen|dommens)\b", re.I)
_DATE_WORD = re.compile(r"\b(?:date|datum|dato)\b", re.I)


def _anchor_kind(s: str) -> str:
    """ "receipt" (the day it reached us, or was served), "order" (the date an order was made:
    "of the date of this Order"), "letter" (the letter's own date), or "" (not said)."""
    if not s.strip():
        return ""
    if _RECEIPT.search(s):
        return "receipt"
    return "order" if _ORDER.search(s) and _DATE_WORD.search(s) else "letter"


def find_periods(text: str, *, offset: int = 0) -> list[Period]:
    """Every relative period written in `text`, in order; spans shifted by `offset`."""
    out: list[Period] = []
    for m in _PERIOD.finditer(text):
        if _DURATION.search(text, max(0, m.start() - 12), m.start()):
            continue  # "preserve the records for a period of 90 days": how long, not by when
        n = to_int(m["n"])
        unit = next(u for i, (_, u) in enumerate(_UNITS) if m[f"u{i}"])
        if n is None or n <= 0:
            continue
        anchor = m["anchor"] or ""
        dangling = bool(re.search(r"\w", anchor)) and not _ANCHOR_NOUN.search(anchor)
        if dangling or not re.search(r"\w", anchor):
            anchor = ""
        if m["soft"] and not anchor:
            continue
        end = m.end() if anchor else m.end() - len(m["anchor"] or "")
        text_ = re.sub(r"[\s,]+(?:of|de|du|af|der|des)$", "", text[m.start():end].rstrip(" ,"), flags=re.I)
        begin = m.start("n") if m["soft"] else m.start()  # "you have 14 days from …": the period itself
        text_ = text_[begin - m.start():]
        if unit == "fortnights":
            unit, n = "days", 14 * n
        if unit == "days" and _CLEAR.search(m.group()):
            unit = "clear_days"
        out.append(Period(begin + offset, begin + offset + len(text_), text_, n, unit, _anchor_kind(anchor), dangling,
                          bool(m["form"])))
    for m in _FRENCH_SPAN.finditer(text):
        n = 8 if m["w"].lower() == "huitaine" else 15
        anchor = m["anchor"] if re.search(r"\w", m["anchor"] or "") else ""
        end = m.end() if anchor else m.end("w")
        out.append(Period(m.start() + offset, end + offset, text[m.start():end], n, "days",
                          _anchor_kind(anchor)))
    for m in _END_OF_MONTH.finditer(text):
        out.append(Period(m.start() + offset, m.end() + offset, m.group(), 0, "end_of_month"))
    for m in _END_OF_NAMED_MONTH.finditer(text):
        month = MONTHS[m["month"].lower().rstrip(".")]
        out.append(Period(m.start() + offset, m.end() + offset, m.group(), month, "end_of_named_month"))
    for m in _END_OF_WEEK.finditer(text):
        nxt = any(m[g] for g in ("next", "next2", "next3", "next4", "next5"))
        out.append(Period(m.start() + offset, m.end() + offset, m.group(), int(nxt), "end_of_week"))
    for m in _TOMORROW.finditer(text):
        out.append(Period(m.start() + offset, m.end() + offset, m.group(), 1, "days"))
    out.sort(key=lambda p: p.start)
    # a shorter match inside a longer one ("in 7 days" inside "within 7 days") is the same period
    kept: list[Period] = []
    for p in out:
        if kept and p.start < kept[-1].end:
            if p.end - p.start > kept[-1].end - kept[-1].start:
                kept[-1] = p
            continue
        kept.append(p)
    return kept


def resolve(period: Period, anchor: date, country: str) -> date:
    """The day a period ends, counted from `anchor` (which does not count)."""
    n, unit = period.amount, period.unit
    if unit == "days":
        return anchor + timedelta(days=n)
    if unit == "clear_days":
        # "huit jours francs" (French procedure): neither the first day nor the last counts, and a
        # limit that ends on a day off runs to the next working day
        day = anchor + timedelta(days=n + 1)
        while not is_working_day(day, country):
            day += timedelta(days=1)
        return day
    if unit == "working_days":
        return add_working_days(anchor, n, country)
    if unit == "weeks":
        return anchor + timedelta(weeks=n)
    if unit == "months":
        return add_months(anchor, n)
    if unit == "hours":
        return anchor + timedelta(days=math.ceil(n / 24))
    if unit == "working_hours":
        return add_working_days(anchor, math.ceil(n / 24), country)
    if unit == "end_of_month":
        return end_of_month(anchor)
    if unit == "end_of_named_month":  # the coming end of that month (next year's once this year's has passed)
        year = anchor.year + (1 if n < anchor.month else 0)
        return end_of_month(date(year, n, 1))
    if unit == "end_of_week":
        friday = anchor + timedelta(days=(4 - anchor.weekday()) % 7)
        return friday + timedelta(weeks=n)
    raise ValueError(f"unknown unit {unit!r}")
