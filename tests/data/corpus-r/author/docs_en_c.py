"""English documents, part c: r37 r39 r41 r43 r46 r47 r50 r52."""
from common import R, doc, mail

DOCS = []

# r37 — attached to r36: partner's letter enclosing the sealed Norwich Pharmacal order (CI-2026-0764)
DOCS.append(doc("r37", "pdf", "en", "2026-11-17", f"""
DUNMORE ASHE LLP
1 Bridgewater Place, Water Lane, Leeds LS11 5QR
T +44 (0)113 496 0720 · p.garside@dunmoreashe.com

Trustpilot A/S, Legal Department
Pilestræde 58, 1112 Copenhagen K, Denmark

Our ref: PG/ELL.0093
16 November 2026

Dear Sirs

Ellerby Veterinary Group Ltd v Trustpilot A/S – Claim No. KB-2026-003918

We enclose by way of service a sealed copy of the Order made by Master Dagnall on 13 November 2026 following the hearing of our client's application on 12 November, which you did not attend but in respect of which you had written to the Court to say that you neither consented to nor opposed the application.

Your attention is drawn to paragraph 1. Please send the information to the writer at the address above, marked for her attention.

Yours faithfully

Philippa Garside
Partner, Dunmore Ashe LLP

IN THE HIGH COURT OF JUSTICE
KING'S BENCH DIVISION
MEDIA AND COMMUNICATIONS LIST
Claim No. KB-2026-003918
Before Master Dagnall, 13 November 2026

BETWEEN ELLERBY VETERINARY GROUP LTD (Applicant) and TRUSTPILOT A/S (Respondent)

ORDER

UPON the Applicant's application by notice dated 6 October 2026, AND UPON reading the evidence filed, IT IS ORDERED THAT:

1. The Respondent shall by 4pm on 4 December 2026 disclose to the Applicant's solicitors, in respect of each account that posted a Review listed in the Schedule, the name, email address, telephone number and the IP addresses recorded at registration and at the time of posting.

2. The information disclosed may be used by the Applicant only for the purpose of bringing proceedings against the authors of the Reviews.

3. The Applicant shall pay the Respondent's reasonable costs of compliance.

4. The Respondent may apply to vary or discharge this Order within 7 days of service. Any such application shall be listed on 19 January 2027.

SCHEDULE – THE REVIEWS
https://uk.trustpilot.com/reviews/{R['ellerby1']}
https://uk.trustpilot.com/reviews/{R['ellerby2']}
""", kind="court_order", name="Philippa Garside", org="Dunmore Ashe LLP", mail="p.garside@dunmoreashe.com",
    rep="Ellerby Veterinary Group Ltd", theirs="PG/ELL.0093",
    urls=[f"https://uk.trustpilot.com/reviews/{R['ellerby1']}", f"https://uk.trustpilot.com/reviews/{R['ellerby2']}"],
    ids=[R["ellerby1"], R["ellerby2"]],
    deadline="2026-12-04", basis="by 4pm on 4 December 2026", bases=["court_order"], case="CI-2026-0764",
    part_name="Ellerby v Trustpilot - letter and sealed Order 13.11.2026.pdf",
    note="Third-person order ('The Respondent shall'); the 7-day right to apply is an option, not a demand."))

# r39 — account manager escalates Ravensworth again (CI-2026-0746) with no CI reference
DOCS.append(doc("r39", "eml", "en", "2026-11-18", f"""
Hi team,

I'm the account manager for Ravensworth Lettings (Durham, https://uk.trustpilot.com/review/ravensworthlettings.co.uk). I know you already have their dispute about the consumer warning, so apologies for adding to the pile, but I've been asked to escalate by my director after Ailsa McBride, who runs the business, called him directly this morning.

Two things are new since she last wrote to you, as far as I can tell:

1. She has now sent me the QR card they hand out at checkout. It says "Tell other students what living with us was like" and nothing about a reward or prize draw. I've put it in the shared drive under her account.

2. She thinks the warning was triggered by one review in particular, https://uk.trustpilot.com/reviews/{R['ravens_rev']}, which says "I only left five stars because the agent said it would help me get my deposit back quicker." She says the reviewer was a tenant whose deposit was in fact returned in full before the review was written, and she has the deposit scheme record showing the date.

If that review is what's behind the warning, she'd like it looked at again, and so would I, frankly, as they are a growing account and they're now talking to a competitor.

Can you let me know where things stand by end of day Friday? I'm not asking for any particular outcome, just something I can tell them.

Cheers,
Ben

Ben Achterberg
Senior Account Manager, UK & Ireland
Trustpilot
""", email=mail("Ben Achterberg", "ben.achterberg@trustpilot.com", "Ravensworth Lettings – consumer warning, new info",
                "<CAFm3pQ0Ravensworth1118@mail.gmail.com>", "2026-11-18T10:12:00+00:00",
                to="content-integrity@trustpilot.com"),
    kind="internal_escalation", name="Ben Achterberg", org="Trustpilot", mail="ben.achterberg@trustpilot.com",
    rep="Ravensworth Lettings",
    urls=["https://uk.trustpilot.com/review/ravensworthlettings.co.uk", f"https://uk.trustpilot.com/reviews/{R['ravens_rev']}"],
    ids=[R["ravens_rev"]],
    quotes=["I only left five stars because the agent said it would help me get my deposit back quicker."],
    deadline="2026-11-20", basis="by end of day Friday", bases=["platform_guidelines"], case="CI-2026-0746",
    note="Represented party as the text writes it ('Ravensworth Lettings'). "
         "The QR card wording is the business's own, not content complained about."))

