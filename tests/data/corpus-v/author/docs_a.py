from common import doc

# ---------------------------------------------------------------- v01  K1 reply in thread
doc("v01", "eml", "en", "2026-11-02", """
Dear Trustpilot Legal Team,

Thank you for your email of 29 October, which my colleague Priya Okafor has passed to me while she is out of the office this week.

We have now taken our client's instructions. Halden Kitchens Ltd does not accept that the review is an expression of honest opinion, as your email suggests. The reviewer states, as a matter of fact:

"They left the gas hob disconnected and refused to come back for six weeks."

That statement is untrue. Our client's job records show that a fitter returned to the property four days after installation, reconnected the hob and had the work signed off by the customer. We enclosed a copy of that job sheet with our letter of 14 October. A statement that a kitchen fitter left a customer with a disconnected gas appliance for six weeks is obviously serious for a small family business that depends on referrals, and it is defamatory.

You say that the reviewer has supplied documentation showing a genuine customer experience. Our client has never disputed that the reviewer was a customer. The complaint is about the factual content of the review, not about whether a purchase took place.

For completeness, the reviewer's original complaint was raised with our client on 28 August 2026 and closed by our client on 2 September 2026, the day before the review was posted.

We therefore repeat our request that the review be removed or, at the very least, taken offline while you consider the job sheet. Please confirm your position by 4.30pm on Friday, 13 November 2026. If we have not heard from you by then, we will advise our client on its options under the Defamation Act 2013, which may include issuing proceedings without further notice.

Kind regards

Tom Ashworth
Associate
Marlow Reid LLP
3 Colmore Circus, Birmingham B4 6BH
DDI: 0121 496 0733
t.ashworth@marlowreid.co.uk
Our ref: PO/HAL/0931

On 29 Oct 2026, at 16:12, Trustpilot Legal <legal@trustpilot.com> wrote:

> Dear Ms Okafor,
>
> Thank you for your letter. We have reviewed the content you reported against our guidelines and applicable law. At this stage we consider that the review reflects the reviewer's own experience and opinion, and it will remain on the platform.
>
> Kind regards,
> Trustpilot Legal
""",
    email={"from_name": "Tom Ashworth", "from_addr": "t.ashworth@marlowreid.co.uk",
           "cc": ["p.okafor@marlowreid.co.uk"],
           "subject": "RE: Halden Kitchens Ltd - review of 3 September 2026",
           "message_id": "<MR-20261102-0941.tashworth@marlowreid.co.uk>",
           "in_reply_to": "<ci-2026-0412.3@legal.trustpilot.com>",
           "references": ["<CAF9x2kq.0931@mail.marlowreid.co.uk>", "<ci-2026-0412.3@legal.trustpilot.com>"],
           "date": "2026-11-02T09:41:00+00:00"},
    kind="legal_demand", sender_name="Tom Ashworth", sender_organisation="Marlow Reid LLP",
    sender_email="t.ashworth@marlowreid.co.uk", represented_party="Halden Kitchens Ltd",
    their_reference="PO/HAL/0931",
    quoted_statements=["They left the gas hob disconnected and refused to come back for six weeks."],
    deadline="2026-11-13", deadline_basis="by 4.30pm on Friday, 13 November 2026",
    legal_bases=["defamation"], case="CI-2026-0412")

