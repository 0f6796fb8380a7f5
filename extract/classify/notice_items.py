"""What a valid notice must contain, item by item, as data: the law, a plain label, and the cues
that show an item is there.

Sources:

- UK, defamation (regime "defamation_uk"). Defamation Act 2013 s.5(6): a notice of complaint must
  (a) specify the complainant's name, (b) set out the statement concerned and explain why it is
  defamatory of the complainant, (c) specify where on the website the statement was posted.
  The Defamation (Operators of Websites) Regulations 2013 (SI 2013/3028) reg. 2 adds: (a) the
  email address at which the complainant can be contacted, (b) the meaning the complainant
  attributes to the statement, (c) the aspects of the statement the complainant believes are
  factually inaccurate or opinions not supported by fact, (d) confirmation that the complainant
  does not have sufficient information about the poster to bring proceedings against them,
  (e) confirmation whether the complainant consents to the operator providing the poster with
  the complainant's name and email address.
- EU, illegal content (regime "dsa_art16"). Regulation (EU) 2022/2065 (Digital Services Act)
  Art. 16(2): a notice must contain (a) a sufficiently substantiated explanation of the reasons
  why the information is alleged to be illegal content, (b) a clear indication of the exact
  electronic location of that information, such as the exact URL(s), (c) the name and email
  address of the individual or entity submitting the notice, except for information considered
  to involve one of the offences in Articles 3 to 7 of Directive 2011/93/EU (child sexual
  abuse), (d) a statement confirming the bona fide belief of the submitter that the information
  and allegations are accurate and complete.
"""

# ruff: noqa: E501 - one cue a line reads better than regexes folded to fit
from __future__ import annotations

from dataclasses import dataclass

DEFAMATION_UK = "defamation_uk"
DSA_ART16 = "dsa_art16"


@dataclass(frozen=True)
class NoticeItem:
    regime: str
    item: str
    label: str  # what a person reads: the item, and where the law asks for it
    cues: tuple[str, ...] = ()  # text that shows the item is present (any language of the desk)