# r41 — trusted flagger (Ireland), DSA Art. 16/22, no deadline
DOCS.append(doc("r41", "pdf", "en", "2026-11-19", f"""
CLEARLINE ONLINE SAFETY CLG
Trusted flagger designated by Coimisiún na Meán under Article 22 of Regulation (EU) 2022/2065
Unit 7, The Digital Hub, Thomas Street, Dublin 8 · +353 1 555 0190 · notices@clearline.ie

NOTICE OF ILLEGAL CONTENT

Our reference: CLR-TF-2026-00871
Date: 18 November 2026
To: Trustpilot A/S, by email to legal@trustpilot.com

1. Content notified
https://ie.trustpilot.com/reviews/{R['tf1']}
https://ie.trustpilot.com/reviews/{R['tf2']}

Both items were posted on the page of a dental practice in Swords, Co. Dublin, on 14 and 15 November 2026, by accounts with different display names but, on the face of the text, by the same author.

2. Why we consider the content illegal
The items identify by first name and workplace a dental nurse at the practice and disclose where she lives. The first includes the sentence "Her name is Aoife and she lives above the chipper on Main Street, go and tell her what you think of her." The second repeats the address and adds "She won't be smiling for long."

In our assessment the content amounts to harassment, and the second item to a threat, contrary to sections 10 and 5 respectively of the Non-Fatal Offences Against the Person Act 1997, and the disclosure of her home location is intended to expose her to attack by others. The nurse has reported the matter to An Garda Síochána.

3. Request
As a notice from a trusted flagger, we ask that this notice be given priority and decided without undue delay, in accordance with Article 22(1) DSA, and that the notifier be informed of the decision under Article 16(5).

4. Statement
We confirm our bona fide belief that the information in this notice is accurate and complete.

Niamh Corrigan PhD
Head of Notices
Clearline Online Safety CLG
n.corrigan@clearline.ie
""", kind="illegal_content_notice", name="Niamh Corrigan", org="Clearline Online Safety CLG",
    mail="n.corrigan@clearline.ie", theirs="CLR-TF-2026-00871",
    urls=[f"https://ie.trustpilot.com/reviews/{R['tf1']}", f"https://ie.trustpilot.com/reviews/{R['tf2']}"],
    ids=[R["tf1"], R["tf2"]],
    quotes=["Her name is Aoife and she lives above the chipper on Main Street, go and tell her what you think of her.",
            "She won't be smiling for long."],
    bases=["dsa", "harassment", "criminal"], case="new:r-clearline",
    note="No deadline: 'without undue delay'; 14/15 November are past events."))

# r43 — consumer appeal, typed letter; the sender's own absence is no deadline
DOCS.append(doc("r43", "docx", "en", "2026-11-23", f"""
Rhodri Beynon
27 Heol y Nant
Whitchurch
Cardiff CF14 1LR
rhodri.beynon@btinternet.com

19 November 2026

Trustpilot
Content Integrity Team
By email

Dear Sir or Madam,

Removal of my review of Hartside Plumbing & Heating

On 16 November I was told that my review of Hartside Plumbing & Heating had been removed after the business reported it, on the basis that I had not shown I was a genuine customer. I was given the chance to send documents and I did not see that email in time, which I accept is my fault. I am now appealing.

I enclose the invoice for the work (HPH-4471, dated 4 September 2026, £1,260 for a replacement cylinder) and my bank statement showing the payment. My name and address on both match my Trustpilot account.

The review, at https://uk.trustpilot.com/reviews/{R['appeal_en']}, said in the part the business objected to: "The new cylinder leaked within a fortnight and it took five phone calls and three weeks to get anyone back out." That is exactly what happened and I can provide the call log from my phone if needed. It is critical, but it is not abusive, it names nobody and it describes my own experience.

Your guidelines allow a business to report a review, but I don't believe they allow a genuine, if negative, review to be removed because the business would prefer it wasn't there. I would ask that the review is restored.

Please note that I will be working abroad from 3 December until 10 January with only occasional access to email. If you need anything else from me it would help to hear before then, but I understand if that is not possible.

Yours faithfully,

Rhodri Beynon
""", kind="consumer_appeal", name="Rhodri Beynon", mail="rhodri.beynon@btinternet.com",
    urls=[f"https://uk.trustpilot.com/reviews/{R['appeal_en']}"], ids=[R["appeal_en"]],
    quotes=["The new cylinder leaked within a fortnight and it took five phone calls and three weeks to get anyone back out."],
    bases=["platform_guidelines"], case="new:r-beynon",
    note="No deadline: 3 December is the sender's own absence, phrased as a wish, not a demand."))

