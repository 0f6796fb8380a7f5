"""English documents of corpus-u."""
from common import R, doc, mail, plus_days, plus_one_month, plus_working_days

UK = "https://uk.trustpilot.com/reviews/"
DOCS = []
add = DOCS.append

# --------------------------------------------------------------------------- u01  follow-up CI-0412
add(doc("u01", "pdf", "en", "2026-11-10", f"""
MARCHBANK DOYLE LLP
Solicitors & Media Lawyers
4th Floor, 27 Whitworth Street West, Manchester M1 5ND
T +44 161 496 0732 · www.marchbankdoyle.co.uk

Trustpilot A/S
Legal Department
Pilestræde 58, 5th floor
1112 Copenhagen K
Denmark

By email (legal@trustpilot.com) and by post

Our ref: TD/HAR/0419-3
Your ref: CI/2026/0412
Direct line: 0161 496 0745
Email: t.doyle@marchbankdoyle.co.uk

9 November 2026

Dear Sirs

Our client: Hartwell Bathrooms Ltd
Review published at {UK}{R['hartwell']}

We refer to our letter of 14 October 2026 and to your acknowledgement of 16 October 2026, in which you told us that the matter had been given the above reference and that the review had been "placed under investigation".

Our letter required the review to be removed by 28 October 2026. That date has passed. The review remains visible, and our client continues to receive calls from prospective customers who have read it. We remind you that the review states, among other things:

"Hartwell left us without a working toilet for three weeks and then invoiced us for the privilege."

"Their so-called plumber admitted he wasn't qualified and the whole job had to be redone by Gas Safe engineers."

Both statements are false. Our client's job sheets show that the works at the reviewer's property were completed within nine working days, and the engineer concerned has held Gas Safe registration since 2019. We enclose a copy of his registration card. The allegation that he admitted to being unqualified is a fabrication which imputes unlawful conduct to our client's employee and professional incompetence to our client.

The statements are defamatory of our client and have caused, and are likely to cause, serious financial loss within the meaning of section 1(2) of the Defamation Act 2013. They also amount to malicious falsehood: the reviewer was told in writing on 2 October 2026 that the engineer's registration was current, and published the review regardless.

We are not prepared to allow this matter to drift any further. Unless we receive written confirmation that the review has been taken down by no later than 4.00 pm (GMT) on Friday, the 20th of November 2026, we are instructed to issue proceedings against your company without further notice and to seek our client's costs of doing so.

Nothing in this letter is to be taken as a waiver of any of our client's rights, all of which are expressly reserved.

Yours faithfully

Tobias Doyle LLB (Hons)
Partner
for and on behalf of Marchbank Doyle LLP

Enc.
""", kind="legal_demand", name="Tobias Doyle", org="Marchbank Doyle LLP", mail="t.doyle@marchbankdoyle.co.uk",
    rep="Hartwell Bathrooms Ltd", theirs="TD/HAR/0419-3", ours="CI-2026-0412",
    urls=[UK + R["hartwell"]], ids=[R["hartwell"]],
    quotes=["Hartwell left us without a working toilet for three weeks and then invoiced us for the privilege.",
            "Their so-called plumber admitted he wasn't qualified and the whole job had to be redone by Gas Safe engineers."],
    deadline="2026-11-20", basis="by no later than 4.00 pm (GMT) on Friday, the 20th of November 2026",
    bases=["defamation", "malicious_falsehood"], case="CI-2026-0412",
    note="follow-up, our ref spelled CI/2026/0412; recalls the old 28 October date (decoy)"))

# --------------------------------------------------------------------------- u02  reviewer of the CI-0412 review
add(doc("u02", "eml", "en", "2026-11-12", f"""
Hello,

I left a review of Hartwell Bathrooms in September after they refitted our bathroom in Stockport. Today I got an email from you saying my review "has been temporarily hidden while we assess a report", and when I click the link it just says the page isn't available:

{UK}{R['hartwell']}

I want to appeal this. Everything I wrote is true and I can prove it. We were without a working toilet for most of three weeks (I have the WhatsApp messages with their office where I asked every single day when someone would come back), and the man they sent to connect the new boiler told my husband himself that he wasn't really a gas engineer. We had to pay a Gas Safe engineer £340 to come out and check it afterwards and I have his invoice and his report.

I'm guessing Hartwell have complained about me. They already sent me a letter in October telling me to take it down or they would take further action, which honestly felt like bullying. I didn't reply because I didn't think I had done anything wrong. Writing an honest review about a bad experience is surely the whole point of your website.

Please can you tell me what I need to send you and who I should send it to? I'm happy to provide the messages, the invoice from the other engineer and photos of the bathroom as it was left. I would also like to know what exactly they are saying is untrue, because nobody has told me.

I'd really like my review put back up.

Thanks,
Rebecca Hollins
""", email=mail("Becky Hollins", "becky.hollins@hollinsfamily.me.uk", "My review of Hartwell Bathrooms has disappeared",
               "<CAF8hQx1N0pW3r@mail.hollinsfamily.me.uk>", "2026-11-12T21:47:00+00:00", to="support@trustpilot.com",
               cc=["legal@trustpilot.com"]),
    kind="consumer_appeal", name="Rebecca Hollins", org=None, mail="becky.hollins@hollinsfamily.me.uk",
    urls=[UK + R["hartwell"]], ids=[R["hartwell"]], case="CI-2026-0412",
    note="different party (the reviewer) writing about the review of an open case; From name differs from signature"))

# --------------------------------------------------------------------------- u11  thread reply, CI-0409, no ref / no review id
add(doc("u11", "eml", "en", "2026-11-03", """
Hi,

Thanks for getting back to me, but I'm afraid I don't accept the explanation.

You say my review was removed because it contains personal information. The only name in it is the first name of the letting agent who dealt with us, and she gave us that name herself and signed every email with it. I didn't give her surname, her address or her phone number or anything like that. Your own guidelines say that reviewers can talk about the staff they dealt with, and I've seen plenty of other reviews on your site that name staff members, including several positive ones about the same agency that are still up.

If the problem really is just the name, I'm willing to edit the review and take the name out. But I don't want the rest of it changed. Our deposit was held back for eleven weeks and in the end we only got it back because we went to the deposit protection scheme, and I think other tenants deserve to know that before they sign anything.

Could you either reinstate the review with the name removed, or let me edit it myself? I can't see any option to edit it in my account at the moment, it just shows as "Removed".

Regards
Gareth Pryce

On Tue, 27 Oct 2026 at 15:02, Trustpilot Content Integrity <legal@trustpilot.com> wrote:
> Dear Gareth,
>
> Thank you for your message about your review of Severn Valley Lettings.
>
> Having looked at the review again, we have decided that it should remain removed, because it contains personal information about an individual employee.
>
> Kind regards,
> Content Integrity Team
""", email=mail("Gareth Pryce", "g.pryce@pryce-family.net", "Re: Your review of Severn Valley Lettings",
               "<CAJp9x2Lr7QmVt0f@mail.pryce-family.net>", "2026-11-03T07:58:00+00:00",
               in_reply_to="<CI-2026-0409.20261027.150212@mail.trustpilot.com>",
               references=["<CAJp9x2Lr7QmVt0e@mail.pryce-family.net>",
                           "<CI-2026-0409.20261027.150212@mail.trustpilot.com>"]),
    kind="consumer_appeal", name="Gareth Pryce", mail="g.pryce@pryce-family.net",
    bases=["platform_guidelines"], case="CI-2026-0409",
    note="thread reply: only In-Reply-To/References and sender address link it"))

