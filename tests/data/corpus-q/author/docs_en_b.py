"""corpus-q English documents q09–q16."""
from common import RID, add_month, add_working_days, doc, email, next_weekday

U = "https://uk.trustpilot.com/reviews/"

DOCS = [
    doc("q09", "eml", "en", "2026-11-10", """
Dear Sir or Madam

Greythorne Logistics Ltd v Trustpilot A/S
Claim No. KB-2026-005126

Further to our previous correspondence, we attach by way of service a letter of today's date enclosing the sealed Order made by Master Ravensdale on 6 November 2026.

You will note that the Order was made on the papers. The time for compliance is set out in the Order itself and in our letter, and we do not repeat it here.

Please confirm by return that the Order has been passed to the appropriate team.

Yours faithfully

Harriet Ansbury-Coles
Senior Associate
Ormsby Quarrie LLP
One Chancery Yard, London WC2A 1AN
T +44 20 7946 0718
Our ref: HAC/GRE/7719

Ormsby Quarrie LLP is a limited liability partnership registered in England and Wales (OC398114), authorised and regulated by the Solicitors Regulation Authority.
""", email=email("Harriet Ansbury-Coles", "h.ansburycoles@ormsbyquarrie.com",
                 "Greythorne Logistics Ltd v Trustpilot A/S – KB-2026-005126 – service of sealed Order",
                 "<20261110110512.HAC7719.4c1d@ormsbyquarrie.com>", "2026-11-10T11:05:00+00:00",
                 attachments=["q10"]),
        kind="legal_demand", case="CI-2026-0960", name="Harriet Ansbury-Coles", org="Ormsby Quarrie LLP",
        addr="h.ansburycoles@ormsbyquarrie.com", rep="Greythorne Logistics Ltd", theirs="HAC/GRE/7719",
        bases=["court_order"],
        note="A firm's cover email that merely encloses an order: legal_demand, not court_order. Follow-up to "
             "CI-2026-0960 by claim number and their reference. 'By return' sets no date; the compliance date is "
             "in the attachment only."),

    doc("q10", "pdf", "en", "2026-11-10", f"""
ORMSBY QUARRIE LLP
One Chancery Yard, London WC2A 1AN
T +44 20 7946 0700 · ormsbyquarrie.com

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Our ref: HAC/GRE/7719
Claim No. KB-2026-005126

10 November 2026

Dear Sirs

Greythorne Logistics Ltd v Trustpilot A/S – Norwich Pharmacal Order

We enclose by way of service a sealed copy of the Order made by Master Ravensdale in the High Court of Justice, King's Bench Division, on 6 November 2026 on our client's application of 21 September 2026.

The operative paragraphs of the Order provide:

1. The Respondent shall, no later than 4.00 pm on 24 November 2026, disclose to the Applicant's solicitors the following information, to the extent that it is in the Respondent's possession or control, relating to the accounts that posted the reviews at {U}{RID['grey1']} and {U}{RID['grey2']}: (a) the name and email address given on registration; (b) any telephone number; (c) the IP addresses from which each review was posted.

2. The Respondent shall preserve the information described in paragraph 1 until further order.

3. The Applicant shall pay the Respondent's reasonable costs of compliance.

4. The Respondent may apply to vary or discharge this Order on 48 hours' notice to the Applicant. Any such application will be listed before the Master on the first available date after 1 December 2026.

Please note that failure to comply with the Order may be a contempt of court. We should be grateful if you would direct the information to the writer.

Yours faithfully

Harriet Ansbury-Coles
Senior Associate
for Ormsby Quarrie LLP
h.ansburycoles@ormsbyquarrie.com

Enc. Sealed Order dated 6 November 2026
""", kind="court_order", case="CI-2026-0960", name="Harriet Ansbury-Coles", org="Ormsby Quarrie LLP",
        addr="h.ansburycoles@ormsbyquarrie.com", rep="Greythorne Logistics Ltd", theirs="HAC/GRE/7719",
        urls=[U + RID["grey1"], U + RID["grey2"]], ids=[RID["grey1"], RID["grey2"]],
        deadline="2026-11-24", basis="no later than 4.00 pm on 24 November 2026", bases=["court_order"],
        part_name="Letter to Trustpilot 10.11.2026 enclosing Order (KB-2026-005126).pdf",
        note="Service letter reciting the order's operative terms: court_order, sender the applicant's solicitor. "
             "The possible variation hearing after 1 December is not a deadline."),

    doc("q11", "eml", "en", "2026-10-15", f"""
Hi team,

Flagging this one on behalf of Thistledown Veterinary Practice in Harrogate, one of my bigger accounts in the North (they run four sites under the same brand).

They are still very unhappy about this review: {U}{RID['thistle']}

I understand they already contacted you directly about it a few weeks ago. The practice manager tells me the reviewer's cat was never kept overnight and that the invoice the reviewer mentions doesn't exist. The bit they are most upset about is:

"They kept my cat in overnight without telling me and charged £600 for it."

They feel it breaches the guidelines because it's describing something that didn't happen, and they're now questioning whether to renew their Premium subscription in January.

I've got a catch-up call with the practice owner on Tuesday 27 October and it would be great to have an update for her by then, even if it's just where it sits in the queue. No pressure if that's not possible – I know you can't share everything.

Thanks a lot,
Priyanka

Priyanka Hale
Senior Account Manager, UK SMB
Trustpilot
priyanka.hale@trustpilot.com
""", email=email("Priyanka Hale", "priyanka.hale@trustpilot.com", "Thistledown Vets – review they're disputing",
                 "<CAHm2Qz8Lp4b0NwthistleXr41k@mail.gmail.com>", "2026-10-15T14:03:00+01:00"),
        kind="internal_escalation", case="CI-2026-0956", name="Priyanka Hale", org="Trustpilot",
        addr="priyanka.hale@trustpilot.com", rep="Thistledown Veterinary Practice",
        urls=[U + RID["thistle"]], ids=[RID["thistle"]],
        quotes=["They kept my cat in overnight without telling me and charged £600 for it."],
        bases=["platform_guidelines"],
        note="Colleague cites the review URL of open CI-2026-0956, no reference. The 27 October call is the "
             "sender's own plan ('no pressure'): no deadline. Represented party as the text writes it."),

    doc("q12", "pdf", "en", "2026-10-21", f"""
COSGRAVE NAGLE & CO.
SOLICITORS
29 Upper Fitzwilliam Street, Dublin 2, D02 XK71
Tel: +353 1 555 0284 · Email: office@cosgravenagle.ie

Our Ref: DK/TVP/1187
Your Ref:

20 October 2026

Trustpilot A/S
Pilestræde 58
1112 København K
Denmark

BY EMAIL AND REGISTERED POST

Dear Sirs,

RE: OUR CLIENT THISTLEDOWN VETERINARY PRACTICE LIMITED, NAAS, CO. KILDARE
REVIEW AT https://ie.trustpilot.com/reviews/{RID['thistle_ie']}

We act for Thistledown Veterinary Practice Limited, a veterinary practice with premises at Sallins Road, Naas, Co. Kildare, in respect of the above review, which was posted on your Irish site on 2 October 2026.

The review contains the following statement:

"The vet at Thistledown put our dog down without our consent to free up a kennel."

This allegation is entirely without foundation. The clinical record, which our client is prepared to share with you in confidence, shows that the owner signed a euthanasia consent form at 16.40 on the day in question in the presence of two members of staff. The statement is defamatory of our client within the meaning of section 2 of the Defamation Act 2009 and is calculated to cause serious harm to its professional reputation in a small community.

The review must be removed within ten working days of the date of this letter. We also request that you preserve all data concerning the account which posted it.

We note that a practice of similar name operates in England. Our client has no connection with that business and this letter concerns only the review identified above.

Yours faithfully,

Deirdre Cosgrave
Solicitor
COSGRAVE NAGLE & CO.
dcosgrave@cosgravenagle.ie
""", kind="legal_demand", case="new:q-thistledown-ie", name="Deirdre Cosgrave", org="Cosgrave Nagle & Co.",
        addr="dcosgrave@cosgravenagle.ie", rep="Thistledown Veterinary Practice Limited", theirs="DK/TVP/1187",
        urls=["https://ie.trustpilot.com/reviews/" + RID["thistle_ie"]], ids=[RID["thistle_ie"]],
        quotes=["The vet at Thistledown put our dog down without our consent to free up a kennel."],
        deadline=add_working_days("2026-10-20", 10, "IE"),
        basis="within ten working days of the date of this letter", bases=["defamation"],
        note="Same company name as open CI-2026-0956 (Harrogate) but an Irish company in Naas and another review: "
             "a new matter. Passive demand. Irish working days skip the October Bank Holiday (26 Oct): 4 Nov."),

    doc("q13", "txt", "en", "2026-11-05", f"""
TRUSTPILOT – NOTICE OF ILLEGAL CONTENT
Submitted via the online form (Regulation (EU) 2022/2065, Article 16)
----------------------------------------------------------------

Reference of submission: web form, no case number issued
Submitted on: 04-11-2026 at 23:12 CET
Form language: English

ABOUT YOU
Name: Maarten Scholtens
Email: maarten@scholtensfietsen.nl
Company / organisation: Scholtens Fietsverhuur B.V.
Country of residence: Netherlands
Acting on behalf of another person or organisation: No

THE CONTENT
Link(s):
https://nl.trustpilot.com/reviews/{RID['dsa_nl1']}
https://nl.trustpilot.com/reviews/{RID['dsa_nl2']}

Category: Privacy violation / unlawful publication of personal data; Harassment

EXPLANATION
We rent bicycles in Utrecht. Both of these so-called reviews were written by the same person (profile https://nl.trustpilot.com/users/{RID['decoy_user']}), a former seasonal worker we did not re-hire.

In the first one he writes: "Ask for Sanne at the counter, she lives above the shop at number 14 and never locks her door."

In the second one he publishes the full name of our youngest employee and her private phone number.

This is not a review of our service. It exposes the home address and phone number of two of my staff, and it is clearly meant to frighten them. Publishing this data without consent is illegal under the GDPR, and in the Netherlands doxing is a criminal offence since 2024.

Please remove both items.

DECLARATION
[x] I confirm in good faith that the information in this notice is accurate and complete.

Typed signature: Maarten Scholtens
----------------------------------------------------------------
This copy of your notice was generated automatically. You will be informed of our decision.
""", kind="illegal_content_notice", case="new:q-scholtens", name="Maarten Scholtens",
        org="Scholtens Fietsverhuur B.V.", addr="maarten@scholtensfietsen.nl",
        urls=["https://nl.trustpilot.com/reviews/" + RID["dsa_nl1"], "https://nl.trustpilot.com/reviews/" + RID["dsa_nl2"]],
        ids=[RID["dsa_nl1"], RID["dsa_nl2"]],
        quotes=["Ask for Sanne at the counter, she lives above the shop at number 14 and never locks her door."],
        bases=["dsa", "data_protection", "harassment", "criminal"],
        note="The /users/ URL is the reviewer's profile: neither a cited URL nor a review id. No deadline."),

    doc("q14", "eml", "en", "2026-11-04", f"""
Trustpilot A/S – Legal Department

RE: Request for preservation and voluntary disclosure
DA Case No. DA-26-04418 MQT

To Whom It May Concern:

The Washoe County District Attorney's Office is investigating an attempted extortion of a Reno, Nevada restaurant, Sierra Crest Taqueria. Between October 20 and October 28, 2026, the owner received a series of messages demanding $5,000 in exchange for the removal of negative reviews. One of those reviews, which we believe was posted by the suspect, appears at https://www.trustpilot.com/reviews/{RID['us_rev']} and states:

"Pay up or there will be ten more of these by Friday."

We ask that you (1) preserve all records relating to the account that posted the review, including subscriber information and IP logs, for 90 days pending legal process, and (2) voluntarily disclose the subscriber information and the IP address used to post the review, to the extent permitted by your applicable law.

Please respond within ten (10) business days of receipt of this letter. A formal request through the Mutual Legal Assistance process will follow if voluntary disclosure is not possible, and we would be grateful to know that as early as possible.

Please do not disclose this request to the account holder.

Respectfully,

Marisol Q. Tenorio
Criminal Investigator II
Washoe County District Attorney's Office
One South Sierra Street, Reno, NV 89501, USA
(775) 555-0148 | m.tenorio@wcda-nv.us
""", email=email("Marisol Tenorio", "m.tenorio@wcda-nv.us",
                 "Preservation / disclosure request – DA-26-04418 MQT",
                 "<DM6PR09MB5514C7A1E0B2F4D99C31A0E7F2D8@DM6PR09MB5514.namprd09.prod.outlook.com>",
                 "2026-11-03T16:40:00-08:00"),
        kind="law_enforcement", case="new:q-washoe", name="Marisol Q. Tenorio",
        org="Washoe County District Attorney's Office", addr="m.tenorio@wcda-nv.us",
        theirs="DA-26-04418 MQT",
        urls=["https://www.trustpilot.com/reviews/" + RID["us_rev"]], ids=[RID["us_rev"]],
        quotes=["Pay up or there will be ten more of these by Friday."],
        deadline=add_working_days("2026-11-04", 10, "US"),
        basis="within ten (10) business days of receipt of this letter", bases=["criminal"],
        note="Authority outside the UK/EU. Sent 3 Nov Pacific time, received 4 Nov; 'of receipt' from 4 Nov. "
             "US business days skip Veterans Day (11 Nov): 19 Nov. 90-day preservation is not a reply date. Name as signed, with the middle initial (From has none)."),

    doc("q15", "docx", "en", "2026-11-09", f"""
TREHARNE MOSS SOLICITORS
Ty Gwyn, 8 Cathedral Road, Cardiff CF11 9LJ
029 2055 0631 | post@treharnemoss.co.uk

Data Protection Officer
Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Our ref: TM/OP 2026/0419
Date: 5 November 2026

Dear Data Protection Officer

Subject access and erasure request

We are instructed by and act for Mr Osian Prydderch of Pontcanna, Cardiff, in relation to personal data about him published on your platform. Our client's signed authority is enclosed.

Our client is a receptionist at a dental practice in Cardiff. On 12 October 2026 a review of the practice was published at {U}{RID['prydderch']}. It names our client and states:

"Osian on reception is a known drunk and should not be allowed near patients' records."

Our client does not drink alcohol, for medical reasons. The review has been shared among patients of the practice and our client has been approached about it in the street.

On our client's behalf we request:

1. under Article 15 of the UK GDPR, a copy of all personal data relating to our client that you process, including any data in the review, any report made about it and any internal notes;

2. under Article 17 of the UK GDPR, the erasure of our client's personal data from the review; and

3. under Article 18, restriction of the processing of that data pending your decision.

Please respond within one month of receipt of this letter. If you require anything further to verify our client's identity, please let us know promptly.

Yours faithfully

Carys Treharne
Partner
TREHARNE MOSS SOLICITORS
c.treharne@treharnemoss.co.uk

Enc. Form of authority
""", kind="data_request", case="new:q-prydderch", name="Carys Treharne", org="Treharne Moss Solicitors",
        addr="c.treharne@treharnemoss.co.uk", rep="Osian Prydderch", theirs="TM/OP 2026/0419",
        urls=[U + RID["prydderch"]], ids=[RID["prydderch"]],
        quotes=["Osian on reception is a known drunk and should not be allowed near patients' records."],
        deadline=add_month("2026-11-09"), basis="within one month of receipt of this letter",
        bases=["data_protection"],
        note="Solicitors for the data subject, named once ('Mr Osian Prydderch'). One month from receipt "
             "(9 Nov), not from the letter's date (5 Nov)."),

    doc("q16", "eml", "en", "2026-11-12", f"""
Hello,

I got an email this afternoon telling me my review of Portwell Opticians has been removed because it "contains personal information". I'd like to appeal please.

My review is here: {U}{RID['portwell']}

All I wrote was what happened to me. It said:

"I was sold varifocals I couldn't see through and the optician refused to recheck my prescription."

"When I asked for a refund the manager told me to stop wasting his time."

I didn't name anyone. "The manager" isn't personal information, there must be hundreds of managers at Portwell. I think the company has just complained because they don't like it, and I don't see which of your guidelines it breaks.

I'd be grateful if you could put it back up, or at least tell me exactly which part you think is the problem so I can edit it. Could you come back to me by Monday? I've already paid for a second pair of glasses elsewhere and I want other people to know.

Thanks,
Felicity Armitage-Kerr
""", email=email("Felicity Armitage-Kerr", "fliss.armitagekerr@btinternet.com", "Appeal – my review was removed",
                 "<000001db3c2a$9e41f7c0$dac5e740$@btinternet.com>", "2026-11-12T19:48:00+00:00"),
        kind="consumer_appeal", case="new:q-armitage", name="Felicity Armitage-Kerr",
        addr="fliss.armitagekerr@btinternet.com", urls=[U + RID["portwell"]], ids=[RID["portwell"]],
        quotes=["I was sold varifocals I couldn't see through and the optician refused to recheck my prescription.",
                "When I asked for a refund the manager told me to stop wasting his time."],
        deadline=next_weekday("2026-11-12", "monday"), basis="by Monday", bases=["platform_guidelines"],
        note="Weekday only: 'by Monday' written on Thursday 12 Nov = 16 Nov. The appellant's own review sentences "
             "are quoted statements."),
]