# r46 — same-named business elsewhere (Melbourne) than open CI-2026-0712 (Bristol): NEW
DOCS.append(doc("r46", "eml", "en", "2026-11-25", f"""
Hi there,

We reported a review on our page last week and got an email back saying it doesn't break your guidelines. We'd like that looked at again please.

The review is https://au.trustpilot.com/reviews/{R['thornAU']} and the line that matters is "Quoted me $9k, installed second-hand double glazing and then ghosted me." We have never installed second-hand units. Every unit we fit comes from one supplier in Dandenong with a batch number and a 10 year warranty, and I can send you the supplier invoice for the job the reviewer is talking about, if it's the one I think it is. There was one complaint from that customer about condensation, and our installer went back twice.

The other problem is we can't find the reviewer in our system under that name at all, which is why we flagged it in the first place.

Just so you don't confuse us, we are nothing to do with the UK company with the same name. We get their phone calls now and then.

Could someone get back to me by COB Friday 27 November? It's our busiest time of the year and this is the first thing people see.

Cheers,

Mick Costa
General Manager
Thornbury Glazing Pty Ltd
412 High Street, Thornbury VIC 3071, Australia
0491 570 156
""", email=mail("Mick Costa", "mick@thornburyglazing.com.au", "Review dispute - Thornbury Glazing (Melbourne)",
                "<ME3P282MB2210F6D1C0@ME3P282MB2210.AUSP282.PROD.OUTLOOK.COM>", "2026-11-25T16:03:00+11:00",
                to="support@trustpilot.com"),
    kind="business_appeal", name="Mick Costa", org="Thornbury Glazing Pty Ltd", mail="mick@thornburyglazing.com.au",
    urls=[f"https://au.trustpilot.com/reviews/{R['thornAU']}"], ids=[R["thornAU"]],
    quotes=["Quoted me $9k, installed second-hand double glazing and then ghosted me."],
    deadline="2026-11-27", basis="by COB Friday 27 November", bases=["platform_guidelines"],
    case="new:r-thornbury-au",
    note="Same-named business in Australia; the open CI-2026-0712 concerns Thornbury Glazing Ltd, Bristol."))

# r47 — Marlowe Pike's chaser on CI-2026-0712: their reference only, recalls an older date, new deadline
DOCS.append(doc("r47", "pdf", "en", "2026-11-26", f"""
MARLOWE PIKE LLP
Solicitors
Quay House, 4 The Grove, Bristol BS1 4RB
Tel 0117 496 0381 · e.rhys-carver@marlowepike.co.uk

Trustpilot A/S
Legal Department
Pilestræde 58
1112 Copenhagen K
Denmark

Our ref: ERC/THG/0457
25 November 2026

Dear Sirs

Our client: Thornbury Glazing Ltd

We refer to our letter of 11 September 2026 and to your email of 24 September in which you told us that you would respond substantively by 2 October. You did not do so, and we have heard nothing further despite our telephone calls of 14 and 28 October.

The review at https://uk.trustpilot.com/reviews/{R['thorn']} remains online. As we explained in our earlier letter, it states that our client "Fitted the wrong size frames and then blamed us for measuring." and that "Their fitters left our back door unlocked and we were burgled that same week." The second allegation, which suggests our client's staff were complicit in or responsible for a burglary, is the more serious and is entirely false: the installation at the address concerned was completed, and the property locked and handed back, on 19 June 2026, some five weeks before the burglary the reviewer refers to.

Our client has been patient. It is now losing work, having been told by at least two prospective customers that they had seen the review. The review is defamatory of our client and you have been on notice of it for more than two months.

Unless we receive confirmation that the review has been removed no later than 4.00 pm on Thursday 3 December 2026, we are instructed to issue proceedings without further notice. We trust that will not be necessary.

Yours faithfully

Edmund Rhys-Carver
Partner
for Marlowe Pike LLP
""", kind="legal_demand", name="Edmund Rhys-Carver", org="Marlowe Pike LLP", mail="e.rhys-carver@marlowepike.co.uk",
    rep="Thornbury Glazing Ltd", theirs="ERC/THG/0457",
    urls=[f"https://uk.trustpilot.com/reviews/{R['thorn']}"], ids=[R["thorn"]],
    quotes=["Fitted the wrong size frames and then blamed us for measuring.",
            "Their fitters left our back door unlocked and we were burgled that same week."],
    deadline="2026-12-03", basis="no later than 4.00 pm on Thursday 3 December 2026", bases=["defamation"],
    case="CI-2026-0712",
    note="'respond substantively by 2 October' is recalled (our own missed date), not the deadline."))