# --------------------------------------------------------------------------- u13  internal escalation, CI-0437
add(doc("u13", "eml", "en", "2026-11-17", f"""
Hi all,

Picking this up from Lucy's thread, as it has now reached me directly via Brightwater's CEO. I'm meeting him at their renewal review on 26 November and would like to go in with a clear answer.

Quick recap for anyone new to it (our ref CI2026-0437): Brightwater Insurance Services Ltd is one of our larger UK Advanced-plan customers, renewal value just under £48k. Since mid-October they have had a run of 1-star reviews which they are convinced come from staff at a competing broker. Lucy flagged two of them on 29 October:

{UK}{R['bw1']}
{UK}{R['bw2']}

A third one went up on Saturday, review ID {R['bw3']}, and it uses almost exactly the same wording as the first:

"They cancelled my policy the day before my claim and kept the premium."

Brightwater say they have no record of any of the three reviewers as customers, and that one of the reviewer names matches a sales manager at the competitor on LinkedIn. I haven't checked that myself and obviously don't want to make accusations, but if these are competitor reviews they are plainly against our own guidelines and I'd expect us to act.

What I need from Legal:
1. Is there anything that stops us removing these now, given the evidence the customer has sent?
2. If not, what exactly do we need from Brightwater to make a decision?
3. Anything I should avoid saying in the meeting?

Can we get a view by Wed 25 Nov? Happy to jump on a call before then.

Thanks,
Daniel

Daniel Whitcombe
VP Sales, UK & Ireland
Trustpilot
daniel.whitcombe@trustpilot.com
""", email=mail("Daniel Whitcombe", "daniel.whitcombe@trustpilot.com",
               "Re: Brightwater Insurance - suspected competitor reviews", "<CAKq7vV3mT9xLp2=Yd8Fz0rX@mail.gmail.com>",
               "2026-11-17T11:20:00+00:00", cc=["lucy.okonkwo@trustpilot.com"],
               in_reply_to="<CAKq7vV3mT9xLp2=Yd8Fz0rW@mail.gmail.com>",
               references=["<CAKq7vV3mT9xLp2=Yd8Fz0rW@mail.gmail.com>"]),
    kind="internal_escalation", name="Daniel Whitcombe", org="Trustpilot", mail="daniel.whitcombe@trustpilot.com",
    rep="Brightwater Insurance Services Ltd", ours="CI-2026-0437",
    urls=[UK + R["bw1"], UK + R["bw2"]], ids=[R["bw1"], R["bw2"], R["bw3"]],
    quotes=["They cancelled my policy the day before my claim and kept the premium."],
    deadline="2026-11-25", basis="by Wed 25 Nov", bases=["platform_guidelines"], case="CI-2026-0437",
    note="26 November renewal meeting is a decoy date; deadline date without a year"))

# --------------------------------------------------------------------------- u14  the customer itself, CI-0437, html-only
add(doc("u14", "eml", "en", "2026-11-19", f"""
Dear Trustpilot Legal Team,

Our account manager, Lucy Okonkwo, has told us that our concerns about a series of reviews on our profile have been passed to you, so I am writing to you directly to set out our position.

Over the past five weeks we have reported six reviews on https://uk.trustpilot.com/review/brightwaterinsurance.co.uk through the business portal as not being based on a genuine experience. Every report has been rejected with the same standard message, "we did not find a breach of our guidelines". We do not understand how that conclusion can have been reached, since reviews that are not based on a genuine experience are against your own guidelines. None of the six reviewers appears anywhere in our policy administration system, and we hold every policy we have sold since 2011.

The most recent example is {UK}{R['bw2']}?utm_medium=email&utm_source=business_notification which describes a claim on a motor policy. We do not sell motor insurance.

We are a regulated firm. Since April 2025 posting or commissioning fake reviews has been banned outright under the Digital Markets, Competition and Consumers Act 2024, and we would expect a platform of your size to take that seriously when it is presented with evidence. We have offered to share our customer records with you under a confidentiality agreement and are still waiting for an answer.

We would ask you to review the rejected reports again, this time with a person looking at the evidence rather than an automated process, and to tell us what further information you require.

We would appreciate a swift response.

Kind regards,

Fiona Marsh
Operations Director
Brightwater Insurance Services Ltd
Authorised and regulated by the Financial Conduct Authority
fiona.marsh@brightwaterinsurance.co.uk | 0117 496 0281
""", email=mail("Brightwater Insurance", "info@brightwaterinsurance.co.uk", "Rejected reports - request for review",
               "<0102019a3c4e5f6a-brightwater-7731@email.brightwaterinsurance.co.uk>", "2026-11-19T09:03:00+00:00",
               html_only=True),
    kind="business_appeal", name="Fiona Marsh", org="Brightwater Insurance Services Ltd",
    mail="fiona.marsh@brightwaterinsurance.co.uk",
    urls=["https://uk.trustpilot.com/review/brightwaterinsurance.co.uk",
          f"{UK}{R['bw2']}?utm_medium=email&utm_source=business_notification"],
    ids=[R["bw2"]], bases=["platform_guidelines", "consumer_law"], case="CI-2026-0437",
    note="customer of the open case writes without our reference; From is a generic mailbox"))

# --------------------------------------------------------------------------- u17  High Court order, CI-0427
add(doc("u17", "pdf", "en", "2026-11-26", f"""
IN THE HIGH COURT OF JUSTICE
KING'S BENCH DIVISION
MEDIA AND COMMUNICATIONS LIST

Claim No: KB-2026-003417

BETWEEN:

KESTREL FENCING LIMITED
Applicant

- and -

TRUSTPILOT A/S
Respondent

ORDER FOR DISCLOSURE (NORWICH PHARMACAL)

PENAL NOTICE
IF YOU, TRUSTPILOT A/S, DISOBEY THIS ORDER YOU MAY BE HELD IN CONTEMPT OF COURT AND YOUR DIRECTORS MAY BE IMPRISONED, FINED OR HAVE YOUR ASSETS SEIZED.

UPON the Applicant's application notice dated 2 November 2026

AND UPON hearing Counsel for the Applicant, the Respondent not attending, having been notified of the hearing and having stated in writing on 12 November 2026 that it neither consented to nor opposed the application

AND UPON reading the witness statements of Gavin Reeve dated 30 October 2026 and of Mariam Quince dated 2 November 2026

IT IS ORDERED THAT:

1. The Respondent shall, within 14 days of service of this Order, disclose to the Applicant's solicitors, Alder Quince Solicitors LLP, the following information in its possession or control relating to the user account that published the review at {UK}{R['kestrel']} (the "Review"):
(a) the name and email address registered to the account;
(b) the IP addresses from which the Review was posted and from which the account was created, with the dates and times of each;
(c) any telephone number associated with the account.

2. The information disclosed under paragraph 1 shall be used by the Applicant only for the purpose of bringing proceedings in respect of the Review, which includes the statements "Kestrel are running a scam on pensioners, charging triple and threatening them when they complain." and "The owner has a conviction for fraud.", and for no other purpose without the permission of the Court.

3. The Respondent shall preserve all data falling within paragraph 1 until the final determination of any such proceedings or further order.

4. The Applicant shall pay the Respondent's reasonable costs of complying with this Order, to be assessed if not agreed.

5. The Respondent and the author of the Review have liberty to apply to vary or discharge this Order on 48 hours' written notice to the Applicant's solicitors.

6. The application is listed for a further review hearing on 15 January 2027 at 10.30 am, time estimate 30 minutes. Costs reserved to that hearing.

Dated 19 November 2026
""", kind="court_order", name=None, org="High Court of Justice, King's Bench Division", mail=None,
    rep="Kestrel Fencing Limited", theirs="KB-2026-003417",
    urls=[UK + R["kestrel"]], ids=[R["kestrel"]],
    quotes=["Kestrel are running a scam on pensioners, charging triple and threatening them when they complain.",
            "The owner has a conviction for fraud."],
    deadline=plus_days("2026-11-26", 14), basis="within 14 days of service of this Order",
    bases=["court_order"], case="CI-2026-0427",
    note="served on receipt; the 15 January 2027 hearing is not a deadline; no judge named, so sender_name null"))

