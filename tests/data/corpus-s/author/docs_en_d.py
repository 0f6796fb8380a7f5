"""corpus-s, English documents s16-s20."""
from __future__ import annotations

from common import R, doc, mail, plus_working_days, rurl

DOCS = []

# s16 - the firm of a CLOSED case, same client, about a NEW review; quotes the closed case's reference. New matter.
DOCS.append(doc("s16", "pdf", "en", "2026-11-18", f"""
ASHCOMBE LYLE LLP
Solicitors · Notaries
Lyle House, 40 Park Row, Leeds LS1 5JL
+44 (0)113 496 0770 · t.sandford@ashcombelyle.co.uk

Trustpilot A/S
Legal Department
Pilestræde 58
1112 Copenhagen K
Denmark

By email: legal@trustpilot.com

16 November 2026

Our ref: GRE/77/0534 TS
Your ref: CI-2026-0655 (previous matter)

Dear Sir or Madam

Greenway Removals Ltd – new review at {rurl("uk", "green_new")}

You will recall that in June we wrote to you on behalf of our client, Greenway Removals Ltd, about a review that you subsequently removed. We were grateful for your prompt handling of that matter, which we understand you have closed.

We now write about a different review, posted on 8 November 2026 by a user called "MovingNightmare", about a house move that our client has no record of carrying out. It states:

"Greenway lost half our furniture and then demanded cash before they would unload the rest."

"Their drivers were swearing at my kids the entire day."

Our client has searched its booking system, its vehicle tracking data and its CCTV for every job in the Leeds area in October. There is no booking under the reviewer's name or postcode, no job matching the description, and our client has never taken cash payment for unloading. The allegations are false and seriously defamatory of a business that relies on referrals.

We ask that you remove the review, or at the very least that you require the reviewer to provide proof of a booking with our client, by 4.00 pm on Wednesday 2 December 2026. Please quote our reference, not the reference of the earlier matter, in any reply.

Yours faithfully

pp
Tobias Sandford
Partner
Ashcombe Lyle LLP
""", kind="legal_demand", name="Tobias Sandford", org="Ashcombe Lyle LLP", mail="t.sandford@ashcombelyle.co.uk",
    rep="Greenway Removals Ltd", theirs="GRE/77/0534 TS", ours="CI-2026-0655",
    urls=[rurl("uk", "green_new")], ids=[R["green_new"]],
    quotes=["Greenway lost half our furniture and then demanded cash before they would unload the rest.",
            "Their drivers were swearing at my kids the entire day."],
    deadline="2026-12-02", basis="by 4.00 pm on Wednesday 2 December 2026", bases=["defamation"],
    case="new:greenway-2",
    note="closed case's party and firm about a new review -> new case although it quotes the closed ref; 'pp' signature"))

