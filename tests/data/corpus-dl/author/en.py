from common import D, G, E

# ---------------------------------------------------------------- 1 time of day + weekday
D("elmstead", "en", "pdf", "2026-11-23", "2026-11-20", "new:elmstead-kitchens", """
HARROWGATE & PRYCE SOLICITORS
14 Kingsway Chambers, Leeds LS1 4HR
Tel: 0113 496 0721
Email: t.pryce@harrowgate-pryce.co.uk

20 November 2026

Our ref: TP/ELM/0448

Legal Department
Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Elmstead Kitchens Ltd – defamatory review

Dear Sirs

We act for Elmstead Kitchens Ltd of Harrogate. Our client has drawn our attention to a review published on your platform on 2 October 2026 at https://uk.trustpilot.com/reviews/{R1}.

The review states: "They ripped out my old kitchen and vanished with the balance." It goes on: "The owner is a known fraudster." Both statements are false. Our client completed the installation on 14 September 2026 and holds a completion certificate signed by the reviewer.

The review is defamatory of our client and has caused, and is likely to cause, serious harm to its reputation within the meaning of section 1 of the Defamation Act 2013.

We therefore require you to remove the review and to confirm in writing that you have done so by 4.30pm on Friday 4 December 2026. If we do not hear from you, we are instructed to issue proceedings without further notice.

Yours faithfully

Thomas Pryce
Partner
Harrowgate & Pryce Solicitors
""", G("legal_demand", "Thomas Pryce", "Harrowgate & Pryce Solicitors", "t.pryce@harrowgate-pryce.co.uk",
       "Elmstead Kitchens Ltd", "TP/ELM/0448", ["https://uk.trustpilot.com/reviews/{R1}"],
       ["They ripped out my old kitchen and vanished with the balance.", "The owner is a known fraudster."],
       "by 4.30pm on Friday 4 December 2026", ["defamation"]),
  ("date", "2026-12-04"), "2026-12-04")

# ---------------------------------------------------------------- 2 midday + "the 3rd of" no year
D("brightwell", "en", "eml", "2026-11-26", "2026-11-26", "new:brightwell-dental", """
Dear Trustpilot team,

I am the practice manager at Brightwell Dental Care in Bristol. On 19 November you placed a consumer warning on our business page, https://uk.trustpilot.com/review/brightwell-dental.co.uk, saying that we had breached your guidelines by offering patients a discount in exchange for reviews.

That is simply not correct. We sent a newsletter in October inviting all of our patients to leave honest feedback, and no discount was ever tied to a review. The newsletter is still on our website and I am happy to forward the original email as well.

The warning is already costing us new patient enquiries. Please review the decision and let me know the outcome by midday on the 3rd of December, as our board meets that afternoon and I need to report to them.

Kind regards,

Priya Natarajan
Practice Manager
Brightwell Dental Care
0117 496 0382
""", G("business_appeal", "Priya Natarajan", "Brightwell Dental Care", "priya@brightwell-dental.co.uk",
       None, None, ["https://uk.trustpilot.com/review/brightwell-dental.co.uk"], [],
       "by midday on the 3rd of December", ["platform_guidelines"]),
  ("date", "2026-12-03"), "2026-12-03",
  E("Priya Natarajan", "priya@brightwell-dental.co.uk", "Appeal – warning on our profile (Brightwell Dental Care)",
    "2026-11-26T10:42:00+00:00", "<CAF7q1x9Lm2+brightwell.0412@mail.brightwell-dental.co.uk>"))

# ---------------------------------------------------------------- 3 close of business, earlier letter date
D("halden", "en", "txt", "2026-11-19", "2026-11-17", "new:halden-fencing", """
Castlegate Legal LLP
3 Mercer Street, Bristol BS1 2QT
Tel: 0117 496 0115 | Email: r.okafor@castlegatelegal.co.uk

17 November 2026

Our ref: RO/3381/HF

Trustpilot A/S – Legal Team
By email: legal@trustpilot.com

Dear Sir or Madam

Re: Halden Fencing Ltd – review at https://uk.trustpilot.com/reviews/{R1}

We refer to our letter of 2 November 2026, to which we have had no reply.

The review complained of alleges that our client "used rotten timber and charged for treated oak". The posts in question were supplied by a named merchant, and the invoice shows pressure-treated softwood, exactly as quoted to the customer. The allegation is false. It was published knowing it to be false and has caused our client pecuniary loss; it is a malicious falsehood.

We ask that you remove the review, or at the very least suspend it pending your investigation, no later than close of business on 27 November 2026. Please also preserve all data relating to the account that posted it.

Yours faithfully

Ruth Okafor
Senior Associate
Castlegate Legal LLP
""", G("legal_demand", "Ruth Okafor", "Castlegate Legal LLP", "r.okafor@castlegatelegal.co.uk",
       "Halden Fencing Ltd", "RO/3381/HF", ["https://uk.trustpilot.com/reviews/{R1}"],
       ["used rotten timber and charged for treated oak"],
       "no later than close of business on 27 November 2026", ["malicious_falsehood"]),
  ("date", "2026-11-27"), "2026-11-27")

# ---------------------------------------------------------------- 4 Sydney time in parentheses, weekday with comma
D("coralreach", "en", "pdf", "2026-11-16", "2026-11-13", "new:coral-reach-dive", """
BARRINGTON WHYTE LAWYERS
Level 9, 60 Clarence Street, Sydney NSW 2000, Australia
Phone: +61 2 9051 4470
Email: mclancy@barringtonwhyte.com.au

13 November 2026

Our reference: MC:2026/1187

Trustpilot A/S
Pilestræde 58, 1112 Copenhagen K, Denmark

Concerns notice – Coral Reach Dive Tours Pty Ltd

Dear Trustpilot

We act for Coral Reach Dive Tours Pty Ltd of Cairns. This is a concerns notice regarding a review posted to your Australian site at https://au.trustpilot.com/reviews/{R1}.

The review asserts: "The instructors were drunk on the boat and nobody checked our air." Our client's operations log, crew rosters and post-dive reports for that trip show these imputations to be false. They carry a defamatory meaning, namely that our client recklessly endangers its customers.

Our client requires that you remove the review and provide written confirmation to this office by 5pm (Sydney time) on Monday, 30 November 2026. Absent that confirmation, our client will consider commencing defamation proceedings in the Federal Court of Australia.

Yours faithfully

Megan Clancy
Principal
Barrington Whyte Lawyers
""", G("legal_demand", "Megan Clancy", "Barrington Whyte Lawyers", "mclancy@barringtonwhyte.com.au",
       "Coral Reach Dive Tours Pty Ltd", "MC:2026/1187", ["https://au.trustpilot.com/reviews/{R1}"],
       ["The instructors were drunk on the boat and nobody checked our air."],
       "by 5pm (Sydney time) on Monday, 30 November 2026", ["defamation"]),
  ("date", "2026-11-30"), "2026-11-30")

