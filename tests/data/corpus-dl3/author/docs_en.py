"""English documents d01-d32. Each carries `calc`: how its gold deadline is computed (see common.py)."""
from common import RID, doc, mail

UK = lambda i: f"https://uk.trustpilot.com/reviews/{RID[i]}"  # noqa: E731
WWW = lambda i: f"https://www.trustpilot.com/reviews/{RID[i]}"  # noqa: E731

DOCS = []

# d01 -- explicit date with time, time zone in parentheses and weekday between the demand and the date
DOCS.append(doc("d01", "pdf", "en", "2026-10-07", f"""
ALDGATE PRENTICE LLP
41 Swan Street, Manchester M4 5JN
Tel 0161 496 0733 · m.oyelaran@aldgateprentice.co.uk

5 October 2026

Our ref: MO/GRE/0419

By email to legal@trustpilot.com and by post

Trustpilot A/S
Legal Department
Pilestræde 58
1112 Copenhagen K
Denmark

Dear Sirs

Our client: Greystone Removals Ltd – review at {UK(0)}

We are instructed by Greystone Removals Ltd, a family-owned removals company based in Salford, in connection with a review published on your platform on 28 September 2026 under the name "K. Ransome".

The review contains the following statements:

"They dropped my piano down the stairs and then charged me extra for the damage."

"Greystone hire unvetted casual labour who steal from your boxes."

Both statements are false. Our client's job sheets show that the only removal carried out for a customer named Ransome took place on 11 September 2026; no piano formed part of that move, no damage was reported on the signed completion note, and no additional charge of any kind was raised. Every member of our client's crew is directly employed and has been DBS checked. The allegation of theft is one of criminal conduct and is plainly defamatory of our client, which has traded in the North West for thirty-one years.

The publication of these words has caused and is likely to cause serious financial loss to our client within the meaning of section 1(2) of the Defamation Act 2013. At least two prospective customers have cancelled bookings and referred to the review when doing so.

Our client accordingly requires that you remove the review and confirm in writing that you have done so by 5.30pm (UK time) on Friday 16 October 2026. If you contend that the reviewer had a genuine experience of our client's services, please provide the order details on which you rely so that our client can check them.

Should you fail to act, we have instructions to advise our client on proceedings without further notice to you.

Yours faithfully

Matthew Oyelaran
Partner
Aldgate Prentice LLP
""", letter="2026-10-05", calc=("date", "2026-10-16"), family=["explicit+words", "time", "weekday"],
    kind="legal_demand", name="Matthew Oyelaran", org="Aldgate Prentice LLP", mail="m.oyelaran@aldgateprentice.co.uk",
    rep="Greystone Removals Ltd", theirs="MO/GRE/0419", urls=[UK(0)], ids=[RID[0]],
    quotes=["They dropped my piano down the stairs and then charged me extra for the damage.",
            "Greystone hire unvetted casual labour who steal from your boxes."],
    basis="by 5.30pm (UK time) on Friday 16 October 2026", bases=["defamation"], case="new:greystone"))

# d02 -- informal "by this Friday", email sent on a Thursday
DOCS.append(doc("d02", "eml", "en", "2026-10-08", f"""
Hi,

I reported a review of my business three weeks ago and got an automated email yesterday saying it doesn't break your guidelines and will stay up. I'd like somebody to look at it again, because I honestly don't think anyone read what I sent.

The review is here: {UK(1)}

The person says they brought a cockapoo in for a full groom and that we "shaved her to the skin and cut her ear". We have never groomed a cockapoo for anyone with that name or that postcode, and I sent you our booking diary for the whole of August to prove it. We're a two-person salon, we know every dog that comes through the door. I think this is the woman who runs the new place on the high street, but I can't prove that, so I'm just asking you to follow your own rules: the review isn't based on a genuine experience.

Could someone please get back to me by this Friday? I've got a meeting with the bank on Monday about extending the lease and they will look at our online reputation, so it matters.

Thanks,

Dana Whitcombe
Owner, Whitcombe Pet Grooming
14 Mill Lane, Frome BA11 1HZ
07700 900418
""", email=mail("Dana Whitcombe", "dana@whitcombegrooming.co.uk", "Please look at this review again",
                "<CAH2xq7Lw0pA=whitcombe@mail.gmail.com>", "2026-10-08T11:20:00+01:00"),
    letter="2026-10-08", calc=("weekday", "2026-10-08", 4, 0), family=["informal"],
    kind="business_appeal", name="Dana Whitcombe", org="Whitcombe Pet Grooming", mail="dana@whitcombegrooming.co.uk",
    urls=[UK(1)], ids=[RID[1]], quotes=[], basis="by this Friday", bases=["platform_guidelines"],
    case="new:whitcombe"))

# d03 -- "within 14 days of receipt of this letter": counted from received (letter dated three days earlier)
DOCS.append(doc("d03", "docx", "en", "2026-10-12", f"""
Bellweather & Coyle Solicitors
2 Queen Square, Bristol BS1 4JE
0117 496 0251 | n.corrigan@bellweathercoyle.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

9 October 2026

Your ref: –
Our ref: NC/REY/2210

Dear Sir or Madam

Mr Callum Reyes – reviews by the user "StroudWatcher"

We act for Mr Callum Reyes, the proprietor of Reyes Auto Repairs in Stroud.

Since 14 August 2026 the same user has posted two reviews of our client's garage:

{UK(2)}
{UK(3)}

Neither review describes a repair or a service. Instead they are directed at Mr Reyes personally. The first says: "Callum Reyes is a crook and I will make sure everyone in Stroud knows it." The second, posted a week later, says: "I know where he drinks on a Friday."

Read together, and alongside the eleven messages our client has received from an anonymous number over the same period, these posts amount to a course of conduct which causes our client alarm and distress. It is harassment within the meaning of the Protection from Harassment Act 1997. The second review in particular has been reported to Gloucestershire Police.

We ask you to remove both reviews and to suspend the account responsible. Please confirm the steps you have taken within 14 days of receipt of this letter. We would also ask you to preserve all data associated with the account pending any application our client may make for its disclosure.

Nothing in this letter waives any of our client's rights, all of which are reserved.

Yours faithfully

Niamh Corrigan
Solicitor
Bellweather & Coyle Solicitors
""", letter="2026-10-09", calc=("days", "2026-10-12", 14), family=["relative-receipt"],
    kind="legal_demand", name="Niamh Corrigan", org="Bellweather & Coyle Solicitors",
    mail="n.corrigan@bellweathercoyle.co.uk", rep="Callum Reyes", theirs="NC/REY/2210",
    urls=[UK(2), UK(3)], ids=[RID[2], RID[3]],
    quotes=["Callum Reyes is a crook and I will make sure everyone in Stroud knows it.",
            "I know where he drinks on a Friday."],
    basis="within 14 days of receipt of this letter", bases=["harassment"], case="new:reyes"))

# d04 -- scanned; "within 10 working days from the date of this letter", England and Wales bank holidays
DOCS.append(doc("d04", "scan", "en", "2026-10-19", f"""
HOLLINS MERCER SOLICITORS
Tombland Chambers, 9 Tombland, Norwich NR3 1HF
DX 5217 Norwich · 01603 496 118 · p.grange@hollinsmercer.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
DENMARK

14 October 2026

Ref: PG/BCH/77

FIRST CLASS POST

Dear Sirs

Brackenfield Care Homes Ltd

We are instructed by Brackenfield Care Homes Ltd, which operates three residential care homes in Norfolk.

A review dated 2 October 2026 appears at {UK(4)}. It concerns Brackenfield House in Dereham and states:

"My mother was left in soiled sheets for two days and the manager laughed about it."

Our client takes every concern about the care of its residents seriously. It has investigated this one with care. Its daily care records, which are completed at every change of shift, show that no resident was left in the condition described at any point in September, and the home manager has been on maternity leave since June. The Care Quality Commission inspected the home on 8 July 2026 and rated it Good in every domain.

The allegation is false and seriously defamatory. It suggests that our client neglects vulnerable elderly people and that its management is indifferent to their dignity. Families choosing a care home rely heavily on reviews of this kind, and the harm to our client is obvious.

We therefore request that you take the review down, and that you confirm you have done so within 10 working days from the date of this letter.

If the reviewer has a genuine concern about the care of a relative, our client would very much like to hear from them directly, and we enclose the contact details of its Director of Care for that purpose.

Yours faithfully

Philippa Grange
Associate Solicitor
for Hollins Mercer Solicitors
""", letter="2026-10-14", calc=("wdays", "2026-10-14", 10, "GB", "ENG"), family=["working-days", "scan"],
    kind="legal_demand", name="Philippa Grange", org="Hollins Mercer Solicitors", mail="p.grange@hollinsmercer.co.uk",
    rep="Brackenfield Care Homes Ltd", theirs="PG/BCH/77", urls=[UK(4)], ids=[RID[4]],
    quotes=["My mother was left in soiled sheets for two days and the manager laughed about it."],
    basis="within 10 working days from the date of this letter", bases=["defamation"], case="new:brackenfield"))