# --------------------------------------------------------------------------- u18  reviewer objects, CI-0427
add(doc("u18", "eml", "en", "2026-12-02", f"""
Dear Trustpilot Legal,

I received your email of 27 November telling me that Kestrel Fencing has obtained a court order requiring you to hand over my name, email address and IP addresses in connection with my review (review ID {R['kestrel']}).

I want to formally object to the disclosure of my personal data under Article 21 of the UK GDPR. I also ask you, under Article 15, for a copy of all the personal data you hold about me, including whatever you have already sent, or intend to send, to Kestrel or to their solicitors.

I stand by my review. Kestrel quoted my late father £2,100 for a job that two other firms priced at under £800, and when he refused to pay the balance their owner turned up at his door twice. I accept that the part of my review about the owner's criminal record was based on what a neighbour told me and that I cannot prove it, and I am happy for that sentence to be removed. The rest is true and I have the quotes and my father's notes.

I was not told about the court hearing and I was not given any chance to object before the order was made. I would like to know whether it is still possible for me to make representations to the court, and whether you intend to comply before I have had the opportunity to do so.

Please respond within one month, as Article 12(3) requires. In the meantime please confirm that you will not disclose anything while my objection is being considered.

Yours faithfully,

Alan Brierley
12 Cavendish Row
Buxton SK17 6XJ
""", email=mail("Alan Brierley", "alan.brierley@brierley-home.org.uk",
               "Court order about my review - objection to disclosure of my details",
               "<5d1e2c9a-0b7f-4e3a-a1c2-brierley@brierley-home.org.uk>", "2026-12-02T18:26:00+00:00"),
    kind="data_request", name="Alan Brierley", mail="alan.brierley@brierley-home.org.uk",
    ids=[R["kestrel"]], deadline=plus_one_month("2026-12-02"), basis="within one month",
    bases=["data_protection"], case="CI-2026-0427",
    note="the author of the review in an open case; GDPR objection + access"))

# --------------------------------------------------------------------------- u21  ICO follow-up, CI-0424
add(doc("u21", "pdf", "en", "2026-12-03", """
Information Commissioner's Office
Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF
T. 0303 123 1113 · ico.org.uk

Trustpilot A/S
Data Protection Officer
Pilestræde 58
1112 Copenhagen K
Denmark

1 December 2026

Case reference: IC-418273-K9P2
Your reference: CI-2026-0424

Dear Data Protection Officer

Complaint from Mr Owen Tranter

Thank you for your letter of 12 November 2026 responding to our initial enquiries about Mr Tranter's complaint.

You explained that Mr Tranter's request of 21 August 2026 to erase his reviewer account was actioned on 3 September 2026, and that the reviews he had written were anonymised rather than deleted. Mr Tranter has since provided us with screenshots taken on 18 November 2026 which appear to show two of his reviews still displaying his first name, the town where he lives and a profile photograph. He has also told us that he received a marketing email from your company on 9 November 2026, more than two months after his account was closed.

We would be grateful if you would respond to the following points:

1. Please explain why the reviews shown in Mr Tranter's screenshots continued to display his name and image after his account was erased, and confirm what steps you have now taken.

2. Please explain what personal data you retained about Mr Tranter following the erasure request, the lawful basis for retaining it and the retention period that applies.

3. Please explain why Mr Tranter continued to receive marketing emails, and confirm that his email address has been added to a suppression list.

4. Please provide a copy of your erasure procedure for reviewer accounts as it applied in August and September 2026.

Please respond within 20 working days of the date of this letter. If you are unable to meet this timescale, please let me know as soon as possible.

We have not made a decision on whether your company has complied with its obligations under the UK GDPR. We will consider your response before deciding what, if any, further action is appropriate.

Yours sincerely

Sarah Bellingham
Case Officer
Public Advice and Data Protection Complaints Service
sarah.bellingham@ico.org.uk
""", kind="regulator", name="Sarah Bellingham", org="Information Commissioner's Office",
    mail="sarah.bellingham@ico.org.uk", theirs="IC-418273-K9P2", ours="CI-2026-0424",
    deadline=plus_working_days("2026-12-01", 20, "GB", "ENG"), basis="within 20 working days of the date of this letter",
    bases=["data_protection"], case="CI-2026-0424",
    note="20 working days skip 25 and 28 December (Boxing Day substitute)"))

# --------------------------------------------------------------------------- u22  LOOK-ALIKE: same firm, other client
add(doc("u22", "pdf", "en", "2026-11-09", f"""
MARCHBANK DOYLE LLP
Solicitors & Media Lawyers
4th Floor, 27 Whitworth Street West, Manchester M1 5ND
T +44 161 496 0732 · www.marchbankdoyle.co.uk

Trustpilot A/S
Pilestræde 58, 5th floor
1112 Copenhagen K
Denmark

By email only: legal@trustpilot.com

Our ref: TD/ORV/0533-1
Date: 6 November 2026

Dear Sir or Madam

Orchard Vale Care Homes Ltd – review posted on 29 October 2026

We act for Orchard Vale Care Homes Ltd, which operates three registered residential care homes in Cheshire, including Orchard Vale House in Knutsford.

On 29 October 2026 a review was posted on your platform at:

{UK}{R['orchard']}

The reviewer, who uses the name "ConcernedDaughter", writes:

"Staff at Orchard Vale House left my mother in soiled bedding for two days and laughed when I complained."

"The manager has been reported to the CQC twice for covering up falls."

Our client has investigated both allegations thoroughly. Its records, including two-hourly care logs countersigned by the nurse in charge, show that no resident was left unattended in the manner described. The manager of Orchard Vale House has never been the subject of a report to the Care Quality Commission, and the Commission's most recent inspection, published in June 2026, rated the home "Good" in every key question.

The statements are plainly defamatory. They allege the neglect of vulnerable residents and dishonest conduct by an identifiable individual, and they are likely to cause serious harm to our client's reputation, including the loss of placements from local authorities and families. Our client is also concerned that the review may be one of several posted by the same person under different names, which would be contrary to your own guidelines.

We therefore ask you to remove the review within 7 days of receipt of this letter and to confirm to us in writing that you have done so. We also ask you to preserve all data relating to the account which posted it.

Our client reserves all of its rights.

Yours faithfully

Tobias Doyle LLB (Hons)
Partner
Marchbank Doyle LLP
t.doyle@marchbankdoyle.co.uk
""", kind="legal_demand", name="Tobias Doyle", org="Marchbank Doyle LLP", mail="t.doyle@marchbankdoyle.co.uk",
    rep="Orchard Vale Care Homes Ltd", theirs="TD/ORV/0533-1", urls=[UK + R["orchard"]], ids=[R["orchard"]],
    quotes=["Staff at Orchard Vale House left my mother in soiled bedding for two days and laughed when I complained.",
            "The manager has been reported to the CQC twice for covering up falls."],
    deadline=plus_days("2026-11-09", 7), basis="within 7 days of receipt of this letter",
    bases=["defamation", "platform_guidelines"], case="new:orchard-vale",
    note="LOOK-ALIKE: same firm and same partner as open CI-2026-0412, different client"))

