"""The routes that need no session: the login, and a person's private calendar feed (its token in
the URL is its credential: read-only, revocable). Everything else is in routers behind `GUARD`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from starlette.responses import RedirectResponse, Response

from cases import accounts, ics, views
from cases.accounts import normalise
from cases.errors import NotFound
from web.render import page
from web.security import (
    CrossSite,
    Db,
    Throttled,
    authenticated,
    cfg_of,
    csrf_checked,
    current_account,
    new_session,
    same_site,
    session_data,
)

router = APIRouter()
# The routes of this router that need no account; tests/web checks every other route refuses one.
PUBLIC = {"/login", "/feeds/{token}.ics"}


def _next(target: str | None) -> str:
    """Where to go after logging in: a path of this desk only (never another site)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


@router.get("/login", include_in_schema=False)
def login_form(request: Request, next: str = "/") -> Response:
    data = session_data(request)
    if current_account(request) is not None:
        return RedirectResponse(_next(next), status_code=303)
    response = page(request, "login.html", next=_next(next), error=None) if data else None
    if response is None:
        # a fresh visitor gets a session holding only a CSRF token, for the login form itself
        data = new_session()
        request.state.session_data = data
        response = page(request, "login.html", next=_next(next), error=None)
        request.app.state.sessions.write(response, data)
    return response


@router.post("/login", include_in_schema=False)
def login(request: Request, s: Db, username: Annotated[str, Form()],
          password: Annotated[str, Form()], csrf: Annotated[str, Form()] = "",
          next: Annotated[str, Form()] = "/") -> Response:
    data = session_data(request)
    if not same_site(request) or data is None or not csrf or csrf != data.csrf:
        raise CrossSite()
    cfg = cfg_of(request)
    throttle = request.app.state.throttle
    keys = (f"user:{normalise(username)}", f"addr:{request.client.host if request.client else '-'}")
    if throttle.blocked(keys[0]) or throttle.blocked(keys[1], cfg.login_attempts * 4):
        raise Throttled()
    acc = accounts.authenticate(s, username, password)
    if acc is None:
        for k in keys:
            throttle.failed(k)
        return page(request, "login.html", status_code=401, next=_next(next),
                    error="that user name and password do not open an active account")
    throttle.forget(keys[0])
    # a new session (and CSRF token) at login: a token seen before it opens nothing after
    fresh = new_session(acc.id, acc.epoch)
    response = RedirectResponse(_next(next), status_code=303)
    request.app.state.sessions.write(response, fresh)
    return response


@router.post("/logout", include_in_schema=False, dependencies=[Depends(authenticated), Depends(csrf_checked)])
def logout(request: Request) -> Response:
    response = RedirectResponse("/login", status_code=303)
    request.app.state.sessions.clear(response)
    return response


@router.get("/feeds/{token}.ics", include_in_schema=False)
def feed(request: Request, token: str, s: Db) -> Response:
    """A person's open deadlines as a calendar others' apps can subscribe to (overdue first)."""
    acc = accounts.by_feed_token(s, token)
    if acc is None:
        raise NotFound("no such calendar feed (it may have been revoked)")
    clock = request.app.state.cfg.cases.clock
    rows = views.deadlines(s, views.DeadlineQuery(assignee=acc.username), clock.today(), clock.now())
    return Response(ics.to_ics(rows, stamp=clock.now()), media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'inline; filename="lexdesk-deadlines.ics"'})
