"""The client on whose behalf the sender writes: "we act for X", "on behalf of our client X",
"im Namen und in Vollmacht unserer Mandantin, der X GmbH", "je suis le conseil de la société X",
"vores klient, X", a case title "X v <platform>"; for an internal escalation, the customer the
colleague escalates for."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lexicon
from extract.layout.letter import Letter
from extract.layout.lines import SALUTATION_LINE, Line, fields, lines
from extract.layout.names import (
    APPLICANT_ROLE,
    LEGAL_FORM,
    LEGAL_FORM_WORD,
    LOWER,
    ROLE,
    UPPER,
    fold,
    is_organisation,
    party_name,
    person_name,
    strip_titles,
    tidy_case,
)

# A name as it runs in prose: capitalised words (or a legal form), joined by connectors.
_CAP = rf"(?:[{UPPER}0-9][\w'’.&/-]*)"
_CONN = r"(?:&|and|of|the|de|du|des|la|le|et|und|og|for|van|von|der|am|an|y|e|i)"
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# French and Italian elide an article or "de" onto the next word: "Les Jardins d'Armor", "Caffè dell'Arte".
_ELIDED = rf"(?:d|l|dell|nell|all|sull)['’]{_CAP}"
NAME_RUN = (
    rf"(?:{_CAP}|{LEGAL_FORM})"
    rf"(?:{_GAP}(?:{_CONN}{_GAP})*(?:{_CAP}|{_ELIDED}|{LEGAL_FORM})|,[ \t]*{LEGAL_FORM}(?![\w/])"
    # a region or country in brackets inside the name: "Acme Roofing (Midlands) Ltd"
    rf"|[ \t]+\({_CAP}(?:[ \t]+{_CAP})?\)(?=[ \t]+(?:{_CAP}|{LEGAL_FORM}))"
    # a French name's lower-case words before its "de …" ("Boulangerie artisanale de l'Ouest")
    rf"|(?:[ \t]+[{LOWER}]{{3,}}){{1,2}}[ \t]+(?:de[ \t]+la|du|des|de)[ \t]+(?:{_CAP}|{_ELIDED})"
    rf"|(?:[ \t]+[{LOWER}]{{3,}}){{1,2}}[ \t]+(?:d|de[ \t]+l)['’]{_CAP})*"
)
# A name that ends in its legal form ("unsere Mandantin Muster GmbH" needs no comma to be sure).
_FORM_NAME = rf"(?:(?:{_CAP}|{_ELIDED}){_GAP}(?:{_CONN}{_GAP})*){{1,6}}?{LEGAL_FORM}(?![\w/])"
_LEGAL_FORM_CI = re.compile(rf"^(?:{LEGAL_FORM}|limited|ltd|gmbh|llp|inc\.?)$", re.I)
_ART = (
    r"(?:(?:the|der|die|des|dem|den|das|la|le|les|l['’]|la\s+société|la\s+soci[ée]t[ée]|société|Firma|selskabet)"
    rf"\s+|l['’](?=[{UPPER}]))?"  # French elides the article onto the name: "pour l'Atelier X"
)
_HONOUR = rf"(?:{lexicon.alternation('honorifics')}\.?\s+)?"
# Relatives and people in one's care, on whose behalf a consumer may write.
_RELATIVE_EN = (
    r"(?:father|mother|husband|wife|partner|son|daughter|brother|sister|parents?|grandfather|grandmother|client)"
)
_RELATIVE_DE = (
    r"(?:Vater[s]?|Mutter|Mann(?:es)?|Frau|Ehemann(?:es)?|Ehefrau|Sohn(?:es)?|Tochter|Bruder[s]?|Schwester|Eltern)"
)
_RELATIVE_FR = r"(?:père|mère|mari|épouse|femme|fils|fille|frère|sœur|soeur|parents)"
_RELATIVE_DA = r"(?:far|mor|mand|kone|hustru|søn|datter|bror|søster|forældre)"
# A company's legal form written out before its name: "la société à responsabilité limitée X".
_FR_FORM_WORDS = (
    r"(?:(?i:la\s+)?(?i:soci[ée]t[ée]\s+(?:à\s+responsabilit[ée]\s+limit[ée]e|anonyme|"
    r"par\s+actions\s+simplifi[ée]e))\s+)?"
)
X = rf"{_ART}{_HONOUR}(?P<x>{NAME_RUN})"

# (pattern, strength); case-insensitive only where the cue is, never on the name itself.
CUES: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(p, re.M), s)
    for p, s in (
        # en
        (
            # "we act for X", "we act as brand protection agents for X"
            r"(?i:\b(?:we|I)\s+(?:continue\s+to\s+|now\s+|still\s+)?(?:act|are\s+acting|am\s+acting)\s+"
            rf"(?:as\s+(?:[\w-]+\s+){{1,5}}?)?(?:for|on\s+behalf\s+of))\s+{X}",
            3,
        ),
        (
            # "I am instructed on a direct access basis by X", "we have been retained in this matter by X"
            r"(?i:\b(?:we|I)\s+(?:are|am|were|was|have\s+been|has\s+been)\s+(?:instructed|retained|engaged)"
            r"(?:\s+(?:on|in|under|for)\s+[^.,;:\n]{1,40}?)?"
            rf"(?:\s+(?:by|on\s+behalf\s+of)))\s+{X}",
            3,
        ),
        # the role a data protection officer, agent or representative holds for X
        (
            r"(?i:\b(?:as|als|en\s+(?:ma|sa|notre|qualité\s+de)|som)\s+(?:(?:the|der|die|le|la|l['’])\s*)?"
            r"(?:[\w-]+\s+)?(?:data\s+protection\s+officer|DPO|(?:authori[sz]ed\s+)?representative|agent|"
            r"(?:Datenschutz)?beauftragte[rn]?|Bevollmächtigte[rn]?|Vertreter(?:in)?|"
            r"délégu[ée]e?\s+à\s+la\s+protection\s+des\s+données|mandataire|représentante?|"
            r"databeskyttelsesrådgiver|repræsentant|befuldmægtigede?)"
            rf"\s+(?:of|for|to|der|des|von|de|du|d['’]|for|af))\s*{X}",
            3,
        ),
        (
            # "we are (trademark) counsel to X", "we are the solicitors for X"
            r"(?i:\b(?:we|I)\s+(?:are|am)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:solicitors|lawyers|attorneys|counsel|"
            r"legal\s+representatives?)"
            rf"\s+(?:acting\s+)?(?:for|to|of))\s+{X}",
            3,
        ),
        (rf"(?i:\b(?:we|I|this\s+firm|our\s+firm)\s+(?:represents?|acts?\s+for))\s+{X}", 3),
        # "we are instructed by and act for X": the verb after "and"
        (rf"(?i:\band\s+(?:act|are\s+acting)\s+(?:for|on\s+behalf\s+of))\s+{X}", 3),
        # "on behalf of one of our franchisees, X": one of those the writer answers for, named
        (rf"(?i:\b(?:on\s+behalf\s+of|for|für|pour|på\s+vegne\s+af)\s+(?:one|eine[mnr]?|l['’]une?|en|et)\s+"
         rf"(?:of|von|de|af)?\s*(?:our|my|unsere[rnm]?|meine[rnm]?|nos|mes|vores|mine)\s+[\w-]+),\s+{X}", 2),
        # a lawyer for someone, in a form's answer: "Rechtsanwalt für Herrn X", "solicitor for Mrs X"
        (rf"(?i:\b(?:Rechts)?anw(?:alt|ältin)\s+(?:für|von)|\bsolicitors?\s+for|\battorneys?\s+for)\s+{X}", 2),
        (rf"(?i:\bon\s+behalf\s+of\s+(?:our|my)\s+clients?),?\s+{X}", 3),
        # a relative or someone in one's care: "on behalf of my father, X", "im Namen meiner Mutter, Frau X"
        (rf"(?i:\b(?:on\s+behalf\s+of|for)\s+my\s+{_RELATIVE_EN}),?\s+{X}", 2),
        (rf"(?i:\b(?:im\s+Namen|im\s+Auftrag|für)\s+(?:meine[rsn]?|unsere[rsn]?)\s+{_RELATIVE_DE}),?\s+{X}", 2),
        (rf"(?i:\b(?:au\s+nom|pour\s+le\s+compte)\s+de\s+(?:mon|ma|mes)\s+{_RELATIVE_FR}),?\s+{X}", 2),
        (rf"(?i:\bpå\s+vegne\s+af\s+(?:min|mit|mine)\s+{_RELATIVE_DA}),?\s+{X}", 2),
        (rf"(?i:\b(?:acting|instructed)\s+(?:for|on\s+behalf\s+of|by))\s+{X}", 2),
        (
            r"(?i:\b(?:our|my)\s+clients?)(?:\s*[:–—-]\s*|,\s+|\s+)"
            rf"(?!(?i:has|have|is|was|will|would|does|did|had|can|may|must|should|could|and|or|which|who)\b){X}",
            3,
        ),
        # the client named in brackets after the word: "our client (X Ltd)", "meiner Mandantin (X)"
        (rf"(?i:\b(?:our|my)\s+client|\b(?:unsere[rnms]?|meine[rnms]?)\s+Mandant(?:in|en|schaft)?|"
         rf"\b(?:notre|mon|ma)\s+client(?:e)?|\b(?:vores|min)\s+klient)\s*\(\s*{X}\s*\)", 3),
        # de
        (rf"(?i:\b(?:unser(?:e[rmns]?)?)\s+Mandant(?:in|en|schaft)?)\s*[,:]\s*{X}", 3),
        (rf"(?i:\bunser(?:e[rmns]?)?\s+Mandant(?:in|en|schaft)?)\s+{_ART}(?P<x>{_FORM_NAME})", 3),
        # a person named with an honorific needs no comma: "für unsere Mandantin Frau X"
        (rf"(?i:\bunser(?:e[rmns]?)?\s+Mandant(?:in|en)?)\s+(?:Frau|Herrn?)\s+(?P<x>{NAME_RUN})", 3),
        (rf"(?i:\b(?:dass|daß)\s+uns)\s+{X}", 2),
        (rf"(?i:\bin\s+Vertretung\s+(?:der|des|von))\s+{X}", 2),
        # "hiermit zeigen wir die (anwaltliche) Vertretung der X GmbH an"
        (rf"(?i:\b(?:die|unsere|meine)\s+(?:anwaltliche\s+|rechtliche\s+)?Vertretung\s+(?:der|des|von))\s+{X}", 3),
        (rf"(?i:\bInteressen\s+(?:der|des|von))\s+(?:Firma\s+)?{_HONOUR}(?P<x>{NAME_RUN})", 3),
        (
            rf"(?i:\b(?:dass|daß)\s+(?:wir|ich))\s+{X}(?:,[^.;]{{0,160}}?)?\s+"
            r"(?i:(?:anwaltlich|rechtlich|außergerichtlich|gerichtlich)\s+)?vertreten?",
            3,
        ),
        (rf"(?i:\b(?:wir|ich)\s+(?:vertreten|vertrete)(?:\s+die\s+(?:[{LOWER}]+\s+)?Interessen)?)\s+{X}", 3),
        (
            r"(?i:\bim[ \t]+(?:Namen|Auftrag)[ \t]+(?:und[ \t]+in[ \t]+Vollmacht[ \t]+)?"
            rf"(?:unserer[ \t]+Mandantin|unseres[ \t]+Mandanten)?,?)[ \t]*{X}",
            2,
        ),
        # the firm consulted, instructed or retained by the client, in each language's passive:
        # "nous sommes consultés par X", "wir sind von X beauftragt", "vi er antaget af X"
        (
            r"(?i:\b(?:nous\s+(?:sommes|avons\s+été)|je\s+(?:suis|viens\s+d['’]être|ai\s+été))\s+"
            r"(?:consult|mandat|saisi|constitu|charg)[ée]?e?s?\s+(?:par|pour))\s+"
            rf"{X}",
            3,
        ),
        (
            rf"(?i:\b(?:wir\s+(?:sind|wurden)|ich\s+(?:bin|wurde))\s+von)\s+{X}\s+"
            r"(?i:(?:[\w-]+\s+){0,6}?(?:beauftragt|mandatiert|bevollmächtigt))",
            3,
        ),
        (rf"(?i:\b(?:vi|jeg)\s+(?:er|blev)\s+(?:blevet\s+)?(?:antaget|engageret|kontaktet)\s+af)\s+{X}", 3),
        # fr
        (
            r"(?i:\b(?:je\s+suis|nous\s+sommes|en\s+(?:ma|notre)\s+qualité\s+de)\s+(?:le\s+|les\s+)?"
            rf"conseils?\s+de)\s+{X}",
            3,
        ),
        (rf"(?i:\b(?:notre|mon|ma)\s+(?:client|mandant)(?:e)?)\s*[,:]\s*{_FR_FORM_WORDS}{X}", 3),
        (rf"(?i:\b(?:notre|mon|ma)\s+(?:client|mandant)(?:e)?)\s+{_ART}(?P<x>{_FORM_NAME})", 3),
        (rf"(?i:\b(?:notre|mon|ma)\s+(?:client|mandant)(?:e)?)\s+(?:M\.|Mme|Monsieur|Madame)\s+(?P<x>{NAME_RUN})", 3),
        (rf"(?i:\b(?:conseils?|avocats?)(?:\s+habituels?)?\s+de)\s+{X}", 2),
        (rf"(?i:\b(?:pour\s+le\s+compte|au\s+nom)\s+de\s+(?:(?:notre|mon|ma)\s+client(?:e)?,?\s+)?)\s*{X}", 2),
        # a commissaire de justice (huissier) serves "at the request of" the party who obtained the order
        (rf"(?i:\b[àa]\s+la\s+requête\s+de)\s+{X}", 3),
        (
            r"(?i:\b(?:nous\s+représentons|je\s+représente|nous\s+intervenons\s+pour|j['’]interviens\s+pour))"
            rf"\s+(?:les\s+intérêts\s+de\s+)?{X}",
            3,
        ),
        # da
        (rf"(?i:\b(?:vores|min)\s+klient)\s*[,:]?\s+{X}", 3),
        (
            r"(?i:\b(?:vi|jeg|undertegnede)\s+(?:repræsenterer|bistår|er\s+advokat(?:er)?\s+for|optræder\s+på\s+vegne\s+af))"
            rf"\s+{X}",
            3,
        ),
        (rf"(?i:\bpå\s+vegne\s+af\s+(?:(?:vores|min)\s+klient,?\s+)?)\s*{X}", 2),
        (rf"(?i:\badvokat(?:er)?\s+for)\s+{X}", 2),
        # any language: the generic phrase, weakest
        (rf"(?<!and )(?i:\bon\s+behalf\s+of)\s+{X}", 1),
    )
)
# A heading's label naming the client, in any language ("Mandantin: Frau X", "Klient: X ApS").
CLIENT_LABEL = re.compile(rf"^[ \t]*(?i:Client|Mandant(?:in)?|Klient|Cliente?)[ \t]*:[ \t]*{X}", re.M)
# The writer's own business named as such: whoever writes "for my company X" writes for themselves.
_OWN_BUSINESS = re.compile(
    r"(?i)\b(?:my|our)\s+(?:own\s+)?(?:company|business|firm|shop|restaurant|hotel|practice|salon)\b[\s,:–—-]*$"
    r"|\b(?:meine[mnrs]?|unsere[mnrs]?)\s+(?:Firma|Unternehmens?|Betrieb(?:e?s)?|Praxis|Restaurants?|Hotels?)\b[\s,:–—-]*$"
    r"|\b(?:mon|ma|notre)\s+(?:entreprise|société|commerce|restaurant|hôtel|cabinet|salon)\b[\s,:–—-]*$"
    r"|\b(?:min|mit|vores)\s+(?:egen\s+)?(?:virksomhed|firma|forretning|restaurant|hotel|salon)\b[\s,:–—-]*$"
)
# A role word followed by the name it stands for: "the Claimant, X Ltd,", "la requérante, la SARL X".
_APPOSITION = re.compile(rf"[ \t]*,[ \t]*{_ART}{_HONOUR}(?P<x>{NAME_RUN})")
_APPLICANT_NAMED = re.compile(
    rf"(?i:\b(?:the|la|le|l['’]|die|der|den)\s*{APPLICANT_ROLE})[ \t]*,[ \t]*{_ART}{_HONOUR}(?P<x>{NAME_RUN})"
)
# After a trading name, the company that trades under it: "(a trading name of X Ltd)", ", Marke der X GmbH".
_TRADING_NAME_OF = re.compile(
    rf"[ \t]*[,(][ \t]*(?i:a[ \t]+|eine[ \t]+|un[ \t]+)?(?i:trading[ \t]+(?:name|style)[ \t]+of|Marke[ \t]+der|"
    rf"nom[ \t]+commercial[ \t]+de|binavn[ \t]+for)[ \t]+{_ART}(?P<company>{_FORM_NAME})"
)
# A case title: "X v Platform", "X ./. Platform", "X c/ Platform", "X mod Platform".
_VS = r"(?:v\.?|vs\.?|versus|\./\.|c/|contre|gegen|mod)"
_TITLE_LABEL = r"(?:(?:Re|RE|Betreff|Objet|Affaire|Vedr\.?|Vedrørende|Matter|In\s+Sachen|Az\.?)\s*:\s*)?"
# A case title run into a sentence: "in der Angelegenheit X ./. Platform", "in the matter of X v Platform".
_MATTER = re.compile(
    r"(?i)\b(?:in\s+(?:der\s+|dieser\s+)?(?:Angelegenheit|Sache|Rechtssache|Sachen)|in\s+the\s+matter\s+of|"
    r"in\s+re|(?:dans\s+)?l['’]affaire|(?:dans\s+)?le\s+dossier|i\s+sagen|vedrørende|betreffend|concerning|"
    r"regarding)\s+"
)

# Internal escalation: "Forwarding the below from Jane Doe, Head of Sales at Acme",
# "Escalating a complaint from Acme plc, one of my accounts", "Acme, one of my SMB accounts",
# "on behalf of one of my customers, Acme" (and so in de/fr/da).
# Each with its strength, and whether a person-shaped name is still the business: after
# "<title> at" or "one of my accounts" it is; after a bare "from" it is more likely the writer.
_MY_CUSTOMERS = (
    r"(?i:(?:(?:one|some)\s+of\s+)?(?:my|our)\s+(?:[\w-]+\s+)?(?:customers?|accounts?|clients?)"
    r"|(?:(?:en|et|nogle)\s+af\s+)?(?:mine|vores|min)\s+(?:kunder?|klienter?|konti)"
    r"|(?:(?:eine[nrsm]?|einer)\s+)?(?:mein(?:e[nrsm]?)?|unser(?:e[nrsm]?)?)\s+(?:Kund(?:en|in|e|innen)|Accounts?)"
    r"|(?:(?:un|une|l['’]une?)\s+de\s+)?(?:mes|nos|mon|ma|notre)\s+(?:client(?:e)?s?|comptes?))"
)
ESCALATION: tuple[tuple[re.Pattern[str], int, bool], ...] = (
    (
        re.compile(
            rf"(?i:\bfrom)\s+(?P<person>[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{1,3}}),\s+"
            rf"[^,.\n]{{1,60}}\s+(?i:at|of|from|with|@)\s+(?P<x>{NAME_RUN})"  # greedy: "Head of Sales at X"
        ),
        3,
        True,
    ),
    (
        re.compile(
            rf"(?i:\b(?:complaint|escalation|concern|issue|request|email|message|note|letter|below)\s+from)\s+{X}"
        ),
        2,
        False,
    ),
    (
        re.compile(
            rf"{X}\s*(?:,\s*(?i:(?:who|which)\s+(?:is|are)\s+)?|\s+(?:is|are)\s+)(?i:(?:one\s+of|a|an)\s+(?:my|our)\b[^.\n]{{0,40}}?\b"
            r"(?:accounts?|customers?|clients?)"
            # "X, l'un de nos clients", "X, einer unserer Kunden", "X, en af vores kunder"
            r"|(?:l['’]une?|un|une)\s+de\s+(?:nos|mes)\s+(?:clients?|comptes?)"
            r"|(?:eine[rsnm]?|eins)\s+(?:unserer|meiner)\s+(?:Kunden|Accounts)"
            r"|(?:en|et|én)\s+af\s+(?:vores|mine)\s+(?:kunder|konti))"
        ),
        1,
        True,
    ),
    # the colleague says whose account they hold: "I'm the account manager for X", "ich betreue X",
    # "je suis la chargée de compte de X", "jeg er kundeansvarlig for X"
    (
        re.compile(
            r"(?i:\b(?:i['’]m|i\s+am|as)\s+(?:the\s+|their\s+)?(?:senior\s+|lead\s+)?(?:account|customer\s+success|client|"
            r"relationship)\s+(?:manager|executive|lead|partner|owner)\s+for"
            r"|\bich\s+betreue|\b(?:account\s+manager(?:in)?|kundenbetreuer(?:in)?)\s+(?:von|für)"
            r"|\bje\s+suis\s+(?:le|la)\s+(?:charg[ée]e?|responsable)\s+de\s+(?:compte|client[eè]le)\s+(?:de|d['’]|chez)"
            r"|\bjeg\s+er\s+(?:account\s+manager|kundeansvarlig|kunderådgiver)\s+for)\s+"
            rf"{X}"
        ),
        2,
        True,
    ),
    # the customer introduced by who runs it: "Jo Bloggs (owner, Acme Bakery in Leeds)", "Herrn X
    # (Geschäftsführer Acme GmbH)", "M. X, directeur de l'Hôtel Acme", "X, direktør hos Acme A/S"
    (
        re.compile(
            rf"{_HONOUR}[{UPPER}][\w'’.-]+(?:[ \t]+[{UPPER}][\w'’-]+){{0,3}}[ \t]*(?:,|\()[ \t]*"
            rf"(?i:(?:the\s+|le\s+|la\s+)?(?:{lexicon.alternation('business_roles')}))"
            r"(?:[ \t]*,[ \t]*|[ \t]+(?i:(?:of|at|for|bei|von|der|des|du|de(?:\s+la)?|hos|i|ved|chez)[ \t]+)?)"
            rf"{X}"
        ),
        2,
        True,
    ),
    # "one of my customers, X"; "einen Fall von einem meiner Kunden weiter, dem X" (a verb's particle between)
    (re.compile(rf"\b{_MY_CUSTOMERS}(?:[ \t]+[{LOWER}]+)?\s*[,:–—]\s*{X}"), 2, True),
    # "from my customer Acme Ltd", "på vegne af vores kunde Acme ApS": no comma, but a legal form ends it
    (re.compile(rf"\b{_MY_CUSTOMERS}\s+{_ART}(?P<x>{_FORM_NAME})"), 2, True),
    # the customer by what it buys from us or who speaks for it: "X are on an Enterprise plan with us",
    # "I had X's CEO on the phone", "X (reviewer) had his review removed"
    (re.compile(rf"{X}\s+(?i:(?:are|is)\s+on\s+(?:an?|our|the)\s+(?:[\w-]+\s+){{0,2}}?"
                r"(?:plan|package|subscription|tier|contract))"), 2, True),
    (re.compile(rf"{X}['’]s?\s+(?i:CEO|MD|owner|founder|(?:managing\s+)?director|head\s+of\s+\w+|"
                r"general\s+manager)\b"), 1, True),
    (re.compile(rf"{_HONOUR}(?P<x>[{UPPER}][\w'’-]+(?:[ \t]+[{UPPER}][\w'’-]+){{1,3}})[ \t]*"
                rf"\((?i:the\s+)?(?i:reviewer|customer|consumer|complainant|data\s+subject)\)"), 2, True),
    # "The customer is X", "der Kunde ist X", "le client est X", "kunden er X"
    (re.compile(rf"(?i:\b(?:the\s+customer|der\s+Kunde|die\s+Kundin|le\s+client|la\s+cliente|kunden)\s+"
                rf"(?:is|ist|est|er)),?\s+{X}"), 2, True),
    (re.compile(rf"(?i:\b(?:on\s+behalf\s+of|på\s+vegne\s+af|im\s+Namen\s+von|au\s+nom\s+de))\s+{X}"), 1, False),
)

# A lawyer who writes of "our client" without naming it names it in the letter's heading.
GENERIC_CLIENT = re.compile(
    r"(?i)\b(?:our|my)\s+client|\bunsere[rnms]?\s+Mandant|\b(?:notre|mon|ma)\s+client|\b(?:vores|min)\s+klient"
    # the client in a relative clause: "X, for whom we act", "X, dont je suis le conseil", "X, die wir vertreten"
    r"|\b(?:for\s+whom|whom)\s+(?:we|I)\s+(?:act|represent)|\bdont\s+(?:je\s+suis|nous\s+sommes)\s+(?:le\s+|les\s+)?"
    r"(?:conseils?|avocats?)|\b(?:die|den|das)\s+(?:wir|ich)\s+(?:anwaltlich\s+)?vertrete|\bsom\s+(?:vi|jeg)\s+repræsenterer"
)
SUBJECT_LINE = re.compile(
    r"^[ \t]*(?:Re|Subject|Betreff|Objet|Vedr\.?|Vedrørende|Affaire|Matter)\s*:[ \t]*(?P<s>[^\n]+)$", re.M | re.I
)

NOT_CLIENT = {
    "sie", "ihnen", "ihr", "ihre", "ihren", "ihrer", "you", "your", "us", "we", "it", "they", "vous", "votre",
    "nous", "i", "je", "de", "dem", "den", "diese", "dieser", "this", "these", "jeres", "deres", "dette",
    # "on behalf of third parties" names nobody
    "dritter", "dritte", "dritten", "others", "someone", "tiers", "autrui", "tredjemand",
}


@dataclass(frozen=True)
class Client:
    value: str
    start: int
    end: int
    strength: int
    why: str  # for a person reading it
    rule: str  # a stable tag: "represented.cue", "represented.case_title", …
    source: str = "text"  # or "header:Subject": start/end then index the email's subject


# German declines a name's first noun after "des": "die Interessen des Gasthofes Alpenblick" is
# "Gasthof Alpenblick". Words ending in -as/-us/-is are names or foreign words that take no -s.
_GENITIVE_ARTICLE = re.compile(r"(?i)\b(?:des|eines|unseres|meines)\s+$")


def nominative(value: str) -> str:
    words = value.split(" ")
    first = words[0]
    if len(words) < 2 or len(first) < 5 or first.isupper():
        return value
    if re.search(rf"[^aeiouäöüé{UPPER}]es$", first):  # "Gasthofes", "Autohauses"
        words[0] = first[:-2]
    elif first.endswith("s") and not re.search(r"(?:as|us|is|ss|ß)$", first):  # "Hotels", "Vereins"
        stem = " ".join([first[:-1], *words[1:]])
        if not person_name(value) or is_organisation(stem):  # "des Hans Meier" keeps his name
            words[0] = first[:-1]
    return " ".join(words)


def clean(raw: str, start: int) -> tuple[str, int, int] | None:
    """The name a cue caught, cut to the name itself: stops after its legal form and at a layout
    line break; honorifics dropped."""
    words = list(re.finditer(r"\S+", raw))
    if not words:
        return None
    keep_end = words[-1].end()
    for i, w in enumerate(words):
        word = w.group(0).rstrip(",")
        if i > 0 and _LEGAL_FORM_CI.match(word):  # "SARL Boulangerie Martin": a leading form is part of it
            nxt = words[i + 1].group(0) if i + 1 < len(words) else ""
            if not (nxt == "&" or _LEGAL_FORM_CI.match(nxt.rstrip(",")) or re.match(r"(?i)co\.?$", nxt)):
                keep_end = w.end()
                break
        if (
            word.endswith(".")
            and i + 1 < len(words)
            and not _LEGAL_FORM_CI.match(word)
            and not re.fullmatch(r"(?:[A-Z]\.)+|St\.|Co\.|Bros\.|Mr\.|Mrs\.|Dr\.", word)
        ):
            keep_end = w.end() - 1  # a full stop ends the sentence, and the name
            break
        nl = raw.find("\n", w.end(), words[i + 1].start() if i + 1 < len(words) else w.end())
        if nl >= 0:
            line_start = raw.rfind("\n", 0, w.start()) + 1
            line_len = w.end() - line_start
            if line_len < 50:  # a short line ends there: the next line is layout, not a wrapped name
                keep_end = w.end()
                break
    value = raw[:keep_end]
    if not re.search(r"(?:Inc|Co|Ltd|Corp|S\.A|e\.V|e\.K)\.$", value):
        value = re.sub(r"[\s,;:.'’-]+$", "", value)
    # connectors left dangling at the end
    value = re.sub(r"(?:\s+(?:&|and|of|the|de|du|des|la|le|et|und|og|for))+$", "", value)
    # "Mr Jon Hale of Leeds": "of <place>" after a person's whole name is where they live
    resident = re.match(r"(?P<p>\S+(?:\s+\S+){1,4}?)\s+of\s+\S", value)
    if resident and len((person_name(resident["p"]) or "").split()) >= 2:
        value = resident["p"]
    # "Hotel Strandvig i Ribe": Danish "i <town>" after a name of two words or more is its place
    value = re.sub(rf"^(\S+(?:\s+\S+)+?)\s+i\s+[{UPPER}][\w-]+(?:\s+[{UPPER}][\w-]+)?$", r"\1", value)
    name, cut = strip_titles(value) if person_name(value) else (value, 0)
    if not name or fold(name.split()[0]) in NOT_CLIENT or len(name) < 2:
        return None
    s = start + raw.find(name) if name in raw else start + cut
    return " ".join(name.split()), s, s + len(name)


def platform_names(letter: Letter) -> list[str]:
    names = [letter.profile.name]
    names += [d.split(".")[0] for d in letter.profile.domains]
    return [n for n in names if n]


def _is_platform(value: str, letter: Letter) -> bool:
    v = fold(value)
    return any(fold(n) in v for n in platform_names(letter))


def find_clients(
    letter: Letter, start: int, end: int, *, sender_org: str | None, sender_name: str | None
) -> list[Client]:
    """Every represented-client candidate in text[start:end], strongest first."""
    text = letter.text
    found: list[Client] = []

    parties = court_parties(letter, start, end)

    def add(raw: str, at: int, strength: int, why: str, rule: str) -> None:
        if ROLE.fullmatch(raw.strip(" ,.")):
            # "on behalf of the Claimant, X Ltd": the role's apposition names the party
            named_after = _APPOSITION.match(text, at + len(raw.rstrip(" ,.")))
            if named_after and party_name(named_after["x"]):
                add(named_after["x"], named_after.start("x"), strength, why + " (the role's name)", rule)
                return
            # "on behalf of the Claimant": the role stands for the party the court form names
            named = next((c for c in parties if c.role == _role_kind(raw)), None)
            if named:
                found.append(Client(named.value, named.start, named.end, strength, why + " (court form role)", rule))
            return
        c = clean(raw, at)
        if not c:
            return
        value, s, e = c
        if re.match(r"[ \t]*:", text[e : e + 3]):
            return  # "Meldung im Auftrag Dritter: nein": a form's label, not a name
        company = _TRADING_NAME_OF.match(text, e)
        if company and party_name(company["company"]):
            # "Brookhill Bakery (a trading name of Brookhill Foods Ltd)": the company is the client
            value, s, e = company["company"], company.start("company"), company.end("company")
        checked = party_name(value)
        if not checked:
            return  # a role word, a bare legal form, an address, a label: no one's name
        if checked != value and checked in value:
            s += value.find(checked)
            e = s + len(checked)
        value = checked
        if _is_platform(value, letter):
            return
        if _OWN_BUSINESS.search(text[max(0, s - 40) : s]):
            return  # "on behalf of my company, X Ltd": the writer's own business, no client
        if sender_org and fold(value) == fold(sender_org):
            return
        if sender_name and fold(value) == fold(sender_name):
            return
        if _GENITIVE_ARTICLE.search(text[max(0, s - 10) : s]):
            value = nominative(value)
        found.append(Client(tidy_case(value, text), s, e, strength, why, rule))

    for pat, strength in CUES:
        for m in pat.finditer(text, start, end):
            cue = " ".join(text[m.start() : m.start("x")].split())[:60]
            add(m.group("x"), m.start("x"), strength, "cue: " + cue, "represented.cue")
    for m in CLIENT_LABEL.finditer(text, start, end):
        # only a firm or a person's whole name: "Client: N/A", "Client: Confidential" name no one
        x = m.group("x")
        if is_organisation(x) or len((person_name(x.split(",")[0].strip()) or "").split()) >= 2:
            add(x, m.start("x"), 3, "labelled client", "represented.label")
    plat = "|".join(re.escape(n) for n in platform_names(letter))
    title = re.compile(
        rf"^[ \t]*{_TITLE_LABEL}(?P<x>[^\n]{{2,90}}?)\s+{_VS}\s+(?i:{plat})\b", re.M
    )
    for m in title.finditer(text, start, end):
        x, at = m.group("x"), m.start("x")
        matters = list(_MATTER.finditer(x))
        if matters:  # the title starts after the last matter phrase
            matter = matters[-1]
            x, at = x[matter.end() :], at + matter.end()
        add(x, at, 2, "case title", "represented.case_title")
    for c in parties:
        if c.role == "applicant":
            add(c.value, c.start, 2, c.why, c.rule)
    # "the Claimant, X Ltd", "la requérante, la SARL X": the applicant named in a sentence
    for m in _APPLICANT_NAMED.finditer(text, start, end):
        add(m["x"], m.start("x"), 2, "applicant named", "represented.applicant")
    # "We act for the claimant in X v Platform": a case title inside a sentence
    for m in re.finditer(rf"(?P<x>{NAME_RUN})\s+{_VS}\s+(?i:{plat})\b", text[start:end]):
        add(m["x"], start + m.start("x"), 1, "case title in a sentence", "represented.case_title")
    if not found and GENERIC_CLIENT.search(text, start, end):
        for at, line in _heading_lines(text, start, end):
            for m in re.finditer(NAME_RUN, line):
                # a whole person's name, not a lone capitalised word ("Our client does not …")
                v = m.group(0)
                if _has_form(v) or len((person_name(v) or "").split()) >= 2:
                    why = "heading of a letter about \"our client\""
                    add(m.group(0), at + m.start(), 1, why, "represented.heading")
                    if found:
                        break
            if found:
                break
    subject = letter.parsed.email.subject if letter.parsed.email else None
    if not found and subject and GENERIC_CLIENT.search(text, start, end):
        # an email that speaks only of "our client" names it in its subject line
        for m in re.finditer(NAME_RUN, subject):
            v = m.group(0)
            if LEGAL_FORM_WORD.search(v) and not _is_platform(v, letter) and not (
                sender_org and fold(v) == fold(sender_org)
            ):
                why = "subject of an email about \"our client\""
                found.append(Client(v, m.start(), m.end(), 1, why, "represented.subject", "header:Subject"))
                break
    found.sort(key=lambda c: (-c.strength, c.start))
    return _prefer_longest(found)


def _has_form(v: str) -> bool:
    """A legal form in a name, also in a heading set in capitals ("ACME KITCHENS LIMITED")."""
    return bool(LEGAL_FORM_WORD.search(v) or (v.isupper() and LEGAL_FORM_WORD.search(v.title())))


def _heading_lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Subject lines, the unlabelled subject line right above the salutation, and the short lines
    right after the salutation."""
    out = [(m.start("s"), m.group("s")) for m in SUBJECT_LINE.finditer(text, start, min(end, start + 3000))]
    sal = SALUTATION_LINE.search(text, start, end)
    if sal:
        above = [ln for ln in lines(text, start, sal.start()) if not ln.blank][-2:]
        gap = text[above[-1].end : sal.start()] if above else ""
        # a subject stands apart, a blank line above the salutation; an address block runs into it
        if above and gap.count("\n") >= 2 and len(above[-1].text) <= 100 and ":" not in above[-1].text:
            out.append((above[-1].start, above[-1].text))
    if not sal:
        # No salutation (a Danish or German letter may open straight in prose): the subject is
        # the short line right above the first paragraph.
        heading = _line_above_first_paragraph(text, start, min(end, start + 3000))
        if heading:
            out.append(heading)
    if sal:
        pos = sal.end() + 1
        for _ in range(3):
            nl = text.find("\n", pos, end)
            line = text[pos : nl if nl >= 0 else end]
            if line.strip() and len(line) > 100:
                break
            if line.strip():
                out.append((pos, line))
            if nl < 0:
                break
            pos = nl + 1
    return out


