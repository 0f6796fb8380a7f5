"""The deadline: the date by which the sender demands action or a reply.

Candidates are explicit dates that follow a demand cue ("no later than", "by 4pm on", "bis zum",
"au plus tard le", "senest den"), relative periods ("within 14 days of the date of this letter",
see `extract.periods`) and bare weekdays ("by Friday"). Each is weighed by the strength of its
cue and by whether its sentence asks something of the reader; dates of reviews, earlier letters,
hearings and orders carry no cue and are never candidates. The new message of an email is read
before anything it quotes or forwards, and what the platform itself wrote in a quoted message is
not the sender's demand.

Relative periods run from what they name: the letter's own date (or the day it arrived where it
bears none), or — "of receipt", "ab Zugang", "à compter de la réception", "fra modtagelsen" — the
day it reached us.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import lexicon
from extract.layout.letter import Letter
from extract.models import Day, Evidence, FoundDeadline
from extract.time.dates import WEEKDAYS, DateMention, find_dates, month_first_country
from extract.time.periods import Period, find_periods, resolve
from lexicon.patterns import EMAIL_LOOSE

# cue -> strength, in the order tried; the cue ends where the date (after some filler) begins
_CUES: tuple[tuple[str, float], ...] = lexicon.weighted("deadline_cues")
_CUE = "|".join(f"(?P<c{i}>{rx})" for i, (rx, _) in enumerate(_CUES))
# what may stand between a cue and its date: a time, "close of business on", "the", "le", "den"
_TIME = r"\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?|uhr|h(?:\d\d)?|hrs?|o['’]clock)?"
_FILL = rf"(?:[\s,:|]|\b{_TIME}|\b{lexicon.alternation('deadline_fillers')}\b)*"
# The words a writer puts between a demand and its date are a small closed set; they are peeled
# off the end of the window one at a time and the demand cue is looked for after each, so any
# combination of them ("by 5pm (Sydney time) on Monday, 30 November", "bis spätestens 15:00 Uhr am
# Dienstag, dem 1. Dezember", "senest kl. 16.00 den 3.") reads like the plain "by 30 November".
_FILLER_END = re.compile(
    r"(?:[\s,;:|/–—-]+|\([^()\n]{1,40}\)|"  # spaces, commas, a parenthesis: "(Paris time)", "(CET)"
    r"\b(?:kl\.?|klokken|um|à|at|vers)?\s*\d{1,2}(?:[:.h]\s?\d\d)?\s*"
    r"(?:[ap]\.?\s?m\.?|uhr|h|hrs?|o['’]clock|heures?)?|"
    rf"\b(?:{'|'.join(sorted((w for w in WEEKDAYS if len(w) > 3), key=len, reverse=True))})|"
    rf"\b{lexicon.alternation('deadline_fillers')}\.?)$",
    re.I,
)
_CUE_END = re.compile(rf"(?<![\w])(?P<cue>{_CUE})$", re.I)
# a time limit moved to the date: "extend the deadline to", "vi forlænger fristen til";
# the new limit supersedes the one it moves, which the same letter often recalls
_MOVE_END = re.compile(rf"(?<![\w])(?P<cue>{lexicon.alternation('deadline_moves')})$", re.I)
_MOVED = 1.05
# a time-limit noun and the verb that gives its date: "the final date for your representations
# is", "la date limite fixée … pour votre réponse est", "Fristen for jeres svar er"
_LIMIT_END = re.compile(
    rf"(?<![\w])(?P<cue>{lexicon.alternation('limit_nouns')}(?:\s+[\w'’-]+){{0,8}}?\s+"
    rf"{lexicon.alternation('limit_verbs')})$",
    re.I,
)


def _cue_before(window: str) -> tuple[float, int, bool] | None:
    """The strongest demand cue that ends `window` once fillers are peeled off its end:
    (strength, where the cue starts in the window, whether it names a time limit itself)."""
    best: tuple[float, int, bool] | None = None
    rest = window
    for _ in range(12):
        if (m := _CUE_END.search(rest)) and (best is None or _cue_strength(m) > best[0]):
            best = (_cue_strength(m), m.start("cue"), False)
        if (m := _LIMIT_END.search(rest)) and (best is None or best[0] < 1.0):
            best = (1.0, m.start("cue"), True)
        if m := _MOVE_END.search(rest):
            best = (_MOVED, m.start("cue"), True)
        f = _FILLER_END.search(rest)
        if not f or f.start() == len(rest):
            break
        rest = rest[: f.start()]
    return best
# a form's labelled field, "Response required by: 02/04/2027", "Svarfrist | 2. april 2027", the
# label on a line of its own and its value after a colon, a table cell's " | " or the next line:
# the form asks for the reply by then whatever the words around it
_FORM_LABEL = re.compile(
    r"(?:^|\n)[ \t•*>-]*(?P<cue>"
    r"(?:response|reply|answer|return|disclosure|compliance|action)\s+(?:date|deadline|due(?:\s+(?:date|by|on))?|"
    r"(?:is\s+)?(?:required|requested|needed|expected)(?:\s+(?:by|before|on))?|by)|"
    r"(?:response\s+|reply\s+)?deadline(?:\s+for\s+(?:\w+\s+){0,2}?(?:response|reply|compliance|disclosure))?|"
    r"due\s+(?:date|by)|date\s+(?:required|due|for\s+(?:response|reply))|"
    r"date\s+(?:of\s+)?(?:response|reply|answer|disclosure|return)\s+(?:required|requested|due|needed|expected)|"
    r"(?:requested|required|expected)\s+(?:action|response|reply|answer|removal|compliance)(?:\s+(?:by|before|date))?|"
    r"date\s+by\s+which\s+(?:a\s+|the\s+|your\s+)?(?:response|reply|answer|disclosure|information|data)\s+"
    r"(?:is\s+|are\s+|must\s+be\s+|should\s+be\s+)?(?:required|requested|due|needed|provided|given)|"
    r"(?:antwort|rückmelde|erledigungs|stellungnahme|äußerungs|auskunfts)?frist(?:ablauf|ende)?|ablauf\s+der\s+frist|"
    r"antwort\s+(?:bis|erbeten\s+bis)|"
    r"date\s+limite(?:\s+de\s+(?:réponse|retour|communication|transmission))?|"
    r"r[ée]ponse\s+(?:attendue|souhait[ée]e|requise|demand[ée]e)(?:\s+(?:avant\s+le|le|pour\s+le|au\s+plus\s+tard\s+le))?|"
    r"(?:svar)?frist|tidsfrist|svar\s+senest|"
    # any short label asking for a date or naming a time limit: "Date required by:", "Information
    # requested by:", "Antwort erbeten bis:", "Ablauf der Frist:", "Svar ønskes senest:"
    rf"(?:[\w'’.-]+[ \t]+){{0,4}}?{lexicon.alternation('requested_by')}|"
    rf"(?:[\w'’.-]+[ \t]+){{0,3}}?{lexicon.alternation('limit_nouns')}"
    # what the limit is for: "Frist for svar:", "Date limite de retour du dossier :", "Deadline for reply:"
    r")(?:[ \t]+(?:for|af|til|de|du|des|pour|für|zur|zum|der|of)[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){0,2}?)?"
    # a hint of the format asked for: "Svarfrist (ÅÅÅÅ-MM-DD):", "Deadline (dd/mm/yyyy):"
    r"(?:[ \t]*\([^()\n]{1,30}\))?"
    rf"[ \t]*(?:[:|\t]|\n)(?:{_FILL})$",
    re.I,
)
# "le 30 novembre au plus tard", "17 November 2026 at the latest"
# (on the same line or the next, never across a blank line)
_AFTER = re.compile(rf"[^\S\n]*,?[^\S\n]*\n?[^\S\n]*{lexicon.alternation('latest_markers')}\b", re.I)
_WEEKDAY_DEMAND = re.compile(
    rf"(?<![\w])(?P<cue>{'|'.join(lexicon.terms('weekday_cues'))})"
    rf"\s+(?:{lexicon.alternation('coming_words')}\s+)?"
    rf"(?:{_FILL})?(?P<wd>{'|'.join(w for w in WEEKDAYS if len(w) > 3)})(?![\w])"
    rf"(?!,?\s*(?:the\s+|den\s+|dem\s+|le\s+|d\.\s*)?\d)"
    rf"(?P<next_week>[ \t]+{lexicon.alternation('next_week_words')}(?![\w]))?",
    re.I,
)

_RANGE_FROM = re.compile(
    rf"\b(?:{'|'.join(w for w in WEEKDAYS if len(w) > 3)}|mon|tue|wed|thu|fri|sat|sun)\.?\s*[-–]?\s*$", re.I
)

# words by which a sentence asks something of the reader: a request, an order, a condition
_ASKS = re.compile(rf"\b{lexicon.alternation('demand_cues')}\b", re.I)
# words by which it addresses the reader, or speaks of a reply
_ADDRESSES = re.compile(rf"\b{lexicon.alternation('reader_cues')}\b", re.I)
# a sentence that reports what happened, or grants a permission, rather than demands
_REPORTS = re.compile(rf"\b{lexicon.alternation('report_cues')}\b", re.I)
_CONDITION = re.compile(rf"\b{lexicon.alternation('condition_words')}\b", re.I)
_FORWARD = re.compile(
    r"^[ \t>]*-{2,}\s*(?:" + "|".join(lexicon.terms("forwarded_markers") + lexicon.terms("original_markers"))
    + r")\s*-*\s*$",
    re.I | re.M,
)


def _quote_head(h: lexicon.ReplyHeader) -> str:
    """ "On <date>, <name> wrote:" / "Am <date> schrieb <name>:" """
    tail = r".{0,80}:" if h.writer_after else r"\s*:"
    return rf"(?:{h.opener})\s.{{5,200}}?(?:{h.verb}){tail}"


_QUOTE_HEAD = re.compile(
    r"^[ \t>]*(?:" + "|".join(_quote_head(h) for h in lexicon.reply_headers()) + r")\s*$",
    re.I | re.M,
)
_FROM_LINE = re.compile(rf"^[ \t>]*{lexicon.alternation('header_from')}\s*:\s*(?P<v>.+)$", re.I | re.M)


@dataclass(frozen=True)
class _Candidate:
    date: date | None  # None: a demand for action at once, which sets no date
    start: int
    end: int
    basis: str
    score: float
    rule: str
    anchor: Day | None
    tier: int  # 0 = the new message; 1 = a forwarded or quoted message of someone else
    ack: bool = False  # it asks only to acknowledge receipt
    law: bool = False  # a period stated as what the law requires of anyone


_SENT_LINE = re.compile(rf"^[ \t>]*{lexicon.alternation('header_sent')}\s*:\s*(?P<v>.+)$", re.I | re.M)


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
        if q and (a := EMAIL_LOOSE.search(q.group())):
            author = a["domain"].lower()
        if author and letter.profile.is_own_domain(author):
            continue
        out.append((s, e, 1, _message_date(head, anchor) or anchor))
    return out


def _context_weight(letter: Letter, start: int, end: int) -> float:
    """1.0 where the sentence asks something of the reader; less where it only addresses them;
    little where it reports what happened (an earlier letter's period, a review posted within days)."""
    s, e = letter.sentence_at(start, end)
    sent = letter.text[s:e]
    if _ABSENT.search(_clause_of(sent, start - s, end - s)):
        return 0.3  # "I am out of the office until 30 November", "closed from 23 December": no demand
    if _ASKS.search(sent) or sent.rstrip().endswith("?"):
        # a demand made of the reader outweighs one stated of anyone ("a controller must respond
        # within one month" beside "we expect you to respond within 20 working days")
        return 1.0 if _ADDRESSES.search(sent) else 0.95
    # a court's numbered paragraphs after "THE COURT ORDERS THAT:" / "PAR CES MOTIFS" are orders
    if _OPERATIVE.search(letter.text, max(0, s - 1500), s):
        return 1.0
    w = 0.7 if _ADDRESSES.search(sent) else 0.5
    if _REPORTS.search(sent) and not _CONDITION.search(sent):
        w -= 0.45
    return w


def _clause_of(sentence: str, start: int, end: int) -> str:
    """The part of a sentence between semicolons (or colons) that holds [start, end): "reply by 4pm
    on 23 December; I am away from Christmas Eve" holds a demand and, apart, an absence."""
    a = max(sentence.rfind(";", 0, start), sentence.rfind(":", 0, start)) + 1
    stops = [i for i in (sentence.find(";", end), sentence.find(":", end)) if i >= 0]
    return sentence[a:min(stops) if stops else len(sentence)]


_ABSENT = re.compile(rf"\b{lexicon.alternation('absence_words')}\b", re.I)
_OPERATIVE = re.compile(rf"\b{lexicon.alternation('operative_headings')}", re.I)
_ORDER_MADE = re.compile(rf"\b{lexicon.alternation('order_made')}", re.I)
_IMMEDIATE = re.compile(rf"\b{lexicon.alternation('immediate_words')}(?![\w])", re.I)
_LAW = re.compile(rf"\b{lexicon.alternation('law_statements')}", re.I)
# a demand for action at once: it loses to any date the writer demands in the same message (see
# `find_deadline`), and beats a period the law sets anyone ("the law gives you a month")
_IMMEDIATE_SCORE = 0.75
# a period stated as what the law requires of anyone weighs less than the writer's own demand
_LAW_WEIGHT = 0.9
_ACK = re.compile(rf"\b{lexicon.alternation('acknowledgement_cues')}", re.I)
_OWN_PLAN = re.compile(rf"\b{lexicon.alternation('own_plans')}", re.I)
_OWN_PLAN_WEIGHT = 0.3
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|und|et|og)\b", re.I)


