from common import *

TP = "legal@trustpilot.com"

# ---------------------------------------------------------------- w01 Kilbarron DSA notice (HTML email)
KILB_NOTICE = f"""We act for Kilbarron Veterinary Clinic Limited of Main Street, Ballyshannon, Co. Donegal (the "Clinic"). On the Clinic's instructions we submit the following notice under Article 16 of Regulation (EU) 2022/2065 (the Digital Services Act).

1. Exact electronic location of the content
https://ie.trustpilot.com/reviews/{R['KILB']}

2. Reasons why we consider the content to be illegal
The review was published on 17 October 2026 by a user calling themselves "DonegalDogMum". It contains the following statements:
"The vet killed my dog by giving him the wrong injection and then lied about it on the death certificate."
"Kilbarron are being investigated by the Veterinary Council over this."
Both statements are false. The Clinic's records show that the only dog put to sleep there in the week described was euthanised at its owner's written request, after a diagnosis of end-stage renal failure confirmed by an external laboratory. The Veterinary Council of Ireland confirmed to us in writing on 23 October 2026 that there is no complaint, inquiry or investigation concerning the Clinic or any of its veterinary practitioners.
The statements accuse the Clinic, and by obvious implication its veterinary surgeon, of causing the death of an animal through negligence and of falsifying a record. They are defamatory within the meaning of section 6 of the Defamation Act 2009 and their continued publication is unlawful under Irish law.

3. Name and email address of the person submitting the notice
Niamh Ó Dálaigh, Solicitor, Ó Dálaigh Brennan LLP, for and on behalf of Kilbarron Veterinary Clinic Limited
nodalaigh@odalaighbrennan.ie

4. Statement of good faith
We confirm our bona fide belief that the information and allegations contained in this notice are accurate and complete."""

doc("w01", "en", "eml", "2026-11-02", f"""Dear Sir or Madam,

{KILB_NOTICE}

Please acknowledge receipt of this notice and inform us of your decision, and of the redress available, as Articles 16(5) and 17 of the Regulation require.

Kind regards,

Niamh Ó Dálaigh
Solicitor
Ó Dálaigh Brennan LLP
19 Fitzwilliam Place, Dublin 2, D02 XK61
T +353 1 661 4472
Our ref: ODB/KVC/2611""",
    G("illegal_content_notice", "Niamh Ó Dálaigh", "Ó Dálaigh Brennan LLP", "nodalaigh@odalaighbrennan.ie",
      "Kilbarron Veterinary Clinic Limited", "ODB/KVC/2611", None,
      [f"https://ie.trustpilot.com/reviews/{R['KILB']}"], [R['KILB']],
      ["The vet killed my dog by giving him the wrong injection and then lied about it on the death certificate.",
       "Kilbarron are being investigated by the Veterinary Council over this."],
      None, None, ["dsa", "defamation"], "new:kilbarron"),
    E("Niamh Ó Dálaigh", "nodalaigh@odalaighbrennan.ie",
      "Notice under Article 16 DSA – review of Kilbarron Veterinary Clinic – our ref ODB/KVC/2611",
      "<20261102101522.4471.ODB-KVC-2611@odalaighbrennan.ie>", "2026-11-02T10:15:00+00:00", html_only=True))

# ---------------------------------------------------------------- w03 Siobhán DSAR reminder
doc("w03", "en", "eml", "2026-11-04", """To whom it concerns,

On 1 October I emailed you asking for a copy of all the personal data Trustpilot holds about me, under Article 15 of the GDPR. I got an automatic reply the same day and then an email on 6 October saying someone from the legal team would be in touch. I've heard nothing since.

As I understand it you had one month to answer, so that ran out on Sunday 1 November. I have been patient but I'm not going to wait indefinitely.

To be clear about what I'm looking for, because I don't want a half answer:

- everything linked to my account, including the email addresses and phone number I've used over the years
- all my reviews, including the two you took down in 2025, and the reasons you recorded for taking them down
- any reports or complaints businesses made about me or my reviews, and what you did with them
- the IP addresses and device information you logged
- who you shared any of it with

Please send me all of this by Friday 13 November. If I don't have it by then I'll be making a complaint to the Data Protection Commission and I'll forward them this email.

Is mise le meas,
Siobhán Ní Bhriain
Gort, Co. Galway""",
    G("data_request", "Siobhán Ní Bhriain", None, "siobhan.nibhriain@eircom.net", None, None, None, [], [], [],
      "2026-11-13", "by Friday 13 November", ["data_protection"], "CI-2026-0402"),
    E("Siobhán Ní Bhriain", "siobhan.nibhriain@eircom.net", "Still waiting - my access request",
      "<CAJ8w1Hq9fT2b+4nA@mail.eircom.net>", "2026-11-04T07:52:00+00:00"))

# ---------------------------------------------------------------- w09 Munro erasure (scan)
doc("w09", "en", "scan", "2026-11-09", f"""Alasdair Munro
14 Drummond Crescent
Inverness IV2 4QW
Tel. 01463 718 204
a.munro1962@gmail.com

Trustpilot A/S
Data Protection Officer
Pilestræde 58
1112 Copenhagen K
Denmark

5 November 2026

Dear Data Protection Officer,

Request for erasure and objection to processing – UK GDPR Articles 17 and 21

I am writing about a review posted on your website on 12 October 2026 about Ness Bridge Garage, the motor repair business I run in Inverness. The review can be found at https://uk.trustpilot.com/reviews/{R['MUNRO']}.

I am not writing about the review as a whole. The business can answer for itself. My concern is that the review names me personally, more than once, and makes statements about me as an individual, including: "Alasdair Munro is a crook and a liar and should not be allowed near anyone's car." and "Ask him about his drink-driving conviction." I have no such conviction, but whether I did or not, this is information about me personally, and an allegation that I committed a criminal offence.

I therefore ask you, under Article 17 of the UK GDPR, to erase my name and the personal information about me contained in the review. I also object, under Article 21, to your continuing to process my personal data by publishing it. I have never consented to my name appearing in reviews on your site.

Please let me know what you have done within one month of receipt of this letter, as the law requires. If I do not receive a satisfactory reply I will complain to the Information Commissioner's Office.

I enclose a copy of my driving licence as proof of identity.

Yours sincerely,

Alasdair Munro""",
    G("data_request", "Alasdair Munro", None, "a.munro1962@gmail.com", None, None, None,
      [f"https://uk.trustpilot.com/reviews/{R['MUNRO']}"], [R['MUNRO']],
      ["Alasdair Munro is a crook and a liar and should not be allowed near anyone's car.",
       "Ask him about his drink-driving conviction."],
      add_month("2026-11-09"), "within one month of receipt of this letter", ["data_protection"], "new:munro"))

