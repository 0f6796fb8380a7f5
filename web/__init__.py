"""The web desk: FastAPI, server-rendered pages and htmx, on the same services as the command line.

`create_app(config, database)` is the one entry point (`lexdesk serve` runs it under uvicorn).
Routes parse their input, check the account's role, call one service and render what it returns;
they hold no query and no rule."""

from web.app import create_app
from web.config import WebConfig

__all__ = ["WebConfig", "create_app"]
