"""English documents f12–f15 (Ireland)."""
from common import RID, doc, mail

R12 = RID[22 + 2]
R13 = RID[24 + 2]
C1702 = RID[152]
C1704 = RID[154]

F12 = doc("f12", "pdf", "en", "IE", "2026-10-23", f"""
GAFFNEY BREHONY SOLICITORS
Unit 9, Merchants Quay, Limerick V94 K2T7
Tel: +353 61 555 208 · Email: a.brehony@gaffneybrehony.ie

Our Ref: AB/SHN/662
Your Ref: —

21st October 2026

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Dear Sir/Madam,

Re: Shannonside Tyre & Exhaust Limited — review published on ie.trustpilot.com

We are instructed by Shannonside Tyre & Exhaust Limited of Dock Road, Limerick.

A review published on your website at https://ie.trustpilot.com/reviews/{R12} under the name "Ger M." alleges that our client "fitted part-worn tyres and charged for new ones". The review goes on to say "They are chancers and should be reported to the Gardaí."

Our client sells new tyres only and retains the supplier invoice for every tyre fitted. The allegation of deliberately charging for new tyres while fitting used ones is an allegation of dishonesty and is defamatory of our client within the meaning of the Defamation Act 2009.

We hereby call upon you to remove the said review within seven working days from the date hereof and to confirm in writing that same has been done. In default, we have instructions to issue proceedings without further notice to you and to seek our client's costs.

We look forward to hearing from you.

Yours faithfully,

Aoife Brehony
GAFFNEY BREHONY SOLICITORS
""", letter="2026-10-21", calc=("wdays", "2026-10-21", 7, "IE", None),
    family=["relative_working_days", "holiday_crossed", "legalese_hereof", "imperative_call_upon"],
    kind="legal_demand", name="Aoife Brehony", org="Gaffney Brehony Solicitors", mail="a.brehony@gaffneybrehony.ie",
    rep="Shannonside Tyre & Exhaust Limited", theirs="AB/SHN/662",
    urls=[f"https://ie.trustpilot.com/reviews/{R12}"], ids=[R12],
    quotes=["fitted part-worn tyres and charged for new ones", "They are chancers and should be reported to the Gardaí."],
    basis="within seven working days from the date hereof", bases=["defamation"], case="new:shannonside",
    note="Seven Irish working days from Wed 21 Oct skip the October Bank Holiday (Mon 26 Oct) -> Mon 2 Nov; weekends "
         "only would give Fri 30 Oct. 'the date hereof' = the letter's date. The firm name is printed in capitals "
         "in the text; the organisation is given in its ordinary case.")

F13 = doc("f13", "eml", "en", "IE", "2026-10-28", f"""
Dear Sir/Madam,

I am a member of An Garda Síochána attached to Mullingar Garda Station and I am investigating an allegation of threats to kill (section 5, Non-Fatal Offences Against the Person Act 1997) made against a publican in Co. Westmeath.

On 24 October 2026 a review was posted about the injured party's premises at https://ie.trustpilot.com/reviews/{R13}. The review contains the words "I know what time you lock up and I'll be waiting". The injured party believes it was written by a former employee.

I am requesting, for the purposes of this criminal investigation, the following information in respect of the account that posted the review: the registered name and email address, any telephone number, IP addresses used at registration and at the time of posting, with timestamps (UTC).

The information is required on or before Friday the 6th of November, as the suspect is due to be interviewed the following week. A formal request under the Criminal Justice (Mutual Assistance) Act can follow if your policy requires it.

Please do not notify the account holder of this request.

Regards,

Niamh Brosnahan
Detective Garda
Mullingar Garda Station, Co. Westmeath
Tel: 044 938 5550
Ref: PULSE 26/44871-MG
""", letter="2026-10-28", calc=("date", "2026-11-06"),
    email=mail("Niamh Brosnahan", "niamh.brosnahan@garda.ie", "Request for data – PULSE 26/44871-MG",
               "<GV1P195MB0417.brosnahan.20261028@garda.ie>", "2026-10-28T14:52:00+00:00"),
    family=["passive_required", "weekday", "ordinal", "year_less"],
    kind="law_enforcement", name="Niamh Brosnahan", org="An Garda Síochána", mail="niamh.brosnahan@garda.ie",
    theirs="PULSE 26/44871-MG",
    urls=[f"https://ie.trustpilot.com/reviews/{R13}"], ids=[R13],
    quotes=["I know what time you lock up and I'll be waiting"],
    basis="on or before Friday the 6th of November", bases=["criminal"], case="new:garda-mullingar",
    note="Year-less date = the next 6 November after the email (a Friday). Rank 'Detective Garda' is not part of "
         "the name. 'the following week' is the interview, not our deadline. The publican is the injured party, "
         "not a client: represented_party null.")

