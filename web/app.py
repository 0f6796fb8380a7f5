"""The FastAPI application: routers, static files, security headers, and one place where a domain
error (`DeskError`) becomes an HTTP status and a one-line message."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import swagger_ui_bundle
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, RedirectResponse, Response

from cases.accounts import Forbidden
from cases.db import Database
from cases.errors import DeskError, NotFound
from web import api, auth, pages
from web.config import WebConfig
from web.render import back, page, referer_path
from web.security import HEADERS, CrossSite, NotLoggedIn, Sessions, Throttle, Throttled

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", "")


def _status(e: DeskError) -> int:
    if isinstance(e, Forbidden):
        return 403
    if isinstance(e, NotFound):
        return 404
    return 400


def _bearer_in_docs(app: FastAPI) -> None:
    """The OpenAPI document names the API token (Swagger UI's Authorize button): a script, or the
    docs page's "Try it out", calls the API with it rather than with the session."""
    made = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = made()
            schema.setdefault("components", {})["securitySchemes"] = {
                "token": {"type": "http", "scheme": "bearer", "description": "made on the Account page"}}
            schema["security"] = [{"token": []}]
        return app.openapi_schema or made()

    app.openapi = openapi  # type: ignore[method-assign]


def create_app(cfg: WebConfig, db: Database) -> FastAPI:
    # FastAPI's own docs pages load their scripts from a CDN with inline script: the desk serves
    # its own (web/api.py), behind the login.
    app = FastAPI(title="lexdesk", summary="The desk of a review platform's legal escalations team",
                  docs_url=None, redoc_url=None, openapi_url=None)
    app.openapi_version = "3.0.3"  # what the bundled Swagger UI (4.x) reads
    _bearer_in_docs(app)
    app.state.cfg = cfg
    app.state.db = db
    app.state.sessions = Sessions(cfg)
    app.state.throttle = Throttle(cfg.login_attempts, cfg.login_window_s)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for k, v in HEADERS.items():
            response.headers.setdefault(k, v)
        if not request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store")  # what a desk shows is private
        return response

    @app.exception_handler(NotLoggedIn)
    async def not_logged_in(request: Request, exc: NotLoggedIn) -> Response:
        if _wants_json(request) or request.method not in ("GET", "HEAD"):
            return JSONResponse({"detail": "log in first (a session, or Authorization: Bearer TOKEN)"},
                                status_code=401, headers={"WWW-Authenticate": "Bearer"})
        return RedirectResponse(f"/login?next={request.url.path}", status_code=303)

    @app.exception_handler(CrossSite)
    async def cross_site(request: Request, exc: CrossSite) -> Response:
        return JSONResponse({"detail": "refused: this form was not sent from a page of this desk (CSRF)"},
                            status_code=403)

    @app.exception_handler(Throttled)
    async def throttled(request: Request, exc: Throttled) -> Response:
        message = "too many failed logins: wait a few minutes and try again"
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=429)
        return page(request, "login.html", status_code=429, error=message, next="/")

    @app.exception_handler(DeskError)
    async def desk_error(request: Request, exc: DeskError) -> Response:
        status = _status(exc)
        message = " ".join((str(exc) or type(exc).__name__).split())
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=status)
        if request.method == "POST" and status != 403:
            return back(request, referer_path(request, "/"), message, error=True)
        return page(request, "error.html", status_code=status, message=message, status=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_json(request) or exc.status_code == 405:
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return page(request, "error.html", status_code=exc.status_code, message=str(exc.detail),
                    status=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid_input(request: Request, exc: RequestValidationError) -> Response:
        where = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
        if _wants_json(request):
            return JSONResponse({"detail": where}, status_code=422)
        if request.method == "POST":
            return back(request, referer_path(request, "/"), f"not filled in right: {where}", error=True)
        return page(request, "error.html", status_code=422, message=where, status=422)

    app.mount("/static/swagger", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="swagger")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(auth.router)
    app.include_router(pages.router)
    app.include_router(api.router)
    return app