def _clause_before(letter: Letter, start: int) -> str:
    """The clause a candidate ends: from the last comma, semicolon or "and" before it."""
    text = letter.text
    s, _ = letter.sentence_at(start)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, s, start)]
    clause = text[breaks[-1] if breaks else s:start]
    if not clause.strip() and len(breaks) > 1:
        clause = text[breaks[-2]:start]
    return clause


def _only_acknowledgement(clause: str) -> bool:
    """Whether the clause a candidate ends asks only to acknowledge receipt; the substantive
    reply a letter asks for in the same breath is the deadline that matters."""
    return bool(_ACK.search(clause))


def _own_plan(clause: str) -> bool:
    """Whether the clause a candidate ends speaks of what the writer will do by then ("we hope to
    have our client's view by 3 May"): no demand of the reader."""
    return bool(_OWN_PLAN.search(clause))


def _cue_strength(m: re.Match[str]) -> float:
    return next(st for i, (_, st) in enumerate(_CUES) if m[f"c{i}"])


def _explicit(letter: Letter, mentions: list[DateMention], lo: int, hi: int, tier: int,
              anchor: date) -> Iterator[_Candidate]:
    text = letter.text
    for dm in mentions:
        if not lo <= dm.start < hi:
            continue
        window = text[max(lo, dm.start - 120):dm.start]
        form = _FORM_LABEL.search(window)
        cue = None if form else _cue_before(window)
        strength = 0.0
        begin = dm.start
        limit = False
        if form:
            strength = 1.0
            begin = dm.start - len(window) + form.start("cue")
        elif cue:
            strength, at, limit = cue
            begin = dm.start - len(window) + at
            # "vom 1. bis 3. November", "from 1 October until 3 December": a range, not a demand
            if strength < 1.0 and (re.search(r"\d\.?\s*$", window[:at]) or any(
                0 <= begin - other.end <= 6 and other.start < dm.start for other in mentions
            )):
                continue
        end = dm.end
        if a := _AFTER.match(text, dm.end, hi):
            # "… at the latest", "… au plus tard", "… notiert": the date is marked as a limit itself
            strength, limit = max(strength, 0.95), True
            end = a.end()
        if strength == 0.0:
            continue
        score = strength * (1.0 if form or limit else _context_weight(letter, begin, end))
        clause = _clause_before(letter, begin)
        if _own_plan(clause):
            score *= _OWN_PLAN_WEIGHT
        if dm.value < anchor:
            score *= 0.2  # a demand looks forward; a past date is a report of what happened
        elif dm.value > anchor + timedelta(days=370):
            score *= 0.5
        yield _Candidate(dm.value, begin, end, text[begin:end], score, "explicit", None, tier,
                         _only_acknowledgement(clause))