# ---------------------------------------------------------------- 5 GMT, regulator
D("cma", "en", "eml", "2026-11-16", "2026-11-16", "new:cma-info-request", """
Dear Trustpilot Legal Team,

Information request – online reviews (our reference 51944-CR)

As part of its review of compliance with the fake reviews provisions of the Digital Markets, Competition and Consumers Act 2024, the CMA is gathering information from review platforms about how they detect and handle incentivised reviews.

For the period 1 January to 30 September 2026, we would like to know the number of reviews you removed as incentivised, the number of business profiles that received a consumer warning, and a short description of the automated tools you use to detect review gating.

Please send your response to me by 5pm GMT on Tuesday 1 December 2026. If you anticipate any difficulty with that timetable, please tell me as soon as possible.

This is a voluntary request at this stage; we may use our formal information-gathering powers if necessary.

Kind regards,

Declan Forsythe
Assistant Director, Consumer Enforcement
Competition and Markets Authority
declan.forsythe@cma.gov.uk
""", G("regulator", "Declan Forsythe", "Competition and Markets Authority", "declan.forsythe@cma.gov.uk",
       None, "51944-CR", [], [], "by 5pm GMT on Tuesday 1 December 2026", ["consumer_law"]),
  ("date", "2026-12-01"), "2026-12-01",
  E("Declan Forsythe", "declan.forsythe@cma.gov.uk", "Information request – online reviews – 51944-CR",
    "2026-11-16T08:55:00+00:00", "<51944-CR.20261116085500.df@cma.gov.uk>"))

# ---------------------------------------------------------------- 6 US numeric date
D("lonestar", "en", "pdf", "2026-11-23", "2026-11-19", "new:lone-star-pools", """
HOLLOWAY KANE & REYES LLP
1800 Congress Avenue, Suite 1400
Austin, TX 78701, USA
Tel: (512) 555-0183
Email: jreyes@hkr-law.com

November 19, 2026

Our File No.: 26-0912-LSP

Trustpilot
Attn: Legal Department
legal@trustpilot.com

Re: Lone Star Pool Builders, LLC – Demand for Removal

Dear Counsel:

This firm represents Lone Star Pool Builders, LLC. On 10/07/2026 a user posted a review at https://www.trustpilot.com/reviews/{R1} stating that "Lone Star took a $20,000 deposit and filed for bankruptcy the next week." Our client has never filed for bankruptcy. It completed the reviewer's pool on 10/30/2026, after the review was posted, and the reviewer signed off on the work.

The statement is false and is defamatory per se under Texas law because it injures our client in its business.

Demand is hereby made that Trustpilot remove the review on or before 12/03/2026. Should you fail to do so, we will advise our client regarding all available remedies.

Very truly yours,

Jonathan Reyes
Partner
Holloway Kane & Reyes LLP
""", G("legal_demand", "Jonathan Reyes", "Holloway Kane & Reyes LLP", "jreyes@hkr-law.com",
       "Lone Star Pool Builders, LLC", "26-0912-LSP", ["https://www.trustpilot.com/reviews/{R1}"],
       ["Lone Star took a $20,000 deposit and filed for bankruptcy the next week."],
       "on or before 12/03/2026", ["defamation"]),
  ("date", "2026-12-03"), "2026-12-03")

# ---------------------------------------------------------------- 7 UK numeric date
D("penrose", "en", "txt", "2026-11-26", "2026-11-24", "new:penrose-garage", """
Penrose Garage Services
Unit 4, Falcon Trading Estate, Exeter EX2 8PW
Tel: 01392 496 071 · Email: gareth@penrosegarage.co.uk

24/11/2026

To: Trustpilot Legal

Re: Review by "Dave_M" – https://uk.trustpilot.com/reviews/{R1}

Dear Sir/Madam,

I own Penrose Garage Services. On 09/11/2026 someone calling himself Dave_M left a one-star review saying "Penrose fitted second-hand brake pads and charged me for new ones." We have no record of any customer of that name, and we do not stock or fit used parts. I replied to the review publicly on 12/11/2026 but it is still up.

This review is false and it is damaging my business. I am asking you to take it down. Please let me have your decision by 07/12/2026, after which I will be speaking to my solicitor about a claim for defamation.

Yours faithfully,

Gareth Penrose
Owner
Penrose Garage Services
""", G("legal_demand", "Gareth Penrose", "Penrose Garage Services", "gareth@penrosegarage.co.uk",
       None, None, ["https://uk.trustpilot.com/reviews/{R1}"],
       ["Penrose fitted second-hand brake pads and charged me for new ones."],
       "by 07/12/2026", ["defamation"]),
  ("date", "2026-12-07"), "2026-12-07")

