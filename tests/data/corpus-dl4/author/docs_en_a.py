"""corpus-dl4 English documents e01-e08 (UK senders)."""
from common import RID, doc, mail

DOCS = []

# e01 -- UK solicitors, relative period from the letter's own date
r = RID[0]
DOCS.append(doc("e01", "pdf", "en", "GB", "2026-10-07", f"""
RAVENSWORTH TEAGUE LLP
Solicitors
14 Coney Street, York YO1 9QL
T 01904 555 318 · c.amberley@ravensworthteague.co.uk

5 October 2026

Our ref: CA/PDF/5519
Your ref: none

Trustpilot A/S
Legal Department
Copenhagen, Denmark

By post and by email to legal@trustpilot.com

Dear Sirs

Our client: Pellow & Daughters Funeral Directors Ltd
Review at https://uk.trustpilot.com/reviews/{r}

We act for Pellow & Daughters Funeral Directors Ltd, a family firm that has arranged funerals in York for over sixty years.

On 21 September 2026 a user calling himself "GR" published the review identified above. It contains the following statements:

"They mixed up my father's ashes with someone else's and lied about it to our faces."

"The director charged us twice for the hearse and pocketed the difference."

Both statements are false. Our client's records show a single invoice, paid once, and the cremation paperwork was checked and countersigned by the crematorium. The allegations are defamatory of our client and, as they were published knowing them to be untrue, also amount to malicious falsehood causing our client financial loss.

Our client requires you to remove the review and to confirm that you have done so within 7 days of the date of this letter. If we do not receive that confirmation, we are instructed to advise our client on proceedings without further notice.

Nothing in this letter waives any of our client's rights.

Yours faithfully

Cordelia Amberley
Partner
Ravensworth Teague LLP
""", letter="2026-10-05", calc=("days", "2026-10-05", 7), family=["relative_letter_date"],
    kind="legal_demand", name="Cordelia Amberley", org="Ravensworth Teague LLP",
    mail="c.amberley@ravensworthteague.co.uk", rep="Pellow & Daughters Funeral Directors Ltd",
    theirs="CA/PDF/5519", urls=[f"https://uk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["They mixed up my father's ashes with someone else's and lied about it to our faces.",
            "The director charged us twice for the hearse and pocketed the difference."],
    basis="within 7 days of the date of this letter", bases=["defamation", "malicious_falsehood"],
    case="new:pellow"))

# e02 -- business appeal, informal "by the end of next week"
DOCS.append(doc("e02", "eml", "en", "GB", "2026-10-08", """
Hi there,

I'm writing about the red warning banner that appeared on our profile on Monday (https://uk.trustpilot.com/review/quaysidebikehire.co.uk). It says we have been "inviting reviews in a way that breaches Trustpilot's guidelines".

We haven't. What happened is that one of our seasonal staff put a QR code on the counter with a handwritten note saying "Five stars gets you a free bottle of water". He did that on his own for two days in August, we took it down the moment we saw it, and he no longer works for us. We have 1,400 reviews going back to 2017 and this is the first time anything like this has come up.

The banner is costing us bookings. Two corporate clients have already asked about it. I have attached nothing because I don't know what evidence you want, but I can send the staff rota and the photos of the counter if that helps.

Please can you review this and come back to me by the end of next week. I'd rather sort it out with you than escalate it.

Thanks,
Nadia

Nadia Fenwick-Orr
Managing Director
Quayside Bike Hire Ltd
Unit 3, The Boathouse, Gloucester Docks GL1 2EH
07700 900 412
""", letter="2026-10-08", calc=("weekday", "2026-10-08", 4, 1), family=["informal_week"],
    email=mail("Nadia Fenwick-Orr", "nadia@quaysidebikehire.co.uk",
               "Warning banner on our profile - Quayside Bike Hire", "<QB-20261008-0914.nfo@quaysidebikehire.co.uk>",
               "2026-10-08T09:14:00+01:00"),
    kind="business_appeal", name="Nadia Fenwick-Orr", org="Quayside Bike Hire Ltd",
    mail="nadia@quaysidebikehire.co.uk", urls=["https://uk.trustpilot.com/review/quaysidebikehire.co.uk"],
    basis="by the end of next week", bases=["platform_guidelines"], case="new:quayside",
    note="'by the end of next week' = Friday of the week after the email's week (8 Oct is a Thursday -> Fri 16 Oct)."))

