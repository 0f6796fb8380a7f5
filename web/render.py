"""Pages from Jinja2 templates, every value escaped (autoescape on; nothing from a document is
ever marked safe), and the redirect that carries a one-line message to the next page."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.responses import HTMLResponse, RedirectResponse

from cases.accounts import Account, Action
from web.security import FLASH_COOKIE, current_account, session_data

TEMPLATES = Path(__file__).parent / "templates"


def _day(value: date | datetime | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def _link(url: object) -> str | None:
    """A URL fit for an href: http(s) only (a `javascript:` or `data:` link from a letter is none)."""
    text = str(url or "").strip()
    return text if urlsplit(text).scheme.lower() in ("http", "https") else None


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["day"] = _day
    env.filters["link"] = _link
    env.globals["Action"] = Action
    return env


ENV = environment()


def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """A whole page: the account, its CSRF token and any message from the last step go with it."""
    account: Account | None = current_account(request)
    data = session_data(request)
    flash = request.app.state.sessions.take_flash(request)
    html = ENV.get_template(template).render(
        request=request, me=account, csrf=data.csrf if data else "", flash=flash, path=request.url.path,
        **context)
    response = HTMLResponse(html, status_code=status_code)
    if flash:
        response.delete_cookie(FLASH_COOKIE, path="/")
    return response


def fragment(template: str, **context: Any) -> HTMLResponse:
    """A piece of a page, for htmx to swap in."""
    return HTMLResponse(ENV.get_template(template).render(**context))


def back(request: Request, to: str, message: str | None = None, *, error: bool = False) -> RedirectResponse:
    """After a change: to the page `to` (a path of this desk), with a message for it."""
    # a path of this desk only: "//host" and "/\\host" are other sites to a browser
    target = to if to.startswith("/") and not to.startswith("//") and "\\" not in to else "/"
    response = RedirectResponse(target, status_code=303)
    if message:
        request.app.state.sessions.flash(response, "error" if error else "ok", message)
    return response


def referer_path(request: Request, fallback: str) -> str:
    """The page a form was posted from, if it is one of this desk's (never another site)."""
    ref = request.headers.get("referer")
    if not ref:
        return fallback
    parts = urlsplit(ref)
    if parts.netloc and parts.netloc.lower() != request.headers.get("host", "").lower():
        return fallback
    return (parts.path or fallback) + (f"?{parts.query}" if parts.query else "")


def upload_name(filename: str | None) -> str:
    """The name a browser gave an uploaded file, as a plain file name (no folder, no "..")."""
    name = Path((filename or "").replace("\\", "/")).name.strip()
    return name if name not in ("", ".", "..") else "upload"