# ---------------------------------------------------------------- 8 labelled field, ISO
D("safemarket", "en", "eml", "2026-11-24", "2026-11-24", "new:safemarket-ozempic", """
NOTICE OF ILLEGAL CONTENT (Article 16 DSA)

Notice ID: SMW-26-11873
Submitted by: SafeMarket Watch CLG (trusted flagger)
Contact: Lena Brandt, Case Officer, l.brandt@safemarketwatch.ie
Date of notice: 2026-11-24
Reply required by: 2026-12-01

Content concerned:
https://ie.trustpilot.com/reviews/{R1}

Explanation:
The review advertises a website selling prescription medicines without a prescription and gives a WhatsApp number for orders. The relevant text reads: "Cheapest Ozempic in Ireland, no prescription needed, message me on WhatsApp." Supplying prescription-only medicines in this way is a criminal offence under Irish law.

Statement of good faith:
We confirm that the information and allegations in this notice are accurate and complete to the best of our knowledge.

Please acknowledge receipt and inform us of the action taken.

Lena Brandt
Case Officer
SafeMarket Watch CLG
""", G("illegal_content_notice", "Lena Brandt", "SafeMarket Watch CLG", "l.brandt@safemarketwatch.ie",
       None, "SMW-26-11873", ["https://ie.trustpilot.com/reviews/{R1}"],
       ["Cheapest Ozempic in Ireland, no prescription needed, message me on WhatsApp."],
       "Reply required by: 2026-12-01", ["dsa", "criminal"]),
  ("date", "2026-12-01"), "2026-12-01",
  E("SafeMarket Watch Notices", "notices@safemarketwatch.ie", "DSA Art. 16 notice SMW-26-11873",
    "2026-11-24T13:05:00+00:00", "<SMW-26-11873@notices.safemarketwatch.ie>"))

# ---------------------------------------------------------------- 9 "Dec. 7" abbreviated, US sender
D("sunbelt", "en", "eml", "2026-11-26", "2026-11-25", "new:sunbelt-solar", """
Hello,

I'm writing on behalf of Sunbelt Solar Inc. (https://www.trustpilot.com/review/sunbeltsolar.com). On Nov. 17 we received an email saying our ability to invite reviews has been suspended for 30 days because of unusual review activity.

We think this is a mistake. The spike you saw came from a single community event on Nov. 8, where we handed out flyers with a QR code linking to our profile. Nobody was paid or offered anything for a review, and I can send you the flyer.

Our busiest sales month starts in December and the suspension hurts us badly. Could you please take another look and get back to me by Dec. 7? If you need anything else from our side before then, just say.

Thanks,
Marcy Delgado
Customer Experience Lead
Sunbelt Solar Inc.
Phoenix, AZ
""", G("business_appeal", "Marcy Delgado", "Sunbelt Solar Inc.", "marcy@sunbeltsolar.com",
       None, None, ["https://www.trustpilot.com/review/sunbeltsolar.com"], [],
       "by Dec. 7", []),
  ("date", "2026-12-07"), "2026-12-07",
  E("Marcy Delgado", "marcy@sunbeltsolar.com", "Restriction on our Trustpilot profile – Sunbelt Solar",
    "2026-11-25T16:20:00-05:00", "<a81f2c0e-5b77-4d1e-9a0b-sunbelt1125@sunbeltsolar.com>"))

# ---------------------------------------------------------------- 10 abbreviated month (original of a thread)
MISTRAL_TEXT = """
Dear Trustpilot Legal Team,

We are instructed by Mistral Bathrooms Ltd in connection with the review at https://uk.trustpilot.com/reviews/{R1}, posted on 11 November 2026.

The reviewer writes: "Mistral's fitter was drunk on site and flooded my neighbour's flat." Our client's fitter was not on site on the day described, as the job sheet and van tracking data confirm, and no flood occurred. The review is false, and its publication is causing our client serious harm within the meaning of section 1 of the Defamation Act 2013.

Please remove the review and confirm that you have done so by no later than 30 Nov 2026. We can supply the job sheet and tracking data in confidence.

Kind regards,

Alistair Venn
Associate
Venn Marlowe Solicitors
Tel: 020 7946 0318
"""
MISTRAL_ID = "<20261118113000.4471@vennmarlowe.co.uk>"
D("mistral1", "en", "eml", "2026-11-18", "2026-11-18", "new:mistral-bathrooms", MISTRAL_TEXT,
  G("legal_demand", "Alistair Venn", "Venn Marlowe Solicitors", "a.venn@vennmarlowe.co.uk",
    "Mistral Bathrooms Ltd", "VM/MB/552", ["https://uk.trustpilot.com/reviews/{R1}"],
    ["Mistral's fitter was drunk on site and flooded my neighbour's flat."],
    "by no later than 30 Nov 2026", ["defamation"]),
  ("date", "2026-11-30"), "2026-11-30",
  E("Alistair Venn", "a.venn@vennmarlowe.co.uk", "Mistral Bathrooms Ltd – review removal request [VM/MB/552]",
    "2026-11-18T11:30:00+00:00", MISTRAL_ID))

# ---------------------------------------------------------------- 11 modal with commas
D("lister", "en", "pdf", "2026-11-25", "2026-11-23", "new:lister-physio", """
KESTREL LAW
22 St Ann's Square, Manchester M2 7HW
Tel: 0161 496 0940
Email: n.ashworth@kestrellaw.co.uk

23 November 2026

Our ref: NA/DRL/7731

Trustpilot A/S, Legal Department
Pilestræde 58, 1112 Copenhagen K, Denmark

Dear Sirs

Our client: Dr Helen Lister – reviews of Lister Physiotherapy

Our client is a physiotherapist practising in Didsbury. Since September a former patient has posted five reviews of her clinic under different account names, most recently at https://uk.trustpilot.com/reviews/{R1} and https://uk.trustpilot.com/reviews/{R2}. Each names our client personally, and one states: "Helen Lister should be struck off and I will make sure everyone knows where she lives."

This course of conduct amounts to harassment under the Protection from Harassment Act 1997, and the publication of our client's home area is an unlawful processing of her personal data.

You must, by 2 December 2026, remove both reviews and suspend the accounts responsible. Please also preserve the account data, which our client may seek by way of a Norwich Pharmacal application.

Yours faithfully

Nadia Ashworth
Solicitor
Kestrel Law
""", G("legal_demand", "Nadia Ashworth", "Kestrel Law", "n.ashworth@kestrellaw.co.uk",
       "Helen Lister", "NA/DRL/7731",
       ["https://uk.trustpilot.com/reviews/{R1}", "https://uk.trustpilot.com/reviews/{R2}"],
       ["Helen Lister should be struck off and I will make sure everyone knows where she lives."],
       "You must, by 2 December 2026, remove both reviews", ["harassment", "data_protection"]),
  ("date", "2026-12-02"), "2026-12-02")