# ---------------------------------------------------------------- v02  da user DSA notice (txt form)
doc("v02", "txt", "da", "2026-11-03", """
TRUSTPILOT – ANMELD ULOVLIGT INDHOLD
Formular i henhold til artikel 16 i forordning (EU) 2022/2065 (retsakten om digitale tjenester)

Indsendt: 2. november 2026 kl. 23:18
Sprog: dansk

Navn: Camilla Vestergaard
E-mail: camilla.vestergaard@outlook.dk
Jeg anmelder som: Privatperson

Link til indholdet:
https://dk.trustpilot.com/reviews/c192737195447fa68745a673

Hvilken type ulovligt indhold drejer det sig om?
Trusler / offentliggørelse af personoplysninger

Begrundelse:
Jeg er frisør i Salon Tusindfryd i Vejle, og anmeldelsen handler om mig personligt, ikke om salonen. Den nævner mig ved fornavn og indeholder mit private mobilnummer. Der står blandt andet:

"Camilla, vi ved hvor du bor, og du skal ikke regne med at gå alene hjem fra salonen."

"Ring selv til hende og fortæl hende hvad I synes, nummeret står nedenfor."

Det første er en trussel, og det andet er en opfordring til andre om at chikanere mig. Mit nummer er hemmeligt og har aldrig været offentligt tilgængeligt. Efter anmeldelsen blev lagt op, har jeg modtaget flere opkald og sms'er fra ukendte numre, også midt om natten.

Jeg har anmeldt forholdet til Sydøstjyllands Politi den 1. november 2026 og fået et journalnummer. Jeg mener, at anmeldelsen er ulovlig efter straffeloven § 266 om trusler, og at offentliggørelsen af mit telefonnummer er en ulovlig behandling af mine personoplysninger efter databeskyttelsesforordningen.

Jeg beder jer fjerne anmeldelsen hurtigst muligt og give mig besked, når det er sket. Hvis I har brug for kopi af min politianmeldelse, kan jeg sende den.

Erklæring:
[X] Jeg bekræfter i god tro, at oplysningerne og påstandene i denne anmeldelse er korrekte og fuldstændige.

Camilla Vestergaard
""",
    kind="illegal_content_notice", sender_name="Camilla Vestergaard",
    sender_email="camilla.vestergaard@outlook.dk",
    cited_urls=["https://dk.trustpilot.com/reviews/c192737195447fa68745a673"],
    cited_review_ids=["c192737195447fa68745a673"],
    quoted_statements=["Camilla, vi ved hvor du bor, og du skal ikke regne med at gå alene hjem fra salonen.",
                       "Ring selv til hende og fortæl hende hvad I synes, nummeret står nedenfor."],
    legal_bases=["criminal", "data_protection", "dsa"], case="new:da-vestergaard")

# ---------------------------------------------------------------- v03  en erasure (txt web form)
doc("v03", "txt", "en", "2026-11-04", """
Trustpilot Support - Contact form submission
Submitted: 3 November 2026, 22:47 GMT
Form: Privacy and personal data

Full name: Rebecca Thorne
Email address: rthorne88@gmail.com
Country: United Kingdom
I am contacting you as: A reviewer / consumer
Subject: Erasure request - UK GDPR Article 17

Message:

To the Data Protection Officer,

I am making a formal request under Article 17 of the UK GDPR for the erasure of all personal data that Trustpilot holds about me. This includes my user account (registered with the email address above), my profile name and picture, the four reviews I have written since 2023, and any records of my log-ins, IP addresses and device information.

I am also objecting under Article 21 to any further use of my data for marketing or profiling, with immediate effect, and I ask that you stop sending me review invitations on behalf of businesses I have bought from.

Some background: I first asked for my account to be closed through your online chat on 12 October 2026. The agent told me I could delete the account myself in my settings, but when I try, the page says "this action is currently unavailable" and nothing happens. I have also tried from two different browsers. I no longer wish to have any presence on your website, for personal reasons I would rather not go into.

Please confirm in writing:
1. that my account and all four reviews have been deleted;
2. what personal data, if any, you are keeping and why;
3. whether my data has been passed to any of the businesses I reviewed.

I expect a response within one month, as the law requires. If I do not receive one, I will complain to the Information Commissioner's Office.

Thank you,
Rebecca Thorne
""",
    kind="data_request", sender_name="Rebecca Thorne", sender_email="rthorne88@gmail.com",
    deadline="2026-12-03", deadline_basis="within one month",
    legal_bases=["data_protection"], case="new:thorne")

