"""The words and signals that tell what a document is and which law it invokes, as data.

Every cue is a regular expression with a weight and a label a person can read. `classify.py`
scores them; nothing here runs. Cues are phrased as a specialist would recognise them in
English, German, French and Danish letters: names of statutes and their sections, the terms of
art of each area of law, and the conventions of each kind of document (a police disclosure
form, a sealed order, a DSA notice form, an appeal against a moderation decision).

`{platform}` in a pattern stands for the platform's name from its profile.

Zones (where a cue counts):
- "body": the document's own words (the new message, and for an internal escalation the
  complaint it forwards), not the platform's replies quoted below it;
- "sender": letterhead and signature lines, and the subject line, where who is writing is shown;
- "platform": what the platform itself told the writer, in a message of its own quoted or
  forwarded below, or in the subject line of a reply to it ("RE: Your review has been removed");
- "colleague": the words of a colleague's escalation only, where "our guidelines" are the
  platform's own.

`unless` names contexts (CONTEXTS) which, when found in the cue's sentence, mean the document
only mentions the thing instead of invoking it: reporting the platform's own decision ("you
told me the review did not break your guidelines"), describing what the content alleges ("the
review accuses our client of criminal conduct") or threatening a step not yet taken ("we will
apply for an injunction").
"""

# ruff: noqa: E501 - one cue a line reads better than regexes folded to fit
from __future__ import annotations

from dataclasses import dataclass

from extract.models import Kind, LegalBasis


def flexible_spaces(pattern: str) -> str:
    """A literal space in a cue matches any run of whitespace, line breaks included: letters are
    hard-wrapped and OCR breaks lines anywhere ("Code de la\nconsommation"). Spaces inside a
    character class are left alone."""
    out: list[str] = []
    in_class = escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        elif ch == "[" and not in_class:
            in_class = True
            out.append(ch)
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        elif ch == " " and not in_class:
            out.append(r"\s+")
        else:
            out.append(ch)
    return "".join(out)


# One item of a German citation list: "823 Abs. 1", "1004 Abs. 1 S. 2", "186 f.", "3a Nr. 2".
_DE_TAIL = r"(?:\s*(?:Abs\.|Absatz)\s*\d+)?(?:\s*(?:S\.|Satz)\s*\d+)?(?:\s*(?:Nr\.|Ziff\.)\s*\d+)?(?:\s*ff?\.)?"
_DE_ITEM = r"\d+[a-z]?\b" + _DE_TAIL
_DE_SEP = r"(?:\s*,\s*|\s+(?:und|oder|sowie)\s+|\s+i\.\s*V\.\s*m\.\s*(?:§§?\s*)?)"


def de_sections(numbers: str, law: str) -> str:
    """A German section of `law` cited alone ("§ 824 BGB") or anywhere in a list that names the
    statute once at its end ("§§ 823 Abs. 1, 824, 1004 BGB"): lawyers cite a claim's bases together."""
    return rf"§§?\s*(?:{_DE_ITEM}{_DE_SEP})*(?:{numbers})\b{_DE_TAIL}(?:{_DE_SEP}{_DE_ITEM})*\s+{law}\b"


@dataclass(frozen=True)
class Cue:
    pattern: str
    weight: float
    label: str
    zone: str = "body"  # "body" | "sender" | "platform" | "colleague"
    case: bool = False  # case-sensitive (acronyms such as DSA, ICO, ORDER)
    unless: tuple[str, ...] = ()


@dataclass(frozen=True)
class Context:
    pattern: str
    where: str = "before"  # "before": between the sentence start and the cue; "sentence": anywhere in it


# Contexts that turn a cue into a mere mention (see module docstring).
CONTEXTS: dict[str, Context] = {
    # The platform's decision reported back to it: "you told me / your email says / on the basis that".
    "reported": Context(
        r"\b(?:you|they|{platform}|your (?:\w+ )?(?:email|e-mail|reply|message|response|letter|team|decision|moderators?))"
        r" (?:have |has )?(?:told|informed|said|say|says|stated?|states|replied|decided|concluded|confirmed|claim\w*|found|determined)\b|"
        r"\b(?:was|were|been) (?:told|informed)\b|\btold (?:me|us)\b|\bsaying that\b|\bon the (?:basis|grounds?) that\b|"
        r"\bbecause (?:it|the review) (?:did|does|had|has|was)\b|"
        r"\bwonach\b|\bmitgeteilt\b|\bhieß es\b|\bangeblich\b|\bmit der Begründung\b|"
        r"\bselon vous\b|\bau motif que\b|\bvous (?:nous )?(?:avez )?(?:indiqu|affirm|di)\w*|"
        r"\bmed den begrundelse\b|\bifølge jer\b|\bI har oplyst\b|\bskrev I\b"
    ),
    # What the content complained of alleges, not what the document invokes.
    "alleged": Context(
        r"\b(?:alleg\w*|accus\w*|imput\w*|suggest\w*|impl(?:y|ies|ying)|describ\w*|call(?:s|ed|ing)|"
        r"unterstell\w*|vorwurf|vorwirft|bezichtig\w*|bezeichn\w*|"
        r"impute\w*|accuse\w*|qualifi\w*|"
        r"beskyld\w*|beskylder|påstår|anklag\w*)\b"
    ),
    # A step threatened or intended, not one taken.
    "threatened": Context(
        r"\b(?:apply|applying|application for|seek(?:ing)?|obtain|intend\w*|will|would|may|reserve\w*|"
        r"beantrag\w*|erwirken|einleiten|werden|behalten|"
        r"saisir|solliciter|obtenir|demander|réserv\w*|"
        r"begære|anlægge|indlede|forbeholder)\b",
        where="sentence",
    ),
    # The writer denies the thing or disclaims the step: "we are not asking you to take it down",
    # "no complaint to the police has ever been filed", "aldrig indgivet politianmeldelse".
    "denied": Context(
        r"\b(?:not|n['’]t) (?:\w+ )?(?:asking|requesting|demanding|seeking|suggesting)\b|\bnever\b|\bat no time\b|"
        r"\bnie(?:mals)?\b|\b(?:verlangen|fordern|bitten) (?:\w+ )?nicht\b|"
        r"\bjamais\b|\bne (?:\w+ )?(?:demandons|demande|sollicitons) pas\b|"
        r"\baldrig\b|\b(?:beder|kræver|anmoder) (?:\w+ )?ikke\b"
    ),
    # The platform's own words ("our guidelines") in a message it sent.
    "ours": Context(r"\b(?:our|unsere[nrms]?|nos|notre|vores)\s+(?:own\s+)?$"),
}

# Spans never read as a cue: professional titles that name an area of law ("Trade Mark
# Attorney", "Fachanwalt für Urheber- und Medienrecht") say what a writer practises, not what
# this letter invokes; regulators' names inside "authorised and regulated by ..." likewise.
MASKS: tuple[str, ...] = (
    # A form's unticked box ("[ ] Copyright infringement", "☐ Urheberrecht") is an option the
    # sender did not choose: its label is masked up to the line's end or the next box.
    r"(?:\[[^\S\n]{0,2}\]|\([^\S\n]\)|[☐□❏❑])[^\n]*?(?=\n|\Z|\[[^\S\n]*[xX✓✔✗✘][^\S\n]*\]|[☒☑✓✔☐□❏❑]|\[[^\S\n]{0,2}\])",
    r"(?:Chartered\s+|European\s+)?(?:Patent\s+and\s+)?Trade\s*Mark\s+Attorneys?",
    r"Trade\s*mark\s+and\s+Patent\s+Attorneys?",
    r"Fachanw(?:alt|ältin)\s+für\s+[\w\-]+(?:\s+und\s+[\w\-]+)?",
    r"Avocats?\s+spécialisée?s?\s+en\s+droit\s+(?:de\s+la\s+|des?\s+|du\s+)?[\w\-]+(?:\s+[\w\-]+)?",
    r"(?:authori[sz]ed|regulated)\s+(?:and\s+regulated\s+)?by\s+the\s+[A-Z][\w ]+(?:Authority|Board|Council)",
    r"Data\s+Protection\s+Officer|Datenschutzbeauftragte[rn]?|délégué(?:e)?\s+à\s+la\s+protection\s+des\s+données|"
    r"databeskyttelsesrådgiver",
)

# ---------------------------------------------------------------------------------------------
# Legal bases. Weight 1.0 or more decides on its own; weaker cues need company.
# ---------------------------------------------------------------------------------------------

