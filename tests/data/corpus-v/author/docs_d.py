from common import doc

# ---------------------------------------------------------------- v56  en nursery (different party) about K11 review
doc("v56", "eml", "en", "2026-11-04", """
Dear Trustpilot,

I am the manager of Little Acorns Day Nursery in Reading. I am writing about a review on our page which I reported through your website more than a week ago and which is still showing:

https://uk.trustpilot.com/reviews/eb299c23e935742f07b34ecb

This is not a review of the nursery at all. It names one of our room leaders, using her first name and the room she works in, and then says: "You won't be working there much longer, we know where you live." That is a threat against a member of my staff, and it has frightened her badly. She is currently working reduced hours and is being walked to her car at the end of each day.

We reported the matter to Thames Valley Police on 24 October and it is being investigated by Reading CID. I understand that the officer dealing with it has also contacted you directly to ask for information about the account. I don't want to get in the way of that, and I'm not asking you to give me any details about the person who wrote it. I am only asking for the review to be taken down, because every day it stays up our staff member and her colleagues see it, and parents have started asking about it.

I believe posting a threat like this is a criminal offence, and I can't imagine it is something your platform wants to be hosting. If you need any further information from us, or a copy of the police crime reference, please let me know and I will send it straight away.

Yours sincerely,

Joanne Pike
Nursery Manager
Little Acorns Day Nursery
41 Southcote Lane, Reading RG30 3BA
0118 496 0240
""",
    email={"from_name": "Little Acorns Day Nursery", "from_addr": "manager@littleacornsreading.co.uk",
           "subject": "Threatening review about a member of our staff - please remove",
           "message_id": "<20261104084417.3f9a@littleacornsreading.co.uk>",
           "date": "2026-11-04T08:44:00+00:00"},
    kind="illegal_content_notice", sender_name="Joanne Pike", sender_organisation="Little Acorns Day Nursery",
    sender_email="manager@littleacornsreading.co.uk",
    cited_urls=["https://uk.trustpilot.com/reviews/eb299c23e935742f07b34ecb"],
    cited_review_ids=["eb299c23e935742f07b34ecb"],
    quoted_statements=["You won't be working there much longer, we know where you live."],
    legal_bases=["criminal"], case="CI-2026-0523")

# ---------------------------------------------------------------- v57  da data subject writes about K5 review
doc("v57", "eml", "da", "2026-12-03", """
Til Trustpilot

Jeg skriver igen om anmeldelsen https://dk.trustpilot.com/reviews/69ac3cc70250abeb8c6af3d9, som nævner mig med fulde navn og stilling.

Som I ved, bad jeg i august om at få mit navn slettet fra anmeldelsen, og I afviste det den 8. september. Jeg har siden klaget til Datatilsynet, som har oplyst mig om, at de har bedt jer om en udtalelse. Jeg har ikke hørt noget fra jer siden.

Jeg skriver nu, fordi situationen er blevet værre. I weekenden har nogen delt et skærmbillede af anmeldelsen i en lokal Facebook-gruppe med over 8.000 medlemmer, og der står stadig: ”Salgschef Jonas Ravn lyver kunderne lige op i ansigtet for at nå sine bonusmål.” Flere af mine naboer har kommenteret opslaget, og min søn er blevet spurgt om det i skolen.

Jeg er ikke ejer af virksomheden og har ikke selv valgt at være på jeres side. Jeg er bare ansat. Jeg har ikke noget imod, at folk skriver kritik af firmaet, men jeg forstår ikke, hvorfor mit navn skal stå der.

Jeg gør derfor igen indsigelse efter artikel 21 i databeskyttelsesforordningen og beder om, at mit navn og min stillingsbetegnelse bliver slettet fra anmeldelsen efter artikel 17. Hvis I mener, at I har en legitim interesse i at vise mit navn, vil jeg gerne have en forklaring på, hvorfor den vejer tungere end min.

Jeg vil bede om, at I behandler det hurtigst muligt.

Med venlig hilsen
Jonas Ravn
Skovbrynet 17, 8660 Skanderborg
Tlf. 31 42 80 96
""",
    email={"from_name": "Jonas Ravn", "from_addr": "jonas.ravn@mail.dk",
           "subject": "Sletning af mit navn i anmeldelse - igen",
           "message_id": "<3a1f9d2c.ravn.20261203@mail.dk>",
           "date": "2026-12-03T07:58:00+01:00"},
    kind="data_request", sender_name="Jonas Ravn", sender_email="jonas.ravn@mail.dk",
    cited_urls=["https://dk.trustpilot.com/reviews/69ac3cc70250abeb8c6af3d9"],
    cited_review_ids=["69ac3cc70250abeb8c6af3d9"],
    quoted_statements=["Salgschef Jonas Ravn lyver kunderne lige op i ansigtet for at nå sine bonusmål."],
    legal_bases=["data_protection"], case="CI-2026-0473")