# d05 -- GDPR subject access request, the statutory month counted from receipt
DOCS.append(doc("d05", "eml", "en", "2026-10-16", """
Dear Trustpilot Data Protection Officer,

I am writing to make a subject access request under Article 15 of the UK GDPR.

I have had a Trustpilot account since 2019 under this email address and the display name "Toby F". In September two of my reviews were taken down and my account was flagged, and I have never been told why. I would like to understand what information you hold about me and how it has been used.

Please send me:

1. a copy of all personal data you hold about me, including any notes, flags or scores attached to my account;
2. the reports or complaints made about my reviews, with the identity of whoever made them redacted if you must;
3. details of any automated decision-making applied to my account, and the logic involved;
4. who you have shared my data with, and how long you plan to keep it.

An electronic copy is fine. If you need proof of identity, I can send a copy of my driving licence, but the request comes from the email address registered to the account.

Please provide this within one month of receiving this request, as Article 12(3) requires. If you believe you need an extension, please tell me within that month and explain why.

Kind regards,

Tobias Ferreira
42 Cranbrook Road, Ilford IG1 4PQ
""", email=mail("Tobias Ferreira", "tobias.ferreira@outlook.com", "Subject access request – Tobias Ferreira",
                "<DB9PR03MB7782A1F0C3@DB9PR03MB7782.eurprd03.prod.outlook.com>", "2026-10-16T19:42:00+01:00"),
    letter="2026-10-16", calc=("month", "2026-10-16"), family=["gdpr-statutory"],
    kind="data_request", name="Tobias Ferreira", mail="tobias.ferreira@outlook.com",
    basis="within one month of receiving this request", bases=["data_protection"], case="new:ferreira"))

# d06 -- "The deadline for your response is" + time, zone and weekday
DOCS.append(doc("d06", "pdf", "en", "2026-10-22", f"""
PENROSE TATE LLP
Solicitors
18 Carter Lane, London EC4V 5ER
+44 20 7946 0512 · o.fairbairn@penrosetate.com

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K

20 October 2026

Our reference: OF/LUM/26-031

BY EMAIL: legal@trustpilot.com

Dear Trustpilot

Lumen Optics Ltd – false statements in a review

We represent Lumen Optics Ltd, an independent opticians with practices in Guildford and Woking.

On 1 October 2026 a review was posted on your website at {UK(5)} under the name "Sasha P". It says:

"Lumen sold me prescription lenses that were the wrong strength and refused to admit it."

Our client's clinical records show that the reviewer's eye test took place on 7 August 2026, that her prescription was re-checked free of charge on 21 August at her request, and that the re-check confirmed the original prescription. She was nonetheless offered, and accepted, a full refund for the lenses on 24 August. The refund appears on her card statement and on our client's till records.

The review is therefore false in every material respect. It was published maliciously, in that the reviewer knew when she wrote it that our client had re-tested her eyes and refunded her, and it has caused our client pecuniary damage. It is actionable as malicious falsehood and, as it imputes professional incompetence and dishonesty to registered optometrists, as defamation.

We ask you to remove the review. The deadline for your response is 4pm (GMT) on Tuesday 3 November 2026.

We would prefer to resolve this without involving the court. Our client has no objection to genuine criticism, and it has replied publicly to the review setting out the facts, but that reply does not undo the harm caused by a statement that its lenses were wrong and that it refused to admit it.

Yours sincerely

Olamide Fairbairn
Senior Associate
Penrose Tate LLP
""", letter="2026-10-20", calc=("date", "2026-11-03"), family=["deadline-noun", "time", "weekday"],
    kind="legal_demand", name="Olamide Fairbairn", org="Penrose Tate LLP", mail="o.fairbairn@penrosetate.com",
    rep="Lumen Optics Ltd", theirs="OF/LUM/26-031", urls=[UK(5)], ids=[RID[5]],
    quotes=["Lumen sold me prescription lenses that were the wrong strength and refused to admit it."],
    basis="The deadline for your response is 4pm (GMT) on Tuesday 3 November 2026",
    bases=["malicious_falsehood", "defamation"], case="new:lumen"))

# d07 -- plain text web-form notice without a date: "within 48 hours" counts from received
DOCS.append(doc("d07", "txt", "en", "2026-10-23", f"""
Report illegal content – submission

Name: Saoirse Delaney
Email: saoirse.delaney@gmail.com
Country: United Kingdom
Content reported: {UK(7)}
Reason: Personal information / doxxing

Message:

I'm reporting this under the Digital Services Act notice and action rules because it is illegal content and I need it gone.

I work at the reception desk of the gym this review is about. The reviewer didn't like that I asked to see her membership card. In the review she names me, says what bus I get home and which road I live on. Her exact words are "Saoirse on the front desk lives on Harcourt Road so maybe someone should have a word with her on her way home." That is a threat. I've told the police and I have a crime number (WM-26-448120).

I don't care about the rest of the review, she can complain about the gym all she likes. But my name and my street have to come off. I've already had someone I don't know wait outside the building.

Please take this down within 48 hours. I'm honestly scared to walk home at the moment.

I confirm that the information in this notice is accurate and complete to the best of my knowledge.

Saoirse Delaney
""", letter=None, calc=("hours", "2026-10-23", 48), family=["relative-hours", "no-letter-date"],
    kind="illegal_content_notice", name="Saoirse Delaney", mail="saoirse.delaney@gmail.com",
    urls=[UK(7)], ids=[RID[7]],
    quotes=["Saoirse on the front desk lives on Harcourt Road so maybe someone should have a word with her on her way home."],
    basis="within 48 hours", bases=["dsa", "criminal"], case="new:delaney"))

# d08 -- ordinal date without a year, "the", weekday and time of day before it
DOCS.append(doc("d08", "pdf", "en", "2026-10-27", f"""
STRAND OAKLEY SOLICITORS
Capital Tower, Greyfriars Road, Cardiff CF10 3AG
029 2049 6614 · rhodri.pennant@strandoakley.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

26 October 2026

Our Ref: RP/CAC/1187

Dear Sir/Madam

RE: CWMBRAN AUTO CENTRE LTD – REVIEW {RID[8]}

We write on behalf of Cwmbran Auto Centre Ltd concerning review {RID[8]}, published on your UK site on 3 October 2026.

The reviewer writes of a service carried out on 19 September:

"They never changed the oil, I checked the dipstick and it was black."

"This garage fakes MOT passes for cash."

As to the first statement, our client's workshop system records the oil and filter change, the batch number of the oil used and the technician who did the work, and the vehicle's next visit shows clean oil at the expected level. As to the second, our client is a DVSA-authorised MOT testing station. An allegation that it issues fraudulent MOT certificates for cash is an allegation of a criminal offence which, if believed, would cost it its authorisation and its business.

The statements are untrue and defamatory. Our client has suffered serious harm: its bookings fell by almost a fifth in the fortnight after the review appeared, and one fleet customer has asked for an explanation.

Our client therefore requires, by no later than midday on Wednesday, the 4th of November, written confirmation from you that the review has been removed from all versions of your website. We also invite you to ask the reviewer for the invoice on which the review is supposedly based.

We look forward to hearing from you.

Yours faithfully

Rhodri Pennant
Partner
Strand Oakley Solicitors
""", letter="2026-10-26", calc=("date", "2026-11-04"), family=["explicit+words", "ordinal", "no-year", "time"],
    kind="legal_demand", name="Rhodri Pennant", org="Strand Oakley Solicitors", mail="rhodri.pennant@strandoakley.co.uk",
    rep="Cwmbran Auto Centre Ltd", theirs="RP/CAC/1187", ids=[RID[8]],
    quotes=["They never changed the oil, I checked the dipstick and it was black.",
            "This garage fakes MOT passes for cash."],
    basis="by no later than midday on Wednesday, the 4th of November", bases=["defamation"], case="new:cwmbran"))

