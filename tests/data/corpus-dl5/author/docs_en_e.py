"""English documents f16–f20 (United States)."""
from common import RID, doc, mail

R16 = RID[30]
R17 = RID[32]
R18 = RID[34]
R19a, R19b = RID[36], RID[37]
R20 = RID[38]

F16 = doc("f16", "eml", "en", "US", "2026-11-19", f"""
Re: Mesa Verde Pediatric Dental, P.C. – Demand for Removal of Defamatory Review

To Trustpilot's Legal Department:

This firm represents Mesa Verde Pediatric Dental, P.C. ("Mesa Verde"), a pediatric dental practice in Chula Vista, California.

On November 2, 2026, a user identifying herself as "KimT_619" published a review of Mesa Verde at https://www.trustpilot.com/reviews/{R16}. The review asserts that "they strap kids down and drill without numbing them". That statement is false. Every procedure at Mesa Verde is performed with local anesthetic, documented in the chart, and the practice has no record of any patient matching the reviewer's description.

A false assertion that a medical provider harms children is defamatory per se under California law.

We ask that Trustpilot remove the review. Unless we receive written confirmation by 12/03/2026 at 5:00 p.m. PT that the review has been taken down, we will file suit against the reviewer and serve Trustpilot with a subpoena for her identifying information, and we will seek an order compelling removal.

Nothing in this letter waives any of our client's rights or remedies, all of which are expressly reserved.

Very truly yours,

Rafael Castellanos
Castellanos Whitcomb LLP
401 B Street, Suite 1750
San Diego, CA 92101
(619) 555-0148
rcastellanos@castellanoswhitcomb.com
""", letter="2026-11-19", calc=("date", "2026-12-03"),
    email=mail("Rafael Castellanos", "rcastellanos@castellanoswhitcomb.com",
               "Mesa Verde Pediatric Dental – Demand for Removal",
               "<BY5PR17MB3301.castellanos.20261119@castellanoswhitcomb.com>", "2026-11-19T22:10:00+00:00"),
    family=["conditional_threat", "numeric_us_month_first", "time_zone"],
    kind="legal_demand", name="Rafael Castellanos", org="Castellanos Whitcomb LLP",
    mail="rcastellanos@castellanoswhitcomb.com", rep="Mesa Verde Pediatric Dental, P.C.",
    urls=[f"https://www.trustpilot.com/reviews/{R16}"], ids=[R16],
    quotes=["they strap kids down and drill without numbing them"],
    basis="by 12/03/2026 at 5:00 p.m. PT", bases=["defamation"], case="new:mesa-verde",
    note="US sender: 12/03/2026 is month-first = 3 December (day-first would be 12 March). Conditional threat "
         "('Unless we receive ... by'): the date is the deadline.")

F17 = doc("f17", "pdf", "en", "US", "2026-11-10", f"""
QUINCY HARLAN DUBE LLP
Intellectual Property Counsel
One Liberty Square, 9th Floor · Boston, MA 02109 · (617) 555-0193 · dmca@qhdlaw.com

November 6, 2026

VIA EMAIL AND FEDEX
Trustpilot, Inc.
Attn: Designated Copyright Agent
50 West 23rd Street, New York, NY 10010

Re: DMCA Notice of Claimed Infringement – Our File No. QHD-26-0447

Dear Copyright Agent:

We represent Halyard Press LLC, the owner of the copyright in the book "The Quiet Hull: A Sailboat Maintenance Primer" (U.S. Copyright Reg. No. TX 9-117-402).

The review located at https://www.trustpilot.com/reviews/{R17} reproduces, without authorization, approximately 1,400 words from Chapter 6 of that work, nearly verbatim, under the pretext of reviewing a boatyard. It is not commentary; it is the chapter.

Pursuant to 17 U.S.C. § 512(c)(3), we provide the following: (1) the copyrighted work is identified above; (2) the infringing material is the text of the review at the URL above; (3) our contact details appear in this letterhead; (4) we have a good-faith belief that the use is not authorized by the copyright owner, its agent, or the law; and (5) the information in this notice is accurate and, under penalty of perjury, we are authorized to act on behalf of the owner.

We request that you disable access within five (5) business days of receipt of this notice and inform us when this has been done.

/s/ Whitney Dube
Whitney Dube, Partner
Quincy Harlan Dube LLP
""", letter="2026-11-06", calc=("wdays", "2026-11-10", 5, "US", "MA"), subdiv="MA",
    family=["relative_working_days", "relative_receipt", "holiday_crossed", "request_we_request"],
    kind="ip_notice", name="Whitney Dube", org="Quincy Harlan Dube LLP", mail="dmca@qhdlaw.com",
    rep="Halyard Press LLC", theirs="QHD-26-0447",
    urls=[f"https://www.trustpilot.com/reviews/{R17}"], ids=[R17],
    basis="within five (5) business days of receipt of this notice", bases=["copyright"], case="new:halyard-press",
    note="Letter dated Fri 6 Nov, received Tue 10 Nov; 'of receipt' anchors on received. Five US business days "
         "(Massachusetts, the sender's state) skip Veterans Day (Wed 11 Nov) -> Wed 18 Nov; weekends only "
         "would give Tue 17 Nov. The copied chapter is not quoted in the notice: no quoted_statements.")