# ---------------------------------------------------------------- v04  fr K3 Leclerc follow-up
doc("v04", "docx", "fr", "2026-11-05", """
CABINET LECLERC AVOCATS
Anne-Sophie Leclerc – Avocate au Barreau de Lyon
18, quai Saint-Antoine – 69002 Lyon
Tél. : 04 78 92 31 40 – as.leclerc@leclerc-avocats.fr

Lyon, le 3 novembre 2026

Trustpilot A/S
Service juridique
Pilestræde 58
1112 Copenhague K
Danemark

N/Réf. : ASL/2026/318
V/Réf. : CI-2026-0451

Lettre recommandée avec accusé de réception
Copie par courriel : legal@trustpilot.com

Objet : Garage Moreau & Fils – avis publié le 21 septembre 2026

Madame, Monsieur,

Je fais suite à mon courrier du 8 octobre 2026, resté à ce jour sans autre réponse qu'un accusé de réception, par lequel je vous demandais, pour le compte de la société Garage Moreau & Fils SARL, le retrait de l'avis accessible à l'adresse https://fr.trustpilot.com/reviews/d8808925848eff2234755a55.

Je vous rappelle que cet avis contient notamment les affirmations suivantes :

« Ce garage facture des pièces qu'il ne change jamais, c'est de l'escroquerie pure et simple. »

« Le patron m'a menacé quand j'ai demandé ma facture détaillée. »

Ces allégations, qui imputent à ma cliente et à son gérant des faits pénalement répréhensibles, sont dépourvues de tout fondement. Elles portent atteinte à leur honneur et à leur considération et constituent une diffamation au sens de l'article 29 de la loi du 29 juillet 1881 sur la liberté de la presse. Ma cliente conteste au surplus que l'auteur de l'avis ait jamais été client de l'établissement : aucune facture ne correspond à la période qu'il évoque, à savoir la semaine du 14 septembre 2026.

En votre qualité d'hébergeur, votre responsabilité est susceptible d'être engagée dès lors que vous avez eu connaissance du caractère manifestement illicite du contenu et que vous n'avez pas agi promptement pour le retirer. Tel est le cas depuis la réception de mon premier courrier.

En conséquence, je vous mets en demeure de procéder au retrait de cet avis dans un délai de huit jours ouvrés à compter de la réception de la présente, et de m'en informer par écrit.

À défaut, j'ai d'ores et déjà reçu instruction de saisir le juge des référés du tribunal judiciaire de Lyon, sans autre avis.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Anne-Sophie Leclerc
Avocate associée
""",
    kind="legal_demand", sender_name="Anne-Sophie Leclerc", sender_organisation="Cabinet Leclerc Avocats",
    sender_email="as.leclerc@leclerc-avocats.fr", represented_party="Garage Moreau & Fils SARL",
    their_reference="ASL/2026/318", our_reference="CI-2026-0451",
    cited_urls=["https://fr.trustpilot.com/reviews/d8808925848eff2234755a55"],
    cited_review_ids=["d8808925848eff2234755a55"],
    quoted_statements=["Ce garage facture des pièces qu'il ne change jamais, c'est de l'escroquerie pure et simple.",
                       "Le patron m'a menacé quand j'ai demandé ma facture détaillée."],
    deadline="2026-11-18",
    deadline_basis="dans un délai de huit jours ouvrés à compter de la réception de la présente",
    legal_bases=["defamation"], case="CI-2026-0451")

