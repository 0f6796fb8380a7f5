"""Mail rules: conditions on from, to, subject, body, attachment names and headers; first match
wins unless a rule continues; skip; automatic replies recognised without a rule; every mistake in
a rules file named. No server, no database."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from cases.errors import Invalid
from mail import message
from mail.rules import AUTO_SKIP, automatic, load_rules, parse_rules
from tests.mail import mails

REPO = Path(__file__).resolve().parents[2]


def test_the_test_mailbox_rules_decide_what_the_team_said() -> None:
    rs = parse_rules(tomllib.loads(mails.RULES))
    appeal = rs.decide(message.read(mails.appeal()))
    assert appeal.skip is None and dict(appeal.sets) == {"kind": "consumer_appeal", "team": "Appeals"}
    assert appeal.matched == ("appeals address",)
    reply = rs.decide(message.read(mails.reply_in_thread()))  # continue: a later rule adds the priority
    assert dict(reply.sets) == {"kind": "consumer_appeal", "team": "Appeals", "priority": "low"}
    assert dict(reply.by) == {"kind": "appeals address", "team": "appeals address", "priority": "follow-ups"}
    letter = rs.decide(message.read(mails.letter()))  # from and attachment both match
    assert dict(letter.sets) == {"assignee": "lee", "priority": "high"}
    news = rs.decide(message.read(mails.newsletter()))
    assert (news.skip, news.skipped_by) == ("a newsletter", "newsletters")
    auto = rs.decide(message.read(mails.auto_reply()))
    assert auto.skipped_by == AUTO_SKIP and auto.skip == "an automatic message (Auto-Submitted: auto-replied)"


def test_first_match_wins_and_an_earlier_value_wins_over_a_later_one() -> None:
    rs = parse_rules(tomllib.loads("""
