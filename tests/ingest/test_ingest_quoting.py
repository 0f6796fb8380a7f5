"""Where an email's new message ends and the quoted earlier messages begin."""

from __future__ import annotations

from ingest.quoting import split_quoted


def test_gmail_reply_with_attribution_and_quote_marks() -> None:
    body = (
        "Please look again.\n\nPriya\n\n"
        "On Wed, 18 Nov 2026 at 10:15, Content Team <team@example.com> wrote:\n> Dear Ms Raman,\n>\n> No breach."
    )
    new, quoted = split_quoted(body)
    assert new == "Please look again.\n\nPriya"
    assert quoted.startswith("On Wed, 18 Nov 2026") and quoted.endswith("> No breach.")


def test_an_attribution_wrapped_over_two_lines() -> None:
    body = "Thanks.\n\nOn Wed, 18 Nov 2026 at 10:15, Content Team <\nteam@example.com> wrote:\n> Hello"
    assert split_quoted(body)[0] == "Thanks."


def test_german_and_french_attributions() -> None:
    assert split_quoted("Danke.\n\nAm Mo., 16. Nov. 2026 um 18:22 Uhr schrieb A B <a@b.de>:\n> Hallo")[0] == "Danke."
    assert split_quoted("Merci.\n\nLe lun. 16 nov. 2026 à 18:22, A B <a@b.fr> a écrit :\n> Bonjour")[0] == "Merci."


def test_outlook_original_message_and_header_block() -> None:
    body = (
        "Answer above.\n\n-----Original Message-----\nFrom: Team <t@example.com>\n"
        "Sent: 12 November 2026\nTo: Gary\nSubject: Your report\n\nDear Gary"
    )
    new, quoted = split_quoted(body)
    assert new == "Answer above." and quoted.startswith("-----Original Message-----")

    body = (
        "Answer.\n\n________________________________\nFrom: Team <t@example.com>\n"
        "Sent: Thursday\nTo: Gary\nSubject: Re: x\n\nOld text"
    )
    new, quoted = split_quoted(body)
    assert new == "Answer." and quoted.startswith("____")


def test_a_forwarded_message_is_part_of_the_new_message() -> None:
    body = (
        "Hi team, forwarding the below from a customer.\n\nTom\n\n"
        "---------- Forwarded message ---------\nFrom: Marcus Bell <m@velora.example>\n"
        "Date: Wed, 11 Nov 2026 at 17:26\nSubject: Review\nTo: Tom <tom@example.com>\n\n"
        'This review says "Management bully staff."'
    )
    new, quoted = split_quoted(body)
    assert quoted == "" and 'says "Management bully staff."' in new


def test_an_outlook_forward_without_a_marker_counts_as_forwarded_when_the_subject_says_so() -> None:
    body = "FYI below.\n\nFrom: Customer <c@example.com>\nSent: Monday\nTo: Me\nSubject: complaint\n\nThe complaint."
    assert split_quoted(body, forwarded=True) == (body, "")
    assert split_quoted(body, forwarded=False)[0] == "FYI below."


def test_a_quote_below_a_forwarded_message_is_still_quoted() -> None:
    body = (
        "See below.\n\n---------- Forwarded message ---------\n"
        "From: A <a@x.com>\nDate: Mon\nSubject: s\nTo: B <b@x.com>\n\n"
        "Second message.\n\nOn Sun, 15 Nov 2026, B <b@x.com> wrote:\n> first message"
    )
    new, quoted = split_quoted(body)
    assert new.endswith("Second message.") and quoted.startswith("On Sun")


def test_a_single_quoted_line_answered_inline_is_not_a_quote_block() -> None:
    body = "You wrote:\n> the review is fake\nIt is not fake, and here is my proof.\nMore text.\nAnd more."
    assert split_quoted(body) == (body, "")


def test_no_quote_at_all() -> None:
    assert split_quoted("Just a message.\n\n-- \nSignature") == ("Just a message.\n\n-- \nSignature", "")