BASIS_CUES: dict[LegalBasis, tuple[Cue, ...]] = {
    LegalBasis.DEFAMATION: (
        Cue(r"\bdefamat(?:ory|ion)\b", 1.5, "defamation term"),
        Cue(r"\bDefamation Act\b|\bDefamation \(Operators of Websites\) Regulations\b", 1.5, "Defamation Act"),
        Cue(r"\blibel(?:led|lous|s)?\b|\bslander(?:ous)?\b", 1.5, "libel / slander"),
        Cue(r"\bserious harm to (?:\w+\s){0,3}reputation\b|\binjurious to (?:\w+\s){0,3}reputation\b", 1.0,
            "serious harm to reputation (Defamation Act 2013 s.1)"),
        Cue(r"\bVerleumdung\w*|\bverleumderisch\w*|\büble(?:n)? Nachrede\b|\bRufschädigung\b|\bRufmord\b",
            1.5, "Verleumdung / üble Nachrede"),
        Cue(r"§§?\s*18[5-7](?:\s*(?:,|und|f+\.?)\s*18[5-7])*\s+StGB", 1.5, "§§ 185–187 StGB"),
        Cue(r"\b(?:unwahre|falsche|unrichtige)[nr]? Tatsachenbehauptung\w*|\bEhrverletzung\w*", 1.2, "unwahre Tatsachenbehauptung"),
        Cue(r"\b(?:allgemeine[ns]?|Unternehmens)?[Pp]ersönlichkeitsrecht\w*", 0.8, "Persönlichkeitsrecht"),
        Cue(r"§§?\s*823\b[^.\n]{0,40}?\b1004\b[^.\n]{0,30}?BGB", 1.0, "§§ 823, 1004 BGB"),
        # a statement said to injure honour is a claim in defamation, as "atteinte à l'honneur" and
        # "ærekrænkende" are; insult and abusive criticism alone need company
        Cue(r"\behrverletzend\w*|\behrenrührig\w*", 1.2, "ehrverletzend / ehrenrührig"),
        Cue(r"\bSchmähkritik\b|\bBeleidigung\w*", 0.8, "Schmähkritik / Beleidigung"),
        Cue(r"\bdiffam(?:ation|atoire|atoires|ant|ante|é|ée|er)\b", 1.5, "diffamation"),
        Cue(r"\barticles? (?:29|3[0-2])(?:\s*(?:,|et)\s*(?:alinéa\s*[12]|29|3[0-2]))*\s+de la loi du 29 juillet 1881\b",
            1.5, "loi du 29 juillet 1881, art. 29–32"),
        Cue(r"\batteinte à (?:son|leur|l')\s*honneur\b|\binjure(?:s)? publique|\binjurieu\w*", 1.0, "atteinte à l'honneur / injure"),
        Cue(r"\bæres?krænk\w*|\bbagvaskel\w*|\binjuri(?:e|er|erende|øs\w*)\b", 1.5, "ærekrænkelse / injurier"),
        Cue(r"straffelovens?\s+§§?\s*26[7-8]\b|§§?\s*26[7-8]\s+i\s+straffeloven", 1.5, "straffeloven §§ 267–268"),
    ),
    LegalBasis.MALICIOUS_FALSEHOOD: (
        Cue(r"\bmalicious(?:ly)? falsehood\b|\binjurious falsehood\b|\btrade libel\b", 1.5, "malicious falsehood"),
        Cue(r"\bpublished maliciously\b|\bmaliciously published\b", 1.0, "published maliciously"),
        Cue(r"\bcalculated to cause (?:\w+ ){0,3}pecuniary damage\b|\bsection 3 of the Defamation Act 1952\b",
            1.0, "pecuniary damage (Defamation Act 1952 s.3)"),
        Cue(de_sections("824", "BGB") + r"|\bKreditgefährdung\b|\bAnschwärzung\b", 1.5, "§ 824 BGB / Kreditgefährdung"),
        # the words of § 824 BGB itself: a statement "geeignet, den Kredit ... zu gefährden"
        Cue(r"\bKredit(?:würdigkeit)? (?:\w+ ){0,3}zu gefährden\b|\bKredit (?:\w+ ){0,2}gefährde[nt]\w*", 1.0,
            "Kredit gefährden (§ 824 BGB)"),
        Cue(r"\bdénigrement\b|\bdénigrant\w*", 1.2, "dénigrement"),
    ),
    LegalBasis.HARASSMENT: (
        Cue(r"\bharass(?:ment|ing|ed)?\b", 1.2, "harassment", unless=("alleged",)),
        Cue(r"\bProtection from Harassment Act\b", 1.5, "Protection from Harassment Act"),
        Cue(r"\b(?:cyber)?stalking\b|\bcyber-?bullying\b", 1.0, "stalking", unless=("alleged",)),
        Cue(r"\bBelästigung\w*|\bNachstellung\w*|§\s*238\s+StGB|\bMobbing\b", 1.2, "Belästigung / Nachstellung",
            unless=("alleged",)),
        Cue(r"\b(?:cyber)?harcèlement\b|\bharceler\b|\bharcelé\w*", 1.2, "harcèlement", unless=("alleged",)),
        Cue(r"\bchikan\w*|\bforfølgelse\b|\bforfølger\b", 1.2, "chikane / forfølgelse", unless=("alleged",)),
    ),
    LegalBasis.DATA_PROTECTION: (
        Cue(r"\b(?:UK[ -])?GDPR\b", 1.5, "GDPR", case=True),
        Cue(r"\bGeneral Data Protection Regulation\b|\bRegulation \(EU\) 2016/679\b|\b2016/679\b", 1.5, "GDPR"),
        Cue(r"\bData Protection Act(?: 2018| 1998)?\b", 1.5, "Data Protection Act"),
        Cue(r"\bsubject access request\b|\bright (?:of access|to erasure|to be forgotten|to object|to rectification)\b",
            1.2, "data-subject right"),
        Cue(r"\bpersonal data\b|\bdata subject\b|\bdata controller\b", 0.4, "personal data"),
        Cue(r"\bDSGVO\b|\bDS-GVO\b|\bDatenschutz-?Grundverordnung\b|\bBDSG\b", 1.5, "DSGVO", case=True),
        Cue(r"\bRecht auf (?:Auskunft|Löschung|Berichtigung|Vergessenwerden)\b", 1.0, "Betroffenenrecht"),
        Cue(r"\bpersonenbezogene[nr]? Daten\b", 0.4, "personenbezogene Daten"),
        Cue(r"\bRGPD\b|\bprotection des données\b|\bInformatique et Libertés\b", 1.5, "RGPD", case=False),
        Cue(r"\bdroit (?:d'accès|à l'effacement|d'effacement|d'opposition|de rectification|à l'oubli)\b", 1.0,
            "droit de la personne concernée"),
        Cue(r"\bdonnées (?:personnelles|à caractère personnel)\b", 0.4, "données personnelles"),
        Cue(r"\bdatabeskyttelses(?:forordning|lov)\w*|\bpersondataforordning\w*", 1.5, "databeskyttelsesforordningen"),
        Cue(r"\bret til (?:indsigt|sletning|berigtigelse|at blive glemt|indsigelse)\b|\bindsigtsanmodning\b", 1.0,
            "ret til indsigt / sletning"),
        Cue(r"\bpersonoplysninger\b|\bpersondata\b", 0.4, "personoplysninger"),
    ),
    LegalBasis.DSA: (
        Cue(r"\bDigital Services Act\b", 1.5, "Digital Services Act"),
        Cue(r"\bDSA\b", 1.2, "DSA", case=True),
        Cue(r"\b(?:Regulation|Verordnung|règlement|forordning)\s*\((?:EU|UE)\)\s*(?:No\.?\s*|Nr\.?\s*|n°\s*)?2022/2065\b|\b2022/2065\b",
            1.5, "Regulation (EU) 2022/2065"),
        Cue(r"\bGesetz über digitale Dienste\b|\bDigitale-Dienste-Gesetz\b|\bDDG\b", 1.2, "Digitale-Dienste-Gesetz"),
        Cue(r"\brèglement (?:européen )?sur les services numériques\b|\bLCEN\b|\bloi pour la confiance dans l'économie numérique\b",
            1.2, "services numériques / LCEN"),
        Cue(r"\bforordning(?:en)? om (?:et indre marked for )?digitale tjenester\b|\bretsakt(?:en)? om digitale tjenester\b",
            1.5, "forordningen om digitale tjenester"),
        Cue(r"\btrusted flagger\b|\bvertrauenswürdige[rn]? Hinweisgeber\b|\bsignaleur de confiance\b|\bbetroet anmelder\b",
            1.2, "trusted flagger"),
        Cue(r"\bDigital Services Coordinator\b|\bKoordinator für digitale Dienste\b|\bCoimisiún na Meán\b", 0.6,
            "Digital Services Coordinator"),
    ),
    LegalBasis.COPYRIGHT: (
        Cue(r"\bcopyright(?:ed)?\b", 1.5, "copyright"),
        Cue(r"\bCopyright,? Designs and Patents Act\b|\bCDPA\b|\bDMCA\b|\bDigital Millennium Copyright Act\b", 1.5,
            "copyright statute"),
        Cue(r"\bUrheberrecht\w*|\burheberrechtlich\w*|\bUrhG\b", 1.5, "Urheberrecht"),
        Cue(r"\bdroits? d'auteur\b|\barticles? L\.?\s*1[1-3]\d-\d+[^.\n]{0,30}\bpropriété intellectuelle\b", 1.5,
            "droit d'auteur"),
        Cue(r"\bophavsret\w*", 1.5, "ophavsret"),
    ),
    LegalBasis.TRADEMARK: (
        Cue(r"\btrade\s*marks?\b|\btrademarks?\b", 1.5, "trade mark"),
        Cue(r"\bTrade Marks Act\b|\bLanham Act\b|\b2017/1001\b|\bEUTM\b|\bpassing off\b", 1.5, "trade mark statute"),
        Cue(r"\bMarkenrecht\w*|\bMarkenG\b|\bMarkenverletzung\w*|\b(?:Wort|Bild|Unions|Gemeinschafts)marke\b|"
            r"\beingetragene[nr]? Marke\b|\bMarkeninhaber\w*", 1.5, "Markenrecht"),
        Cue(r"\bdroit des marques\b|\bmarques? (?:déposée|enregistrée|verbale|figurative)s?\b|\bcontrefaçon de marque\b|"
            r"\barticles? L\.?\s*71\d-\d+[^.\n]{0,30}\bpropriété intellectuelle\b", 1.5, "droit des marques"),
        Cue(r"\bvaremærke\w*", 1.5, "varemærke"),
        Cue(r"®", 0.5, "registered mark sign"),
    ),
    LegalBasis.CONSUMER_LAW: (
        Cue(r"\bConsumer Rights Act\b|\bConsumer Protection from Unfair Trading Regulations\b|"
            r"\bConsumer Contracts\b[^.\n]{0,40}\bRegulations\b", 1.5, "UK consumer statute"),
        # other common-law countries' consumer statutes: the Australian Consumer Law, New Zealand's
        # Fair Trading and Consumer Guarantees Acts, Ireland's Consumer Protection Act, the FTC Act
        Cue(r"\b(?:Australian )?Consumer Law\b|\bCompetition and Consumer Act\b|\bFair Trading Act\b|"
            r"\bConsumer (?:Guarantees|Protection|Rights|Fraud) Act\b|\bFederal Trade Commission Act\b|\bFTC Act\b",
            1.5, "consumer statute"),
        Cue(r"\bmisleading (?:or|and) deceptive conduct\b|\b(?:misleading|deceptive) to consumers\b|"
            r"\bmisleading (?:\w+ ){0,2}practices?\b", 1.0, "misleading conduct towards consumers"),
        Cue(r"\bDigital Markets,? Competition and Consumers Act\b|\bDMCCA?\b", 1.5, "DMCC Act"),
        Cue(r"\bunfair commercial practices?\b|\bUnfair Commercial Practices Directive\b|\b2005/29/EC\b|\b2019/2161\b",
            1.2, "unfair commercial practices"),
        Cue(r"\bTrading Standards\b", 0.6, "Trading Standards"),
        Cue(r"\bUWG\b|\bunlautere[nr]? (?:Wettbewerb|geschäftliche Handlung)\w*|\bVerbraucherschutz\w*|\bVerbraucherrecht\w*",
            1.2, "UWG / Verbraucherschutz"),
        Cue(r"\bCode de la consommation\b|\bpratiques? commerciales? (?:déloyale|trompeuse)s?\b", 1.5, "Code de la consommation"),
        Cue(r"\bmarkedsføringslov\w*|\bforbrugeraftalelov\w*|\bkøbelov\w*|\bforbrugerbeskyttelse\w*", 1.5,
            "markedsføringsloven / forbrugerret"),
    ),
    LegalBasis.COURT_ORDER: (
        Cue(r"\bIT IS (?:HEREBY )?ORDERED\b|\bIT IS FURTHER ORDERED\b", 2.0, "IT IS ORDERED", case=True),
        Cue(r"\bsealed (?:copy of the (?:\w+ )?order|order)\b|\bseal of the court\b|\bbearing the seal\b", 1.5, "sealed order"),
        Cue(r"\b(?:by way of service|we (?:now |hereby )?serve (?:on|upon) you)\b", 1.2, "order served"),
        Cue(r"\b(?:interim |final )?injunction (?:was )?(?:granted|made|dated)\b|\bPENAL NOTICE\b", 1.5, "injunction granted"),
        Cue(r"\bIm Namen des Volkes\b|\bBESCHLUSS\b|\bwird (?:der Antragsgegnerin|dem Antragsgegner)\b", 1.5,
            "Beschluss / Urteil", case=True),
        Cue(r"\beinstweilige[nr]? Verfügung\b", 1.0, "einstweilige Verfügung", unless=("threatened",)),
        Cue(r"\bParteizustellung\b|\bbeglaubigte Abschrift\b|\bvollstreckbare Ausfertigung\b", 1.2, "Zustellung eines Titels"),
        Cue(r"\binjunction\b|\border of the court\b|\bcourt order\b", 0.8, "injunction / court order", unless=("threatened",)),
        Cue(r"\bORDONNONS\b|\bPAR CES MOTIFS\b|\bORDONNANCE(?: DE RÉFÉRÉ)?\b", 1.5, "ordonnance", case=True),
        Cue(r"\bordonnance (?:de référé )?rendue\b|\bsignification\b|\bsignifiée?\b|\bexécutoire\b", 1.0,
            "ordonnance signifiée", unless=("threatened",)),
        Cue(r"\bsignification d'une? (?:ordonnance|jugement)\b|\bsignifi(?:ons|é) (?:l'ordonnance|le jugement)\b", 1.2,
            "ordonnance signifiée"),
        Cue(r"\bkendelse (?:afsagt|af)\b|\bforkyndelse\b|\bforkyndes\b|\bbyrets? kendelse\b", 1.2, "kendelse forkyndt",
            unless=("threatened",)),
        Cue(r"\bKENDELSE\b|\bfogedforbud\w*|\bRetten (?:i|på) \w+ (?:har )?(?:afsagt|bestemt)\b", 1.5, "kendelse / fogedforbud",
            case=True),
        Cue(r"\bNorwich Pharmacal\b", 0.6, "Norwich Pharmacal", unless=("threatened",)),
    ),
    LegalBasis.CRIMINAL: (
        Cue(r"\bcriminal offen[cs]es?\b|\b(?:an|the|these|both|constitute[sd]?)\s+offen[cs]es? (?:under|contrary to|of)\b|"
            r"\bis an offen[cs]e\b", 1.5, "criminal offence", unless=("alleged", "denied")),
        Cue(r"\bcontrary to section \d+\b[^.\n]{0,60}\bAct\b", 1.0, "contrary to section ... Act", unless=("alleged", "denied")),
        Cue(r"\bMalicious Communications Act\b|\bCommunications Act 2003\b|\bPublic Order Act\b|\bOnline Safety Act\b|"
            r"\bPrevention of Crime\b|\bOffences Against the Person Act\b|\bIncitement to Hatred Act\b|\bTerrorism Act\b",
            1.2, "criminal statute"),
        Cue(r"\bprevention or detection of crime\b|\boffen[cs]es? under investigation\b", 1.2,
            "criminal investigation"),
        Cue(r"\bStPO\b|\bStrafprozessordnung\b|\bCode de procédure pénale\b|\bretsplejelov\w*", 1.2, "criminal procedure"),
        Cue(r"\bStrafanzeige\b|\bStrafantrag\b|\bStraftat\w*|\bErmittlungsverfahren\b", 1.2, "Strafanzeige / Straftat",
            unless=("alleged", "denied")),
        Cue(r"§§?\s*(?:1[0-7]\d|18[0-4]|18[8-9]|19\d|2\d\d|3\d\d)[a-z]?\s+(?:Abs\.\s*\d+\s+)?StGB", 1.2, "StGB"),
        Cue(r"\binfraction(?:s)? pénale\w*|\bplainte pénale\b|\bdépôt de plainte\b|\bCode pénal\b|\bpoursuites pénales\b",
            1.2, "infraction pénale", unless=("alleged", "denied")),
        Cue(r"\bpolitianmeldelse\b|\bstrafbar(?:t|e)? (?:efter|jf\.)|straffelovens?\s+§§?\s*(?:1\d\d|2[0-5]\d|26[0-6]|269|2[7-9]\d)\b",
            1.2, "straffeloven / politianmeldelse", unless=("denied",)),
    ),
    LegalBasis.PLATFORM_GUIDELINES: (
        Cue(r"\b(?:your|{platform}'?s?)\s+(?:own\s+)?(?:(?!privacy|cookie|data)\w+\s+){0,2}"
            r"(?:guidelines|rules|policies|content policy|terms(?: of (?:use|service))?|terms and conditions)\b",
            1.2, "the platform's guidelines", unless=("reported",)),
        Cue(r"\b(?:Community|Content|Review(?:er)?s?|Business(?:es)?)\s+Guidelines\b|\bGuidelines for (?:Reviewers|Businesses)\b",
            1.0, "named guidelines", unless=("reported", "ours")),
        Cue(r"\b(?:breach(?:es|ed|ing)?|violat\w*|against|contrary to|break(?:s|ing)?|broke|compl(?:y|ies) with|in line with)\s+"
            r"(?:any\s+of\s+)?(?:the\s+|these\s+|its\s+)?(?:platform's\s+|review\s+|community\s+|content\s+)?(?:guidelines|rules|policies)\b",
            1.0, "breach of the guidelines", unless=("reported", "ours")),
        Cue(r"\bgegen (?:die|Ihre|Ihren|Ihrer|deren) (?:\w+-)?(?:Richtlinien|Nutzungsbedingungen|Regeln|AGB)\b|"
            r"\b(?:contraire|conforme)s? (?:à vos|aux) (?:lignes directrices|règles|conditions)\b|\bviol\w* (?:les|vos) (?:lignes directrices|règles)\b|"
            r"\b(?:i strid med|overtræder|bryder) (?:jeres|Deres|de|platformens) (?:retningslinjer|regler|vilkår)\b",
            1.0, "breach of the guidelines", unless=("reported", "ours")),
        Cue(r"\b(?:Ihre[nrms]?|eigenen)\s+(?:eigenen\s+)?(?:\w+-)?(?:Richtlinien|Nutzungsbedingungen|Regeln|Bewertungsrichtlinien|AGB)\b",
            1.2, "Ihre Richtlinien", unless=("reported",)),
        Cue(r"\b(?:vos|votre)\s+(?:propres\s+)?(?:lignes directrices|règles|conditions (?:générales )?d'utilisation|CGU|charte)\b",
            1.2, "vos lignes directrices", unless=("reported",)),
        Cue(r"\b(?:jeres|Deres|jeres egne|Deres egne)\s+(?:retningslinjer|regler|vilkår|brugervilkår)\b", 1.2,
            "jeres retningslinjer", unless=("reported",)),
        # the platform named as the owner of its rules: "Trustpilots retningslinjer", "les règles de
        # la plateforme", "die Nutzungsbedingungen von Trustpilot", "platformens vilkår"
        Cue(r"\b(?:{platform}s|platformens|portalens|sidens)\s+(?:\w+\s+)?(?:retningslinjer|regler|vilkår|brugervilkår|"
            r"retningslinjer for \w+)\b|"
            r"\b(?:Richtlinien|Nutzungsbedingungen|Bewertungsrichtlinien|Community-Richtlinien|Regeln|AGB)\s+"
            r"(?:der Plattform|des Portals|von {platform}|{platform}s)\b|\b{platform}s\s+(?:\w+-)?(?:Richtlinien|Nutzungsbedingungen|Regeln|AGB)\b|"
            r"\b(?:lignes directrices|règles|conditions (?:générales )?d'utilisation|CGU|charte)\s+(?:de la plateforme|du site|de {platform})\b",
            1.2, "the platform's guidelines", unless=("reported",)),
        Cue(r"\b(?:enfrei\w*|viol\w*|ne respect\w* pas|contrevien\w*|non conformes? (?:à|aux)|contraires? (?:à|aux))\s+"
            r"(?:les |aux |à la |la )?(?:lignes directrices|règles|conditions (?:générales )?d'utilisation|CGU|charte)\b|"
            r"\b(?:i strid med|strider mod|overtræder|bryder|lever ikke op til|er ikke i overensstemmelse med)\s+"
            r"(?:retningslinjerne|reglerne|vilkårene|brugervilkårene)\b|"
            r"\b(?:verstöß\w*|versto(?:ß|ss)en|Verstoß|Verstöße|widerspricht|widersprechen)\s+(?:gegen\s+)?(?:die|den) "
            r"(?:\w+-)?(?:Richtlinien|Nutzungsbedingungen|Regeln|AGB)\b",
            1.0, "breach of the guidelines", unless=("reported", "ours")),
        # a colleague's "our guidelines" are the platform's own
        Cue(r"\b(?:breach(?:es|ed|ing)?|violat\w*|against|contrary to|break(?:s|ing)?|broke|compl(?:y|ies) with|in line with|"
            r"within|outside)\s+(?:any\s+of\s+)?our\s+(?:own\s+)?(?:\w+\s+){0,2}(?:guidelines|rules|policies|terms)\b|"
            r"\bour\s+(?:\w+\s+)?guidelines\b|"
            r"\bunsere[nr]?\s+(?:\w+-)?(?:Richtlinien|Nutzungsbedingungen|Regeln|AGB)\b|"
            r"\b(?:nos|notre)\s+(?:lignes directrices|règles|conditions (?:générales )?d'utilisation|CGU|charte)\b|"
            r"\bvores\s+(?:\w+\s+)?(?:retningslinjer|regler|vilkår|brugervilkår)\b",
            1.2, "our guidelines (a colleague's)", zone="colleague", unless=("reported",)),
    ),
}