# d09 -- chaser email setting a new date ("You have until"), quoting the earlier email and its earlier date
DOCS.append(doc("d09", "eml", "en", "2026-11-02", f"""
Dear Trustpilot Legal,

I refer to my email below and to your acknowledgement of 21 October, which said the matter had been passed to a specialist and that you would revert "shortly". Nothing further has been received and the review remains online.

Our client has been patient. It has now instructed us to give you one final opportunity to deal with this without proceedings. You have until 6 November 2026 to remove the review or to explain, with reasons, why you will not. If we hear nothing by then we will advise our client to issue a claim and will rely on this correspondence on the question of costs.

Kind regards,

Imogen Pask
Associate
Thornbury Vale Solicitors
Abbey House, 12 Abbey Road, Bath BA1 1LR
Direct: 01225 496 372
i.pask@thornburyvale.co.uk

On Tue, 20 Oct 2026 at 10:11, Imogen Pask <i.pask@thornburyvale.co.uk> wrote:
> Dear Sir or Madam,
>
> Our ref: IP/FEN/3371 – Fenwick Glass & Glazing Ltd
>
> We act for Fenwick Glass & Glazing Ltd in relation to the review at {UK(6)}, which claims that our client "used cheap Chinese glass and lied about the warranty".
>
> Our client fitted the conservatory using units certified to BS EN 1279 and supplied the installation warranty registered with the certification body. The statement is false and defamatory.
>
> Please confirm by 30 October 2026 that the review has been removed.
>
> Kind regards,
> Imogen Pask
""", email=mail("Imogen Pask", "i.pask@thornburyvale.co.uk", "RE: [CI-2026-0811] Fenwick Glass & Glazing Ltd – IP/FEN/3371",
                "<c93b2e71.IP-FEN-3371@thornburyvale.co.uk>", "2026-11-02T09:05:00+00:00",
                in_reply_to="<20261021093015.CI-2026-0811.2207@mail.trustpilot.com>",
                references=["<a7c1e0f2.IP-FEN-3371@thornburyvale.co.uk>",
                            "<20261021093015.CI-2026-0811.2207@mail.trustpilot.com>"], html_only=True),
    letter="2026-11-02", calc=("date", "2026-11-06"), family=["chaser-new-date", "deadline-noun"],
    kind="legal_demand", name="Imogen Pask", org="Thornbury Vale Solicitors", mail="i.pask@thornburyvale.co.uk",
    rep="Fenwick Glass & Glazing Ltd", theirs="IP/FEN/3371", ours="CI-2026-0811", urls=[UK(6)], ids=[RID[6]],
    quotes=["used cheap Chinese glass and lied about the warranty"],
    basis="You have until 6 November 2026", bases=["defamation"], case="CI-2026-0811"))

# d10 -- chaser demanding removal "immediately" while quoting his earlier dated demand -> null
DOCS.append(doc("d10", "eml", "en", "2026-10-28", f"""
Hello again,

It's now more than a week since I wrote and the review is still there, with the name of my street in it for anyone to read. Yesterday someone left a note through my letterbox. I am not going to wait any longer for your "specialist team".

This is harassment, plain and simple, and you are publishing my home address, which I'm told is a data protection breach on your part as well as the reviewer's.

Take it down immediately. I have kept copies of everything and I will be going to a solicitor and to my MP if I have to.

Rhys Bellamy
Cask & Kettle Tearoom
3 Church Walk, Ludlow SY8 1AP

On Mon, 19 Oct 2026 at 16:48, Rhys Bellamy <rhys@caskandkettle.co.uk> wrote:
> To whoever deals with complaints,
>
> Your ref CI-2026-0812
>
> The review at {UK(15)} says "the owner is a nasty piece of work, he lives on Corve Street if you want to tell him yourself".
> I run a tearoom. I don't want customers turning up at my house. Please remove it by 23 October at the latest.
>
> Rhys
""", email=mail("Rhys Bellamy", "rhys@caskandkettle.co.uk", "Re: review with my address – still up",
                "<CAK9bT3fE7zR@mail.gmail.com>", "2026-10-28T07:52:00+00:00",
                in_reply_to="<CAK9bT3fE1pQ@mail.gmail.com>", references=["<CAK9bT3fE1pQ@mail.gmail.com>"]),
    letter="2026-10-28", calc=None, family=["chaser-immediately", "null"],
    kind="legal_demand", name="Rhys Bellamy", org="Cask & Kettle Tearoom", mail="rhys@caskandkettle.co.uk",
    ours="CI-2026-0812", urls=[UK(15)], ids=[RID[15]],
    quotes=["the owner is a nasty piece of work, he lives on Corve Street if you want to tell him yourself"],
    basis=None, bases=["harassment", "data_protection"], case="CI-2026-0812",
    note="the only date demanded is in the quoted earlier email; the new one says immediately"))

# d11 -- notice of a hearing date; no date is demanded -> null
DOCS.append(doc("d11", "pdf", "en", "2026-10-29", f"""
LYDGATE SAUNDERS LLP
Pannett House, 7 Lemon Street, Truro TR1 2LS
01872 496 930 · c.tremayne@lydgatesaunders.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

27 October 2026

Our ref: LS/PVC/2214
Your ref: CI-2026-0816

Dear Sirs

Penhallow Veterinary Centre Ltd – application for disclosure

We refer to our previous correspondence about the review at {UK(20)}, which our client says was written by a former employee in breach of her settlement agreement.

As we told you we would, we have now issued an application in the High Court, King's Bench Division, for an order requiring you to disclose the name, email address and IP address associated with the account that posted the review. The application is supported by the witness statement of our client's clinical director dated 23 October 2026, a copy of which is enclosed together with the sealed application notice.

The application has been listed for hearing before a Master at the Royal Courts of Justice on 9 December 2026 at 10.30am, with a time estimate of one hour.

We appreciate that platforms in your position usually neither consent to nor oppose such applications, and that you would wish any order to be limited to the data you actually hold. We have drafted the order on that basis and enclose it. You are of course entitled to attend the hearing and make representations. We would invite you to let us know whether you intend to do so, and whether you have any comments on the form of the draft order.

Our client's complaint that the review is defamatory, which we set out in our letter of 16 September 2026, is unaffected by this application and remains the subject of separate correspondence.

Yours faithfully

Cerys Tremayne
Partner
Lydgate Saunders LLP
""", letter="2026-10-27", calc=None, family=["null", "hearing-date"],
    kind="legal_demand", name="Cerys Tremayne", org="Lydgate Saunders LLP", mail="c.tremayne@lydgatesaunders.co.uk",
    rep="Penhallow Veterinary Centre Ltd", theirs="LS/PVC/2214", ours="CI-2026-0816", urls=[UK(20)], ids=[RID[20]],
    basis=None, bases=["defamation"], case="CI-2026-0816",
    note="hearing date and statement date are not deadlines; the invitation to say whether we attend has no date"))