# --------------------------------------------------------------------------- u23  follow-up new:orchard-vale, sent by secretary
add(doc("u23", "eml", "en", "2026-11-23", f"""
Sent on behalf of Tobias Doyle, who is in court today.

Dear Sirs

Orchard Vale Care Homes Ltd

We refer to our letter dated 6 November 2026, sent to you by email on the same day, concerning the review at {UK}{R['orchard']}.

We have had no substantive response, only an automated acknowledgment. The 7-day period set out in our letter expired on 16 November 2026 and the review remains online.

Since our letter a second review has appeared on our client's profile. It was posted on 17 November 2026 by a user calling themselves "J. Harper" and repeats, almost word for word, the defamatory allegation about the Care Quality Commission. Our client believes, for reasons we will explain separately, that it was written by the same person. That review is at {UK}{R['orchard2']}.

Given the nature of these allegations, which concern the care of elderly and vulnerable residents, every further day that the reviews remain online causes our client real and continuing harm, and distress to the families of current residents who have seen them.

We require you to remove both reviews immediately and to confirm that you have done so.

If we do not hear from you, our client will apply to the court without further notice to you.

Yours faithfully

Tobias Doyle
Partner
Marchbank Doyle LLP

Marchbank Doyle LLP is authorised and regulated by the Solicitors Regulation Authority (SRA no. 804417). This email and any attachments are confidential and may be privileged.
""", email=mail("Nadia Osei", "n.osei@marchbankdoyle.co.uk",
               "Orchard Vale Care Homes Ltd - our ref TD/ORV/0533-1 - URGENT",
               "<AM9PR04MB7731C2E1F0A1B2C3D4E5@AM9PR04MB7731.eurprd04.prod.outlook.com>",
               "2026-11-23T10:41:00+00:00"),
    kind="legal_demand", name="Tobias Doyle", org="Marchbank Doyle LLP", mail="n.osei@marchbankdoyle.co.uk",
    rep="Orchard Vale Care Homes Ltd", theirs="TD/ORV/0533-1",
    urls=[UK + R["orchard"], UK + R["orchard2"]], ids=[R["orchard"], R["orchard2"]],
    bases=["defamation"], case="new:orchard-vale",
    note="reference only in subject; signer gives no own address so sender_email is the From (secretary); "
         "'immediately' while recalling the expired 16 November date -> no deadline"))

# --------------------------------------------------------------------------- u25  LOOK-ALIKE: party of closed CI-0341, new matter
add(doc("u25", "eml", "en", "2026-11-16", f"""
Hello,

I'm one of the directors of Pellow Carpets in Truro. I'm writing about a review posted on our page on 2 November by someone calling themselves "Dave T":

{UK}{R['pellow_new']}

We have reported this review through the business portal three times now as not being based on a genuine experience, and each time we've had the same automated reply saying it doesn't breach your guidelines. But it can't be a genuine experience. The review says:

"Ordered a wool twist for my lounge in September, paid in full, and two months on I'm still waiting."

We don't stock any wool twist carpet at all (we stopped selling wool in 2024), we have no customer with that name or anything like it, and we've been through every order since the spring. We also never take full payment upfront, only a 20% deposit, which is on our website and on every quote we send.

I did message the reviewer through your platform asking them to get in touch with an order number, and got nothing back.

I appreciate you can't just take our word for everything, but we're a small family business and one fake 1-star review makes a real difference to us at this time of year. Could someone please actually look at this one rather than sending it through the automatic process again? I'm very happy to send you our order book or anything else you need.

Thanks,

Jenna Pellow
Director, Pellow Carpets Ltd
01872 555 019
""", email=mail("Jenna Pellow", "jenna@pellowcarpets.co.uk", "Review reported 3 times and still up - please look again",
               "<20261116084412.3f9a@pellowcarpets.co.uk>", "2026-11-16T08:44:00+00:00"),
    kind="business_appeal", name="Jenna Pellow", org="Pellow Carpets Ltd", mail="jenna@pellowcarpets.co.uk",
    urls=[UK + R["pellow_new"]], ids=[R["pellow_new"]],
    quotes=["Ordered a wool twist for my lounge in September, paid in full, and two months on I'm still waiting."],
    bases=["platform_guidelines"], case="new:pellow-2",
    note="LOOK-ALIKE: party of closed CI-2026-0341, new review, new matter"))

# --------------------------------------------------------------------------- u28  CMA
add(doc("u28", "pdf", "en", "2026-11-02", f"""
Competition and Markets Authority
The Cabot, 25 Cabot Square, London E14 4QZ
www.gov.uk/cma

Trustpilot A/S
FAO: Legal Department
Pilestræde 58
1112 Copenhagen K
Denmark

Our reference: CMA/CPE/2026/0147
30 October 2026

Dear Sir or Madam

Request for information – consumer reviews of Lumen Drive Tutors Ltd

The Competition and Markets Authority (CMA) is gathering information about potentially unlawful practices relating to consumer reviews of driving instruction services. We are writing to you because a number of reviews of Lumen Drive Tutors Ltd published on your platform have been brought to our attention.

Since 6 April 2025 the Digital Markets, Competition and Consumers Act 2024 has prohibited the submission, commissioning and facilitation of fake consumer reviews, and the publication of consumer reviews in a misleading way. The information we have received suggests that between July and September 2026 a large number of five-star reviews appeared on the profile at https://uk.trustpilot.com/review/lumendrivetutors.co.uk, many of them posted within minutes of each other and several apparently written in the same style. One example is the review at {UK}{R['cma1']}, which reads in full:

"Best instructor in Bristol, passed first time, couldn't recommend Lumen more!!"

At this stage this is a voluntary request and we have not reached any view on whether the law has been infringed by any party. We would be grateful if you could provide:

1. the number of reviews of Lumen Drive Tutors Ltd published, flagged and removed by month since 1 January 2026;
2. details of any action taken on the profile, including warnings displayed to consumers;
3. whether your systems identified any links between the accounts that posted reviews of Lumen Drive Tutors Ltd, and what action followed.

Please provide your response by 17:00 (UK time) on 20 November 2026. If you expect any difficulty in meeting that timetable, please contact me before 13 November 2026 so that we can discuss it.

Yours faithfully

Dr Eleanor Whitfield
Assistant Director, Consumer Protection Enforcement
Competition and Markets Authority
eleanor.whitfield@cma.gov.uk
""", kind="regulator", name="Eleanor Whitfield", org="Competition and Markets Authority",
    mail="eleanor.whitfield@cma.gov.uk", theirs="CMA/CPE/2026/0147",
    urls=["https://uk.trustpilot.com/review/lumendrivetutors.co.uk", UK + R["cma1"]], ids=[R["cma1"]],
    quotes=["Best instructor in Bristol, passed first time, couldn't recommend Lumen more!!"],
    deadline="2026-11-20", basis="by 17:00 (UK time) on 20 November 2026", bases=["consumer_law"],
    case="new:cma-lumen", note="13 November is a conditional contact date, not the deadline"))

