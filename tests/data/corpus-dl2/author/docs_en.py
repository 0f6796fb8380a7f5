"""English documents of corpus-dl2 (UK, US, Canada, Australia, Ireland)."""
from common import D, E, G

UK = ("GB", "ENG")
US = ("US", None)
CA = ("CA", None)
AU = ("AU", None)
IE = ("IE", None)

DOCS = [
# ---------------------------------------------------------------- e01
D(id="e01", lang="en", fmt="pdf", received="2026-11-04", letter="2026-11-02", country=UK,
  dl=("days", "letter", 14), expect="2026-11-16",
  basis="within 14 days of the date of this letter",
  family="calendar days from letter; recalled earlier date",
  text="""MARLOW PRYCE LLP
Solicitors

14 Park Row, Leeds LS1 5HD
Tel 0113 496 0721 · enquiries@marlowpryce.co.uk

Our ref: GW/ASH/0388

2 November 2026

By email: legal@trustpilot.com

Trustpilot A/S
Pilestræde 58, 5th floor
1112 Copenhagen K
Denmark

Dear Sirs

Our client: Ashcombe Lettings Ltd – review at https://uk.trustpilot.com/reviews/{R:e01}

We act for Ashcombe Lettings Ltd, a letting agency trading in Harrogate and Knaresborough.

We wrote to you on 12 October 2026 about the review referred to above. That letter asked for the review to be taken down by 26 October 2026. You did not respond by that date, and the review remains online.

The review states: "Ashcombe kept my £1,200 deposit for no reason and the agent lied to the deposit scheme." Both allegations are false. The deposit was returned in full on 4 August 2026 after adjudication by the scheme, and we hold the adjudicator's decision. The words are defamatory of our client and have caused serious harm to its business within the meaning of section 1 of the Defamation Act 2013.

We therefore require you to remove the review within 14 days of the date of this letter and to confirm in writing that you have done so. If you do not, we are instructed to advise our client on proceedings against the operator of the website, and we will refer the court to this letter on the question of costs.

Yours faithfully

Gemma Whitlow
Partner
Marlow Pryce LLP
g.whitlow@marlowpryce.co.uk""",
  gold=G("legal_demand", "Gemma Whitlow", "Marlow Pryce LLP", "g.whitlow@marlowpryce.co.uk",
         rep="Ashcombe Lettings Ltd", their="GW/ASH/0388",
         quotes=["Ashcombe kept my £1,200 deposit for no reason and the agent lied to the deposit scheme."],
         bases=["defamation"], case="new:ashcombe")),

# ---------------------------------------------------------------- e02
D(id="e02", lang="en", fmt="eml", received="2026-11-27", letter="2026-11-27", country=UK,
  dl=("date", "2026-12-03"), expect="2026-12-03", basis="by the 3rd",
  family="informal ordinal day without month",
  email=E("Dean Orchard", "deano1987@gmail.com", "my review got deleted??",
          "2026-11-27T20:41:00+00:00", "<CAF9x2kQ7wPz3e@mail.gmail.com>"),
  text="""hi,

my review of Castlegate Motors got taken down and i got an email saying it "may not be based on a genuine experience". thats rubbish, i bought a Focus off them in september and the clutch went 3 weeks later. ive got the invoice and the MOT, happy to send them over if someone tells me where.

The review was this one https://uk.trustpilot.com/reviews/{R:e02}

All i said was "Sold me a car with a knackered clutch and then stopped answering the phone." which is exactly what happened. the garage just reported it because they dont like it, they did the same to my mate.

I want it put back up by the 3rd, otherwise im going to post about it on facebook and tell everyone trustpilot lets companies delete bad reviews.

Dean

Sent from my iPhone""",
  gold=G("consumer_appeal", "Dean Orchard", None, "deano1987@gmail.com",
         quotes=["Sold me a car with a knackered clutch and then stopped answering the phone."],
         bases=[], case="new:castlegate")),

# ---------------------------------------------------------------- e03
D(id="e03", lang="en", fmt="pdf", received="2026-11-12", letter="2026-11-09", country=US,
  dl=("wd", "letter", 10), expect="2026-11-24",
  basis="within ten (10) business days of the date of this letter",
  family="US business days over Veterans Day; US date distractor",
  text="""HALVORSEN BRANDT LLP
575 Lexington Avenue, 22nd Floor
New York, NY 10022
Tel. (212) 555-0187 | www.halvorsenbrandt.com

November 9, 2026

VIA EMAIL (legal@trustpilot.com) AND FEDEX

Trustpilot A/S
Pilestræde 58, 5th Floor
1112 Copenhagen K, Denmark

Re: Unauthorized use of the BRIGHTLOOM® mark — Our File No. 2291-044

Dear Sir or Madam:

This firm represents Brightloom Candle Co., Inc. ("Brightloom"), the owner of U.S. Trademark Registration No. 6,418,902 for BRIGHTLOOM for scented candles and home fragrance products.

It has come to our client's attention that the business profile at https://www.trustpilot.com/review/brightloom-candles-outlet.com is operated by an unrelated party that sells counterfeit goods under our client's mark and displays our client's logo. Consumers have posted reviews on that page believing they bought from Brightloom. Our client first notified your platform through your online reporting form on 11/02/2026 and received only an automated reply.

The use of the BRIGHTLOOM mark on that profile infringes our client's rights under the Lanham Act, 15 U.S.C. § 1114 and § 1125(a), and causes ongoing consumer confusion.

We therefore request that you disable or rename the profile and remove our client's logo within ten (10) business days of the date of this letter, and confirm in writing the steps taken.

Nothing in this letter waives any of our client's rights or remedies, all of which are expressly reserved.

Very truly yours,

Jessica Albrecht
Partner
jalbrecht@halvorsenbrandt.com""",
  gold=G("ip_notice", "Jessica Albrecht", "Halvorsen Brandt LLP", "jalbrecht@halvorsenbrandt.com",
         rep="Brightloom Candle Co., Inc.", their="2291-044", bases=["trademark"],
         case="new:brightloom")),

# ---------------------------------------------------------------- e04
D(id="e04", lang="en", fmt="eml", received="2026-11-23", letter="2026-11-23", country=US,
  dl=("date", "2026-12-04"), expect="2026-12-04", basis="by 12/04/2026",
  family="US numeric date (MM/DD); other US dates as distractors",
  email=E("Ray Tanner", "ray@tannerpoolspa.com",
          "Consumer warning on our profile - please remove",
          "2026-11-23T10:12:00-06:00", "<0b3e1c77.5d2a.4f1e@tannerpoolspa.com>", html_only=True),
  text="""Hello,

I'm the owner of Tanner Pool & Spa Supply in Austin, TX. On 11/13/2026 a red banner appeared on our Trustpilot page (https://www.trustpilot.com/review/tannerpoolspa.com) saying you "detected unusual review activity" and that consumers should be careful.

Here is what actually happened: in October we ran an in-store promotion and put a QR code on our receipts asking customers to leave an honest review. We never offered a discount, a gift or an entry into a drawing for a review. Your own guidelines allow businesses to invite all of their customers, and that is all we did. I have copies of the receipts and our staff instructions and will send them to whoever needs them.

Black Friday is 11/27 and this is our second biggest weekend of the year. A warning like that makes us look like crooks.

Please remove the warning by 12/04/2026, or tell me exactly what evidence you need from us.

Thank you,
Ray Tanner
Owner, Tanner Pool & Spa Supply
(512) 555-0144""",
  gold=G("business_appeal", "Ray Tanner", "Tanner Pool & Spa Supply", "ray@tannerpoolspa.com",
         bases=["platform_guidelines"], case="new:tanner")),

# ---------------------------------------------------------------- e05
D(id="e05", lang="en", fmt="pdf", received="2026-11-17", letter="2026-11-16", country=UK,
  dl=("days", "received", 14), expect="2026-12-01",
  basis="within 14 days of service of this Order",
  family="court order: days from service (= receipt); permission to apply and hearing as distractors",
  text="""FENWICK LOWE LLP
Solicitors
3 Colmore Circus, Birmingham B4 6BH
Tel 0121 496 0334 · litigation@fenwicklowe.co.uk

Trustpilot A/S
Pilestræde 58, 5th floor
1112 Copenhagen K
Denmark

By courier, copy by email to legal@trustpilot.com

Our ref: AJN/HRD/7716
16 November 2026

Dear Sirs

Hollis & Reid Dental Limited v Trustpilot A/S – Claim No. KB-2026-004418

We serve on you the sealed Order of Master Penrose made on 13 November 2026. Its operative paragraphs read:

"1. The Respondent shall, within 14 days of service of this Order, disclose to the Applicant's solicitors the name, email address and any IP addresses held by it in respect of the account which posted the review at https://uk.trustpilot.com/reviews/{R:e05} on 24 August 2026.
2. The Applicant shall pay the Respondent's reasonable costs of compliance.
3. The Respondent may apply to vary or discharge this Order within 7 days of service of it.
4. The claim is listed for a case management conference on 14 January 2027 at 10.30am."

The review states: "Dr Reid drilled the wrong tooth and then lied about it on my notes." Our client maintains that this is false and defamatory and intends to bring proceedings against its author once identified.

Please send the information to the writer by email. We should be grateful if you would acknowledge safe receipt of the Order by return.

Yours faithfully

Aaron Nwosu
Senior Associate
Fenwick Lowe LLP
a.nwosu@fenwicklowe.co.uk""",
  gold=G("court_order", "Aaron Nwosu", "Fenwick Lowe LLP", "a.nwosu@fenwicklowe.co.uk",
         rep="Hollis & Reid Dental Limited", their="AJN/HRD/7716",
         quotes=["Dr Reid drilled the wrong tooth and then lied about it on my notes."],
         bases=["court_order", "defamation"], case="new:hollis-reid")),

# ---------------------------------------------------------------- e06
D(id="e06", lang="en", fmt="eml", received="2026-11-16", letter="2026-11-16", country=IE,
  dl=("date", "2026-11-20"), expect="2026-11-20", basis="by Friday 20 November",
  family="internal escalation relaying an Irish customer's date",
  email=E("Ciarán Doyle", "ciaran.doyle@trustpilot.com", "FW: Review on Kinsella Kitchens page - urgent",
          "2026-11-16T10:22:00+00:00", "<DB9PR02MB7713A1F0C2E4@DB9PR02MB7713.eurprd02.prod.outlook.com>"),
  text="""Hi Legal team,

Passing this on from one of my Irish accounts, Maeve Kinsella (owner, Kinsella Kitchens & Bedrooms in Cork). She's been with us three years and is threatening to cancel over this.

She wants it looked at properly by Friday 20 November. I've told her I can't promise an outcome but that I'd get it in front of the right people. Could one of you let me know where this sits?

Thanks a million,
Ciarán

Ciarán Doyle
Account Executive, Ireland
Trustpilot | ciaran.doyle@trustpilot.com

-----Original Message-----
From: Maeve Kinsella <maeve@kinsellakitchens.ie>
Sent: Friday, 13 November 2026 16:02
To: Ciarán Doyle <ciaran.doyle@trustpilot.com>
Subject: Review on Kinsella Kitchens page - urgent

Ciarán,

This review went up on 9 November: https://www.trustpilot.com/reviews/{R:e06}

The person says "They fitted the wrong worktops and then charged me extra to fix their own mistake." We have never fitted a kitchen for anyone of that name and I have checked every job since 2023. Your own guidelines say reviews have to be about a genuine experience.

We need this looked at properly by Friday 20 November. After that I'm handing it to our solicitor.

Maeve""",
  gold=G("internal_escalation", "Ciarán Doyle", "Trustpilot", "ciaran.doyle@trustpilot.com",
         rep="Kinsella Kitchens & Bedrooms",
         quotes=["They fitted the wrong worktops and then charged me extra to fix their own mistake."],
         bases=["platform_guidelines"], case="new:kinsella")),

# ---------------------------------------------------------------- e07
D(id="e07", lang="en", fmt="pdf", received="2026-11-23", letter="2026-11-20", country=UK,
  dl=("date", "2026-12-04"), expect="2026-12-04",
  basis="by 5pm (UK time) on Friday 4 December 2026",
  family="regulator: acknowledgement date beside substantive date; polite mood; parenthesis",
  text="""COMPETITION AND MARKETS AUTHORITY

The Cabot, 25 Cabot Square, London E14 4QZ

Trustpilot A/S
Legal Department
By email: legal@trustpilot.com

Our reference: CPG/FR/2026/1187
20 November 2026

Dear Legal Team

Harbourline Holidays Ltd – suspected fake reviews

The CMA is looking into concerns that Harbourline Holidays Ltd has been publishing or commissioning fake consumer reviews, a banned practice under Schedule 20 to the Digital Markets, Competition and Consumers Act 2024. Its profile on your platform is at https://uk.trustpilot.com/review/harbourlineholidays.co.uk.

This is not a formal information notice. However, we would find it helpful to understand (1) how many reviews of Harbourline Holidays Ltd your systems have removed or flagged since 1 April 2026, and why; (2) whether any reviews were linked to devices or payment details used by the business; and (3) any correspondence with Harbourline about incentivised reviews.

Please acknowledge receipt of this letter by 25 November 2026. We would be grateful to receive your response to the questions above by 5pm (UK time) on Friday 4 December 2026. If you need more time, please tell us before then and explain why.

We intend to review the evidence gathered in January 2027 before deciding on next steps.

Yours sincerely

Priya Ramanathan
Assistant Director, Consumer Enforcement
priya.ramanathan@cma.gov.uk""",
  gold=G("regulator", "Priya Ramanathan", "Competition and Markets Authority",
         "priya.ramanathan@cma.gov.uk", their="CPG/FR/2026/1187", bases=["consumer_law"],
         case="new:harbourline")),

# ---------------------------------------------------------------- e08
D(id="e08", lang="en", fmt="txt", received="2026-11-04", letter=None, country=UK,
  dl=None, expect=None, basis=None, family="no deadline (consumer appeal)",
  text="""Dear Trustpilot,

I am writing about my review of Pembury Vets which was taken down last week. I got an email on 28 October saying the business had reported it and that it did not meet your guidelines, but it didn't say which guideline.

I wrote the review on 2 October after my cat Biscuit was kept in overnight and we were charged £640 without anyone ringing us first. Every word of it is true and I have the invoice. I called them careless and money-grabbing, which is my honest opinion, and I don't see how that breaks any of your rules.

I'm not very good with computers so my grandson is typing this for me. I'd be grateful if somebody could look at it again and let me know whether it can be put back. My account is under janet.oll@btinternet.com.

Many thanks,

Janet Ollerenshaw
14 Briar Close
Tunbridge Wells
TN2 4QP""",
  gold=G("consumer_appeal", "Janet Ollerenshaw", None, "janet.oll@btinternet.com",
         bases=["platform_guidelines"], case="new:ollerenshaw")),

# ---------------------------------------------------------------- e09
D(id="e09", lang="en", fmt="pdf", received="2026-11-12", letter="2026-11-10", country=AU,
  dl=("days", "received", 7), expect="2026-11-19",
  basis="within 7 days of receipt of this letter", family="calendar days from receipt (Australia)",
  text="""KELLAWAY BROOKS LAWYERS
Level 12, 60 Margaret Street, Sydney NSW 2000
T +61 2 9555 0142 · E mail@kellawaybrooks.com.au

10 November 2026

Our ref: TK:2026/0719

Trustpilot A/S
Legal Department
Pilestræde 58, 5th floor
1112 Copenhagen K, Denmark
By email: legal@trustpilot.com

Dear Sir/Madam

Coastline Solar Pty Ltd – concerns notice regarding review

We act for Coastline Solar Pty Ltd, a solar installation business based in Newcastle, NSW.

On 19 October 2026 a review was published on your Australian site at https://au.trustpilot.com/reviews/{R:e09} under the name "Sparky_Dave". It states: "Coastline installed panels that were never connected to the grid and pocketed the rebate." Those imputations are false. Every system installed by our client is certified by an accredited designer and connected by the distributor, and the rebate is paid to the customer, not to our client.

The review conveys defamatory imputations within the meaning of the Defamation Act 2005 (NSW), and this letter is a concerns notice for the purposes of section 12A of that Act.

We request that you remove the review within 7 days of receipt of this letter, and that you preserve all account and posting data relating to its author.

Should the review remain online after that time, our client will consider its options, including an application for preliminary discovery.

Yours faithfully

Tom Kellaway
Principal
tkellaway@kellawaybrooks.com.au""",
  gold=G("legal_demand", "Tom Kellaway", "Kellaway Brooks Lawyers", "tkellaway@kellawaybrooks.com.au",
         rep="Coastline Solar Pty Ltd", their="TK:2026/0719",
         quotes=["Coastline installed panels that were never connected to the grid and pocketed the rebate."],
         bases=["defamation"], case="new:coastline")),

# ---------------------------------------------------------------- e10
D(id="e10", lang="en", fmt="eml", received="2026-11-04", letter="2026-11-04", country=CA,
  dl=("days", "received", 30), expect="2026-12-04",
  basis="within 30 days of receiving this request", family="calendar days from receipt (Canada)",
  email=E("Owen MacAulay", "owen.macaulay@outlook.com", "Personal information access request",
          "2026-11-04T14:20:00-05:00", "<YT3PR01MB6120C4E1@YT3PR01MB6120.CANPRD01.PROD.OUTLOOK.COM>"),
  text="""Hello,

My name is Owen MacAulay and I live in Ottawa, Ontario. I have had a Trustpilot account since 2019 under this email address.

On October 6 my review of a moving company was removed and my account was flagged. I was told a "pattern of suspicious activity" had been detected. I would like to understand what information you hold about me and how that decision was made.

Under the GDPR (Article 15) and Canada's PIPEDA, I request a copy of all personal information you hold about me, including IP addresses, device data, any notes or scores attached to my account, and the names of any third parties you shared my information with.

Please respond within 30 days of receiving this request. You can reply to this email.

Regards,
Owen MacAulay
613-555-0148""",
  gold=G("data_request", "Owen MacAulay", None, "owen.macaulay@outlook.com",
         bases=["data_protection"], case="new:macaulay")),

# ---------------------------------------------------------------- e11
D(id="e11", lang="en", fmt="scan", received="2026-11-20", letter="2026-11-19", country=UK,
  dl=("date", "2026-11-27"), expect="2026-11-27", basis="Date required: 27/11/2026",
  family="police form: labelled field; offence dates as distractors",
  text="""WEST MERCIA POLICE
Request for Personal Data – Prevention and Detection of Crime
Data Protection Act 2018, Schedule 2, Part 1, Paragraph 2

To: Trustpilot A/S, Legal Department (legal@trustpilot.com)

Reference: WMP-26-118842
Date of request: 19/11/2026
Date required: 27/11/2026
Requesting officer: PC 2231 Callum Hartigan
Unit: Harm Reduction Team, Worcester
Email: callum.hartigan@westmercia.police.uk
Telephone: 01905 555 318

Offence: Harassment – section 2, Protection from Harassment Act 1997
Period of offending: 02/11/2026 – 15/11/2026

Circumstances:
The victim runs a café in Malvern. Since early November she has received repeated abusive messages from an unknown person, including a review posted on the café's Trustpilot page at https://uk.trustpilot.com/reviews/{R:e11}, which reads: "The owner is a thief and everyone in Malvern knows where she lives."

Information requested:
1. Name and email address registered to the account that posted the review.
2. IP address and time stamp (with time zone) of account creation and of the posting.
3. Any other reviews posted by the same account.

I confirm that the information is required for the prevention or detection of crime and that informing the account holder would be likely to prejudice the investigation.

Signed: C. Hartigan
Authorising officer: Sgt 1450 Joanne Prowse""",
  gold=G("law_enforcement", "Callum Hartigan", "West Mercia Police",
         "callum.hartigan@westmercia.police.uk", their="WMP-26-118842",
         quotes=["The owner is a thief and everyone in Malvern knows where she lives."],
         bases=["harassment", "criminal", "data_protection"], case="new:malvern-cafe")),

# ---------------------------------------------------------------- e12
D(id="e12", lang="en", fmt="eml", received="2026-11-16", letter="2026-11-16", country=UK,
  dl=("date", "2026-11-23"), expect="2026-11-23",
  basis="by 4pm on Monday 23rd November 2026",
  family="follow-up: new date above quoted old date; missed date recalled; ordinal",
  email=E("Rachel Kew", "r.kew@albrightkew.co.uk",
          "RE: Thornbury Garden Rooms Ltd - review [Our ref RK/THO/1562]",
          "2026-11-16T09:48:00+00:00", "<20261116094812.RK1562@albrightkew.co.uk>",
          in_reply_to="<20261105151207.RK1562@albrightkew.co.uk>",
          references=["<20261105151207.RK1562@albrightkew.co.uk>"]),
  text="""Dear Sirs

Your ref: CI-2026-0412

We refer to our letter of 5 November 2026 (our covering email is below) and to your automated acknowledgement.

You did not remove the review by 13 November 2026 as we asked, nor have you explained why not. The review is still live and our client continues to lose business.

Our client will give you one final opportunity. Please remove the review and confirm that you have done so by 4pm on Monday 23rd November 2026. If we do not hear from you by then, we have instructions to issue proceedings without further notice.

Yours faithfully

Rachel Kew
Partner
Albright Kew Solicitors
0117 496 0620

On Thu, 5 Nov 2026 at 15:12, Rachel Kew <r.kew@albrightkew.co.uk> wrote:
> Dear Sir or Madam
>
> Please find attached our letter of today's date regarding a review of our client, Thornbury Garden Rooms Ltd, at https://uk.trustpilot.com/reviews/{R:e13}.
>
> In short, we require the review to be removed by no later than 13 November 2026.
>
> Yours faithfully
> Rachel Kew""",
  gold=G("legal_demand", "Rachel Kew", "Albright Kew Solicitors", "r.kew@albrightkew.co.uk",
         rep="Thornbury Garden Rooms Ltd", their="RK/THO/1562", our="CI-2026-0412",
         bases=[], case="new:thornbury")),

# ---------------------------------------------------------------- e13
D(id="e13", lang="en", fmt="pdf", received="2026-11-06", letter="2026-11-05", country=UK,
  dl=("date", "2026-11-13"), expect="2026-11-13",
  basis="by no later than 13 November 2026", family="fixed date (original letter of e12)",
  text="""ALBRIGHT KEW SOLICITORS
22 Queen Square, Bristol BS1 4ND
0117 496 0620 · www.albrightkew.co.uk

Trustpilot A/S
Pilestræde 58, 5th floor
1112 Copenhagen K, Denmark
By email only: legal@trustpilot.com

Our ref: RK/THO/1562
5 November 2026

Dear Sir or Madam

Thornbury Garden Rooms Ltd

We are instructed by Thornbury Garden Rooms Ltd, which designs and builds garden offices in Gloucestershire.

On 30 October 2026 a person using the name "M. Hale" posted a review at https://uk.trustpilot.com/reviews/{R:e13}. It reads: "Thornbury went bust last year and are trading under a new name to dodge their guarantees." That statement is false. Our client has traded continuously since 2014 under the same company number and has never been insolvent.

We have good reason to believe that the statement was published maliciously by a competitor. It has already cost our client at least two orders. It is a malicious falsehood, actionable under section 3 of the Defamation Act 1952 without proof of special damage.

We require the review to be removed by no later than 13 November 2026, together with your confirmation that you have done so.

We look forward to hearing from you.

Yours faithfully

Rachel Kew
Partner
r.kew@albrightkew.co.uk""",
  gold=G("legal_demand", "Rachel Kew", "Albright Kew Solicitors", "r.kew@albrightkew.co.uk",
         rep="Thornbury Garden Rooms Ltd", their="RK/THO/1562",
         quotes=["Thornbury went bust last year and are trading under a new name to dodge their guarantees."],
         bases=["malicious_falsehood"], case="new:thornbury")),

# ---------------------------------------------------------------- e14
D(id="e14", lang="en", fmt="eml", received="2026-11-23", letter="2026-11-23", country=US,
  dl=("wd", "letter", 5), expect="2026-12-01", basis="within 5 business days",
  family="US business days over Thanksgiving; no anchor (email date)",
  email=E("Danielle Ruiz", "druiz.bk@gmail.com", "Appeal - my review of Flatbush Auto Glass was removed",
          "2026-11-23T09:15:00-05:00", "<CAH7mXr2bT0v9q@mail.gmail.com>"),
  text="""Hi,

On 10/28 I posted a review of Flatbush Auto Glass after they replaced my windshield and left a leak. Last week I got an email saying the review was removed because it "contains harmful or illegal content." It doesn't. I described what happened, posted a photo of the water damage and said I would not use them again.

I think the business reported me because they didn't like the rating. Under the Consumer Review Fairness Act businesses aren't supposed to be able to silence honest reviews, and your own guidelines say you don't remove reviews just because they're negative.

Please restore the review or tell me specifically which part broke your rules. I expect a reply within 5 business days.

Thanks,
Danielle Ruiz
Brooklyn, NY""",
  gold=G("consumer_appeal", "Danielle Ruiz", None, "druiz.bk@gmail.com",
         bases=["consumer_law", "platform_guidelines"], case="new:ruiz")),

# ---------------------------------------------------------------- e15
D(id="e15", lang="en", fmt="pdf", received="2026-11-10", letter="2026-11-06", country=IE,
  dl=("days", "received", 14), expect="2026-11-24",
  basis="within 14 days of receipt hereof", family="calendar days from receipt (Ireland)",
  text="""BRENNAN MULCAHY SOLICITORS
14 Upper Fitzwilliam Street, Dublin 2, D02 XY61
Tel: +353 1 555 0193 | Email: info@brennanmulcahy.ie

Our Ref: DM/LPC/2026-311
Date: 6th November 2026

Trustpilot A/S
Pilestræde 58, 5th Floor
1112 Copenhagen K
Denmark

BY EMAIL AND REGISTERED POST

Re: Lakeview Physiotherapy Clinic Limited – defamatory review

Dear Sirs,

We act on behalf of Lakeview Physiotherapy Clinic Limited of Athlone, Co. Westmeath.

Our client has drawn our attention to a review published on your website on 21 October 2026 at https://www.trustpilot.com/reviews/{R:e15}. The review includes the statement "The physio there isn't even qualified, he's a gym instructor pretending to be a therapist." Our client's senior physiotherapist has been registered with CORU since 2015. The statement is untrue and gravely damaging to our client's reputation.

The publication constitutes defamation within the meaning of the Defamation Act 2009. We hereby call upon you to remove the review and to confirm you have done so within 14 days of receipt hereof.

In default, we have instructions to issue proceedings in the Circuit Court without further notice to you.

We await hearing from you.

Yours faithfully,

Declan Mulcahy
BRENNAN MULCAHY SOLICITORS
dmulcahy@brennanmulcahy.ie""",
  gold=G("legal_demand", "Declan Mulcahy", "Brennan Mulcahy Solicitors", "dmulcahy@brennanmulcahy.ie",
         rep="Lakeview Physiotherapy Clinic Limited", their="DM/LPC/2026-311",
         quotes=["The physio there isn't even qualified, he's a gym instructor pretending to be a therapist."],
         bases=["defamation"], case="new:lakeview")),

# ---------------------------------------------------------------- e16
D(id="e16", lang="en", fmt="pdf", received="2026-12-03", letter="2026-12-02", country=UK,
  dl=("wd", "letter", 20), expect="2027-01-04",
  basis="within 20 working days of the date of this letter",
  family="UK working days over Christmas, Boxing Day (observed) and New Year; statutory month recited",
  text="""INFORMATION COMMISSIONER'S OFFICE
Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF
0303 123 1113 · ico.org.uk

2 December 2026

Case reference: IC-448190-K7T2

Trustpilot A/S
Data Protection Officer
By email: dpo@trustpilot.com

Dear Data Protection Officer

Complaint from Ms Fiona Eastwood

We have received a complaint from Ms Fiona Eastwood about the way Trustpilot has handled her subject access request of 14 August 2026. Ms Eastwood says that she received an acknowledgement on 15 August 2026 but no substantive response, despite chasing on 20 September and 19 October.

Under Article 12(3) of the UK GDPR, a controller must respond to a subject access request without undue delay and within one month of receipt. On the information available to us it appears that Trustpilot has not complied with this obligation.

We now ask you to:
• provide Ms Eastwood with a full response to her request; and
• explain to us why the request was not answered within the statutory time limit, and what you will do to prevent this happening again.

We expect you to respond within 20 working days of the date of this letter. Please quote our reference in all correspondence.

We will consider your response before deciding whether further action is needed.

Yours sincerely

Tomasz Wilk
Case Officer
Information Commissioner's Office
casework@ico.org.uk""",
  gold=G("regulator", "Tomasz Wilk", "Information Commissioner's Office", "casework@ico.org.uk",
         their="IC-448190-K7T2", bases=["data_protection"], case="new:eastwood")),

# ---------------------------------------------------------------- e17
D(id="e17", lang="en", fmt="eml", received="2026-11-09", letter="2026-11-09", country=UK,
  dl=None, expect=None, basis=None, family="no deadline: 'immediately'",
  email=E("Leanne Harrop", "leanneharrop@hotmail.co.uk",
          "REMOVE THIS REVIEW NOW - it has my address in it",
          "2026-11-09T07:48:00+00:00", "<AM9P190MB1204E7B3@AM9P190MB1204.EURP190.PROD.OUTLOOK.COM>"),
  text="""Hello,

Someone has posted a "review" of my dog grooming business that has my HOME address and my daughter's name in it. It was posted on Sunday 8 November at about 11pm and I only saw it this morning.

It's here: https://uk.trustpilot.com/reviews/{R:e17}

It says "Leanne lives at 4 Sycamore Way with her daughter Amber, go and tell her what you think." I don't know who wrote it but I have had problems with an ex-customer. This is my personal data and I have not agreed to it being shared with anyone, never mind posted on the internet for anyone to read.

Please take it down immediately. I have reported it to the police as well and will send you the reference when I have it.

Leanne Harrop
Paws & Claws Grooming, Stourbridge
07700 900 512""",
  gold=G("illegal_content_notice", "Leanne Harrop", "Paws & Claws Grooming", "leanneharrop@hotmail.co.uk",
         quotes=["Leanne lives at 4 Sycamore Way with her daughter Amber, go and tell her what you think."],
         bases=["data_protection"], case="new:harrop")),

# ---------------------------------------------------------------- e18
D(id="e18", lang="en", fmt="pdf", received="2026-11-12", letter="2026-11-09", country=UK,
  dl=("hours", "letter", 48), expect="2026-11-11",
  basis="within 48 hours of the date of this letter",
  family="hours from letter date; already past when received",
  text="""GRAYSON ASHWORTH SOLICITORS
41 Market Street, Huddersfield HD1 2HG
01484 555 271 · office@graysonashworth.co.uk

9 November 2026
Our ref: LA/VAN/0093

URGENT – for the immediate attention of the Legal Department
Trustpilot A/S, Pilestræde 58, 5th floor, 1112 Copenhagen K, Denmark
By first class international post

Dear Sirs

Our client: Mr Rupert Vane, trading as Vane's Family Butchers

We act for Mr Vane, who runs a butcher's shop in Holmfirth.

Since 26 October 2026 the same individual, whom we believe to be a former employee, has posted four reviews of our client's business under different names. Two remain live: https://uk.trustpilot.com/reviews/{R:e18a} and https://uk.trustpilot.com/reviews/{R:e18b}. They state, among other things, "Rupert screams at his staff until they cry." and "Watch your kids around this man."

This is a course of conduct amounting to harassment of our client contrary to the Protection from Harassment Act 1997, and the second statement carries a grave and entirely false imputation.

We require you to remove both reviews within 48 hours of the date of this letter and to suspend the account or accounts responsible. Our client's family has been approached in person since the reviews appeared and the matter is urgent.

Yours faithfully

Lucy Ashworth
Solicitor
l.ashworth@graysonashworth.co.uk""",
  gold=G("legal_demand", "Lucy Ashworth", "Grayson Ashworth Solicitors", "l.ashworth@graysonashworth.co.uk",
         rep="Rupert Vane", their="LA/VAN/0093",
         quotes=["Rupert screams at his staff until they cry.", "Watch your kids around this man."],
         bases=["harassment"], case="new:vane")),

# ---------------------------------------------------------------- e19
D(id="e19", lang="en", fmt="eml", received="2026-11-24", letter="2026-11-24", country=UK,
  dl=("eow", "letter"), expect="2026-11-27", basis="by the end of the week",
  family="end of week (Friday), relayed customer demand",
  email=E("Hannah Blake", "hannah.blake@trustpilot.com",
          "Lowry Removals - fake reviews complaint (customer wants answer this week)",
          "2026-11-24T14:05:00+00:00", "<CAK2hB9q4LwR7s@mail.gmail.com>"),
  text="""Hi all,

Stephen Lowry (Director, Lowry Removals Ltd, Leicester - Business Plus customer) has been on the phone to me twice today and has forwarded the email below. Short version: he thinks a competitor has posted three 1-star reviews in two days, none of which match any job in their system, and his reports were turned down last week.

He's asked for an answer by the end of the week and has said the words "cancel" and "solicitor" more than once. I know it's tight - anything you can give me that I can pass on would help.

Cheers,
Hannah

Hannah Blake
Customer Success Manager
Trustpilot

---------- Forwarded message ---------
From: Stephen Lowry <stephen@lowryremovals.co.uk>
Date: Tue, 24 Nov 2026 at 11:40
Subject: These reviews
To: Hannah Blake <hannah.blake@trustpilot.com>

Hannah,

https://uk.trustpilot.com/reviews/{R:e19a}
https://uk.trustpilot.com/reviews/{R:e19b}
https://uk.trustpilot.com/reviews/{R:e19c}

None of these people are customers. One says "Lowry lost half my furniture and laughed about it." We have never lost anyone's furniture. I reported all three and was told they do not breach your guidelines.

I want someone to actually look at this and get back to me by the end of the week.

Stephen""",
  gold=G("internal_escalation", "Hannah Blake", "Trustpilot", "hannah.blake@trustpilot.com",
         rep="Lowry Removals Ltd", quotes=["Lowry lost half my furniture and laughed about it."],
         bases=["platform_guidelines"], case="new:lowry")),

# ---------------------------------------------------------------- e20
D(id="e20", lang="en", fmt="txt", received="2026-11-18", letter=None, country=UK,
  dl=("weeks", "received", 2), expect="2026-12-02", basis="within two weeks",
  family="weeks; letter has no date, so from received",
  text="""FAO Legal Department, Trustpilot

Re: review of Greenway Carpet Cleaning

I am the owner of Greenway Carpet Cleaning in Swindon. A review was posted about us by someone calling themselves "Truthteller99": https://uk.trustpilot.com/reviews/{R:e20}

It says "Greenway use cheap chemicals that burned my dog's paws and they refused to pay the vet." No such job exists. We have no record of any customer with an injured dog and we have never refused a claim. I have sent you our job sheets twice through the business portal and heard nothing back.

This is defamatory and it is costing me work. I want it taken down within two weeks. If it is not, I will have no choice but to pass this to my solicitor.

Gary Whitfield
Owner, Greenway Carpet Cleaning
gary@greenwaycarpets.co.uk
01793 555 604""",
  gold=G("legal_demand", "Gary Whitfield", "Greenway Carpet Cleaning", "gary@greenwaycarpets.co.uk",
         quotes=["Greenway use cheap chemicals that burned my dog's paws and they refused to pay the vet."],
         bases=["defamation"], case="new:greenway")),

# ---------------------------------------------------------------- e21 (attached to e22)
D(id="e21", lang="en", fmt="pdf", received="2026-11-26", letter="2026-11-25", country=UK,
  dl=("date", "2026-12-02"), expect="2026-12-02",
  basis="by 4pm on Wednesday 2 December 2026",
  family="conditional mood; several past dates and a hearing as distractors",
  text="""FEATHERSTONE GALE LLP
Solicitors
Quay House, 11 Quay Street, Manchester M3 3JE
0161 555 0402 · featherstonegale.co.uk

Trustpilot A/S
Pilestræde 58, 5th floor
1112 Copenhagen K
Denmark

Our ref: OG/ORI/2044
25 November 2026

Dear Sirs

Orion Fitness Clubs Ltd – reviews of the Salford Quays club

We act for Orion Fitness Clubs Ltd. We refer to our client's own letter to you of 21 October 2026 and to your Content Integrity team's email of 30 October 2026, which declined to remove the reviews below.

Between 3 and 7 October 2026 two reviews were posted about our client's Salford Quays club:
https://uk.trustpilot.com/reviews/{R:e21a}
https://uk.trustpilot.com/reviews/{R:e21b}

They state: "The club was shut down by environmental health for legionella." and "Members' card details were stolen by staff and Orion covered it up." Neither statement is true. The club has never been closed by any authority and no card data has ever been compromised.

The allegations are defamatory of our client and have caused serious harm to its reputation within section 1 of the Defamation Act 2013. A related claim by our client against a former franchisee will be heard on 8 January 2027, and we have reason to think the author of these reviews is connected to it.

Should we not receive your written confirmation that the reviews have been removed by 4pm on Wednesday 2 December 2026, our client will issue proceedings against you without further notice.

Yours faithfully

Oliver Gale
Partner
Featherstone Gale LLP
o.gale@featherstonegale.co.uk""",
  gold=G("legal_demand", "Oliver Gale", "Featherstone Gale LLP", "o.gale@featherstonegale.co.uk",
         rep="Orion Fitness Clubs Ltd", their="OG/ORI/2044",
         quotes=["The club was shut down by environmental health for legionella.",
                 "Members' card details were stolen by staff and Orion covered it up."],
         bases=["defamation"], case="new:orion")),

# ---------------------------------------------------------------- e22
D(id="e22", lang="en", fmt="eml", received="2026-11-26", letter="2026-11-26", country=UK,
  dl=None, expect=None, basis=None, family="no deadline: covering email (deadline is in the attachment)",
  email=E("Sophie Marsh", "s.marsh@featherstonegale.co.uk",
          "Orion Fitness Clubs Ltd - letter from Featherstone Gale LLP [OG/ORI/2044]",
          "2026-11-26T09:12:00+00:00", "<FG.20261126.091204.SM@featherstonegale.co.uk>",
          cc=["o.gale@featherstonegale.co.uk"], attachments=["e21"]),
  text="""Dear Sir or Madam,

Please find attached a letter from Oliver Gale of this office, dated 25 November 2026, concerning our client Orion Fitness Clubs Ltd.

The original will not follow by post. Kindly acknowledge receipt by replying to this email, and direct any correspondence on this matter to Oliver Gale at o.gale@featherstonegale.co.uk, quoting our reference.

Kind regards,

Sophie Marsh
Legal Assistant to Oliver Gale
Featherstone Gale LLP
Quay House, 11 Quay Street, Manchester M3 3JE
T 0161 555 0402

This email and any attachments are confidential and may be legally privileged. If you have received it in error, please tell us and delete it. Featherstone Gale LLP is authorised and regulated by the Solicitors Regulation Authority.""",
  gold=G("legal_demand", "Sophie Marsh", "Featherstone Gale LLP", "s.marsh@featherstonegale.co.uk",
         rep="Orion Fitness Clubs Ltd", their="OG/ORI/2044", bases=[], case="new:orion")),

# ---------------------------------------------------------------- e23
D(id="e23", lang="en", fmt="pdf", received="2026-11-19", letter="2026-11-18", country=US,
  dl=("date", "2026-11-30"), expect="2026-11-30",
  basis="no later than 5:00 p.m. Central Time on Monday, November 30, 2026",
  family="US long date with time, zone, weekday and commas between cue and date",
  text="""KESSLER DUNMORE LLP
311 West Monroe Street, Suite 1900
Chicago, Illinois 60606
(312) 555-0166

November 18, 2026

VIA EMAIL: legal@trustpilot.com

Trustpilot A/S
Attn: Copyright Agent / Legal Department
Pilestræde 58, 5th Floor
1112 Copenhagen K, Denmark

Re: DMCA Notice of Copyright Infringement — Midwest Hearth & Home, Inc.
Our Ref.: KD-40318

Dear Copyright Agent:

We represent Midwest Hearth & Home, Inc., a fireplace retailer in Naperville, Illinois. Our client owns the copyright in the product photographs on its website, including the image of its "Ashford" wood stove first published on October 27, 2026.

A review posted on your platform at https://www.trustpilot.com/reviews/{R:e23} reproduces that photograph in full, with our client's watermark cropped out, alongside text promoting a competing seller. Our client has not authorized this use.

Pursuant to 17 U.S.C. § 512(c)(3), we state that we have a good faith belief that the use described above is not authorized by the copyright owner, its agent, or the law, and, under penalty of perjury, that the information in this notice is accurate and that we are authorized to act on behalf of the owner.

We ask that the photograph be removed or access to it disabled no later than 5:00 p.m. Central Time on Monday, November 30, 2026.

Sincerely,

/s/ Marcus Kessler
Marcus Kessler
mkessler@kesslerdunmore.com""",
  gold=G("ip_notice", "Marcus Kessler", "Kessler Dunmore LLP", "mkessler@kesslerdunmore.com",
         rep="Midwest Hearth & Home, Inc.", their="KD-40318", bases=["copyright"],
         case="new:midwest-hearth")),

# ---------------------------------------------------------------- e24
D(id="e24", lang="en", fmt="eml", received="2026-12-01", letter="2026-12-01", country=AU,
  dl=("date", "2026-12-24"), expect="2026-12-24", basis="before xmas",
  family="informal holiday name ('before xmas' = by 24 December)",
  email=E("Tamsin Bell", "tamsin@bellsmobiledogwash.com.au", "flagged reviews knocked back AGAIN",
          "2026-12-01T09:30:00+11:00", "<SY4P282MB3120B1C9@SY4P282MB3120.AUSP282.PROD.OUTLOOK.COM>"),
  text="""Hi there,

I run Bell's Mobile Dog Wash in Geelong (https://au.trustpilot.com/review/bellsmobiledogwash.com.au). Over the last month I've flagged four reviews that are obviously from the same bloke who got banned from our van for being abusive to my staff. Same spelling mistakes, same made-up story about a "burnt" dog, all posted between 3 and 9 November. Every one of my reports came back as no breach found.

I'm a one-woman business with two casuals and December is when I make half my money. Your guidelines say people can't post fake reviews or reviews to get back at someone, so I don't understand what else you need from me. I've got his abusive text messages and the dates he was booked.

Can someone please actually look at this and sort it before xmas? Happy to send whatever you need.

Thanks heaps,
Tamsin Bell
Owner, Bell's Mobile Dog Wash
0412 555 873""",
  gold=G("business_appeal", "Tamsin Bell", "Bell's Mobile Dog Wash", "tamsin@bellsmobiledogwash.com.au",
         bases=["platform_guidelines"], case="new:bell-dogwash")),

# ---------------------------------------------------------------- e25
D(id="e25", lang="en", fmt="eml", received="2026-11-09", letter="2026-11-08", country=UK,
  dl=("next", "letter", 4), expect="2026-11-13", basis="by next friday",
  family="informal relative weekday (sent on a Sunday)",
  email=E("Kyle Brannigan", "kylebrannigan94@gmail.com", "account suspended??",
          "2026-11-08T21:37:00+00:00", "<CAE5kB1fTq0m2X@mail.gmail.com>"),
  text="""hiya

my account got suspended yesterday and i cant log in or see any of my reviews. the email just said "suspicious activity" and nothing else. i havent done anything wrong, i only ever review places ive actually been to. i think it might be because me and my girlfriend both reviewed the same restaurant from the same wifi?? surely thats allowed

im doing a blog post about local restaurants and i need to link to my reviews in it, so can you get it sorted by next friday please. my username is KyleEatsLeeds if that helps

cheers
Kyle""",
  gold=G("consumer_appeal", "Kyle Brannigan", None, "kylebrannigan94@gmail.com", bases=[],
         case="new:brannigan")),

# ---------------------------------------------------------------- e26
D(id="e26", lang="en", fmt="pdf", received="2026-11-30", letter="2026-11-27", country=UK,
  dl=("date", "2026-12-11"), expect="2026-12-11",
  basis="Deadline for response: 11 December 2026",
  family="form with labelled deadline field; visit and review dates as distractors",
  text="""KENT COUNTY COUNCIL TRADING STANDARDS

Invicta House, County Road, Maidstone ME14 1XX
Tel 03000 555 210

REQUEST FOR INFORMATION
Digital Markets, Competition and Consumers Act 2024 – Schedule 20 (fake reviews)

To: Trustpilot A/S, Legal Department (legal@trustpilot.com)
Our reference: KTS/INV/26/3307
Date of request: 27 November 2026
Deadline for response: 11 December 2026 (5pm)
Officer: Daniel Okonjo, Senior Trading Standards Officer
Email: daniel.okonjo@kent.gov.uk

Trader under investigation: Medway Mobility Scooters Ltd
Business profile: https://uk.trustpilot.com/review/medwaymobilityscooters.co.uk

Background:
We have received complaints that Medway Mobility Scooters Ltd offered customers a £20 voucher in return for five-star reviews, and that staff posted reviews posing as customers between June and October 2026. Officers visited the trader's premises on 12 November 2026.

Information requested:
1. The number of reviews of the trader published since 1 June 2026, with dates.
2. Any reviews you removed or labelled as incentivised or fake, with the reasons.
3. Any review invitations sent through the trader's account, with the dates they were sent.

Please provide the information electronically to the officer named above. We expect to review the case in January 2027.""",
  gold=G("regulator", "Daniel Okonjo", "Kent County Council Trading Standards", "daniel.okonjo@kent.gov.uk",
         their="KTS/INV/26/3307", bases=["consumer_law"], case="new:medway-mobility")),

# ---------------------------------------------------------------- e27
D(id="e27", lang="en", fmt="eml", received="2026-11-19", letter="2026-11-19", country=UK,
  dl=None, expect=None, basis=None, family="no deadline: missed date only recalled",
  email=E("Philippa Crane", "p.crane@cranehollis.co.uk", "Sefton Roofing Ltd - review [PC/SEF/0211]",
          "2026-11-19T12:31:00+00:00", "<CH-20261119-1231-PC@cranehollis.co.uk>"),
  text="""Dear Sirs

Sefton Roofing Ltd – our ref PC/SEF/0211

We refer to our letter of 2 November 2026 about the review of our client at https://uk.trustpilot.com/reviews/{R:e27}.

We asked you to remove the review and to confirm that you had done so by 16 November 2026. You did not reply by that date and the review remains online.

Our client is now considering its position, including proceedings for defamation against you and against the review's author. We will write to you again once we have our client's instructions. In the meantime our client's rights are fully reserved, and we ask that you preserve all data relating to the review and its author.

Yours faithfully

Philippa Crane
Partner
Crane Hollis LLP
p.crane@cranehollis.co.uk""",
  gold=G("legal_demand", "Philippa Crane", "Crane Hollis LLP", "p.crane@cranehollis.co.uk",
         rep="Sefton Roofing Ltd", their="PC/SEF/0211", bases=["defamation"], case="new:sefton")),

# ---------------------------------------------------------------- e28
D(id="e28", lang="en", fmt="pdf", received="2026-11-16", letter="2026-11-12", country=CA,
  dl=("days", "received", 15), expect="2026-12-01",
  basis="within fifteen (15) days of receipt of this letter",
  family="calendar days from receipt (Canada, ISO letter date); times of past events",
  text="""WHITCOMBE SANDHU LLP
Barristers & Solicitors
1055 West Hastings Street, Suite 2100
Vancouver, BC V6E 2E9
604-555-0177

2026-11-12

DELIVERED BY EMAIL (legal@trustpilot.com)

Trustpilot A/S
Pilestræde 58, 5th Floor
1112 Copenhagen K, Denmark

Attention: Legal Department

Re: Granville Island Kayak Tours Ltd. — defamatory review
Our File: 26-1183/JS

We are counsel to Granville Island Kayak Tours Ltd. ("GIKT").

A review posted on October 29 at https://ca.trustpilot.com/reviews/{R:e28} states: "The guide was drunk and left two kids alone in the water." This allegation is false. The tour in question, which left at 2:00 p.m. on October 24, was led by a guide who took a random alcohol test the same day with a negative result, and no child was left alone at any time. We enclose the test record and the tour log.

The statement is defamatory of our client and exposes it to loss of business and regulatory scrutiny.

We ask that you remove the review within fifteen (15) days of receipt of this letter. If you require further information to assess the complaint, please contact the writer.

Yours truly,

Jaspreet Sandhu
jsandhu@whitcombesandhu.ca""",
  gold=G("legal_demand", "Jaspreet Sandhu", "Whitcombe Sandhu LLP", "jsandhu@whitcombesandhu.ca",
         rep="Granville Island Kayak Tours Ltd.", their="26-1183/JS",
         quotes=["The guide was drunk and left two kids alone in the water."],
         bases=["defamation"], case="new:gikt")),

# ---------------------------------------------------------------- e29
D(id="e29", lang="en", fmt="docx", received="2026-11-02", letter="2026-10-31", country=UK,
  dl=("months", "letter", 1), expect="2026-11-30",
  basis="within one month of the date of this letter",
  family="one month from 31 October (no 31 November: last day of the month)",
  text="""Graham Pettigrew
27 Larch Avenue
Sutton Coldfield
B73 5RT
graham.pettigrew@sky.com

Saturday 31 October 2026

Data Protection Officer
Trustpilot A/S
Pilestræde 58, 5th floor
1112 Copenhagen K
Denmark

Dear Data Protection Officer

Request for erasure under Article 17 UK GDPR

I closed my Trustpilot account in August, but my full name still appears next to three reviews I wrote in 2021, and a search engine shows them when people search my name. I have also continued to receive review invitations from businesses through your system.

I withdraw any consent I gave and I object to any further processing of my personal data. Under Article 17 of the UK GDPR I ask you to erase all personal data you hold about me, including the reviews and my name attached to them, and to tell any businesses you shared my details with that I have made this request.

Please confirm the erasure in writing within one month of the date of this letter. If I don't hear back I will complain to the Information Commissioner.

Yours sincerely

Graham Pettigrew""",
  gold=G("data_request", "Graham Pettigrew", None, "graham.pettigrew@sky.com",
         bases=["data_protection"], case="new:pettigrew")),

# ---------------------------------------------------------------- e30
D(id="e30", lang="en", fmt="txt", received="2026-11-13", letter="2026-11-12", country=UK,
  dl=("eom", "letter"), expect="2026-11-30", basis="by the end of this month",
  family="end of month",
  text="""Kell's Bakery
9 Fore Street, Totnes TQ9 5DX
01803 555 209 · sandra@kellsbakery.co.uk

12 November 2026

To the Legal Team, Trustpilot

Re: review by "HungryInDevon"

I'm writing about a review of my bakery posted on 1 November: https://uk.trustpilot.com/reviews/{R:e30}

The reviewer says "Found a plaster baked into my pasty and they just laughed it off." This did not happen. We have CCTV of the counter for every day that week and nobody came in to complain, and environmental health inspected us on 5 November and gave us a 5 rating. I think it's a man who was refused a job with us in October.

What he's written is defamatory and it's putting people off. I'd like it removed, or at least hidden while you check it, by the end of this month. I'd rather not get solicitors involved but I will if I have to.

Sandra Kell
Owner""",
  gold=G("legal_demand", "Sandra Kell", "Kell's Bakery", "sandra@kellsbakery.co.uk",
         quotes=["Found a plaster baked into my pasty and they just laughed it off."],
         bases=["defamation"], case="new:kells-bakery")),

# ---------------------------------------------------------------- e74
D(id="e74", lang="en", fmt="pdf", received="2026-11-17", letter="2026-11-16", country=US,
  dl=None, expect=None, basis=None,
  family="no deadline: preservation period of 90 days is a duration, not a reply date",
  text="""MESA POLICE DEPARTMENT
Computer Crimes Unit
Mesa, Arizona

November 16, 2026

Trustpilot A/S
Legal Department
legal@trustpilot.com

RE: Request for Preservation of Records — 18 U.S.C. § 2703(f)
MPD Case No. 2026-01874412

Dear Custodian of Records:

The Mesa Police Department is investigating a threatening or intimidating offense (A.R.S. § 13-1202) in which a review posted on your platform on 11/07/2026 at https://www.trustpilot.com/reviews/{R:e74} is believed to have been written by the suspect. The review states, in part: "I know what car you drive and what time you close."

Pursuant to 18 U.S.C. § 2703(f), you are requested to preserve all records and other evidence in your possession relating to the account that posted this review, including subscriber information, IP logs and all reviews and messages, pending the issuance of legal process. Please preserve these records for a period of 90 days from the date of this letter. A search warrant will be served once obtained.

Please do not disclose this request to the account holder, as doing so may jeopardize the investigation.

If you have questions, please contact me at (480) 555-0129 or kdelgado@mesaaz.gov.

Sincerely,

Det. Kristin Delgado #21877
Computer Crimes Unit""",
  gold=G("law_enforcement", "Kristin Delgado", "Mesa Police Department", "kdelgado@mesaaz.gov",
         their="2026-01874412", quotes=["I know what car you drive and what time you close."],
         bases=["criminal"], case="new:mesa-pd")),
]
