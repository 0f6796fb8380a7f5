"""English documents f01–f04."""
from common import RID, doc, mail

R01a, R01b = RID[0], RID[1]
R02 = RID[2]
R03 = RID[4]

F01 = doc("f01", "pdf", "en", "GB", "2026-10-07", f"""
BRACKENBURY LISLE LLP
Solicitors · 14 Quarry Hill Chambers · Leeds LS2 7HQ
Tel 0113 496 2270 · disputes@brackenburylisle.co.uk

Our ref: OT/FER/4471
Your ref: –

5 October 2026

BY EMAIL AND RECORDED DELIVERY
Trustpilot A/S, Legal Department
Pilestræde 58, 1112 Copenhagen K, Denmark

Dear Sirs

Fernhollow Conservatories Ltd – review at https://uk.trustpilot.com/reviews/{R01a}

We act for Fernhollow Conservatories Ltd ("our client"), a family-run installer based in Harrogate.

On 22 September 2026 a user calling himself "Gaz R" posted the review at the above address. It states that "The roof panels were second-hand and they knew it." It goes on: "Fernhollow fitted a leaking roof and then blocked my number."

Both statements are false. Every panel supplied to the reviewer's address was new stock, delivered direct from the manufacturer, and our client holds the delivery notes. Our client's call logs show four answered calls from the reviewer's number in August. The allegation that our client knowingly supplied used materials is plainly defamatory and has already cost it at least two surveys.

Our client requires that the review be taken down, and that you confirm this to us in writing, by no later than 5.00pm (UK time) on Thursday the 15th of October 2026. If the review is not removed, we are instructed to consider proceedings under the Defamation Act 2013 without further notice, including an application under section 5.

We also draw your attention to a second review by the same account, https://uk.trustpilot.com/reviews/{R01b}, which repeats the same allegation in shorter form.

Yours faithfully

Oliver Tremaine
Partner
Brackenbury Lisle LLP
""", letter="2026-10-05", calc=("date", "2026-10-15"),
    family=["cue_material_between", "time_of_day", "time_zone", "weekday", "ordinal", "brackets", "reported_requires"],
    kind="legal_demand", name="Oliver Tremaine", org="Brackenbury Lisle LLP", mail="disputes@brackenburylisle.co.uk",
    rep="Fernhollow Conservatories Ltd", theirs="OT/FER/4471",
    urls=[f"https://uk.trustpilot.com/reviews/{R01a}", f"https://uk.trustpilot.com/reviews/{R01b}"], ids=[R01a, R01b],
    quotes=["The roof panels were second-hand and they knew it.",
            "Fernhollow fitted a leaking roof and then blocked my number."],
    basis="by no later than 5.00pm (UK time) on Thursday the 15th of October 2026", bases=["defamation"],
    case="new:fernhollow",
    note="sender_email is the firm's departmental address in the letterhead; no personal address is given.")

F02 = doc("f02", "pdf", "en", "NZ", "2026-10-21", f"""
KAURI LANE LEGAL
Barristers & Solicitors
Level 6, 88 Customs Street East, Auckland 1010
Phone +64 9 300 4417 · h.maaka@kaurilanelegal.co.nz

19 October 2026

Trustpilot A/S
Legal Team
By email: legal@trustpilot.com

Our reference: HM 26-0915

Dear Trustpilot

TAMAKI HEAT PUMPS LIMITED – REVIEW POSTED BY "SUNNYSIDE_RUTH"

We are instructed by Tamaki Heat Pumps Limited of Mt Wellington, Auckland.

The review at https://nz.trustpilot.com/reviews/{R02} alleges that our client's installer "was not registered and wired the unit himself". That is untrue. The installer holds a current electrical registration and the install was certified on the day. The review also describes our client as "a bunch of crooks who prey on pensioners", which is abusive and without any factual basis.

Our client has tried to resolve this with the reviewer directly, without success. It now asks Trustpilot to act. Our client expects the review to be removed within ten working days of the date of this letter, failing which it will consider its position under the Defamation Act 1992 and the Harmful Digital Communications Act 2015.

We are happy to provide the certificate of compliance on a confidential basis if that assists your assessment.

Yours sincerely

Hemi Maaka
Senior Associate
Kauri Lane Legal
""", letter="2026-10-19", calc=("wdays", "2026-10-19", 10, "NZ", "AUK"), subdiv="AUK",
    family=["relative_working_days", "holiday_crossed", "reported_expects"],
    kind="legal_demand", name="Hemi Maaka", org="Kauri Lane Legal", mail="h.maaka@kaurilanelegal.co.nz",
    rep="Tamaki Heat Pumps Limited", theirs="HM 26-0915",
    urls=[f"https://nz.trustpilot.com/reviews/{R02}"], ids=[R02],
    quotes=["was not registered and wired the unit himself", "a bunch of crooks who prey on pensioners"],
    basis="within ten working days of the date of this letter", bases=["defamation", "harassment"],
    case="new:tamaki-heat-pumps",
    note="Ten NZ working days from Mon 19 Oct skip Labour Day (Mon 26 Oct, national) -> Tue 3 Nov; weekends only "
         "would give Mon 2 Nov. Auckland Anniversary Day is in January, so the region changes nothing here. "
         "Both quoted fragments are listed (each is quoted from the review, though embedded in the sender's "
         "sentence). The Harmful Digital "
         "Communications Act is read as harassment.")