# d12 -- "within seven days of the date of this notice": from the notice's own date, not from receipt
DOCS.append(doc("d12", "docx", "en", "2026-11-04", f"""
Lorna Beckwith Photography
The Old Forge, Church Street, Ledbury HR8 1DH
lorna@beckwithphoto.co.uk · 07700 900 652

To: Trustpilot A/S, Pilestræde 58, 1112 Copenhagen K, Denmark
By email: legal@trustpilot.com

3 November 2026

NOTICE OF COPYRIGHT INFRINGEMENT

Dear Trustpilot,

I am a professional wedding and events photographer and the sole owner of the copyright in the photograph described below.

The review at {UK(9)}, posted on the page of a wedding venue in Herefordshire, includes my photograph of the venue's orangery at dusk, with the fairy lights on and the long table laid for dinner. The photograph was first published on my website on 12 March 2024 and is licensed to the venue for its own marketing only. The reviewer has simply copied it from the venue's brochure and uploaded it as if it were their own. It has been cropped to remove my watermark.

I have not licensed the reviewer, or Trustpilot, to reproduce or communicate the photograph to the public. Its use in the review infringes my copyright under the Copyright, Designs and Patents Act 1988.

I am not asking you to remove the review itself; the reviewer is entitled to their opinion of the venue. I am asking you to remove my photograph from it within seven days of the date of this notice.

I confirm that the information in this notice is accurate, that I am the copyright owner, and that I have a good faith belief that the use described above is not authorised by me, my agent or the law.

A copy of the original file, with its metadata, and a link to the original publication are attached.

Yours sincerely,

Lorna Beckwith
""", letter="2026-11-03", calc=("days", "2026-11-03", 7), family=["relative-letter-date"],
    kind="ip_notice", name="Lorna Beckwith", org="Lorna Beckwith Photography", mail="lorna@beckwithphoto.co.uk",
    urls=[UK(9)], ids=[RID[9]], basis="within seven days of the date of this notice", bases=["copyright"],
    case="new:beckwith"))

# d13 -- internal escalation, "by the end of next week" (Friday of the following week)
DOCS.append(doc("d13", "eml", "en", "2026-11-09", f"""
Hi team,

Flagging one from Harbourside Dental Group, who are one of my bigger accounts in the South West (eleven practices, on the Enterprise plan since 2023).

They reported this review three weeks ago and had it rejected: {UK(10)}

The reviewer says they had a root canal at the Plymouth practice "in the summer" and were charged twice. The practice manager has been through their system and says there is no patient with that name, at that practice or any of the others, and no double charge on any card in the last twelve months. They think it might be meant for a different dental group with a similar name in Portsmouth. They accept the content would be fine if it were genuine; their point is that it isn't about them.

I've told them we'll take another look, but they've been clear they don't want to hear "it doesn't breach our guidelines" again without someone having actually checked the proof of experience.

Could someone from legal or content integrity review it? They'd like an answer by the end of next week, and honestly so would I, because their renewal is in January and this is the kind of thing that comes up.

Thanks,
Fiona

Fiona McAllister
Senior Account Manager
Trustpilot
fiona.mcallister@trustpilot.com
""", email=mail("Fiona McAllister", "fiona.mcallister@trustpilot.com", "Harbourside Dental – rejected report, can we re-check?",
                "<PH0PR11MB5062.fmcallister@trustpilot.com>", "2026-11-09T10:12:00+00:00"),
    letter="2026-11-09", calc=("weekday", "2026-11-09", 4, 1), family=["informal"],
    kind="internal_escalation", name="Fiona McAllister", org="Trustpilot", mail="fiona.mcallister@trustpilot.com",
    rep="Harbourside Dental Group", urls=[UK(10)], ids=[RID[10]], basis="by the end of next week",
    bases=["platform_guidelines"], case="new:harbourside",
    note="'by the end of next week' read as Friday of the following working week"))

# d14 -- regulator; weekday and comma between the demand and the date; past dates recalled around it
DOCS.append(doc("d14", "pdf", "en", "2026-11-09", """
Information Commissioner's Office
Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF
0303 123 1113 · ico.org.uk

Trustpilot A/S
Data Protection Officer
Pilestræde 58
1112 Copenhagen K
Denmark

6 November 2026

Our reference: IC-418822-K7M3

Dear Data Protection Officer

Complaint about Trustpilot A/S – subject access

We have received a complaint from Mr Howard Ebbs about the way you have handled his subject access request. You should have received a copy of his complaint from him directly, but we summarise it here.

Mr Ebbs says he made his request by email on 4 August 2026, that he received an automated acknowledgement the same day, and that on 2 October 2026 he was sent a partial response which did not include the reports made about his reviews or the reasons his account was suspended. He says he has chased twice since then without a reply.

We have not reached a view on whether you have complied with your obligations. To help us do so, please respond to the points below by no later than Friday, 27 November 2026:

1. the date on which you consider you received Mr Ebbs' request, and whether you extended the time for responding;
2. what information you provided on 2 October 2026 and what, if anything, you withheld, with the exemption relied on;
3. whether you hold records of reports made about Mr Ebbs' reviews and, if so, why they were not disclosed;
4. the steps you will now take to put things right.

Please quote our reference in your reply. You may send it by email to casework@ico.org.uk.

Yours sincerely

Daniel Osei
Case Officer
Information Commissioner's Office
""", letter="2026-11-06", calc=("date", "2026-11-27"), family=["explicit+words", "weekday", "comma"],
    kind="regulator", name="Daniel Osei", org="Information Commissioner's Office", theirs="IC-418822-K7M3",
    basis="by no later than Friday, 27 November 2026", bases=["data_protection"], case="new:ico-ebbs"))

# d15 -- GDPR erasure where the data subject states her own shorter period
DOCS.append(doc("d15", "eml", "en", "2026-11-05", f"""
Hello,

I'd like to ask you to erase my personal data from a review on your site. I am not the person who wrote it and I don't have an account.

The review is of Olive & Ash, a restaurant in Harrogate where I work as a waitress: {UK(11)}

It says: "The waitress Priyanka was rude and clearly drunk." I am the only Priyanka working there, so anyone who knows me knows it's about me. I wasn't drunk and I don't drink at all. My manager has seen it, and so has my mum's friend who goes there.

I'm not asking you to take down the whole review. The reviewer can say whatever they like about the food. But my first name is my personal data and it's being used to say something untrue about me, and I'm asking you to remove it, or the sentence with it, under Article 17 of the UK GDPR (right to erasure). I also object under Article 21 to you processing it.

I understand you have up to one month to respond to a request like this, but as it is affecting me at work right now I'm asking you to remove my name within 14 days. Please let me know when it's done.

Thank you,

Priyanka Deshmukh
""", email=mail("Priyanka Deshmukh", "priyanka.deshmukh92@gmail.com", "Erasure request – my name in a review",
                "<CAFp8w1Yt0m=Deshmukh@mail.gmail.com>", "2026-11-05T08:47:00+00:00"),
    letter="2026-11-05", calc=("days", "2026-11-05", 14), family=["gdpr-own-period"],
    kind="data_request", name="Priyanka Deshmukh", mail="priyanka.deshmukh92@gmail.com",
    urls=[UK(11)], ids=[RID[11]], quotes=["The waitress Priyanka was rude and clearly drunk."],
    basis="within 14 days", bases=["data_protection"], case="new:deshmukh",
    note="the sender's own 14 days, not the statutory month she mentions"))

# d16 -- an acknowledgment date and a later substantive date in the same letter
DOCS.append(doc("d16", "pdf", "en", "2026-11-10", f"""
GARSIDE LOMAX LLP
One Colmore Square, Birmingham B4 6AA
0121 496 0877 · eleanor.vickery@garsidelomax.com

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

9 November 2026

Our ref: EV/PRM/5530

Dear Sir or Madam

Pinnacle Roofing (Midlands) Ltd – Letter of Claim

We act for Pinnacle Roofing (Midlands) Ltd. This is a letter of claim sent in accordance with the Pre-Action Protocol for Media and Communications Claims.

Two reviews published on your platform are complained of:

(1) {UK(12)}, which says: "Pinnacle took £6,000 up front and the roof still leaks – they are con artists."

(2) {UK(13)}, which says: "Avoid, they use scaffolding that fails safety checks."

Our client completed the roof referred to in the first review in June 2026; a leak reported in July was traced to a neighbour's guttering and the customer was told so in writing. The second allegation is simply invented: our client's scaffolding is supplied and inspected by a CISRS-accredited contractor and every inspection is logged.

Both statements are defamatory of our client and have caused serious financial loss. Our client seeks the removal of both reviews and an undertaking that they will not be republished.

Please acknowledge receipt of this letter by 13 November 2026 and provide your substantive response by 4pm on 24 November 2026. If you need further information to investigate, please tell us what you need when you acknowledge, so that it does not hold up your substantive reply.

Yours faithfully

Eleanor Vickery
Partner
Garside Lomax LLP
""", letter="2026-11-09", calc=("date", "2026-11-24"), family=["ack-vs-substantive", "time"],
    kind="legal_demand", name="Eleanor Vickery", org="Garside Lomax LLP", mail="eleanor.vickery@garsidelomax.com",
    rep="Pinnacle Roofing (Midlands) Ltd", theirs="EV/PRM/5530", urls=[UK(12), UK(13)], ids=[RID[12], RID[13]],
    quotes=["Pinnacle took £6,000 up front and the roof still leaks – they are con artists.",
            "Avoid, they use scaffolding that fails safety checks."],
    basis="provide your substantive response by 4pm on 24 November 2026", bases=["defamation"],
    case="new:pinnacle", note="the substantive date, not the acknowledgment date, is the deadline"))