# ---------------------------------------------------------------------------------------------
# Kinds of document.
# ---------------------------------------------------------------------------------------------

KIND_CUES: dict[Kind, tuple[Cue, ...]] = {
    Kind.LEGAL_DEMAND: (
        Cue(r"\bSolicitors?\b|\bAttorneys? at Law\b|\bLaw Firm\b|\bBarristers?\b|\bSRA (?:No|number)\b", 1.0,
            "law firm letterhead", zone="sender"),
        Cue(r"\bRechtsanw(?:ält(?:e|in)|alt)\b|\bKanzlei\b|\bAvocats?\b|\bBarreau\b|\bCabinet d'avocats\b|\bAdvokat\w*", 1.0,
            "law firm letterhead", zone="sender"),
        Cue(r"\bwe (?:act|are instructed|continue to act|represent)\b|\bour client\b|\bon behalf of our client\b", 1.0,
            "writes for a client"),
        Cue(r"\bunsere[rn]? Mandant\w*|\bNamens und (?:in Vollmacht|im Auftrag)\b|\bzeigen wir an, dass wir\b", 1.0,
            "writes for a client"),
        Cue(r"\b(?:mon|ma|notre) client(?:e)?\b|\bje suis (?:le|la) conseil\b|\bnous (?:représentons|intervenons)\b", 1.0,
            "writes for a client"),
        Cue(r"\bvores klient\b|\bmin klient\b|\bpå vegne af (?:vores|min) klient\b|\bvi repræsenterer\b", 1.0,
            "writes for a client"),
        Cue(r"\bletter of claim\b|\bPre-Action Protocol\b|\bissue proceedings\b|\bwithout further notice\b|\bcease and desist\b",
            0.8, "pre-action language"),
        Cue(r"\bAbmahnung\b|\bUnterlassungserklärung\b|\bgerichtliche Hilfe\b|\bmise en demeure\b|\bmets en demeure\b|"
            r"\bpåkrav\b|\bsøgsmål\b|\bretssag\b", 0.8, "pre-action language"),
        # a writer threatening their own lawyer: "I will go to my solicitor", "gebe es meinem Anwalt", "je saisirai
        # mon avocat", "går jeg til min advokat"
        Cue(r"\b(?:my|our) (?:solicitors?|lawyers?|attorneys?)\b|\b(?:meine[mn]?|unsere[mn]?) (?:Anwalt|Anwältin|Rechtsanw\w+)\b|"
            r"\b(?:mon|notre) avocat\b|\b(?:min|vores) advokat\b|\b(?:einen|une?) (?:Anwalt|avocat)\b|\ben advokat\b", 0.5,
            "a lawyer of one's own threatened"),
        Cue(r"\b(?:remove|take down|delete)\b[^.\n]{0,60}\b(?:review|content|post)\b", 0.3, "removal demanded", unless=("denied",)),
        # the same in the other languages, either order: "die Bewertung zu löschen", "retirer cet avis",
        # "anmeldelsen bliver fjernet"
        Cue(r"\b(?:löschen|entfernen)\b[^.\n]{0,40}\bBewertung|\bBewertung\b[^.\n]{0,60}\b(?:zu löschen|zu entfernen)\b|"
            r"\b(?:retirer|supprimer)\b[^.\n]{0,40}\bavis\b|"
            r"\b(?:fjerne|slette)\b[^.\n]{0,40}\banmeldelse|\banmeldelse\w*\b[^.\n]{0,60}\b(?:bliver|skal) (?:fjernet|slettet)\b|"
            r"\banmeldelse\w*\b[^.\n]{0,60}\bskal (?:fjernes|slettes)\b", 0.3,
            "removal demanded", unless=("denied",)),
    ),
    Kind.IP_NOTICE: (
        Cue(r"\bnotice of (?:alleged )?(?:trade\s*mark|copyright|intellectual property)\b[^.\n]{0,30}\binfringement\b|"
            r"\btakedown notice\b|\bDMCA notice\b", 2.0, "IP infringement notice"),
        Cue(r"\binfring(?:e|es|ing|ement)\b", 0.8, "infringement"),
        Cue(r"\bcounterfeit\w*|\bFälschung\w*|\bPlagiat\w*|\bcontrefaçon\w*|\bpiratkopi\w*|\bvareforfalskning\w*", 1.0,
            "counterfeit"),
        Cue(r"\b(?:rights?[ -]?holder|proprietor of the\b[^.\n]{0,30}\bmarks?|owner of the (?:rights|trade\s*marks?|copyright))\b",
            1.0, "rights holder"),
        Cue(r"\bRechteinhaber\w*|\bRechtsverletzung\w*|\btitulaire des droits\b|\brettighedshaver\w*|\bkrænkelse\w*", 0.8,
            "rights holder"),
    ),
    Kind.DATA_REQUEST: (
        Cue(r"\bsubject access request\b|\b(?:request|right) (?:for|to|of) (?:erasure|access|rectification)\b|"
            r"\bright to (?:be forgotten|object)\b", 1.5, "data-subject request"),
        # "Art. 17 Abs. 1 lit. a DSGVO": the abbreviations of paragraph and point keep their dots
        Cue(r"\bArt(?:icle|ikel|\.)?\s*(?:15|16|17|18|20|21)\b(?:[^.\n]|\b(?:Abs|lit|UAbs|Nr|para|al|S)\.){0,40}?\b(?:UK GDPR|GDPR|DSGVO|DS-GVO|RGPD|"
            r"databeskyttelsesforordning\w*|Datenschutz-Grundverordnung|règlement général sur la protection des données)|"
            r"\b(?:UK GDPR|GDPR|DSGVO|RGPD|databeskyttelsesforordningens)\b[^.\n]{0,20}?\bArt(?:icles?|ikel|\.)?\s*(?:15|16|17|18|20|21)\b",
            1.5,
            "GDPR data-subject article"),
        Cue(r"\bAuskunft(?:sersuchen|sanspruch|sverlangen)?\b|\bLöschung\b|\bBerichtigung\b|"
            # an objection to the platform's decision is an appeal, not GDPR's objection to processing
            r"\bWiderspruch\b(?!\s+gegen\s+(?:\w+\s+){0,2}(?:Entscheidung|Ablehnung|Beurteilung))", 0.8,
            "Auskunft / Löschung"),
        Cue(r"\bdroit (?:d'accès|à l'effacement|d'effacement|d'opposition|de rectification|à l'oubli)\b|"
            r"\bdemande d'(?:accès|effacement)\b", 1.2, "droit d'accès / effacement"),
        Cue(r"\bindsigt\w*|\bsletning\b|\bberigtigelse\b|\bindsigelse\b", 0.8, "indsigt / sletning"),
        Cue(r"\bmy (?:personal )?data\b|\bmeine[rn]? (?:personenbezogenen )?Daten\b|\bmes données\b|\bmine (?:person)?oplysninger\b",
            0.6, "the writer's own data"),
    ),
    Kind.ILLEGAL_CONTENT_NOTICE: (
        Cue(r"\b(?:notice|report(?:ing)?) (?:of )?illegal content\b|\billegal content\b", 1.5, "illegal content notice"),
        Cue(r"\bArt(?:icle|\.)?\s*16\b[^.\n]{0,40}?\b(?:DSA|Digital Services Act|2022/2065)\b|"
            r"\b(?:DSA|Digital Services Act)\b[^.\n]{0,10}?\bArt(?:icle|\.)?\s*16\b", 1.0, "Art. 16 DSA"),
        Cue(r"\btrusted flagger\b|\bvertrauenswürdige[rn]? Hinweisgeber\b|\bsignaleur de confiance\b|\bbetroet anmelder\b",
            2.0, "trusted flagger"),
        Cue(r"\bbona fide belief\b|\bgood faith belief\b", 0.8, "good-faith declaration"),
        Cue(r"^\W*(?:notifier|your details|content you are reporting|declaration)\W*$", 1.0, "notice form section"),
        Cue(r"\brechtswidrige[rn]? Inhalt\w*|\bcontenus? (?:manifestement )?illicites?\b|\bulovligt indhold\b", 1.0,
            "illegal content"),
    ),
    Kind.COURT_ORDER: (
        Cue(r"\bIT IS (?:HEREBY )?ORDERED\b", 3.0, "IT IS ORDERED", case=True),
        # the operative words of an order, as courts elsewhere write them: "THIS COURT ORDERS that"
        # (Canada), "« Ordonnons le retrait …" quoted in a firm's letter serving it
        Cue(r"\b(?:THIS|THE) COURT (?:HEREBY )?ORDERS\b", 3.0, "THE COURT ORDERS", case=True),
        Cue(r"(?:^|[«“\"]\s*)(?:Ordonnons|Condamnons|Disons)\b", 2.0, "ordonnons", case=True),
        Cue(r"\bIN THE (?:HIGH|COUNTY|CROWN) COURT\b|\bBEFORE (?:MASTER|DISTRICT JUDGE|HIS HONOUR|HER HONOUR|THE HONOURABLE|MR|MRS)\b",
            1.5, "court heading", case=True),
        Cue(r"\bClaim No\.?\b|\bCase No\.? [A-Z]{2}-\d{4}-\d+", 0.8, "claim number"),
        # a sealed copy of the order (not of an application), served: "we hereby serve it upon you"
        Cue(r"\bsealed (?:copy of the (?:\w+ )?order|order)\b|\bseal of the court\b|\bby way of service\b|"
            r"\bserve (?:on|upon) you the\b|\b(?:hereby )?serve (?:it|this|them|the (?:\w+ )?order) (?:on|upon) you\b", 1.5,
            "order served"),
        # a firm serving an order on the platform quotes its operative part, and says it serves it
        Cue(r"\boperative (?:paragraphs?|part|provisions?|terms)\b|\b(?:Der )?Tenor (?:lautet|des Beschlusses)\b|"
            r"\bdispositif\b|\bkendelsens slutning\b", 1.5, "the order's operative part"),
        Cue(r"\bZustellung im Parteibetrieb\b|\bim Parteibetrieb\b[^.\n]{0,80}\b(?:Verfügung|Beschluss\w*|Urteil\w*)\b|"
            r"\b(?:die|eine) einstweilige Verfügung des \w*gerichts\b|\b(?:beglaubigte|vollstreckbare) (?:Abschrift|Ausfertigung) des "
            r"(?:Beschlusses|Urteils)\b|\bsignifi(?:ons|ée?|cation)\b[^.\n]{0,80}\b(?:ordonnance|jugement|arrêt)\b", 1.5,
            "order served"),
        Cue(r"\bIm Namen des Volkes\b|\bBESCHLUSS\b|\bURTEIL\b", 2.0, "Beschluss / Urteil", case=True),
        Cue(r"\bORDONNANCE\b|\bORDONNONS\b|\bPAR CES MOTIFS\b|\bJUGEMENT\b", 2.0, "ordonnance / jugement", case=True),
        Cue(r"\bkendelse (?:afsagt|af)\b|\bforkyndelse\b|\bforkyndes\b|\bbyrets? kendelse\b", 1.2, "kendelse forkyndt",
            unless=("threatened",)),
        Cue(r"\bKENDELSE\b|\bDOM\b|\bRETSBOG\b", 2.0, "kendelse / dom", case=True),
    ),
    Kind.LAW_ENFORCEMENT: (
        Cue(r"\bConstabulary\b|\bPolice(?: Service| Scotland| Force| Department)?\b|\bNational Crime Agency\b|"
            r"\bAn Garda Síochána\b|\bGarda\b", 4.0, "police force", zone="sender"),
        Cue(r"\bPolizei\w*|\bLandeskriminalamt\b|\bKriminalpolizei\b|\bStaatsanwaltschaft\b|\bBundeskriminalamt\b", 4.0,
            "Polizei / Staatsanwaltschaft", zone="sender"),
        Cue(r"\bGendarmerie\b|\bPolice nationale\b|\bParquet\b|\bProcureur de la République\b", 4.0,
            "gendarmerie / parquet", zone="sender"),
        Cue(r"\bPolitie?t?\b|\bRigspolitiet\b|\bAnklagemyndighed\w*|\bStatsadvokat\w*|\bPolitikreds\b", 4.0,
            "politi / anklagemyndighed", zone="sender"),
        Cue(r"\bcrime (?:reference|ref|number)\b|\bofficer in charge\b|\brequesting officer\b|\binvestigating officer\b|"
            r"\bprevention or detection of crime\b|\bSchedule 2,? Part 1,? Paragraph 2\b", 1.5, "police request"),
        Cue(r"\bErmittlungsverfahren\b|\b\d+ Js \d+/\d+|\bréquisition\w*|\bofficier de police judiciaire\b|"
            r"\barticle 60-1\b|\befterforskning\w*|\bjournalnummer\b|\bStPO\b|\bCode de procédure pénale\b|\bretsplejelov\w*", 1.2,
            "police request"),
    ),
    Kind.REGULATOR: (
        Cue(r"\bInformation Commissioner(?:'s Office)?\b|\bCompetition (?:and|&) Markets Authority\b|"
            r"\bAdvertising Standards Authority\b|\bOfcom\b|\bFinancial Conduct Authority\b", 6.0, "UK regulator",
            zone="sender"),
        Cue(r"\bICO\b|\bCMA\b|\bASA\b|\bFCA\b|\bCNIL\b|\bDGCCRF\b|\bARCOM\b|\bArcom\b|\bBfDI\b", 3.0, "regulator acronym",
            zone="sender", case=True),
        Cue(r"\bCommission nationale de l'informatique\b|\bDirection générale de la concurrence\b|\bAutorité de la concurrence\b",
            6.0, "French regulator", zone="sender"),
        # the DGCCRF's services in the départements and régions investigate consumer complaints
        Cue(r"\bDirection (?:départementale|régionale) (?:de l'économie, )?(?:de l'emploi, du travail,? et des solidarités|"
            r"(?:de l'emploi, du travail, des solidarités et |de la cohésion sociale et )?de la protection des populations)\b|"
            r"\bProtection économique du consommateur\b",
            6.0, "French consumer-protection service", zone="sender"),
        Cue(r"\bDDPP\d*\b|\bDDETS(?:PP)?\d*\b|\bDREETS\b|\bDIRECCTE\b", 3.0, "French consumer-protection service",
            zone="sender", case=True),
        Cue(r"\bTrading Standards(?: Service| Officer| Team)?\b", 4.0, "Trading Standards", zone="sender"),
        Cue(r"\bBundesamt für Justiz\b|\b(?:Landes)?[Mm]edienanstalt\w*|\bLandesanstalt für (?:Medien|Kommunikation)\b|"
            r"\bKommission für Jugendmedienschutz\b", 6.0, "German media / NetzDG authority", zone="sender"),
        Cue(r"\bCoimisiún na Meán\b|\bData Protection Commission\b|\bCompetition and Consumer Protection Commission\b", 6.0,
            "Irish regulator", zone="sender"),
        Cue(r"\b(?:Bundes|Landes)beauftragte[rn]? für (?:den )?Datenschutz\b|"
            r"\b(?:Hessische|Hamburgische|Bremische|Sächsische|Thüringer|Niedersächsische|Saarländische|Brandenburgische|"
            r"Bayerische|Berliner|Rheinland-Pfälzische|Schleswig-Holsteinische)[rn]? (?:Landes)?[Bb]eauftragte[rn]? für (?:den )?Datenschutz\b|\bBundesnetzagentur\b|\bBundeskartellamt\b|"
            r"\bDatenschutzbehörde\b|\bLandesamt für Datenschutz\w*", 6.0, "German regulator", zone="sender"),
        Cue(r"\bDatatilsynet\b|\bForbrugerombudsmanden\b|\bKonkurrence- og Forbrugerstyrelsen\b|\bDigitaliseringsstyrelsen\b",
            6.0, "Danish regulator", zone="sender"),
        Cue(r"\bDigital Services Coordinator\b|\bKoordinator für digitale Dienste\b|\bEuropean Commission\b", 2.0,
            "DSA authority", zone="sender"),
        Cue(r"\bwe have received a complaint\b|\b(?:is|are) investigating\b|\binformation[- ]gathering powers\b|"
            r"\brequest for information\b|\bcase officer\b|\benforcement\b", 0.8, "regulatory inquiry"),
        Cue(r"\bdans le cadre d'une enquête\b|\bdemande de communication (?:d'informations|de documents|d'éléments)\b|"
            r"\bpouvoirs d'enquête\b|\barticles? L\.? ?51[1-2]-\d+ du code de la consommation\b|"
            r"\banmodning om oplysninger\b|\bpåbud om at udlevere\b", 0.8, "regulatory inquiry"),
        Cue(r"\bBeschwerde (?:eingegangen|erhalten)\b|\bliegt (?:uns )?eine Beschwerde\b|\bBeschwerdeverfahren\b|\bAnhörung\b|"
            r"\bsaisie? d'une plainte\b|\bplainte (?:reçue|de M)\b|\bprocédure de contrôle\b|"
            r"\bmodtaget en klage\b|\bklage (?:fra|over)\b|\bpartshøring\b", 0.6, "regulatory inquiry"),
    ),
    Kind.CONSUMER_APPEAL: (
        Cue(r"\bmy review\b[^.\n]{0,80}?\b(?:removed|taken down|deleted|hidden|reinstat\w*|restor\w*|put (?:it )?back|"
            r"republish\w*|back up|flagged|unpublished)\b", 2.0, "the writer's own review removed"),
        Cue(r"\b(?:reinstate|restore|put back(?: up)?|republish)\b[^.\n]{0,20}\bmy review\b|\bappeal\w*\b[^.\n]{0,40}\bmy review\b|"
            r"\bremoval of my review\b", 2.0, "reinstate my review"),
        Cue(r"\bmy (?:account|profile)\b[^.\n]{0,40}\b(?:suspended|blocked|closed|deleted|banned|restricted)\b|"
            r"\b(?:restore|reinstate|unblock|reactivate) my (?:account|profile)\b", 1.5,
            "the writer's own account restricted"),
        Cue(r"\bmeine[nr]? Bewertung\b[^.\n]{0,80}?\b(?:gelöscht|entfernt|gesperrt|wiederhergestellt|wiederherstellen|"
            r"freigeschaltet|freischalten|verborgen)\b|\bmein (?:Nutzer)?konto\b[^.\n]{0,40}\bgesperrt\b", 2.0,
            "eigene Bewertung entfernt"),
        Cue(r"\bmon avis\b[^.\n]{0,80}?\b(?:supprimé|retiré|masqué|rétabli\w*|republi\w*|remettre en ligne|remis en ligne)\b|"
            r"\bmon compte\b[^.\n]{0,40}\b(?:suspendu|bloqué|supprimé)\b", 2.0, "mon avis supprimé"),
        Cue(r"\bmin anmeldelse\b[^.\n]{0,80}?\b(?:fjernet|slettet|skjult|genindsæt\w*|genopret\w*|gendan\w*|"
            r"(?:kommer|komme) (?:op|online) igen)\b|"
            r"\bmin (?:konto|profil|brugerprofil)\b[^.\n]{0,40}\b(?:spærret|lukket|slettet|suspenderet|blokeret)\b", 2.0,
            "min anmeldelse fjernet"),
        # a lawyer writing for the reviewer: the client's own review removed, or the client's account
        Cue(r"\b(?:our|my) client['’]s review\b|"
            r"\b(?:the|a) review (?:she|he|they|our client|my client) (?:had )?(?:posted|wrote|left|published)\b|"
            r"\b(?:unsere|meine) Mandant\w* (?:hat|hatte) (?:die|eine) Bewertung\b|"
            r"\bl['’]avis (?:de|publié par|rédigé par) (?:notre|mon|ma) client\w*|"
            r"\b(?:vores|min) klients anmeldelse\b|"
            # the client wrote it, with a date or the review's address between: "Meine Mandantin hat am … unter
            # https://… eine Bewertung … veröffentlicht", "our client posted a review on 3 May"
            r"\b(?:our|my) client (?:has )?(?:posted|wrote|left|published|submitted)\b[^\n]{0,80}?\breview\b|"
            r"\b(?:unsere|meine) Mandant\w* (?:hat|hatte)\b[^\n]{0,120}?\b(?:eine|die|ihre|seine) Bewertung\b[^\n]{0,80}?"
            r"\b(?:veröffentlicht|verfasst|geschrieben|abgegeben|eingestellt)\b|"
            r"\b(?:notre|mon|ma) client(?:e)? a (?:publié|laissé|rédigé|déposé|écrit)\b[^\n]{0,80}?\bavis\b|"
            r"\b(?:vores|min) klient (?:har|havde) (?:skrevet|afgivet|lagt|offentliggjort)\b[^\n]{0,80}?\banmeldelse\b", 1.5,
            "the client's own review"),
        # an appeal's rights under the DSA: reasons for a decision (Art. 17), the internal complaint (Art. 20),
        # out-of-court settlement (Art. 21)
        Cue(r"\bArt(?:icle|ikel|\.)?\s*(?:17|20|21)\b[^.\n]{0,60}?\b(?:DSA|Digital Services Act|2022/2065|services numériques|"
            r"digitale Dienste|digitale tjenester)\b", 1.0, "internal complaint against a decision (DSA Art. 20)"),
        # the platform told the writer it removed their review: whoever answers that is the reviewer
        # appealing, even when they threaten a lawyer
        Cue(r"\b(?:we(?:'ve| have)?|{platform} (?:has|have)) (?:\w+ )?(?:removed|taken down|deleted|hidden|unpublished|rejected) your reviews?\b(?! invitation| request)|"
            r"\byour reviews?\b(?!\s+(?:invitation|request|link|widget|collection))[^.\n]{0,60}?\b(?:has been|was|is|have been) (?:\w+ )?(?:removed|taken down|deleted|hidden|unpublished|rejected|flagged)\b|"
            r"\b(?:wir haben )?Ihre Bewertung\b[^.\n]{0,60}?\b(?:wurde|ist|haben wir) (?:\w+ )?(?:entfernt|gelöscht|ausgeblendet|gesperrt|abgelehnt)\b|"
            r"\bwir haben Ihre Bewertung\b[^.\n]{0,60}?\b(?:entfernt|gelöscht|ausgeblendet)\b|"
            r"\bvotre avis\b[^.\n]{0,60}?\b(?:a été|est) (?:\w+ )?(?:supprimé|retiré|masqué|rejeté)\b|"
            r"\bnous avons (?:\w+ )?(?:supprimé|retiré|masqué) votre avis\b|"
            r"\b(?:din|Deres) anmeldelse\b[^.\n]{0,60}?\b(?:er blevet|blev|er) (?:\w+ )?(?:fjernet|slettet|skjult|afvist)\b|"
            r"\bvi har (?:\w+ )?(?:fjernet|slettet|skjult) (?:din|Deres) anmeldelse\b", 2.0,
            "the platform told the writer their review was removed", zone="platform"),
        Cue(r"\bI (?:wrote|posted|left) (?:the|this|a|my) review\b|\bmy review of\b|\bthe review I (?:wrote|posted|left)\b|"
            r"\bmeine Bewertung\b|\bmon avis\b|\bmin anmeldelse\b", 0.6, "the writer is the reviewer"),
        # the writer says they wrote a review, and that it was taken down
        Cue(r"\b(?:ich habe|habe ich) (?:eine|die|diese) Bewertung\b[^.\n]{0,60}?\b(?:geschrieben|verfasst|abgegeben|veröffentlicht)\b|"
            r"\bj['’]ai (?:laissé|publié|rédigé|écrit|déposé) (?:un|cet|l['’]) ?avis\b|"
            r"\bjeg (?:har )?(?:skrev|skrevet|lavede|afgav|afgivet) (?:en|denne|min) anmeldelse\b", 1.0,
            "the writer is the reviewer"),
        Cue(r"\bdass (?:die|meine) Bewertung (?:\w+ )?(?:entfernt|gelöscht|ausgeblendet) (?:wurde|worden)\b|"
            r"\bque mon avis (?:a été|avait été) (?:supprimé|retiré|masqué)\b|\bat min anmeldelse (?:er|var) (?:blevet )?(?:fjernet|slettet)\b|"
            r"\b(?:that )?my review (?:has been|had been|was) (?:\w+ )?(?:removed|taken down|deleted|hidden)\b|"
            r"\b(?:removal|deletion) of my review\b|\b(?:Löschung|Entfernung) meiner Bewertung\b|"
            r"\b(?:retrait|suppression|masquage) de mon avis\b|\b(?:fjernelse|sletning) af min anmeldelse\b", 1.5,
            "the writer's review was removed"),
    ),
    Kind.BUSINESS_APPEAL: (
        Cue(r"\b(?:reviews?|content) (?:that )?(?:we|I) (?:have )?(?:reported|flagged)\b|\bour reports?\b|"
            r"\b(?:reject\w*|declin\w*|dismiss\w*) (?:our|my) (?:report|flag|complaint)s?\b", 1.5, "the business's report decided"),
        Cue(r"\byou(?:'ve| have)? (?:decided|chosen) to (?:leave|keep)\b|\bwill (?:stay|remain) (?:up|on|live|published)\b|"
            r"\byour decision\b|\blook(?:ed|ing)? (?:again )?at (?:\w+ ){0,3}again\b|\btake (?:another|a second|a fresh) look\b|"
            r"\bsomeone more senior\b|\bnot accepting\b|\bdisappointed (?:with|by|in) (?:the|your|this) (?:outcome|decision|response)\b|"
            r"\byou(?:'ve| have) got (?:this|it) wrong\b|\bdisagree with (?:your|the|this) decision\b", 1.0,
            "disputes a decision"),
        # the platform's answer to a report, reported back by the business: the review stays because it
        # meets the guidelines. Whoever disputes that is appealing a decision, even in legal words.
        Cue(r"\b(?:your (?:\w+ )?(?:email|e-mail|reply|message|response|letter|team|decision|moderators?)"
            r"(?: (?:of|dated|from)(?: \w+){1,3}?)?|you) "
            r"(?:have |has )?(?:said|says|saying|stated?|states|stating|told (?:me|us)|telling (?:me|us)|replied|"
            r"wr(?:ote|ites?)|decided|concluded|claim\w*|found)\b"
            r"[^.\n]{0,60}?\b(?:review|it)\b[^.\n]{0,120}?(?:\bmeets\b|\bcompl(?:ies|y) with\b|\b(?:is )?within\b|\bin line with\b|"
            r"\bdoes ?n[o']?t (?:break|breach|violate|go against)\b|\bnot (?:in )?(?:breach|violation) of\b|\bis allowed\b|"
            r"\b(?:will )?(?:stay|remain)s? (?:up|on|live|published|online)\b)|"
            # "you wrote that 'we could not find sufficient evidence that the review breaches ...'"
            r"\b(?:you|your (?:\w+ )?(?:email|e-mail|reply|message|response|letter|team)) (?:have |has )?(?:said|says|told (?:me|us)|"
            r"replied|wr(?:ote|ites?)|found)\b[^.\n]{0,40}?\b(?:could|did|can)(?: ?not|n['’]t) find\b[^.\n]{0,60}?"
            r"\b(?:breach|violat|break|go against|contraven)\w*|"
            r"\b(?:Sie haben|Ihre (?:E-Mail|Antwort|Nachricht|Entscheidung)) (?:[\w.]+ ){0,5}(?:mitgeteilt|geschrieben|besagt|lautet)\b"
            r"[^.\n]{0,40}?\bBewertung\b[^.\n]{0,60}?\b(?:nicht gegen|entspreche|entspricht|verstoße nicht|verstößt nicht|bleibe|bleibt)\b|"
            r"\bvous (?:m'|nous )?(?:avez )?(?:indiqué|répondu|écrit|estimé|considéré|décidé)\b[^.\n]{0,40}?\bl'avis\b[^.\n]{0,60}?"
            r"\b(?:respecte|est conforme|ne viole pas|ne contrevient pas|restera|reste(?:rait)? en ligne)\b|"
            r"\bI (?:har )?(?:skrevet|svaret|oplyst|vurderet|besluttet)\b[^.\n]{0,40}?\banmeldelsen\b[^.\n]{0,60}?"
            r"\b(?:overholder|lever op til|ikke er i strid|ikke strider|forbliver|bliver)\b",
            1.5, "the platform kept the reported review"),
        Cue(r"\breview\b[^.\n]{0,60}?\b(?:is )?(?:still |now )?(?:on|up on) (?:my|our) (?:business |company )?(?:page|profile)\b|"
            r"\bBewertung\b[^.\n]{0,60}?\b(?:auf|in) unsere[mr]? (?:Unternehmens|Firmen)?(?:profil|Seite)\b|"
            r"\bavis\b[^.\n]{0,60}?\bsur (?:ma|notre) (?:page|fiche)\b|"
            r"\banmeldelse\w*\b[^.\n]{0,60}?\bpå (?:min|vores) (?:side|profil|virksomhedsprofil)\b", 0.6,
            "a review on the writer's own business page"),
        Cue(r"\b(?:I|we) (?:have )?(?:already )?(?:reported|flagged) (?:it|this|them|the reviews?|both)\b|"
            r"\bwhen (?:I|we) reported\b|\b(?:I|we)(?:['’]ve| have)? (?:already )?(?:reported|flagged) (?:\w+ ){0,2}reviews\b|"
            r"\b(?:I|we) (?:first|originally|previously) (?:reported|flagged) (?:it|this|the review)\b|"
            r"\b(?:my|our) reports (?:came|were|have been)\b", 1.0, "the business reported the content"),
        # the writer runs the business the reviews are about
        Cue(r"\bI (?:run|own|manage)\b(?! (?:a|the) (?:risk|account))|\bI(?:['’]m| am) the (?:owner|proprietor|director) of\b|"
            r"\bas the (?:owner|proprietor) of\b|\bI am a sole trader\b|"
            r"\bich (?:betreibe|führe) (?:ein|eine|den|die|das)\b|\bich bin (?:Inhaber|Geschäftsführer)(?:in)? (?:der|des|von)\b|"
            r"\bje (?:gère|dirige|tiens) (?:un|une|le|la|l['’])|\bje suis (?:le |la )?(?:gérante?|propriétaire) (?:de|du|d['’])|"
            r"\bjeg (?:driver|ejer) (?:en|et|min|vores)?\b", 0.4, "the writer runs the business"),
        # only a business invites reviews: a measure on its invitations is a business's matter
        Cue(r"\binvit(?:e|ing)\s+(?:\w+\s+)?reviews\b|\breview\s+invitations?\b|\bBewertungseinladungen\b|"
            r"\b(?:zur\s+)?Bewertung\s+einladen\b|\binvitations?\s+à\s+(?:laisser\s+|déposer\s+)?(?:un\s+|des\s+)?avis\b|"
            r"\binvitere\s+(?:\w+\s+)?til\s+(?:at\s+)?anmeld\w*|\banmeldelsesinvitationer\b", 1.0,
            "the business's review invitations"),
        Cue(r"\b(?:our|my) (?:business |company )?(?:profile|page)\b[^.\n]{0,80}\b(?:warning|banner|restrict\w*|suspend\w*|"
            r"flag\w*|notice|label)\b|\b(?:consumer )?warning (?:\w+ )?(?:on|displayed|added|placed|shown|put)\b", 1.5,
            "measure on the business's profile"),
        # the platform told the business that the review it reported stays on its profile
        Cue(r"\b(?:it|the review|the content|they) (?:will|shall|is going to) (?:stay|remain) (?:up )?on your (?:\w+ )?(?:profile|page)\b|"
            r"\b(?:bleibt|verbleibt) (?:\w+ )?(?:auf|in) Ihrem (?:\w+)?(?:profil|Seite)\b|"
            r"\b(?:restera|reste|demeure(?:ra)?) (?:en ligne )?sur votre (?:page|profil|fiche)\b|"
            r"\b(?:forbliver|bliver) (?:\w+ )?på (?:jeres|Deres|din) (?:side|profil|virksomhedsprofil)\b", 1.5,
            "the platform kept the reported review", zone="platform"),
        # a warning on the business's own page, in either order, or on the client's page (its lawyer writing)
        Cue(r"\b(?:consumer )?(?:warning|banner|alert)\b[^.\n]{0,60}\bon (?:our|my|our client['’]s|my client['’]s) "
            r"(?:business |company )?(?:page|profile)\b", 1.5, "measure on the business's profile"),
        Cue(r"\b(?:our|my) (?:business |company )?account\b[^.\n]{0,40}\b(?:restricted|suspended|closed|limited)\b|"
            r"\b(?:restore|reinstate) our (?:account|profile|access)\b", 1.5, "measure on the business's account"),
        Cue(r"\bWarnhinweis\w*", 1.0, "measure on the business's profile"),
        Cue(r"\bunsere[ms]? (?:Unternehmens)?(?:profil|Seite)\b|\bunsere(?:m|s)? (?:Firmen)?[Kk]onto\b", 0.5,
            "the business's own page"),
        Cue(r"\bunsere[rnm]? Meldung(?:en)?\b|\bwir (?:hatten|haben) (?:die Bewertung|sie|diese) (?:gemeldet|beanstandet)\b|"
            r"\b(?:haben|hatten) wir (?:die|diese|drei|zwei|mehrere) (?:\w+ )?Bewertung(?:en)? (?:\w+ )?(?:gemeldet|beanstandet)\b|"
            r"\b(?:Widerspruch|Einspruch) gegen die Ablehnung\b|\bwiderspreche[nr]? (?:der|Ihrer) Entscheidung\b|"
            r"\bIhre Entscheidung\b|\bWiderspruch gegen (?:die|Ihre|diese) (?:Entscheidung|Ablehnung)\b|\berneute Prüfung\b", 1.0, "disputes a decision"),
        # "our page" says who writes (a business), not that a measure was taken on it: weaker than the measure
        Cue(r"\bavertissement\b|\bbandeau\b", 1.0, "measure on the business's profile"),
        Cue(r"\bnotre (?:page|profil|fiche|compte)\b", 0.5, "the business's own page"),
        Cue(r"\bnous contestons\b|\bnotre signalement\b|\bvotre décision\b|\bcontestation\b|\bréexamen\b", 1.0, "disputes a decision"),
        Cue(r"\badvarsel\b", 1.0, "measure on the business's profile"),
        Cue(r"\bvores (?:profil|side|virksomhedsprofil|konto)\b", 0.5, "the business's own page"),
        Cue(r"\bvi anfægter\b|\bjeres afgørelse\b|\b(?:ny|fornyet) vurdering\b|\bvores anmeldelse af\b|\bvi (?:har )?(?:indberettet|rapporteret|anmeldt)\b", 1.0,
            "disputes a decision"),
    ),
    Kind.INTERNAL_ESCALATION: (
        Cue(r"\bone of (?:my|our) (?:\w+ ){0,2}(?:accounts|clients|customers)\b|\bmy (?:enterprise|key|SMB|strategic|managed|top) accounts?\b|"
            r"(?<!\bmy.)(?<!\bour.)(?<!\ban.)(?<!\bno.)\baccount (?:manager|director|executive)\b", 1.5,
            "account manager for the customer"),
        Cue(r"\b(?:forwarding|passing on|escalating)\b[^.\n]{0,40}\b(?:below|complaint|from)\b|^\s*Escalation\b", 1.5,
            "forwards a customer's complaint"),
        Cue(r"\brenewal\b|\bARR\b|\bQBR\b|\bchurn\b", 0.5, "commercial relationship"),
    ),
}