# ---------------------------------------------------------------- w10 Glenmorie follow-up (pdf)
doc("w10", "en", "pdf", "2026-11-10", f"""BALFOUR DRUMMOND LLP
Solicitors & Notaries
14 Melville Crescent, Edinburgh EH3 7LU
T: 0131 496 0725 | DX ED 417
enquiries@balfourdrummond.co.uk | www.balfourdrummond.co.uk

Our Ref: FM/GLE/0447-2
Your Ref: CI 2026/0388
Date: 9 November 2026
Direct line: 0131 496 0731
Email: fmacleod@balfourdrummond.co.uk

BY EMAIL AND RECORDED DELIVERY
Trustpilot A/S
Legal Department
Pilestræde 58
1112 Copenhagen K
Denmark

Dear Sirs

GLENMORIE KITCHENS LIMITED – REVIEW PUBLISHED 22 SEPTEMBER 2026

We refer to our letter of 14 October 2026 and to your acknowledgement of 17 October 2026, in which you confirmed that the matter had been passed to your legal team.

Our letter asked you to remove the review at https://uk.trustpilot.com/reviews/{R['GLEN']} by 28 October 2026. You did not do so, and we have had no substantive response since your acknowledgement. The review remains online and is still the second result returned by a search for our client's name.

Our client's position has not changed. The review states: "Glenmorie took a £6,000 deposit and then stopped answering the phone." and "The fitter they sent was drunk on the job." Both allegations are false. Our client's records, which we have already offered to share with you in confidence, show that the reviewer paid a deposit of £1,200, not £6,000, and that it was refunded in full on 3 September 2026 after the reviewer cancelled the order. No fitter attended the property at any time.

These are statements of fact, not opinion, and they have caused serious harm to our client's reputation: our client has lost at least two contracts in which the prospective customer referred to the review. We are satisfied that the test in section 1 of the Defamation and Malicious Publication (Scotland) Act 2021 is met, and that the statements are also actionable as malicious publication under section 20 of that Act, since the reviewer knew them to be untrue.

We therefore ask that you remove the review, or confirm that you will not do so and give your reasons, by 5 pm on Friday, 20 November 2026. If we do not hear from you by then, we are instructed to raise proceedings in the Court of Session without further notice and to seek expenses.

Please direct all further correspondence to the writer.

Yours faithfully

Fiona MacLeod LLB (Hons) DipLP NP
Partner
for and on behalf of Balfour Drummond LLP""",
    G("legal_demand", "Fiona MacLeod", "Balfour Drummond LLP", "fmacleod@balfourdrummond.co.uk",
      "Glenmorie Kitchens Limited", "FM/GLE/0447-2", "CI-2026-0388",
      [f"https://uk.trustpilot.com/reviews/{R['GLEN']}"], [R['GLEN']],
      ["Glenmorie took a £6,000 deposit and then stopped answering the phone.",
       "The fitter they sent was drunk on the job."],
      "2026-11-20", "by 5 pm on Friday, 20 November 2026", ["defamation", "malicious_falsehood"], "CI-2026-0388"))

# ---------------------------------------------------------------- w11 Quayside business appeal (HTML email)
doc("w11", "en", "eml", "2026-11-10", f"""Hello,

I'm writing to appeal your decision of 5 November not to remove a review of our pharmacy, which we flagged on 29 October. The review is here:
https://ie.trustpilot.com/reviews/{R['QUAY']}

Your email said the review "reflects a genuine customer experience" and so doesn't breach your guidelines. I don't see how it can. The review says:

"I was refused the morning-after pill on Sunday by a male pharmacist who lectured me about my morals in front of the whole queue."

We are closed on Sundays and have been since we opened in 2014. Our opening hours are on the door, on Google and on our own website. There is also no male pharmacist on our staff: the pharmacists here are myself and my colleague Orla Gavin, and we have both been supplying emergency contraception for years without a single complaint.

We can send you the staff rota and the till records for that weekend if that would help. I understand you can't take a business's word for everything, but your own guidelines say a review has to be based on a genuine experience, and this one can't be.

We'd really appreciate it if someone could take a second look. It's the only one-star review we have, and being accused of that in a small town is not nothing.

Many thanks,

Deirdre Hession BSc (Pharm) MPSI
Supervising Pharmacist
Quayside Pharmacy
The Quay, Westport, Co. Mayo F28 Y2K4
098 26 415""",
    G("business_appeal", "Deirdre Hession", "Quayside Pharmacy", "deirdre@quaysidepharmacy.ie", None, None, None,
      [f"https://ie.trustpilot.com/reviews/{R['QUAY']}"], [R['QUAY']],
      ["I was refused the morning-after pill on Sunday by a male pharmacist who lectured me about my morals in front of the whole queue."],
      None, None, ["platform_guidelines"], "new:quayside"),
    E("Deirdre Hession", "deirdre@quaysidepharmacy.ie", f"Appeal - flag rejected on review {R['QUAY']}",
      "<000f01dd52a1$6b0e4c70$412ae550$@quaysidepharmacy.ie>", "2026-11-10T13:26:00+00:00", html_only=True))

# ---------------------------------------------------------------- w15 Coastline in-thread appeal
doc("w15", "en", "eml", "2026-11-12", """Hi,

Thanks for getting back to us, but we don't accept the decision and want to appeal it.

Your email says the consumer warning is staying on our page because you found "a pattern of reviews from accounts connected to the business". We've been through every review we got in August and September. They are real customers. We can give you the job numbers, the invoices and the addresses we moved them from and to. Of the 11 reviews you removed, 4 were from one family, because we moved three generations of the Nguyen family out of the same house in Southport on the same weekend. That's why they came from the same IP address. That isn't fake.

The warning has been up since 14 October and our enquiries are down about 40%. Two of our corporate clients have asked us about it. We're a family business with 23 staff and this is hurting us badly.

Your own guidelines say a business can ask for a decision to be reviewed and provide evidence, so that's what we're doing. We also think telling the public our reviews are fake when they aren't is misleading, and we'll take advice under the Australian Consumer Law if we have to.

We need the warning taken off within 5 business days of this email. Happy to jump on a call any time, Brisbane time is easiest.

Cheers,
Dean Pittaway
Operations Manager
Coastline Removals Pty Ltd
0412 558 903 | dean@coastlineremovals.com.au

On Tue, 27 Oct 2026 at 16:02, Trustpilot Legal <legal@trustpilot.com> wrote:
> Dear Mr Pittaway,
>
> Thank you for your email of 15 October about the consumer warning displayed on https://au.trustpilot.com/review/coastlineremovals.com.au.
>
> We have looked into the matter. Our investigation identified a pattern of reviews from accounts connected to the business, and we have removed the reviews concerned. The warning will remain on the page for the time being.
>
> Kind regards,
> Trustpilot Legal""",
    G("business_appeal", "Dean Pittaway", "Coastline Removals Pty Ltd", "dean@coastlineremovals.com.au", None, None, None,
      ["https://au.trustpilot.com/review/coastlineremovals.com.au"], [], [],
      workdays("2026-11-12", 5, "AU", "QLD"), "within 5 business days of this email",
      ["platform_guidelines", "consumer_law"], "CI-2026-0447"),
    E("Dean Pittaway", "dean@coastlineremovals.com.au", "Re: Your Trustpilot profile - consumer warning",
      "<CAF9x2p0Lq7QmTz-Ra3@mail.gmail.com>", "2026-11-12T09:41:00+10:00",
      in_reply_to="<ci-2026-0447.20261027.1602@legal.trustpilot.com>",
      references=["<CAF9x2p0Lq7QmTz@mail.gmail.com>", "<ci-2026-0447.20261027.1602@legal.trustpilot.com>"]))

