"""English documents f21–f24 (Canada, New Zealand)."""
from common import RID, doc, mail

R21 = RID[40]
R22 = RID[42]
R23 = RID[44]
R24 = RID[46]

F21 = doc("f21", "docx", "en", "CA", "2026-11-09", f"""
REDCLIFF OSTRANDER LLP
Barristers & Solicitors
Suite 2100, 335 8th Avenue SW, Calgary, Alberta T2P 1C9
Tel. 403-555-0172 · jostrander@redcliffostrander.ca

November 6, 2026

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K, Denmark

File No. 26-1184-JO

Dear Sir/Madam:

Re: Bow Valley Roofing Ltd. – review at https://ca.trustpilot.com/reviews/{R21}

We are counsel to Bow Valley Roofing Ltd. of Cochrane, Alberta.

The review referred to above, posted under the name "Shelley in Airdrie", states that our client's crew "left nails all over the driveway and my dog needed surgery". Our client's job file shows that the work at the reviewer's property was completed in a single day, that a magnetic sweep of the driveway and lawn was carried out and photographed, and that the reviewer signed the completion form without comment. Our client first heard of any injury to an animal when it read the review.

The review is false and has been read by prospective customers of our client, at least one of whom has cancelled a contract. It is defamatory.

We ask that you remove the review and confirm that you have done so within five business days of the date of this letter. We would be pleased to provide the completion form and photographs on request.

Yours truly,

REDCLIFF OSTRANDER LLP

Jolene Ostrander
Partner
""", letter="2026-11-06", calc=("wdays", "2026-11-06", 5, "CA", "AB"), subdiv="AB",
    family=["relative_working_days", "holiday_crossed", "relative_letter_date", "ask"],
    kind="legal_demand", name="Jolene Ostrander", org="Redcliff Ostrander LLP", mail="jostrander@redcliffostrander.ca",
    rep="Bow Valley Roofing Ltd.", theirs="26-1184-JO",
    urls=[f"https://ca.trustpilot.com/reviews/{R21}"], ids=[R21],
    quotes=["left nails all over the driveway and my dog needed surgery"],
    basis="within five business days of the date of this letter", bases=["defamation"], case="new:bow-valley",
    note="Alberta sender: Remembrance Day (Wed 11 Nov) is a general holiday in Alberta, so five business days from "
         "Fri 6 Nov -> Mon 16 Nov; weekends only would give Fri 13 Nov.")

F22 = doc("f22", "eml", "en", "CA", "2026-10-13", f"""
Hello,

I'm writing again about my review of Granville Island Kayak Tours, which disappeared from your site last week. It used to be here: https://ca.trustpilot.com/reviews/{R22}

All I got from you was a one-line email saying it was "under investigation following a report from the business". Nobody has asked me for anything. I'm happy to send my booking confirmation, the Visa statement and the photo of the guide's rental van with the flat tire that left us stranded at the dock for two hours. That's literally what the review was about.

I've read your guidelines twice. I didn't swear, I didn't name anyone, I described what happened. If a business can get an honest review pulled just by reporting it, what's the point of the site?

If I don't hear back from an actual person by the end of next week, I'll be posting about this on Reddit and filing a complaint with the Competition Bureau.

Marguerite Olufsen
Vancouver, BC
m.olufsen@shawmail.ca
""", letter="2026-10-13", calc=("weekday", "2026-10-13", 4, 1),
    email=mail("Marguerite Olufsen", "m.olufsen@shawmail.ca", "my review was removed??",
               "<YT3PR01MB9081.olufsen.20261013@shawmail.ca>", "2026-10-13T23:40:00+00:00"),
    family=["informal_end_of_next_week", "conditional_threat"],
    kind="consumer_appeal", name="Marguerite Olufsen", mail="m.olufsen@shawmail.ca",
    urls=[f"https://ca.trustpilot.com/reviews/{R22}"], ids=[R22],
    basis="by the end of next week", bases=["platform_guidelines"], case="new:olufsen-kayak",
    note="'by the end of next week' in an email of Tue 13 Oct = Friday of the following week, 23 Oct (working-week "
         "reading; a Sunday reading would give 25 Oct). Date header is 23:40 UTC, still 13 Oct. No quotes from "
         "the review itself.")

