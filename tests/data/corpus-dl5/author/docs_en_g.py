"""English documents f25–f28 (Canada, Australia)."""
from common import RID, doc, mail

R25 = RID[48]
R26a, R26b = RID[50], RID[51]
R27 = RID[52]
C1703 = RID[153]

F25 = doc("f25", "eml", "en", "CA", "2026-11-25", f"""
Good afternoon,

I am investigating a complaint of uttering threats (s. 264.1 of the Criminal Code) reported by the owner of a restaurant in Antigonish, Nova Scotia.

A review was posted about the restaurant on November 22, 2026 at https://ca.trustpilot.com/reviews/{R25}. It reads in part: "Next time I come in it won't be to eat. Ask your cook about his car." The restaurant's cook found the tires of his vehicle slashed the following morning.

I am requesting that Trustpilot voluntarily disclose the basic subscriber information for the account that posted the review (name, email address, account creation date and the IP address used to post the review, with timestamps and time zone), and that the account data be preserved.

Because of the ongoing risk to the complainant and his staff, I would ask that the information be provided within 48 hours of receiving this request. A production order will be sought if voluntary disclosure is not possible; please let me know as soon as you can if that is the case.

Thank you for your assistance.

Cpl. Aidan MacQuarrie
General Investigation Section
Royal Canadian Mounted Police – Antigonish Detachment
aidan.macquarrie@rcmp-grc.gc.ca
File 2026-1548832
""", letter="2026-11-25", calc=("hours", "2026-11-25", 48),
    email=mail("Aidan MacQuarrie", "aidan.macquarrie@rcmp-grc.gc.ca", "RCMP request – subscriber information – File 2026-1548832",
               "<YQBPR01MB4420.macquarrie.20261125@rcmp-grc.gc.ca>", "2026-11-25T18:05:00+00:00"),
    family=["hours", "relative_receipt", "polite_would_ask"],
    kind="law_enforcement", name="Aidan MacQuarrie", org="Royal Canadian Mounted Police", mail="aidan.macquarrie@rcmp-grc.gc.ca",
    theirs="2026-1548832",
    urls=[f"https://ca.trustpilot.com/reviews/{R25}"], ids=[R25],
    quotes=["Next time I come in it won't be to eat.", "Ask your cook about his car."],
    basis="within 48 hours of receiving this request", bases=["criminal"], case="new:rcmp-antigonish",
    note="48 hours from receipt (the email arrived the day it was sent, Wed 25 Nov) = two calendar days -> Fri 27 Nov. "
         "'Cpl.' is a rank. The file number is given without its label 'File' as their_reference.")

F26 = doc("f26", "pdf", "en", "AU", "2026-10-29", f"""
FITZROY CALDER LAWYERS
Level 14, 360 Collins Street, Melbourne VIC 3000
T (03) 9555 0261 · E nwhitely@fitzroycalder.com.au · ABN 61 555 204 118

28 October 2026

Private and confidential
Trustpilot A/S
Pilestræde 58
1112 Copenhagen K, Denmark

Our ref: NW:YGE:20931

Dear Sir/Madam

Yarra Glen Equestrian Centre Pty Ltd – reviews on au.trustpilot.com

We act for Yarra Glen Equestrian Centre Pty Ltd (our client).

Two reviews published on your website, at https://au.trustpilot.com/reviews/{R26a} and https://au.trustpilot.com/reviews/{R26b}, allege that our client's horses are "starved and lame" and that "the RSPCA has been out three times this year". Both claims are false. Our client's horses are inspected by an equine veterinarian every month, and the RSPCA has never attended our client's property. The reviews carry the imputation that our client is guilty of animal cruelty.

Our client has suffered a marked fall in school-holiday bookings since the reviews appeared.

We request that Trustpilot remove both reviews within seven (7) business days of the date of this letter. If the reviews are not removed, our client is likely to commence proceedings in the County Court of Victoria, and will seek a take-down order under section 39A of the Defamation Act 2005 (Vic).

Yours faithfully

Natalie Whitely
Principal
Fitzroy Calder Lawyers
""", letter="2026-10-28", calc=("wdays", "2026-10-28", 7, "AU", "VIC"), subdiv="VIC",
    family=["relative_working_days", "holiday_crossed_regional", "request_we_request"],
    kind="legal_demand", name="Natalie Whitely", org="Fitzroy Calder Lawyers", mail="nwhitely@fitzroycalder.com.au",
    rep="Yarra Glen Equestrian Centre Pty Ltd", theirs="NW:YGE:20931",
    urls=[f"https://au.trustpilot.com/reviews/{R26a}", f"https://au.trustpilot.com/reviews/{R26b}"], ids=[R26a, R26b],
    quotes=["starved and lame", "the RSPCA has been out three times this year"],
    basis="within seven (7) business days of the date of this letter", bases=["defamation"], case="new:yarra-glen",
    note="REGIONAL HOLIDAY: Melbourne sender; Melbourne Cup Day (Tue 3 Nov) is a Victorian public holiday. Seven "
         "business days from Wed 28 Oct -> Mon 9 Nov; without it, Fri 6 Nov.")