def _line_above_first_paragraph(text: str, start: int, end: int) -> tuple[int, str] | None:
    rows = lines(text, start, end)
    prev: Line | None = None
    for i, ln in enumerate(rows):
        if ln.blank:
            continue
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        wrapped = len(ln.text) >= 60 and nxt is not None and not nxt.blank
        if len(fields(ln)) == 1 and (len(ln.text) > 100 or wrapped) and re.search(rf"[{LOWER}]{{3,}}\s", ln.text):
            if prev is None or len(prev.text) > 100 or re.match(r"[^:]{0,30}:", prev.text):
                return None  # no line above, or a labelled one ("Our ref: …") that is no subject
            between = text[prev.end : ln.start]
            if between.count("\n") < 2 or re.search(r"\b(?:19|20)\d\d\b", prev.text):
                return None  # part of the paragraph, or the date line
            # only a line naming a company or a whole person: a lone capitalised word is a place
            names = [m.group(0) for m in re.finditer(NAME_RUN, prev.text)]
            if any(LEGAL_FORM_WORD.search(n) or len((person_name(n) or "").split()) >= 2 for n in names):
                return prev.start, prev.text
            return None
        prev = ln
    return None


@dataclass(frozen=True)
class CourtParty:
    """A party a court form names, with its role: "applicant" (applicant, claimant, plaintiff,
    Antragstellerin, demanderesse, rekvirent) or "respondent"."""

    value: str
    start: int
    end: int
    role: str
    why: str
    rule: str = "represented.court_role"