# s17 - US federal agency (FTC) request for information - regulator
DOCS.append(doc("s17", "pdf", "en", "2026-10-21", """
UNITED STATES OF AMERICA
FEDERAL TRADE COMMISSION
Bureau of Consumer Protection · Division of Advertising Practices
600 Pennsylvania Avenue, NW, Washington, DC 20580

October 16, 2026

VIA ELECTRONIC MAIL (legal@trustpilot.com)

Trustpilot A/S
Attn: Legal Department
Pilestræde 58, 1112 Copenhagen K, Denmark

Re: FTC Matter No. 2623117 – Renova Solar Homes, LLC

Dear Counsel:

The staff of the Federal Trade Commission is conducting a non-public inquiry into whether Renova Solar Homes, LLC, a residential solar installer based in Mesa, Arizona, and related persons may have engaged in unfair or deceptive acts or practices in violation of Section 5 of the FTC Act, 15 U.S.C. § 45, and the Trade Regulation Rule on the Use of Consumer Reviews and Testimonials, 16 C.F.R. Part 465, in connection with reviews posted on Trustpilot.

Our inquiry concerns the business profile at https://www.trustpilot.com/review/renovasolarhomes.com. Staff has information suggesting that a substantial number of the five-star reviews on that profile were written by persons who were not customers, or were procured in exchange for gift cards conditioned on a positive rating.

We request that Trustpilot voluntarily provide the following, for the period January 1, 2025 to the present:
1. All reviews on the profile that Trustpilot flagged, removed, or labelled as suspicious, with the reason;
2. Any warnings or consumer alerts placed on the profile, and communications with the company about them;
3. Aggregate data on the IP addresses or devices from which reviews on the profile were submitted, to the extent available;
4. Documents sufficient to show any invitations sent through Trustpilot's review-invitation tools on the company's behalf.

This request is not a subpoena or civil investigative demand, and it does not mean that the Commission has concluded that the company has violated any law. We would appreciate your response no later than November 13, 2026. Please contact me if you would like to discuss the scope or timing of the request.

Sincerely,

Keisha D. Lorimer
Attorney, Division of Advertising Practices
Federal Trade Commission
(202) 555-0183 · klorimer@ftc.gov
""", kind="regulator", name="Keisha D. Lorimer", org="Federal Trade Commission", mail="klorimer@ftc.gov",
    rep=None, theirs="2623117", urls=["https://www.trustpilot.com/review/renovasolarhomes.com"],
    deadline="2026-11-13", basis="no later than November 13, 2026", bases=["consumer_law"], case="new:ftc-renova",
    note="US federal agency, voluntary request -> regulator"))

# s18 + s19 - US state attorney general: covering email (number only in its subject) with the CID attached
DOCS.append(doc("s18", "eml", "en", "2026-11-05", """
Good afternoon,

Attached please find a Civil Investigative Demand issued by the Colorado Attorney General to Trustpilot A/S under the Colorado Consumer Protection Act. It concerns reviews of a Colorado roofing contractor on your platform.

The CID requires a response by December 7, 2026. We are willing to accept service by email and to discuss a rolling production if that is helpful; please let me know who will be the point of contact on your side and whether you will be represented by outside counsel.

Please confirm receipt.

Thank you,

Marisol Duarte
Assistant Attorney General
Consumer Protection Section
Colorado Department of Law
1300 Broadway, 7th Floor, Denver, CO 80203
(720) 555-0192 | marisol.duarte@coag.gov

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the recipient(s) named above and may contain information that is confidential or protected by law.
""", email=mail("CPS Intake", "cps.intake@coag.gov",
                "Civil Investigative Demand No. 2026-CID-0388 - Trustpilot A/S",
                "<SA1PR09MB8833D2C1B0A9F8E7D6C5B4A3F2E1@SA1PR09MB8833.namprd09.prod.outlook.com>",
                "2026-11-05T14:21:00-07:00", attachments=["s19"]),
    kind="regulator", name="Marisol Duarte", org="Colorado Department of Law", mail="marisol.duarte@coag.gov",
    rep=None, theirs="2026-CID-0388", deadline="2026-12-07", basis="by December 7, 2026",
    bases=["consumer_law"], case="new:colorado-cid",
    note="state AG; reference only in the subject; shared mailbox as From"))