DEFAMATION_ITEMS: tuple[NoticeItem, ...] = (
    NoticeItem(DEFAMATION_UK, "complainant_name", "the complainant's name (Defamation Act 2013 s.5(6)(a))"),
    NoticeItem(DEFAMATION_UK, "complainant_email",
               "an email address at which the complainant can be contacted (Defamation (Operators of Websites) Regulations 2013 reg. 2(a))"),
    NoticeItem(DEFAMATION_UK, "statement", "the statement complained of (s.5(6)(b))"),
    NoticeItem(DEFAMATION_UK, "meaning", "the meaning the complainant attributes to the statement (reg. 2(b))", (
        r"\bmeanings?\b",
        r"\b(?:words?|statements?|reviews?|allegations?)\b[^.\n]{0,40}\b(?:mean|means|meant|convey|conveys|impl(?:y|ies)|suggests?|imputes?)\b(?:\s+that)?",
        r"\b(?:is|are|amounts? to|constitutes?) (?:an? |the )?(?:clear |serious |direct )?(?:allegation|imputation|accusation)s? (?:of|that)\b",
        r"\balleg(?:es|ing) (?:that )?(?:our client|the complainant|my client|I|we|he|she|they)\b",
        r"\baccus(?:es|ing) (?:our client|the complainant|my client|me|us|him|her|them)\b",
        r"\balleg\w* (?:\w+ ){0,3}(?:dishonest\w*|fraud\w*|crim\w*|incompeten\w*|theft|negligen\w*|misconduct|deceit\w*)",
        r"\bto the effect that\b|\bwould be understood\b|\bordinary reader\b",
        r"\bunterstell\w*|\bvorgeworfen\b|\bbezichtig\w*|\bAussagegehalt\b|\bzu verstehen\b",
        r"\bimput(?:e|ent|ant|ation)\w*|\baccus(?:e|ant|ation)\w*|\blaisse entendre\b|\bsous-entend\w*|\bsignifie que\b",
        r"\bbeskyld\w*|\bantyder\b|\bbetyder,? at\b|\bforstås som\b",
    )),
    NoticeItem(DEFAMATION_UK, "inaccuracy",
               "why the statement is defamatory: the parts that are factually inaccurate or opinions not supported by fact (s.5(6)(b), reg. 2(c))", (
        r"\b(?:false|untrue|inaccurate|incorrect|not true|misleading|fabricated|baseless|invented)\b",
        r"\bwithout (?:any )?foundation\b|\bno basis in fact\b|\bnever happened\b|\bmade[- ]up\b|\bn't (?:true|accurate)\b",
        r"\b(?:a|flat|complete|outright|blatant) lies?\b",
        r"\bopinions?\b[^.\n]{0,60}\bnot (?:supported|based) (?:by|on|in) (?:any )?facts?\b",
        r"\bunwahr\w*|\bfalsch\w*|\bunrichtig\w*|\bfrei erfunden\b|\bnicht (?:der Wahrheit|zutreffend)\b",
        r"\bfaux\b|\bfausses?\b|\binexact\w*|\bmensong\w*|\bdépourvu\w* de (?:tout )?fondement\b|\bcontraires? à la vérité\b",
        r"\busand\w*|\bforkert\w*|\bukorrekt\w*|\bgrundløs\w*|\bopdigtet\b|\bikke sandt\b|\bikke korrekt\b",
    )),
    NoticeItem(DEFAMATION_UK, "location", "where on the website the statement was posted (s.5(6)(c))"),
    NoticeItem(DEFAMATION_UK, "insufficient_information",
               "confirmation that the complainant does not have sufficient information about the poster to bring proceedings against them (reg. 2(d))", (
        r"\b(?:does|do|did) not (?:have|hold|possess) (?:sufficient|enough|any) information\b",
        r"\binsufficient information\b",
        r"\b(?:does|do|did) not know (?:who|the (?:identity|name|true identity))\b",
        r"\b(?:unable|not able|no way) to (?:identify|trace|contact) (?:the )?(?:author|poster|reviewer|person)\b",
        r"\bidentity of the (?:author|poster|reviewer)\b[^.\n]{0,30}\b(?:not known|unknown)\b",
        r"\b(?:Identität|Person) des (?:Verfassers|Autors|Nutzers)\b[^.\n]{0,40}\b(?:unbekannt|nicht bekannt)\b|\bnicht bekannt, wer\b",
        r"\bne (?:connaît|connaissons|connais) pas l'identité\b|\bidentité de (?:l'auteur|son auteur)\b[^.\n]{0,30}\b(?:inconnue|ignorée)\b",
        r"\bkender ikke (?:identiteten|navnet)\b|\bved ikke, hvem\b",
    )),
    NoticeItem(DEFAMATION_UK, "consent_to_share",
               "whether the complainant consents to their name and email address being given to the poster (reg. 2(e))", (
        r"\bconsent(?:s|ed)?\b[^.\n]{0,100}\b(?:name|e-?mail|details|contact)\b[^.\n]{0,80}\b(?:poster|author|reviewer|passed|provided|given|shared|disclosed|released)\b",
        r"\b(?:name|e-?mail|details)\b[^.\n]{0,60}\b(?:may|can|should not|must not|may not|is not to|are not to) be (?:passed|provided|given|shared|disclosed|released)\b[^.\n]{0,40}\b(?:poster|author|reviewer)\b",
        r"\b(?:does|do|did) not consent\b|\bwithhold(?:s)? consent\b|\bhappy for (?:you|the operator) to (?:share|pass|provide|give)\b",
        r"\beinverstanden\b[^.\n]{0,80}\b(?:Namen|E-Mail|Kontaktdaten)\b|\b(?:Einwilligung|Zustimmung)\b[^.\n]{0,60}\bWeitergabe\b|\bWeitergabe\b[^.\n]{0,60}\b(?:Namens|E-Mail|Kontaktdaten)\b",
        r"\bconsent\w*\b[^.\n]{0,80}\b(?:nom|adresse électronique|courriel|coordonnées)\b|\b(?:n'autorise pas|autorise|n'accepte pas|accepte)\b[^.\n]{0,80}\b(?:communiqu|transmi)\w*",
        r"\bsamtykke\w*\b[^.\n]{0,80}\b(?:navn|e-?mail|kontaktoplysninger)\b",
    )),
)

