"""corpus-p English documents p17–p22."""
from common import RID, add_working_days, doc, email

UK = "https://uk.trustpilot.com/reviews/"

DOCS = [
    doc("p17", "eml", "en", "2026-11-09", """
Legal –

I had Halewood & Pike's CEO on the phone to me on Saturday, which is not usual. They have 140 optician branches and are one of our biggest retail accounts in the UK.

The review in question is https://uk.trustpilot.com/reviews/6781b69ce4ae1b5ed7d34455. It names their Chester branch and says "The optometrist missed a detached retina and told my father he just needed stronger glasses." They say the patient was referred to hospital the same day and have the referral letter to prove it. Their in-house lawyer thinks it's defamatory and they reported it twice through the business portal. Both reports were rejected with a template.

I'm not going to second-guess the moderators, but I'd like to know that someone senior in your team has actually read the file, and I'd like to be able to tell the CEO that when I see him on Thursday. Please can one of you pick this up today and send me a short summary of where we stand.

Evelyn

Evelyn Stroud-Maddox
Chief Commercial Officer
Trustpilot
""", email=email("Evelyn Stroud-Maddox", "evelyn.stroud-maddox@trustpilot.com",
                 "Halewood & Pike – review about Chester branch",
                 "<CAE9tq0Lw+Hp1x3@mail.gmail.com>", "2026-11-09T07:52:00+00:00",
                 to="legal@trustpilot.com", cc=("head.of.legal@trustpilot.com",)),
        kind="internal_escalation", case="new:p-halewood", name="Evelyn Stroud-Maddox", org="Trustpilot",
        addr="evelyn.stroud-maddox@trustpilot.com", rep="Halewood & Pike",
        urls=(UK + RID["halewood"],), ids=(RID["halewood"],),
        quotes=("The optometrist missed a detached retina and told my father he just needed stronger glasses.",),
        bases=("defamation", "platform_guidelines"),
        note="Executive escalation, signed without a sign-off line (just the first name, then the signature). "
             "Null look-alikes: 'today' is an immediacy request without a date, and Thursday is her own meeting "
             "with the customer, not a date demanded of us -> deadline null. Defamation is invoked through the "
             "customer's lawyer's view as reported."),

    doc("p18", "scan", "en", "2026-11-05", """
PENROSE GLAZING & DOORS PTY LTD
ABN 61 604 338 217
4/88 Leather Street, Breakwater VIC 3219
(03) 5241 7706 · shane@penroseglazing.com.au

28 October 2026

Trustpilot
Level 5, 55 Clarence Street
Sydney NSW 2000

Attention: Business Support / Content Integrity

Dear Sir or Madam,

Review of our business by "J. Mackie"

I am the director of Penrose Glazing & Doors, a double-glazing business in Geelong. We have been going for eleven years and we are not connected in any way with any other business called Penrose, here or overseas.

On 9 October I flagged a review on our page at https://au.trustpilot.com/reviews/67988120875edcb0c450e174. It says:

"Quoted $9,800 for the windows and then sent an invoice for $14,200 without any explanation."

I was told on 15 October that the review stays up. We have never sent anyone an invoice that differs from the signed quote; under the Australian Consumer Law we can't, and our quotes say so on the front. We have searched our records for a customer called Mackie and there isn't one. I sent your team a copy of our job list for the whole of this year when I flagged it.

Please review the decision again. I would appreciate an answer by the end of November, because we are about to start our summer advertising and I do not want to send people to a page with this on it.

Yours faithfully,

Shane Wetherall
Director
""", kind="business_appeal", case="new:p-penrose-au", name="Shane Wetherall", org="Penrose Glazing & Doors Pty Ltd",
        addr="shane@penroseglazing.com.au", urls=("https://au.trustpilot.com/reviews/" + RID["geelong"],),
        ids=(RID["geelong"],),
        quotes=("Quoted $9,800 for the windows and then sent an invoice for $14,200 without any explanation.",),
        deadline="2026-11-30", basis="by the end of November", bases=("consumer_law", "platform_guidelines"),
        note="Look-alike: 'Penrose' like Penrose Glazing Ltd of open case CI-2026-1512 (Truro), but an unconnected "
             "Australian company writing in its own name about another review -> new matter. Scan (paper letter). "
             "'by the end of November' -> 30 Nov. The summer advertising is the sender's own plan."),

    doc("p19", "pdf", "en", "2026-11-11", """
MINISTRY OF BUSINESS, INNOVATION & EMPLOYMENT
HĪKINA WHAKATUTUKI
Trading Standards
15 Stout Street, PO Box 1473, Wellington 6140, New Zealand
www.mbie.govt.nz

10 November 2026

Our reference: TS-2026-01183

Legal Department
Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

By email: legal@trustpilot.com

Tēnā koe

Request for information: reviews of Kāpiti Solar Solutions Limited

Trading Standards is the part of the Ministry of Business, Innovation and Employment that enforces the Fair Trading Act 1986 in respect of certain consumer matters. We are looking into a complaint that reviews of Kāpiti Solar Solutions Limited, a residential solar installer, may have been written or paid for by the trader or by people connected to it.

The business page concerned is https://nz.trustpilot.com/review/kapitisolar.co.nz. Between July and September 2026 it received 61 five-star reviews, compared with 9 in the previous twelve months.

We are not at this stage making any finding about the trader or about Trustpilot. To help us assess the complaint, we would be grateful if you could tell us:

1. whether your systems have identified or removed any reviews of this trader as fake or incentivised, and when;
2. whether you have taken any other action on the page, such as a consumer warning;
3. what information you are able to share about the accounts that posted the reviews, and under what conditions.

Please provide your response by 5pm (NZDT) on Friday, 4 December 2026. If you need more time, or if you would prefer to discuss the request first, please contact me.

Ngā mihi

Nikolai Te Whata-Brennan
Senior Investigator, Trading Standards
Ministry of Business, Innovation and Employment
nikolai.tewhata-brennan@mbie.govt.nz
""", kind="regulator", case="new:p-kapiti", name="Nikolai Te Whata-Brennan",
        org="Ministry of Business, Innovation and Employment", addr="nikolai.tewhata-brennan@mbie.govt.nz",
        theirs="TS-2026-01183", urls=("https://nz.trustpilot.com/review/kapitisolar.co.nz",),
        deadline="2026-12-04", basis="by 5pm (NZDT) on Friday, 4 December 2026", bases=("consumer_law",),
        note="Ministry abroad. Organisation: the ministry rather than its Trading Standards unit (the letter signs "
             "with the ministry's full name). The trader is the subject, not a client: represented party null."),

    doc("p20", "pdf", "en", "2026-11-12", """
Royal Canadian Mounted Police · Gendarmerie royale du Canada
"E" Division – Surrey Provincial Business Line
General Investigation Section
14355 57 Avenue, Surrey, BC V3X 1A9

November 10, 2026

Our File: 2026-118734

Trustpilot A/S
Attn: Law Enforcement Liaison
Pilestræde 58, 1112 Copenhagen K, Denmark

Via email: legal@trustpilot.com

Re: Request for voluntary disclosure of basic subscriber information

The RCMP is investigating a threat made against the owner of a Surrey restaurant and her family. The threat was posted as a review on your platform at the following address:

https://ca.trustpilot.com/reviews/6eb947e0fa5f9b3e236a3305

The review reads in part: "You have a nice house on 148th and I know what time your kids get home." The complainant has no previous dealings with the author and the restaurant's records show no booking under the name used.

Under paragraph 7(3)(c.1) of the Personal Information Protection and Electronic Documents Act, I am requesting the voluntary disclosure of the basic subscriber information linked to the account that posted this review: name, email address, and the IP address and timestamp of account creation and of the posting of the review. I understand that you may require a production order for anything beyond this, and I am in the process of preparing one.

I would appreciate a reply at your earliest convenience given the nature of the threat.

Cst. Darian Whitecalf
General Investigation Section
Surrey Provincial Business Line, RCMP
Tel: 604-555-0133
darian.whitecalf@rcmp-grc.gc.ca
""", kind="law_enforcement", case="new:p-rcmp", name="Darian Whitecalf", org="Royal Canadian Mounted Police",
        addr="darian.whitecalf@rcmp-grc.gc.ca", theirs="2026-118734",
        urls=("https://ca.trustpilot.com/reviews/" + RID["rcmp"],), ids=(RID["rcmp"],),
        quotes=("You have a nice house on 148th and I know what time your kids get home.",),
        bases=("criminal", "data_protection"),
        note="Authority outside the UK/EU. 'at your earliest convenience' sets no date: null. Signature without a "
             "sign-off; rank 'Cst.' dropped. PIPEDA invoked as the basis for voluntary disclosure -> "
             "data_protection alongside criminal. Organisation the RCMP, not its division."),

    doc("p21", "docx", "en", "2026-11-17", """
THORNALLEY HOME INSURANCE
Thornalley Home Insurance Ltd is authorised and regulated by the Financial Conduct Authority
Customer Experience Department
Ashgate House, 30 Lower Brook Street, Ipswich IP4 1AT

16 November 2026

Your reference: CI-2026-1538

Trustpilot A/S
Content Integrity Team

By email

Dear Content Integrity Team

Consumer warning on our Trustpilot page

I refer to your email of 1 October and to the conversations our account manager has had with your colleagues since.

Your email said that the warning on https://uk.trustpilot.com/review/thornalleyhome.co.uk was placed because a large number of reviews appeared to have been "merged or duplicated". As we have explained, in July we acquired the home insurance book of Copdock Brokers. We wrote to every transferring customer, and many who had already reviewed Copdock on your site left a review of us. That is a genuine experience of our service. We told your onboarding team about the transfer in June and have their reply.

It is now seven weeks since the warning went up. We have supplied everything you asked for and have heard nothing of substance. Meanwhile the warning is costing us business every day.

Please confirm within 10 working days that the warning has been removed, or tell us precisely which reviews you consider breach your guidelines and why.

Yours sincerely

Rosalind Vantreight
Head of Customer Experience
r.vantreight@thornalleyhome.co.uk
""", kind="business_appeal", case="CI-2026-1538", name="Rosalind Vantreight",
        org="Thornalley Home Insurance Ltd", addr="r.vantreight@thornalleyhome.co.uk", ours="CI-2026-1538",
        urls=("https://uk.trustpilot.com/review/thornalleyhome.co.uk",),
        deadline=add_working_days("2026-11-16", 10, "GB", "ENG"), basis="within 10 working days",
        bases=("platform_guidelines",),
        note="Our reference in the body ('Your reference'). Letterhead gives the trading name in capitals and the "
             "company's full name in the regulatory line; organisation the company; department not part of it. "
             "Unanchored working days from the letter date (16 Nov) -> 30 Nov (England). Writing for her own "
             "company: represented party null."),

    doc("p22", "pdf", "en", "2026-11-19", """
Quillfeather Carpets Ltd
Flooring specialists since 1994
Unit 6, Riverside Trading Estate, Nottingham Road, Derby DE21 6BA
01332 291 448 · hello@quillfeathercarpets.co.uk

17 November 2026

Trustpilot
Report of illegal content

To whom it may concern,

A review appeared on our page on 13 November at https://uk.trustpilot.com/reviews/672dc930f7ccff44c3698e3f. We believe it is a fake review and therefore illegal content.

The review says: "Paid in full for a lounge carpet in August and it still hasn't been fitted." Every lounge carpet we sold in August was fitted within three weeks, and we have gone through each one. The name on the review, "Carole D", does not match any customer, and the postcode it gives is in Leicester, which is outside the area we fit in.

Since the Digital Markets, Competition and Consumers Act 2024 came into force, it is an offence under consumer protection law to publish a fake consumer review, and a platform that knowingly hosts one is not doing its job. We would like this review taken down immediately.

We had a disagreement with you earlier this year about a different review and we accepted your decision then. This is not the same situation: this person has never bought anything from us.

Yours faithfully,

Harriet Venn
Director
harriet.venn@quillfeathercarpets.co.uk
""", kind="illegal_content_notice", case="new:p-quillfeather", name="Harriet Venn", org="Quillfeather Carpets Ltd",
        addr="harriet.venn@quillfeathercarpets.co.uk", urls=(UK + RID["quill_new"],), ids=(RID["quill_new"],),
        quotes=("Paid in full for a lounge carpet in August and it still hasn't been fitted.",),
        bases=("consumer_law",),
        note="Look-alike: Quillfeather Carpets Ltd is the party of closed case CI-2026-1504; the letter itself "
             "recalls that earlier dispute, but it is about a new review -> new matter. A business notifying "
             "allegedly illegal (fake-review) content: illegal_content_notice. 'immediately' -> deadline null."),
]
