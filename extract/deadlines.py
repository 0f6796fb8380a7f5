"""The deadline: the date by which the sender demands action or a reply.

Candidates are explicit dates that follow a demand cue ("no later than", "by 4pm on", "bis zum",
"au plus tard le", "senest den"), relative periods ("within 14 days of the date of this letter",
see `extract.periods`) and bare weekdays ("by Friday"). Each is weighed by the strength of its
cue and by whether its sentence asks something of the reader; dates of reviews, earlier letters,
hearings and orders carry no cue and are never candidates. The new message of an email is read
before anything it quotes or forwards, and what the platform itself wrote in a quoted message is
not the sender's demand.

Relative periods run from the letter's own date, or from the day it arrived where it bears none
(SCHEMA.md) — "of receipt" included, as the corpus reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from extract.dates import WEEKDAYS, DateMention, find_dates
from extract.letter import Letter
from extract.models import Evidence, FoundDeadline
from extract.periods import Period, find_periods, resolve

# cue -> strength; the cue ends where the date (after some filler) begins
_CUES: tuple[tuple[str, float], ...] = (
    (r"(?:by\s+)?(?:no|not)\s+later\s+than|at\s+the\s+latest\s+(?:by|on)|on\s+or\s+before", 1.0),
    (r"(?:response|reply|answer|action|information|compliance)\s+(?:is\s+)?(?:required|requested|due|needed)"
     r"\s+(?:by|before|on)|deadline(?:\s+for\s+(?:\w+\s+){0,3}?is|\s+(?:is|of|set\s+(?:at|for)))?|"
     r"due\s+(?:by|on)|"
     r"return\s+date", 1.0),
    # the writer waits for a reply until then: "I wait your answer until 10.12", "awaiting your reply by"
    (r"(?:wait(?:ing)?|await(?:ing)?|expect(?:ing)?)\s+(?:for\s+)?(?:\w+\s+){0,2}(?:answer|reply|response|news)"
     r"\s+(?:until|till|by|before|not\s+later\s+than)", 1.0),
    (r"by", 0.9),
    (r"before", 0.85),
    # the date of a meeting the reader's action must precede: "before their renewal call on
    # Tuesday 8 December", "vor unserem Termin am", "avant notre réunion du", "inden mødet den"
    (r"before\s+(?:the|your|our|their|my|his|her|this|next)\s+(?:[\w-]+\s+){0,3}?(?:call|meeting|renewal|"
     r"review|launch|hearing|appointment|visit|presentation|conference|event|session)\s+(?:on|at)|"
     r"vor\s+(?:dem|unserem|ihrem|Ihrem|deren)\s+(?:[\w-]+\s+){0,2}?(?:Termin|Treffen|Gespr[äa]ch|Meeting|Anruf|"
     r"Verhandlung|Telefonat)\s+am|"
     r"avant\s+(?:la|le|notre|votre|leur)\s+(?:[\w-]+\s+){0,2}?(?:r[ée]union|rendez-vous|appel|audience|"
     r"renouvellement)\s+(?:du|le)|"
     r"(?:f[øo]r|inden)\s+(?:mødet|opkaldet|samtalen|retsmødet|fornyelsen)\s+(?:den|d\.|på)", 0.85),
    (r"(?:have|has|given(?:\s+(?:you|us|them))?)\s+(?:until|till)", 0.9),
    (r"until|till", 0.45),  # "suspended until", "remains until": seldom a demand on its own
    (r"bis\s+(?:sp[äa]testens|einschlie(?:ß|ss)lich|zum|zu[mr]|am)|sp[äa]testens(?:\s+(?:bis|zum|am|bis\s+zum))*|"
     r"(?:frist|stichtag)(?:\s+(?:bis|zum|bis\s+zum|am|endet\s+am|l[äa]uft\s+am))*|l[äa]ngstens\s+bis", 1.0),
    (r"bis", 0.65),
    (r"au\s+plus\s+tard(?:\s+(?:le|pour\s+le|jusqu['’]au))?|(?:avant|d['’]ici)\s+le|"
     r"date\s+limite(?:\s+(?:du|fix[ée]e\s+au))?|jusqu['’]au|dans\s+un\s+d[ée]lai\s+expirant\s+le", 0.95),
    (r"pour\s+le", 0.6),
    (r"senest(?:\s+(?:den|d\.|på|inden))?|inden\s+(?:den|d\.)|fristen\s+(?:er|udløber)(?:\s+den)?|"
     r"frist\s+(?:til|indtil)(?:\s+den)?", 1.0),
)
_CUE = "|".join(f"(?P<c{i}>{rx})" for i, (rx, _) in enumerate(_CUES))
# what may stand between a cue and its date: a time, "close of business on", "the", "le", "den"
_TIME = r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?|uhr|h(?:\d\d)?|hrs?|o['’]clock)?"
_FILL = (
    rf"(?:[\s,:|]|\b{_TIME}|\b(?:the|on|at|of|le|den|am|zum|d\.|til|noon|midday|midnight|"
    r"close\s+of\s+(?:business|play)|cob|eod|end\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|"
    r"(?:uk|gmt|bst|cet|cest|utc|london|local)(?:\s+time)?|time|heure|heures|klokken|kl\.)\b)*"
)
_BEFORE = re.compile(rf"(?<![\w])(?P<cue>{_CUE}){_FILL}$", re.I)
# a form's labelled field, "Response required by: 02/04/2027", "Svarfrist | 2. april 2027", the
# label on a line of its own and its value after a colon, a table cell's " | " or the next line:
# the form asks for the reply by then whatever the words around it
_FORM_LABEL = re.compile(
    r"(?:^|\n)[ \t•*>-]*(?P<cue>"
    r"(?:response|reply|answer|return|disclosure|compliance|action)\s+(?:date|deadline|due(?:\s+(?:date|by|on))?|"
    r"(?:is\s+)?(?:required|requested|needed|expected)(?:\s+(?:by|before|on))?|by)|"
    r"(?:response\s+|reply\s+)?deadline(?:\s+for\s+(?:\w+\s+){0,2}?(?:response|reply|compliance|disclosure))?|"
    r"due\s+(?:date|by)|date\s+(?:required|due|for\s+(?:response|reply))|"
    r"date\s+by\s+which\s+(?:a\s+|the\s+|your\s+)?(?:response|reply|answer|disclosure|information|data)\s+"
    r"(?:is\s+|are\s+|must\s+be\s+|should\s+be\s+)?(?:required|requested|due|needed|provided|given)|"
    r"(?:antwort|rückmelde|erledigungs|stellungnahme|äußerungs|auskunfts)?frist|antwort\s+(?:bis|erbeten\s+bis)|"
    r"date\s+limite(?:\s+de\s+(?:réponse|retour|communication|transmission))?|"
    r"r[ée]ponse\s+(?:attendue|souhait[ée]e|requise|demand[ée]e)(?:\s+(?:avant\s+le|le|pour\s+le|au\s+plus\s+tard\s+le))?|"
    r"(?:svar)?frist|tidsfrist|svar\s+senest"
    rf")[ \t]*(?:[:|\t]|\n)(?:{_FILL})$",
    re.I,
)
# "le 30 novembre au plus tard", "17 November 2026 at the latest"
_AFTER = re.compile(r"\s*,?\s*(?:at\s+the\s+latest|au\s+plus\s+tard|sp[äa]testens|senest)\b", re.I)
_WEEKDAY_DEMAND = re.compile(
    rf"(?<![\w])(?P<cue>by|before|until|bis(?:\s+sp[äa]testens)?|sp[äa]testens|d['’]ici|avant|senest|inden)"
    rf"\s+(?:(?:this|next|coming|kommenden|n[äa]chsten|prochain|n[æa]ste|på)\s+)?"
    rf"(?:{_FILL})?(?P<wd>{'|'.join(w for w in WEEKDAYS if len(w) > 3)})(?![\w])"
    rf"(?!,?\s*(?:the\s+|den\s+|le\s+)?\d)",
    re.I,
)

_RANGE_FROM = re.compile(
    rf"\b(?:{'|'.join(w for w in WEEKDAYS if len(w) > 3)}|mon|tue|wed|thu|fri|sat|sun)\.?\s*[-–]?\s*$", re.I
)

# words by which a sentence asks something of the reader: a request, an order, a condition
_ASKS = re.compile(
    r"\b(?:please|kindly|we\s+(?:therefore\s+|now\s+|hereby\s+|also\s+)?(?:require|request|ask|demand|expect|invite|"
    r"call\s+upon|look\s+forward)|i\s+(?:would\s+|therefore\s+|now\s+)?(?:want|ask|expect|request|need|require)|"
    r"i['’]d\s+like|must|shall|(?:can|could|would|will)\s+(?:you|someone|somebody)|grateful|appreciate|requires?\s+you|"
    # an authority asks in the third person: "the Commissioner requests", "Styrelsen beder om"
    r"requests|asks|invites|(?:is|are)\s+(?:required|requested|asked|invited)\s+to|"
    r"let\s+(?:me|us)\s+(?:have|know)|unless|failing|otherwise|in\s+the\s+absence\s+of|"
    # a condition and a threat: "if I haven't had an answer within 10 days I'll complain"
    r"if\b[^.?!]{0,160}\b(?:i|we)(?:['’]ll|\s+will|\s+shall)|wenn\b[^.?!]{0,160}\b(?:werden\s+wir|werde\s+ich)|"
    r"si\b[^.?!]{0,160}\b(?:nous|je)\s+(?:serons|serai|saisirons|saisirai|engagerons|engagerai)|"
    r"hvis\b[^.?!]{0,160}\bvil\s+(?:vi|jeg)|"
    r"bitte[nt]?|erbitte[nt]?|fordern|fordert|auffordern|erwarte[nt]?|verlangen|ersuche[nt]?|ersucht|m[üu]ssen|"
    r"andernfalls|widrigenfalls|(?:wird|werden)\s+gebeten|"
    r"veuillez|merci\s+de|(?:je|nous)\s+vous\s+(?:demande|prie|remerci|mets|invite)\w*|demandons|prions|invitons|"
    r"sollicitons|saurai[st]\s+gr[ée]|saurions\s+gr[ée]|vous\s+est\s+demand[ée]|"
    r"mets?\s+en\s+demeure|exige\w*|[àa]\s+d[ée]faut|faute\s+de|"
    r"bedes|beder|venligst|anmod\w*|kræver|forventer|imødeser|skal|i\s+modsat\s+fald|medmindre|ellers|"
    # a court's operative words order the reader: "ORDONNONS", "IT IS ORDERED", "wird aufgegeben"
    r"ordonn(?:ons|e)|enjoign(?:ons|ent)|enjoint|condamnons|(?:is|are)\s+(?:hereby\s+)?ordered|it\s+is\s+ordered|"
    r"(?:wird|werden)\s+(?:\w+\s+){0,4}(?:aufgegeben|untersagt|verurteilt)|p[åa]l[æa]gges|tilpligtes|"
    # the writer waits for the answer: "I wait your answer until 10.12", "we await your reply"
    r"(?:i|we)\s+(?:am\s+|are\s+|will\s+|shall\s+)?(?:wait(?:ing)?|await(?:ing)?)\b(?:\s+for)?)\b",
    re.I,
)
# words by which it addresses the reader, or speaks of a reply
_ADDRESSES = re.compile(
    r"\b(?:you|your|i|reply|respond|response|answer|confirm|confirmation|hear|"
    r"sie|ihr(?:e[rnms]?)?|antwort|stellungnahme|best[äa]tigung|frist|"
    r"vous|votre|vos|r[ée]ponse|jer|jeres|deres|svar|frist)\b",
    re.I,
)
# a sentence that reports what happened, or grants a permission, rather than demands
_REPORTS = re.compile(
    r"\b(?:was|were|went|had|expired|elapsed|lapsed|asked|requested|gave|told|may\s+apply|can\s+apply|"
    r"liberty\s+to\s+apply|(?:letter|email|e-mail)\s+(?:of|dated)|"
    r"wurde|war|waren|abgelaufen|verstrichen|gebeten|schreiben\s+vom|"
    r"a\s+[ée]t[ée]|avons\s+demand[ée]|expir[ée]|courrier\s+du|udl[øo]b|var|blev|bad|brev\s+af)\b",
    re.I,
)
_CONDITION = re.compile(r"\b(?:if|unless|sofern|falls|wenn|si|hvis)\b", re.I)
_FORWARD = re.compile(
    r"^[ \t>]*-{2,}\s*(?:forwarded\s+message|original\s+message|ursprüngliche\s+nachricht|"
    r"weitergeleitete\s+nachricht|message\s+transf[ée]r[ée]|message\s+d['’]origine|"
    r"videresendt\s+(?:meddelelse|besked)|oprindelig\s+(?:meddelelse|besked))\s*-*\s*$",
    re.I | re.M,
)
_QUOTE_HEAD = re.compile(
    r"^[ \t>]*(?:on\s.{5,200}?wrote:|am\s.{5,200}?schrieb.{0,80}:|le\s.{5,200}?a\s+[ée]crit\s*:|"
    r"den\s.{5,200}?skrev.{0,80}:)\s*$",
    re.I | re.M,
)
_FROM_LINE = re.compile(r"^[ \t>]*(?:from|von|de|fra)\s*:\s*(?P<v>.+)$", re.I | re.M)
_ADDR = re.compile(r"(?<![\w.+-])[\w.+-]+@(?P<dom>[\w-]+(?:\.[\w-]+)+)")


@dataclass(frozen=True)
class _Candidate:
    date: date
    start: int
    end: int
    basis: str
    score: float
    rule: str
    anchor: date | None
    tier: int  # 0 = the new message; 1 = a forwarded or quoted message of someone else


_SENT_LINE = re.compile(r"^[ \t>]*(?:date|sent|gesendet|datum|envoy[ée]|sendt|dato)\s*:\s*(?P<v>.+)$", re.I | re.M)


def _message_date(head: str, reference: date) -> date | None:
    """The date an earlier message was written, from its "On … wrote:" or "Date:" line."""
    q = _QUOTE_HEAD.match(head) or _SENT_LINE.search(head)
    if q:
        found = [m for m in find_dates(q.group(), reference=reference) if m.has_year]
        if found:
            return found[0].value
    return None


def _region_tiers(letter: Letter, anchor: date) -> list[tuple[int, int, int, date]]:
    """(start, end, tier, anchor) of each part of the text: the new message is tier 0; forwarded
    or quoted earlier messages are tier 1 (their periods run from their own date), or left out
    when the platform itself wrote them."""
    text = letter.text
    cuts = sorted({m.start() for m in _FORWARD.finditer(text)} | {m.start() for m in _QUOTE_HEAD.finditer(text)}
                  | {letter.body_end})
    bounds = [0, *[c for c in cuts if 0 < c < len(text)], len(text)]
    out: list[tuple[int, int, int, date]] = []
    for i, (s, e) in enumerate(zip(bounds, bounds[1:], strict=False)):
        if i == 0:
            out.append((s, e, 0, anchor))
            continue
        head = text[s:min(e, s + 400)]
        author = ""
        q = _QUOTE_HEAD.match(head) or _FROM_LINE.search(head)
        if q and (a := _ADDR.search(q.group())):
            author = a["dom"].lower()
        if author and letter.profile.is_own_domain(author):
            continue
        out.append((s, e, 1, _message_date(head, anchor) or anchor))
    return out


def _context_weight(letter: Letter, start: int, end: int) -> float:
    """1.0 where the sentence asks something of the reader; less where it only addresses them;
    little where it reports what happened (an earlier letter's period, a review posted within days)."""
    s, e = letter.sentence_at(start, end)
    sent = letter.text[s:e]
    if _ASKS.search(sent) or sent.rstrip().endswith("?"):
        return 1.0
    w = 0.7 if _ADDRESSES.search(sent) else 0.5
    if _REPORTS.search(sent) and not _CONDITION.search(sent):
        w -= 0.45
    return w


_ACK = re.compile(
    r"\b(?:acknowledge|acknowledgement|confirm\s+receipt|eingang\s+(?:zu\s+)?best[äa]tigen|eingangsbest[äa]tigung|"
    r"accus(?:er|ez)\s+r[ée]ception|accus[ée]\s+de\s+r[ée]ception|kvitter)",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|und|et|og)\b", re.I)


def _only_acknowledgement(letter: Letter, start: int) -> bool:
    """Whether the clause a candidate ends asks only to acknowledge receipt; the substantive
    reply a letter asks for in the same breath is the deadline that matters."""
    text = letter.text
    s, _ = letter.sentence_at(start)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, s, start)]
    clause = text[breaks[-1] if breaks else s:start]
    if not clause.strip() and len(breaks) > 1:
        clause = text[breaks[-2]:start]
    return bool(_ACK.search(clause))