# e03 -- cover email: "by 4pm this Friday"; e04 is the attached letter, same date written out
r = RID[4]
DOCS.append(doc("e03", "eml", "en", "GB", "2026-10-13", f"""
Dear Sir or Madam

Severn Valley Boilers Ltd – review https://uk.trustpilot.com/reviews/{r}

Please find attached our letter of today's date, which is self-explanatory.

Given the damage this review is doing to our client's business in the run-up to the heating season, we need your written confirmation that it has been taken down by 4pm this Friday. If you need to discuss the matter, I can be reached on the number below.

Kind regards

Oliver Penhaligon
Associate
Ashcombe Wilde Solicitors
2 Queen Square, Bristol BS1 4JE
T 0117 496 0735
o.penhaligon@ashcombewilde.co.uk
Our ref: OP/SVB/2048
""", letter="2026-10-13", calc=("weekday", "2026-10-13", 4, 0), family=["informal_weekday", "time_of_day", "cover_email"],
    email=mail("Oliver Penhaligon", "o.penhaligon@ashcombewilde.co.uk",
               "Severn Valley Boilers Ltd - our ref OP/SVB/2048", "<0a7d3e5b-AW-OP-2048@ashcombewilde.co.uk>",
               "2026-10-13T11:02:00+01:00", attachments=["e04"]),
    kind="legal_demand", name="Oliver Penhaligon", org="Ashcombe Wilde Solicitors",
    mail="o.penhaligon@ashcombewilde.co.uk", rep="Severn Valley Boilers Ltd", theirs="OP/SVB/2048",
    urls=[f"https://uk.trustpilot.com/reviews/{r}"], ids=[r], basis="by 4pm this Friday",
    bases=[], case="new:severn",
    note="'this Friday' in an email sent Tuesday 13 Oct = Fri 16 Oct, the date the attached letter writes out. "
         "The cover email invokes no law itself, so legal_bases is empty."))

DOCS.append(doc("e04", "pdf", "en", "GB", "2026-10-13", f"""
ASHCOMBE WILDE SOLICITORS
2 Queen Square, Bristol BS1 4JE
T 0117 496 0735 · o.penhaligon@ashcombewilde.co.uk

Our ref: OP/SVB/2048

13 October 2026

Trustpilot A/S
Legal Department

Dear Sir or Madam

Severn Valley Boilers Ltd
Review: https://uk.trustpilot.com/reviews/{r}

We are instructed by Severn Valley Boilers Ltd, a Gas Safe registered heating engineer trading in Gloucestershire.

The review referred to above was posted on 2 October 2026 by a user named "Darren P". It states:

"Their engineer left the flue disconnected and my kids could have died from carbon monoxide."

"They are not even Gas Safe registered, check for yourself."

Our client is, and has been since 2011, on the Gas Safe Register, as a search of the register confirms. Its engineer's job sheet for the visit, countersigned by the customer, records a flue gas analysis within normal limits. The statements are false and seriously defamatory: an allegation that a heating engineer endangered children's lives goes to the heart of its trade.

We therefore ask that you remove the review and confirm in writing that you have done so by no later than 4.00pm on Friday, 16th October 2026.

Should you fail to do so, our client reserves the right to issue proceedings against the author and to seek relief against you as the host, relying on the notice given in this letter.

Yours faithfully

Oliver Penhaligon
Associate
for Ashcombe Wilde Solicitors
""", letter="2026-10-13", calc=("date", "2026-10-16"), family=["explicit_long", "time_of_day", "weekday", "ordinal", "comma"],
    kind="legal_demand", name="Oliver Penhaligon", org="Ashcombe Wilde Solicitors",
    mail="o.penhaligon@ashcombewilde.co.uk", rep="Severn Valley Boilers Ltd", theirs="OP/SVB/2048",
    urls=[f"https://uk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["Their engineer left the flue disconnected and my kids could have died from carbon monoxide.",
            "They are not even Gas Safe registered, check for yourself."],
    basis="by no later than 4.00pm on Friday, 16th October 2026", bases=["defamation"], case="new:severn",
    part_name="Letter to Trustpilot 13.10.2026.pdf"))

