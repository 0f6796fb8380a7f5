"""Who acts at the desk: accounts with a role and a team, their passwords and tokens, and what each
role may change.

The same accounts are every door's identity: the web desk's login, the JSON API's bearer token,
the command line's `LEXDESK_USER`. A name given by a person is normalised before it is looked up
("Alice", "ALICE" and "alice " are alice), and an approval names an active account that wrote no
version of the draft (`approver`), whichever door it comes through.

Passwords are kept as argon2 hashes; tokens (the API's, the calendar feed's) as SHA-256 hashes of
random values shown once, so that a copy of the database opens no account.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlmodel import Session, col, select

from cases.errors import DeskError, Invalid, NotFound
from cases.models import AuditEvent, Draft, DraftVersion, Team, User
from cases.vocab import Role

MIN_PASSWORD = 10
_hasher = PasswordHasher()
# Verified against when the name is unknown, so that a wrong name costs the same time as a wrong
# password and the login does not tell which accounts exist.
_DUMMY = _hasher.hash(secrets.token_urlsafe(16))


class Forbidden(DeskError, PermissionError):
    """The account may not do this (its role), or no longer may (disabled)."""


class Action(StrEnum):
    """What a role is checked for before anything changes."""

    file = "file"  # upload, retry, triage, linking suggestions, corrections, move / merge / split
    case = "case"  # a case's status and deadlines
    assign = "assign"  # who works on a case, and its priority
    draft = "draft"  # draft, edit, discard, send
    approve = "approve"  # the second pair of eyes
    report = "report"  # the manager's dashboard
    admin = "admin"  # accounts


_ALL = frozenset(Role)
ALLOWED: dict[Action, frozenset[Role]] = {
    Action.file: frozenset({Role.specialist, Role.manager, Role.admin}),
    Action.case: _ALL,
    Action.assign: frozenset({Role.manager, Role.admin, Role.specialist}),
    Action.draft: frozenset({Role.appeals, Role.manager, Role.admin, Role.specialist}),
    Action.approve: frozenset({Role.appeals, Role.manager, Role.admin}),
    Action.report: frozenset({Role.manager, Role.admin}),
    Action.admin: frozenset({Role.admin}),
}


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    display_name: str
    role: Role
    team: str | None
    vendor: bool  # its team is an outsourced one
    active: bool
    has_password: bool
    # changes when the password does: a session made before a reset is no longer honoured
    epoch: str

    def may(self, action: Action) -> bool:
        return self.active and self.role in ALLOWED[action]

    def require(self, action: Action) -> None:
        if not self.active:
            raise Forbidden(f"the account {self.username} is disabled")
        if self.role not in ALLOWED[action]:
            who = ", ".join(sorted(ALLOWED[action]))
            raise Forbidden(f"a {self.role} may not do this ({action}: {who})")


def normalise(name: str) -> str:
    """A name as people type it, made the account's: case and spaces do not make another person."""
    return " ".join(name.split()).casefold()


def parse_role(value: str) -> Role:
    try:
        return Role(normalise(value))
    except ValueError:
        raise Invalid(f"unknown role {value!r} (one of {', '.join(Role)})") from None


def _epoch(u: User) -> str:
    return hashlib.sha256((u.password_hash or "").encode()).hexdigest()[:16]


def _account(session: Session, u: User) -> Account:
    team = session.get(Team, u.team_id) if u.team_id else None
    return Account(id=u.id or 0, username=u.username, display_name=u.display_name or u.username,
                   role=Role(u.role), team=team.name if team else None, vendor=bool(team and team.vendor),
                   active=u.active, has_password=bool(u.password_hash), epoch=_epoch(u))


def _find(session: Session, name: str) -> User | None:
    wanted = normalise(name)
    if not wanted:
        return None
    exact = session.exec(select(User).where(User.username == wanted)).first()
    if exact is not None:
        return exact
    # an account made before names were normalised (by `cases member`, say)
    return next((u for u in session.exec(select(User)).all() if normalise(u.username) == wanted), None)


def _user(session: Session, name: str) -> User:
    u = _find(session, name)
    if u is None:
        raise NotFound(f"no account {name.strip()!r} (see lexdesk users list)")
    return u


def _check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise Invalid(f"a password has at least {MIN_PASSWORD} characters")
    return password


def new_password() -> str:
    """A password to hand over once (the person changes it after logging in)."""
    return secrets.token_urlsafe(12)


# --- the accounts ----------------------------------------------------------------------------------

def has_accounts(session: Session) -> bool:
    return session.exec(select(User.id).where(col(User.password_hash).is_not(None))).first() is not None


def list_users(session: Session) -> list[Account]:
    return [_account(session, u) for u in session.exec(select(User).order_by(col(User.username))).all()]


def get(session: Session, user_id: int) -> Account | None:
    u = session.get(User, user_id)
    return _account(session, u) if u is not None else None