def _cue_strength(m: re.Match[str]) -> float:
    return next(st for i, (_, st) in enumerate(_CUES) if m[f"c{i}"])


def _explicit(letter: Letter, mentions: list[DateMention], lo: int, hi: int, tier: int,
              anchor: date) -> Iterator[_Candidate]:
    text = letter.text
    for dm in mentions:
        if not lo <= dm.start < hi:
            continue
        window = text[max(lo, dm.start - 90):dm.start]
        form = _FORM_LABEL.search(window)
        m = None if form else _BEFORE.search(window)
        strength = 0.0
        begin = dm.start
        if form:
            strength = 1.0
            begin = dm.start - len(window) + form.start("cue")
        elif m:
            strength = _cue_strength(m)
            begin = dm.start - len(window) + m.start("cue")
            # "vom 1. bis 3. November", "from 1 October until 3 December": a range, not a demand
            if strength < 1.0 and (re.search(r"\d\.?\s*$", window[: m.start("cue")]) or any(
                0 <= begin - other.end <= 6 and other.start < dm.start for other in mentions
            )):
                continue
        end = dm.end
        if a := _AFTER.match(text, dm.end, hi):
            strength = max(strength, 0.95)
            end = a.end()
        if strength == 0.0:
            continue
        score = strength * (1.0 if form else _context_weight(letter, begin, end))
        if _only_acknowledgement(letter, begin):
            score *= 0.85
        if dm.value < anchor:
            score *= 0.2  # a demand looks forward; a past date is a report of what happened
        elif dm.value > anchor + timedelta(days=370):
            score *= 0.5
        yield _Candidate(dm.value, begin, end, text[begin:end], score, "explicit", None, tier)