_APPLICANT = re.compile(rf"(?i:{APPLICANT_ROLE})")
# A line that is only a role ("Applicant", "- Antragstellerin -", "Plaintiff / Applicant", "DEMANDERESSE").
_ROLE_LINE = re.compile(
    rf"^[ \t(\-–—]*(?:{ROLE.pattern})(?:[ \t]*(?:/|,|and|und|et|og)[ \t]*(?:{ROLE.pattern}))*"
    r"[ \t)\-–—]*(?P<colon>:)?[ \t,.;]*$"
)
# "NAME (Claimant)" on one line; "Applicant: NAME", "Klagende Partei: NAME, address".
_ROLE_AFTER = re.compile(rf"^[ \t]*(?P<x>[^\n(]{{3,120}}?)[ \t]*\((?:the[ \t]+)?(?P<role>{ROLE.pattern})\)[ \t]*$")
# "X LTD – Applicant –", "X GmbH, vertreten durch …, - Antragstellerin -": the role after a dash on the name's line.
_ROLE_DASHED = re.compile(
    rf"^[ \t]*(?P<x>[^\n]{{3,160}}?)[ \t,]*[–—-]+[ \t]*(?P<role>{ROLE.pattern})[ \t]*[–—-]*[ \t]*$"
)
_ROLE_LABEL = re.compile(
    rf"^[ \t]*(?P<role>(?:{ROLE.pattern})(?:[ \t]+(?:und|and|et|og)[ \t]+[{LOWER}]+(?:[ \t]+Partei)?)?)"
    r"[ \t]*:[ \t]*(?P<x>\S[^\n]*)$"
)
# Lines that separate a court form's parties: "BETWEEN:", "- and -", "gegen", "mod", "contre".
_SEPARATOR = re.compile(
    r"(?i)^[ \t\-–—]*(?:between|and|v\.?|vs\.?|versus|gegen|wider|mod|contre|c/|og|in\s+der\s+sache|in\s+sachen|"
    r"in\s+the\s+matter\s+of|entre|mellem)[ \t\-–—:]*$"
)