def _order_date(letter: Letter, mentions: list[DateMention], anchor: date) -> date | None:
    """The day an order the letter quotes was made ("the Order … made on 30 October 2026", "On
    November 18, 2026, the Honourable Justice … granted the order"): the earliest dated day in the
    first sentence that says an order was made, on or before the letter's date."""
    for dm in mentions:
        if not dm.has_year or dm.value > anchor:
            continue
        s, e = letter.sentence_at(dm.start, dm.end)
        if _ORDER_MADE.search(letter.text, s, e):
            return min(m.value for m in mentions if s <= m.start < e and m.has_year and m.value <= anchor)
    return None


def _relative(letter: Letter, periods: list[Period], lo: int, hi: int, tier: int, anchor: date,
              country: str, order_day: date | None = None) -> Iterator[_Candidate]:
    for p in periods:
        if not lo <= p.start < hi:
            continue
        strength = 0.85 if p.anchor else 0.75
        if p.dangling:
            strength *= 0.4
        score = strength * (1.0 if p.form else _context_weight(letter, p.start, p.end))
        s, e = letter.sentence_at(p.start, p.end)
        law = bool(_LAW.search(letter.text, s, e))
        if law:
            score *= _LAW_WEIGHT
        rule = {"working_days": "working_days", "working_hours": "working_days", "months": "month"}.get(
            p.unit, "relative")
        # "of receipt", "ab Zugang", "fra modtagelsen": the day the letter reached us, not its date
        start = letter.received if p.anchor == "receipt" and tier == 0 else anchor
        if p.anchor == "order" and order_day is not None:  # "within 21 days of the date of this Order"
            start = order_day
        yield _Candidate(resolve(p, start, country), p.start, p.end, p.text, score, rule, start, tier,
                         _only_acknowledgement(_clause_before(letter, p.start)), law)


