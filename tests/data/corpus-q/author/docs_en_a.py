"""corpus-q English documents q01–q08."""
from common import RID, add_days, add_working_days, doc, email

U = "https://uk.trustpilot.com/reviews/"

DOCS = [
    doc("q01", "pdf", "en", "2026-10-07", """
ASHCOMBE TARRANT LLP
Solicitors and Notaries
Calder House, 17 Park Square East, Leeds LS1 2NE
T 0113 496 0812 | enquiries@ashcombetarrant.co.uk | ashcombetarrant.co.uk

Trustpilot A/S
Legal Team
Pilestræde 58
1112 Copenhagen K
Denmark

By email and first class post

Our ref: NPR/HAL/0331

6 October 2026

Dear Sirs

Hallam Brook Joinery Ltd – review of a staircase installation

We wrote to you on 11 September 2026 on behalf of our client, Hallam Brook Joinery Ltd, about a review published on its profile by a user calling himself "StairsFromHell". We asked you to remove the review by 25 September 2026. That date has come and gone. Beyond an automated acknowledgement we have heard nothing.

To remind you, the review states:

"They fitted a staircase that failed building control twice and then refused to come back."

"The owner threatened my wife when she asked for a refund."

Neither statement is true. Our client's installation at the property in question was signed off by the local authority's building control officer at the first inspection, and our client holds the completion certificate. Our client's director has never spoken to the reviewer's wife. The second statement in particular imputes criminal conduct to an identifiable individual.

The review remains live and continues to cause our client serious financial loss. Two commercial tenders have been lost since it appeared, in each case after the prospective customer raised it.

We must now ask you to take the review down, or at the very least to suspend it pending your investigation, by 4.00 pm (BST) on 14 October 2026. If you say that the reviewer has provided evidence of his experience, please tell us what that evidence is so that our client can respond to it.

In default, our client will consider applying to court without further notice for an order requiring disclosure of the reviewer's identity, and will seek the costs of that application.

Yours faithfully

Nathaniel Pryor-Reid LL.B. (Hons)
Partner, Solicitor
for Ashcombe Tarrant LLP
n.pryor-reid@ashcombetarrant.co.uk
""", kind="legal_demand", case="CI-2026-0918", name="Nathaniel Pryor-Reid", org="Ashcombe Tarrant LLP",
        addr="n.pryor-reid@ashcombetarrant.co.uk", rep="Hallam Brook Joinery Ltd", theirs="NPR/HAL/0331",
        quotes=["They fitted a staircase that failed building control twice and then refused to come back.",
                "The owner threatened my wife when she asked for a refund."],
        deadline="2026-10-14", basis="by 4.00 pm (BST) on 14 October 2026", bases=["defamation"],
        note="Follow-up to CI-2026-0918 by their reference only (no review id, no CI number). "
             "25 September is the earlier letter's date, only recalled; the new date is the deadline."),

    doc("q02", "eml", "en", "2026-10-12", f"""
Dear Trustpilot Legal Team,

We act for Orrin Vale Roofing Ltd of Otley, West Yorkshire, in connection with the review at {U}{RID['orrin']}, posted on 30 September 2026 under the name "Kath R".

The review alleges that our client's operatives "stripped the whole roof and left it open to the rain for nine days" and goes on to say:

"Orrin Vale are cowboys who prey on pensioners."

Our client's job records, photographs and the scaffold hire log show that the roof was sheeted and weathertight at the end of each working day and that the works were completed in four days. Our client has around 1,200 customers a year, a large proportion of them over 65, and the suggestion that it targets the elderly is gravely damaging. The statement is defamatory and our client has suffered serious financial loss as a result of it.

Please acknowledge receipt of this email within 48 hours. We then require you to remove the review within 7 days of the date of this email, failing which we are instructed to issue proceedings against the author and to seek disclosure of the author's details from you.

Kind regards

Imogen Safarova
Associate Solicitor
Ashcombe Tarrant LLP
Calder House, 17 Park Square East, Leeds LS1 2NE
DD 0113 496 0847
Our ref: IS/ORV/0012

This email is confidential and may be privileged. Ashcombe Tarrant LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 571409).
""", email=email("Imogen Safarova", "i.safarova@ashcombetarrant.co.uk",
                 "Orrin Vale Roofing Ltd – defamatory review – IS/ORV/0012",
                 "<LO2P265MB4471E0C29A7B1F35D8E6C1A9B0F2@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>",
                 "2026-10-12T10:41:00+01:00"),
        kind="legal_demand", case="new:q-orrinvale", name="Imogen Safarova", org="Ashcombe Tarrant LLP",
        addr="i.safarova@ashcombetarrant.co.uk", rep="Orrin Vale Roofing Ltd", theirs="IS/ORV/0012",
        urls=[U + RID["orrin"]], ids=[RID["orrin"]], quotes=["Orrin Vale are cowboys who prey on pensioners."],
        deadline=add_days("2026-10-12", 7), basis="within 7 days of the date of this email", bases=["defamation"],
        note="Same firm as open CI-2026-0918 but another client, solicitor and review: a new matter. The 48-hour "
             "acknowledgement is not the deadline; the substantive removal date is. The 'stripped the whole roof...' "
             "fragment is a phrase inside the writer's sentence, not a quoted sentence."),

    doc("q03", "pdf", "en", "2026-10-20", f"""
BRINDLECOMBE PLUMBING & HEATING LTD
Gas Safe Reg. 604412
Unit 3, Bredbury Park Way, Stockport SK6 2SN
0161 496 0733 · office@brindlecombeplumbing.co.uk

16 October 2026

Trustpilot
Legal Department
By post and email

Dear Sir or Madam

Another false review on our page

This is the second time this year I have had to write to you. The review you took down in the summer after we complained was at least from someone we had worked for. This one is not.

The review at {U}{RID['wren_new']} was posted on 9 October by "Dean P". It says:

"Brindlecombe left my mum without heating for a week in January and laughed when she rang to complain."

We have no customer called Dean P or anyone at the address in Marple that he mentions, we have checked every job sheet since 2024, and nobody at this company has ever laughed at a customer. Saying that about a family firm is libellous. It also breaks your own guidelines, which say a review has to be about a genuine experience.

I would like it taken down immediately. Our winter service campaign goes out to around 4,000 customers on 1 November and I do not want this review sitting at the top of our page when it does.

If you need anything from us, ring me on the number above or email me directly.

Yours faithfully

Gareth Pennycook
Managing Director
gareth.pennycook@brindlecombeplumbing.co.uk
""", kind="legal_demand", case="new:q-brindlecombe", name="Gareth Pennycook",
        org="Brindlecombe Plumbing & Heating Ltd", addr="gareth.pennycook@brindlecombeplumbing.co.uk",
        urls=[U + RID["wren_new"]], ids=[RID["wren_new"]],
        quotes=["Brindlecombe left my mum without heating for a week in January and laughed when she rang to complain."],
        bases=["defamation", "platform_guidelines"],
        note="Party of closed CI-2026-0903, writing about a new review: a new matter (no reference quoted). "
             "The business writes for itself: represented_party null. 'Immediately' = no deadline; 1 November is "
             "the sender's own campaign date."),

    doc("q04", "scan", "en", "2026-10-19", """
Rhiannon Castellow
14 Pelham Terrace
Banbury OX16 5QD
rhiannon.castellow@protonmail.com

14 October 2026

Data Protection Officer
Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Dear Data Protection Officer

Request to erase my personal data – second request

On 29 September I emailed your legal address asking you to erase my personal data from a review of the wedding car company I used to drive for. The review names me in full, describes my appearance and says where I live. I received an automatic reply and nothing since.

I am writing by post in case my email has gone astray. I repeat my request under Article 17 of the UK GDPR. I am not a business and I am not the subject of the review: I was an employee doing my job, and there is no legitimate reason for my name, description and home village to be published to anyone who searches for me. Since the review went up I have had two messages from strangers on social media who clearly read it.

I object to the processing under Article 21 as well, in case you say you have a legitimate interest in keeping the review as it is. I am not asking you to delete the whole review, only the parts about me.

I expect a full response no later than 29 October 2026, which is one month from my first email. If I do not hear from you by then I will complain to the Information Commissioner's Office.

Yours sincerely

Rhiannon Castellow
""", kind="data_request", case="CI-2026-0941", name="Rhiannon Castellow",
        addr="rhiannon.castellow@protonmail.com",
        deadline="2026-10-29", basis="no later than 29 October 2026", bases=["data_protection"],
        note="A party of exactly one open case (CI-2026-0941) writing again, by post, with no reference and no "
             "review id. 29 September is only recalled; the deadline is the date she now sets."),

    doc("q05", "eml", "en", "2026-10-09", """
Hi,

Thanks for getting back to us, but I'm afraid this doesn't answer anything.

You say you have "identified a pattern" in our reviews. We are a lettings agent with 340 managed properties. When a tenancy starts we send the tenant a welcome pack, and when it ends we send a link asking how we did. Every agent in Bristol does the same. We have never offered a discount, a voucher, a prize draw or anything else in exchange for a review, and nothing in our emails says otherwise. I have attached nothing because I don't know what you want to see, but I can send you every template we use.

The warning has now been on our page for nearly two weeks. Two landlords have asked us about it and one has moved his portfolio elsewhere. If we have done something against your guidelines, tell us what it is and we will fix it. If we haven't, the warning should come down.

We need this resolved as a matter of urgency.

Jolene Braithwaite
Director
Cardew Lettings Ltd
jolene@cardewlettings.co.uk | 0117 496 0155

On Tue, 6 Oct 2026 at 10:30, Trustpilot Content Integrity <content-integrity@trustpilot.com> wrote:
> Dear Ms Braithwaite,
>
> Thank you for your message. Our team has reviewed the activity on your profile and identified a pattern consistent with reviews being invited in exchange for an incentive. The consumer warning will remain in place while we complete our assessment.
>
> Kind regards,
> Content Integrity Team
""", email=email("Jolene Braithwaite", "jolene@cardewlettings.co.uk",
                 "Re: [CI-2026-0934] Consumer warning on your profile",
                 "<CAJx7pQ2nV0hWm8K4r_Lt3e9Y1cardew5521@mail.gmail.com>",
                 "2026-10-09T16:22:00+01:00",
                 in_reply_to="<20261006093015.CI-2026-0934.2291@mail.trustpilot.com>",
                 references=["<20261006093015.CI-2026-0934.2291@mail.trustpilot.com>"]),
        kind="business_appeal", case="CI-2026-0934", name="Jolene Braithwaite", org="Cardew Lettings Ltd",
        addr="jolene@cardewlettings.co.uk", ours="CI-2026-0934", bases=["platform_guidelines"],
        note="Our reference appears only in the subject line; the body has neither reference nor URL. "
             "'As a matter of urgency' sets no date."),

    doc("q06", "pdf", "en", "2026-11-02", """
TREVASKIS GRIST SOLICITORS
Broad Quay House, 6 Prince Street, Bristol BS1 4DJ
0117 496 0390 · mail@trevaskisgrist.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Our ref: LMH:CAR:4471
Your ref:

30 October 2026

Dear Sirs

Our client: Cardew Lettings Ltd – "consumer warning" on its Trustpilot profile

We have been instructed by Cardew Lettings Ltd, a residential lettings and property management agent based in Clifton, Bristol. Our client has been corresponding with your team since late September about a notice you have placed on its business profile, which tells visitors that the company may have offered incentives in exchange for reviews.

That statement is false. Our client has never offered any incentive for a review. Its review invitations are sent at the start and end of each tenancy, without condition, and our client has offered to provide every template it uses. Despite this, you have given our client no particulars of the "pattern" you say you have identified, and the notice remains in place.

The notice conveys to any reasonable reader that our client has manipulated its rating. It is defamatory of our client and, as it is false and is being maintained in the knowledge that no particulars have been provided, it is also a malicious falsehood. Our client has already lost the management of nine properties as a direct result.

We therefore require you, within 14 days of receipt of this letter, either to remove the notice or to provide full particulars of the evidence on which you rely, so that our client may answer it.

Please address all further correspondence on this matter to the writer.

Yours faithfully

Lowri Madoc-Hughes LL.M.
Solicitor
Trevaskis Grist Solicitors
l.madoc-hughes@trevaskisgrist.co.uk
""", kind="legal_demand", case="CI-2026-0934", name="Lowri Madoc-Hughes", org="Trevaskis Grist Solicitors",
        addr="l.madoc-hughes@trevaskisgrist.co.uk", rep="Cardew Lettings Ltd", theirs="LMH:CAR:4471",
        deadline=add_days("2026-11-02", 14), basis="within 14 days of receipt of this letter",
        bases=["defamation", "malicious_falsehood"],
        note="Newly instructed solicitors of the only party of open CI-2026-0934; no CI number, URL or review id. "
             "'Of receipt' runs from the received date (2 Nov), not the letter's date."),

    doc("q07", "eml", "en", "2026-10-27", f"""
Hello,

Further to my request of 23 September (our ref CIU/MV 26-118204), please find attached a formal request for disclosure of the subscriber and log-in information relating to the review at https://au.trustpilot.com/reviews/{RID['vic']}.

The owner of the business concerned has received a further threatening message by other means and the matter has been escalated within our unit. I would be grateful if you could confirm by 5pm AEDT on Thursday 29 October that the account data remains preserved, and let me know who on your side will handle the disclosure.

I am available on the number below if a call would be quicker.

Regards,

Aroha Kereama
Detective Senior Constable
Moonee Valley Crime Investigation Unit
Victoria Police
T +61 3 9555 0472
aroha.kereama@police.vic.gov.au

OFFICIAL: Sensitive. This email may contain information that is confidential or subject to legal privilege.
""", email=email("Aroha Kereama", "aroha.kereama@police.vic.gov.au",
                 "CIU/MV 26-118204 – request for disclosure – Trustpilot review",
                 "<SY4P282MB3119B47C5A2E81F0D9C3A7E61B44@SY4P282MB3119.AUSP282.PROD.OUTLOOK.COM>",
                 "2026-10-27T18:55:00+11:00", attachments=["q08"]),
        kind="law_enforcement", case="CI-2026-0929", name="Aroha Kereama", org="Victoria Police",
        addr="aroha.kereama@police.vic.gov.au", theirs="CIU/MV 26-118204",
        urls=["https://au.trustpilot.com/reviews/" + RID["vic"]], ids=[RID["vic"]],
        deadline="2026-10-29", basis="by 5pm AEDT on Thursday 29 October", bases=["criminal"],
        note="Follow-up to open CI-2026-0929 by the police reference and review. The email's own request "
             "(confirm preservation) has its own date; the attached letter's disclosure deadline is separate."),

    doc("q08", "pdf", "en", "2026-10-27", f"""
VICTORIA POLICE
Moonee Valley Crime Investigation Unit
Level 2, 1015 Mt Alexander Road, Essendon VIC 3040, Australia

REQUEST FOR DISCLOSURE OF INFORMATION

To: Trustpilot A/S, Legal Department, Pilestræde 58, 1112 Copenhagen K, Denmark
Our reference: CIU/MV 26-118204
Date: 27 October 2026

1. Victoria Police is investigating an offence of making a threat to kill (section 20 of the Crimes Act 1958 (Vic)) directed at the proprietor of Petals on Racecourse Road, a florist in Flemington, Victoria.

2. On 19 September 2026 a review was published at https://au.trustpilot.com/reviews/{RID['vic']} which reads in part:

"I know what time you lock up and you won't see the next Mother's Day."

3. A preservation request was made to you on 23 September 2026 and acknowledged on 24 September 2026.

4. Victoria Police requests disclosure of: the name, email address and telephone number associated with the account that posted the review; the IP addresses and timestamps of account creation, of the posting of the review and of every log-in between 1 September 2026 and the date of this request.

5. The information is necessary for the investigation of a serious offence. Disclosure is permitted by Australian Privacy Principle 6.2(e) under the Privacy Act 1988 (Cth), and we understand it is also consistent with Article 6(1)(d) and (f) of the GDPR.

6. Please do not notify the account holder of this request, as doing so may prejudice the investigation.

7. Response: within five (5) business days of receipt of this request, to the officer below.

Aroha Kereama
Detective Senior Constable 41187
Moonee Valley Crime Investigation Unit
aroha.kereama@police.vic.gov.au
""", kind="law_enforcement", case="CI-2026-0929", name="Aroha Kereama", org="Victoria Police",
        addr="aroha.kereama@police.vic.gov.au", theirs="CIU/MV 26-118204",
        urls=["https://au.trustpilot.com/reviews/" + RID["vic"]], ids=[RID["vic"]],
        quotes=["I know what time you lock up and you won't see the next Mother's Day."],
        deadline=add_working_days("2026-10-27", 5, "AU", "VIC"),
        basis="within five (5) business days of receipt of this request", bases=["criminal", "data_protection"],
        part_name="VicPol disclosure request CIU-MV 26-118204.pdf",
        note="Victorian business days skip Melbourne Cup Day (Tue 3 Nov): 27 Oct + 5 = 4 Nov. Rank number "
             "'41187' is not part of the name."),
]