# ---------------------------------------------------------------- 12 passive, police
D("tvp", "en", "txt", "2026-11-30", "2026-11-27", "new:tvp-blackmail", """
Thames Valley Police
Economic Crime Unit, Kidlington, Oxfordshire
Tel: 101 ext. 44127
Email: mark.ellery@thamesvalley.police.uk

27 November 2026

Our reference: TVP/EC/26/8812

Data Disclosure Request – Trustpilot A/S

Dear Sir or Madam

I am investigating an allegation of blackmail. The suspect is believed to have posted a review at https://uk.trustpilot.com/reviews/{R1} on 8 November 2026 and then demanded £2,000 from the business concerned to have it removed. The victim received the demand on 10 November 2026.

I request the following data relating to the account that posted the review: registered name and email address, IP addresses used at account creation and at posting, and any telephone number held.

This request is made under Schedule 2, Part 1, paragraph 2 of the Data Protection Act 2018 (crime and taxation).

The requested data are to be provided by 9 December 2026, by secure email to the address above. Please do not notify the account holder, as this may prejudice the investigation.

Yours faithfully

DC 4417 Mark Ellery
Economic Crime Unit
Thames Valley Police
""", G("law_enforcement", "Mark Ellery", "Thames Valley Police", "mark.ellery@thamesvalley.police.uk",
       None, "TVP/EC/26/8812", ["https://uk.trustpilot.com/reviews/{R1}"], [],
       "are to be provided by 9 December 2026", ["criminal", "data_protection"]),
  ("date", "2026-12-09"), "2026-12-09")

# ---------------------------------------------------------------- 13 third person, docx
D("glenross", "en", "docx", "2026-11-27", "2026-11-25", "new:glenross-lodges", """
ASHCOMBE LEGAL
91 Queen Street, Edinburgh EH2 4NA
Tel: 0131 496 0612
Email: f.mcbride@ashcombelegal.co.uk

25 November 2026

Our ref: FMB/GLN/4092

Trustpilot A/S
Legal Department

Dear Sirs

Glenross Holiday Lodges Ltd

We act for Glenross Holiday Lodges Ltd, which operates holiday lodges near Aviemore. A review posted on 16 November 2026 at https://uk.trustpilot.com/reviews/{R1} claims that "the lodge had bedbugs and the owners knew and did nothing." Our client's pest control contractor inspected every lodge on 4 November 2026 and again after the review; no infestation was found. Our client's booking records also show that the reviewer never stayed at the site.

Our client regards the review as defamatory, and it plainly breaches your own guidelines, which require reviews to be based on a genuine experience.

Our client expects the review to have been removed by Tuesday, 1 December 2026, and expects to receive written confirmation of the removal at the same time.

Yours faithfully

Fiona McBride
Director
Ashcombe Legal
""", G("legal_demand", "Fiona McBride", "Ashcombe Legal", "f.mcbride@ashcombelegal.co.uk",
       "Glenross Holiday Lodges Ltd", "FMB/GLN/4092", ["https://uk.trustpilot.com/reviews/{R1}"],
       ["the lodge had bedbugs and the owners knew and did nothing."],
       "expects the review to have been removed by Tuesday, 1 December 2026", ["defamation", "platform_guidelines"]),
  ("date", "2026-12-01"), "2026-12-01")

# ---------------------------------------------------------------- 14 polite, no year, next year
D("quayside", "en", "pdf", "2026-12-03", "2026-12-01", "new:quayside-fitness", """
MORDAUNT & LYLE LLP
7 Grey Street, Newcastle upon Tyne NE1 6EE
Tel: 0191 496 0287
Email: o.lyle@mordauntlyle.co.uk

1 December 2026

Our ref: ML/QF/2290

Trustpilot A/S
Legal Department

Dear Sirs

Quayside Fitness Ltd – reviews of its Newcastle gym

We act for Quayside Fitness Ltd. Our client has identified three reviews posted between 20 and 24 November 2026 which it believes were written by a former employee: https://uk.trustpilot.com/reviews/{R1}, https://uk.trustpilot.com/reviews/{R2} and https://uk.trustpilot.com/reviews/{R3}. Each repeats the claim that "the showers have had Legionella for months."

Our client's water safety certificate dated 28 October 2026 records no Legionella. The reviews are false and defamatory of our client.

We appreciate that your investigations take time, particularly at this time of year. We would be grateful to receive your response, including confirmation of whether the reviews will be removed, by 8 January. In the meantime, please do not hesitate to contact the writer.

Yours faithfully

Oliver Lyle
Partner
Mordaunt & Lyle LLP
""", G("legal_demand", "Oliver Lyle", "Mordaunt & Lyle LLP", "o.lyle@mordauntlyle.co.uk",
       "Quayside Fitness Ltd", "ML/QF/2290",
       ["https://uk.trustpilot.com/reviews/{R1}", "https://uk.trustpilot.com/reviews/{R2}", "https://uk.trustpilot.com/reviews/{R3}"],
       ["the showers have had Legionella for months."],
       "We would be grateful to receive your response, including confirmation of whether the reviews will be removed, by 8 January", ["defamation"]),
  ("date", "2027-01-08"), "2027-01-08")

