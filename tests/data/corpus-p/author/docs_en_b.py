"""corpus-p English documents p09–p16."""
from common import RID, add_days, add_working_days, doc, email

UK = "https://uk.trustpilot.com/reviews/"

DOCS = [
    doc("p09", "pdf", "en", "2026-10-21", """
FENNELLY DRUCE LLP
Solicitors
Fitzwilliam Hall, 41 Upper Mount Street, Dublin 2, D02 KX59
+353 1 642 8850 · www.fennellydruce.ie

Our Ref: FD/COR/0457
Your Ref:
20 October 2026

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

By email to legal@trustpilot.com and by registered post

Dear Sirs

Corrib Orthodontics Limited v Trustpilot A/S
High Court Record No. 2026/5512P

We act for Corrib Orthodontics Limited, the applicant in the above proceedings.

On 16 October 2026 the High Court (Ms Justice Ní Fhlatharta) made an order against your company in the form of a Norwich Pharmacal order. A copy of the perfected order is enclosed and we hereby serve it upon you.

The operative part of the order provides that Trustpilot A/S shall, within 14 days of service of this Order, disclose to the applicant's solicitors all information in its possession identifying the author of the review published at https://ie.trustpilot.com/reviews/68dee1dcce841f4a5b5ad3cf, including the name, email address, IP addresses and dates of registration and log-in of the account concerned.

The order further provides that the applicant shall pay the respondent's reasonable costs of compliance, and that the information disclosed shall be used only for the purpose of intended defamation proceedings against the author.

Please send the information to the writer. If you have any difficulty with the scope of the order, please raise it with us now rather than at the end of the period.

Yours faithfully

Ciarán Mulvihill
Partner
Fennelly Druce LLP
c.mulvihill@fennellydruce.ie

Enc. Perfected order of 16 October 2026
""", kind="court_order", case="new:p-corrib", name="Ciarán Mulvihill", org="Fennelly Druce LLP",
        addr="c.mulvihill@fennellydruce.ie", rep="Corrib Orthodontics Limited", theirs="FD/COR/0457",
        urls=("https://ie.trustpilot.com/reviews/" + RID["corrib"],), ids=(RID["corrib"],),
        deadline=add_days("2026-10-21", 14), basis="within 14 days of service of this Order",
        bases=("court_order", "defamation"),
        note="Order served by the applicant's solicitors quoting its operative terms: sender the solicitor, "
             "represented party the applicant, their_reference the firm's, not the record number. 'of service' "
             "-> served by this letter, received 21 Oct -> 4 Nov. Defamation appears as the order's stated purpose."),

    doc("p10", "eml", "en", "2026-11-06", """
Good morning,

I'm the Regional Franchise Manager for Maple Crest Kitchens in Western Canada, and I'm writing on behalf of one of our franchisees, Okanagan Kitchen Works Ltd., which operates our Kelowna showroom.

Their page, https://ca.trustpilot.com/review/maplecrestkitchens-kelowna.ca, has been showing a notice since October 29 saying that you have detected unusual reviewing activity and removed a number of reviews. The franchisee did not buy or incentivize any reviews. What happened is that our head office ran a national "share your renovation" campaign in September, and some customers posted photos on Trustpilot and elsewhere at the same time. The campaign was open to every customer regardless of whether they left a review and did not ask for a review at all. I've attached the campaign terms.

The notice is now the first thing people see when they search for the showroom, and the franchisee has had two cancelled consultations this week.

We would ask you to review the decision and remove the notice, or at least tell us what evidence it was based on so we can respond to it. Please get back to us within 5 business days. I'm happy to get on a call with the franchisee owner, Dev Sandhar, if that's easier.

Regards,

Marcus Thibodeau
Regional Franchise Manager – Western Canada
Maple Crest Kitchens Franchising Inc.
Franchise Support Centre, 1120 – 8th Avenue SW, Calgary AB T2P 1J3
m.thibodeau@maplecrestkitchens.ca | 403-555-0148
""", email=email("Marcus Thibodeau", "m.thibodeau@maplecrestkitchens.ca",
                 "Kelowna showroom – notice on Trustpilot page",
                 "<CAF7g2p0TqLw9x@mail.gmail.com>", "2026-11-06T10:15:00-08:00",
                 to="support-escalations@trustpilot.com"),
        kind="business_appeal", case="new:p-maplecrest", name="Marcus Thibodeau",
        org="Maple Crest Kitchens Franchising Inc.", addr="m.thibodeau@maplecrestkitchens.ca",
        rep="Okanagan Kitchen Works Ltd.", urls=("https://ca.trustpilot.com/review/maplecrestkitchens-kelowna.ca",),
        deadline=add_working_days("2026-11-06", 5, "CA", "BC"), basis="within 5 business days",
        bases=("platform_guidelines",),
        note="Franchise manager writing for a franchisee: represented party the franchisee company. Unanchored "
             "period -> from the email's date (Fri 6 Nov); the showroom is in British Columbia, so Remembrance Day "
             "(Wed 11 Nov) is skipped -> Mon 16 Nov. Sent from Calgary (Alberta, where 11 Nov is also a holiday)."),

    doc("p11", "eml", "en", "2026-10-26", """
Good morning,

Further to our previous correspondence under the above file number, please find attached a letter from Maude Fournier-Blake concerning the continued use of our client's registered trademark on your platform.

Ms. Fournier-Blake is in trial this week. Please direct any questions about the letter to me in the first instance and I will make sure she sees them.

Kindly acknowledge receipt of this email and its attachment.

Thank you,

Hollis Garrow
Law Clerk to Maude Fournier-Blake
ASHGROVE TILLEY LLP
Bay Adelaide Centre – East Tower, 22 Adelaide Street West, Suite 3600, Toronto, ON M5H 4E3
T 416-555-0192 | h.garrow@ashgrovetilley.com

This email may contain privileged and confidential information. If you received it in error, please notify the sender and delete it.
""", email=email("Hollis Garrow", "h.garrow@ashgrovetilley.com",
                 "Our File No. 40877-003 – further correspondence",
                 "<AT-40877-003-20261026-01@ashgrovetilley.com>", "2026-10-26T09:05:00-04:00",
                 attachments=("p12",)),
        kind="ip_notice", case="CI-2026-1547", name="Hollis Garrow", org="Ashgrove Tilley LLP",
        addr="h.garrow@ashgrovetilley.com", theirs="40877-003", bases=("trademark",),
        note="Cover email, linked to CI-2026-1547 by the firm's file number and name (a law clerk not yet in "
             "the case writes from another address; no URL, no client name). It names no client, so represented_party is null; it forwards a "
             "trademark complaint, so kind ip_notice. 'Kindly acknowledge receipt' sets no date: null. "
             "Organisation written in capitals in the signature."),

    doc("p12", "pdf", "en", "2026-10-26", """
ASHGROVE TILLEY LLP
Barristers & Solicitors · Trademark Agents
22 Adelaide Street West, Suite 3600, Toronto, ON M5H 4E3
416-555-0100 · www.ashgrovetilley.com

October 23, 2026

Our File No.: 40877-003

Trustpilot A/S
Legal Department
Pilestræde 58
1112 Copenhagen K, Denmark

Sent by email to legal@trustpilot.com

Dear Sir/Madam:

Re: Corvallen Brands Inc. – CORVALLEN trademark (TMA 1,104,389)

As you know, we are counsel to Corvallen Brands Inc. On September 29, 2026 we wrote to you about the business page https://ca.trustpilot.com/review/corvallen-outlet.ca, which uses our client's registered CORVALLEN mark and its stylized lark logo for a website that sells counterfeit Corvallen bedding.

That page remains live. Since our letter, a second page has appeared at https://ca.trustpilot.com/review/corvallenhome-clearance.com, created by what appears to be the same operator. It uses the same logo and describes itself as "Corvallen Home Official Clearance". Neither site has any connection with our client, and our client has not authorized the use of its marks by either of them.

The continued display of these pages, with our client's mark and logo and a TrustScore, suggests to consumers that the counterfeit sites are our client's and are trustworthy. This is infringing use of the mark and passing off.

We therefore request that you remove, or at a minimum disable and remove our client's logo from, both business pages within ten (10) business days of receipt of this letter, and confirm to us in writing when this has been done.

Yours truly,

ASHGROVE TILLEY LLP

Maude Fournier-Blake
Partner | Registered Trademark Agent
mfournier-blake@ashgrovetilley.com
""", kind="ip_notice", case="CI-2026-1547", name="Maude Fournier-Blake", org="Ashgrove Tilley LLP",
        addr="mfournier-blake@ashgrovetilley.com", rep="Corvallen Brands Inc.", theirs="40877-003",
        urls=("https://ca.trustpilot.com/review/corvallen-outlet.ca",
              "https://ca.trustpilot.com/review/corvallenhome-clearance.com"),
        deadline=add_working_days("2026-10-26", 10, "CA", "ON"),
        basis="within ten (10) business days of receipt of this letter", bases=("trademark",),
        part_name="2026-10-23 Ltr to Trustpilot (40877-003).pdf",
        note="Attached to p11. File number and the case's business-page URL link it to CI-2026-1547; a second page "
             "is added. 'of receipt' -> received 26 Oct; ten Ontario business days -> 9 Nov. The page's own "
             "self-description is a quoted fragment, not a statement complained of as content: quoted_statements "
             "empty. Passing off is not one of the legal bases; trademark covers it."),

    doc("p13", "pdf", "en", "2026-10-27", """
CALLOWAY BIRTLES SOLICITORS
Cyfreithwyr
Brunel House, 2 Fitzalan Road, Cardiff CF24 0EB
029 2167 4400 · post@callowaybirtles.co.uk

Our ref: RP/PRI/0218
23 October 2026

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

By email: legal@trustpilot.com

Dear Sir or Madam

Our client: Mr Aled Pritchard
Removed review of Glanmor Lettings: https://uk.trustpilot.com/reviews/65360ba92dee64544f9664a3

We act for Mr Aled Pritchard of Penarth, who rented a flat through Glanmor Lettings from 2023 until June of this year.

On 21 July 2026 our client published a review of Glanmor Lettings on your website. The review described his experience of getting his deposit back and said, among other things:

"The deposit was returned eleven weeks late and only after I contacted the deposit scheme."

On 2 October 2026 you notified our client that the review had been removed following a report from the business, on the ground that it was "not based on a genuine experience". Our client's experience was entirely genuine. We enclose his tenancy agreement, the check-out report and his correspondence with the deposit scheme, which bears out every word of the review.

Our client used your appeal form the same day and received an automated reply saying the decision had been upheld, with no reasons given. Article 17 of the Digital Services Act requires you to give a clear and specific statement of reasons for a decision of this kind, and Article 20 requires complaints to be handled by a process that is not solely automated. Neither has happened.

We ask you to reinstate our client's review or, if you maintain your decision, to give full reasons, within 14 days.

Yours faithfully

Rhodri Gwillim-Parry LLB (Hons)
Solicitor
Calloway Birtles Solicitors
r.gwillim-parry@callowaybirtles.co.uk
""", kind="consumer_appeal", case="new:p-pritchard", name="Rhodri Gwillim-Parry", org="Calloway Birtles Solicitors",
        addr="r.gwillim-parry@callowaybirtles.co.uk", rep="Aled Pritchard", theirs="RP/PRI/0218",
        urls=(UK + RID["glanmor"],), ids=(RID["glanmor"],),
        quotes=("The deposit was returned eleven weeks late and only after I contacted the deposit scheme.",),
        deadline=add_days("2026-10-23", 14), basis="within 14 days", bases=("dsa", "platform_guidelines"),
        note="Consumer appeal by a lawyer for the reviewer. Quoted statement is from the appellant's own removed "
             "review. Unanchored '14 days' -> from the letter date (23 Oct) -> 6 Nov. Degree 'LLB (Hons)' dropped "
             "from the name; 'Mr' dropped from the represented party."),

    doc("p14", "eml", "en", "2026-11-23", """
To Trustpilot Legal / Law Enforcement Response,

Boise Police Department is investigating a report of stalking (Idaho Code § 18-7906) involving a review posted on your site at the following URL:

https://www.trustpilot.com/reviews/671e5048e7d8f4f53f0b0d74

Pursuant to 18 U.S.C. § 2703(f), I am requesting that you preserve all records and other evidence in your possession relating to the account that posted this review, including subscriber information, IP logs, email addresses and the content of any other reviews or messages, for a period of 90 days pending the issuance of legal process. Please do not notify the account holder of this request, as disclosure could jeopardize the investigation.

A search warrant will follow. In the meantime, please confirm within three business days that the data has been preserved and provide the name of a contact for service of the warrant.

Respectfully,

Det. Lyle Ambrose-Kincaid #2291
Special Victims Unit
Boise Police Department
333 N Mark Stall Pl, Boise, ID 83704
Office (208) 555-0176
lambrose-kincaid@cityofboise.org
BPD Case No. 26-041187
""", email=email("Ambrose-Kincaid, Lyle", "lambrose-kincaid@cityofboise.org",
                 "Preservation Request – 18 U.S.C. 2703(f) – BPD Case No. 26-041187",
                 "<BN8PR11MB3301A7F1C2@BN8PR11MB3301.namprd11.prod.outlook.com>", "2026-11-23T14:10:00-07:00"),
        kind="law_enforcement", case="new:p-boise", name="Lyle Ambrose-Kincaid", org="Boise Police Department",
        addr="lambrose-kincaid@cityofboise.org", theirs="26-041187",
        urls=("https://www.trustpilot.com/reviews/" + RID["boise"],), ids=(RID["boise"],),
        deadline=add_working_days("2026-11-23", 3, "US", "ID"), basis="within three business days",
        bases=("criminal",),
        note="Authority outside the UK/EU. The 90-day preservation period is a duration, not the deadline; the "
             "deadline is the confirmation: three Idaho business days from Mon 23 Nov skip Thanksgiving (26 Nov) -> "
             "Fri 27 Nov. From name is surname-first; rank 'Det.' and badge number dropped. Their reference is the "
             "case number without the 'BPD Case No.' label."),

    doc("p15", "docx", "en", "2026-10-30", """
Callum Strachan-Moir
27 Greenbank Crescent
Edinburgh EH10 5SQ
c.strachanmoir@btinternet.com

28 October 2026

Trustpilot
Content Integrity Team

Dear Sir or Madam

My review of Ferrishaw Motors has been removed

On 12 October I posted a review of Ferrishaw Motors in Loanhead after they serviced my car. The review is at https://uk.trustpilot.com/reviews/6b87c3b5ce2126e3ca3947c1 and it now shows as removed.

Your email of 24 October says it was taken down because it "contains personal information". The only name in the review is the garage's, and the review does not give anyone's address or phone number. What it does say is:

"They charged me for a new cambelt and when I took it to another garage the old one was still on."

That is exactly what happened and I have the second garage's report to prove it. I think Ferrishaw complained to get the review removed, and you went along with it.

I would like the review put back. I also understand that under the Digital Services Act I am entitled to a proper explanation of which of your guidelines I am supposed to have broken, and I have not had one.

I have tried replying to your email but it comes back from a no-reply address, so I am sending this letter instead.

Yours faithfully

Callum Strachan-Moir
""", kind="consumer_appeal", case="new:p-strachan", name="Callum Strachan-Moir", addr="c.strachanmoir@btinternet.com",
        urls=(UK + RID["strachan"],), ids=(RID["strachan"],),
        quotes=("They charged me for a new cambelt and when I took it to another garage the old one was still on.",),
        bases=("dsa", "platform_guidelines"),
        note="Reviewer appealing in his own name (represented party null). The quoted phrase from our email is "
             "ours, not content complained of; his own review sentence is the quoted statement. No date asked "
             "for: null. Opens new:p-strachan, which p16 continues."),

    doc("p16", "eml", "en", "2026-11-02", """
Hi team,

Escalating a consumer appeal that I don't think Support can close on our own.

Callum Strachan-Moir (reviewer) had his review of Ferrishaw Motors removed on 24 Oct under the personal information guideline: https://uk.trustpilot.com/reviews/6b87c3b5ce2126e3ca3947c1

He has written to us twice since, once through the contact form (ticket 4471920) and once by letter to the Copenhagen address, which was scanned and forwarded to me this morning. Looking at the removal notes, the report came from the business and the moderator ticked "personal information", but I can't see any personal information in the review text. I think it was a misclick and the report was really about the allegation that they didn't replace a cambelt, which would be a different process.

He's asked for the review back and for a statement of reasons. I'd rather not send him another template. Can someone from Legal/Content Integrity look at this and let me know how you want me to reply? Ideally by end of next week, as he's already said he'll complain to the press if he is ignored again.

Thanks!

Tomasz Wierzbicki-Hale
Consumer Support Specialist (Tier 2)
Trustpilot, Edinburgh
tomasz.wh@trustpilot.com
""", email=email("Tomasz Wierzbicki-Hale", "tomasz.wh@trustpilot.com",
                 "Escalation – removed review, reviewer appeal (ticket 4471920)",
                 "<20261102.4471920.t2@support.trustpilot.com>", "2026-11-02T10:26:00+00:00",
                 to="content-integrity@trustpilot.com"),
        kind="internal_escalation", case="new:p-strachan", name="Tomasz Wierzbicki-Hale", org="Trustpilot",
        addr="tomasz.wh@trustpilot.com", rep="Callum Strachan-Moir",
        urls=(UK + RID["strachan"],), ids=(RID["strachan"],),
        deadline="2026-11-13", basis="by end of next week", bases=("platform_guidelines",),
        note="Support agent escalating the reviewer's appeal (p15): same new matter, linked by the review URL and "
             "name. Ticket 4471920 is ours, not a sender's reference. Sent Mon 2 Nov: 'end of next week' -> Fri "
             "13 Nov. The threat to go to the press sets no date."),
]