# d17 -- police form with an ISO labelled field
DOCS.append(doc("d17", "pdf", "en", "2026-11-12", f"""
CUMBRIA CONSTABULARY
Digital Investigations Unit
Carleton Hall, Penrith CA10 2AU

REQUEST FOR PERSONAL DATA
Data Protection Act 2018, Schedule 2, Part 1, Paragraph 2 (crime and taxation)

To: Trustpilot A/S, Legal Department (legal@trustpilot.com)
Date of request: 2026-11-11
Crime reference: CC/26/118834
Requesting officer: DC 2291 Hannah Redfearn
Email: h.redfearn@cumbria.police.uk
Telephone: 101 ext. 44127
Authorising officer: DS 1408 Graham Tulley

Offence under investigation: Malicious Communications Act 1988, s.1; Protection from Harassment Act 1997, s.2

Content concerned: {UK(14)}

Background: A review was posted on your platform about a small holiday-let business in Keswick. The business owner has received a series of threatening messages over the same period. Some of the wording in the messages is repeated word for word in the review. Enquiries so far suggest that the review and the messages come from the same person, and identifying the account holder is necessary to progress the investigation.

Data requested:
(a) name and email address registered to the account that posted the review;
(b) IP addresses used to create the account and to post the review, with timestamps (UTC);
(c) any telephone number held for the account.

I certify that the data requested is needed for the prevention or detection of crime or the apprehension or prosecution of offenders, and that failure to provide it would be likely to prejudice those purposes.

Response due: 2026-11-20

Please do not notify the account holder of this request.

Hannah Redfearn
Detective Constable 2291
Cumbria Constabulary
""", letter="2026-11-11", calc=("date", "2026-11-20"), family=["labelled-field", "iso"],
    kind="law_enforcement", name="Hannah Redfearn", org="Cumbria Constabulary", mail="h.redfearn@cumbria.police.uk",
    theirs="CC/26/118834", urls=[UK(14)], ids=[RID[14]], basis="Response due: 2026-11-20",
    bases=["criminal", "data_protection"], case="new:cumbria"))

# d18 -- extension granted: the date granted, not the date we asked for nor the original
DOCS.append(doc("d18", "eml", "en", "2026-11-24", f"""
Dear Ms Holm,

Thank you for your email of yesterday.

We have taken our client's instructions. It does not accept that a further fortnight is needed: the review is short, the statements complained of are identified in our letter, and our client's documents were enclosed with it. Nor does it accept your suggestion that the reviewer should be given until the new year to respond to you.

That said, our client recognises that you need to contact the reviewer and give them a fair opportunity to reply. As a courtesy, our client is prepared to extend the deadline to 4pm on Thursday 3 December 2026, but not beyond. This extension is given without prejudice to our client's position on costs.

Kind regards

Tobias Wren
Partner
Halden Brooks LLP
9 Park Place, Leeds LS1 2RU
t.wren@haldenbrooks.co.uk | 0113 496 0421
Our ref: TW/QML/0058

On Mon, 23 Nov 2026 at 11:02, Trustpilot Legal <legal@trustpilot.com> wrote:
> Dear Mr Wren,
>
> Our ref: CI-2026-0813 – Quillon Mortgages Ltd
>
> Thank you for your letter of 12 November about the review at {UK(16)}, which asks for our response by 26 November.
>
> We have opened an investigation and have written to the reviewer asking for evidence of their experience. To allow them a fair chance to reply, we would be grateful for an extension to 10 December 2026.
>
> Kind regards,
> Astrid Holm
> Legal Counsel, Trustpilot
""", email=mail("Tobias Wren", "t.wren@haldenbrooks.co.uk", "RE: CI-2026-0813 – Quillon Mortgages Ltd – extension",
                "<LO2P265MB3390.twren@haldenbrooks.co.uk>", "2026-11-24T15:30:00+00:00",
                in_reply_to="<20261123110214.CI-2026-0813.5120@mail.trustpilot.com>",
                references=["<20261123110214.CI-2026-0813.5120@mail.trustpilot.com>"]),
    letter="2026-11-24", calc=("date", "2026-12-03"), family=["extension", "chaser-new-date", "time", "weekday"],
    kind="legal_demand", name="Tobias Wren", org="Halden Brooks LLP", mail="t.wren@haldenbrooks.co.uk",
    rep="Quillon Mortgages Ltd", theirs="TW/QML/0058", ours="CI-2026-0813", urls=[UK(16)], ids=[RID[16]],
    basis="extend the deadline to 4pm on Thursday 3 December 2026", bases=[], case="CI-2026-0813",
    note="10 December is what we asked for, 26 November the original; 3 December is granted"))

# d19 -- holding letter: history dates and a date by which the SENDER expects instructions -> null
DOCS.append(doc("d19", "docx", "en", "2026-11-11", f"""
Addington Reeve Solicitors
27 Albion Street, Hull HU1 3TE
01482 496 205 · g.ashworth@addingtonreeve.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

10 November 2026

Your ref: CI-2026-0814
Our ref: AR/ST/1180

Dear Sirs

Sable & Thistle Interiors Ltd

Thank you for your email of 2 November 2026.

By way of reminder, our client first complained about the review at {UK(17)}, posted on 14 August 2026, in our letter of 29 September 2026. You replied on 21 October 2026 explaining that you had asked the reviewer for evidence of their purchase, and your email of 2 November 2026 told us that the reviewer had supplied an order confirmation and that the review would therefore remain online.

Our client's managing director, who alone can confirm whether that order confirmation is genuine, is currently travelling in the Far East. We have forwarded your email to her and expect to have her instructions by 20 November 2026. We will write to you substantively once we have them.

In the meantime our client's complaint under the Defamation Act 2013 is maintained, and nothing in your email or in the passage of time should be taken as an acceptance that the review is accurate. All of our client's rights remain reserved.

We should be grateful if you would keep the reviewer's order confirmation, and your correspondence with the reviewer, safe while this is resolved.

Yours faithfully

Gemma Ashworth
Solicitor
Addington Reeve Solicitors
""", letter="2026-11-10", calc=None, family=["null", "past-dates", "sender-own-date"],
    kind="legal_demand", name="Gemma Ashworth", org="Addington Reeve Solicitors", mail="g.ashworth@addingtonreeve.co.uk",
    rep="Sable & Thistle Interiors Ltd", theirs="AR/ST/1180", ours="CI-2026-0814", urls=[UK(17)], ids=[RID[17]],
    basis=None, bases=["defamation"], case="CI-2026-0814",
    note="20 November is when the sender expects instructions; everything else is history"))

