"""English documents, part b: r21 r23 r25 r26 r28 r30 r33 r36."""
from common import R, doc, mail, plus_days, plus_working_days

DOCS = []

# r21 — scanned; the party of CLOSED case CI-2026-0689 about a NEW review: new matter. Signed "pp".
DOCS.append(doc("r21", "scan", "en", "2026-11-04", f"""
BLENKINSOP & TULLY
Solicitors
Northgate Chambers, 22 Northgate, Darlington DL1 1TL
Telephone 01632 960 512 · Email m.tully@blenkinsoptully.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Our Ref: MT/HAR/26/311
Your Ref:

30th October 2026

Dear Sirs

Our client: Harcastle Motors Ltd
Review at https://uk.trustpilot.com/reviews/{R['harc_new']}

We act for Harcastle Motors Ltd, an independent used-car dealer in Darlington. Our client's director, Mr Graham Harcastle, tells us that he contacted you himself in July about a different review, which you removed. He had hoped that would be the end of the matter. Unfortunately a further review has now been posted, apparently by a different customer, which our client considers to be worse than the first.

The review states:

"Harcastle wound the clock back on my Focus, I'd put money on it."

"They sold me a car they knew had a cracked head gasket and then refused to answer the phone."

The first statement accuses our client of clocking, a criminal offence. The vehicle in question was sold with a full service history and a mileage record checked against the national database on the day of sale, copies of which are enclosed. The second statement is equally untrue: the car passed a pre-sale inspection and the customer's first complaint, about a coolant leak, was made eleven weeks and some 3,000 miles after the sale. Our client offered to inspect the car free of charge and that offer was not taken up.

These statements are defamatory of our client. The review must be removed within 14 days from the date hereof. Should it remain online after that, we are instructed to advise our client on proceedings without further reference to you.

Yours faithfully

R. Oduya
pp Martin Tully
Partner
Blenkinsop & Tully
""", kind="legal_demand", name="Martin Tully", org="Blenkinsop & Tully", mail="m.tully@blenkinsoptully.co.uk",
    rep="Harcastle Motors Ltd", theirs="MT/HAR/26/311",
    urls=[f"https://uk.trustpilot.com/reviews/{R['harc_new']}"], ids=[R["harc_new"]],
    quotes=["Harcastle wound the clock back on my Focus, I'd put money on it.",
            "They sold me a car they knew had a cracked head gasket and then refused to answer the phone."],
    deadline=plus_days("2026-10-30", 14), basis="within 14 days from the date hereof",
    bases=["defamation"], case="new:r-harcastle-2",
    note="Closed case CI-2026-0689 concerned another review: new matter. Signed 'pp': sender is Martin Tully."))

# r23 — consumer appeal against account suspension; HTML-only email
DOCS.append(doc("r23", "eml", "en", "2026-11-05", f"""
Hi,

I got an email from you on Tuesday saying my review of Skye Sea Kayak Tours had been removed and my account suspended because it "appears to be fake or written on behalf of the business". I'd like to appeal.

I am not connected to the business in any way. I booked a half-day tour through their website in August, paid £85 by card and went out on the water on 22 August with my partner and two other people. I can send the booking confirmation and my bank statement. The review was https://uk.trustpilot.com/reviews/{R['skye_susp']} and it was a genuine, fairly ordinary five-star review.

The only thing I can think of is that I wrote it on the guide's phone because mine had no signal at the harbour. He offered and I didn't think anything of it. If that's what has triggered this, then I understand why it looked odd, but it was still me writing about my own trip.

I've used Trustpilot for years and have about forty reviews. Losing the account over this feels completely out of proportion. Could you reinstate the account and the review, or tell me what you need from me to do that, by Monday?

Thanks,
Kirsty Mallon
""", email=mail("Kirsty Mallon", "kirsty.mallon@icloud.com", "Appeal - account suspended",
                "<5F2E8C1A-77B0-4C3E-9D21-KMallon@icloud.com>", "2026-11-05T21:18:00+00:00",
                to="support@trustpilot.com", html_only=True),
    kind="consumer_appeal", name="Kirsty Mallon", mail="kirsty.mallon@icloud.com",
    urls=[f"https://uk.trustpilot.com/reviews/{R['skye_susp']}"], ids=[R["skye_susp"]],
    deadline="2026-11-09", basis="by Monday", bases=["platform_guidelines"], case="new:r-mallon",
    note="'by Monday' from a Thursday email: the next Monday."))