def _role_kind(role: str) -> str:
    return "applicant" if _APPLICANT.search(role) else "respondent"


def court_parties(letter: Letter, start: int, end: int) -> list[CourtParty]:
    """The parties a court form names with their roles, in the order they appear: the name on the
    line or block above its role ("X LTD" / "Applicant"; "X GmbH, vertreten durch …" / address /
    "- Antragstellerin -"), beside it in brackets ("X (Claimant)"), or after the role as a label
    ("Applicant: X", "Rekvirent:" / "X", "DEMANDERESSE" / "SAS X")."""
    text = letter.text
    rows = lines(text, start, end)
    out: list[CourtParty] = []

    def take(raw: str, at: int, role: str, why: str) -> None:
        head = re.split(r",\s+(?=[^,]*\d)", raw)[0]  # the name, not the address after it
        v = party_name(head)
        if v and not _is_platform(v, letter):
            s = at + max(0, raw.find(v))
            out.append(CourtParty(tidy_case(v, text), s, s + len(v), _role_kind(role), why))

    # A form sets every role the same way, above its party's name or below it: the first role line
    # decides (a valid name in the block above it, or not).
    name_above: bool | None = None
    for i, ln in enumerate(rows):
        if ln.blank:
            continue
        m = _ROLE_AFTER.match(ln.text)
        if m:
            take(m["x"], ln.start + m.start("x"), m["role"], "court form: name (role)")
            continue
        m = _ROLE_DASHED.match(ln.text)
        if m and party_name(re.sub(r"(?i)^in\s+(?:der\s+)?sachen?\s+", "", m["x"])):
            x = re.sub(r"(?i)^in\s+(?:der\s+)?sachen?\s+", "", m["x"])
            take(x, ln.start + m.start("x") + m["x"].find(x), m["role"], "court form: name – role –")
            continue
        m = _ROLE_LABEL.match(ln.text)
        if m:
            take(m["x"], ln.start + m.start("x"), m["role"], "court form: role label")
            continue
        m = _ROLE_LINE.match(ln.text)
        if not m:
            continue
        role = ln.text
        above = _block_above(rows, i)
        if name_above is None:
            name_above = bool(
                above is not None and not m["colon"] and party_name(re.split(r",\s+(?=[^,]*\d)", above.text)[0])
            )
        if name_above:
            if above is not None:
                take(above.text, above.start, role, "court form: name above its role")
            continue
        below = next((r for r in rows[i + 1 : i + 4] if not r.blank), None)
        if below is not None and not _ROLE_LINE.match(below.text) and not _SEPARATOR.match(below.text):
            take(below.text, below.start, role, "court form: role above the name")
    return out


