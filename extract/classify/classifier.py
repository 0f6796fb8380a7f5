"""Kind of document and the legal bases it invokes, each with the cues that decided.

Cues (extract/classify/cues.py) are matched in the document's own words (extract/layout/segments.py); a cue
whose sentence shows it is only mentioned — the platform's decision reported back, what the
content alleges, a step threatened — does not count. Legal bases are found first, each where
its cues add up to a full weight. The kind is then the best-scored of the ten, from its own
cues, the bases found, and who sent it: an address on the platform's own domain (a colleague's
escalation), a police or regulator address, a police force or regulator in the letterhead.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import lexicon
from extract.classify.cues import (
    BASIS_CUES,
    BASIS_KIND,
    CONTEXTS,
    DOMAIN_KIND,
    KIND_CUES,
    KIND_IMPLIES,
    MASKS,
    OWN_DOMAIN_WEIGHT,
    Cue,
    flexible_spaces,
)
from extract.classify.sender import Sender, SenderType, sender_type
from extract.layout.authorities import is_institution
from extract.layout.letter import Letter
from extract.layout.names import LEGAL_FORM_WORD, fold
from extract.layout.segments import (
    addresses_in,
    domain_of,
    is_internal,
    own_ranges,
    platform_ranges,
    segments,
    sender_address,
    sender_lines,
)
from extract.models import KINDS, LEGAL_BASES, Evidence, Found, Kind, LegalBasis
from extract.parties.parties import Parties

BASIS_THRESHOLD = 1.0
REPEAT_BONUS = 0.1  # a cue met again adds a little: repetition is emphasis, not new evidence
REPEAT_CAP = 3
DEFAULT_KIND = Kind.LEGAL_DEMAND  # the desk's commonest document, for a text with no cue at all


@dataclass(frozen=True)
class Hit:
    cue: Cue
    start: int
    end: int
    snippet: str
    source: str = "text"


@dataclass(frozen=True)
class Score:
    name: LegalBasis
    total: float
    hits: tuple[Hit, ...]
    why: str


def classify(
    letter: Letter, *, parties: Parties, bases: tuple[Score, ...]
) -> tuple[Found[Kind] | None, tuple[Found[LegalBasis], ...]]:
    """(kind, legal bases) of one document; both carry the cues that decided in `why`.
    `bases` is `find_bases(letter)`."""
    if not letter.text.strip():
        return None, ()
    kind = find_kind(letter, parties=parties, bases=bases)
    found = [_as_found(s) for s in bases]
    implied = KIND_IMPLIES.get(kind.value) if kind else None
    if kind and implied and implied not in {b.name for b in bases}:
        # The kind settles the basis even where no statute is named (a police email about threats).
        conf = round(min(kind.confidence, 0.6), 2)
        found.append(Found(implied, kind.evidence, conf, f"implied by kind {kind.value}", "classify.implied_by_kind"))
    return kind, tuple(found)


# --------------------------------------------------------------------------------------- bases


def find_bases(letter: Letter) -> tuple[Score, ...]:
    """Every legal basis the document invokes, strongest first."""
    view = _without_quotations(_own_view(letter))
    out: list[Score] = []
    for basis in LEGAL_BASES:
        hits = [h for h in _zone_hits(BASIS_CUES.get(basis, ()), letter, view) if not _said_not_to_apply(letter, h)]
        total = _total(hits)
        if total >= BASIS_THRESHOLD:
            out.append(Score(basis, total, tuple(hits), _why(hits)))
    return tuple(sorted(out, key=lambda s: -s.total))


# what a business's answer is about (an auto-reply or a covering note names no review)
_REVIEW_WORD = re.compile(r"(?i)\b(?:review\w*|bewert\w*|avis|anmeld\w*|[0-9a-f]{24})\b")
# a firm of lawyers by its name ("Cabinet …", "… Rechtsanwälte", "Advokatfirma …")
_LAW_FIRM = re.compile(rf"\b(?:{lexicon.alternation('law_firm_nouns')})\b", re.I)
_NOT_APPLICABLE = re.compile(rf"\b(?:{lexicon.alternation('not_applicable')})\b", re.I)


def _said_not_to_apply(letter: Letter, hit: Hit) -> bool:
    """A law named only to say it does not govern ("the DSA does not apply here", "la LCD ne
    s'applique pas"): the rest of its sentence says so."""
    if hit.source != "text":
        return False
    _, end = letter.sentence_at(hit.start, hit.end)
    return bool(_NOT_APPLICABLE.search(letter.text, hit.end, min(end, hit.end + 120)))


# A quoted passage of some words: the words of the content complained of (or of an earlier
# message), not the sender's. It may be hard-wrapped, but does not run across a paragraph.
_QUOTATION = re.compile(
    r'„(?:[^“”"\n]|\n(?![^\S\n]*\n)){20,500}[“”"]|“(?:[^”\n]|\n(?![^\S\n]*\n)){20,500}”|'
    r'"(?:[^"\n]|\n(?![^\S\n]*\n)){20,500}"|«(?:[^»\n]|\n(?![^\S\n]*\n)){20,500}»|'
    r'»(?:[^«\n]|\n(?![^\S\n]*\n)){20,500}«'
)
QUOTATION_MIN_WORDS = 5  # shorter quotes are a term the sender uses ("so-called "reviews"")


def _without_quotations(view: str) -> str:
    """`view` with quoted passages blanked: a crime or a tort named inside the review a letter
    quotes is what the review says, not a basis the sender invokes."""
    def blank(m: re.Match[str]) -> str:
        if len(m.group(0).split()) < QUOTATION_MIN_WORDS:
            return m.group(0)
        return re.sub(r"[^\n]", " ", m.group(0))
    return _QUOTATION.sub(blank, view)


def _as_found(score: Score) -> Found[LegalBasis]:
    best = max(score.hits, key=lambda h: h.cue.weight)
    return Found(
        value=score.name,
        evidence=Evidence(best.start, best.end, best.snippet, best.source),
        confidence=_basis_confidence(score.total),
        why=score.why,
        rule="classify.basis_cues",
    )


def _basis_confidence(total: float) -> float:
    return round(min(0.99, 0.5 + 0.25 * total), 2)


# ---------------------------------------------------------------------------------------- kind


def find_kind(letter: Letter, *, parties: Parties, bases: tuple[Score, ...]) -> Found[Kind] | None:
    view = _own_view(letter)
    heads = sender_lines(letter) + _party_spans(parties)
    scores: dict[Kind, float] = dict.fromkeys(KINDS, 0.0)
    reasons: dict[Kind, list[tuple[float, str, Hit | None]]] = {k: [] for k in KINDS}

    for kind in KINDS:
        cues = KIND_CUES.get(kind, ())
        head = [c for c in cues if c.zone == "sender"]
        hits = _zone_hits(cues, letter, view)
        hits += _match(head, letter, _restrict(letter, heads))
        for label, weight, hit in _grouped(hits):
            scores[kind] += weight
            reasons[kind].append((weight, f"'{hit.snippet}' ({label})", hit))

    for basis in bases:
        for kind, w in BASIS_KIND.get(basis.name, {}).items():
            scores[kind] += w
            reasons[kind].append((w, f"invokes {basis.name}", basis.hits[0] if basis.hits else None))

    for kind, weight, why, sender_hit in _sender_signals(letter, parties, heads):
        scores[kind] += weight
        reasons[kind].append((weight, why, sender_hit))

    who = sender_type(letter, heads)
    for kind, weight, why, struct_hit in _structure(who, scores, reasons):
        scores[kind] += weight
        reasons[kind].append((weight, why, struct_hit))
    for kind, weight, why, struct_hit in _business_writes(who, parties, scores):
        scores[kind] += weight
        reasons[kind].append((weight, why, struct_hit))

    ranked = sorted(KINDS, key=lambda k: (-scores[k], KINDS.index(k)))
    best, second = ranked[0], ranked[1]
    if scores[best] <= 0:
        org = parties.organisation
        if (who.type is None and org is not None and fold(letter.profile.name) not in fold(org.value)
                and not is_institution(org.value) and not _LAW_FIRM.search(org.value)
                and _REVIEW_WORD.search(letter.text, 0, letter.body_end)):
            # no word of any kind, from a business in its own name (no firm, court, police force or
            # authority): answering our questions about a review it reported, as businesses do
            ev = org.evidence
            return Found(Kind.BUSINESS_APPEAL, ev, 0.2, f"no cue of any kind; {org.value} writes in its own name",
                         "classify.business_default")
        return Found(DEFAULT_KIND, None, 0.1, "no cue of any kind found; the commonest kind assumed",
                     "classify.default_kind")
    top = sorted(reasons[best], key=lambda r: -r[0])
    lead = next((h for _, _, h in top if h is not None), None)
    why = (
        f"{best} {scores[best]:.1f}: "
        + "; ".join(f"{text} +{w:g}" for w, text, _ in top[:5])
        + f" | next {second} {scores[second]:.1f}"
    )
    evidence = Evidence(lead.start, lead.end, lead.snippet, lead.source) if lead else None
    return Found(best, evidence, _kind_confidence(scores[best], scores[second]), why, "classify.kind_cues")


COURT_WEIGHT = 4.0  # a court heading its own document (above a party's lawyers named in it)
AUTHORITY_WEIGHT = 3.0  # a public authority heading or signing its letter
ORDER_MENTIONED = 0.4  # what is left of an order's mentions in a firm's letter that cites one
ORDER_MENTIONS = frozenset({"claim number"})
RIGHTS_OF_OTHERS = 0.3  # what is left of data-subject words in a letter an institution sends
POLICE_MENTIONED = 0.4  # what is left of police words in a document no police force sends
APPEAL_BY_FIRM = 1.5  # an appeal this clear is the kind whoever writes it
FIRM_IDENTITY = frozenset({"law firm letterhead", "writes for a client"})
# An order's own operative words: a firm's letter that carries them serves the order.
OPERATIVE = frozenset({"IT IS ORDERED", "THE COURT ORDERS", "ordonnons", "the order's operative part"})
MEASURES_ON_THE_CLIENT = frozenset({
    "the client's own review", "the writer's own review removed", "reinstate my review",
    "the writer's own account restricted", "eigene Bewertung entfernt", "mon avis supprimé", "min anmeldelse fjernet",
    "measure on the business's profile", "measure on the business's account",
})
DSA_APPEAL = "internal complaint against a decision (DSA Art. 20)"
DSA_NOTICE_WEIGHT = 1.5  # a firm submitting its client's notice through the DSA procedure


def _structure(
    who: Sender, scores: dict[Kind, float], reasons: dict[Kind, list[tuple[float, str, Hit | None]]]
) -> Iterable[tuple[Kind, float, str, Hit | None]]:
    """Weights from who sends the document: a court's order is a court order wherever the court
    sits; a firm's letter about an order is the firm's letter; police words in a document no
    police force sends are what happened, not a request; a public authority abroad is a regulator
    even where no cue names it; a firm's notice under the DSA's notice procedure is a notice."""
    hit = Hit(Cue("", 0, who.why), who.start, who.end, who.snippet) if who.type else None
    if who.type is SenderType.COURT:
        yield Kind.COURT_ORDER, COURT_WEIGHT, who.why, hit
    elif who.type is SenderType.AUTHORITY:
        yield Kind.REGULATOR, AUTHORITY_WEIGHT, who.why, hit
    elif who.type is SenderType.POLICE:
        # a prosecutor's office or police force abroad signs with what it is, whatever words it uses
        yield Kind.LAW_ENFORCEMENT, AUTHORITY_WEIGHT, who.why, hit
    # a data subject's rights in a letter a court, police force or authority sends are the
    # complaint it handles or the disclosure it seeks: it makes no access request of its own
    if who.type in (SenderType.COURT, SenderType.POLICE, SenderType.AUTHORITY) and scores[Kind.DATA_REQUEST] > 0:
        cut = -round(scores[Kind.DATA_REQUEST] * (1 - RIGHTS_OF_OTHERS), 2)
        yield Kind.DATA_REQUEST, cut, "an institution writes: the data subject's rights are another's", hit
    # what only mentions an order (the basis invoked, a claim number) counts little in a firm's
    # letter; the order's own words (its operative part, its title, its service) still count: a
    # firm serving the order with its text is sending the order
    mentioned = sum(w for w, text, h in reasons[Kind.COURT_ORDER]
                    if text.startswith("invokes") or (h is not None and h.cue.label in ORDER_MENTIONS))
    if who.type is SenderType.LAW_FIRM and mentioned > 0:
        cut = -round(mentioned * (1 - ORDER_MENTIONED), 2)
        yield Kind.COURT_ORDER, cut, "a law firm's letter about an order, not the order", hit
    police_sent = who.type is SenderType.POLICE or any(
        h is not None and (h.cue.zone == "sender" or h.source.startswith("header")) or text.startswith("police address")
        for _, text, h in reasons[Kind.LAW_ENFORCEMENT]
    )
    if not police_sent and scores[Kind.LAW_ENFORCEMENT] > 0:
        cut = -round(scores[Kind.LAW_ENFORCEMENT] * (1 - POLICE_MENTIONED), 2)
        yield Kind.LAW_ENFORCEMENT, cut, "no police force or prosecutor sends it", None
    # a firm disputing a decision of the platform for its client (a reviewer's removed review, a
    # warning on a business's page) writes an appeal: that a firm writes says who, not what
    # — a measure against the client itself; a firm asking to remove a review the platform kept is
    # a legal demand, whatever the decision it disputes
    appeal = max(
        sum(w for w, _, h in reasons[k] if h is not None and h.cue.label in MEASURES_ON_THE_CLIENT)
        for k in (Kind.CONSUMER_APPEAL, Kind.BUSINESS_APPEAL)
    )
    # a firm serving an order with its operative words sends the order: that a firm writes, for its
    # client, says who, not what
    if who.type is SenderType.LAW_FIRM and any(
        h is not None and h.cue.label in OPERATIVE for _, _, h in reasons[Kind.COURT_ORDER]
    ):
        identity = sum(w for w, _, h in reasons[Kind.LEGAL_DEMAND] if h is not None and h.cue.label in FIRM_IDENTITY)
        if identity:
            yield Kind.LEGAL_DEMAND, -identity, "a firm serving an order with its operative words", hit
    if who.type is SenderType.LAW_FIRM and appeal >= APPEAL_BY_FIRM:
        identity = sum(w for w, _, h in reasons[Kind.LEGAL_DEMAND] if h is not None and h.cue.label in FIRM_IDENTITY)
        if identity:
            yield Kind.LEGAL_DEMAND, -identity, "a firm appealing a decision for its client", hit
    # the DSA invoked for an appeal's rights (reasons, the internal complaint) and not for a notice under
    # Art. 16: the regulation says how a decision is contested, not that content is reported
    appeal_rights = any(h is not None and h.cue.label == DSA_APPEAL
                        for k in (Kind.CONSUMER_APPEAL, Kind.BUSINESS_APPEAL) for _, _, h in reasons[k])
    notice = any(h is not None and h.cue.label == "Art. 16 DSA" for _, _, h in reasons[Kind.ILLEGAL_CONTENT_NOTICE])
    if appeal_rights and not notice:
        dsa = sum(w for w, text, _ in reasons[Kind.ILLEGAL_CONTENT_NOTICE] if text == f"invokes {LegalBasis.DSA}")
        if dsa:
            why = "the DSA invoked to contest a decision, not to notify content"
            yield Kind.ILLEGAL_CONTENT_NOTICE, -dsa, why, None
    if who.type is SenderType.LAW_FIRM and notice:
        yield Kind.ILLEGAL_CONTENT_NOTICE, DSA_NOTICE_WEIGHT, "a firm's notice under the DSA's notice procedure", hit


def _business_writes(
    who: Sender, parties: Parties, scores: dict[Kind, float]
) -> Iterable[tuple[Kind, float, str, Hit | None]]:
    """A company writing in its own name (its name carries a legal form; no firm, court, police
    force or authority sends it) appeals as a business: the words of an appeal it uses are the
    business's, not a reviewer's."""
    org = parties.organisation
    if who.type is not None or org is None or not LEGAL_FORM_WORD.search(org.value):
        return
    moved = scores[Kind.CONSUMER_APPEAL]
    if moved <= 0:
        return
    ev = org.evidence
    hit = Hit(Cue("", 0, "a business writes"), ev.start, ev.end, ev.snippet) if ev else None
    yield Kind.CONSUMER_APPEAL, -moved, f"{org.value} writes in its own name: a business, not a reviewer", hit
    yield Kind.BUSINESS_APPEAL, moved, f"{org.value} writes in its own name about its page", hit


def _party_spans(parties: Parties) -> tuple[tuple[int, int], ...]:
    """Where the parties extractor found the sender's organisation: it shows who is writing even
    when it sits outside the letterhead and signature lines (a form field, a long signature)."""
    out = []
    for found in (parties.organisation,):
        ev = found.evidence if found is not None else None
        if ev is not None and ev.source == "text" and ev.end > ev.start:
            out.append((ev.start, ev.end))
    return tuple(out)


def _kind_confidence(best: float, second: float) -> float:
    margin = best - second
    return round(min(0.99, 0.4 + 0.6 * (margin / (best + 1.0)) + 0.1 * min(best, 4.0) / 4.0), 2)


def _sender_signals(
    letter: Letter, parties: Parties, heads: tuple[tuple[int, int], ...]
) -> Iterable[tuple[Kind, float, str, Hit | None]]:
    """Who sent it, told by addresses: the From header, the signer's address, letterhead lines."""
    from_addr = sender_address(letter)
    if is_internal(letter) and from_addr:
        hit = Hit(Cue("", OWN_DOMAIN_WEIGHT, "own domain"), 0, len(from_addr), from_addr, "header:From")
        yield Kind.INTERNAL_ESCALATION, OWN_DOMAIN_WEIGHT, f"From {from_addr}: the platform's own domain", hit
    found: list[tuple[str, Hit]] = []
    if from_addr:
        found.append((from_addr, Hit(Cue("", 0, ""), 0, len(from_addr), from_addr, "header:From")))
    if parties.email is not None and parties.email.evidence is not None:
        ev = parties.email.evidence
        found.append((parties.email.value, Hit(Cue("", 0, ""), ev.start, ev.end, ev.snippet, ev.source)))
    for addr, a, b in addresses_in(letter.text, heads):
        found.append((addr, Hit(Cue("", 0, ""), a, b, addr)))
    done: set[Kind] = set()
    for addr, hit in found:
        dom = domain_of(addr)
        if not dom or letter.profile.is_own_domain(dom):
            continue
        for patterns, kind, weight, label in DOMAIN_KIND:
            if kind in done or not any(re.search(p, dom) for p in patterns):
                continue
            done.add(kind)
            yield kind, weight, f"{label} {addr}", hit


# ------------------------------------------------------------------------------------ matching


def _own_view(letter: Letter) -> str:
    """`letter.text` with everything but the sender's own words (and masked titles) blanked out,
    so that spans found in it index into `letter.text` unchanged."""
    return _restrict(letter, own_ranges(letter), mask=True)


def _restrict(letter: Letter, ranges: Iterable[tuple[int, int]], *, mask: bool = True) -> str:
    """`letter.text` blanked outside `ranges` (line breaks kept), URLs blanked, and with `mask`
    the titles of MASKS too. Each kind reads the same few views: one is built once per text."""
    return _view(letter.text, tuple(ranges), mask)


@lru_cache(maxsize=32)
def _view(text: str, ranges: tuple[tuple[int, int], ...], mask: bool) -> str:
    chars = [" " if c != "\n" else "\n" for c in text]
    for a, b in ranges:
        chars[a:b] = text[a:b]
    view = "".join(chars)
    # URLs are blanked so that cues reading across them ("my review <url> was removed") are not
    # stopped by the dots inside them; cues never need a URL's own words.
    view = _URL.sub(lambda m: " " * len(m.group(0)), view)
    if mask:
        for pattern in _masks():
            view = pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), view)
    return view