# r25 — NSW Police (outside UK/EU) write again on CI-2026-0752 quoting their event number; carries r26
DOCS.append(doc("r25", "eml", "en", "2026-11-09", f"""
Good evening,

Thank you for your reply of 15 October to my initial email about event E 84210377, in which you explained that you would need a formal written request before disclosing any account information.

Please find attached that request, on NSW Police Force letterhead and authorised by my Crime Manager. It relates to the same review as before, posted on the page of Marrickville Tile Studio:

https://au.trustpilot.com/reviews/{R['nsw']}

For your reference the wording of concern is "Next time I'm down Illawarra Road that shop will be missing its front window, and maybe more." The owner has since received two further threatening messages by other means, and we believe all three come from the same person.

I'm aware you are in Denmark and that there is a formal mutual assistance route. We are not asking you to act outside your own policies. If you can disclose on a voluntary basis, we would appreciate a response before 5pm AEDT on Wednesday 25 November, as a court date for a related apprehended violence order has been set for early December.

Please don't notify the account holder.

Regards,

Detective Senior Constable Joanne Kellett
Inner West Police Area Command
NSW Police Force
Ph: +61 2 9555 0173
kellett.joanne@police.nsw.gov.au
""", email=mail("KELLETT Joanne", "kellett.joanne@police.nsw.gov.au",
                "E 84210377 - formal request for account information (Trustpilot)",
                "<SY4P282MB1172B3E0F9A6@SY4P282MB1172.AUSP282.PROD.OUTLOOK.COM>",
                "2026-11-09T18:40:00+11:00", attachments=["r26"]),
    kind="law_enforcement", name="Joanne Kellett", org="NSW Police Force", mail="kellett.joanne@police.nsw.gov.au",
    theirs="E 84210377", urls=[f"https://au.trustpilot.com/reviews/{R['nsw']}"], ids=[R["nsw"]],
    quotes=["Next time I'm down Illawarra Road that shop will be missing its front window, and maybe more."],
    deadline="2026-11-25", basis="before 5pm AEDT on Wednesday 25 November", bases=["criminal"],
    case="CI-2026-0752",
    note="Display name 'KELLETT Joanne' differs from the signature. Court date 'early December' is no deadline."))

DOCS.append(doc("r26", "pdf", "en", "2026-11-09", f"""
NSW POLICE FORCE
Inner West Police Area Command
Marrickville Police Station, 145 Marrickville Road, Marrickville NSW 2204
Ph +61 2 9555 0173 · kellett.joanne@police.nsw.gov.au

REQUEST FOR INFORMATION – OVERSEAS SERVICE PROVIDER

To: Trustpilot A/S, Legal Department (legal@trustpilot.com)
Date of request: 09/11/2026
Event number: E 84210377
Date required: 25/11/2026

1. Offence under investigation
Using a carriage service to menace, harass or cause offence (s 474.17 Criminal Code Act 1995 (Cth)); stalking or intimidation (s 13 Crimes (Domestic and Personal Violence) Act 2007 (NSW)).

2. Content
Review at https://au.trustpilot.com/reviews/{R['nsw']}, posted on the business page of Marrickville Tile Studio on or about 11 October 2026.

3. Information requested
(a) name, email address and telephone number registered to the account that posted the review;
(b) IP addresses used to create the account and to post the review, with dates and times (UTC);
(c) any other reviews posted from the same account.

4. Reason information is necessary
The victim, a sole trader, has received threats to damage her shop and to harm her. Identifying the author is necessary to prevent further offences and to support an application for an apprehended violence order.

5. Confidentiality
Disclosure of this request to the account holder may prejudice the investigation. Please do not notify the user.

6. Preservation
If you are unable to disclose, please preserve the data above for 90 days pending a mutual assistance request.

Requesting officer: Detective Senior Constable Joanne Kellett, Inner West PAC
Authorising officer: Detective Inspector Graham Soutar, Crime Manager, Inner West PAC
""", kind="law_enforcement", name="Joanne Kellett", org="NSW Police Force", mail="kellett.joanne@police.nsw.gov.au",
    theirs="E 84210377", urls=[f"https://au.trustpilot.com/reviews/{R['nsw']}"], ids=[R["nsw"]],
    deadline="2026-11-25", basis="Date required: 25/11/2026", bases=["criminal"], case="CI-2026-0752",
    part_name="NSW Police request E84210377.pdf",
    note="Form-field deadline; the 90-day preservation period is a retention period, not a deadline."))