# --------------------------------------------------------------------------- u32  SAR via solicitor, client named once
add(doc("u32", "pdf", "en", "2026-11-30", """
JARVIS McCLEAN SOLICITORS
3 Park Place, Cardiff CF10 3DP
Tel: 029 2049 7710 · www.jarvismcclean.co.uk

Data Protection Officer
Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Our Ref: JMc/RK 0193/SAR
Date: 26 November 2026

Dear Data Protection Officer

Subject access request – Article 15 UK GDPR

We act for Ms Rhiannon Keogh ("our client") and enclose her signed form of authority and a copy of her passport.

Our client held a reviewer account on your platform, registered to the address rk.reviews@pm-mail.net, with the public profile https://uk.trustpilot.com/users/6b87050747e2c4eaa7e4ff33. On 4 November 2026 the account was suspended without explanation and the reviews she had written were removed. Her attempts to obtain an explanation through your help centre produced only automated replies.

On our client's behalf we request, under Article 15 of the UK GDPR, a copy of all personal data you hold about her, together with the information listed in Article 15(1), including in particular:

1. all records relating to the suspension of the account, including internal notes, the outcome of any automated assessment and the identity or role of any person who reviewed the decision;
2. all reports or complaints made about our client or about any review she wrote, including the identity of the person or business who made them, insofar as that information concerns her;
3. all IP addresses, device identifiers and log data associated with the account;
4. the source of any personal data which you did not obtain from our client.

Please also confirm whether any decision about the account was taken solely by automated means within the meaning of Article 22, and if so provide meaningful information about the logic involved.

We look forward to receiving your response within one month of receipt of this letter. Please send it to this office, quoting our reference.

Yours faithfully

Joseph McClean LLB
Solicitor
Jarvis McClean Solicitors
j.mcclean@jarvismcclean.co.uk
""", kind="data_request", name="Joseph McClean", org="Jarvis McClean Solicitors", mail="j.mcclean@jarvismcclean.co.uk",
    rep="Rhiannon Keogh", theirs="JMc/RK 0193/SAR",
    deadline=plus_one_month("2026-11-30"), basis="within one month of receipt of this letter",
    bases=["data_protection"], case="new:keogh-sar",
    note="client named once; the /users/ profile id is not a review id and the profile is not a cited review/business URL; "
         "the client's address is not the sender's email"))

# --------------------------------------------------------------------------- u34  DSA web-form notice, txt
add(doc("u34", "txt", "en", "2026-11-03", f"""
Trustpilot – Report illegal content (EU Digital Services Act)
Submission ID: DSA-NTC-7731904
Submitted: 03/11/2026 08:12 CET
Language of submission: English

1. About you
Name: Siobhán Daly
Email: siobhan.daly@dalymail.ie
Are you reporting on behalf of an organisation? No

2. The content
Link to the content: https://ie.trustpilot.com/reviews/{R['doxx']}
Business the content appears on: Riverside Kennels, Ballincollig

3. Why do you believe this content is illegal?
Legal provision(s): Harassment, Harmful Communications and Related Offences Act 2020; GDPR

Explanation:
I worked at Riverside Kennels until August. This "review" is not about the kennels at all, it is about me. It names me and gives my home address, and it tells people to call round to collect money I supposedly owe. I do not owe anyone money. Since it was posted two weeks ago a car has parked outside my house twice at night and someone put a note through my door. I have reported this to the Gardaí at Ballincollig station.

The review says:
"Siobhan Daly from the kennels owes half of Cork money, knock on her door at 14 Riverside Grove if you want yours back."

I believe posting this is harassment and an offence under the Harassment, Harmful Communications and Related Offences Act 2020. It also publishes my home address without my consent, which I understand breaches data protection law. Please remove it as fast as you can. I am frightened to be at home on my own.

4. Declaration
[x] I confirm in good faith that the information and allegations contained in this notice are accurate and complete.

Signature: Siobhán Daly
""", kind="illegal_content_notice", name="Siobhán Daly", mail="siobhan.daly@dalymail.ie",
    urls=[f"https://ie.trustpilot.com/reviews/{R['doxx']}"], ids=[R["doxx"]],
    quotes=["Siobhan Daly from the kennels owes half of Cork money, knock on her door at 14 Riverside Grove if you want yours back."],
    bases=["dsa", "harassment", "criminal", "data_protection"], case="new:daly-doxxing",
    note="form export; 'as fast as you can' is not a date"))

# --------------------------------------------------------------------------- u37  business DSA notice (kind trap)
add(doc("u37", "eml", "en", "2026-12-01", f"""
Dear Sir or Madam,

Notice of illegal content pursuant to Article 16 of Regulation (EU) 2022/2065 (Digital Services Act)

Vanderhoek Bikes B.V. hereby notifies you of the following content, which we believe to be illegal.

1. Location of the content
https://nl.trustpilot.com/reviews/{R['dsa_biz']}

2. Explanation of why the content is illegal
The review was posted on our business profile on 24 November 2026 by a user named "Stefan R". It states:

"The owner sold me a stolen bike with the frame number filed off."

"Police in Utrecht are already investigating this shop."

Both statements are untrue. Every bicycle we sell, new or second-hand, is registered in our stock system with its frame number and is checked against the national stolen bicycle register before sale; we can provide the records. We have contacted the Utrecht police, who have confirmed to us in writing that there is no investigation concerning our shop. Accusing an identifiable business owner of selling stolen goods is defamatory and unlawful under Dutch law (Article 6:162 of the Dutch Civil Code and Article 261 of the Dutch Criminal Code). We have no record of any customer named Stefan R.

3. Contact details
Lotte van der Hoek, Managing Director, Vanderhoek Bikes B.V., Oudegracht 211, 3511 NH Utrecht, lotte@vanderhoekbikes.nl

4. Statement of good faith
We confirm our bona fide belief that the information and allegations contained in this notice are accurate and complete.

We ask you to review this notice and to act within 5 business days. Please inform us of your decision, as required by Article 17 of the Digital Services Act.

Kind regards,

Lotte van der Hoek
Managing Director
Vanderhoek Bikes B.V.
""", email=mail("Lotte van der Hoek", "lotte@vanderhoekbikes.nl",
               "Notice under Article 16 DSA - review on our profile",
               "<b8e1c7a2-9d44-4f1e-8a2b-vanderhoek@vanderhoekbikes.nl>", "2026-12-01T13:15:00+01:00"),
    kind="illegal_content_notice", name="Lotte van der Hoek", org="Vanderhoek Bikes B.V.", mail="lotte@vanderhoekbikes.nl",
    urls=[f"https://nl.trustpilot.com/reviews/{R['dsa_biz']}"], ids=[R["dsa_biz"]],
    quotes=["The owner sold me a stolen bike with the frame number filed off.",
            "Police in Utrecht are already investigating this shop."],
    deadline=plus_working_days("2026-12-01", 5, "NL"), basis="within 5 business days",
    bases=["dsa", "defamation", "criminal"], case="new:vanderhoek",
    note="business's own Art. 16 notice (not a lawyer's demand); Dutch business days from the email date"))

