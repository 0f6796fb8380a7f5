"""corpus-p English documents p01–p08."""
from common import RID, add_days, add_working_days, doc, email

UK = "https://uk.trustpilot.com/reviews/"
IE = "https://ie.trustpilot.com/reviews/"

DOCS = [
    doc("p01", "pdf", "en", "2026-10-06", """
HARTWELL ORMSBY LLP
Solicitors and Notaries
Lemon Quay Chambers, 14 Boscawen Street, Truro TR1 2QU
01872 557 304 · enquiries@hartwellormsby.co.uk

2 October 2026

Trustpilot A/S
Legal Team
By email and first class post

Dear Sirs

Penrose Glazing Ltd – review by "Tamsin R."

Further to my letter of 22 September 2026, I have not received so much as an acknowledgement, and the review about which I wrote remains on your platform in exactly the same form.

I do not propose to repeat the whole of my earlier letter. In short, the review alleges that our client's fitters "left a gaping hole in the conservatory roof over a bank holiday weekend and then blamed the weather". Our client's job records, which I enclosed last time, show the roof was made watertight on the day of installation and that the reviewer signed a completion certificate without any snagging items. The allegation is untrue and damaging to a small family business which depends on word of mouth in west Cornwall.

Our client's position is unchanged: the review is defamatory and should come down. I should be grateful if you would remove it, or explain in writing why you will not, within 7 days of receipt of this letter.

If I hear nothing I will advise our client on proceedings without further reference to you.

Yours faithfully

Kieran Ollerenshaw
Partner
Hartwell Ormsby LLP
Direct dial 01872 557 311
k.ollerenshaw@hartwellormsby.co.uk
""", kind="legal_demand", case="CI-2026-1512", name="Kieran Ollerenshaw", org="Hartwell Ormsby LLP",
        addr="k.ollerenshaw@hartwellormsby.co.uk", rep="Penrose Glazing Ltd",
        quotes=(), deadline=add_days("2026-10-06", 7), basis="within 7 days of receipt of this letter",
        bases=("defamation",),
        note="Chaser without any reference, review id or URL: linked to CI-2026-1512 only by 'Further to my letter of "
             "22 September 2026', the same solicitor and the client name. The quoted fragment is embedded in the "
             "writer's sentence, not a whole quoted sentence, so quoted_statements is empty. 'of receipt' -> received "
             "(6 Oct) + 7 = 13 Oct, not the letter date."),

    doc("p02", "docx", "en", "2026-10-08", """
HARTWELL ORMSBY LLP
Solicitors and Notaries
Abbey Chambers, 9 Orange Grove, Bath BA1 1LP
Tel 01225 480 926 · bath@hartwellormsby.co.uk

Our ref: BCY/MAR/0093
Your ref:
7 October 2026

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

By email to legal@trustpilot.com

Dear Sir or Madam

Our client: Oxendale & Stitch Tailoring Ltd
Review: https://uk.trustpilot.com/reviews/66997c2595e9122116a44b78

We act for Oxendale & Stitch Tailoring Ltd, a bespoke tailor trading from Milsom Street, Bath, since 1987.

On 28 September 2026 a user calling himself "G. Hensby" posted the review above. It contains the following statements:

"They lost the cloth I had supplied and replaced it with cheaper stock, hoping I would not notice."

"The owner admitted to me that they do this to all the wedding parties."

Both statements are false. Our client has no record of any customer by that name. No cloth supplied by any customer has been lost or substituted, and our client's director has never made the admission attributed to her. To say that a tailor swaps a customer's cloth for inferior material is to accuse it of dishonesty. The review is defamatory of our client and, because it was plainly published to damage our client's trade in the run-up to the wedding season, is also a malicious falsehood.

We invite you to remove the review by 5pm on Thursday 22 October 2026 and to confirm that you have done so. Please preserve all data associated with the account that posted it.

Nothing in this letter is intended to waive any of our client's rights, all of which are reserved.

Yours faithfully

Owen Threlfall
pp Bethan Carrow-Yates
Senior Associate
Hartwell Ormsby LLP
b.carrow-yates@hartwellormsby.co.uk
""", kind="legal_demand", case="new:p-oxendale", name="Bethan Carrow-Yates", org="Hartwell Ormsby LLP",
        addr="b.carrow-yates@hartwellormsby.co.uk", rep="Oxendale & Stitch Tailoring Ltd", theirs="BCY/MAR/0093",
        urls=(UK + RID["oxendale"],), ids=(RID["oxendale"],),
        quotes=("They lost the cloth I had supplied and replaced it with cheaper stock, hoping I would not notice.",
                "The owner admitted to me that they do this to all the wedding parties."),
        deadline="2026-10-22", basis="by 5pm on Thursday 22 October 2026",
        bases=("defamation", "malicious_falsehood"),
        note="Look-alike: same firm as open case CI-2026-1512 (Hartwell Ormsby LLP) but another office, solicitor, "
             "client and review -> new matter. Signed 'Owen Threlfall / pp Bethan Carrow-Yates': the letter is "
             "Bethan Carrow-Yates's, signed for her, so she is the sender."),

    doc("p03", "eml", "en", "2026-10-09", """
Dear Trustpilot Legal Team

We have been instructed by Ms Imogen Tresilian in connection with the request she made to you on 11 September 2026 for the erasure of her personal data.

As you know, Ms Tresilian is the manager of Bramblewick Day Nursery in Keynsham. She is named, with her job title and a description of her appearance, in a review of the nursery that was posted in August. She has never been a customer of the nursery or of anyone who reviewed it; she is an employee. The review attributes to her conduct towards a child which did not happen and which is the subject of no complaint to Ofsted or anyone else.

Ms Tresilian asked you to erase her name and the description of her from the review under Article 17 UK GDPR. Beyond an automated acknowledgement she has heard nothing, and the review is still online in full. The one-month period under Article 12(3) has now passed.

Please now either erase the personal data concerning our client, or tell us, with reasons, why you say you are entitled to keep processing it. We require a substantive response within 10 working days of this email. If none is received we are instructed to lodge a complaint with the Information Commissioner and to consider a claim for compensation under Article 82.

Please address all further correspondence to me rather than to Ms Tresilian direct.

Kind regards

Farah Ainsworth-Lowe
Associate Solicitor
Kettleby Moss Solicitors
Temple Quay House, 2 The Square, Bristol BS1 6DG
T 0117 496 2281
farah.ainsworth-lowe@kettlebymoss.co.uk
Our ref: FAL/TRE/26-114
""", email=email("Farah Ainsworth-Lowe", "farah.ainsworth-lowe@kettlebymoss.co.uk",
                 "Ms Imogen Tresilian – erasure request – Bramblewick Day Nursery review",
                 "<KM.26-114.1009.0412@kettlebymoss.co.uk>", "2026-10-09T11:20:00+01:00"),
        kind="data_request", case="CI-2026-1517", name="Farah Ainsworth-Lowe", org="Kettleby Moss Solicitors",
        addr="farah.ainsworth-lowe@kettlebymoss.co.uk", rep="Imogen Tresilian", theirs="FAL/TRE/26-114",
        deadline=add_working_days("2026-10-09", 10, "GB", "ENG"), basis="within 10 working days of this email",
        bases=("data_protection",),
        note="Newly instructed solicitors for the data subject of CI-2026-1517; no CI number, no URL or review id: "
             "linked by the client's name and the nursery. 'of this email' -> the email's date, 9 Oct (Fri); ten "
             "England and Wales working days -> Fri 23 Oct (no bank holiday in between). 'The one-month period "
             "... has now passed' is recalled, not a deadline."),

    doc("p04", "eml", "en", "2026-10-22", """
Kia ora

I have taken over this file from Detective Tautahi, who has moved to another squad. Our file number is 260917/3308.

Thank you for preserving the account details as requested last month. The owner of the dealership and two of his staff have now made formal statements, and the matter is being investigated as threatening to kill under section 306 of the Crimes Act 1961.

I am now asking you to disclose the following, under information privacy principle 11(e) of the Privacy Act 2020 (disclosure necessary to avoid prejudice to the maintenance of the law):

1. the email address and any name recorded for the account that posted the review;
2. the IP addresses used to create the account and to post the review, with timestamps and time zone;
3. any other reviews posted from the same account or the same IP addresses.

If you need a production order before you can release this, please tell me and I will apply for one, but I would ask you to let me know either way within five working days of this email so the file does not stall.

Ngā mihi

Detective Sergeant Mereana Hollis-Pohatu
Tauranga Criminal Investigation Branch
Bay of Plenty District
New Zealand Police
P +64 7 577 4310
mereana.hollis-pohatu@police.govt.nz
""", email=email("Mereana Hollis-Pohatu", "mereana.hollis-pohatu@police.govt.nz",
                 "File 260917/3308 – request for disclosure",
                 "<8f2e41c0-77aa-4d19-b6a0-3c5d2e1f0a91@police.govt.nz>", "2026-10-22T09:40:00+13:00"),
        kind="law_enforcement", case="CI-2026-1521", name="Mereana Hollis-Pohatu", org="New Zealand Police",
        addr="mereana.hollis-pohatu@police.govt.nz", theirs="260917/3308",
        deadline=add_working_days("2026-10-22", 5, "NZ"), basis="within five working days of this email",
        bases=("criminal",),
        note="Authority outside the UK/EU. Linked to CI-2026-1521 by the police file number only (a new officer, "
             "another address, no review id). Sent 22 Oct NZDT (21 Oct UTC); received 22 Oct. Five NZ working days "
             "from 22 Oct skip Labour Day (Mon 26 Oct) -> 30 Oct. Rank 'Detective Sergeant' dropped from the name."),

    doc("p05", "txt", "en", "2026-10-14", """
TRUSTPILOT – REPORT ILLEGAL CONTENT (DIGITAL SERVICES ACT, ARTICLE 16)
Reference: NTC-26-0583317
Received: 14 Oct 2026 08:51 (IST)

-- About you --
Name: Orla Brennock
Email address: orla.brennock@eircom.net
I am reporting: on my own behalf
Organisation (if any):

-- What are you reporting --
Link to the content: https://ie.trustpilot.com/reviews/6c08854a846842674c980fca
Link to the reviewer's profile (optional): https://ie.trustpilot.com/users/6d1e0a2b73c94f58a0e1b6c2
Type of content: Review
Why is it illegal? Personal data / privacy; harassment
Country whose law is broken: Ireland

-- Explanation --
I work on reception at Crannagh Physio Clinic in Rathfarnham. This review is about the clinic but most of it is about me. It gives my first name and says which nights I lock up. It also says "She lives over the chipper on Main Street so call in and tell her yourself." That is where I live. I have had two people call to my door since it went up and one of them was shouting.

The reviewer was never a patient, he is my ex-partner, and this is harassment. I did not agree to any of my details being put on the internet and I want them gone under GDPR.

Please take it down as soon as you can.

-- Declaration --
[x] I confirm the information in this report is accurate and complete to the best of my knowledge.
""", kind="illegal_content_notice", case="new:p-brennock", name="Orla Brennock", addr="orla.brennock@eircom.net",
        urls=(IE + RID["ie_dox"],), ids=(RID["ie_dox"],),
        quotes=("She lives over the chipper on Main Street so call in and tell her yourself.",),
        bases=("dsa", "data_protection", "harassment"),
        note="Web-form copy. The reviewer's /users/ profile URL is neither a cited URL nor a review id. 'As soon as "
             "you can' sets no date: deadline null. The form's own NTC number is the platform's, so their_reference "
             "is null."),

    doc("p06", "pdf", "en", "2026-10-15", """
Information Commissioner's Office
Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF
T. 0303 123 1113 · ico.org.uk

13 October 2026

Case reference: IC-402917-R6M3

Data Protection Officer
Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Sent by email

Dear Data Protection Officer

Complaint from Ms Imogen Tresilian

We have received a complaint from Ms Imogen Tresilian about the way Trustpilot has handled her request of 11 September 2026 to erase personal data about her contained in a review of Bramblewick Day Nursery published on your UK website.

Ms Tresilian says she has not received a response to her request within one month, as Article 12(3) of the UK GDPR requires, and that her name and a description of her remain visible in the review.

We have not reached a view on the complaint. To help us consider it, please tell us:

- whether you received Ms Tresilian's request and, if so, when;
- what steps you have taken to respond to it, and why no response was sent within the statutory period;
- whether you consider that any exemption or condition applies to the continued publication of her personal data, and on what basis.

We would be grateful for your response within 28 calendar days of the date of this letter. Please quote our case reference and reply to casework@ico.org.uk.

If you have already resolved the matter with Ms Tresilian, please let us know and send us a copy of your response to her.

Yours sincerely

Gareth Lomax-Pryce
Case Officer
Public Advice and Data Protection Complaints Service
""", kind="regulator", case="CI-2026-1517", name="Gareth Lomax-Pryce", org="Information Commissioner's Office",
        theirs="IC-402917-R6M3", deadline=add_days("2026-10-13", 28),
        basis="within 28 calendar days of the date of this letter", bases=("data_protection",),
        note="Regulator writing about the data subject of open case CI-2026-1517, linked by her name and the "
             "nursery only. 28 days from the letter date (13 Oct) -> 10 Nov, not from receipt. Only the ICO's "
             "general casework mailbox appears: sender_email null."),

    doc("p07", "eml", "en", "2026-10-14", """
Hi Legal,

Flagging something for one of my accounts before it blows up.

Thornalley Home Insurance are on an Enterprise plan with us and renew in January. Their page is https://uk.trustpilot.com/review/thornalleyhome.co.uk and it has had the consumer warning banner on it for about two weeks now. Rosalind Vantreight (their Head of CX) has been on the phone to me twice this week. Her position is that the reviews you flagged as merged or duplicated came from a legitimate customer migration when they bought the book of a smaller broker, and that they told us about the migration in advance.

I am not asking you to take the banner down, I know that's not my call. But I do need to be able to give them a straight answer on whether this is being looked at and by whom, because at the moment they feel they are being ignored and they are talking about moving to a competitor.

Could someone from your team come back to me by end of day Friday? Even a holding line I can pass on would help.

Thanks,
Ailbhe

Ailbhe Keaveney
Senior Account Manager, UK & Ireland Enterprise
Trustpilot
ailbhe.keaveney@trustpilot.com
""", email=email("Ailbhe Keaveney", "ailbhe.keaveney@trustpilot.com",
                 "Thornalley Home Insurance – consumer warning, customer chasing",
                 "<CAK3v9mXq2Lr0b@mail.gmail.com>", "2026-10-14T15:02:00+01:00",
                 to="legal-escalations@trustpilot.com"),
        kind="internal_escalation", case="CI-2026-1538", name="Ailbhe Keaveney", org="Trustpilot",
        addr="ailbhe.keaveney@trustpilot.com", rep="Thornalley Home Insurance",
        urls=("https://uk.trustpilot.com/review/thornalleyhome.co.uk",),
        deadline="2026-10-16", basis="by end of day Friday", bases=("platform_guidelines",),
        note="Colleague citing the business-page URL of open case CI-2026-1538, no CI number. Email of Wed 14 Oct: "
             "'by end of day Friday' -> Fri 16 Oct. The January renewal is not a deadline. Represented party is the "
             "customer as the colleague names it (no 'Ltd')."),

    doc("p08", "eml", "en", "2026-10-19", """
Hello,

My name is Niamh Ó Briain and I own Ó Briain Hair Studio on Shop Street in Galway. I am writing about my own page on your site, not on behalf of anyone else.

Last Tuesday I reported a review on my page, https://ie.trustpilot.com/reviews/6c334ed46a3cec449f7e5497, and on Saturday I got an email saying it had been checked and does not break your guidelines. I don't understand how.

The review says "Left with patchy orange hair and the owner just shrugged." I have been through the booking system for the whole of this year and there is no client under that name or that email. The date the person gives for the appointment is a Sunday and we are closed on Sundays. I have had three reviews like this since a salon opened across the road in the summer, and I think it is the same person each time.

I'm not trying to hide bad reviews. If a real client was unhappy I would want to know. But your own rules say a review has to be about a genuine experience and this is not one.

Could someone please look at it again, properly this time? I can send screenshots of the diary for that day if it helps.

Thanks,
Niamh

Niamh Ó Briain
Ó Briain Hair Studio
14 Shop Street, Galway H91 X2C7
091 563 0177
""", email=email("Niamh Ó Briain", "niamh@obriainhair.ie", "Review on my page – please look again",
                 "<0f1c2d3e.5a6b.4c7d.8e9f@obriainhair.ie>", "2026-10-19T21:47:00+01:00", html_only=True),
        kind="business_appeal", case="new:p-obriain", name="Niamh Ó Briain", org="Ó Briain Hair Studio",
        addr="niamh@obriainhair.ie", urls=(IE + RID["obriain"],), ids=(RID["obriain"],),
        quotes=("Left with patchy orange hair and the owner just shrugged.",), bases=("platform_guidelines",),
        note="HTML-only email. Owner writing about her own page in her own name: represented party null, "
             "organisation her trading name. No date asked for: deadline null. sender_email from the From header "
             "(the signature gives none)."),
]
