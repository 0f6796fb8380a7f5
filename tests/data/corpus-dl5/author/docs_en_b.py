"""English documents f05–f08."""
from common import RID, doc, mail

R05 = RID[8]
R06a, R06b = RID[10], RID[11]
R07 = RID[12]
C1701 = RID[151]

F05 = doc("f05", "scan", "en", "GB", "2026-11-09", f"""
Bethan Corliss
Pawprint Grooming (sole trader)
7 Glebe Cottages, Ludlow SY8 1PW
bethan.corliss@pawprintgrooming.co.uk

4 November 2026

Data Protection Officer
Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Subject access and erasure request – UK GDPR Articles 15 and 17

Dear Data Protection Officer,

I am the owner of a small dog grooming business. A review posted about my business (review {R05}) names me, gives my home street, and says that I "should not be allowed near animals". It also mentions a health condition of mine, which I have never discussed with any customer.

Under Article 15 of the UK GDPR I ask for a copy of all personal data you hold about me, including any data you received about me from the reviewer, and the source of that data. Under Article 17 I ask you to erase the review, or at least the parts that identify my address and my health.

I expect a full response within one month of receipt of this request. I am sending this by post because I could not find a way to attach my ID to your online form; a copy of my driving licence is enclosed.

If I do not receive a response I will complain to the Information Commissioner's Office.

Yours faithfully,

Bethan Corliss
""", letter="2026-11-04", calc=("month", "2026-11-09"),
    family=["relative_receipt", "one_month", "scan", "first_person_expect"],
    kind="data_request", name="Bethan Corliss", org="Pawprint Grooming", mail="bethan.corliss@pawprintgrooming.co.uk",
    ids=[R05], quotes=["should not be allowed near animals"],
    basis="within one month of receipt of this request", bases=["data_protection"], case="new:pawprint-corliss",
    note="Posted letter dated 4 Nov, received Mon 9 Nov; 'of receipt' anchors on received -> 9 Dec (same day "
         "number next month). She writes for herself about her own business: represented_party null.")

F06 = doc("f06", "txt", "en", "NZ", "2026-11-12", f"""
TRUSTPILOT - REPORT A CONCERN (NEW ZEALAND)
Reference shown on screen: WEB-NZ-88213
Submitted: 12/11/2026 20:14 (NZDT)

1. ABOUT YOU
Name: Tessa Marwick
Email: tessa.marwick@kiwimail.co.nz
Phone: 021 448 9310
Reporting for: Myself

2. THE CONTENT
Link(s): https://nz.trustpilot.com/reviews/{R06a}
          https://nz.trustpilot.com/reviews/{R06b}
Category: Harassment / threatening content

3. WHAT IS WRONG WITH IT
These two reviews were written on my salon's page by my ex-partner. Neither is about a haircut. One says "Everyone should know what Tessa did to her last boyfriend." The other gives the name of my street and says "I'll be seeing her soon."

I have a protection order against him. Posting this is a breach of it and I think it is also an offence under the Harmful Digital Communications Act. I have given the police the links.

4. WHAT YOU WANT US TO DO
Remove both reviews and block the account.

5. TIMING
Is this urgent? Yes
Response needed by (DD/MM/YYYY): 20/11/2026
Best time to call: after 6pm

6. DECLARATION
[x] The information in this report is true to the best of my knowledge.
""", letter="2026-11-12", calc=("date", "2026-11-20"),
    family=["form_field", "numeric_day_first"],
    kind="illegal_content_notice", name="Tessa Marwick", mail="tessa.marwick@kiwimail.co.nz",
    theirs="WEB-NZ-88213",
    urls=[f"https://nz.trustpilot.com/reviews/{R06a}", f"https://nz.trustpilot.com/reviews/{R06b}"], ids=[R06a, R06b],
    quotes=["Everyone should know what Tessa did to her last boyfriend.", "I'll be seeing her soon."],
    basis="Response needed by (DD/MM/YYYY): 20/11/2026", bases=["harassment", "criminal"], case="new:marwick-salon",
    note="Form field with its own layout hint; the whole labelled line is the basis. The on-screen web reference "
         "is treated as the sender's reference. Organisation null: the salon is not named.")