F18 = doc("f18", "txt", "en", "US", "2026-10-27", f"""
October 27, 2026

To: Trustpilot Content Team
From: Loretta Vandermeer, Dayton, Ohio
Email: lvandermeer.oh@postmail.com
Re: My review of Buckeye Gutter Guys was removed

Hello,

On October 19 I got an email from you saying my review of Buckeye Gutter Guys was taken down because it "contained personal information". The review was at https://www.trustpilot.com/reviews/{R18}.

I went back over what I wrote and the only name in it is the company's name and the first name of the man who came out, Rick, which is on his shirt and on the invoice. I didn't give his last name or his address or anything like that. Everything I said happened. He took a $300 deposit in May and the gutters were never installed. I have the receipt and the texts.

I think it was taken down because the company complained, not because it broke any rule, and I think that's unfair to other customers who are about to hire them.

Please reinstate it or tell me exactly what rule it broke by the 12th. If I can't get an answer from you I'll file a complaint with the Better Business Bureau and the Ohio Attorney General.

Thank you,
Loretta Vandermeer
""", letter="2026-10-27", calc=("dom", "2026-10-27", 12),
    family=["informal_day_of_month", "imperative_please"],
    kind="consumer_appeal", name="Loretta Vandermeer", mail="lvandermeer.oh@postmail.com",
    urls=[f"https://www.trustpilot.com/reviews/{R18}"], ids=[R18],
    basis="by the 12th", bases=["platform_guidelines"], case="new:vandermeer-gutters",
    note="'by the 12th' in a letter of 27 Oct = the next 12th, 12 November. The quoted words are our removal "
         "notice, not the content complained about: no quoted_statements. Her appeal turns on our rules "
         "(platform_guidelines); the BBB / Attorney General are only threatened.")

F19 = doc("f19", "eml", "en", "US", "2026-12-01", f"""
Trustpilot, Inc.
Attn: Legal Department

Re: Consumer Protection Inquiry No. CPI-26-3318

Dear Sir or Madam:

The Consumer Protection Section of the Office of the Vermont Attorney General has received complaints from consumers concerning reviews of Lakeshore Moving & Storage, Inc. published on your platform, including the reviews at https://www.trustpilot.com/reviews/{R19a} and https://www.trustpilot.com/reviews/{R19b}. The complainants allege that a number of five-star reviews of the company were written by persons connected to it, and that negative reviews were removed after the company reported them.

In order to evaluate these complaints, we ask that you provide: (1) a description of your procedures for detecting reviews written by persons connected to a business; (2) the number of reviews of this company removed since January 1, 2026, and the reasons recorded for each removal; and (3) any communications with the company concerning the two reviews identified above.

Your response to this inquiry is requested no later than Friday, December 18, 2026. This letter is not an accusation of wrongdoing by Trustpilot.

Sincerely,

Dolores Ekwueme
Assistant Attorney General
Consumer Protection Section
Office of the Vermont Attorney General
109 State Street, Montpelier, VT 05609
dolores.ekwueme@vermont.gov
""", letter="2026-12-01", calc=("date", "2026-12-18"),
    email=mail("Dolores Ekwueme", "dolores.ekwueme@vermont.gov", "Consumer Protection Inquiry No. CPI-26-3318",
               "<SJ0PR09MB6628.ekwueme.20261201@vermont.gov>", "2026-12-01T16:30:00+00:00"),
    family=["passive_requested", "request_noun", "month_first_long", "weekday"],
    kind="regulator", name="Dolores Ekwueme", org="Office of the Vermont Attorney General", mail="dolores.ekwueme@vermont.gov",
    theirs="CPI-26-3318",
    urls=[f"https://www.trustpilot.com/reviews/{R19a}", f"https://www.trustpilot.com/reviews/{R19b}"], ids=[R19a, R19b],
    basis="no later than Friday, December 18, 2026", bases=["consumer_law"], case="new:lakeshore-moving",
    note="The complaints are about fake reviews under "
         "consumer protection law (consumer_law).")

F20 = doc("f20", "eml", "en", "US", "2026-11-23", f"""
Hi there,

Just following up on the review I reported on November 9 through the business portal (https://www.trustpilot.com/reviews/{R20}). The reviewer says we "left a cooler of raw shrimp in the sun for the whole trip", which never happened. We run half-day fishing charters out of Port Aransas and we don't even carry shrimp on board; we use live bait from a tank.

I answered the questions your team sent back on November 12 and uploaded the booking list for that weekend. I haven't heard anything since, which I get, it's a busy time of year.

Heads up that we'll be closed November 25 through November 30 for Thanksgiving, and I won't be checking email much. No rush on your end, just whenever someone gets a chance to look at it. We'd just like it sorted before the spring bookings start.

Thanks a lot,

Cody Villarreal
Owner, Reel Tide Charters LLC
Port Aransas, TX
cody@reeltidecharters.com
""", letter="2026-11-23", calc=None,
    email=mail("Cody Villarreal", "cody@reeltidecharters.com", "Following up – reported review",
               "<CH3PR11MB8842.cody.20261123@reeltidecharters.com>", "2026-11-23T19:45:00+00:00"),
    family=["null_closure", "null_past_events", "null_no_date"],
    kind="business_appeal", name="Cody Villarreal", org="Reel Tide Charters LLC", mail="cody@reeltidecharters.com",
    urls=[f"https://www.trustpilot.com/reviews/{R20}"], ids=[R20],
    quotes=["left a cooler of raw shrimp in the sun for the whole trip"],
    bases=[], case="new:reel-tide",
    note="Null: 'closed November 25 through November 30' is the sender's closure; 9 and 12 November are past events; "
         "'No rush' and 'before the spring bookings start' set no date. Kind business_appeal (disputes our handling "
         "of its report); no law or guideline invoked.")

DOCS = [F16, F17, F18, F19, F20]