# ---------------------------------------------------------------- w16 Strathallan (docx) — same firm, same solicitor, different client
doc("w16", "en", "docx", "2026-11-12", f"""BALFOUR DRUMMOND LLP
Solicitors & Notaries
14 Melville Crescent, Edinburgh EH3 7LU
T: 0131 496 0725 | enquiries@balfourdrummond.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark
By email: legal@trustpilot.com

Our ref: FM/STR/0512-1
Your ref:
11 November 2026

Dear Sir or Madam

STRATHALLAN HOLIDAY LETS LIMITED (trading as "Loch Earn Lodges")

We are instructed by Strathallan Holiday Lets Limited, which operates self-catering lodges at St Fillans, Perthshire, under the trading name Loch Earn Lodges.

Our client's attention has been drawn to a review posted on your website on 30 October 2026 at https://uk.trustpilot.com/reviews/{R['STRATH']}. Our client has established that the author has never stayed at the lodges: there is no booking in that name or for the dates described. Our client believes the author to be a former employee who was dismissed in September 2026.

The review alleges: "The owners are running an unlicensed short-term let and the council is about to shut them down." and "Guests' deposits are never returned." Our client holds a short-term let licence issued by Perth & Kinross Council (licence number PK/STL/02718), and every damage deposit taken in 2026 has been returned within 14 days of check-out. We can provide the licence and the booking records on request.

The review is defamatory of our client. It is also part of a course of conduct by its author, who has sent abusive messages to our client's staff since his dismissal and which amounts to harassment within the meaning of section 8 of the Protection from Harassment Act 1997. Finally, a review by someone who has never been a customer is contrary to your own Guidelines for Reviewers, which require a genuine experience.

We ask that you remove the review within 7 days of receipt of this letter and confirm to us that you have done so.

Yours faithfully

Fiona MacLeod
Partner
Balfour Drummond LLP
Direct: 0131 496 0731 | fmacleod@balfourdrummond.co.uk""",
    G("legal_demand", "Fiona MacLeod", "Balfour Drummond LLP", "fmacleod@balfourdrummond.co.uk",
      "Strathallan Holiday Lets Limited", "FM/STR/0512-1", None,
      [f"https://uk.trustpilot.com/reviews/{R['STRATH']}"], [R['STRATH']],
      ["The owners are running an unlicensed short-term let and the council is about to shut them down.",
       "Guests' deposits are never returned."],
      add_days("2026-11-12", 7), "within 7 days of receipt of this letter",
      ["defamation", "harassment", "platform_guidelines"], "new:strathallan"))

# ---------------------------------------------------------------- w17 Callum — reviewer of the Glenmorie review
doc("w17", "en", "eml", "2026-11-13", f"""Hello,

I got an email from you on Wednesday saying my review of Glenmorie Kitchens has been "temporarily hidden while we look into a report". This is the review: https://uk.trustpilot.com/reviews/{R['GLEN']}

I want to appeal this. Everything in my review is true. I paid the deposit in July, the fitting was put back three times, and when the fitter finally turned up on 19 August he was in no fit state to work. My neighbour saw him as well. I cancelled after that. They did refund my money in the end, but only after I'd been to Advice Direct Scotland.

I've also had a letter from a firm of solicitors in Edinburgh acting for the company, telling me to take the review down or they'll sue me. I'm not taking it down. I'm happy to send you my bank statements and the messages from the company if that helps.

Please don't just delete my review because a company with lawyers complained. Can you put it back up?

Callum Reid
Dalkeith""",
    G("consumer_appeal", "Callum Reid", None, "callum.reid74@btinternet.com", None, None, None,
      [f"https://uk.trustpilot.com/reviews/{R['GLEN']}"], [R['GLEN']], [],
      None, None, [], "CI-2026-0388"),
    E("Callum Reid", "callum.reid74@btinternet.com", "My review of Glenmorie Kitchens has been hidden??",
      "<6f1d7a3e-22b4-4c1e-9f0a-5be3a7d10c44@btinternet.com>", "2026-11-13T08:03:00+00:00"))

# ---------------------------------------------------------------- w18 ACCC (pdf)
doc("w18", "en", "pdf", "2026-11-13", """AUSTRALIAN COMPETITION AND CONSUMER COMMISSION
23 Marcus Clarke Street, Canberra ACT 2601
GPO Box 3131, Canberra ACT 2601
www.accc.gov.au

Our ref: 26-004719
Contact officer: Elise Harcourt
Phone: (02) 6243 1190
Email: elise.harcourt@accc.gov.au

12 November 2026

Legal Department
Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
DENMARK

By email: legal@trustpilot.com

Dear Sir or Madam

Request for information – reviews of residential solar installers

The ACCC is examining whether certain businesses that supply and install residential solar systems in New South Wales and Queensland have procured or published fake online reviews, in possible contravention of sections 18 and 29(1)(b) of the Australian Consumer Law.

As part of this work we are seeking Trustpilot's assistance in relation to the following business pages:

• https://au.trustpilot.com/review/sunvolt-energy.com.au
• https://au.trustpilot.com/review/brightpanel.com.au

We would be grateful if Trustpilot could provide, for the period 1 January 2026 to 31 October 2026:

1. the number of reviews published on each page, and the number removed, by month;
2. the reasons recorded for each removal, including whether the review was identified as fake or incentivised;
3. any warnings, consumer alerts or other measures applied to either page, and the dates on which they were applied;
4. copies of any correspondence with either business about these matters.

This is a voluntary request. The ACCC has the power to compel the production of information under section 155 of the Competition and Consumer Act 2010 (Cth), but would prefer to obtain it cooperatively.

The cut-off for responses is 5pm AEDT, Friday 27 November 2026. If you are unable to meet that date, please contact me before then so that we can discuss a revised timetable.

Information provided to the ACCC is handled in accordance with our information policy and section 155AAA of the Act.

Yours sincerely

Elise Harcourt
Assistant Director
Consumer Enforcement – Online Markets""",
    G("regulator", "Elise Harcourt", "Australian Competition and Consumer Commission", "elise.harcourt@accc.gov.au",
      None, "26-004719", None,
      ["https://au.trustpilot.com/review/sunvolt-energy.com.au", "https://au.trustpilot.com/review/brightpanel.com.au"],
      [], [], "2026-11-27", "The cut-off for responses is 5pm AEDT, Friday 27 November 2026",
      ["consumer_law"], "new:accc-solar"))

