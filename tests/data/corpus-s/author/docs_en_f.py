"""corpus-s, English documents s26-s30."""
from __future__ import annotations

from common import R, doc, plus_days, plus_working_days, rurl

DOCS = []

# s26 - Norway's data protection authority (also called "Datatilsynet") on a NEW complaint: not CI-2026-0736
DOCS.append(doc("s26", "pdf", "en", "2026-11-24", f"""
Datatilsynet
The Norwegian Data Protection Authority
Postboks 458 Sentrum, 0105 Oslo, Norway · postkasse@datatilsynet.no · +47 22 39 69 00

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Our reference: 26/02317-4
Your reference:
Date: 19.11.2026

Complaint concerning the publication of personal data in a review – request for information

The Norwegian Data Protection Authority has received a complaint from a Norwegian resident, Mr Sindre Halvorsen Aas, concerning a review published on your service:

{rurl("no", "dt2")}

The review concerns a car repair workshop in Bergen where the complainant works as a mechanic. It names him in full and states that he "was convicted of drink driving last year and should not be allowed near customers' cars". The complainant states that the information about a criminal conviction is incorrect, and in any event that it is personal data relating to criminal convictions and offences, the processing of which is restricted under Article 10 of the General Data Protection Regulation (GDPR). He asked Trustpilot to erase the review on 12 October 2026 and received no substantive reply.

As Trustpilot A/S has its main establishment in Denmark, we have informed the Danish supervisory authority of the complaint and will handle it in accordance with the cooperation procedure in Article 60 GDPR. In order to assess the complaint, we ask you to answer the following questions:

1. Has Trustpilot received the complainant's erasure request, and how was it handled?
2. What is Trustpilot's legal basis for processing the data about the complainant contained in the review, and how does Trustpilot assess the processing under Article 10 GDPR?
3. Does Trustpilot intend to remove or anonymise the review?

Please send your answer within three weeks of receipt of this letter, quoting our reference.

Yours sincerely,

Ingrid Solheim Bakke
Senior Legal Adviser
for the Norwegian Data Protection Authority

This letter has been approved electronically and therefore has no handwritten signature.
""", kind="regulator", name="Ingrid Solheim Bakke", org="Datatilsynet", mail="postkasse@datatilsynet.no", rep=None,
    theirs="26/02317-4", urls=[rurl("no", "dt2")], ids=[R["dt2"]],
    quotes=["was convicted of drink driving last year and should not be allowed near customers' cars"],
    deadline=plus_days("2026-11-24", 21), basis="within three weeks of receipt of this letter",
    bases=["data_protection"], case="new:datatilsynet-no",
    note="same authority name as the Danish regulator of an open case, different country and complaint -> new"))

# s27 - Ireland: solicitors serve a Norwich Pharmacal order of the High Court; the record number is their only reference
DOCS.append(doc("s27", "pdf", "en", "2026-11-06", f"""
FITZMAURICE Ó RIADA LLP
Solicitors
2 Eyre Square, Galway H91 X2C4
T +353 91 555 214 · mfitzmaurice@fitzor.ie

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

By email (legal@trustpilot.com) and by courier

4 November 2026

Record No. 2026/5127P

THE HIGH COURT
BETWEEN
CORRIB GLAZING SYSTEMS LIMITED – Plaintiff
AND
TRUSTPILOT A/S – Defendant

Dear Sirs

We act for the Plaintiff, Corrib Glazing Systems Limited, in the above proceedings, of which you were notified by our letter of 14 October.

We now serve on you the Order of the High Court (Ms Justice Carberry) made on 30 October 2026 and perfected on 3 November 2026, a copy of which is enclosed. The operative part of the Order provides as follows:

"IT IS ORDERED that the Defendant do within twenty-one days of the date of this Order disclose to the Plaintiff's solicitors all information in its possession or control capable of identifying the author of the review published at {rurl("ie", "corrib")}, including name, email address, telephone number and IP addresses used to create the account and to publish the review.

AND IT IS FURTHER ORDERED that the Defendant do preserve all such information pending further order.

AND the Court makes no order as to costs."

The review in question alleges that our client "used cheap imported glass and forged the certificates", which our client says is false and gravely defamatory.

Please treat this letter as formal service of the Order. We would ask you to send the information to the writer. If you believe any part of the Order cannot be complied with, please let us know without delay so that the matter may be mentioned before the Court.

Yours faithfully

Máire Fitzmaurice
Partner
Fitzmaurice Ó Riada LLP
""", kind="court_order", name="Máire Fitzmaurice", org="Fitzmaurice Ó Riada LLP", mail="mfitzmaurice@fitzor.ie",
    rep="Corrib Glazing Systems Limited", theirs="2026/5127P", urls=[rurl("ie", "corrib")], ids=[R["corrib"]],
    quotes=["used cheap imported glass and forged the certificates"],
    deadline=plus_days("2026-10-30", 21), basis="within twenty-one days of the date of this Order",
    bases=["court_order", "defamation"], case="new:corrib",
    note="Irish High Court order carried in the serving letter; party beside its role (Plaintiff); deadline from the order's date"))

