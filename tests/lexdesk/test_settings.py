"""One configuration, built once from the environment, frozen, with everything already loaded."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from cases.clock import FixedClock
from cases.errors import DeskError
from lexdesk.settings import SystemClock, load_config, read_settings
from responses.library import DEFAULT_TEMPLATES
from tests.conftest import NOW, lexdesk


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATABASE_URL", "LEXDESK_DB", "LEXDESK_PLATFORM", "LEXDESK_TEMPLATES", "LEXDESK_SLA",
                 "LEXDESK_STATUTORY", "LEXDESK_LETTERHEAD", "LEXDESK_CASE_PREFIX", "LEXDESK_MAX_FILE_MB"):
        monkeypatch.delenv(name, raising=False)


def test_the_bundled_defaults_and_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cfg = load_config(read_settings(database_url=str(tmp_path / "d.db")))
    assert cfg.profile.name and cfg.cases.case_prefix == "CI" and isinstance(cfg.clock, SystemClock)
    assert cfg.responses.library.root == DEFAULT_TEMPLATES and cfg.responses.library.templates
    assert {"gdpr", "dsa", "defamation_uk"} <= set(cfg.cases.statutory)
    assert cfg.cases.originals == tmp_path / "d-originals"
    assert cfg.cases.limits.max_bytes == 50 * 1024 * 1024
    with pytest.raises(dataclasses.FrozenInstanceError):
        cfg.user = "someone else"  # type: ignore[misc]

    monkeypatch.setenv("LEXDESK_CASE_PREFIX", "LX")
    monkeypatch.setenv("LEXDESK_MAX_FILE_MB", "2")
    monkeypatch.setenv("LEXDESK_USER", "sam")
    cfg = load_config(clock=FixedClock(NOW))
    assert (cfg.cases.case_prefix, cfg.cases.limits.max_bytes, cfg.user) == ("LX", 2 * 1024 * 1024, "sam")
    assert cfg.clock.today() == date(2026, 11, 3)


def test_a_teams_own_template_library(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    lib = tmp_path / "ours" / "legal_demand"
    lib.mkdir(parents=True)
    (lib / "acknowledgement.txt.j2").write_text(
        '+++\nname = "acknowledgement"\nkind = "legal_demand"\noutcome = "acknowledged"\noutput = "letter"\n'
        'language = "en"\n+++\nThank you, {{ sender_name }}.\n', encoding="utf-8")
    monkeypatch.setenv("LEXDESK_TEMPLATES", str(tmp_path / "ours"))
    cfg = load_config()
    assert [t.key for t in cfg.responses.library.templates] == ["legal_demand/acknowledgement"]


@pytest.mark.parametrize(("variable", "content", "said"), [
    ("LEXDESK_PLATFORM", "name = [not toml", "platform profile"),
    ("LEXDESK_SLA", "calendar = ", "SLA table"),
    ("LEXDESK_LETTERHEAD", None, "letterhead"),
    ("LEXDESK_TEMPLATES", None, "template folder"),
    ("LEXDESK_STATUTORY", None, "statutory rules"),
])
def test_a_bad_setting_is_one_line_naming_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, variable: str,
                                             content: str | None, said: str) -> None:
    path = tmp_path / "setting.toml"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setenv(variable, str(path if content is not None else tmp_path / "missing"))
    with pytest.raises(DeskError, match=said):
        load_config()
    result = lexdesk(tmp_path / "x.db", "cases", "list")
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1 and said in result.stderr