# --------------------------------------------------------------------------- u38  covering email (trade mark), attachment u39
add(doc("u38", "eml", "en", "2026-11-25", """
Dear Trustpilot Legal Team,

Please find attached a notice of trade mark infringement sent on behalf of our client, Haverleigh Wellness Limited, which sells food supplements in the UK and EU under the GLOWPURE brand.

In short, a business profile has been set up on your platform by a third-party online shop which has no connection with our client but which uses the GLOWPURE name and a copy of our client's logo. Consumers who buy from that shop believe they are buying our client's products, and are leaving reviews on the profile complaining about counterfeit goods. Our client is receiving complaints and refund requests from those consumers every week.

The attached notice sets out our client's registrations, the infringing content and the action we are asking you to take. We would be grateful for confirmation that the profile has been removed or renamed by close of business on Tuesday 1 December.

If it would help, I am happy to arrange a call with the partner responsible, Oliver Ashcombe, or to provide certified copies of the registration certificates.

Kind regards

Priya Natarajan
Chartered Trade Mark Attorney
Ashcombe IP LLP
1 Bridewell Place, London EC4V 6AW
+44 20 7946 0318 | priya.natarajan@ashcombeip.com

This email is confidential and may be legally privileged. If you have received it in error, please notify the sender and delete it.
""", email=mail("Priya Natarajan", "priya.natarajan@ashcombeip.com", "GlowPure - notice of trade mark infringement",
               "<LO2P265MB4471A0B1C2D3E4F5@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>", "2026-11-25T16:05:00+00:00",
               attachments=["u39"]),
    kind="ip_notice", name="Priya Natarajan", org="Ashcombe IP LLP", mail="priya.natarajan@ashcombeip.com",
    rep="Haverleigh Wellness Limited", deadline="2026-12-01", basis="by close of business on Tuesday 1 December",
    bases=["trademark"], case="new:glowpure",
    note="the reference and the URLs are only in the attached notice"))

add(doc("u39", "pdf", "en", "2026-11-25", f"""
ASHCOMBE IP LLP
Chartered Trade Mark Attorneys
1 Bridewell Place, London EC4V 6AW · +44 20 7946 0300 · ashcombeip.com

NOTICE OF TRADE MARK INFRINGEMENT

To: Trustpilot A/S, Pilestræde 58, 1112 Copenhagen K, Denmark (legal@trustpilot.com)
Our ref: GLW-TM-2026-014
Date: 24 November 2026

1. Rights holder
Haverleigh Wellness Limited (company no. 11873342), trading as GlowPure ("our client").

2. Registered rights
UK trade mark UK00003612874 GLOWPURE (word), classes 3, 5 and 35.
EU trade mark 018554721 GLOWPURE (figurative), classes 5 and 35.

3. Infringing content
The business profile at https://www.trustpilot.com/review/glowpure-supplements.shop, which displays the name "GlowPure Supplements" and a logo that reproduces our client's registered figurative mark. The operator of the website glowpure-supplements.shop is not licensed by our client and has no connection with it.

4. Infringement
Use of a sign identical to our client's marks in relation to identical goods, in the course of trade, without consent, infringes section 10(1) of the Trade Marks Act 1994 and Article 9(2)(a) of Regulation (EU) 2017/1001. The use is causing actual confusion: see for example review {R['glow']}, in which a consumer complains that "GlowPure used to be great, this batch is obviously fake" in the belief that the profile belongs to our client.

5. Action requested
We request that you, within seven (7) days of the date of this notice, remove the business profile or remove the GLOWPURE name and logo from it, and confirm to us in writing the action taken. Please also preserve the information you hold about the person who claimed the profile.

6. Declaration
We have a good faith belief that the use described above is not authorised by the rights holder, its agent or the law. The information in this notice is accurate, and we are authorised to act on behalf of the rights holder.

Signed

Oliver Ashcombe FCITMA
Partner, Ashcombe IP LLP
o.ashcombe@ashcombeip.com
""", kind="ip_notice", name="Oliver Ashcombe", org="Ashcombe IP LLP", mail="o.ashcombe@ashcombeip.com",
    rep="Haverleigh Wellness Limited", theirs="GLW-TM-2026-014",
    urls=["https://www.trustpilot.com/review/glowpure-supplements.shop"], ids=[R["glow"]],
    deadline=plus_days("2026-11-24", 7), basis="within seven (7) days of the date of this notice",
    bases=["trademark"], case="new:glowpure", part_name="Notice of trade mark infringement - GlowPure.pdf",
    note="review cited only as evidence of confusion (its fragment is not a complained-of sentence); trading name vs company"))

# --------------------------------------------------------------------------- u44  UK police form
add(doc("u44", "pdf", "en", "2026-11-11", f"""
AVON AND SOMERSET CONSTABULARY
Digital Investigations Unit – Communications Data
Police Headquarters, Valley Road, Portishead, Bristol BS20 8QJ

REQUEST FOR DISCLOSURE OF PERSONAL DATA
Data Protection Act 2018, Schedule 2, Part 1, paragraph 2 (crime and taxation)

To: Trustpilot A/S, Legal Department (legal@trustpilot.com)
Crime reference: 5226 0198 44
Date of request: 10/11/2026
Date response required: 27/11/2026
Officer in case: DC 4417 Rhys Adeyemi
Contact: rhys.adeyemi@avonandsomerset.police.uk · 01275 816 442

Offence(s) under investigation: sending a communication with intent to cause distress or anxiety (Malicious Communications Act 1988, s.1); harassment (Protection from Harassment Act 1997, s.2).

Circumstances:
The victim is the owner of a hair salon in Weston-super-Mare. Since September 2026 she has received a series of abusive messages from an unknown person, including a review posted on your platform on 1 November 2026 at {UK}{R['avon']}. The review contains the following passage, which the victim regards as a threat:

"You'll get what's coming to you Jade, I know where you park every night."

The victim has identified no customer matching the reviewer's name. Enquiries to date suggest the same person is responsible for the messages she has received by other means.

Data requested:
1. Registration details of the account that posted the review (name, email address, telephone number if held).
2. IP addresses and timestamps for account creation and for the posting of the review.
3. Any other reviews posted by the same account or from the same IP addresses.

Necessity and proportionality:
The data is required to identify a suspect. Without it the investigation cannot progress. The request is limited to a single account and a period of two months.

I certify that the information above is true and that the data requested is necessary for the prevention or detection of crime or the apprehension or prosecution of offenders, and that failure to provide it would be likely to prejudice those purposes.

Applicant: DC 4417 Rhys Adeyemi
Authorised by: Inspector 2290 Claire Denton, Digital Investigations Unit
""", kind="law_enforcement", name="Rhys Adeyemi", org="Avon and Somerset Constabulary",
    mail="rhys.adeyemi@avonandsomerset.police.uk", theirs="5226 0198 44",
    urls=[UK + R["avon"]], ids=[R["avon"]],
    quotes=["You'll get what's coming to you Jade, I know where you park every night."],
    deadline="2026-11-27", basis="Date response required: 27/11/2026",
    bases=["criminal", "data_protection"], case="new:avon-police",
    note="labelled form fields; the applicant officer (not the authorising inspector) is the sender"))