# How much each legal basis found speaks for a kind.
BASIS_KIND: dict[LegalBasis, dict[Kind, float]] = {
    LegalBasis.DEFAMATION: {Kind.LEGAL_DEMAND: 2.0},
    LegalBasis.MALICIOUS_FALSEHOOD: {Kind.LEGAL_DEMAND: 1.0},
    LegalBasis.HARASSMENT: {Kind.LEGAL_DEMAND: 0.8, Kind.ILLEGAL_CONTENT_NOTICE: 0.5},
    LegalBasis.DATA_PROTECTION: {Kind.DATA_REQUEST: 2.0},
    LegalBasis.DSA: {Kind.ILLEGAL_CONTENT_NOTICE: 1.5},
    LegalBasis.COPYRIGHT: {Kind.IP_NOTICE: 2.5},
    LegalBasis.TRADEMARK: {Kind.IP_NOTICE: 2.5},
    LegalBasis.CONSUMER_LAW: {Kind.BUSINESS_APPEAL: 0.3, Kind.CONSUMER_APPEAL: 0.3},
    LegalBasis.COURT_ORDER: {Kind.COURT_ORDER: 2.5},
    LegalBasis.CRIMINAL: {Kind.LAW_ENFORCEMENT: 0.8, Kind.ILLEGAL_CONTENT_NOTICE: 0.5},
    LegalBasis.PLATFORM_GUIDELINES: {Kind.CONSUMER_APPEAL: 0.3, Kind.BUSINESS_APPEAL: 0.3, Kind.INTERNAL_ESCALATION: 0.3},
}

