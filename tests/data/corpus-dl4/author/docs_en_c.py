"""corpus-dl4 English documents e17-e24 (Irish and US senders)."""
from common import RID, doc, mail

DOCS = []

# e17 -- Irish data access request: 30 calendar days of the email
DOCS.append(doc("e17", "eml", "en", "IE", "2026-10-15", """
Dear Trustpilot,

I am making a subject access request under Article 15 of the GDPR.

My reviewer account (registered to this email address, display name "OrlaKD") was suspended on 29 September without any explanation beyond a one-line email saying I had "breached the guidelines". I had written eleven reviews over four years, all of them about businesses I actually used.

Please send me:
1. a copy of all personal data you hold about me;
2. the reason my account was suspended and any report or complaint that led to it, including who made it, if that is personal data about me;
3. details of any automated decision-making used, as Article 22 requires you to tell me.

I expect a full response within 30 days of this email. If I don't get one I will lodge a complaint with the Data Protection Commission.

You can verify my identity by replying to this address, which is the one on the account.

Yours sincerely,

Orla Kinsella-Doyle
Ennistymon, Co. Clare
""", letter="2026-10-15", calc=("days", "2026-10-15", 30), family=["relative_days", "relative_email_date"],
    email=mail("Orla Kinsella-Doyle", "orla.kd@eircom.net", "Subject access request - suspended account",
               "<3f0b9a64.orla.kd.20261015@eircom.net>", "2026-10-15T21:16:00+01:00"),
    kind="data_request", name="Orla Kinsella-Doyle", mail="orla.kd@eircom.net",
    basis="within 30 days of this email", bases=["data_protection"], case="new:kinsella",
    note="The sender sets 30 calendar days of her email (15 Oct) -> 14 Nov, not the statutory month (15 Nov)."))

# e18 -- Irish docx: time with the zone in brackets, weekday, "the 18th of November", no year
r = RID[34]
DOCS.append(doc("e18", "docx", "en", "IE", "2026-11-16", f"""
MULCAHY DORGAN & CO. SOLICITORS
5 South Mall, Cork T12 X2P4 · +353 21 555 0377 · e.dorgan@mulcahydorgan.ie

Our Ref: ED/HHK/1450

11 November 2026

Trustpilot A/S
Legal Department

Dear Sir/Madam

Re: Harbourlight Hotel Kinsale Limited
Review: https://ie.trustpilot.com/reviews/{r}

We are instructed by Harbourlight Hotel Kinsale Limited.

The review at the above address, posted under the name "Travelling Tom", states that "the manager is a convicted fraudster who was run out of his last hotel in Killarney" and that "the rooms are crawling with bedbugs and the HSE know it".

Our client's general manager has no criminal convictions of any kind and has never worked in Killarney. There has been no infestation at the hotel and no contact from the Health Service Executive. The words are false and defamatory of our client and of its manager, and our client has suffered cancellations as a direct result.

We call on you to remove the review. Kindly revert by 5.30pm (Irish time) on Wednesday the 18th of November confirming that this has been done, failing which we have instructions to issue proceedings without further notice to you.

Yours faithfully

Eimear Dorgan
Mulcahy Dorgan & Co. Solicitors
""", letter="2026-11-11", calc=("date", "2026-11-18"), family=["time_of_day", "time_zone", "parentheses", "weekday", "ordinal", "yearless"],
    kind="legal_demand", name="Eimear Dorgan", org="Mulcahy Dorgan & Co. Solicitors", mail="e.dorgan@mulcahydorgan.ie",
    rep="Harbourlight Hotel Kinsale Limited", theirs="ED/HHK/1450", urls=[f"https://ie.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["the manager is a convicted fraudster who was run out of his last hotel in Killarney",
            "the rooms are crawling with bedbugs and the HSE know it"],
    basis="by 5.30pm (Irish time) on Wednesday the 18th of November", bases=["defamation"], case="new:harbourlight"))

