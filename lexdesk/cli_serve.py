"""`lexdesk serve`: the web desk (web/) under uvicorn, on the configuration and database every
command uses."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Annotated

import typer
import uvicorn
from pydantic_settings import BaseSettings, SettingsConfigDict

from cases import accounts
from lexdesk.ui import app_context, console
from web import WebConfig, create_app

top_level = typer.Typer()  # `lexdesk serve`, listed at the top level by lexdesk.cli
out = console()


class WebSettings(BaseSettings):
    """What the environment says about the web desk (LEXDESK_SECRET_KEY, LEXDESK_INSECURE_COOKIES)."""

    model_config = SettingsConfigDict(env_prefix="LEXDESK_", extra="ignore")

    secret_key: str | None = None  # signs session cookies; default: a key kept beside the originals
    insecure_cookies: bool = False  # cookies over plain HTTP to another host than this one (not advised)


def _secret(configured: str | None, originals: Path) -> str:
    """The configured key, else one made once and kept (0600) beside the originals, so a restart
    does not log everybody out."""
    if configured:
        return configured
    originals.mkdir(parents=True, exist_ok=True)
    path = originals / ".session-key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


@top_level.command("serve")
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="the address to listen on (127.0.0.1: this machine only)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="the port")] = 8000,
    queue: Annotated[bool | None, typer.Option(
        "--queue/--no-queue", help="uploads and retries queued for `lexdesk worker` (the default on PostgreSQL) "
                                   "or filed in the web process (the default, and the only way, on SQLite)",
        show_default=False)] = None,
) -> None:
    """The web desk: upload, triage, documents, cases, drafts, deadlines, the manager's dashboard."""
    app = app_context(ctx)
    web = WebSettings()
    if queue is None:
        queue = app.config.jobs.conninfo is not None  # a server's database: the workers file what arrives
    if queue:
        app.config.jobs.require()  # on SQLite: the one-line refusal, before anything starts
    cfg = WebConfig(responses=app.config.responses, secret_key=_secret(web.secret_key, app.config.cases.originals),
                    secure_cookies=not web.insecure_cookies, queue=app.desk() if queue else None)
    with app.db.session() as session:
        if not accounts.has_accounts(session):
            out.print("no account yet: make the first with `lexdesk users add NAME` (it prints how to log in)")
    if queue:
        out.print("uploads and retries are queued: `lexdesk worker` files them")
    out.print(f"lexdesk web desk on http://{host}:{port}/ (Ctrl+C stops it)")
    uvicorn.run(create_app(cfg, app.db), host=host, port=port, log_level="warning", proxy_headers=False,
                server_header=False)


__all__ = ["top_level"]
