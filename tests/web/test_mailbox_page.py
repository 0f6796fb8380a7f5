"""The mailbox page: the last fetch, what each rule did, the messages skipped and the ones that
failed, as `mail.views.mailbox_status` reads them from the mail ledger; everything a message
brings (a subject, an address, a reason) is shown escaped."""

from __future__ import annotations

from datetime import UTC, datetime

from cases.db import Database
from mail.models import MailFetch, MailMessage, MessageState, ensure_tables
from tests.web.conftest import Desk, as_user

WHEN = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
HOSTILE = "<script>alert('x')</script> Re: appeal"
SHOWN = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Re: appeal"  # as autoescape writes it
ACCOUNT = "desk@mail.test:993"


def message(uid: int, state: MessageState, subject: str, **kw: object) -> MailMessage:
    return MailMessage(account=ACCOUNT, folder="INBOX", uidvalidity=7, uid=uid, subject=subject,
                       from_addr=f"sender{uid}@example.test", state=state, updated_at=WHEN, first_seen=WHEN,
                       **kw)  # type: ignore[arg-type]


def seed(database: Database) -> None:
    with database.session() as s:
        ensure_tables(s)
        s.add(MailFetch(account=ACCOUNT, trigger="schedule", started_at=WHEN, finished_at=WHEN, ok=True,
                        counts={"filed": 1, "skipped": 2}))
        s.add(MailFetch(account=ACCOUNT, trigger="cli", started_at=WHEN, finished_at=WHEN, ok=False,
                        error="IMAP login refused: <bad password>", counts={"failed": 1, "given_up": 1}))
        s.add_all([
            message(1, MessageState.skipped, "Newsletter November", reason="rule newsletters: a mailing list",
                    skipped_by="newsletters", rules=[{"rule": "newsletters", "skip": "a mailing list"}]),
            message(2, MessageState.skipped, "Out of office", reason="an automatic reply (Auto-Submitted)",
                    skipped_by="automatic"),
            message(3, MessageState.filed, "Appeal against removal", case_refs=["CI-2026-0001"],
                    rules=[{"rule": "appeals-folder", "set": "kind", "value": "consumer_appeal",
                            "case": "CI-2026-0001"},
                           {"rule": "assign-ann", "set": "assignee", "value": "nobody", "case": "CI-2026-0001",
                            "error": "no such user 'nobody'"}]),
            message(4, MessageState.failed, HOSTILE, reason="could not parse <the body>", attempts=2),
            message(5, MessageState.given_up, "Broken attachment", reason="extraction failed", attempts=3),
        ])
        s.commit()


def section(text: str, name: str) -> str:
    start = text.index(f'<section id="{name}">')
    return text[start:text.index("</section>", start)]


def test_the_mailbox_page_shows_the_last_fetch_the_rules_and_the_skipped_and_failed(database: Database,
                                                                                      desk: Desk) -> None:
    seed(database)
    r = desk.get("/mailbox")
    assert r.status_code == 200  # type: ignore[attr-defined]
    text: str = r.text  # type: ignore[attr-defined]
    assert '<a href="/mailbox" class="here">Mailbox</a>' in text

    last = section(text, "last-fetch")  # the later of the two: it failed, and says why
    assert "failed" in last and "cli" in last
    assert "IMAP login refused: &lt;bad password&gt;" in last
    assert "given_up <b>1</b>" in last and "failed <b>1</b>" in last
    assert "last fetched without error 2026-11-24 09:30" in last

    rules = section(text, "rules")
    assert "<td>newsletters</td>\n  <td>1</td>\n  <td>1</td>\n  <td>0</td>" in rules
    assert "<td>appeals-folder</td>\n  <td>1</td>\n  <td>0</td>\n  <td>0</td>" in rules
    assert "kind = consumer_appeal <span class=\"muted\">×1</span>" in rules
    assert "<td>assign-ann</td>\n  <td>1</td>\n  <td>0</td>\n  <td>1</td>" in rules

    skipped = section(text, "skipped")
    assert "Newsletter November" in skipped and "rule newsletters: a mailing list" in skipped
    assert "<td>newsletters</td>" in skipped
    assert "Out of office" in skipped and "an automatic reply (Auto-Submitted)" in skipped
    assert "Appeal against removal" not in skipped

    problems = section(text, "problems")
    assert "Broken attachment" in problems and "extraction failed" in problems and "<td>3</td>" in problems
    assert SHOWN in problems
    assert "could not parse &lt;the body&gt;" in problems and "<td>2</td>" in problems
    assert "Newsletter November" not in problems

    recent = section(text, "recent")
    assert '<a href="/cases/CI-2026-0001">CI-2026-0001</a>' in recent
    assert "appeals-folder: kind = consumer_appeal on CI-2026-0001" in recent
    assert "assign-ann: assignee = nobody on CI-2026-0001 refused: no such user &#39;nobody&#39;" in recent

    assert "<script>alert" not in text  # the hostile subject is shown, inert, on every list it is in
    assert text.count(SHOWN) == 2  # problems and recent


def test_an_empty_mailbox_says_so_and_any_role_may_read_it(app: object, desk: Desk) -> None:
    text = desk.get("/mailbox").text  # type: ignore[attr-defined]
    assert "the mailbox has not been fetched yet" in text
    assert "no rule has matched a message" in text
    for name in ("ann", "abe", "meg", "ada"):
        assert as_user(app, name).get("/mailbox").status_code == 200  # type: ignore[arg-type, attr-defined]
