"""corpus-dl4 English documents e25-e32 (US and Australian senders)."""
from common import RID, doc, mail

DOCS = []

# e25 -- US trademark notice: reported expectation, "December 1st" without year
DOCS.append(doc("e25", "docx", "en", "US", "2026-11-12", """
IRONWOOD MARKS COUNSEL LLP
1200 Sixth Avenue, Suite 900, Seattle, WA 98101 · (206) 555-0171 · balvarado@ironwoodmarks.com

November 9, 2026

Our Ref: IMC-TM-5530

Trustpilot, Inc.
Legal Department

Re: Infringement of the SALTMEADOW® trademark – https://www.trustpilot.com/review/saltmeadow-outfitters.shop

Dear Sir or Madam:

We are trademark counsel to Saltmeadow Outfitters, Inc., the owner of U.S. Trademark Registration No. 6,114,392 for SALTMEADOW in connection with outdoor clothing and retail store services.

The business profile at the address above is registered to the domain saltmeadow-outfitters.shop, which is not owned or controlled by our client. The site sells counterfeit goods under our client's mark and copies its logo. Its Trustpilot profile displays our client's name and logo and has collected more than two hundred reviews, many from consumers who believe they bought from our client and who now blame it for orders that never arrived.

The unauthorized use of the SALTMEADOW mark on this profile is likely to cause confusion and constitutes infringement under 15 U.S.C. § 1114 and § 1125(a).

We ask that you remove our client's name and logo from the profile or suspend the profile. Our client expects written confirmation on or before December 1st of the steps you have taken.

Sincerely,

Brandon Alvarado-Quist
Partner
Ironwood Marks Counsel LLP
""", letter="2026-11-09", calc=("date", "2026-12-01"), family=["reported", "month_first_long", "ordinal", "yearless"],
    kind="ip_notice", name="Brandon Alvarado-Quist", org="Ironwood Marks Counsel LLP", mail="balvarado@ironwoodmarks.com",
    rep="Saltmeadow Outfitters, Inc.", theirs="IMC-TM-5530",
    urls=["https://www.trustpilot.com/review/saltmeadow-outfitters.shop"],
    basis="on or before December 1st", bases=["trademark"], case="new:saltmeadow"))