F14 = doc("f14", "eml", "en", "IE", "2026-11-10", """
Thank you for your email.

I am out of the office until Monday 16 November and will have limited access to email before then. I will respond to your message on my return.

If your matter is urgent, please contact my colleague Sinéad Prendiville at sprendiville@mulcahyculhane.ie or call reception on +353 1 555 7120.

Please note that our offices close at 1pm on Friday 13 November for staff training.

Mulcahy Culhane & Co. Solicitors
27 Fitzwilliam Place, Dublin 2, D02 X4E8

Ciarán Culhane
Solicitor

This email and any attachments are confidential and may be privileged. If you have received it in error please notify the sender and delete it. Mulcahy Culhane & Co. Solicitors does not accept service of proceedings by email.
""", letter="2026-11-10", calc=None,
    email=mail("Ciarán Culhane", "cculhane@mulcahyculhane.ie",
               "Automatic reply: Ardnacrusha Motor Sales Ltd [CI-2026-1702]",
               "<AM6PR02MB4471.auto.20261110@mulcahyculhane.ie>", "2026-11-10T12:04:30+00:00",
               in_reply_to="<20261110120406.CI-2026-1702.2290@mail.trustpilot.com>",
               references=["<20261110120406.CI-2026-1702.2290@mail.trustpilot.com>"]),
    family=["null_out_of_office", "null_closure"],
    kind="legal_demand", name="Ciarán Culhane", org="Mulcahy Culhane & Co. Solicitors", mail="cculhane@mulcahyculhane.ie",
    ours="CI-2026-1702", case="CI-2026-1702",
    note="Auto-reply: 'until Monday 16 November' and the 13 November closure are the sender's absences, not demands -> "
         "null. Kind follows the matter (legal_demand); no client named in the body, so represented_party null; "
         "legal_bases []. Our reference appears only in the subject.")

F15 = doc("f15", "eml", "en", "IE", "2026-11-16", f"""
Dear Content Integrity Team,

Kilbride Orthopaedic Clinic Ltd – review {C1704}
Our ref: SD/KOC/2207 | Your ref: CI-2026-1704

Thank you for your email of 13 November explaining that the reviewer has been asked for evidence of her treatment and has not yet replied.

Our letter of 5 November required a substantive response by 16 November. Our client accepts that you cannot fairly decide the matter before the reviewer has had an opportunity to respond, and it is prepared to allow further time on that basis. We therefore agree to extend the deadline until 4pm on Monday 23 November 2026.

Our client will not agree to a further extension. If the review has not been removed or substantially amended by then, our instructions are to issue proceedings under the Defamation Act 2009 without further notice.

Kind regards,

Saoirse Dunphy
Partner
Fennelly Dunphy LLP
Riverside Two, Sir John Rogerson's Quay, Dublin 2
""", letter="2026-11-16", calc=("date", "2026-11-23"),
    email=mail("Saoirse Dunphy", "s.dunphy@fennellydunphy.ie", "RE: Kilbride Orthopaedic Clinic Ltd [CI-2026-1704]",
               "<DU2PR10MB3318.dunphy.20261116@fennellydunphy.ie>", "2026-11-16T08:57:00+00:00",
               in_reply_to="<20261113151022.CI-2026-1704.3316@mail.trustpilot.com>",
               references=["<20261113151022.CI-2026-1704.3316@mail.trustpilot.com>"]),
    family=["extension_new_date", "old_date_recalled", "time_of_day", "weekday"],
    kind="legal_demand", name="Saoirse Dunphy", org="Fennelly Dunphy LLP", mail="s.dunphy@fennellydunphy.ie",
    rep="Kilbride Orthopaedic Clinic Ltd", theirs="SD/KOC/2207", ours="CI-2026-1704", ids=[C1704],
    basis="until 4pm on Monday 23 November 2026", bases=["defamation"], case="CI-2026-1704",
    note="Extension: the old date (16 Nov) is only recalled; the new one is the deadline.")

DOCS = [F12, F13, F14, F15]