_URL = re.compile(r"\bhttps?://[^\s<>\"]+|\bwww\.[^\s<>\"]+")


@cache
def _masks() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(flexible_spaces(p), re.I) for p in MASKS)


@cache
def _compiled(pattern: str, case: bool, platform: str) -> re.Pattern[str]:
    flags = re.M | (0 if case else re.I)
    return re.compile(flexible_spaces(pattern.replace("{platform}", re.escape(platform))), flags)


@cache
def _needed(pattern: str, case: bool, platform: str) -> tuple[str, ...] | None:
    """Words one of which every match of the cue contains (folded, for a cue read in any case);
    None where the pattern requires no word. A view holding none of them is not searched."""
    compiled = _compiled(pattern, case, platform)
    return required_words(compiled.pattern, compiled.flags)


def _search(cue: Cue, platform: str, view: str) -> Iterable[re.Match[str]]:
    """The cue's matches in `view`; none, without running the pattern, where a word every match
    needs is missing from the view."""
    pattern = _compiled(cue.pattern, cue.case, platform)
    needed = _needed(cue.pattern, cue.case, platform)
    if needed is not None:
        haystack = folded(view) if pattern.flags & re.I else view
        if not any(word in haystack for word in needed):
            return ()
    return pattern.finditer(view)


# The words a pattern requires, read from its parse tree (the standard library's own parser).
# A view is "folded" as the regex engine compares letters when it ignores case: each character
# to the least of the characters it matches (str.lower, save the few letters Python's regex
# engine pairs besides: "ſ" with "s", "ı" with "i", Greek and Cyrillic variants).
_sre_parser: Any = importlib.import_module("re._parser")
_sre_constants: Any = importlib.import_module("re._constants")
_EXTRA_CASES: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
_tolower: Callable[[int], int] = importlib.import_module("_sre").unicode_tolower