# ---------------------------------------------------------------- v05  de K2 Vogt follow-up
doc("v05", "pdf", "de", "2026-11-06", """
VOGT BÄRWALD
Rechtsanwälte PartGmbB
Mittelweg 141 · 20148 Hamburg
Tel. +49 40 3197 2260 · Fax +49 40 3197 2269 · info@vogt-baerwald.de

Vogt Bärwald Rechtsanwälte PartGmbB · Mittelweg 141 · 20148 Hamburg

Vorab per E-Mail: legal@trustpilot.com

Trustpilot A/S
Rechtsabteilung
Pilestræde 58
1112 Kopenhagen K
Dänemark

Unser Zeichen: VB-127/26 ts
Bearbeiter: Dr. Tobias Vogt
E-Mail: t.vogt@vogt-baerwald.de

Hamburg, 4. November 2026

Sanitätshaus Kröger GmbH ./. Trustpilot A/S
Bewertung unter https://de.trustpilot.com/reviews/d3739d3958a3f0f5bad4c27e

Sehr geehrte Damen und Herren,

wir nehmen Bezug auf unser Schreiben vom 2. Oktober 2026, mit dem wir Sie namens und im Auftrag unserer Mandantin, der Sanitätshaus Kröger GmbH, Bremen, zur Entfernung der oben bezeichneten Bewertung aufgefordert haben.

Die dort gesetzte Frist zum 16. Oktober 2026 ist fruchtlos verstrichen. Ihre E-Mail vom 21. Oktober 2026, in der Sie lediglich mitteilen, der Vorgang werde „weiter geprüft“, ersetzt keine Entscheidung. Die Bewertung ist nach wie vor öffentlich abrufbar.

Zur Erinnerung: Der Verfasser behauptet unter anderem:

„Mir wurden orthopädische Einlagen berechnet, die nie angefertigt wurden.“

Diese Behauptung ist nachweislich unwahr. Die Einlagen wurden am 11. August 2026 gefertigt und dem Kunden am 18. August 2026 gegen Unterschrift ausgehändigt; den Übergabeschein haben wir Ihnen bereits mit unserem ersten Schreiben übermittelt. Es handelt sich um eine unwahre und ehrverletzende Tatsachenbehauptung, deren weitere Verbreitung unsere Mandantin nach §§ 823 Abs. 1, 1004 Abs. 1 Satz 2 BGB analog nicht hinnehmen muss. Als Hostprovider sind Sie seit Zugang unseres ersten Schreibens zur Prüfung und Entfernung verpflichtet.

Wir fordern Sie daher letztmalig auf, die Bewertung vollständig zu entfernen. Die Entfernung ist uns bis spätestens Freitag, den 20. November 2026, 12 Uhr, schriftlich zu bestätigen.

Nach fruchtlosem Ablauf dieser Frist werden wir unserer Mandantin empfehlen, ohne weitere Ankündigung den Erlass einer einstweiligen Verfügung beim Landgericht Hamburg zu beantragen. Die hierdurch entstehenden Kosten gingen zu Ihren Lasten.

Mit freundlichen Grüßen

Dr. Tobias Vogt
Rechtsanwalt
""",
    kind="legal_demand", sender_name="Tobias Vogt", sender_organisation="Vogt Bärwald Rechtsanwälte PartGmbB",
    sender_email="t.vogt@vogt-baerwald.de", represented_party="Sanitätshaus Kröger GmbH",
    their_reference="VB-127/26 ts",
    cited_urls=["https://de.trustpilot.com/reviews/d3739d3958a3f0f5bad4c27e"],
    cited_review_ids=["d3739d3958a3f0f5bad4c27e"],
    quoted_statements=["Mir wurden orthopädische Einlagen berechnet, die nie angefertigt wurden."],
    deadline="2026-11-20", deadline_basis="bis spätestens Freitag, den 20. November 2026, 12 Uhr",
    legal_bases=["defamation"], case="CI-2026-0438")