F03 = doc("f03", "eml", "en", "GB", "2026-10-30", """
Dear Sir or Madam,

Please find attached a letter from Nadia Ezeanya of this firm concerning two reviews of our client, Pellow & Strand Opticians Ltd.

The letter sets out our client's position in full. In short, we would ask you to remove the reviews and to let us have your response by Friday 13 November.

We would be grateful if you could acknowledge receipt of this email.

Kind regards,

Toby Rennick
Trainee Solicitor
for Ezeanya Verity Solicitors
Bramley House, 3 Lemon Street, Truro TR1 2LS
t.rennick@ezeanyaverity.co.uk | 01872 555 304
""", letter="2026-10-30", calc=("date", "2026-11-13"),
    email=mail("Toby Rennick", "t.rennick@ezeanyaverity.co.uk",
               "Pellow & Strand Opticians Ltd – letter before action (our ref NE/PSO/118)",
               "<CWLP265MB4410.rennick.20261030@ezeanyaverity.co.uk>", "2026-10-30T15:22:00+00:00",
               attachments=["f04"]),
    family=["cover_email", "weekday", "polite_would_ask"],
    kind="legal_demand", name="Toby Rennick", org="Ezeanya Verity Solicitors", mail="t.rennick@ezeanyaverity.co.uk",
    rep="Pellow & Strand Opticians Ltd", theirs="NE/PSO/118", basis="by Friday 13 November",
    case="new:pellow-strand",
    note="The cover email restates the letter's fourteen days as a date (30 Oct + 14 = Fri 13 Nov). It invokes no "
         "law of its own (legal_bases []), and names neither review (the ids are only in the attachment). "
         "Sender is the trainee who signs, 'for' the firm.")

F04 = doc("f04", "pdf", "en", "GB", "2026-10-30", f"""
EZEANYA VERITY SOLICITORS
Bramley House · 3 Lemon Street · Truro TR1 2LS
01872 555 300 · enquiries@ezeanyaverity.co.uk

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Our ref: NE/PSO/118

30 October 2026

Dear Sirs,

Letter before action – Pellow & Strand Opticians Ltd

We represent Pellow & Strand Opticians Ltd, which operates two practices in Cornwall.

Two reviews on your platform, https://uk.trustpilot.com/reviews/{R03} and one further review with the identifier {RID[5]}, make the same allegation, namely that "the optometrist told me I needed glasses just to sell me frames". The first review adds: "They misdiagnosed my son's eye infection and he nearly lost his sight."

Our client's records show that the child referred to was seen once, referred the same day to the eye casualty unit at Royal Cornwall Hospital, and that the referral letter is on file. The allegation of misdiagnosis is false and seriously damaging to a clinical business. We consider both reviews defamatory, and the personal data of a child appears to have been published without a lawful basis.

We therefore ask that you remove both reviews within fourteen (14) days of the date of this letter and confirm that you have done so. Should you decline, our client reserves the right to issue proceedings without further reference to you.

Yours faithfully,

Nadia Ezeanya
Partner
Ezeanya Verity Solicitors
""", letter="2026-10-30", calc=("days", "2026-10-30", 14), part_name="Letter to Trustpilot - Pellow & Strand.pdf",
    family=["relative_letter_date", "attachment"],
    kind="legal_demand", name="Nadia Ezeanya", org="Ezeanya Verity Solicitors", mail="enquiries@ezeanyaverity.co.uk",
    rep="Pellow & Strand Opticians Ltd", theirs="NE/PSO/118",
    urls=[f"https://uk.trustpilot.com/reviews/{R03}"], ids=[R03, RID[5]],
    quotes=["the optometrist told me I needed glasses just to sell me frames",
            "They misdiagnosed my son's eye infection and he nearly lost his sight."],
    basis="within fourteen (14) days of the date of this letter", bases=["defamation", "data_protection"],
    case="new:pellow-strand",
    note="The first quotation is embedded after 'namely that' but is quoted from the reviews, so it is listed. "
         "The second review is cited by bare id only (no URL). sender_email: the letter gives only the firm's general "
         "address (its own letterhead), preferred over the covering email's From address (the trainee's).")

DOCS = [F01, F02, F03, F04]