# e26 -- US owner's chaser: "immediately", the old date only in his own quoted email: null
r = RID[154]
DOCS.append(doc("e26", "eml", "en", "US", "2026-11-18", f"""
Hello again,

It's been two weeks and the review is still up: https://www.trustpilot.com/reviews/{r}

Nobody has replied to me except the automatic email with the case number. Meanwhile two more customers have asked us whether it's true that we "use junkyard glass and fake the DOT stamps". We don't, and the man who wrote it admitted to my manager that he never had work done here.

I'm done waiting. Take it down immediately. If it isn't gone I'll have my attorney deal with it, and I'll be telling the Better Business Bureau how this was handled.

Dwayne Kessler
President
Bluestem Auto Glass, Inc.
Wichita, KS
(316) 555-0129

On Tue, Nov 3, 2026 at 8:47 AM Dwayne Kessler <d.kessler@bluestemautoglass.com> wrote:
> To Trustpilot,
>
> The review at the link above is false and defamatory. The writer was never our customer. Please take it down by November 10. I can provide our full job records if needed.
>
> Dwayne Kessler
> Bluestem Auto Glass, Inc.
""", letter="2026-11-18", calc=None, family=["chaser_immediately", "quoted_old_date"],
    email=mail("Dwayne Kessler", "d.kessler@bluestemautoglass.com", "Re: False review - Bluestem Auto Glass",
               "<BN8PR04MB9920.kessler.20261118@bluestemautoglass.com>", "2026-11-18T09:05:00-06:00",
               in_reply_to="<BN8PR04MB7713.kessler.20261103@bluestemautoglass.com>",
               references=["<BN8PR04MB7713.kessler.20261103@bluestemautoglass.com>"]),
    kind="legal_demand", name="Dwayne Kessler", org="Bluestem Auto Glass, Inc.", mail="d.kessler@bluestemautoglass.com",
    urls=[f"https://www.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["use junkyard glass and fake the DOT stamps"], bases=["defamation"], case="CI-2026-1904",
    note="November 10 appears only in his own quoted earlier email; the new message demands removal "
         "'immediately' -> null. legal_bases: defamation is invoked in the quoted part of the same thread only; "
         "kept because it is part of the document as received."))

# e27 -- US state regulator: "due thirty (30) days from the date of this letter"
DOCS.append(doc("e27", "pdf", "en", "US", "2026-11-05", """
OREGON DEPARTMENT OF JUSTICE
Consumer Protection Section
1162 Court Street NE, Salem, OR 97301 · (503) 555-0164 · kendra.vossberg@doj.oregon.gov

November 2, 2026

File No. CP-2026-11873

Trustpilot, Inc.
Attn: Legal Department

Re: Reviews of Cascade Summit Roofing LLC – https://www.trustpilot.com/review/cascadesummitroofing.com

Dear Sir or Madam:

The Consumer Protection Section is investigating complaints that Cascade Summit Roofing LLC obtained positive online reviews by offering homeowners a discount on their final invoice in exchange for five-star ratings, and that it used review-writing services to post reviews from people who were never its customers. Such conduct may violate the Oregon Unlawful Trade Practices Act, ORS 646.605 to 646.656.

We ask that Trustpilot voluntarily provide the following information regarding the business profile identified above:

1. the number of reviews on the profile flagged or removed by Trustpilot as fake or incentivized since January 1, 2025, and the reasons;
2. any warnings or consumer alerts Trustpilot has displayed on the profile, and when;
3. any communications with the business about review invitations.

Your response is due thirty (30) days from the date of this letter. If you have questions, please contact me directly.

Sincerely,

Kendra Vossberg
Assistant Attorney General
Oregon Department of Justice
""", letter="2026-11-02", calc=("days", "2026-11-02", 30), family=["third_person_due", "relative_days", "parentheses", "relative_letter_date"],
    kind="regulator", name="Kendra Vossberg", org="Oregon Department of Justice",
    mail="kendra.vossberg@doj.oregon.gov", theirs="CP-2026-11873",
    urls=["https://www.trustpilot.com/review/cascadesummitroofing.com"],
    basis="due thirty (30) days from the date of this letter", bases=["consumer_law"], case="new:cascade-summit",
    note="A state attorney general's consumer-protection inquiry: kind regulator. 30 days from the letter "
         "(2 Nov) = 2 Dec; the January 1, 2025 date is part of the request, not a deadline."))

# e28 -- US owner's reply: review dates, her own plan ("Monday"), our date only in the quote: null
r = RID[163]
DOCS.append(doc("e28", "eml", "en", "US", "2026-11-16", f"""
Hi Elin,

Thanks for getting back to me. Answers to your questions:

- The review (https://www.trustpilot.com/reviews/{r}) is dated September 28, 2026. The reviewer says we "dug up the sprinkler line and left the yard flooded for a week".
- The only job we did on that street this year was on August 3, for a different homeowner, and it was a drip irrigation install. No sprinkler line.
- We first reported the review on October 2 and again on October 30.

I have the August 3 invoice and the before/after photos. I'm pulling the customer list for that zip code as well, so I'll send everything over on Monday once my bookkeeper is back.

Renata

Renata Solis
Owner, Copperleaf Landscaping LLC
Boise, ID
(208) 555-0152

On Fri, Nov 13, 2026 at 3:04 PM Trustpilot Legal <legal@trustpilot.com> wrote:
> Dear Ms Solis,
>
> Thank you for your report (our ref CI-2026-1913). To help us assess it, please send us by November 20 any records showing that the reviewer was not your customer, together with the date of any job you carried out on the street mentioned in the review.
>
> Kind regards,
> Elin Lindgren
> Trustpilot Legal
""", letter="2026-11-16", calc=None, family=["null_review_date", "null_own_plan", "null_quoted_our_date"],
    email=mail("Renata Solis", "renata@copperleaflandscaping.com", "Re: [CI-2026-1913] Your report about a review",
               "<CAJp0x=copperleaf.1116.0812@mail.gmail.com>", "2026-11-16T08:12:00-07:00",
               in_reply_to="<20261113150410.CI-2026-1913.9082@mail.trustpilot.com>",
               references=["<20261113150410.CI-2026-1913.9082@mail.trustpilot.com>"]),
    kind="business_appeal", name="Renata Solis", org="Copperleaf Landscaping LLC", mail="renata@copperleaflandscaping.com",
    ours="CI-2026-1913", urls=[f"https://www.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["dug up the sprinkler line and left the yard flooded for a week"], bases=[], case="CI-2026-1913",
    note="September 28 is the review's date, August 3 and October dates are past events, 'on Monday' is her own "
         "plan, and November 20 is our deadline to her, only in the quoted email -> null."))

# e29 -- Australian concerns notice by email: 28 days after the date of the notice
r = RID[56]
DOCS.append(doc("e29", "eml", "en", "AU", "2026-10-28", f"""
Dear Trustpilot Legal Team

CONCERNS NOTICE – Defamation Act 2005 (Vic), section 12A

Our ref: LWR:4471:YBP

We act for Yarra Bend Physio Pty Ltd of Abbotsford, Victoria. This email is a concerns notice given to you as the publisher of the matter set out below.

Matter complained of: the review at https://au.trustpilot.com/reviews/{r}, published on or about 12 October 2026 under the name "Kez_M".

Imputations: the review states that our client's principal "fakes Medicare item numbers to bill for sessions that never happened" and that she "was struck off in New Zealand". It conveys the imputations that our client is dishonest, commits Medicare fraud and is unfit to practise. Each imputation is false: our client's principal has never practised in New Zealand and her registration with AHPRA is unconditional.

Serious harm: the review has been shared in a local community group with more than 9,000 members, and our client has had eleven cancellations since it was posted.

Our client invites you to remove the review and to publish nothing further to the same effect. If you wish to make an offer to make amends under Part 3 of the Act, it should be made within 28 days after the date of this concerns notice.

Yours faithfully

Lachlan Whitcombe-Reyes
Principal
Whitcombe Reyes Lawyers
Level 6, 410 Collins Street, Melbourne VIC 3000
lachlan@whitcombereyes.com.au
""", letter="2026-10-28", calc=("days", "2026-10-28", 28), family=["relative_days", "relative_letter_date", "statutory_notice"],
    email=mail("Lachlan Whitcombe-Reyes", "lachlan@whitcombereyes.com.au", "Concerns notice - Yarra Bend Physio Pty Ltd - LWR:4471:YBP",
               "<LWR-4471-YBP.20261028@whitcombereyes.com.au>", "2026-10-28T14:20:00+11:00"),
    kind="legal_demand", name="Lachlan Whitcombe-Reyes", org="Whitcombe Reyes Lawyers", mail="lachlan@whitcombereyes.com.au",
    rep="Yarra Bend Physio Pty Ltd", theirs="LWR:4471:YBP", urls=[f"https://au.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["fakes Medicare item numbers to bill for sessions that never happened", "was struck off in New Zealand"],
    basis="within 28 days after the date of this concerns notice", bases=["defamation"], case="new:yarra-bend",
    note="The only dated demand is the 28-day period for an offer to make amends; 28 days after the "
         "notice's own date (28 Oct, Melbourne) = 25 Nov."))

# e30 -- Australian letter: "by return, and in any event by no later than 4pm AEDT on 1 December 2026"
r = RID[58]
DOCS.append(doc("e30", "pdf", "en", "AU", "2026-11-25", f"""
TASMAN HEELEY LAWYERS
Level 11, 60 Margaret Street, Sydney NSW 2000
+61 2 5550 4418 · georgina.heeley@tasmanheeley.com.au

23 November 2026

Our ref: GH/CPD/2630

Trustpilot Pty Ltd / Trustpilot A/S
Legal Department

Dear Sir or Madam

Coogee Point Dental Pty Ltd – review https://au.trustpilot.com/reviews/{r}

We act for Coogee Point Dental Pty Ltd.

On 16 November 2026 a review was published on your platform under the name "SydneySmiles88" stating that our client's senior dentist "performed a root canal while drunk" and that the clinic "has had its licence suspended twice". Neither statement is true; the clinic's records and the Dental Board of Australia's public register confirm it.

We have today served a concerns notice on the author through the email address that our client holds for him. Separately, we ask that you remove the review from your platform pending resolution of the dispute, given the gravity of the allegations.

Please confirm by return, and in any event by no later than 4pm AEDT on 1 December 2026, that the review has been taken down. We would also ask that you preserve all data associated with the account.

Yours faithfully

Georgina Heeley
Partner
Tasman Heeley Lawyers
""", letter="2026-11-23", calc=("date", "2026-12-01"), family=["by_return_plus_date", "time_of_day", "time_zone", "explicit_long"],
    kind="legal_demand", name="Georgina Heeley", org="Tasman Heeley Lawyers", mail="georgina.heeley@tasmanheeley.com.au",
    rep="Coogee Point Dental Pty Ltd", theirs="GH/CPD/2630", urls=[f"https://au.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["performed a root canal while drunk", "has had its licence suspended twice"],
    basis="by no later than 4pm AEDT on 1 December 2026", bases=["defamation"], case="new:coogee-point",
    note="'by return' alone sets no date (see e31); here it is bounded by a dated long stop, which is the deadline."))

# e31 -- "by return" and nothing else: null
r = RID[60]
DOCS.append(doc("e31", "eml", "en", "AU", "2026-11-30", f"""
Hi,

I own Mulqueeney Mobile Mechanics in Toowoomba. A review went up on Saturday night (https://au.trustpilot.com/reviews/{r}) from someone calling himself "Trev", saying I "took the cash, swapped his new battery for a dead one and drove off laughing".

I've never had a customer called Trev, I don't take cash, and every battery I fit is logged with its serial number against a tax invoice. I think I know who it is. It's a bloke I refused to work for after he got aggressive at a job in Highfields a fortnight ago, and he's also been leaving comments on my Facebook page.

What he's written is defamatory and it's a lie, and I'm a sole trader so it's my name people see. Please remove the review and confirm by return. I haven't sent the invoices yet because I wasn't sure what you'd need, but I'm happy to.

Cheers,
Tegan Mulqueeney
Mulqueeney Mobile Mechanics
0412 555 087
""", letter="2026-11-30", calc=None, family=["null_by_return"],
    email=mail("Tegan Mulqueeney", "tegan@mulqueeneymobile.com.au", "False review - please remove",
               "<SY4P282MB1933.tegan.1130@mulqueeneymobile.com.au>", "2026-11-30T07:45:00+10:00"),
    kind="legal_demand", name="Tegan Mulqueeney", org="Mulqueeney Mobile Mechanics", mail="tegan@mulqueeneymobile.com.au",
    urls=[f"https://au.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["took the cash, swapped his new battery for a dead one and drove off laughing"],
    bases=["defamation"], case="new:mulqueeney",
    note="'confirm by return' means at once and names no date: treated like 'immediately' -> null. "
         "A business owner citing defamation for her own business: legal_demand, no represented party."))

# e32 -- Australian docx: 10 business days of receipt (NSW), no holiday in range
r = RID[62]
DOCS.append(doc("e32", "docx", "en", "AU", "2026-12-04", f"""
PARRAMORE QUILL LAWYERS
Suite 3, 88 Phillip Street, Parramatta NSW 2150 · 02 5550 7731 · a.rajaratnam@parramorequill.com.au

1 December 2026

Our reference: AR:HSM:9921

Trustpilot A/S
Legal Department

Dear Sir or Madam

Harbourside Strata Management Pty Ltd – review {r}

We act for Harbourside Strata Management Pty Ltd, a licensed strata managing agent.

A review published at https://au.trustpilot.com/reviews/{r} on 19 November 2026 alleges that our client's director "forged owners' signatures on the special levy vote" and "is under investigation by NSW Fair Trading". Our client's director has not forged any signature, the special levy was passed at a properly convened general meeting whose minutes are available, and our client is not the subject of any investigation.

These allegations are defamatory of our client and of its director, and they have been circulated to owners in at least two of the buildings our client manages.

We request that you remove the review within 10 business days of receipt of this letter. If you require further information to assess the complaint, please contact the writer.

Yours faithfully

Anand Rajaratnam
Senior Associate
Parramore Quill Lawyers
""", letter="2026-12-01", calc=("wdays", "2026-12-04", 10, "AU", "NSW"), family=["working_days", "relative_receipt"],
    kind="legal_demand", name="Anand Rajaratnam", org="Parramore Quill Lawyers", mail="a.rajaratnam@parramorequill.com.au",
    rep="Harbourside Strata Management Pty Ltd", theirs="AR:HSM:9921", urls=[f"https://au.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["forged owners' signatures on the special levy vote", "is under investigation by NSW Fair Trading"],
    basis="within 10 business days of receipt of this letter", bases=["defamation"], case="new:harbourside",
    note="Business days from receipt (Fri 4 Dec), New South Wales holidays: none fall before 18 Dec."))
