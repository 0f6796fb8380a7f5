"""The mailbox taken in from a real IMAP server (Dovecot on 127.0.0.1): every message filed once —
across fetches, a restart and a renumbered folder — as the .eml it is, with its attachments; the
rules applied; automatic replies and newsletters skipped; a malformed message kept, reported and
tried a bounded number of times; what is done to each message in the mailbox afterwards."""

from __future__ import annotations

import socket
import subprocess
import threading
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select

from cases import accounts, commands
from cases.config import CasesConfig
from cases.db import Database
from cases.errors import Invalid
from cases.models import AuditEvent, Case, Document, Team, User
from mail import fetch, schedule, views
from mail.config import AfterFetch, MailConfig, Secret, Security
from mail.fetch import FetchReport
from mail.imap import FLAGGED, SEEN
from mail.models import MailFetch, MailMessage, MessageState
from mail.rules import parse_rules
from tests.mail import mails
from tests.mail.conftest import imap_server, with_
from tests.mail.servers import Dovecot

Ms = MessageState
ACTOR = "mailbox"


def _setup_desk(db: Database) -> None:
    with db.session() as s:
        commands.save_team(s, "Appeals", actor="admin", kinds=["consumer_appeal", "business_appeal"])
        accounts.add_user(s, "lee", role="specialist", actor="admin", password="a long password")


def _fetch(db: Database, cfg: MailConfig, cases: CasesConfig) -> FetchReport:
    with db.session() as s:
        report = fetch.fetch(s, cfg, cases, actor=ACTOR)
    assert report.error is None, report.error
    return report


def _by_subject(report: FetchReport) -> dict[str, fetch.MessageLine]:
    return {m.subject: m for m in report.messages}


def _documents(db: Database) -> list[Document]:
    with db.session() as s:
        return list(s.exec(select(Document).order_by(col(Document.id))).all())


def _fill(dovecot: Dovecot) -> dict[str, bytes]:
    sent = {"appeal": mails.appeal(), "letter": mails.letter(), "reply": mails.reply_in_thread(),
            "auto": mails.auto_reply(), "newsletter": mails.newsletter(), "malformed": mails.malformed()}
    dovecot.append("Appeals", sent["appeal"], sent["letter"], sent["reply"])
    dovecot.append("INBOX", sent["auto"], sent["newsletter"], sent["malformed"])
    return sent


