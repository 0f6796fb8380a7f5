"""Which case a document belongs to: signals weighed, the deciding ones recorded.

Candidates come from indexed look-ups of the document's keys (`CaseKey` by kind and value, a
case by its year and number), never from a scan of all cases. Each candidate is scored:

- decisive: a thread header naming a message of the case; our case reference quoted;
- strong: their reference seen before, or another reference the document cites under a label
  matching one of the case (a solicitor's letter citing the court's file number of an order filed
  in it); a review cited in the case; the sender's own address (when they write for themselves:
  a lawyer or account manager writes for many clients);
- supporting: the same client, business page, writer, firm, mail domain, subject, or "further to
  our letter of 3 November" matching a letter of the same sender in the case;
- against: different reviews or business pages (the same business, another matter), a
  different client (the same firm acting for someone else).

A case is linked when it scores at least `FILE` with no rival close behind; a weaker or an
ambiguous match opens a new case and leaves a suggestion for a person to confirm.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz
from sqlmodel import Session, col, select

from cases.features import Features
from cases.keys import party_key, party_tokens
from cases.models import Case, CaseKey, Document

FILE = 0.7  # a case scoring this much (with no rival close behind) takes the document
SUGGEST = 0.3  # below FILE but at least this: a new case, and a suggestion to confirm
MARGIN = 0.3  # a rival within this of the best makes the match ambiguous
MAX_PER_KEY = 50  # a key shared by more cases than this says little; the newest are kept
MAX_CANDIDATES = 200

WEIGHTS = {
    "thread": 1.0,
    "our_ref": 1.0,
    "their_ref": 0.8,
    "review_id": 0.7,
    "email": 0.7,  # writing for themselves; see email_for_client
    "email_for_client": 0.45,
    "earlier_letter": 0.5,
    "client": 0.4,
    "principal": 0.35,
    "business": 0.35,
    "subject": 0.25,
    "near_party": 0.15,
    # the client or writer is a party of this open case and of no other candidate: a chaser, an
    # appeal against our decision, a newly instructed solicitor naming the client
    "sole_party": 0.35,
    # "I refer to my letter of 14 September": the writer's own organisation is a party of the case
    "back_ref_party": 0.3,
    "firm": 0.2,
    "domain": 0.1,
    "other_content": -0.45,
    "other_client": -0.45,
}
DECISIVE = frozenset({"thread", "our_ref"})
NEAR_PARTY = 90  # rapidfuzz ratio for two spellings of one name


@dataclass(frozen=True)
class Signal:
    signal: str
    value: str
    weight: float

    def as_json(self) -> dict[str, object]:
        return {"signal": self.signal, "value": self.value, "weight": self.weight}


@dataclass
class Candidate:
    case_id: int
    ref: str
    signals: list[Signal] = field(default_factory=list)

    @property
    def score(self) -> float:
        return round(sum(s.weight for s in self.signals), 3)

    @property
    def evidence(self) -> float:
        """What speaks for the case, before what speaks against it."""
        return round(sum(s.weight for s in self.signals if s.weight > 0), 3)

    @property
    def decisive(self) -> bool:
        return any(s.signal in DECISIVE for s in self.signals)

    def as_json(self) -> dict[str, object]:
        return {"case": self.ref, "score": self.score, "signals": [s.as_json() for s in self.signals]}


@dataclass(frozen=True)
class Decision:
    case_id: int | None  # None: open a new case
    outcome: str  # linked | new | ambiguous | weak
    best: Candidate | None
    candidates: tuple[Candidate, ...]  # scored, best first
    suggestions: tuple[Candidate, ...]  # to confirm by hand (when a new case is opened)

    def as_json(self) -> dict[str, object]:
        return {
            "outcome": self.outcome,
            "score": self.best.score if self.best else 0.0,
            "signals": [s.as_json() for s in self.best.signals] if self.best else [],
            "candidates": [c.as_json() for c in self.candidates[:5]],
        }


# --- finding candidates -----------------------------------------------------------------------

def _lookup(session: Session, kind: str, values: Iterable[str]) -> set[int]:
    out: set[int] = set()
    for v in sorted(set(values)):
        rows = session.exec(
            select(CaseKey.case_id).where(CaseKey.kind == kind, CaseKey.value == v)
            .order_by(col(CaseKey.case_id).desc()).limit(MAX_PER_KEY)
        ).all()
        out.update(rows)
    return out


def _by_our_ref(session: Session, refs: Iterable[tuple[str, int, int]]) -> set[int]:
    out: set[int] = set()
    for prefix, year, number in refs:
        for cid, ref in session.exec(
            select(Case.id, Case.ref).where(Case.year == year, Case.number == number)
        ).all():
            if ref.upper().startswith(prefix) and cid is not None:
                out.add(cid)
    return out


def find_candidates(session: Session, f: Features) -> set[int]:
    ids: set[int] = set()
    ids |= _by_our_ref(session, f.our_refs)
    ids |= _lookup(session, "message_id", f.thread_ids)
    ids |= _lookup(session, "their_ref", f.their_refs | f.cited_refs)
    ids |= _lookup(session, "review_id", f.review_ids)
    ids |= _lookup(session, "email", f.emails)
    ids |= _lookup(session, "business", f.businesses)
    ids |= _lookup(session, "party", f.clients | f.principals | f.firms | f.people)
    ids |= _lookup(session, "subject", f.subjects)
    # near spellings of a client's or writer's name: the cases sharing a distinctive word of it
    ids |= _lookup(session, "party_tok", {t for n in f.clients | f.principals for t in party_tokens(n)})
    if f.back_refs:
        ids |= _lookup(session, "domain", f.domains)
    if len(ids) > MAX_CANDIDATES:
        ids = set(sorted(ids, reverse=True)[:MAX_CANDIDATES])
    return ids


@dataclass
class CaseView:
    """The keys of one candidate case, by kind."""

    case_id: int
    ref: str
    closed: bool = False
    keys: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    roles: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # party -> roles


def load_views(session: Session, case_ids: set[int]) -> dict[int, CaseView]:
    if not case_ids:
        return {}
    views = {
        cid: CaseView(cid, ref, closed=status == "closed")
        for cid, ref, status in session.exec(
            select(Case.id, Case.ref, Case.status).where(col(Case.id).in_(case_ids))
        ).all()
        if cid is not None
    }
    for k in session.exec(select(CaseKey).where(col(CaseKey.case_id).in_(case_ids))).all():
        v = views.get(k.case_id)
        if v is None:
            continue
        v.keys[k.kind].add(k.value)
        if k.kind == "party":
            v.roles[k.value].add(k.role)
    return views


# --- scoring ----------------------------------------------------------------------------------

def _party_match(name: str, parties: Iterable[str]) -> tuple[str, bool] | None:
    """The case party that `name` is (exactly after normalising, or nearly: a typo)."""
    best: tuple[str, bool] | None = None
    for p in parties:
        if p == name or _singular(p) == _singular(name):
            return p, True
        if fuzz.ratio(p, name) >= NEAR_PARTY and p.split()[0][:4] == name.split()[0][:4]:
            best = (p, False)
    return best


def _singular(name: str) -> str:
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in name.split())


def score_case(
    f: Features, view: CaseView, earlier: dict[str, list[int]], sole: frozenset[int] = frozenset(),
    sole_page: frozenset[int] = frozenset(),
) -> Candidate:
    c = Candidate(view.case_id, view.ref)
    keys = view.keys
    add = c.signals.append

    if hit := f.thread_ids & keys["message_id"]:
        add(Signal("thread", sorted(hit)[0], WEIGHTS["thread"]))
    if view.case_id in earlier.get("our_ref", []):
        add(Signal("our_ref", view.ref, WEIGHTS["our_ref"]))
    if hit := f.their_refs & keys["their_ref"]:
        add(Signal("their_ref", sorted(hit)[0], WEIGHTS["their_ref"]))
    elif hit := f.cited_refs & keys["their_ref"]:
        add(Signal("cited_ref", sorted(hit)[0], WEIGHTS["their_ref"]))
    if hit := f.review_ids & keys["review_id"]:
        add(Signal("review_id", ", ".join(sorted(hit)), WEIGHTS["review_id"]))
    if hit := f.businesses & keys["business"]:
        add(Signal("business", sorted(hit)[0], WEIGHTS["business"]))
    if hit := f.emails & keys["email"]:
        for_others = f.writes_for_client or hit <= f.own_emails
        w = WEIGHTS["email_for_client"] if for_others else WEIGHTS["email"]
        add(Signal("email", sorted(hit)[0], w))
    elif hit := f.domains & keys["domain"]:
        add(Signal("domain", sorted(hit)[0], WEIGHTS["domain"]))
    if hit := f.subjects & keys["subject"]:
        add(Signal("subject", sorted(hit)[0], WEIGHTS["subject"]))
    if view.case_id in earlier.get("earlier_letter", []):
        add(Signal("earlier_letter", "a letter of the same sender on the date referred to",
                   WEIGHTS["earlier_letter"]))

    # parties: the client, or who writes for themselves; a firm only supports
    parties = keys["party"]
    party_signal: Signal | None = None
    for role, names in (("client", f.clients), ("principal", f.principals)):
        for n in sorted(names):
            m = _party_match(n, parties)
            if m and m[1]:
                party_signal = Signal(role, m[0], WEIGHTS[role])
                break
            if m and not party_signal:
                party_signal = Signal("near_party", f"{n} ~ {m[0]}", WEIGHTS["near_party"])
        if party_signal and party_signal.signal != "near_party":
            break
    if party_signal:
        add(party_signal)
        # only where the document cites no content of its own: one citing a review the case
        # does not hold may be the same party's next matter
        cites_nothing_else = not (f.review_ids - keys["review_id"]) and not (f.businesses - keys["business"])
        if party_signal.signal in ("client", "principal") and view.case_id in sole and cites_nothing_else:
            add(Signal("sole_party", f"{party_signal.value} is a party of no other open case",
                       WEIGHTS["sole_party"]))
    elif (view.case_id in sole_page and (page := f.businesses & keys["business"])
          and not (f.review_ids - keys["review_id"])):
        # no party named, but the business page of exactly one open case, and no other content: a
        # colleague or the business writing again about the matter on that page
        add(Signal("sole_party", f"{sorted(page)[0]} is the page of no other open case", WEIGHTS["sole_party"]))
    writer_party = any(_party_match(n, parties) for n in f.firms | f.principals)
    if f.firms and any(_party_match(n, parties) for n in f.firms):
        add(Signal("firm", sorted(f.firms)[0], WEIGHTS["firm"]))
    # where no case holds the letter referred to (an imported matter holds none): the writer's own party
    if (f.back_refs or f.back_ref_undated) and writer_party and not earlier.get("earlier_letter"):
        add(Signal("back_ref_party", "the writer refers to an earlier letter of theirs and is a party of the case",
                   WEIGHTS["back_ref_party"]))

    # against: another piece of content, another client
    other_reviews = f.review_ids and keys["review_id"] and not (f.review_ids & keys["review_id"])
    other_pages = f.businesses and keys["business"] and not (f.businesses & keys["business"])
    if other_reviews or (other_pages and not (f.review_ids & keys["review_id"])):
        what = "reviews" if other_reviews else "business pages"
        add(Signal("other_content", f"the case is about other {what}", WEIGHTS["other_content"]))
    same_review = bool(f.review_ids & keys["review_id"])
    if f.clients and parties and not same_review and not any(_party_match(n, parties) for n in f.clients):
        add(Signal("other_client", ", ".join(sorted(f.clients)), WEIGHTS["other_client"]))
    return c


def _earlier_letters(session: Session, f: Features, case_ids: set[int]) -> list[int]:
    """Cases holding a letter of the same sender dated as the document says ("our letter of...")."""
    if not f.back_refs or not case_ids:
        return []
    rows = session.exec(
        select(col(Document.case_id), col(Document.letter_date), col(Document.received), col(Document.fields))
        .where(col(Document.case_id).in_(case_ids))
    ).all()
    out: list[int] = []
    for cid, letter_date, received, fields in rows:
        if cid is None:
            continue
        fields = fields or {}
        email = (fields.get("sender_email") or "").casefold()
        same_sender = bool(email) and (email in f.emails or email.rsplit("@", 1)[-1] in f.domains)
        org = party_key(fields.get("sender_organisation"))
        same_sender |= bool(org) and org in (f.firms | f.principals)
        if not same_sender:
            continue
        for d in f.back_refs:
            if _dated(letter_date, received, d):
                out.append(cid)
                break
    return out


def _dated(letter_date: date | None, received: date | None, d: date) -> bool:
    if letter_date:
        return abs((letter_date - d).days) <= 1
    return received is not None and 0 <= (received - d).days <= 7


def _sole_party_cases(f: Features, views: dict[int, CaseView]) -> frozenset[int]:
    """The open cases whose party the client (or who writes for themselves) is, where exactly
    one open case has that party: two cases sharing it are for a person to choose between."""
    out: set[int] = set()
    for name in f.clients | f.principals:
        having = [cid for cid, v in views.items() if not v.closed and (m := _party_match(name, v.keys["party"]))
                  and m[1]]
        if len(having) == 1:
            out.add(having[0])
    return frozenset(out)


def _sole_page_cases(f: Features, views: dict[int, CaseView]) -> frozenset[int]:
    """The open cases whose business page the document cites, where exactly one open case has it."""
    out: set[int] = set()
    for page in f.businesses:
        having = [cid for cid, v in views.items() if not v.closed and page in v.keys["business"]]
        if len(having) == 1:
            out.add(having[0])
    return frozenset(out)


def decide(session: Session, f: Features) -> Decision:
    ids = find_candidates(session, f)
    if not ids:
        return Decision(None, "new", None, (), ())
    views = load_views(session, ids)
    earlier = {
        "our_ref": list(_by_our_ref(session, f.our_refs)),
        "earlier_letter": _earlier_letters(session, f, ids),
    }
    sole = _sole_party_cases(f, views)  # once for all candidates: it looks at every one of them
    # by the business page only where no party picks out one case
    sole_page = frozenset() if sole else _sole_page_cases(f, views)
    scored = [score_case(f, v, earlier, sole, sole_page) for v in views.values()]
    scored = [c for c in scored if c.signals]
    closed = {cid for cid, v in views.items() if v.closed}
    if closed:
        # a closed matter is not reopened by a machine on a reference or a party alone: the same
        # party quoting the old reference is most often a new matter; a person may reopen it
        # (a reply in the thread of our own closing email is the one exception: it reopens the case)
        reopen = {c.case_id for c in scored if c.case_id in closed and any(x.signal == "thread" for x in c.signals)}
        suggest_closed = tuple(c for c in scored if c.case_id in closed - reopen and (c.decisive or c.score >= SUGGEST))
        scored = [c for c in scored if c.case_id not in closed - reopen]
        if not scored:
            return Decision(None, "weak" if suggest_closed else "new", None, suggest_closed, suggest_closed)
    scored.sort(key=lambda c: (not c.decisive, -c.score, -c.case_id))
    if not scored:
        return Decision(None, "new", None, (), ())
    best = scored[0]
    rest = tuple(scored[1:])
    if best.decisive:
        # another decisive case (a thread of one, a reference to another) is flagged for a person
        others = tuple(c for c in rest if c.decisive or c.score >= FILE)
        return Decision(best.case_id, "linked", best, tuple(scored), others)
    rival = rest[0] if rest else None
    if best.score >= FILE:
        if rival is not None and rival.score >= FILE and best.score - rival.score < MARGIN:
            both = tuple(c for c in scored if c.score >= FILE and best.score - c.score < MARGIN)
            return Decision(None, "ambiguous", best, tuple(scored), both)
        return Decision(best.case_id, "linked", best, tuple(scored), ())
    # worth a person's look: a fair score, or strong evidence that something else contradicts
    weak = tuple(c for c in scored if c.score >= SUGGEST or c.evidence >= FILE)
    if weak:
        return Decision(None, "weak", best, tuple(scored), weak)
    return Decision(None, "new", best, tuple(scored), ())


__all__ = ["Candidate", "Decision", "Signal", "decide"]