# ---------------------------------------------------------------- w21 Quigley (txt, informal)
doc("w21", "en", "txt", "2026-11-16", f"""To Trustpilot

my name is Shauna Quigley i live in Newry. Yous took down my review of Mournview Carpets last week and i want to know why. The email just said it "breached our guidelines" but didnt say which one.

the review was this one https://uk.trustpilot.com/reviews/{R['QUIGLEY']}

All i said was the truth, that the fitters left the carpet short at the door and the manager told me it was my fault for measureing wrong when THEY measured it, and that i wouldnt use them again. i didnt swear or name anybody. i read your guidelines for reviewers twice and i cant see what i did wrong

I bet the company complained because they didnt like it. its not right that a business can just get a bad review removed because they dont like it, other people should know what there like.

I have the quote and the invoice with there measurements on it if yous want them, and photos of the gap at the door.

Please put my review back up or tell me exactly whats wrong with it and i'll change it.

Shauna Quigley
07709 318 442
shaunaq88@hotmail.co.uk""",
    G("consumer_appeal", "Shauna Quigley", None, "shaunaq88@hotmail.co.uk", None, None, None,
      [f"https://uk.trustpilot.com/reviews/{R['QUIGLEY']}"], [R['QUIGLEY']], [],
      None, None, ["platform_guidelines"], "new:quigley"))

# ---------------------------------------------------------------- w22 Ontario Norwich order (scan)
doc("w22", "en", "scan", "2026-11-17", f"""ONTARIO
SUPERIOR COURT OF JUSTICE

Court File No. CV-26-00081934-0000

THE HONOURABLE JUSTICE PRIYA OKAFOR
FRIDAY, THE 6TH DAY OF NOVEMBER, 2026

BETWEEN:

MAPLE RIDGE DENTAL PROFESSIONAL CORPORATION
Plaintiff

– and –

JOHN DOE, being the person who published a review on the Trustpilot website under the name "Brenda K."
Defendant

– and –

TRUSTPILOT A/S
Non-Party Respondent

ORDER

THIS MOTION, made by the Plaintiff for an order requiring the non-party Trustpilot A/S to disclose information identifying the Defendant, was heard this day at the Court House, 75 Mulcaster Street, Barrie, Ontario.

ON READING the Motion Record of the Plaintiff, including the affidavit of Dr. Anita Sharma sworn October 21, 2026, and on hearing the submissions of counsel for the Plaintiff, no one appearing for the Defendant or for the Non-Party Respondent,

AND ON BEING SATISFIED that the Plaintiff has a bona fide claim in defamation against the Defendant arising from the review published on or about August 30, 2026 at https://ca.trustpilot.com/reviews/{R['MAPLE_ON']} (the "Review"), which states among other things that "They billed my insurance for two fillings I never had.", and that Trustpilot A/S is the only practicable source of the information sought,

1. THIS COURT ORDERS that Trustpilot A/S shall, within 20 days of being served with this Order, deliver to the lawyers for the Plaintiff the following information in its possession or control relating to the account that published the Review: (a) the name and email address associated with the account; (b) the IP addresses, with dates and times, used to create the account and to publish the Review; and (c) any telephone number associated with the account.

2. THIS COURT ORDERS that the information disclosed under paragraph 1 shall be used by the Plaintiff solely for the purpose of identifying the Defendant and pursuing this action, and shall not be disclosed to any other person without leave of the Court.

3. THIS COURT ORDERS that the Plaintiff shall pay the reasonable costs incurred by Trustpilot A/S in complying with this Order.

4. THIS COURT ORDERS that this action shall come before the Court for a case conference on January 14, 2027 at 10:00 a.m.

ENTERED AT / INSCRIT À BARRIE
ON / LE: NOV 06 2026
Local Registrar

HARGROVE LINDQVIST LLP
Barristers and Solicitors
210 Dunlop Street East, Barrie ON L4M 1B2
Karin Lindqvist (LSO No. 61822T)
Tel: 705-555-0148
Lawyers for the Plaintiff
File No. 23-1187/KL""",
    G("court_order", "Priya Okafor", "Ontario Superior Court of Justice", None, None, "CV-26-00081934-0000", None,
      [f"https://ca.trustpilot.com/reviews/{R['MAPLE_ON']}"], [R['MAPLE_ON']],
      ["They billed my insurance for two fillings I never had."],
      add_days("2026-11-17", 20), "within 20 days of being served with this Order",
      ["court_order", "defamation"], "CI-2026-0440"))

# ---------------------------------------------------------------- w26 Kilbarron follow-up (Outlook quote)
doc("w26", "en", "eml", "2026-11-18", f"""Dear Sir or Madam,

We refer to our notice of 2 November 2026 below, acknowledged automatically the same day. We have not yet been told of any decision.

Since then a second review has been published by what our client is satisfied is the same person, this time under the name "Sinead D":
https://ie.trustpilot.com/reviews/{R['KILB2']}

It repeats the allegation that our client "killed a healthy dog with the wrong injection" and adds: "The Veterinary Council should strike them off." For the reasons given in our notice, these statements are false and defamatory. Please treat this second review as notified to you under Article 16 of the Digital Services Act on the same basis, reading this email and our notice below together.

Both reviews now sit at the top of our client's page. We ask that you deal with both notices as a matter of urgency.

Kind regards,

Niamh Ó Dálaigh
Solicitor
Ó Dálaigh Brennan LLP
T +353 1 661 4472

From: Niamh Ó Dálaigh
Sent: 02 November 2026 10:15
To: legal@trustpilot.com
Subject: Notice under Article 16 DSA – review of Kilbarron Veterinary Clinic – our ref ODB/KVC/2611

Dear Sir or Madam,

{KILB_NOTICE}

Kind regards,

Niamh Ó Dálaigh
Solicitor
Ó Dálaigh Brennan LLP""",
    G("illegal_content_notice", "Niamh Ó Dálaigh", "Ó Dálaigh Brennan LLP", "nodalaigh@odalaighbrennan.ie",
      "Kilbarron Veterinary Clinic Limited", "ODB/KVC/2611", None,
      [f"https://ie.trustpilot.com/reviews/{R['KILB2']}", f"https://ie.trustpilot.com/reviews/{R['KILB']}"],
      [R['KILB2'], R['KILB']],
      ["killed a healthy dog with the wrong injection", "The Veterinary Council should strike them off.",
       "The vet killed my dog by giving him the wrong injection and then lied about it on the death certificate.",
       "Kilbarron are being investigated by the Veterinary Council over this."],
      None, None, ["dsa", "defamation"], "new:kilbarron"),
    E("Niamh Ó Dálaigh", "nodalaigh@odalaighbrennan.ie",
      "RE: Notice under Article 16 DSA – review of Kilbarron Veterinary Clinic – our ref ODB/KVC/2611",
      "<20261118154402.9120.ODB-KVC-2611@odalaighbrennan.ie>", "2026-11-18T15:44:00+00:00",
      in_reply_to="<20261102101522.4471.ODB-KVC-2611@odalaighbrennan.ie>",
      references=["<20261102101522.4471.ODB-KVC-2611@odalaighbrennan.ie>"]))

