"""corpus-s, English documents s06-s10."""
from __future__ import annotations

from common import R, doc, mail, plus_working_days, rurl

DOCS = []

# s06 - the business on the other side of CI-2026-0740 writes on paper; review id in text only;
# its only reference is a County Court claim number it asks to be quoted
DOCS.append(doc("s06", "scan", "en", "2026-11-02", f"""
PENDLE VALLEY CARAVANS LTD
Holme Road Service Area, Barrowford, Nelson, Lancashire BB9 6RQ
Sales 01282 555 914 · office@pendlevalleycaravans.co.uk

Trustpilot
Legal Department
Pilestræde 58
1112 Copenhagen K
DENMARK

29 October 2026

Claim number: K3QZ8M4T (please quote this on all correspondence)

Dear Sirs

Review by Mr G Lloyd-Price – review reference {R["pendle"]}

We understand from a customer that Mr Lloyd-Price is asking you to put his review of our business back on your website. We write so that you have our position before you make any decision.

The review said, among other things, "They sold me a caravan with a rotten floor and knew it." That is false. The caravan was sold with a full habitation check and damp report carried out by an independent engineer, which recorded readings within normal limits. Mr Lloyd-Price signed the pre-delivery inspection sheet. The floor problem he later complained of was caused by a water leak from a fitting he installed himself, as his own surveyor accepts in paragraph 4.2 of the report he has been showing people.

Saying that we knowingly sold a defective caravan accuses us of dishonesty. It is defamatory of the company and of me personally, and we have lost at least two sales that we know of because of it. We have issued a claim against Mr Lloyd-Price in the County Court under the claim number above.

We therefore ask that the review stays removed and is not reinstated while the claim is pending. If Trustpilot does reinstate it, please let us know beforehand so that we can take advice.

Yours faithfully

Maureen Hartley
Managing Director
Pendle Valley Caravans Ltd
""", kind="legal_demand", name="Maureen Hartley", org="Pendle Valley Caravans Ltd",
    mail="office@pendlevalleycaravans.co.uk", rep=None, theirs="K3QZ8M4T", ids=[R["pendle"]],
    quotes=["They sold me a caravan with a rotten floor and knew it."], bases=["defamation"], case="CI-2026-0740",
    note="other party of an open case, same review id; English claim number as their only reference"))

# s07 - Harbourside Dental Studio (Poole) replies in the thread of CI-2026-0744
DOCS.append(doc("s07", "eml", "en", "2026-10-23", f"""
Hello,

Thank you for getting back to us, but I'm afraid we don't accept the decision and would like it looked at again by someone else.

The review is this one: {rurl("uk", "harb")}

You say it reflects "a genuine experience" and is the reviewer's opinion. It isn't an opinion. It states as a fact that "The dentist admitted she'd drilled the wrong tooth and then charged me for the repair." No such admission was ever made, no tooth was drilled in error, and we have the clinical notes and the radiographs from both appointments to show it. We cannot send them to you without the patient's consent, which is exactly why we can't defend ourselves in public either.

Your guidelines say reviews must not contain false or misleading statements about a business. I've attached a letter from our clinical director confirming what happened at the appointment, with the patient's details removed.

Could you confirm by Friday 30 October whether the review will be reconsidered? Our dentist is very upset by it and we have had two cancellations this week that mentioned it.

Many thanks,

Alison Keyworth
Practice Manager
Harbourside Dental Studio, 14 Quay Terrace, Poole BH15 1HJ
01202 555 730

On Tue, 20 Oct 2026 at 10:12, Trustpilot Content Integrity <legal@trustpilot.com> wrote:

> Dear Harbourside Dental Studio,
>
> Thank you for your report (case CI-2026-0744). Having reviewed the content against our guidelines, we have decided that the review reflects a genuine experience and will remain on your profile.
>
> Kind regards,
> Content Integrity Team
""", email=mail("Harbourside Dental Studio", "manager@harboursidedental.co.uk",
                "Re: [CI-2026-0744] Your report about a review - Harbourside Dental Studio",
                "<9f31c0a2-5d7e-4b84-a1c6-30e2f8d4b917@harboursidedental.co.uk>", "2026-10-23T14:05:00+01:00",
                in_reply_to="<5b0e4f7a-21c9-4d8e-a6b3-7e2f90c14d58@mail.trustpilot.com>",
                references=["<5b0e4f7a-21c9-4d8e-a6b3-7e2f90c14d58@mail.trustpilot.com>"]),
    kind="business_appeal", name="Alison Keyworth", org="Harbourside Dental Studio",
    mail="manager@harboursidedental.co.uk", rep=None, ours="CI-2026-0744",
    urls=[rurl("uk", "harb")], ids=[R["harb"]],
    quotes=["The dentist admitted she'd drilled the wrong tooth and then charged me for the repair."],
    deadline="2026-10-30", basis="by Friday 30 October", bases=["platform_guidelines"], case="CI-2026-0744",
    note="reply in our thread; our ref in subject and quoted message"))