def _relative(letter: Letter, periods: list[Period], lo: int, hi: int, tier: int, anchor: date,
              country: str) -> Iterator[_Candidate]:
    for p in periods:
        if not lo <= p.start < hi:
            continue
        strength = 0.85 if p.anchor else 0.75
        if p.dangling:
            strength *= 0.4
        score = strength * _context_weight(letter, p.start, p.end)
        if _only_acknowledgement(letter, p.start):
            score *= 0.85
        rule = {"working_days": "working_days", "working_hours": "working_days", "months": "month"}.get(
            p.unit, "relative")
        yield _Candidate(resolve(p, anchor, country), p.start, p.end, p.text, score, rule, anchor, tier)


def _weekdays(letter: Letter, lo: int, hi: int, tier: int, anchor: date) -> Iterator[_Candidate]:
    text = letter.text
    for m in _WEEKDAY_DEMAND.finditer(text, lo, hi):
        if _RANGE_FROM.search(text, max(lo, m.start() - 20), m.start()):
            continue  # "Monday to Friday", "Montag bis Freitag": opening hours, not a demand
        wd = WEEKDAYS[m["wd"].lower()]
        ahead = (wd - anchor.weekday()) % 7 or 7  # the coming one; "next Friday" reads the same
        day = anchor + timedelta(days=ahead)
        score = 0.7 * _context_weight(letter, m.start(), m.end())
        yield _Candidate(day, m.start(), m.end(), m.group(), score, "weekday", anchor, tier)