# ---------------------------------------------------------------- w27 Harbour & Pine internal escalation (forward)
doc("w27", "en", "eml", "2026-11-19", """Hi Legal team,

Flagging this one again. I know Priya escalated Harbour & Pine to you last month, but their Group MD, Gráinne Doherty, has gone over Priya's head and emailed me directly last night (below). They're one of our biggest hospitality accounts in Northern Ireland (Enterprise plan, renewal due 31 January) and she's now threatening not to renew.

Could someone give me a status update I can take back to her? She wants an answer by the end of next week, so realistically I'd need something from you by Wednesday 25th November so I can get on a call with her before then. I'm not asking you to bend any rules, I just need to be able to tell her where things stand.

Thanks,
Tom

Tom Ashdown
VP Sales, UK & Ireland
Trustpilot
tom.ashdown@trustpilot.com | +44 7700 900 418

---------- Forwarded message ---------
From: Gráinne Doherty <gdoherty@harbourandpine.co.uk>
Date: Wed, 18 Nov 2026 at 21:14
Subject: Harbour & Pine – still no resolution
To: Tom Ashdown <tom.ashdown@trustpilot.com>

Tom,

I'm writing to you directly because I've had nothing back from your legal department in five weeks.

We reported the review about our Portrush hotel at the start of October. It accuses our night manager, by name, of "stealing from guests' rooms while they were at dinner". That is an allegation of a crime against an identifiable member of my staff, who is now off work with stress, and it is still online.

Priya has been very helpful but tells me it is "with legal". We pay Trustpilot a significant sum every year and I expect a response when something this serious is raised. If this isn't resolved I will not be renewing in January, and I'll be asking our solicitors what else can be done.

Gráinne Doherty
Group Managing Director
Harbour & Pine Hotels Ltd""",
    G("internal_escalation", "Tom Ashdown", "Trustpilot", "tom.ashdown@trustpilot.com", "Harbour & Pine Hotels Ltd",
      None, None, [], [], ["stealing from guests' rooms while they were at dinner"],
      "2026-11-25", "by Wednesday 25th November", [], "CI-2026-0481"),
    E("Tom Ashdown", "tom.ashdown@trustpilot.com", "Fwd: Harbour & Pine – still no resolution",
      "<CAB7tQ2mX0aR1u@mail.gmail.com>", "2026-11-19T08:37:00+00:00", cc=["priya.rajan@trustpilot.com"]))

# ---------------------------------------------------------------- w28 Fenwick — party of closed case, new matter
doc("w28", "en", "pdf", "2026-11-19", f"""McATEER QUINN
SOLICITORS
5 Chichester Street, Belfast BT1 4JA
Tel: 028 9024 6188 | Fax: 028 9024 6189
mail@mcateerquinn.co.uk

Our Ref: MQ/FEN/26/118
Your Ref:
Date: 17 November 2026

Trustpilot A/S
Legal Department
Pilestræde 58
1112 Copenhagen K
Denmark

By post and by email to legal@trustpilot.com

Dear Sirs,

Re: Our client – Fenwick Auto Repairs Limited, Boucher Road, Belfast
Review dated 2 November 2026

You will recall that we corresponded with you earlier this year about a review of our client's business (your reference CI-2026-0214), which you removed in July. We now write about a different review, posted on 2 November 2026 at https://uk.trustpilot.com/reviews/{R['FENWICK_NEW']}.

The review states: "Fenwick's fitted second-hand parts and charged me for new ones." It goes on: "They are under investigation by Trading Standards." Both statements are untrue. Our client buys all of its parts from two approved suppliers and keeps the supplier invoice for every part fitted, with the part number recorded against the customer's job card. Our client has made enquiries of the Trading Standards Service, which has confirmed that it has received no complaint about our client and is not investigating it.

The statements allege dishonesty in the conduct of our client's business and are defamatory at common law. The Defamation Act 2013 does not extend to Northern Ireland, and our client need not show serious harm; in any event, two fleet customers have already raised the review with our client. Our client also believes the author to be connected to a competing garage, who knows the statements to be false and published them to cause our client financial loss, which founds a claim in malicious falsehood.

We call upon you to remove the review within 14 days of the date of this letter. If it remains online after that, our client will issue proceedings in the High Court without further reference to you.

Yours faithfully,

pp Declan McAteer
Partner
McAteer Quinn Solicitors
d.mcateer@mcateerquinn.co.uk""",
    G("legal_demand", "Declan McAteer", "McAteer Quinn Solicitors", "d.mcateer@mcateerquinn.co.uk",
      "Fenwick Auto Repairs Limited", "MQ/FEN/26/118", "CI-2026-0214",
      [f"https://uk.trustpilot.com/reviews/{R['FENWICK_NEW']}"], [R['FENWICK_NEW']],
      ["Fenwick's fitted second-hand parts and charged me for new ones.", "They are under investigation by Trading Standards."],
      add_days("2026-11-17", 14), "within 14 days of the date of this letter",
      ["defamation", "malicious_falsehood"], "new:fenwick-2"))