def test_every_message_is_filed_once_across_fetches_a_restart_and_a_renumbered_folder(
        dovecot: Dovecot, mail_cfg: MailConfig, cfg: CasesConfig, db_path: Path) -> None:
    sent = _fill(dovecot)
    db = Database(db_path)
    _setup_desk(db)

    first = _by_subject(_fetch(db, mail_cfg, cfg))
    appeal, letter, reply = (first["Appeal against the removal of my review"],
                             first["Our client Example Widgets Ltd - review"],
                             first["Re: Appeal against the removal of my review"])
    assert (appeal.state, letter.state, reply.state) == (Ms.filed, Ms.filed, Ms.filed)
    # the reply in the thread joins the appeal's case
    assert appeal.case_refs and reply.case_refs == appeal.case_refs and letter.case_refs != appeal.case_refs
    # skipped: the automatic reply by its header, the newsletter by a rule; kept all the same
    auto, news = first["Automatic reply: your message"], first["Monthly digest"]
    assert auto.state == Ms.skipped and "Auto-Submitted: auto-replied" in (auto.reason or "")
    assert news.state == Ms.skipped and news.reason == "a newsletter"
    # the malformed message: kept, reported, to be tried again
    broken = first["Broken"]
    assert broken.state == Ms.failed and broken.attempts == 1 and "no body text" in (broken.reason or "")

    docs = _documents(db)
    with db.session() as s:
        rows = {m.subject: m for m in s.exec(select(MailMessage)).all()}
        # each message kept byte for byte as the .eml it is, attachments filed beside it
        for key, subject in (("appeal", appeal.subject), ("letter", letter.subject), ("malformed", "Broken"),
                             ("auto", auto.subject)):
            assert (cfg.originals / str(rows[subject].original)).read_bytes() == sent[key]
        letter_doc = s.get(Document, rows[letter.subject].document_id)
        assert letter_doc is not None and letter_doc.filename.endswith(".eml")
        pdf = s.exec(select(Document).where(Document.parent_id == letter_doc.id)).one()
        assert (pdf.part, pdf.media_type) == ("letter.pdf", "pdf")
        failed_doc = s.get(Document, rows["Broken"].document_id)
        assert failed_doc is not None and failed_doc.status == "failed"
        # the rules: kind and team on the appeal's case, then priority by a later rule (continue);
        # the firm's letter: priority and assignee; every step in the case's history
        case = s.exec(select(Case).where(Case.ref == appeal.case_refs[0])).one()
        team = s.exec(select(Team).where(Team.name == "Appeals")).one()
        assert (case.kind, case.team_id, case.priority) == ("consumer_appeal", team.id, "low")
        firm = s.exec(select(Case).where(Case.ref == letter.case_refs[0])).one()
        lee = s.exec(select(User).where(User.username == "lee")).one()
        assert (firm.priority, firm.assignee_id) == ("high", lee.id)
        why = {e.why for e in s.exec(select(AuditEvent).where(AuditEvent.case_id == firm.id)).all()}
        assert "mail rule firm letters" in why
    assert "appeals address: kind = consumer_appeal on " + appeal.case_refs[0] in appeal.rules
    assert any(r.startswith("follow-ups: priority = low") for r in reply.rules)

    # in the mailbox: done with -> read; the failure left as it is, for the next try
    flags = dovecot.flags("Appeals")
    assert all(SEEN in f for f in flags.values())
    inbox = dovecot.flags("INBOX")
    assert SEEN in inbox[1] and SEEN in inbox[2] and SEEN not in inbox[3]

    # a second fetch: nothing new is filed; only the failure is tried again
    second = _fetch(db, mail_cfg, cfg)
    assert [(m.subject, m.state, m.attempts) for m in second.messages] == [("Broken", Ms.failed, 2)]
    db.dispose()

    # a restart: a new process, a new connection to the same database
    db = Database(db_path)
    third = _fetch(db, mail_cfg, cfg)
    assert [(m.subject, m.state, m.attempts) for m in third.messages] == [("Broken", Ms.given_up, 3)]
    assert third.messages[0].after == "flagged"
    assert FLAGGED in dovecot.flags("INBOX")[3] and SEEN not in dovecot.flags("INBOX")[3]
    assert _fetch(db, mail_cfg, cfg).messages == ()  # given up: never fetched again on its own
    assert [d.id for d in _documents(db)] == [d.id for d in docs]

    # the server renumbers the folder: a new UIDVALIDITY, new UIDs, the same messages (INBOX
    # cannot be deleted and made again; one folder shows it)
    dovecot.renumber("Appeals")
    renumbered = _fetch(db, mail_cfg, cfg)
    folder = next(f for f in renumbered.folders if f.name == "Appeals")
    assert folder.renumbered and folder.uidvalidity == dovecot.uidvalidity("Appeals")
    assert sorted(m.state for m in renumbered.messages) == [Ms.known] * 3
    assert {m.case_refs for m in renumbered.messages} == {appeal.case_refs, letter.case_refs}
    assert [d.id for d in _documents(db)] == [d.id for d in docs]  # nothing filed twice

    # and a new message after all that is filed
    dovecot.append("Appeals", mails.second_appeal())
    last = _fetch(db, mail_cfg, cfg)
    assert [(m.subject, m.state) for m in last.messages] == [("Please restore my review", Ms.filed)]
    with db.session() as s:
        fetches = s.exec(select(MailFetch)).all()
        assert len(fetches) == 6 and all(f.ok and f.finished_at for f in fetches)
    db.dispose()