# ---------------------------------------------------------------- 15 "you have until" + weekday, no year
D("hadley", "en", "eml", "2026-11-30", "2026-11-27", "new:hadley-removals", """
To whoever deals with this,

Your site is hosting a review of Hadley Removals by someone called "Jo B" (https://uk.trustpilot.com/reviews/{R1}) which says "Hadley's men stole jewellery from my bedroom during the move." That is a criminal accusation against my staff. We have checked and we have never done a job for anyone called Jo B, and we have never moved anyone from the Leicester street mentioned in the review.

I have had two bookings cancelled this week because of it. My solicitor tells me this is defamation and that I should not have to put up with it.

You have until Wednesday 2 December to take this review down. If it is still there after that I will be instructing my solicitor to take action against the reviewer and against Trustpilot.

Tom Hadley
Director
Hadley Removals Ltd
07700 900 418
""", G("legal_demand", "Tom Hadley", "Hadley Removals Ltd", "tom@hadleyremovals.co.uk",
       None, None, ["https://uk.trustpilot.com/reviews/{R1}"],
       ["Hadley's men stole jewellery from my bedroom during the move."],
       "You have until Wednesday 2 December", ["defamation"]),
  ("date", "2026-12-02"), "2026-12-02",
  E("Tom Hadley", "tom@hadleyremovals.co.uk", "Fake review - take it down",
    "2026-11-27T18:47:00+00:00", "<CAJx0-hadley-7731@mail.hadleyremovals.co.uk>"))

# ---------------------------------------------------------------- 16 "final date for", regulator
D("ico", "en", "pdf", "2026-11-23", "2026-11-19", "new:ico-doyle", """
INFORMATION COMMISSIONER'S OFFICE
Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF
Email: sarah.whitcombe@ico.org.uk

19 November 2026

Our reference: IC-418827-K6T2

Data Protection Officer
Trustpilot A/S

Dear Data Protection Officer

Complaint from Mr Kieran Doyle

We have received a complaint from Mr Kieran Doyle about the way Trustpilot handled his request of 14 August 2026 for erasure of his reviewer account and reviews. Mr Doyle says you replied on 9 September 2026 declining to delete a review he posted at https://uk.trustpilot.com/reviews/{R1}, without explaining why.

Having considered the information provided, we would like you to explain your basis for retaining the review, with reference to Article 17(3) UK GDPR, and to tell us whether you informed Mr Doyle of his right to complain to us.

The final date for submitting your representations is 10 December 2026. If we do not receive them, we may decide the complaint on the information we already hold.

Yours sincerely

Sarah Whitcombe
Case Officer
Information Commissioner's Office
""", G("regulator", "Sarah Whitcombe", "Information Commissioner's Office", "sarah.whitcombe@ico.org.uk",
       None, "IC-418827-K6T2", ["https://uk.trustpilot.com/reviews/{R1}"], [],
       "The final date for submitting your representations is 10 December 2026", ["data_protection"]),
  ("date", "2026-12-10"), "2026-12-10")

# ---------------------------------------------------------------- 17 "deadline" noun, several past dates, "we replied on"
D("taffvale", "en", "txt", "2026-11-30", "2026-11-26", "new:taff-vale-roofing", """
Ferrow Solicitors
8 Castle Street, Cardiff CF10 1BS
Tel: 029 2049 6633 | Email: l.evans@ferrowsolicitors.co.uk

26 November 2026

Our ref: LE/TAF/1204

Trustpilot Legal Department

Dear Sir or Madam

Taff Vale Roofing Ltd – review https://uk.trustpilot.com/reviews/{R1}

Your content integrity team wrote to our client on 28 October 2026 stating that the review did not breach your guidelines. We replied on 3 November 2026 with the roofing guarantee, photographs taken on completion and a statement from the householder's neighbour, none of which appears to have been considered.

The review states: "The roof leaked the first time it rained and they never came back." Our client returned on 22 August and on 5 September to inspect, found no leak, and holds signed visit notes.

We are instructed that the continued publication of this review is defamatory of our client. The deadline for your substantive response is 11 December 2026. After that date our client will consider its position without further reference to you.

Yours faithfully

Lowri Evans
Solicitor
Ferrow Solicitors
""", G("legal_demand", "Lowri Evans", "Ferrow Solicitors", "l.evans@ferrowsolicitors.co.uk",
       "Taff Vale Roofing Ltd", "LE/TAF/1204", ["https://uk.trustpilot.com/reviews/{R1}"],
       ["The roof leaked the first time it rained and they never came back."],
       "The deadline for your substantive response is 11 December 2026", ["defamation"]),
  ("date", "2026-12-11"), "2026-12-11")

# ---------------------------------------------------------------- 18 within 14 days, no anchor
D("orchard", "en", "pdf", "2026-11-09", "2026-11-06", "new:orchard-lane-vets", """
LINDQVIST BARROW LLP
40 Corn Street, Bristol BS1 1HQ
Tel: 0117 496 0550
Email: s.barrow@lindqvistbarrow.co.uk

6 November 2026

Our ref: SB/ORC/3310

Trustpilot A/S
Legal Department

Dear Sirs

Orchard Lane Veterinary Surgery Ltd

We act for Orchard Lane Veterinary Surgery Ltd. A review at https://uk.trustpilot.com/reviews/{R1} alleges that "the vet killed my dog through negligence and then lied about it." The statement identifies our client's clinical director by description and accuses her of dishonesty. The animal was treated in accordance with professional guidance, and a post-mortem report obtained by the owner herself attributes the death to an undiagnosed heart condition.

The allegation is defamatory. Our client invites you to remove the review within 14 days, failing which our client will consider issuing proceedings against both the author and Trustpilot as publisher.

Please direct all correspondence to the writer, quoting the reference above.

Yours faithfully

Simon Barrow
Partner
Lindqvist Barrow LLP
""", G("legal_demand", "Simon Barrow", "Lindqvist Barrow LLP", "s.barrow@lindqvistbarrow.co.uk",
       "Orchard Lane Veterinary Surgery Ltd", "SB/ORC/3310", ["https://uk.trustpilot.com/reviews/{R1}"],
       ["the vet killed my dog through negligence and then lied about it."],
       "within 14 days", ["defamation"]),
  ("days", "letter", 14), "2026-11-20")