# s08 - newly instructed solicitors name the Poole practice as client; no reference, no URL
DOCS.append(doc("s08", "pdf", "en", "2026-11-09", """
QUAYLE & ARKWRIGHT SOLICITORS
Bourne Chambers, 3 Exeter Road, Bournemouth BH2 5AR
Telephone 01202 555 160 · r.teague@quayle-arkwright.co.uk

Trustpilot A/S
Pilestræde 58
1112 København K
Denmark

5 November 2026

Our ref: RT/HDS.0091
Your ref: not known

Dear Sir or Madam

Our client: Harbourside Dental Studio Ltd, 14 Quay Terrace, Poole

We have been instructed by Harbourside Dental Studio Ltd in connection with a review posted on its Trustpilot profile in August 2026 by a user named "Dee M". We understand our client's practice manager has already raised the matter with you and that you have declined to act.

The review states: "The dentist admitted she'd drilled the wrong tooth and then charged me for the repair." It identifies the treating dentist by her first name, and she is the only female dentist at the practice.

That statement is false. The contemporaneous clinical record, which we have seen, shows that the treatment was planned and consented on the tooth that was treated, and no admission of any kind was made. An allegation that a dental practice performs irreversible treatment on the wrong tooth and then bills the patient for the consequences is about as serious as an allegation against a dental practice can be. It has caused serious harm to our client's reputation within the meaning of section 1 of the Defamation Act 2013.

You are now on notice that the statement is false. We ask you to remove the review and to confirm that you have done so within 10 working days of the date of this letter. Should you wish to see redacted clinical records, we can arrange this subject to suitable confidentiality undertakings.

This letter is not intended to be a letter before claim under the Pre-Action Protocol for Media and Communications Claims, and our client's rights are reserved.

Yours faithfully

Rhiannon Teague LL.M.
Senior Associate, Solicitor
Quayle & Arkwright Solicitors
""", kind="legal_demand", name="Rhiannon Teague", org="Quayle & Arkwright Solicitors",
    mail="r.teague@quayle-arkwright.co.uk", rep="Harbourside Dental Studio Ltd", theirs="RT/HDS.0091",
    quotes=["The dentist admitted she'd drilled the wrong tooth and then charged me for the repair."],
    deadline=plus_working_days("2026-11-05", 10, "GB", "ENG"),
    basis="within 10 working days of the date of this letter", bases=["defamation"], case="CI-2026-0744",
    note="newly instructed solicitor names the party of exactly one open case; post-nominal LL.M."))