[[rule]]
name = "a"
subject = "review"
priority = "high"
continue = true
[[rule]]
name = "b"
body = "bakery"
priority = "low"
team = "Appeals"
[[rule]]
name = "c"
subject = "review"
kind = "business_appeal"
"""))
    d = rs.decide(message.read(mails.second_appeal()))
    assert dict(d.sets) == {"priority": "high", "team": "Appeals"} and d.matched == ("a", "b")
    assert "c" not in d.matched  # b matched and did not continue


@pytest.mark.parametrize(("condition", "matches"), [
    ('from = "*@reviewer.example.org"', True),
    ('from = "SAM.REVIEWER@reviewer.example.org"', True),
    ('from = "*@firm-example.net"', False),
    ('to = ["legal@*", "appeals@desk.example"]', True),
    ('subject = "removal"', True),
    ('subject = "re:^appeal\\\\b"', True),
    ('subject = "re:^re:"', False),
    ('body = "BICYCLE REPAIR"', True),
    ('body = "bakery"', False),
    ('attachment = "*.pdf"', False),
    ('header = { Message-ID = "reviewer.example.org" }', True),
    ('header = { X-Nothing = "*" }', False),
    ('from = "*@reviewer.example.org"\nsubject = "bakery"', False),  # every condition must match
])
def test_each_condition(condition: str, matches: bool) -> None:
    rs = parse_rules(tomllib.loads(f'[[rule]]\nname = "r"\n{condition}\npriority = "high"\n'))
    assert bool(rs.decide(message.read(mails.appeal())).matched) is matches


def test_attachment_names_and_delivery_addresses() -> None:
    rs = parse_rules(tomllib.loads('[[rule]]\nattachment = "LETTER.*"\nto = "legal@*"\nkind = "legal_demand"\n'))
    assert dict(rs.decide(message.read(mails.letter())).sets) == {"kind": "legal_demand"}
    bcc = mails.email(frm="a@x.example", to="someone@else.example", subject="s", body="b", message_id=None,
                      headers={"Delivered-To": "legal@desk.example"})
    assert rs.decide(message.read(bcc)).sets == {}  # the attachment condition fails
    facts = message.read(bcc)
    assert "legal@desk.example" in facts.to


@pytest.mark.parametrize(("headers", "why"), [
    ({"Auto-Submitted": "auto-replied"}, "Auto-Submitted: auto-replied"),
    ({"Auto-Submitted": "auto-generated; x=1"}, "Auto-Submitted: auto-generated"),
    ({"X-Autoreply": "yes"}, "x-autoreply header"),
    ({"X-Autorespond": "on vacation"}, "x-autorespond header"),
    ({"Precedence": "auto_reply"}, "Precedence: auto_reply"),
    ({"Auto-Submitted": "no"}, None),
    ({"Precedence": "bulk"}, None),  # a rule's business, not a machine's reply
])
def test_automatic_replies_are_recognised_without_a_rule(headers: dict[str, str], why: str | None) -> None:
    raw = mails.email(frm="a@x.example", to="b@y.example", subject="Out of office", body="Away.",
                      message_id="<1@x.example>", headers=headers)
    found = automatic(message.read(raw))
    assert (found is None) if why is None else (found is not None and why in found)


def test_a_delivery_report_is_automatic() -> None:
    raw = (b"From: MAILER-DAEMON@x.example\r\nTo: desk@y.example\r\nSubject: Undelivered\r\n"
           b"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
           b"--b\r\nContent-Type: text/plain\r\n\r\nIt bounced.\r\n--b--\r\n")
    assert automatic(message.read(raw)) == "a delivery or read report"


def test_a_malformed_message_still_gives_its_facts() -> None:
    facts = message.read(mails.malformed())
    assert facts.subject == "Broken" and facts.from_addr == "someone@broken.example.net" and facts.message_id is None
    assert message.read(b"\xff\xfe\x00garbage").subject == ""


def test_encoded_headers_and_html_bodies_are_read() -> None:
    raw = (b"From: =?utf-8?q?J=C3=B6rg?= <jorg@x.example>\r\nTo: a@y.example\r\n"
           b"Subject: =?utf-8?q?Beschwerde_=C3=BCber?= eine Bewertung\r\n"
           b"Content-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Bitte <b>l\xc3\xb6schen</b></p>"
           b"<script>var x;</script></body></html>\r\n")
    facts = message.read(raw)
    assert facts.subject == "Beschwerde über eine Bewertung" and facts.from_name == "Jörg"
    assert "Bitte löschen" in facts.body and "var x" not in facts.body


@pytest.mark.parametrize(("text", "error"), [
    ('[[rule]]\nname = "x"\nfrom = "*@a"\n', "does nothing"),
    ('[[rule]]\nname = "x"\nfrom = "*@a"\nkind = "complaint"\n', "unknown kind 'complaint'"),
    ('[[rule]]\nname = "x"\nfrom = "*@a"\npriority = "asap"\n', "unknown priority 'asap'"),
    ('[[rule]]\nname = "x"\nfrm = "*@a"\nskip = true\n', "unknown key frm"),
    ('[[rule]]\nname = "x"\nsubject = "re:(unclosed"\nskip = true\n', "is not a regular expression"),
    ('[[rule]]\nname = "x"\nsubject = "a"\nskip = true\nkind = "ip_notice"\n', "cannot also set kind"),
    ('[[rule]]\nname = "x"\nsubject = []\nskip = true\n', "give a text or a list of texts"),
    ('[[rule]]\nname = "x"\nheader = "List-Id"\nskip = true\n', "header is a table"),
    ('[[rule]]\nname = "x"\nsubject = "a"\nskip = true\ncontinue = "yes"\n', "continue is true or false"),
    ('[rules]\nname = "x"\n', "unknown table rules"),
])
def test_a_mistake_in_the_rules_file_is_named(text: str, error: str) -> None:
    with pytest.raises(Invalid, match=error):
        parse_rules(tomllib.loads(text))


def test_rules_files_not_there_or_not_toml(tmp_path: Path) -> None:
    with pytest.raises(Invalid, match="mail rules .*missing.toml"):
        load_rules(tmp_path / "missing.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("[[rule]\n")
    with pytest.raises(Invalid, match="are not TOML"):
        load_rules(bad)
    assert load_rules(None).rules == ()


def test_the_example_rules_file_loads_and_decides() -> None:
    rs = load_rules(REPO / "examples" / "mail-rules.toml")
    assert [r.name for r in rs.rules][:3] == ["newsletters", "our own notifications", "appeals address"]
    assert dict(rs.decide(message.read(mails.appeal())).sets) == {"kind": "consumer_appeal", "team": "Appeals"}
    assert rs.decide(message.read(mails.newsletter())).skip == "a newsletter"
