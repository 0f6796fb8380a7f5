"""corpus-q English documents q17–q24."""
from common import RID, add_days, doc, email

U = "https://uk.trustpilot.com/reviews/"

DOCS = [
    doc("q17", "eml", "en", "2026-11-24", f"""
Hi Legal / Content Integrity,

Escalating a consumer appeal that has come through to us in Support several times now. The customer is Felicity Armitage-Kerr, and the review is {U}{RID['portwell']} (Portwell Opticians). It was taken down on 12 November for personal information after the business reported it. She emailed legal@ that evening and has since phoned us twice and opened two chats.

I've read the review and honestly I can't see the personal information – it refers to "the manager" and "the optician" but names nobody. She's polite but getting more frustrated each time, and she feels nobody is looking at it.

Could someone take a look and let her (and us) know where it stands? She mentioned on the phone that she's speaking to a journalist at her local paper on Friday, for what it's worth. I've told her we can't promise a timeframe.

Ticket numbers for reference: #5538120 and #5541976.

Cheers,
Owain

Owain Lessiter
Team Lead, Consumer Support (EMEA)
Trustpilot
owain.lessiter@trustpilot.com
""", email=email("Owain Lessiter", "owain.lessiter@trustpilot.com",
                 "FW: consumer appeal – Portwell Opticians review removed",
                 "<CAKp9Xr3Wq1e7LsupportOwL55b@mail.gmail.com>", "2026-11-24T11:26:00+00:00"),
        kind="internal_escalation", case="new:q-armitage", name="Owain Lessiter", org="Trustpilot",
        addr="owain.lessiter@trustpilot.com", rep="Felicity Armitage-Kerr",
        urls=[U + RID["portwell"]], ids=[RID["portwell"]], bases=[],
        note="Same new matter as q16 (same review, same customer). The customer's Friday call with a journalist is "
             "her own plan, not a date demanded: no deadline. Support ticket numbers are not their_reference "
             "(they are our own ticket system's)."),

    doc("q18", "scan", "en", "2026-11-18", f"""
TARROW LINDQVIST LLP
Barristers & Solicitors
Suite 2400, 181 Bay Street, Toronto, Ontario M5J 2T3, Canada
Tel. 416-555-0193 · tarrowlindqvist.ca

November 13, 2026

DELIVERED BY COURIER

Trustpilot A/S
Pilestræde 58, 5th Floor
1112 Copenhagen K, Denmark

Our File: 26-0381/SRB
Court File No. CV-26-00714832-0000

Dear Sir/Madam:

Re: Lakeshore Dental Arts Professional Corporation v. John Doe and Trustpilot A/S
Ontario Superior Court of Justice

We are counsel to the applicant, Lakeshore Dental Arts Professional Corporation. We hereby serve you with the Order of Justice Mireille Beauchesne dated November 10, 2026, a copy of which is enclosed. Paragraphs 2 and 3 of the Order provide:

2. THIS COURT ORDERS that the respondent Trustpilot A/S shall, within twenty-one (21) days of service of this Order, produce to the applicant's lawyers any information in its possession identifying the author of the review posted at https://ca.trustpilot.com/reviews/{RID['ontario']}, including name, email address and the IP addresses used to create the account and post the review.

3. THIS COURT ORDERS that the applicant shall use the information produced only for the purposes of this proceeding against the respondent John Doe.

The review in question states, among other things: "Dr. Hallett botched my root canal and then lied to the College about it."

The motion against John Doe is scheduled to be heard on January 14, 2027. We would be grateful for your cooperation so that the applicant can serve him before that date.

Yours truly,

TARROW LINDQVIST LLP

Sunita Ramcharan-Bell
Partner
sramcharanbell@tarrowlindqvist.ca
""", kind="court_order", case="new:q-lakeshore", name="Sunita Ramcharan-Bell", org="Tarrow Lindqvist LLP",
        addr="sramcharanbell@tarrowlindqvist.ca", rep="Lakeshore Dental Arts Professional Corporation",
        theirs="26-0381/SRB",
        urls=["https://ca.trustpilot.com/reviews/" + RID["ontario"]], ids=[RID["ontario"]],
        quotes=["Dr. Hallett botched my root canal and then lied to the College about it."],
        deadline=add_days("2026-11-18", 21), basis="within twenty-one (21) days of service of this Order",
        bases=["court_order"],
        note="Non-UK court (Ontario). Served by this courier letter, so 'of service' runs from the received "
             "date (18 Nov): 9 Dec. The 14 January 2027 hearing is not a deadline. their_reference is the firm's "
             "file number, not the court file number."),

    doc("q19", "pdf", "en", "2026-11-12", f"""
Information Commissioner's Office
Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF
T. 0303 123 1113 · ico.org.uk

Trustpilot A/S
Data Protection Officer
Pilestræde 58
1112 Copenhagen K
Denmark

10 November 2026

Case reference: IC-417093-T6H8

Dear Data Protection Officer

Complaint from Mr Lorne Haverstock

We have received a complaint from Mr Lorne Haverstock about the way Trustpilot has handled his request to erase personal data about him contained in a review at {U}{RID['ico_rev']}.

Mr Haverstock says that he made his request on 4 August 2026 and that he received a reply on 2 October 2026 refusing it, without an explanation of the legitimate interests relied on or of his right to complain to us. He considers that the review identifies him by his first name, his job title and the name of his employer.

We have not yet reached a view on the complaint. To help us do so, please tell us:

1. when you received Mr Haverstock's request, and when you responded to it;
2. the lawful basis on which you continue to publish the personal data in the review, and, if you rely on legitimate interests, the assessment you carried out;
3. whether your response informed Mr Haverstock of his right to complain to the ICO, as required by Article 12(4) UK GDPR; and
4. whether you are now prepared to reconsider his request.

We would be grateful to receive your response within 28 calendar days of the date of this letter. Please quote our case reference in any correspondence.

Yours sincerely

Gemma Northcott-Oyelaran
Case Officer
Public Advice and Data Protection Complaints Service
Information Commissioner's Office
casework@ico.org.uk
""", kind="regulator", case="new:q-haverstock-ico", name="Gemma Northcott-Oyelaran",
        org="Information Commissioner's Office", addr="casework@ico.org.uk", theirs="IC-417093-T6H8",
        urls=[U + RID["ico_rev"]], ids=[RID["ico_rev"]],
        deadline=add_days("2026-11-10", 28), basis="within 28 calendar days of the date of this letter",
        bases=["data_protection"],
        note="Regulator writes on a data subject's complaint; it represents nobody. 4 August and 2 October are "
             "past events. 28 days from the letter's date (10 Nov): 8 Dec."),

    doc("q20", "pdf", "en", "2026-11-16", f"""
FORBRUKERTILSYNET
The Norwegian Consumer Authority
Postboks 2862 Kjørbekk, 3702 Skien, Norway
post@forbrukertilsynet.no · +47 23 400 600

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Your ref:
Our ref: 26/07352-3
Case handler: Eirik Solbakken-Moe
Date: 11.11.2026

Request for information – reviews of Nordkapp Solenergi AS

The Norwegian Consumer Authority supervises compliance with the Norwegian Marketing Control Act, which prohibits misleading commercial practices, including the publication of fake consumer reviews and the commissioning of such reviews.

We have received several complaints from consumers about the solar panel installer Nordkapp Solenergi AS. The complainants say that the company's rating on your Norwegian site, https://no.trustpilot.com/review/nordkappsolenergi.no, does not reflect customers' actual experience, and that a number of five-star reviews were posted within a short period by accounts with no other activity. One complainant points in particular to https://no.trustpilot.com/reviews/{RID['norway']}.

Norway is not a member of the European Union, and this request is made under our national powers. We ask you to answer the following questions:

a) whether you have detected or acted upon suspicious review activity on the company's profile since 1 January 2026;
b) what measures you apply to verify that reviews come from genuine customers;
c) whether the company has been subject to any restriction or warning on your platform.

We ask that you respond by 1 December. Please use our reference in your reply.

Yours faithfully

Eirik Solbakken-Moe
Senior Adviser
for the Norwegian Consumer Authority
""", kind="regulator", case="new:q-nordkapp", name="Eirik Solbakken-Moe", org="Forbrukertilsynet",
        addr=None, theirs="26/07352-3",
        urls=["https://no.trustpilot.com/review/nordkappsolenergi.no", "https://no.trustpilot.com/reviews/" + RID["norway"]],
        ids=[RID["norway"]], deadline="2026-12-01", basis="by 1 December", bases=["consumer_law"],
        note="Regulator outside the EU. Date without a year: 1 December 2026. Organisation as the letterhead names "
             "it (Forbrukertilsynet; the English name follows). Only the authority's general mailbox is given, in the letterhead: sender_email null."),

    doc("q21", "eml", "en", "2026-11-19", """
Legal team,

I'm getting pulled into the Cardew Lettings situation from the commercial side and want to make sure we're joined up.

Their page is https://uk.trustpilot.com/review/cardewlettings.co.uk – consumer warning has been up since late September. The MD called our Bristol sales lead yesterday, quite upset, and said they now have lawyers involved. They're a mid-sized account but they're also on the board of the regional lettings association, and three other agents in that association are in our pipeline for Q1. I don't want to overstate it, but this could cost us more than one customer.

I'm not asking anyone to lift the warning if it's justified. What I need is to understand where we are: is there evidence of incentivised reviews, and is anything still outstanding on our side? I'd also like to know whether the business has been given enough detail to respond, as that seems to be the main complaint.

Can I have a view by close of play Monday (23/11)? I'm seeing the association's chair on Wednesday.

Annika Strandberg-Fell
VP Sales, UK & Ireland
Trustpilot
annika.strandbergfell@trustpilot.com
""", email=email("Annika Strandberg-Fell", "annika.strandbergfell@trustpilot.com", "Cardew Lettings – consumer warning",
                 "<CAGs7vR0n2Ke8cardewAsfQ19x@mail.gmail.com>", "2026-11-19T08:47:00+00:00"),
        kind="internal_escalation", case="CI-2026-0934", name="Annika Strandberg-Fell", org="Trustpilot",
        addr="annika.strandbergfell@trustpilot.com", rep="Cardew Lettings",
        urls=["https://uk.trustpilot.com/review/cardewlettings.co.uk"], bases=["platform_guidelines"],
        deadline="2026-11-23", basis="by close of play Monday (23/11)",
        note="Executive escalation linked to open CI-2026-0934 by the business-page URL and company name, no "
             "reference. Wednesday's meeting is her own plan; the deadline is the date she asks for. "
             "'Incentivised reviews' = the guideline at issue. Signature with no sign-off."),

    doc("q22", "eml", "en", "2026-11-23", f"""
NOTICE OF COPYRIGHT INFRINGEMENT

To: Trustpilot A/S, legal@trustpilot.com
From: Harlow Image Rights Ltd, on behalf of Mr Callum Ferrier
Our reference: HIR-CF-20261119-07

Dear Sir or Madam,

Harlow Image Rights Ltd is the exclusive licensing and enforcement agent for the photographer Mr Callum Ferrier. We write on his behalf.

The review at {U}{RID['photo']} includes an image uploaded by the reviewer. That image is a photograph of the interior of the Bramblecote Inn, Malvern, taken by Mr Ferrier on 3 June 2025 and licensed exclusively to the Inn for its own marketing. The reviewer has reproduced it without licence and cropped out Mr Ferrier's credit line. A copy of the original with its metadata, and the licence, are available on request.

The reproduction and communication of the photograph to the public infringe Mr Ferrier's copyright under sections 16, 17 and 20 of the Copyright, Designs and Patents Act 1988. We have a good faith belief that the use is not authorised by the copyright owner, his agent or the law, and the information in this notice is accurate.

We ask that you remove or disable access to the image expeditiously. We do not ask for the text of the review to be removed.

Yours faithfully,

Tobias Marchetti-Gould
Rights Enforcement Manager
Harlow Image Rights Ltd
14 Market Square, Harlow CM20 1BL
tobias.mg@harlowimagerights.co.uk
""", email=email("Tobias Marchetti-Gould", "tobias.mg@harlowimagerights.co.uk",
                 "Copyright notice – HIR-CF-20261119-07",
                 "<9b2c4e10f7a3.HIR-CF-20261119-07@harlowimagerights.co.uk>", "2026-11-23T09:17:00+00:00"),
        kind="ip_notice", case="new:q-ferrier", name="Tobias Marchetti-Gould", org="Harlow Image Rights Ltd",
        addr="tobias.mg@harlowimagerights.co.uk", rep="Callum Ferrier", theirs="HIR-CF-20261119-07",
        urls=[U + RID["photo"]], ids=[RID["photo"]], bases=["copyright"],
        note="Agent for a photographer named once. 'Expeditiously' sets no date."),

    doc("q23", "pdf", "en", "2026-11-26", """
Bronwen Tallis
Rhosyn Cottage, Llanfair Road
Ruthin LL15 1BT
07700 900 418 · bronwen@tallisgardendesign.co.uk

24 November 2026

Trustpilot
Business Support and Compliance

Dear Sir or Madam

My business page – https://uk.trustpilot.com/review/tallisgardendesign.co.uk

I am writing in my own name as the owner of Tallis Garden Design. I am a sole trader; I design and build gardens in the Vale of Clwyd, and I do almost all of the work myself with one part-time labourer.

On 13 November I received an email telling me that I may no longer invite reviews through your system because I had "selectively invited customers". I have been given no details. I send a review invitation to every client when their garden is finished – about thirty a year – and I have never left anyone out. I think what has happened is that I sent five invitations in one week in October because several projects finished at once before the weather turned.

I do not pay for a subscription and I do not have an account manager, so I do not know who else to ask. I would like the restriction lifted, or if you think I have done something wrong, I would like to be told what it is so that I can put it right. I have copies of every invitation I have sent since 2024 and will send them if asked.

Please reply within 14 days. I would rather sort this out now than find in spring that my page still carries a problem I knew nothing about.

Yours faithfully

Bronwen Tallis
""", kind="business_appeal", case="new:q-tallis", name="Bronwen Tallis", org="Tallis Garden Design",
        addr="bronwen@tallisgardendesign.co.uk", urls=["https://uk.trustpilot.com/review/tallisgardendesign.co.uk"],
        deadline=add_days("2026-11-24", 14), basis="within 14 days", bases=["platform_guidelines"],
        note="A business owner writing in her own name about her own page: no represented party; the organisation "
             "is the trading name she gives. 'Within 14 days' with no anchor runs from the letter's date (24 Nov)."),

    doc("q24", "docx", "en", "2026-11-27", f"""
HOLLOWAY STANBRIDGE
Solicitors
5 Tombland, Norwich NR3 1HE
01603 555 270 | info@hollowaystanbridge.co.uk

Trustpilot A/S
Legal Department
Pilestræde 58, 1112 Copenhagen K, Denmark

Our ref: HS/ANL/2026-58 (JS)

26 November 2026

Dear Sirs

Reviews concerning Dr Amara Nwachukwu-Lyle – Protection from Harassment Act 1997

We act for Dr Amara Nwachukwu-Lyle, a consultant dermatologist who practises at Wensum Skin Clinic, Norwich.

Since August 2026 the same individual has posted a series of reviews on the clinic's page, each of which is directed at our client personally rather than at any treatment received. Two remain published:

{U}{RID['harass1']}
{U}{RID['harass2']}

The first states: "Dr Nwachukwu-Lyle should be struck off and I will make sure everyone knows it." The second, posted the day after our client declined to see the author again, states: "I'll keep writing these until she answers me."

The author has also sent our client messages through the clinic's website and left a card at her home. Taken together, this is a course of conduct amounting to harassment within the meaning of sections 1 and 7 of the Protection from Harassment Act 1997, and the reviews are the public part of it. Our client has reported the matter to Norfolk Constabulary.

Our client requires that both reviews are removed by no later than 5pm GMT on Thursday, 3rd December 2026, and that you preserve all information about the account concerned. Our client reserves the right to seek an injunction without further notice.

Yours faithfully

K. Aldous
pp Jasper Stanbridge
Solicitor
for Holloway Stanbridge
j.stanbridge@hollowaystanbridge.co.uk

Holloway Stanbridge is the trading name of HSL Legal Services LLP (OC429318), authorised and regulated by the Solicitors Regulation Authority.
""", kind="legal_demand", case="new:q-nwachukwu", name="Jasper Stanbridge", org="Holloway Stanbridge",
        addr="j.stanbridge@hollowaystanbridge.co.uk", rep="Amara Nwachukwu-Lyle", theirs="HS/ANL/2026-58 (JS)",
        urls=[U + RID["harass1"], U + RID["harass2"]], ids=[RID["harass1"], RID["harass2"]],
        quotes=["Dr Nwachukwu-Lyle should be struck off and I will make sure everyone knows it.",
                "I'll keep writing these until she answers me."],
        deadline="2026-12-03", basis="by no later than 5pm GMT on Thursday, 3rd December 2026",
        bases=["harassment"],
        note="Third-person demand ('Our client requires that...'). Represented person without the title 'Dr'. "
             "'pp' signature: the letter is Jasper Stanbridge's, signed for him by K. Aldous, so he is the sender. "
             "Organisation: the trading name on the letterhead, not the LLP behind it."),
]