def _month_first(country: str) -> bool:
    from extract.country import month_first_country

    return month_first_country(country)


def _with_lead_in(text: str, best: _Candidate, periods: list[Period]) -> tuple[int, str]:
    """An explicit date restating a period ("within one month, i.e. by 19.11.2026") keeps both."""
    for p in periods:
        gap = text[p.end:best.start]
        if 0 <= best.start - p.end <= 25 and re.fullmatch(
            r"\s*[,(]?\s*(?:also|d\.\s?h\.|i\.\s?e\.|that\s+is|namely|soit|c['’]est-[àa]-dire|dvs\.?|alts[åa])?"
            r"\s*,?\s*",
            gap, re.I,
        ):
            return p.start, text[p.start:best.end]
    return best.start, best.basis


MIN_SCORE = 0.5


def find_deadline(letter: Letter, *, letter_date: date | None, country: str) -> FoundDeadline | None:
    """The date the sender demands action or a reply by, with the words that set it; None where
    the letter sets no date (or only demands action "immediately")."""
    text = letter.text
    anchor = letter_date or letter.received
    mentions = find_dates(text, reference=anchor, month_first=_month_first(country), bare_day_month=True)
    periods = find_periods(text)
    candidates: list[_Candidate] = []
    for lo, hi, tier, start in _region_tiers(letter, anchor):
        candidates += _explicit(letter, mentions, lo, hi, tier, start)
        candidates += _relative(letter, periods, lo, hi, tier, start, country)
        candidates += _weekdays(letter, lo, hi, tier, start)
    good = [c for c in candidates if c.score >= MIN_SCORE]
    if not good:
        return None
    top_tier = min(c.tier for c in good)
    # the newest demand: the new message first; within it, the strongest cue, then the earliest
    best = max((c for c in good if c.tier == top_tier), key=lambda c: (round(c.score, 2), -c.start))
    start, basis = best.start, best.basis
    if best.rule == "explicit":
        start, basis = _with_lead_in(text, best, periods)
    return FoundDeadline(
        date=best.date,
        basis=" ".join(basis.split()),
        evidence=Evidence(start, best.end, text[start:best.end]),
        confidence=round(min(best.score, 0.95) * (1.0 if best.tier == 0 else 0.8), 2),
        anchor=best.anchor,
        rule=best.rule,
    )