# s28 - Canada: Ontario order served by Toronto lawyers; court file number as reference; deadline from the order's date
DOCS.append(doc("s28", "docx", "en", "2026-11-25", f"""
BEAUMONT ACHTERBERG LLP
Barristers & Solicitors
333 Bay Street, Suite 2100, Toronto, Ontario M5H 2R2
Tel. 416-555-0126 | nosei@beaumontachterberg.ca

November 20, 2026

DELIVERED BY EMAIL (legal@trustpilot.com)

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Dear Sir/Madam:

Re: Maple Ridge Home Inspections Inc. v. John Doe and Trustpilot A/S
Ontario Superior Court of Justice, Court File No. CV-26-00731844-0000

We are the lawyers for the Applicant, Maple Ridge Home Inspections Inc., in the above application.

On November 18, 2026, the Honourable Justice Desrochers granted the order we enclose. Paragraphs 2 and 3 of the order read:

"2. THIS COURT ORDERS that the Respondent Trustpilot A/S shall, within 10 days of the date of this Order, remove or disable access to the review published at {rurl("ca", "maple")} (the "Review").

3. THIS COURT ORDERS that the Respondent Trustpilot A/S shall preserve and, within the same period, deliver to the Applicant's lawyers the registration and log-in information associated with the account that published the Review."

The Review, posted under the name "Lakeshore Buyer", states that our client's inspector "took a kickback from the seller's agent to ignore the foundation crack". Justice Desrochers found that the statement was defamatory on its face and that the Applicant had established a strong prima facie case.

We would ask that you confirm receipt of the order and advise us of the steps Trustpilot will take to comply with it. Trustpilot did not appear on the application, although it was served with notice on October 29, 2026; the order provides that Trustpilot may move to vary it on seven days' notice.

Yours truly,

BEAUMONT ACHTERBERG LLP

Nathaniel Osei
Partner
""", kind="court_order", name="Nathaniel Osei", org="Beaumont Achterberg LLP", mail="nosei@beaumontachterberg.ca",
    rep="Maple Ridge Home Inspections Inc.", theirs="CV-26-00731844-0000", urls=[rurl("ca", "maple")],
    ids=[R["maple"]], quotes=["took a kickback from the seller's agent to ignore the foundation crack"],
    deadline=plus_days("2026-11-18", 10), basis="within 10 days of the date of this Order",
    bases=["court_order", "defamation"], case="new:maple-ridge",
    note="Canadian court file no. as their reference; firm name typed above the signer"))