# --------------------------------------------------------------------------- u47  consumer appeal via contact form, txt
add(doc("u47", "txt", "en", "2026-11-18", f"""
Contact form submission – trustpilot.com/contact
Topic: My account > Appeal a decision
Name: Kwame Asante-Boateng
Email: kwame.ab@asante-mail.co.uk
Country: United Kingdom
Submitted: 18/11/2026 22:41

Message:
Hello, my account was suspended on Sunday with a message saying there had been "unusual activity" and that my reviews had been removed. I don't understand why and nobody has explained it.

The only thing I can think of is that I wrote five reviews in one evening last week. I'd just moved house and I reviewed the removals firm, the broadband company, the sofa shop, the locksmith and the council tip booking app, all in one go because I finally had time. Every one of those is a real experience and I can send receipts or booking confirmations for all of them. I read your guidelines before I started and I haven't broken any of them. I didn't get paid for anything, I don't work for any of these companies and nobody asked me to write them.

One of the reviews, about the removals company, was actually quite important because they damaged a wardrobe and then stopped answering my emails. That one was at {UK}{R['appeal_en']} and now it's just gone.

I would like my account restored and my reviews put back. If you need proof please tell me what to send and where. I'm also a bit worried that it looks like I've done something dodgy, when all I did was leave honest reviews.

Thanks
Kwame
""", kind="consumer_appeal", name="Kwame Asante-Boateng", mail="kwame.ab@asante-mail.co.uk",
    urls=[UK + R["appeal_en"]], ids=[R["appeal_en"]], bases=["platform_guidelines"], case="new:asante-boateng"))

# --------------------------------------------------------------------------- u49  business appeal (consumer warning), docx
add(doc("u49", "docx", "en", "2026-12-04", """
CALDER VALLEY GLAZING LTD
Unit 7, Mytholm Works, Hebden Bridge HX7 6DL
01422 845 330 · m.sykes@caldervalleyglazing.co.uk · www.caldervalleyglazing.co.uk

Trustpilot A/S
Content Integrity / Legal
Pilestræde 58
1112 Copenhagen K
Denmark

3 December 2026

Dear Sir or Madam

Consumer warning on our profile – https://uk.trustpilot.com/review/caldervalleyglazing.co.uk

On 27 November 2026 a banner appeared at the top of our Trustpilot page stating that "we've detected that this company may be misusing review invitations". We received an email the same day saying that the warning would stay in place for at least 90 days. We dispute this decision and ask you to remove the warning.

As far as we can tell, the warning was triggered because our fitters hand customers a card with a QR code at the end of each job. The card says "Tell us how we did" and links to our Trustpilot page. It goes to every customer, not just the happy ones, and it does not offer any incentive. We have checked your guidelines for businesses and we cannot see what rule this breaks. If there is a specific problem with the wording, we will change it, but nobody has told us what it is.

The warning is doing us real damage. We are a firm of nine people, and two customers have cancelled surveys this week after seeing it. Our subscription is due for renewal on 15 January 2027, and we will need to think hard about renewing if this is how we are treated.

We enclose a copy of the card and the text of the email we send customers after installation.

Please remove the warning, or at least tell us what evidence it is based on, no later than 07/12/2026. We have a large local advertising campaign starting that week.

Yours faithfully

Martin Sykes
Managing Director
Calder Valley Glazing Ltd
""", kind="business_appeal", name="Martin Sykes", org="Calder Valley Glazing Ltd",
    mail="m.sykes@caldervalleyglazing.co.uk", urls=["https://uk.trustpilot.com/review/caldervalleyglazing.co.uk"],
    deadline="2026-12-07", basis="no later than 07/12/2026", bases=["platform_guidelines"], case="new:calder-valley",
    note="renewal date 15 January 2027 is a decoy"))

# --------------------------------------------------------------------------- u50  internal escalation
add(doc("u50", "eml", "en", "2026-11-20", f"""
Hi Legal,

Escalating this on behalf of one of my accounts, Northgate Van Hire Ltd (Leeds, Standard plan, customer since 2021). Their MD, Carl Benson, called me this morning and was pretty upset.

Background: on 14 November a review was posted on their page at {UK}{R['int_en']} by a user who says he hired a Luton van in October. The bit they object to is:

"Northgate deliberately scratched the van after I returned it and took £600 from my deposit, which is fraud, plain and simple."

Carl says they have the check-in photos and the damage report signed by the customer at the counter, and that the £600 was for a broken tail-lift, not a scratch. They replied publicly to the review with that information and our moderation team removed their reply because it included part of the customer's name and the van registration. Now they feel they have been gagged while the review accusing them of fraud stays up.

He told me they consider the review defamatory and that their solicitors are "drafting something", so I expect we'll get a formal letter at some point. In the meantime he'd like to know:
- why their reply was removed, and whether they can repost it without the personal details;
- whether we will look at the review itself again (they reported it on the 15th and got the standard rejection).

I've told him I can't promise any outcome but that I'd get the right people to look at it. Could someone let me know who will pick this up? I'd like to call him back with a name at least.

Thanks a lot,
Sophie

Sophie Brandt
Senior Account Manager, UK SMB
Trustpilot | 5th Floor, The Minster Building, 21 Mincing Lane, London EC3R 7AG
sophie.brandt@trustpilot.com
""", email=mail("Sophie Brandt", "sophie.brandt@trustpilot.com", "Escalation: Northgate Van Hire - review + removed reply",
               "<CAB7nT0pQ2xW9=kL4mZ8a1b@mail.gmail.com>", "2026-11-20T10:12:00+00:00"),
    kind="internal_escalation", name="Sophie Brandt", org="Trustpilot", mail="sophie.brandt@trustpilot.com",
    rep="Northgate Van Hire Ltd", urls=[UK + R["int_en"]], ids=[R["int_en"]],
    quotes=["Northgate deliberately scratched the van after I returned it and took £600 from my deposit, which is fraud, plain and simple."],
    bases=["defamation"], case="new:northgate"))

# --------------------------------------------------------------------------- u52  internal escalation from Berlin, forwarded customer mail
add(doc("u52", "eml", "en", "2026-11-27", f"""
Hi team,

Forwarding below a message from Sonnenhof Ferienwohnungen GmbH, a holiday-let business in Oberstdorf that I look after from the Berlin office. It is in German, so a short summary:

- Since September six 1-star reviews have appeared on their profile (https://de.trustpilot.com/review/sonnenhof-oberstdorf.de), all under different names.
- The owner, Katharina Bergmann, is convinced they are all written by one former long-term tenant whom they evicted in the summer after a rent dispute, and who has been threatening to "ruin" them.
- The latest one, {R['int_de']}, says: "Finger weg vom Sonnenhof, die Vermieterin ist eine Betrügerin."
- They reported all six; four were rejected.

Multiple accounts from one person to pile on a business is a clear breach of our guidelines if it's true, and I think the pattern is worth a proper look rather than another round of automated decisions. They are a small customer but very vocal in the local tourism association, and two other hosts there have asked me about the case. Can someone in Legal / Content Integrity take ownership? I can set up a call with the owner, she speaks good English.

Danke!
Jonas

Jonas Feldmann
Account Manager DACH
Trustpilot GmbH, Berlin
jonas.feldmann@trustpilot.com

---------- Forwarded message ---------
From: Katharina Bergmann <info@sonnenhof-oberstdorf.de>
Date: Wed, 25 Nov 2026 at 19:02
Subject: Schon wieder eine falsche Bewertung
To: Jonas Feldmann <jonas.feldmann@trustpilot.com>

Hallo Herr Feldmann,

heute ist die sechste Bewertung erschienen, wieder unter einem anderen Namen, wieder derselbe Stil. Wir wissen, wer dahintersteckt. Bitte helfen Sie uns, so kann es nicht weitergehen.

Viele Grüße
Katharina Bergmann
Sonnenhof Ferienwohnungen GmbH
""", email=mail("Jonas Feldmann", "jonas.feldmann@trustpilot.com",
               "Fwd: Schon wieder eine falsche Bewertung (Sonnenhof Ferienwohnungen)",
               "<CAF2wD9kR1mQ7=xT0pN4z8c@mail.gmail.com>", "2026-11-27T08:37:00+01:00"),
    kind="internal_escalation", name="Jonas Feldmann", org="Trustpilot GmbH", mail="jonas.feldmann@trustpilot.com",
    rep="Sonnenhof Ferienwohnungen GmbH", urls=["https://de.trustpilot.com/review/sonnenhof-oberstdorf.de"],
    ids=[R["int_de"]], quotes=["Finger weg vom Sonnenhof, die Vermieterin ist eine Betrügerin."],
    bases=["platform_guidelines"], case="new:sonnenhof",
    note="forwarded customer email below; the colleague is the sender"))