# ---------------------------------------------------------------- w30 NSW preliminary discovery order (pdf)
doc("w30", "en", "pdf", "2026-11-20", f"""SUPREME COURT OF NEW SOUTH WALES
Common Law Division
Law Courts Building, 184 Phillip Street, Sydney NSW 2000

ORDER

Case number: 2026/00318842
Case title: Ironbark Timber Floors Pty Ltd v Trustpilot A/S
Proceedings: Application for preliminary discovery
Date of orders: 13 November 2026
Judicial officer: Justice Daniel Whitcombe
Applicant: Ironbark Timber Floors Pty Ltd (ACN 612 448 907)
Respondent: Trustpilot A/S

THE COURT ORDERS THAT:

1. Pursuant to rule 5.2 of the Uniform Civil Procedure Rules 2005 (NSW), the Respondent give discovery to the Applicant, within 28 days after service of this order, of all documents in its possession, custody or power relating to the identity or whereabouts of the person who published the review at https://au.trustpilot.com/reviews/{R['NSW']} on 9 August 2026 under the username "TradieTruth" (the Review), including:
(a) the name, email address and telephone number associated with the account that published the Review; and
(b) the IP addresses, with dates and times (AEST), from which the account was created and the Review was published.

2. The Applicant pay the Respondent's reasonable costs of complying with order 1, as agreed or assessed.

3. Documents produced under order 1 may be used only for the purpose of commencing proceedings against the author of the Review for injurious falsehood, and for no other purpose without the leave of the Court.

4. The proceedings be listed for directions before the Registrar on 5 February 2027 at 9:30 am.

THE COURT NOTES THAT:

The Applicant has undertaken to the Court to commence proceedings within 60 days of receiving the documents produced under order 1.

SIGNATURE
Assistant Registrar
Date of entry: 16 November 2026

Filed by: Castellan Rowe Lawyers, Level 14, 88 Pitt Street, Sydney NSW 2000
Solicitor on record: Marcus Tully
Ref: MT:2291:IRN
Email: mtully@castellanrowe.com.au""",
    G("court_order", "Daniel Whitcombe", "Supreme Court of New South Wales", None, None, "2026/00318842", None,
      [f"https://au.trustpilot.com/reviews/{R['NSW']}"], [R['NSW']], [],
      add_days("2026-11-20", 28), "within 28 days after service of this order",
      ["court_order", "malicious_falsehood"], "new:ironbark"))

# ---------------------------------------------------------------- w34 Brooke Tanner — account suspended
doc("w34", "en", "eml", "2026-11-23", f"""G'day Trustpilot,

My account was suspended on the 17th and every one of my reviews has vanished, 14 of them going back to 2022. The email just said "suspicious activity was detected on your account". That's it. No detail and no way to reply to it.

I'm guessing it's because I wrote three reviews in one afternoon after a long weekend down in Margaret River? I'm a real person, I live in Fremantle, I paid for everything myself and nobody gives me anything for writing reviews. I just like doing them.

The one I'm most annoyed about is my review of Swan Valley Caravans (https://au.trustpilot.com/reviews/{R['AUCONS']}). They sold us a van with a leaking roof and then ghosted us for two months. The owner replied to my review calling me a liar, and funnily enough a couple of weeks later my account gets suspended. I'd love to know whether they reported me.

Can someone please actually look at my account, reinstate it and put my reviews back? Happy to send ID, receipts, whatever you need.

Cheers,
Brooke Tanner
Fremantle WA
0423 771 905""",
    G("consumer_appeal", "Brooke Tanner", None, "brooke.tanner@outlook.com.au", None, None, None,
      [f"https://au.trustpilot.com/reviews/{R['AUCONS']}"], [R['AUCONS']], [],
      None, None, [], "new:tanner"),
    E("Brooke Tanner", "brooke.tanner@outlook.com.au", "account suspended for no reason??",
      "<SY4P282MB3921A6F0C2E1D7B5@SY4P282MB3921.AUSP282.PROD.OUTLOOK.COM>", "2026-11-22T19:12:00+08:00"))

# ---------------------------------------------------------------- w36 Strathallan chaser — ref only in subject
doc("w36", "en", "eml", "2026-11-24", """Dear Trustpilot Legal,

I write on behalf of Fiona MacLeod, who is in court today.

We refer to our letter dated 11 November 2026 on behalf of Strathallan Holiday Lets Limited (trading as Loch Earn Lodges), in which we asked you to remove a review within 7 days of receipt. We have had an automated acknowledgement only, and the review is still visible.

Our client has lost three bookings in the past fortnight from guests who mentioned the review. It would much prefer to resolve this without proceedings, but will raise them if it has to.

We should be grateful for confirmation by close of business on Wednesday 25 November 2026 that the review has been removed or, if you have decided not to remove it, a short explanation of your reasons.

Kind regards

Kirsty Baird
Trainee Solicitor
for Fiona MacLeod, Partner
Balfour Drummond LLP
14 Melville Crescent, Edinburgh EH3 7LU
T: 0131 496 0748""",
    G("legal_demand", "Kirsty Baird", "Balfour Drummond LLP", "kbaird@balfourdrummond.co.uk",
      "Strathallan Holiday Lets Limited", "FM/STR/0512-1", None, [], [], [],
      "2026-11-25", "by close of business on Wednesday 25 November 2026", [], "new:strathallan"),
    E("Kirsty Baird", "kbaird@balfourdrummond.co.uk", "Strathallan Holiday Lets Ltd - review removal - FM/STR/0512-1",
      "<BD-20261124-0917-KB@balfourdrummond.co.uk>", "2026-11-24T09:17:00+00:00",
      cc=["fmacleod@balfourdrummond.co.uk"]))

# ---------------------------------------------------------------- w37 DMCA (ref only in subject; US business days)
doc("w37", "en", "eml", "2026-11-24", f"""To Trustpilot's Designated Copyright Agent:

This firm represents Tallgrass Outfitters, Inc. ("Tallgrass"), an outdoor-equipment retailer based in Austin, Texas. This is a notice of claimed infringement under the Digital Millennium Copyright Act, 17 U.S.C. § 512(c)(3).

1. Copyrighted work. Tallgrass owns the copyright in a set of original product photographs of its "Ridgeline 3" tent, taken by its in-house photographer in March 2026 and published on tallgrassoutfitters.com (U.S. Copyright Office Registration No. VA 2-418-775).

2. Infringing material. Four of those photographs have been uploaded without authorization as images attached to the review located at:
https://www.trustpilot.com/reviews/{R['DMCA']}
The review was posted on November 12, 2026 by a user named "GearHonestly". We do not ask you to remove the text of the review, only the four photographs.

3. Contact information. Rachel Kim, Hollister Bayne LLP, 600 Congress Avenue, Suite 2100, Austin, TX 78701; tel. (512) 555-0173; rkim@hollisterbayne.com.

4. Good faith. I have a good faith belief that use of the material in the manner complained of is not authorized by the copyright owner, its agent, or the law.

5. Accuracy and authority. The information in this notice is accurate, and, under penalty of perjury, I am authorized to act on behalf of the owner of an exclusive right that is allegedly infringed.

For your information, Tallgrass has filed suit against the anonymous user in Tallgrass Outfitters, Inc. v. Doe, No. 1:26-cv-01187 (W.D. Tex.), and we anticipate serving a subpoena on Trustpilot in due course. Please preserve all records relating to the account.

We ask that you remove or disable access to the photographs expeditiously, and in any event within three (3) business days of this notice, and let the undersigned know when you have done so.

/s/ Rachel Kim
Rachel Kim
Partner, Hollister Bayne LLP""",
    G("ip_notice", "Rachel Kim", "Hollister Bayne LLP", "rkim@hollisterbayne.com", "Tallgrass Outfitters, Inc.",
      "40712-0031", None, [f"https://www.trustpilot.com/reviews/{R['DMCA']}"], [R['DMCA']], [],
      workdays("2026-11-24", 3, "US"), "within three (3) business days of this notice",
      ["copyright"], "new:tallgrass"),
    E("Rachel Kim", "rkim@hollisterbayne.com", "DMCA Takedown Notice – Tallgrass Outfitters, Inc. – Matter No. 40712-0031",
      "<HB.40712-0031.20261124.1005@hollisterbayne.com>", "2026-11-24T10:05:00-06:00"))

