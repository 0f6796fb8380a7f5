"""Who is asking, and may they: the session cookie, bearer tokens, CSRF, login throttling and the
headers that keep a hostile letter inert.

- The session is a signed cookie (itsdangerous) holding the account's id, its password epoch
  (a reset ends every session made before it) and the CSRF token; HttpOnly, SameSite=Lax, Secure.
- Every request but the login page's, the static files' and the private calendar feed's needs an
  account: a session, or an API token as `Authorization: Bearer ...`.
- Every request that may change something (POST and the like) made with a session carries the
  session's CSRF token (a form's `csrf` field or the `X-CSRF-Token` header) and comes from this
  site (`Origin`, `Sec-Fetch-Site`). A bearer token is no ambient credential: it needs neither.
- Failed logins are counted per account and per address; past the limit the login is refused
  until the window passes.
"""

from __future__ import annotations

import secrets
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from hmac import compare_digest
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import Depends, Request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlmodel import Session
from starlette.responses import Response

from cases import accounts
from cases.accounts import Account, Action
from cases.db import Database
from web.config import WebConfig

SESSION_COOKIE = "lexdesk_session"
FLASH_COOKIE = "lexdesk_flash"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

# No inline script or style anywhere, nothing from another site; the desk is never framed.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class NotLoggedIn(Exception):
    """No account: a page sends the browser to the login; the API answers 401."""


class CrossSite(Exception):
    """A request that may change something, without this session's CSRF token or from another site."""


class Throttled(Exception):
    """Too many failed logins for this account or address: try again later."""


# --- the session cookie ----------------------------------------------------------------------------

@dataclass
class SessionData:
    csrf: str
    uid: int | None = None
    epoch: str | None = None


class Sessions:
    def __init__(self, cfg: WebConfig) -> None:
        self.cfg = cfg
        self.signer = URLSafeTimedSerializer(cfg.secret_key, salt="lexdesk.session")
        self.flash_signer = URLSafeTimedSerializer(cfg.secret_key, salt="lexdesk.flash")

    def read(self, request: Request) -> SessionData | None:
        raw = request.cookies.get(SESSION_COOKIE)
        if not raw:
            return None
        try:
            data = self.signer.loads(raw, max_age=self.cfg.session_hours * 3600)
        except BadSignature:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("csrf"), str):
            return None
        uid = data.get("uid")
        return SessionData(csrf=data["csrf"], uid=uid if isinstance(uid, int) else None,
                           epoch=str(data["epoch"]) if data.get("epoch") else None)

    def write(self, response: Response, data: SessionData) -> None:
        value = self.signer.dumps({"csrf": data.csrf, "uid": data.uid, "epoch": data.epoch})
        response.set_cookie(SESSION_COOKIE, value, max_age=self.cfg.session_hours * 3600, httponly=True,
                            secure=self.cfg.secure_cookies, samesite="lax", path="/")

    def clear(self, response: Response) -> None:
        response.delete_cookie(SESSION_COOKIE, path="/", secure=self.cfg.secure_cookies, httponly=True,
                               samesite="lax")

    # a message for the next page (after a redirect), signed like the session
    def flash(self, response: Response, level: str, message: str) -> None:
        response.set_cookie(FLASH_COOKIE, self.flash_signer.dumps([level, message]), max_age=60, httponly=True,
                            secure=self.cfg.secure_cookies, samesite="lax", path="/")

    def take_flash(self, request: Request) -> tuple[str, str] | None:
        raw = request.cookies.get(FLASH_COOKIE)
        if not raw:
            return None
        try:
            level, message = self.flash_signer.loads(raw, max_age=120)
        except (BadSignature, ValueError, TypeError):
            return None
        return str(level), str(message)


def new_session(uid: int | None = None, epoch: str | None = None) -> SessionData:
    return SessionData(csrf=secrets.token_urlsafe(32), uid=uid, epoch=epoch)


# --- login throttling ------------------------------------------------------------------------------