# d20 -- regulator, 20 working days from the letter date across Christmas (25 and 28 December)
DOCS.append(doc("d20", "pdf", "en", "2026-12-02", """
Competition and Markets Authority
The Cabot, 25 Cabot Square, London E14 4QZ

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

1 December 2026

Our ref: CE/7114-26

Dear Sir or Madam

Request for information: Brightwater Holidays Ltd

The CMA is considering whether Brightwater Holidays Ltd may have engaged in unfair commercial practices under Part 4, Chapter 1 of the Digital Markets, Competition and Consumers Act 2024, in particular by commissioning or incentivising fake consumer reviews. Brightwater's business profile on your platform is at https://uk.trustpilot.com/review/brightwaterholidays.co.uk.

We are not investigating Trustpilot. We are writing because you are likely to hold information that will help us understand the pattern of reviews on that profile. This is a voluntary request; we are not at this stage using our formal information-gathering powers.

We would be grateful for the following, for the period 1 January 2025 to 30 September 2026:

1. the number of reviews published on Brightwater's profile each month, and the number removed, with the reason for removal;
2. any flags raised by your fraud-detection systems about reviews on the profile, and the action taken;
3. any correspondence with Brightwater about review invitations, incentives or suspected fake reviews;
4. whether you have applied a consumer warning to the profile, and if so when and why.

Please provide the information requested within 20 working days of the date of this letter. If you expect difficulty in meeting that timetable, please contact me as early as possible so that we can discuss it.

Information you provide will be treated in accordance with Part 9 of the Enterprise Act 2002.

Yours faithfully

Aisha Rahmani
Assistant Director, Consumer Enforcement
Competition and Markets Authority
aisha.rahmani@cma.gov.uk
""", letter="2026-12-01", calc=("wdays", "2026-12-01", 20, "GB", "ENG"), family=["working-days", "holidays"],
    kind="regulator", name="Aisha Rahmani", org="Competition and Markets Authority", mail="aisha.rahmani@cma.gov.uk",
    theirs="CE/7114-26", urls=["https://uk.trustpilot.com/review/brightwaterholidays.co.uk"],
    basis="within 20 working days of the date of this letter", bases=["consumer_law"], case="new:cma-brightwater",
    note="skips 25 and 28 December (Boxing Day observed)"))

# d21 -- reviewer appeal full of past dates and an away-until date -> null
DOCS.append(doc("d21", "eml", "en", "2026-11-13", f"""
Hi there,

I'm writing about my review of Ridgeway Campervans, which you took down. It was at {UK(29)}.

Timeline, so it's all in one place:

- I hired the van from 3 to 10 September.
- I posted my review on 12 October, after they refused to return my deposit.
- On 27 October you emailed to say the company had reported it and asked me for proof that I was a customer.
- I sent you the hire agreement and my bank statement on 28 October.
- On 30 October you removed it anyway, saying I hadn't provided "sufficient documentation".

I don't understand what else I could have sent. The hire agreement has my name, the van registration and the dates on it, and the bank statement shows the £1,150 payment going to Ridgeway. Your own guidelines say a review must be based on a genuine experience, and mine was.

Please look at it again and put it back up. I'm happy to send anything else you need.

Just so you know, I'm away walking from 20 November to 1 December with patchy signal, but I'll pick up emails when I can.

Thanks,
Gwen Talbot
""", email=mail("Gwen Talbot", "gwen.talbot@btinternet.com", "Appeal – my review of Ridgeway Campervans was removed",
                "<000001dc41f7$3a2b1c00$ae5d5400$@btinternet.com>", "2026-11-13T18:06:00+00:00", html_only=True),
    letter="2026-11-13", calc=None, family=["null", "past-dates", "sender-own-date"],
    kind="consumer_appeal", name="Gwen Talbot", mail="gwen.talbot@btinternet.com",
    urls=[UK(29)], ids=[RID[29]], basis=None, bases=["platform_guidelines"], case="new:talbot"))

# d22 -- scanned US letter, "Month D, YYYY"
DOCS.append(doc("d22", "scan", "en", "2026-11-19", f"""
BARROW KINCAID & RUIZ LLP
Attorneys at Law
1200 Market Street, Suite 900
Philadelphia, PA 19107
(215) 555-0143 · mkincaid@bkrlaw.com

November 16, 2026

VIA EMAIL AND INTERNATIONAL COURIER

Trustpilot A/S
Pilestræde 58
DK-1112 Copenhagen K
Denmark

Re: Liberty Bell Moving & Storage, Inc. – Demand for Removal of Defamatory Review

To Whom It May Concern:

This firm represents Liberty Bell Moving & Storage, Inc. ("Liberty Bell") in connection with a review posted to your website at {WWW(30)}.

The review, which relates to a residential move that took place on September 8, 2026, states: "Liberty Bell held my furniture hostage until I paid an extra $2,400 in cash." That statement is false. The customer's signed estimate, bill of lading, and final invoice all reflect the same binding price, which was paid by credit card before the truck was unloaded. No cash was requested or received, and no goods were withheld at any time.

An accusation that a licensed interstate mover held a customer's goods hostage to extort cash is defamatory per se. It accuses our client of conduct that would violate federal regulations and expose it to loss of its operating authority.

We demand that Trustpilot remove the review and confirm its removal in writing to the undersigned no later than December 3, 2026. We also request that Trustpilot preserve all records relating to the account that posted the review.

We are aware that Trustpilot is based in Denmark and that the reviewer may not be. Our client is evaluating its options in all relevant jurisdictions. Nothing in this letter is intended as a complete statement of the facts or of our client's rights and remedies, all of which are expressly reserved.

Very truly yours,

Marisa Kincaid
Partner
Barrow Kincaid & Ruiz LLP
""", letter="2026-11-16", calc=("date", "2026-12-03"), family=["us-date", "scan"],
    kind="legal_demand", name="Marisa Kincaid", org="Barrow Kincaid & Ruiz LLP", mail="mkincaid@bkrlaw.com",
    rep="Liberty Bell Moving & Storage, Inc.", urls=[WWW(30)], ids=[RID[30]],
    quotes=["Liberty Bell held my furniture hostage until I paid an extra $2,400 in cash."],
    basis="no later than December 3, 2026", bases=["defamation"], case="new:libertybell"))

# d23 -- "before Christmas": the last day before 25 December
DOCS.append(doc("d23", "eml", "en", "2026-12-01", """
Hello,

Two weeks ago a red "consumer warning" banner appeared on our Trustpilot page: https://uk.trustpilot.com/review/fernleafcandles.co.uk

It says you've detected "unusual review activity" and that we may have been "buying or incentivising reviews". We haven't. We're a three-person candle business in Hebden Bridge and we've never paid for a review in our lives.

What I think has happened is this: in October we sent a thank-you card in every order with a QR code to our Trustpilot page, and a lot of lovely customers left reviews in the same few weeks. There was no discount or freebie attached. I've attached a photo of the card. I asked your support team about it on 17 November and got a reply saying it had been passed to "the relevant team", and nothing since.

This is our busiest time of the year by a mile – about 40% of our annual sales happen between now and the 20th – and I can see from our analytics that people are landing on our Trustpilot page and leaving. Please could you review the warning and either take it down or tell me exactly what we've done wrong? We really need a decision before Christmas.

Many thanks,

Beatrix Hollowell
Founder, Fernleaf Candles
Unit 2, Victoria Works, Hebden Bridge HX7 8AD
""", email=mail("Beatrix Hollowell", "beatrix@fernleafcandles.co.uk", "Consumer warning on our profile – please review",
                "<9f1c2b7e-5d6a-4c8e-8a10-fernleaf@fernleafcandles.co.uk>", "2026-12-01T13:37:00+00:00"),
    letter="2026-12-01", calc=("day_before", "2026-12-25"), family=["informal"],
    kind="business_appeal", name="Beatrix Hollowell", org="Fernleaf Candles", mail="beatrix@fernleafcandles.co.uk",
    urls=["https://uk.trustpilot.com/review/fernleafcandles.co.uk"], basis="before Christmas",
    bases=["platform_guidelines"], case="new:fernleaf", note="'before Christmas' read as 24 December"))

# d24 -- office closure notice with a date by which the sender will write -> null
DOCS.append(doc("d24", "eml", "en", "2026-12-03", f"""
Dear Ms Holm,

Orwell Dental Group Ltd – your ref CI-2026-0815 – our ref JA/ODG/604

Thank you for your email of 1 December setting out your position on the two reviews ({UK(18)} and {UK(19)}). I have sent it to our client and will take instructions.

Our client's board next meets on 10 December, and I would expect to be able to write to you again by 11 December, once it has considered your email. In the meantime, our client's complaint that both reviews are defamatory stands.

Please also note, for your diary, that this office will close at 1pm on Wednesday 23 December 2026 and will reopen at 9am on Monday 4 January 2027. Emails sent during that period will be read on our return; anything urgent should be marked as such and will be picked up by the duty partner.

Kind regards

James Ashby
Associate Solicitor
Carrow & Pike Solicitors
Princes Street, Ipswich IP1 1QJ
T 01473 496 280
j.ashby@carrowpike.co.uk
""", email=mail("James Ashby", "j.ashby@carrowpike.co.uk", "RE: Orwell Dental Group Ltd – CI-2026-0815",
                "<AM0PR06MB4211.jashby@carrowpike.co.uk>", "2026-12-03T12:18:00+00:00",
                in_reply_to="<20261201151144.CI-2026-0815.6310@mail.trustpilot.com>",
                references=["<20261201151144.CI-2026-0815.6310@mail.trustpilot.com>"]),
    letter="2026-12-03", calc=None, family=["null", "office-closure", "sender-own-date"],
    kind="legal_demand", name="James Ashby", org="Carrow & Pike Solicitors", mail="j.ashby@carrowpike.co.uk",
    rep="Orwell Dental Group Ltd", theirs="JA/ODG/604", ours="CI-2026-0815", urls=[UK(18), UK(19)],
    ids=[RID[18], RID[19]], basis=None, bases=["defamation"], case="CI-2026-0815"))

