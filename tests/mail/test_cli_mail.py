"""`lexdesk mail check | fetch | status | send | sent` and `lexdesk watch`, configured from the
environment as a team would, against Dovecot and aiosmtpd on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

from cases import accounts, commands
from cases.clock import FixedClock
from cases.config import CasesConfig
from cases.db import Database
from responses.config import ResponsesConfig
from tests.conftest import NOW, lexdesk, ok
from tests.mail import mails
from tests.mail.servers import Dovecot, SmtpServer
from tests.mail.test_send import approved_reply

CLOCK = FixedClock(NOW)


@pytest.fixture
def env(dovecot: Dovecot, tmp_path: Path) -> dict[str, str]:
    secret = tmp_path / "mail-token"
    secret.write_text(dovecot.password + "\n")
    rules = tmp_path / "rules.toml"
    rules.write_text(mails.RULES)
    return {"LEXDESK_MAIL_HOST": "127.0.0.1", "LEXDESK_MAIL_PORT": str(dovecot.tls_port),
            "LEXDESK_MAIL_SECURITY": "tls", "LEXDESK_MAIL_USER": dovecot.user,
            "LEXDESK_MAIL_PASSWORD_FILE": str(secret), "LEXDESK_MAIL_CA_FILE": str(dovecot.cert),
            "LEXDESK_MAIL_FOLDERS": "INBOX, Appeals", "LEXDESK_MAIL_RULES": str(rules),
            "LEXDESK_MAIL_MAX_ATTEMPTS": "2"}


def _fill(dovecot: Dovecot) -> None:
    dovecot.append("Appeals", mails.appeal(), mails.letter(), mails.reply_in_thread())
    dovecot.append("INBOX", mails.auto_reply(), mails.newsletter(), mails.malformed())


def test_check_then_fetch_then_status(dovecot: Dovecot, env: dict[str, str], db_path: Path) -> None:
    _fill(dovecot)
    with Database(db_path).session() as s:
        commands.save_team(s, "Appeals", actor="admin")
        accounts.add_user(s, "lee", role="specialist", actor="admin", password="a long password")
    before = dovecot.flags("INBOX"), dovecot.flags("Appeals")

    out = ok(lexdesk(db_path, "mail", "check", env=env, clock=CLOCK))
    assert f"desk@127.0.0.1:{dovecot.tls_port} (tls): logged in" in out
    assert "Appeals: 3 messages" in out and "3 to fetch" in out
    assert "Monthly digest — Updates <news@updates.example.com>: skip: a newsletter" in out
    assert "file (firm letters: " in out
    assert (dovecot.flags("INBOX"), dovecot.flags("Appeals")) == before
    assert ok(lexdesk(db_path, "mail", "status", env=env)).strip() == "no fetch yet (lexdesk mail fetch)"

    r = lexdesk(db_path, "-vv", "mail", "fetch", env=env, clock=CLOCK, user="mailbox")
    assert r.exit_code == 1, r.output  # one message failed
    assert dovecot.password not in r.output
    assert "filed     Appeals #1 Appeal against the removal of my review" in r.output
    assert "rule appeals address: kind = consumer_appeal on CI-2026-0001" in r.output
    assert "skipped   INBOX #1 Automatic reply: your message" in r.output
    assert "failed    INBOX #3 Broken" in r.output and "(try 1 of 2)" in r.output
    assert "6 messages: 1 failed, 3 filed, 2 skipped" in r.output

    r = lexdesk(db_path, "mail", "fetch", env=env, clock=CLOCK, user="mailbox")
    assert r.exit_code == 1 and "given_up  INBOX #3 Broken" in r.output and "given up, kept for a person" in r.output
    out = ok(lexdesk(db_path, "mail", "fetch", env=env, clock=CLOCK, user="mailbox"))
    assert "0 messages: nothing new" in out

    out = ok(lexdesk(db_path, "mail", "status", env=env))
    assert "last fetch 2026-11-03 12:00 UTC (cli): ok" in out
    assert "appeals address" in out and "kind = consumer_appeal ×2" in out
    assert "a newsletter" in out and "Broken" in out and "given_up" in out


def test_a_refused_login_is_one_red_line(dovecot: Dovecot, env: dict[str, str], db_path: Path,
                                         tmp_path: Path) -> None:
    wrong = tmp_path / "wrong"
    wrong.write_text("not-it")
    r = lexdesk(db_path, "mail", "fetch", env={**env, "LEXDESK_MAIL_PASSWORD_FILE": str(wrong)}, clock=CLOCK)
    assert r.exit_code == 1 and "refused the login of desk" in r.output and "not-it" not in r.output
    r = lexdesk(db_path, "mail", "check", env={**env, "LEXDESK_MAIL_PASSWORD_FILE": str(wrong)})
    assert r.exit_code == 1 and "refused the login of desk" in r.output


@pytest.mark.parametrize(("over", "error"), [
    ({"LEXDESK_MAIL_AFTER": "move"}, "LEXDESK_MAIL_AFTER=move needs LEXDESK_MAIL_MOVE_TO"),
    ({"LEXDESK_MAIL_AFTER": "move", "LEXDESK_MAIL_MOVE_TO": "Appeals"}, "Appeals is a folder lexdesk fetches from"),
    ({"LEXDESK_MAIL_PASSWORD": "x"}, "give LEXDESK_MAIL_PASSWORD or LEXDESK_MAIL_PASSWORD_FILE, not both"),
    ({"LEXDESK_MAIL_USER": ""}, "set LEXDESK_MAIL_USER"),
    ({"LEXDESK_MAIL_SECURITY": "ssl"}, "mail_security"),
    ({"LEXDESK_MAIL_RULES": "/nonexistent/rules.toml"}, "mail rules /nonexistent/rules.toml"),
])
def test_a_setting_that_cannot_work_is_one_red_line(env: dict[str, str], db_path: Path, over: dict[str, str],
                                                     error: str) -> None:
    r = lexdesk(db_path, "mail", "check", env={**env, **over})
    assert r.exit_code == 1 and error in r.output, r.output
    assert "Traceback" not in r.output


def test_mail_send_and_sent(smtp: SmtpServer, certificate: tuple[Path, Path], cfg: CasesConfig,
                            rcfg: ResponsesConfig, db_path: Path, tmp_path: Path) -> None:
    with Database(db_path).session() as s:
        ref, draft_id = approved_reply(s, cfg, rcfg)
    env = {"LEXDESK_SMTP_HOST": "127.0.0.1", "LEXDESK_SMTP_PORT": str(smtp.port), "LEXDESK_SMTP_SECURITY": "starttls",
           "LEXDESK_SMTP_USER": smtp.user, "LEXDESK_SMTP_PASSWORD": smtp.password,
           "LEXDESK_MAIL_CA_FILE": str(certificate[0]), "LEXDESK_ORIGINALS_DIR": str(cfg.originals)}

    smtp.handler.refuse = "550 5.7.1 Not today"
    r = lexdesk(db_path, "mail", "send", str(draft_id), env=env, user="ben", clock=CLOCK)
    assert r.exit_code == 1 and "550 5.7.1 Not today" in r.output and smtp.password not in r.output
    out = ok(lexdesk(db_path, "drafts", "show", str(draft_id), env=env))
    assert "approved" in out

    smtp.handler.refuse = None
    out = ok(lexdesk(db_path, "mail", "send", str(draft_id), env=env, user="ben", clock=CLOCK))
    assert f"draft {draft_id} sent for {ref} to office@firm-example.net via 127.0.0.1:{smtp.port}" in out
    assert len(smtp.handler.received) == 1
    out = ok(lexdesk(db_path, "mail", "sent", "--case", ref, env=env))
    assert "sent" in out and "refused" in out and "550 5.7.1 Not today" in out

    r = lexdesk(db_path, "mail", "send", str(draft_id), env=env, user="ben", clock=CLOCK)
    assert r.exit_code == 1 and "was sent already" in r.output


def test_mail_send_without_a_server_says_what_to_set(db_path: Path) -> None:
    r = lexdesk(db_path, "mail", "send", "1")
    assert r.exit_code == 1 and "LEXDESK_SMTP_HOST" in r.output


def test_watch_once(tmp_path: Path, db_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "appeal.eml").write_bytes(mails.appeal())
    (drop / "junk.gif").write_bytes(b"GIF89a" + b"\x00" * 32)
    r = lexdesk(db_path, "watch", str(drop), "--once", env={"LEXDESK_WATCH_SETTLE_SECONDS": "0.05"}, clock=CLOCK)
    assert r.exit_code == 1, r.output  # one file failed
    assert "filed     appeal.eml → CI-2026-0001" in r.output and "(moved to done/)" in r.output
    assert "failed    junk.gif" in r.output and "(moved to failed/)" in r.output
    assert (drop / "done" / "appeal.eml").exists() and (drop / "failed" / "junk.gif.why.txt").exists()


def test_drafts_send_goes_out_by_email_where_an_outgoing_server_is_configured(
    smtp: SmtpServer, certificate: tuple[Path, Path], cfg: CasesConfig, rcfg: ResponsesConfig, db_path: Path
) -> None:
    with Database(db_path).session() as s:
        ref, draft_id = approved_reply(s, cfg, rcfg)
    env = {"LEXDESK_SMTP_HOST": "127.0.0.1", "LEXDESK_SMTP_PORT": str(smtp.port), "LEXDESK_SMTP_SECURITY": "starttls",
           "LEXDESK_SMTP_USER": smtp.user, "LEXDESK_SMTP_PASSWORD": smtp.password,
           "LEXDESK_MAIL_CA_FILE": str(certificate[0]), "LEXDESK_ORIGINALS_DIR": str(cfg.originals)}
    out = ok(lexdesk(db_path, "drafts", "send", str(draft_id), env=env, user="ben", clock=CLOCK))
    assert f"draft {draft_id} sent for {ref} to office@firm-example.net via 127.0.0.1:{smtp.port}" in out
    assert len(smtp.handler.received) == 1