DSA_ITEMS: tuple[NoticeItem, ...] = (
    NoticeItem(DSA_ART16, "explanation",
               "a sufficiently substantiated explanation of why the content is illegal (DSA Art. 16(2)(a))", (
        r"\bwhy (?:is )?(?:this|the) content (?:is )?illegal\b|\breasons? why (?:the|this) content is illegal\b",
        r"\b(?:is|are) illegal because\b|\bunlawful because\b|\bconstitutes? (?:an? )?(?:criminal )?offen[cs]es?\b|\bin breach of (?:section|article|the)\b",
        r"\b(?:rechtswidrig|strafbar|unzulässig)\w*,? (?:weil|da)\b|\bverstößt gegen §",
        r"\b(?:illicite|illégal)\w*,? (?:car|parce que)\b|\bconstitu\w* (?:une|l'|le délit|l'infraction)\b",
        r"\bulovlig\w*,? (?:fordi|da)\b|\bi strid med (?:straffeloven|§)\b",
    )),
    NoticeItem(DSA_ART16, "location", "the exact electronic location of the content, such as its URL (Art. 16(2)(b))"),
    NoticeItem(DSA_ART16, "notifier",
               "the notifier's name and email address (Art. 16(2)(c); not required for child sexual abuse material)"),
    NoticeItem(DSA_ART16, "good_faith",
               "a statement of the notifier's good-faith belief that the notice is accurate and complete (Art. 16(2)(d))", (
        r"\bbona fide\b|\bgood[- ]faith\b|\b(?:accurate|correct|true) and complete\b",
        r"\bnach (?:meinem|unserem) besten Wissen\b|\brichtig und vollständig\b|\bin gutem Glauben\b|\bwahrheitsgemäß\w*",
        r"\bde bonne foi\b|\bexacte?s? et complète?s?\b",
        r"\bi god tro\b|\bkorrekte? og fuldstændige?\b",
    )),
)

# Offences of Directive 2011/93/EU Arts 3–7: a notice about them needs no notifier identity.
CSAM_CUES: tuple[str, ...] = (
    r"\bchild sexual abuse\b|\bCSAM\b|\bchild (?:pornography|abuse (?:material|images?))\b|\b2011/93\b",
    r"\bKinderporno\w*|\bsexuelle[rn]? Missbrauch\w* von Kindern\b|\bkinderpornografisch\w*",
    r"\bpédopornograph\w*|\babus sexuels? (?:sur|d')enfants?\b",
    r"\bbørneporno\w*|\bseksuelt misbrug af børn\b",
)

# Where the sender names a complainant in the text (fallback when the parties extractor found none).
COMPLAINANT_NAME = (
    r"(?:^|\n)\s*(?:Full name|Name|Notifier|Complainant|Our client|Client|Vollständiger Name|Nom complet|Nom|Fulde navn|Navn)\s*:\s*(?P<name>[^\n]{3,80})",
    r"\b(?:we act for|we represent|on behalf of|im Namen (?:und in Vollmacht )?(?:unserer|unseres) Mandant\w*,?|pour le compte de|på vegne af)\s+(?P<name>[A-ZÄÖÜÉÆØÅ][\w&.'’-]*(?:\s+(?:&\s+)?[A-ZÄÖÜÉÆØÅ][\w&.'’-]*){0,5})",
)

# The jurisdiction a defamation complaint argues in: the UK regime's checklist applies to a
# complaint made under English law, not to one argued under German, French, Irish or Danish law.
UK_DEFAMATION_LAW = r"\bDefamation Act (?:1952|1996|2013)\b|\bDefamation \(Operators of Websites\) Regulations\b|\bEngland and Wales\b|\bPre-Action Protocol\b"
OTHER_DEFAMATION_LAW = r"\bBGB\b|\bStGB\b|\bloi du 29 juillet 1881\b|\bDefamation Act 2009\b|\bstraffelov\w*|\bCode civil\b"