# ---------------------------------------------------------------- v06  en Irish lawyer DSA art 16 notice
doc("v06", "pdf", "en", "2026-11-06", """
KINSELLA MORAN LLP
Solicitors
Fitzwilliam Hall, 26 Upper Pembroke Street, Dublin 2, D02 X361
T +353 1 699 4410 | info@kinsellamoran.ie | www.kinsellamoran.ie

Our Ref: KM:BVC:0417:ND
Your Ref:

5 November 2026

By email: legal@trustpilot.com

Trustpilot A/S
Pilestræde 58
1112 Copenhagen K
Denmark

NOTICE PURSUANT TO ARTICLE 16 OF REGULATION (EU) 2022/2065 (DIGITAL SERVICES ACT)

Our client: Brightwater Veterinary Clinic Limited, Clonskeagh Road, Dublin 14

Dear Sirs,

We act for Brightwater Veterinary Clinic Limited. This letter is a notice under Article 16 of the Digital Services Act concerning content hosted on your service which our client considers to be illegal. We set out below the information required by Article 16(2).

1. Exact electronic location

https://ie.trustpilot.com/reviews/554e13cef6820c4dfff77daf (review published under the name "Orla K." on the Brightwater Veterinary Clinic page).

2. Explanation of why the content is illegal

The review contains the following statements:

"The vet on duty that night was drunk and my dog died because of it."

"Dr Keane has been struck off in England before, look it up."

Both statements are false. The review refers to an emergency visit said to have taken place on the evening of 19 October 2026. Our client's out-of-hours records show no consultation matching that description on that date. Dr Keane has never practised in England and has never been the subject of any disciplinary finding in any jurisdiction. The statements allege professional misconduct and intoxication at work. They are defamatory of our client and of its veterinary surgeon within the meaning of section 6 of the Defamation Act 2009 and no defence of truth or honest opinion could be available. The content is accordingly illegal under Irish law.

3. Name and email address of the notifier

Niamh Delaney, Kinsella Moran LLP, n.delaney@kinsellamoran.ie, on behalf of Brightwater Veterinary Clinic Limited.

4. Statement of good faith

We confirm our bona fide belief that the information and allegations contained in this notice are accurate and complete.

We would be grateful if you would acknowledge receipt of this notice in accordance with Article 16(4) and notify us of your decision, with reasons, in accordance with Article 17. Our client's rights are fully reserved.

Yours faithfully

Niamh Delaney
Partner
Kinsella Moran LLP
""",
    kind="illegal_content_notice", sender_name="Niamh Delaney", sender_organisation="Kinsella Moran LLP",
    sender_email="n.delaney@kinsellamoran.ie", represented_party="Brightwater Veterinary Clinic Limited",
    their_reference="KM:BVC:0417:ND",
    cited_urls=["https://ie.trustpilot.com/reviews/554e13cef6820c4dfff77daf"],
    cited_review_ids=["554e13cef6820c4dfff77daf"],
    quoted_statements=["The vet on duty that night was drunk and my dog died because of it.",
                       "Dr Keane has been struck off in England before, look it up."],
    legal_bases=["dsa", "defamation"], case="new:brightwater")

# ---------------------------------------------------------------- v07  en Marlow Reid, different client (look-alike)
doc("v07", "pdf", "en", "2026-11-09", """
MARLOW REID LLP
3 Colmore Circus, Birmingham B4 6BH
T 0121 496 0700 | www.marlowreid.co.uk

Our ref: PO/ASH/1047
Your ref:

6 November 2026

By email (legal@trustpilot.com) and first class post

Trustpilot Ltd
Legal Department
London

Dear Sirs

Our client: Ashcombe Dental Group Ltd
Reviews posted under the name "Sam W."

We act for Ashcombe Dental Group Ltd, which operates four dental practices in Worcester, Malvern, Droitwich and Pershore. We write about two reviews published on your platform by a user who calls themselves "Sam W.":

https://uk.trustpilot.com/reviews/6727edbef4d4a7c30c9e5b96
https://uk.trustpilot.com/reviews/9725305a567afc030ad452ce

The first review states: "Dr Patel botched my root canal and then billed me twice for it." The second, posted four days later, states: "Ashcombe are currently being investigated by the GDC for insurance fraud."

Both statements are false. The treatment the reviewer appears to describe took place on 14 July 2026 at our client's Malvern practice. It was completed without complication and invoiced once; our client holds the payment records. Neither our client nor any of its dentists is, or has ever been, the subject of an investigation by the General Dental Council for fraud or anything else.

The statements are seriously defamatory of our client. An allegation of fraud against a healthcare provider has caused and is likely to cause serious financial loss within the meaning of section 1(2) of the Defamation Act 2013: three patients have already cancelled treatment plans and cited the reviews.

The reviewer has also posted similar comments on four other websites and has sent abusive messages to reception staff. Our client considers that this is a course of conduct amounting to harassment within the meaning of the Protection from Harassment Act 1997, and the reviews form part of it.

We therefore ask that you remove both reviews within 10 days of receipt of this letter and confirm to us in writing that you have done so. Please also preserve all data relating to the account concerned.

Our client's rights are fully reserved.

Yours faithfully

Priya Okafor
Partner
Marlow Reid LLP
p.okafor@marlowreid.co.uk
""",
    kind="legal_demand", sender_name="Priya Okafor", sender_organisation="Marlow Reid LLP",
    sender_email="p.okafor@marlowreid.co.uk", represented_party="Ashcombe Dental Group Ltd",
    their_reference="PO/ASH/1047",
    cited_urls=["https://uk.trustpilot.com/reviews/6727edbef4d4a7c30c9e5b96",
                "https://uk.trustpilot.com/reviews/9725305a567afc030ad452ce"],
    cited_review_ids=["6727edbef4d4a7c30c9e5b96", "9725305a567afc030ad452ce"],
    quoted_statements=["Dr Patel botched my root canal and then billed me twice for it.",
                       "Ashcombe are currently being investigated by the GDC for insurance fraud."],
    deadline="2026-11-19", deadline_basis="within 10 days of receipt of this letter",
    legal_bases=["defamation", "harassment"], case="new:ashcombe")

