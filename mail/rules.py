"""Mail rules: what the team says about messages before they are filed, as a TOML file of
`[[rule]]` tables read in order. The first rule that matches decides, unless it says
`continue = true`, in which case later rules may add what it left unset (an earlier rule's value
wins). A rule matches when every condition it names matches; a list matches when any item does:

    from / to      addresses, as globs ("*@firm.example", "appeals@*")
    subject / body words or phrases, case-insensitive ("re:" prefix: a regular expression)
    attachment     file names, as globs ("*.pdf")
    header         {Name = "…"}: "*" is any value ("re:" prefix: a regular expression)

Actions: `kind`, `team`, `assignee`, `priority` set on the case the message is filed to; `skip`
(true, or the reason) leaves the message unfiled. Auto-replies (RFC 3834 `Auto-Submitted`, the
out-of-office headers) and delivery reports are skipped without a rule.

Matching is pure: no database, no clock. What the actions do to a case is the fetcher's job.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from cases.errors import Invalid
from cases.vocab import Priority
from extract.models import Kind
from mail.message import Facts

GLOBBED = ("from", "to", "attachment")
WORDS = ("subject", "body")
CONDITIONS = (*GLOBBED, *WORDS, "header")
SETTERS = ("kind", "team", "assignee", "priority")
KEYS = {"name", "continue", "skip", *CONDITIONS, *SETTERS}
AUTO_SKIP = "automatic"  # the name under which the built-in recognition of auto-replies is reported


@dataclass(frozen=True)
class Pattern:
    """One item of a condition: a glob or words, or a regular expression ("re:" prefix)."""

    text: str
    glob: bool = False
    regex: re.Pattern[str] | None = None

    @classmethod
    def of(cls, text: str, *, glob: bool, where: str) -> Pattern:
        if text.startswith("re:"):
            try:
                return cls(text, regex=re.compile(text[3:], re.I))
            except re.error as e:
                raise Invalid(f"{where}: {text!r} is not a regular expression: {e}") from e
        return cls(text, glob=glob)

    def matches(self, value: str) -> bool:
        if self.regex is not None:
            return self.regex.search(value) is not None
        if self.glob:
            return fnmatchcase(value.lower(), self.text.lower())
        return self.text.lower() in value.lower()


@dataclass(frozen=True)
class Rule:
    name: str
    conditions: Mapping[str, tuple[Pattern, ...]] = field(default_factory=dict)
    headers: tuple[tuple[str, tuple[Pattern, ...]], ...] = ()
    sets: Mapping[str, str] = field(default_factory=dict)  # kind/team/assignee/priority -> value
    skip: str | None = None  # why (the rule skips the message)
    cont: bool = False

    def matches(self, facts: Facts) -> bool:
        for key, patterns in self.conditions.items():
            if not any(p.matches(v) for p in patterns for v in _values(facts, key)):
                return False
        for name, patterns in self.headers:
            values = facts.header(name)
            if not values or not any(p.text == "*" or p.matches(v) for p in patterns for v in values):
                return False
        return True


def _values(facts: Facts, key: str) -> Iterable[str]:
    if key == "from":
        return (facts.from_addr,)
    if key == "to":
        return facts.to
    if key == "attachment":
        return facts.attachments
    if key == "subject":
        return (facts.subject,)
    return (facts.body,)


@dataclass(frozen=True)
class Decision:
    """What the rules decided for one message."""

    skip: str | None = None  # why it is not filed; None: file it
    skipped_by: str | None = None  # the rule that skipped it (AUTO_SKIP: the built-in recognition)
    sets: Mapping[str, str] = field(default_factory=dict)  # what to set on its case
    by: Mapping[str, str] = field(default_factory=dict)  # which rule set each value
    matched: tuple[str, ...] = ()  # every rule that matched, in order


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...] = ()
    source: Path | None = None

    def decide(self, facts: Facts) -> Decision:
        why = automatic(facts)
        if why:
            return Decision(skip=why, skipped_by=AUTO_SKIP)
        sets: dict[str, str] = {}
        by: dict[str, str] = {}
        matched: list[str] = []
        for rule in self.rules:
            if not rule.matches(facts):
                continue
            matched.append(rule.name)
            if rule.skip:
                return Decision(skip=rule.skip, skipped_by=rule.name, matched=tuple(matched))
            for k, v in rule.sets.items():
                if k not in sets:  # an earlier rule's value wins
                    sets[k], by[k] = v, rule.name
            if not rule.cont:
                break
        return Decision(sets=sets, by=by, matched=tuple(matched))


# --- messages nobody needs a rule to skip ------------------------------------------------------------

# Headers that out-of-office and vacation responders set besides (or instead of) Auto-Submitted.
AUTO_REPLY_HEADERS = ("x-autoreply", "x-autorespond", "x-autoresponder", "x-autogenerated")
REPORTS = ("delivery-status", "disposition-notification")


def automatic(facts: Facts) -> str | None:
    """Why a message was written by a machine answering another (and is not correspondence), or None."""
    for value in facts.header("auto-submitted"):
        token = value.split(";")[0].strip().lower()
        if token and token != "no":
            return f"an automatic message (Auto-Submitted: {token})"
    for name in AUTO_REPLY_HEADERS:
        if facts.header(name):
            return f"an automatic reply ({name} header)"
    if any(v.strip().lower() == "auto_reply" for h in ("precedence", "x-precedence") for v in facts.header(h)):
        return "an automatic reply (Precedence: auto_reply)"
    if facts.content_type == "multipart/report":
        kind = " ".join(facts.header("content-type")).lower()
        if any(r in kind for r in REPORTS):
            return "a delivery or read report"
    return None


# --- the rules file --------------------------------------------------------------------------------

def load_rules(path: Path | None) -> RuleSet:
    """The rules of a TOML file (None: no rules); any mistake in it is an error naming the rule."""
    if path is None:
        return RuleSet()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise Invalid(f"mail rules {path}: {e.strerror or e}") from e
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise Invalid(f"mail rules {path} are not TOML: {e}") from e
    return parse_rules(data, path)


def parse_rules(data: Mapping[str, Any], source: Path | None = None) -> RuleSet:
    where = str(source or "mail rules")
    extra = set(data) - {"rule"}
    if extra:
        raise Invalid(f"{where}: unknown table {', '.join(sorted(extra))} (rules are [[rule]] tables)")
    items = data.get("rule", [])
    if not isinstance(items, list):
        raise Invalid(f"{where}: write each rule as a [[rule]] table")
    return RuleSet(tuple(_rule(item, f"{where}: rule {n}", n) for n, item in enumerate(items, 1)), source)


def _rule(item: Any, where: str, n: int) -> Rule:
    if not isinstance(item, dict):
        raise Invalid(f"{where} is not a table")
    name = str(item.get("name") or f"rule {n}")
    where = f"{where} ({name})" if "name" in item else where
    unknown = set(item) - KEYS
    if unknown:
        raise Invalid(f"{where}: unknown key {', '.join(sorted(unknown))} (conditions: {', '.join(CONDITIONS)}; "
                      f"actions: {', '.join(SETTERS)}, skip; and continue)")
    conditions = {k: _patterns(item[k], glob=k in GLOBBED, where=f"{where}, {k}")
                  for k in (*GLOBBED, *WORDS) if k in item}
    headers: list[tuple[str, tuple[Pattern, ...]]] = []
    if "header" in item:
        if not isinstance(item["header"], dict):
            raise Invalid(f"{where}: header is a table of header names and values, e.g. header = {{List-Id = \"*\"}}")
        headers = [(str(h), _patterns(v, glob=False, where=f"{where}, header {h}")) for h, v in item["header"].items()]
    sets = {k: str(item[k]).strip() for k in SETTERS if k in item}
    if "kind" in sets and sets["kind"] not in set(Kind):
        raise Invalid(f"{where}: unknown kind {sets['kind']!r} (one of {', '.join(Kind)})")
    if "priority" in sets and sets["priority"] not in set(Priority):
        raise Invalid(f"{where}: unknown priority {sets['priority']!r} (one of {', '.join(Priority)})")
    skip = item.get("skip", False)
    if not isinstance(skip, bool | str):
        raise Invalid(f"{where}: skip is true, false or the reason")
    reason = (skip if isinstance(skip, str) and skip.strip() else f"skipped by the rule {name}") if skip else None
    if reason and sets:
        raise Invalid(f"{where}: a rule that skips a message cannot also set {', '.join(sets)}")
    if not reason and not sets:
        raise Invalid(f"{where}: does nothing (give skip, or one of {', '.join(SETTERS)})")
    cont = item.get("continue", False)
    if not isinstance(cont, bool):
        raise Invalid(f"{where}: continue is true or false")
    return Rule(name=name, conditions=conditions, headers=tuple(headers), sets=sets, skip=reason, cont=cont)


def _patterns(value: Any, *, glob: bool, where: str) -> tuple[Pattern, ...]:
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(v, str) and v for v in items):
        raise Invalid(f"{where}: give a text or a list of texts")
    return tuple(Pattern.of(v, glob=glob, where=where) for v in items)
