"""English documents, part a: r01 r03 r06 r08 r12 r14 r16 r18."""
from common import R, doc, mail, plus_days, plus_one_month, plus_working_days

DOCS = []

# r01 — same firm as open case CI-2026-0771 (Quayle Denton), same solicitor, different client and review: NEW
DOCS.append(doc("r01", "pdf", "en", "2026-10-20", f"""
QUAYLE DENTON SOLICITORS
3 Dalton Square, Lancaster LA1 1PP
Tel 01632 960377 · l.okonjo@quayledenton.co.uk · www.quayledenton.co.uk

Trustpilot A/S
Legal Team
Pilestræde 58
1112 Copenhagen K
Denmark

By email only: legal@trustpilot.com

Our ref: LO/OAK/2207
16 October 2026

Dear Sir or Madam

Oakhollow Nurseries Ltd – review published on your UK site

We are instructed by Oakhollow Nurseries Ltd, which operates a plant nursery and garden centre near Kirkby Lonsdale and has traded from the same site for over thirty years.

On 3 October 2026 a review appeared on our client's profile at https://uk.trustpilot.com/reviews/{R['oakhollow']} under the name "GreenFingersKL". It includes the following statements:

"Half the plants they sold me were dead within a week and they knew it."

"The owner is a crook who pays his staff cash in hand to dodge tax."

The first statement is untrue; our client's records show that the author bought two bedding trays, for which a full refund was offered and declined. The second statement is a grave allegation of criminal tax evasion for which there is no basis whatsoever. Our client's payroll is run through an external bureau and all staff are paid through PAYE. The statement is defamatory of our client and of its managing director, who is readily identifiable as "the owner", and it has already been repeated to staff by customers. Its publication has caused and is likely to cause serious harm to our client's reputation, and the words are also actionable as a malicious falsehood.

We ask that you acknowledge this letter by 21 October 2026. More importantly, the Review is to be taken down within five working days of the date of this letter, failing which our client reserves the right to issue proceedings against you as the operator of the website without further notice.

Nothing in this letter is intended to waive any of our client's rights, all of which are reserved.

Yours faithfully

Lucy Okonjo
Associate Solicitor
for and on behalf of Quayle Denton Solicitors
""", kind="legal_demand", name="Lucy Okonjo", org="Quayle Denton Solicitors",
    mail="l.okonjo@quayledenton.co.uk", rep="Oakhollow Nurseries Ltd", theirs="LO/OAK/2207",
    urls=[f"https://uk.trustpilot.com/reviews/{R['oakhollow']}"], ids=[R["oakhollow"]],
    quotes=["Half the plants they sold me were dead within a week and they knew it.",
            "The owner is a crook who pays his staff cash in hand to dodge tax."],
    deadline=plus_working_days("2026-10-16", 5, "GB", "ENG"),
    basis="within five working days of the date of this letter",
    bases=["defamation", "malicious_falsehood"], case="new:r-oakhollow",
    note="Same solicitor and firm as open CI-2026-0771 (Northmoor) but another client and review. "
         "Acknowledgement date 21 Oct is not the deadline; the substantive (passive) removal demand is."))

# r03 — subject access request; a user-profile id that is not a review id
DOCS.append(doc("r03", "eml", "en", "2026-10-21", f"""
To whom it may concern,

I am making a subject access request under Article 15 of the UK GDPR.

I have had a Trustpilot account since 2021 under the name "T Whitcombe". My profile is https://uk.trustpilot.com/users/{R['user_decoy']} in case that helps you find it. In September several of my reviews were taken down without much explanation and my account was then flagged, so I would like to see what you hold about me and why.

Please provide:

1. a copy of all personal data you hold about me, including account details, IP and device logs, and any notes made by your staff or systems;
2. any reports, flags or complaints made about my reviews or my account, including who made them (or at least whether it was a business);
3. details of any automated decision-making applied to my account, and the logic involved;
4. the purposes of processing, the recipients of my data and how long you keep it.

I would like the information in electronic form, by email to this address. I don't think you need further ID from me as I am writing from the email address registered to the account, but tell me straight away if you do.

I look forward to receiving all of this within one calendar month of receiving this email.

Regards,
Tobias Whitcombe
Flat 2, 41 Ashgrove Road
Sheffield S10 3FE
""", email=mail("Tobias Whitcombe", "t.whitcombe@posteo.net", "Subject access request - Tobias Whitcombe",
                "<8f1c2e0a-4b7d-4d1e-9a55-whitcombe.20261021@posteo.net>", "2026-10-21T07:52:00+01:00"),
    kind="data_request", name="Tobias Whitcombe", mail="t.whitcombe@posteo.net",
    deadline=plus_one_month("2026-10-21"), basis="within one calendar month of receiving this email",
    bases=["data_protection"], case="new:r-whitcombe",
    note="The /users/ id is a profile, not a review: neither cited URL nor review id."))