# ---------------------------------------------------------------- v08  en K6 Brookfield chaser
doc("v08", "eml", "en", "2026-11-09", """
Hi,

I'm writing again because I still haven't had an answer about the warning banner on our Trustpilot page. It went up nearly three weeks ago and it is costing us customers every day. Two people have already phoned the shop to ask whether we are being investigated.

To repeat what I said before: we have never bought reviews, never offered discounts or free products in exchange for reviews and never asked staff or family to post anything. The only thing that changed is that in September we switched on the automatic review invitations through our Shopify store, which is exactly what your help pages tell businesses to do. If that produced a jump in the number of reviews, it was genuine customers answering the invitations. I honestly can't see which of your guidelines for businesses we are supposed to have broken.

When I rang your support line on 27 October I was told someone from the team would be in touch "within a few days". Nobody has been. Could somebody please look at this properly and either take the warning down or tell me exactly what you are relying on, so that I can answer it? I can send you the invitation logs from Shopify, the order list for October, or anything else that would help.

I'm using the accounts mailbox because I'm away from the shop this week, but replies to either address are fine.

Thanks,

Dan Hirst
Director
Brookfield Pet Supplies Ltd
Unit 4, Kirkstall Trade Park, Leeds LS5 3BT
07700 914 362
""",
    email={"from_name": "Brookfield Pet Supplies - Accounts", "from_addr": "accounts@brookfieldpets.co.uk",
           "subject": "Warning on our page - still waiting for a reply",
           "message_id": "<a7f3e1c2-1109-4b8e-9d1a-brookfield@brookfieldpets.co.uk>",
           "date": "2026-11-09T07:52:00+00:00"},
    kind="business_appeal", sender_name="Dan Hirst", sender_organisation="Brookfield Pet Supplies Ltd",
    sender_email="accounts@brookfieldpets.co.uk",
    legal_bases=["platform_guidelines"], case="CI-2026-0489")

