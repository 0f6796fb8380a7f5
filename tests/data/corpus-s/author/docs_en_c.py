"""corpus-s, English documents s11-s15."""
from __future__ import annotations

from common import R, doc, mail, rurl

DOCS = []

# s11 - the complainant behind the OPC file refers to his own earlier letter by date; no reference
DOCS.append(doc("s11", "eml", "en", "2026-11-16", """
To the Trustpilot privacy / legal team,

I refer to my letter of 3 September 2026, sent by email to this address and by registered mail to your Copenhagen office, in which I asked for access to all of the personal information Trustpilot holds about me under Canada's Personal Information Protection and Electronic Documents Act.

What I received on August 28 (before that letter, in response to a request I made through your help centre) was a download of my profile and the text of my reviews. That is not everything. Two of my reviews were removed after businesses complained, and I have never been told what those businesses said about me, who at Trustpilot looked at it, or what was decided and why. That is personal information about me.

I have since complained to the Office of the Privacy Commissioner and I understand they have written to you. I would still prefer to resolve this directly. Could you please:

- confirm whether you treated my letter of 3 September as an access request, and
- send me the reports, notes and decisions relating to the two removed reviews, or tell me which exemption you say applies to each of them.

I would also like to know whether any of my information (name, email, location) was shared with the two businesses.

Regards,

Daniel Okonkwo-Fraser
Hamilton, Ontario
d.okonkwofraser@rogers.com
""", email=mail("Dan O.F.", "d.okonkwofraser@rogers.com", "Access request - follow up",
                "<1763312458.55210.dokf@rogers.com>", "2026-11-16T21:40:00-05:00"),
    kind="data_request", name="Daniel Okonkwo-Fraser", org=None, mail="d.okonkwofraser@rogers.com", rep=None,
    bases=["data_protection"], case="CI-2026-0758",
    note="party of an open case; refers to his own letter by date; no reference"))

# s12 - Sutton Vale vets: the owner reports a third review in the same campaign; HTML-only mail
DOCS.append(doc("s12", "eml", "en", "2026-10-30", f"""
Dear Trustpilot,

It has happened again. A third one-star review appeared on our page last night:

{rurl("uk", "vets3")}

As with the two I reported in September ({rurl("uk", "vets1")} and {rurl("uk", "vets2")}), it is written under a different name but it is obviously the same person: the same spelling mistakes, the same story about our out-of-hours fees and the same claim about our head nurse. This time it says "The nurse who put my dog to sleep was laughing in the corridor afterwards." and "Sutton Vale kill animals for money." Neither is true, and the second one has been shared on two local Facebook groups.

We know who this is. She was a client until we had to refuse further appointments after she threatened a receptionist in June. The police gave her a harassment warning in July. The reviews started three weeks later.

You told us the first two reviews would stay up because you could not verify that they came from the same person. I would ask you now to look at all three together. One review might be an opinion. Three reviews from three accounts about the same incident, each more extreme than the last, is a campaign of harassment against my staff, and it goes against your own rules on fake and duplicate reviews.

My nurse has been signed off sick. Please, can someone call me?

Imogen Pryor BVetMed MRCVS
Practice Owner
Sutton Vale Veterinary Centre Ltd
imogen.pryor@suttonvalevets.co.uk | 01483 555 212
""", email=mail("Imogen Pryor", "imogen.pryor@suttonvalevets.co.uk", "Another one - third fake review",
                "<DB7PR10MB2431E4F5C6A7B8D9E0F1A2B3C4D5@DB7PR10MB2431.EURPRD10.PROD.OUTLOOK.COM>",
                "2026-10-30T07:55:00+00:00", html_only=True),
    kind="business_appeal", name="Imogen Pryor", org="Sutton Vale Veterinary Centre Ltd",
    mail="imogen.pryor@suttonvalevets.co.uk", rep=None,
    urls=[rurl("uk", "vets3"), rurl("uk", "vets1"), rurl("uk", "vets2")],
    ids=[R["vets3"], R["vets1"], R["vets2"]],
    quotes=["The nurse who put my dog to sleep was laughing in the corridor afterwards.",
            "Sutton Vale kill animals for money."],
    bases=["harassment", "platform_guidelines"], case="CI-2026-0761",
    note="open case party; two known review ids plus a new one"))