# --------------------------------------------------------------------------- u53  solicitor's letter, scan
add(doc("u53", "scan", "en", "2026-11-23", f"""
KAPOOR MARSH SOLICITORS
Regent House, 48 Belvoir Street, Leicester LE1 6QF
Tel 0116 285 4400 · a.kapoor@kapoormarsh.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Our Ref: AKP.MRT.4419
18 November 2026

Dear Sirs

Marlow Ridge Developments Ltd t/a Ridgeway Homes
Review: {UK}{R['scan_en']}

We are instructed by Marlow Ridge Developments Ltd, a housebuilder which trades as "Ridgeway Homes" and whose business profile on your website is https://uk.trustpilot.com/review/ridgewayhomes.co.uk.

On 6 November 2026 a review was published on that profile which contains the following statements:

"Ridgeway knowingly built our estate on contaminated land and bribed the council inspector to sign it off."

"Don't buy from these crooks."

The allegation that our client bribed a public official is false and extremely serious. The site in question was remediated under a strategy approved by the local planning authority and signed off following independent verification; the reports are public documents. The statements are defamatory of our client and have already been reproduced on a local social media group.

The same author has now posted about our client on your platform on four occasions since July 2026, under three different names, and has sent abusive messages to members of our client's sales staff. That course of conduct amounts to harassment within the meaning of the Protection from Harassment Act 1997.

We therefore require you to remove the review and to take appropriate action against the accounts concerned within 14 days of the date of this letter. We also ask that you preserve all data relating to those accounts pending any application for disclosure.

Please direct any response to the writer, quoting the reference above.

Yours faithfully

Anil Kapoor BA LLM
Senior Partner
Kapoor Marsh Solicitors
""", kind="legal_demand", name="Anil Kapoor", org="Kapoor Marsh Solicitors", mail="a.kapoor@kapoormarsh.co.uk",
    rep="Marlow Ridge Developments Ltd", theirs="AKP.MRT.4419",
    urls=[UK + R["scan_en"], "https://uk.trustpilot.com/review/ridgewayhomes.co.uk"], ids=[R["scan_en"]],
    quotes=["Ridgeway knowingly built our estate on contaminated land and bribed the council inspector to sign it off.",
            "Don't buy from these crooks."],
    deadline=plus_days("2026-11-18", 14), basis="within 14 days of the date of this letter",
    bases=["defamation", "harassment"], case="new:ridgeway",
    note="trading name vs registered company; the business page is cited as where the review sits"))

# --------------------------------------------------------------------------- u56  business's own demand, pp signature
add(doc("u56", "docx", "en", "2026-11-09", f"""
ODUYA PHYSIOTHERAPY LTD
112 Northcote Road, London SW11 6QW
020 7946 0552 · karen@oduyaphysio.co.uk

Trustpilot A/S
Legal Department
Pilestræde 58
1112 Copenhagen K
Denmark

6 November 2026

Dear Sir or Madam

Reviews of Oduya Physiotherapy Ltd posted by a former patient

I am the owner and managing director of Oduya Physiotherapy Ltd, a small clinic in Battersea. I am writing about two reviews on your website which were written by the same former patient:

{UK}{R['harass1']}
{UK}{R['harass2']}

This person attended the clinic four times in the spring. After we declined to continue treating him because of his behaviour towards a junior colleague, he began a campaign against me personally. He has telephoned the clinic repeatedly, left notes on my car and followed me from the clinic to the station. The police are aware. The reviews on your website are part of the same campaign. They include:

"Karen Oduya is a fake who bought her qualifications online."

"She touched me inappropriately during treatment and the clinic covered it up."

Both statements are completely untrue and deeply distressing. I am registered with the Health and Care Professions Council, which can confirm my qualifications, and no complaint of any kind has ever been made about my conduct.

The reviews are defamatory, and they form part of a course of conduct amounting to harassment under the Protection from Harassment Act 1997. Trustpilot has been told about this through the reporting tool twice and has not acted.

The reviews must be taken down no later than Monday, 30th November 2026. If they are not, I will instruct solicitors without further notice.

Yours faithfully

pp. Karen Oduya
Managing Director
Oduya Physiotherapy Ltd
(dictated by Karen Oduya and signed in her absence by Leanne Foster, Practice Manager)
""", kind="legal_demand", name="Karen Oduya", org="Oduya Physiotherapy Ltd", mail="karen@oduyaphysio.co.uk",
    urls=[UK + R["harass1"], UK + R["harass2"]], ids=[R["harass1"], R["harass2"]],
    quotes=["Karen Oduya is a fake who bought her qualifications online.",
            "She touched me inappropriately during treatment and the clinic covered it up."],
    deadline="2026-11-30", basis="no later than Monday, 30th November 2026", bases=["defamation", "harassment"],
    case="new:oduya", note="passive demand; pp signature: Karen Oduya is the sender, not the practice manager"))

# --------------------------------------------------------------------------- u57  follow-up new:oduya, new date
add(doc("u57", "eml", "en", "2026-12-02", f"""
Dear Trustpilot,

I wrote to you on 6 November about two reviews posted by a former patient who has been harassing me ({UK}{R['harass1']} and a second review by the same person). My letter asked you to take them down by 30 November. That date has now passed and both reviews are still there. I have had no reply other than an automatic acknowledgment.

Since then the same person has turned up at the clinic again, and the police have now issued him with a warning. I can send you the crime reference if that helps.

I have spoken to a solicitor, who has advised me to give you one more chance to deal with this before I instruct her to start proceedings. I am prepared to allow you until Friday 11 December 2026 to remove both reviews. If they are still online after that date, she will write to you formally and I will ask her to seek my costs from you.

I really do not want to have to go to court over this. I would much rather someone at Trustpilot simply read what these reviews say about me and took them down.

Kind regards

Karen Oduya
Managing Director
Oduya Physiotherapy Ltd
112 Northcote Road, London SW11 6QW
""", email=mail("Karen Oduya", "karen@oduyaphysio.co.uk", "Reviews by former patient - second request",
               "<8c4f1a0e-7b6d-4e52-9f3a-oduya@oduyaphysio.co.uk>", "2026-12-02T07:55:00+00:00"),
    kind="legal_demand", name="Karen Oduya", org="Oduya Physiotherapy Ltd", mail="karen@oduyaphysio.co.uk",
    urls=[UK + R["harass1"]], ids=[R["harass1"]],
    deadline="2026-12-11", basis="until Friday 11 December 2026", bases=["harassment"], case="new:oduya",
    note="follow-up sets a new date while recalling the old one"))