# ---------------------------------------------------------------- v09  fr consumer appeal with deadline
doc("v09", "eml", "fr", "2026-11-09", """
Bonjour,

Je vous écris au sujet de l'avis que j'ai publié le 2 octobre 2026 sur la page de l'entreprise Cuisines Arvel, à l'adresse suivante :
https://fr.trustpilot.com/reviews/43ddcc22bc0148b3bf0e9e45

Le 5 novembre, j'ai reçu un courriel automatique m'informant que mon avis avait été retiré à la suite d'un signalement de l'entreprise, au motif que je n'aurais pas fourni de preuve d'achat. C'est inexact : j'ai envoyé le jour même, en réponse à votre demande, le bon de commande signé du 3 juin 2026, la facture d'acompte et les photos du plan de travail livré fendu. Je n'ai reçu aucun accusé de réception pour ces documents, seulement la notification de suppression deux jours plus tard.

Mon avis décrivait précisément mon expérience : un retard de livraison de neuf semaines, un plan de travail endommagé et un service client qui ne répondait plus. Je n'ai insulté personne et je n'ai donné aucun nom de salarié. Je ne comprends pas en quoi il enfreindrait vos règles.

Je vous rappelle que l'article 17 du règlement européen sur les services numériques vous oblige à m'exposer les motifs précis de votre décision, et que le code de la consommation (article L. 111-7-2) impose une information loyale sur les modalités de contrôle et de suppression des avis. Je n'ai reçu ni l'un ni l'autre.

Je conteste donc formellement la suppression de mon avis et vous demande de le rétablir avant le 20 novembre 2026 à 17h (heure de Paris). À défaut, je saisirai la DGCCRF et l'Arcom.

Vous trouverez mes coordonnées ci-dessous si vous avez besoin d'autres justificatifs.

Cordialement,

Julien Ledoux
14, rue des Acacias
37000 Tours
06 71 28 44 09
""",
    email={"from_name": "Julien Ledoux", "from_addr": "julien.ledoux@free.fr",
           "subject": "Contestation de la suppression de mon avis (Cuisines Arvel)",
           "message_id": "<6f1e0a9c-2b77-4d1a-a3c8-0d9e1f2a7b44@free.fr>",
           "date": "2026-11-09T08:26:00+01:00"},
    kind="consumer_appeal", sender_name="Julien Ledoux", sender_email="julien.ledoux@free.fr",
    cited_urls=["https://fr.trustpilot.com/reviews/43ddcc22bc0148b3bf0e9e45"],
    cited_review_ids=["43ddcc22bc0148b3bf0e9e45"],
    deadline="2026-11-20", deadline_basis="avant le 20 novembre 2026 à 17h (heure de Paris)",
    legal_bases=["dsa", "consumer_law"], case="new:ledoux")

# ---------------------------------------------------------------- v10  en K11 TVP chaser (immediately)
doc("v10", "eml", "en", "2026-11-10", """
Good morning,

I refer to my request of 27 October 2026 (URN 43260187544) for subscriber and log-in information relating to the Trustpilot account that posted the review at https://uk.trustpilot.com/reviews/eb299c23e935742f07b34ecb on the page of Little Acorns Day Nursery, Reading.

My original request asked for the data by 6 November. I have received the automated acknowledgement but nothing further, and I have not been able to get through to anyone on the number in your law enforcement guidelines.

The situation has moved on since I first wrote. The review names a member of the nursery staff and includes the line "You won't be working there much longer, we know where you live." Over the weekend the victim received a handwritten note through her door in similar terms, and we are now treating this as a stalking investigation with an elevated risk assessment.

I am therefore asking you to treat this as an emergency disclosure request and to provide the data immediately. I repeat the details required:

- registration email address and name on the account;
- IP addresses and timestamps for account creation and for the posting of the review;
- any telephone number or linked social media account.

The request is made for the prevention and detection of crime and the apprehension of offenders, and disclosure is permitted under Schedule 2, paragraph 2 of the Data Protection Act 2018. The signed data protection request form is attached to my original email.

If it is easier, please call me on the number below at any time; the out-of-hours duty sergeant can also take a call on my behalf.

Regards,

DC 5712 Hannah Rowe
Reading CID
Thames Valley Police
Tel: 0118 496 0882
hannah.rowe@thamesvalley.police.uk
""",
    email={"from_name": "Rowe, Hannah (DC 5712)", "from_addr": "hannah.rowe@thamesvalley.police.uk",
           "subject": "URGENT - URN 43260187544 - outstanding data request",
           "message_id": "<TVP-43260187544-1110.0815@thamesvalley.police.uk>",
           "date": "2026-11-10T08:15:00+00:00"},
    kind="law_enforcement", sender_name="Hannah Rowe", sender_organisation="Thames Valley Police",
    sender_email="hannah.rowe@thamesvalley.police.uk", their_reference="43260187544",
    cited_urls=["https://uk.trustpilot.com/reviews/eb299c23e935742f07b34ecb"],
    cited_review_ids=["eb299c23e935742f07b34ecb"],
    quoted_statements=["You won't be working there much longer, we know where you live."],
    legal_bases=["criminal", "data_protection"], case="CI-2026-0523")