class Throttle:
    """Failed logins per key (an account, an address) in a sliding window."""

    def __init__(self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self.clock = limit, window_s, clock
        self.failures: dict[str, deque[float]] = defaultdict(deque)

    def _recent(self, key: str) -> deque[float]:
        q = self.failures[key]
        now = self.clock()
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    def blocked(self, key: str, limit: int | None = None) -> bool:
        return len(self._recent(key)) >= (limit or self.limit)

    def failed(self, key: str) -> None:
        self._recent(key).append(self.clock())

    def forget(self, key: str) -> None:
        self.failures.pop(key, None)


# --- dependencies ----------------------------------------------------------------------------------

def state(request: Request) -> Any:
    return request.app.state


def db_session(request: Request) -> Iterator[Session]:
    db: Database = request.app.state.db
    with db.session() as s:
        yield s


def session_data(request: Request) -> SessionData | None:
    if not hasattr(request.state, "session_data"):
        request.state.session_data = request.app.state.sessions.read(request)
    data: SessionData | None = request.state.session_data
    return data


def current_account(request: Request) -> Account | None:
    """The account asking (session or bearer token), or None."""
    if hasattr(request.state, "account"):
        known: Account | None = request.state.account
        return known
    db: Database = request.app.state.db
    found: Account | None = None
    request.state.via_token = False
    auth = request.headers.get("authorization", "")
    with db.session() as s:
        if auth.lower().startswith("bearer "):
            found = accounts.by_api_token(s, auth[7:].strip())
            request.state.via_token = found is not None
        else:
            data = session_data(request)
            if data is not None and data.uid is not None:
                acc = accounts.get(s, data.uid)
                if acc is not None and acc.active and acc.has_password and compare_digest(acc.epoch, data.epoch or ""):
                    found = acc
    request.state.account = found
    return found


def authenticated(request: Request) -> Account:
    acc = current_account(request)
    if acc is None:
        raise NotLoggedIn()
    return acc


def same_site(request: Request) -> bool:
    """The request comes from a page of this desk (or names no site at all, as a script would)."""
    site = request.headers.get("sec-fetch-site")
    if site and site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if origin:
        if origin == "null":
            return False
        host = request.headers.get("host", "")
        return urlsplit(origin).netloc.lower() == host.lower()
    return True


async def csrf_checked(request: Request) -> None:
    """A request that may change something carries this session's CSRF token and comes from here."""
    if request.method in SAFE_METHODS or getattr(request.state, "via_token", False):
        return
    if not same_site(request):
        raise CrossSite()
    data = session_data(request)
    token = request.headers.get("x-csrf-token")
    if token is None and request.headers.get("content-type", "").startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")):
        form = await request.form()
        value = form.get("csrf")
        token = value if isinstance(value, str) else None
    if data is None or not token or not compare_digest(token, data.csrf):
        raise CrossSite()


def allowed(action: Action) -> Callable[..., Account]:
    """A dependency: the account asking, which its role lets do `action` (else `Forbidden`)."""

    def check(account: Annotated[Account, Depends(authenticated)]) -> Account:
        account.require(action)
        return account

    check.__name__ = f"may_{action}"
    return check


# Every guarded router: an account first (an anonymous request is sent to the login), then CSRF.
GUARD = [Depends(authenticated), Depends(csrf_checked)]

# What a route names in its signature: the request's database session, the account that acts, and
# the account allowed an action (anyone else is refused with 403).
Db = Annotated[Session, Depends(db_session)]
Me = Annotated[Account, Depends(authenticated)]
Filer = Annotated[Account, Depends(allowed(Action.file))]
Handler = Annotated[Account, Depends(allowed(Action.case))]
Assigner = Annotated[Account, Depends(allowed(Action.assign))]
Drafter = Annotated[Account, Depends(allowed(Action.draft))]
Approver = Annotated[Account, Depends(allowed(Action.approve))]
Manager = Annotated[Account, Depends(allowed(Action.report))]


def cfg_of(request: Request) -> WebConfig:
    """The desk's configuration, as the app was made with it."""
    cfg: WebConfig = request.app.state.cfg
    return cfg