# r06 — internal escalation, follow-up to CI-2026-0712 by the same review (no CI reference)
DOCS.append(doc("r06", "eml", "en", "2026-10-23", f"""
Hi both,

Flagging something for you on behalf of one of my accounts, Thornbury Glazing Ltd (Bristol, on a Business Plus plan since last year).

Their operations director, Neil Sadler, rang me yesterday quite worked up about this review:

https://uk.trustpilot.com/reviews/{R['thorn']}

The bit he keeps coming back to is "Fitted the wrong size frames and then blamed us for measuring." He says they measured, fitted and signed off the job themselves, and that the reviewer's "order" doesn't match anything in their system, so in his view it breaches your guidelines because it isn't based on a genuine experience. He also mentioned that their solicitors wrote to you about it weeks ago and nobody has come back to them, which I think is the thing that's really annoying him.

I haven't promised him anything, and I told him I can't influence what happens to a review. But it would help to know where it stands: whether you already have it, and whether there's anything I can say about timing.

For context, I've got a catch-up with their MD on 3 November and they're reviewing their subscription in the new year, so I'd rather not go in blind.

Thanks a lot,
Hannah

Hannah Leroux
Account Manager, SMB UK
Trustpilot
5th Floor, The Minster Building, 21 Mincing Lane, London EC3R 7AG
""", email=mail("Hannah Leroux", "hannah.leroux@trustpilot.com",
                "Thornbury Glazing – review they want looked at again",
                "<CAHx7Wm2q0Lr9fThornbury1023@mail.gmail.com>", "2026-10-23T11:06:00+01:00",
                to="content-integrity@trustpilot.com", cc=["legal@trustpilot.com"]),
    kind="internal_escalation", name="Hannah Leroux", org="Trustpilot", mail="hannah.leroux@trustpilot.com",
    rep="Thornbury Glazing Ltd", urls=[f"https://uk.trustpilot.com/reviews/{R['thorn']}"], ids=[R["thorn"]],
    quotes=["Fitted the wrong size frames and then blamed us for measuring."],
    bases=["platform_guidelines"], case="CI-2026-0712",
    note="No deadline: 3 November is the sender's own meeting."))

# r08 — the data subject of CI-2026-0718 writes again, no reference
DOCS.append(doc("r08", "eml", "en", "2026-10-26", f"""
Hello,

I wrote to you on 2 October asking for my name to be removed from a review on the page of Pendle Valley Physiotherapy, where I worked until the summer. I got an automatic reply the same day saying someone would be in touch. Nobody has been.

The review is still there, still with my full name in it. For the avoidance of doubt it is review ID {R['ashworth']}, posted in August. The sentence is:

"Declan Ashworth was rough and dismissive and made my shoulder worse."

I am not a business and I don't have a profile on your site. I am a private individual, I have never been asked whether I agree to my name being published, and I object to it. Anyone who searches my name now finds this as the second result. I have applied for two jobs since leaving the clinic and I have no doubt at least one of the employers saw it.

I understand you have a month to respond to a request under data protection law, and I am not trying to jump the gun. But I am asking for something simple: take my name out, or hide the review, while you look at the rest. Please confirm by Friday 30 October that my name has been taken off. If I need to do anything else to make this happen, tell me what.

Declan Ashworth
07700 900 614
""", email=mail("Declan Ashworth", "declan.ashworth@fastmail.co.uk", "My name in a review - still waiting",
                "<1761472211.4417.declan@fastmail.co.uk>", "2026-10-26T20:43:00+00:00"),
    kind="data_request", name="Declan Ashworth", mail="declan.ashworth@fastmail.co.uk", ids=[R["ashworth"]],
    quotes=["Declan Ashworth was rough and dismissive and made my shoulder worse."],
    deadline="2026-10-30", basis="by Friday 30 October", bases=["data_protection"], case="CI-2026-0718",
    note="Party of an open case writing again with no reference (same address, same review id)."))