@cache
def _fold_char(ch: str) -> str:
    low = _tolower(ord(ch))
    return chr(min((low, *_EXTRA_CASES.get(low, ()))))


class _Folding(dict[int, str]):
    def __missing__(self, code: int) -> str:
        value = self[code] = _fold_char(chr(code))
        return value


_FOLDING = _Folding()


@lru_cache(maxsize=32)
def folded(text: str) -> str:
    """`text` with each character folded (above), so that a word folded the same way is in it
    wherever a case-blind pattern could match the word."""
    low = text.lower()
    # str.lower is the fold wherever it keeps the length (only "İ" lower-cases to two characters)
    # and leaves only characters that fold to themselves
    if len(low) == len(text) and all(ch < "\x80" or _fold_char(ch) == ch for ch in set(low)):
        return low
    return text.translate(_FOLDING)


def required_words(pattern: str, flags: int) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains (folded where the pattern ignores
    case), or None where no such strings are known."""
    try:
        tree = _sre_parser.parse(pattern, flags)
    except re.error:
        return None
    ignore_case = bool(tree.state.flags & re.I)
    words = _required(tree)
    if words is None:
        return None
    return tuple(sorted({"".join(_fold_char(c) for c in w) if ignore_case else w for w in words}))


def _required(items: Any) -> frozenset[str] | None:
    """One of which strings every match of the parsed sequence `items` contains: the best of what
    its parts require (a run of literal characters, a group, a branch each of whose alternatives
    requires something, an item repeated at least once)."""
    c = _sre_constants
    best: frozenset[str] | None = None
    run: list[str] = []

    def better(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and all(found) and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            better(frozenset({"".join(run)}))
            run = []
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if not (add_flags | del_flags) & re.I:
                better(_required(sub))
        elif op is c.ATOMIC_GROUP:
            better(_required(av))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _, sub = av
            if low >= 1:
                better(_required(sub))
        elif op is c.BRANCH:
            either: set[str] = set()
            for sub in av[1]:
                alternative = _required(sub)
                if alternative is None:
                    break
                either |= alternative
            else:
                better(frozenset(either))
    if run:
        better(frozenset({"".join(run)}))
    return best


def _zone_hits(cues: Iterable[Cue], letter: Letter, view: str) -> list[Hit]:
    """Hits of the body, platform and colleague cues, each read where its zone says
    (extract/cues.py); sender cues are read by the caller in the letterhead and signature."""
    by_zone: dict[str, list[Cue]] = {}
    for c in cues:
        by_zone.setdefault(c.zone, []).append(c)
    hits: list[Hit] = []
    if body := by_zone.get("body"):
        hits += _match(body, letter, view) + _subject_hits(body, letter)
    if platform := by_zone.get("platform"):
        hits += _match(platform, letter, _restrict(letter, platform_ranges(letter), mask=False))
        hits += _subject_hits(platform, letter)
    if (colleague := by_zone.get("colleague")) and is_internal(letter):
        first = segments(letter)[0]
        hits += _match(colleague, letter, _restrict(letter, [(first.start, first.end)]))
    return hits


def _match(cues: Iterable[Cue], letter: Letter, view: str, source: str = "text") -> list[Hit]:
    """Cue matches in `view` (a blanked copy of `letter.text`, or a header's value for `source`)."""
    original = letter.text if source == "text" else view
    out: list[Hit] = []
    for cue in cues:
        for m in _search(cue, letter.profile.name, view):
            if m.end() == m.start():
                continue
            # a header's value is one line: its sentence is all of it
            bounds = letter.sentence_at(m.start(), m.end()) if source == "text" else (0, len(view))
            if _mentioned_only(cue, view, m.start(), bounds, letter.profile.name):
                continue
            out.append(Hit(cue, m.start(), m.end(), original[m.start() : m.end()], source))
    return out


def _subject_hits(cues: Iterable[Cue], letter: Letter) -> list[Hit]:
    """Cues in an email's subject line (evidence: the Subject header)."""
    email = letter.parsed.email
    subject = email.subject if email and email.subject else ""
    if not subject:
        return []
    return _match(cues, letter, subject, "header:Subject")


def _mentioned_only(cue: Cue, view: str, start: int, sentence: tuple[int, int], platform: str) -> bool:
    if not cue.unless:
        return False
    s0, s1 = sentence
    for name in cue.unless:
        ctx = CONTEXTS[name]
        region = view[s0:start] if ctx.where == "before" else view[s0:s1]
        if _compiled(ctx.pattern, False, platform).search(region):
            return True
    return False


def _grouped(hits: Iterable[Hit]) -> list[tuple[str, float, Hit]]:
    """Hits summed per cue label: the first counts in full, repeats a little."""
    by_label: dict[str, list[Hit]] = {}
    for h in sorted(hits, key=lambda h: (h.source != "text", h.start)):
        by_label.setdefault(h.cue.label, []).append(h)
    out = []
    for label, group in by_label.items():
        w = max(h.cue.weight for h in group)
        w += REPEAT_BONUS * min(len(group) - 1, REPEAT_CAP)
        first = max(group, key=lambda h: h.cue.weight)
        out.append((label, round(w, 2), first))
    return out


def _total(hits: Iterable[Hit]) -> float:
    return sum(w for _, w, _ in _grouped(hits))


def _why(hits: Iterable[Hit]) -> str:
    parts = sorted(_grouped(hits), key=lambda g: -g[1])
    return "; ".join(f"'{h.snippet}' ({label}) +{w:g}" for label, w, h in parts[:4])