# ---------------------------------------------------------------- w39 Maple Ridge Dental, BC — look-alike of CI-2026-0440
doc("w39", "en", "eml", "2026-11-25", f"""To the Trustpilot legal department,

I am the owner and principal dentist of Maple Ridge Dental Inc., a general dental practice at 22475 Dewdney Trunk Road in Maple Ridge, British Columbia.

On November 14, 2026 a review of our practice appeared on your site at https://ca.trustpilot.com/reviews/{R['MAPLE_BC']}. It says: "Dr. Sandhu pulled the wrong tooth and the clinic covered it up." and "Avoid, this place has had its licence suspended before."

Neither statement is true. No complaint against me has ever been upheld by the BC College of Oral Health Professionals, and neither my licence nor the clinic's has ever been suspended. We have checked our appointment records against the details in the review and cannot find any extraction that matches them.

These statements are defamatory, and they are already costing us new-patient bookings. I have spoken to our lawyer, who has confirmed that they would be actionable in British Columbia, but I would much rather resolve this directly with you than go down that road.

I am asking you to remove the review no later than Friday, December 4, 2026 (Pacific time). I would also like to know whether you can tell me anything about who posted it.

Sincerely,

Dr. Harjit Sandhu, DMD
Owner, Maple Ridge Dental Inc.
604-467-2210
h.sandhu@mapleridgedentalbc.ca""",
    G("legal_demand", "Harjit Sandhu", "Maple Ridge Dental Inc.", "h.sandhu@mapleridgedentalbc.ca", None, None, None,
      [f"https://ca.trustpilot.com/reviews/{R['MAPLE_BC']}"], [R['MAPLE_BC']],
      ["Dr. Sandhu pulled the wrong tooth and the clinic covered it up.",
       "Avoid, this place has had its licence suspended before."],
      "2026-12-04", "no later than Friday, December 4, 2026 (Pacific time)", ["defamation"], "new:maple-ridge-bc"),
    E("Harjit Sandhu", "h.sandhu@mapleridgedentalbc.ca",
      "Defamatory review - Maple Ridge Dental (Maple Ridge, BC) - request for removal",
      "<7c0e52d1-96fa-4b8e-bb3a-0d2f41c9e6a8@mapleridgedentalbc.ca>", "2026-11-24T21:48:00-08:00"))

# ---------------------------------------------------------------- w41 CCPC follow-up (docx)
doc("w41", "en", "docx", "2026-11-26", """Competition and Consumer Protection Commission
An Coimisiún um Iomaíocht agus Cosaint Tomhaltóirí
Bloom House, Railway Street, Dublin 1, D01 C576
Tel: +353 1 402 5500 | www.ccpc.ie

Our ref: CCPC/CP/26/0419
Your ref: ci-2026-476
25 November 2026

Trustpilot A/S
Legal Team
By email: legal@trustpilot.com

Re: Request for information – reviews of Shannonside Motors Limited, Limerick

Dear Sir or Madam,

I refer to our letter of 8 October 2026 and to your response of 29 October 2026, for which I thank you.

Your response confirmed that Trustpilot removed 37 reviews from the profile of Shannonside Motors Limited at https://ie.trustpilot.com/review/shannonsidemotors.ie between June and September 2026. The Commission is assessing whether the trader submitted, or commissioned another person to submit, fake consumer reviews, a prohibited commercial practice under the Consumer Protection Act 2007, as amended.

To complete that assessment I would be grateful if you could now provide:

1. the dates on which each of the 37 reviews was published and removed;
2. whether the accounts concerned shared any common identifiers (for example IP addresses, devices or payment details) with each other or with accounts linked to the trader;
3. copies of any correspondence between Trustpilot and the trader about the removals, including any warning notices issued to it.

The Commission makes this request in the exercise of its functions under section 10 of the Competition and Consumer Protection Act 2014. Please provide the information within 15 working days of the date of this letter. If any of the information is commercially sensitive, please identify it when you respond.

I would also be glad to arrange a short call with a member of your team if that would help.

Yours faithfully,

Aoife Gallagher
Senior Investigator
Consumer Protection Division
agallagher@ccpc.ie""",
    G("regulator", "Aoife Gallagher", "Competition and Consumer Protection Commission", "agallagher@ccpc.ie", None,
      "CCPC/CP/26/0419", "CI-2026-0476", ["https://ie.trustpilot.com/review/shannonsidemotors.ie"], [], [],
      workdays("2026-11-25", 15, "IE"), "within 15 working days of the date of this letter",
      ["consumer_law"], "CI-2026-0476"))