# r12 — US state regulator (outside UK/EU): civil investigative demand with a return-date field
DOCS.append(doc("r12", "pdf", "en", "2026-10-28", f"""
STATE OF COLORADO
DEPARTMENT OF LAW
Office of the Attorney General – Consumer Protection Section
Ralph L. Carr Colorado Judicial Center, 1300 Broadway, 7th Floor, Denver, CO 80203
(720) 555-0148 · m.vance-ortega@coag.gov

October 23, 2026

VIA EMAIL (legal@trustpilot.com) AND FEDEX

Trustpilot, Inc.
Attn: Legal Department

CIVIL INVESTIGATIVE DEMAND No. 2026-CP-0417
RETURN DATE: December 18, 2026

Re: Front Range Roofing & Gutters LLC

To the Custodian of Records:

The Consumer Protection Section is investigating whether Front Range Roofing & Gutters LLC, of Aurora, Colorado, has engaged in deceptive trade practices within the meaning of C.R.S. § 6-1-105, including by procuring or publishing fake consumer reviews. This demand is issued to Trustpilot under C.R.S. § 6-1-108 because the business maintains a profile on your platform at https://www.trustpilot.com/review/frontrangeroofing.com. Trustpilot is not the subject of this investigation.

Trustpilot is required to produce the following documents and information:

1. All reviews of the business published or removed since January 1, 2025, with the date and the reviewer's display name and country;
2. Any internal assessment of review activity on the profile, including any flag, warning or removal of reviews for suspected manipulation;
3. Correspondence between Trustpilot and the business concerning review invitations or removed reviews;
4. For review {R['colorado1']}, which the business cited in its advertising as "rated best roofer in Aurora by real homeowners", the account information of the reviewer.

Production may be made electronically. If you contend that any request is unclear or unduly burdensome, please contact me before the return date so that we may discuss it. Failure to comply may result in an application to the district court under C.R.S. § 6-1-109.

Sincerely,

Marisol Vance-Ortega
Senior Assistant Attorney General
Consumer Protection Section
Colorado Department of Law
""", kind="regulator", name="Marisol Vance-Ortega", org="Colorado Department of Law",
    mail="m.vance-ortega@coag.gov", theirs="2026-CP-0417",
    urls=["https://www.trustpilot.com/review/frontrangeroofing.com"], ids=[R["colorado1"]],
    deadline="2026-12-18", basis="RETURN DATE: December 18, 2026", bases=["consumer_law"],
    case="new:r-colorado-cid",
    note="The quoted slogan is the business's advertising, not content complained about: not a quoted statement."))

# r14 — DSA notice via web form, on behalf of the reporter's mother (named once)
DOCS.append(doc("r14", "txt", "en", "2026-10-29", f"""
TRUSTPILOT - REPORT ILLEGAL CONTENT (EU/EEA)
Notice under Article 16 of the Digital Services Act (Regulation (EU) 2022/2065)
------------------------------------------------------------

Submitted: 28/10/2026 23:12 (GMT)
Reference shown to the notifier: none

1. ABOUT YOU
Name: Siobhán Daly
Email: siobhan.daly.dingle@eircom.net
Organisation: (none)
Country: Ireland
Reporting on behalf of someone else? Yes - my mother, Maureen Daly, owner of Cuas na Mara B&B

2. THE CONTENT
URL: https://ie.trustpilot.com/reviews/{R['tt_mother']}
Category: Personal data / doxxing; Harassment

3. EXPLANATION
My mother is 74 and runs a three-room B&B from her own house outside Dingle. A man who stayed in September and was refused a refund for a night he cancelled on the day has posted this. It is not a review of the B&B. It gives her mobile number in full, says which door is never locked, and says:

"Anyone who wants their money back can just call round to the old woman, she's always on her own."

It also calls her "a thief and a liar", which is not true and which she is very upset by.

Publishing her phone number and where she is alone is unlawful processing of her personal data under the GDPR and puts her at risk. She has had three silent calls since Sunday. I am asking that the review is removed. We have also spoken to the Gardaí in Dingle.

4. DECLARATION
[x] I confirm in good faith that the information in this notice is accurate and complete.

Typed signature: Siobhán Daly

------------------------------------------------------------
This is a copy of your notice. We will inform you of our decision.
""", kind="illegal_content_notice", name="Siobhán Daly", mail="siobhan.daly.dingle@eircom.net",
    rep="Maureen Daly", urls=[f"https://ie.trustpilot.com/reviews/{R['tt_mother']}"], ids=[R["tt_mother"]],
    quotes=["Anyone who wants their money back can just call round to the old woman, she's always on her own."],
    bases=["dsa", "data_protection", "harassment"], case="new:r-daly",
    note="'a thief and a liar' is a fragment, not a sentence quoted: left out of quoted_statements."))