F23 = doc("f23", "eml", "en", "NZ", "2026-11-10", f"""
Kia ora koutou,

Riccarton Physio & Pilates Limited – review by "Canterbury Mum"

We act for Riccarton Physio & Pilates Limited of Christchurch.

On 2 November a review was posted at https://nz.trustpilot.com/reviews/{R23}. It says that our client's principal physiotherapist "has been struck off in Australia and is hiding here". That is completely untrue. She has never practised in Australia, and her registration with the Physiotherapy Board of New Zealand is current and unblemished, as the public register shows.

This is a serious allegation of professional misconduct against a named health practitioner. It is defamatory of her and of our client. We ask that Trustpilot remove the review within five working days of receiving this email. If the review is still online after that, our client will apply to the District Court under the Harmful Digital Communications Act 2015 and will seek orders against both the author and, if necessary, Trustpilot as the online content host.

Please direct any reply to me at the address below.

Ngā mihi,

Tamsin Greaves
Senior Solicitor
Avon Quay Lawyers
Level 3, 60 Cashel Street, Christchurch 8011
tamsin.greaves@avonquay.co.nz | 03 555 0836
Our ref: TG-4422
""", letter="2026-11-10", calc=("wdays", "2026-11-10", 5, "NZ", "CAN"), subdiv="CAN",
    email=mail("Tamsin Greaves", "tamsin.greaves@avonquay.co.nz", "Riccarton Physio & Pilates Limited – defamatory review (TG-4422)",
               "<SY4P282MB1157.greaves.20261110@avonquay.co.nz>", "2026-11-10T21:15:00+13:00"),
    family=["relative_working_days", "relative_receipt", "holiday_crossed_regional"],
    kind="legal_demand", name="Tamsin Greaves", org="Avon Quay Lawyers", mail="tamsin.greaves@avonquay.co.nz",
    rep="Riccarton Physio & Pilates Limited", theirs="TG-4422",
    urls=[f"https://nz.trustpilot.com/reviews/{R23}"], ids=[R23],
    quotes=["has been struck off in Australia and is hiding here"],
    basis="within five working days of receiving this email", bases=["defamation", "harassment"], case="new:riccarton-physio",
    note="REGIONAL HOLIDAY: Christchurch sender; Canterbury Anniversary Day (Fri 13 Nov) is a Canterbury regional "
         "holiday. Five working days from receipt (Tue 10 Nov) -> Wed 18 Nov; national holidays only would give "
         "Tue 17 Nov. The email was sent and received on 10 Nov NZDT (Date header 21:15 +13:00 = 08:15 UTC), so receipt = the email's day.")

F24 = doc("f24", "scan", "en", "CA", "2026-11-30", f"""
MERRITT DANFORTH PROFESSIONAL CORPORATION
Barristers & Solicitors
180 Dundas Street West, Suite 1420, Toronto, Ontario M5G 1Z8
416-555-0129 · bmerritt@merrittdanforth.ca

November 24, 2026

Trustpilot A/S
Pilestræde 58, 1112 Copenhagen K, Denmark

Our File: MD-7719

NOTICE PURSUANT TO SECTION 5(1) OF THE LIBEL AND SLANDER ACT, R.S.O. 1990, c. L.12

Dear Sir/Madam:

We are the lawyers for Humber Bay Custom Cabinetry Inc.

Take notice that our client complains of the review published on your website at https://ca.trustpilot.com/reviews/{R24}, which states that our client "uses particleboard and charges for solid maple". This statement is false and defamatory of our client.

Section 5(1) of the Act requires a plaintiff to give written notice of the matter complained of within six weeks after it has come to the plaintiff's knowledge, and section 6 requires that an action be commenced within three months after that. Our client learned of the review on October 29, 2026. This notice is given within the statutory period to preserve our client's rights.

We would ask that you review the matter and advise us of your position. We have no instructions to commence proceedings at this time.

Yours very truly,

Bernadette Merritt
""", letter="2026-11-24", calc=None,
    family=["null_statutory_period_described", "null_past_events", "scan"],
    kind="legal_demand", name="Bernadette Merritt", org="Merritt Danforth Professional Corporation",
    mail="bmerritt@merrittdanforth.ca", rep="Humber Bay Custom Cabinetry Inc.", theirs="MD-7719",
    urls=[f"https://ca.trustpilot.com/reviews/{R24}"], ids=[R24],
    quotes=["uses particleboard and charges for solid maple"],
    bases=["defamation"], case="new:humber-bay",
    note="Null: the six weeks and three months are statutory periods the letter describes for the plaintiff's own "
         "steps; nothing is demanded of us by any date ('advise us of your position' is undated).")

DOCS = [F21, F22, F23, F24]
