"""The web desk on a fresh database: accounts of each role, the app, and clients logged in as them.

The client speaks HTTPS to the test server (the session cookie is Secure) and sends the Origin a
browser would, so a test that leaves it out or names another site shows what the desk refuses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from cases import accounts
from cases.clock import Clock
from cases.config import CasesConfig
from cases.db import Database
from responses.config import ResponsesConfig
from tests.conftest import responses_config
from web import WebConfig, create_app

BASE = "https://desk.test"
PASSWORD = "correct horse battery"
ROLES = {"sam": "specialist", "ann": "appeals", "abe": "appeals", "meg": "manager", "ada": "admin"}


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database(tmp_path / "desk.db")
    with db.session() as s:
        for name, role in ROLES.items():
            team = "Vendor moderation" if name == "abe" else "Escalations"
            accounts.add_user(s, name, role=role, actor="test", team=team, vendor=name == "abe", password=PASSWORD)
    yield db
    db.dispose()


@pytest.fixture
def web_rcfg(tmp_path: Path, clock: Clock, cfg: CasesConfig) -> ResponsesConfig:
    return responses_config(cfg)


@pytest.fixture
def app(database: Database, web_rcfg: ResponsesConfig) -> FastAPI:
    return create_app(WebConfig(responses=web_rcfg, secret_key="test-secret-key"), database)


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "no CSRF field on the page"
    return m.group(1)


class Desk:
    """A logged-in client: `post` sends the page's CSRF token and this site's Origin."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.csrf = ""

    def login(self, username: str, password: str = PASSWORD) -> Desk:
        page = self.client.get("/login")
        r = self.client.post("/login", data={"username": username, "password": password, "csrf": csrf_of(page.text)},
                             headers={"Origin": BASE}, follow_redirects=False)
        assert r.status_code == 303, r.text
        self.csrf = csrf_of(self.client.get("/account").text)
        return self

    def get(self, url: str, **kw: object) -> object:
        return self.client.get(url, **kw)  # type: ignore[arg-type]

    def post(self, url: str, data: dict[str, object] | None = None, **kw: object):  # type: ignore[no-untyped-def]
        headers = {"Origin": BASE, **(kw.pop("headers", None) or {})}  # type: ignore[dict-item]
        return self.client.post(url, data={"csrf": self.csrf, **(data or {})}, headers=headers,
                                follow_redirects=False, **kw)  # type: ignore[arg-type]


@pytest.fixture
def client(app: FastAPI) -> TestClient:
    return TestClient(app, base_url=BASE)


@pytest.fixture
def desk(app: FastAPI) -> Desk:
    """Logged in as the specialist."""
    return Desk(TestClient(app, base_url=BASE)).login("sam")


def as_user(app: FastAPI, name: str) -> Desk:
    return Desk(TestClient(app, base_url=BASE)).login(name)