# e05 -- scanned letter, harassment, 14 days of receipt (anchor: received)
r1, r2 = RID[8], RID[9]
DOCS.append(doc("e05", "scan", "en", "GB", "2026-10-21", f"""
TRESIZE & CO SOLICITORS
41 Bridge Street, Hereford HR4 9DG
Tel 01432 555 207 · g.tresize@tresizeco.co.uk

19 October 2026

Ref: GT/ABN/118

Trustpilot A/S
Legal Department

Dear Sir or Madam

Mr Leon Abernethy – reviews {r1} and {r2}

We act for Mr Leon Abernethy, who runs a one-man picture framing business from his home in Ledbury.

Since July the same individual, writing under three different names, has posted a series of reviews about our client. Two remain online, with the ids given above. They include:

"Leon drinks in the Feathers every afternoon and then drives home, someone should ring the police."

"I've parked outside his house and watched him, he never has any customers."

The second statement is an open admission that the author is watching our client's home. Taken with the earlier reviews, which you removed, this is a course of conduct amounting to harassment within the meaning of the Protection from Harassment Act 1997. Our client is frightened and has reported the matter to West Mercia Police.

You must remove both reviews within 14 days of receipt of this letter and preserve all data you hold about the accounts that posted them.

Yours faithfully

Gwendolyn Tresize
Principal
Tresize & Co Solicitors
""", letter="2026-10-19", calc=("days", "2026-10-21", 14), family=["relative_receipt", "modal_must"],
    kind="legal_demand", name="Gwendolyn Tresize", org="Tresize & Co Solicitors",
    mail="g.tresize@tresizeco.co.uk", rep="Leon Abernethy", theirs="GT/ABN/118", ids=[r1, r2],
    quotes=["Leon drinks in the Feathers every afternoon and then drives home, someone should ring the police.",
            "I've parked outside his house and watched him, he never has any customers."],
    basis="within 14 days of receipt of this letter", bases=["harassment"], case="new:abernethy",
    note="Counted from received (21 Oct), not the letter date (19 Oct), because the basis names receipt."))

