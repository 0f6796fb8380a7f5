"""English documents f09–f12."""
from common import RID, doc, mail

R09 = RID[16]
R11 = RID[20]
R12a, R12b = RID[22], RID[23]

F09 = doc("f09", "docx", "en", "GB", "2026-11-03", f"""
Harbourside Cycle Hire Ltd
Unit 2, Endeavour Wharf, Whitby YO21 1DN
01947 555 612 · declan@harboursidecyclehire.co.uk

2 November 2026

Trustpilot – Content Integrity Team

Re: warning banner on our profile, https://uk.trustpilot.com/review/harboursidecyclehire.co.uk

Dear Content Integrity Team,

Last Thursday a banner appeared at the top of our Trustpilot page saying that you had "detected unusual review activity" and that our rating may not be reliable. Nobody contacted us before this was put up, and your email about it just links to your general guidelines.

We have not bought, swapped or incentivised a single review. What happened is simple: we ran a stall at the Whitby Regatta in August and handed out cards with a QR code asking riders to leave honest feedback. Some of those riders left reviews on the same afternoon from the same public Wi-Fi. One of them, review {R09}, is two stars, which hardly suggests we were fishing for praise.

The banner is hurting bookings going into the winter season, and I believe it breaches your own guidelines, which say that businesses may invite reviews as long as they invite all customers.

Please look at this again and remove the banner. I would ask for a decision within a fortnight, and I am happy to send the regatta stall photos and the QR card if that helps.

Yours sincerely,

Declan Marsh
Managing Director
Harbourside Cycle Hire Ltd
""", letter="2026-11-02", calc=("days", "2026-11-02", 14),
    family=["fortnight", "request_noun_polite", "relative_letter_date"],
    kind="business_appeal", name="Declan Marsh", org="Harbourside Cycle Hire Ltd", mail="declan@harboursidecyclehire.co.uk",
    urls=["https://uk.trustpilot.com/review/harboursidecyclehire.co.uk"], ids=[R09],
    basis="within a fortnight", bases=["platform_guidelines"], case="new:harbourside-banner",
    note="'a fortnight' with no anchor = 14 calendar days from the letter's date (Mon 2 Nov -> Mon 16 Nov). "
         "The banner wording is our notice, not content complained of as a review: no quoted_statements.")

F10 = doc("f10", "eml", "en", "GB", "2026-11-19", f"""
Hi Legal,

Escalating this one on behalf of Clearwell Boiler Care Ltd, one of my Plus customers in Bristol (about 60 reviews a month through us).

Their MD, Graham Oduya, rang me this morning very unhappy. A review went up on Monday saying "Clearwell's engineer stole a watch from my bedroom". Graham says the engineer in question was never upstairs, the job was a boiler in a garage, and the customer has not reported anything to the police. They flagged it through the business portal on Monday and got the automated "doesn't breach our guidelines" reply within the hour, which is what has really annoyed him.

Review is here: https://uk.trustpilot.com/reviews/{R11}

He's talking about getting solicitors involved and also about not renewing in January. They've asked for an answer by end of play Tuesday, and I'd really like to be able to give them something concrete, even if it's just that a human has looked at it.

Can someone pick this up? Happy to jump on a call with Graham if useful.

Thanks,
Rhiannon

Rhiannon Gale
Senior Account Manager, UK SMB
Trustpilot
rhiannon.gale@trustpilot.com
""", letter="2026-11-19", calc=("next_weekday", "2026-11-19", 1),
    email=mail("Rhiannon Gale", "rhiannon.gale@trustpilot.com", "Escalation – Clearwell Boiler Care – theft allegation review",
               "<DB9PR83MB0012.gale.20261119@trustpilot.com>", "2026-11-19T10:26:00+00:00"),
    family=["informal_weekday", "reported_asked", "end_of_play"],
    kind="internal_escalation", name="Rhiannon Gale", org="Trustpilot", mail="rhiannon.gale@trustpilot.com",
    rep="Clearwell Boiler Care Ltd",
    urls=[f"https://uk.trustpilot.com/reviews/{R11}"], ids=[R11],
    quotes=["Clearwell's engineer stole a watch from my bedroom"],
    basis="by end of play Tuesday", bases=[], case="new:clearwell",
    note="Bare 'Tuesday' in an email of Thu 19 Nov = the next Tuesday, 24 Nov. The colleague relays the customer's "
         "deadline; it is the deadline of the escalation. 'Monday' is only a past event. No law is invoked "
         "(solicitors only contemplated; the guidelines mentioned are our reply).")

F11 = doc("f11", "pdf", "en", "GB", "2026-11-25", f"""
HOLLINGWORTH PRYCE
Solicitors
Temple Quay House, 2 The Square, Bristol BS1 6DG
0117 496 7730 · litigation@hollingworthpryce.co.uk

Trustpilot A/S
Legal Department
Pilestræde 58
1112 Copenhagen K

Our ref: JAP/AVN/3391

23 November 2026

Dear Sirs

Avonmere Kitchens Ltd v Daniel Fothergill – County Court at Bristol, claim K4QZ19B7

We act for Avonmere Kitchens Ltd. We write for information only and so that you are aware of the proceedings.

Our client has issued a claim for defamation and malicious falsehood against Mr Daniel Fothergill, who we understand to be the author of the review at https://uk.trustpilot.com/reviews/{R12a}. Mr Fothergill has admitted authorship in correspondence. A related review, {R12b}, was posted by his partner and is not the subject of the claim.

The court has listed a costs and case management conference for 10.00am on 14 December 2026. We intend to serve the particulars of claim on Mr Fothergill by 30 November 2026 and will apply for an interim injunction at the same hearing if the review is not taken down by its author.

No relief is sought against Trustpilot, and we do not ask you to take any step at this stage. If the court makes an order affecting content on your platform, we will serve it on you in the usual way.

Yours faithfully

Jessamy Pryce
Partner
Hollingworth Pryce
""", letter="2026-11-23", calc=None,
    family=["null_hearing_date", "null_sender_plans"],
    kind="legal_demand", name="Jessamy Pryce", org="Hollingworth Pryce", mail="litigation@hollingworthpryce.co.uk",
    rep="Avonmere Kitchens Ltd", theirs="JAP/AVN/3391",
    urls=[f"https://uk.trustpilot.com/reviews/{R12a}"], ids=[R12a, R12b],
    bases=["defamation", "malicious_falsehood"], case="new:avonmere",
    note="Null: the hearing (14 Dec) and service on the reviewer (30 Nov) are the court's and the sender's own "
         "dates; nothing is demanded of us. Kind legal_demand is the closest fit for a solicitors' notice about "
         "content on the platform although no action is asked. The claim number is the court's, not the "
         "sender's reference.")

DOCS = [F09, F10, F11]