# ---------------------------------------------------------------- 19 within 7 days of receipt, docx, copyright
D("shore", "en", "docx", "2026-11-10", "2026-11-05", "new:shore-photo", """
PALFREY IP SOLICITORS
3 Queen Square, Bath BA1 2HG
Tel: 01225 496 031
Email: j.palfrey@palfreyip.co.uk

5 November 2026

Our ref: JP/ROS/0871

Trustpilot A/S
Legal Department

Dear Sir or Madam

Copyright infringement – photograph in review https://uk.trustpilot.com/reviews/{R1}

We act for Rosalind Shore, a professional photographer trading as Rosalind Shore Photography. The review at the above address, posted on 30 October 2026 about a wedding venue, includes a photograph of the venue's orangery which our client took on 12 June 2025 and in which she owns the copyright. Our client has not licensed its use to the reviewer or to anyone else.

The reproduction and communication of the photograph to the public infringe our client's copyright under the Copyright, Designs and Patents Act 1988.

We ask that you remove the photograph, or the review as a whole, within 7 days of receipt of this letter. Our client's ownership can be verified from the original RAW file, which we can supply on request.

I confirm that the information in this notice is accurate and that I am authorised to act on behalf of the copyright owner.

Yours faithfully

James Palfrey
Solicitor
Palfrey IP Solicitors
""", G("ip_notice", "James Palfrey", "Palfrey IP Solicitors", "j.palfrey@palfreyip.co.uk",
       "Rosalind Shore", "JP/ROS/0871", ["https://uk.trustpilot.com/reviews/{R1}"], [],
       "within 7 days of receipt of this letter", ["copyright"]),
  ("days", "received", 7), "2026-11-17")

# ---------------------------------------------------------------- 20 within 5 working days (UK)
D("swallowfield", "en", "txt", "2026-11-16", "2026-11-12", "new:swallowfield-lettings", """
Greaves Chalmers Solicitors
21 Friar Lane, Nottingham NG1 6DQ
Tel: 0115 496 0772 | Email: d.greaves@greaveschalmers.co.uk

12 November 2026

Our ref: DG/SWL/5521

Trustpilot A/S

Dear Sirs

Swallowfield Lettings Ltd – consumer warning on https://uk.trustpilot.com/review/swallowfieldlettings.co.uk

We act for Swallowfield Lettings Ltd. On 3 November 2026 you placed a banner on our client's business page warning consumers that it had "attempted to misuse reviews". You have not told our client what that finding was based on, despite its request of 5 November 2026.

Our client has never paid for reviews, filtered whom it invites, or posted reviews about itself. The warning is not consistent with your own guidelines for businesses, which promise an explanation before a warning is published, and it is damaging our client's business at its busiest time of year.

We ask you to remove the warning, or to provide the evidence on which it is based, within 5 working days. Our client reserves all of its rights.

Yours faithfully

Daniel Greaves
Partner
Greaves Chalmers Solicitors
""", G("business_appeal", "Daniel Greaves", "Greaves Chalmers Solicitors", "d.greaves@greaveschalmers.co.uk",
       "Swallowfield Lettings Ltd", "DG/SWL/5521", ["https://uk.trustpilot.com/review/swallowfieldlettings.co.uk"],
       ["attempted to misuse reviews"], "within 5 working days", ["platform_guidelines"]),
  ("wd", "letter", 5, "GB"), "2026-11-19")

# ---------------------------------------------------------------- 21 15 working days of receipt, crosses Christmas
D("woodward", "en", "pdf", "2026-12-04", "2026-12-02", "new:woodward-erasure", """
BRACKENRIDGE SOLICITORS
55 Colmore Row, Birmingham B3 2AA
Tel: 0121 496 0914
Email: k.brackenridge@brackenridgelaw.co.uk

2 December 2026

Our ref: KB/NWD/0937

Data Protection Officer
Trustpilot A/S

Dear Data Protection Officer

Request for erasure on behalf of Mr Neil Woodward

We act for Mr Neil Woodward, a self-employed electrician. A review posted on 19 November 2026 at https://uk.trustpilot.com/reviews/{R1} about a local electrical firm names our client, gives his mobile number and states that he "is not qualified and does cash-in-hand jobs without certificates."

The review contains our client's personal data, including his telephone number, and he has not consented to its publication. Under Article 17 UK GDPR we ask that you erase our client's personal data, and if necessary the review as a whole, within 15 working days of receipt of this letter.

Please confirm the action taken to the writer, quoting our reference.

Yours sincerely

Karen Brackenridge
Solicitor
Brackenridge Solicitors
""", G("data_request", "Karen Brackenridge", "Brackenridge Solicitors", "k.brackenridge@brackenridgelaw.co.uk",
       "Neil Woodward", "KB/NWD/0937", ["https://uk.trustpilot.com/reviews/{R1}"],
       ["is not qualified and does cash-in-hand jobs without certificates."],
       "within 15 working days of receipt of this letter", ["data_protection"]),
  ("wd", "received", 15, "GB"), "2026-12-29")

# ---------------------------------------------------------------- 22 one month of the date of this letter (letter before the window)
D("thornton", "en", "pdf", "2026-11-03", "2026-10-30", "new:thornton-sar", """
Ms Abigail Thornton
17 Cedar Grove
Reading RG4 7LS
abi.thornton@btinternet.com

30 October 2026

Data Protection Officer
Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Subject access request – Article 15 UK GDPR

Dear Data Protection Officer

I have had a Trustpilot account since 2019, registered to the email address above. On 21 October 2026 my account was suspended without explanation and two of my reviews were removed.

Please provide me with a copy of all personal data you hold about me, including any notes, flags or automated assessments that led to the suspension, and tell me where you obtained any data that was not collected from me.

I look forward to receiving the information within one month of the date of this letter.

Yours sincerely

Abigail Thornton
""", G("data_request", "Abigail Thornton", None, "abi.thornton@btinternet.com",
       None, None, [], [], "within one month of the date of this letter", ["data_protection"]),
  ("month", "letter"), "2026-11-30")