def _weekdays(letter: Letter, lo: int, hi: int, tier: int, anchor: date) -> Iterator[_Candidate]:
    text = letter.text
    for m in _WEEKDAY_DEMAND.finditer(text, lo, hi):
        if _RANGE_FROM.search(text, max(lo, m.start() - 20), m.start()):
            continue  # "Monday to Friday", "Montag bis Freitag": opening hours, not a demand
        wd = WEEKDAYS[m["wd"].lower()]
        ahead = (wd - anchor.weekday()) % 7 or 7  # the coming one; "next Friday" reads the same
        if m["next_week"]:  # "Friday of next week": that day in the week after this one
            ahead = 7 - anchor.weekday() + wd
        day = anchor + timedelta(days=ahead)
        score = 0.7 * _context_weight(letter, m.start(), m.end())
        yield _Candidate(day, m.start(), m.end(), m.group(), score, "weekday", anchor, tier)


def _quoted(before: str) -> bool:
    """Whether the text after `before` (its sentence so far) stands inside a quotation: every
    pair of marks („…“, “…”, «…», "…") opens and closes one, so an odd count leaves one open."""
    return sum(before.count(q) for q in '„“”«»"') % 2 == 1


def _immediately(letter: Letter, lo: int, hi: int, tier: int) -> Iterator[_Candidate]:
    """ "Remove it immediately", "sofort zu löschen", "sans délai", "straks": where the sentence
    demands it of the reader."""
    text = letter.text
    for m in _IMMEDIATE.finditer(text, lo, hi):
        s, _ = letter.sentence_at(m.start(), m.end())
        if _LAW.search(text, s, m.start()) or _quoted(text[s:m.start()]):
            continue  # the law's "unverzüglich", a quoted article: not the writer's demand
        weight = _context_weight(letter, m.start(), m.end())
        if weight >= 0.5 and not _own_plan(_clause_before(letter, m.start())):  # "Delete this at once." commands too
            yield _Candidate(None, m.start(), m.end(), m.group(), _IMMEDIATE_SCORE, "immediately", None, tier)


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
    mentions = find_dates(text, reference=anchor, month_first=month_first_country(country), bare_day_month=True)
    periods = find_periods(text)
    candidates: list[_Candidate] = []
    order_day = _order_date(letter, mentions, anchor) if any(p.anchor == "order" for p in periods) else None
    for lo, hi, tier, since in _region_tiers(letter, anchor):
        candidates += _explicit(letter, mentions, lo, hi, tier, since)
        candidates += _relative(letter, periods, lo, hi, tier, since, country, order_day)
        candidates += _weekdays(letter, lo, hi, tier, since)
        candidates += _immediately(letter, lo, hi, tier)
    good = [c for c in candidates if c.score >= MIN_SCORE]
    if not good:
        return None
    top_tier = min(c.tier for c in good)
    # a date the writer demands beats "immediately" said beside it ("immediately, and in any event
    # within 7 days", "preserve the data from now on; a reply by 2 December"); "immediately" beats
    # only a period the law sets anyone, or nothing
    if any(c.date is not None and not c.law for c in good if c.tier == top_tier):
        good = [c for c in good if c.date is not None]
    # the newest demand: the new message first; within it, a substantive reply before a mere
    # acknowledgement of receipt, then the strongest cue, then the earliest
    best = max((c for c in good if c.tier == top_tier), key=lambda c: (not c.ack, round(c.score, 2), -c.start))
    if best.date is None:
        return None
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