# r28 — business owner himself (trading name), two reviews, "immediately": no deadline
DOCS.append(doc("r28", "pdf", "en", "2026-11-10", f"""
COLDHARBOUR CYCLES
Sales · Repairs · Bike fitting
212 Coldharbour Lane, London SE5 9QH · 020 7946 0871 · dev@coldharbourcycles.co.uk
Coldharbour Cycles is a trading name of Pattani Cycle Works Ltd

6 November 2026

Trustpilot Legal Department
By email

Dear Trustpilot,

Two reviews of my shop, and what I can only describe as a campaign

I own and run Coldharbour Cycles. I am writing about two reviews on our page which I am certain were both written by the same person, a former mechanic I let go in September after repeated no-shows.

https://uk.trustpilot.com/reviews/{R['coldharbour1']}
https://uk.trustpilot.com/reviews/{R['coldharbour2']}

The first says "The owner fiddles the Cycle to Work vouchers and pockets the difference." The second, posted ten days later under a different name, says "Dev Pattani is a racist who only hires his cousins." Both are completely untrue and both are aimed at me personally, not at any service we provided. Neither author has ever bought anything from us.

Alongside the reviews this man has been sending messages to my staff on Instagram and turning up outside the shop. I gave a statement about this to officers at Brixton on 2 November. What he is doing is harassment within the Protection from Harassment Act 1997, and the reviews are part of it. They are also defamatory. I am told that as the host you become responsible once you have been told about them, which is what this letter is for.

I am not a lawyer and I can't afford one for this. I am asking you to take both reviews down immediately, and to stop the same person simply posting again under another name.

Yours sincerely

Dev Pattani
Owner, Coldharbour Cycles
""", kind="legal_demand", name="Dev Pattani", org="Coldharbour Cycles", mail="dev@coldharbourcycles.co.uk",
    urls=[f"https://uk.trustpilot.com/reviews/{R['coldharbour1']}", f"https://uk.trustpilot.com/reviews/{R['coldharbour2']}"],
    ids=[R["coldharbour1"], R["coldharbour2"]],
    quotes=["The owner fiddles the Cycle to Work vouchers and pockets the difference.",
            "Dev Pattani is a racist who only hires his cousins."],
    bases=["harassment", "defamation"], case="new:r-coldharbour",
    note="'immediately': no deadline. 2 November is a past event. Organisation given as the trading name on the letterhead."))

# r30 — US photographer's DMCA-style copyright notice; US business days skip Thanksgiving
DOCS.append(doc("r30", "eml", "en", "2026-11-12", f"""
To the Designated Agent, Trustpilot:

This is a notice of copyright infringement under 17 U.S.C. § 512(c)(3).

1. I am the author and owner of the copyright in a photograph of a timber barn at sunset with string lights, taken on June 14, 2025 at Hollow Creek Farm, Weaverville, North Carolina. It is registered with the U.S. Copyright Office (VA 2-418-553) and appears in my portfolio at danawhitfieldphoto.com/barns/hollow-creek.

2. The photograph is being used without my permission as the cover image of the business profile at https://www.trustpilot.com/review/blueridgebarnweddings.com. Blue Ridge Barn Weddings is not Hollow Creek Farm and has never licensed any of my work. They are using my image to advertise a venue that is not the one pictured.

3. I request that the image be removed or disabled.

4. I have a good faith belief that use of the photograph in the manner complained of is not authorized by me, my agent or the law.

5. The information in this notice is accurate, and under penalty of perjury, I am the owner of the exclusive right allegedly infringed.

I would ask that the image be taken down within ten (10) business days of the date of this notice. I am also writing to the business directly.

Signed,

/Dana Whitfield/
Dana Whitfield
Dana Whitfield Photography LLC
88 Haywood Street, Suite 4, Asheville, NC 28801, USA
(828) 555-0162 · studio@danawhitfieldphoto.com
""", email=mail("Dana Whitfield Photography", "studio@danawhitfieldphoto.com",
                "DMCA takedown notice - unauthorized use of my photograph",
                "<CAK9d0Nw1h@mail.danawhitfieldphoto.com>", "2026-11-12T10:05:00-05:00"),
    kind="ip_notice", name="Dana Whitfield", org="Dana Whitfield Photography LLC", mail="studio@danawhitfieldphoto.com",
    urls=["https://www.trustpilot.com/review/blueridgebarnweddings.com"],
    deadline=plus_working_days("2026-11-12", 10, "US"),
    basis="within ten (10) business days of the date of this notice", bases=["copyright"], case="new:r-whitfield",
    note="US sender: business days skip Thanksgiving (26 Nov). The photographer's own site is not a cited URL."))