# e19 -- Garda request: 48 hours of receipt
r = RID[36]
DOCS.append(doc("e19", "eml", "en", "IE", "2026-12-02", f"""
Dear Sir/Madam,

Our ref: GNCCB-2026-0417

I am a Detective Garda attached to the Garda National Cyber Crime Bureau. I am investigating a complaint of harassment and threatening communications under the Harassment, Harmful Communications and Related Offences Act 2020, made by the owner of a business in Athlone.

The review at https://ie.trustpilot.com/reviews/{r} was published on 27 November 2026. It names the complainant's teenage daughter and states "I know what time she finishes school and I'll be waiting". The complainant believes the author is a former employee.

I request that you preserve and provide the following in respect of the account that published the review:
- the name and email address registered to the account;
- the IP addresses used to register the account and to post the review, with timestamps (UTC);
- any other reviews posted by the same account.

Given the nature of the threat, please provide the requested information within 48 hours of receipt of this request. A formal request under the relevant mutual assistance arrangements will follow if required.

Please do not notify the account holder of this request.

Regards,

Pádraig Ó Ceallaigh
Detective Garda
Garda National Cyber Crime Bureau
An Garda Síochána
Harcourt Square, Dublin 2
padraig.oceallaigh@garda.ie
""", letter="2026-12-02", calc=("hours", "2026-12-02", 48), family=["hours", "relative_receipt"],
    email=mail("Pádraig Ó Ceallaigh", "padraig.oceallaigh@garda.ie", "Preservation and disclosure request - GNCCB-2026-0417",
               "<GNCCB-2026-0417.1202.0931@garda.ie>", "2026-12-02T09:31:00+00:00"),
    kind="law_enforcement", name="Pádraig Ó Ceallaigh", org="An Garda Síochána", mail="padraig.oceallaigh@garda.ie",
    theirs="GNCCB-2026-0417", urls=[f"https://ie.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["I know what time she finishes school and I'll be waiting"],
    basis="within 48 hours of receipt of this request", bases=["harassment", "criminal"], case="new:garda-athlone",
    note="48 hours from receipt (2 Dec, the day the email arrived) = 4 Dec. Organisation: An Garda Síochána "
         "(the bureau is a unit of it); the rank 'Detective Garda' is not part of the name."))

# e20 -- scanned letter recalling an old deadline and our reply: null
r = RID[153]
DOCS.append(doc("e20", "scan", "en", "IE", "2026-11-27", f"""
FLANNERY MOYLES SOLICITORS
Eyre Square Chambers, Galway H91 C2T6
+353 91 555 0628 · a.brannigan@flannerymoyles.ie

24 November 2026

Our Ref: AB/CVG/219
Your Ref: CI-2026-1903

Trustpilot A/S
Legal Department

Dear Sirs

Re: Corrib View Guesthouse Limited – review {r}

We refer to our letter of 3 November 2026, in which we asked you to remove the above review by 17 November 2026, and to your reply of 16 November 2026, in which you declined to do so on the basis that the review reflects the author's genuine experience.

We have taken our client's instructions on your reply. Our client does not accept your position, in particular as regards the statement that the kitchen "had not been inspected in years", which it says is demonstrably untrue. Our client is considering its options, including an application to the Circuit Court, and we will revert to you in due course.

In the meantime, we ask that you preserve all data associated with the review and the account that posted it.

Yours faithfully

Aoife Brannigan
Flannery Moyles Solicitors
""", letter="2026-11-24", calc=None, family=["null_recalled_date", "null_we_replied"],
    kind="legal_demand", name="Aoife Brannigan", org="Flannery Moyles Solicitors", mail="a.brannigan@flannerymoyles.ie",
    rep="Corrib View Guesthouse Limited", theirs="AB/CVG/219", ours="CI-2026-1903", ids=[r],
    quotes=["had not been inspected in years"], bases=[], case="CI-2026-1903",
    note="17 November is only recalled from the earlier letter; 'in due course' is the sender's own plan and "
         "the preservation request sets no date -> null. No law is invoked in this letter itself."))

# e21 -- business tells us its own filing date: null
r = RID[40]
DOCS.append(doc("e21", "eml", "en", "IE", "2026-11-26", f"""
Hello,

I've had your email of 23 November saying the review of our café at https://ie.trustpilot.com/reviews/{r} will stay up because it "reflects a genuine customer experience".

I'm disappointed but not surprised. The reviewer says we "served a child a muffin with nuts after being told about the allergy". We have CCTV of the counter that day and the mother never mentioned an allergy, and the muffin she bought was from our nut-free range anyway. The review is defamatory and it has been shared in two local Facebook groups.

We have instructed our solicitors, who will be filing the papers in the Circuit Court on 9 December. They will write to you separately. I'm not asking you for anything further at this stage; I just wanted you to know where things stand and that we did try to resolve it with you first.

Regards,

Ruairí Fennelly
Owner
Ballyvara Coffee Roasters Ltd
Main Street, Lahinch, Co. Clare
""", letter="2026-11-26", calc=None, family=["null_own_plan", "null_past_events"],
    email=mail("Ruairí Fennelly", "ruairi@ballyvaracoffee.ie", "Your decision on the review of our café",
               "<CAHk2R=ballyvara.1126@mail.gmail.com>", "2026-11-26T16:48:00+00:00"),
    kind="business_appeal", name="Ruairí Fennelly", org="Ballyvara Coffee Roasters Ltd", mail="ruairi@ballyvaracoffee.ie",
    urls=[f"https://ie.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["served a child a muffin with nuts after being told about the allergy"],
    bases=["defamation"], case="new:ballyvara",
    note="9 December is the sender's own filing date; he expressly asks for nothing -> null. Kind business_appeal: "
         "a business disputing our decision to keep the review."))

# e22 -- US DMCA notice: business days crossing Thanksgiving
r = RID[42]
DOCS.append(doc("e22", "eml", "en", "US", "2026-11-20", f"""
To the Designated Agent of Trustpilot:

NOTICE OF CLAIMED INFRINGEMENT UNDER 17 U.S.C. § 512(c)(3)

Our ref: TIP-26-3391

This firm represents Lumen & Loam Photography LLC of Santa Fe, New Mexico, the owner of the copyright in the photograph "Adobe Wedding, Golden Hour" (registered with the U.S. Copyright Office, VA 2-418-557).

The review located at https://www.trustpilot.com/reviews/{r} reproduces that photograph in full as an image attached to the review, without license or authorization. The reviewer is not our client's customer and appears to have copied the image from our client's website to illustrate a complaint about a different studio.

We have a good faith belief that the use described above is not authorized by the copyright owner, its agent, or the law. The information in this notice is accurate, and under penalty of perjury, I am authorized to act on behalf of the owner of an exclusive right that is allegedly infringed.

We request that you remove or disable access to the image within five (5) business days of this notice and confirm the removal to the undersigned.

/s/ Meredith Okonkwo-Hale
Meredith Okonkwo-Hale
Tallgrass IP Law PLLC
600 Congress Avenue, Suite 1410, Austin, TX 78701
(512) 555-0186 | mokonkwohale@tallgrassip.com
""", letter="2026-11-20", calc=("wdays", "2026-11-20", 5, "US", None),
    family=["working_days", "holiday_crossed", "parentheses", "relative_letter_date"],
    email=mail("Meredith Okonkwo-Hale", "mokonkwohale@tallgrassip.com", "DMCA Notice - Lumen & Loam Photography LLC - TIP-26-3391",
               "<TIP-26-3391.20261120.1455@tallgrassip.com>", "2026-11-20T14:55:00-06:00"),
    kind="ip_notice", name="Meredith Okonkwo-Hale", org="Tallgrass IP Law PLLC", mail="mokonkwohale@tallgrassip.com",
    rep="Lumen & Loam Photography LLC", theirs="TIP-26-3391", urls=[f"https://www.trustpilot.com/reviews/{r}"], ids=[r],
    basis="within five (5) business days of this notice", bases=["copyright"], case="new:lumen-loam",
    note="US business days from Fri 20 Nov skip Thanksgiving (Thu 26 Nov): Mon 30 Nov, not the weekends-only "
         "Fri 27 Nov. 'of this notice' = the email's own date."))

# e23 -- US letter: modal "must", time + zone, US numeric mm/dd/yyyy (12/04 = December 4)
r = RID[44]
DOCS.append(doc("e23", "pdf", "en", "US", "2026-11-24", f"""
VANDERMOLEN PRUSIK LLP
Attorneys at Law
245 Park Avenue, 24th Floor, New York, NY 10167
(212) 555-0143 · gvandermolen@vandermolenprusik.com

November 20, 2026

Our File: GV/HRD-0096

VIA EMAIL AND FEDEX
Trustpilot, Inc.
Attn: Legal Department

Re: Hudson Reach Dental Group, PLLC – review at https://www.trustpilot.com/reviews/{r}

Dear Counsel:

This firm represents Hudson Reach Dental Group, PLLC, which operates three dental offices in Westchester County.

The above review, posted by a user identified as "M. Greer", states that Dr. Anjali Sethuraman "lost her license in New Jersey for overbilling Medicaid" and that the practice "reuses disposable instruments on patients to save money". Both statements are false. Dr. Sethuraman has never been licensed in New Jersey, has never been the subject of any disciplinary action, and the practice's sterilization logs are inspected by the New York State Department of Health.

These statements are defamatory per se under New York law because they impute professional misconduct and a crime.

You must remove the review and confirm its removal in writing no later than 5:00 p.m. Eastern Time on 12/04/2026. If you do not, our client will pursue all remedies available to it against the author, and will seek disclosure of the author's identity from you.

Very truly yours,

Garrett Vandermolen
Partner
Vandermolen Prusik LLP
""", letter="2026-11-20", calc=("date", "2026-12-04"), family=["modal_must", "time_of_day", "time_zone", "numeric_us"],
    kind="legal_demand", name="Garrett Vandermolen", org="Vandermolen Prusik LLP", mail="gvandermolen@vandermolenprusik.com",
    rep="Hudson Reach Dental Group, PLLC", theirs="GV/HRD-0096", urls=[f"https://www.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["lost her license in New Jersey for overbilling Medicaid",
            "reuses disposable instruments on patients to save money"],
    basis="no later than 5:00 p.m. Eastern Time on 12/04/2026", bases=["defamation"], case="new:hudson-reach",
    note="US sender: 12/04/2026 is month-first = 4 December (a day-first reading, 12 April, would already be past)."))

# e24 -- US business appeal: weekday + month-first long date, no year
r = RID[46]
DOCS.append(doc("e24", "eml", "en", "US", "2026-11-03", f"""
Hi,

I reported this review on October 21 and got an automated reply on October 23 saying it doesn't break your guidelines: https://www.trustpilot.com/reviews/{r}

Please read it again. It says "ordered the lavender pillar, the glass cracked in the oven and the wick was lead". We have never sold a lavender pillar, we don't sell anything in glass that goes in an oven, and our wicks are cotton. The reviewer mentions an order number, PL-88172, which isn't in our format (ours start with PLC-). I'm almost certain this was meant for Prairie Lamp Co., a completely different business in Omaha. The names are similar and their page is right next to ours in search results.

Your guidelines say reviews must be about a genuine experience with the business being reviewed. This one isn't about us at all. We are a two-person company and a one-star review with "lead" in it is a big deal for a candle maker.

Could you please get back to me by Friday, November 13? That's the start of our holiday sales.

Thank you,
Shelby

Shelby Ruiz-Hartman
Owner, Prairie Lantern Candle Co.
Lawrence, KS
""", letter="2026-11-03", calc=("date", "2026-11-13"), family=["weekday", "month_first_long", "yearless", "polite"],
    email=mail("Shelby Ruiz-Hartman", "shelby@prairielantern.com", "Review about the wrong business (please re-check)",
               "<MW4PR10MB5521.shelby.1103@prairielantern.com>", "2026-11-03T10:22:00-06:00"),
    kind="business_appeal", name="Shelby Ruiz-Hartman", org="Prairie Lantern Candle Co.", mail="shelby@prairielantern.com",
    urls=[f"https://www.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["ordered the lavender pillar, the glass cracked in the oven and the wick was lead"],
    basis="by Friday, November 13", bases=["platform_guidelines"], case="new:prairie-lantern"))