# A kind that itself settles a basis: a police request is about a crime, an order served is a
# court order, a data-subject request rests on data-protection law.
KIND_IMPLIES: dict[Kind, LegalBasis] = {
    Kind.LAW_ENFORCEMENT: LegalBasis.CRIMINAL,
    Kind.COURT_ORDER: LegalBasis.COURT_ORDER,
    Kind.DATA_REQUEST: LegalBasis.DATA_PROTECTION,
}

# Sender domains (From address, the signer's address, addresses in letterhead or signature).
POLICE_DOMAINS: tuple[str, ...] = (
    r"(?:^|\.)police\.uk$", r"(?:^|\.)pnn\.police\.uk$", r"(?:^|\.)nca\.gov\.uk$", r"(?:^|\.)garda\.ie$",
    r"(?:^|\.)polizei\.[\w.]+$", r"(?:^|\.)bka\.de$", r"(?:^|\.)justiz\.[\w.]+$", r"(?:^|\.)politi\.dk$",
    r"(?:^|\.)ankl\.dk$", r"(?:^|\.)gendarmerie\.interieur\.gouv\.fr$", r"(?:^|\.)interieur\.gouv\.fr$",
    r"(?:^|\.)justice\.(?:gouv\.)?fr$",
)
REGULATOR_DOMAINS: tuple[str, ...] = (
    r"(?:^|\.)ico\.org\.uk$", r"(?:^|\.)cma\.gov\.uk$", r"(?:^|\.)asa\.org\.uk$", r"(?:^|\.)ofcom\.org\.uk$",
    r"(?:^|\.)fca\.org\.uk$", r"(?:^|\.)cnil\.fr$", r"(?:^|\.)dgccrf\.finances\.gouv\.fr$", r"(?:^|\.)arcom\.fr$",
    r"(?:^|\.)cnam\.ie$", r"(?:^|\.)dataprotection\.ie$", r"(?:^|\.)ccpc\.ie$", r"(?:^|\.)bfdi\.bund\.de$",
    r"(?:^|\.)bundesnetzagentur\.de$", r"(?:^|\.)bundeskartellamt\.de$", r"(?:^|\.)datatilsynet\.dk$",
    r"(?:^|\.)kfst\.dk$", r"(?:^|\.)forbrugerombudsmanden\.dk$", r"(?:^|\.)ec\.europa\.eu$",
    # the German Länder's supervisory authorities; a private firm may call itself
    # "datenschutz-<name>.de" (an external data protection officer), so the word alone is no authority
    r"(?:^|\.)datenschutz-(?:berlin|hamburg|mv)\.de$",
    r"(?:^|\.)datenschutz\.(?:hessen|rlp|bremen|sachsen|sachsen-anhalt|saarland)\.de$",
    r"(?:^|\.)datenschutzzentrum\.de$", r"(?:^|\.)baden-wuerttemberg\.datenschutz\.de$",
    r"(?:^|\.)(?:lda\.bayern|lda\.brandenburg|lfd\.niedersachsen|ldi\.nrw)\.de$", r"(?:^|\.)tlfdi\.de$",
    r"(?:^|\.)dsb\.gv\.at$", r"(?:^|\.)edoeb\.admin\.ch$",
    # France's consumer-protection services write from their département's prefecture domain
    r"(?:^|\.)(?:ddpp|ddetspp|dreets|dgccrf)[\w.\-]*\.gouv\.fr$",
)
# Addresses of a signed sender's kind, with the weight they lend it.
DOMAIN_KIND: tuple[tuple[tuple[str, ...], Kind, float, str], ...] = (
    (POLICE_DOMAINS, Kind.LAW_ENFORCEMENT, 3.0, "police address"),
    (REGULATOR_DOMAINS, Kind.REGULATOR, 3.0, "regulator address"),
)
# A colleague writing from the platform's own domain escalates; this is its weight.
OWN_DOMAIN_WEIGHT = 6.0