# r33 — solicitors for the data subject of CI-2026-0718, quoting our reference
DOCS.append(doc("r33", "pdf", "en", "2026-11-16", f"""
FERRIS LAMB SOLICITORS
Brunswick House, 9 Manchester Road, Burnley BB11 1HG
T 01632 960 884 · E g.ferris@ferrislamb.co.uk

Trustpilot A/S
Data Protection Officer and Legal Department
Pilestræde 58
1112 Copenhagen K
Denmark

Our ref: GF/ASH/0031
Your ref: CI-2026-0718

13 November 2026

Dear Sir or Madam

Our client: Mr Declan Ashworth
Request for erasure and objection (UK GDPR Articles 17 and 21)

We have been instructed by Mr Ashworth in connection with his request, first made by email on 2 October 2026, that his name be removed from a review published on your platform about Pendle Valley Physiotherapy (review {R['ashworth']}).

Under Article 12(3) UK GDPR you were required to respond to that request without undue delay and in any event within one month of receipt. That period expired on 2 November 2026. Our client has received an acknowledgement bearing the reference above and nothing more. His follow-up email of 26 October was not answered at all.

Our client is a private individual. The review identifies him by his full name and attributes to him professional incompetence. There is no legitimate interest in publishing his name that overrides his rights; the reviewer's point about the treatment could be made just as well without it. Our client objects to the processing and requests erasure of his personal data from the review.

We therefore ask that you confirm in writing, within 10 working days of the date of this letter, that Mr Ashworth's name has been removed from the review or that the review has been taken down. If we do not receive that confirmation, we will advise our client to complain to the Information Commissioner and to consider a claim under section 168 of the Data Protection Act 2018.

Yours faithfully

Gwen Ferris
Solicitor, Ferris Lamb Solicitors
""", kind="data_request", name="Gwen Ferris", org="Ferris Lamb Solicitors", mail="g.ferris@ferrislamb.co.uk",
    rep="Declan Ashworth", theirs="GF/ASH/0031", ours="CI-2026-0718", ids=[R["ashworth"]],
    deadline=plus_working_days("2026-11-13", 10, "GB", "ENG"),
    basis="within 10 working days of the date of this letter", bases=["data_protection"], case="CI-2026-0718",
    note="'That period expired on 2 November 2026' is recalled, not demanded."))

# r36 — paralegal serves a sealed order on CI-2026-0764 (cover email; hearing date is no deadline); carries r37
DOCS.append(doc("r36", "eml", "en", "2026-11-17", f"""
Dear Sirs,

Ellerby Veterinary Group Ltd v Trustpilot A/S
Claim No. KB-2026-003918

We act for the Applicant. Further to the hearing on 12 November, please find attached by way of service a letter from Philippa Garside of this firm enclosing a sealed copy of the Order of Master Dagnall dated 13 November 2026.

As you will see, the Order requires disclosure of information about the accounts that posted the two reviews identified in its Schedule. The Order also records that the Respondent may apply to vary it, and that, if any issue arises, the application is to be listed for a further hearing on 19 January 2027.

We would be grateful if you could confirm safe receipt of this email and its attachment. Please address any correspondence about the Order to Ms Garside and quote our reference.

Kind regards

Tariq Mahmood
Paralegal
for Dunmore Ashe LLP
Our ref: PG/ELL.0093
1 Bridgewater Place, Water Lane, Leeds LS11 5QR
T +44 (0)113 496 0720
t.mahmood@dunmoreashe.com

Dunmore Ashe LLP is authorised and regulated by the Solicitors Regulation Authority. This email may contain privileged information.
""", email=mail("Tariq Mahmood", "t.mahmood@dunmoreashe.com",
                "Ellerby Veterinary Group Ltd v Trustpilot A/S - KB-2026-003918 - service of sealed Order",
                "<LO2P265MB39914A7C2E0F8B1D@LO2P265MB3991.GBRP265.PROD.OUTLOOK.COM>",
                "2026-11-17T12:48:00+00:00", cc=["p.garside@dunmoreashe.com"], attachments=["r37"]),
    kind="court_order", name="Tariq Mahmood", org="Dunmore Ashe LLP", mail="t.mahmood@dunmoreashe.com",
    rep="Ellerby Veterinary Group Ltd", theirs="PG/ELL.0093",
    bases=["court_order"], case="CI-2026-0764",
    note="Cover email: sets no date of its own; 19 January 2027 is a hearing date and 12 November a past hearing."))