# r50 — the client of CI-2026-0771 writes himself with no reference; "immediately"
DOCS.append(doc("r50", "eml", "en", "2026-12-01", f"""
Dear Trustpilot,

I am the managing director of Northmoor Care Homes. Our solicitors have written to you twice now about the review of Alder Bank House and I understand that apart from an automatic reply nobody has had the courtesy to respond to them.

I want to put it to you in plain terms what this is doing. The review says "Residents at Alder Bank are left in soiled sheets for hours because the night staff are asleep." Our night staff read that. They are carers on modest wages doing a hard job well, and two of them have told me they are embarrassed to tell people where they work. A family that had a place lined up for their father in January has pulled out and told us why.

It is a false and defamatory allegation of neglect against a home that was rated Good by the CQC this summer, and we expect another inspection before Christmas. I do not want inspectors reading this on your site as though it were fact.

I am asking you to take the review down immediately. If you need anything from us to do that, ask and you will have it the same day.

Richard Venning
Managing Director
Northmoor Care Homes Ltd
Registered office: Fellside, Caton Road, Lancaster LA1 3PE
""", email=mail("Richard Venning", "r.venning@northmoorcare.co.uk", "Alder Bank House review",
                "<0f3a11c2.northmoor.20261201@northmoorcare.co.uk>", "2026-12-01T08:17:00+00:00"),
    kind="legal_demand", name="Richard Venning", org="Northmoor Care Homes Ltd", mail="r.venning@northmoorcare.co.uk",
    quotes=["Residents at Alder Bank are left in soiled sheets for hours because the night staff are asleep."],
    bases=["defamation"], case="CI-2026-0771",
    note="No reference, no review id: linked by the party (sender address in the case) and the quoted sentence. "
         "'immediately': no deadline; the inspection 'before Christmas' is not a deadline for us."))

# r52 — ICO about the SAR of r03 (same new matter): noun deadline; recalled due date
DOCS.append(doc("r52", "pdf", "en", "2026-12-03", f"""
Information Commissioner's Office
Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF
T 0303 123 1113 · casework@ico.org.uk · ico.org.uk

Trustpilot A/S
Data Protection Officer
Pilestræde 58
1112 Copenhagen K
Denmark

1 December 2026

Case reference: IC-441902-T7Q3

Dear Data Protection Officer

Data protection complaint: Mr Tobias Whitcombe

We have received a complaint from Mr Whitcombe about the way you have handled his subject access request. He has given us permission to share the details with you.

Mr Whitcombe says he made a request by email on 21 October 2026 for a copy of his personal data, including information about reports made about his reviews and any automated decision-making applied to his account. He says he has had no response. On his account, the response was due by 21 November 2026.

Based on the information we have, it appears that you may not have complied with your obligations under Article 15 of the UK GDPR. We have not made a final decision, and we would like to hear from you before we do.

Please tell us:

- whether you received the request, and when;
- whether you have now responded, and if so, send us a copy of the response;
- if you have not responded, why not, and when you will.

The deadline for your response to us is 15 December 2026. If we do not hear from you by then, we may consider whether further regulatory action is appropriate.

Please quote our case reference on all correspondence.

Yours sincerely

Priyanka Sethi
Case Officer
Information Commissioner's Office
""", kind="regulator", name="Priyanka Sethi", org="Information Commissioner's Office", mail="casework@ico.org.uk",
    theirs="IC-441902-T7Q3", deadline="2026-12-15", basis="The deadline for your response to us is 15 December 2026",
    bases=["data_protection"], case="new:r-whitcombe",
    note="Same new matter as r03 (the complainant's SAR). 'due by 21 November 2026' is recalled."))