# ---------------------------------------------------------------- w44 PSNI disclosure request (pdf, form)
doc("w44", "en", "pdf", "2026-11-27", f"""POLICE SERVICE OF NORTHERN IRELAND
Crime Operations Department – Cyber Crime Centre
Brooklyn, 65 Knock Road, Belfast BT5 6LE

REQUEST FOR DISCLOSURE OF PERSONAL DATA BY A SERVICE PROVIDER
Data Protection Act 2018, Schedule 2, Part 1, Paragraph 2 (crime and taxation)

PSNI reference: CC/26/11/00584
Occurrence number: CW 1124 05/11/26
Date of request: 26/11/2026
Date required by: 10/12/2026
Requesting officer: DC 2281 Rachel Mulholland
Email: rachel.mulholland@psni.police.uk
Telephone: 028 9065 0222 ext. 31458
Authorising officer: DI Conor Gilmartin
Service provider: Trustpilot A/S, Pilestræde 58, 1112 Copenhagen K, Denmark

Data requested
Subscriber details (name, email address, telephone number) and IP address logs, with timestamps and time zone, for the account that published the review at https://uk.trustpilot.com/reviews/{R['PSNI']}, posted on 4 November 2026 at approximately 22:40 GMT.

Circumstances
Police are investigating an offence under Article 3 of the Malicious Communications (Northern Ireland) Order 1988. The review concerns a café in Omagh and names the owner's 15-year-old daughter, alleging that she sells drugs from the premises. The family has reported the matter to police, and the child has since been subjected to abuse at school.

Necessity and proportionality
The data is required to identify the person responsible. No other means of identifying the author is available to police. Only the data listed above is requested.

Declaration
I confirm that the personal data requested is required for the prevention or detection of crime and/or the apprehension or prosecution of offenders, and that applying the listed provisions to the disclosure would be likely to prejudice those purposes.

Signed: R. Mulholland
DC 2281, Cyber Crime Centre

Please return your response by email to the requesting officer, quoting the PSNI reference.""",
    G("law_enforcement", "Rachel Mulholland", "Police Service of Northern Ireland", "rachel.mulholland@psni.police.uk",
      None, "CC/26/11/00584", None, [f"https://uk.trustpilot.com/reviews/{R['PSNI']}"], [R['PSNI']], [],
      "2026-12-10", "Date required by: 10/12/2026", ["criminal", "data_protection"], "new:psni-omagh"))

# ---------------------------------------------------------------- w47 Grantham-Webb (pdf) — person represented; KB claim no. is not their ref
doc("w47", "en", "pdf", "2026-11-30", f"""PEMBERTON HALE LLP
Solicitors
41 Bedford Row, London WC1R 4LR
T +44 (0)20 7946 0815
www.pembertonhale.co.uk

Our ref: PH:JRW:0915-44
Your ref: –
Date: 27 November 2026

By email only: legal@trustpilot.com

Trustpilot A/S
Legal Department
Pilestræde 58
1112 Copenhagen K
Denmark

Dear Sirs

Our client: Olivia Grantham-Webb
Reviews published by Mr Stuart Dunmore

We act for Olivia Grantham-Webb, an interior designer who trades in Cheltenham as Grantham Interiors.

Mr Stuart Dunmore is our client's former business partner. Since their partnership ended in the spring, he has pursued a campaign against her that has included repeated unwanted messages, visits to her home and the publication of hostile material online. On 2 October 2026 the High Court granted our client an interim injunction against Mr Dunmore under the Protection from Harassment Act 1997 (Claim No. KB-2026-002291). The return date is fixed for 14 January 2027.

Since the injunction was granted, two reviews have appeared on your website which our client is satisfied were written by Mr Dunmore, although they were posted under different names:

https://uk.trustpilot.com/reviews/{R['EW']} (posted 9 November 2026)
https://uk.trustpilot.com/reviews/{R['EW2']} (posted 21 November 2026)

The first states: "Olivia was off her head on antidepressants the whole time she was doing our house." The second states: "Ask her why her last business partner had to get out." Both refer to our client by name. The first discloses information about our client's health, which is special category data under Article 9 of the UK GDPR, and there is no lawful basis on which you can continue to process it by publishing it.

The reviews are part of the same course of conduct that led to the injunction and are themselves harassment of our client.

We ask that you remove both reviews. Our deadline for confirmation is 4pm on Thursday 3 December 2026. We also ask that you preserve all data relating to the accounts that posted them, as our client expects to apply for a disclosure order.

Yours faithfully

Jonathan Wardle
Partner
Pemberton Hale LLP
jwardle@pembertonhale.co.uk""",
    G("legal_demand", "Jonathan Wardle", "Pemberton Hale LLP", "jwardle@pembertonhale.co.uk", "Olivia Grantham-Webb",
      "PH:JRW:0915-44", None,
      [f"https://uk.trustpilot.com/reviews/{R['EW']}", f"https://uk.trustpilot.com/reviews/{R['EW2']}"],
      [R['EW'], R['EW2']],
      ["Olivia was off her head on antidepressants the whole time she was doing our house.",
       "Ask her why her last business partner had to get out."],
      "2026-12-03", "Our deadline for confirmation is 4pm on Thursday 3 December 2026",
      ["harassment", "data_protection"], "new:grantham-webb"))

# ---------------------------------------------------------------- w52 RCMP (docx)
doc("w52", "en", "docx", "2026-12-02", f"""Royal Canadian Mounted Police / Gendarmerie royale du Canada
D Division Major Crime Services
1091 Portage Avenue, Winnipeg MB R3G 0S6

PRODUCTION REQUEST – VOLUNTARY DISCLOSURE
Exigent: No

RCMP File No.: 2026-1487732
Date: 2026-11-30
Investigator: Cpl. Marc-André Tessier, Reg. No. 61204
Telephone: 204-555-0193
Email: marc-andre.tessier@rcmp-grc.gc.ca
Service provider: Trustpilot A/S, Pilestræde 58, 1112 Copenhagen K, Denmark

1. Nature of investigation
The RCMP is investigating an offence of uttering threats contrary to section 264.1 of the Criminal Code. On 22 November 2026 a review was published on the Trustpilot page of a family-owned restaurant in Steinbach, Manitoba. The review contains the statement: "Next time I'm in town I'll make sure that kitchen burns with the owner in it." The owner has reported the matter and is in fear for her safety.

2. Content concerned
https://ca.trustpilot.com/reviews/{R['RCMP']}

3. Information requested
(a) subscriber information for the account that published the review (name, email address, telephone number);
(b) the IP address(es), with date, time and time zone, used to register the account and to publish the review;
(c) any other reviews published from the account in the last 12 months.

4. Legal basis
This request is made under the common-law authority of police to request voluntary disclosure, and disclosure in response to it is permitted by paragraph 7(3)(c.1) of the Personal Information Protection and Electronic Documents Act. It is not a production order. If voluntary disclosure is not possible, please say so, so that a request can be made to the Danish authorities under the Mutual Legal Assistance in Criminal Matters Act.

5. Preservation and non-disclosure
Please preserve the data described above pending any formal request, and do not notify the account holder of this request.

Please reply to the investigator at your earliest convenience.

Cpl. Marc-André Tessier
D Division Major Crime Services""",
    G("law_enforcement", "Marc-André Tessier", "Royal Canadian Mounted Police", "marc-andre.tessier@rcmp-grc.gc.ca",
      None, "2026-1487732", None, [f"https://ca.trustpilot.com/reviews/{R['RCMP']}"], [R['RCMP']],
      ["Next time I'm in town I'll make sure that kitchen burns with the owner in it."],
      None, None, ["criminal", "data_protection"], "new:rcmp-steinbach"))