def test_a_message_without_message_id_is_recognised_by_its_bytes_after_renumbering(
        dovecot: Dovecot, mail_cfg: MailConfig, cfg: CasesConfig, db: Database) -> None:
    no_id = mails.email(frm="Ali Example <ali@reviewer.example.org>", to="appeals@desk.example",
                        subject="Review gone", message_id=None, body="My review is gone. Why was it removed?\n")
    dovecot.append("Appeals", no_id)
    cfg_one = with_(mail_cfg, folders=("Appeals",))
    assert [m.state for m in _fetch(db, cfg_one, cfg).messages] == [Ms.filed]
    dovecot.renumber("Appeals")
    again = _fetch(db, cfg_one, cfg)
    assert [m.state for m in again.messages] == [Ms.known]
    assert len([d for d in _documents(db) if d.parent_id is None]) == 1


def test_after_fetch_a_message_is_moved_and_one_that_failed_every_try_goes_to_its_own_folder(
        dovecot: Dovecot, mail_cfg: MailConfig, cfg: CasesConfig, db: Database) -> None:
    dovecot.append("Appeals", mails.appeal(), mails.malformed())
    moving = with_(mail_cfg, folders=("Appeals",), after=AfterFetch.move, move_to="Filed", failed_to="Failed",
                   max_attempts=1)
    r = _fetch(db, moving, cfg)
    assert [(m.state, m.after) for m in r.messages] == [(Ms.filed, "moved to Filed"),
                                                       (Ms.given_up, "moved to Failed")]
    assert dovecot.flags("Appeals") == {}
    assert len(dovecot.flags("Filed")) == 1 and len(dovecot.flags("Failed")) == 1


def test_flag_or_leave_as_it_was(dovecot: Dovecot, mail_cfg: MailConfig, cfg: CasesConfig, db: Database) -> None:
    dovecot.append("Appeals", mails.appeal())
    _fetch(db, with_(mail_cfg, folders=("Appeals",), after=AfterFetch.flag), cfg)
    assert dovecot.flags("Appeals")[1] >= {FLAGGED} and SEEN not in dovecot.flags("Appeals")[1]
    dovecot.append("Appeals", mails.second_appeal())
    r = _fetch(db, with_(mail_cfg, folders=("Appeals",), after=AfterFetch.none), cfg)
    assert r.messages[0].after is None and dovecot.flags("Appeals")[2] <= {b"\\Recent"}