DOCS.append(doc("s19", "pdf", "en", "2026-11-05", """
STATE OF COLORADO
DEPARTMENT OF LAW
Office of the Attorney General – Consumer Protection Section
1300 Broadway, 7th Floor, Denver, Colorado 80203

CIVIL INVESTIGATIVE DEMAND No. 2026-CID-0388

TO: Trustpilot A/S, Pilestræde 58, 1112 Copenhagen K, Denmark

Issued pursuant to C.R.S. § 6-1-108 (Colorado Consumer Protection Act)

The Attorney General has reason to believe that Peak Summit Roofing & Gutters LLC, of Colorado Springs, Colorado, may have engaged in deceptive trade practices, including by publishing or procuring false consumer reviews and by suppressing negative reviews, in violation of C.R.S. § 6-1-105. This demand relates to the business profile at https://www.trustpilot.com/review/peaksummitroofing.com.

YOU ARE HEREBY REQUIRED to produce the following documents and information, for the period from March 1, 2025 to the date of this demand:

1. Every review posted on the profile, with its date, star rating, the reviewer's display name and country, and whether the review was invited;
2. All reports or flags submitted by Peak Summit Roofing & Gutters LLC about reviews on the profile, and Trustpilot's decision on each;
3. All communications between Trustpilot and Peak Summit Roofing & Gutters LLC or any person acting for it;
4. Any internal assessment by Trustpilot of review manipulation on the profile.

Documents must be produced on or before December 7, 2026, at 5:00 p.m. Mountain Time, to the undersigned. Instructions and definitions are set out in Schedule A.

Failure to comply may result in an application to the district court for an order compelling compliance under C.R.S. § 6-1-109.

Dated: November 5, 2026

PHILIP J. WEISER
Attorney General

By: Marisol Duarte
Assistant Attorney General
marisol.duarte@coag.gov | (720) 555-0192
""", kind="regulator", name="Marisol Duarte", org="Colorado Department of Law", mail="marisol.duarte@coag.gov",
    rep=None, theirs="2026-CID-0388", urls=["https://www.trustpilot.com/review/peaksummitroofing.com"],
    deadline="2026-12-07", basis="on or before December 7, 2026", bases=["consumer_law"], case="new:colorado-cid",
    part_name="CID 2026-CID-0388 Trustpilot.pdf",
    note="the CID itself; signed 'By:' the AAG under the AG's name"))

# s20 - US county sheriff, scanned letter enclosing a subpoena; US business days (Nevada holidays)
DOCS.append(doc("s20", "scan", "en", "2026-11-12", f"""
WASHOE COUNTY SHERIFF'S OFFICE
Detective Division – Financial & Cyber Crimes Unit
911 Parr Boulevard, Reno, Nevada 89512 · (775) 555-0148

November 9, 2026

Case No. WC26-014872

Trustpilot A/S
Attn: Legal / Law Enforcement Response
Pilestræde 58
1112 Copenhagen K, Denmark
Sent by email to legal@trustpilot.com and by international mail

RE: Request for records and preservation – extortion investigation

To Whom It May Concern:

This office is investigating a series of extortion attempts against the owner of a restaurant in Reno, Nevada. The suspect demanded payment by text message and, when the owner refused, posted the following review on your website, which the owner received a notification about the same evening:

{rurl("www", "reno")}

The review reads in part: "Pay what you owe or every one of your customers is going to hear about the rats." The suspect's text messages refer to "the review" and to further reviews "from different names".

Enclosed is a subpoena duces tecum issued by the Second Judicial District Court of the State of Nevada in and for the County of Washoe, commanding production of the following records for the account that posted the review: name, email address and telephone number provided at registration; IP addresses with date and time stamps for account creation and for the posting of the review; and any other reviews posted from the same account, email address or IP address.

Please also preserve these records for 90 days pending further legal process. We ask that you do not notify the account holder, as doing so may jeopardize the investigation.

Please provide the records within ten (10) business days of receipt of this request. Records can be sent to the email address below.

Respectfully,

Detective Cody R. Hallorann #4172
Financial & Cyber Crimes Unit
Washoe County Sheriff's Office
challorann@washoecounty.gov

Enclosure: Subpoena duces tecum
""", kind="law_enforcement", name="Cody R. Hallorann", org="Washoe County Sheriff's Office",
    mail="challorann@washoecounty.gov", rep=None, theirs="WC26-014872", urls=[rurl("www", "reno")], ids=[R["reno"]],
    quotes=["Pay what you owe or every one of your customers is going to hear about the rats."],
    deadline=plus_working_days("2026-11-12", 10, "US", "NV"),
    basis="within ten (10) business days of receipt of this request", bases=["criminal"], case="new:washoe",
    note="county sheriff with a court subpoena -> law_enforcement; Thanksgiving and Nevada Family Day skipped"))