F07 = doc("f07", "eml", "en", "GB", "2026-12-04", f"""
Dear Trustpilot Legal Team,

We are instructed by Ms Carys Dunleavy, the practice manager of a veterinary surgery in Stockport.

Since 19 November an account named "truthaboutvets" has posted three reviews of the surgery, each of which names Ms Dunleavy personally. The most recent, at https://uk.trustpilot.com/reviews/{R07}, states: "Carys Dunleavy lets animals die to save on overtime." It is the latest in a series of messages our client has received, including at her home address, which we have reported to Greater Manchester Police.

Our client's position is that this course of conduct amounts to harassment within the meaning of the Protection from Harassment Act 1997 and that the statement quoted is defamatory of her.

Please treat this email as formal notice. We invite you to respond substantively within 15 business days of the date of this email, confirming (a) whether the review will be removed and (b) whether you will preserve the account data pending an application for disclosure. Given the time of year we have allowed longer than we otherwise would.

Yours faithfully,

Imogen Strathairn
Associate Solicitor
Wexcombe Hale LLP
Carrington House, 41 Princess Street, Manchester M1 4LB
Direct: 0161 555 0819
Our ref: IS/DUN/0077
""", letter="2026-12-04", calc=("wdays", "2026-12-04", 15, "GB", "ENG"), subdiv="ENG",
    email=mail("Imogen Strathairn", "i.strathairn@wexcombehale.co.uk", "Formal notice – Ms Carys Dunleavy – IS/DUN/0077",
               "<LO4P265MB0198.strathairn.20261204@wexcombehale.co.uk>", "2026-12-04T11:08:00+00:00"),
    family=["relative_working_days", "holiday_crossed", "relative_email_date", "polite_invite"],
    kind="legal_demand", name="Imogen Strathairn", org="Wexcombe Hale LLP", mail="i.strathairn@wexcombehale.co.uk",
    rep="Carys Dunleavy", theirs="IS/DUN/0077",
    urls=[f"https://uk.trustpilot.com/reviews/{R07}"], ids=[R07],
    quotes=["Carys Dunleavy lets animals die to save on overtime."],
    basis="within 15 business days of the date of this email", bases=["harassment", "defamation"],
    case="new:dunleavy-vets",
    note="15 England & Wales business days from Fri 4 Dec skip Christmas Day (Fri 25 Dec) and the Boxing Day "
         "substitute (Mon 28 Dec) -> Tue 29 Dec; weekends only would give Fri 25 Dec. 'Ms' is dropped from "
         "represented_party.")

F08 = doc("f08", "eml", "en", "GB", "2026-11-03", f"""
Dear Sirs

Quillon Drainage Ltd – review {C1701}
Your ref: CI-2026-1701

We refer to our letter of 14 October and to your acknowledgement of 21 October, which told us that the matter had been passed to a specialist and that you would "revert shortly".

Our letter gave you until 30 October to remove the review. We have heard nothing further and the review remains online. In the meantime our client has lost a commercial maintenance contract, the customer having referred expressly to the review.

We are not prepared to allow this to drift. The review must be taken down immediately. If it is not, we will advise our client on proceedings against Trustpilot as a publisher with notice of the complaint, and we will rely on this correspondence on the question of costs.

Yours faithfully

Rosalind Trewhella
Partner
Ashby Trelawney Solicitors
Our ref: RT/QD/5513
""", letter="2026-11-03", calc=None,
    email=mail("Rosalind Trewhella", "r.trewhella@ashbytrelawney.co.uk",
               "RE: Quillon Drainage Ltd – CI-2026-1701", "<PR3P265MB7702.trewhella.20261103@ashbytrelawney.co.uk>",
               "2026-11-03T09:41:00+00:00", in_reply_to="<20261021093512.CI-2026-1701.1184@mail.trustpilot.com>",
               references=["<20261021093512.CI-2026-1701.1184@mail.trustpilot.com>"]),
    family=["null_immediately_chaser", "null_recalled_date"],
    kind="legal_demand", name="Rosalind Trewhella", org="Ashby Trelawney Solicitors", mail="r.trewhella@ashbytrelawney.co.uk",
    rep="Quillon Drainage Ltd", theirs="RT/QD/5513", ours="CI-2026-1701", ids=[C1701],
    case="CI-2026-1701",
    note="Chaser: 30 October is only recalled (the earlier letter's date); the new demand is 'immediately' -> null. "
         "No law is named in this email beyond proceedings generally; legal_bases [].")

DOCS = [F05, F06, F07, F08]
