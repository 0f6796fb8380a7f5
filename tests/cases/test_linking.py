"""Linking, one signal at a time: which case a document goes to, and why."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from cases.config import CasesConfig
from cases.importing import CaseIn, import_cases
from cases.models import AuditEvent, Case, Document, LinkSuggestion
from tests.cases.conftest import file, part

DAY = date(2026, 11, 3)
R1 = "aaaaaaaaaaaaaaaaaaaaaa01"
R2 = "bbbbbbbbbbbbbbbbbbbbbb02"
R3 = "cccccccccccccccccccccc03"


def existing(session: Session, cfg: CasesConfig, **kw: object) -> None:
    base = {"ref": "CI-2026-0500", "title": "existing matter", "opened": "2026-09-01", "status": "open"}
    import_cases(session, [CaseIn.model_validate({**base, **kw})], actor="test", profile=cfg.profile)


def case_of(session: Session, doc: Document) -> str:
    case = session.get(Case, doc.case_id)
    assert case is not None
    return case.ref


def signals(doc: Document) -> set[str]:
    return {s["signal"] for s in doc.link.get("signals", []) if s["weight"] > 0}


def suggestions(session: Session, doc: Document) -> list[str]:
    rows = session.exec(select(LinkSuggestion).where(LinkSuggestion.document_id == doc.id)).all()
    return sorted(c.ref for s in rows if (c := session.get(Case, s.case_id)))


# --- decisive signals ------------------------------------------------------------------------

def test_a_reply_in_the_thread_of_an_imported_message_joins_its_case(session: Session, cfg: CasesConfig) -> None:
    existing(session, cfg, parties=["Larkspur Joinery Ltd"], message_ids=["<out-123@mail.example.com>"])
    [doc] = file(session, cfg, part("Thanks, see below.", email={
        "from_addr": "someone@larkspur.example", "subject": "Re: your report",
        "message_id": "<in-1@larkspur.example>", "in_reply_to": "<out-123@mail.example.com>"}))
    assert case_of(session, doc) == "CI-2026-0500"
    assert "thread" in signals(doc)


def test_a_follow_up_with_only_a_references_header_finds_the_earlier_email(session: Session, cfg: CasesConfig) -> None:
    [first] = file(session, cfg, part("My review was removed.", email={
        "from_addr": "reviewer.one@gmail.com", "subject": "Removed review",
        "message_id": "<first@mail.example>"}, kind="consumer_appeal"))
    [second] = file(session, cfg, part("Any news?", email={
        "from_addr": "another.address@gmail.com", "subject": "Re: something else",
        "message_id": "<second@mail.example>", "references": ["<ours@desk.example>", "<first@mail.example>"]}))
    assert second.case_id == first.case_id
    assert signals(second) == {"thread"}


def test_our_reference_quoted_in_the_letter_or_only_in_the_subject(session: Session, cfg: CasesConfig) -> None:
    existing(session, cfg)
    [a] = file(session, cfg, part("We write again.", our_reference="CI-2026-0500"))
    [b] = file(session, cfg, part("Hello", email={"from_addr": "x@y.example", "subject": "Re: case ci 2026/500",
                                             "message_id": "<b@y.example>"}))
    assert case_of(session, a) == case_of(session, b) == "CI-2026-0500"
    assert "our_ref" in signals(a) and "our_ref" in signals(b)


# --- strong signals --------------------------------------------------------------------------

def test_their_reference_seen_before_links_a_follow_up_that_carries_nothing_else(
    session: Session, cfg: CasesConfig
) -> None:
    existing(session, cfg, parties=["Fenwick Tiles Ltd", "Arden Shaw LLP"], their_references=["AS/FEN/0042"])
    [doc] = file(session, cfg, part("We refer to the above matter.", their_reference="as-fen-0042"))
    assert case_of(session, doc) == "CI-2026-0500"
    assert signals(doc) == {"their_ref"}


def test_a_letter_citing_the_courts_file_number_of_an_order_in_the_case_joins_it(
    session: Session, cfg: CasesConfig
) -> None:
    # the court's order opened the case; the solicitor's letter has a reference of its own and
    # cites the court's number of that order
    existing(session, cfg, parties=["Ostmark Bau GmbH"], their_references=["308 O 77/26"])
    text = ("Unser Zeichen: QK-55/26 ab\n\nSehr geehrte Damen und Herren,\n\n"
            "in Sachen Ostmark Bau GmbH ./. Trustpilot A/S, LG Nordstadt, Az. 308 O 77/26, zeigen wir an, …\n")
    [doc] = file(session, cfg, part(text, their_reference="QK-55/26 ab", sender_organisation="Kanzlei Wendt"))
    assert case_of(session, doc) == "CI-2026-0500"
    assert "cited_ref" in signals(doc)


def test_a_cited_number_is_kept_so_the_court_writing_later_under_it_joins_the_case(
    session: Session, cfg: CasesConfig
) -> None:
    text = "Our ref: PL/771/26\n\nDear Sirs\n\nRe: Claim No. QB-2026-004411\n\nWe act for the claimant.\n"
    [letter] = file(session, cfg, part(text, their_reference="PL/771/26", sender_organisation="Pell Law LLP"))
    [order] = file(session, cfg, part("ORDER\n", their_reference="QB-2026-004411", kind="court_order",
                                      sender_organisation="High Court of Justice"))
    assert order.case_id == letter.case_id
    assert "their_ref" in signals(order)


def test_the_same_review_cited_by_someone_else_is_the_same_matter(session: Session, cfg: CasesConfig) -> None:
    existing(session, cfg, parties=["Ona Price", "Hilltop Cafe"], cited_review_ids=[R1])
    [doc] = file(session, cfg, part("Regulator inquiry", kind="regulator", sender_organisation="A Regulator",
                               cited_urls=[f"https://uk.trustpilot.com/reviews/{R1}"]))
    assert case_of(session, doc) == "CI-2026-0500"
    assert "review_id" in signals(doc)


def test_a_reviewer_writing_again_from_the_same_address_joins_their_case(session: Session, cfg: CasesConfig) -> None:
    [first] = file(session, cfg, part("Appeal", kind="consumer_appeal", sender_name="Kit Morrow",
                                 sender_email="kit.morrow@gmail.com", cited_review_ids=[R1]))
    [again] = file(session, cfg, part("Hello again, still waiting", sender_email="Kit.Morrow@gmail.com"))
    assert again.case_id == first.case_id
    assert "email" in signals(again)


def test_an_email_and_its_attachments_are_always_one_case(session: Session, cfg: CasesConfig) -> None:
    existing(session, cfg, cited_review_ids=[R1])
    docs = file(session, cfg,
                part("Please see the attached letter.", email={"from_addr": "pa@firm.example", "subject": "Letter",
                                                                "message_id": "<m@firm.example>"}),
                part("Letter about another review", attachment="letter.pdf", cited_review_ids=[R1]))
    assert len(docs) == 2 and docs[1].parent_id == docs[0].id
    assert {d.case_id for d in docs} == {docs[0].case_id}
    assert case_of(session, docs[0]) == "CI-2026-0500"
    assert docs[1].link["outcome"] == "attachment"


def test_same_party_and_business_page_link_and_legal_forms_do_not_matter(session: Session, cfg: CasesConfig) -> None:
    existing(session, cfg, parties=["Brightside Roofing Ltd"],
             cited_urls=["https://www.trustpilot.com/review/brightsideroofing.example"])
    [doc] = file(session, cfg, part("Business appeal", kind="business_appeal",
                               sender_organisation="Brightside Roofing Limited",
                               cited_urls=["https://uk.trustpilot.com/review/brightsideroofing.example"]))
    assert case_of(session, doc) == "CI-2026-0500"
    assert signals(doc) == {"business", "principal", "sole_party"}


def test_further_to_our_letter_of_a_date_matches_that_letter_of_the_same_firm(
    session: Session, cfg: CasesConfig
) -> None:
    [first] = file(session, cfg, part("Letter one", kind="legal_demand", sender_organisation="Quill & Marsh LLP",
                                 sender_email="a.quill@quillmarsh.example", represented_party="Orchard Vets Ltd",
                                 letter_date="2026-11-03", cited_review_ids=[R1]), day=date(2026, 11, 4))
    [other] = file(session, cfg, part("Another client", kind="legal_demand", sender_organisation="Quill & Marsh LLP",
                                 sender_email="b.marsh@quillmarsh.example", represented_party="Pike Dental Ltd",
                                 letter_date="2026-11-10", cited_review_ids=[R2]), day=date(2026, 11, 11))
    assert other.case_id != first.case_id  # the same firm for another client is another matter
    [follow] = file(session, cfg, part("Further to our letter of 3 November, we have heard nothing.",
                                  sender_organisation="Quill & Marsh LLP", sender_email="c.other@quillmarsh.example",
                                  letter_date="2026-11-20"), day=date(2026, 11, 20))
    assert follow.case_id == first.case_id
    assert "earlier_letter" in signals(follow)


# --- weak or ambiguous: a new case and a suggestion -----------------------------------------------

def test_only_a_shared_law_firm_opens_a_new_case_with_a_suggestion(session: Session, cfg: CasesConfig) -> None:
    existing(session, cfg, parties=["Harbour Bikes Ltd", "Stone Aldous LLP"], cited_review_ids=[R1])
    [doc] = file(session, cfg, part("Defamation", kind="legal_demand", sender_organisation="Stone Aldous LLP",
                               represented_party="Corran Gardens Ltd", cited_review_ids=[R2]))
    assert case_of(session, doc) != "CI-2026-0500"
    assert doc.link["outcome"] in {"new", "weak"}


def test_the_same_business_about_another_review_is_another_matter_suggested(session: Session, cfg: CasesConfig) -> None:
    existing(session, cfg, parties=["Tamsin Lane Interiors Ltd"], cited_review_ids=[R1],
             emails=["office@tamsinlane.example"])
    [doc] = file(session, cfg, part("Please remove this review too", kind="business_appeal",
                               sender_organisation="Tamsin Lane Interiors", sender_email="office@tamsinlane.example",
                               cited_review_ids=[R3]))
    assert case_of(session, doc) != "CI-2026-0500"
    assert doc.link["outcome"] == "weak"
    assert suggestions(session, doc) == ["CI-2026-0500"]
    events = session.exec(select(AuditEvent).where(AuditEvent.action == "link.suggested")).all()
    assert len(events) == 1 and events[0].document_id == doc.id


def test_two_equally_good_cases_make_a_new_case_and_two_suggestions(session: Session, cfg: CasesConfig) -> None:
    for ref, review in (("CI-2026-0501", R1), ("CI-2026-0502", R2)):
        existing(session, cfg, ref=ref, parties=["Morwen Estates Ltd", "Gale Penrose LLP"], cited_review_ids=[review],
                 emails=["j.gale@galepenrose.example"])
    [doc] = file(session, cfg, part("We chase our client's complaint.", kind="legal_demand",
                               sender_organisation="Gale Penrose LLP", sender_email="j.gale@galepenrose.example",
                               represented_party="Morwen Estates Limited"))
    assert case_of(session, doc) not in {"CI-2026-0501", "CI-2026-0502"}
    assert doc.link["outcome"] == "ambiguous"
    assert suggestions(session, doc) == ["CI-2026-0501", "CI-2026-0502"]


def test_a_look_alike_company_is_not_the_same_party(session: Session, cfg: CasesConfig) -> None:
    existing(session, cfg, parties=["Brightside Roofing Ltd"])
    [doc] = file(session, cfg, part("Appeal", kind="business_appeal",
                               sender_organisation="Brightside Roofing & Scaffolding Ltd"))
    assert case_of(session, doc) != "CI-2026-0500"


def test_nothing_in_common_opens_a_new_case_numbered_in_its_year(session: Session, cfg: CasesConfig) -> None:
    existing(session, cfg, parties=["Someone Else Ltd"])
    [doc] = file(session, cfg, part("A notice", kind="illegal_content_notice", sender_organisation="Fresh Start CIC",
                               cited_review_ids=[R3]))
    assert case_of(session, doc) == "CI-2026-0501"
    assert doc.link["outcome"] == "new"
    opened = session.exec(select(AuditEvent).where(AuditEvent.action == "case.opened")).all()
    assert len(opened) == 1


def test_filing_the_same_bytes_twice_files_nothing_new(session: Session, cfg: CasesConfig) -> None:
    p = part("Same letter", kind="legal_demand", cited_review_ids=[R1])
    first = file(session, cfg, p)
    again = file(session, cfg, p)
    assert [d.id for d in again] == [d.id for d in first]
    assert len(session.exec(select(Case)).all()) == 1


def test_a_colleague_escalating_again_for_another_customer_is_another_matter(
    session: Session, cfg: CasesConfig
) -> None:
    [first] = file(session, cfg, part("Customer upset", kind="internal_escalation", represented_party="Pellow Bikes",
                                 sender_email="am.person@trustpilot.com", cited_review_ids=[R1]))
    [other] = file(session, cfg, part("Another customer", kind="internal_escalation", represented_party="Quarry Foods",
                                 sender_email="am.person@trustpilot.com"))
    [bare] = file(session, cfg, part("Any news?", kind="internal_escalation", sender_email="am.person@trustpilot.com"))
    assert other.case_id != first.case_id
    assert bare.case_id not in {first.case_id, other.case_id}  # a colleague's address alone does not decide
    assert bare.link["outcome"] == "weak"


def test_the_same_firm_for_the_same_client_links_without_a_review_or_reference(
    session: Session, cfg: CasesConfig
) -> None:
    existing(session, cfg, parties=["Marlin Opticians Ltd", "Thorne Vickers LLP"],
             emails=["g.thorne@thornevickers.example"])
    [doc] = file(session, cfg, part("We chase our client's complaint.", kind="legal_demand",
                               sender_organisation="Thorne Vickers LLP", sender_email="h.vickers@thornevickers.example",
                               represented_party="Marlin Opticians Limited"))
    assert case_of(session, doc) == "CI-2026-0500"
    assert signals(doc) == {"client", "sole_party", "firm", "domain"}


def test_a_reply_to_a_message_we_sent_finds_its_case(session: Session, cfg: CasesConfig) -> None:
    from cases import add_message_id

    [first] = file(session, cfg, part("Complaint", kind="legal_demand", cited_review_ids=[R1]))
    add_message_id(session, first.case_id, "<our-reply-1@desk.example>")
    session.commit()
    [answer] = file(session, cfg, part("Thank you", email={"from_addr": "a@gmail.com", "message_id": "<a1@gmail.com>",
                                                      "in_reply_to": "<our-reply-1@desk.example>"}))
    assert answer.case_id == first.case_id


# --- follow-ups a desk sees every week ---------------------------------------------------------

def test_a_party_of_exactly_one_open_case_writing_again_without_reference_joins_it(
    session: Session, cfg: CasesConfig
) -> None:
    existing(session, cfg, parties=["Quayside Bakery Ltd"], cited_review_ids=[R1])
    [doc] = file(session, cfg, part("We still dispute your decision on our page.", kind="business_appeal",
                                    sender_organisation="Quayside Bakery Ltd"))
    assert case_of(session, doc) == "CI-2026-0500"
    assert signals(doc) == {"principal", "sole_party"}


def test_a_newly_instructed_solicitor_naming_the_client_joins_the_clients_only_open_case(
    session: Session, cfg: CasesConfig
) -> None:
    existing(session, cfg, parties=["Quayside Bakery Ltd"], cited_review_ids=[R1])
    [doc] = file(session, cfg, part("We are now instructed.", kind="legal_demand",
                                    sender_organisation="Newly Instructed LLP",
                                    represented_party="Quayside Bakery Ltd"))
    assert case_of(session, doc) == "CI-2026-0500"
    assert signals(doc) == {"client", "sole_party"}


def test_a_colleague_citing_the_business_page_of_exactly_one_open_case_joins_it(
    session: Session, cfg: CasesConfig
) -> None:
    page = "https://uk.trustpilot.com/review/quaysidebakery.example"
    existing(session, cfg, parties=["Quayside Bakery Ltd"], cited_urls=[page])
    [doc] = file(session, cfg, part("Flagging this for one of my accounts: their page is under a warning.",
                                    kind="internal_escalation", cited_urls=[page]))
    assert case_of(session, doc) == "CI-2026-0500"
    assert signals(doc) == {"business", "sole_party"}


def test_a_business_page_two_open_cases_share_is_suggested_not_chosen(session: Session, cfg: CasesConfig) -> None:
    page = "https://uk.trustpilot.com/review/quaysidebakery.example"
    existing(session, cfg, parties=["Quayside Bakery Ltd"], cited_urls=[page])
    existing(session, cfg, ref="CI-2026-0501", parties=["Quayside Bakery Ltd"], cited_urls=[page])
    [doc] = file(session, cfg, part("Any news on their page?", kind="internal_escalation", cited_urls=[page]))
    assert case_of(session, doc) not in {"CI-2026-0500", "CI-2026-0501"}
    assert suggestions(session, doc) == ["CI-2026-0500", "CI-2026-0501"]


def test_two_open_cases_of_the_same_party_are_suggested_not_chosen(session: Session, cfg: CasesConfig) -> None:
    existing(session, cfg, parties=["Quayside Bakery Ltd"], cited_review_ids=[R1])
    existing(session, cfg, ref="CI-2026-0501", parties=["Quayside Bakery Ltd"], cited_review_ids=[R2])
    [doc] = file(session, cfg, part("Any news?", kind="business_appeal", sender_organisation="Quayside Bakery Ltd"))
    assert case_of(session, doc) not in {"CI-2026-0500", "CI-2026-0501"}
    assert suggestions(session, doc) == ["CI-2026-0500", "CI-2026-0501"]


def test_the_same_party_citing_a_review_the_case_does_not_hold_opens_a_new_case(
    session: Session, cfg: CasesConfig
) -> None:
    existing(session, cfg, parties=["Quayside Bakery Ltd"], cited_review_ids=[R1])
    [doc] = file(session, cfg, part("Another review is false.", kind="business_appeal",
                                    sender_organisation="Quayside Bakery Ltd", cited_review_ids=[R3]))
    assert case_of(session, doc) != "CI-2026-0500"


def test_another_party_writing_about_the_cases_review_joins_it_and_says_why(session: Session, cfg: CasesConfig) -> None:
    existing(session, cfg, parties=["Quayside Bakery Ltd", "Harbour Law LLP"], cited_review_ids=[R1])
    [doc] = file(session, cfg, part("We act for the reviewer.", kind="consumer_appeal",
                                    sender_organisation="Reviewer Rights LLP", represented_party="A Reviewer",
                                    cited_review_ids=[R1]))
    assert case_of(session, doc) == "CI-2026-0500"
    assert signals(doc) == {"review_id"}


def test_a_closed_case_is_never_reopened_by_the_machine(session: Session, cfg: CasesConfig) -> None:
    existing(session, cfg, status="closed", parties=["Quayside Bakery Ltd"])
    [doc] = file(session, cfg, part("A new complaint.", kind="business_appeal",
                                    sender_organisation="Quayside Bakery Ltd", our_reference="CI-2026-0500"))
    assert case_of(session, doc) != "CI-2026-0500"
    assert suggestions(session, doc) == ["CI-2026-0500"]


def test_a_letter_referring_to_the_writers_own_earlier_letter_joins_the_case_of_its_firm(
    session: Session, cfg: CasesConfig
) -> None:
    existing(session, cfg, parties=["Quayside Bakery Ltd", "Harbour Law LLP"], cited_review_ids=[R1])
    [doc] = file(session, cfg, part("We refer to our letter of 2 October 2026, to which we have had no reply.",
                                    kind="legal_demand", sender_organisation="Harbour Law LLP",
                                    represented_party="Quayside Bakery Ltd"))
    assert case_of(session, doc) == "CI-2026-0500"
    assert signals(doc) == {"client", "sole_party", "firm", "back_ref_party"}