# s29 - in-house General Counsel (a KC) writes for her own company: represented_party null; 'Your ref' is our ticket, not a CI ref
DOCS.append(doc("s29", "pdf", "en", "2026-11-27", f"""
CASTLEGATE LEISURE PLC
Group Legal
Castlegate House, 1 Station Parade, Harrogate HG1 1UF
Tel 01423 555 600 · legal@castlegateleisure.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

By email: legal@trustpilot.com

24 November 2026

Our ref: LEGAL/CG/2026/117
Your ref: Ticket 11874532

Dear Sir or Madam

Review of The Castlegate Hotel, Harrogate – {rurl("uk", "castle")}

I am General Counsel of Castlegate Leisure plc, which owns and operates The Castlegate Hotel. Our guest relations team reported the review above through your platform on 11 November and were told by an automated message that it did not breach your guidelines. I am now writing formally.

The review contains the following statement of fact: "Half our group were hospitalised with food poisoning after the Sunday carvery and the hotel covered it up."

That is untrue. No guest was hospitalised. The only report of illness we received that weekend was a single guest who felt unwell and who declined our offer to call a doctor. We reported that to North Yorkshire Council's environmental health team ourselves, and their inspection on 29 October found no breach; the hotel retains its five-star food hygiene rating. The suggestion that we "covered it up" accuses the company of dishonesty and of endangering the public.

The statement is defamatory and has already caused serious harm: two wedding parties have asked about it and one has cancelled. It is also a malicious falsehood, since the author knows that nobody in the group was admitted to hospital.

Please remove the review within 5 working days of the date of this letter and confirm that you have done so.

Yours faithfully

Helena Strachan KC
General Counsel and Company Secretary
Castlegate Leisure plc
h.strachan@castlegateleisure.co.uk
""", kind="legal_demand", name="Helena Strachan", org="Castlegate Leisure plc", mail="h.strachan@castlegateleisure.co.uk",
    rep=None, theirs="LEGAL/CG/2026/117", urls=[rurl("uk", "castle")], ids=[R["castle"]],
    quotes=["Half our group were hospitalised with food poisoning after the Sunday carvery and the hotel covered it up."],
    deadline=plus_working_days("2026-11-24", 5, "GB", "ENG"), basis="within 5 working days of the date of this letter",
    bases=["defamation", "malicious_falsehood"], case="new:castlegate",
    note="in-house counsel for her own company -> represented_party null; KC post-nominal; ticket no. in 'Your ref' is not ours"))

# s30 - trade mark notice for a company that trades under another name: gold takes the legal company name
DOCS.append(doc("s30", "docx", "en", "2026-12-01", """
HARTIGAN ROWE LLP
Solicitors and Trade Mark Attorneys
Centurion House, 129 Deansgate, Manchester M3 3WR
0161 555 0190 · s.hartigan@hartiganrowe.com

27 November 2026

Our ref: IP/PDL:2214/sh

Trustpilot A/S
Legal Department
Pilestræde 58
1112 Copenhagen K
Denmark

Sent by email only: legal@trustpilot.com

Dear Sirs

Infringement of the PENFOLD TEA CO. trade marks – business profile at https://uk.trustpilot.com/review/penfoldteaco-outlet.shop

We act for Penfold & Daughters Limited, trading as Penfold Tea Co., a family tea blender based in Stockport which has sold loose-leaf tea under that name since 1994.

Our client owns UK trade mark registrations UK00003398127 for the word mark PENFOLD TEA CO. and UK00003398130 for its teapot-and-leaf logo, both in class 30. Our client also owns the copyright in the logo and in the product photographs taken for its own website.

A business profile has been created on your platform under the name "Penfold Tea Co Outlet", linked to the domain penfoldteaco-outlet.shop. That domain was registered in September 2026 and hosts a website selling counterfeit tins bearing our client's logo at heavily discounted prices. The profile on your platform displays our client's logo as its profile image and our client's product photographs. Customers of the counterfeit shop are leaving reviews on that profile, and several have since complained to our client, believing they had bought from it.

The use of an identical sign for identical goods is an infringement under section 10(1) of the Trade Marks Act 1994, and the reproduction of the logo and photographs infringes our client's copyright.

We ask that you, within 7 days of the date of this letter: (a) remove our client's logo and photographs from the profile; (b) suspend the profile or rename it so that it no longer uses our client's trade mark; and (c) confirm the action taken.

We enclose copies of the registration certificates.

Yours faithfully

Saoirse Hartigan
Partner, Chartered Trade Mark Attorney
Hartigan Rowe LLP
""", kind="ip_notice", name="Saoirse Hartigan", org="Hartigan Rowe LLP", mail="s.hartigan@hartiganrowe.com",
    rep="Penfold & Daughters Limited", theirs="IP/PDL:2214/sh",
    urls=["https://uk.trustpilot.com/review/penfoldteaco-outlet.shop"],
    deadline=plus_days("2026-11-27", 7), basis="within 7 days of the date of this letter",
    bases=["trademark", "copyright"], case="new:penfold",
    note="trading name beside the legal company name: gold takes the legal name"))