def _block_above(rows: list[Line], i: int) -> Line | None:
    """The first line of the block of lines above row i (blank lines right above skipped), up to
    a separator ("BETWEEN:", "gegen") or a blank line."""
    j = i - 1
    while j >= 0 and rows[j].blank:
        j -= 1
    first: Line | None = None
    while j >= 0 and not rows[j].blank and not _SEPARATOR.match(rows[j].text) and not _ROLE_LINE.match(rows[j].text):
        first = rows[j]
        j -= 1
    return first


def find_escalated_customer(letter: Letter, start: int, end: int, *, sender_name: str | None) -> list[Client]:
    """The customer an internal escalation is about, from the colleague's own words."""
    text = letter.text
    out: list[Client] = []
    for pat, strength, by_shape in ESCALATION:
        for m in pat.finditer(text, start, end):
            c = clean(m.group("x"), m.start("x"))
            if not c:
                continue
            value, s, e = c
            if _is_platform(value, letter) or (person_name(value) and not by_shape):
                continue
            if sender_name and fold(value) == fold(sender_name):
                continue
            if fold(value) in {"the", "this", "that", "them", "below"}:
                continue
            out.append(Client(tidy_case(value, text), s, e, strength, "escalation cue", "represented.escalation"))
    out.sort(key=lambda c: (-c.strength, c.start))
    return _prefer_longest(out)


def _prefer_longest(found: list[Client]) -> list[Client]:
    """Where one candidate is a short form of another ("Acme" / "Acme Widgets, Inc."), the
    full one stands for both, in the place of the strongest."""
    out: list[Client] = []
    for c in found:
        short = fold(c.value)
        longer = [o for o in found if o is not c and fold(o.value).startswith(short) and len(o.value) > len(c.value)]
        if longer:
            best = max(longer, key=lambda o: (o.strength, -o.start))
            c = Client(best.value, best.start, best.end, c.strength, c.why, c.rule, best.source)
        out.append(c)
    return out