# d25 -- "final date" with a numeric UK date
DOCS.append(doc("d25", "pdf", "en", "2026-11-18", f"""
QUENNELL BRIGHT SOLICITORS
5 Friar Lane, Leicester LE1 5RA
0116 496 0390 · a.quennell@quennellbright.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

16 November 2026

Our ref: AQ/ASH/3312

Dear Sir or Madam

Ashcombe Lettings Ltd

We are instructed by Ashcombe Lettings Ltd, a letting and property management agent in Loughborough.

A review posted on 6 November 2026 at {UK(31)} reads, in part:

"Ashcombe kept my whole deposit and never protected it in a scheme, which is illegal."

"Their staff let themselves into my flat without notice while I was at work."

Our client protected the reviewer's deposit with the Deposit Protection Service within the statutory 30 days; the certificate, which we enclose, shows the date and scheme reference. The deposit was returned in full, less an agreed deduction for cleaning, after the reviewer's tenancy ended. As for access, our client's records show two visits to the property during the tenancy, each arranged by email at least 48 hours in advance, and the reviewer's written agreement to both.

The statements are therefore untrue. They were published to prospective landlords and tenants, our client's customers, and are defamatory; to the extent that they were made knowing them to be false, they are also a malicious falsehood.

We ask that you remove the review. The final date for your reply is 30/11/2026. Please send it by email to this office.

Yours faithfully

Arjun Quennell
Director
Quennell Bright Solicitors
""", letter="2026-11-16", calc=("date", "2026-11-30"), family=["deadline-noun", "numeric-uk"],
    kind="legal_demand", name="Arjun Quennell", org="Quennell Bright Solicitors", mail="a.quennell@quennellbright.co.uk",
    rep="Ashcombe Lettings Ltd", theirs="AQ/ASH/3312", urls=[UK(31)], ids=[RID[31]],
    quotes=["Ashcombe kept my whole deposit and never protected it in a scheme, which is illegal.",
            "Their staff let themselves into my flat without notice while I was at work."],
    basis="The final date for your reply is 30/11/2026", bases=["defamation", "malicious_falsehood"],
    case="new:ashcombe"))

# d26 -- trademark notice, "within 48 hours of this email" from the email's date
DOCS.append(doc("d26", "eml", "en", "2026-11-17", """
Dear Trustpilot Legal Team,

We act as brand protection agents for Halvorsen Outdoor AS, the owner of the word mark HALVORSEN (EUTM No. 018734412; UK TM No. UK00918734412) in classes 18, 25 and 28.

A business profile on your platform, https://www.trustpilot.com/review/halvorsen-outlet-sale.com, is operated by a website that sells counterfeit Halvorsen jackets and backpacks at heavily discounted prices. It uses the HALVORSEN mark and our client's logo as its profile name and image. Our client has no connection with the site and has not authorised it. Test purchases made on 2 and 9 November 2026 produced counterfeit goods, which our client's product team has examined.

Consumers are leaving reviews on that profile believing they are reviewing our client, and several of them complain of poor quality goods that were never made by Halvorsen. The use of the mark on your platform in this way is an infringement and causes our client real reputational harm.

We request that you disable the profile, or at the very least remove our client's name and logo from it, within 48 hours of this email. Please also confirm whether the same operator holds any other business profiles on your platform.

A copy of the registration certificates and the test purchase report is available on request.

Best regards,

Femi Adebayo
Senior Enforcement Manager
Corsair Brand Protection Ltd
20 Kingsway, London WC2B 6LH
femi.adebayo@corsairbp.com
""", email=mail("Femi Adebayo", "femi.adebayo@corsairbp.com", "Trademark infringement – HALVORSEN – counterfeit seller profile",
                "<20261117140512.FA7731@corsairbp.com>", "2026-11-17T14:05:00+00:00"),
    letter="2026-11-17", calc=("hours", "2026-11-17", 48), family=["relative-hours"],
    kind="ip_notice", name="Femi Adebayo", org="Corsair Brand Protection Ltd", mail="femi.adebayo@corsairbp.com",
    rep="Halvorsen Outdoor AS", urls=["https://www.trustpilot.com/review/halvorsen-outlet-sale.com"],
    basis="within 48 hours of this email", bases=["trademark"], case="new:halvorsen"))

# d27 -- passive demand with an ordinal "the 1st of December 2026"
DOCS.append(doc("d27", "docx", "en", "2026-11-23", f"""
Vantage Row Legal LLP
Park Square East, Leeds LS1 2NE
0113 496 0655 · samira.haddad@vantagerow.co.uk

20 November 2026

Trustpilot A/S
Legal Department
Pilestræde 58
1112 Copenhagen K

Our reference: SH/NGP/0902

Dear Trustpilot

Northgate Pharmacy Ltd – review alleging dispensing errors

We act for Northgate Pharmacy Ltd, which runs an independent community pharmacy in Wakefield.

The review at {UK(32)} states:

"The pharmacist gave my dad the wrong blood pressure tablets and he ended up in A&E."

Our client has checked its patient medication records and the dispensing log for every prescription it has handled for a patient at the reviewer's stated address since 2024. There is no record of any error, no record of any complaint, and no incident report; the local hospital trust has also confirmed, at our client's request, that it received no notification of an adverse drug event involving the pharmacy. The reviewer has not responded to our client's public reply asking them to get in touch.

A statement that a pharmacist dispensed the wrong medication and caused a patient's hospital admission is extremely serious. It goes to the heart of our client's professional standing and has already been raised with it by a GP practice it works with.

The statement is false and defamatory. The review must be taken down no later than close of business on the 1st of December 2026. We would ask you also to confirm that you have asked the reviewer to substantiate their experience and to tell us what, if anything, they have provided.

Yours faithfully

Samira Haddad
Partner
Vantage Row Legal LLP
""", letter="2026-11-20", calc=("date", "2026-12-01"), family=["passive", "ordinal"],
    kind="legal_demand", name="Samira Haddad", org="Vantage Row Legal LLP", mail="samira.haddad@vantagerow.co.uk",
    rep="Northgate Pharmacy Ltd", theirs="SH/NGP/0902", urls=[UK(32)], ids=[RID[32]],
    quotes=["The pharmacist gave my dad the wrong blood pressure tablets and he ended up in A&E."],
    basis="The review must be taken down no later than close of business on the 1st of December 2026",
    bases=["defamation"], case="new:northgatepharmacy"))

# d28 -- internal escalation "by Thursday EOD"
DOCS.append(doc("d28", "eml", "en", "2026-11-24", f"""
Morning both,

Escalating on behalf of Tidewell Insurance Services (Enterprise, renewal due in Q1).

Their in-house legal team have been in touch about this review: {UK(33)}

It names one of their claims handlers in full and says she "deliberately lost my documents to avoid paying out". Tidewell say the handler is distressed, HR are involved, and they want the name removed at the very least. They're not asking us to pull the whole review. I've explained that we look at these against the guidelines and that I can't promise an outcome, but Legal at their end want an answer by Thursday EOD and they're talking about sending a formal letter if they don't get one.

Can someone let me know who's picking this up? Happy to join a call with them if that helps.

Cheers,
Ollie

Ollie Brennan
Account Director, Financial Services
Trustpilot
ollie.brennan@trustpilot.com
""", email=mail("Ollie Brennan", "ollie.brennan@trustpilot.com", "Escalation: Tidewell Insurance – employee named in review",
                "<SN6PR02MB4128.obrennan@trustpilot.com>", "2026-11-24T09:31:00+00:00",
                cc=["legal-escalations@trustpilot.com"]),
    letter="2026-11-24", calc=("next_weekday", "2026-11-24", 3), family=["informal"],
    kind="internal_escalation", name="Ollie Brennan", org="Trustpilot", mail="ollie.brennan@trustpilot.com",
    rep="Tidewell Insurance Services", urls=[UK(33)], ids=[RID[33]],
    quotes=["deliberately lost my documents to avoid paying out"], basis="by Thursday EOD",
    bases=["platform_guidelines"], case="new:tidewell"))