def add_user(session: Session, username: str, *, role: Role | str, actor: str, team: str | None = None,
             vendor: bool = False, display_name: str = "", password: str | None = None) -> tuple[Account, str]:
    """A new account (or a password for a person known only as a team member so far); returns it
    with its password (the one given, or a new one to hand over once)."""
    name = normalise(username)
    if not name or any(ch.isspace() for ch in name) or len(name) > 64:
        raise Invalid(f"{username!r} is no user name: one word, up to 64 characters")
    role = parse_role(role) if isinstance(role, str) else role
    password = _check_password(password) if password is not None else new_password()
    u = _find(session, name)
    if u is not None and u.password_hash:
        raise Invalid(f"the account {u.username} exists (lexdesk users reset-password {u.username})")
    u = u or User(username=name)
    u.role, u.active = role, True
    u.display_name = display_name or u.display_name or name
    if team:
        t = session.exec(select(Team).where(Team.name == team.strip())).first()
        if t is None:
            t = Team(name=team.strip(), vendor=vendor)
            session.add(t)
            session.flush()
        u.team_id = t.id
    u.password_hash = _hasher.hash(password)
    session.add(u)
    session.flush()
    session.add(AuditEvent(actor=actor, action="user.added", detail={"user": u.username, "role": str(role),
                                                                       "team": team}))
    session.commit()
    return _account(session, u), password


def disable_user(session: Session, username: str, *, actor: str) -> Account:
    """The account can no longer log in, use its tokens, act on the command line or approve."""
    u = _user(session, username)
    u.active = False
    u.api_token_hash = u.feed_token_hash = None
    session.add(u)
    session.add(AuditEvent(actor=actor, action="user.disabled", detail={"user": u.username}))
    session.commit()
    return _account(session, u)


def reset_password(session: Session, username: str, *, actor: str, password: str | None = None
                   ) -> tuple[Account, str]:
    """A new password (given, or made to hand over once); sessions made with the old one end."""
    u = _user(session, username)
    password = _check_password(password) if password is not None else new_password()
    u.password_hash = _hasher.hash(password)
    session.add(u)
    session.add(AuditEvent(actor=actor, action="user.password_reset", detail={"user": u.username}))
    session.commit()
    return _account(session, u), password


def change_password(session: Session, user_id: int, old: str, new: str) -> Account:
    u = session.get(User, user_id)
    if u is None or not _verify(u.password_hash, old):
        raise Invalid("the current password is not right")
    u.password_hash = _hasher.hash(_check_password(new))
    session.add(u)
    session.add(AuditEvent(actor=u.username, action="user.password_changed", detail={"user": u.username}))
    session.commit()
    return _account(session, u)


def _verify(hashed: str | None, password: str) -> bool:
    try:
        return _hasher.verify(hashed or _DUMMY, password) and hashed is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def authenticate(session: Session, username: str, password: str) -> Account | None:
    """The active account with this name and password, or None (which of the two was wrong is
    not said)."""
    u = _find(session, username)
    if not _verify(u.password_hash if u else None, password) or u is None or not u.active:
        return None
    if _hasher.check_needs_rehash(u.password_hash or ""):
        u.password_hash = _hasher.hash(password)
        session.add(u)
        session.commit()
    return _account(session, u)


# --- who acts: the command line's LEXDESK_USER, an approval from any door ---------------------------

def resolve_actor(session: Session, name: str) -> User:
    """The active account a name given by a person means; unknown or disabled names are refused."""
    if not name or not name.strip():
        raise Invalid("no user given: set LEXDESK_USER to your account (see lexdesk users list)")
    u = _user(session, name)
    if not u.active:
        raise Forbidden(f"the account {u.username} is disabled")
    return u


def approver(session: Session, draft_id: int, name: str) -> str:
    """The account approving draft `draft_id` under four eyes: an active account, allowed to
    approve, that wrote no version of it (the authors' names compared as accounts, so a change
    of case or spacing is still its author). Returns the account's name."""
    d = session.get(Draft, draft_id)
    if d is None:
        raise NotFound(f"no draft {draft_id}")
    u = resolve_actor(session, name)
    _account(session, u).require(Action.approve)
    writers = {d.author, *session.exec(select(DraftVersion.author).where(DraftVersion.draft_id == d.id)).all()}
    if normalise(u.username) in {normalise(w) for w in writers}:
        raise Forbidden(f"{u.username} wrote this draft (or a version of it): a second person must approve it "
                        "(four eyes)")
    return u.username


# --- bearer tokens ---------------------------------------------------------------------------------

def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_api_token(session: Session, user_id: int) -> str:
    """A new API token for the account (the old one stops working); shown once."""
    return _issue(session, user_id, "api")


def issue_feed_token(session: Session, user_id: int) -> str:
    """A new private calendar feed token (the old feed URL stops working); shown once."""
    return _issue(session, user_id, "feed")


def revoke_feed_token(session: Session, user_id: int) -> None:
    u = session.get(User, user_id)
    if u is None:
        raise NotFound(f"no account {user_id}")
    u.feed_token_hash = None
    session.add(u)
    session.add(AuditEvent(actor=u.username, action="user.feed_revoked", detail={"user": u.username}))
    session.commit()


def _issue(session: Session, user_id: int, which: str) -> str:
    u = session.get(User, user_id)
    if u is None or not u.active:
        raise NotFound(f"no active account {user_id}")
    token = secrets.token_urlsafe(32)
    if which == "api":
        u.api_token_hash = _digest(token)
    else:
        u.feed_token_hash = _digest(token)
    session.add(u)
    session.add(AuditEvent(actor=u.username, action=f"user.{which}_token", detail={"user": u.username}))
    session.commit()
    return token


def by_api_token(session: Session, token: str) -> Account | None:
    return _by_token(session, col(User.api_token_hash), token)


def by_feed_token(session: Session, token: str) -> Account | None:
    return _by_token(session, col(User.feed_token_hash), token)


def _by_token(session: Session, column: Any, token: str) -> Account | None:
    if not token or len(token) > 200:
        return None
    u = session.exec(select(User).where(column == _digest(token))).first()
    return _account(session, u) if u is not None and u.active else None