def test_a_fetch_that_dies_mid_message_counts_as_a_try(dovecot: Dovecot, mail_cfg: MailConfig, cfg: CasesConfig,
                                                      db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """A message that brings the process down is not fetched forever: its try was counted first."""
    dovecot.append("Appeals", mails.appeal())
    one = with_(mail_cfg, folders=("Appeals",), max_attempts=2)

    def dies(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # what a kill or an out-of-memory end looks like to the fetch: not an Exception

    with monkeypatch.context() as m:
        m.setattr(fetch.intake, "file_path_bytes", dies)
        with db.session() as s, pytest.raises(KeyboardInterrupt):
            fetch.fetch(s, one, cfg, actor=ACTOR)
    with db.session() as s:
        row = s.exec(select(MailMessage)).one()
        assert (row.state, row.attempts) == (Ms.working, 1)
    r = _fetch(db, one, cfg)
    assert r.interrupted == 1
    assert [(m.state, m.attempts) for m in r.messages] == [(Ms.filed, 2)]


def test_starttls_and_a_secret_from_a_file(dovecot: Dovecot, mail_cfg: MailConfig, cfg: CasesConfig, db: Database,
                                          tmp_path: Path) -> None:
    token = tmp_path / "token"
    token.write_text(dovecot.password + "\n")
    dovecot.append("Appeals", mails.appeal())
    starttls = with_(mail_cfg, folders=("Appeals",),
                     imap=imap_server(dovecot, security=Security.starttls, secret=Secret(file=token)))
    assert [m.state for m in _fetch(db, starttls, cfg).messages] == [Ms.filed]


def test_a_refused_login_is_the_fetch_error_and_the_secret_is_nowhere(
        dovecot: Dovecot, mail_cfg: MailConfig, cfg: CasesConfig, db: Database, db_path: Path) -> None:
    wrong = with_(mail_cfg, imap=imap_server(dovecot, password="not-the-password-42"))
    with db.session() as s:
        r = fetch.fetch(s, wrong, cfg, actor=ACTOR)
    assert r.error and "refused the login of desk" in r.error and "not-the-password-42" not in r.error
    assert "not-the-password-42" not in repr(wrong)
    with db.session() as s:
        last = s.exec(select(MailFetch)).one()
        assert not last.ok and last.error == r.error
    db.dispose()
    assert b"not-the-password-42" not in db_path.read_bytes()


def test_check_shows_what_a_fetch_would_do_and_touches_nothing(
        dovecot: Dovecot, mail_cfg: MailConfig, cfg: CasesConfig, db: Database) -> None:
    _fill(dovecot)
    before = (dovecot.flags("INBOX"), dovecot.flags("Appeals"))
    with db.session() as s:
        r = fetch.check(s, mail_cfg)
    assert r.ok and r.account == f"desk@127.0.0.1:{dovecot.tls_port}"
    would = {p.subject: p.would for f in r.folders for p in f.previews}
    assert would["Appeal against the removal of my review"] == "file"
    assert would["Monthly digest"] == "skip: a newsletter"
    assert would["Automatic reply: your message"].startswith("skip: an automatic message")
    rules = {p.subject: p.rules for f in r.folders for p in f.previews}
    assert set(rules["Our client Example Widgets Ltd - review"]) == {"firm letters: priority = high",
                                                                     "firm letters: assignee = lee"}
    assert (dovecot.flags("INBOX"), dovecot.flags("Appeals")) == before
    assert _documents(db) == []
    with db.session() as s:
        assert s.exec(select(MailMessage)).all() == [] and s.exec(select(MailFetch)).all() == []


def test_check_names_a_missing_folder(dovecot: Dovecot, mail_cfg: MailConfig, db: Database) -> None:
    with db.session() as s:
        r = fetch.check(s, with_(mail_cfg, folders=("INBOX", "Nowhere")))
    assert r.missing == ("Nowhere",) and not r.ok


def test_the_scheduled_fetch_files_what_arrives_until_stopped(
        dovecot: Dovecot, mail_cfg: MailConfig, cfg: CasesConfig, db: Database) -> None:
    reports: list[FetchReport] = []
    filed = threading.Event()

    def seen(r: FetchReport) -> None:
        reports.append(r)
        if any(m.state == Ms.filed for m in r.messages):
            filed.set()

    def loop(stop: threading.Event) -> None:
        fetch.poll(db.session, with_(mail_cfg, folders=("Appeals",)), cfg, actor=ACTOR, stop=stop, interval=0.2,
                   on_report=seen)

    thread, stop = schedule.in_background(loop, name="mail-test")
    try:
        dovecot.append("Appeals", mails.appeal())
        assert filed.wait(20), reports
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive()
    assert sum(1 for r in reports for m in r.messages if m.state == Ms.filed) == 1
    assert all(r.error is None for r in reports), [r.error for r in reports if r.error]


def test_two_fetches_at_once_do_not_both_run(dovecot: Dovecot, mail_cfg: MailConfig, cfg: CasesConfig,
                                             db: Database) -> None:
    with db.session() as s:
        first, other = fetch.ledger.begin(s, mail_cfg.imap.account if mail_cfg.imap else "", "cli", cfg.clock.now())
        assert other is None
        r = fetch.fetch(s, mail_cfg, cfg, actor=ACTOR)
    assert r.busy and "another fetch of this mailbox is running" in (r.error or "")


def test_no_mailbox_configured_is_one_clear_error(cfg: CasesConfig, db: Database) -> None:
    with db.session() as s, pytest.raises(Invalid, match="LEXDESK_MAIL_HOST"):
        fetch.fetch(s, MailConfig(), cfg, actor=ACTOR)


def test_a_fetch_whose_process_died_is_not_waited_for(dovecot: Dovecot, mail_cfg: MailConfig, cfg: CasesConfig,
                                                      db: Database) -> None:
    dovecot.append("Appeals")
    dead_pid = subprocess.Popen(["true"])
    dead_pid.wait()  # a process of this machine that has ended
    account = mail_cfg.imap.account if mail_cfg.imap else ""
    with db.session() as s:
        s.add(MailFetch(account=account, started_at=cfg.clock.now(), beat_at=cfg.clock.now(),
                        owner=f"{socket.gethostname()}:{dead_pid.pid}:1"))
        s.add(MailFetch(account=account, started_at=cfg.clock.now() - timedelta(hours=2),
                        beat_at=cfg.clock.now() - timedelta(hours=1), owner="another-host:1:1"))
        s.commit()
        r = fetch.fetch(s, mail_cfg, cfg, actor=ACTOR)
        assert r.error is None and not r.busy
        closed = s.exec(select(MailFetch).where(col(MailFetch.id) < r.fetch_id)).all()
        assert [f.error for f in closed] == ["did not finish (the process died or was stopped)"] * 2


def test_a_missing_folder_is_said_and_the_others_are_fetched(dovecot: Dovecot, mail_cfg: MailConfig,
                                                             cfg: CasesConfig, db: Database) -> None:
    dovecot.append("INBOX", mails.appeal())
    with db.session() as s:
        r = fetch.fetch(s, with_(mail_cfg, folders=("Nowhere", "INBOX")), cfg, actor=ACTOR)
    assert r.error == "the mailbox has no folder Nowhere (LEXDESK_MAIL_FOLDERS)"
    assert [m.state for m in r.messages] == [Ms.filed]


def test_a_batch_at_a_time_and_nothing_older_than_since(dovecot: Dovecot, mail_cfg: MailConfig, cfg: CasesConfig,
                                                        db: Database) -> None:
    dovecot.append("Appeals", mails.appeal(), mails.second_appeal())
    assert _fetch(db, with_(mail_cfg, folders=("Appeals",), since=date.today() + timedelta(days=2)), cfg).messages == ()
    one = with_(mail_cfg, folders=("Appeals",), batch=1)
    first = _fetch(db, one, cfg)
    assert len(first.messages) == 1 and first.folders[0].left == 1
    second = _fetch(db, one, cfg)
    assert len(second.messages) == 1 and second.folders[0].left == 0
    assert {first.messages[0].uid, second.messages[0].uid} == {1, 2}


def test_a_rule_that_cannot_be_done_is_reported_and_the_message_is_filed(
        dovecot: Dovecot, mail_cfg: MailConfig, cfg: CasesConfig, db: Database) -> None:
    rules = parse_rules(tomllib.loads('[[rule]]\nname = "to someone"\nto = "appeals@*"\nassignee = "nobody-here"\n'
                                      'team = "No Such Team"\npriority = "urgent"\n'))
    dovecot.append("Appeals", mails.appeal())
    [m] = _fetch(db, with_(mail_cfg, folders=("Appeals",), rules=rules), cfg).messages
    assert m.state == Ms.filed and m.case_refs
    assert f"to someone: priority = urgent on {m.case_refs[0]}" in m.rules
    assert any(r.startswith("to someone: assignee = nobody-here on") and "refused: no user nobody-here" in r
               for r in m.rules)
    assert any("refused: no team No Such Team" in r for r in m.rules)
    with db.session() as s:
        row = s.exec(select(MailMessage)).one()
        assert row.document_id is not None and row.original and row.case_refs == list(m.case_refs)
        case = s.exec(select(Case).where(Case.ref == m.case_refs[0])).one()
        assert case.priority == "urgent"
        status = views.mailbox_status(s)
    [rule] = status.rules
    assert (rule.rule, rule.matched, rule.refused, rule.sets) == ("to someone", 1, 2, {"priority = urgent": 1})
