"""corpus-dl4 English documents e09-e16 (UK and Irish senders)."""
from common import RID, doc, mail

DOCS = []

# e09 -- passive "is to be removed by", time + zone, UK numeric date; already past on arrival
r = RID[16]
DOCS.append(doc("e09", "pdf", "en", "GB", "2026-11-16", f"""
COLDHARBOUR VENN LLP
88 Fenchurch Street, London EC3M 4BY
+44 20 7946 0552 · r.eastaugh@coldharbourvenn.com

9 November 2026

Our ref: RE/GLD/88213

BY FIRST CLASS POST

Trustpilot A/S
Legal Department

Dear Sirs

Gildersleeve Property Management Ltd – https://uk.trustpilot.com/reviews/{r}

We act for Gildersleeve Property Management Ltd, which manages residential blocks in south-east London.

The review identified above, posted by "Concerned Leaseholder", asserts that our client "has been siphoning the service charge fund into the director's personal account for years". There is no truth in this. Our client's service charge accounts are audited annually by an independent firm of chartered accountants and have never been qualified.

The allegation is one of criminal dishonesty and is plainly defamatory. It has already been copied into a residents' WhatsApp group.

The material is to be removed by 5pm GMT on 13/11/2026. Please also preserve the registration data and IP logs associated with the account, which our client may seek by way of a disclosure order.

Yours faithfully

Rupert Eastaugh
Senior Associate
Coldharbour Venn LLP
""", letter="2026-11-09", calc=("date", "2026-11-13"), family=["passive", "time_zone", "numeric_uk", "past_on_arrival"],
    kind="legal_demand", name="Rupert Eastaugh", org="Coldharbour Venn LLP", mail="r.eastaugh@coldharbourvenn.com",
    rep="Gildersleeve Property Management Ltd", theirs="RE/GLD/88213",
    urls=[f"https://uk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["has been siphoning the service charge fund into the director's personal account for years"],
    basis="The material is to be removed by 5pm GMT on 13/11/2026", bases=["defamation"], case="new:gildersleeve",
    note="Sent by post and received 16 Nov, after the date it sets; per SCHEMA a demanded date already past "
         "on arrival is still the deadline."))

# e10 -- chaser demanding removal "immediately" over a recalled earlier date: null
r = RID[151]
DOCS.append(doc("e10", "eml", "en", "GB", "2026-11-20", f"""
Dear Content Integrity team

Marlowe Pest Solutions Ltd – our ref BC/MPS/7720 – your ref CI-2026-1901

We refer to our letter of 30 October, which required removal of the review at https://uk.trustpilot.com/reviews/{r} by 13 November. You acknowledged that letter on 4 November and told us a decision would follow. Nothing has followed, and the review, which accuses our client's technician of "spraying poison around a nursery garden with the children still outside", is still online a week after our deadline passed.

Our client has been patient. It is no longer prepared to be. We now require the review to be removed immediately, and we are taking our client's instructions on proceedings.

Yours faithfully

Bethan Crowhurst
Partner
Kettering Oakes Solicitors
15 Sheep Street, Northampton NN1 2NE
b.crowhurst@ketteringoakes.co.uk

On Wed, 4 Nov 2026 at 10:18, Trustpilot Content Integrity <legal@trustpilot.com> wrote:
> Dear Ms Crowhurst,
>
> Thank you for your letter of 30 October 2026 regarding Marlowe Pest Solutions Ltd. We have opened a case under reference CI-2026-1901 and are reviewing the content against our guidelines and applicable law.
>
> We will be in touch once our review is complete.
>
> Kind regards,
> Trustpilot Content Integrity
""", letter="2026-11-20", calc=None, family=["chaser_immediately", "recalled_date", "quoted_email"],
    email=mail("Bethan Crowhurst", "b.crowhurst@ketteringoakes.co.uk",
               "RE: [CI-2026-1901] Marlowe Pest Solutions Ltd", "<KO-BC-7720-20261120.1541@ketteringoakes.co.uk>",
               "2026-11-20T15:41:00+00:00", in_reply_to="<20261104101822.CI-2026-1901.2716@mail.trustpilot.com>",
               references=["<20261104101822.CI-2026-1901.2716@mail.trustpilot.com>"]),
    kind="legal_demand", name="Bethan Crowhurst", org="Kettering Oakes Solicitors",
    mail="b.crowhurst@ketteringoakes.co.uk", rep="Marlowe Pest Solutions Ltd", theirs="BC/MPS/7720",
    ours="CI-2026-1901", urls=[f"https://uk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["spraying poison around a nursery garden with the children still outside"],
    bases=[], case="CI-2026-1901",
    note="13 November is only recalled (the old deadline); the new demand is 'immediately' -> null per SCHEMA. "
         "The chaser invokes no law of its own, so legal_bases is empty."))

# e11 -- extension granted; our request in the quote asks for a different date
r = RID[152]
DOCS.append(doc("e11", "eml", "en", "GB", "2026-11-24", f"""
Dear Ms Lindgren

Thank you for your email of 20 November.

Our client, Dunmore Lettings Ltd, is prepared to extend time until 4pm on Thursday 3rd December 2026 for you to complete your review of the content at https://uk.trustpilot.com/reviews/{r} and to let us have your decision. That is the last extension our client will agree to; it cannot accommodate the date you proposed, as its annual landlords' event takes place that weekend.

All of our client's rights remain reserved.

Kind regards

Marcus Thelwall
Associate
Aldgrave Hythe LLP
Ref: MT/DUN/0442
m.thelwall@aldgravehythe.co.uk | 0161 496 0288

From: Trustpilot Legal <legal@trustpilot.com>
Sent: 20 November 2026 14:33
To: Marcus Thelwall
Subject: [CI-2026-1902] Dunmore Lettings Ltd - your ref MT/DUN/0442

> Dear Mr Thelwall,
>
> Your letter of 10 November asks for our response by 25 November. We are still gathering information from the reviewer and would be grateful for an extension until 4 December.
>
> Kind regards,
> Elin Lindgren
> Legal Counsel, Trustpilot
""", letter="2026-11-24", calc=("date", "2026-12-03"), family=["extension", "quoted_old_date", "time_of_day", "weekday", "ordinal"],
    email=mail("Marcus Thelwall", "m.thelwall@aldgravehythe.co.uk",
               "RE: [CI-2026-1902] Dunmore Lettings Ltd - your ref MT/DUN/0442",
               "<AH.MT.0442.20261124093812@aldgravehythe.co.uk>", "2026-11-24T09:38:00+00:00",
               in_reply_to="<20261120143307.CI-2026-1902.3318@mail.trustpilot.com>",
               references=["<20261120143307.CI-2026-1902.3318@mail.trustpilot.com>"]),
    kind="legal_demand", name="Marcus Thelwall", org="Aldgrave Hythe LLP", mail="m.thelwall@aldgravehythe.co.uk",
    rep="Dunmore Lettings Ltd", theirs="MT/DUN/0442", ours="CI-2026-1902",
    urls=[f"https://uk.trustpilot.com/reviews/{r}"], ids=[r],
    basis="until 4pm on Thursday 3rd December 2026", bases=[], case="CI-2026-1902",
    note="The new date (3 Dec) replaces the 25 Nov recalled in the quote; the 4 Dec in our quoted request is "
         "ours and was not agreed."))

# e12 -- hearing date and the sender's own filing date: null look-alike
r = RID[22]
DOCS.append(doc("e12", "pdf", "en", "GB", "2026-11-25", f"""
ORMESBY STRAND SOLICITORS
3 Park Square East, Leeds LS1 2NE
0113 496 0917 · d.moorcroft@ormesbystrand.co.uk

23 November 2026

Our ref: DM/KPH/2207

Trustpilot A/S
Legal Department

Dear Sir or Madam

Kestrel Physiotherapy Ltd v Persons Unknown – review {r}

As you know from our earlier correspondence, we act for Kestrel Physiotherapy Ltd in relation to the anonymous review at https://uk.trustpilot.com/reviews/{r}, which alleges that our client's lead physiotherapist "touched patients inappropriately during sports massages".

We write to inform you that our client has today issued an application in the King's Bench Division for a Norwich Pharmacal order requiring you to disclose the identity of the author. A sealed copy of the application notice and the witness statement in support will follow under separate cover.

The application is listed for hearing at the Royal Courts of Justice on 14 December 2026 at 10.30am. Our client will file any evidence in reply by 7 December 2026.

You are not required to take any step in advance of the hearing, although we would welcome an indication, at your convenience, of whether you intend to oppose the application or to adopt a neutral position.

Yours faithfully

Declan Moorcroft
Partner
Ormesby Strand Solicitors
""", letter="2026-11-23", calc=None, family=["null_hearing", "null_own_plan"],
    kind="legal_demand", name="Declan Moorcroft", org="Ormesby Strand Solicitors",
    mail="d.moorcroft@ormesbystrand.co.uk", rep="Kestrel Physiotherapy Ltd", theirs="DM/KPH/2207",
    urls=[f"https://uk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["touched patients inappropriately during sports massages"], bases=["defamation"], case="new:kestrel",
    note="14 Dec is a hearing date and 7 Dec the sender's own filing date; the only request ('at your "
         "convenience') sets no date -> null. legal_bases: defamation is implied by the earlier correspondence "
         "and the disclosure application; no order has been made yet, so not court_order."))

# e13 -- DSA web form (Ireland) with a labelled ISO date field
r = RID[24]
DOCS.append(doc("e13", "txt", "en", "IE", "2026-11-18", f"""
TRUSTPILOT - REPORT ILLEGAL CONTENT (EU/EEA)
Notice under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act)
--------------------------------------------------------------------

Submitted: 18/11/2026 08:52 (IST)
Case language: English

1. YOUR DETAILS
Full name: Niamh Cassidy-Roche
Email address: niamh@wagtailgrooming.ie
Organisation (optional): Wagtail Dog Grooming
Country: Ireland
Reporting on behalf of someone else? No

2. CONTENT YOU ARE REPORTING
Exact URL(s): https://ie.trustpilot.com/reviews/{r}
Type of illegal content: Defamation

3. WHY IS THIS CONTENT ILLEGAL?
The review says "She shaved my spaniel so close he bled and then hid the cuts under a bandana." and "The ISPCA have been called to this place twice." Neither is true. The dog's owner collected him the same day without complaint and the ISPCA have never contacted us. These are false statements of fact that damage my reputation and are defamatory under the Defamation Act 2009. I run the business alone and it is my name on the sign.

4. ACTION REQUESTED
Action requested: Removal
Deadline: 2026-11-27

5. DECLARATION
[x] I confirm that I have a bona fide belief that the information and allegations in this notice are accurate and complete.
Signature (typed): Niamh Cassidy-Roche

--------------------------------------------------------------------
This is an automatically generated copy of your submission.
""", letter="2026-11-18", calc=("date", "2026-11-27"), family=["form_field", "iso_date"],
    kind="illegal_content_notice", name="Niamh Cassidy-Roche", org="Wagtail Dog Grooming",
    mail="niamh@wagtailgrooming.ie", urls=[f"https://ie.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["She shaved my spaniel so close he bled and then hid the cuts under a bandana.",
            "The ISPCA have been called to this place twice."],
    basis="Deadline: 2026-11-27", bases=["dsa", "defamation"], case="new:wagtail"))

# e14 -- out-of-office auto-reply in an existing matter: null look-alike
DOCS.append(doc("e14", "eml", "en", "GB", "2026-11-12", """
Thank you for your email.

I am out of the office until Monday 16 November and will have only limited access to email until then. I will respond to your message on my return.

If your matter is urgent, please contact my colleague Rafe Mortimer on 020 7946 0318 or at r.mortimer@pendefordcalloway.co.uk, or call our main switchboard on 020 7946 0300.

Please note that our London office will be closed from 24 December to 1 January inclusive.

Imogen Fairweather
Senior Associate
Pendeford Calloway LLP
9 Bedford Row, London WC1R 4BU
i.fairweather@pendefordcalloway.co.uk

Pendeford Calloway LLP is a limited liability partnership registered in England and Wales and authorised and regulated by the Solicitors Regulation Authority. This email and any attachments are confidential and may be privileged. If you have received it in error, please notify the sender and delete it. We will never tell you about a change to our bank details by email.
""", letter="2026-11-12", calc=None, family=["null_out_of_office", "null_office_closure"],
    email=mail("Imogen Fairweather", "i.fairweather@pendefordcalloway.co.uk",
               "Automatic reply: [CI-2026-1905] Hartwell Orthodontics Ltd - your letter of 2 November",
               "<PC-AR-20261112091152.ifairweather@pendefordcalloway.co.uk>", "2026-11-12T09:11:52+00:00",
               in_reply_to="<20261112091144.CI-2026-1905.4402@mail.trustpilot.com>",
               references=["<20261112091144.CI-2026-1905.4402@mail.trustpilot.com>"]),
    kind="legal_demand", name="Imogen Fairweather", org="Pendeford Calloway LLP",
    mail="i.fairweather@pendefordcalloway.co.uk", ours="CI-2026-1905", bases=[], case="CI-2026-1905",
    note="An auto-reply within a solicitors' demand matter: kind follows the matter (legal_demand); the "
         "sender does not write for the client here, so represented_party is null. 'until Monday 16 November' "
         "and the office closure are not deadlines -> null."))

# e15 -- consumer appeal full of past dates, no deadline: null look-alike
r = RID[28]
DOCS.append(doc("e15", "eml", "en", "GB", "2026-11-09", f"""
Hello,

On 2 October I posted a review of Brightwater Van Leasing here: https://uk.trustpilot.com/reviews/{r}

On 28 October you emailed to say it had been removed because it "contains personal information". I replied to that email on 30 October asking what personal information you meant, and I have heard nothing since.

The only name in my review is the company's. I described what happened: I collected the van on 14 September, it broke down on the M4 on 15 September, and I waited five hours for recovery. I said "nobody from Brightwater answered the phone all afternoon", which is simply what happened, and I have the call log to prove it.

I think the company reported my review because it was negative. That isn't a reason to remove it under your own rules. Please look at it again and reinstate it, or tell me exactly which words you think break the guidelines so I can edit them.

Thanks,

Ffion Llewellyn-Price
Cardiff
""", letter="2026-11-09", calc=None, family=["null_past_events", "null_we_replied"],
    email=mail("Ffion Llewellyn-Price", "ffion.lp@btinternet.com", "My review of Brightwater Van Leasing was removed",
               "<000b01dcf1a2$7e3c91d0$@btinternet.com>", "2026-11-09T18:05:00+00:00"),
    kind="consumer_appeal", name="Ffion Llewellyn-Price", mail="ffion.lp@btinternet.com",
    urls=[f"https://uk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["nobody from Brightwater answered the phone all afternoon"],
    bases=["platform_guidelines"], case="new:llewellyn",
    note="Every date is a past event (posting, removal, her reply, the breakdown); no date is demanded -> null. "
         "The quoted sentence is from her own removed review, the content the appeal is about."))

# e16 -- Ireland: ten working days of the letter's date, crossing the October Bank Holiday
r = RID[30]
DOCS.append(doc("e16", "pdf", "en", "IE", "2026-10-22", f"""
DUNLEAVY Ó DÁLAIGH SOLICITORS
22 Lower Ormond Quay, Dublin 1, D01 K7R3
+353 1 555 0194 · f.tuohy@dunleavyodalaigh.ie

Our Ref: FT/LSB/6612

20 October 2026

Trustpilot A/S
Legal Department

Dear Sirs

Re: Liffeyside Builders Limited – review https://ie.trustpilot.com/reviews/{r}

We act for Liffeyside Builders Limited of Unit 9, Ballymount Road, Dublin 12.

The above review, published on your website on or about 6 October 2026 under the name "Sorcha K.", contains the following words: "They poured the foundations without planning permission and bribed the council inspector to sign it off."

Our client has never carried out works without the necessary permission and has never offered or paid any inducement to any official. The words mean that our client is corrupt and acts unlawfully, and they are defamatory of it within the meaning of the Defamation Act 2009.

We are instructed to call upon you to remove the review within ten working days of the date of this letter and to confirm to us in writing that you have done so. In default, our client will apply to the Circuit Court without further notice for an order under section 33 of the Act.

Yours faithfully

Fergal Tuohy
Dunleavy Ó Dálaigh Solicitors
""", letter="2026-10-20", calc=("wdays", "2026-10-20", 10, "IE", None),
    family=["working_days", "holiday_crossed", "relative_letter_date"],
    kind="legal_demand", name="Fergal Tuohy", org="Dunleavy Ó Dálaigh Solicitors", mail="f.tuohy@dunleavyodalaigh.ie",
    rep="Liffeyside Builders Limited", theirs="FT/LSB/6612", urls=[f"https://ie.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["They poured the foundations without planning permission and bribed the council inspector to sign it off."],
    basis="within ten working days of the date of this letter", bases=["defamation"], case="new:liffeyside",
    note="Irish working days skip Mon 26 Oct (October Bank Holiday): 4 Nov, not the weekends-only 3 Nov."))