# s13 - internal escalation for the same practice; no reference
DOCS.append(doc("s13", "eml", "en", "2026-11-04", f"""
Hi Legal,

Flagging a customer who is really struggling. Imogen Pryor, who owns Sutton Vale Veterinary Centre Ltd (Guildford), rang me this morning in tears. She says there is an ex-client who has been leaving reviews under different names since the summer, and that she has written to you about them more than once. The latest is {rurl("uk", "vets3")}.

I haven't looked into the detail and I know this sits with you, not me. But from what she told me it sounds like harassment of her staff rather than a normal bad review: the police have apparently already warned this person. One of her nurses is off sick because of it.

Sutton Vale have been on a Standard plan with us since 2023 and are generally very positive about Trustpilot, but she said today she is thinking of closing the account and telling other practices in her buying group to do the same.

Could someone from your side let me know by Monday 9 November where this stands, so I can give her an honest update? I don't need the details, just whether it's being looked at and roughly when she can expect to hear.

Thanks a lot,
Hamish

Hamish Ogilvie
Account Executive, SMB UK
Trustpilot | hamish.ogilvie@trustpilot.com
""", email=mail("Hamish Ogilvie", "hamish.ogilvie@trustpilot.com", "Sutton Vale vets - customer very distressed",
                "<e4b1a7c0-8d2f-4e36-9f15-2c7a0d6b3e84@trustpilot.com>", "2026-11-04T11:26:00+00:00",
                to="content-integrity@trustpilot.com"),
    kind="internal_escalation", name="Hamish Ogilvie", org="Trustpilot", mail="hamish.ogilvie@trustpilot.com",
    rep="Sutton Vale Veterinary Centre Ltd", urls=[rurl("uk", "vets3")], ids=[R["vets3"]],
    deadline="2026-11-09", basis="by Monday 9 November", bases=["harassment"], case="CI-2026-0761",
    note="colleague escalating for the party of one open case"))

# s14 - Police Scotland chase their own crime reference
DOCS.append(doc("s14", "eml", "en", "2026-10-29", f"""
OFFICIAL

Good morning,

Our ref: CR/0318422/26

Further to my request of 19 October, I am following up on the disclosure of account information for the user who posted the review at {rurl("uk", "ink")} on the page of Inkwell Tattoo Collective, Glasgow.

To recap, the review contains the words "Next time I'm in Glasgow I'll be paying your studio a visit and it won't be for a tattoo." It was posted two days after the owner obtained a non-harassment order against a former partner, and we are investigating it as a threatening or abusive communication under section 38 of the Criminal Justice and Licensing (Scotland) Act 2010.

I have not yet had a response other than your automated acknowledgement. I'd be grateful if you could confirm that the account data has been preserved, and provide the registered email address, any phone number, and IP addresses used for account creation and for posting this review. The request is made under the Data Protection Act 2018, Schedule 2, paragraph 2 (crime and taxation).

I would appreciate a response by 5 November 2026, as the suspect is due to appear at Glasgow Sheriff Court on another matter the following week.

Regards

DC Gregor McAllister
Greater Glasgow Division, CID
Police Scotland
gregor.mcallister@scotland.police.uk | 101 ext. 4471

OFFICIAL
""", email=mail("McAllister, Gregor", "gregor.mcallister@scotland.police.uk",
                "CR/0318422/26 - follow-up - request for disclosure",
                "<AM9P191MB1288F7A2B3C4D5E6F7A8B9C0D1E2@AM9P191MB1288.EURP191.PROD.OUTLOOK.COM>",
                "2026-10-29T09:12:00+00:00"),
    kind="law_enforcement", name="Gregor McAllister", org="Police Scotland",
    mail="gregor.mcallister@scotland.police.uk", rep=None, theirs="CR/0318422/26",
    urls=[rurl("uk", "ink")], ids=[R["ink"]],
    quotes=["Next time I'm in Glasgow I'll be paying your studio a visit and it won't be for a tattoo."],
    deadline="2026-11-05", basis="by 5 November 2026", bases=["criminal", "data_protection"], case="CI-2026-0766",
    note="their reference repeated; rank DC not part of the name"))

# s15 - web-form notice from the business owner targeted by the same review (a different person on an open case)
DOCS.append(doc("s15", "txt", "en", "2026-11-03", f"""
Trustpilot - Report illegal content (web form submission)
Submitted: 2026-11-03 16:52 UTC
Form language: English (United Kingdom)

Your name: Freya Dunmore
Your email: freya@inkwelltattoo.co.uk
Are you reporting on behalf of an organisation? Yes
Organisation: Inkwell Tattoo Collective
Your relationship to the content: I am the owner of the business the review is about

URL of the content: {rurl("uk", "ink")}

Which law do you think the content breaks?
Threatening behaviour. It is a crime in Scotland and the police are already involved.

Explain why the content is illegal:
This is not a review. I have never tattooed this person. He is my ex and I have a non-harassment order against him from Glasgow Sheriff Court. Two days after the order was granted this appeared on my studio page: "Next time I'm in Glasgow I'll be paying your studio a visit and it won't be for a tattoo." My staff and customers can read it. I have had to change the locks and I've got a panic alarm fitted now. Police Scotland are investigating and the officer told me he has asked you for information, but he did not say anything about taking it down, so I'm asking you to take it down. I don't understand why a threat is still up on my page after two weeks.

I confirm that the information in this report is accurate and complete to the best of my knowledge: Yes
""", kind="illegal_content_notice", name="Freya Dunmore", org="Inkwell Tattoo Collective",
    mail="freya@inkwelltattoo.co.uk", rep=None, urls=[rurl("uk", "ink")], ids=[R["ink"]],
    quotes=["Next time I'm in Glasgow I'll be paying your studio a visit and it won't be for a tattoo."],
    bases=["criminal"], case="CI-2026-0766",
    note="the targeted business owner writes about the review a police case already concerns"))