# ---------------------------------------------------------------- 23 within 48 hours
D("mehra", "en", "eml", "2026-11-24", "2026-11-24", "new:mehra-threat", """
Dear Trustpilot,

A review went up yesterday on our page (https://uk.trustpilot.com/reviews/{R1}) which names our junior bookkeeper, Chloe, and says "Chloe better watch herself when she leaves the office at 5." Chloe is 19 and is now frightened to come to work. We have reported the review to the police.

This is not a review of our services, it is a threat against a named individual. It is harassment and it should never have been published.

I am asking you to remove it within 48 hours. I will also need the details of the account so that I can pass them to the police, although I understand you may need a request from them first.

Regards,

Sanjay Mehra
Managing Partner
Mehra Accountancy
01632 960 551
""", G("legal_demand", "Sanjay Mehra", "Mehra Accountancy", "sanjay@mehraaccountancy.co.uk",
       None, None, ["https://uk.trustpilot.com/reviews/{R1}"],
       ["Chloe better watch herself when she leaves the office at 5."],
       "within 48 hours", ["harassment"]),
  ("days", "letter", 2), "2026-11-26",
  E("Sanjay Mehra", "sanjay@mehraaccountancy.co.uk", "Urgent - threatening review naming my staff",
    "2026-11-24T10:15:00+00:00", "<0b1d7e3a92c44f5e@mehraaccountancy.co.uk>"))

# ---------------------------------------------------------------- 24 US business days across Thanksgiving
D("pawsitive", "en", "pdf", "2026-11-20", "2026-11-18", "new:pawsitive-pets", """
STRATTON BELL IP GROUP PC
220 West Kinzie Street, Suite 1200
Chicago, IL 60654, USA
Tel: (312) 555-0147
Email: abell@strattonbellip.com

November 18, 2026

VIA EMAIL: legal@trustpilot.com

Our Ref.: SB-TM-26-114

Re: Infringement of the PAWSITIVE PETS trademark

Dear Sir or Madam:

We represent Pawsitive Pets, Inc., owner of U.S. Trademark Registration No. 6,318,442 for the mark PAWSITIVE PETS for pet grooming services.

A business page on your platform at https://www.trustpilot.com/review/pawsitivepetsgrooming.net is operated by an unrelated company that uses our client's registered mark as its display name and a confusingly similar logo. Consumers have already posted reviews on that page in the belief that they were reviewing our client.

This use infringes our client's rights under the Lanham Act, 15 U.S.C. § 1114.

We request that you disable the page, or remove our client's mark from it, within ten (10) business days of the date of this letter.

Sincerely,

Andrea Bell
Shareholder
Stratton Bell IP Group PC
""", G("ip_notice", "Andrea Bell", "Stratton Bell IP Group PC", "abell@strattonbellip.com",
       "Pawsitive Pets, Inc.", "SB-TM-26-114", ["https://www.trustpilot.com/review/pawsitivepetsgrooming.net"], [],
       "within ten (10) business days of the date of this letter", ["trademark"]),
  ("wd", "letter", 10, "US"), "2026-12-03")

# ---------------------------------------------------------------- 25 court order: hearing date + order date + deadline
D("rowanashby", "en", "pdf", "2026-12-01", "2026-11-27", "new:rowan-ashby-norwich", """
IN THE HIGH COURT OF JUSTICE
KING'S BENCH DIVISION
MEDIA AND COMMUNICATIONS LIST

Claim No. KB-2026-004418

BETWEEN
ROWAN ASHBY ARCHITECTS LIMITED (Claimant)
and
PERSONS UNKNOWN, being the author of the review at https://uk.trustpilot.com/reviews/{R1} (Defendant)
and
TRUSTPILOT A/S (Respondent)

ORDER

Before Master Pennington, sitting at the Royal Courts of Justice on 27 November 2026.

UPON the Claimant's application by notice dated 6 November 2026 for disclosure against the Respondent

IT IS ORDERED THAT:

1. The Respondent shall by 4pm on 14 December 2026 disclose to the Claimant's solicitors the name, email address and IP address logs held for the account that published the review at the above address.

2. The Claimant's application for an injunction against the Defendant is listed for hearing on 19 January 2027, with a time estimate of half a day.

3. The Respondent's reasonable costs of complying with paragraph 1 shall be paid by the Claimant.

Served by Peter Dunne, Hartwell Dunne LLP, solicitors for the Claimant, 30 Fetter Lane, London EC4A 1AA. Ref. PD/RAA/2204. Email: p.dunne@hartwelldunne.co.uk
""", G("court_order", "Peter Dunne", "Hartwell Dunne LLP", "p.dunne@hartwelldunne.co.uk",
       "Rowan Ashby Architects Limited", "PD/RAA/2204", ["https://uk.trustpilot.com/reviews/{R1}"], [],
       "The Respondent shall by 4pm on 14 December 2026 disclose", ["court_order"]),
  ("date", "2026-12-14"), "2026-12-14")

# ---------------------------------------------------------------- 26 NULL: recalled date only
D("blackfen", "en", "txt", "2026-11-26", "2026-11-24", "new:blackfen-autos", """
Whitlow Reed Solicitors
12 High Street, Sidcup DA14 6EH
Tel: 020 8309 4417 | Email: c.reed@whitlowreed.co.uk

24 November 2026

Our ref: CR/BLF/6610

Trustpilot A/S – Legal Department

Dear Sirs

Blackfen Autos Ltd – review at https://uk.trustpilot.com/reviews/{R1}

We wrote to you on 2 November 2026 asking you to remove the above review, which alleges that our client "clocked the mileage on every car on the forecourt". We asked for your response by 16 November 2026. You failed to reply by that date, and you have not acknowledged our letter since.

The allegation is false and defamatory, and it has now been repeated in two local Facebook groups with a link to your site.

We are instructed to issue proceedings against the author, and we will seek an order requiring you to disclose the author's identity. We will not write to you again before doing so. Please ensure that all data relating to the account that posted the review is preserved.

Yours faithfully

Catherine Reed
Partner
Whitlow Reed Solicitors
""", G("legal_demand", "Catherine Reed", "Whitlow Reed Solicitors", "c.reed@whitlowreed.co.uk",
       "Blackfen Autos Ltd", "CR/BLF/6610", ["https://uk.trustpilot.com/reviews/{R1}"],
       ["clocked the mileage on every car on the forecourt"], None, ["defamation"]),
  None, None)