# e06 -- UK GDPR objection/erasure by an individual; one month of receipt
r = RID[10]
DOCS.append(doc("e06", "eml", "en", "GB", "2026-10-22", f"""
To whom it may concern,

I am writing to exercise my rights under the UK GDPR.

A review of Greyfriars Lock & Key posted on your site (https://uk.trustpilot.com/reviews/{r}) names me in full and says I am "the locksmith who was sacked for stealing from a customer's flat". I have never been dismissed from any job and I have never been accused of theft. The review also gives the street where I live.

This is my personal data. Under Article 21 I object to your processing of it, and under Article 17 I ask you to erase it, or at the very least, under Article 16, to remove my name and street from the review. I would also like a copy of any other personal data you hold about me that was submitted by this reviewer (Article 15).

Please respond within one month of receipt, as Article 12(3) requires. If I do not receive a response I will complain to the Information Commissioner's Office.

Regards,

Tobias Wrenfield
14 Marlpit Close
Norwich NR5 8QT
""", letter="2026-10-22", calc=("month", "2026-10-22"), family=["one_month", "relative_receipt"],
    email=mail("Tobias Wrenfield", "t.wrenfield@fastmail.co.uk", "Data protection request - review naming me",
               "<17a2c9e3-0f51-4d2b-9e47-wrenfield@fastmail.co.uk>", "2026-10-22T20:41:00+01:00"),
    kind="data_request", name="Tobias Wrenfield", mail="t.wrenfield@fastmail.co.uk",
    urls=[f"https://uk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["the locksmith who was sacked for stealing from a customer's flat"],
    basis="within one month of receipt", bases=["data_protection"], case="new:wrenfield",
    note="One month from receipt (the email's own day, 22 Oct) -> 22 Nov, the Art. 12(3) reading of SCHEMA."))

# e07 -- polite request, close of business on a named weekday, no year
r = RID[12]
DOCS.append(doc("e07", "docx", "en", "GB", "2026-11-03", f"""
BRACKLEY MOOR SOLICITORS
7 Horsefair, Banbury OX16 0AH · 01295 555 660 · f.ambrose-kaur@brackleymoor.co.uk

2 November 2026

Our reference: FAK/LCH/0931

Trustpilot A/S
Legal Team

Dear Colleagues

Larkspur Care Homes Ltd – review {r}

We represent Larkspur Care Homes Ltd, which operates a 40-bed residential home in Banbury.

The review at https://uk.trustpilot.com/reviews/{r} was posted by a relative of a former resident. Our client does not object to criticism of its care, and has replied publicly to the review. The difficulty is the final paragraph, which names another resident, gives her room number and describes her dementia diagnosis and continence needs in detail: "Mrs Hallam in room 12 has dementia and is left in wet sheets for hours."

That resident has not consented to the publication of her health information, and her family are distressed. Our client also denies the allegation, which is defamatory of its staff.

We would be grateful if you could confirm by close of business on Tuesday 10 November that the review has been taken down, or at least that the final paragraph has been removed. We are happy to discuss a redaction rather than removal.

Yours sincerely

Felicity Ambrose-Kaur
Solicitor
Brackley Moor Solicitors
""", letter="2026-11-02", calc=("date", "2026-11-10"), family=["polite", "close_of_business", "weekday", "yearless"],
    kind="legal_demand", name="Felicity Ambrose-Kaur", org="Brackley Moor Solicitors",
    mail="f.ambrose-kaur@brackleymoor.co.uk", rep="Larkspur Care Homes Ltd", theirs="FAK/LCH/0931",
    urls=[f"https://uk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["Mrs Hallam in room 12 has dementia and is left in wet sheets for hours."],
    basis="by close of business on Tuesday 10 November", bases=["data_protection", "defamation"],
    case="new:larkspur"))

# e08 -- internal escalation, reported expectation, "by the 12th"
r = RID[14]
DOCS.append(doc("e08", "eml", "en", "GB", "2026-11-05", f"""
Hi Legal team,

Escalating on behalf of one of my enterprise accounts, Hollins & Vane Opticians (38 branches, renewal due in January).

Their head of customer experience, Marcus Delahaye, called me this morning about this review: https://uk.trustpilot.com/reviews/{r}

It was posted on 28 October and claims an optometrist at the Chester branch "missed a detached retina and told me it was just a migraine". Marcus says there is no record of any appointment under that name or email at any branch, and the wording is almost identical to a review left on a competitor's Google page a week earlier. They flagged it through the business portal on 30 October and got the standard "does not breach our guidelines" reply the next day.

He's frustrated and has mentioned the renewal twice. Marcus expects a substantive response from Legal by the 12th, as that's when he reports to their board. Could someone take a look and let me know what I can tell him?

Thanks,
Callum

Callum Ferris-Boyd
Senior Account Manager, Enterprise UK
Trustpilot
callum.ferrisboyd@trustpilot.com
""", letter="2026-11-05", calc=("dom", "2026-11-05", 12), family=["reported", "day_of_month_only"],
    email=mail("Callum Ferris-Boyd", "callum.ferrisboyd@trustpilot.com",
               "Escalation: Hollins & Vane Opticians - disputed review", "<CAFb7=escal.hv.1105@mail.gmail.com>",
               "2026-11-05T12:27:00+00:00"),
    kind="internal_escalation", name="Callum Ferris-Boyd", org="Trustpilot",
    mail="callum.ferrisboyd@trustpilot.com", rep="Hollins & Vane Opticians",
    urls=[f"https://uk.trustpilot.com/reviews/{r}"], ids=[r],
    quotes=["missed a detached retina and told me it was just a migraine"],
    basis="by the 12th", bases=["platform_guidelines"], case="new:hollins",
    note="'by the 12th' with no month = the next 12th after the email of 5 Nov -> 12 Nov. "
         "legal_bases: the colleague invokes only the guidelines (the flag was rejected under them)."))