# ---------------------------------------------------------------- v11  de trademark notice (in-house)
doc("v11", "docx", "de", "2026-11-10", """
Bergquell Brauerei GmbH
Rechtsabteilung
Brauhausweg 4 · 83646 Bad Tölz
Telefon +49 8041 7703 0 · www.bergquell-brauerei.de

Trustpilot A/S
Legal Department
Pilestræde 58
1112 Kopenhagen K
Dänemark

per E-Mail an legal@trustpilot.com

Unser Zeichen: RA-M 2026/114 Le
Ansprechpartnerin: Dr. Miriam Lenz, LL.M.
E-Mail: m.lenz@bergquell-brauerei.de

Bad Tölz, 9. November 2026

Markenrechtsverletzung durch das Unternehmensprofil „Bergquell Shop“
https://de.trustpilot.com/review/bergquell-shop.de

Sehr geehrte Damen und Herren,

die Bergquell Brauerei GmbH ist Inhaberin der deutschen Wortmarke „BERGQUELL“ (Registernummer 30 2015 012 447) sowie der Unionsmarke „BERGQUELL“ (Nr. 018233457), jeweils eingetragen unter anderem für Bier und Merchandising-Artikel der Klassen 25 und 32. Außerdem ist unser Bildzeichen mit dem stilisierten Bergquell-Brunnen als Unionsmarke geschützt.

Auf Ihrer Plattform existiert seit einigen Wochen ein Unternehmensprofil mit der Bezeichnung „Bergquell Shop“ für die Domain bergquell-shop.de. Das Profil verwendet unser Bildzeichen als Profilbild. Die Domain gehört nicht uns, und wir stehen mit ihrem Betreiber in keinerlei Verbindung. Nach unseren Erkenntnissen handelt es sich um einen Fake-Shop, der angeblich Bergquell-Fanartikel anbietet, nach Zahlung aber nicht liefert.

Die Nutzung unserer Marken in dem Profil erfolgt ohne unsere Zustimmung im geschäftlichen Verkehr und ist geeignet, bei Verbrauchern den Eindruck zu erwecken, es handle sich um einen offiziellen Shop unserer Brauerei. Dies verletzt unsere Rechte aus § 14 MarkenG und Art. 9 der Verordnung (EU) 2017/1001. Hinzu kommt ein erheblicher Rufschaden: Seit Anfang Oktober erreichen unseren Kundenservice Beschwerden von Verbrauchern, die das Profil gesehen und bei dem Shop bestellt haben.

Wir bitten Sie daher,

1. das Bildzeichen aus dem Profil zu entfernen,
2. die Bezeichnung „Bergquell“ aus dem Profilnamen zu löschen oder das Profil insgesamt zu sperren und
3. uns mitzuteilen, welche Angaben der Inhaber des Profils bei der Registrierung gemacht hat.

Wir setzen Ihnen hierfür eine Frist bis zum 30.11.2026.

Einen Registerauszug beider Marken fügen wir bei. Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Dr. Miriam Lenz, LL.M.
Syndikusrechtsanwältin
Bergquell Brauerei GmbH

Anlagen: Registerauszüge DPMA und EUIPO
""",
    kind="ip_notice", sender_name="Miriam Lenz", sender_organisation="Bergquell Brauerei GmbH",
    sender_email="m.lenz@bergquell-brauerei.de", their_reference="RA-M 2026/114 Le",
    cited_urls=["https://de.trustpilot.com/review/bergquell-shop.de"],
    deadline="2026-11-30", deadline_basis="eine Frist bis zum 30.11.2026",
    legal_bases=["trademark"], case="new:bergquell")