# d29 -- solicitor's erasure request, "within one month of receipt of this letter"
DOCS.append(doc("d29", "pdf", "en", "2026-11-27", f"""
MERRIOTT SHAW SOLICITORS
14 The Crescent, Taunton TA1 4EB
01823 496 511 · r.merriott@merriottshaw.co.uk

Trustpilot A/S
Data Protection Officer
Pilestræde 58
1112 Copenhagen K
Denmark

25 November 2026

Our ref: RM/DUN/12

Dear Data Protection Officer

Our client: Ms Leah Dunmore – request for erasure (Article 17 UK GDPR)

We act for Ms Leah Dunmore, a nursery practitioner employed at a day nursery in Taunton. Her signed authority is enclosed.

A review of the nursery at {UK(34)} refers to our client by her first name and role, which is enough to identify her to every parent at the nursery and to her colleagues. It says:

"Leah in the baby room shouts at the children when she thinks no one is watching."

The nursery investigated the allegation in October with the local authority designated officer, who concluded that it was unfounded. Our client's name and the allegation about her are nonetheless still published on your platform.

The review is personal data relating to our client. Its continued processing is not necessary for any purpose that overrides her rights and freedoms, and the data is inaccurate. We therefore request, on her behalf, that you erase the references to her from the review, and that you tell us what you have done, within one month of receipt of this letter, as Article 12(3) UK GDPR requires.

We have not asked you to remove the review as a whole. The reviewer's views on the nursery are a matter for them and the nursery.

Yours faithfully

Rosalind Merriott
Partner
Merriott Shaw Solicitors
""", letter="2026-11-25", calc=("month", "2026-11-27"), family=["gdpr-statutory", "relative-receipt"],
    kind="data_request", name="Rosalind Merriott", org="Merriott Shaw Solicitors", mail="r.merriott@merriottshaw.co.uk",
    rep="Leah Dunmore", theirs="RM/DUN/12", urls=[UK(34)], ids=[RID[34]],
    quotes=["Leah in the baby room shouts at the children when she thinks no one is watching."],
    basis="within one month of receipt of this letter", bases=["data_protection"], case="new:dunmore"))

# d30 -- text notice with a labelled field in dd/mm/yyyy
DOCS.append(doc("d30", "txt", "en", "2026-11-30", f"""
VERITAS TRUST & SAFETY CIC – NOTICE OF ILLEGAL CONTENT
Article 16, Regulation (EU) 2022/2065 (Digital Services Act)

Notice no.: VTS-N-26-5581
Date of notice: 30/11/2026
Notifier: Callum Ashdown, Investigations Lead
Organisation: Veritas Trust & Safety CIC
Contact: c.ashdown@veritas-ts.org

Location of content: {UK(35)}
Category: Fraud / scam – phishing link

Explanation:
The review purports to praise a "crypto recovery agent" who helped the reviewer get back money lost to an investment scam. It gives a WhatsApp number and a website address for the agent. The same text, with the same number and website, has been posted on at least eleven other platforms in the last month. The website is a known phishing site impersonating a regulated firm; the FCA published a warning about it on 12 November 2026. Victims who contact the "agent" are asked for an upfront fee and lose it. This is fraud (Fraud Act 2006, s.2) and the review is being used to promote it.

Requested action: removal of the review and of any other reviews containing the same number or web address.
Requested action by: 02/12/2026

Good faith statement: I confirm that I believe in good faith that the information and allegations in this notice are accurate and complete.

Callum Ashdown
""", letter="2026-11-30", calc=("date", "2026-12-02"), family=["labelled-field", "numeric-uk"],
    kind="illegal_content_notice", name="Callum Ashdown", org="Veritas Trust & Safety CIC",
    mail="c.ashdown@veritas-ts.org", theirs="VTS-N-26-5581", urls=[UK(35)], ids=[RID[35]],
    basis="Requested action by: 02/12/2026", bases=["dsa", "criminal"], case="new:veritas"))

# d31 -- cover email with a year-less "4th December" and the letter d32 attached
DOCS.append(doc("d31", "eml", "en", "2026-11-27", """
Dear Sir or Madam,

Please find attached our letter of today's date on behalf of Kingsmead Fitness Ltd, concerning a review on your UK site.

The letter concerns a review which alleges that our client has concealed a Legionella problem at its gyms. Our client's water test results for this year are enclosed with the letter.

As the letter explains, our client requires your response by Friday 4th December. I would be grateful if you could confirm safe receipt and let me know who will be dealing with the matter at your end. The partner responsible is Helena Fenn, who should be copied into any reply.

Kind regards,

Beatrice Laidlaw
Trainee Solicitor
Rushworth Fenn LLP
3 St Paul's Square, York YO24 4BD
Tel: 01904 496 622
b.laidlaw@rushworthfenn.co.uk
""", email=mail("Beatrice Laidlaw", "b.laidlaw@rushworthfenn.co.uk", "Kingsmead Fitness Ltd – letter of claim – BL/KMF/0071",
                "<DU2PR09MB6642.blaidlaw@rushworthfenn.co.uk>", "2026-11-27T16:20:00+00:00", attachments=["d32"]),
    letter="2026-11-27", calc=("date", "2026-12-04"), family=["no-year", "ordinal", "weekday", "attachment"],
    kind="legal_demand", name="Beatrice Laidlaw", org="Rushworth Fenn LLP", mail="b.laidlaw@rushworthfenn.co.uk",
    rep="Kingsmead Fitness Ltd", theirs="BL/KMF/0071", basis="by Friday 4th December", bases=[],
    case="new:kingsmead"))

DOCS.append(doc("d32", "pdf", "en", "2026-11-27", f"""
RUSHWORTH FENN LLP
3 St Paul's Square, York YO24 4BD
01904 496 622 · h.fenn@rushworthfenn.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

27 November 2026

Our ref: BL/KMF/0071

Dear Sir or Madam

Kingsmead Fitness Ltd – review published on your platform

We act for Kingsmead Fitness Ltd, which operates two gyms in York.

The review at {UK(36)} was posted on 19 November 2026. It says:

"The showers at Kingsmead have had Legionella for months and management are covering it up."

Our client's water systems are tested monthly by an independent contractor in line with HSE guidance (ACOP L8). Every test this year, including one on 5 November 2026, has been negative. The results are enclosed. There has been no Legionella finding at either site, and there is therefore nothing to cover up.

The review alleges that our client exposes its members to a potentially fatal infection and conceals it. It is false and seriously defamatory. Since it appeared, our client has received eight membership cancellations citing it.

We require you to remove the review within 7 days of the date of this letter, and to confirm to us in writing that you have done so. If you are not willing to remove it, please explain why, and let us have any material supplied by the reviewer in support of their allegation.

Our client reserves all its rights.

Yours faithfully

Helena Fenn
Partner
Rushworth Fenn LLP
""", letter="2026-11-27", calc=("days", "2026-11-27", 7), family=["relative-letter-date", "attachment"],
    kind="legal_demand", name="Helena Fenn", org="Rushworth Fenn LLP", mail="h.fenn@rushworthfenn.co.uk",
    rep="Kingsmead Fitness Ltd", theirs="BL/KMF/0071", urls=[UK(36)], ids=[RID[36]],
    quotes=["The showers at Kingsmead have had Legionella for months and management are covering it up."],
    basis="within 7 days of the date of this letter", bases=["defamation"], case="new:kingsmead",
    part_name="Letter to Trustpilot 27.11.26.pdf"))