F27 = doc("f27", "eml", "en", "AU", "2026-10-01", f"""
Hi team,

I run Moreton Bay Mobile Mechanics, a two-van business on the northside of Brisbane. Last week I flagged a review that says we "charged $900 for a battery and left the car worse than before": https://au.trustpilot.com/reviews/{R27}

Your reply yesterday said the review "reflects a genuine customer experience" and will stay. The thing is, the job number the reviewer mentions doesn't exist in our system and we don't sell batteries at anywhere near that price. I've attached our price list and job log for September.

I'm not after special treatment, I just want someone to actually check the job number against what I've sent. Can you please come back to me within 3 business days? We've got a regional council tender closing next week and our rating is part of the assessment.

Cheers,
Shane Pawlikowski
Owner
Moreton Bay Mobile Mechanics
0412 555 731
shane@mbmobilemechanics.com.au
""", letter="2026-10-01", calc=("wdays", "2026-10-01", 3, "AU", "QLD"), subdiv="QLD",
    email=mail("Shane Pawlikowski", "shane@mbmobilemechanics.com.au", "Flagged review – please look again",
               "<ME3PR01MB5562.shane.20261001@mbmobilemechanics.com.au>", "2026-10-01T13:40:00+10:00"),
    family=["relative_working_days", "holiday_crossed_regional", "polite_question"],
    kind="business_appeal", name="Shane Pawlikowski", org="Moreton Bay Mobile Mechanics", mail="shane@mbmobilemechanics.com.au",
    urls=[f"https://au.trustpilot.com/reviews/{R27}"], ids=[R27],
    quotes=["charged $900 for a battery and left the car worse than before"],
    basis="within 3 business days", bases=["platform_guidelines"], case="new:moreton-bay",
    note="REGIONAL HOLIDAY: Brisbane sender; Queensland's King's Birthday (Mon 5 Oct 2026). Three business days from "
         "Thu 1 Oct -> Wed 7 Oct; without the holiday, Tue 6 Oct. No anchor named: the email's date. 'next week' "
         "is the tender, not our deadline. Reliance on our guidelines ('genuine customer experience').")

F28 = doc("f28", "eml", "en", "AU", "2026-11-09", f"""
Hi Jess,

Thanks for getting back to me. I'm on site in Penrith most of this week so it'll probably be next Monday before I can dig out the contracts and invoices for the two jobs, but I'll get them to you as soon as I'm back in the office. The reviewer on {C1703} was never a client of ours, I'm certain of that.

Leanne

Leanne Coverdale
Director, Wattlebrook Pool Builders Pty Ltd
leanne@wattlebrookpools.com.au | 02 4555 0917

On Fri, 6 Nov 2026 at 08:15, Trustpilot Content Integrity <content-integrity@trustpilot.com> wrote:
> Dear Ms Coverdale,
>
> Our ref: CI-2026-1703
>
> Thank you for your report. To assess it we need evidence that the two reviewers were not customers, for example the contracts or invoices for the jobs they describe. Please send these to us by 20 November 2026. If we do not receive them, we will close the report.
>
> Kind regards,
> Jess
> Content Integrity Team
""", letter="2026-11-09", calc=None,
    email=mail("Leanne Coverdale", "leanne@wattlebrookpools.com.au", "Re: Your report [CI-2026-1703]",
               "<SY5P282MB0934.leanne.20261109@wattlebrookpools.com.au>", "2026-11-09T14:50:00+11:00",
               in_reply_to="<20261106081530.CI-2026-1703.3047@mail.trustpilot.com>",
               references=["<20261106081530.CI-2026-1703.3047@mail.trustpilot.com>"]),
    family=["null_quoted_older_email", "null_sender_plans"],
    kind="business_appeal", name="Leanne Coverdale", org="Wattlebrook Pool Builders Pty Ltd",
    mail="leanne@wattlebrookpools.com.au", ours="CI-2026-1703", ids=[C1703], case="CI-2026-1703",
    note="Null: the only date (20 November 2026) is our own deadline to her, in the quoted earlier email; 'next Monday' "
         "is her own plan. Sydney sender; kind business_appeal (she disputes reviews via our report process).")

DOCS = [F25, F26, F27, F28]