# r16 — Quayle Denton again for Northmoor (CI-2026-0771) "further to our letter of 29 September"
DOCS.append(doc("r16", "docx", "en", "2026-11-02", f"""
QUAYLE DENTON SOLICITORS
3 Dalton Square, Lancaster LA1 1PP
Tel 01632 960377 · www.quayledenton.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

By email: legal@trustpilot.com

Our ref: LO/NOR/1964
30 October 2026

Dear Sirs

Northmoor Care Homes Ltd – Alder Bank House

We write further to our letter of 29 September 2026, sent to you by email, concerning the review of our client's residential home Alder Bank House published at https://uk.trustpilot.com/reviews/{R['northmoor']}.

Apart from an automated acknowledgement, we have had no response. The review remains online, and in the month since our letter it has been viewed, according to our client's dashboard, more than 1,100 times.

As we explained, the review alleges that "Residents at Alder Bank are left in soiled sheets for hours because the night staff are asleep." This is a specific allegation of neglect of vulnerable adults. It is false. Alder Bank House was inspected by the Care Quality Commission in July 2026 and rated Good in every domain, and our client's night-time records, which we can make available to you on a confidential basis, show that hourly checks were carried out throughout the period the author describes.

An allegation of this kind is plainly defamatory of our client and has caused it serious harm: two families have since withdrawn applications for places, citing the review.

Our client requires you to remove the review within 14 days of receipt of this letter. Please acknowledge receipt by return. If you consider that you need further information in order to reach a decision, please tell us now rather than at the end of that period.

Yours faithfully

Lucy Okonjo
Associate Solicitor
Quayle Denton Solicitors
l.okonjo@quayledenton.co.uk
""", kind="legal_demand", name="Lucy Okonjo", org="Quayle Denton Solicitors", mail="l.okonjo@quayledenton.co.uk",
    rep="Northmoor Care Homes Ltd", theirs="LO/NOR/1964",
    urls=[f"https://uk.trustpilot.com/reviews/{R['northmoor']}"], ids=[R["northmoor"]],
    quotes=["Residents at Alder Bank are left in soiled sheets for hours because the night staff are asleep."],
    deadline=plus_days("2026-11-02", 14), basis="within 14 days of receipt of this letter",
    bases=["defamation"], case="CI-2026-0771",
    note="Links by the sender's earlier letter (29 September), client and review; their ref is new to the case."))

# r18 — business appeal, our reference only in the subject of a reply
DOCS.append(doc("r18", "eml", "en", "2026-11-03", f"""
Hello,

Thank you for getting back to me, although I have to say your email leaves me none the wiser.

You say the consumer warning on our profile (https://uk.trustpilot.com/review/ravensworthlettings.co.uk) was placed because your systems detected "a pattern consistent with incentivised reviews". We have never offered anything to anyone for a review. What we did do, in August, was put a QR code on the checkout paperwork that tenants sign when they leave a property, inviting them to review us. Several tenants used it the same afternoon because we had twelve move-outs at the end of the academic year. That is the "pattern".

I have attached nothing because I don't know what you want to see. Tell me and you'll have it. I can send the checkout forms, our tenancy records and the wording of the QR card, which says nothing about any reward.

The warning is doing us real damage. It sits at the top of our page telling students and parents we may have manipulated our reviews, in the busiest letting season of the year.

I'd like the warning lifted, or at the very least a proper explanation of what you found, by close of play on the 13th. If that isn't possible, I'd like to speak to someone more senior.

Ailsa McBride MARLA
Director
Ravensworth Lettings Ltd
14 Cross Lane, Durham DH1 4JT
0191 496 0233

On Fri, 30 Oct 2026 at 14:22, Trustpilot Content Integrity <content-integrity@trustpilot.com> wrote:
> Dear Ms McBride,
>
> Thank you for your message. We have reviewed the consumer warning on your profile. Our systems detected a pattern consistent with incentivised reviews, and the warning will remain in place for the time being.
>
> Kind regards,
> Content Integrity Team
""", email=mail("Ailsa McBride", "ailsa.mcbride@ravensworthlettings.co.uk",
                "RE: [CI-2026-0746] Consumer warning on your Trustpilot profile",
                "<DU0PR06MB8847A1B2C3D4E5F6@DU0PR06MB8847.eurprd06.prod.outlook.com>",
                "2026-11-03T09:31:00+00:00", to="content-integrity@trustpilot.com",
                in_reply_to="<20261030142210.CI-2026-0746.8812@mail.trustpilot.com>",
                references=["<20261030142210.CI-2026-0746.8812@mail.trustpilot.com>"]),
    kind="business_appeal", name="Ailsa McBride", org="Ravensworth Lettings Ltd",
    mail="ailsa.mcbride@ravensworthlettings.co.uk", ours="CI-2026-0746",
    urls=["https://uk.trustpilot.com/review/ravensworthlettings.co.uk"],
    deadline="2026-11-13", basis="by close of play on the 13th", bases=["platform_guidelines"],
    case="CI-2026-0746",
    note="Our reference is only in the subject line; the quoted phrase is ours, not content complained about."))