# ---------------------------------------------------------------- 27 NULL: immediately (internal escalation)
D("northgate", "en", "eml", "2026-11-12", "2026-11-12", "new:northgate-opticians", """
Hi Legal team,

Escalating this one from my customer Northgate Opticians Ltd. Their owner, Raj Kapoor, called me this morning very upset about a review posted last night: https://uk.trustpilot.com/reviews/{R1}. The reviewer says "the optician missed my glaucoma and I nearly went blind", and Raj says the reviewer has never been a patient: they have no record of the name or of the appointment date given.

Raj has spoken to his solicitor and wants the review taken down immediately, otherwise he says he will sue for defamation. He is on our Premium plan and renewal is due in January, so I would really appreciate a quick look.

Can someone let me know who will pick this up? I've told him we'll be in touch.

Thanks,
Ellie

Ellie Brennan
Senior Account Manager, UK SMB
Trustpilot
""", G("internal_escalation", "Ellie Brennan", "Trustpilot", "ebrennan@trustpilot.com",
       "Northgate Opticians Ltd", None, ["https://uk.trustpilot.com/reviews/{R1}"],
       ["the optician missed my glaucoma and I nearly went blind"], None, ["defamation"]),
  None, None,
  E("Ellie Brennan", "ebrennan@trustpilot.com", "Escalation – Northgate Opticians threatening legal action",
    "2026-11-12T09:58:00+00:00", "<CAEb7Lz3-northgate-escalation@trustpilot.com>"))

# ---------------------------------------------------------------- 28 NULL: consumer appeal, only past dates
D("ostler", "en", "eml", "2026-11-05", "2026-11-05", "new:ostler-appeal", """
Hello,

On 3 October I posted a review of Cresswell Boilers after they fitted a new boiler at my house on 28 September. The review was honest: the engineer arrived two days late, left the old boiler in my front garden for a week, and the first invoice was £400 more than the quote.

On 2 November I received an email saying my review had been removed after the company reported it as not based on a genuine experience. I sent you the invoice and the quote the same day but have heard nothing since.

The review was at https://uk.trustpilot.com/reviews/{R1}. I have every document to show that I was a real customer. Please put it back up.

I am not trying to cause trouble, I just want other people to know what happened to me.

Graham Ostler
""", G("consumer_appeal", "Graham Ostler", None, "graham.ostler@outlook.com",
       None, None, ["https://uk.trustpilot.com/reviews/{R1}"], [], None, []),
  None, None,
  E("Graham Ostler", "graham.ostler@outlook.com", "My review was removed - please reinstate",
    "2026-11-05T21:14:00+00:00", "<DB9PR10MB7331A2F0@DB9PR10MB7331.outlook.com>"))

# ---------------------------------------------------------------- 29 follow-up with new date, quoting old message
def _quote(t):
    return "\n".join(("> " + l) if l else ">" for l in t.strip("\n").split("\n"))

D("mistral2", "en", "eml", "2026-12-01", "2026-12-01", "new:mistral-bathrooms", """
Dear Trustpilot Legal Team,

Our email below has gone unanswered, the date we gave has passed, and the review remains online.

Our client has instructed us to give you one final opportunity. Please remove the review and confirm this to us by 5pm on Tuesday 8 December 2026. If we do not hear from you by then, we will issue a claim without further notice.

Kind regards,

Alistair Venn
Associate
Venn Marlowe Solicitors

On 18 Nov 2026, at 11:30, Alistair Venn <a.venn@vennmarlowe.co.uk> wrote:
""" + _quote(MISTRAL_TEXT), G("legal_demand", "Alistair Venn", "Venn Marlowe Solicitors", "a.venn@vennmarlowe.co.uk",
    "Mistral Bathrooms Ltd", "VM/MB/552", ["https://uk.trustpilot.com/reviews/{R1}"],
    ["Mistral's fitter was drunk on site and flooded my neighbour's flat."],
    "by 5pm on Tuesday 8 December 2026", ["defamation"]),
  ("date", "2026-12-08"), "2026-12-08",
  E("Alistair Venn", "a.venn@vennmarlowe.co.uk", "RE: Mistral Bathrooms Ltd – review removal request [VM/MB/552]",
    "2026-12-01T09:12:00+00:00", "<20261201091200.5120@vennmarlowe.co.uk>", MISTRAL_ID, [MISTRAL_ID]))

# ---------------------------------------------------------------- 30 within 21 days from the date hereof, earlier letter dates
D("lagan", "en", "pdf", "2026-11-17", "2026-11-12", "new:lagan-heat-pumps", """
QUILLAN MORROW SOLICITORS
18 Donegall Square East, Belfast BT1 5HE
Tel: 028 9049 6120
Email: e.morrow@quillanmorrow.co.uk

12 November 2026

Our ref: EM/LGH/2817

Trustpilot A/S
Legal Department

Dear Sirs

Lagan Heat Pumps Ltd

Further to our letter dated 29 October 2026, we have now obtained the installation records requested by your content team on 4 November 2026, and we enclose them.

The review at https://uk.trustpilot.com/reviews/{R1} states that "Lagan's heat pumps are reconditioned units sold as new." Every unit our client installs is supplied new by the manufacturer with a serial-numbered warranty, and the reviewer's unit is no exception. The statement was made knowing it to be false, or recklessly, and it has already cost our client at least two contracts. It is a malicious falsehood.

We require you to remove the review within 21 days from the date hereof. Our client reserves its right to seek damages from the author.

Yours faithfully

Eimear Morrow
Partner
Quillan Morrow Solicitors
""", G("legal_demand", "Eimear Morrow", "Quillan Morrow Solicitors", "e.morrow@quillanmorrow.co.uk",
       "Lagan Heat Pumps Ltd", "EM/LGH/2817", ["https://uk.trustpilot.com/reviews/{R1}"],
       ["Lagan's heat pumps are reconditioned units sold as new."],
       "within 21 days from the date hereof", ["malicious_falsehood"]),
  ("days", "letter", 21), "2026-12-03")