# s09 - look-alike: a differently registered "Harbourside Dental" practice in Whitby, a different review
DOCS.append(doc("s09", "eml", "en", "2026-11-11", f"""
Dear Trustpilot team,

I am writing to ask you to reconsider your decision on the review we reported on 2 November. Your email of 9 November said it "does not breach our guidelines".

The review is here: {rurl("uk", "whitby")}

It was posted by an account called "Smile Honestly" that has reviewed three dental practices on the Yorkshire coast in the past month, all of them one star, and all of them ending with a recommendation for the same practice in Scarborough. It says "Harbourside turned me away in agony because I'm an NHS patient." We have searched our appointment system and our phone log for the date given and have no record of any call or visit that matches. We do not turn away NHS patients in pain: we hold urgent slots every morning under our NHS contract precisely for that.

I appreciate you can't verify every review, but this one has all the hallmarks of a competitor writing reviews, which I understand is against your rules. I'd ask you to ask the reviewer for some proof that they contacted us, and to look at the pattern on that account.

With thanks,

Dr Ewan Stroud BDS MFDS
Principal Dentist
Harbourside Dental Care Ltd
21 Flowergate, Whitby YO21 3BA
ewan@harboursidedentalcare.co.uk
""", email=mail("Ewan Stroud", "ewan@harboursidedentalcare.co.uk", "Please look again - review of our practice",
                "<2c8d4b1e-7a90-4f3b-bd61-e05c9a7f2d48@harboursidedentalcare.co.uk>", "2026-11-11T09:32:00+00:00"),
    kind="business_appeal", name="Ewan Stroud", org="Harbourside Dental Care Ltd",
    mail="ewan@harboursidedentalcare.co.uk", rep=None, urls=[rurl("uk", "whitby")], ids=[R["whitby"]],
    quotes=["Harbourside turned me away in agony because I'm an NHS patient."],
    bases=["platform_guidelines"], case="new:whitby-harbourside",
    note="same-named business in another town, different review -> new case"))

# s10 - the Privacy Commissioner of Canada writes again on its open complaint file
DOCS.append(doc("s10", "pdf", "en", "2026-10-26", """
Office of the Privacy Commissioner of Canada
Commissariat à la protection de la vie privée du Canada
30 Victoria Street, Gatineau, Quebec K1A 1H3

October 21, 2026

Our file: PIPEDA-2026-011482

BY EMAIL: legal@trustpilot.com

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

Subject: Complaint under the Personal Information Protection and Electronic Documents Act (PIPEDA) by Mr. Daniel Okonkwo-Fraser

Dear Sir or Madam:

I refer to our letter of September 25, 2026 notifying you of the above complaint, and to your response of October 9, 2026.

Your response states that Trustpilot provided the complainant with "a copy of his account data" on August 28, 2026. The complainant disputes that the response was complete. In particular, he states that he was not given: (a) the record of reports made by businesses about his reviews; (b) the internal notes explaining why two of his reviews were removed; and (c) information on the third parties to whom his personal information was disclosed, including any business whose reviews he wrote.

Under Principle 4.9 of Schedule 1 to PIPEDA, an individual has a right of access to personal information about him held by an organization, subject to limited exceptions. To allow us to complete our investigation, please provide the following:

1. A description of each category of personal information Trustpilot holds about the complainant, and whether it was included in the response of August 28;
2. For any information withheld, the exception relied on and the reasons;
3. Copies of any records of reports or notes referred to above, or an explanation of why they were not provided.

Please send your response by November 20, 2026. If you need more time, please contact me before that date.

We remind you that it is an offence under section 28 of PIPEDA to obstruct an investigation.

Sincerely,

Martine Gagnon-Reid
Senior Investigator, Compliance Directorate
Office of the Privacy Commissioner of Canada
819-555-0147 | martine.gagnon-reid@priv.gc.ca
""", kind="regulator", name="Martine Gagnon-Reid", org="Office of the Privacy Commissioner of Canada",
    mail="martine.gagnon-reid@priv.gc.ca", rep=None, theirs="PIPEDA-2026-011482",
    deadline="2026-11-20", basis="by November 20, 2026", bases=["data_protection"], case="CI-2026-0758",
    note="non-EU regulator writing again on its open case; their file number repeated"))
